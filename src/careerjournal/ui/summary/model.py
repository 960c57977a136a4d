"""The period's entries as a checkable list: unticked ones are left out of the summary."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...services.summary import SummaryEntry
from ..formatting import format_date, kind_label
from ..icons import kind_icon
from ..view_parts import plain_tip

_Index = QModelIndex | QPersistentModelIndex


class CandidateModel(QAbstractListModel):
    """Entries of the period, newest first; the excluded set survives a period change."""

    exclusions_changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[SummaryEntry] = []
        self._excluded: set[int] = set()

    def set_entries(self, entries: Sequence[SummaryEntry]) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=lambda e: (e.occurred_on, e.id), reverse=True)
        self.endResetModel()

    def ids(self) -> set[int]:
        return {e.id for e in self._rows}

    def excluded(self) -> frozenset[int]:
        """Excluded entries that are in the list (others no longer matter)."""
        shown = {e.id for e in self._rows}
        return frozenset(self._excluded & shown)

    def set_all(self, included: bool) -> None:
        if included:
            self._excluded -= {e.id for e in self._rows}
        else:
            self._excluded |= {e.id for e in self._rows}
        if self._rows:
            self.dataChanged.emit(
                self.index(0), self.index(len(self._rows) - 1), [Qt.ItemDataRole.CheckStateRole]
            )
        self.exclusions_changed.emit()

    def included_count(self) -> int:
        return sum(1 for e in self._rows if e.id not in self._excluded)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            star = "★ " if e.starred else ""
            return f"{format_date(e.occurred_on)} · {star}{e.title}"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Unchecked if e.id in self._excluded else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(e.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [kind_label(e.kind), e.title]
            if e.measurable_result:
                parts.append(e.measurable_result)
            return plain_tip("\n".join(parts))
        if role == Qt.ItemDataRole.UserRole:
            return e.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        entry_id = self._rows[index.row()].id
        if Qt.CheckState(value) == Qt.CheckState.Checked:  # type: ignore[call-overload]
            self._excluded.discard(entry_id)
        else:
            self._excluded.add(entry_id)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.exclusions_changed.emit()
        return True
