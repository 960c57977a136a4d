"""The role history: the formal steps (first role, promotions, lateral and diagonal moves).

It also holds the one definition of a *promotion* (`promotions`), which Insights, the timeline,
the summary, the report and `insights --json` all use, so they always count the same steps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import Entry, EntryKind, MoveKind, Role
from . import validate, versions
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ValidationError
from .operations import OpCode, Operation
from .records import RoleDraft, RoleRecord

# -- what counts as a promotion ----------------------------------------------------------------


@dataclass(frozen=True)
class RoleStep:
    """What the promotion rule needs to know of a role."""

    role_id: int
    title: str
    start: dt.date
    move_kind: MoveKind
    level_rank: int = 0  # 0: not set
    volunteer: bool = False


@dataclass(frozen=True)
class Promotion:
    """A promotion: its day, what to call it, and where it was found.

    `source` is "role" when the role history alone makes it a promotion, "entry" when a
    promotion entry does (on a day a role began, it is named after that role; on another day,
    after the entry). `role_id` is the role begun that day, if any.
    """

    day: dt.date
    title: str
    source: str
    role_id: int | None = None


def is_step_up(step: RoleStep, previous: RoleStep | None) -> bool:
    """Whether the role history alone makes `step` a promotion (see `promotions`)."""
    if step.move_kind is MoveKind.PROMOTION:
        return True
    if step.move_kind not in (MoveKind.DIAGONAL, MoveKind.NEW_EMPLOYER) or step.volunteer:
        return False
    return previous is not None and 0 < previous.level_rank < step.level_rank


def promotions(
    roles: Iterable[RoleStep], promotion_entries: Iterable[tuple[dt.date, str]] = ()
) -> tuple[Promotion, ...]:
    """The promotions in a career, oldest first, at most one per day.

    A role change counts as a promotion when:

    1. the role began with move kind *promotion* (whatever the level ranks say: ranks are
       optional); or
    2. it began with a *diagonal* move or at a *new employer*, and its level rank is higher than
       that of the role begun before it (both ranks set; volunteer roles are left out of this
       comparison, on either side); or
    3. a promotion entry is dated the day it began (the user called that move a promotion).

    A lateral move (same level, by definition) and the first role are never promotions by
    themselves. A promotion entry on a day no role began counts too, named after the entry (the
    user keeps no role history, or not yet): so a promotion recorded both as a role and as an
    entry counts once. `promotion_entries` are (day, title) of live promotion entries.
    """
    ordered = sorted(roles, key=lambda r: (r.start, r.role_id))
    began: dict[dt.date, RoleStep] = {}
    found: dict[dt.date, Promotion] = {}
    previous: RoleStep | None = None
    for step in ordered:
        began.setdefault(step.start, step)
        if step.start not in found and is_step_up(step, previous):
            found[step.start] = Promotion(step.start, step.title, "role", step.role_id)
        if not step.volunteer:
            previous = step
    for day, title in promotion_entries:
        if day in found:
            continue
        role = began.get(day)
        if role is not None:
            found[day] = Promotion(day, role.title, "entry", role.role_id)
        else:
            found[day] = Promotion(day, title or "Promotion", "entry", None)
    return tuple(found[d] for d in sorted(found))


def promoted_roles(found: Sequence[Promotion]) -> frozenset[int]:
    """The ids of the roles whose start is a promotion."""
    return frozenset(p.role_id for p in found if p.role_id is not None)


def role_steps(records: Iterable[RoleRecord]) -> list[RoleStep]:
    return [
        RoleStep(r.id, r.title, r.start_date, r.move_kind, r.level_rank, r.volunteer)
        for r in records
    ]


def to_record(role: Role) -> RoleRecord:
    return RoleRecord(
        id=role.id,
        title=role.title,
        organisation=role.organisation,
        function=role.function,
        level=role.level,
        level_rank=role.level_rank,
        start_date=role.start_date,
        end_date=role.end_date,
        move_kind=role.move_kind,
        pay=role.pay,
        currency=role.currency,
        notes=role.notes,
        volunteer=role.volunteer,
        version=role.version,
    )


def _validate(draft: RoleDraft) -> RoleDraft:
    validate.check_date(draft.start_date, "start date")
    if draft.end_date is not None:
        validate.check_date(draft.end_date, "end date")
    validate.date_range(draft.start_date, draft.end_date)
    if draft.pay is not None and draft.pay < 0:
        raise ValidationError("pay", "Pay cannot be negative.")
    currency = draft.currency.strip().upper()
    if currency and len(currency) != 3:
        raise ValidationError("currency", f"Currency {draft.currency!r} is not a 3-letter code.")
    return RoleDraft(
        title=validate.title(draft.title, max_length=200),
        start_date=draft.start_date,
        organisation=validate.text(draft.organisation, "organisation", 200),
        function=validate.text(draft.function, "function", 100),
        level=validate.text(draft.level, "level", 50),
        level_rank=validate.whole(draft.level_rank, "level rank"),
        end_date=draft.end_date,
        move_kind=MoveKind(draft.move_kind),
        pay=draft.pay,
        currency=currency,
        notes=draft.notes.strip(),
        volunteer=bool(draft.volunteer),
    )


class RoleService(Service):
    def add(self, draft: RoleDraft, *, assign_entries: bool = True) -> RoleRecord:
        """Add a role. With `assign_entries`, entries in its period without a role join it."""
        clean = _validate(draft)
        with self._log.record(OpCode.ROLE_ADD, clean.title) as op:
            session = op.session
            if assign_entries:
                self._watch_unassigned(op, clean)
            role = Role(**clean.__dict__)
            session.add(role)
            session.flush()
            op.created("role", [role.id], deep=False)
            if assign_entries:
                self._assign_unassigned(session, role)
            record = to_record(role)
        self._announce(Change.of(Topic.ROLES, Action.ADDED, [record.id]))
        return record

    def start(self, draft: RoleDraft) -> tuple[RoleRecord, RoleRecord | None]:
        """Start a new role (a promotion or move): the open role held then ends the day before.

        One transaction; returns the new role and the ended one as it was before (for undo).
        The ended role is not a copy the caller read, so there is nothing to check; it gets a new
        version, so a copy of it read before is refused when saved.
        """
        clean = _validate(draft)
        with self._log.record(OpCode.ROLE_START, clean.title) as op:
            session = op.session
            self._watch_unassigned(op, clean)
            before = None
            previous = session.scalars(
                select(Role)
                .where(Role.start_date < clean.start_date, Role.end_date.is_(None))
                .order_by(Role.start_date.desc(), Role.id.desc())
                .limit(1)
            ).first()
            if previous is not None:
                op.watch("role", [previous.id])
                before = to_record(previous)
                previous.end_date = clean.start_date - dt.timedelta(days=1)
                versions.bump(previous)
            role = Role(**clean.__dict__)
            session.add(role)
            session.flush()
            op.created("role", [role.id], deep=False)
            self._assign_unassigned(session, role)
            record = to_record(role)
        ids = [record.id] + ([before.id] if before else [])
        self._announce(Change.of(Topic.ROLES, Action.ADDED, ids))
        return record, before

    def update(self, role_id: int, draft: RoleDraft, *, expected_version: int) -> RoleRecord:
        """Replace a role's fields; refused (ConflictError) if it is no longer at
        `expected_version`, the version the caller read."""
        clean = _validate(draft)
        with self._log.record(OpCode.ROLE_EDIT, clean.title) as op:
            session = op.session
            role = versions.checked(session, Role, role_id, expected_version, "role")
            op.watch("role", [role_id])
            for key, value in clean.__dict__.items():
                setattr(role, key, value)
            versions.bump(role)
            session.flush()
            record = to_record(role)
        self._announce(Change.of(Topic.ROLES, Action.UPDATED, [role_id]))
        return record

    def delete(self, role_id: int, *, expected_version: int) -> None:
        """Delete a role; its entries stay in the journal without a role."""
        with self._log.record(OpCode.ROLE_DELETE) as op:
            role = versions.checked(op.session, Role, role_id, expected_version, "role")
            op.subject = role.title
            op.watch("role", [role_id], deep=True)
            op.session.delete(role)
        self._announce(Change.of(Topic.ROLES, Action.DELETED, [role_id]))

    def get(self, role_id: int) -> RoleRecord:
        with self._store.read() as session:
            return to_record(self._get(session, role_id))

    def list(self) -> list[RoleRecord]:
        """All roles, in the order they started."""
        with self._store.read() as session:
            return [
                to_record(r)
                for r in session.scalars(select(Role).order_by(Role.start_date, Role.id))
            ]

    def at(self, day: dt.date) -> RoleRecord | None:
        """The role held on `day` (the latest started, if several overlap)."""
        matches = [r for r in self.list() if r.covers(day)]
        return matches[-1] if matches else None

    def current(self) -> RoleRecord | None:
        return self.at(dt.date.today())

    def promotions(self, until: dt.date | None = None) -> tuple[Promotion, ...]:
        """Every promotion (see `promotions`), those after `until` left out."""
        with self._store.read() as session:
            roles_q = select(Role).order_by(Role.start_date, Role.id)
            entries_q = select(Entry.occurred_on, Entry.title).where(
                Entry.trashed_at.is_(None), Entry.kind == EntryKind.PROMOTION
            )
            if until is not None:
                roles_q = roles_q.where(Role.start_date <= until)
                entries_q = entries_q.where(Entry.occurred_on <= until)
            steps = role_steps(to_record(r) for r in session.scalars(roles_q))
            entries = [
                (day, title)
                for day, title in session.execute(entries_q.order_by(Entry.occurred_on, Entry.id))
            ]
        return promotions(steps, entries)

    @staticmethod
    def _get(session: Session, role_id: int) -> Role:
        role = session.get(Role, role_id)
        if role is None:
            raise NotFoundError(f"There is no role {role_id}.")
        return role

    @staticmethod
    def _watch_unassigned(op: Operation, draft: RoleDraft) -> None:
        """The entries `_assign_unassigned` may give the new role."""
        clause = Entry.role_id.is_(None) & (Entry.occurred_on >= draft.start_date)
        if draft.end_date is not None:
            clause = clause & (Entry.occurred_on <= draft.end_date)
        op.watch_where("entry", clause)

    @staticmethod
    def _assign_unassigned(session: Session, role: Role) -> None:
        stmt = select(Entry).where(Entry.role_id.is_(None), Entry.occurred_on >= role.start_date)
        if role.end_date is not None:
            stmt = stmt.where(Entry.occurred_on <= role.end_date)
        for entry in session.scalars(stmt):
            entry.role_id = role.id
