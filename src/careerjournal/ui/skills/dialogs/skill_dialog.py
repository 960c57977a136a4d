"""Add or edit a skill: name, band, target level and description."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ....services import BandRecord, SkillRecord
from ...conflict_dialog import ConflictRow
from ...editor.common import ErrorLabel
from ...formatting import format_date
from ...record_conflicts import skill_rows
from ..presenter import SkillValues
from .form import (
    NAME_LIMIT,
    _clean_name,
    _field_box,
    _form,
    _FormDialog,
    _muted,
    _text_edit,
    level_text,
)


class SkillDialog(_FormDialog):
    """Add (`skill=None`, in band `band_id` if given) or edit a skill; `values()` after OK."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        bands: Sequence[BandRecord],
        level_names: Sequence[str],
        skill: SkillRecord | None = None,
        band_id: int | None = None,
        commit: Callable[[SkillValues], None] | None = None,
        reload: Callable[[], SkillRecord] | None = None,
    ):
        super().__init__(parent, self.tr("Add") if skill is None else self.tr("Save"), commit)
        self.setObjectName("skill_dialog")
        self.setWindowTitle(self.tr("New Skill") if skill is None else self.tr("Edit Skill"))
        #: The skill as last loaded (its version is the one a save expects); None when adding.
        self.skill = skill
        self._load_skill = reload
        self._bands = list(bands)
        self._level_names = tuple(level_names)
        self._touched = False

        self._build_fields()
        self._build_form()
        chosen_band = skill.band_id if skill is not None else band_id
        index = self.band_combo.findData(chosen_band) if chosen_band is not None else 0
        self.band_combo.setCurrentIndex(max(0, index))
        if skill is not None:
            self.name_edit.setText(skill.name)
            self.description_edit.setPlainText(skill.description)
            target = self.target_combo.findData(skill.target_level)
            self.target_combo.setCurrentIndex(max(0, target))
        self.name_edit.textEdited.connect(self._on_edited)
        self.name_edit.textChanged.connect(self._check)
        self.band_combo.currentIndexChanged.connect(self._check)
        self._check()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_form(self) -> None:
        form = _form()
        band_label = QLabel(self.tr("&Band"), self)
        band_label.setBuddy(self.band_combo)
        form.addRow(band_label, _field_box(self, self.band_combo, self.band_error))
        name_label = QLabel(self.tr("&Name"), self)
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, _field_box(self, self.name_edit, self.name_error))
        self.current_label: QLabel | None = None
        if self.skill is not None:
            self.current_label = QLabel(self._current_text(self.skill), self)
            self.current_label.setObjectName("current_level")
            self.current_label.setWordWrap(True)
            self.current_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            note = _muted(QLabel(self.tr("Record an assessment to change it."), self))
            form.addRow(
                QLabel(self.tr("Current level"), self),
                _field_box(self, self.current_label, note),
            )
        target_label = QLabel(self.tr("&Target"), self)
        target_label.setBuddy(self.target_combo)
        form.addRow(target_label, _field_box(self, self.target_combo, self.target_error))
        description_label = QLabel(self.tr("&Description"), self)
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
        self._finish_layout(form)
        self._chain(self.band_combo, self.name_edit, self.target_combo, self.description_edit)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)

    def _build_fields(self) -> None:
        self.band_combo = QComboBox(self)
        self.band_combo.setObjectName("band")
        for band in self._bands:
            self.band_combo.addItem(band.name, band.id)
        self.band_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.band_combo.setMinimumContentsLength(20)
        self.band_error = ErrorLabel("band", self)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setMaxLength(NAME_LIMIT)
        self.name_edit.setClearButtonEnabled(True)
        self.name_edit.setPlaceholderText(self.tr("e.g. Automated testing"))
        self.name_error = ErrorLabel("name", self)

        self.target_combo = QComboBox(self)
        self.target_combo.setObjectName("target")
        self.target_combo.addItem(self.tr("No target"), None)
        for level in range(1, len(self._level_names) + 1):
            self.target_combo.addItem(level_text(level, self._level_names), level)
        self.target_combo.setMaxVisibleItems(len(self._level_names) + 1)
        self.target_error = ErrorLabel("target", self)

        self.description_edit = _text_edit(
            self,
            "description",
            3,
            self.tr("Optional: what this skill looks like at your target level"),
        )

    def _current_text(self, skill: SkillRecord) -> str:
        if skill.current_level is None:
            return self.tr("Not assessed yet")
        text = level_text(skill.current_level, self._level_names)
        if skill.assessed_on is not None:
            text = self.tr("%s, assessed %s") % (text, format_date(skill.assessed_on))
        return text

    def _on_edited(self, _text: str) -> None:
        self._touched = True

    def _band(self) -> BandRecord | None:
        band_id = self.band_combo.currentData()
        return next((b for b in self._bands if b.id == band_id), None)

    def _check(self) -> bool:
        ok = True
        band = self._band()
        if band is None:
            self.band_error.show_message(self.tr("Add a band first: every skill belongs to one."))
            ok = False
        else:
            self.band_error.clear_message()
        name = _clean_name(self.name_edit.text())
        message = ""
        if not name:
            message = self.tr("A skill needs a name.") if self._touched else ""
            ok = False
        elif band is not None and any(
            s.name.casefold() == name.casefold() and (self.skill is None or s.id != self.skill.id)
            for s in band.skills
        ):
            message = self.tr("Band “%s” already has a skill “%s”.") % (band.name, name)
            ok = False
        self.name_error.show_message(message)
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "name": self.name_error,
            "skill name": self.name_error,
            "target level": self.target_error,
            "band": self.band_error,
        }

    def values(self) -> SkillValues:
        band_id = self.band_combo.currentData()
        return SkillValues(
            band_id=int(band_id) if band_id is not None else 0,
            name=_clean_name(self.name_edit.text()),
            target_level=self.target_combo.currentData(),
            description=self.description_edit.toPlainText().strip(),
        )

    # -- conflicts (see _FormDialog._settle_conflict) ---------------------------------------

    _record_kind = "skill"

    def _reload(self) -> SkillRecord | None:
        return self._load_skill() if self._load_skill is not None else None

    def _rebase(self, record: SkillRecord) -> None:
        self.skill = record

    def _band_name(self, band_id: int) -> str:
        band = next((b for b in self._bands if b.id == band_id), None)
        return band.name if band is not None else self.tr("Band %d") % band_id

    def _conflict_rows(self, current: SkillRecord) -> list[ConflictRow]:
        mine = self.values()
        return skill_rows(
            {
                "band_id": mine.band_id,
                "name": mine.name,
                "target_level": mine.target_level,
                "description": mine.description,
            },
            current,
            self.skill,
            band_name=self._band_name,
            level_text=lambda level: level_text(level, self._level_names),
        )

    def _show_record(self, record: SkillRecord, resolved: dict[str, Any] | None = None) -> None:
        shown = dataclasses.replace(record, **(resolved or {}))
        index = self.band_combo.findData(shown.band_id)
        if index < 0:  # a band added elsewhere: offer it by its id until the view refreshes
            self.band_combo.addItem(self._band_name(shown.band_id), shown.band_id)
            index = self.band_combo.count() - 1
        self.band_combo.setCurrentIndex(index)
        self.name_edit.setText(shown.name)
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(shown.target_level)))
        self.description_edit.setPlainText(shown.description)
        if self.current_label is not None:
            self.current_label.setText(self._current_text(record))
        self._check()

    def _form_values(self) -> SkillValues:
        return self.values()

    def accept(self) -> None:
        if not self._check() or not self._run_commit(self.values()):
            return
        super().accept()
