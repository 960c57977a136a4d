"""What the Goals area shows and does, without widgets: the goals and their progress, the selected
goal and milestone, which actions apply, the evidence of a milestone, and every write.

Each write is one service call, so one operation in the journal's log: Edit › Undo takes it back
(same ids, every row that went with it). A refused write raises `ServiceError`/`StoreError` to the
caller, which says why. Qt-free (tested with plain pytest); the view words the facts with tr().
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...domain import GoalKind, GoalStatus
from ...services import (
    EntryRecord,
    GoalDraft,
    GoalRecord,
    Journal,
    MilestoneDraft,
    MilestoneRecord,
    RoleDraft,
    RoleRecord,
)
from ...services.goals import GoalProgress, MilestoneStatus


def goal_draft(goal: GoalRecord) -> GoalDraft:
    """The fields of `goal` as a draft to change one of them."""
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


def moved(order: Sequence[int], item: int, step: int) -> list[int]:
    """`order` with `item` moved `step` places (clamped to the ends)."""
    result = list(order)
    i = result.index(item)
    j = max(0, min(len(result) - 1, i + step))
    result.insert(j, result.pop(i))
    return result


@dataclass(frozen=True)
class GoalActions:
    """Which of the area's actions apply to the selection."""

    goal: bool  # edit, delete, add a milestone
    active: bool  # pin, mark achieved, mark dropped
    pinned: bool  # the pin action shows checked
    milestone: bool  # edit, delete, split, link, move
    tick: bool  # tick or untick by hand
    #: The selected milestone ticks itself: the tick action says so instead of its usual tip.
    ticks_itself: MilestoneStatus | None


@dataclass(frozen=True)
class EvidenceRow:
    entry: EntryRecord
    linked: bool  # linked by hand; else it meets the milestone's criterion


class GoalsPresenter:
    """State and writes of the Goals area (the view draws them)."""

    def __init__(self, journal: Journal, today: Callable[[], dt.date] = dt.date.today):
        self.journal = journal
        self.today = today
        self.show_closed = False
        self.goals: list[GoalProgress] = []
        self.has_any = False  # any goal at all, shown or not (else: the empty page)
        self.entries: dict[int, EntryRecord] = {}  # evidence entries of the selected goal
        self._goal_id: int | None = None
        self._milestone_id: int | None = None

    # -- reading ------------------------------------------------------------------------------

    def load(self) -> None:
        """Re-read every goal's progress. The selected goal stays if it is still listed (else the
        first one); so does the selected milestone (else the goal's next one to do)."""
        status = None if self.show_closed else GoalStatus.ACTIVE
        self.goals = self.journal.goals.progress_all(self.today(), status=status)
        self.has_any = bool(self.goals) or bool(self.journal.goals.list())
        self._goal_id = self.goal_to_show()
        self._milestone_id = self.milestone_to_show()
        self._read_entries()

    def goal(self, goal_id: int | None) -> GoalProgress | None:
        return next((g for g in self.goals if g.goal.id == goal_id), None)

    def goal_to_show(self) -> int | None:
        """The selected goal if it is still listed, else the first one."""
        if self.goal(self._goal_id) is not None:
            return self._goal_id
        return self.goals[0].goal.id if self.goals else None

    def milestone_to_show(self) -> int | None:
        """The selected milestone if its goal still has it, else the next one to do."""
        gp = self.selected_goal
        if gp is None:
            return None
        if any(m.milestone.id == self._milestone_id for m in gp.milestones):
            return self._milestone_id
        return gp.open_milestones[0].milestone.id if gp.open_milestones else None

    def _read_entries(self) -> None:
        gp = self.selected_goal
        ids = sorted({e for m in gp.milestones for e in m.evidence_ids}) if gp else []
        self.entries = {e.id: e for e in self.journal.entries.get_many(ids)} if ids else {}

    # -- selection ----------------------------------------------------------------------------

    def select_goal(self, goal_id: int | None) -> None:
        if goal_id != self._goal_id:
            self._goal_id = goal_id
            self._read_entries()

    def select_milestone(self, milestone_id: int | None) -> None:
        self._milestone_id = milestone_id

    @property
    def selected_goal_id(self) -> int | None:
        return self._goal_id if self.selected_goal is not None else None

    @property
    def selected_milestone_id(self) -> int | None:
        m = self.selected_milestone
        return m.milestone.id if m is not None else None

    @property
    def selected_goal(self) -> GoalProgress | None:
        return self.goal(self._goal_id)

    def current_record(self) -> tuple[str, int, str] | None:
        """What Edit › History… is about: the selected milestone, else the selected goal."""
        m = self.selected_milestone
        if m is not None:
            return ("milestone", m.milestone.id, m.milestone.title)
        gp = self.selected_goal
        return None if gp is None else ("goal", gp.goal.id, gp.goal.title)

    @property
    def selected_milestone(self) -> MilestoneStatus | None:
        gp = self.selected_goal
        if gp is None:
            return None
        return next((m for m in gp.milestones if m.milestone.id == self._milestone_id), None)

    def actions(self) -> GoalActions:
        gp = self.selected_goal
        m = self.selected_milestone
        return GoalActions(
            goal=gp is not None,
            active=gp is not None and gp.goal.status is GoalStatus.ACTIVE,
            pinned=gp is not None and gp.goal.pinned,
            milestone=m is not None,
            tick=m is not None and not m.automatic,
            ticks_itself=m if m is not None and m.automatic else None,
        )

    def evidence(self) -> list[EvidenceRow]:
        """The selected milestone's evidence: entries linked, then those meeting its criterion."""
        m = self.selected_milestone
        if m is None:
            return []
        linked = set(m.milestone.evidence_ids)
        return [
            EvidenceRow(self.entries[i], i in linked) for i in m.evidence_ids if i in self.entries
        ]

    # -- goals --------------------------------------------------------------------------------

    def add_goal(self, draft: GoalDraft) -> GoalRecord:
        return self.journal.goals.add(draft)

    def update_goal(self, base: GoalRecord, draft: GoalDraft) -> GoalRecord:
        """Save `draft` over `base`, the copy the user edited (refused if it changed since)."""
        return self.journal.goals.update(base.id, draft, expected_version=base.version)

    def delete_goal(self, goal: GoalRecord) -> None:
        """Delete the goal as the user saw it (refused if it changed since)."""
        self.journal.goals.delete(goal.id, expected_version=goal.version)

    def _change(self, goal: GoalRecord, draft: GoalDraft) -> GoalRecord:
        return self.journal.goals.update(goal.id, draft, expected_version=goal.version)

    # "Pin" and the status actions change the goal as the journal holds it now, never an older
    # copy: what another device saved meanwhile is kept.

    def toggle_pin(self, goal_id: int) -> GoalRecord:
        goal = self.journal.goals.get(goal_id)
        return self._change(goal, dataclasses.replace(goal_draft(goal), pinned=not goal.pinned))

    def close_goal(self, goal_id: int, status: GoalStatus) -> GoalRecord:
        """Mark achieved or dropped today (never before the goal started); unpinned."""
        goal = self.journal.goals.get(goal_id)
        closed_on = max(self.today(), goal.created_on)
        draft = dataclasses.replace(
            goal_draft(goal), status=status, pinned=False, closed_on=closed_on
        )
        return self._change(goal, draft)

    def next_promotion(self) -> GoalDraft:
        """What "set the next goal" after a promotion starts from."""
        return GoalDraft(title="", kind=GoalKind.PROMOTION, pinned=True, created_on=self.today())

    def start_role(self, draft: RoleDraft) -> RoleRecord:
        """The new role an achieved promotion brings (the open role ends the day before)."""
        return self.journal.roles.start(draft)[0]

    # -- milestones ---------------------------------------------------------------------------

    def add_milestone(self, goal_id: int, draft: MilestoneDraft) -> MilestoneRecord:
        """After the selected milestone, else at the end."""
        m = self.selected_milestone
        position = m.milestone.position + 1 if m is not None else None
        return self.journal.goals.add_milestone(goal_id, draft, position=position)

    def update_milestone(self, base: MilestoneRecord, draft: MilestoneDraft) -> MilestoneRecord:
        return self.journal.goals.update_milestone(base.id, draft, expected_version=base.version)

    def delete_milestone(self, m: MilestoneRecord) -> None:
        self.journal.goals.delete_milestone(m.id, expected_version=m.version)

    def set_done(self, m: MilestoneRecord, done: bool) -> MilestoneRecord:
        day = self.today() if done else None
        return self.journal.goals.set_done(m.id, day, expected_version=m.version)

    def split(self, m: MilestoneRecord, title: str) -> MilestoneRecord:
        return self.journal.goals.split_milestone(m.id, title, expected_version=m.version)

    def reorder(self, goal_id: int, order: Sequence[int]) -> None:
        self.journal.goals.reorder_milestones(goal_id, order)

    def move_milestone(self, step: int) -> bool:
        """Move the selected milestone `step` places; False if it is at that end already."""
        gp, m = self.selected_goal, self.selected_milestone
        if gp is None or m is None:
            return False
        order = [s.milestone.id for s in gp.milestones]
        new = moved(order, m.milestone.id, step)
        if new == order:
            return False
        self.reorder(gp.goal.id, new)
        return True

    def change_evidence(
        self, milestone_id: int, link: Sequence[int] = (), unlink: Sequence[int] = ()
    ) -> None:
        """Link and unlink entries: one operation, so one Undo takes both back."""
        if link or unlink:
            self.journal.goals.change_evidence(milestone_id, link=link, unlink=unlink)
