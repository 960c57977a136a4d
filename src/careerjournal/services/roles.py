"""The role history: the formal steps (first role, promotions, lateral and diagonal moves)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import Entry, MoveKind, Role
from . import validate
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ValidationError
from .records import RoleDraft, RoleRecord


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
        level_rank=int(draft.level_rank),
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
        with self._store.write() as session:
            role = Role(**clean.__dict__)
            session.add(role)
            session.flush()
            if assign_entries:
                self._assign_unassigned(session, role)
            record = to_record(role)
        self._announce(Change.of(Topic.ROLES, Action.ADDED, [record.id]))
        return record

    def start(self, draft: RoleDraft) -> tuple[RoleRecord, RoleRecord | None]:
        """Start a new role (a promotion or move): the open role held then ends the day before.

        One transaction; returns the new role and the ended one as it was before (for undo).
        """
        clean = _validate(draft)
        with self._store.write() as session:
            before = None
            previous = session.scalars(
                select(Role)
                .where(Role.start_date < clean.start_date, Role.end_date.is_(None))
                .order_by(Role.start_date.desc(), Role.id.desc())
                .limit(1)
            ).first()
            if previous is not None:
                before = to_record(previous)
                previous.end_date = clean.start_date - dt.timedelta(days=1)
            role = Role(**clean.__dict__)
            session.add(role)
            session.flush()
            self._assign_unassigned(session, role)
            record = to_record(role)
        ids = [record.id] + ([before.id] if before else [])
        self._announce(Change.of(Topic.ROLES, Action.ADDED, ids))
        return record, before

    def update(self, role_id: int, draft: RoleDraft) -> RoleRecord:
        clean = _validate(draft)
        with self._store.write() as session:
            role = self._get(session, role_id)
            for key, value in clean.__dict__.items():
                setattr(role, key, value)
            session.flush()
            record = to_record(role)
        self._announce(Change.of(Topic.ROLES, Action.UPDATED, [role_id]))
        return record

    def delete(self, role_id: int) -> None:
        """Delete a role; its entries stay in the journal without a role."""
        with self._store.write() as session:
            session.delete(self._get(session, role_id))
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

    @staticmethod
    def _get(session: Session, role_id: int) -> Role:
        role = session.get(Role, role_id)
        if role is None:
            raise NotFoundError(f"There is no role {role_id}.")
        return role

    @staticmethod
    def _assign_unassigned(session: Session, role: Role) -> None:
        stmt = select(Entry).where(Entry.role_id.is_(None), Entry.occurred_on >= role.start_date)
        if role.end_date is not None:
            stmt = stmt.where(Entry.occurred_on <= role.end_date)
        for entry in session.scalars(stmt):
            entry.role_id = role.id
