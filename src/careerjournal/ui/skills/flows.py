"""What the Skills area's actions do: ask (a dialog, a question) and write through the presenter.

Each write is one operation of the journal's log, undone with Edit › Undo. A dialog that saves
while open (`commit=`) shows a refused save inline and keeps the user's text; a write started
from an action shows the refusal in a message box. Either way nothing was changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from ...services import AssessmentDraft, ServiceError
from ...store import StoreError
from .presenter import SkillsPresenter, SkillValues

if TYPE_CHECKING:
    from .view import SkillsView

#: Bands offered to a new user as a start; renamed or deleted like any other.
STARTER_BANDS = ("Craft", "Delivery", "Leadership", "Communication")


def starter_bands() -> list[str]:
    """The four common bands, named in the user's language (the names become theirs)."""
    return [_tr("Craft"), _tr("Delivery"), _tr("Leadership"), _tr("Communication")]


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translated in the Skills view's context, where these words have always been."""
    return QCoreApplication.translate("SkillsView", text, disambiguation, n)


class SkillFlows(QObject):
    def __init__(self, view: SkillsView, presenter: SkillsPresenter):
        super().__init__(view)
        self.view = view
        self.p = presenter

    def _write(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self.view, _tr("Skills"), str(exc))
            return False
        return True

    def _names(self) -> list[str]:
        return [b.band.name for b in self.p.bands]

    # -- bands and skills ---------------------------------------------------------------------

    def new_band(self) -> None:
        from .dialogs import BandDialog

        added: list[int] = []

        def commit(values: tuple[str, str]) -> None:
            added.append(self.p.add_band(*values).id)

        dialog = BandDialog(
            self.view, title=_tr("New Band"), existing_names=self._names(), commit=commit
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.view.refresh()
            self.view.select("band", added[0])

    def add_starter_bands(self) -> None:
        self._write(lambda: self.p.add_bands(starter_bands()))
        self.view.refresh()

    def new_skill(self) -> None:
        from .dialogs import SkillDialog

        overview, band = self.p.overview, self.p.selected_band
        if overview is None or not overview.bands:
            return
        added: list[int] = []

        def commit(v: SkillValues) -> None:
            added.append(self.p.add_skill(v).id)

        dialog = SkillDialog(
            self.view,
            bands=[b.band for b in overview.bands],
            level_names=overview.level_names,
            band_id=band.band.id if band else None,
            commit=commit,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.view.refresh()
            self.view.select("skill", added[0])

    def edit_selected(self) -> None:
        if self.p.selected_skill is None:
            self._edit_band()
        else:
            self._edit_skill()

    def _edit_band(self) -> None:
        from .dialogs import BandDialog

        band = self.p.selected_band
        if band is None:
            return

        def commit(values: tuple[str, str]) -> None:
            base = dialog.band or band.band  # after a conflict: the version resolved
            self.p.rename_band(base, *values)

        dialog = BandDialog(
            self.view,
            name=band.band.name,
            description=band.band.description,
            title=_tr("Edit Band"),
            existing_names=self._names(),
            commit=commit,
            band=band.band,
            reload=lambda: self.p.journal.skills.get_band(band.band.id),
        )
        dialog.exec()

    def _edit_skill(self) -> None:
        from .dialogs import SkillDialog

        overview, skill = self.p.overview, self.p.selected_skill
        if overview is None or skill is None:
            return

        def commit(v: SkillValues) -> None:
            # After a conflict: the version the user resolved.
            self.p.update_skill(dialog.skill or skill.skill, v)

        dialog = SkillDialog(
            self.view,
            bands=[b.band for b in overview.bands],
            level_names=overview.level_names,
            skill=skill.skill,
            commit=commit,
            reload=lambda: self.p.journal.skills.get_skill(skill.skill.id),
        )
        dialog.exec()

    def delete_selected(self) -> None:
        skill, band = self.p.selected_skill, self.p.selected_band
        if band is None:
            return
        if skill is not None:
            s = skill.skill
            count = len(self.p.journal.skills.history(s.id))
            text = _tr(
                "Delete the skill “{name}” and its {levels}?\n\nEntries used as evidence stay "
                "in the journal. Undo (Ctrl+Z) brings the skill and its history back."
            ).format(name=s.name, levels=_tr("%n recorded levels", "", count))
            if self._confirm(_tr("Delete Skill"), text):
                self._write(lambda: self.p.delete_skill(s))
            return
        skills = _tr("%n skills", "", len(band.skills))
        levels = _tr("%n recorded levels", "", self.p.recorded_levels(band))
        text = _tr(
            "Delete the band “{name}” with its {skills} and their {levels}?\n\n"
            "Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings it all back."
        ).format(name=band.band.name, skills=skills, levels=levels)
        if self._confirm(_tr("Delete Band"), text):
            self._write(lambda: self.p.delete_band(band.band))

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.view,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never as markup
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def move_selected(self, step: int) -> None:
        self._write(lambda: self.p.move(step))

    # -- levels -------------------------------------------------------------------------------

    def record_level(self, evidence_entry_id: int | None = None) -> None:
        from .dialogs import AssessmentDialog

        overview, skill = self.p.overview, self.p.selected_skill
        if overview is None or skill is None:
            return

        def commit(draft: AssessmentDraft) -> None:
            self.p.record_level(draft, dialog.evidence_entry_id())

        dialog = AssessmentDialog(
            self.view,
            journal=self.p.journal,
            skill=skill.skill,
            level_names=overview.level_names,
            today=self.p.today(),
            commit=commit,
        )
        if evidence_entry_id is not None:
            dialog.set_evidence_entry(evidence_entry_id)
        dialog.exec()

    def delete_level(self) -> None:
        detail = self.view.detail
        a = detail.history_model.assessment_at(detail.history_table.currentIndex().row())
        if self.p.selected_skill is not None and a is not None:
            self._write(lambda: self.p.delete_level(a))

    def show_settings(self) -> None:
        """The scale and band rule: the dialog writes itself (a scale switch is an operation
        of its own, undone like any other)."""
        from .dialogs import SkillSettingsDialog

        SkillSettingsDialog(self.view, journal=self.p.journal).exec()
