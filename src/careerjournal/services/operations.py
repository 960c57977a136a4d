"""Operations: each user action is one transaction that records what it changed, for undo.

A service write runs inside `OperationLog.record()`. It names the records it is about to touch
(`Operation.watch`): their rows, and with `deep=True` every row that goes with them (see
`rows.closure`), are read before the write and again after it, and the rows that differ are kept
in the journal's operation log in the same transaction. Undo writes the "before" rows back, redo
the "after" rows; both first check that every row is still as the operation left it, so a change
made meanwhile (another window, the CLI, another device) is never overwritten: the undo is refused
and names what changed. Records come back under their own ids, with every row that went with them.

The log is the journal's: it survives a restart, and `careerjournal undo` undoes a change made in
the window. It is linear: a new operation drops what was undone before it (the redo branch).
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..domain.models import Operation as OperationRow
from ..domain.models import OperationChange, utc_now
from ..store import Store
from . import rows
from .changes import Action, Change, ChangeFeed, Topic
from .errors import ServiceError


class OpCode(StrEnum):
    """What an operation was; the user interface words it (ui/labels, wording/operations)."""

    ENTRY_ADD = "entry.add"
    ENTRY_EDIT = "entry.edit"
    ENTRIES_TRASH = "entries.trash"
    ENTRIES_RESTORE = "entries.restore"
    ENTRIES_PURGE = "entries.purge"
    ROLE_ADD = "role.add"
    ROLE_START = "role.start"
    ROLE_EDIT = "role.edit"
    ROLE_DELETE = "role.delete"
    REVIEW_ADD = "review.add"
    REVIEW_EDIT = "review.edit"
    REVIEW_DELETE = "review.delete"
    PROFILE_EDIT = "profile.edit"
    BAND_ADD = "band.add"
    BAND_EDIT = "band.edit"
    BAND_DELETE = "band.delete"
    BANDS_REORDER = "bands.reorder"
    SKILL_ADD = "skill.add"
    SKILL_EDIT = "skill.edit"
    SKILL_DELETE = "skill.delete"
    SKILLS_REORDER = "skills.reorder"
    LEVEL_RECORD = "level.record"
    LEVEL_DELETE = "level.delete"
    SCALE_SWITCH = "scale.switch"
    GOAL_ADD = "goal.add"
    GOAL_EDIT = "goal.edit"
    GOAL_DELETE = "goal.delete"
    MILESTONE_ADD = "milestone.add"
    MILESTONE_EDIT = "milestone.edit"
    MILESTONE_DONE = "milestone.done"
    MILESTONE_DELETE = "milestone.delete"
    MILESTONES_REORDER = "milestones.reorder"
    MILESTONE_SPLIT = "milestone.split"
    EVIDENCE_LINK = "evidence.link"
    EVIDENCE_UNLINK = "evidence.unlink"
    IMPORT = "import"
    INBOX_ACCEPT = "inbox.accept"
    INBOX_MERGE = "inbox.merge"
    INBOX_DISMISS = "inbox.dismiss"
    RESTORE_VERSION = "version.restore"
    FRAMEWORK_IMPORT = "framework.import"
    FRAMEWORK_USE = "framework.use"
    FRAMEWORK_DELETE = "framework.delete"
    FRAMEWORK_SETTINGS = "framework.settings"
    ROLE_LEVEL = "role.level"
    CRITERION_ASSESS = "criterion.assess"
    CRITERION_UNASSESS = "criterion.unassess"
    CRITERION_LINK = "criterion.link"
    CRITERION_UNLINK = "criterion.unlink"
    PROMOTION_GOAL = "goal.promotion"


#: What each table's changes mean to the views (which topic to reload).
_TOPICS: dict[str, Topic] = {
    "entry": Topic.ENTRIES,
    "entry_tag": Topic.ENTRIES,
    "evidence_link": Topic.ENTRIES,
    "tag": Topic.TAGS,
    "role": Topic.ROLES,
    "skill_band": Topic.SKILLS,
    "skill": Topic.SKILLS,
    "skill_assessment": Topic.SKILLS,
    "goal": Topic.GOALS,
    "milestone": Topic.GOALS,
    "milestone_evidence": Topic.GOALS,
    "review": Topic.REVIEWS,
    "profile": Topic.PROFILE,
    "candidate": Topic.INBOX,
    "harvest_state": Topic.INBOX,
    "framework": Topic.FRAMEWORKS,
    "framework_level": Topic.FRAMEWORKS,
    "framework_topic": Topic.FRAMEWORKS,
    "framework_criterion": Topic.FRAMEWORKS,
    "criterion_evidence": Topic.FRAMEWORKS,
    "criterion_assessment": Topic.FRAMEWORKS,
    "role_level": Topic.FRAMEWORKS,
}

#: Tables about the file, not the career (an encrypted journal's keys, receipts of sealed
#: entries, see sealing.py): an operation may write them, but they are never captured or undone.
UNTRACKED = rows.PRIVATE_TABLES | rows.DERIVED_TABLES

#: Keep at least this many operations, and every operation younger than `KEEP_DAYS`.
KEEP_OPERATIONS = 10_000
KEEP_DAYS = 365


@dataclass(frozen=True)
class RowChange:
    """One row an operation changed; `before`/`after` None: the row did not exist."""

    table: str
    key: str  # JSON list of the primary-key values
    before: rows.Row | None
    after: rows.Row | None

    @property
    def row_key(self) -> rows.RowKey:
        return (self.table, self.key)

    @property
    def record_id(self) -> int | None:
        values = json.loads(self.key)
        return values[0] if len(values) == 1 else None


@dataclass(frozen=True)
class OperationRecord:
    """An operation as the log holds it: facts for the interface to word."""

    id: int
    code: OpCode
    subject: str
    count: int
    done_at: dt.datetime
    undone: bool
    writer: str = ""
    changes: tuple[RowChange, ...] = field(default=(), compare=False, repr=False)

    def topics(self) -> set[Topic]:
        return {_TOPICS[c.table] for c in self.changes if c.table in _TOPICS}


class UndoConflictError(ServiceError):
    """An undo or redo would overwrite a change made since: refused, nothing written.

    `table` and `record_id` name the first row that differs; `reason` is "changed", "deleted"
    (the row is gone) or "exists" (a row is where the undo would put one back).
    """

    def __init__(
        self, operation: OperationRecord, table: str, record_id: int | None, reason: str, title: str
    ):
        what = {"changed": "was changed", "deleted": "was deleted", "exists": "exists again"}[
            reason
        ]
        name = f" “{title}”" if title else ""
        super().__init__(
            f"Cannot undo or redo “{operation.subject or operation.code.value}”: the "
            f"{table.replace('_', ' ')}{name} {what} since. Nothing was changed."
        )
        self.operation = operation
        self.table = table
        self.record_id = record_id
        self.reason = reason
        self.title = title


class NothingToUndoError(ServiceError):
    def __init__(self, redo: bool = False):
        super().__init__("There is nothing to redo." if redo else "There is nothing to undo.")
        self.redo = redo


class Operation:
    """An operation in progress: its session, and the records it watches."""

    def __init__(self, session: Session, code: OpCode, subject: str, count: int):
        self.session = session
        self.code = code
        self.subject = subject
        self.count = count
        self._before: dict[rows.RowKey, rows.Row] = {}
        self._roots: list[tuple[str, list[int], bool]] = []
        self._wheres: list[tuple[str, ColumnElement[bool]]] = []
        self._highest: dict[str, int] | None = None

    def watch(self, table: str, ids: Iterable[int], *, deep: bool = False) -> None:
        """Records this operation may change (call before changing them)."""
        wanted = [i for i in ids if i is not None]
        if not wanted:
            return
        self._roots.append((table, wanted, deep))
        for key, row in rows.closure(self.session, table, wanted, deep=deep).items():
            self._before.setdefault(key, row)

    def watch_where(self, table: str, clause: ColumnElement[bool]) -> None:
        """Rows found by a condition (say, tags by name) this operation may change."""
        self._wheres.append((table, clause))
        for key, row in rows.rows_where(self.session, rows.table(table), clause).items():
            self._before.setdefault(key, row)

    def created(self, table: str, ids: Iterable[int], *, deep: bool = True) -> None:
        """Records this operation made: they (and what goes with them) did not exist before."""
        wanted = [i for i in ids if i is not None]
        if wanted:
            self._roots.append((table, wanted, deep))

    def watch_inserts(self) -> None:
        """Every row this operation adds, in any table (for bulk work such as an import).

        New rows are those above each table's highest id now; a new link row (entry_tag and the
        like) points at a new row.
        """
        self._highest = _highest_ids(self.session)

    def changes(self) -> list[RowChange]:
        self.session.flush()
        after: dict[rows.RowKey, rows.Row | None] = {}
        if self._highest is not None:
            after.update(_tracked(rows.rows_above(self.session, self._highest)))
        for table, ids, deep in self._roots:
            after.update(rows.closure(self.session, table, ids, deep=deep, parents=False))
        for table, clause in self._wheres:
            after.update(rows.rows_where(self.session, rows.table(table), clause))
        missing = [k for k in self._before if k not in after]
        after.update(rows.rows_by_key(self.session, missing))
        order = rows.table_order()
        found = []
        for key in sorted(set(self._before) | set(after), key=lambda k: (order[k[0]], k[1])):
            before, now = self._before.get(key), after.get(key)
            if before != now:
                found.append(RowChange(key[0], key[1], before, now))
        return found


def _tracked(found: dict[rows.RowKey, rows.Row]) -> dict[rows.RowKey, rows.Row]:
    return {key: row for key, row in found.items() if key[0] not in UNTRACKED}


def _highest_ids(session: Session) -> dict[str, int]:
    """`rows.highest_ids` of the tracked tables (a secret's key is its name, not a number)."""
    found: dict[str, int] = {}
    for t in rows.data_tables():
        pk = list(t.primary_key.columns)
        if t.name not in UNTRACKED and len(pk) == 1:
            found[t.name] = int(session.scalar(select(func.max(pk[0]))) or 0)
    return found


def _dump(row: rows.Row | None) -> str | None:
    return None if row is None else json.dumps(row, sort_keys=True)


def _load(data: str | None) -> rows.Row | None:
    return None if data is None else json.loads(data)


def row_title(row: rows.Row | None) -> str:
    """The user's name for a record row: its title, name or outcome ("" for none)."""
    if not row:
        return ""
    for name in ("title", "name", "outcome"):
        value = row.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


class CaptureError(AssertionError):
    """An operation changed rows it did not watch: its undo would be incomplete (a bug)."""


def _verify(
    code: OpCode,
    before: dict[rows.RowKey, rows.Row],
    after: dict[rows.RowKey, rows.Row],
    changes: list[RowChange],
) -> None:
    captured = {c.row_key: (c.before, c.after) for c in changes}
    actual = {
        key: (before.get(key), after.get(key))
        for key in set(before) | set(after)
        if before.get(key) != after.get(key)
    }
    if captured != actual:
        missed = sorted(set(actual) - set(captured))
        wrong = sorted(k for k in captured if actual.get(k) != captured[k])
        raise CaptureError(f"{code.value}: rows changed but not captured {missed}; wrong {wrong}")


class OperationLog:
    """The journal's operation log: record, undo, redo, list and prune."""

    #: Compare every operation's capture with the whole journal before and after (tests).
    verify = False

    def __init__(self, store: Store, feed: ChangeFeed, writer: str = ""):
        self._store = store
        self._feed = feed
        self.writer = writer
        self.last: OperationRecord | None = None  # the latest operation this process recorded

    # -- recording ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def record(self, code: OpCode, subject: str = "", count: int = 0) -> Iterator[Operation]:
        """One operation, one transaction, with its log entry (none if nothing changed)."""
        with self._store.write() as session:
            self._lock(session)
            whole = _tracked(rows.everything(session)) if self.verify else None
            op = Operation(session, code, subject, count)
            yield op
            changes = op.changes()
            if whole is not None:
                _verify(code, whole, _tracked(rows.everything(session)), changes)
            if changes:
                self.last = self._append(session, op, changes)

    def _lock(self, session: Session) -> None:
        """One writer of the log at a time (SQLite's write transaction already is one)."""
        if not self._store.is_sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(7207001)"))

    def _append(self, session: Session, op: Operation, changes: list[RowChange]) -> OperationRecord:
        # A new operation ends the redo branch.
        session.execute(delete(OperationRow).where(OperationRow.undone.is_(True)))
        row = OperationRow(
            done_at=utc_now(),
            code=op.code.value,
            subject=op.subject.strip()[:200],
            count=op.count,
            undone=False,
            writer=self.writer[:40],
        )
        session.add(row)
        session.flush()
        session.execute(
            insert(OperationChange),
            [
                {
                    "operation_id": row.id,
                    "position": i,
                    "table_name": c.table,
                    "row_key": c.key,
                    "before": _dump(c.before),
                    "after": _dump(c.after),
                }
                for i, c in enumerate(changes)
            ],
        )
        return _record(row, tuple(changes))

    # -- undo / redo ----------------------------------------------------------------------------

    def undo(self) -> OperationRecord:
        """Take back the newest operation not yet undone (from any process or device)."""
        return self._step(redo=False)

    def redo(self) -> OperationRecord:
        """Do again the operation undone last."""
        return self._step(redo=True)

    def _step(self, *, redo: bool) -> OperationRecord:
        with self._store.write() as session:
            self._lock(session)
            row = self._next(session, redo=redo)
            if row is None:
                raise NothingToUndoError(redo)
            record = _record(row, self._changes(session, row.id))
            targets = {c.row_key: (c.after if redo else c.before) for c in record.changes}
            expected = {c.row_key: (c.before if redo else c.after) for c in record.changes}
            current = rows.rows_by_key(session, targets)
            for change in record.changes:
                now = current[change.row_key]
                if now != expected[change.row_key]:
                    reason = (
                        "deleted"
                        if now is None
                        else "exists"
                        if expected[change.row_key] is None
                        else "changed"
                    )
                    raise UndoConflictError(
                        record,
                        change.table,
                        change.record_id,
                        reason,
                        row_title(now or expected[change.row_key]),
                    )
            rows.write(session, targets, current)
            session.execute(
                update(OperationRow).where(OperationRow.id == row.id).values(undone=not redo)
            )
            record = _record(row, record.changes, undone=not redo)
        self._announce(record)
        return record

    @staticmethod
    def _next(session: Session, *, redo: bool) -> OperationRow | None:
        stmt = select(OperationRow).where(OperationRow.undone.is_(redo))
        stmt = stmt.order_by(OperationRow.id.asc() if redo else OperationRow.id.desc()).limit(1)
        return session.scalars(stmt).first()

    @staticmethod
    def _changes(session: Session, operation_id: int) -> tuple[RowChange, ...]:
        stmt = (
            select(OperationChange)
            .where(OperationChange.operation_id == operation_id)
            .order_by(OperationChange.position)
        )
        return tuple(
            RowChange(c.table_name, c.row_key, _load(c.before), _load(c.after))
            for c in session.scalars(stmt)
        )

    def _announce(self, record: OperationRecord) -> None:
        for topic in sorted(record.topics()):
            self._feed.emit(Change.of(topic, Action.RELOADED))

    # -- reading --------------------------------------------------------------------------------

    def next_undo(self) -> OperationRecord | None:
        with self._store.read() as session:
            row = self._next(session, redo=False)
            return None if row is None else _record(row)

    def next_redo(self) -> OperationRecord | None:
        with self._store.read() as session:
            row = self._next(session, redo=True)
            return None if row is None else _record(row)

    def list(self, *, limit: int = 50, with_changes: bool = False) -> list[OperationRecord]:
        """The newest operations first, undone ones included (they can be redone)."""
        with self._store.read() as session:
            found = session.scalars(
                select(OperationRow).order_by(OperationRow.id.desc()).limit(limit)
            )
            return [_record(r, self._changes(session, r.id) if with_changes else ()) for r in found]

    def get(self, operation_id: int) -> OperationRecord:
        with self._store.read() as session:
            row = session.get(OperationRow, operation_id)
            if row is None:
                from .errors import NotFoundError

                raise NotFoundError("operation", operation_id)
            return _record(row, self._changes(session, row.id))

    def of_record(self, table: str, record_id: int) -> builtins.list[OperationRecord]:
        """Every logged operation that changed this record (newest first), with its changes."""
        key = json.dumps([record_id])
        with self._store.read() as session:
            ids = session.scalars(
                select(OperationChange.operation_id)
                .where(OperationChange.table_name == table, OperationChange.row_key == key)
                .distinct()
            ).all()
            found = session.scalars(
                select(OperationRow)
                .where(OperationRow.id.in_(ids))
                .order_by(OperationRow.id.desc())
            )
            return [_record(r, self._changes(session, r.id)) for r in found]

    def count(self) -> int:
        with self._store.read() as session:
            return int(session.scalar(select(func.count()).select_from(OperationRow)) or 0)

    # -- upkeep ---------------------------------------------------------------------------------

    def prune(
        self, *, keep: int = KEEP_OPERATIONS, days: int = KEEP_DAYS, now: dt.datetime | None = None
    ) -> int:
        """Forget operations beyond the newest `keep` that are also older than `days`.

        Returns how many were forgotten. Safe to run while others write: one short transaction.
        """
        cutoff = (now or utc_now()) - dt.timedelta(days=days)
        with self._store.read() as session:  # most days there is nothing to do: no write
            oldest = session.scalar(select(func.min(OperationRow.done_at)))
            count = session.scalar(select(func.count()).select_from(OperationRow)) or 0
        if oldest is None or oldest >= cutoff or count <= keep:
            return 0
        with self._store.write() as session:
            self._lock(session)
            boundary = session.scalar(
                select(OperationRow.id).order_by(OperationRow.id.desc()).offset(keep).limit(1)
            )
            if boundary is None:
                return 0
            old = select(OperationRow.id).where(
                OperationRow.id <= boundary, OperationRow.done_at < cutoff
            )
            doomed = list(session.scalars(old))
            for start in range(0, len(doomed), rows.CHUNK):
                chunk = doomed[start : start + rows.CHUNK]
                session.execute(
                    delete(OperationChange).where(OperationChange.operation_id.in_(chunk))
                )
                session.execute(delete(OperationRow).where(OperationRow.id.in_(chunk)))
            return len(doomed)


def _record(
    row: OperationRow, changes: tuple[RowChange, ...] = (), *, undone: bool | None = None
) -> OperationRecord:
    try:
        code = OpCode(row.code)
    except ValueError:  # written by a newer version: shown by its code
        code = OpCode.IMPORT
    return OperationRecord(
        id=row.id,
        code=code,
        subject=row.subject,
        count=row.count,
        done_at=row.done_at,
        undone=row.undone if undone is None else undone,
        writer=row.writer,
        changes=changes,
    )


def payload(record: OperationRecord) -> dict[str, Any]:
    """The operation as plain JSON values (for `careerjournal history --json`)."""
    return {
        "id": record.id,
        "code": record.code.value,
        "subject": record.subject,
        "count": record.count,
        "done_at": record.done_at.isoformat(),
        "undone": record.undone,
    }
