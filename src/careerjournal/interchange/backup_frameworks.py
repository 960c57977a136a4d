"""Progression frameworks in a backup: written, checked, restored and merged.

Version 2 of the format added six lists, each ordered by id (role levels, which have none, by
role and framework)::

    "frameworks": [{"id", "name", "source", "active", "imported_at", "settings", "version"}],
    "framework_levels": [{"id", "framework_id", "number", "name"}],
    "framework_topics": [{"id", "framework_id", "key", "title", "position"}],
    "framework_criteria": [{"id", "framework_id", "topic_id", "level", "key", "text",
                            "examples": [text], "position", "evidence": [entry ids]}],
    "criterion_assessments": [{"id", "criterion_id", "assessed_on", "status", "note"}],
    "role_levels": [{"role_id", "framework_id", "level"}]

`settings` is the framework's object as stored ({"thresholds": [4 rising shares], "tick": a
rule}); a criterion lists the entries linked to it as evidence; an assessment's status is one of
not_yet, sometimes, consistently. A milestone of kind "framework" names its criterion by id
({"criterion_id": 12}), like a skill_level milestone its skill.

A version 1 file has none of these lists and reads as a journal without frameworks; from
version 2 on they are required. Checking refuses what the journal could not hold: a criterion of
a topic or level its framework does not have, a link, assessment or role level pointing at
nothing. A framework milestone whose criterion is not in the file is kept as it is (a re-import
may have removed the criterion; the goal shows it as gone), as a dangling skill milestone is.

Merging into a journal with content: a framework whose name the journal already has (any case)
is not touched; the backup's criteria are matched to the journal's by `key` and their evidence
links and assessments added where missing (those of criteria it lacks are left out, with a
note). Other frameworks are added whole, under new ids; the journal keeps the framework it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain import CriterionKind, Demonstration, TickRule, criterion_evidence
from ..services.errors import ValidationError
from ..services.rubric_maths import check_thresholds
from .backup_check import (
    _ID,
    Conv,
    _bool,
    _Checker,
    _choice,
    _day,
    _int,
    _json_value,
    _moment,
    _text,
    _what,
)
from .backup_tables import (
    CRITERION_ASSESSMENT_FIELDS,
    CRITERION_FIELDS,
    FRAMEWORK_FIELDS,
    FRAMEWORKS_SINCE,
    LEVEL_FIELDS,
    ROLE_LEVEL_FIELDS,
    TABLES,
    TOPIC_FIELDS,
    insert_rows,
    pick_columns,
    table_rows,
)

if TYPE_CHECKING:
    from .backup_check import BackupData
    from .backup_merge import Merge

_Rows = list[dict[str, Any]]
# The lists a backup carries for frameworks: the key in the file = the field of BackupData.
KEYS = (
    "frameworks",
    "framework_levels",
    "framework_topics",
    "framework_criteria",
    "criterion_assessments",
    "role_levels",
)

FRAMEWORK_SPEC: dict[str, Conv] = {
    "id": _ID,
    "name": _text(200, required=True),
    "source": _text(300),
    "active": _bool,
    "imported_at": _moment,
    "version": _int(1),
}
LEVEL_SPEC: dict[str, Conv] = {
    "id": _ID,
    "framework_id": _ID,
    "number": _int(0),
    "name": _text(200),
}
TOPIC_SPEC: dict[str, Conv] = {
    "id": _ID,
    "framework_id": _ID,
    "key": _text(200, required=True),
    "title": _text(300),
    "position": _int(),
}
CRITERION_SPEC: dict[str, Conv] = {
    "id": _ID,
    "framework_id": _ID,
    "topic_id": _ID,
    "level": _int(0),
    "key": _text(1000, required=True),
    "text": _text(),
    "position": _int(),
}
CRITERION_ASSESSMENT_SPEC: dict[str, Conv] = {
    "id": _ID,
    "criterion_id": _ID,
    "assessed_on": _day,
    "status": _choice(Demonstration),
    "note": _text(),
}
ROLE_LEVEL_SPEC: dict[str, Conv] = {"role_id": _ID, "framework_id": _ID, "level": _int(0)}


# -- writing -----------------------------------------------------------------------------------


def export_frameworks(session: Session) -> dict[str, _Rows]:
    """The journal's frameworks and the user's standing in them, as the backup's lists."""
    frameworks = table_rows(session, TABLES["framework"], FRAMEWORK_FIELDS)
    for f in frameworks:
        f["settings"] = dict(f["settings"] or {})
    evidence: dict[int, list[int]] = {}
    for criterion_id, entry_id in session.execute(
        select(criterion_evidence.c.criterion_id, criterion_evidence.c.entry_id)
    ):
        evidence.setdefault(criterion_id, []).append(entry_id)
    criteria = table_rows(session, TABLES["framework_criterion"], CRITERION_FIELDS)
    for c in criteria:
        c["examples"] = list(c["examples"] or [])
        c["evidence"] = sorted(evidence.get(c["id"], []))
    return {
        "frameworks": frameworks,
        "framework_levels": table_rows(session, TABLES["framework_level"], LEVEL_FIELDS),
        "framework_topics": table_rows(session, TABLES["framework_topic"], TOPIC_FIELDS),
        "framework_criteria": criteria,
        "criterion_assessments": table_rows(
            session, TABLES["criterion_assessment"], CRITERION_ASSESSMENT_FIELDS
        ),
        "role_levels": table_rows(
            session, TABLES["role_level"], ROLE_LEVEL_FIELDS, ("role_id", "framework_id")
        ),
    }


def written_version(doc: dict[str, Any]) -> int:
    """The oldest version that holds everything in `doc`: 1 unless it has framework data.

    A reader of version 1 ignores keys it does not know, so it would drop a journal's
    frameworks, their evidence links, assessments and role levels without a word: a backup
    with any of them says version 2, which such a reader refuses ("written by a newer Career
    Journal"). One without them stays readable by it, and loses nothing there.
    """
    framework_milestone = any(
        m["criterion_kind"] == CriterionKind.FRAMEWORK.value for m in doc["milestones"]
    )
    if framework_milestone or any(doc[key] for key in KEYS):
        return FRAMEWORKS_SINCE
    return FRAMEWORKS_SINCE - 1


# -- checking ----------------------------------------------------------------------------------


def check_frameworks(
    c: _Checker, doc: dict[str, Any], version: int, role_ids: set[int], entry_ids: set[int]
) -> dict[str, _Rows]:
    """The framework lists checked whole (a version 1 file may lack them: none), by field."""

    def table(key: str, spec: dict[str, Conv]) -> _Rows:
        if key not in doc and version < FRAMEWORKS_SINCE:
            return []
        return c.table(doc, key, spec)

    frameworks = table("frameworks", FRAMEWORK_SPEC)
    c.unique(frameworks, "frameworks", "name", lambda f: f["name"].casefold(), "framework name")
    for i, f in enumerate(frameworks):
        f["settings"] = _settings(c, doc["frameworks"][i], f"frameworks[{i}]")
    framework_ids = {f["id"] for f in frameworks}

    def owned(rows: _Rows, key: str) -> None:
        for i, row in enumerate(rows):
            where = f"{key}[{i}].framework_id"
            c.ref(row["framework_id"], framework_ids, where, "framework", "frameworks")

    levels = table("framework_levels", LEVEL_SPEC)
    owned(levels, "framework_levels")
    c.unique(levels, "framework_levels", "number", _pair("number"), "level number")
    topics = table("framework_topics", TOPIC_SPEC)
    owned(topics, "framework_topics")
    c.unique(topics, "framework_topics", "key", _pair("key"), "topic key")
    criteria = table("framework_criteria", CRITERION_SPEC)
    owned(criteria, "framework_criteria")
    _criteria(c, doc, criteria, levels, topics, entry_ids)
    criterion_ids = {row["id"] for row in criteria}

    assessments = table("criterion_assessments", CRITERION_ASSESSMENT_SPEC)
    for i, a in enumerate(assessments):
        where = f"criterion_assessments[{i}].criterion_id"
        c.ref(a["criterion_id"], criterion_ids, where, "criterion", "framework_criteria")
    role_levels = _role_levels(c, doc, version)
    owned(role_levels, "role_levels")
    for i, r in enumerate(role_levels):
        c.ref(r["role_id"], role_ids, f"role_levels[{i}].role_id", "role", "roles")
    found = (frameworks, levels, topics, criteria, assessments, role_levels)
    return dict(zip(KEYS, found, strict=True))


def _pair(column: str) -> Callable[[dict[str, Any]], Any]:
    return lambda row: (row["framework_id"], row[column])


def _settings(c: _Checker, raw: dict[str, Any], where: str) -> dict[str, Any]:
    """The framework's settings as stored: an object; its thresholds and tick, where given,
    as the rubric reads them."""
    settings = c.obj(c.get(raw, "settings", where), f"{where}.settings")
    c.convert(_json_value, settings, f"{where}.settings")
    if "thresholds" in settings:
        place = f"{where}.settings.thresholds"
        values = c.array(settings["thresholds"], place)
        for j, value in enumerate(values):
            if not isinstance(value, int | float) or isinstance(value, bool):
                raise c.fail(f"{place}[{j}]", f"must be a number, not {_what(value)}")
        try:
            check_thresholds(values)
        except ValidationError as exc:
            raise c.fail(place, exc.message.rstrip(".")) from None
    if "tick" in settings:
        c.convert(_choice(TickRule), settings["tick"], f"{where}.settings.tick")
    return dict(settings)


def _criteria(
    c: _Checker,
    doc: dict[str, Any],
    criteria: _Rows,
    levels: _Rows,
    topics: _Rows,
    entry_ids: set[int],
) -> None:
    """Each criterion of a topic and a level of its own framework; its examples and evidence."""
    numbers: dict[int, set[int]] = {}
    for lv in levels:
        numbers.setdefault(lv["framework_id"], set()).add(lv["number"])
    topic_of = {t["id"]: t["framework_id"] for t in topics}
    topic_ids = set(topic_of)
    for i, row in enumerate(criteria):
        where = f"framework_criteria[{i}]"
        raw = doc["framework_criteria"][i]
        fid = row["framework_id"]
        c.ref(row["topic_id"], topic_ids, f"{where}.topic_id", "topic", "framework_topics")
        if topic_of[row["topic_id"]] != fid:
            raise c.fail(
                f"{where}.topic_id",
                f"points to topic {row['topic_id']}, which belongs to framework "
                f"{topic_of[row['topic_id']]}, not to framework {fid}",
            )
        if row["level"] not in numbers.get(fid, set()):
            have = ", ".join(str(n) for n in sorted(numbers.get(fid, set()))) or "none"
            raise c.fail(
                f"{where}.level",
                f"is {row['level']}, not a level of framework {fid} (its levels: {have})",
            )
        examples = c.array(c.get(raw, "examples", where), f"{where}.examples")
        row["examples"] = [
            c.convert(_text(), text, f"{where}.examples[{j}]") for j, text in enumerate(examples)
        ]
        evidence: list[int] = []
        for j, entry_id in enumerate(c.array(c.get(raw, "evidence", where), f"{where}.evidence")):
            entry_id = c.convert(_ID, entry_id, f"{where}.evidence[{j}]")
            c.ref(entry_id, entry_ids, f"{where}.evidence[{j}]", "entry", "entries")
            if entry_id in evidence:
                raise c.fail(f"{where}.evidence[{j}]", f"repeats the entry {entry_id}")
            evidence.append(entry_id)
        row["evidence"] = evidence


def _role_levels(c: _Checker, doc: dict[str, Any], version: int) -> _Rows:
    """Role levels have no id: one per role and framework."""
    if "role_levels" not in doc and version < FRAMEWORKS_SINCE:
        return []
    rows = [
        c.record(item, ROLE_LEVEL_SPEC, f"role_levels[{i}]")
        for i, item in enumerate(c.array(c.get(doc, "role_levels", ""), "role_levels"))
    ]
    c.unique(rows, "role_levels", "framework_id", _pair("role_id"), "role's level in framework")
    return rows


# -- restoring ---------------------------------------------------------------------------------


def restore_frameworks(session: Session, data: BackupData) -> None:
    """Everything under its own ids, after the roles and entries it refers to."""
    for name, fields, rows in (
        ("framework", FRAMEWORK_FIELDS, data.frameworks),
        ("framework_level", LEVEL_FIELDS, data.framework_levels),
        ("framework_topic", TOPIC_FIELDS, data.framework_topics),
        ("framework_criterion", CRITERION_FIELDS, data.framework_criteria),
        ("criterion_assessment", CRITERION_ASSESSMENT_FIELDS, data.criterion_assessments),
        ("role_level", ROLE_LEVEL_FIELDS, data.role_levels),
    ):
        insert_rows(session, TABLES[name], [pick_columns(row, fields) for row in rows])
    insert_rows(
        session,
        criterion_evidence,
        [
            {"criterion_id": row["id"], "entry_id": entry_id}
            for row in data.framework_criteria
            for entry_id in row["evidence"]
        ],
    )


# -- merging -----------------------------------------------------------------------------------


def merge_frameworks(m: Merge, roles: dict[int, int], entries: dict[int, int]) -> dict[int, int]:
    """Add the backup's frameworks and standing; the backup's criterion ids -> the journal's
    (criteria of a framework the journal has, under a key it lacks, are not in it)."""
    data = m.data
    frameworks, criteria = _merge_framework_rows(m)
    left_out: dict[int, list[int]] = {}  # backup framework id -> [assessments, links]
    framework_of = {row["id"]: row["framework_id"] for row in data.framework_criteria}

    t = TABLES["criterion_assessment"]
    have = {
        (cid, day, Demonstration(status))
        for cid, day, status in m.s.execute(select(t.c.criterion_id, t.c.assessed_on, t.c.status))
    }
    for a in data.criterion_assessments:
        if a["criterion_id"] not in criteria:
            left_out.setdefault(framework_of[a["criterion_id"]], [0, 0])[0] += 1
            continue
        key = (criteria[a["criterion_id"]], a["assessed_on"], Demonstration(a["status"]))
        if _seen(m, have, key, "criterion_assessments"):
            continue
        values = {"criterion_id": key[0], **pick_columns(a, ("assessed_on", "status", "note"))}
        m.new(t, values)

    pairs = {
        tuple(r)
        for r in m.s.execute(
            select(criterion_evidence.c.criterion_id, criterion_evidence.c.entry_id)
        )
    }
    links: list[dict[str, int]] = []
    for row in data.framework_criteria:
        if row["id"] not in criteria:
            left_out.setdefault(row["framework_id"], [0, 0])[1] += len(row["evidence"])
            continue
        for entry_id in row["evidence"]:
            pair = (criteria[row["id"]], entries[entry_id])
            if not _seen(m, pairs, pair, "criterion_evidence"):
                links.append({"criterion_id": pair[0], "entry_id": pair[1]})
    if m.write:
        insert_rows(m.s, criterion_evidence, links)

    _merge_role_levels(m, frameworks, roles)
    names = {f["id"]: f["name"] for f in data.frameworks}
    for fid, (assessments, evidence) in left_out.items():
        if assessments or evidence:
            m.notes.append(
                f"The journal's framework “{names[fid]}” lacks some criteria of the backup's: "
                f"{_count(assessments, 'assessment')} and {_count(evidence, 'evidence link')} "
                "of those were left out."
            )
    return criteria


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _seen(m: Merge, have: set[Any], key: Any, kind: str) -> bool:
    """Count `key` as already there, or as added (and remember it); True when already there."""
    if key in have:
        m.dupes[kind] += 1
        return True
    have.add(key)
    m.added[kind] += 1
    return False


def _merge_framework_rows(m: Merge) -> tuple[dict[int, int], dict[int, int]]:
    """Frameworks by name: the journal's own kept, new ones added whole. Returns the id maps
    of frameworks and of criteria."""
    t = TABLES["framework"]
    have: dict[str, int] = {}
    active = False
    for fid, name, is_active in m.s.execute(select(t.c.id, t.c.name, t.c.active).order_by(t.c.id)):
        have.setdefault(name.casefold(), fid)
        active = active or bool(is_active)
    frameworks: dict[int, int] = {}
    criteria: dict[int, int] = {}
    for f in m.data.frameworks:
        existing = have.get(f["name"].casefold())
        if existing is not None:
            frameworks[f["id"]] = existing
            m.dupes["frameworks"] += 1
            criteria.update(_criteria_by_key(m, f["id"], existing))
            continue
        values = pick_columns(f, FRAMEWORK_FIELDS[1:])
        if values["active"] and active:
            values["active"] = False
            m.notes.append(
                f"The framework “{f['name']}” was the one in use in the backup; the journal "
                "keeps using its own, so it was added without being put in use."
            )
        active = active or values["active"]
        frameworks[f["id"]] = have[f["name"].casefold()] = m.new(t, values)
        m.added["frameworks"] += 1
        criteria.update(_copy_parts(m, f["id"], frameworks[f["id"]]))
    return frameworks, criteria


def _criteria_by_key(m: Merge, backup_id: int, journal_id: int) -> dict[int, int]:
    t = TABLES["framework_criterion"]
    by_key: dict[str, int] = {}
    for cid, key in m.s.execute(
        select(t.c.id, t.c.key).where(t.c.framework_id == journal_id).order_by(t.c.id)
    ):
        by_key.setdefault(key, cid)
    return {
        c["id"]: by_key[c["key"]]
        for c in m.data.framework_criteria
        if c["framework_id"] == backup_id and c["key"] in by_key
    }


def _copy_parts(m: Merge, backup_id: int, journal_id: int) -> dict[int, int]:
    """A new framework's levels, topics and criteria; returns the criteria's id map."""
    data = m.data
    for lv in data.framework_levels:
        if lv["framework_id"] == backup_id:
            values = {"framework_id": journal_id, **pick_columns(lv, ("number", "name"))}
            m.new(TABLES["framework_level"], values)
    topics: dict[int, int] = {}
    for tp in data.framework_topics:
        if tp["framework_id"] == backup_id:
            values = {"framework_id": journal_id, **pick_columns(tp, TOPIC_FIELDS[2:])}
            topics[tp["id"]] = m.new(TABLES["framework_topic"], values)
    criteria: dict[int, int] = {}
    for c in data.framework_criteria:
        if c["framework_id"] == backup_id:
            values = pick_columns(c, CRITERION_FIELDS[3:])
            values.update(framework_id=journal_id, topic_id=topics[c["topic_id"]])
            criteria[c["id"]] = m.new(TABLES["framework_criterion"], values)
    return criteria


def _merge_role_levels(m: Merge, frameworks: dict[int, int], roles: dict[int, int]) -> None:
    """A role's level in a framework, unless the journal has one for that role and framework."""
    t = TABLES["role_level"]
    have = {tuple(r) for r in m.s.execute(select(t.c.role_id, t.c.framework_id))}
    for r in m.data.role_levels:
        pair = (roles[r["role_id"]], frameworks[r["framework_id"]])
        if not _seen(m, have, pair, "role_levels") and m.write:
            m.s.execute(insert(t).values(role_id=pair[0], framework_id=pair[1], level=r["level"]))


def remap_milestone(
    m: Merge, title: str, criterion: dict[str, Any], criteria: dict[int, int]
) -> dict[str, Any] | None:
    """A framework milestone's criterion in the journal's ids, or None (then ticked by hand)."""
    found = criteria.get(criterion["criterion_id"])
    if found is None:
        m.notes.append(
            f"The milestone “{title}” waited for a framework criterion the journal does not "
            "have; it was added as a milestone you tick by hand."
        )
        return None
    return {**criterion, "criterion_id": found}
