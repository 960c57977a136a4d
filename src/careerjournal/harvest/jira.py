"""Jira CSV exports: the issues someone resolved, as evidence.

Read the way Jira writes them ("Export Excel CSV (all fields)" or "(current fields)"): columns are
found by their header name in any order, "Labels" repeats once per label, story points hide in
custom fields, a few lines may precede the header, the delimiter is "," or ";" (a German Excel),
and dates come in the export user's format. Only resolved issues are kept, optionally only those
assigned to the given people.

Bounded like the importers: the file's size (25 MB), a physical line's length, the rows read
(`MAX_ROWS`); a field over the csv module's limit (128 KB) makes the file "malformed".
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.enums import EntryKind, HarvestSource
from .files import read_text
from .found import EVIDENCE_LINE_MAX, Found, HarvestReport, Link, Skipped, clip, fingerprint_of

MAX_ROWS = 100_000
MAX_LINE = 2_000_000  # characters in one physical line (Jira caps a text field at 32,767)
MAX_PREAMBLE = 50  # rows searched for the header
MAX_TAGS = 10
DELIMITERS = (",", ";", "\t")

# Our names for the columns, and the header names Jira gives them (compared case-insensitively).
_COLUMNS = {
    "key": ("issue key",),
    "summary": ("summary",),
    "type": ("issue type",),
    "status": ("status",),
    "resolved": ("resolved",),
    "assignee": ("assignee",),
    "labels": ("labels",),
    "points": (
        "story points",
        "custom field (story points)",
        "custom field (story point estimate)",
    ),
    "priority": ("priority",),
    "resolution": ("resolution",),
    "project": ("project name", "project key"),
    "updated": ("updated",),
    "created": ("created",),
}
_DONE = {"done", "closed", "resolved", "erledigt", "fertig", "abgeschlossen", "geschlossen"}
_KINDS = {
    "story": EntryKind.PROJECT,
    "epic": EntryKind.PROJECT,
    "feature": EntryKind.PROJECT,
    "new feature": EntryKind.PROJECT,
    "improvement": EntryKind.PROJECT,
    "neue funktion": EntryKind.PROJECT,
    "verbesserung": EntryKind.PROJECT,
}  # everything else (Bug, Task, Sub-task, Fehler, Aufgabe, …) is OTHER

_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "mär": 3, "apr": 4, "may": 5, "mai": 5, "jun": 6}
_MONTHS.update(jul=7, aug=8, sep=9, sept=9, oct=10, okt=10, nov=11, dec=12, dez=12)
# The time after a date: " 4:15 PM", " 16:15", "T16:15:00.000+0100"; checked, then dropped.
_TIME = (
    r"(?:[T ,]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp][Mm])?"
    r"\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
)
_JIRA_DATE = re.compile(r"(\d{1,2})/([^\W\d_]{3,4})\.?/(\d{4}|\d{2})" + _TIME)  # 12/Mar/24 4:15 PM
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)  # 2024-03-12T16:15:00.000+0100
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})" + _TIME)  # 12.03.2024 16:15


@dataclass(frozen=True)
class _Header:
    """Where each column is: a list of positions (Labels, and the story-point variants, repeat)."""

    columns: dict[str, list[int]]
    row: int  # its row number in the file (1 is the first)

    def value(self, cells: list[str], name: str) -> str:
        """The first non-empty cell of the column, trimmed."""
        for index in self.columns.get(name, ()):
            if index < len(cells) and cells[index].strip():
                return cells[index].strip()
        return ""

    def values(self, cells: list[str], name: str) -> list[str]:
        return [cells[i].strip() for i in self.columns.get(name, ()) if i < len(cells)]


@dataclass(frozen=True)
class _Filter:
    assignees: frozenset[str]
    since: dt.date | None


def harvest(
    files: Sequence[Path], *, assignees: Sequence[str] = (), since: dt.date | None = None
) -> HarvestReport:
    """Candidates from the resolved issues in `files` (resolved on or after `since`).

    `assignees`: names or e-mail addresses; when given, only their issues are kept.
    """
    wanted = _Filter(frozenset(a.strip().casefold() for a in assignees if a.strip()), since)
    report = HarvestReport()
    keys: set[str] = set()
    for path in files:
        part = _harvest_file(Path(path), wanted)
        found, part.found = part.found, []
        for candidate in found:  # the same issue in two exports is one candidate
            if candidate.key not in keys:
                keys.add(candidate.key)
                part.found.append(candidate)
        report.extend(part)
    return report


def _harvest_file(path: Path, wanted: _Filter) -> HarvestReport:
    report = HarvestReport()
    text = read_text(path, report)
    if text is None:
        return report
    line = next((n for n, t in enumerate(text.split("\n"), 1) if len(t) > MAX_LINE), None)
    if line is not None:
        detail = f"line {line} is longer than {MAX_LINE} characters"
        report.skipped.append(Skipped(str(path), "line_too_long", detail))
        return report
    located = _find_header(text)
    if located is None:
        detail = 'no row with both "Issue key" and "Summary" columns: not a Jira CSV export'
        report.skipped.append(Skipped(str(path), "no_header", detail))
        return report
    rows, header = located
    number = header.row
    try:
        for cells in rows:
            number += 1
            if not any(c.strip() for c in cells):
                continue
            if report.read >= MAX_ROWS:
                detail = f"more than {MAX_ROWS} rows; from row {number} on nothing was read"
                report.skipped.append(Skipped(str(path), "too_many_rows", detail))
                break
            report.read += 1
            result = _issue(cells, header, number, path, wanted)
            if isinstance(result, Found):
                report.found.append(result)
            elif result is not None:
                report.skipped.append(result)
    except csv.Error as exc:
        # Raised while reading the row after the last one counted.
        detail = clip(f"row {number + 1}: {exc}", EVIDENCE_LINE_MAX)
        report.skipped.append(Skipped(str(path), "malformed", detail))
    return report


def _find_header(text: str) -> tuple[Iterator[list[str]], _Header] | None:
    """The rows after the header and where its columns are, trying each delimiter in turn."""
    for delimiter in DELIMITERS:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for number, cells in enumerate(rows, start=1):
                if number > MAX_PREAMBLE:
                    break
                header = _header(cells, number)
                if header is not None:
                    return rows, header
        except csv.Error:
            continue  # not this delimiter (or not a CSV file at all)
    return None


def _header(cells: list[str], number: int) -> _Header | None:
    names = [c.strip().lstrip("\ufeff").strip().casefold() for c in cells]
    if "issue key" not in names or "summary" not in names:
        return None
    columns: dict[str, list[int]] = {}
    for ours, theirs in _COLUMNS.items():
        # In the order of `theirs`: "Story Points" wins over "Story point estimate".
        columns[ours] = [i for name in theirs for i, n in enumerate(names) if n == name]
    return _Header(columns, number)


def _issue(
    cells: list[str], header: _Header, number: int, path: Path, wanted: _Filter
) -> Found | Skipped | None:
    """The row as a candidate; a Skipped if it cannot be read; None if it is not wanted."""
    key = clip(header.value(cells, "key"), 60)
    if not key:
        return Skipped(str(path), "no_key", f"row {number}")
    status = header.value(cells, "status")
    resolved = header.value(cells, "resolved")
    if not resolved and status.casefold() not in _DONE:
        return None
    if wanted.assignees and not _assigned(header.value(cells, "assignee"), wanted.assignees):
        return None
    raw = resolved or header.value(cells, "updated") or header.value(cells, "created")
    day = parse_date(raw)
    if day is None:  # no Resolved, Updated or Created date either counts as unreadable
        detail = clip(f"row {number}: {raw or 'no date'}", EVIDENCE_LINE_MAX)
        return Skipped(str(path), "bad_date", detail)
    if wanted.since is not None and day < wanted.since:
        return None
    kind_name = header.value(cells, "type")
    points = _points(header.value(cells, "points"))
    evidence = (key, kind_name, status, header.value(cells, "resolution"))
    return Found(
        source=HarvestSource.JIRA,
        key=key,
        occurred_on=day,
        title=clip(header.value(cells, "summary")) or key,
        kind=_KINDS.get(kind_name.casefold(), EntryKind.OTHER),
        impact=4 if kind_name.casefold() == "epic" else _impact(points),
        tags=_tags(header.values(cells, "labels")),
        evidence=(clip(" · ".join(v for v in evidence if v), EVIDENCE_LINE_MAX),),
        links=(Link(f"jira:{key}", key),),
        origin=str(path),
        fingerprint=fingerprint_of("issue", key),
        facts={
            "issue": key,
            "type": kind_name,
            "points": points,
            "priority": header.value(cells, "priority") or None,
        },
    )


def _assigned(assignee: str, wanted: frozenset[str]) -> bool:
    """A display name matches whole; an address also inside "Name (name@example.com)"."""
    have = assignee.strip().casefold()
    return bool(have) and (have in wanted or any("@" in w and w in have for w in wanted))


def _points(text: str) -> float | None:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _impact(points: float | None) -> int:
    if points is None:
        return 2
    if points <= 2:
        return 1
    if points <= 5:
        return 2
    return 3 if points <= 8 else 4


def _tags(cells: list[str]) -> tuple[str, ...]:
    """The labels, lower-case, once each; a cell may hold several (Jira labels have no spaces)."""
    tags: list[str] = []
    for cell in cells:
        for label in cell.split():
            tag = clip(label.casefold(), 60)
            if tag and tag not in tags:
                tags.append(tag)
    return tuple(tags[:MAX_TAGS])


def parse_date(text: str) -> dt.date | None:
    """The day of a date as Jira writes it in any of its formats, or None.

    Parsed by hand, not with strptime: %b and %p follow the process locale, which a Qt
    application sets from the user's environment.
    """
    text = text.strip()
    if match := _JIRA_DATE.fullmatch(text):
        day, month, year = int(match[1]), _MONTHS.get(match[2].casefold()), _year(match[3])
    elif match := _ISO_DATE.fullmatch(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _DOTTED_DATE.fullmatch(text):
        day, month, year = int(match[1]), int(match[2]), _year(match[3])
    else:
        return None
    if month is None:
        return None
    hour, minute, second, half = match[4], match[5], match[6], match[7]
    try:
        when = dt.datetime(year, month, day)
        if hour is not None:
            h = int(hour)
            if half is not None:
                if not 1 <= h <= 12:
                    return None
                h = h % 12 + (12 if half.casefold() == "pm" else 0)
            when = when.replace(hour=h, minute=int(minute), second=int(second or 0))
    except ValueError:
        return None
    return when.date()


def _year(text: str) -> int:
    """A year; two digits are 1970-2069 ("24" is 2024)."""
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year
