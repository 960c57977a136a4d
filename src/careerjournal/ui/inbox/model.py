"""The inbox table's model: the pending suggestions, newest first, as the service lists them.

An inbox holds what a few weeks of work left behind (tens, a few hundred suggestions), so the
records are kept whole and replaced on each reload; the view keeps its selection by id.
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

from ...services.inbox_records import CandidateRecord
from ..formatting import format_date, kind_label
from ..icons import icon, kind_icon
from ..journal.model import impact_dots, impact_text
from ..view_parts import plain_tip
from .words import origin_name, source_icon, source_label


class Column(IntEnum):
    DATE = 0
    SOURCE = 1
    KIND = 2
    TITLE = 3
    IMPACT = 4


IdRole = int(Qt.ItemDataRole.UserRole) + 1  # the candidate id of the row

_Index = QModelIndex | QPersistentModelIndex


class CandidateModel(QAbstractTableModel):
    """Pending candidates as rows; `set_records` replaces them all."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._records: list[CandidateRecord] = []
        self._rows: dict[int, int] = {}
        self._locale = QLocale()

    # -- content ------------------------------------------------------------------------------

    def set_records(self, records: Sequence[CandidateRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._rows = {r.id: row for row, r in enumerate(self._records)}
        self.endResetModel()

    def records(self) -> list[CandidateRecord]:
        return list(self._records)

    def record_at(self, row: int) -> CandidateRecord | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def id_at(self, row: int) -> int | None:
        record = self.record_at(row)
        return record.id if record is not None else None

    def row_of(self, candidate_id: int) -> int:
        """The row of a candidate, or -1 when it is not listed."""
        return self._rows.get(candidate_id, -1)

    def refresh_all(self) -> None:
        """Repaint every cell (icons follow a new palette)."""
        if self._records:
            last = self.index(len(self._records) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            Column.DATE: self.tr("Date"),
            Column.SOURCE: self.tr("Source"),
            Column.KIND: self.tr("Kind"),
            Column.TITLE: self.tr("Title"),
            Column.IMPACT: self.tr("Impact"),
        }
        return names.get(Column(section)) if 0 <= section < len(Column) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        record = self.record_at(index.row()) if index.isValid() else None
        if record is None:
            return None
        column = Column(index.column())
        if role == IdRole:
            return record.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column is Column.SOURCE:
                return icon(source_icon(record.source))
            if column is Column.KIND:
                return kind_icon(record.kind)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.IMPACT:
            return impact_text(record.impact)
        return None

    def _display(self, record: CandidateRecord, column: Column) -> str:
        if column is Column.DATE:
            return format_date(record.occurred_on, self._locale)
        if column is Column.SOURCE:
            return source_label(record.source)
        if column is Column.KIND:
            return kind_label(record.kind)
        if column is Column.TITLE:
            return " ".join(record.title.split())  # one line in the table
        return impact_dots(record.impact)

    def _tooltip(self, record: CandidateRecord, column: Column) -> str | None:
        if column is Column.SOURCE:
            where = origin_name(record)
            return plain_tip(where) if where else source_label(record.source)
        if column is Column.KIND:
            return kind_label(record.kind)
        if column is Column.TITLE:
            return plain_tip(record.title)
        if column is Column.IMPACT:
            return impact_text(record.impact)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
