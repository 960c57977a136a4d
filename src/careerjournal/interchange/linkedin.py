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

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from ..domain import EntryKind, MoveKind, SkillScale
from ..services import validate
from ..services.records import EntryDraft, LinkRecord, RoleDraft
from .errors import ImportProblem
from .linkedin_files import (
    CERTIFICATIONS,
    COMPLETED_AT,
    DISPLAY_NAMES,
    HONORS,
    LEARNING,
    MAX_FIELD,
    MAX_ROWS,
    OPTIONAL,
    POSITIONS,
    PROFILE,
    PROJECTS,
    RECOMMENDATIONS,
    REQUIRED,
    SKILLS,
    Row,
    parse_date,
    parse_rows,
    read_files,
)
from .plan import ImportPlan, PlannedSkill

FORMAT = "linkedin"
TAG = "linkedin"
SKILL_BAND = "From LinkedIn"
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
    files = read_files(path)
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


__all__ = ["FORMAT", "MAX_FIELD", "MAX_ROWS", "parse_date", "read_plan", "seniority"]
