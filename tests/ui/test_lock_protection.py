"""File › Protect with a Passphrase…, Change Passphrase… and Remove Passphrase… from the window:
the journal closes for the rewrite (its lock kept all along) and opens again in a new window."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_protection_support import answer_box, click, when_modal
from test_protection_support import type_passphrase as answer_passphrase
from test_unlock_support import (
    PASSPHRASE,
    TITLES,
    LockController,
    MemoryKeyring,
    controllers,
    encrypted_journal,
    encrypted_template,
    make,
    memory_keyring,
    unlock,
    unlock_window,
)

from careerjournal.services import EntryDraft, Journal, sealing
from careerjournal.store import cipher
from careerjournal.store.lock import JournalInUseError, JournalLock
from careerjournal.ui.protection.backups import ProtectedDialog
from careerjournal.ui.protection.passphrase import PassphraseDialog
from careerjournal.ui.settings import AppSettings

pytestmark = [
    pytest.mark.qt_log_ignore(r"^This plugin does not support "),
    pytest.mark.usefixtures("memory_keyring"),
]
__all__ = ["controllers", "encrypted_journal", "encrypted_template", "memory_keyring"]

NEW = "a new and longer passphrase"


def assert_held(path: Path) -> None:
    with pytest.raises(JournalInUseError):
        JournalLock(str(path)).acquire()


def test_protect_from_the_menu_reopens_the_journal_encrypted(
    qtbot: QtBot,
    tmp_path: Path,
    blank_sqlite: Path,
    settings: AppSettings,
    controllers: list[LockController],
) -> None:
    path = tmp_path / "journal.sqlite3"
    shutil.copyfile(blank_sqlite, path)
    with Journal.open(path) as journal:
        journal.entries.add(EntryDraft("Closed the Marrowgate incident"))
    c = make(controllers, settings)
    assert c.open(str(path), create=False)
    old = c.window
    assert old is not None
    assert old.action_protect.isEnabled()
    missed: list[str] = []
    when_modal(PassphraseDialog, answer_passphrase(qtbot, NEW), missed=missed)
    when_modal(ProtectedDialog, lambda d: click(qtbot, d, "Close"), missed=missed)
    old.action_protect.trigger()
    assert missed == []
    assert cipher.looks_encrypted(path)
    assert c.window is not None
    assert c.window is not old
    assert c.ctx is not None
    assert c.ctx.journal.store.encrypted
    assert [e.title for e in c.ctx.journal.entries.list()] == ["Closed the Marrowgate incident"]
    assert_held(path)
    assert c.window.action_lock.isEnabled()  # a new window, for an encrypted journal
    assert not c.window.action_protect.isVisible()
    assert sealing.can_seal(path)  # capture while locked works from now on
    assert c.keeper.idle.active is False  # off by default
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))
    assert not c.messages


def test_remove_from_the_menu_reopens_the_journal_plain(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    memory_keyring: MemoryKeyring,
) -> None:
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    window = unlock_window(qtbot, c)
    qtbot.mouseClick(window.remember, Qt.MouseButton.LeftButton)
    unlock(qtbot, c)
    assert memory_keyring.kept  # remembered
    old = c.window
    assert old is not None
    seen: list[str] = []
    answer_box(qtbot, "Remove Passphrase", seen, name="remove_passphrase_confirm")
    old.action_remove_passphrase.trigger()
    assert len(seen) == 1
    assert not cipher.looks_encrypted(encrypted_journal)
    assert c.window is not None
    assert c.window is not old
    assert c.ctx is not None
    assert not c.ctx.journal.store.encrypted
    assert sorted(e.title for e in c.ctx.journal.entries.list()) == sorted(TITLES)
    assert_held(encrypted_journal)
    assert not c.window.action_lock.isEnabled()
    assert memory_keyring.kept == {}  # nothing to remember for a plain journal
    assert not c.messages


def test_change_from_the_menu_keeps_the_keychain_in_step(
    qtbot: QtBot,
    encrypted_journal: Path,
    settings: AppSettings,
    controllers: list[LockController],
    memory_keyring: MemoryKeyring,
) -> None:
    account = ("Career Journal", str(encrypted_journal))
    memory_keyring.kept[account] = PASSPHRASE
    c = make(controllers, settings)
    assert c.open(str(encrypted_journal), create=False)
    qtbot.waitUntil(lambda: c.window is not None, timeout=10_000)
    old = c.window
    assert old is not None
    missed: list[str] = []
    when_modal(PassphraseDialog, answer_passphrase(qtbot, NEW), missed=missed)
    old.action_change_passphrase.trigger()
    assert missed == []
    assert c.window is not None
    assert c.window is not old
    assert c.ctx is not None
    assert c.ctx.journal.store.passphrase == NEW
    assert memory_keyring.kept == {account: NEW}
    assert_held(encrypted_journal)
    assert QApplication.activeModalWidget() is None
