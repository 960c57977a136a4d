"""The main window: a thin shell of navigation, menus, toolbar and status bar around the areas.

It owns no journal logic: views do their own work through the services, dialogs are opened here,
and switching journals is asked of the application controller through signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
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
from .settings import ThemeChoice
from .status_parts import StatusParts
from .welcome import JournalArea

ICON_PROPERTY = "careerjournal_icon"  # an action's icon name, to redraw it in a new palette


class MainWindow(QMainWindow):
    open_journal_requested = Signal(str)
    new_journal_requested = Signal(str)
    load_sample_requested = Signal()
    theme_requested = Signal(object)  # ThemeChoice
    preferences_changed = Signal()

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

        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self._build_menus()
        self._build_status_bar()
        ctx.bridge.changed.connect(self._on_change)
        self._restore_state()

    # -- construction -------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object] | None,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            _set_icon(action, icon_name)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            # Without `checked`: a slot with an optional parameter would receive False.
            action.triggered.connect(lambda _checked=False, call=slot: call())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        S = QKeySequence.StandardKey
        self.action_new_entry = self._action(
            "action_new_entry",
            tr("&New Entry…"),
            self.new_entry,
            S.New,
            "new-entry",
            tr("Write a new journal entry"),
        )
        self.action_quick_capture = self._action(
            "action_quick_capture",
            tr("&Quick Win…"),
            self.quick_capture,
            "Ctrl+Shift+N",
            "quick-capture",
            tr("Capture a one-line quick win"),
        )
        self.action_undo = self.ctx.history.create_undo_action(self)
        self.action_undo.setObjectName("action_undo")
        self.action_undo.setShortcuts(S.Undo)
        _set_icon(self.action_undo, "undo")
        # The menus say what will be undone; the toolbar keeps a short, steady label (the full
        # text is the tooltip), so the search field beside it never moves.
        self.action_undo.setIconText(tr("Undo"))
        self.action_redo = self.ctx.history.create_redo_action(self)
        self.action_redo.setObjectName("action_redo")
        self.action_redo.setShortcuts(S.Redo)
        _set_icon(self.action_redo, "redo")
        self.action_redo.setIconText(tr("Redo"))
        self.addActions([self.action_undo, self.action_redo])
        self.action_edit_entry = self._action(
            "action_edit_entry", tr("&Edit Entry…"), self.edit_selected, None, "edit"
        )
        self.action_history = self._action(
            "action_history",
            tr("&History…"),
            self.show_history,
            "Ctrl+H",
            None,
            tr("The history of the selected entry, goal or skill, or of the whole journal"),
        )
        self.action_trash = self._action(
            "action_trash", tr("Move to &Trash"), self._trash_selected, None, "trash"
        )
        self.action_preferences = self._action(
            "action_preferences",
            tr("&Preferences…"),
            self.show_preferences,
            S.Preferences,
            "settings",
        )
        if self.action_preferences.shortcut().isEmpty():
            self.action_preferences.setShortcut(QKeySequence("Ctrl+,"))
        self.action_new_journal = self._action(
            "action_new_journal", tr("New &Journal…"), self._new_journal, None, "folder"
        )
        self.action_open_journal = self._action(
            "action_open_journal", tr("&Open Journal…"), self._open_journal, S.Open, "folder"
        )
        self.action_import = self._action(
            "action_import",
            tr("&Import…"),
            self.import_file,
            "Ctrl+Shift+I",
            "import",
            tr("Import a backup, a JSON Resume or your LinkedIn data export"),
        )
        self.action_export = self._action(
            "action_export",
            tr("&Export…"),
            self.export_journal,
            "Ctrl+Shift+E",
            "export",
            tr("Export the journal as a backup, a JSON Resume, Markdown or CSV"),
        )
        self.action_print = self._action(
            "action_print_summary",
            tr("&Print Summary…"),
            self.print_summary,
            S.Print,
            "print",
            tr("Print the appraisal summary of a period"),
        )
        self.action_backup = self._action(
            "action_backup",
            tr("&Back Up Now"),
            self.back_up_now,
            None,
            "backup",
            tr("Write a verified copy of the journal to its backup folder"),
        )
        self.action_backup.setEnabled(self.ctx.journal.can_back_up)
        self.action_quit = self._action("action_quit", tr("&Quit"), self.close, S.Quit)
        if self.action_quit.shortcut().isEmpty():  # desktops without a standard Quit key
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_find = self._action("action_find", tr("&Find…"), self.focus_search, S.Find)
        self.action_about = self._action(
            "action_about", tr("&About Career Journal"), self.show_about, None, "help"
        )
        self.action_data_folder = self._action(
            "action_data_folder", tr("Open &Data Folder"), self.open_data_folder, None, "folder"
        )
        self.action_shortcuts = self._action(
            "action_shortcuts", tr("&Keyboard Shortcuts"), self.show_shortcuts, S.HelpContents
        )

    def _build_central(self) -> None:
        self.nav_model = QStandardItemModel(self)
        for area in self._areas:
            item = QStandardItem(icon(area.icon_name), area.title)
            item.setData(area.key, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.nav_model.appendRow(item)
        self.nav = QListView()
        self.nav.setObjectName("nav")
        self.nav.setModel(self.nav_model)
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setUniformItemSizes(True)
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(168)
        self.nav.setFrameShape(QListView.Shape.NoFrame)
        self.nav.setAccessibleName(self.tr("Areas"))
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

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.action_new_journal, self.action_open_journal])
        self.recent_menu = file_menu.addMenu(self.tr("&Recent Journals"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addSeparator()
        file_menu.addActions([self.action_import, self.action_export])
        file_menu.addSeparator()
        file_menu.addActions([self.action_backup, self.action_print])
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.action_undo, self.action_redo, self.action_history])
        edit_menu.addSeparator()
        edit_menu.addActions(
            [self.action_new_entry, self.action_quick_capture, self.action_edit_entry]
        )
        edit_menu.addAction(self.action_trash)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_find)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_preferences)

        view_menu = bar.addMenu(self.tr("&View"))
        self.area_actions: dict[str, QAction] = {}
        for number, area in enumerate(self._areas, start=1):
            action = self._action(
                f"action_show_{area.key}", area.title, None, f"Ctrl+{number}", area.icon_name
            )
            action.triggered.connect(lambda _=False, key=area.key: self.show_area(key))
            view_menu.addAction(action)
            self.area_actions[area.key] = action
        view_menu.addSeparator()
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        labels = {
            ThemeChoice.SYSTEM: self.tr("Follow &System"),
            ThemeChoice.LIGHT: self.tr("&Light"),
            ThemeChoice.DARK: self.tr("&Dark"),
        }
        self.theme_actions: dict[ThemeChoice, QAction] = {}
        for choice, label in labels.items():
            action = QAction(label, self, checkable=True)
            action.setObjectName(f"action_theme_{choice.value}")
            action.setChecked(self.ctx.settings.theme is choice)
            action.triggered.connect(lambda _=False, c=choice: self._choose_theme(c))
            group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[choice] = action

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.action_shortcuts, self.action_data_folder])
        help_menu.addSeparator()
        help_menu.addAction(self.action_about)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addAction(self.action_new_entry)
        bar.addAction(self.action_quick_capture)
        bar.addSeparator()
        for action in (self.action_undo, self.action_redo):
            bar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(self.tr("Search entries (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_icon = self.search_field.addAction(
            icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search_icon.setProperty(ICON_PROPERTY, "search")
        self.search_field.setMinimumWidth(260)
        self.search_field.setMaximumWidth(360)
        self.search_field.textChanged.connect(self._on_search_text)
        self.action_clear_search = QAction(self.tr("Clear Search"), self.search_field)
        self.action_clear_search.setObjectName("action_clear_search")
        self.action_clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.action_clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_clear_search.triggered.connect(self.clear_search)
        self.search_field.addAction(self.action_clear_search)
        bar.addWidget(self.search_field)
        self.toolbar = bar
        self.addToolBar(bar)

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
        for action in self.findChildren(QAction):
            name = action.property(ICON_PROPERTY)
            if name:
                action.setIcon(icon(str(name)))
        for row, area in enumerate(self._areas):
            self.nav_model.item(row).setIcon(icon(area.icon_name))

    def closeEvent(self, event: QCloseEvent) -> None:
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
        from .interchange.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx.journal, self, path=path)
        wizard.imported.connect(
            lambda result: self.statusBar().showMessage(" ".join(result.lines()[:2]), 10_000)
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

    def _on_search_text(self, text: str) -> None:
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

    def _choose_theme(self, choice: ThemeChoice) -> None:
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

    def _fill_recent(self) -> None:
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
        """The window's actions by menu, then each area's own (their keys work inside it).

        Areas not shown yet are built here, so that their keys are listed too."""
        groups: list[tuple[str, list[QAction]]] = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is None:
                continue
            actions = _menu_actions(menu)
            if self.action_find in actions:  # Esc in the search field goes with Find
                actions.insert(actions.index(self.action_find) + 1, self.action_clear_search)
            groups.append((menu.title(), actions))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for area in self._areas:
                view = self._views[area.key]
                build = getattr(view, "view", None)
                if callable(build) and hasattr(view, "is_built"):
                    view = build()
                groups.append((area.title, view.findChildren(QAction)))
        finally:
            QApplication.restoreOverrideCursor()
        return groups

    def show_shortcuts(self) -> None:
        from .shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_groups(), self)
        dialog.exec()
        dialog.deleteLater()

    # -- reacting to changes ------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.ENTRIES):
            self._update_count()

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


def _set_icon(action: QAction, name: str) -> None:
    """Give `action` its icon, and remember the name to draw it again after a theme switch."""
    action.setIcon(icon(name))
    action.setProperty(ICON_PROPERTY, name)


def _menu_actions(menu: QMenu) -> list[QAction]:
    """A menu's actions, those of its submenus included."""
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_menu_actions(sub))
        elif not action.isSeparator():
            found.append(action)
    return found
