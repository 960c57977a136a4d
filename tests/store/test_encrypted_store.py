"""Opening an SQLCipher journal: passphrase, refusals, encrypted backups, background readers."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import (
    ProtectedJournalError,
    WrongPassphraseError,
    cipher,
    open_store,
)
from careerjournal.store.backup import backups_of, newest_good_backup, verify
from careerjournal.store.errors import BackupError
from careerjournal.store.integrity import read_back
from careerjournal.store.notify import FileWatcher

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")

PASSPHRASE = "correct horse battery"
SECRETS = ("Negotiated the Zanzibar raise", "quietly-leaving", "feedback about Morgana")


def make_encrypted(tmp_path: Path) -> Path:
    """A journal with entries whose words must never appear in plain bytes, encrypted."""
    plain = tmp_path / "plain.db"
    with Journal.open(str(plain)) as journal:
        journal.entries.add(EntryDraft(SECRETS[0], body=SECRETS[2], tags=(SECRETS[1],)))
    target = tmp_path / "journal.db"
    con = cipher.module().connect(str(plain))
    try:
        cipher.export(con, target, PASSPHRASE)
    finally:
        con.close()
    plain.unlink()
    return target


def holds_plain_text(path: Path) -> bool:
    data = path.read_bytes()
    return any(s.encode() in data for s in SECRETS)


def test_an_encrypted_file_is_recognised_and_other_files_are_not(tmp_path: Path) -> None:
    encrypted = make_encrypted(tmp_path)
    assert cipher.looks_encrypted(encrypted)
    plain = tmp_path / "other.db"
    Journal.open(str(plain)).close()
    text = tmp_path / "notes.db"
    text.write_bytes(b"garbage" * 4096)
    assert not cipher.looks_encrypted(plain)
    assert not cipher.looks_encrypted(text)
    assert not cipher.looks_encrypted(tmp_path)  # a folder
    assert not cipher.looks_encrypted(tmp_path / "missing.db")


def test_plain_sqlite_cannot_read_it(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    assert not holds_plain_text(path)
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        sqlite3.connect(path).execute("SELECT * FROM sqlite_master").fetchall()


def test_without_or_with_a_wrong_passphrase_nothing_opens(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    before = path.read_bytes()
    with pytest.raises(ProtectedJournalError, match="protected by a passphrase"):
        Journal.open(str(path))
    with pytest.raises(WrongPassphraseError, match="does not open"):
        Journal.open(str(path), passphrase="not the one")
    assert path.read_bytes() == before
    assert not path.with_name(path.name + "-wal").exists()


def test_the_right_passphrase_opens_reads_and_writes(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    with Journal.open(str(path), passphrase=PASSPHRASE) as journal:
        assert journal.store.encrypted
        assert [e.title for e in journal.entries.list()] == [SECRETS[0]]
        journal.entries.add(EntryDraft("Second secret: Operation Marmalade"))
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        assert b"Marmalade" not in wal.read_bytes()
        report = journal.check()
        assert not report.damaged
    assert b"Marmalade" not in path.read_bytes()
    with Journal.open(str(path), passphrase=PASSPHRASE) as journal:
        assert journal.entries.count() == 2


def test_a_plain_journal_ignores_a_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with Journal.open(str(path), passphrase="anything at all") as journal:
        assert not journal.store.encrypted
        journal.entries.add(EntryDraft("Plain as day"))
    assert b"Plain as day" in path.read_bytes()  # checkpointed on close


def test_backups_of_an_encrypted_journal_are_encrypted_with_the_same_key(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    with Journal.open(str(path), passphrase=PASSPHRASE) as journal:
        made = journal.backup()
        listed = [b.path for b in journal.backups()]
    assert listed == [made]
    assert cipher.looks_encrypted(made)
    assert not holds_plain_text(made)
    verify(made, passphrase=PASSPHRASE)
    with pytest.raises(BackupError):
        verify(made)  # not without the key
    good = newest_good_backup(path, PASSPHRASE)
    assert good is not None
    assert good.path == made
    with Journal.open(str(made), passphrase=PASSPHRASE) as copy:
        assert [e.title for e in copy.entries.list()] == [SECRETS[0]]


def test_rotation_keeps_encrypted_backups(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    store = open_store(str(path), passphrase=PASSPHRASE, backup_keep=2)
    try:
        journal = Journal(store)
        for _ in range(3):
            journal.backup()
    finally:
        store.close()
    assert len(backups_of(path)) == 2


def test_background_readers_use_the_key(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    assert read_back(path, passphrase=PASSPHRASE) == []
    changed = threading.Event()
    watcher = FileWatcher(path, changed.set, lambda: 0.0, PASSPHRASE)
    watcher.start()
    try:
        assert watcher.watching
        with Journal.open(str(path), passphrase=PASSPHRASE) as other:
            other.entries.add(EntryDraft("Written by another process"))
        assert changed.wait(5)
    finally:
        watcher.stop()


def test_the_store_forgets_the_passphrase_when_closed(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    store = open_store(str(path), passphrase=PASSPHRASE)
    assert store.passphrase == PASSPHRASE
    con = store.connect_raw()
    try:
        assert con.execute("SELECT count(*) FROM entry").fetchone()[0] == 1
    finally:
        con.close()
    store.close()
    assert store.passphrase is None
    assert not store.encrypted


def test_an_encrypted_journal_in_a_read_only_folder_opens_read_only(tmp_path: Path) -> None:
    path = make_encrypted(tmp_path)
    path.chmod(0o400)
    try:
        with Journal.open(str(path), passphrase=PASSPHRASE) as journal:
            assert journal.store.read_only
            assert [e.title for e in journal.entries.list()] == [SECRETS[0]]
        with pytest.raises(WrongPassphraseError):
            Journal.open(str(path), passphrase="wrong one")
    finally:
        path.chmod(0o600)
