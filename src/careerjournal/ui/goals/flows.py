"""What the Goals area's actions do: ask (a dialog, a question) and write through the presenter.

Each write is one operation of the journal's log, undone with Edit › Undo. A dialog that saves
while open (`commit=`) shows a refused save inline and keeps the user's text; a write started
from an action shows the refusal in a message box. Either way nothing was changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from ...domain import GoalKind, GoalStatus
from ...services import GoalDraft, GoalRecord, MilestoneDraft, RoleDraft, ServiceError
from ...store import StoreError
from ..view_parts import plain_tip
from .presenter import GoalsPresenter

if TYPE_CHECKING:
    from collections.abc import Callable

    from .view import GoalsView


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translated in the Goals view's context, where these words have always been."""
    return QCoreApplication.translate("GoalsView", text, disambiguation, n)


class GoalFlows(QObject):
    def __init__(self, view: GoalsView, presenter: GoalsPresenter):
        super().__init__(view)
        self.view = view
        self.p = presenter

    def _write(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except (ServiceError, StoreError) as exc:
            self.view.warn(exc)
            return False
        return True

    # -- goals --------------------------------------------------------------------------------

    def new_goal(self, kind: GoalKind | None = None, prefill: GoalDraft | None = None) -> None:
        from .dialogs import GoalDialog

        added: list[int] = []

        def commit(draft: GoalDraft) -> None:
            added.append(self.p.add_goal(draft).id)

        dialog = GoalDialog(
            self.view,
            kind=kind if isinstance(kind, GoalKind) else None,
            prefill=prefill,
            commit=commit,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.view.refresh()
            self.view.select_goal(added[0])

    def edit_goal(self) -> None:
        from .dialogs import GoalDialog

        gp = self.p.selected_goal
        if gp is None:
            return
        before = gp.goal
        became_achieved: list[bool] = []

        def commit(draft: GoalDraft) -> None:
            base = dialog.goal or before  # after a conflict: the version the user resolved
            self.p.update_goal(base, draft)
            became_achieved.append(
                draft.status is GoalStatus.ACHIEVED and base.status is not GoalStatus.ACHIEVED
            )

        dialog = GoalDialog(
            self.view,
            goal=before,
            commit=commit,
            reload=lambda: self.p.journal.goals.get(before.id),
        )
        accepted = dialog.exec()
        if accepted == QDialog.DialogCode.Accepted and any(became_achieved):
            self._after_achieved(before.id)

    def delete_goal(self) -> None:
        gp = self.p.selected_goal
        if gp is None:
            return
        goal = gp.goal
        evidence = sum(len(m.evidence_ids) for m in goal.milestones)
        milestones = _tr("%n milestones", "", len(goal.milestones))
        links = _tr("%n links to evidence", "", evidence)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Delete Goal"),
            _tr(
                "Delete the goal “%1” with its %2 and %3?\n\n"
                "The linked entries stay in the journal. Undo (Ctrl+Z) brings the goal back."
            )
            .replace("%2", milestones)
            .replace("%3", links)
            .replace("%1", goal.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title as typed, never as markup
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self._write(lambda: self.p.delete_goal(goal))

    def toggle_pin(self) -> None:
        goal_id = self.p.selected_goal_id
        if goal_id is not None:
            self._write(lambda: self.p.toggle_pin(goal_id))

    def mark_dropped(self) -> None:
        goal_id = self.p.selected_goal_id
        if goal_id is not None:
            self._write(lambda: self.p.close_goal(goal_id, GoalStatus.DROPPED))

    def mark_achieved(self) -> None:
        goal_id = self.p.selected_goal_id
        if goal_id is not None and self._write(
            lambda: self.p.close_goal(goal_id, GoalStatus.ACHIEVED)
        ):
            self._after_achieved(goal_id)

    def _after_achieved(self, goal_id: int) -> None:
        """A promotion reached: offer to record the new role, then to set the next goal."""
        from .dialogs import NewRoleDialog

        record: GoalRecord = self.p.journal.goals.get(goal_id)
        if record.kind is not GoalKind.PROMOTION:
            return

        def commit(draft: RoleDraft) -> None:
            self.p.start_role(draft)

        dialog = NewRoleDialog(
            self.view, journal=self.p.journal, goal=record, today=self.p.today(), commit=commit
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.start_next_goal():
            self.new_goal(GoalKind.PROMOTION, prefill=self.p.next_promotion())

    # -- milestones ---------------------------------------------------------------------------

    def add_milestone(self) -> None:
        from .dialogs import MilestoneDialog

        gp = self.p.selected_goal
        if gp is None:
            return
        added: list[int] = []

        def commit(draft: MilestoneDraft) -> None:
            added.append(self.p.add_milestone(gp.goal.id, draft).id)

        dialog = MilestoneDialog(self.view, journal=self.p.journal, commit=commit)
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.view.refresh()
            self.view.select_milestone(added[0])

    def edit_milestone(self) -> None:
        from .dialogs import MilestoneDialog

        m = self.p.selected_milestone
        if m is None:
            return

        def commit(draft: MilestoneDraft) -> None:
            # After a conflict: the version the user resolved.
            self.p.update_milestone(dialog.milestone or m.milestone, draft)

        dialog = MilestoneDialog(
            self.view, journal=self.p.journal, milestone=m.milestone, commit=commit
        )
        dialog.exec()

    def delete_milestone(self) -> None:
        m = self.p.selected_milestone
        if m is not None:
            self._write(lambda: self.p.delete_milestone(m.milestone))

    def toggle_done(self) -> None:
        m = self.p.selected_milestone
        if m is not None and not m.automatic:
            self.set_done(m.milestone.id, not m.done)

    def set_done(self, milestone_id: int, done: bool) -> None:
        """Tick or untick by hand (the checkbox, Space, the action)."""
        gp = self.p.selected_goal
        m = next((s for s in gp.milestones if s.milestone.id == milestone_id), None) if gp else None
        if m is not None and not m.automatic:
            self._write(lambda: self.p.set_done(m.milestone, done))

    def split_milestone(self) -> None:
        m = self.p.selected_milestone
        if m is None:
            return
        title, ok = QInputDialog.getText(
            self.view,
            _tr("Split Milestone"),
            plain_tip(  # the dialog guesses the format: the title must stay text
                _tr(
                    "“%s” keeps half its weight; a new milestone with the other half follows it."
                    "\nTitle of the new milestone:"
                )
                % m.milestone.title
            ),
        )
        if not (ok and title.strip()):
            return
        new: list[int] = []
        if self._write(lambda: new.append(self.p.split(m.milestone, title).id)):
            self.view.refresh()
            self.view.select_milestone(new[0])

    def move_milestone(self, step: int) -> None:
        self._write(lambda: self.p.move_milestone(step))

    def reorder(self, order: list[int]) -> None:
        """A drop in the checklist: the new order of the shown goal's milestones."""
        gp = self.p.selected_goal
        if gp is not None and order != [m.milestone.id for m in gp.milestones]:
            self._write(lambda: self.p.reorder(gp.goal.id, order))

    def link_evidence(self) -> None:
        from .dialogs import LinkEvidenceDialog

        m = self.p.selected_milestone
        if m is None:
            return
        dialog = LinkEvidenceDialog(
            self.view,
            journal=self.p.journal,
            already=m.milestone.evidence_ids,
            title=_tr("Evidence for “%s”") % m.milestone.title,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added, removed = list(dialog.added()), list(dialog.removed())
        if added or removed:
            self._write(lambda: self.p.change_evidence(m.milestone.id, added, removed))

    def toggle_link(self, milestone_id: int, entry_id: int, link: bool) -> None:
        """A click in the evidence matrix."""
        self._write(
            lambda: self.p.change_evidence(
                milestone_id, [entry_id] if link else [], [] if link else [entry_id]
            )
        )
