"""Goals, milestones, skill bands and skills as rows of the conflict dialog (see `entry_conflict`
for entries), and the question itself, asked from an edit dialog whose save was refused.

Each `*_rows` builder compares what the user typed (`mine`, as the dialog would save it), the
record as stored now (`theirs`) and the record as the dialog opened it (`base`, for the
three-way guess). The rows' names are the record's attribute names, so the resolved values
can be laid over the stored record with `dataclasses.replace` and shown in the form again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..domain import CriterionKind, EntryKind, GoalKind, GoalStatus
from ..services import (
    BandRecord,
    GoalDraft,
    GoalRecord,
    MilestoneDraft,
    MilestoneRecord,
    SkillRecord,
)
from .conflict_dialog import ConflictDialog, ConflictRow, Resolution
from .formatting import enum_label, format_date, kind_label

__all__ = [
    "Answer",
    "ask",
    "band_rows",
    "deleted_message",
    "goal_rows",
    "milestone_rows",
    "skill_rows",
]

#: The user's answer: how, and the record's fields as resolved (by row name).
Answer = tuple[Resolution, dict[str, Any]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordConflicts", text)


class _Asker(Protocol):
    conflict_dialog: ConflictDialog | None


def _rows(
    fields: Sequence[tuple[str, str, Callable[[Any], str]]],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    base: Mapping[str, Any] | None,
) -> list[ConflictRow]:
    rows = []
    for name, label, text in fields:
        extra = {} if base is None else {"base": base[name]}
        rows.append(ConflictRow(name, label, mine[name], theirs[name], text=text, **extra))
    return rows


def _date(day: Any) -> str:
    return format_date(day) if isinstance(day, dt.date) else _tr("Not set")


def _yes_no(on: Any) -> str:
    return _tr("Yes") if on else _tr("No")


# -- goals ------------------------------------------------------------------------------------


def _goal_fields(goal: GoalRecord | GoalDraft) -> dict[str, Any]:
    return {
        "kind": GoalKind(goal.kind),
        "title": goal.title,
        "target_role_title": goal.target_role_title,
        "target_level": goal.target_level,
        "target_date": goal.target_date,
        "status": GoalStatus(goal.status),
        "pinned": bool(goal.pinned),
        "description": goal.description,
    }


def goal_rows(mine: GoalDraft, theirs: GoalRecord, base: GoalRecord | None) -> list[ConflictRow]:
    """The goal dialog's fields, in its order."""
    fields = (
        ("kind", _tr("Kind"), enum_label),
        ("title", _tr("Title"), str),
        ("target_role_title", _tr("Target role"), str),
        ("target_level", _tr("Target level"), str),
        ("target_date", _tr("Target date"), _date),
        ("status", _tr("Status"), enum_label),
        ("pinned", _tr("Pinned"), _yes_no),
        ("description", _tr("Description"), str),
    )
    opened = _goal_fields(base) if base is not None else None
    return _rows(fields, _goal_fields(mine), _goal_fields(theirs), opened)


# -- milestones -------------------------------------------------------------------------------


def _milestone_fields(m: MilestoneRecord | MilestoneDraft) -> dict[str, Any]:
    kind = CriterionKind(m.criterion_kind)
    return {
        "title": m.title,
        "weight": round(float(m.weight), 2),
        "due_on": m.due_on,
        # How it completes is one choice: the kind with its settings.
        "criterion": (kind, dict(m.criterion) if kind is not CriterionKind.MANUAL else {}),
        # An automatic milestone's done date comes from the journal, not from the dialog.
        "done_on": m.done_on if kind is CriterionKind.MANUAL else None,
    }


def criterion_text(
    criterion: Any,
    skill_name: Callable[[int], str],
    criterion_name: Callable[[int], str] | None = None,
) -> str:
    """A milestone's completion rule in words (without where the journal stands);
    `criterion_name` names a framework criterion by id."""
    kind, settings = criterion
    if kind is CriterionKind.SKILL_LEVEL:
        skill_id = settings.get("skill_id")
        name = skill_name(int(skill_id)) if skill_id is not None else _tr("a skill")
        return _tr("When %s reaches level %s") % (name, settings.get("level", "?"))
    if kind is CriterionKind.ENTRY_COUNT:
        try:
            entry_kind = kind_label(EntryKind(settings.get("kind", EntryKind.OTHER)))
        except ValueError:
            entry_kind = str(settings.get("kind", ""))
        since = settings.get("since")
        try:
            since_text = format_date(dt.date.fromisoformat(str(since)))
        except ValueError:
            since_text = str(since)
        return _tr("After %s %s entries since %s") % (
            settings.get("count", "?"),
            entry_kind,
            since_text,
        )
    if kind is CriterionKind.CERTIFICATION_TAG:
        return _tr("With a certification entry tagged “%s”") % settings.get("tag", "")
    if kind is CriterionKind.FRAMEWORK:
        criterion_id = settings.get("criterion_id")
        if criterion_id is None:
            return _tr("When a framework criterion is met")
        name = criterion_name(int(criterion_id)) if criterion_name else f"#{criterion_id}"
        return _tr("When the framework criterion “%s” is met") % name
    return _tr("By hand")


def milestone_rows(
    mine: MilestoneDraft,
    theirs: MilestoneRecord,
    base: MilestoneRecord | None,
    skill_name: Callable[[int], str],
    *,
    criterion_name: Callable[[int], str] | None = None,
) -> list[ConflictRow]:
    """The milestone dialog's fields; `skill_name` names a skill of a "skill level" rule and
    `criterion_name` the criterion of a "framework criterion" one."""
    fields = (
        ("title", _tr("Title"), str),
        ("weight", _tr("Weight"), lambda weight: f"{weight:g}"),
        ("due_on", _tr("Due date"), _date),
        ("criterion", _tr("Completes"), lambda c: criterion_text(c, skill_name, criterion_name)),
        ("done_on", _tr("Done on"), _date),
    )
    opened = _milestone_fields(base) if base is not None else None
    return _rows(fields, _milestone_fields(mine), _milestone_fields(theirs), opened)


def milestone_from(values: Mapping[str, Any], theirs: MilestoneRecord) -> MilestoneRecord:
    """The resolved fields laid over the stored milestone (to show in the dialog)."""
    kind, settings = values["criterion"]
    return dataclasses.replace(
        theirs,
        title=values["title"],
        weight=values["weight"],
        due_on=values["due_on"],
        criterion_kind=kind,
        criterion=dict(settings),
        done_on=values["done_on"],
    )


# -- bands and skills -------------------------------------------------------------------------


def band_rows(
    mine: tuple[str, str], theirs: BandRecord, base: BandRecord | None
) -> list[ConflictRow]:
    """A band's name and description; `mine` is (name, description) as the dialog saves it."""

    def fields(b: BandRecord) -> dict[str, Any]:
        return {"name": b.name, "description": b.description}

    return _rows(
        (("name", _tr("Name"), str), ("description", _tr("Description"), str)),
        {"name": mine[0], "description": mine[1]},
        fields(theirs),
        fields(base) if base is not None else None,
    )


def skill_rows(
    mine: Mapping[str, Any],
    theirs: SkillRecord,
    base: SkillRecord | None,
    *,
    band_name: Callable[[int], str],
    level_text: Callable[[int], str],
) -> list[ConflictRow]:
    """A skill's band, name, target and description; `mine` holds them by attribute name."""

    def fields(s: SkillRecord | Mapping[str, Any]) -> dict[str, Any]:
        get = s.get if isinstance(s, Mapping) else lambda name: getattr(s, name)
        return {name: get(name) for name in ("band_id", "name", "target_level", "description")}

    def target(level: Any) -> str:
        return _tr("No target") if level is None else level_text(int(level))

    return _rows(
        (
            ("band_id", _tr("Band"), lambda band_id: band_name(int(band_id))),
            ("name", _tr("Name"), str),
            ("target_level", _tr("Target"), target),
            ("description", _tr("Description"), str),
        ),
        fields(mine),
        fields(theirs),
        fields(base) if base is not None else None,
    )


# -- asking -----------------------------------------------------------------------------------


def deleted_message(kind: str) -> str:
    """Said in the edit dialog when the record it edits was deleted elsewhere."""
    texts = {
        "goal": _tr(
            "This goal was deleted on another device or in another window; nothing was saved. "
            "Your text is still here: copy what you need, then Cancel."
        ),
        "milestone": _tr(
            "This milestone was deleted on another device or in another window; nothing was "
            "saved. Your text is still here: copy what you need, then Cancel."
        ),
        "band": _tr(
            "This band was deleted on another device or in another window; nothing was saved. "
            "Your text is still here: copy what you need, then Cancel."
        ),
        "skill": _tr(
            "This skill was deleted on another device or in another window; nothing was saved. "
            "Your text is still here: copy what you need, then Cancel."
        ),
    }
    return texts[kind]


def ask(owner: QWidget, asker: _Asker, rows: list[ConflictRow], kind: str) -> Answer | None:
    """Show both versions over `owner`; the answer, or None for Cancel (decide nothing).

    `asker.conflict_dialog` holds the dialog while it is open (tests answer it there).
    """
    titles = {
        "goal": _tr("Goal Changed Elsewhere"),
        "milestone": _tr("Milestone Changed Elsewhere"),
        "band": _tr("Band Changed Elsewhere"),
        "skill": _tr("Skill Changed Elsewhere"),
    }
    messages = {
        "goal": _tr(
            "This goal was changed on another device or in another window while you were "
            "editing it. Keep your version, take theirs, or merge them field by field."
        ),
        "milestone": _tr(
            "This milestone was changed on another device or in another window while you were "
            "editing it. Keep your version, take theirs, or merge them field by field."
        ),
        "band": _tr(
            "This band was changed on another device or in another window while you were "
            "editing it. Keep your version, take theirs, or merge them field by field."
        ),
        "skill": _tr(
            "This skill was changed on another device or in another window while you were "
            "editing it. Keep your version, take theirs, or merge them field by field."
        ),
    }
    dialog = ConflictDialog(rows, owner, title=titles[kind], message=messages[kind])
    return dialog.ask(asker)
