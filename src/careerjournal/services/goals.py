"""Goals and their milestones (vertical micro-stepping), and the entries that evidence them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from ..domain import CriterionKind, Entry, Goal, GoalKind, GoalStatus, Milestone
from . import validate
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ValidationError
from .records import GoalDraft, GoalRecord, MilestoneDraft, MilestoneRecord


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
    )


def _validate_goal(draft: GoalDraft) -> GoalDraft:
    validate.check_date(draft.created_on, "start date")
    if draft.target_date is not None:
        validate.check_date(draft.target_date, "target date")
    if draft.closed_on is not None:
        validate.date_range(draft.created_on, draft.closed_on, "closing date")
    status = GoalStatus(draft.status)
    closed_on = draft.closed_on
    if status is GoalStatus.ACTIVE:
        closed_on = None
    elif closed_on is None:
        closed_on = max(dt.date.today(), draft.created_on)
    return GoalDraft(
        title=validate.title(draft.title, "goal title", 200),
        kind=GoalKind(draft.kind),
        description=draft.description.strip(),
        target_role_title=validate.text(draft.target_role_title, "target role", 200),
        target_level=validate.text(draft.target_level, "target level", 50),
        target_date=draft.target_date,
        status=status,
        pinned=bool(draft.pinned) and status is GoalStatus.ACTIVE,
        created_on=draft.created_on,
        closed_on=closed_on,
    )


def _validate_milestone(draft: MilestoneDraft) -> MilestoneDraft:
    if not draft.weight > 0:
        raise ValidationError(
            "weight", f"A milestone's weight must be above 0, not {draft.weight}."
        )
    kind = CriterionKind(draft.criterion_kind)
    criterion = dict(draft.criterion)
    required = {
        CriterionKind.MANUAL: (),
        CriterionKind.SKILL_LEVEL: ("skill_id", "level"),
        CriterionKind.ENTRY_COUNT: ("kind", "count", "since"),
        CriterionKind.CERTIFICATION_TAG: ("tag",),
    }[kind]
    missing = [k for k in required if criterion.get(k) in (None, "")]
    if missing:
        raise ValidationError(
            "criterion", f"An automatic milestone of type {kind.value} needs {', '.join(missing)}."
        )
    for day in (draft.due_on, draft.done_on):
        if day is not None:
            validate.check_date(day, "milestone date")
    return MilestoneDraft(
        title=validate.title(draft.title, "milestone title", 200),
        due_on=draft.due_on,
        done_on=draft.done_on,
        weight=float(draft.weight),
        criterion_kind=kind,
        criterion=criterion,
    )


class GoalService(Service):
    # -- goals --------------------------------------------------------------------------------

    def add(self, draft: GoalDraft, milestones: Sequence[MilestoneDraft] = ()) -> GoalRecord:
        clean = _validate_goal(draft)
        steps = [_validate_milestone(m) for m in milestones]
        with self._store.write() as session:
            if clean.pinned:
                self._unpin_all(session)
            goal = Goal(**clean.__dict__)
            goal.milestones = [Milestone(position=i, **m.__dict__) for i, m in enumerate(steps)]
            session.add(goal)
            session.flush()
            record = goal_record(goal)
        self._announce(Change.of(Topic.GOALS, Action.ADDED, [record.id]))
        return record

    def update(self, goal_id: int, draft: GoalDraft) -> GoalRecord:
        clean = _validate_goal(draft)
        with self._store.write() as session:
            goal = self._goal(session, goal_id)
            if clean.pinned and not goal.pinned:
                self._unpin_all(session)
            for key, value in clean.__dict__.items():
                setattr(goal, key, value)
            session.flush()
            record = goal_record(goal)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))
        return record

    def delete(self, goal_id: int) -> None:
        with self._store.write() as session:
            session.delete(self._goal(session, goal_id))
        self._announce(Change.of(Topic.GOALS, Action.DELETED, [goal_id]))

    def get(self, goal_id: int) -> GoalRecord:
        with self._store.read() as session:
            return goal_record(self._goal(session, goal_id))

    def list(self, *, status: GoalStatus | None = None) -> list[GoalRecord]:
        """Goals, pinned first, then active before closed, then by target date."""
        with self._store.read() as session:
            stmt = select(Goal).options(
                selectinload(Goal.milestones).selectinload(Milestone.evidence)
            )
            if status is not None:
                stmt = stmt.where(Goal.status == status)
            goals = [goal_record(g) for g in session.scalars(stmt)]
        far = dt.date.max
        return sorted(
            goals,
            key=lambda g: (
                not g.pinned,
                g.status is not GoalStatus.ACTIVE,
                g.target_date or far,
                g.id,
            ),
        )

    def pinned(self) -> GoalRecord | None:
        return next((g for g in self.list() if g.pinned), None)

    # -- milestones ---------------------------------------------------------------------------

    def add_milestone(
        self, goal_id: int, draft: MilestoneDraft, *, position: int | None = None
    ) -> MilestoneRecord:
        clean = _validate_milestone(draft)
        with self._store.write() as session:
            goal = self._goal(session, goal_id)
            milestone = Milestone(**clean.__dict__)
            index = (
                len(goal.milestones)
                if position is None
                else max(0, min(position, len(goal.milestones)))
            )
            goal.milestones.insert(index, milestone)
            for i, m in enumerate(goal.milestones):
                m.position = i
            session.flush()
            record = milestone_record(milestone)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))
        return record

    def update_milestone(self, milestone_id: int, draft: MilestoneDraft) -> MilestoneRecord:
        clean = _validate_milestone(draft)
        with self._store.write() as session:
            m = self._milestone(session, milestone_id)
            for key, value in clean.__dict__.items():
                setattr(m, key, value)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def set_done(self, milestone_id: int, done_on: dt.date | None) -> MilestoneRecord:
        """Mark a milestone done on a date, or not done with None."""
        with self._store.write() as session:
            m = self._milestone(session, milestone_id)
            m.done_on = None if done_on is None else validate.check_date(done_on, "done date")
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def delete_milestone(self, milestone_id: int) -> None:
        with self._store.write() as session:
            m = self._milestone(session, milestone_id)
            goal = m.goal
            goal.milestones.remove(m)
            for i, other in enumerate(goal.milestones):
                other.position = i
            goal_id = goal.id
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))

    def reorder_milestones(self, goal_id: int, milestone_ids: Sequence[int]) -> None:
        with self._store.write() as session:
            goal = self._goal(session, goal_id)
            by_id = {m.id: m for m in goal.milestones}
            if sorted(by_id) != sorted(milestone_ids):
                raise ValidationError("milestones", "Reordering must list every milestone once.")
            for i, mid in enumerate(milestone_ids):
                by_id[mid].position = i
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))

    def link_evidence(self, milestone_id: int, entry_ids: Sequence[int]) -> MilestoneRecord:
        with self._store.write() as session:
            m = self._milestone(session, milestone_id)
            have = {e.id for e in m.evidence}
            for entry_id in entry_ids:
                if entry_id in have:
                    continue
                entry = session.get(Entry, entry_id)
                if entry is None:
                    raise ValidationError("evidence", f"There is no entry {entry_id}.")
                m.evidence.append(entry)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def unlink_evidence(self, milestone_id: int, entry_ids: Sequence[int]) -> MilestoneRecord:
        with self._store.write() as session:
            m = self._milestone(session, milestone_id)
            drop = set(entry_ids)
            m.evidence = [e for e in m.evidence if e.id not in drop]
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _goal(session: Session, goal_id: int) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise NotFoundError(f"There is no goal {goal_id}.")
        return goal

    @staticmethod
    def _milestone(session: Session, milestone_id: int) -> Milestone:
        m = session.get(Milestone, milestone_id)
        if m is None:
            raise NotFoundError(f"There is no milestone {milestone_id}.")
        return m

    @staticmethod
    def _unpin_all(session: Session) -> None:
        session.execute(update(Goal).where(Goal.pinned.is_(True)).values(pinned=False))
