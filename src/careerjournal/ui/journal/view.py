"""The Journal view: filters on top, the entry table, and the reading pane beside it.

The view reads through `EntryTableModel` and writes through the entry services (each write is one
operation: Edit › Undo takes it back). It never refreshes itself after a write: the model follows
the journal's change signal instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain import EntryKind
from ...services import Change, EntryQuery, ServiceError, Topic
from ...store import StoreError
from ..context import AppContext
from ..icons import icon
from ..meaning.modes import SearchMode
from ..reading_splitter import ReadingSplitter
from ..settings import AppSettings
from ..view_parts import scope_to, view_action
from .columns import HIDDEN_BY_DEFAULT, KindDelegate, as_bool, column_key
from .detail import EntryDetail
from .empty_state import build_empty_state
from .filters import FilterBar
from .meaning_search import JournalMeaning
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
        self._build_actions()
        self._build_column_menu()

        empty = build_empty_state(self, self.filter_bar.clear)
        self.empty_state, self.empty_icon, self.empty_title = empty.page, empty.icon, empty.title
        self.empty_hint, self.empty_clear = empty.hint, empty.clear
        self.table_stack = QStackedWidget(self)
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_state)

        self.detail = EntryDetail(self, journal=ctx.journal)
        self.meaning = JournalMeaning(self)  # search by meaning, related entries

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
        # A link made in Levels shows in the reading pane's "Shows:" at once.
        ctx.bridge.changed.connect(self._on_frameworks_change)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection)
        self.filter_bar.query_changed.connect(self._update_actions)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.trash_requested.connect(lambda entry_id: self._trash([entry_id]))
        self.detail.restore_requested.connect(lambda entry_id: self._restore([entry_id]))

        self._update_empty_state()
        self._update_actions()

    # -- building ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """The table's keys, as actions (so Help › Keyboard Shortcuts lists them)."""
        tr = self.tr
        self.action_edit = view_action(
            self, "journal_edit_entry", tr("&Edit Entry…"), self.edit_current, None, "edit"
        )
        self.action_edit.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.action_trash = view_action(
            self, "journal_trash", tr("Move to &Trash"), self.trash_selected, None, "trash"
        )
        deletes = QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)
        if QKeySequence(Qt.Key.Key_Delete) not in deletes:
            deletes.append(QKeySequence(Qt.Key.Key_Delete))
        self.action_trash.setShortcuts(deletes)
        self.action_restore = view_action(
            self,
            "journal_restore",
            tr("&Restore from Trash"),
            self.restore_selected,
            RESTORE_SHORTCUT,
            "restore",
        )
        # Only while the table has focus: Enter and Delete mean other things in the filter bar.
        scope_to(self, self.table, self.action_edit, self.action_trash, self.action_restore)

    def _build_column_menu(self) -> None:
        """The header's context menu: which columns show (the title always does)."""
        self.column_menu = QMenu(self)
        self.column_menu.setObjectName("journal_column_menu")
        self.column_actions: dict[Column, QAction] = {}
        header = self.table.horizontalHeader()
        for column in Column:
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = self.column_menu.addAction(text)
            action.setObjectName(f"journal_column_{column.name.lower()}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != Column.TITLE)
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
            self.column_actions[column] = action
        self.column_menu.addSeparator()
        self.action_reset_columns = self.column_menu.addAction(self.tr("Reset Columns"))
        self.action_reset_columns.setObjectName("journal_reset_columns")
        self.action_reset_columns.triggered.connect(self.reset_columns)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

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
        table.setItemDelegateForColumn(Column.KIND, KindDelegate(table))
        self._default_widths = {
            Column.DATE: metrics.horizontalAdvance("00/00/0000") + em * 2,
            Column.KIND: max(metrics.horizontalAdvance(kind_label(k)) for k in EntryKind)
            + table.iconSize().width()
            + em * 2,
            Column.TAGS: em * 11,
            Column.IMPACT: max(metrics.horizontalAdvance("●●●●●"), 52) + em * 2,
            Column.ROLE: em * 11,
        }
        self._em = em
        self._compact_kind = max(
            table.iconSize().width() + em * 2,
            metrics.horizontalAdvance(self.model.headerData(Column.KIND, Qt.Orientation.Horizontal))
            + em * 2,
        )
        self._fitting = False
        self._sized: set[Column] = set()  # columns the user gave a width: fitting leaves them be
        for column in self._default_widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self._restore_columns()
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        table.setSortingEnabled(True)
        header.sectionResized.connect(self._on_section_resized)
        table.viewport().installEventFilter(self)

    def _restore_columns(self) -> None:
        """Widths and visibility as the user left them (app settings), else the defaults."""
        header = self.table.horizontalHeader()
        settings: AppSettings = self.ctx.settings
        self._fitting = True
        try:
            for column, width in self._default_widths.items():
                stored = settings.value(column_key(column, "width"))
                try:
                    chosen = int(str(stored)) if stored is not None else 0
                except ValueError:
                    chosen = 0
                if chosen >= header.minimumSectionSize():
                    self._sized.add(column)
                    width = chosen
                header.resizeSection(column, width)
            for column in Column:
                shown = column not in HIDDEN_BY_DEFAULT
                if column != Column.TITLE:
                    shown = as_bool(settings.value(column_key(column, "visible"), shown))
                header.setSectionHidden(column, not shown)
        finally:
            self._fitting = False

    def _fit_columns(self) -> None:
        """Share the table's width: tags and role give way before the title gets cramped."""
        header = self.table.horizontalHeader()
        fixed = sum(
            header.sectionSize(c)
            for c in (Column.DATE, Column.KIND, Column.IMPACT)
            if not header.isSectionHidden(c)
        )
        spare = self.table.viewport().width() - fixed
        side = int(min(11 * self._em, max(5 * self._em, spare * 0.2)))
        self._fitting = True
        try:
            for column in (Column.TAGS, Column.ROLE):
                if column not in self._sized:
                    header.resizeSection(column, side)
            if Column.KIND not in self._sized:
                # Narrow: the kind's icon alone, so that the title keeps room to be read.
                full = self._default_widths[Column.KIND]
                if not header.isSectionHidden(Column.KIND):
                    spare += header.sectionSize(Column.KIND) - full
                if not header.isSectionHidden(Column.TAGS):
                    spare -= side
                compact = spare < 22 * self._em  # what the title would have left
                header.resizeSection(Column.KIND, self._compact_kind if compact else full)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        """A width the user chose (dragging a header edge) is kept, for this column only."""
        if self._fitting or column == Column.TITLE or not self.table.isVisible():
            return
        if new <= 0 or self.table.horizontalHeader().isSectionHidden(column):
            return  # hiding a column "resizes" it to nothing
        self._sized.add(Column(column))
        self.ctx.settings.set_value(column_key(Column(column), "width"), new)

    # -- columns -------------------------------------------------------------------------------

    def is_column_visible(self, column: Column) -> bool:
        return not self.table.horizontalHeader().isSectionHidden(column)

    def set_column_visible(self, column: Column, visible: bool) -> None:
        """Show or hide a column (not the title) and remember it."""
        if column == Column.TITLE:
            return
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            header.setSectionHidden(column, not visible)
        finally:
            self._fitting = False
        action = self.column_actions[column]
        if action.isChecked() != visible:
            action.setChecked(visible)
        self.ctx.settings.set_value(column_key(column, "visible"), visible)
        self._fit_columns()

    @Slot()
    def reset_columns(self) -> None:
        """Forget the user's widths and choice of columns."""
        for column in self._default_widths:
            for what in ("width", "visible"):
                self.ctx.settings.set_value(column_key(column, what), None)  # back to default
        self._sized.clear()
        self._restore_columns()
        for column, action in self.column_actions.items():
            action.blockSignals(True)
            action.setChecked(self.is_column_visible(column))
            action.blockSignals(False)
        self._fit_columns()

    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        self.column_menu.popup(header.viewport().mapToGlobal(pos))

    # -- public API ----------------------------------------------------------------------------

    def set_search_text(self, text: str) -> None:
        """The main window's search field: narrows the list as the user types (debounced)."""
        self.filter_bar.set_text(text)

    def set_search_mode(self, mode: SearchMode, *, meaning: bool) -> None:
        """How the search text finds entries, and whether the meaning model is there (related
        entries show only then). A search being shown is run again in the new mode."""
        if self.meaning.configure(mode, available=meaning) and self.filter_bar.query().text:
            self._on_query(self.filter_bar.query())

    def show_ranked(self, query: EntryQuery, ids: Sequence[int]) -> None:
        """A search by meaning's results for `query`, best first."""
        self.model.set_ranked(query, ids)
        self._update_empty_state()

    def show_words(self, query: EntryQuery) -> None:
        """List what `query` matches by words (the full-text search)."""
        self.model.set_query(query)
        self._update_empty_state()

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
            self._run(self.ctx.journal.entries.trash, ids, self.tr("Not moved to trash"))

    def _restore(self, ids: Sequence[int]) -> None:
        if ids:
            self._run(self.ctx.journal.entries.restore, ids, self.tr("Not restored"))

    def _run(
        self, move: Callable[[Sequence[int]], object], ids: Sequence[int], failed: str
    ) -> None:
        """Move `ids` (one operation: Edit › Undo moves them back) and keep the keyboard flow."""
        rows = self.selected_rows()
        try:
            move(ids)
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
        if not self.meaning.search(query):  # by meaning: on a worker, `show_ranked` follows
            self.show_words(query)

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
        self._update_actions()

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
        self._update_actions()
        self.selection_changed.emit()

    @Slot(QModelIndex, QModelIndex)
    def _on_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        rows = self.selected_rows()
        if len(rows) == 1 and top.row() <= rows[0] <= bottom.row():
            self._update_detail()  # the entry being read was edited

    @Slot(object)
    def _on_frameworks_change(self, change: Change) -> None:
        if change.touches(Topic.FRAMEWORKS) and change.topic is not Topic.ALL:
            self._update_detail()

    @Slot()
    def _update_detail(self) -> None:
        rows = self.selected_rows()
        record = self.model.entry_at(rows[0]) if len(rows) == 1 else None
        shown = self.detail.record
        if record is None or shown is None or record.id != shown.id:
            self.meaning.show_related(record)  # an edit of the entry read keeps them
        if len(rows) == 1:
            self.detail.show_entry(record)
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
        self.empty_icon.setPixmap(icon(picture).pixmap(48, 48, QIcon.Mode.Disabled))
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
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "empty_state"):
            # A theme switch: icons are drawn in the palette's colours.
            for action, name in (
                (self.action_edit, "edit"),
                (self.action_trash, "trash"),
                (self.action_restore, "restore"),
            ):
                action.setIcon(icon(name))
            if self.table_stack.currentWidget() is self.empty_state:
                self._update_empty_state()
        super().changeEvent(event)

    @Slot()
    def _update_actions(self) -> None:
        """Edit and trash outside the trash, restore in it; each only with something selected."""
        count = len(self.selected_rows())
        trash = self.in_trash_mode()
        self.action_edit.setEnabled(count == 1 and not trash)
        self.action_trash.setEnabled(count > 0 and not trash)
        self.action_restore.setEnabled(count > 0 and trash)

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        if not self.selected_ids():
            return
        menu = QMenu(self)
        if self.in_trash_mode():
            menu.addAction(self.action_restore)
        else:
            menu.addActions([self.action_edit, self.action_trash])
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
