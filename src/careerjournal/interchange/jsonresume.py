"""JSON Resume (jsonresume.org, schema v1.0.0): import a résumé as a plan, export a journal as one.

Import (`read_plan`): `work` becomes roles (a new employer is its own move; several positions at
one employer, in date order, are promotions when the title suggests a step up, else lateral
moves), their `highlights` project entries dated evenly within the role; `volunteer` becomes
volunteer roles (or, undated, network entries tagged "volunteering"); `skills` skills whose levels
are mapped onto the journal's scale (levels not understood are kept unassessed); `certificates`
certification entries; `awards` recognition entries; `projects` project entries; `references`
feedback entries; `basics.name` the profile name. Dates may be partial (`2019`, `2019-03`).
Unknown properties are ignored; a property that is used but has the wrong shape, or an impossible
date, ends in one `ImportProblem` naming its place (`work[2].startDate`). Every imported entry is
tagged "imported"; only http, https and mailto links are kept.

Export (`export_resume`): a dict valid against the schema, from the profile, roles, starred (else
highest-impact) project and responsibility entries as highlights, skills with their current level
names, certification entries and (starred, else all) recognition entries.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ..domain import EntryKind, MoveKind, SkillScale
from ..domain.scales import levels, max_level
from ..services.records import AUTO, EntryDraft, EntryQuery, EntryRecord, LinkRecord, RoleDraft
from ..services.validate import MAX_TAG, MIN_YEAR
from .errors import ImportProblem
from .plan import ImportPlan, PlannedSkill
from .safety import read_json

if TYPE_CHECKING:
    from ..services.journal import Journal
    from ..services.records import RoleRecord

FORMAT = "jsonresume"
SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
SCHEMA_VERSION = "v1.0.0"
TAG = "imported"
VOLUNTEERING = "volunteering"
SKILL_BAND = "From résumé"
HIGHLIGHT_TITLE = 120  # a highlight longer than this is cut at a word; the body keeps it all
MAX_ENTRY_TITLE = 300  # validate.MAX_TITLE
MAX_ROLE_TITLE = 200
MAX_ORGANISATION = 200
MAX_SKILL_NAME = 120
MAX_PROFILE_NAME = 200
MAX_URL = 2000
MAX_TEXT = 100_000  # a body or notes; anything longer is cut (and said so)
FUTURE_YEARS = 10  # a date more than this many years ahead is refused
EXPORT_HIGHLIGHTS = 5
LINK_SCHEMES = ("http", "https", "mailto")
SECTIONS = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
)
NOT_IMPORTED = ("education", "publications", "languages", "interests")
HIGHLIGHT_KINDS = frozenset({EntryKind.PROJECT, EntryKind.RESPONSIBILITY})
CURRENT_WORDS = frozenset({"present", "current", "now", "today", "ongoing"})

# -- seniority, judged by the words of a title -----------------------------------------------------

DEFAULT_RANK = 2  # a title without a seniority word ("Software Engineer")
_RANK_WORDS: dict[str, int] = {
    **dict.fromkeys(("intern", "internship", "trainee", "apprentice", "student"), 0),
    **dict.fromkeys(("junior", "jr", "associate", "graduate", "entry"), 1),
    **dict.fromkeys(("senior", "sr"), 3),
    **dict.fromkeys(("staff", "lead", "leader"), 4),
    **dict.fromkeys(("principal", "distinguished", "fellow"), 5),
    **dict.fromkeys(("head", "director"), 6),
    **dict.fromkeys(("vp", "svp", "evp", "avp"), 7),
    **dict.fromkeys(
        (
            "chief",
            "cto",
            "ceo",
            "cfo",
            "coo",
            "cio",
            "cpo",
            "ciso",
            "cmo",
            "founder",
            "cofounder",
            "president",
        ),
        8,
    ),
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def seniority(title: str) -> tuple[int, ...]:
    """A comparable seniority key: the highest rank word, a trailing grade ("II", "3"), modifiers.

    intern < junior < (none) < senior < staff/lead < principal < head/director < VP < C-level; a
    grade breaks ties ("Engineer II" > "Engineer"), then the other rank words, relative to a plain
    title ("Senior Director" > "Director" > "Associate Director").
    """
    words = re.findall(r"[a-z0-9]+", title.casefold())
    if "vice" in words:
        words = ["vp" if w == "president" else w for w in words if w != "vice"]
    ranks = sorted((_RANK_WORDS[w] for w in words if w in _RANK_WORDS), reverse=True)
    top = ranks[0] if ranks else DEFAULT_RANK
    grade = 1
    if words:
        last = words[-1]
        if last in _ROMAN and len(words) > 1:
            grade = _ROMAN[last]
        elif last.isdigit() and len(last) == 1 and len(words) > 1:
            grade = int(last)
    return (top, grade, sum(r - DEFAULT_RANK for r in ranks[1:]))


def level_rank(title: str) -> int:
    return seniority(title)[0]


# -- skill levels ----------------------------------------------------------------------------------

_LEVEL_WORDS: tuple[tuple[str, float], ...] = (
    ("advanced beginner", 0.25),
    ("upper intermediate", 0.5),
    ("very good", 0.75),
    ("working knowledge", 0.5),
    ("beginner", 0.0),
    ("novice", 0.0),
    ("basic", 0.0),
    ("basics", 0.0),
    ("elementary", 0.0),
    ("familiar", 0.0),
    ("learning", 0.0),
    ("entry", 0.0),
    ("awareness", 0.0),
    ("fundamental", 0.0),
    ("fundamentals", 0.0),
    ("intermediate", 0.5),
    ("competent", 0.5),
    ("moderate", 0.5),
    ("average", 0.5),
    ("good", 0.5),
    ("advanced", 0.75),
    ("proficient", 0.75),
    ("strong", 0.75),
    ("experienced", 0.75),
    ("skilled", 0.75),
    ("fluent", 0.75),
    ("expert", 1.0),
    ("master", 1.0),
    ("mastery", 1.0),
    ("guru", 1.0),
    ("excellent", 1.0),
    ("native", 1.0),
    ("authority", 1.0),
)
_NUMBER = r"(\d+(?:[.,]\d+)?)"


def _on_scale(fraction: float, scale: SkillScale) -> int:
    fraction = min(1.0, max(0.0, fraction))
    return 1 + math.floor(fraction * (max_level(scale) - 1) + 0.5)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def map_skill_level(raw: str, scale: SkillScale) -> int | None:
    """A résumé's skill level on the journal's scale, or None when it is not understood.

    The scale's own level names match exactly (other scales' names map proportionally); words
    (Beginner/Novice lowest, Intermediate/Competent the middle, Advanced/Proficient upper,
    Expert/Master top), "3/5", "3 of 5", "60%", a bare 1-5 (or 6-10, read out of 10) and star
    ratings ("★★★☆☆") map proportionally.
    """
    text = " ".join(raw.casefold().replace("_", " ").split())
    if not text:
        return None
    for scl in (scale, *(s for s in SkillScale if s != scale)):
        names = [n.casefold() for n in levels(scl)]
        if text in names:
            fraction = names.index(text) / (len(names) - 1)
            return names.index(text) + 1 if scl == scale else _on_scale(fraction, scale)
    full, empty = raw.count("★"), raw.count("☆")
    if full + empty > 0:
        return _on_scale((full - 1) / max(1, full + empty - 1), scale)
    if m := re.fullmatch(_NUMBER + r"\s*(?:/|of|out of)\s*" + _NUMBER, text):
        n, d = _number(m[1]), _number(m[2])
        if d > 0 and 0 <= n <= d:
            return _on_scale((n - 1) / (d - 1) if d > 1 else n / d, scale)
        return None
    if m := re.fullmatch(_NUMBER + r"\s*%", text):
        p = _number(m[1])
        return _on_scale(p / 100, scale) if 0 <= p <= 100 else None
    if m := re.fullmatch(_NUMBER, text):
        n = _number(m[1])
        if 0 <= n <= 5:
            return _on_scale((n - 1) / 4, scale)
        if n <= 10:
            return _on_scale((n - 1) / 9, scale)
        return None
    for phrase, fraction in _LEVEL_WORDS:
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            return _on_scale(fraction, scale)
    return None


# -- small helpers ---------------------------------------------------------------------------------


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__  # pragma: no cover - json gives nothing else


def _place(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def cut(text: str, limit: int) -> tuple[str, bool]:
    """One line of at most `limit` characters, cut at a word with "…"; and whether it was cut."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line, False
    head = line[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:.-") + "…", True


@dataclass
class _Job:
    """A role being read: mutable while the move kinds and end dates are worked out."""

    where: str
    index: int
    title: str
    organisation: str
    start: dt.date | None  # None: left out (work) or an entry (volunteering); else always set
    end: dt.date | None
    notes: str
    highlights: list[str]
    volunteer: bool
    move: MoveKind = MoveKind.FIRST
    rank: int = DEFAULT_RANK


@dataclass
class _Reader:
    source: Path
    scale: SkillScale
    today: dt.date
    partial: bool = False
    clipped: bool = False
    cut_text: bool = False
    dropped_links: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    # -- shapes ---------------------------------------------------------------------------------

    def problem(self, problem: str, where: str) -> ImportProblem:
        return ImportProblem(self.source, problem, where)

    def section(self, doc: dict[str, Any], key: str) -> Iterator[tuple[str, dict[str, Any]]]:
        value = doc.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            raise self.problem(f"should be a list of objects, not {_kind_of(value)}", key)
        for i, item in enumerate(value):
            where = f"{key}[{i}]"
            if not isinstance(item, dict):
                raise self.problem(f"should be an object, not {_kind_of(item)}", where)
            yield where, item

    def text(self, item: dict[str, Any], key: str, where: str, limit: int = MAX_TEXT) -> str:
        value = item.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.problem(f"should be text, not {_kind_of(value)}", _place(where, key))
        value = value.replace("\r\n", "\n").strip()
        if len(value) > limit:
            self.cut_text = True
            value = value[:limit].rstrip()
        return value

    def line(self, item: dict[str, Any], key: str, where: str, limit: int) -> str:
        value, was_cut = cut(self.text(item, key, where), limit)
        self.cut_text |= was_cut
        return value

    def texts(self, item: dict[str, Any], key: str, where: str) -> list[str]:
        value = item.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.problem(
                f"should be a list of text, not {_kind_of(value)}", _place(where, key)
            )
        out = []
        for i, v in enumerate(value):
            if not isinstance(v, str):
                raise self.problem(f"should be text, not {_kind_of(v)}", f"{where}.{key}[{i}]")
            v = v.strip()
            if len(v) > MAX_TEXT:
                self.cut_text = True
                v = v[:MAX_TEXT]
            if v:
                out.append(v)
        return out

    def date(
        self, item: dict[str, Any], key: str, where: str, *, end: bool = False
    ) -> dt.date | None:
        """A full or partial date; a year or month means its first (or, for `end`, last) day."""
        value = item.get(key)
        place = _place(where, key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.problem(
                f'should be a date written as text ("2019-03-01", "2019-03" or "2019"), '
                f"not {_kind_of(value)}",
                place,
            )
        text = value.strip()
        if not text or (end and text.casefold() in CURRENT_WORDS):
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ][0-9:.+\-Z]*)?)?)?", text)
        if m is None:
            raise self.problem(
                f'{value!r} is not a date; write it as "2019-03-01", "2019-03" or "2019"', place
            )
        year, month, day = int(m[1]), m[2], m[3]
        if year < MIN_YEAR:
            raise self.problem(f"{value!r} is before {MIN_YEAR}", place)
        if year > self.today.year + FUTURE_YEARS:
            raise self.problem(f"{value!r} is too far in the future", place)
        try:
            if month is None:
                self.partial = True
                return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
            if day is None:
                self.partial = True
                last = calendar.monthrange(year, int(month))[1] if 1 <= int(month) <= 12 else 0
                return dt.date(year, int(month), last if end else 1)
            return dt.date(year, int(month), int(day))
        except ValueError:
            raise self.problem(f"{value!r} does not exist on the calendar", place) from None

    def link(self, url: str, label: str, where: str) -> tuple[LinkRecord, ...]:
        url = url.strip()
        if not url:
            return ()
        parts = urlsplit(url) if len(url) <= MAX_URL else None
        ok = (
            parts is not None
            and parts.scheme.lower() in LINK_SCHEMES
            and (parts.scheme.lower() == "mailto" or bool(parts.netloc))
            and not any(c.isspace() for c in url)
        )
        if not ok:
            self.dropped_links.append(where)
            return ()
        return (LinkRecord(url, label),)

    # -- the document ---------------------------------------------------------------------------

    def read(self, doc: Any) -> ImportPlan:
        if not isinstance(doc, dict):
            raise ImportProblem(
                self.source, f"is not a JSON Resume: the file holds {_kind_of(doc)}, not an object"
            )
        if not any(key in doc for key in SECTIONS):
            raise ImportProblem(
                self.source,
                "is not a JSON Resume: it has none of the sections basics, work, skills, "
                "projects, certificates, awards, volunteer, references",
            )
        name = ""
        basics = doc.get("basics")
        if basics is not None:
            if not isinstance(basics, dict):
                raise self.problem(f"should be an object, not {_kind_of(basics)}", "basics")
            name = self.line(basics, "name", "basics", MAX_PROFILE_NAME)
        as_of, as_of_meta = self.as_of(doc)

        jobs = self.jobs(doc, "work", volunteer=False)
        volunteer_jobs = self.jobs(doc, "volunteer", volunteer=True)
        dated_volunteering = [j for j in volunteer_jobs if j.start is not None]
        undated_volunteering = [j for j in volunteer_jobs if j.start is None]
        skipped = [j.where for j in jobs if j.start is None]
        jobs = [j for j in jobs if j.start is not None]
        self.chain(jobs)
        self.chain(dated_volunteering, first=False)
        anchor = max((j.start for j in jobs), default=as_of)

        entries: list[EntryDraft] = []
        spread = open_spread = False
        for group in (jobs, dated_volunteering):
            for i, job in enumerate(group):
                later = [j.start for j in group[i + 1 :] if j.start > job.start]
                until = job.end or (later[0] - dt.timedelta(days=1) if later else as_of)
                entries.extend(self.highlights(job, max(job.start, until)))
                spread |= bool(job.highlights)
                open_spread |= bool(job.highlights) and job.end is None and not later
        undated = 0
        for job in undated_volunteering:
            day = job.end or anchor
            undated += job.end is None
            title = " at ".join(p for p in (job.title or "Volunteer", job.organisation) if p)
            bullets = "\n".join(f"- {h}" for h in job.highlights)
            body = "\n\n".join(p for p in (job.notes, bullets) if p)
            entries.append(
                EntryDraft(
                    title=cut(title, MAX_ENTRY_TITLE)[0],
                    occurred_on=day,
                    kind=EntryKind.NETWORK,
                    body=body,
                    tags=(TAG, VOLUNTEERING),
                )
            )

        for read in (self.certificates, self.awards, self.projects):
            found, missing_dates = read(doc, anchor)
            entries.extend(found)
            undated += missing_dates
        references = self.references(doc, anchor)
        entries.extend(references)
        skills, unknown, no_level = self.skills(doc, as_of)

        roles = tuple(self.role_draft(j) for j in (*jobs, *dated_volunteering))
        roles = tuple(sorted(roles, key=lambda r: (r.start_date, r.volunteer)))
        notes = self.notes
        if self.partial:
            notes.append(
                "Dates given as a year or month were placed at its start (or end, for end dates)."
            )
        if self.clipped:
            notes.append(
                "A role followed by another at the same employer was ended the day before "
                "the next one started."
            )
        if spread:
            current = f" (for a current role, up to {as_of.isoformat()})" if open_spread else ""
            notes.append(
                "Highlights of a role became project entries dated evenly across the role"
                f"{current}."
            )
        if skipped:
            notes.append(f"Left out, having no start date: {', '.join(skipped)}.")
        if undated:
            notes.append(
                f"{undated} undated item(s) were placed on {anchor.isoformat()}, "
                "the start of the latest role (or the résumé's date)."
            )
        if references:
            notes.append(
                f"References became feedback entries dated {anchor.isoformat()}, the start of "
                "the latest role (or the résumé's date)."
            )
        if any(s.level is not None for s in skills):
            why = "the résumé's lastModified date" if as_of_meta else "today"
            notes.append(
                f"Skill levels were recorded as assessed on {as_of.isoformat()} ({why}), "
                f"in the band “{SKILL_BAND}”."
            )
        if unknown:
            notes.append(
                "Skill levels not understood, kept unassessed: "
                + ", ".join(f"{n} (“{lvl}”)" for n, lvl in unknown)
                + "."
            )
        if no_level:
            notes.append(f"Skills without a level, kept unassessed: {', '.join(no_level)}.")
        if self.dropped_links:
            notes.append(
                "Links left out (only http, https and mailto are kept): "
                + ", ".join(self.dropped_links)
                + "."
            )
        if self.cut_text:
            notes.append("Some overlong text was shortened to fit.")
        unused = [k for k in NOT_IMPORTED if doc.get(k)]
        if unused:
            notes.append(f"Not imported (the journal has no place for them): {', '.join(unused)}.")
        return ImportPlan(
            source=self.source.name,
            format=FORMAT,
            roles=roles,
            entries=tuple(entries),
            skills=tuple(skills),
            profile_name=name,
            notes=tuple(dict.fromkeys(notes)),
        )

    def as_of(self, doc: dict[str, Any]) -> tuple[dt.date, bool]:
        """The résumé's own date (meta.lastModified) when it has a sensible one, else today."""
        meta = doc.get("meta")
        stamp = meta.get("lastModified") if isinstance(meta, dict) else None
        if isinstance(stamp, str) and (m := re.match(r"(\d{4})-(\d{2})-(\d{2})", stamp.strip())):
            try:
                day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return self.today, False
            if dt.date(MIN_YEAR, 1, 1) <= day <= self.today:
                return day, True
        return self.today, False

    # -- roles ----------------------------------------------------------------------------------

    def jobs(self, doc: dict[str, Any], key: str, *, volunteer: bool) -> list[_Job]:
        found = []
        for i, (where, item) in enumerate(self.section(doc, key)):
            if volunteer:
                org = self.line(item, "organization", where, MAX_ORGANISATION)
            else:
                org = self.line(item, "name", where, MAX_ORGANISATION) or self.line(
                    item, "company", where, MAX_ORGANISATION
                )
            title = self.line(item, "position", where, MAX_ROLE_TITLE)
            start = self.date(item, "startDate", where)
            end = self.date(item, "endDate", where, end=True)
            if start is not None and end is not None and end < start:
                raise self.problem(
                    f"{end.isoformat()} is before the start {start.isoformat()}",
                    f"{where}.endDate",
                )
            notes = self.text(item, "summary", where)
            highlights = self.texts(item, "highlights", where)
            if not title:
                title = cut(f"Volunteer at {org}" if volunteer else f"Role at {org}", 200)[0]
                if not org:
                    title = "Volunteer" if volunteer else "Untitled role"
            found.append(_Job(where, i, title, org, start, end, notes, highlights, volunteer))
        found.sort(key=lambda j: (j.start or dt.date.max, j.index))
        return found

    def chain(self, jobs: list[_Job], *, first: bool = True) -> None:
        """Move kinds and ranks in date order; an open role at the same employer is ended."""
        previous: _Job | None = None
        for job in jobs:
            key = seniority(job.title)
            job.rank = key[0]
            same = (
                previous is not None
                and bool(job.organisation)
                and job.organisation.casefold() == previous.organisation.casefold()
            )
            if previous is None:
                job.move = MoveKind.FIRST if first else MoveKind.NEW_EMPLOYER
            elif same:
                job.move = (
                    MoveKind.PROMOTION if key > seniority(previous.title) else MoveKind.LATERAL
                )
            else:
                job.move = MoveKind.NEW_EMPLOYER
            if (
                same
                and previous is not None
                and job.start > previous.start
                and (previous.end is None or previous.end >= job.start)
            ):
                previous.end = job.start - dt.timedelta(days=1)
                self.clipped = True
            previous = job

    @staticmethod
    def role_draft(job: _Job) -> RoleDraft:
        return RoleDraft(
            title=job.title,
            start_date=job.start,
            organisation=job.organisation,
            level_rank=job.rank,
            end_date=job.end,
            move_kind=job.move,
            notes=job.notes,
            volunteer=job.volunteer,
        )

    @staticmethod
    def highlights(job: _Job, until: dt.date) -> list[EntryDraft]:
        n = len(job.highlights)
        span = (until - job.start).days
        tags = (TAG, VOLUNTEERING) if job.volunteer else (TAG,)
        out = []
        for i, text in enumerate(job.highlights):
            title, was_cut = cut(text, HIGHLIGHT_TITLE)
            out.append(
                EntryDraft(
                    title=title,
                    occurred_on=job.start + dt.timedelta(days=span * (i + 1) // (n + 1)),
                    kind=EntryKind.PROJECT,
                    body=text if was_cut else "",
                    tags=tags,
                    role_id=AUTO,
                )
            )
        return out

    # -- entries --------------------------------------------------------------------------------

    def certificates(self, doc: dict[str, Any], anchor: dt.date) -> tuple[list[EntryDraft], int]:
        out, undated = [], 0
        for where, item in self.section(doc, "certificates"):
            title = self.line(item, "name", where, MAX_ENTRY_TITLE)
            issuer = self.line(item, "issuer", where, 500)
            day = self.date(item, "date", where)
            url = self.text(item, "url", where)
            if not title:
                continue
            undated += day is None
            out.append(
                EntryDraft(
                    title=title,
                    occurred_on=day or anchor,
                    kind=EntryKind.CERTIFICATION,
                    body=f"Issued by {issuer}." if issuer else "",
                    tags=(TAG,),
                    links=self.link(url, "Certificate", f"{where}.url"),
                )
            )
        return out, undated

    def awards(self, doc: dict[str, Any], anchor: dt.date) -> tuple[list[EntryDraft], int]:
        out, undated = [], 0
        for where, item in self.section(doc, "awards"):
            title = self.line(item, "title", where, MAX_ENTRY_TITLE)
            awarder = self.line(item, "awarder", where, 500)
            summary = self.text(item, "summary", where)
            day = self.date(item, "date", where)
            if not title:
                continue
            undated += day is None
            body = "\n\n".join(
                p for p in (f"Awarded by {awarder}." if awarder else "", summary) if p
            )
            out.append(
                EntryDraft(
                    title=title,
                    occurred_on=day or anchor,
                    kind=EntryKind.RECOGNITION,
                    body=body,
                    tags=(TAG,),
                )
            )
        return out, undated

    def projects(self, doc: dict[str, Any], anchor: dt.date) -> tuple[list[EntryDraft], int]:
        out, undated = [], 0
        for where, item in self.section(doc, "projects"):
            title = self.line(item, "name", where, MAX_ENTRY_TITLE)
            description = self.text(item, "description", where)
            highlights = self.texts(item, "highlights", where)
            keywords = self.texts(item, "keywords", where)
            roles = self.texts(item, "roles", where)
            entity = self.line(item, "entity", where, 500)
            kind = self.line(item, "type", where, 200)
            start = self.date(item, "startDate", where)
            end = self.date(item, "endDate", where, end=True)
            url = self.text(item, "url", where)
            if start is not None and end is not None and end < start:
                raise self.problem(
                    f"{end.isoformat()} is before the start {start.isoformat()}",
                    f"{where}.endDate",
                )
            if not title:
                continue
            undated += start is None and end is None
            parts = [description, "\n".join(f"- {h}" for h in highlights)]
            if roles:
                parts.append(f"Roles: {', '.join(roles)}")
            if entity:
                parts.append(f"For: {entity}")
            tags = [TAG, *(_as_tag(k) for k in keywords)]
            if kind.casefold() == VOLUNTEERING:
                tags.append(VOLUNTEERING)
            out.append(
                EntryDraft(
                    title=title,
                    occurred_on=start or end or anchor,
                    kind=EntryKind.PROJECT,
                    body="\n\n".join(p for p in parts if p),
                    tags=tuple(dict.fromkeys(t for t in tags if t)),
                    links=self.link(url, "Project", f"{where}.url"),
                )
            )
        return out, undated

    def references(self, doc: dict[str, Any], anchor: dt.date) -> list[EntryDraft]:
        out = []
        for where, item in self.section(doc, "references"):
            name = self.line(item, "name", where, 200)
            text = self.text(item, "reference", where)
            if not name and not text:
                continue
            title = f"Reference from {name}" if name else "Reference: " + cut(text, 80)[0]
            out.append(
                EntryDraft(
                    title=cut(title, MAX_ENTRY_TITLE)[0],
                    occurred_on=anchor,
                    kind=EntryKind.FEEDBACK,
                    body=text,
                    tags=(TAG,),
                )
            )
        return out

    def skills(
        self, doc: dict[str, Any], as_of: dt.date
    ) -> tuple[list[PlannedSkill], list[tuple[str, str]], list[str]]:
        out: list[PlannedSkill] = []
        unknown: list[tuple[str, str]] = []
        no_level: list[str] = []
        for where, item in self.section(doc, "skills"):
            name = self.line(item, "name", where, MAX_SKILL_NAME)
            raw = item.get("level")
            if isinstance(raw, int | float) and not isinstance(raw, bool):
                raw = f"{raw:g}"
            elif raw is not None and not isinstance(raw, str):
                raise self.problem(f"should be text, not {_kind_of(raw)}", f"{where}.level")
            raw = cut(raw or "", 100)[0]
            keywords = self.texts(item, "keywords", where)
            if not name:
                continue
            level = map_skill_level(raw, self.scale) if raw else None
            if raw and level is None:
                unknown.append((name, raw))
            elif not raw:
                no_level.append(name)
            note = f"From a résumé: “{raw}”." if raw else ""
            if keywords:
                note += f" Keywords: {', '.join(keywords)}."
            out.append(
                PlannedSkill(
                    band=SKILL_BAND,
                    name=name,
                    level=level,
                    assessed_on=as_of if level is not None else None,
                    note=note.strip()[:2000],
                )
            )
        return out, unknown, no_level


def _as_tag(keyword: str) -> str:
    text = " ".join(keyword.replace(",", " ").lower().lstrip("#").split())
    return text[:MAX_TAG].strip()


def read_plan(path: Path, scale: SkillScale, *, today: dt.date | None = None) -> ImportPlan:
    """What importing the JSON Resume at `path` would add, with levels on `scale`.

    Raises only `ImportProblem`, naming the place in the file (e.g. `work[2].startDate`).
    """
    path = Path(path)
    doc = read_json(path)
    return _Reader(path, SkillScale(scale), today or dt.date.today()).read(doc)


# -- export ----------------------------------------------------------------------------------------


def _highlight_text(entry: EntryRecord) -> str:
    text = entry.title
    body = " ".join(entry.body.split())
    if text.endswith("…") and body.startswith(text[:-1].rstrip()):
        text = body  # an imported highlight cut for its title: the whole of it
    if entry.measurable_result:
        text = f"{text} ({entry.measurable_result})"
    return text


def _chosen(entries: list[EntryRecord], limit: int) -> list[EntryRecord]:
    """The starred ones if there are any, else those of highest impact; oldest first."""
    starred = [e for e in entries if e.starred]
    pool = starred or sorted(entries, key=lambda e: (-e.impact, e.occurred_on, e.id))
    return sorted(pool[:limit], key=lambda e: (e.occurred_on, e.id))


def _first_web_link(entry: EntryRecord) -> str:
    for link in entry.links:
        parts = urlsplit(link.url)
        if parts.scheme.lower() in ("http", "https") and parts.netloc:
            return link.url
    return ""


def _said(body: str, prefix: str) -> tuple[str, str]:
    """`prefix X.` on a line of its own: X, and the body without that line."""
    m = re.search(rf"^{re.escape(prefix)} (.+?)\.?$", body, re.MULTILINE)
    if m is None:
        return "", body.strip()
    rest = (body[: m.start()] + body[m.end() :]).strip()
    return m[1].strip(), rest


def _compact(item: dict[str, Any]) -> dict[str, Any]:
    """No empty strings (or empty lists) where the schema expects a uri, date or anything."""
    return {k: v for k, v in item.items() if v not in ("", None, [])}


def _role_item(role: RoleRecord, highlights: Iterable[EntryRecord], org_key: str) -> dict[str, Any]:
    return _compact(
        {
            org_key: role.organisation,
            "position": role.title,
            "startDate": role.start_date.isoformat(),
            "endDate": role.end_date.isoformat() if role.end_date else "",
            "summary": role.notes.strip(),
            "highlights": [_highlight_text(e) for e in highlights],
        }
    )


def export_resume(journal: Journal, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """The journal as a JSON Resume (valid against schema v1.0.0)."""
    from ..domain.scales import level_name

    profile = journal.profile.get()
    roles = journal.roles.list()
    by_role: dict[int, list[EntryRecord]] = {}
    for e in journal.entries.list(EntryQuery(kinds=HIGHLIGHT_KINDS)):
        if e.role_id is not None:
            by_role.setdefault(e.role_id, []).append(e)

    basics: dict[str, Any] = {}
    if profile.name:
        basics["name"] = profile.name
    current = [r for r in roles if not r.volunteer]
    if current:
        basics["label"] = current[-1].title

    def roles_of(volunteer: bool, org_key: str) -> list[dict[str, Any]]:
        chosen = [r for r in roles if r.volunteer == volunteer]
        chosen.sort(key=lambda r: (r.start_date, r.id))
        return [
            _role_item(r, _chosen(by_role.get(r.id, []), EXPORT_HIGHLIGHTS), org_key)
            for r in chosen
        ]

    skills = []
    for band in journal.skills.bands():
        for skill in band.skills:
            level = (
                level_name(profile.skill_scale, skill.current_level)
                if skill.current_level is not None
                else ""
            )
            skills.append(_compact({"name": skill.name, "level": level, "keywords": [band.name]}))

    certificates = []
    for e in journal.entries.list(EntryQuery(kinds=frozenset({EntryKind.CERTIFICATION}))):
        issuer, _ = _said(e.body, "Issued by")
        certificates.append(
            _compact(
                {
                    "name": e.title,
                    "date": e.occurred_on.isoformat(),
                    "issuer": issuer,
                    "url": _first_web_link(e),
                }
            )
        )

    recognitions = journal.entries.list(EntryQuery(kinds=frozenset({EntryKind.RECOGNITION})))
    awards = []
    for e in [r for r in recognitions if r.starred] or recognitions:
        awarder, summary = _said(e.body, "Awarded by")
        awards.append(
            _compact(
                {
                    "title": e.title,
                    "date": e.occurred_on.isoformat(),
                    "awarder": awarder,
                    "summary": summary,
                }
            )
        )

    stamp = (now or dt.datetime.now()).replace(microsecond=0, tzinfo=None)
    return {
        "$schema": SCHEMA_URL,
        "basics": basics,
        "work": roles_of(False, "name"),
        "volunteer": roles_of(True, "organization"),
        "skills": skills,
        "certificates": certificates,
        "awards": awards,
        "meta": {"version": SCHEMA_VERSION, "lastModified": stamp.isoformat()},
    }


__all__ = ["FORMAT", "export_resume", "map_skill_level", "read_plan", "seniority"]
