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

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain import EntryKind, MoveKind, SkillScale
from ..services.records import AUTO, EntryDraft, RoleDraft
from ..services.validate import MAX_TAG, MIN_YEAR
from .errors import ImportProblem
from .jsonresume_base import (
    DEFAULT_RANK,
    FORMAT,
    HIGHLIGHT_TITLE,
    MAX_ENTRY_TITLE,
    MAX_ORGANISATION,
    MAX_PROFILE_NAME,
    MAX_ROLE_TITLE,
    MAX_SKILL_NAME,
    NOT_IMPORTED,
    SECTIONS,
    SKILL_BAND,
    TAG,
    VOLUNTEERING,
    DocReader,
    cut,
    kind_of,
    map_skill_level,
    seniority,
)
from .jsonresume_export import export_resume
from .plan import ImportPlan, PlannedSkill
from .safety import read_json

if TYPE_CHECKING:
    pass


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

    @property
    def began(self) -> dt.date:
        """The start of a job kept as a role or spread into entries (only those are dated)."""
        if self.start is None:
            raise ValueError(f"{self.where} has no start date")
        return self.start


@dataclass
class _Found:
    """What reading found that the plan's notes report."""

    as_of: dt.date
    as_of_meta: bool  # as_of is the résumé's own date, not today
    anchor: dt.date  # where undated items go: the latest role's start, else as_of
    skipped: list[str]
    spread: bool = False
    open_spread: bool = False
    undated: int = 0
    references: bool = False
    levels: bool = False
    unknown: list[tuple[str, str]] = field(default_factory=list)
    no_level: list[str] = field(default_factory=list)
    unused: list[str] = field(default_factory=list)


class _Reader(DocReader):
    """Reads a JSON Resume document into an import plan."""

    # -- the document ---------------------------------------------------------------------------

    def read(self, doc: Any) -> ImportPlan:
        """The whole résumé as a plan (see the module's docstring)."""
        name = self.basics(doc)
        as_of, as_of_meta = self.as_of(doc)
        jobs = self.jobs(doc, "work", volunteer=False)
        volunteer_jobs = self.jobs(doc, "volunteer", volunteer=True)
        dated_volunteering = [j for j in volunteer_jobs if j.start is not None]
        skipped = [j.where for j in jobs if j.start is None]
        jobs = [j for j in jobs if j.start is not None]
        self.chain(jobs)
        self.chain(dated_volunteering, first=False)
        anchor = max((j.began for j in jobs), default=as_of)
        found = _Found(as_of, as_of_meta, anchor, skipped)

        entries = self.role_highlights((jobs, dated_volunteering), found)
        entries.extend(
            self.undated_volunteering([j for j in volunteer_jobs if j.start is None], found)
        )
        for read in (self.certificates, self.awards, self.projects):
            more, missing_dates = read(doc, anchor)
            entries.extend(more)
            found.undated += missing_dates
        references = self.references(doc, anchor)
        entries.extend(references)
        found.references = bool(references)
        skills, found.unknown, found.no_level = self.skills(doc, as_of)
        found.levels = any(s.level is not None for s in skills)
        found.unused = [k for k in NOT_IMPORTED if doc.get(k)]

        roles = tuple(self.role_draft(j) for j in (*jobs, *dated_volunteering))
        return ImportPlan(
            source=self.source.name,
            format=FORMAT,
            roles=tuple(sorted(roles, key=lambda r: (r.start_date, r.volunteer))),
            entries=tuple(entries),
            skills=tuple(skills),
            profile_name=name,
            notes=tuple(dict.fromkeys(self.plan_notes(found))),
        )

    def basics(self, doc: Any) -> str:
        """The profile name, once the document is known to be a JSON Resume."""
        if not isinstance(doc, dict):
            raise ImportProblem(
                self.source, f"is not a JSON Resume: the file holds {kind_of(doc)}, not an object"
            )
        if not any(key in doc for key in SECTIONS):
            raise ImportProblem(
                self.source,
                "is not a JSON Resume: it has none of the sections basics, work, skills, "
                "projects, certificates, awards, volunteer, references",
            )
        basics = doc.get("basics")
        if basics is None:
            return ""
        if not isinstance(basics, dict):
            raise self.problem(f"should be an object, not {kind_of(basics)}", "basics")
        return self.line(basics, "name", "basics", MAX_PROFILE_NAME)

    def role_highlights(self, groups: Iterable[list[_Job]], found: _Found) -> list[EntryDraft]:
        """Each dated role's highlights, spread up to its end (or the next role, or `as_of`)."""
        entries: list[EntryDraft] = []
        for group in groups:
            for i, job in enumerate(group):
                later = [j.began for j in group[i + 1 :] if j.began > job.began]
                until = job.end or (later[0] - dt.timedelta(days=1) if later else found.as_of)
                entries.extend(self.highlights(job, max(job.began, until)))
                found.spread |= bool(job.highlights)
                found.open_spread |= bool(job.highlights) and job.end is None and not later
        return entries

    @staticmethod
    def undated_volunteering(jobs: list[_Job], found: _Found) -> list[EntryDraft]:
        """Volunteering without a start: a network entry each, on its end (else the anchor)."""
        entries: list[EntryDraft] = []
        for job in jobs:
            day = job.end or found.anchor
            found.undated += job.end is None
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
        return entries

    def plan_notes(self, found: _Found) -> list[str]:
        """What the plan tells the user about how the résumé was read, in a fixed order."""
        notes = self.notes
        anchor, as_of = found.anchor, found.as_of
        if self.partial:
            notes.append(
                "Dates given as a year or month were placed at its start (or end, for end dates)."
            )
        if self.clipped:
            notes.append(
                "A role followed by another at the same employer was ended the day before "
                "the next one started."
            )
        if found.spread:
            current = (
                f" (for a current role, up to {as_of.isoformat()})" if found.open_spread else ""
            )
            notes.append(
                "Highlights of a role became project entries dated evenly across the role"
                f"{current}."
            )
        if found.skipped:
            notes.append(f"Left out, having no start date: {', '.join(found.skipped)}.")
        if found.undated:
            notes.append(
                f"{found.undated} undated item(s) were placed on {anchor.isoformat()}, "
                "the start of the latest role (or the résumé's date)."
            )
        if found.references:
            notes.append(
                f"References became feedback entries dated {anchor.isoformat()}, the start of "
                "the latest role (or the résumé's date)."
            )
        if found.levels:
            why = "the résumé's lastModified date" if found.as_of_meta else "today"
            notes.append(
                f"Skill levels were recorded as assessed on {as_of.isoformat()} ({why}), "
                f"in the band “{SKILL_BAND}”."
            )
        if found.unknown:
            notes.append(
                "Skill levels not understood, kept unassessed: "
                + ", ".join(f"{n} (“{lvl}”)" for n, lvl in found.unknown)
                + "."
            )
        if found.no_level:
            notes.append(f"Skills without a level, kept unassessed: {', '.join(found.no_level)}.")
        if self.dropped_links:
            notes.append(
                "Links left out (only http, https and mailto are kept): "
                + ", ".join(self.dropped_links)
                + "."
            )
        if self.cut_text:
            notes.append("Some overlong text was shortened to fit.")
        if found.unused:
            notes.append(
                f"Not imported (the journal has no place for them): {', '.join(found.unused)}."
            )
        return notes

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
                and job.began > previous.began
                and (previous.end is None or previous.end >= job.began)
            ):
                previous.end = job.began - dt.timedelta(days=1)
                self.clipped = True
            previous = job

    @staticmethod
    def role_draft(job: _Job) -> RoleDraft:
        return RoleDraft(
            title=job.title,
            start_date=job.began,
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
        span = (until - job.began).days
        tags = (TAG, VOLUNTEERING) if job.volunteer else (TAG,)
        out = []
        for i, text in enumerate(job.highlights):
            title, was_cut = cut(text, HIGHLIGHT_TITLE)
            out.append(
                EntryDraft(
                    title=title,
                    occurred_on=job.began + dt.timedelta(days=span * (i + 1) // (n + 1)),
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
                raise self.problem(f"should be text, not {kind_of(raw)}", f"{where}.level")
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


__all__ = [
    "FORMAT",
    "SKILL_BAND",
    "export_resume",
    "map_skill_level",
    "read_plan",
    "seniority",
]
