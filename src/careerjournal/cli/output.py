"""Output helpers shared by the commands: JSON, aligned tables, counted words, files written
whole or not at all."""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from .base import UserError


def print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def table(rows: Sequence[Sequence[str]], right: frozenset[int], out: TextIO) -> None:
    """Rows as aligned columns, two spaces apart; columns in `right` are right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write(("  " + "  ".join(cells)).rstrip() + "\n")


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def rounded(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def check_writable(output: Path, given: str) -> None:
    """Refuse early (before any work) a target that cannot be written."""
    if output.is_dir():
        raise UserError(f"{given} is a folder; name the file to write.")
    folder = output.parent
    if not folder.is_dir():
        raise UserError(f"{given}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"{given}: cannot write in the folder {folder} (permission denied).")


def write_atomically(
    output: Path, given: str, write: Callable[[Path], object], *, what: str = "report"
) -> None:
    """Write whole or not at all (see `fileio.write_atomic`); errors as one line."""
    from ..fileio import write_atomic

    try:
        write_atomic(output, write)
    except OSError as exc:
        raise UserError(
            f"{given}: the {what} could not be written ({exc.strerror or exc})."
        ) from None
