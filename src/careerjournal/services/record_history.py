"""The history of one record (an entry, goal, milestone, skill, band, role or review), read from
the operation log, and the restore of an earlier version as a new operation.

A version is the record as one operation left it. Restoring it writes those fields back through
the record's own service (so the usual checks apply, and the restore is itself undoable); an
entry gets its tags and links of that moment back too, found by rewinding the later operations.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ..domain.models import Operation as OperationRow
from ..domain.models import OperationChange
from . import rows
from .errors import NotFoundError, ValidationError
from .operations import OpCode, OperationRecord

if TYPE_CHECKING:
    from .journal import Journal

#: The records that have a history, by the name the CLI and the GUI use.
KINDS = {
    "entry": "entry",
    "goal": "goal",
    "milestone": "milestone",
    "skill": "skill",
    "band": "skill_band",
    "role": "role",
    "review": "review",
}


@dataclass(frozen=True)
class RecordVersion:
    """The record as `operation` left it (`fields` None: the operation deleted it).

    With `before`, the record as it was before `operation`: the oldest version of a record made
    before the log began (by an import, the demo, an older version of the app).
    """

    operation: OperationRecord
    fields: dict[str, Any] | None
    previous: dict[str, Any] | None
    before: bool = False

    @property
    def restorable(self) -> bool:
        return self.fields is not None and not self.operation.undone


def table_of(kind: str) -> str:
    try:
        return KINDS[kind]
    except KeyError:
        known = ", ".join(KINDS)
        raise ValidationError("kind", f"“{kind}” has no history; one of {known}.") from None


def versions(journal: Journal, kind: str, record_id: int) -> list[RecordVersion]:
    """Every logged version of the record, newest first."""
    table = table_of(kind)
    key = json.dumps([record_id])
    found = []
    for op in journal.history.of_record(table, record_id):
        for change in op.changes:
            if change.table == table and change.key == key:
                t = rows.table(table)
                after = None if change.after is None else rows.decode(t, change.after)
                before = None if change.before is None else rows.decode(t, change.before)
                found.append(RecordVersion(op, after, before))
    if found and found[-1].previous is not None and not found[-1].operation.undone:
        oldest = found[-1]
        found.append(RecordVersion(oldest.operation, oldest.previous, None, before=True))
    return found


def restore(
    journal: Journal, kind: str, record_id: int, operation_id: int, *, before: bool = False
) -> object:
    """Make the record what `operation_id` left it (`before`: what it found), as a new
    operation; returns the new record."""
    table = table_of(kind)
    version = next(
        (
            v
            for v in versions(journal, kind, record_id)
            if v.operation.id == operation_id and v.before == before
        ),
        None,
    )
    if version is None:
        raise NotFoundError(f"Operation {operation_id} did not change {kind} {record_id}.")
    if version.fields is None:
        raise ValidationError("version", f"Operation {operation_id} deleted {kind} {record_id}.")
    if version.operation.undone:
        raise ValidationError("version", f"Operation {operation_id} was undone; redo it instead.")
    # The entry's tags and links as the version had them: rewind the operations after it.
    since = operation_id - 1 if before else operation_id
    return _RESTORERS[table](journal, record_id, version.fields, since)


# -- per kind -----------------------------------------------------------------------------------


def _restore_entry(journal: Journal, rid: int, f: dict[str, Any], op_id: int) -> object:
    from .records import EntryDraft, LinkRecord

    current = journal.entries.get(rid)
    tags, links = _entry_children_at(journal, rid, op_id)
    draft = EntryDraft(
        title=f["title"],
        occurred_on=f["occurred_on"],
        kind=f["kind"],
        body=f["body"],
        impact=f["impact"],
        measurable_result=f["measurable_result"],
        starred=f["starred"],
        tags=tuple(tags),
        links=tuple(LinkRecord(u, label) for u, label in links),
        role_id=f["role_id"],
    )
    return journal.entries.update(
        rid, draft, expected_version=current.version, code=OpCode.RESTORE_VERSION
    )


def _restore_goal(journal: Journal, rid: int, f: dict[str, Any], _op: int) -> object:
    from .records import GoalDraft

    current = journal.goals.get(rid)
    names = [
        "title",
        "kind",
        "description",
        "target_role_title",
        "target_level",
        "target_date",
        "status",
        "pinned",
        "created_on",
        "closed_on",
    ]
    draft = GoalDraft(**{n: f[n] for n in names})
    return journal.goals.update(rid, draft, expected_version=current.version)


def _restore_milestone(journal: Journal, rid: int, f: dict[str, Any], _op: int) -> object:
    from .records import MilestoneDraft

    current = journal.goals.get_milestone(rid)
    draft = MilestoneDraft(
        title=f["title"],
        due_on=f["due_on"],
        done_on=f["done_on"],
        weight=f["weight"],
        criterion_kind=f["criterion_kind"],
        criterion=dict(f["criterion"] or {}),
    )
    return journal.goals.update_milestone(rid, draft, expected_version=current.version)


def _restore_skill(journal: Journal, rid: int, f: dict[str, Any], _op: int) -> object:
    current = journal.skills.get_skill(rid)
    return journal.skills.update_skill(
        rid,
        name=f["name"],
        target_level=f["target_level"],
        clear_target=f["target_level"] is None,
        description=f["description"],
        expected_version=current.version,
    )


def _restore_band(journal: Journal, rid: int, f: dict[str, Any], _op: int) -> object:
    current = journal.skills.get_band(rid)
    return journal.skills.rename_band(
        rid, f["name"], f["description"], expected_version=current.version
    )


def _restore_role(journal: Journal, rid: int, f: dict[str, Any], _op: int) -> object:
    from .records import RoleDraft

    current = journal.roles.get(rid)
    names = [
        "title",
        "start_date",
        "organisation",
        "function",
        "level",
        "level_rank",
        "end_date",
        "move_kind",
        "pay",
        "currency",
        "notes",
        "volunteer",
    ]
    values = {n: f[n] for n in names}
    if values["pay"] is not None:
        values["pay"] = Decimal(values["pay"])
    return journal.roles.update(rid, RoleDraft(**values), expected_version=current.version)


def _restore_review(journal: Journal, rid: int, f: dict[str, Any], _op: int) -> object:
    current = next((r for r in journal.reviews.list() if r.id == rid), None)
    if current is None:
        raise NotFoundError(f"There is no review {rid}.")
    held_on: dt.date = f["held_on"]
    return journal.reviews.update(
        rid, held_on, f["outcome"], f["notes"], expected_version=current.version
    )


_RESTORERS = {
    "entry": _restore_entry,
    "goal": _restore_goal,
    "milestone": _restore_milestone,
    "skill": _restore_skill,
    "skill_band": _restore_band,
    "role": _restore_role,
    "review": _restore_review,
}


def _entry_children_at(
    journal: Journal, entry_id: int, operation_id: int
) -> tuple[list[str], list[tuple[str, str]]]:
    """The entry's tag names and links as they were right after `operation_id`.

    Start from today's rows and take back, newest first, what every later operation (not undone)
    did to them: its "before" rows.
    """
    store = journal.store
    with store.read() as session:
        link_t, tag_link_t, tag_t = (rows.table(n) for n in ("evidence_link", "entry_tag", "tag"))
        state = rows.rows_in(session, link_t, link_t.c.entry_id, [entry_id])
        state.update(rows.rows_in(session, tag_link_t, tag_link_t.c.entry_id, [entry_id]))
        later = session.execute(
            select(OperationChange)
            .join(OperationRow, OperationRow.id == OperationChange.operation_id)
            .where(
                OperationChange.operation_id > operation_id,
                OperationRow.undone.is_(False),
                OperationChange.table_name.in_(("evidence_link", "entry_tag", "tag")),
            )
            .order_by(OperationChange.operation_id.desc(), OperationChange.position.desc())
        ).scalars()
        tag_state: dict[int, str] = {}
        changes = list(later)
        for c in changes:
            before = None if c.before is None else json.loads(c.before)
            after = None if c.after is None else json.loads(c.after)
            if c.table_name == "tag":
                if before is not None:
                    tag_state[before["id"]] = before["name"]
                continue
            row = before or after
            if row is None or row.get("entry_id") != entry_id:
                continue
            key = (c.table_name, c.row_key)
            if before is None:
                state.pop(key, None)
            else:
                state[key] = before
        tag_ids = [r["tag_id"] for (t, _), r in state.items() if t == "entry_tag"]
        names = {
            r["id"]: r["name"] for r in rows.rows_in(session, tag_t, tag_t.c.id, tag_ids).values()
        }
    names.update({k: v for k, v in tag_state.items() if k in tag_ids and k not in names})
    tags = sorted(names[i] for i in tag_ids if i in names)
    links = sorted(
        (r for (t, _), r in state.items() if t == "evidence_link"), key=lambda r: r["position"]
    )
    return tags, [(r["url"], r["label"]) for r in links]
