"""One import, start to finish: read and check the file, preview, apply.

`prepare` only reads the file (no database), so the GUI can run it off the window's thread;
`preview` and `apply` then talk to the journal.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain import SkillScale
from ..services import Journal
from .plan import ImportPlan, ImportResult

FORMAT_NAMES = {
    "backup": "Career Journal backup",
    "jsonresume": "JSON Resume",
    "linkedin": "LinkedIn data export",
    "jrnl": "jrnl journal (JSON export)",
    "dayone": "Day One journal (JSON export)",
}


@dataclass(frozen=True)
class PreparedImport:
    path: Path
    format: str  # a key of FORMAT_NAMES
    plan: ImportPlan | None = None  # résumé and LinkedIn imports
    backup: Any = None  # a full backup's parsed data

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES.get(self.format, self.format)


def prepare(path: Path, fmt: str, scale: SkillScale) -> PreparedImport:
    """Detect (when `fmt` is "auto") and read the file; raises ImportProblem."""
    from .detect import PLAN_FORMATS, detect, read_plan

    path = Path(path)
    if fmt == "auto":
        fmt = detect(path)
    if fmt == "backup":
        from .backup_format import read_backup

        return PreparedImport(path, fmt, backup=read_backup(path))
    if fmt in PLAN_FORMATS:
        return PreparedImport(path, fmt, plan=read_plan(path, fmt, scale))
    from .errors import ImportProblem

    raise ImportProblem(path, f"unknown format {fmt!r}")


def preview(journal: Journal, prepared: PreparedImport) -> ImportResult:
    if prepared.backup is not None:
        from .backup_format import import_backup

        return import_backup(journal, prepared.backup, dry_run=True)
    assert prepared.plan is not None
    return journal.imports.preview(prepared.plan)


def apply(journal: Journal, prepared: PreparedImport) -> ImportResult:
    if prepared.backup is not None:
        from .backup_format import import_backup

        return import_backup(journal, prepared.backup)
    assert prepared.plan is not None
    return journal.imports.apply(prepared.plan)
