"""The passphrase dialog (OK only for an acceptable passphrase typed twice), the note after
protecting (encrypt or delete the plain backups), and the PostgreSQL note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget
from test_protection_support import answer_box, click, new_journal

from careerjournal.services import Journal
from careerjournal.store import cipher
from careerjournal.ui.protection import show_server_encryption_note
from careerjournal.ui.protection.backups import ProtectedDialog
from careerjournal.ui.protection.passphrase import PassphraseDialog, Purpose

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")

GOOD = "correct horse battery"


@pytest.fixture
def protect_dialog(qtbot) -> PassphraseDialog:
    dialog = PassphraseDialog(None, Purpose.PROTECT)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fields(dialog: PassphraseDialog) -> tuple[QLineEdit, QLineEdit, QPushButton, QLabel]:
    return (
        dialog.findChild(QLineEdit, "new_passphrase"),
        dialog.findChild(QLineEdit, "confirm_passphrase"),
        dialog.findChild(QPushButton, "passphrase_ok"),
        dialog.findChild(QLabel, "passphrase_problem"),
    )


def test_ok_is_disabled_until_the_passphrase_is_long_enough_and_repeated(
    qtbot, protect_dialog: PassphraseDialog
) -> None:
    new, confirm, ok, problem = fields(protect_dialog)
    assert new.echoMode() is QLineEdit.EchoMode.Password
    assert confirm.echoMode() is QLineEdit.EchoMode.Password
    assert not ok.isEnabled()
    assert problem.text() == ""  # nothing typed: nothing to complain about yet
    qtbot.keyClicks(new, "short")
    qtbot.keyClicks(confirm, "short")
    assert not ok.isEnabled()
    assert "at least 8 characters" in problem.text()
    new.clear()
    confirm.clear()
    qtbot.keyClicks(new, GOOD)
    assert not ok.isEnabled()  # not repeated yet
    qtbot.keyClicks(confirm, GOOD[:6])
    assert not ok.isEnabled()
    assert problem.text() == ""  # still typing the same thing
    qtbot.keyClicks(confirm, GOOD[6:])
    assert ok.isEnabled()
    qtbot.keyClicks(confirm, "!")
    assert not ok.isEnabled()
    assert problem.text() == "The two passphrases differ."
    qtbot.keyClick(confirm, Qt.Key.Key_Backspace)
    assert ok.isEnabled()
    assert problem.text() == ""
    # The explanation says what is encrypted and that there is no way back without it.
    words = " ".join(label.text() for label in protect_dialog.findChildren(QLabel))
    assert "encrypted" in words
    assert "cannot be recovered" in words
    assert "no back door" in words


def test_show_toggles_both_fields(qtbot, protect_dialog: PassphraseDialog) -> None:
    new, confirm, _ok, _problem = fields(protect_dialog)
    show = protect_dialog.findChild(QWidget, "show_passphrase")
    on_the_box = QPoint(6, show.height() // 2)  # the box is stretched: its label ends early
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton, pos=on_the_box)
    assert new.echoMode() is QLineEdit.EchoMode.Normal
    assert confirm.echoMode() is QLineEdit.EchoMode.Normal
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton, pos=on_the_box)
    assert new.echoMode() is QLineEdit.EchoMode.Password


def test_enter_does_not_accept_an_invalid_passphrase(
    qtbot, protect_dialog: PassphraseDialog
) -> None:
    new, confirm, _ok, _problem = fields(protect_dialog)
    qtbot.keyClicks(new, GOOD)
    qtbot.keyClicks(confirm, GOOD + "x")
    qtbot.keyClick(confirm, Qt.Key.Key_Return)
    assert protect_dialog.isVisible()
    assert protect_dialog.result() != PassphraseDialog.DialogCode.Accepted


def test_a_new_passphrase_must_differ_from_the_current_one(qtbot) -> None:
    dialog = PassphraseDialog(None, Purpose.CHANGE, current=GOOD)
    qtbot.addWidget(dialog)
    dialog.show()
    new, confirm, ok, problem = fields(dialog)
    assert "Change" in ok.text()
    qtbot.keyClicks(new, GOOD)
    qtbot.keyClicks(confirm, GOOD)
    assert not ok.isEnabled()
    assert "in use" in problem.text()
    qtbot.keyClicks(new, " 2")
    qtbot.keyClicks(confirm, " 2")
    assert ok.isEnabled()


# -- after protecting: the plain backups ---------------------------------------------------------


@pytest.fixture
def protected_with_plain_backups(tmp_path: Path, blank_sqlite: Path) -> tuple[Path, list[Path]]:
    """An encrypted journal with two plain backups from before it was protected."""
    from careerjournal.store.encryption import encrypt_journal, plain_backups

    path = new_journal(blank_sqlite, tmp_path / "journal.sqlite3")
    journal = Journal.open(path)
    try:
        journal.backup()
        journal.backup()
    finally:
        journal.close()
    encrypt_journal(path, GOOD)
    backups = plain_backups(path)
    assert len(backups) == 2
    return path, backups


def after_protect(qtbot, path: Path, backups: list[Path]) -> ProtectedDialog:
    dialog = ProtectedDialog(None, path, GOOD, backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_encrypt_backups_encrypts_the_plain_ones(
    qtbot, protected_with_plain_backups: tuple[Path, list[Path]]
) -> None:
    path, backups = protected_with_plain_backups
    dialog = after_protect(qtbot, path, backups)
    note = dialog.findChild(QLabel, "protected_backups_note").text()
    assert "2 of them" in note
    assert str(path.with_name("journal-backups")) in note
    assert "SSD" in dialog.findChild(QLabel, "protected_ssd_note").text()
    click(qtbot, dialog, "Encrypt Backups")
    assert dialog.findChild(QLabel, "protected_result").text() == "2 backups encrypted."
    for backup in backups:
        assert backup.exists()
        assert cipher.looks_encrypted(backup)
        con = cipher.connect(backup, GOOD)  # opens with the journal's passphrase
        con.close()
    # Nothing plain is left to offer: only Close.
    assert not dialog.findChild(QPushButton, "encrypt_backups").isVisible()
    click(qtbot, dialog, "Close")
    assert not dialog.isVisible()


def test_delete_backups_removes_the_plain_ones(
    qtbot, protected_with_plain_backups: tuple[Path, list[Path]]
) -> None:
    path, backups = protected_with_plain_backups
    dialog = after_protect(qtbot, path, backups)
    click(qtbot, dialog, "Delete Backups")
    assert dialog.findChild(QLabel, "protected_result").text() == "2 backups deleted."
    assert not any(b.exists() for b in backups)
    assert path.exists()
    assert cipher.looks_encrypted(path)


def test_keep_them_leaves_the_backups(
    qtbot, protected_with_plain_backups: tuple[Path, list[Path]]
) -> None:
    path, backups = protected_with_plain_backups
    dialog = after_protect(qtbot, path, backups)
    click(qtbot, dialog, "Keep Them")
    assert not dialog.isVisible()
    assert all(b.exists() and not cipher.looks_encrypted(b) for b in backups)


def test_without_plain_backups_only_the_ssd_note(qtbot, tmp_path: Path) -> None:
    dialog = after_protect(qtbot, tmp_path / "journal.sqlite3", [])
    assert not dialog.findChild(QLabel, "protected_backups_note").isVisible()
    assert dialog.findChild(QLabel, "protected_ssd_note").isVisible()
    assert not dialog.findChild(QPushButton, "encrypt_backups").isVisible()
    click(qtbot, dialog, "Close")
    assert not dialog.isVisible()


# -- PostgreSQL --------------------------------------------------------------------------------


def test_server_note_says_how_to_encrypt_at_rest(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []
    answer_box(qtbot, "OK", seen, name="server_encryption_note")
    show_server_encryption_note(parent)
    (said,) = seen
    for words in ("server", "LUKS", "BitLocker", "FileVault", "sslmode=verify-full"):
        assert words in said
