"""The Inbox area: suggestions harvested from the user's tools, to accept, merge or dismiss.

Left, the pending suggestions newest first; right, the current one with its evidence. The keys
(J/K to move, A, E, M, D, U, Shift+D, F5) are actions of this area: they work while focus is inside
it, never in another area or in the window's search field. The list follows the journal's change
signal (a decision, an undo, a rescan, another window), keeping the selection by id.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import EntryKind, HarvestSource
from ...services import Change, ServiceError, Topic
from ...services.inbox_records import CandidateRecord, Suggestions
from ...store import StoreError
from ..context import AppContext
from ..formatting import kind_label
from ..icons import icon
from ..reading_splitter import ReadingSplitter
from ..view_parts import StatusLabel, secondary, view_action
from .detail import CandidateDetail
from .empty import InboxEmptyPage
from .flows import InboxFlows
from .model import CandidateModel, Column
from .words import fill, source_label

SPLITTER_KEY = "inbox/splitter_sizes"
DEFAULT_SPLIT = (640, 400)  # proportions: the splitter scales them to its width
_ICONS = "careerjournal_inbox_icon"  # an action's icon name, to redraw it in a new palette


class IconColumnDelegate(QStyledItemDelegate):
    """Icon and word; the icon alone in a narrow table (`icon_only`), on every row alike."""

    icon_only = False

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        room = option.rect.width() - option.decorationSize.width() - 12
        if self.icon_only or option.fontMetrics.horizontalAdvance(option.text) > room:
            option.text = ""


class InboxArea(QWidget):
    """The pending suggestions and the current one's evidence; decisions through `flows`."""

    #: "Set Up Sources…": the window opens Preferences (at its sources).
    sources_requested = Signal()
    #: How many suggestions are pending, after every reload (the navigation shows it).
    count_changed = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inbox_view")
        self.ctx = ctx
        self._suggestions: dict[int, Suggestions] = {}
        self._count = -1
        self.model = CandidateModel(self)
        self.flows = InboxFlows(self)
        self._build_actions()
        self.table = self._build_table()
        self.detail = CandidateDetail(ctx.journal, self)
        self.detail.links.add_duplicate_action(self.action_dismiss_duplicate)
        self.detail.links.duplicate_changed.connect(self._update_actions)
        self.detail.links.open_requested.connect(self.flows.open_entry)
        self.splitter = ReadingSplitter(
            self.table, self.detail, ctx.settings, SPLITTER_KEY, DEFAULT_SPLIT, self
        )
        self.splitter.setObjectName("inbox_splitter")
        self.empty_page = InboxEmptyPage(self)
        self.empty_page.sources_requested.connect(self.sources_requested)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.stack, 1)

        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self._connect_rescanner()
        ctx.bridge.changed.connect(self._on_change)
        self.reload()

    # -- building -----------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: str | None,
        icon_name: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = view_action(self, name, text, slot, keys, icon_name, tip)
        if icon_name:
            action.setProperty(_ICONS, icon_name)
        return action

    def _build_actions(self) -> None:
        tr, f = self.tr, self.flows
        self.action_next = self._action(
            "inbox_next", tr("&Next Suggestion"), lambda: self.move_current(1), "J"
        )
        self.action_previous = self._action(
            "inbox_previous", tr("&Previous Suggestion"), lambda: self.move_current(-1), "K"
        )
        self.action_accept = self._action(
            "inbox_accept", tr("&Accept"), f.accept, "A", "import",
            tr("Make each selected suggestion an entry, as suggested (A)"),
        )  # fmt: skip
        self.action_edit = self._action(
            "inbox_edit_accept", tr("&Edit and Accept…"), f.edit_and_accept, "E", "edit",
            tr("Change the entry before it is saved (E)"),
        )  # fmt: skip
        self.action_merge = self._action(
            "inbox_merge", tr("&Merge…"), f.merge, "M", "new-entry",
            tr("Make the selected suggestions one entry together (M)"),
        )  # fmt: skip
        self.action_dismiss = self._action(
            "inbox_dismiss", tr("&Dismiss"), f.dismiss, "D", "close",
            tr("Drop the selected suggestions; a rescan never brings them back (D)"),
        )  # fmt: skip
        self.action_dismiss_duplicate = self._action(
            "inbox_dismiss_duplicate", tr("Dismiss as D&uplicate"), f.dismiss_duplicate, "U",
            "close", tr("Drop the suggestion: it looks like an entry already in the journal (U)"),
        )  # fmt: skip
        self.action_dismiss_origin = self._action(
            "inbox_dismiss_origin", tr("Dismiss All from This &Source…"), f.dismiss_origin,
            "Shift+D", "trash",
            tr("Drop every suggestion from the same repository or file (Shift+D)"),
        )  # fmt: skip
        self.action_rescan = self._action(
            "inbox_rescan", tr("&Rescan Now"), f.rescan, "F5", "search",
            tr("Look for new evidence in your sources now (F5)"),
        )  # fmt: skip

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setObjectName("inbox_toolbar")
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.action_accept,
            self.action_edit,
            self.action_merge,
            self.action_dismiss,
            self.action_dismiss_origin,
        ):
            toolbar.addAction(action)
        button = toolbar.widgetForAction(self.action_dismiss_origin)
        if isinstance(button, QToolButton):  # its icon and tooltip: room for the status line
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        toolbar.addSeparator()
        self.status_label = secondary(StatusLabel(toolbar))
        self.status_label.setObjectName("inbox_status")
        toolbar.addWidget(self.status_label)
        toolbar.addAction(self.action_rescan)
        return toolbar

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("inbox_table")
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
        table.setAccessibleName(self.tr("Suggestions"))
        metrics = table.fontMetrics()
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(24, metrics.height() + 10))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(40)
        em = metrics.horizontalAdvance("M")
        icon_room = table.iconSize().width() + em * 2
        widths = {
            Column.DATE: metrics.horizontalAdvance("00 Mmm 0000") + em * 2,
            Column.SOURCE: max(metrics.horizontalAdvance(source_label(s)) for s in HarvestSource)
            + icon_room,
            Column.KIND: max(metrics.horizontalAdvance(kind_label(k)) for k in EntryKind)
            + icon_room,
            Column.IMPACT: max(metrics.horizontalAdvance("●●●●●"), 52) + em * 2,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self._widths, self._em, self._icon_room = widths, em, icon_room
        table.viewport().installEventFilter(self)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        # Narrow: the source's and the kind's icon alone (their tooltips still name them).
        self._icon_delegate = IconColumnDelegate(table)
        table.setItemDelegateForColumn(Column.SOURCE, self._icon_delegate)
        table.setItemDelegateForColumn(Column.KIND, self._icon_delegate)
        table.setMinimumWidth(360)
        return table

    def _fit_columns(self) -> None:
        """A narrow table shows the source and the kind as icons alone (their tooltips name
        them), so that the title keeps room to be read."""
        header = self.table.horizontalHeader()
        widths = self._widths
        spare = self.table.viewport().width() - sum(widths.values())
        compact = spare < 16 * self._em
        metrics = header.fontMetrics()
        for column in (Column.SOURCE, Column.KIND):
            name = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            narrow = max(self._icon_room, metrics.horizontalAdvance(name) + self._em)
            header.resizeSection(column, narrow if compact else widths[column])
        self._icon_delegate.icon_only = compact

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _connect_rescanner(self) -> None:
        """The app's background rescanner (another part of the app adds it); without one,
        Rescan Now stays off and says why."""
        rescanner = getattr(self.ctx, "rescanner", None)
        if rescanner is None:
            self.action_rescan.setEnabled(False)
            self.action_rescan.setToolTip(self.tr("Rescanning is not available here."))
            return
        for name, slot in (
            ("started", self._on_rescan_started),
            ("progress", self._on_rescan_progress),
            ("finished", self._on_rescan_finished),
            ("failed", self._on_rescan_failed),
        ):
            signal = getattr(rescanner, name, None)
            if signal is not None:
                signal.connect(slot)
        self.action_rescan.setEnabled(not getattr(rescanner, "running", False))

    # -- what is selected ---------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.table.selectionModel().selectedRows())

    def selected_records(self) -> list[CandidateRecord]:
        """The selected suggestions, top to bottom (newest first)."""
        found = (self.model.record_at(row) for row in self.selected_rows())
        return [r for r in found if r is not None]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_records()]

    def first_selected_row(self) -> int:
        rows = self.selected_rows()
        return rows[0] if rows else max(0, self.table.currentIndex().row())

    def current_candidate(self) -> CandidateRecord | None:
        """The current row's suggestion if it is selected, else the first selected one."""
        current = self.table.currentIndex()
        rows = self.selected_rows()
        if current.isValid() and current.row() in rows:
            return self.model.record_at(current.row())
        return self.model.record_at(rows[0]) if rows else None

    def current_record(self) -> tuple[str, int, str] | None:
        """Edit › History… has no history of a suggestion: the journal's is shown instead."""
        return None

    def pending_count(self) -> int:
        return max(0, self._count)

    def select_candidate(self, candidate_id: int) -> bool:
        row = self.model.row_of(candidate_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        """Make `row` the current and only selected row, scrolled into view."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def select_after(self, row: int) -> None:
        """After a decision: the suggestion now in `row` (or the last one) is selected."""
        count = self.model.rowCount()
        if count and not self.table.selectionModel().hasSelection():
            self.select_row(min(max(row, 0), count - 1))

    def move_current(self, step: int) -> None:
        """J and K: the next or previous suggestion."""
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex()
        row = current.row() + step if current.isValid() else 0
        self.select_row(min(max(row, 0), count - 1))

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    # -- reloading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the pending suggestions again; the selection and current row stay by id."""
        kept = self.selected_ids()
        current = self.model.id_at(self.table.currentIndex().row())
        try:
            records = self.ctx.journal.inbox.pending()
        except (ServiceError, StoreError) as exc:
            self.show_status(str(exc))
            return
        self._suggestions.clear()
        self.detail.links.keep_only({r.id for r in records})
        self.model.set_records(records)
        rows = [r for r in (self.model.row_of(i) for i in kept) if r >= 0]
        current_row = self.model.row_of(current) if current is not None else -1
        self._restore_selection(rows, current_row)
        if self._count <= 0 and records and not rows:
            self.select_row(0)  # opened (or filled) just now: the newest one is read at once
        self._update_stack()
        self._update_detail()
        self._update_actions()
        if len(records) != self._count:
            self._count = len(records)
            self.count_changed.emit(self._count)

    def _restore_selection(self, rows: list[int], current: int) -> None:
        if not rows and current < 0:
            return
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        if current >= 0:
            model.setCurrentIndex(self.model.index(current, 0), flags.NoUpdate)
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for row in rows:
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    def _update_stack(self) -> None:
        if self.model.rowCount():
            self.stack.setCurrentWidget(self.splitter)
        else:
            self.empty_page.update_text(self.ctx.journal)
            self.stack.setCurrentWidget(self.empty_page)

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if change.topic in (Topic.ENTRIES, Topic.SKILLS, Topic.GOALS, Topic.FRAMEWORKS, Topic.ALL):
            self.detail.links.invalidate()  # what it likely evidences, or looks like, changed
        if change.touches(Topic.INBOX):
            self.reload()
        elif change.topic in (Topic.SKILLS, Topic.GOALS):
            self._suggestions.clear()  # what a suggestion could count toward changed
            self._update_detail()

    # -- reacting -----------------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_detail()
        self._update_actions()

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_detail()

    def _suggestions_for(self, candidate_id: int) -> Suggestions:
        found = self._suggestions.get(candidate_id)
        if found is None:
            try:
                found = self.ctx.journal.inbox.suggestions([candidate_id]).get(
                    candidate_id, Suggestions()
                )
            except (ServiceError, StoreError):
                found = Suggestions()
            self._suggestions[candidate_id] = found
        return found

    def _update_detail(self) -> None:
        records = self.selected_records()
        if len(records) == 1:
            self.detail.show_candidate(records[0], self._suggestions_for(records[0].id))
        else:
            self.detail.show_empty(len(records), pending=self.model.rowCount())

    def _update_actions(self) -> None:
        # A read-only journal is read, not triaged.
        selected = 0 if self.ctx.journal.store.read_only else len(self.selected_rows())
        rows = self.model.rowCount()
        for action in (self.action_accept, self.action_edit, self.action_dismiss):
            action.setEnabled(selected > 0)
        self.action_dismiss_origin.setEnabled(selected > 0)
        twin = self.detail.links.current_duplicate() is not None
        self.action_dismiss_duplicate.setEnabled(selected == 1 and twin)
        self.action_merge.setEnabled(selected >= 2)
        self.action_next.setEnabled(rows > 0)
        self.action_previous.setEnabled(rows > 0)

    # -- rescanning ---------------------------------------------------------------------------

    @Slot()
    def _on_rescan_started(self) -> None:
        self.action_rescan.setEnabled(False)
        self.show_status(self.tr("Rescanning your sources…"))

    @Slot(int, int, str)
    def _on_rescan_progress(self, step: int, steps: int, source: str) -> None:
        self.action_rescan.setEnabled(False)
        try:
            where = source_label(HarvestSource(source))
        except ValueError:
            where = source
        self.show_status(fill(self.tr("Rescanning %1… (%2 of %3)"), where, step, steps))

    @Slot(object)
    def _on_rescan_finished(self, result: object) -> None:
        self.action_rescan.setEnabled(True)
        added = _added(result)
        if added is None:
            self.show_status(self.tr("Rescan finished."))
        else:
            self.show_status(self.tr("Rescan finished: %n new suggestions.", "", added))

    @Slot(str)
    def _on_rescan_failed(self, message: str) -> None:
        self.action_rescan.setEnabled(True)
        self.show_status(fill(self.tr("Rescan stopped: %1"), message))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "stack"):
            for action in self.findChildren(QAction):
                name = action.property(_ICONS)
                if name:
                    action.setIcon(icon(str(name)))
            self.model.refresh_all()
        super().changeEvent(event)


def _added(result: object) -> int | None:
    """New suggestions a rescan added, when its result says (a StoreResult or a list of them)."""
    items = result if isinstance(result, list | tuple) else [result]
    counts = [getattr(item, "added", None) for item in items]
    if not counts or not all(isinstance(c, int) for c in counts):
        return None
    return sum(c for c in counts if isinstance(c, int))
