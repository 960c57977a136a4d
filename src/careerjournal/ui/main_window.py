"""The main window: a thin shell of navigation, menus, toolbar and status bar around the areas.

It owns no journal logic: views do their own work through the services, dialogs are opened here,
and switching journals is asked of the application controller through signals. Its actions are
built from the table in `window_actions`, its menus and toolbar in `window_menus`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, __version__
from ..services import Change, EntryQuery, ServiceError, Topic
from ..store import StoreError
from ..store.paths import display_location
from .areas import Area, areas, build_view
from .context import AppContext
from .icons import icon
from .inbox.nav import NavCountDelegate, set_nav_count
from .meaning import IndexStatus, MeaningIndexer, SearchMode, meaning_off_reason
from .meaning.modes import store_mode
from .settings import ThemeChoice
from .status_parts import StatusParts
from .welcome import JournalArea
from .window_actions import build_actions, refresh_icons
from .window_menus import build_menus, build_toolbar, shortcut_groups, update_search_modes

#: Milliseconds after the window is built before the journal's meaning is indexed (first paint
#: never waits for the model).
INDEX_DELAY_MS = 1500


class MainWindow(QMainWindow):
    """The coordinator: builds its parts (window_actions, window_menus, the areas, the status
    bar), opens dialogs and routes between the areas, the search field and the status bar."""

    # Built by window_actions.build_actions (see its table) and window_menus.
    action_new_entry: QAction
    action_quick_capture: QAction
    action_undo: QAction
    action_redo: QAction
    action_edit_entry: QAction
    action_history: QAction
    action_trash: QAction
    action_preferences: QAction
    action_new_journal: QAction
    action_open_journal: QAction
    action_import: QAction
    action_export: QAction
    action_print: QAction
    action_backup: QAction
    action_lock: QAction
    action_protect: QAction
    action_change_passphrase: QAction
    action_remove_passphrase: QAction
    action_server_encryption: QAction
    action_quit: QAction
    action_find: QAction
    action_about: QAction
    action_data_folder: QAction
    action_shortcuts: QAction
    action_clear_search: QAction
    area_actions: dict[str, QAction]
    theme_actions: dict[ThemeChoice, QAction]
    recent_menu: QMenu
    toolbar: QToolBar
    search_field: QLineEdit
    search_icon: QAction
    search_mode_actions: dict[SearchMode, QAction]
    search_mode_menu: QMenu
    search_mode_off: QAction  # says why Meaning and Both are off, when they are

    open_journal_requested = Signal(str)
    new_journal_requested = Signal(str)
    load_sample_requested = Signal()
    theme_requested = Signal(object)  # ThemeChoice
    preferences_changed = Signal()
    lock_requested = Signal()  # File › Lock (the application controller locks)
    protection_requested = Signal(str)  # "protect", "change" or "remove" (the passphrase)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("main_window")
        self.ctx = ctx
        self._areas = areas()
        self._views: dict[str, QWidget] = {}
        self._last_backup: dt.datetime | None = None
        self._total = 0  # live entries in the journal
        self._shown = 0  # entries the journal view shows now
        self.setWindowTitle(f"{APP_NAME} — {self._journal_label()}")
        self.setMinimumSize(QSize(1024, 640))  # every area is laid out and tested at this size
        ctx.history.report_error = self._show_error

        build_actions(self)
        build_toolbar(self)  # before the areas: they clear its search field
        self._build_central()
        build_menus(self)
        self._build_status_bar()
        self._start_meaning()
        ctx.bridge.changed.connect(self._on_change)
        self._restore_state()

    # -- construction -------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.nav_model = QStandardItemModel(self)
        for area in self._areas:
            item = QStandardItem(icon(area.icon_name), area.title)
            item.setData(area.key, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.nav_model.appendRow(item)
        self.nav = QListView()
        self.nav.setObjectName("nav")
        # Styled (its items' padding) before it sizes them: not only after the first change.
        self.nav.ensurePolished()
        self.nav.setModel(self.nav_model)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(168)
        self.nav.setFrameShape(QListView.Shape.NoFrame)
        self.nav.setAccessibleName(self.tr("Areas"))
        self.nav.setItemDelegate(NavCountDelegate(self.nav))  # the Inbox's count
        self.stack = QStackedWidget()
        self.stack.setObjectName("area_stack")
        for area in self._areas:
            self.stack.addWidget(self._make_area(area))
        self.nav.selectionModel().currentChanged.connect(self._on_nav)
        # Banners (reminders) across the top, above the areas; empty most of the time.
        self.banner_area = QWidget()
        self.banner_area.setObjectName("banner_area")
        banners = QVBoxLayout(self.banner_area)
        banners.setContentsMargins(0, 0, 0, 0)
        banners.setSpacing(0)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner_area)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

    def add_banner(self, banner: QWidget) -> None:
        """Show `banner` at the top of the window (it removes itself when closed)."""
        self.banner_area.layout().addWidget(banner)
        banner.show()

    def _make_area(self, area: Area) -> QWidget:
        view = build_view(area, self.ctx, None)
        self._views[area.key] = view
        if area.key in ("skills", "goals"):
            view.entry_requested.connect(self.edit_entry)  # type: ignore[attr-defined]
        if area.key == "insights":
            view.open_goal_requested.connect(self.show_goal)  # type: ignore[attr-defined]
        if area.key == "inbox":
            view.sources_requested.connect(self.show_preferences)  # type: ignore[attr-defined]
            view.count_changed.connect(self._show_inbox_count)  # type: ignore[attr-defined]
            self._show_inbox_count(view.pending_count())  # type: ignore[attr-defined]
        if area.key == "timeline":
            view.edit_requested.connect(self.edit_entry)  # type: ignore[attr-defined]
            view.search_cleared.connect(self.search_field.clear)  # type: ignore[attr-defined]
        if area.key != "journal":
            return view
        self.journal_view = view
        view.edit_requested.connect(self.edit_entry)  # type: ignore[attr-defined]
        view.selection_changed.connect(self._update_entry_actions)  # type: ignore[attr-defined]
        view.entry_count_changed.connect(self._show_count)  # type: ignore[attr-defined]
        view.search_cleared.connect(self.search_field.clear)  # type: ignore[attr-defined]
        self.journal_area = JournalArea(self.ctx, view)
        self.journal_area.welcome.write_first.connect(self.new_entry)
        self.journal_area.welcome.load_sample.connect(self.load_sample_requested)
        return self.journal_area

    def _build_status_bar(self) -> None:
        file_backups = self.ctx.journal.can_back_up
        self.status_parts = StatusParts(
            self.statusBar(), self._journal_label(), file_backups=file_backups
        )
        self.count_label = self.status_parts.count_label
        self.file_label = self.status_parts.file_label
        self.backup_label = self.status_parts.backup_label
        backups = self.ctx.journal.backups() if file_backups else []
        self.set_last_backup(backups[0].created if backups else None)
        self._update_count()
        self._update_entry_actions()

    def _start_meaning(self) -> None:
        """The search mode as chosen, and the journal's meaning indexed in the background from
        a moment after the window is up (progress in the status bar)."""
        self.apply_search_mode()
        self.indexer = MeaningIndexer(self.ctx.journal, self.ctx.bridge, self)
        self.index_status = IndexStatus(self.statusBar(), self)
        self.indexer.progress.connect(self.index_status.show_progress)
        self.indexer.finished.connect(self.index_status.finish)
        self.indexer.failed.connect(self.index_status.fail)
        self.indexer.finished.connect(self._meaning_indexed)
        QTimer.singleShot(INDEX_DELAY_MS, self.indexer, self.indexer.start)

    def _meaning_indexed(self, count: int) -> None:
        """Newly embedded entries may belong in a search or among related entries; a model
        that would not load turns Meaning and Both off (and the status bar says why, once)."""
        meaning = self.journal_view.meaning  # type: ignore[attr-defined]
        was_on = meaning.available
        self.apply_search_mode()
        if was_on and not meaning.available:
            self.index_status.fail(meaning_off_reason() or "")
        elif count:
            meaning.refresh()

    def choose_search_mode(self, mode: SearchMode) -> None:
        """View › Search By: Words, Meaning or Both (remembered)."""
        store_mode(self.ctx.settings, mode)
        self.apply_search_mode()

    def apply_search_mode(self) -> None:
        """The chosen mode, or Words while the meaning model is not available."""
        off_reason = meaning_off_reason()
        in_use = update_search_modes(self, off_reason)
        self.journal_view.set_search_mode(in_use, meaning=off_reason is None)  # type: ignore[attr-defined]

    def _journal_label(self) -> str:
        """The journal's name (a URL without its password), marked when it is read-only."""
        name = self.ctx.journal.name
        if self.ctx.journal.store.read_only:
            return self.tr("%s (read-only)") % name
        return name

    # -- state --------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.ctx.settings.geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1200, 780)
        self.show_area(self.ctx.settings.last_view)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "nav_model"):
            self._refresh_icons()  # a theme switch: icons are drawn in the palette's colours
        super().changeEvent(event)

    def _refresh_icons(self) -> None:
        refresh_icons(self)
        for row, area in enumerate(self._areas):
            self.nav_model.item(row).setIcon(icon(area.icon_name))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.indexer.shutdown()  # cancelled between batches, waited for (bounded)
        self.journal_view.meaning.shutdown()  # type: ignore[attr-defined]
        self.ctx.settings.geometry = self.saveGeometry()
        self.ctx.settings.last_view = self.current_area()
        self.ctx.settings.sync()
        super().closeEvent(event)

    def current_area(self) -> str:
        index = self.nav.currentIndex()
        return str(index.data(Qt.ItemDataRole.UserRole)) if index.isValid() else "journal"

    def show_area(self, key: str) -> None:
        keys = [a.key for a in self._areas]
        row = keys.index(key) if key in keys else 0
        self.nav.setCurrentIndex(self.nav_model.index(row, 0))

    def view(self, key: str) -> QWidget:
        return self._views[key]

    def area_list(self) -> list[Area]:
        """The areas, in navigation order."""
        return self._areas

    def _on_nav(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.isValid():
            self._carry_filters(
                str(previous.data(Qt.ItemDataRole.UserRole)) if previous.isValid() else "",
                str(current.data(Qt.ItemDataRole.UserRole)),
            )
            self.stack.setCurrentIndex(current.row())
            self._update_entry_actions()

    def _carry_filters(self, old: str, new: str) -> None:
        """The journal and the timeline show the same entries: their filters travel along."""
        if {old, new} != {"journal", "timeline"}:
            return
        journal, timeline = self.journal_view, self._views["timeline"]
        if new == "timeline":
            timeline.set_query(journal.query())  # type: ignore[attr-defined]
        else:
            query = timeline.query()  # type: ignore[attr-defined]
            journal.filter_bar.apply_query(query)  # type: ignore[attr-defined]
            self.search_field.blockSignals(True)
            self.search_field.setText(query.text)
            self.search_field.blockSignals(False)

    # -- actions ------------------------------------------------------------------------------

    def import_file(self, path: str = "") -> None:
        from .interchange.import_wizard import ImportWizard, import_summary

        wizard = ImportWizard(self.ctx.journal, self, path=path)
        wizard.imported.connect(
            lambda result: self.statusBar().showMessage(import_summary(result), 10_000)
        )
        wizard.exec()

    def export_journal(self) -> None:
        from .interchange.export_dialog import ExportDialog

        dialog = ExportDialog(self.ctx.journal, self)
        if dialog.exec() and dialog.written is not None:
            self.statusBar().showMessage(self.tr("Exported to %s") % dialog.written, 10_000)

    def print_summary(self) -> None:
        """Print the Summary area's document (the area shows what will print)."""
        self.show_area("summary")
        self._views["summary"].view().print_summary()  # type: ignore[attr-defined]

    def show_goal(self, goal_id: int) -> None:
        """Switch to Goals with `goal_id` selected (0: just the area)."""
        self._views["goals"].show_goal(goal_id)  # type: ignore[attr-defined]
        self.show_area("goals")

    def new_entry(self) -> None:
        from .editor.entry_editor import EntryEditor

        editor = EntryEditor(self.ctx, None, self)
        if editor.exec() and editor.saved_entry_id is not None:
            self.show_area("journal")
            self.journal_view.select_entry(editor.saved_entry_id)  # type: ignore[attr-defined]

    def edit_entry(self, entry_id: int) -> None:
        from .editor.entry_editor import EntryEditor

        try:
            record = self.ctx.journal.entries.get(entry_id)
        except ServiceError as exc:
            self._show_error(str(exc))
            return
        EntryEditor(self.ctx, record, self).exec()

    def edit_selected(self) -> None:
        ids = self.journal_view.selected_ids()  # type: ignore[attr-defined]
        if ids:
            self.edit_entry(ids[0])

    def show_history(self) -> None:
        from .history.opener import open_history

        open_history(self.ctx, self, self._views.get(self.current_area()))

    def _trash_selected(self) -> None:
        self.journal_view.trash_selected()  # type: ignore[attr-defined]

    def quick_capture(self) -> None:
        from .editor.quick_capture import QuickCaptureDialog

        QuickCaptureDialog(self.ctx, self).exec()

    def focus_search(self) -> None:
        self.show_area("journal")
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def clear_search(self) -> None:
        """Esc in the search field: empty it (and its filter); if it is empty, back to the view."""
        if self.search_field.text():
            self.search_field.clear()
        else:
            self.stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
            if self.current_area() == "journal":
                self.journal_view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)  # type: ignore[attr-defined]

    def on_search_text(self, text: str) -> None:
        """Search filters the journal, or the timeline while it is shown."""
        if self.current_area() == "timeline":
            self._views["timeline"].set_search_text(text)  # type: ignore[attr-defined]
            return
        if text and self.current_area() != "journal":
            self.show_area("journal")
        self.journal_view.set_search_text(text)  # type: ignore[attr-defined]

    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.ctx, self)
        if dialog.exec():
            self.theme_actions[self.ctx.settings.theme].setChecked(True)
            self.theme_requested.emit(self.ctx.settings.theme)
            location = dialog.chosen_journal_location()
            self.preferences_changed.emit()
            if location is not None:  # chosen with a save dialog: a new file is meant
                self.new_journal_requested.emit(location)

    def choose_theme(self, choice: ThemeChoice) -> None:
        self.ctx.settings.theme = choice
        self.theme_requested.emit(choice)

    def back_up_now(self) -> None:
        try:
            path = self.ctx.journal.backup()
        except (StoreError, OSError) as exc:
            self._show_error(str(exc))
            return
        self.set_last_backup(dt.datetime.now())
        self.statusBar().showMessage(self.tr("Backed up to %s") % path, 8000)

    def request_lock(self) -> None:
        if self.action_lock.isEnabled():
            self.lock_requested.emit()

    def protect_journal(self) -> None:
        self.protection_requested.emit("protect")

    def change_passphrase(self) -> None:
        self.protection_requested.emit("change")

    def remove_passphrase(self) -> None:
        self.protection_requested.emit("remove")

    def show_server_encryption(self) -> None:
        """A server database: encryption at rest is the server's job (the note says how)."""
        from .protection import show_server_encryption_note

        show_server_encryption_note(self)

    def set_last_backup(self, when: dt.datetime | None) -> None:
        self._last_backup = when
        self.status_parts.show_last_backup(when)

    def _new_journal(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Journal"), "", self.tr("Career journals (*.sqlite3);;All files (*)")
        )
        if path:
            if not path.endswith(".sqlite3"):
                path += ".sqlite3"
            self.new_journal_requested.emit(path)

    def _open_journal(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Journal"), "", self.tr("Career journals (*.sqlite3);;All files (*)")
        )
        if path:
            self.open_journal_requested.emit(path)

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [
            r for r in self.ctx.settings.recent_journals if r != self.ctx.journal.store.location
        ]
        for location in recent:
            action = self.recent_menu.addAction(display_location(location))  # no password
            action.triggered.connect(
                lambda _=False, loc=location: self.open_journal_requested.emit(loc)
            )
        self.recent_menu.setEnabled(bool(recent))

    def open_data_folder(self) -> None:
        from ..store.paths import data_dir

        path = self.ctx.journal.store.path
        folder = path.parent if path is not None else data_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Career Journal"),
            self.tr(
                "<h3>Career Journal %s</h3><p>Steer your career on evidence instead of memory: "
                "journal promotions and the micro-progressions between them.</p>"
                "<p>Your journal stays on this computer unless you export it.</p>"
                "<p>Journal: %s</p>"
            )
            % (__version__, self.ctx.journal.name),
        )

    def shortcut_groups(self) -> list[tuple[str, list[QAction]]]:
        """The window's actions by menu, then each area's own (see window_menus)."""
        return shortcut_groups(self)

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_groups(), self)
        dialog.exec()
        dialog.deleteLater()

    # -- reacting to changes ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.ENTRIES):
            self._update_count()

    def _show_inbox_count(self, count: int) -> None:
        """The Inbox's navigation item shows how many suggestions wait (its view counts them)."""
        row = [a.key for a in self._areas].index("inbox")
        set_nav_count(self.nav_model.item(row), self._areas[row].title, count)

    def _update_count(self) -> None:
        """Recount the live entries (after a change; not on every keystroke of a search)."""
        self._total = self.ctx.journal.entries.count(EntryQuery())
        self._show_count()

    def _show_count(self, shown: int | None = None) -> None:
        if shown is not None:
            self._shown = shown
        view = self.journal_view
        self.status_parts.show_count(
            self._total,
            self._shown,
            trash=view.in_trash_mode(),  # type: ignore[attr-defined]
            filtered=view.filter_bar.is_filtered(),  # type: ignore[attr-defined]
        )

    def _update_entry_actions(self) -> None:
        on_journal = self.current_area() == "journal"
        selected = bool(self.journal_view.selected_ids()) if on_journal else False  # type: ignore[attr-defined]
        self.action_edit_entry.setEnabled(selected)
        self.action_trash.setEnabled(selected)

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, APP_NAME, message)
