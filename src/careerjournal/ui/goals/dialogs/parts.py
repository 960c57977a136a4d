"""What the Goals area's dialogs share: limits, and builders of form rows and dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLineEdit, QWidget

from ....domain import GoalKind, MoveKind
from ....services import validate
from ...editor.common import DATE_FORMAT
from ...view_parts import to_pydate, to_qdate

#: Longest goal, milestone and role title (the services' limits).
TITLE_LIMIT = 200
ROLE_TITLE_LIMIT = 200
LEVEL_LIMIT = 50
ORGANISATION_LIMIT = 200
FUNCTION_LIMIT = 100
#: Goal kinds that aim at a role: they have a target role title and level.
ROLE_KINDS: frozenset[GoalKind] = frozenset({GoalKind.PROMOTION, GoalKind.LATERAL_MOVE})
#: Milestone weights (the service only needs them above 0).
WEIGHT_RANGE = (0.1, 100.0)
#: Most entries an "after N entries" milestone can ask for.
COUNT_LIMIT = 999

#: The moves a new role can be reached by, in the order the role dialog offers them.
MOVES: tuple[MoveKind, ...] = (
    MoveKind.PROMOTION,
    MoveKind.LATERAL,
    MoveKind.DIAGONAL,
    MoveKind.NEW_EMPLOYER,
)


def _date_edit(parent: QWidget, name: str, day: dt.date, tooltip: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDateRange(QDate(validate.MIN_YEAR, 1, 1), QDate(validate.MAX_YEAR, 12, 31))
    edit.setDate(to_qdate(day))
    edit.setToolTip(tooltip)
    return edit


def _left(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets side by side at their natural width, the rest of the row left empty."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def _line(parent: QWidget, name: str, limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    return edit


class _OptionalDate:
    """A date that may be left out: a checkbox (the row's label) enables a date field."""

    def __init__(self, parent: QWidget, name: str, text: str, fallback: dt.date, tooltip: str):
        self.check = QCheckBox(text, parent)
        self.check.setObjectName(f"{name}_set")
        self.edit = _date_edit(parent, name, fallback, tooltip)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.clicked.connect(self._on_clicked)
        self.changed = self.check.toggled  # and dateChanged below: connect both
        self.date_changed = self.edit.dateChanged

    def label(self, parent: QWidget) -> QWidget:
        """The checkbox aligned as the form's labels are (to the right)."""
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.check)
        return box

    def _on_clicked(self, checked: bool) -> None:
        if checked:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> dt.date | None:
        return to_pydate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        if day is not None:
            self.edit.setDate(to_qdate(day))
        self.check.setChecked(day is not None)


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None
