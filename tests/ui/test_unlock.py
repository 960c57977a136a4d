"""Opening an encrypted journal: the unlock window first, a wrong passphrase said inline, the
keychain, the passphrase from the environment, capture while locked."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
import shiboken6
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from test_unlock_support import (
    BODY,
    PASSPHRASE,
    TITLES,
    LockController,
    MemoryKeyring,
    controllers,
    encrypted_journal,
    encrypted_template,
    make,
    memory_keyring,
    type_passphrase,
    unlock,
    unlock_window,
)

from careerjournal.services import sealing
from careerjournal.store import EncryptionUnavailableError, cipher
from careerjournal.store.lock import JournalInUseError, JournalLock
from careerjournal.ui.editor import QuickCaptureDialog
from careerjournal.ui.lock import ENV_PASSPHRASE
from careerjournal.ui.settings import AppSettings

pytestmark = [
    pytest.mark.qt_log_ignore(r"^This plugin does not support "),
    pytest.mark.usefixtures("memory_keyring", "no_message_boxes"),
]
__all__ = ["controllers", "encrypted_journal", "encrypted_template", "memory_keyring"]


@pytest.fixture
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing about unlocking asks in a box: a box would wait forever offscreen."""

    def fail_box(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail_box)
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(fail_box))


def test_an_encrypted_journal_waits_behind_its_unlock_window(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    assert c.window is None
    assert c.ctx is None
    assert encrypted_journal.name in window.windowTitle()
    assert encrypted_journal.name in window.name_label.text()
    assert window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert QApplication.focusWidget() is window.passphrase
    with pytest.raises(JournalInUseError):  # still this app's journal while locked
        JournalLock(str(encrypted_journal)).acquire()
    qtbot.waitUntil(lambda: not window.remember.isHidden())  # a keychain is there
    assert window.no_keychain.isHidden()
    assert not c.messages


def test_a_wrong_passphrase_is_said_inline_and_the_right_one_opens(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)

    type_passphrase(qtbot, window, "battery staple")
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert window.error.text() == "That passphrase does not open this journal."
    assert c.window is None
    assert c.ctx is None
    assert c.keeper.window is window
    assert window.passphrase.isEnabled()
    assert window.passphrase.selectedText() == "battery staple"  # typing replaces it
    assert not c.messages

    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: c.window is not None, timeout=10_000)
    assert c.ctx is not None
    assert c.ctx.journal.store.encrypted
    assert sorted(e.title for e in c.ctx.journal.entries.list()) == sorted(TITLES)
    # Built on the GUI thread over the connection opened by the worker: the views show it.
    view = c.window.journal_view
    shown = {
        str(view.table.model().index(row, column).data())
        for row in range(view.table.model().rowCount())
        for column in range(view.table.model().columnCount())
    }
    assert set(TITLES) <= shown
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the unlock window is gone
    assert c.keeper.window is None
    assert c.window.action_lock.isEnabled()
    assert not c.window.action_protect.isVisible()
    assert c.window.action_change_passphrase.isVisible()
    assert c.window.action_remove_passphrase.isVisible()
    # The sealing keys were made at the unlock: capture while locked works from now on.
    assert sealing.can_seal(encrypted_journal)


def test_an_empty_passphrase_is_not_tried(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    qtbot.mouseClick(window.unlock_button, Qt.MouseButton.LeftButton)
    assert window.error.text() == "Type the journal's passphrase."
    assert not window.is_busy()


def test_remember_on_this_computer_unlocks_the_next_start_by_itself(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    memory_keyring: MemoryKeyring,
) -> None:
    first = make(controllers, settings)
    assert first.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, first)
    qtbot.waitUntil(lambda: not window.remember.isHidden())
    assert not window.remember.isChecked()
    qtbot.mouseClick(window.remember, Qt.MouseButton.LeftButton)
    assert window.remember.isChecked()
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: first.window is not None, timeout=10_000)
    account = ("Career Journal", str(encrypted_journal.absolute()))
    assert memory_keyring.kept == {account: PASSPHRASE}
    first.shutdown()

    second = make(controllers, settings)
    assert second.open(str(encrypted_journal), create=False)
    assert second.keeper.window is not None
    typed: list[str] = []
    second.keeper.window.passphrase.textChanged.connect(typed.append)
    qtbot.waitUntil(lambda: second.window is not None, timeout=10_000)
    assert not typed  # nothing was typed (nor filled in)
    assert second.ctx is not None
    assert len(second.ctx.journal.entries.list()) == len(TITLES)


def test_locked_it_asks_again_and_unticking_remember_forgets(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.kept[("Career Journal", str(encrypted_journal))] = PASSPHRASE
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    qtbot.waitUntil(lambda: c.window is not None, timeout=10_000)  # from the keychain
    c.window.action_lock.trigger()
    window = unlock_window(qtbot, c)  # locked, it does not open by itself
    assert c.window is None
    assert window.remember.isChecked()
    qtbot.mouseClick(window.remember, Qt.MouseButton.LeftButton)
    unlock(qtbot, c)
    assert memory_keyring.kept == {}


def test_a_remembered_passphrase_that_no_longer_opens_is_forgotten(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.kept[("Career Journal", str(encrypted_journal))] = "an old passphrase"
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert "no longer opens this journal" in window.error.text()
    assert memory_keyring.kept == {}
    assert c.window is None
    unlock(qtbot, c)


def test_the_passphrase_from_the_environment_unlocks_at_start(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(ENV_PASSPHRASE, PASSPHRASE)
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    assert c.window is None  # the unlock window paints first
    qtbot.waitUntil(lambda: c.window is not None, timeout=10_000)
    assert c.ctx is not None
    assert BODY in [e.body for e in c.ctx.journal.entries.list()]


def test_without_a_keychain_a_note_says_so(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    keyring.set_keyring(fail.Keyring())  # the memory_keyring fixture puts its own back
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    qtbot.waitUntil(lambda: not window.no_keychain.isHidden())
    assert window.remember.isHidden()
    assert "no keychain" in window.no_keychain.text()
    unlock(qtbot, c)


def test_without_sqlcipher_the_unlock_window_says_how_to_install_it(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing() -> object:
        raise EncryptionUnavailableError(f"Encryption needs SQLCipher. Install: {cipher.INSTALL}")

    monkeypatch.setattr(cipher, "module", missing)
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    type_passphrase(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert cipher.INSTALL in window.error.text()
    assert c.window is None
    assert not c.messages


def test_open_another_journal_from_the_unlock_window(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    blank_sqlite: Path,
) -> None:
    import shutil

    from PySide6.QtWidgets import QFileDialog

    other = tmp_path / "other.sqlite3"
    shutil.copyfile(blank_sqlite, other)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), ""))
    )
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    qtbot.mouseClick(window.open_another_button, Qt.MouseButton.LeftButton)
    assert c.window is not None
    assert c.ctx is not None
    assert c.ctx.journal.store.path == other
    assert c.keeper.window is None
    assert not c.window.action_lock.isEnabled()
    with JournalLock(str(encrypted_journal)):  # the locked one was let go
        pass


def test_quick_win_while_locked_is_sealed_and_arrives_at_the_unlock(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    assert not window.quick_win_button.isEnabled()  # no capture key before a first unlock
    unlock(qtbot, c)
    assert c.window is not None
    c.window.action_lock.trigger()
    window = unlock_window(qtbot, c)
    assert window.quick_win_button.isEnabled()
    assert window.pending.isHidden()

    seen: list[str] = []

    def capture() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QuickCaptureDialog):
            QTimer.singleShot(20, capture)
            return
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.text_edit, "Unblocked the Quillon release while locked")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, capture)
    qtbot.mouseClick(window.quick_win_button, Qt.MouseButton.LeftButton)
    assert seen
    assert sealing.pending_count(encrypted_journal) == 1
    assert not window.pending.isHidden()
    inbox = sealing.inbox_path(encrypted_journal).read_bytes()
    assert b"Quillon" not in inbox
    assert not list(encrypted_journal.parent.glob("*-drafts/*"))  # no draft in plain text

    unlock(qtbot, c)
    assert c.ctx is not None
    titles = [e.title for e in c.ctx.journal.entries.list()]
    assert "Unblocked the Quillon release while locked" in titles
    assert "captured while locked was added" in c.window.statusBar().currentMessage()
    assert sealing.pending_count(encrypted_journal) == 0
