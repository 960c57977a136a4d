"""Undoable changes to goals, milestones, their evidence links and the role a promotion starts.

A deleted goal or milestone is put back from the record taken before the delete: same fields,
same position and evidence links, under a new id (commands hold ids and follow the new one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...services import (
    GoalDraft,
    GoalRecord,
    Journal,
    MilestoneDraft,
    MilestoneRecord,
    RoleDraft,
    RoleRecord,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("goals", text)


def goal_draft(goal: GoalRecord) -> GoalDraft:
    return GoalDraft(
        title=goal.title,
        kind=goal.kind,
        description=goal.description,
        target_role_title=goal.target_role_title,
        target_level=goal.target_level,
        target_date=goal.target_date,
        status=goal.status,
        pinned=goal.pinned,
        created_on=goal.created_on,
        closed_on=goal.closed_on,
    )


def milestone_draft(m: MilestoneRecord) -> MilestoneDraft:
    return MilestoneDraft(
        title=m.title,
        due_on=m.due_on,
        done_on=m.done_on,
        weight=m.weight,
        criterion_kind=m.criterion_kind,
        criterion=dict(m.criterion),
    )


class AddGoalCommand(QUndoCommand):
    def __init__(
        self, journal: Journal, draft: GoalDraft, milestones: Sequence[MilestoneDraft] = ()
    ):
        super().__init__(_tr("Add goal “%s”") % draft.title.strip()[:40])
        self._journal = journal
        self._draft = draft
        self._milestones = list(milestones)
        self.goal_id: int | None = None
        self._pinned_before: int | None = None

    def redo(self) -> None:
        pinned = self._journal.goals.pinned()
        self._pinned_before = pinned.id if pinned and self._draft.pinned else None
        self.goal_id = self._journal.goals.add(self._draft, self._milestones).id

    def undo(self) -> None:
        if self.goal_id is not None:
            self._journal.goals.delete(self.goal_id)
        _repin(self._journal, self._pinned_before)


class EditGoalCommand(QUndoCommand):
    def __init__(self, journal: Journal, before: GoalRecord, after: GoalDraft):
        super().__init__(_tr("Edit goal “%s”") % after.title.strip()[:40])
        self._journal = journal
        self._id = before.id
        self._before = goal_draft(before)
        self._after = after
        self._pinned_before: int | None = None

    def redo(self) -> None:
        pinned = self._journal.goals.pinned()
        self._pinned_before = (
            pinned.id if pinned and pinned.id != self._id and self._after.pinned else None
        )
        self._journal.goals.update(self._id, self._after)

    def undo(self) -> None:
        self._journal.goals.update(self._id, self._before)
        _repin(self._journal, self._pinned_before)


def _repin(journal: Journal, goal_id: int | None) -> None:
    """Pin `goal_id` again (it was unpinned when another goal took the pin)."""
    if goal_id is None:
        return
    goal = journal.goals.get(goal_id)
    journal.goals.update(goal_id, dataclasses.replace(goal_draft(goal), pinned=True))


class DeleteGoalCommand(QUndoCommand):
    def __init__(self, journal: Journal, goal: GoalRecord):
        super().__init__(_tr("Delete goal “%s”") % goal.title[:40])
        self._journal = journal
        self._goal = goal
        self.goal_id = goal.id

    def redo(self) -> None:
        self._goal = self._journal.goals.get(self.goal_id)  # as it is now
        self._journal.goals.delete(self.goal_id)

    def undo(self) -> None:
        g = self._goal
        again = self._journal.goals.add(goal_draft(g), [milestone_draft(m) for m in g.milestones])
        for old, new in zip(g.milestones, again.milestones, strict=True):
            if old.evidence_ids:
                self._journal.goals.link_evidence(new.id, old.evidence_ids)
        self.goal_id = again.id


class AddMilestoneCommand(QUndoCommand):
    def __init__(
        self, journal: Journal, goal_id: int, draft: MilestoneDraft, position: int | None = None
    ):
        super().__init__(_tr("Add milestone “%s”") % draft.title.strip()[:40])
        self._journal = journal
        self._goal_id = goal_id
        self._draft = draft
        self._position = position
        self.milestone_id: int | None = None

    def redo(self) -> None:
        record = self._journal.goals.add_milestone(
            self._goal_id, self._draft, position=self._position
        )
        self.milestone_id = record.id

    def undo(self) -> None:
        if self.milestone_id is not None:
            self._journal.goals.delete_milestone(self.milestone_id)


class EditMilestoneCommand(QUndoCommand):
    def __init__(self, journal: Journal, before: MilestoneRecord, after: MilestoneDraft):
        super().__init__(_tr("Edit milestone “%s”") % after.title.strip()[:40])
        self._journal = journal
        self._id = before.id
        self._before = milestone_draft(before)
        self._after = after

    def redo(self) -> None:
        self._journal.goals.update_milestone(self._id, self._after)

    def undo(self) -> None:
        self._journal.goals.update_milestone(self._id, self._before)


class SetMilestoneDoneCommand(QUndoCommand):
    def __init__(self, journal: Journal, milestone: MilestoneRecord, done_on: dt.date | None):
        text = _tr("Complete “%s”") if done_on else _tr("Reopen “%s”")
        super().__init__(text % milestone.title[:40])
        self._journal = journal
        self._id = milestone.id
        self._before = milestone.done_on
        self._after = done_on

    def redo(self) -> None:
        self._journal.goals.set_done(self._id, self._after)

    def undo(self) -> None:
        self._journal.goals.set_done(self._id, self._before)


class DeleteMilestoneCommand(QUndoCommand):
    def __init__(self, journal: Journal, milestone: MilestoneRecord):
        super().__init__(_tr("Delete milestone “%s”") % milestone.title[:40])
        self._journal = journal
        self._record = milestone
        self.milestone_id = milestone.id

    def redo(self) -> None:
        self._journal.goals.delete_milestone(self.milestone_id)

    def undo(self) -> None:
        m = self._record
        again = self._journal.goals.add_milestone(
            m.goal_id, milestone_draft(m), position=m.position
        )
        if m.evidence_ids:
            self._journal.goals.link_evidence(again.id, m.evidence_ids)
        self.milestone_id = again.id


class ReorderMilestonesCommand(QUndoCommand):
    def __init__(self, journal: Journal, goal_id: int, before: Sequence[int], after: Sequence[int]):
        super().__init__(_tr("Reorder milestones"))
        self._journal = journal
        self._goal_id = goal_id
        self._before = list(before)
        self._after = list(after)

    def redo(self) -> None:
        self._journal.goals.reorder_milestones(self._goal_id, self._after)

    def undo(self) -> None:
        self._journal.goals.reorder_milestones(self._goal_id, self._before)


class SplitMilestoneCommand(QUndoCommand):
    def __init__(self, journal: Journal, milestone: MilestoneRecord, new_title: str):
        super().__init__(_tr("Split “%s”") % milestone.title[:40])
        self._journal = journal
        self._record = milestone
        self._new_title = new_title
        self.new_id: int | None = None

    def redo(self) -> None:
        self.new_id = self._journal.goals.split_milestone(self._record.id, self._new_title).id

    def undo(self) -> None:
        if self.new_id is not None:
            self._journal.goals.delete_milestone(self.new_id)
        self._journal.goals.update_milestone(self._record.id, milestone_draft(self._record))


class LinkEvidenceCommand(QUndoCommand):
    """Link and unlink entries as one step."""

    def __init__(
        self,
        journal: Journal,
        milestone_id: int,
        link: Sequence[int] = (),
        unlink: Sequence[int] = (),
    ):
        super().__init__(_tr("Change the evidence of a milestone"))
        self._journal = journal
        self._id = milestone_id
        self._link = list(link)
        self._unlink = list(unlink)

    def redo(self) -> None:
        if self._link:
            self._journal.goals.link_evidence(self._id, self._link)
        if self._unlink:
            self._journal.goals.unlink_evidence(self._id, self._unlink)

    def undo(self) -> None:
        if self._link:
            self._journal.goals.unlink_evidence(self._id, self._link)
        if self._unlink:
            self._journal.goals.link_evidence(self._id, self._unlink)


class StartRoleCommand(QUndoCommand):
    """Record a new role; the open role before it ends the day before (and reopens on undo)."""

    def __init__(self, journal: Journal, draft: RoleDraft):
        super().__init__(_tr("Start role “%s”") % draft.title.strip()[:40])
        self._journal = journal
        self._draft = draft
        self.role_id: int | None = None
        self._ended: RoleRecord | None = None

    def redo(self) -> None:
        record, ended = self._journal.roles.start(self._draft)
        self.role_id, self._ended = record.id, ended

    def undo(self) -> None:
        if self.role_id is not None:
            self._journal.roles.delete(self.role_id)
        if self._ended is not None:
            self._journal.roles.update(self._ended.id, RoleDraft.from_record(self._ended))
