"""A skill's assessments as a table, newest first: date, level, source, evidence entry and note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ...domain import AssessmentSource
from ...services import AssessmentRecord
from ..formatting import enum_label, format_date

_Index = QModelIndex | QPersistentModelIndex


def source_label(source: AssessmentSource) -> str:
    return enum_label(AssessmentSource(source))


class AssessmentHistoryModel(QAbstractTableModel):
    COLUMNS = ("date", "level", "source", "evidence", "note")

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[AssessmentRecord] = []
        self._level_names: tuple[str, ...] = ()
        self._titles: dict[int, str] = {}
        self._headers = (
            self.tr("Date"),
            self.tr("Level"),
            self.tr("Source"),
            self.tr("Evidence"),
            self.tr("Note"),
        )

    def set_history(
        self,
        history: Sequence[AssessmentRecord],
        level_names: Sequence[str],
        titles: dict[int, str],
    ) -> None:
        """`history` oldest first (as the service gives it); shown newest first."""
        self.beginResetModel()
        self._rows = list(reversed(history))
        self._level_names = tuple(level_names)
        self._titles = dict(titles)
        self.endResetModel()

    def assessment_at(self, row: int) -> AssessmentRecord | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "date":
                return format_date(a.assessed_on)
            if column == "level":
                name = (
                    self._level_names[a.level - 1] if 0 < a.level <= len(self._level_names) else ""
                )
                return f"{a.level} · {name}"
            if column == "source":
                return source_label(a.source)
            if column == "evidence":
                if a.evidence_entry_id is None:
                    return "—"
                return self._titles.get(a.evidence_entry_id, self.tr("(entry gone)"))
            if column == "note":
                return a.note.replace("\n", " ")
        if role == Qt.ItemDataRole.ToolTipRole and column == "evidence" and a.evidence_entry_id:
            return self.tr("Double-click to open the entry")
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None
