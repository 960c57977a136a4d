"""The criteria table's model: one level's criteria, in the order the rubric service gives them
(criteria without evidence first, then topic and framework order).

A level has tens of criteria, so the states are kept whole and replaced on each reload; the view
keeps its selection by criterion id. Criterion texts and topic titles are the framework file's:
they are handed to the view as plain strings (a table cell never interprets them).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from ...services.framework_records import CriterionState
from ..view_parts import plain_tip
from .words import assessment_text, evidence_text, evidence_tip, gap_text


class Column(IntEnum):
    TOPIC = 0
    CRITERION = 1
    EVIDENCE = 2
    ASSESSMENT = 3
    GAP = 4


IdRole = int(Qt.ItemDataRole.UserRole) + 1  # the criterion id of the row
MetRole = int(Qt.ItemDataRole.UserRole) + 2  # whether the row's criterion is met

_Index = QModelIndex | QPersistentModelIndex


class CriterionModel(QAbstractTableModel):
    """Criterion states as rows; `set_states` replaces them all."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._states: list[CriterionState] = []
        self._rows: dict[int, int] = {}
        self._locale = QLocale()

    # -- content ------------------------------------------------------------------------------

    def set_states(self, states: Sequence[CriterionState]) -> None:
        self.beginResetModel()
        self._states = list(states)
        self._rows = {s.criterion.id: row for row, s in enumerate(self._states)}
        self.endResetModel()

    def states(self) -> list[CriterionState]:
        return list(self._states)

    def state_at(self, row: int) -> CriterionState | None:
        return self._states[row] if 0 <= row < len(self._states) else None

    def id_at(self, row: int) -> int | None:
        state = self.state_at(row)
        return state.criterion.id if state is not None else None

    def row_of(self, criterion_id: int) -> int:
        """The row of a criterion, or -1 when it is not listed."""
        return self._rows.get(criterion_id, -1)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._states)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            Column.TOPIC: self.tr("Topic"),
            Column.CRITERION: self.tr("Criterion"),
            Column.EVIDENCE: self.tr("Evidence"),
            Column.ASSESSMENT: self.tr("Assessment"),
            Column.GAP: self.tr("Gap"),
        }
        return names.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        state = self.state_at(index.row()) if index.isValid() else None
        if state is None:
            return None
        column = Column(index.column())
        if role == IdRole:
            return state.criterion.id
        if role == MetRole:
            return state.met
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(state, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(state, column)
        if role == Qt.ItemDataRole.FontRole and column is Column.GAP and state.met:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, state: CriterionState, column: Column) -> str:
        if column is Column.TOPIC:
            return " ".join(state.criterion.topic_title.split())
        if column is Column.CRITERION:
            return " ".join(state.criterion.text.split())  # one line in the table
        if column is Column.EVIDENCE:
            return evidence_text(state, self._locale)
        if column is Column.ASSESSMENT:
            return assessment_text(state, self._locale)
        return gap_text(state)

    def _tooltip(self, state: CriterionState, column: Column) -> str | None:
        if column is Column.TOPIC:
            return plain_tip(state.criterion.topic_title)
        if column is Column.CRITERION:
            return plain_tip(state.criterion.text)
        if column is Column.EVIDENCE:
            return evidence_tip(state)
        return self._display(state, column)  # the assessment and the gap, whole

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
