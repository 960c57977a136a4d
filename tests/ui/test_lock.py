"""Locking an encrypted journal: File › Lock, Ctrl+Shift+L and the idle lock close it, and no
widget, model, action or undo history keeps any of its text; an open editor's text is kept as
a draft without a question."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QSpinBox
from pytestqt.qtbot import QtBot
from test_unlock_support import (
    BODY,
    PASSPHRASE,
    TITLES,
    LockController,
    controllers,
    encrypted_journal,
    encrypted_template,
    make,
    memory_keyring,
    secrets_in,
    settle,
    texts_everywhere,
    top_windows,
    type_passphrase,
    unlock,
    unlock_window,
)

from careerjournal.services import EntryDraft, EntryQuery
from careerjournal.store.lock import JournalInUseError, JournalLock
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.editor.drafts import DraftStore
from careerjournal.ui.lock import UnlockWindow
from careerjournal.ui.preferences import PreferencesDialog
from careerjournal.ui.settings import AppSettings

pytestmark = [
    pytest.mark.qt_log_ignore(r"^This plugin does not support "),
    pytest.mark.usefixtures("memory_keyring", "no_message_boxes"),
]
__all__ = ["controllers", "encrypted_journal", "encrypted_template", "memory_keyring"]


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Locking asks nothing: a question would wait for an answer a locked app must not take."""

    def fail_box(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail_box)
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail_box))


def unlocked(
    qtbot: QtBot, path: Path, settings: AppSettings, controllers: list[LockController]
) -> LockController:
    c = make(controllers, settings)
    assert c.open(str(path), create=False)
    unlock(qtbot, c)
    return c


def assert_locked(qtbot: QtBot, c: LockController, path: Path) -> UnlockWindow:
    qtbot.waitUntil(lambda: c.window is None and c.keeper.window is not None, timeout=10_000)
    assert c.ctx is None
    with pytest.raises(JournalInUseError):  # the journal stays this app's
        JournalLock(str(path)).acquire()
    window = c.keeper.window
    assert window is not None
    assert window.isVisible()
    return window


def test_lock_leaves_no_text_of_the_journal_anywhere(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = unlocked(qtbot, encrypted_journal, settings, controllers)
    window = c.window
    assert window is not None
    assert c.ctx is not None
    first = next(e for e in c.ctx.journal.entries.list(EntryQuery()) if e.title == TITLES[0])
    assert window.journal_view.select_entry(first.id)
    c.ctx.journal.entries.add(EntryDraft("Lindqvist follow-up"))  # something to undo
    qtbot.waitUntil(lambda: c.ctx is not None and c.ctx.history.can_undo())
    for key in ("summary", "journal"):
        window.show_area(key)
        QApplication.processEvents()
    before = texts_everywhere()
    # The walk finds the journal's text while it is open (titles in the models, the body in
    # the reading pane, the title in Undo's text), or it could not tell anything after.
    assert set(secrets_in(before)) >= {*TITLES[1:], "Zephyrine"}, secrets_in(before)
    assert any("Lindqvist" in text and "Undo" in text for text in before)
    history = c.ctx.history
    geometry = window.geometry()

    window.action_lock.trigger()  # File › Lock, as the menu fires it
    unlock_page = assert_locked(qtbot, c, encrypted_journal)
    settle()
    assert not shiboken6.isValid(window)
    assert not shiboken6.isValid(history)  # the undo history went with the journal
    assert history.next_undo is None
    assert secrets_in(texts_everywhere()) == []
    assert top_windows() == [unlock_page]
    assert unlock_page.geometry() == geometry


def test_ctrl_shift_l_locks(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = unlocked(qtbot, encrypted_journal, settings, controllers)
    window = c.window
    assert window is not None
    assert window.action_lock.shortcut().toString() == "Ctrl+Shift+L"
    assert window.action_lock in window.findChildren(type(window.action_lock))
    listed = [a for _title, actions in window.shortcut_groups() for a in actions]
    assert window.action_lock in listed  # Help › Keyboard Shortcuts shows it
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.journal_view.table,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert_locked(qtbot, c, encrypted_journal)


def test_lock_is_for_encrypted_journals_only(
    qtbot: QtBot,
    tmp_path: Path,
    blank_sqlite: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    import shutil

    path = tmp_path / "plain.sqlite3"
    shutil.copyfile(blank_sqlite, path)
    c = make(controllers, settings)
    assert c.open(str(path), create=False)
    window = c.window
    assert window is not None
    assert not window.action_lock.isEnabled()
    assert window.action_lock.statusTip() == "Protect the journal with a passphrase to lock it"
    assert window.action_protect.isVisible()
    assert window.action_protect.isEnabled()
    assert not window.action_change_passphrase.isVisible()
    assert not window.action_remove_passphrase.isVisible()
    assert not window.action_server_encryption.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert c.window is window
    assert c.keeper.window is None
    assert not c.keeper.idle.active
    assert c.ctx is not None
    preferences = PreferencesDialog(c.ctx, window)
    assert not preferences.lock_after.isEnabled()  # only an encrypted journal locks
    preferences.deleteLater()


def test_protect_is_off_without_sqlcipher(
    qtbot: QtBot,
    tmp_path: Path,
    blank_sqlite: Path,
    settings: AppSettings,
    controllers: list[LockController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import shutil

    from careerjournal.store import cipher

    monkeypatch.setattr(cipher, "available", lambda: False)
    path = tmp_path / "plain.sqlite3"
    shutil.copyfile(blank_sqlite, path)
    c = make(controllers, settings)
    assert c.open(str(path), create=False)
    assert c.window is not None
    protect = c.window.action_protect
    assert protect.isVisible()
    assert not protect.isEnabled()
    assert cipher.INSTALL in protect.statusTip()


def test_idle_lock_after_the_interval_without_input(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = make(controllers, settings)
    c.keeper.idle_ms = 150  # instead of the Preferences' minutes
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    with qtbot.waitSignals([c.keeper.unlocked, c.keeper.locked], order="strict", timeout=10_000):
        type_passphrase(qtbot, window, PASSPHRASE)
    assert_locked(qtbot, c, encrypted_journal)
    settle()
    assert secrets_in(texts_everywhere()) == []


def test_input_postpones_the_idle_lock(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    now = [1000.0]
    c = make(controllers, settings)
    c.keeper.idle_ms = 100
    c.keeper.idle.clock = lambda: now[0]  # the idle time is read from this clock
    assert c.open(str(encrypted_journal), create=False)
    unlock(qtbot, c)
    window = c.window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    now[0] += 0.09
    qtbot.keyClick(window.journal_view.table, Qt.Key.Key_Down)  # the user is there
    now[0] += 0.05  # 140 ms since the unlock, 50 ms since the key
    qtbot.wait(400)  # the idle timer looks a few times meanwhile
    assert c.window is window
    now[0] += 0.06  # 110 ms since the key
    assert_locked(qtbot, c, encrypted_journal)


def test_idle_lock_keeps_an_open_editors_text_as_a_draft_and_asks_nothing(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    unlock(qtbot, c)
    window = c.window
    assert window is not None
    typed: list[str] = []

    def type_then_wait() -> None:
        editor = QApplication.activeModalWidget()
        if not isinstance(editor, EntryEditor):
            QTimer.singleShot(20, type_then_wait)
            return
        editor.autosave_delay_ms = 60_000  # only the lock writes the draft
        qtbot.keyClicks(editor.title_edit, "Unsaved thought about Pellucid")
        typed.append(editor.title_edit.text())
        c.keeper.idle.start(150)  # then the user walks away

    def give_up() -> None:  # a lock that did not close the editor fails, not hangs
        editor = QApplication.activeModalWidget()
        if isinstance(editor, EntryEditor):
            editor.done(0)

    QTimer.singleShot(0, type_then_wait)
    QTimer.singleShot(15_000, give_up)
    window.action_new_entry.trigger()  # modal: returns when the lock closed the editor
    assert typed == ["Unsaved thought about Pellucid"]
    assert_locked(qtbot, c, encrypted_journal)
    settle()
    assert secrets_in(texts_everywhere()) == []
    assert not any("Pellucid" in text for text in texts_everywhere())
    drafts = list(encrypted_journal.with_name("journal-drafts").iterdir())
    assert len(drafts) == 1
    assert b"Pellucid" not in drafts[0].read_bytes()  # an encrypted journal's drafts are too

    unlock(qtbot, c)
    assert c.ctx is not None
    pending = DraftStore.for_journal(c.ctx.journal).pending()
    assert [saved.draft.title for saved in pending] == ["Unsaved thought about Pellucid"]


def test_preferences_lock_after_minutes(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    unlock(qtbot, c)
    window = c.window
    assert window is not None
    assert settings.lock_after_minutes == 0  # off by default
    assert not c.keeper.idle.active
    seen: list[bool] = []

    def set_minutes() -> None:
        dialog = QApplication.activeModalWidget()
        spin = dialog.findChild(QSpinBox, "pref_lock_after") if dialog is not None else None
        if spin is None:
            QTimer.singleShot(20, set_minutes)
            return
        seen.append(spin.isEnabled())
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "5")
        qtbot.keyClick(spin, Qt.Key.Key_Return)  # OK

    QTimer.singleShot(0, set_minutes)
    window.action_preferences.trigger()
    assert seen == [True]
    assert settings.lock_after_minutes == 5
    assert c.keeper.idle.interval_ms == 5 * 60_000


def test_the_body_shown_in_the_reading_pane_goes_too(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = unlocked(qtbot, encrypted_journal, settings, controllers)
    assert c.window is not None
    assert c.ctx is not None
    first = next(e for e in c.ctx.journal.entries.list() if e.body == BODY)
    c.window.journal_view.select_entry(first.id)
    qtbot.waitUntil(lambda: any("Zephyrine" in t for t in texts_everywhere()))
    c.window.action_lock.trigger()
    assert_locked(qtbot, c, encrypted_journal)
    settle()
    assert not any("Zephyrine" in t for t in texts_everywhere())
