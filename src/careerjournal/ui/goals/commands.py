"""Undoable changes to goals, milestones, their evidence links and the role a promotion starts.

A deleted goal or milestone is put back from the record taken before the delete: same fields,
same position and evidence links, under a new id (commands hold ids and follow the new one).

Every write names the version it expects (see `ui.undo.expected_version`): an undo or redo
whose record was changed elsewhere meanwhile is refused instead of writing a stale copy.
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
from ..undo import expected_version


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


def _goal_content(goal: GoalRecord) -> GoalDraft:
    """What a goal holds, less the pin (moved by pinning another goal, without a new version)."""
    return dataclasses.replace(goal_draft(goal), pinned=False)


class AddGoalCommand(QUndoCommand):
    def __init__(
        self, journal: Journal, draft: GoalDraft, milestones: Sequence[MilestoneDraft] = ()
    ):
        super().__init__(_tr("Add goal “%s”") % draft.title.strip()[:40])
        self._journal = journal
        self._draft = draft
        self._milestones = list(milestones)
        self.goal_id: int | None = None
        self._added: GoalRecord | None = None
        self._pinned_before: int | None = None

    def redo(self) -> None:
        pinned = self._journal.goals.pinned()
        self._pinned_before = pinned.id if pinned and self._draft.pinned else None
        self._added = self._journal.goals.add(self._draft, self._milestones)
        self.goal_id = self._added.id

    def undo(self) -> None:
        if self.goal_id is not None and self._added is not None:
            current = self._journal.goals.get(self.goal_id)
            self._journal.goals.delete(
                self.goal_id,
                expected_version=expected_version(
                    current.version,
                    _goal_content(current),
                    _goal_content(self._added),
                    self._added.version,
                ),
            )
        _repin(self._journal, self._pinned_before)


class EditGoalCommand(QUndoCommand):
    """Also "Pin" and "Mark achieved/dropped": `before` is the goal as the view showed it, so a
    copy older than the journal's is refused, never written over newer data."""

    def __init__(self, journal: Journal, before: GoalRecord, after: GoalDraft):
        super().__init__(_tr("Edit goal “%s”") % after.title.strip()[:40])
        self._journal = journal
        self._id = before.id
        self._before = goal_draft(before)
        self._after = after
        self._version = before.version
        self._written: GoalDraft | None = None
        self._pinned_before: int | None = None

    def _write(self, draft: GoalDraft) -> None:
        expected = self._version
        if self._written is not None:
            current = self._journal.goals.get(self._id)
            expected = expected_version(
                current.version, _goal_content(current), self._written, self._version
            )
        record = self._journal.goals.update(self._id, draft, expected_version=expected)
        self._version, self._written = record.version, _goal_content(record)

    def redo(self) -> None:
        pinned = self._journal.goals.pinned()
        self._pinned_before = (
            pinned.id if pinned and pinned.id != self._id and self._after.pinned else None
        )
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)
        _repin(self._journal, self._pinned_before)


def _repin(journal: Journal, goal_id: int | None) -> None:
    """Pin `goal_id` again (it was unpinned when another goal took the pin)."""
    if goal_id is None:
        return
    goal = journal.goals.get(goal_id)
    journal.goals.update(
        goal_id, dataclasses.replace(goal_draft(goal), pinned=True), expected_version=goal.version
    )


class DeleteGoalCommand(QUndoCommand):
    def __init__(self, journal: Journal, goal: GoalRecord):
        super().__init__(_tr("Delete goal “%s”") % goal.title[:40])
        self._journal = journal
        self._goal = goal
        self.goal_id = goal.id
        self._version = goal.version  # as the view showed it: a newer goal is not deleted
        self._written: GoalDraft | None = None

    def redo(self) -> None:
        current = self._journal.goals.get(self.goal_id)  # as it is now, for undo
        expected = expected_version(
            current.version, _goal_content(current), self._written, self._version
        )
        self._journal.goals.delete(self.goal_id, expected_version=expected)
        self._goal = current

    def undo(self) -> None:
        g = self._goal
        again = self._journal.goals.add(goal_draft(g), [milestone_draft(m) for m in g.milestones])
        for old, new in zip(g.milestones, again.milestones, strict=True):
            if old.evidence_ids:
                self._journal.goals.link_evidence(new.id, old.evidence_ids)
        self.goal_id = again.id
        self._version, self._written = again.version, _goal_content(again)


class _MilestoneWrites:
    """The version bookkeeping of a command that changes one milestone (see `expected_version`)."""

    def __init__(self, journal: Journal, version: int | None = None):
        self.journal = journal
        self.version = version
        self.written: MilestoneDraft | None = None

    def expected(self, milestone_id: int) -> int | None:
        if self.written is None:
            return self.version
        current = self.journal.goals.get_milestone(milestone_id)
        return expected_version(
            current.version, milestone_draft(current), self.written, self.version or 0
        )

    def wrote(self, record: MilestoneRecord) -> None:
        self.version, self.written = record.version, milestone_draft(record)


class AddMilestoneCommand(QUndoCommand):
    def __init__(
        self, journal: Journal, goal_id: int, draft: MilestoneDraft, position: int | None = None
    ):
        super().__init__(_tr("Add milestone “%s”") % draft.title.strip()[:40])
        self._journal = journal
        self._goal_id = goal_id
        self._draft = draft
        self._position = position
        self._writes = _MilestoneWrites(journal)
        self.milestone_id: int | None = None

    def redo(self) -> None:
        record = self._journal.goals.add_milestone(
            self._goal_id, self._draft, position=self._position
        )
        self.milestone_id = record.id
        self._writes.wrote(record)

    def undo(self) -> None:
        if self.milestone_id is not None:
            self._journal.goals.delete_milestone(
                self.milestone_id, expected_version=self._writes.expected(self.milestone_id)
            )


class EditMilestoneCommand(QUndoCommand):
    def __init__(self, journal: Journal, before: MilestoneRecord, after: MilestoneDraft):
        super().__init__(_tr("Edit milestone “%s”") % after.title.strip()[:40])
        self._journal = journal
        self._id = before.id
        self._before = milestone_draft(before)
        self._after = after
        self._writes = _MilestoneWrites(journal, before.version)

    def _write(self, draft: MilestoneDraft) -> None:
        expected = self._writes.expected(self._id)
        self._writes.wrote(
            self._journal.goals.update_milestone(self._id, draft, expected_version=expected)
        )

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class SetMilestoneDoneCommand(QUndoCommand):
    def __init__(self, journal: Journal, milestone: MilestoneRecord, done_on: dt.date | None):
        text = _tr("Complete “%s”") if done_on else _tr("Reopen “%s”")
        super().__init__(text % milestone.title[:40])
        self._journal = journal
        self._id = milestone.id
        self._before = milestone.done_on
        self._after = done_on
        self._writes = _MilestoneWrites(journal, milestone.version)

    def _write(self, done_on: dt.date | None) -> None:
        expected = self._writes.expected(self._id)
        self._writes.wrote(
            self._journal.goals.set_done(self._id, done_on, expected_version=expected)
        )

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class DeleteMilestoneCommand(QUndoCommand):
    def __init__(self, journal: Journal, milestone: MilestoneRecord):
        super().__init__(_tr("Delete milestone “%s”") % milestone.title[:40])
        self._journal = journal
        self._record = milestone
        self.milestone_id = milestone.id
        self._writes = _MilestoneWrites(journal, milestone.version)

    def redo(self) -> None:
        expected = self._writes.expected(self.milestone_id)
        self._journal.goals.delete_milestone(self.milestone_id, expected_version=expected)

    def undo(self) -> None:
        m = self._record
        again = self._journal.goals.add_milestone(
            m.goal_id, milestone_draft(m), position=m.position
        )
        if m.evidence_ids:
            self._journal.goals.link_evidence(again.id, m.evidence_ids)
        self.milestone_id = again.id
        self._writes.wrote(again)


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
        self._new = _MilestoneWrites(journal)
        self._old = _MilestoneWrites(journal, milestone.version)
        self.new_id: int | None = None

    def redo(self) -> None:
        new = self._journal.goals.split_milestone(
            self._record.id, self._new_title, expected_version=self._old.expected(self._record.id)
        )
        self.new_id = new.id
        self._new.wrote(new)
        self._old.wrote(self._journal.goals.get_milestone(self._record.id))

    def undo(self) -> None:
        expected = self._old.expected(self._record.id)
        if self.new_id is not None:
            self._journal.goals.delete_milestone(
                self.new_id, expected_version=self._new.expected(self.new_id)
            )
        self._old.wrote(
            self._journal.goals.update_milestone(
                self._record.id, milestone_draft(self._record), expected_version=expected
            )
        )


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
        self._started: RoleRecord | None = None
        self._ended: RoleRecord | None = None

    def redo(self) -> None:
        record, ended = self._journal.roles.start(self._draft)
        self.role_id, self._started, self._ended = record.id, record, ended

    def _expected(self, written: RoleRecord) -> int:
        current = self._journal.roles.get(written.id)
        return expected_version(
            current.version,
            RoleDraft.from_record(current),
            RoleDraft.from_record(written),
            written.version,
        )

    def undo(self) -> None:
        ended_expected = None
        if self._ended is not None and self._started is not None:
            # As `start` left it: ended the day before the new role, one version on.
            left = dataclasses.replace(
                self._ended,
                end_date=self._started.start_date - dt.timedelta(days=1),
                version=self._ended.version + 1,
            )
            ended_expected = self._expected(left)  # checked before anything is written
        if self._started is not None:
            self._journal.roles.delete(
                self._started.id, expected_version=self._expected(self._started)
            )
        if self._ended is not None:
            self._journal.roles.update(
                self._ended.id,
                RoleDraft.from_record(self._ended),
                expected_version=ended_expected,
            )
