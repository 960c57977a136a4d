"""The main window's menu bar and toolbar (with the search field), over the actions it owns.

Texts are translated under the context "MainWindow", as the window's own are.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QSizePolicy, QToolBar, QWidget

from .icons import icon
from .meaning.modes import SearchMode, mode_in_use, mode_label, mode_tip, stored_mode
from .settings import ThemeChoice
from .window_actions import ICON_PROPERTY, make_action

if TYPE_CHECKING:
    from .main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_menus(window: MainWindow) -> None:
    """File, Edit, View (areas, theme) and Help."""
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.addActions([window.action_new_journal, window.action_open_journal])
    window.recent_menu = file_menu.addMenu(_tr("&Recent Journals"))
    window.recent_menu.aboutToShow.connect(window.fill_recent)
    window.fill_recent()
    file_menu.addSeparator()
    file_menu.addActions([window.action_import, window.action_export])
    file_menu.addSeparator()
    file_menu.addActions([window.action_backup, window.action_print])
    file_menu.addSeparator()
    file_menu.addActions(
        [
            window.action_protect,
            window.action_change_passphrase,
            window.action_remove_passphrase,
            window.action_server_encryption,
            window.action_lock,
        ]
    )
    file_menu.addSeparator()
    file_menu.addAction(window.action_quit)

    edit_menu = bar.addMenu(_tr("&Edit"))
    edit_menu.addActions([window.action_undo, window.action_redo, window.action_history])
    edit_menu.addSeparator()
    edit_menu.addActions(
        [window.action_new_entry, window.action_quick_capture, window.action_edit_entry]
    )
    edit_menu.addAction(window.action_trash)
    edit_menu.addSeparator()
    edit_menu.addAction(window.action_find)
    edit_menu.addSeparator()
    edit_menu.addAction(window.action_preferences)

    _build_view_menu(window, bar.addMenu(_tr("&View")))

    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addActions([window.action_shortcuts, window.action_data_folder])
    help_menu.addSeparator()
    help_menu.addAction(window.action_about)


def _build_view_menu(window: MainWindow, view_menu: QMenu) -> None:
    """One action per area (Ctrl+1…), then the theme choices."""
    window.area_actions = {}
    for number, area in enumerate(window.area_list(), start=1):
        action = make_action(
            window, f"action_show_{area.key}", area.title, f"Ctrl+{number}", area.icon_name
        )
        action.triggered.connect(lambda _=False, key=area.key: window.show_area(key))
        view_menu.addAction(action)
        window.area_actions[area.key] = action
    view_menu.addSeparator()
    view_menu.addMenu(window.search_mode_menu)
    theme_menu = view_menu.addMenu(_tr("&Theme"))
    group = QActionGroup(window)
    labels = {
        ThemeChoice.SYSTEM: _tr("Follow &System"),
        ThemeChoice.LIGHT: _tr("&Light"),
        ThemeChoice.DARK: _tr("&Dark"),
    }
    window.theme_actions = {}
    for choice, label in labels.items():
        action = QAction(label, window, checkable=True)
        action.setObjectName(f"action_theme_{choice.value}")
        action.setChecked(window.ctx.settings.theme is choice)
        action.triggered.connect(lambda _=False, c=choice: window.choose_theme(c))
        group.addAction(action)
        theme_menu.addAction(action)
        window.theme_actions[choice] = action


def build_toolbar(window: MainWindow) -> None:
    """New entry, quick win, undo, redo; then, on the right, the search field."""
    bar = QToolBar(_tr("Main"))
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.addAction(window.action_new_entry)
    bar.addAction(window.action_quick_capture)
    bar.addSeparator()
    for action in (window.action_undo, window.action_redo):
        bar.addAction(action)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addWidget(_build_search_field(window))
    window.toolbar = bar
    window.addToolBar(bar)


def _build_search_field(window: MainWindow) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName("search_field")
    field.setPlaceholderText(_tr("Search entries (Ctrl+F)"))
    field.setClearButtonEnabled(True)
    window.search_icon = field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
    window.search_icon.setProperty(ICON_PROPERTY, "search")
    window.search_icon.setToolTip(_tr("Search by words, meaning or both"))
    field.setMinimumWidth(260)
    field.setMaximumWidth(360)
    field.textChanged.connect(window.on_search_text)
    clear = QAction(_tr("Clear Search"), field)
    clear.setObjectName("action_clear_search")
    clear.setShortcut(QKeySequence(Qt.Key.Key_Escape))
    clear.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    clear.triggered.connect(window.clear_search)
    field.addAction(clear)
    window.search_field = field
    window.action_clear_search = clear
    _build_search_modes(window)
    return field


def _build_search_modes(window: MainWindow) -> None:
    """Search By: Words, Meaning or Both, in View › Search By, in the search field's context
    menu and behind its magnifier (a click on it opens the choice)."""
    menu = QMenu(_tr("Search &By"), window)
    menu.setObjectName("search_mode_menu")
    menu.setToolTipsVisible(True)  # a disabled mode's tooltip says why
    group = QActionGroup(window)
    window.search_mode_actions = {}
    for mode in (SearchMode.WORDS, SearchMode.MEANING, SearchMode.BOTH):
        action = QAction(mode_label(mode), window, checkable=True)
        action.setObjectName(f"action_search_{mode.name.lower()}")
        action.triggered.connect(lambda _=False, m=mode: window.choose_search_mode(m))
        group.addAction(action)
        menu.addAction(action)
        window.search_mode_actions[mode] = action
    menu.addSeparator()
    off = menu.addAction("")  # why Meaning and Both are off, when they are
    off.setObjectName("action_search_meaning_off")
    off.setEnabled(False)
    window.search_mode_off = off
    window.search_mode_menu = menu
    field = window.search_field
    window.search_icon.triggered.connect(
        lambda: menu.popup(field.mapToGlobal(QPoint(0, field.height())))
    )
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    field.customContextMenuRequested.connect(lambda pos: _search_field_menu(window, pos))


def _search_field_menu(window: MainWindow, pos: QPoint) -> None:
    """The field's own menu (undo, cut, paste…) with Search By added."""
    field = window.search_field
    menu = field.createStandardContextMenu()
    menu.addSeparator()
    menu.addMenu(window.search_mode_menu)
    menu.exec(field.mapToGlobal(pos))
    menu.deleteLater()


def update_search_modes(window: MainWindow, off_reason: str | None) -> SearchMode:
    """Tick the mode in use (the chosen one, or Words while the model is not available: then
    Meaning and Both are disabled, their tooltip saying why); returns the mode in use."""
    in_use = mode_in_use(stored_mode(window.ctx.settings), available=off_reason is None)
    for mode, action in window.search_mode_actions.items():
        action.setChecked(mode is in_use)
        meaning = mode is not SearchMode.WORDS
        action.setEnabled(not meaning or off_reason is None)
        tip = off_reason if meaning and off_reason is not None else mode_tip(mode)
        action.setToolTip(tip)
        action.setStatusTip(tip)
    window.search_mode_off.setText((off_reason or "").replace("&", "&&"))
    window.search_mode_off.setVisible(off_reason is not None)
    window.search_field.setPlaceholderText(
        _tr("Search entries by meaning (Ctrl+F)")
        if in_use is SearchMode.MEANING
        else _tr("Search entries (Ctrl+F)")
    )
    return in_use


def shortcut_groups(window: MainWindow) -> list[tuple[str, list[QAction]]]:
    """The window's actions by menu, then each area's own (their keys work inside it).

    Areas not shown yet are built here, so that their keys are listed too."""
    groups: list[tuple[str, list[QAction]]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        actions = menu_actions(menu)
        if window.action_find in actions:  # Esc in the search field goes with Find
            actions.insert(actions.index(window.action_find) + 1, window.action_clear_search)
        groups.append((menu.title(), actions))
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        for area in window.area_list():
            view = window.view(area.key)
            build = getattr(view, "view", None)
            if callable(build) and hasattr(view, "is_built"):
                view = build()
            groups.append((area.title, view.findChildren(QAction)))
    finally:
        QApplication.restoreOverrideCursor()
    return groups


def menu_actions(menu: QMenu) -> list[QAction]:
    """A menu's actions, those of its submenus included."""
    found: list[QAction] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(menu_actions(sub))
        elif not action.isSeparator():
            found.append(action)
    return found
