"""Goals and their milestones (vertical micro-stepping), and the entries that evidence them."""

from __future__ import annotations

import builtins  # `list` is a method of GoalService: annotations inside it say builtins.list
import datetime as dt
import math
from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from ..domain import (
    CriterionKind,
    Entry,
    Goal,
    GoalKind,
    GoalStatus,
    Milestone,
)
from . import validate, versions
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ValidationError
from .goal_progress import GoalProgress, MilestoneStatus, evaluate, evaluate_all
from .goal_records import clean_criterion, goal_record, milestone_record
from .goal_records import list_order as _list_order
from .operations import OpCode
from .progress import DEFAULT_WINDOW_DAYS
from .records import GoalDraft, GoalRecord, MilestoneDraft, MilestoneRecord

# Evaluation and records live in their own modules; these names stay importable from here.
__all__ = [
    "GoalProgress",
    "GoalService",
    "MilestoneStatus",
    "clean_criterion",
    "goal_record",
    "milestone_record",
]


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
    if not (draft.weight > 0 and math.isfinite(draft.weight)):
        raise ValidationError(
            "weight", f"A milestone's weight must be a number above 0, not {draft.weight}."
        )
    kind = CriterionKind(draft.criterion_kind)
    criterion = clean_criterion(kind, dict(draft.criterion))
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
        with self._log.record(OpCode.GOAL_ADD, clean.title) as op:
            session = op.session
            if clean.pinned:
                op.watch_where("goal", Goal.pinned.is_(True))
                self._unpin_all(session)
            goal = Goal(**clean.__dict__)
            goal.milestones = [Milestone(position=i, **m.__dict__) for i, m in enumerate(steps)]
            session.add(goal)
            session.flush()
            op.created("goal", [goal.id])
            record = goal_record(goal)
        self._announce(Change.of(Topic.GOALS, Action.ADDED, [record.id]))
        return record

    def update(self, goal_id: int, draft: GoalDraft, *, expected_version: int) -> GoalRecord:
        """Replace a goal's fields; refused (ConflictError) if it is no longer at
        `expected_version`, the version the caller read."""
        clean = _validate_goal(draft)
        with self._log.record(OpCode.GOAL_EDIT, clean.title) as op:
            session = op.session
            goal = versions.checked(session, Goal, goal_id, expected_version, "goal")
            op.watch("goal", [goal_id])
            if clean.pinned and not goal.pinned:
                op.watch_where("goal", Goal.pinned.is_(True))
                self._unpin_all(session)
            for key, value in clean.__dict__.items():
                setattr(goal, key, value)
            versions.bump(goal)
            session.flush()
            record = goal_record(goal)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))
        return record

    def delete(self, goal_id: int, *, expected_version: int) -> None:
        """Delete a goal with its milestones; refused if it changed since `expected_version`."""
        with self._log.record(OpCode.GOAL_DELETE) as op:
            goal = versions.checked(op.session, Goal, goal_id, expected_version, "goal")
            op.subject = goal.title
            op.watch("goal", [goal_id], deep=True)
            op.session.delete(goal)
        self._announce(Change.of(Topic.GOALS, Action.DELETED, [goal_id]))

    def get(self, goal_id: int) -> GoalRecord:
        with self._store.read() as session:
            return goal_record(self._goal(session, goal_id))

    def list(self, *, status: GoalStatus | None = None) -> list[GoalRecord]:
        """Goals, pinned first, then active before closed, then by target date."""
        with self._store.read() as session:
            goals = [goal_record(g) for g in self._goals(session, status)]
        return sorted(goals, key=_list_order)

    def pinned(self) -> GoalRecord | None:
        return next((g for g in self.list() if g.pinned), None)

    # -- milestones ---------------------------------------------------------------------------

    def add_milestone(
        self, goal_id: int, draft: MilestoneDraft, *, position: int | None = None
    ) -> MilestoneRecord:
        clean = _validate_milestone(draft)
        with self._log.record(OpCode.MILESTONE_ADD, clean.title) as op:
            session = op.session
            goal = self._goal(session, goal_id)
            op.watch("goal", [goal_id], deep=True)
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

    def update_milestone(
        self, milestone_id: int, draft: MilestoneDraft, *, expected_version: int
    ) -> MilestoneRecord:
        clean = _validate_milestone(draft)
        with self._log.record(OpCode.MILESTONE_EDIT, clean.title) as op:
            session = op.session
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            op.watch("milestone", [milestone_id])
            for key, value in clean.__dict__.items():
                setattr(m, key, value)
            versions.bump(m)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def set_done(
        self, milestone_id: int, done_on: dt.date | None, *, expected_version: int
    ) -> MilestoneRecord:
        """Mark a milestone done on a date, or not done with None (manual milestones only)."""
        with self._log.record(OpCode.MILESTONE_DONE) as op:
            session = op.session
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            op.subject, op.count = m.title, int(done_on is not None)
            op.watch("milestone", [milestone_id])
            if m.criterion_kind is not CriterionKind.MANUAL:
                raise ValidationError(
                    "done",
                    f"“{m.title}” completes itself from the journal; change its criterion or "
                    "make it a manual milestone to tick it by hand.",
                )
            m.done_on = None if done_on is None else validate.check_date(done_on, "done date")
            versions.bump(m)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def delete_milestone(self, milestone_id: int, *, expected_version: int) -> None:
        with self._log.record(OpCode.MILESTONE_DELETE) as op:
            session = op.session
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            op.subject = m.title
            op.watch("goal", [m.goal_id], deep=True)
            goal = m.goal
            goal.milestones.remove(m)
            for i, other in enumerate(goal.milestones):
                other.position = i
            goal_id = goal.id
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))

    def reorder_milestones(self, goal_id: int, milestone_ids: Sequence[int]) -> None:
        """Set the order of a goal's milestones (all of them).

        Unversioned on purpose: positions are no milestone's content, so a reorder never
        overwrites an edit made elsewhere, and of two reorders the later simply wins.
        """
        with self._log.record(OpCode.MILESTONES_REORDER) as op:
            session = op.session
            goal = self._goal(session, goal_id)
            op.subject = goal.title
            op.watch("goal", [goal_id], deep=True)
            by_id = {m.id: m for m in goal.milestones}
            if sorted(by_id) != sorted(milestone_ids):
                raise ValidationError("milestones", "Reordering must list every milestone once.")
            for i, mid in enumerate(milestone_ids):
                by_id[mid].position = i
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))

    def get_milestone(self, milestone_id: int) -> MilestoneRecord:
        with self._store.read() as session:
            return milestone_record(self._milestone(session, milestone_id))

    def link_evidence(self, milestone_id: int, entry_ids: Sequence[int]) -> MilestoneRecord:
        """Add entries to a milestone's evidence.

        Unversioned on purpose: it adds to a set instead of writing a copy of it, so links made
        on two devices add up rather than one overwriting the other.
        """
        return self.change_evidence(milestone_id, link=entry_ids)

    def unlink_evidence(self, milestone_id: int, entry_ids: Sequence[int]) -> MilestoneRecord:
        """Remove entries from a milestone's evidence (unversioned, like `link_evidence`)."""
        return self.change_evidence(milestone_id, unlink=entry_ids)

    def change_evidence(
        self, milestone_id: int, *, link: Sequence[int] = (), unlink: Sequence[int] = ()
    ) -> MilestoneRecord:
        """Link some entries to a milestone and unlink others: one operation, one undo step."""
        code = OpCode.EVIDENCE_UNLINK if unlink and not link else OpCode.EVIDENCE_LINK
        with self._log.record(code, count=len(link) + len(unlink)) as op:
            session = op.session
            m = self._milestone(session, milestone_id)
            op.subject = m.title
            op.watch("milestone", [milestone_id], deep=True)
            drop = set(unlink) - set(link)
            if drop:
                m.evidence = [e for e in m.evidence if e.id not in drop]
            have = {e.id for e in m.evidence}
            for entry_id in link:
                if entry_id in have:
                    continue
                entry = session.get(Entry, entry_id)
                if entry is None:
                    raise ValidationError("evidence", f"There is no entry {entry_id}.")
                m.evidence.append(entry)
                have.add(entry_id)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def split_milestone(
        self,
        milestone_id: int,
        new_title: str,
        *,
        share: float = 0.5,
        expected_version: int,
    ) -> MilestoneRecord:
        """Split a milestone in two: a new one with `share` of its weight goes right after it.

        The original keeps its title, criterion, dates and evidence; the new one is manual and
        open. Returns the new milestone.
        """
        if not 0 < share < 1:
            raise ValidationError("share", "The split share must be between 0 and 1.")
        title = validate.title(new_title, "milestone title", 200)
        with self._log.record(OpCode.MILESTONE_SPLIT) as op:
            session = op.session
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            op.subject = m.title
            op.watch("goal", [m.goal_id], deep=True)
            goal = m.goal
            new = Milestone(
                title=title,
                due_on=m.due_on,
                weight=m.weight * share,
                criterion_kind=CriterionKind.MANUAL,
                criterion={},
            )
            m.weight = m.weight * (1 - share)
            versions.bump(m)
            goal.milestones.insert(goal.milestones.index(m) + 1, new)
            for i, other in enumerate(goal.milestones):
                other.position = i
            session.flush()
            record = milestone_record(new)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    # -- progress -----------------------------------------------------------------------------

    def progress(
        self,
        goal_id: int,
        today: dt.date | None = None,
        *,
        window_days: int = DEFAULT_WINDOW_DAYS,
    ) -> GoalProgress:
        """Where a goal stands at `today`: milestones, progress over time, pace, projection."""
        today = today or dt.date.today()
        with self._store.read() as session:
            return evaluate(session, self._goal(session, goal_id), today, window_days)

    def progress_all(
        self,
        today: dt.date | None = None,
        *,
        status: GoalStatus | None = None,
        window_days: int = DEFAULT_WINDOW_DAYS,
    ) -> builtins.list[GoalProgress]:
        """`progress` for every goal (in `list` order), read in one session."""
        today = today or dt.date.today()
        with self._store.read() as session:
            found = evaluate_all(session, self._goals(session, status), today, window_days)
        return sorted(found, key=lambda gp: _list_order(gp.goal))

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _goals(session: Session, status: GoalStatus | None) -> builtins.list[Goal]:
        stmt = select(Goal).options(selectinload(Goal.milestones).selectinload(Milestone.evidence))
        if status is not None:
            stmt = stmt.where(Goal.status == status)
        return list(session.scalars(stmt))

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
