"""Protect, change and remove a journal's passphrase through the real dialogs, on real journal
files: the journal is closed for the rewrite and always opened again (with the new passphrase,
or the old one when the rewrite failed, and then the reason is shown)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from test_protection_support import (
    FakeWindow,
    answer_box,
    click,
    new_journal,
    type_passphrase,
    when_modal,
)

from careerjournal.services import Journal
from careerjournal.store import StoreError, cipher
from careerjournal.store.errors import ProtectedJournalError, WrongPassphraseError
from careerjournal.ui.protection import ProtectionFlows
from careerjournal.ui.protection.backups import ProtectedDialog
from careerjournal.ui.protection.passphrase import PassphraseDialog
from careerjournal.ui.settings import AppSettings

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")

OLD = "first passphrase"
NEW = "a new passphrase"
TITLE = "Shipped the search"
STEPS = ["Checking the copy…", "Replacing the journal…"]


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def plain(tmp_path: Path, blank_sqlite: Path) -> Path:
    return new_journal(blank_sqlite, tmp_path / "journal.sqlite3", (TITLE,))


@pytest.fixture
def encrypted(plain: Path) -> Path:
    from careerjournal.store.encryption import encrypt_journal

    encrypt_journal(plain, OLD)
    return plain


@pytest.fixture
def windows() -> Iterator[list[FakeWindow]]:
    made: list[FakeWindow] = []
    yield made
    for window in made:
        window.close()


def flows_for(
    parent: QWidget, path: Path, passphrase: str | None, settings: AppSettings, windows: list
) -> tuple[ProtectionFlows, FakeWindow]:
    window = FakeWindow(path, passphrase)
    windows.append(window)
    flows = ProtectionFlows(
        parent,
        path,
        close_journal=window.close_journal,
        reopen=window.reopen,
        settings=settings,
    )
    return flows, window


def assert_steps(shown: tuple[str, ...], copying: str) -> None:
    """The progress dialog named the steps in order (each at least once)."""
    expected = [copying, *STEPS]
    found = [step for step in shown if step in expected]
    assert [s for i, s in enumerate(found) if i == 0 or found[i - 1] != s] == expected, shown


def test_protect_encrypts_the_journal_and_opens_it_with_the_new_passphrase(
    qtbot, parent: QWidget, plain: Path, settings: AppSettings, windows: list
) -> None:
    flows, window = flows_for(parent, plain, None, settings, windows)
    missed: list[str] = []
    when_modal(PassphraseDialog, type_passphrase(qtbot, NEW), missed=missed)
    when_modal(ProtectedDialog, lambda d: click(qtbot, d, "Close"), missed=missed)
    assert flows.protect() is True
    assert missed == []
    assert window.calls == [("close", None), ("reopen", NEW)]
    assert cipher.looks_encrypted(plain)
    assert TITLE.encode() not in plain.read_bytes()
    assert window.titles() == [TITLE]
    assert_steps(flows.last_steps, "Copying into an encrypted file…")
    with pytest.raises(ProtectedJournalError):
        Journal.open(plain)


def test_cancelling_the_passphrase_changes_nothing(
    qtbot, parent: QWidget, plain: Path, settings: AppSettings, windows: list
) -> None:
    flows, window = flows_for(parent, plain, None, settings, windows)
    missed: list[str] = []
    when_modal(PassphraseDialog, type_passphrase(qtbot, NEW, then="Cancel"), missed=missed)
    assert flows.protect() is False
    assert missed == []
    assert window.calls == []
    assert not cipher.looks_encrypted(plain)


def test_a_failed_protect_reopens_the_plain_journal_and_says_why(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    parent: QWidget,
    plain: Path,
    settings: AppSettings,
    windows: list,
) -> None:
    from careerjournal.store import encryption

    def full_disk(path: Path, passphrase: str, *, progress=None):
        if progress is not None:
            progress("export", 0, 1)
        raise StoreError("The disk is full: the journal was not encrypted.")

    monkeypatch.setattr(encryption, "encrypt_journal", full_disk)
    flows, window = flows_for(parent, plain, None, settings, windows)
    seen: list[str] = []
    when_modal(PassphraseDialog, type_passphrase(qtbot, NEW), missed=seen)
    answer_box(qtbot, "OK", seen, name="protection_error")
    assert flows.protect() is False
    assert seen == ["The disk is full: the journal was not encrypted.\n"]
    assert window.calls == [("close", None), ("reopen", None)]
    assert window.titles() == [TITLE]
    assert not cipher.looks_encrypted(plain)


def test_change_rewrites_with_the_new_passphrase(
    qtbot, parent: QWidget, encrypted: Path, settings: AppSettings, windows: list
) -> None:
    flows, window = flows_for(parent, encrypted, OLD, settings, windows)
    missed: list[str] = []
    when_modal(PassphraseDialog, type_passphrase(qtbot, NEW), missed=missed)
    assert flows.change(OLD) is True
    assert missed == []
    assert window.calls == [("close", None), ("reopen", NEW)]
    assert window.titles() == [TITLE]
    assert_steps(flows.last_steps, "Copying into an encrypted file…")
    assert cipher.looks_encrypted(encrypted)
    with pytest.raises(WrongPassphraseError):
        Journal.open(encrypted, passphrase=OLD)


def test_a_failed_change_reopens_with_the_old_passphrase_and_says_why(
    qtbot, parent: QWidget, encrypted: Path, settings: AppSettings, windows: list
) -> None:
    """The current passphrase handed to the flow does not open the file: the rewrite refuses,
    the flow opens the journal again with the passphrase it was given, and shows the reason."""
    flows, window = flows_for(parent, encrypted, OLD, settings, windows)
    seen: list[str] = []
    when_modal(PassphraseDialog, type_passphrase(qtbot, NEW), missed=seen)
    answer_box(qtbot, "OK", seen, name="protection_error")
    assert flows.change("not the passphrase") is False
    assert len(seen) == 1, seen
    assert "passphrase" in seen[0]
    assert "Traceback" not in seen[0]
    assert window.calls == [("close", None), ("reopen", "not the passphrase")]
    # Nothing changed: the old passphrase still opens it, the new one does not.
    journal = Journal.open(encrypted, passphrase=OLD)
    journal.close()
    with pytest.raises(WrongPassphraseError):
        Journal.open(encrypted, passphrase=NEW)


def test_remove_stores_the_journal_in_plain_text_again(
    qtbot, parent: QWidget, encrypted: Path, settings: AppSettings, windows: list
) -> None:
    flows, window = flows_for(parent, encrypted, OLD, settings, windows)
    seen: list[str] = []
    answer_box(qtbot, "Remove Passphrase", seen, name="remove_passphrase_confirm")
    assert flows.remove(OLD) is True
    (said,) = seen
    assert "plain text" in said
    assert window.calls == [("close", None), ("reopen", None)]
    assert window.titles() == [TITLE]
    assert_steps(flows.last_steps, "Copying into a plain file…")
    assert not cipher.looks_encrypted(encrypted)
    assert encrypted.read_bytes().startswith(b"SQLite format 3\x00")


def test_cancelling_the_removal_changes_nothing(
    qtbot, parent: QWidget, encrypted: Path, settings: AppSettings, windows: list
) -> None:
    flows, window = flows_for(parent, encrypted, OLD, settings, windows)
    seen: list[str] = []
    answer_box(qtbot, "Cancel", seen, name="remove_passphrase_confirm")
    assert flows.remove(OLD) is False
    assert len(seen) == 1
    assert window.calls == []
    assert cipher.looks_encrypted(encrypted)


def test_protect_offers_to_encrypt_the_plain_backups(
    qtbot, parent: QWidget, plain: Path, settings: AppSettings, windows: list
) -> None:
    """The whole way: protect, then Encrypt Backups in the note that follows."""
    journal = Journal.open(plain)
    try:
        backups = [journal.backup(), journal.backup()]
    finally:
        journal.close()
    flows, window = flows_for(parent, plain, None, settings, windows)
    said: list[str] = []

    def encrypt_then_close(dialog: ProtectedDialog) -> None:
        said.append(dialog.backups_note.text())
        click(qtbot, dialog, "Encrypt Backups")
        said.append(dialog.outcome_note.text())
        click(qtbot, dialog, "Close")

    when_modal(PassphraseDialog, type_passphrase(qtbot, NEW), missed=said)
    when_modal(ProtectedDialog, encrypt_then_close, missed=said)
    assert flows.protect() is True
    assert "2 of them" in said[0]
    assert said[1:] == ["2 backups encrypted."]
    assert all(cipher.looks_encrypted(b) for b in backups)
    assert window.calls == [("close", None), ("reopen", NEW)]
