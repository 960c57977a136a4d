"""The files of a LinkedIn data export: where they are (a zip or a folder), their CSV rows and
the dates written in them. See linkedin for what is read from them.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path

from ..services import validate
from ..services.errors import ValidationError
from .errors import ImportProblem
from .safety import SafeArchive, is_zip, read_text

MAX_ROWS = 50_000  # data rows per file; LinkedIn's own files are far smaller
MAX_FIELD = 128 * 1024  # characters in one cell (csv's default bound, set explicitly)
MAX_HEADER_SEARCH = 100  # rows looked at for the header (past any "Notes:" preamble)
MAX_FOLDER_ITEMS = 10_000  # directory entries looked at in a chosen folder

# The files read, by lower-case name, with their required and optional columns.
POSITIONS = "positions.csv"
SKILLS = "skills.csv"
CERTIFICATIONS = "certifications.csv"
HONORS = "honors.csv"
PROJECTS = "projects.csv"
RECOMMENDATIONS = "recommendations_received.csv"
LEARNING = "learning.csv"
PROFILE = "profile.csv"

COMPLETED_AT = "Content Completed At (if completed)"

REQUIRED: dict[str, tuple[str, ...]] = {
    POSITIONS: ("Company Name", "Title", "Started On"),
    SKILLS: ("Name",),
    CERTIFICATIONS: ("Name",),
    HONORS: ("Title",),
    PROJECTS: ("Title",),
    RECOMMENDATIONS: ("First Name", "Last Name", "Text", "Creation Date"),
    LEARNING: ("Content Title", COMPLETED_AT),
    PROFILE: ("First Name", "Last Name"),
}
OPTIONAL: dict[str, tuple[str, ...]] = {
    POSITIONS: ("Description", "Location", "Finished On"),
    SKILLS: (),
    CERTIFICATIONS: ("Url", "Authority", "Started On", "Finished On", "License Number"),
    HONORS: ("Description", "Issued On"),
    PROJECTS: ("Description", "Url", "Started On", "Finished On"),
    RECOMMENDATIONS: ("Company", "Job Title", "Status"),
    LEARNING: ("Content Description", "Content Type", "Notes taken on videos (if taken)"),
    PROFILE: ("Headline",),
}
DISPLAY_NAMES = {
    POSITIONS: "Positions.csv",
    SKILLS: "Skills.csv",
    CERTIFICATIONS: "Certifications.csv",
    HONORS: "Honors.csv",
    PROJECTS: "Projects.csv",
    RECOMMENDATIONS: "Recommendations_Received.csv",
    LEARNING: "Learning.csv",
    PROFILE: "Profile.csv",
}

# -- dates -----------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    _MONTHS[calendar.month_name[_number].casefold()] = _number
    _MONTHS[calendar.month_abbr[_number].casefold()] = _number
_MONTHS["sept"] = 9

_YEAR = re.compile(r"(\d{4})")
_MONTH_YEAR = re.compile(r"([^\W\d_]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([^\W\d_]+)\.?,?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_US = re.compile(
    r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*([AaPp][Mm])?)?"
)
_EMPTY_DATES = {"", "n/a", "na", "-", "present", "current", "none", "null"}


class _BadDate(ValueError):
    pass


def _month(name: str) -> int:
    number = _MONTHS.get(name.casefold())
    if number is None:
        raise _BadDate(f"“{name}” is not a month name")
    return number


def _day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise _BadDate(f"{year:04d}-{month:02d}-{day:02d} does not exist on the calendar") from None


def _month_bound(year: int, month: int, end: bool) -> dt.date:
    if not 1 <= month <= 12:
        raise _BadDate(f"month {month} does not exist")
    return _day(year, month, calendar.monthrange(year, month)[1] if end else 1)


def parse_date(text: str, *, end: bool = False) -> dt.date | None:
    """A LinkedIn date, or None when empty. A month or year: its first day, with `end` its last.

    Raises `_BadDate` for text that is no date or names one that cannot exist.
    """
    value = " ".join(text.split())
    if value.casefold() in _EMPTY_DATES:
        return None
    if m := _ISO.fullmatch(value):
        day = _day(int(m[1]), int(m[2]), int(m[3]))
    elif m := _ISO_MONTH.fullmatch(value):
        day = _month_bound(int(m[1]), int(m[2]), end)
    elif m := _YEAR.fullmatch(value):
        day = _month_bound(int(m[1]), 12 if end else 1, end)
    elif m := _MONTH_DAY_YEAR.fullmatch(value):
        day = _day(int(m[3]), _month(m[1]), int(m[2]))
    elif m := _DAY_MONTH_YEAR.fullmatch(value):
        day = _day(int(m[3]), _month(m[2]), int(m[1]))
    elif m := _MONTH_YEAR.fullmatch(value):
        day = _month_bound(int(m[2]), _month(m[1]), end)
    elif m := _US.fullmatch(value):
        year = int(m[3])
        if len(m[3]) == 2:
            year += 2000 if 2000 + year <= dt.date.today().year + 1 else 1900
        day = _day(year, int(m[1]), int(m[2]))
    else:
        raise _BadDate(
            f"“{value[:40]}” is not a date LinkedIn writes "
            "(like “Sep 2024”, “2024”, “Sep 05, 2024”, “2024-09-05” or “09/05/24”)"
        )
    try:
        return validate.check_date(day)
    except ValidationError as exc:
        raise _BadDate(exc.args[-1] if exc.args else str(exc)) from None


# -- reading the files -----------------------------------------------------------------------------


def _norm(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


@dataclass(frozen=True)
class Row:
    """One data row: cells by column name, and where it is for messages."""

    source: str
    number: int  # as a spreadsheet numbers it
    cells: dict[str, str]

    def get(self, column: str) -> str:
        return self.cells.get(_norm(column), "").strip()

    def date(self, column: str, *, end: bool = False, required: bool = False) -> dt.date | None:
        try:
            day = parse_date(self.get(column), end=end)
        except _BadDate as exc:
            raise ImportProblem(self.source, str(exc), self.where(column)) from None
        if day is None and required:
            raise ImportProblem(self.source, "the date is empty", self.where(column))
        return day

    def where(self, column: str) -> str:
        return f"row {self.number}, column “{column}”"


def _records(text: str, source: str) -> list[list[str]]:
    """Every record of the file (blank lines included, so numbers match a spreadsheet's rows)."""
    limit = MAX_ROWS + MAX_HEADER_SEARCH
    records: list[list[str]] = []
    old_limit = csv.field_size_limit(MAX_FIELD)  # csv's bound is process-wide: restored below
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=False)
        while True:
            try:
                record = next(reader)
            except StopIteration:
                return records
            except csv.Error as exc:
                where = f"row {len(records) + 1}"
                raise ImportProblem(source, f"is not readable CSV: {exc}", where) from None
            records.append(record)
            if len(records) > limit:
                raise ImportProblem(
                    source, f"has more than {MAX_ROWS:,} rows; that is not a LinkedIn export file"
                )
    finally:
        csv.field_size_limit(old_limit)


def parse_rows(
    text: str, source: str, required: tuple[str, ...], optional: tuple[str, ...]
) -> list[Row]:
    """The data rows of one CSV file, with cells keyed by normalised header name."""
    records = _records(text, source)
    if not any(cell.strip() for record in records for cell in record):
        return []  # an empty file: nothing of that kind
    wanted = [_norm(c) for c in required]
    known = set(wanted) | {_norm(c) for c in optional}
    header_at = None
    best, best_at = -1, 0
    for i, record in enumerate(records[:MAX_HEADER_SEARCH]):
        names = {_norm(cell) for cell in record}
        if all(w in names for w in wanted):
            header_at = i
            break
        score = len(names & known)
        if score > best:
            best, best_at = score, i
    if header_at is None:
        seen = {_norm(cell) for cell in records[best_at]} if records and best > 0 else set()
        missing = [c for c, w in zip(required, wanted, strict=True) if w not in seen]
        where = f"header, row {best_at + 1}" if best > 0 else "header"
        listed = ", ".join(f"“{c}”" for c in missing)
        raise ImportProblem(
            source,
            f"has no “{missing[0]}” column (missing: {listed}); "
            "is this the file from LinkedIn's data export?",
            where,
        )
    header = [_norm(cell) for cell in records[header_at]]
    rows = []
    for offset, record in enumerate(records[header_at + 1 :], header_at + 2):
        if not any(cell.strip() for cell in record):
            continue
        cells: dict[str, str] = {}
        for name, cell in zip(header, record, strict=False):
            if name and name not in cells:
                cells[name] = cell
        rows.append(Row(source, offset, cells))
    return rows


# -- where the files are ---------------------------------------------------------------------------


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].casefold()


def _from_zip(path: Path) -> dict[str, tuple[str, str]]:
    with SafeArchive(path) as archive:
        chosen: dict[str, str] = {}
        for name in archive.names():
            key = _base(name)
            if key in REQUIRED and (key not in chosen or name.count("/") < chosen[key].count("/")):
                chosen[key] = name  # the shallowest, if the export was zipped up twice
        return {
            key: (f"{path.name}/{name}", archive.read_text(name)) for key, name in chosen.items()
        }


def _listing(folder: Path) -> list[Path]:
    items = []
    try:
        for i, child in enumerate(folder.iterdir()):
            if i >= MAX_FOLDER_ITEMS:
                break
            items.append(child)
    except OSError as exc:
        raise ImportProblem(folder, f"cannot be read: {exc.strerror or exc}") from exc
    return sorted(items)


def _export_files(directory: Path) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for child in _listing(directory):
        key = child.name.casefold()
        if key in REQUIRED and key not in out and child.is_file():
            out[key] = child
    return out


def _from_folder(folder: Path) -> dict[str, tuple[str, str]]:
    found = _export_files(folder)
    if not found:  # the zip unpacked into a folder of its own inside the one chosen
        for child in _listing(folder):
            if child.is_dir() and (found := _export_files(child)):
                break
    return {key: (str(file), read_text(file)) for key, file in found.items()}


def read_files(path: Path) -> dict[str, tuple[str, str]]:
    """The export's files that are there: lower-case name -> (source for messages, text)."""
    if path.is_dir():
        found = _from_folder(path)
    elif is_zip(path):
        found = _from_zip(path)
    elif path.is_file() and path.name.casefold() in REQUIRED:  # one of its CSVs on its own
        found = {path.name.casefold(): (str(path), read_text(path))}
    elif not path.exists():
        raise ImportProblem(path, "does not exist")
    else:
        raise ImportProblem(
            path, "is neither LinkedIn's data export .zip nor a folder of its CSV files"
        )
    if not found:
        names = ", ".join(DISPLAY_NAMES.values())
        raise ImportProblem(path, f"holds none of the files of a LinkedIn data export ({names})")
    return found
