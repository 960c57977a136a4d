"""The journal's skill scale and band rule; a scale switch shows what it would change first."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....domain import SkillScale
from ....domain.labels import Form
from ....domain.scales import levels as scale_levels
from ....services import Journal, ServiceError
from ....services.skills import ScaleChange
from ....store import BackupError, StoreError
from ...editor.common import ErrorLabel
from ...formatting import enum_label
from ...view_parts import plain_tip
from .form import _field_box, _form, _muted, level_text

#: Band share choices, in percent.
SHARE_RANGE = (10, 100)
#: What a backup made before a scale switch is called (part of its file name).
BACKUP_REASON = "scale-switch"

SCALE_CHOICES: tuple[SkillScale, ...] = (SkillScale.DREYFUS, SkillScale.SFIA)


class ScaleChangeModel(QAbstractTableModel):
    """The rows of a scale-switch preview: band, skill, current old → new, target old → new."""

    BAND, SKILL, CURRENT, TARGET = range(4)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._changes: list[ScaleChange] = []
        self._old: tuple[str, ...] = ()
        self._new: tuple[str, ...] = ()
        self._headers = (self.tr("Band"), self.tr("Skill"), self.tr("Current"), self.tr("Target"))

    def set_changes(
        self, changes: Sequence[ScaleChange], old_names: Sequence[str], new_names: Sequence[str]
    ) -> None:
        self.beginResetModel()
        self._changes = list(changes)
        self._old, self._new = tuple(old_names), tuple(new_names)
        self.endResetModel()

    def change(self, row: int) -> ScaleChange:
        return self._changes[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._changes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _move(self, old: int | None, new: int | None) -> str:
        if old is None:
            return "—"
        return f"{level_text(old, self._old)} → {level_text(new or 0, self._new)}"

    def text(self, row: int, column: int) -> str:
        change = self._changes[row]
        if column == self.BAND:
            return change.band
        if column == self.SKILL:
            return change.skill
        if column == self.CURRENT:
            return self._move(change.current, change.new_current)
        return self._move(change.target, change.new_target)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.text(index.row(), index.column()))
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class SkillSettingsDialog(QDialog):
    """The journal's skill scale and band share. OK saves them (a scale switch after a backup).

    `applied()` says whether anything was written; `backup_path` is the backup made first.
    """

    def __init__(self, parent: QWidget | None = None, *, journal: Journal):
        super().__init__(parent)
        self.setObjectName("skill_settings_dialog")
        self.setWindowTitle(self.tr("Skill Scale and Bands"))
        self.journal = journal
        self.backup_path: Path | None = None
        self._applied = False
        self._profile = journal.profile.get()

        self.scale_combo = QComboBox(self)
        self.scale_combo.setObjectName("scale")
        for scale in SCALE_CHOICES:
            self.scale_combo.addItem(enum_label(scale, Form.LONG), scale.value)
        self.scale_combo.setCurrentIndex(
            max(0, self.scale_combo.findData(self._profile.skill_scale.value))
        )
        self.levels_label = _muted(QLabel(self))
        self.levels_label.setObjectName("scale_levels")
        self.levels_label.setWordWrap(True)

        self.share_spin = QSpinBox(self)
        self.share_spin.setObjectName("band_share")
        self.share_spin.setRange(*SHARE_RANGE)
        self.share_spin.setSuffix(self.tr(" %"))
        self.share_spin.setValue(self._initial_share())
        self.share_spin.setToolTip(
            self.tr("How many of a band's skills must reach a level for the band to reach it")
        )
        self.rule_label = QLabel(self)
        self.rule_label.setObjectName("share_rule")
        self.rule_label.setWordWrap(True)

        self._build_preview()
        self.form_error = ErrorLabel("form", self)
        self.buttons = QDialogButtonBox(self)
        self.ok_button: QPushButton = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.accept)

        self._build_layout()
        self.scale_combo.currentIndexChanged.connect(self._on_scale_changed)
        self.share_spin.valueChanged.connect(self._update_rule)
        self._on_scale_changed()
        self._update_rule()
        self.scale_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_layout(self) -> None:
        form = _form()
        scale_label = QLabel(self.tr("Skill &scale"), self)
        scale_label.setBuddy(self.scale_combo)
        form.addRow(scale_label, _field_box(self, self.scale_combo, self.levels_label))
        share_label = QLabel(self.tr("&Band share"), self)
        share_label.setBuddy(self.share_spin)
        share_row = QWidget(self)
        share_layout = QHBoxLayout(share_row)
        share_layout.setContentsMargins(0, 0, 0, 0)
        share_layout.addWidget(self.share_spin)
        share_layout.addStretch(1)
        form.addRow(share_label, _field_box(self, share_row, self.rule_label))

        self.preview_box = QWidget(self)
        self.preview_box.setObjectName("preview_box")
        preview_layout = QVBoxLayout(self.preview_box)
        preview_layout.setContentsMargins(0, 8, 0, 0)
        preview_layout.setSpacing(4)
        preview_layout.addWidget(self.preview_heading)
        preview_layout.addWidget(self.preview_table, 1)
        preview_layout.addWidget(self.warning_label)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview_box, 1)
        layout.addWidget(self.form_error)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        for before, after in itertools.pairwise(
            (self.scale_combo, self.share_spin, self.preview_table, self.ok_button)
        ):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self.ok_button, self.cancel_button)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 50)

    def _build_preview(self) -> None:
        """What a scale switch would change, row by row."""
        self.preview_model = ScaleChangeModel(self)
        self.preview_heading = QLabel(self)
        self.preview_heading.setObjectName("preview_heading")
        self.preview_heading.setWordWrap(True)
        self.preview_table = QTableView(self)
        self.preview_table.setObjectName("preview")
        self.preview_table.setModel(self.preview_model)
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.setWordWrap(False)
        rows = self.preview_table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        header = self.preview_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.preview_table.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.warning_label = ErrorLabel("switch_warning", self)

    def _initial_share(self) -> int:
        low, high = SHARE_RANGE
        return min(high, max(low, round(self._profile.band_share * 100)))

    def scale(self) -> SkillScale:
        return SkillScale(self.scale_combo.currentData())

    def share(self) -> float:
        """The chosen band share as a fraction (0.75 for 75 %)."""
        return self.share_spin.value() / 100

    def applied(self) -> bool:
        """Whether OK wrote anything (a scale switch, a new band share, or both)."""
        return self._applied

    def _has_backups(self) -> bool:
        return self.journal.can_back_up

    def _update_rule(self) -> None:
        self.rule_label.setText(
            self.tr(
                "A band reaches a level when at least %d %% of its skills are at that level or "
                "above."
            )
            % self.share_spin.value()
        )

    def _on_scale_changed(self) -> None:
        target = self.scale()
        names = scale_levels(target)
        self.levels_label.setText(  # wrapped between levels only
            " · ".join(
                f"{level}\u00a0{name}".replace(" ", "\u00a0") for level, name in enumerate(names, 1)
            )
        )
        self.form_error.clear_message()
        current = self._profile.skill_scale
        switching = target != current
        self.preview_box.setVisible(switching)
        if not switching:
            self.preview_model.set_changes([], (), ())
            self.ok_button.setText(self.tr("Save"))
            return
        self.ok_button.setText(self.tr("Switch Scale"))
        try:
            changes = self.journal.skills.preview_scale_switch(target)
        except (ServiceError, StoreError) as exc:
            changes = []
            self.form_error.show_message(str(exc))
        self.preview_model.set_changes(changes, scale_levels(current), names)
        self.preview_table.setVisible(bool(changes))
        if changes:
            self.preview_heading.setText(
                self.tr("What the switch does to each skill with a level or a target:")
            )
            self._fit_table()
        else:
            self.preview_heading.setText(
                self.tr("No skill has a level or a target yet, so no levels change.")
            )
        mapping = self.tr(
            "Every assessment and target is mapped proportionally (1 → 1, top → top)."
        )
        if self._has_backups():
            safety = self.tr("A backup is made first; switching back may not give the same levels.")
        else:
            safety = self.tr(
                "This journal is on a database server, so no backup is made here: back it up "
                "with its own tools first (for PostgreSQL, pg_dump). Switching back may not "
                "give the same levels."
            )
        self.warning_label.show_message(f"{mapping} {safety}")

    def _fit_table(self) -> None:
        """Wide enough for every column when the screen allows, tall enough for a few rows."""
        table = self.preview_table
        table.resizeColumnsToContents()
        width = (
            table.horizontalHeader().length()
            + table.verticalScrollBar().sizeHint().width()
            + 2 * table.frameWidth()
        )
        limit = self.fontMetrics().horizontalAdvance("M") * 90
        table.setMinimumWidth(min(width, limit))

    def _backup(self) -> None:
        """Back up before a switch; a server journal (no file to copy) goes on without one."""
        try:
            self.backup_path = self.journal.backup(reason=BACKUP_REASON)
        except BackupError:
            if self._has_backups():
                raise  # an SQLite backup that failed: do not switch without it
            self.backup_path = None

    def accept(self) -> None:
        self.form_error.clear_message()
        target = self.scale()
        try:
            if target != self._profile.skill_scale:
                self._backup()
                self.journal.skills.switch_scale(target)
                self._applied = True
                self._profile = self.journal.profile.get()
            if self.share_spin.value() != self._initial_share():
                self._profile = self.journal.profile.update(band_share=self.share())
                self._applied = True
        except BackupError as exc:
            self.form_error.show_message(
                self.tr("The scale was not switched, because no backup could be made: %s") % exc
            )
            return
        except (ServiceError, StoreError) as exc:
            self.form_error.show_message(str(exc))
            return
        super().accept()
