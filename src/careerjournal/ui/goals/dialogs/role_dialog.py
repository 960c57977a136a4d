"""The new role an achieved promotion brings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from ....domain import MoveKind
from ....services import GoalRecord, Journal, RoleDraft, RoleRecord
from ...editor.common import ErrorLabel
from ...formatting import enum_label, format_date
from ...skills.dialogs.form import _clean_name, _field_box, _form, _FormDialog, _muted
from ...view_parts import to_pydate
from .parts import (
    FUNCTION_LIMIT,
    LEVEL_LIMIT,
    MOVES,
    ORGANISATION_LIMIT,
    ROLE_TITLE_LIMIT,
    _date_edit,
    _left,
    _line,
)


class NewRoleDialog(_FormDialog):
    """ "Record your new role", shown when a promotion goal is achieved; `draft()` after OK.

    Prefilled from the goal (title, level) and the current role (organisation, function); the
    role held on the start date ends the day before (see `RoleService.start`).
    `start_next_goal()` says whether to open a new goal for the next step.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        goal: GoalRecord,
        today: dt.date,
        commit: Callable[[RoleDraft], None] | None = None,
    ):
        super().__init__(parent, self.tr("Record Role"), commit)
        self.setObjectName("new_role_dialog")
        self.setWindowTitle(self.tr("New Role"))
        self.journal = journal
        self.goal = goal
        self.today = today
        self._roles = journal.roles.list()
        self.current: RoleRecord | None = journal.roles.at(today)
        self._touched = False

        current = self.current
        self._build_form()
        self.title_edit.setText(goal.target_role_title)
        self.level_edit.setText(goal.target_level)
        if current is not None:
            self.organisation_edit.setText(current.organisation)
            self.function_edit.setText(current.function)
        self.move_combo.setCurrentIndex(max(0, self.move_combo.findData(MoveKind.PROMOTION.value)))
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_edit.textChanged.connect(self._check)
        self.start_edit.dateChanged.connect(self._check)
        self._check()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def _build_form(self) -> None:
        heading = QLabel(self.tr("Record your new role"), self)
        heading.setObjectName("heading")
        bold = heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        heading.setFont(bold)
        intro = QLabel(self.tr("You achieved “%s”.") % self.goal.title, self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self._build_fields()
        form = _form()

        def row(text: str, field: QWidget, *under: QWidget) -> None:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, _field_box(self, field, *under) if under else field)

        form.addRow(_field_box(self, heading, intro))
        row(self.tr("&Title"), self.title_edit, self.title_error)
        row(self.tr("&Level"), self.level_edit)
        row(self.tr("&Organisation"), self.organisation_edit)
        row(self.tr("&Function"), self.function_edit)
        row(self.tr("&Starts"), _left(self, self.start_edit), self.start_error, self.end_note)
        row(self.tr("&Move"), _left(self, self.move_combo))
        form.addRow("", self.next_goal_check)
        self._finish_layout(form)
        self._chain(
            self.title_edit,
            self.level_edit,
            self.organisation_edit,
            self.function_edit,
            self.start_edit,
            self.move_combo,
            self.next_goal_check,
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

    def _build_fields(self) -> None:
        self.title_edit = _line(self, "title", ROLE_TITLE_LIMIT, self.tr("e.g. Staff Engineer"))
        self.title_error = ErrorLabel("title", self)
        self.level_edit = _line(self, "level", LEVEL_LIMIT, self.tr("e.g. L6, Grade 9"))
        self.organisation_edit = _line(self, "organisation", ORGANISATION_LIMIT)
        self.function_edit = _line(
            self, "function", FUNCTION_LIMIT, self.tr("e.g. Engineering, Product")
        )
        self.start_edit = _date_edit(
            self,
            "start",
            self.today,
            self.tr("The first day in the new role; Alt+Down opens a calendar"),
        )
        self.start_error = ErrorLabel("start", self)
        self.end_note = _muted(QLabel(self))
        self.end_note.setObjectName("end_note")
        self.end_note.setWordWrap(True)
        self.move_combo = QComboBox(self)
        self.move_combo.setObjectName("move")
        for move in MOVES:
            self.move_combo.addItem(enum_label(move), move.value)
        self.next_goal_check = QCheckBox(self.tr("Start a new &goal for the next step"), self)
        self.next_goal_check.setObjectName("next_goal")
        self.next_goal_check.setChecked(True)

    def _on_title_edited(self, _text: str) -> None:
        self._touched = True

    def start_date(self) -> dt.date:
        return to_pydate(self.start_edit.date())

    def move_kind(self) -> MoveKind:
        return MoveKind(str(self.move_combo.currentData()))

    def ending_role(self) -> RoleRecord | None:
        """The role that ends the day before the new one starts (the open one held then)."""
        start = self.start_date()
        open_roles = [r for r in self._roles if r.end_date is None and r.start_date < start]
        return max(open_roles, key=lambda r: (r.start_date, r.id), default=None)

    def _update_end_note(self) -> None:
        ending = self.ending_role()
        if ending is None:
            self.end_note.setText(self.tr("No current role ends: this starts your role history."))
            return
        last_day = self.start_date() - dt.timedelta(days=1)
        self.end_note.setText(
            self.tr("Your current role, “%s”, ends the day before: %s.")
            % (ending.title, format_date(last_day))
        )

    def _check(self) -> bool:
        ok = True
        title = _clean_name(self.title_edit.text())
        if not title:
            ok = False
        self.title_error.show_message(
            self.tr("A role needs a title.") if not title and self._touched else ""
        )
        current = self.current
        if current is not None and self.start_date() <= current.start_date:
            ok = False
            self.start_error.show_message(
                self.tr("The new role must start after “%s” started (%s).")
                % (current.title, format_date(current.start_date))
            )
        else:
            self.start_error.clear_message()
        self._update_end_note()
        self.end_note.setVisible(not self.start_error.text())  # no role ends on a refused date
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {"title": self.title_error, "start date": self.start_error}

    def level_rank(self) -> int:
        """One above the current role's for a promotion; the same for other moves."""
        rank = self.current.level_rank if self.current is not None else 0
        return rank + 1 if self.move_kind() is MoveKind.PROMOTION else rank

    def draft(self) -> RoleDraft:
        return RoleDraft(
            title=_clean_name(self.title_edit.text()),
            start_date=self.start_date(),
            organisation=self.organisation_edit.text().strip(),
            function=self.function_edit.text().strip(),
            level=self.level_edit.text().strip(),
            level_rank=self.level_rank(),
            move_kind=self.move_kind(),
            currency=self.current.currency if self.current is not None else "",
        )

    def start_next_goal(self) -> bool:
        return self.next_goal_check.isChecked()

    def accept(self) -> None:
        if not self._check():
            self._touched = True
            self._check()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()
