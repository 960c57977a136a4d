"""Goal and milestone rows as records, and the stored form of automatic criteria.

Shared by the goal service (writes) and the progress evaluation (reads), so neither imports
the other.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain import CriterionKind, EntryKind, Goal, GoalStatus, Milestone
from . import validate
from .errors import ValidationError
from .records import GoalRecord, MilestoneRecord


def list_order(g: GoalRecord) -> tuple[bool, bool, dt.date, int]:
    """Pinned first, then active before closed, then by target date (none last), then id."""
    return (not g.pinned, g.status is not GoalStatus.ACTIVE, g.target_date or dt.date.max, g.id)


def milestone_record(m: Milestone) -> MilestoneRecord:
    return MilestoneRecord(
        id=m.id,
        goal_id=m.goal_id,
        position=m.position,
        title=m.title,
        due_on=m.due_on,
        done_on=m.done_on,
        weight=m.weight,
        criterion_kind=m.criterion_kind,
        criterion=dict(m.criterion or {}),
        evidence_ids=tuple(sorted(e.id for e in m.evidence)),
        version=m.version,
    )


def goal_record(g: Goal) -> GoalRecord:
    return GoalRecord(
        id=g.id,
        kind=g.kind,
        title=g.title,
        description=g.description,
        target_role_title=g.target_role_title,
        target_level=g.target_level,
        target_date=g.target_date,
        status=g.status,
        pinned=g.pinned,
        created_on=g.created_on,
        closed_on=g.closed_on,
        milestones=tuple(milestone_record(m) for m in g.milestones),
        version=g.version,
    )


_REQUIRED = {
    CriterionKind.MANUAL: (),
    CriterionKind.SKILL_LEVEL: ("skill_id", "level"),
    CriterionKind.ENTRY_COUNT: ("kind", "count", "since"),
    CriterionKind.CERTIFICATION_TAG: ("tag",),
    CriterionKind.FRAMEWORK: ("criterion_id",),
}


def clean_criterion(kind: CriterionKind, criterion: dict[str, Any]) -> dict[str, Any]:
    """An automatic criterion checked and in its stored form, or ValidationError("criterion").

    SKILL_LEVEL {skill_id: int, level: int >= 1}; ENTRY_COUNT {kind: an entry kind, count: int
    >= 1, since: "YYYY-MM-DD"} (a date is accepted too); CERTIFICATION_TAG {tag: a tag, stored
    as tags are: lower case, single-spaced}. A manual milestone has no criterion ({}); other keys
    of an automatic one are kept as they are.
    """
    kind = CriterionKind(kind)
    if kind is CriterionKind.MANUAL:
        return {}
    clean = dict(criterion)
    missing = [k for k in _REQUIRED[kind] if clean.get(k) in (None, "")]
    if missing:
        raise ValidationError(
            "criterion", f"An automatic milestone of type {kind.value} needs {', '.join(missing)}."
        )
    if kind is CriterionKind.SKILL_LEVEL:
        clean["skill_id"] = _whole(clean["skill_id"], "skill_id", 1)
        clean["level"] = _whole(clean["level"], "level", 1)
    elif kind is CriterionKind.FRAMEWORK:
        clean["criterion_id"] = _whole(clean["criterion_id"], "criterion_id", 1)
    elif kind is CriterionKind.ENTRY_COUNT:
        try:
            clean["kind"] = EntryKind(clean["kind"]).value
        except ValueError:
            raise ValidationError(
                "criterion", f"{clean['kind']!r} is not a kind of entry."
            ) from None
        clean["count"] = _whole(clean["count"], "count", 1)
        since = clean["since"]
        if isinstance(since, dt.datetime):
            since = since.date()
        try:
            day = (
                validate.check_date(since, "since")
                if isinstance(since, dt.date)
                else validate.parse_date(str(since), "since")
            )
        except ValidationError as exc:
            raise ValidationError("criterion", str(exc)) from None
        clean["since"] = day.isoformat()
    else:
        try:
            tag = validate.tag(str(clean["tag"]))
        except ValidationError as exc:
            raise ValidationError("criterion", str(exc)) from None
        if not tag:
            raise ValidationError(
                "criterion", f"An automatic milestone of type {kind.value} needs tag."
            )
        clean["tag"] = tag
    return clean


def _whole(value: object, key: str, least: int) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    if number is None or number < least:
        raise ValidationError(
            "criterion",
            f"The criterion's {key} must be a whole number from {least}, not {value!r}.",
        )
    return number
