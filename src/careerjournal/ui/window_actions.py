"""The main window's actions, built from one table: name, text, slot, key, icon and tip of each.

The texts are translated under the context "MainWindow" (where they have always been), at the
moment the window is built, so the language installed then is the one shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from .icons import icon

if TYPE_CHECKING:
    from .main_window import MainWindow

ICON_PROPERTY = "careerjournal_icon"  # an action's icon name, to redraw it in a new palette

Key = QKeySequence.StandardKey | str | None
_S = QKeySequence.StandardKey


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass(frozen=True)
class ActionSpec:
    """One action of the window; it becomes the window's attribute `attr` (default: `name`)."""

    name: str  # the object name, stable for tests and settings
    text: str
    slot: str  # the window's method it calls
    key: Key = None
    icon_name: str | None = None
    tip: str = ""
    fallback: str | None = None  # the key where the desktop has no standard one
    attr: str = ""


def window_specs() -> tuple[ActionSpec, ...]:
    """The window's own actions (undo and redo come from the history), in menu order."""
    return (
        ActionSpec("action_new_entry", _tr("&New Entry…"), "new_entry", _S.New, "new-entry",
                   _tr("Write a new journal entry")),
        ActionSpec("action_quick_capture", _tr("&Quick Win…"), "quick_capture", "Ctrl+Shift+N",
                   "quick-capture", _tr("Capture a one-line quick win")),
        ActionSpec("action_edit_entry", _tr("&Edit Entry…"), "edit_selected", None, "edit"),
        ActionSpec("action_history", _tr("&History…"), "show_history", "Ctrl+H", None,
                   _tr("The history of the selected entry, goal or skill, or of the whole "
                       "journal")),
        ActionSpec("action_trash", _tr("Move to &Trash"), "_trash_selected", None, "trash"),
        ActionSpec("action_preferences", _tr("&Preferences…"), "show_preferences",
                   _S.Preferences, "settings", fallback="Ctrl+,"),
        ActionSpec("action_new_journal", _tr("New &Journal…"), "_new_journal", None, "folder"),
        ActionSpec("action_open_journal", _tr("&Open Journal…"), "_open_journal", _S.Open,
                   "folder"),
        ActionSpec("action_import", _tr("&Import…"), "import_file", "Ctrl+Shift+I", "import",
                   _tr("Import a backup, a JSON Resume, LinkedIn data, jrnl or Day One")),
        ActionSpec("action_export", _tr("&Export…"), "export_journal", "Ctrl+Shift+E", "export",
                   _tr("Export the journal as a backup, a JSON Resume, Markdown or CSV")),
        ActionSpec("action_print_summary", _tr("&Print Summary…"), "print_summary", _S.Print,
                   "print", _tr("Print the appraisal summary of a period"), attr="action_print"),
        ActionSpec("action_backup", _tr("&Back Up Now"), "back_up_now", None, "backup",
                   _tr("Write a verified copy of the journal to its backup folder")),
        ActionSpec("action_lock", _tr("&Lock"), "request_lock", "Ctrl+Shift+L", None,
                   _tr("Close the journal until its passphrase is typed again")),
        ActionSpec("action_protect", _tr("Protect with a &Passphrase…"), "protect_journal",
                   None, None, _tr("Encrypt the journal file with a passphrase")),
        ActionSpec("action_change_passphrase", _tr("&Change Passphrase…"), "change_passphrase",
                   None, None, _tr("Encrypt the journal with a new passphrase")),
        ActionSpec("action_remove_passphrase", _tr("&Remove Passphrase…"), "remove_passphrase",
                   None, None, _tr("Store the journal unencrypted again")),
        ActionSpec("action_server_encryption", _tr("Encryption at &Rest…"),
                   "show_server_encryption", None, None,
                   _tr("How the database server keeps this journal encrypted")),
        ActionSpec("action_quit", _tr("&Quit"), "close", _S.Quit, fallback="Ctrl+Q"),
        ActionSpec("action_find", _tr("&Find…"), "focus_search", _S.Find),
        ActionSpec("action_about", _tr("&About Career Journal"), "show_about", None, "help"),
        ActionSpec("action_data_folder", _tr("Open &Data Folder"), "open_data_folder", None,
                   "folder"),
        ActionSpec("action_shortcuts", _tr("&Keyboard Shortcuts"), "show_shortcuts",
                   _S.HelpContents),
    )  # fmt: skip


def build_actions(window: MainWindow) -> None:
    """Create the window's actions as its attributes (`window.action_new_entry`, …)."""
    for spec in window_specs():
        action = make_action(window, spec.name, spec.text, spec.key, spec.icon_name, spec.tip)
        if spec.fallback and action.shortcut().isEmpty():  # desktops without that standard key
            action.setShortcut(QKeySequence(spec.fallback))
        # Without `checked`: a slot with an optional parameter would receive False.
        slot = getattr(window, spec.slot)
        action.triggered.connect(lambda _checked=False, call=slot: call())
        setattr(window, spec.attr or spec.name, action)
    window.action_backup.setEnabled(window.ctx.journal.can_back_up)
    _set_protection_state(window)
    _build_undo_redo(window)


def _set_protection_state(window: MainWindow) -> None:
    """Lock and the passphrase actions as the journal allows: an SQLite file can be protected
    (when SQLCipher is installed), an encrypted one locked, its passphrase changed or removed;
    a server database is encrypted at rest by its server."""
    from ..store import cipher

    store = window.ctx.journal.store
    encrypted = bool(store.encrypted)
    is_file = store.path is not None
    window.action_lock.setEnabled(encrypted)
    if not encrypted:
        _set_tip(window.action_lock, _tr("Protect the journal with a passphrase to lock it"))
    window.action_protect.setVisible(is_file and not encrypted)
    window.action_change_passphrase.setVisible(encrypted)
    window.action_remove_passphrase.setVisible(encrypted)
    window.action_server_encryption.setVisible(not is_file)
    if store.read_only:
        for action in (
            window.action_protect,
            window.action_change_passphrase,
            window.action_remove_passphrase,
        ):
            action.setEnabled(False)
            _set_tip(action, _tr("The journal is read-only: its file cannot be rewritten"))
    elif is_file and not encrypted and not cipher.available():
        window.action_protect.setEnabled(False)
        _set_tip(
            window.action_protect,
            _tr("Protecting a journal needs SQLCipher, which is not installed. Install it with: %s")
            % cipher.INSTALL,
        )


def _set_tip(action: QAction, tip: str) -> None:
    action.setStatusTip(tip)
    action.setToolTip(tip)


def _build_undo_redo(window: MainWindow) -> None:
    """Undo and redo are the history's actions; the window gives them keys, icons and names."""
    window.action_undo = window.ctx.history.create_undo_action(window)
    window.action_undo.setObjectName("action_undo")
    window.action_undo.setShortcuts(_S.Undo)
    set_icon(window.action_undo, "undo")
    # The menus say what will be undone; the toolbar keeps a short, steady label (the full
    # text is the tooltip), so the search field beside it never moves.
    window.action_undo.setIconText(_tr("Undo"))
    window.action_redo = window.ctx.history.create_redo_action(window)
    window.action_redo.setObjectName("action_redo")
    window.action_redo.setShortcuts(_S.Redo)
    set_icon(window.action_redo, "redo")
    window.action_redo.setIconText(_tr("Redo"))
    window.addActions([window.action_undo, window.action_redo])


def make_action(
    window: MainWindow,
    name: str,
    text: str,
    key: Key = None,
    icon_name: str | None = None,
    tip: str = "",
) -> QAction:
    """An action of the window (its key works wherever the window has focus), not yet connected."""
    action = QAction(text, window)
    action.setObjectName(name)
    if icon_name:
        set_icon(action, icon_name)
    if isinstance(key, QKeySequence.StandardKey):
        action.setShortcuts(key)
    elif key is not None:
        action.setShortcut(QKeySequence(key))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    window.addAction(action)
    return action


def set_icon(action: QAction, name: str) -> None:
    """Give `action` its icon, and remember the name to draw it again after a theme switch."""
    action.setIcon(icon(name))
    action.setProperty(ICON_PROPERTY, name)


def refresh_icons(window: MainWindow) -> None:
    """Draw every action's icon again (after a palette change: icons take its colours)."""
    for action in window.findChildren(QAction):
        name = action.property(ICON_PROPERTY)
        if name:
            action.setIcon(icon(str(name)))
