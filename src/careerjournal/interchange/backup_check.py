"""Reading a backup: the whole document is checked before anything is written.

Types, required keys, closed vocabularies, dates that exist, lengths the columns hold, ids unique
and every reference pointing at a record of the file. Unknown keys are ignored (a later version
may add some). Any problem is an `ImportProblem` naming the place, e.g. `entries[12].occurred_on`.
The format itself is described in backup_format.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain import (
    AssessmentSource,
    CriterionKind,
    EntryKind,
    GoalKind,
    GoalStatus,
    MoveKind,
    SkillScale,
)
from ..domain.scales import max_level
from ..services.errors import ValidationError
from ..services.goals import clean_criterion
from ..services.reviews import STAGES
from ..services.validate import MAX_YEAR, MIN_YEAR
from ..services.validate import tag as clean_tag
from .backup_tables import FORMAT, INT_MAX, KINDS, MAX_BACKUP_BYTES, VERSION
from .errors import ImportProblem
from .safety import check_size, parse_json, read_text


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
    carry `criterion` (a dict) and `evidence` (entry ids); framework criteria `examples` (texts)
    and `evidence` (entry ids). Framework data is described in backup_frameworks.
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
    frameworks: list[dict[str, Any]] = field(default_factory=list)
    framework_levels: list[dict[str, Any]] = field(default_factory=list)
    framework_topics: list[dict[str, Any]] = field(default_factory=list)
    framework_criteria: list[dict[str, Any]] = field(default_factory=list)
    criterion_assessments: list[dict[str, Any]] = field(default_factory=list)
    role_levels: list[dict[str, Any]] = field(default_factory=list)

    @property
    def scale(self) -> SkillScale:
        return SkillScale.DREYFUS if self.profile is None else self.profile["skill_scale"]

    def counts(self) -> dict[str, int]:
        links = sum(len(c["evidence"]) for c in self.framework_criteria)
        return {
            kind: links if kind == "criterion_evidence" else len(getattr(self, kind))
            for kind in KINDS
        }


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


def _header(c: _Checker, doc: Any, source: str | Path) -> tuple[int, str]:
    """The format, version and export time: a backup this version can read, or ImportProblem."""
    if not isinstance(doc, dict) or "format" not in doc:
        raise ImportProblem(source, 'is not a Career Journal backup (it has no "format" key)')
    if doc["format"] != FORMAT:
        shown = repr(doc["format"])[:60] if isinstance(doc["format"], str) else "not text"
        raise c.fail("format", f"is {shown}, not {FORMAT!r}: not a Career Journal backup")
    version: int = c.convert(_int(), c.get(doc, "version", ""), "version")
    if version > VERSION:
        raise c.fail(
            "version",
            f"the backup is version {version}, written by a newer Career Journal; this version "
            f"reads version {VERSION}. Install the newer version to import it",
        )
    if version < 1:
        raise c.fail("version", f"backup version {version} does not exist")
    exported_at: str = c.convert(_text(40), c.get(doc, "exported_at", ""), "exported_at")
    return version, exported_at


def _roles(c: _Checker, doc: dict[str, Any]) -> list[dict[str, Any]]:
    roles = c.table(doc, "roles", ROLE_SPEC)
    for i, r in enumerate(roles):
        if r["end_date"] is not None and r["end_date"] < r["start_date"]:
            raise c.fail(f"roles[{i}].end_date", "is before the role's start_date")
    return roles


def _tags(c: _Checker, doc: dict[str, Any]) -> list[dict[str, Any]]:
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
    return tags


def _entries(
    c: _Checker, doc: dict[str, Any], role_ids: set[int], tag_names: set[str]
) -> list[dict[str, Any]]:
    """Entries with their `tags` (names) and `links` (checked rows, in order)."""
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
    return entries


_Rows = list[dict[str, Any]]


def _skills(
    c: _Checker, doc: dict[str, Any], top: int, entry_ids: set[int]
) -> tuple[_Rows, _Rows, _Rows]:
    """Bands, skills and assessments; levels run from 1 to `top` on the backup's scale."""
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
    return bands, skills, assessments


def _goals(c: _Checker, doc: dict[str, Any]) -> list[dict[str, Any]]:
    goals = c.table(doc, "goals", GOAL_SPEC)
    for i, g in enumerate(goals):
        if g["closed_on"] is not None and g["closed_on"] < g["created_on"]:
            raise c.fail(f"goals[{i}].closed_on", "is before the goal's created_on")
    return goals


def _milestones(
    c: _Checker, doc: dict[str, Any], goal_ids: set[int], entry_ids: set[int]
) -> list[dict[str, Any]]:
    """Milestones with their `criterion` (a dict) and `evidence` (entry ids)."""
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
    return milestones


def parse_backup(doc: Any, source: str | Path) -> BackupData:
    """Check a parsed backup document whole; raises ImportProblem naming the first problem."""
    c = _Checker(source)
    version, exported_at = _header(c, doc, source)

    raw_profile = c.get(doc, "profile", "")
    profile = None if raw_profile is None else c.record(raw_profile, PROFILE_SPEC, "profile")
    top = max_level(SkillScale.DREYFUS if profile is None else profile["skill_scale"])

    roles = _roles(c, doc)
    role_ids = {r["id"] for r in roles}
    tags = _tags(c, doc)
    entries = _entries(c, doc, role_ids, {t["name"] for t in tags})
    entry_ids = {e["id"] for e in entries}
    bands, skills, assessments = _skills(c, doc, top, entry_ids)
    goals = _goals(c, doc)
    milestones = _milestones(c, doc, {g["id"] for g in goals}, entry_ids)
    reviews = c.table(doc, "reviews", REVIEW_SPEC)
    for i, r in enumerate(reviews):
        c.ref(r["role_id"], role_ids, f"reviews[{i}].role_id", "role", "roles")
    from .backup_frameworks import check_frameworks  # it builds on this module's checks

    frameworks = check_frameworks(c, doc, version, role_ids, entry_ids)

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
        **frameworks,
    )


def read_backup(path: Path) -> BackupData:
    """Read and check a backup file whole; raises ImportProblem (nothing is written)."""
    path = Path(path)
    check_size(path, MAX_BACKUP_BYTES)
    return parse_backup(parse_json(read_text(path, MAX_BACKUP_BYTES), path), path)
