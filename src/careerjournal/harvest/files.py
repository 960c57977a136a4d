"""Reading one file given to a harvest source: bounded, UTF-8 checked, skipped with a reason."""

from __future__ import annotations

from pathlib import Path

from ..interchange.errors import ImportProblem
from ..interchange.safety import check_size, decode
from .found import HarvestReport, Skipped


def read_text(path: Path, report: HarvestReport) -> str | None:
    """The file's text, or None with the reason recorded; its size and time in `report.states`."""
    try:
        size = check_size(path)
        stat, data = path.stat(), path.read_bytes()
    except ImportProblem as exc:
        reason = "too_large" if "MB" in exc.problem else "unreadable"
        report.skipped.append(Skipped(str(path), reason, str(exc)))
        return None
    except OSError as exc:
        report.skipped.append(Skipped(str(path), "unreadable", exc.strerror or str(exc)))
        return None
    try:
        text = decode(data, path)
    except ImportProblem as exc:
        report.skipped.append(Skipped(str(path), "not_utf8", str(exc)))
        return None
    report.states[str(path)] = {"size": size, "mtime_ns": stat.st_mtime_ns}
    return text
