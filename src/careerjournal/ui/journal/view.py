"""The Journal view: filters on top, the entry table, and the reading pane beside it.

The view reads through `EntryTableModel` and writes only through undoable commands; it never
refreshes itself after a write, the model follows the journal's change signal instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import EntryKind
from ...services import EntryQuery, ServiceError
from ...store import StoreError
from ..context import AppContext
from ..icons import icon
from ..reading_splitter import ReadingSplitter
from ..undo import RestoreEntriesCommand, TrashEntriesCommand, push
from .detail import EntryDetail
from .filters import FilterBar
from .model import SORT_KEYS, Column, EntryTableModel, kind_label, row_runs

SPLITTER_KEY = "journal/splitter_sizes"
DEFAULT_SPLIT = (700, 330)  # proportions: the splitter scales them to its width
RESTORE_SHORTCUT = QKeySequence("Ctrl+R")


class JournalView(QWidget):
    """Every entry matching the filters, newest first; the selected one read beside the table."""

    edit_requested = Signal(int)
    selection_changed = Signal()
    #: How many entries match the current filters (also those not scrolled to yet).
    entry_count_changed = Signal(int)
    #: "Clear filters" emptied the search text; the search field should be emptied too.
    search_cleared = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journal_view")
        self.ctx = ctx
        self._kept: tuple[list[int], int | None] = ([], None)

        self.model = EntryTableModel(ctx.journal, ctx.bridge, self)
        self.filter_bar = FilterBar(ctx.journal, ctx.bridge, self)

        self.table = QTableView(self)
        self._setup_table()

        self.empty_state = self._build_empty_state()
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)

        self.detail = EntryDetail(self)

        self.splitter = ReadingSplitter(
            self.table_stack, self.detail, ctx.settings, SPLITTER_KEY, DEFAULT_SPLIT, self
        )
        self.splitter.setObjectName("journal_splitter")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        self.filter_bar.query_changed.connect(self._on_query)
        self.filter_bar.text_cleared.connect(self.search_cleared)
        self.model.total_changed.connect(self._on_total)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.dataChanged.connect(self._on_data_changed)
        self.model.layoutChanged.connect(self._update_detail)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.trash_requested.connect(lambda entry_id: self._trash([entry_id]))
        self.detail.restore_requested.connect(lambda entry_id: self._restore([entry_id]))

        self._update_empty_state()

    # -- building ------------------------------------------------------------------------------

    def _setup_table(self) -> None:
        table = self.table
        table.setObjectName("journal_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setIconSize(QSize(16, 16))
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setAccessibleName(self.tr("Journal entries"))
        metrics = table.fontMetrics()
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(24, metrics.height() + 10))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(48)
        header.setStretchLastSection(False)
        em = metrics.horizontalAdvance("M")
        widths = {
            Column.DATE: metrics.horizontalAdvance("00/00/0000") + em * 2,
            Column.KIND: max(metrics.horizontalAdvance(kind_label(k)) for k in EntryKind)
            + table.iconSize().width()
            + em * 2,
            Column.TAGS: em * 11,
            Column.IMPACT: max(metrics.horizontalAdvance("●●●●●"), 52) + em * 2,
            Column.ROLE: em * 11,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        table.setSortingEnabled(True)
        table.installEventFilter(self)
        self._em = em
        self._fitting = False
        self._user_sized = False  # once the user drags a column, widths are theirs
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)

    def _fit_columns(self) -> None:
        """Share the table's width: tags and role give way before the title gets cramped."""
        if self._user_sized:
            return
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in (Column.DATE, Column.KIND, Column.IMPACT))
        spare = self.table.viewport().width() - fixed
        side = int(min(11 * self._em, max(5 * self._em, spare * 0.2)))
        self._fitting = True
        try:
            header.resizeSection(Column.TAGS, side)
            header.resizeSection(Column.ROLE, side)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column != Column.TITLE and self.table.isVisible():
            self._user_sized = True

    def _build_empty_state(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("journal_empty_state")
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        layout = QVBoxLayout(page)
        layout.setSpacing(6)
        layout.addStretch(2)
        self.empty_icon = QLabel(page)
        self.empty_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_icon.setEnabled(False)
        layout.addWidget(self.empty_icon)
        self.empty_title = QLabel(page)
        self.empty_title.setObjectName("empty_title")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_hint = QLabel(page)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setEnabled(False)
        self.empty_clear = QPushButton(self.tr("Clear filters"), page)
        self.empty_clear.setObjectName("empty_clear_filters")
        self.empty_clear.clicked.connect(self.filter_bar.clear)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_hint)
        layout.addSpacing(8)
        layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    # -- public API ----------------------------------------------------------------------------

    def set_search_text(self, text: str) -> None:
        """The main window's search field: narrows the list as the user types (debounced)."""
        self.filter_bar.set_text(text)

    def query(self) -> EntryQuery:
        return self.model.query

    def entry_count(self) -> int:
        """How many entries match the current filters."""
        return self.model.total()

    def in_trash_mode(self) -> bool:
        return self.filter_bar.trash_mode()

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_ids(self) -> list[int]:
        """Ids of the selected entries, top to bottom."""
        return self.model.ids_at(self.selected_rows())

    def select_entry(self, entry_id: int) -> bool:
        """Select an entry and scroll to it; False if the current filters do not list it."""
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self._select_rows([row], current=row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def trash_selected(self) -> None:
        """Move the selected entries to the trash (undoable)."""
        if not self.in_trash_mode():
            self._trash(self.selected_ids())

    def restore_selected(self) -> None:
        """In trash mode: take the selected entries out of the trash (undoable)."""
        if self.in_trash_mode():
            self._restore(self.selected_ids())

    def edit_current(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1 and not self.in_trash_mode():
            self.edit_requested.emit(ids[0])

    # -- writes --------------------------------------------------------------------------------

    def _trash(self, ids: Sequence[int]) -> None:
        if ids:
            self._run(TrashEntriesCommand(self.ctx.journal, ids), self.tr("Not moved to trash"))

    def _restore(self, ids: Sequence[int]) -> None:
        if ids:
            self._run(RestoreEntriesCommand(self.ctx.journal, ids), self.tr("Not restored"))

    def _run(self, command: TrashEntriesCommand | RestoreEntriesCommand, failed: str) -> None:
        rows = self.selected_rows()
        try:
            push(self.ctx.undo_stack, command)
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, failed, str(exc))
            return
        # Keep the keyboard flow: the row that took the place of the first one is selected.
        count = self.model.rowCount()
        if rows and count and not self.table.selectionModel().hasSelection():
            row = min(rows[0], count - 1)
            self._select_rows([row], current=row)

    # -- reacting ------------------------------------------------------------------------------

    @Slot(object)
    def _on_query(self, query: EntryQuery) -> None:
        self.model.set_query(query)
        self._update_empty_state()

    @Slot(int)
    def _on_total(self, total: int) -> None:
        self._update_empty_state()
        self.entry_count_changed.emit(total)

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORT_KEYS:  # tags: the model kept its order, so does the indicator
            header = self.table.horizontalHeader()
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)

    @Slot()
    def _keep_selection(self) -> None:
        current = self.table.currentIndex()
        self._kept = (
            self.selected_ids(),
            self.model.id_at(current.row()) if current.isValid() else None,
        )

    @Slot()
    def _restore_selection(self) -> None:
        ids, current_id = self._kept
        self._kept = ([], None)
        rows = self.model.rows_of([*ids, *([current_id] if current_id is not None else [])])
        selected = sorted(rows[i] for i in ids if i in rows)
        current = rows.get(current_id) if current_id is not None else None
        if selected or current is not None:
            self._select_rows(selected, current=current)
            if current is not None:
                self.table.scrollTo(
                    self.model.index(current, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                )
        self._update_detail()

    def _select_rows(self, rows: Sequence[int], *, current: int | None) -> None:
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for first, final in row_runs(sorted(rows)):
            selection.select(self.model.index(first, 0), self.model.index(final, last))
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if current is not None:
            model.setCurrentIndex(self.model.index(current, 0), flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_detail()
        self.selection_changed.emit()

    @Slot(QModelIndex, QModelIndex)
    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and top.row() <= rows[0] <= bottom.row():
            self._update_detail()  # the entry being read was edited

    @Slot()
    def _update_detail(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.detail.show_entry(self.model.entry_at(rows[0]))
        else:
            self.detail.show_empty(len(rows))

    def _update_empty_state(self) -> None:
        """The table, or a page saying why it is empty (an empty journal is the window's job)."""
        if self.model.total():
            self.table_stack.setCurrentWidget(self.table)
            return
        filtered = self.filter_bar.is_filtered()
        if filtered:
            picture = "search"
            title = self.tr("No entries match these filters")
            hint = (
                self.tr("Nothing in the trash matches these filters.")
                if self.in_trash_mode()
                else self.tr("Try fewer filters or other search words.")
            )
        elif self.in_trash_mode():
            picture = "trash"
            title = self.tr("The trash is empty")
            hint = self.tr("Entries you delete wait here until restored.")
        else:
            picture = "nav-journal"
            title = self.tr("No entries yet")
            hint = self.tr("New entries appear here as you write them.")
        self.empty_icon.setPixmap(icon(picture).pixmap(48, 48))
        self.empty_title.setText(title)
        self.empty_hint.setText(hint)
        self.empty_clear.setVisible(filtered)
        self.table_stack.setCurrentWidget(self.empty_state)

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid() and not self.in_trash_mode():
            entry_id = self.model.id_at(index.row())
            if entry_id is not None:
                self.edit_requested.emit(entry_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if event.matches(QKeySequence.StandardKey.Delete) or (key == Qt.Key.Key_Delete and plain):
            self.trash_selected()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            self.edit_current()
            return True
        if QKeySequence(event.keyCombination()) == RESTORE_SHORTCUT:
            self.restore_selected()
            return True
        return False

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        if self.in_trash_mode():
            restore = menu.addAction(icon("restore"), self.tr("Restore"))
            restore.setShortcut(RESTORE_SHORTCUT)
            restore.triggered.connect(self.restore_selected)
        else:
            edit = menu.addAction(icon("edit"), self.tr("Edit…"))
            edit.setShortcut(QKeySequence(Qt.Key.Key_Return))
            edit.setEnabled(len(self.selected_ids()) == 1)
            edit.triggered.connect(self.edit_current)
            trash = menu.addAction(icon("trash"), self.tr("Move to trash"))
            trash.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            trash.triggered.connect(self.trash_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
