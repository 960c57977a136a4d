"""The journal table's item model: every matching id up front, the entries themselves on demand.

Listing the ids of all matching entries in display order is one cheap query, even for 100,000
entries; the records behind them are fetched in blocks as rows are painted, and the view is shown
the rows in batches (`canFetchMore`/`fetchMore`), so a huge journal opens as fast as a small one.

Changes announced by the services are applied in place: rows are removed, moved and inserted
with the matching model signals, so selections and the scroll position survive an edit or a
trash, and an edit refreshes only the rows of the entries it touched.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import replace
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from ...services import Action, Change, EntryQuery, EntryRecord, Journal, Topic
from ...services.entries import SortKey
from ...store.integrity import DamagedJournalError
from ..bridge import ChangeBridge
from ..formatting import format_date, kind_label
from ..icons import icon, kind_icon

FIRST_BATCH = 500  # rows shown to the view at first
BATCH = 500  # rows added each time the view scrolls to the end
BLOCK = 200  # records fetched together when a row is painted
CACHE_LIMIT = 20_000  # records kept; beyond this the cache starts over
MAX_RUNS = 64  # more separate row ranges than this in one change: reset instead
MAX_IMPACT = 5


class Column(IntEnum):
    DATE = 0
    KIND = 1
    TITLE = 2
    TAGS = 3
    IMPACT = 4
    ROLE = 5


EntryRole = int(Qt.ItemDataRole.UserRole) + 1  # the EntryRecord of the row
IdRole = int(Qt.ItemDataRole.UserRole) + 2  # the entry id of the row (no fetch needed)

SORT_KEYS: dict[Column, SortKey] = {
    Column.DATE: SortKey.DATE,
    Column.KIND: SortKey.KIND,
    Column.TITLE: SortKey.TITLE,
    Column.IMPACT: SortKey.IMPACT,
    Column.ROLE: SortKey.ROLE,
}
SORT_COLUMNS: dict[SortKey, Column] = {key: column for column, key in SORT_KEYS.items()}


def impact_dots(impact: int) -> str:
    return "●" * impact + "○" * (MAX_IMPACT - impact)


def impact_text(impact: int) -> str:
    return QCoreApplication.translate("journal", "Impact %d of %d") % (impact, MAX_IMPACT)


def first_line(text: str, limit: int = 160) -> str:
    """The first non-empty line of `text`, shortened to `limit` characters."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""


def row_runs(positions: Sequence[int]) -> list[tuple[int, int]]:
    """Ascending positions grouped into (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and runs[-1][1] == p - 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs


class EntryTableModel(QAbstractTableModel):
    """Entries matching a query, sorted by the database; records fetched in blocks on demand."""

    #: The number of entries matching the query changed (all of them, not only rows shown yet).
    total_changed = Signal(int)

    def __init__(
        self, journal: Journal, bridge: ChangeBridge | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._journal = journal
        self._query = EntryQuery()
        self._sort = SortKey.DATE
        self._descending = True
        self._ranked: list[int] | None = None  # a search by meaning's results, best first
        self._by_relevance = False  # shown in that order (not sorted by a column)
        self._ids: list[int] = self._query_ids()
        self._rows = min(len(self._ids), FIRST_BATCH)  # rows the view has been shown
        self._cache: dict[int, EntryRecord] = {}
        self._missing: set[int] = set()  # ids whose entry vanished before it could be fetched
        self._locale = QLocale()
        if bridge is not None:
            bridge.changed.connect(self.on_change)

    # -- what is shown -------------------------------------------------------------------------

    @property
    def query(self) -> EntryQuery:
        return self._query

    @property
    def sort_key(self) -> SortKey:
        return self._sort

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def sort_column(self) -> Column:
        return SORT_COLUMNS[self._sort]

    @property
    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def total(self) -> int:
        """How many entries match the query (rows not shown to the view yet included)."""
        return len(self._ids)

    def set_query(self, query: EntryQuery) -> None:
        self._query = query
        self._ranked = None
        self._reset()

    def set_ranked(self, query: EntryQuery, ids: Sequence[int]) -> None:
        """Show `ids`, the results of a search by meaning for `query`, best first (until the
        user sorts by a column). New results for the same query update the rows in place."""
        same = self._ranked is not None and query == self._query
        self._query, self._ranked = query, list(ids)
        if same:
            self._apply_ids(self._query_ids())
        else:
            self._by_relevance = True
            self._reset()

    def is_ranked(self) -> bool:
        """Are the rows a search by meaning's results (in its order or sorted by a column)?"""
        return self._ranked is not None

    def by_relevance(self) -> bool:
        """Are the rows in a search by meaning's order, best first?"""
        return self._ranked is not None and self._by_relevance

    def refresh(self) -> None:
        """Forget every fetched record and list the matching entries again."""
        self._cache.clear()
        self._missing.clear()
        self._reset()

    def _reset(self) -> None:
        before = len(self._ids)
        self.beginResetModel()
        self._ids = self._query_ids()
        self._rows = min(len(self._ids), FIRST_BATCH)
        self.endResetModel()
        if len(self._ids) != before:
            self.total_changed.emit(len(self._ids))

    def _query_ids(self) -> list[int]:
        if self._ranked is not None:
            return self._ranked_ids(self._ranked)
        return self._journal.entries.ids(self._query, sort=self._sort, descending=self._descending)

    def _ranked_ids(self, ranked: list[int]) -> list[int]:
        """The search's results, best first or in the order of the column sorted by."""
        if self._by_relevance:
            return list(ranked)
        wanted = set(ranked)
        listed = self._journal.entries.ids(
            replace(self._query, text=""), sort=self._sort, descending=self._descending
        )
        return [i for i in listed if i in wanted]

    # -- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and self._rows < len(self._ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not parent.isValid():
            self._show_rows(self._rows + BATCH)

    def _show_rows(self, count: int) -> None:
        count = min(count, len(self._ids))
        if count > self._rows:
            self.beginInsertRows(QModelIndex(), self._rows, count - 1)
            self._rows = count
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_titles()[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.IMPACT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.TAGS:
            return self.tr("The table cannot be sorted by tags")
        return None

    def _header_titles(self) -> dict[Column, str]:
        return {
            Column.DATE: self.tr("Date"),
            Column.KIND: self.tr("Kind"),
            Column.TITLE: self.tr("Title"),
            Column.TAGS: self.tr("Tags"),
            Column.IMPACT: self.tr("Impact"),
            Column.ROLE: self.tr("Role"),
        }

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < self._rows:
            return None
        if role == IdRole:
            return self._ids[index.row()]
        if role not in _ROLES_USED:
            return None
        record = self.entry_at(index.row())
        if record is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == EntryRole:
            return record
        if role == Qt.ItemDataRole.DecorationRole:
            if column is Column.KIND:
                return kind_icon(record.kind)
            if column is Column.TITLE and record.starred:
                return icon("star-filled")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.IMPACT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.IMPACT:
            return impact_text(record.impact)
        return None

    def _display(self, record: EntryRecord, column: Column) -> str:
        if column is Column.DATE:
            return format_date(record.occurred_on, self._locale)
        if column is Column.KIND:
            return kind_label(record.kind)
        if column is Column.TITLE:
            return record.title
        if column is Column.TAGS:
            return ", ".join(record.tags)
        if column is Column.IMPACT:
            return impact_dots(record.impact)
        return record.role_title

    def _tooltip(self, record: EntryRecord, column: Column) -> str:
        if column is Column.IMPACT:
            return impact_text(record.impact)
        if column is Column.KIND:  # the column may show only the kind's icon
            return html.escape(kind_label(record.kind))
        # Rich text on purpose, with the journal's own text escaped: a title that happens to
        # contain markup must never be rendered (or load anything) as HTML.
        text = f"<b>{html.escape(record.title)}</b>"
        line = first_line(record.body)
        if line:
            text += f"<br>{html.escape(line)}"
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:  # the tags column: no meaningful order, keep the current one
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending) and not self.by_relevance():
            return
        self._sort, self._descending = key, descending
        self._by_relevance = False  # a search's results sorted by the column from now on
        self._reset()

    # -- rows and entries ----------------------------------------------------------------------

    def entry_at(self, row: int) -> EntryRecord | None:
        """The entry on `row` (fetching its block if needed), None past the end or if it is gone."""
        if not 0 <= row < len(self._ids):
            return None
        entry_id = self._ids[row]
        record = self._cache.get(entry_id)
        if record is None and entry_id not in self._missing:
            self._fetch_block(row)
            record = self._cache.get(entry_id)
        return record

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def ids_at(self, rows: Iterable[int]) -> list[int]:
        """Entry ids of `rows` in the order given; rows out of range are skipped."""
        return [self._ids[r] for r in rows if 0 <= r < len(self._ids)]

    def row_of(self, entry_id: int) -> int:
        """The row of an entry, showing more rows to the view if needed; -1 if it is not listed."""
        try:
            row = self._ids.index(entry_id)
        except ValueError:
            return -1
        if row >= self._rows:
            self._show_rows(row + 1 + BATCH // 2)
        return row

    def rows_of(self, entry_ids: Iterable[int]) -> dict[int, int]:
        """Rows of the listed entries among `entry_ids` (showing more rows if needed)."""
        wanted = set(entry_ids)
        if not wanted:
            return {}
        found = {i: row for row, i in enumerate(self._ids) if i in wanted}
        if found:
            last = max(found.values())
            if last >= self._rows:
                self._show_rows(last + 1 + BATCH // 2)
        return found

    def _fetch_block(self, row: int) -> None:
        start = row - row % BLOCK
        wanted = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        if len(self._cache) + len(wanted) > CACHE_LIMIT:
            self._cache.clear()
            wanted = self._ids[start : start + BLOCK]
        self._store(wanted)

    def _store(self, ids: Sequence[int]) -> None:
        try:
            found = self._journal.entries.get_many(ids)
        except DamagedJournalError as exc:
            # Damage inside a record: keep the readable ones of the block, never ask for the
            # damaged ones again, and let the error go on (once) to the app's damage handler.
            found = []
            for entry_id in ids:
                try:
                    found.extend(self._journal.entries.get_many([entry_id]))
                except DamagedJournalError:
                    self._missing.add(entry_id)
            self._keep(ids, found)
            raise exc from None
        self._keep(ids, found)

    def _keep(self, ids: Sequence[int], found: Sequence[EntryRecord]) -> None:
        for record in found:
            self._cache[record.id] = record
        self._missing.update(set(ids).difference(r.id for r in found))

    # -- following changes ---------------------------------------------------------------------

    @Slot(object)
    def on_change(self, change: Change) -> None:
        if change.topic is Topic.ENTRIES and change.action is not Action.RELOADED:
            self._entries_changed(change.ids, removal_only=self._only_removes(change.action))
        elif change.topic in (Topic.ALL, Topic.ENTRIES, Topic.ROLES, Topic.TAGS):
            # Role titles, tag names or anything at all may differ: forget every record.
            self._cache.clear()
            self._missing.clear()
            self._apply_ids(self._query_ids())
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(self._rows - 1, len(Column) - 1))

    def _only_removes(self, action: Action) -> bool:
        """Does this change only take entries out of the list (so no query is needed)?"""
        trashed = self._query.trashed
        return (
            action is Action.DELETED
            or (action is Action.TRASHED and trashed is False)
            or (action is Action.RESTORED and trashed is True)
        )

    def _entries_changed(self, changed: frozenset[int], *, removal_only: bool) -> None:
        before = set(self._ids)
        stale = [i for i in changed if i in self._cache]
        for i in changed:
            self._cache.pop(i, None)
            self._missing.discard(i)
        if removal_only:  # a big journal's trash is instant: no need to list every id again
            if self._ranked is not None:
                self._ranked = [i for i in self._ranked if i not in changed]
            self._apply_ids([i for i in self._ids if i not in changed])
            return
        self._apply_ids(self._query_ids())
        still_listed = changed & before & set(self._ids)
        refetch = [i for i in stale if i in still_listed]
        if refetch:
            self._store(refetch)
        rows = (
            [r for r in range(self._rows) if self._ids[r] in still_listed] if still_listed else []
        )
        last = len(Column) - 1
        if len(rows) > MAX_RUNS:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))
        else:
            for r in rows:
                self.dataChanged.emit(self.index(r, 0), self.index(r, last))

    def _apply_ids(self, new_ids: list[int]) -> None:
        """Turn the listed ids into `new_ids` with row removals, one move and row insertions."""
        old = self._ids
        if new_ids == old:
            return
        new_set, old_set = set(new_ids), set(old)
        removed = [r for r, i in enumerate(old) if i not in new_set]
        added = [r for r, i in enumerate(new_ids) if i not in old_set]
        removed_runs, added_runs = row_runs(removed), row_runs(added)
        if len(removed_runs) + len(added_runs) > MAX_RUNS:
            self._replace_all(new_ids)
            return
        self._ids = list(old)
        fully_shown = self._rows == len(self._ids)
        # 1. Removals, last first so that earlier row numbers stay valid.
        for first, last in reversed(removed_runs):
            if first < self._rows:
                shown_last = min(last, self._rows - 1)
                self.beginRemoveRows(QModelIndex(), first, shown_last)
                del self._ids[first : last + 1]
                self._rows -= shown_last - first + 1
                self.endRemoveRows()
            else:
                del self._ids[first : last + 1]
        # 2. The remaining rows in their new order (an edit may have moved an entry).
        survivors = [i for i in new_ids if i in old_set]
        if survivors != self._ids:
            self._move_rows(survivors)
        # 3. Insertions, first first: every row before an insertion already has its final place.
        # Rows added after the last row shown stay hidden unless everything was shown, and
        # then at most a batch of them (the view fetches the rest when scrolled there).
        for first, last in added_runs:
            chunk = new_ids[first : last + 1]
            if first < self._rows:
                shown = len(chunk)
            elif fully_shown and first == self._rows:
                shown = min(len(chunk), BATCH)
                fully_shown = shown == len(chunk)
            else:
                shown = 0
            if shown:
                self.beginInsertRows(QModelIndex(), first, first + shown - 1)
                self._ids[first:first] = chunk
                self._rows += shown
                self.endInsertRows()
            else:
                self._ids[first:first] = chunk
        self._rows = min(self._rows, len(self._ids))
        if len(self._ids) != len(old):
            self.total_changed.emit(len(self._ids))

    def _move_rows(self, order: list[int]) -> None:
        """Reorder the listed ids (same set) keeping selections and current rows on their entry."""
        self.layoutAboutToBeChanged.emit()
        position = {entry_id: row for row, entry_id in enumerate(order)}
        before = self.persistentIndexList()
        after = []
        for index in before:
            row = position[self._ids[index.row()]]
            after.append(
                self.createIndex(row, index.column()) if row < self._rows else QModelIndex()
            )
        self._ids = order
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _replace_all(self, new_ids: list[int]) -> None:
        before = len(self._ids)
        shown = self._rows
        self.beginResetModel()
        self._ids = new_ids
        self._rows = min(len(new_ids), max(shown, FIRST_BATCH))
        self.endResetModel()
        if len(new_ids) != before:
            self.total_changed.emit(len(new_ids))


_ROLES_USED = frozenset(
    {
        int(Qt.ItemDataRole.DisplayRole),
        int(Qt.ItemDataRole.DecorationRole),
        int(Qt.ItemDataRole.ToolTipRole),
        int(Qt.ItemDataRole.TextAlignmentRole),
        int(Qt.ItemDataRole.AccessibleTextRole),
        EntryRole,
    }
)
