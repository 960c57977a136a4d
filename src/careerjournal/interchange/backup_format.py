"""Full backups: every record of a journal in one versioned JSON file, and back again.

Version 1 of the format (docs/cli.md describes it for people)::

    {"format": "careerjournal-backup", "version": 1, "exported_at": "2026-03-01T12:00:00Z",
     "profile": {...} | null, "roles": [...], "tags": [...], "entries": [...],
     "skill_bands": [...], "skills": [...], "assessments": [...], "goals": [...],
     "milestones": [...], "reviews": [...]}

Every record carries its id; lists are ordered by id; dates are ISO `YYYY-MM-DD`, timestamps ISO
date-times in UTC without a zone (as stored), money a decimal string ("85000.00"). An entry lists
its tags by name, its evidence links in order and its trash time; a milestone its criterion and
the ids of its evidence entries.

Reading checks the whole document before anything is written: types, required keys, closed
vocabularies, dates that exist, lengths the columns hold, ids unique and every reference pointing
at a record of the file. Unknown keys are ignored (a later version may add some). Any problem is
an `ImportProblem` naming the place, e.g. `entries[12].occurred_on`.

Importing into an empty journal restores everything as it was, ids included. Into a journal with
content it merges: what is already there (judged by content, like every importer) is skipped and
the rest is added under new ids with its references remapped, after a backup of the journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session

from ..domain import (
    AssessmentSource,
    CriterionKind,
    Entry,
    EntryKind,
    EvidenceLink,
    Goal,
    GoalKind,
    GoalStatus,
    Milestone,
    MoveKind,
    Profile,
    Review,
    Role,
    Skill,
    SkillAssessment,
    SkillBand,
    SkillScale,
    Tag,
    entry_tag,
    milestone_evidence,
)
from ..domain.scales import map_level, max_level
from ..services.errors import ValidationError
from ..services.goals import clean_criterion
from ..services.reviews import STAGES
from ..services.validate import MAX_YEAR, MIN_YEAR
from ..services.validate import tag as clean_tag
from .errors import ImportProblem
from .plan import ImportPlan, ImportResult
from .safety import check_size, parse_json, read_text

if TYPE_CHECKING:
    from ..services import Journal

FORMAT = "careerjournal-backup"
VERSION = 1
MAX_BACKUP_BYTES = 64 * 1024 * 1024  # about 100,000 entries with their bodies
INT_MAX = 2**31 - 1  # PostgreSQL's integer
KINDS = ("roles", "entries", "bands", "skills", "assessments", "goals", "milestones", "reviews")
CHUNK = 500

_T = {
    "role": Role.__table__,
    "tag": Tag.__table__,
    "entry": Entry.__table__,
    "evidence_link": EvidenceLink.__table__,
    "skill_band": SkillBand.__table__,
    "skill": Skill.__table__,
    "skill_assessment": SkillAssessment.__table__,
    "goal": Goal.__table__,
    "milestone": Milestone.__table__,
    "review": Review.__table__,
    "profile": Profile.__table__,
}
ID_TABLES = (
    "role",
    "tag",
    "entry",
    "evidence_link",
    "skill_band",
    "skill",
    "skill_assessment",
    "goal",
    "milestone",
    "review",
)


# -- export ------------------------------------------------------------------------------------


def _value(v: Any) -> Any:
    """A column value as JSON: enums by value, dates ISO, money as a decimal string."""
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, dt.datetime):
        return v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    return v


def _rows(session: Session, table: Table, columns: Iterable[str]) -> list[dict[str, Any]]:
    cols = [table.c[name] for name in columns]
    result = session.execute(select(*cols).order_by(table.c.id))
    return [{k: _value(v) for k, v in row.items()} for row in result.mappings()]


PROFILE_FIELDS = (
    "name",
    "career_start",
    "skill_scale",
    "week_start",
    "next_appraisal",
    "stage_override",
    "band_share",
)
ROLE_FIELDS = (
    "id",
    "title",
    "organisation",
    "function",
    "level",
    "level_rank",
    "start_date",
    "end_date",
    "move_kind",
    "pay",
    "currency",
    "notes",
    "volunteer",
)
ENTRY_FIELDS = (
    "id",
    "occurred_on",
    "kind",
    "title",
    "body",
    "impact",
    "measurable_result",
    "starred",
    "role_id",
    "created_at",
    "updated_at",
    "trashed_at",
    "version",
)
BAND_FIELDS = ("id", "name", "position", "description")
SKILL_FIELDS = ("id", "band_id", "name", "position", "target_level", "description")
ASSESSMENT_FIELDS = (
    "id",
    "skill_id",
    "assessed_on",
    "level",
    "source",
    "evidence_entry_id",
    "note",
)
GOAL_FIELDS = (
    "id",
    "kind",
    "title",
    "description",
    "target_role_title",
    "target_level",
    "target_date",
    "status",
    "pinned",
    "created_on",
    "closed_on",
)
MILESTONE_FIELDS = (
    "id",
    "goal_id",
    "position",
    "title",
    "due_on",
    "done_on",
    "weight",
    "criterion_kind",
    "criterion",
)
REVIEW_FIELDS = ("id", "held_on", "outcome", "notes", "role_id")


def export_backup(journal: Journal) -> dict[str, Any]:
    """Everything in the journal as one JSON-ready dict (see the module's docstring)."""
    with journal.store.read() as session:
        profile_t = _T["profile"]
        row = session.execute(
            select(*(profile_t.c[f] for f in PROFILE_FIELDS)).order_by(profile_t.c.id).limit(1)
        ).first()
        profile = None if row is None else {k: _value(v) for k, v in row._mapping.items()}
        tags = _rows(session, _T["tag"], ("id", "name"))
        tag_names = {t["id"]: t["name"] for t in tags}
        entry_tags: dict[int, list[str]] = {}
        for entry_id, tag_id in session.execute(select(entry_tag.c.entry_id, entry_tag.c.tag_id)):
            entry_tags.setdefault(entry_id, []).append(tag_names[tag_id])
        links: dict[int, list[dict[str, Any]]] = {}
        link_t = _T["evidence_link"]
        for link in session.execute(
            select(link_t.c.id, link_t.c.entry_id, link_t.c.url, link_t.c.label).order_by(
                link_t.c.entry_id, link_t.c.position, link_t.c.id
            )
        ):
            links.setdefault(link.entry_id, []).append(
                {"id": link.id, "url": link.url, "label": link.label}
            )
        entries = _rows(session, _T["entry"], ENTRY_FIELDS)
        for e in entries:
            e["tags"] = sorted(entry_tags.get(e["id"], []))
            e["links"] = links.get(e["id"], [])
        evidence: dict[int, list[int]] = {}
        for milestone_id, entry_id in session.execute(
            select(milestone_evidence.c.milestone_id, milestone_evidence.c.entry_id)
        ):
            evidence.setdefault(milestone_id, []).append(entry_id)
        milestones = _rows(session, _T["milestone"], MILESTONE_FIELDS)
        for m in milestones:
            m["criterion"] = dict(m["criterion"] or {})
            m["evidence"] = sorted(evidence.get(m["id"], []))
        return {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "profile": profile,
            "roles": _rows(session, _T["role"], ROLE_FIELDS),
            "tags": tags,
            "entries": entries,
            "skill_bands": _rows(session, _T["skill_band"], BAND_FIELDS),
            "skills": _rows(session, _T["skill"], SKILL_FIELDS),
            "assessments": _rows(session, _T["skill_assessment"], ASSESSMENT_FIELDS),
            "goals": _rows(session, _T["goal"], GOAL_FIELDS),
            "milestones": milestones,
            "reviews": _rows(session, _T["review"], REVIEW_FIELDS),
        }


def dumps(data: dict[str, Any]) -> str:
    """The backup as text: UTF-8 JSON, one key per line, ending with a newline."""
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_text_atomically(path: Path, content: str) -> Path:
    """Write `content` to a temporary file beside `path` (mode 0600), then rename it over.

    A failure or Ctrl+C leaves `path` as it was and no temporary file behind.
    """
    path = Path(path)
    fd, name = tempfile.mkstemp(
        prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}", dir=path.parent
    )
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return path


def write_backup(journal: Journal, path: Path) -> Path:
    """Write the journal's full backup to `path`, atomically and readable by its owner only."""
    return write_text_atomically(Path(path), dumps(export_backup(journal)))


# -- reading and checking ----------------------------------------------------------------------


class _Bad(Exception):
    """A value that breaks the format; the caller adds the file and the place."""


def _what(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, int | float):
        return "a number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, list):
        return "a list"
    return "an object"


def _sound_text(v: str) -> str:
    if "\x00" in v:
        raise _Bad("contains a NUL character")
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        raise _Bad("contains an unpaired surrogate, which is not text") from None
    return v


Conv = Callable[[Any], Any]


def _text(limit: int | None = None, *, required: bool = False) -> Conv:
    def conv(v: Any) -> str:
        if not isinstance(v, str):
            raise _Bad(f"must be text, not {_what(v)}")
        _sound_text(v)
        if limit is not None and len(v) > limit:
            raise _Bad(f"is {len(v)} characters long; the limit is {limit}")
        if required and not v.strip():
            raise _Bad("is empty")
        return v

    return conv


def _int(lo: int = -INT_MAX - 1, hi: int = INT_MAX) -> Conv:
    def conv(v: Any) -> int:
        if not isinstance(v, int) or isinstance(v, bool):
            raise _Bad(f"must be a whole number, not {_what(v)}")
        if not lo <= v <= hi:
            raise _Bad(f"must be from {lo} to {hi}, not {v}")
        return v

    return conv


_ID = _int(1, INT_MAX)


def _number(*, above: float, most: float = math.inf) -> Conv:
    def conv(v: Any) -> float:
        if not isinstance(v, int | float) or isinstance(v, bool):
            raise _Bad(f"must be a number, not {_what(v)}")
        value = float(v)
        if not math.isfinite(value) or not above < value <= most:
            limit = f"above {above:g}" + ("" if math.isinf(most) else f" and at most {most:g}")
            raise _Bad(f"must be a number {limit}, not {v}")
        return value

    return conv


def _bool(v: Any) -> bool:
    if not isinstance(v, bool):
        raise _Bad(f"must be true or false, not {_what(v)}")
    return v


def _choice(cls: type[enum.Enum]) -> Conv:
    values = [m.value for m in cls]

    def conv(v: Any) -> enum.Enum:
        if not isinstance(v, str) or v not in values:
            shown = repr(v) if isinstance(v, str) else _what(v)
            raise _Bad(f"must be one of {', '.join(values)}, not {shown[:60]}")
        return cls(v)

    return conv


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?")


def _in_years(year: int, shown: str) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _Bad(f"{shown} is outside the years {MIN_YEAR}-{MAX_YEAR}")


def _day(v: Any) -> dt.date:
    if not isinstance(v, str) or not _DAY.fullmatch(v):
        shown = repr(v[:40]) if isinstance(v, str) else _what(v)
        raise _Bad(f"must be a date in the form YYYY-MM-DD, not {shown}")
    try:
        day = dt.date.fromisoformat(v)
    except ValueError:
        raise _Bad(f"{v} does not exist on the calendar") from None
    _in_years(day.year, v)
    return day


def _moment(v: Any) -> dt.datetime:
    if not isinstance(v, str) or not _MOMENT.fullmatch(v):
        shown = repr(v[:40]) if isinstance(v, str) else _what(v)
        raise _Bad(f"must be a date and time like 2024-03-05T18:22:09, not {shown}")
    try:
        moment = dt.datetime.fromisoformat(v)
    except ValueError:
        raise _Bad(f"{v} does not exist on the calendar or the clock") from None
    _in_years(moment.year, v)
    return moment


_MONEY = re.compile(r"\d{1,12}(\.\d{1,2})?")


def _money(v: Any) -> Decimal:
    if not isinstance(v, str) or not _MONEY.fullmatch(v):
        shown = repr(v[:40]) if isinstance(v, str) else _what(v)
        raise _Bad(f'must be an amount written as text like "85000.00", not {shown}')
    return Decimal(v)


def _stage(v: Any) -> str:
    if v not in STAGES:
        raise _Bad(f"must be one of {', '.join(STAGES)} or null")
    return str(v)


def _opt(conv: Conv) -> Conv:
    def wrapped(v: Any) -> Any:
        return None if v is None else conv(v)

    return wrapped


def _json_value(v: Any) -> None:
    """A criterion's contents: sound text, finite numbers (any nesting, already bounded)."""
    stack = [v]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _sound_text(item)
        elif isinstance(item, float) and not math.isfinite(item):
            raise _Bad("holds a number that is not finite")
        elif isinstance(item, dict):
            for key, value in item.items():
                _sound_text(key)
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)


PROFILE_SPEC: dict[str, Conv] = {
    "name": _text(200),
    "career_start": _opt(_day),
    "skill_scale": _choice(SkillScale),
    "week_start": _int(0, 6),
    "next_appraisal": _opt(_day),
    "stage_override": _opt(_stage),
    "band_share": _number(above=0, most=1),
}
ROLE_SPEC: dict[str, Conv] = {
    "id": _ID,
    "title": _text(200, required=True),
    "organisation": _text(200),
    "function": _text(100),
    "level": _text(50),
    "level_rank": _int(),
    "start_date": _day,
    "end_date": _opt(_day),
    "move_kind": _choice(MoveKind),
    "pay": _opt(_money),
    "currency": _text(3),
    "notes": _text(),
    "volunteer": _bool,
}
TAG_SPEC: dict[str, Conv] = {"id": _ID, "name": _text(80, required=True)}
ENTRY_SPEC: dict[str, Conv] = {
    "id": _ID,
    "occurred_on": _day,
    "kind": _choice(EntryKind),
    "title": _text(300, required=True),
    "body": _text(),
    "impact": _int(1, 5),
    "measurable_result": _text(300),
    "starred": _bool,
    "role_id": _opt(_ID),
    "created_at": _moment,
    "updated_at": _moment,
    "trashed_at": _opt(_moment),
    "version": _int(1),
}
LINK_SPEC: dict[str, Conv] = {
    "id": _ID,
    "url": _text(2000, required=True),
    "label": _text(200),
}
BAND_SPEC: dict[str, Conv] = {
    "id": _ID,
    "name": _text(120, required=True),
    "position": _int(),
    "description": _text(),
}
GOAL_SPEC: dict[str, Conv] = {
    "id": _ID,
    "kind": _choice(GoalKind),
    "title": _text(200, required=True),
    "description": _text(),
    "target_role_title": _text(200),
    "target_level": _text(50),
    "target_date": _opt(_day),
    "status": _choice(GoalStatus),
    "pinned": _bool,
    "created_on": _day,
    "closed_on": _opt(_day),
}
MILESTONE_SPEC: dict[str, Conv] = {
    "id": _ID,
    "goal_id": _ID,
    "position": _int(),
    "title": _text(200, required=True),
    "due_on": _opt(_day),
    "done_on": _opt(_day),
    "weight": _number(above=0),
    "criterion_kind": _choice(CriterionKind),
}
REVIEW_SPEC: dict[str, Conv] = {
    "id": _ID,
    "held_on": _day,
    "outcome": _text(200),
    "notes": _text(),
    "role_id": _opt(_ID),
}


@dataclass(frozen=True)
class BackupData:
    """A checked backup: rows as column values (enums, dates, Decimals), ready to insert.

    Entries carry `tags` (names) and `links` (dicts with id, url, label, in order); milestones
    carry `criterion` (a dict) and `evidence` (entry ids).
    """

    source: str
    version: int
    exported_at: str
    profile: dict[str, Any] | None
    roles: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    entries: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    skills: list[dict[str, Any]] = field(default_factory=list)
    assessments: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    milestones: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)

    @property
    def scale(self) -> SkillScale:
        return SkillScale.DREYFUS if self.profile is None else self.profile["skill_scale"]

    def counts(self) -> dict[str, int]:
        return {kind: len(getattr(self, kind)) for kind in KINDS}


class _Checker:
    def __init__(self, source: str | Path):
        self.source = source

    def fail(self, where: str, problem: str) -> ImportProblem:
        return ImportProblem(self.source, problem, where)

    def convert(self, conv: Conv, value: Any, where: str) -> Any:
        try:
            return conv(value)
        except _Bad as exc:
            raise self.fail(where, str(exc)) from None

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, f"must be an object, not {_what(value)}")
        return value

    def array(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(where, f"must be a list, not {_what(value)}")
        return value

    def get(self, obj: dict[str, Any], key: str, where: str) -> Any:
        if key not in obj:
            raise self.fail(f"{where}.{key}" if where else key, "is missing")
        return obj[key]

    def record(self, value: Any, spec: dict[str, Conv], where: str) -> dict[str, Any]:
        obj = self.obj(value, where)
        return {
            key: self.convert(conv, self.get(obj, key, where), f"{where}.{key}")
            for key, conv in spec.items()
        }

    def table(self, doc: dict[str, Any], key: str, spec: dict[str, Conv]) -> list[dict[str, Any]]:
        rows = [
            self.record(item, spec, f"{key}[{i}]")
            for i, item in enumerate(self.array(self.get(doc, key, ""), key))
        ]
        self.unique(rows, key, "id", lambda r: r["id"], "id")
        return rows

    def unique(
        self,
        rows: list[dict[str, Any]],
        key: str,
        column: str,
        value: Callable[[dict[str, Any]], Any],
        what: str,
    ) -> None:
        seen: set[Any] = set()
        for i, row in enumerate(rows):
            v = value(row)
            if v in seen:
                raise self.fail(f"{key}[{i}].{column}", f"repeats the {what} {row[column]!r}")
            seen.add(v)

    def ref(self, value: int | None, known: set[int], where: str, what: str, key: str) -> None:
        if value is not None and value not in known:
            raise self.fail(where, f"points to {what} {value}, which is not in {key}")


def parse_backup(doc: Any, source: str | Path) -> BackupData:
    """Check a parsed backup document whole; raises ImportProblem naming the first problem."""
    c = _Checker(source)
    if not isinstance(doc, dict) or "format" not in doc:
        raise ImportProblem(source, 'is not a Career Journal backup (it has no "format" key)')
    if doc["format"] != FORMAT:
        shown = repr(doc["format"])[:60] if isinstance(doc["format"], str) else "not text"
        raise c.fail("format", f"is {shown}, not {FORMAT!r}: not a Career Journal backup")
    version = c.convert(_int(), c.get(doc, "version", ""), "version")
    if version > VERSION:
        raise c.fail(
            "version",
            f"the backup is version {version}, written by a newer Career Journal; this version "
            f"reads version {VERSION}. Install the newer version to import it",
        )
    if version < 1:
        raise c.fail("version", f"backup version {version} does not exist")
    exported_at = c.convert(_text(40), c.get(doc, "exported_at", ""), "exported_at")

    raw_profile = c.get(doc, "profile", "")
    profile = None if raw_profile is None else c.record(raw_profile, PROFILE_SPEC, "profile")
    top = max_level(SkillScale.DREYFUS if profile is None else profile["skill_scale"])

    roles = c.table(doc, "roles", ROLE_SPEC)
    for i, r in enumerate(roles):
        if r["end_date"] is not None and r["end_date"] < r["start_date"]:
            raise c.fail(f"roles[{i}].end_date", "is before the role's start_date")
    role_ids = {r["id"] for r in roles}

    tags = c.table(doc, "tags", TAG_SPEC)
    for i, t in enumerate(tags):
        try:
            form = clean_tag(t["name"])
        except ValidationError as exc:
            raise c.fail(f"tags[{i}].name", exc.message) from None
        if form != t["name"]:
            raise c.fail(
                f"tags[{i}].name", f"{t['name']!r} is not a tag as stored (lower case, no #)"
            )
    c.unique(tags, "tags", "name", lambda t: t["name"], "tag")
    tag_names = {t["name"] for t in tags}

    entries = c.table(doc, "entries", ENTRY_SPEC)
    raw_entries = doc["entries"]
    link_ids: set[int] = set()
    for i, e in enumerate(entries):
        where = f"entries[{i}]"
        c.ref(e["role_id"], role_ids, f"{where}.role_id", "role", "roles")
        raw = raw_entries[i]
        names: list[str] = []
        for j, name in enumerate(c.array(c.get(raw, "tags", where), f"{where}.tags")):
            name = c.convert(_text(80), name, f"{where}.tags[{j}]")
            if name not in tag_names:
                raise c.fail(f"{where}.tags[{j}]", f"names the tag {name!r}, which is not in tags")
            if name in names:
                raise c.fail(f"{where}.tags[{j}]", f"repeats the tag {name!r}")
            names.append(name)
        e["tags"] = names
        links = []
        for j, link in enumerate(c.array(c.get(raw, "links", where), f"{where}.links")):
            row = c.record(link, LINK_SPEC, f"{where}.links[{j}]")
            if row["id"] in link_ids:
                raise c.fail(f"{where}.links[{j}].id", f"repeats the link id {row['id']}")
            link_ids.add(row["id"])
            links.append(row)
        e["links"] = links
    entry_ids = {e["id"] for e in entries}

    bands = c.table(doc, "skill_bands", BAND_SPEC)
    c.unique(bands, "skill_bands", "name", lambda b: b["name"], "band name")
    band_ids = {b["id"] for b in bands}

    skill_spec: dict[str, Conv] = {
        "id": _ID,
        "band_id": _ID,
        "name": _text(120, required=True),
        "position": _int(),
        "target_level": _opt(_int(1, top)),
        "description": _text(),
    }
    skills = c.table(doc, "skills", skill_spec)
    for i, s in enumerate(skills):
        c.ref(s["band_id"], band_ids, f"skills[{i}].band_id", "band", "skill_bands")
    c.unique(skills, "skills", "name", lambda s: (s["band_id"], s["name"]), "skill name")
    skill_ids = {s["id"] for s in skills}

    assessment_spec: dict[str, Conv] = {
        "id": _ID,
        "skill_id": _ID,
        "assessed_on": _day,
        "level": _int(1, top),
        "source": _choice(AssessmentSource),
        "evidence_entry_id": _opt(_ID),
        "note": _text(),
    }
    assessments = c.table(doc, "assessments", assessment_spec)
    for i, a in enumerate(assessments):
        c.ref(a["skill_id"], skill_ids, f"assessments[{i}].skill_id", "skill", "skills")
        c.ref(
            a["evidence_entry_id"],
            entry_ids,
            f"assessments[{i}].evidence_entry_id",
            "entry",
            "entries",
        )

    goals = c.table(doc, "goals", GOAL_SPEC)
    for i, g in enumerate(goals):
        if g["closed_on"] is not None and g["closed_on"] < g["created_on"]:
            raise c.fail(f"goals[{i}].closed_on", "is before the goal's created_on")
    goal_ids = {g["id"] for g in goals}

    milestones = c.table(doc, "milestones", MILESTONE_SPEC)
    raw_milestones = doc["milestones"]
    for i, m in enumerate(milestones):
        where = f"milestones[{i}]"
        raw = raw_milestones[i]
        c.ref(m["goal_id"], goal_ids, f"{where}.goal_id", "goal", "goals")
        criterion = c.obj(c.get(raw, "criterion", where), f"{where}.criterion")
        c.convert(_json_value, criterion, f"{where}.criterion")
        try:
            m["criterion"] = clean_criterion(m["criterion_kind"], criterion)
        except ValidationError as exc:
            raise c.fail(f"{where}.criterion", exc.message.rstrip(".")) from None
        evidence: list[int] = []
        for j, entry_id in enumerate(c.array(c.get(raw, "evidence", where), f"{where}.evidence")):
            entry_id = c.convert(_ID, entry_id, f"{where}.evidence[{j}]")
            c.ref(entry_id, entry_ids, f"{where}.evidence[{j}]", "entry", "entries")
            if entry_id in evidence:
                raise c.fail(f"{where}.evidence[{j}]", f"repeats the entry {entry_id}")
            evidence.append(entry_id)
        m["evidence"] = evidence

    reviews = c.table(doc, "reviews", REVIEW_SPEC)
    for i, r in enumerate(reviews):
        c.ref(r["role_id"], role_ids, f"reviews[{i}].role_id", "role", "roles")

    return BackupData(
        source=str(source),
        version=version,
        exported_at=exported_at,
        profile=profile,
        roles=roles,
        tags=tags,
        entries=entries,
        bands=bands,
        skills=skills,
        assessments=assessments,
        goals=goals,
        milestones=milestones,
        reviews=reviews,
    )


def read_backup(path: Path) -> BackupData:
    """Read and check a backup file whole; raises ImportProblem (nothing is written)."""
    path = Path(path)
    check_size(path, MAX_BACKUP_BYTES)
    return parse_backup(parse_json(read_text(path, MAX_BACKUP_BYTES), path), path)


# -- importing ---------------------------------------------------------------------------------


def _is_empty(session: Session) -> bool:
    """No records at all (a profile on its own does not count)."""
    for name in ("role", "tag", "entry", "skill_band", "goal", "review"):
        t = _T[name]
        if session.execute(select(t.c.id).limit(1)).first() is not None:
            return False
    return True


def _insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start : start + CHUNK])


def _columns(row: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {k: row[k] for k in names}


def _restore(session: Session, data: BackupData) -> None:
    """Everything under its own ids, into a journal without records."""
    if data.profile is not None:
        profile_t = _T["profile"]
        existing = session.execute(
            select(profile_t.c.id).order_by(profile_t.c.id).limit(1)
        ).scalar()
        if existing is None:
            session.execute(insert(profile_t).values(**data.profile))
        else:
            session.execute(
                profile_t.update().where(profile_t.c.id == existing).values(**data.profile)
            )
    _insert(session, _T["role"], [_columns(r, ROLE_FIELDS) for r in data.roles])
    _insert(session, _T["tag"], [_columns(t, ("id", "name")) for t in data.tags])
    tag_ids = {t["name"]: t["id"] for t in data.tags}
    _insert(session, _T["entry"], [_columns(e, ENTRY_FIELDS) for e in data.entries])
    _insert(
        session,
        entry_tag,
        [{"entry_id": e["id"], "tag_id": tag_ids[n]} for e in data.entries for n in e["tags"]],
    )
    _insert(
        session,
        _T["evidence_link"],
        [
            {
                "id": link["id"],
                "entry_id": e["id"],
                "position": i,
                **_columns(link, ("url", "label")),
            }
            for e in data.entries
            for i, link in enumerate(e["links"])
        ],
    )
    _insert(session, _T["skill_band"], [_columns(b, BAND_FIELDS) for b in data.bands])
    _insert(session, _T["skill"], [_columns(s, SKILL_FIELDS) for s in data.skills])
    _insert(
        session, _T["skill_assessment"], [_columns(a, ASSESSMENT_FIELDS) for a in data.assessments]
    )
    _insert(session, _T["goal"], [_columns(g, GOAL_FIELDS) for g in data.goals])
    _insert(session, _T["milestone"], [_columns(m, MILESTONE_FIELDS) for m in data.milestones])
    _insert(
        session,
        milestone_evidence,
        [{"milestone_id": m["id"], "entry_id": e} for m in data.milestones for e in m["evidence"]],
    )
    _insert(session, _T["review"], [_columns(r, REVIEW_FIELDS) for r in data.reviews])


def _move_sequences(session: Session) -> None:
    """On PostgreSQL, explicit ids do not advance the id sequences: move them past (never back)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ID_TABLES:
        session.execute(
            text(
                f"SELECT setval(seq, GREATEST((SELECT max(id) FROM {table}), "
                "COALESCE(pg_sequence_last_value(seq), 0), 1)) "
                f"FROM (SELECT pg_get_serial_sequence('{table}', 'id')::regclass AS seq) s"
            )
        )


class _Merge:
    """Add what is new in a backup to a journal with content; new ids, references remapped.

    With `write` False nothing is written: new records get placeholder ids (negative), so the
    counts are exactly what a real run would add.
    """

    def __init__(self, session: Session, data: BackupData, *, write: bool):
        self.s = session
        self.data = data
        self.write = write
        self.added = dict.fromkeys(KINDS, 0)
        self.dupes = dict.fromkeys(KINDS, 0)
        self.notes: list[str] = []
        self._placeholder = 0
        profile_t = _T["profile"]
        row = session.execute(
            select(profile_t.c.id, profile_t.c.skill_scale).order_by(profile_t.c.id).limit(1)
        ).first()
        self.profile_id = None if row is None else row.id
        self.scale = SkillScale.DREYFUS if row is None else SkillScale(row.skill_scale)

    def new(self, table: Table, values: dict[str, Any]) -> int:
        if not self.write:
            self._placeholder -= 1
            return self._placeholder
        return int(self.s.execute(insert(table).values(**values)).inserted_primary_key[0])

    def level(self, level: int | None) -> int | None:
        return None if level is None else map_level(level, self.data.scale, self.scale)

    def run(self) -> None:
        roles = self.roles()
        entries = self.entries(roles)
        skills = self.skills()
        self.assessments(skills, entries)
        self.goals(skills, entries)
        self.reviews(roles)
        if self.write:
            self.profile()

    def roles(self) -> dict[int, int]:
        t = _T["role"]
        have: dict[tuple[str, str, dt.date], int] = {}
        for rid, title, org, start in self.s.execute(
            select(t.c.id, t.c.title, t.c.organisation, t.c.start_date).order_by(t.c.id)
        ):
            have.setdefault((title.lower(), org.lower(), start), rid)
        mapping = {}
        for r in self.data.roles:
            key = (r["title"].lower(), r["organisation"].lower(), r["start_date"])
            if key in have:
                mapping[r["id"]] = have[key]
                self.dupes["roles"] += 1
            else:
                values = _columns(r, ROLE_FIELDS[1:])
                mapping[r["id"]] = self.new(t, values)
                self.added["roles"] += 1
        return mapping

    def entries(self, roles: dict[int, int]) -> dict[int, int]:
        t = _T["entry"]
        have: dict[tuple[dt.date, str, str], int] = {}
        for eid, day, kind, title in self.s.execute(
            select(t.c.id, t.c.occurred_on, t.c.kind, t.c.title).order_by(t.c.id)
        ):
            have.setdefault((day, EntryKind(kind).value, title.lower()), eid)
        tag_t = _T["tag"]
        tags = {name: tid for tid, name in self.s.execute(select(tag_t.c.id, tag_t.c.name))}
        mapping = {}
        for e in self.data.entries:
            key = (e["occurred_on"], e["kind"].value, e["title"].lower())
            if key in have:
                mapping[e["id"]] = have[key]
                self.dupes["entries"] += 1
                continue
            values = _columns(e, ENTRY_FIELDS[1:])
            values["role_id"] = None if e["role_id"] is None else roles[e["role_id"]]
            entry_id = mapping[e["id"]] = self.new(t, values)
            self.added["entries"] += 1
            if not self.write:
                continue
            for name in e["tags"]:
                if name not in tags:
                    tags[name] = self.new(tag_t, {"name": name})
                self.s.execute(insert(entry_tag).values(entry_id=entry_id, tag_id=tags[name]))
            for i, link in enumerate(e["links"]):
                self.new(
                    _T["evidence_link"],
                    {"entry_id": entry_id, "position": i, **_columns(link, ("url", "label"))},
                )
        return mapping

    def skills(self) -> dict[int, int]:
        band_t, skill_t = _T["skill_band"], _T["skill"]
        bands = {
            name.lower(): bid for bid, name in self.s.execute(select(band_t.c.id, band_t.c.name))
        }
        next_band = (
            self.s.execute(select(func.coalesce(func.max(band_t.c.position), -1))).scalar_one() + 1
        )
        skills: dict[tuple[int, str], int] = {}
        next_skill: dict[int, int] = {}
        for sid, bid, name, position in self.s.execute(
            select(skill_t.c.id, skill_t.c.band_id, skill_t.c.name, skill_t.c.position)
        ):
            skills[(bid, name.lower())] = sid
            next_skill[bid] = max(next_skill.get(bid, 0), position + 1)
        band_map: dict[int, int] = {}
        new_bands: set[int] = set()
        for b in sorted(self.data.bands, key=lambda b: (b["position"], b["id"])):
            key = b["name"].lower()
            if key in bands:
                band_map[b["id"]] = bands[key]
                self.dupes["bands"] += 1
                continue
            values = {"name": b["name"], "position": next_band, "description": b["description"]}
            next_band += 1
            band_map[b["id"]] = bands[key] = self.new(band_t, values)
            new_bands.add(band_map[b["id"]])
            self.added["bands"] += 1
        mapping = {}
        for s in sorted(self.data.skills, key=lambda s: (s["position"], s["id"])):
            band_id = band_map[s["band_id"]]
            key = (band_id, s["name"].lower())
            if key in skills:
                mapping[s["id"]] = skills[key]
                self.dupes["skills"] += 1
                continue
            if band_id in new_bands:
                position = s["position"]
            else:
                position = next_skill.get(band_id, 0)
                next_skill[band_id] = position + 1
            values = {
                "band_id": band_id,
                "name": s["name"],
                "position": position,
                "target_level": self.level(s["target_level"]),
                "description": s["description"],
            }
            mapping[s["id"]] = skills[key] = self.new(skill_t, values)
            self.added["skills"] += 1
        return mapping

    def assessments(self, skills: dict[int, int], entries: dict[int, int]) -> None:
        t = _T["skill_assessment"]
        have = {tuple(r) for r in self.s.execute(select(t.c.skill_id, t.c.assessed_on, t.c.level))}
        for a in self.data.assessments:
            level = self.level(a["level"])
            key = (skills[a["skill_id"]], a["assessed_on"], level)
            if key in have:
                self.dupes["assessments"] += 1
                continue
            evidence = a["evidence_entry_id"]
            values = {
                "skill_id": key[0],
                "assessed_on": a["assessed_on"],
                "level": level,
                "source": a["source"],
                "evidence_entry_id": None if evidence is None else entries[evidence],
                "note": a["note"],
            }
            self.new(t, values)
            self.added["assessments"] += 1

    def goals(self, skills: dict[int, int], entries: dict[int, int]) -> None:
        goal_t, ms_t = _T["goal"], _T["milestone"]
        have: dict[tuple[str, dt.date], int] = {}
        pinned = False
        for gid, title, created, is_pinned in self.s.execute(
            select(goal_t.c.id, goal_t.c.title, goal_t.c.created_on, goal_t.c.pinned).order_by(
                goal_t.c.id
            )
        ):
            have.setdefault((title.lower(), created), gid)
            pinned = pinned or bool(is_pinned)
        goal_map: dict[int, int] = {}
        new_goals: set[int] = set()
        for g in self.data.goals:
            key = (g["title"].lower(), g["created_on"])
            if key in have:
                goal_map[g["id"]] = have[key]
                self.dupes["goals"] += 1
                continue
            values = _columns(g, GOAL_FIELDS[1:])
            if values["pinned"] and pinned:
                values["pinned"] = False
                self.notes.append(
                    f"The goal “{g['title']}” was the next promotion in the backup; the journal "
                    "keeps its own, so it was added unpinned."
                )
            pinned = pinned or values["pinned"]
            goal_map[g["id"]] = self.new(goal_t, values)
            new_goals.add(goal_map[g["id"]])
            self.added["goals"] += 1
        titles: set[tuple[int, str]] = set()
        next_position: dict[int, int] = {}
        for gid, title, position in self.s.execute(
            select(ms_t.c.goal_id, ms_t.c.title, ms_t.c.position)
        ):
            titles.add((gid, title.lower()))
            next_position[gid] = max(next_position.get(gid, 0), position + 1)
        for m in sorted(self.data.milestones, key=lambda m: (m["position"], m["id"])):
            goal_id = goal_map[m["goal_id"]]
            key = (goal_id, m["title"].lower())
            if key in titles:
                self.dupes["milestones"] += 1
                continue
            if goal_id in new_goals:
                position = m["position"]
            else:
                position = next_position.get(goal_id, 0)
                next_position[goal_id] = position + 1
            kind, criterion = m["criterion_kind"], dict(m["criterion"])
            if kind is CriterionKind.SKILL_LEVEL:
                if criterion["skill_id"] in skills:
                    criterion["skill_id"] = skills[criterion["skill_id"]]
                    criterion["level"] = map_level(criterion["level"], self.data.scale, self.scale)
                else:
                    kind, criterion = CriterionKind.MANUAL, {}
                    self.notes.append(
                        f"The milestone “{m['title']}” waited for a skill that is not in the "
                        "backup; it was added as a milestone you tick by hand."
                    )
            values = {
                "goal_id": goal_id,
                "position": position,
                "title": m["title"],
                "due_on": m["due_on"],
                "done_on": m["done_on"],
                "weight": m["weight"],
                "criterion_kind": kind,
                "criterion": criterion,
            }
            milestone_id = self.new(ms_t, values)
            self.added["milestones"] += 1
            if self.write:
                linked = dict.fromkeys(entries[e] for e in m["evidence"])
                _insert(
                    self.s,
                    milestone_evidence,
                    [{"milestone_id": milestone_id, "entry_id": e} for e in linked],
                )

    def reviews(self, roles: dict[int, int]) -> None:
        t = _T["review"]
        have = set(self.s.execute(select(t.c.held_on)).scalars())
        for r in self.data.reviews:
            if r["held_on"] in have:
                self.dupes["reviews"] += 1
                continue
            values = _columns(r, REVIEW_FIELDS[1:])
            values["role_id"] = None if r["role_id"] is None else roles[r["role_id"]]
            self.new(t, values)
            self.added["reviews"] += 1

    def profile(self) -> None:
        """Fill what the journal's profile leaves empty; its settings and scale stay."""
        if self.data.profile is None:
            return
        t, p = _T["profile"], self.data.profile
        if self.profile_id is None:
            self.s.execute(insert(t).values(**{**p, "skill_scale": self.scale}))
            return
        row = self.s.execute(select(t).where(t.c.id == self.profile_id)).mappings().one()
        changes = {
            k: p[k]
            for k in ("name", "career_start", "next_appraisal")
            if row[k] in (None, "") and p[k] not in (None, "")
        }
        if changes:
            self.s.execute(t.update().where(t.c.id == self.profile_id).values(**changes))


def import_backup(journal: Journal, data: BackupData, *, dry_run: bool = False) -> ImportResult:
    """Restore a checked backup into an empty journal, or merge it into one with content.

    One transaction; a verified backup of an SQLite journal first when merging. With `dry_run`
    nothing is written and the result says what would be added.
    """
    with journal.store.read() as session:
        empty = _is_empty(session)
        if empty:
            added, dupes, notes = data.counts(), dict.fromkeys(KINDS, 0), []
        else:
            merge = _Merge(session, data, write=False)
            merge.run()
            added, dupes, notes = merge.added, merge.dupes, merge.notes
    if empty and any(added.values()):
        notes = [
            "The journal is empty: everything would be restored as it is, ids included."
            if dry_run
            else "The journal was empty: everything was restored as it was, ids included."
        ]
    plan = ImportPlan(source=Path(data.source).name, format="backup", notes=tuple(notes))
    # An empty journal takes the backup's profile even when the backup holds nothing else.
    work = any(added.values()) or (empty and data.profile is not None)
    if dry_run or not work:
        return ImportResult(plan, dry_run, added, dupes)
    made = None
    if not empty and journal.can_back_up:
        from ..store import BackupError

        try:
            made = str(journal.backup(reason="before-import"))
        except BackupError as exc:
            raise ImportProblem(data.source, f"no backup could be made first: {exc}") from exc
    try:
        with journal.store.write() as session:
            if _is_empty(session):
                _restore(session, data)
                added, dupes = data.counts(), dict.fromkeys(KINDS, 0)
            else:
                merge = _Merge(session, data, write=True)
                merge.run()
                added, dupes = merge.added, merge.dupes
                plan = ImportPlan(plan.source, "backup", notes=tuple(merge.notes))
            _move_sequences(session)
    except StatementError as exc:
        if isinstance(exc, OperationalError):  # the database, not the file: report as it is
            raise
        detail = getattr(exc, "orig", None) or exc
        raise ImportProblem(
            data.source, f"could not be imported; the journal was left unchanged ({detail})"
        ) from exc
    journal.announce_reload()
    return ImportResult(plan, False, added, dupes, made)


__all__ = [
    "FORMAT",
    "VERSION",
    "BackupData",
    "export_backup",
    "import_backup",
    "parse_backup",
    "read_backup",
    "write_backup",
    "write_text_atomically",
]
