"""Which framework level the current role is: asked once, kept with the role.

The rubric guesses the current level from the role's level label ("L3", "Senior"); when the
label fits several levels or none (`LevelSource.AMBIGUOUS`), or the user wants to correct the
guess, `ask_role_level` offers the levels the label could mean first, then every level, and
saves the answer (`frameworks.set_role_level`, one undoable operation).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...services import RoleRecord, ServiceError
from ...services.framework_records import FrameworkRecord, LevelRecord, Rubric
from ...store import StoreError
from ..context import AppContext
from ..view_parts import plain_label, secondary

_PLACE = re.compile(r"%([1-9])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RoleLevelDialog", text)


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2, ... replaced in one pass (a value holding "%2" stays as it is)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], text)


def level_text(level: LevelRecord) -> str:
    """ "Level 3 — Senior Engineer", or "Level 3" for a level without a name."""
    if level.name:
        return fill(_tr("Level %1 — %2"), str(level.number), level.name)
    return fill(_tr("Level %1"), str(level.number))


class RoleLevelDialog(QDialog):
    """Pick the framework level of a role: the likely levels first, then all of them."""

    def __init__(
        self,
        framework: FrameworkRecord,
        role: RoleRecord,
        candidates: Sequence[int] = (),
        current: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("levels_role_level_dialog")
        self.setWindowTitle(self.tr("Which Level Is Your Role?"))
        question = plain_label(self, "levels_role_level_question")
        question.setText(
            fill(self.tr("Which level of “%1” is your role “%2”?"), framework.name, role.title)
        )
        on_record = plain_label(self, "levels_role_level_label")
        if role.level.strip():
            on_record.setText(fill(self.tr("Its level on record: “%1”."), role.level.strip()))
        else:
            on_record.setText(self.tr("It has no level on record."))
        why = QLabel(
            self.tr(
                "Your position and readiness are measured against this level and the next. "
                "The answer is kept with the role, so this is asked once."
            )
        )
        why.setWordWrap(True)
        secondary(why)
        self.combo = QComboBox(self)
        self.combo.setObjectName("levels_role_level_combo")
        self._fill(framework, candidates)
        wanted = current if current is not None else (candidates[0] if candidates else None)
        if wanted is not None:
            self.combo.setCurrentIndex(max(0, self.combo.findData(wanted)))
        form = QFormLayout()
        label = QLabel(self.tr("&Level:"))
        label.setBuddy(self.combo)
        form.addRow(label, self.combo)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("levels_role_level_save")
        self.save_button.setDefault(True)
        self.save_button.setEnabled(self.combo.count() > 0)
        later = buttons.addButton(self.tr("Not Now"), QDialogButtonBox.ButtonRole.RejectRole)
        later.setObjectName("levels_role_level_later")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(on_record)
        layout.addLayout(form)
        layout.addWidget(why)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    def _fill(self, framework: FrameworkRecord, candidates: Sequence[int]) -> None:
        likely = [lv for n in candidates if (lv := framework.level(n)) is not None]
        for level in likely:
            self.combo.addItem(level_text(level), level.number)
        if likely:
            self.combo.insertSeparator(self.combo.count())
        for level in framework.levels:
            if level not in likely:
                self.combo.addItem(level_text(level), level.number)

    def level(self) -> int | None:
        """The chosen level's number."""
        data = self.combo.currentData()
        return int(data) if isinstance(data, int) else None


def show_error(parent: QWidget | None, message: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Level Not Saved"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def ask_role_level(ctx: AppContext, rubric: Rubric, parent: QWidget | None) -> None:
    """Ask which level of the rubric's framework the current role is, and keep the answer."""
    if rubric.role_id is None:
        return
    try:
        role = ctx.journal.roles.get(rubric.role_id)
    except (ServiceError, StoreError) as exc:
        show_error(parent, str(exc))
        return
    current = rubric.current.level.number if rubric.current is not None else None
    dialog = RoleLevelDialog(rubric.framework, role, rubric.candidates, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    level = dialog.level()
    if level is None:
        return
    try:
        ctx.journal.frameworks.set_role_level(role.id, level, rubric.framework.id)
    except (ServiceError, StoreError) as exc:
        show_error(parent, str(exc))


__all__ = ["RoleLevelDialog", "ask_role_level", "level_text"]
