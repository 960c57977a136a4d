"""What the Levels area's actions do: assess, link and unlink evidence, make the promotion goal,
and bring a framework in.

Every write is one operation of the journal's log (Edit › Undo takes it back; the status line
says so). A refused write (a store error, a criterion gone meanwhile) is shown in a message box
and changes nothing. Importing and starting from a published framework are the start module's
dialogs; which level a role is, the role-level dialog's (both loaded when first used).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from ...domain import Demonstration
from ...services import ServiceError
from ...store import StoreError
from ..inbox.flows import undo_keys
from ..inbox.words import fill
from ..view_parts import plain_tip
from .words import demonstration, goal_title, level_name, quote

if TYPE_CHECKING:
    from ...services.rubric import RubricService
    from .view import LevelsView


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("LevelsFlows", text, None, n)


class LevelsFlows(QObject):
    def __init__(self, view: LevelsView):
        super().__init__(view)
        self.view = view

    @property
    def rubric(self) -> RubricService:
        return self.view.ctx.journal.rubric

    def _write(self, write: Callable[[], object], failed: str) -> bool:
        """Run one write; on a refusal say why (and show what is there now) and return False."""
        try:
            write()
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self.view, failed, plain_tip(str(exc)))
            self.view.reload()
            return False
        return True

    # -- one criterion ------------------------------------------------------------------------

    def assess(self, status: Demonstration) -> None:
        """1, 2, 3 or a button of the pane: record how often the criterion is shown, today."""
        state = self.view.current_state()
        if state is None:
            return
        note = self.view.detail.note()
        cid = state.criterion.id
        if not self._write(lambda: self.rubric.assess(cid, status, note=note), _tr("Not assessed")):
            return
        self.view.detail.clear_note()
        self.view.show_status(
            fill(
                _tr("Assessed “%1”: %2. %3 takes it back."),
                quote(state.criterion.text),
                demonstration(status),
                undo_keys(),
            )
        )

    def delete_assessment(self, assessment_id: int) -> None:
        if not self._write(
            lambda: self.rubric.delete_assessment(assessment_id), _tr("Not deleted")
        ):
            return
        self.view.show_status(fill(_tr("Assessment deleted. %1 takes it back."), undo_keys()))

    def link_evidence(self) -> None:
        """Ctrl+E: tick the entries that show the selected criterion."""
        from .link_dialog import CriterionLinkDialog

        state = self.view.current_state()
        if state is None:
            return
        dialog = CriterionLinkDialog(
            self.view,
            journal=self.view.ctx.journal,
            criterion=state.criterion,
            already=[e.entry_id for e in state.evidence],
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        added, removed = dialog.added(), dialog.removed()
        dialog.deleteLater()
        if not accepted or not (added or removed):
            return
        cid = state.criterion.id
        for entry_id in added:
            if not self._write(partial(self.rubric.link, entry_id, cid), _tr("Not linked")):
                return
        for entry_id in removed:
            if not self._write(partial(self.rubric.unlink, entry_id, cid), _tr("Not unlinked")):
                return
        parts = [_tr("Linked %n entries.", len(added))] if added else []
        if removed:
            parts.append(_tr("Unlinked %n entries.", len(removed)))
        if len(added) + len(removed) == 1:
            back = fill(_tr("%1 takes it back."), undo_keys())
        else:
            back = fill(_tr("%1 takes them back one at a time."), undo_keys())
        self.view.show_status(" ".join([*parts, back]))

    def unlink(self, entry_id: int) -> None:
        """The pane's "Unlink" beside an evidence entry."""
        state = self.view.current_state()
        if state is None:
            return
        cid = state.criterion.id
        if not self._write(lambda: self.rubric.unlink(entry_id, cid), _tr("Not unlinked")):
            return
        self.view.show_status(fill(_tr("Entry unlinked. %1 takes it back."), undo_keys()))

    # -- the level ----------------------------------------------------------------------------

    def make_goal(self) -> None:
        """A promotion goal whose milestones are the next level's criteria; then offer Goals."""
        rubric = self.view.rubric
        if rubric is None or rubric.next is None or not rubric.next.total:
            return
        level = rubric.next.level
        title = goal_title(level)
        made: list[int] = []
        if not self._write(
            lambda: made.append(self.rubric.make_goal(title=title, target=level.number)),
            _tr("No goal made"),
        ):
            return
        self.view.show_status(
            fill(_tr("Made the goal “%1”. %2 takes it back."), title, undo_keys())
        )
        question = fill(
            _tr(
                "“%1” is now a goal with %n milestones, one per criterion of %2. Show it in Goals?",
                rubric.next.total,
            ),
            title,
            level_name(level),
        )
        answer = QMessageBox.question(
            self.view,
            _tr("Promotion Goal Made"),
            plain_tip(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.view.open_goal_requested.emit(made[0])

    def choose_role_level(self) -> None:
        """The which-level bar's "Choose…": say which level the current role is."""
        rubric = self.view.rubric
        if rubric is None or rubric.role_id is None:
            return
        try:
            from .role_level_dialog import ask_role_level
        except ImportError:
            self._unavailable()
            return
        ask_role_level(self.view.ctx, rubric, self.view)

    # -- frameworks ---------------------------------------------------------------------------

    def import_framework(self) -> None:
        """Import a framework file (the start module's dialog says what it did)."""
        try:
            from .start import import_from_file
        except ImportError:
            self._unavailable()
            return
        import_from_file(self.view.ctx, self.view)

    def start_published(self) -> None:
        """Start from one of the published frameworks that come with the app."""
        try:
            from .start import choose_published
        except ImportError:
            self._unavailable()
            return
        choose_published(self.view.ctx, self.view)

    def _unavailable(self) -> None:
        self.view.show_status(_tr("This is not available in this build."))
