"""Add or edit a goal: kind, title, target role and level, dates, status, the pin."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from ....domain import GoalKind, GoalStatus
from ....services import GoalDraft, GoalRecord, validate
from ...conflict_dialog import ConflictRow
from ...editor.common import ErrorLabel
from ...formatting import enum_label
from ...record_conflicts import goal_rows
from ...skills.dialogs.form import _clean_name, _field_box, _form, _FormDialog, _muted, _text_edit
from .parts import (
    LEVEL_LIMIT,
    ROLE_KINDS,
    ROLE_TITLE_LIMIT,
    TITLE_LIMIT,
    _left,
    _line,
    _OptionalDate,
)


class GoalDialog(_FormDialog):
    """Add (`goal=None`; of `kind`, or filled from `prefill`) or edit a goal; `draft()` after OK.

    The target role and level show for promotions and lateral moves only (and are left out of
    the draft for other kinds); the status shows when editing; "Pin as next promotion" shows for
    active promotion goals.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        goal: GoalRecord | None = None,
        kind: GoalKind | None = None,
        prefill: GoalDraft | None = None,
        commit: Callable[[GoalDraft], None] | None = None,
        today: dt.date | None = None,
        reload: Callable[[], GoalRecord] | None = None,
    ):
        super().__init__(parent, self.tr("Add") if goal is None else self.tr("Save"), commit)
        self.setObjectName("goal_dialog")
        self.setWindowTitle(self.tr("New Goal") if goal is None else self.tr("Edit Goal"))
        #: The goal as last loaded (its version is the one a save expects); None when adding.
        self.goal = goal
        self._load_goal = reload
        self.today = today or dt.date.today()
        self._touched = False

        self._build_fields()
        self._build_form()
        self._fill(goal, kind, prefill)
        # Suggest "Promotion to <role>" while the title is blank or still our own suggestion.
        self._title_auto = self._clean_title() in ("", self._suggested_title())
        if self._title_auto:
            self._suggest_title()
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.status_combo.currentIndexChanged.connect(self._update_visibility)
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_edit.textChanged.connect(self._check)
        self.role_edit.textChanged.connect(self._on_role_changed)
        self.role_edit.textEdited.connect(self.role_error.clear_message)
        self.level_edit.textEdited.connect(self.level_error.clear_message)
        self.target_date.changed.connect(self.target_date_error.clear_message)
        self.target_date.date_changed.connect(self.target_date_error.clear_message)
        self._update_visibility()
        self._check()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_form(self) -> None:
        form = _form()
        self.form = form

        def row(text: str, field: QWidget, *under: QWidget) -> QWidget:
            label = QLabel(text, self)
            label.setBuddy(field)
            box = _field_box(self, field, *under) if under else field
            form.addRow(label, box)
            return box

        row(self.tr("&Kind"), self.kind_combo)
        row(self.tr("&Title"), self.title_edit, self.title_error)
        self._role_row = row(self.tr("Target &role"), self.role_edit, self.role_error)
        self._level_row = row(self.tr("Target &level"), self.level_edit, self.level_error)
        form.addRow(
            self.target_date.label(self),
            _field_box(self, _left(self, self.target_date.edit), self.target_date_error),
        )
        self._status_row = row(self.tr("&Status"), _left(self, self.status_combo))
        self._pin_row = _field_box(self, self.pin_check, self.pin_note)
        form.addRow("", self._pin_row)
        description_label = QLabel(self.tr("D&escription"), self)
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
        self._finish_layout(form)
        self._chain(
            self.kind_combo,
            self.title_edit,
            self.role_edit,
            self.level_edit,
            self.target_date.check,
            self.target_date.edit,
            self.status_combo,
            self.pin_check,
            self.description_edit,
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def _build_fields(self) -> None:
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        for goal_kind in GoalKind:
            self.kind_combo.addItem(enum_label(goal_kind), goal_kind.value)

        self.title_edit = _line(self, "title", TITLE_LIMIT)
        self.title_error = ErrorLabel("title", self)

        self.role_edit = _line(
            self, "target_role", ROLE_TITLE_LIMIT, self.tr("e.g. Staff Engineer")
        )
        self.role_error = ErrorLabel("target_role", self)
        self.level_edit = _line(self, "target_level", LEVEL_LIMIT, self.tr("e.g. L6, Grade 9"))
        self.level_error = ErrorLabel("target_level", self)

        self.target_date = _OptionalDate(
            self,
            "target_date",
            self.tr("Target &date"),
            self.today.replace(year=min(self.today.year + 1, validate.MAX_YEAR), day=1),
            self.tr("When you aim to reach the goal; Alt+Down opens a calendar"),
        )
        self.target_date_error = ErrorLabel("target_date", self)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status")
        for status in GoalStatus:
            self.status_combo.addItem(enum_label(status), status.value)

        self.pin_check = QCheckBox(self.tr("&Pin as next promotion"), self)
        self.pin_check.setObjectName("pinned")
        self.pin_note = _muted(
            QLabel(
                self.tr(
                    "The pinned goal is the promotion the app follows; pinning this one unpins "
                    "any other."
                ),
                self,
            )
        )
        self.pin_note.setObjectName("pin_note")
        self.pin_note.setWordWrap(True)

        self.description_edit = _text_edit(
            self,
            "description",
            4,
            self.tr("Optional: why this goal matters, what reaching it looks like"),
        )

    def _fill(
        self, goal: GoalRecord | None, kind: GoalKind | None, prefill: GoalDraft | None
    ) -> None:
        source: GoalRecord | GoalDraft | None = goal if goal is not None else prefill
        chosen = (
            goal.kind
            if goal is not None
            else kind
            if kind is not None
            else prefill.kind
            if prefill is not None
            else GoalKind.PROMOTION
        )
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(GoalKind(chosen).value)))
        if source is not None:
            self.title_edit.setText(source.title)
            self.role_edit.setText(source.target_role_title)
            self.level_edit.setText(source.target_level)
            self.target_date.set_value(source.target_date)
            self.description_edit.setPlainText(source.description)
            self.pin_check.setChecked(source.pinned)
        status = goal.status if goal is not None else GoalStatus.ACTIVE
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value)))
        self._update_placeholder()

    # -- kinds and visibility ---------------------------------------------------------------

    def kind(self) -> GoalKind:
        return GoalKind(str(self.kind_combo.currentData()))

    def status(self) -> GoalStatus:
        return GoalStatus(str(self.status_combo.currentData()))

    def _pinnable(self) -> bool:
        return self.kind() is GoalKind.PROMOTION and self.status() is GoalStatus.ACTIVE

    def _update_placeholder(self) -> None:
        examples = {
            GoalKind.PROMOTION: self.tr("e.g. Promotion to Staff Engineer"),
            GoalKind.SKILL: self.tr("e.g. Reach Expert in system design"),
            GoalKind.CERTIFICATION: self.tr("e.g. AWS Solutions Architect – Associate"),
            GoalKind.LATERAL_MOVE: self.tr("e.g. Move into product management"),
            GoalKind.CUSTOM: self.tr("e.g. Speak at a conference"),
        }
        self.title_edit.setPlaceholderText(examples[self.kind()])

    def _update_visibility(self) -> None:
        has_role = self.kind() in ROLE_KINDS
        self.form.setRowVisible(self._role_row, has_role)
        self.form.setRowVisible(self._level_row, has_role)
        self.form.setRowVisible(self._status_row, self.goal is not None)
        self.form.setRowVisible(self._pin_row, self._pinnable())

    def _on_kind_changed(self) -> None:
        self._update_placeholder()
        self._update_visibility()
        if self._title_auto:
            self._suggest_title()

    # -- the title and its suggestion -------------------------------------------------------

    def _clean_title(self) -> str:
        return _clean_name(self.title_edit.text())

    def _suggested_title(self) -> str:
        role = _clean_name(self.role_edit.text())
        if self.kind() is not GoalKind.PROMOTION or not role:
            return ""
        return self.tr("Promotion to %s") % role

    def _suggest_title(self) -> None:
        suggestion = self._suggested_title()
        if suggestion != self._clean_title():
            self.title_edit.setText(suggestion)

    def _on_role_changed(self, _text: str) -> None:
        if self._title_auto:
            self._suggest_title()

    def _on_title_edited(self, text: str) -> None:
        self._touched = True
        # Typing takes the title over; clearing it hands it back to the suggestion.
        self._title_auto = not _clean_name(text)

    def title_is_suggested(self) -> bool:
        """Whether the title still follows the target role (the user has not typed one)."""
        return self._title_auto

    # -- checks and the draft ---------------------------------------------------------------

    def _check(self) -> bool:
        ok = bool(self._clean_title())
        message = "" if ok or not self._touched else self.tr("A goal needs a title.")
        self.title_error.show_message(message)
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "goal title": self.title_error,
            "title": self.title_error,
            "target role": self.role_error,
            "target level": self.level_error,
            "target date": self.target_date_error,
        }

    def draft(self) -> GoalDraft:
        kind = self.kind()
        has_role = kind in ROLE_KINDS
        status = self.status() if self.goal is not None else GoalStatus.ACTIVE
        closed_on = None  # the service dates a closing today
        if self.goal is not None and status is self.goal.status and status is not GoalStatus.ACTIVE:
            closed_on = self.goal.closed_on  # still closed as it was: keep its date
        return GoalDraft(
            title=self._clean_title(),
            kind=kind,
            description=self.description_edit.toPlainText().strip(),
            target_role_title=_clean_name(self.role_edit.text()) if has_role else "",
            target_level=self.level_edit.text().strip() if has_role else "",
            target_date=self.target_date.value(),
            status=status,
            pinned=self.pin_check.isChecked() and self._pinnable(),
            created_on=self.goal.created_on if self.goal is not None else self.today,
            closed_on=closed_on,
        )

    # -- conflicts (see _FormDialog._settle_conflict) ---------------------------------------

    _record_kind = "goal"

    def _reload(self) -> GoalRecord | None:
        return self._load_goal() if self._load_goal is not None else None

    def _rebase(self, record: GoalRecord) -> None:
        self.goal = record

    def _conflict_rows(self, current: GoalRecord) -> list[ConflictRow]:
        return goal_rows(self.draft(), current, self.goal)

    def _show_record(self, record: GoalRecord, resolved: dict[str, Any] | None = None) -> None:
        shown = dataclasses.replace(record, **(resolved or {}))
        self._title_auto = False  # the title shown is the one stored or chosen
        self._fill(shown, None, None)
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(GoalStatus(shown.status).value))
        )
        self._update_visibility()
        self._check()

    def _form_values(self) -> GoalDraft:
        return self.draft()

    def accept(self) -> None:
        if not self._check():
            self._touched = True
            self._check()
            self.title_edit.setFocus()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()
