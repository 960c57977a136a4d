"""LinkedIn's data export ("Get a copy of your data"): the downloaded `.zip`, or its folder.

Read: Positions (roles), Skills, Certifications, Honors, Projects, Recommendations_Received,
Learning (completed items) and Profile (the name). Every other file in the export is ignored, and
so is any of these that is missing. Columns are matched by header name, case-insensitively, in any
order, unknown ones ignored; the header row is found by its required column names, so the
"Notes:" lines LinkedIn puts before the header of some files do not matter.

Dates come as "Sep 2024", "2024", "Sep 05, 2024", "2024-09-05" (maybe with a time) or, for
recommendations, "05/12/24, 10:15 AM". A month or a year means its first day when something starts
and its last day when something ends. An empty "Finished On" means the role is current.

Bounds, on top of `safety`'s: at most `MAX_ROWS` rows per file and `MAX_FIELD` characters per cell.
Anything unreadable ends in one `ImportProblem` naming the file and, where known, the row (as a
spreadsheet numbers it, the header row included) and the column.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from ..domain import EntryKind, MoveKind, SkillScale
from ..services import validate
from ..services.errors import ValidationError
from ..services.records import EntryDraft, LinkRecord, RoleDraft
from .errors import ImportProblem
from .plan import ImportPlan, PlannedSkill
from .safety import SafeArchive, is_zip, read_text

FORMAT = "linkedin"
TAG = "linkedin"
SKILL_BAND = "From LinkedIn"
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

# -- seniority, for telling a promotion from a lateral move at one employer ------------------------

_SENIORITY: tuple[tuple[int, tuple[str, ...]], ...] = (
    (0, ("intern", "internship", "trainee", "apprentice")),
    (1, ("junior", "jr", "graduate", "entry")),
    (3, ("senior", "sr")),
    (4, ("staff", "lead", "leader")),
    (5, ("principal", "distinguished", "fellow")),
    (6, ("head", "director", "vp", "svp", "evp", "chief", "cto", "ceo", "cio", "coo", "cfo")),
)
_NO_SENIORITY_WORD = 2
_WORD = re.compile(r"[^\W\d_]+")


def seniority(title: str) -> int:
    """intern < junior < (no word) < senior < staff/lead < principal < head/director/VP."""
    text = title.casefold()
    words = set(_WORD.findall(text))
    if "vice president" in " ".join(_WORD.findall(text)):
        words.add("vp")
    ranks = [rank for rank, names in _SENIORITY if words.intersection(names)]
    return max(ranks) if ranks else _NO_SENIORITY_WORD


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


def _read_files(path: Path) -> dict[str, tuple[str, str]]:
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


# -- from rows to drafts ---------------------------------------------------------------------------


def _title(text: str, limit: int = validate.MAX_TITLE) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _link(url: str) -> tuple[LinkRecord, ...]:
    url = url.strip()
    if not url or len(url) > 2000 or any(ch.isspace() for ch in url):
        return ()
    try:
        scheme = urlsplit(url).scheme.casefold()
    except ValueError:
        return ()
    return (LinkRecord(url),) if scheme in ("http", "https") else ()


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())


@dataclass
class _Position:
    row: Row
    title: str
    company: str
    start: dt.date
    end: dt.date | None
    notes: str


def _roles(rows: list[Row], notes: list[str]) -> tuple[RoleDraft, ...]:
    positions: list[_Position] = []
    skipped = 0
    for row in rows:
        title = _title(row.get("Title"), 200)
        if not title:
            skipped += 1
            continue
        start = row.date("Started On", required=True)
        assert start is not None
        end = row.date("Finished On", end=True)
        if end is not None and end < start:
            raise ImportProblem(
                row.source,
                f"the role ends ({end.isoformat()}) before it starts ({start.isoformat()})",
                row.where("Finished On"),
            )
        location = row.get("Location")
        positions.append(
            _Position(
                row,
                title,
                _title(row.get("Company Name"), 200),
                start,
                end,
                _paragraphs(row.get("Description"), f"Location: {location}" if location else ""),
            )
        )
    if skipped:
        notes.append(
            f"{DISPLAY_NAMES[POSITIONS]}: {skipped} position(s) without a title were left out."
        )
    positions.sort(key=lambda p: (p.start, p.end or dt.date.max))
    roles: list[RoleDraft] = []
    for i, p in enumerate(positions):
        if i == 0:
            move = MoveKind.FIRST
        else:
            before = positions[i - 1]
            if before.company.casefold() != p.company.casefold():
                move = MoveKind.NEW_EMPLOYER
            elif seniority(p.title) > seniority(before.title):
                move = MoveKind.PROMOTION
            else:
                move = MoveKind.LATERAL
            # LinkedIn has months only: "Jan-Sep 2024" then "Sep 2024-": the step happened in
            # September, so the earlier role ends the day before the next one starts.
            prev = roles[-1]
            if (
                move in (MoveKind.PROMOTION, MoveKind.LATERAL)
                and prev.end_date is not None
                and (prev.end_date.year, prev.end_date.month) == (p.start.year, p.start.month)
                and prev.start_date < p.start
            ):
                roles[-1] = replace(prev, end_date=p.start - dt.timedelta(days=1))
        roles.append(
            RoleDraft(
                title=p.title,
                start_date=p.start,
                organisation=p.company,
                end_date=p.end,
                move_kind=move,
                notes=p.notes,
            )
        )
    return tuple(roles)


def _entry(
    title: str, day: dt.date, kind: EntryKind, body: str = "", links: tuple[LinkRecord, ...] = ()
) -> EntryDraft:
    return EntryDraft(
        title=_title(title), occurred_on=day, kind=kind, body=body, links=links, tags=(TAG,)
    )


class _Undated:
    """Counts rows left out for want of a date, for one note per file."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def add(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1

    def notes(self) -> list[str]:
        return [
            f"{DISPLAY_NAMES[key]}: {n} item(s) without a date were left out (entries need one)."
            for key, n in self.counts.items()
        ]


def _certifications(rows: list[Row], undated: _Undated) -> list[EntryDraft]:
    out = []
    for row in rows:
        name = row.get("Name")
        if not name:
            continue
        issued = row.date("Started On")
        expires = row.date("Finished On", end=True)
        if issued is None:
            undated.add(CERTIFICATIONS)
            continue
        authority, number = row.get("Authority"), row.get("License Number")
        body = _paragraphs(
            f"Issued by {authority}." if authority else "",
            f"Licence number: {number}" if number else "",
            f"Valid until {expires.isoformat()}." if expires else "",
        )
        out.append(_entry(name, issued, EntryKind.CERTIFICATION, body, _link(row.get("Url"))))
    return out


def _honors(rows: list[Row], undated: _Undated) -> list[EntryDraft]:
    out = []
    for row in rows:
        title = row.get("Title")
        if not title:
            continue
        day = row.date("Issued On")
        if day is None:
            undated.add(HONORS)
            continue
        out.append(_entry(title, day, EntryKind.RECOGNITION, row.get("Description")))
    return out


def _projects(rows: list[Row], undated: _Undated) -> list[EntryDraft]:
    out = []
    for row in rows:
        title = row.get("Title")
        if not title:
            continue
        start = row.date("Started On")
        finish = row.date("Finished On", end=True)
        if start is not None and finish is not None and finish < start:
            raise ImportProblem(
                row.source,
                f"the project ends ({finish.isoformat()}) before it starts ({start.isoformat()})",
                row.where("Finished On"),
            )
        day = finish or start  # a finished project counts when it was done
        if day is None:
            undated.add(PROJECTS)
            continue
        period = f"{row.get('Started On')} – {row.get('Finished On') or 'ongoing'}" if start else ""
        body = _paragraphs(row.get("Description"), f"Period: {period}" if period else "")
        out.append(_entry(title, day, EntryKind.PROJECT, body, _link(row.get("Url"))))
    return out


def _recommendations(rows: list[Row], undated: _Undated) -> list[EntryDraft]:
    out = []
    for row in rows:
        text = row.get("Text")
        name = " ".join(f"{row.get('First Name')} {row.get('Last Name')}".split())
        if not text:
            continue
        day = row.date("Creation Date")
        if day is None:
            undated.add(RECOMMENDATIONS)
            continue
        job, company = row.get("Job Title"), row.get("Company")
        who = " at ".join(p for p in (job, company) if p)
        signature = f"— {name}" + (f", {who}" if who else "") if name else ""
        title = f"Recommendation from {name}" if name else "Recommendation on LinkedIn"
        out.append(_entry(title, day, EntryKind.FEEDBACK, _paragraphs(text, signature)))
    return out


def _learning(rows: list[Row]) -> list[EntryDraft]:
    out = []
    for row in rows:
        title = row.get("Content Title")
        day = row.date(COMPLETED_AT)
        if not title or day is None:  # only what was completed
            continue
        kind = row.get("Content Type")
        body = _paragraphs(
            row.get("Content Description"),
            f"Completed on LinkedIn Learning ({kind.lower()})." if kind else "",
            row.get("Notes taken on videos (if taken)"),
        )
        out.append(_entry(title, day, EntryKind.LEARNING, body))
    return out


def _profile_name(rows: list[Row]) -> str:
    for row in rows:
        name = " ".join(f"{row.get('First Name')} {row.get('Last Name')}".split())
        if name:
            return name[:200]
    return ""


def _skills(rows: list[Row]) -> tuple[PlannedSkill, ...]:
    seen: dict[str, PlannedSkill] = {}
    for row in rows:
        name = " ".join(row.get("Name").split())[:120]
        if name and name.casefold() not in seen:
            seen[name.casefold()] = PlannedSkill(band=SKILL_BAND, name=name)
    return tuple(seen.values())


# -- the importer ----------------------------------------------------------------------------------


def read_plan(path: Path, scale: SkillScale) -> ImportPlan:
    """What importing a LinkedIn data export (zip or folder) would add; raises ImportProblem.

    `scale` is accepted like every importer's; LinkedIn skills carry no level, so they arrive
    unassessed in the band “From LinkedIn” whatever the journal's scale.
    """
    path = Path(path)
    files = _read_files(path)
    rows = {
        key: parse_rows(text, source, REQUIRED[key], OPTIONAL[key])
        for key, (source, text) in files.items()
    }

    notes: list[str] = []
    undated = _Undated()
    roles = _roles(rows.get(POSITIONS, []), notes)
    entries = [
        *_certifications(rows.get(CERTIFICATIONS, []), undated),
        *_honors(rows.get(HONORS, []), undated),
        *_projects(rows.get(PROJECTS, []), undated),
        *_recommendations(rows.get(RECOMMENDATIONS, []), undated),
        *_learning(rows.get(LEARNING, [])),
    ]
    entries.sort(key=lambda e: e.occurred_on)
    skills = _skills(rows.get(SKILLS, []))
    notes.extend(undated.notes())
    if skills:
        notes.append(
            f"Skills arrive without a level in the band “{SKILL_BAND}”; assess them when you can."
        )
    return ImportPlan(
        source=path.name,
        format=FORMAT,
        roles=roles,
        entries=tuple(entries),
        skills=skills,
        profile_name=_profile_name(rows.get(PROFILE, [])),
        notes=tuple(notes),
    )


__all__ = ["FORMAT", "MAX_ROWS", "parse_date", "read_plan", "seniority"]
