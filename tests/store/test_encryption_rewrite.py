"""Encrypting a journal file, decrypting it, changing its passphrase: the safe rewrite of
store/encryption.py, on real files. Nothing readable is left behind, the content comes back
exactly, and a copy that does not verify changes nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import sqlite3
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from careerjournal.services import EntryDraft, Journal, demo
from careerjournal.store import StoreError, cipher
from careerjournal.store import encryption as enc
from careerjournal.store.errors import ProtectedJournalError, WrongPassphraseError

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher (sqlcipher3) missing")

KEY = "correct horse battery"
OTHER_KEY = "staple of the month"
# Words that exist only in what the user wrote (titles, tags, bodies, results); the search index
# keeps them in lower case, so both spellings are looked for.
SECRETS = ("Zanzibarquokka", "Wombatgraph", "Xylophonebody", "Quillresult")


def marker_drafts(suffix: str = "") -> list[EntryDraft]:
    return [
        EntryDraft(
            title=f"Led the Zanzibarquokka migration{suffix}",
            occurred_on=dt.date(2024, 3, 5),
            body="Moved **Xylophonebody** services to the new cluster.",
            tags=("Wombatgraph", "infra"),
            measurable_result="Quillresult: cost down 30%",
        ),
        EntryDraft(title=f"Asked for feedback{suffix}", body="Xylophonebody again", tags=("k8s",)),
    ]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain journal with a sample career and the secret words, closed (made once)."""
    path = tmp_path_factory.mktemp("original") / "journal.sqlite3"
    with Journal.open(path) as journal:
        demo.generate(journal, entries=50, seed=3)
        for draft in marker_drafts():
            journal.entries.add(draft)
    return path


@pytest.fixture
def path(original: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "journal.sqlite3"
    shutil.copy2(original, copy)
    return copy


def exported(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The journal's JSON backup export, without the time it was made."""
    from careerjournal.interchange.backup_format import export_backup

    with Journal.open(path, create=False, passphrase=passphrase) as journal:
        data = export_backup(journal)
    data.pop("exported_at")
    return data


def holding_secrets(folder: Path) -> dict[str, list[str]]:
    """Every file under `folder` in which a secret word can be read, with the words found."""
    found: dict[str, list[str]] = {}
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = file.read_bytes()
        words = [w for w in SECRETS if w.encode() in data or w.lower().encode() in data]
        if words:
            found[str(file.relative_to(folder))] = words
    return found


def contents(con: Any) -> str:
    """A hash of every row of every ordinary table, computed here independently of the code
    under test (rows sorted as text, tables by name)."""
    digest = hashlib.sha256()
    tables = con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    ).fetchall()
    for (name,) in tables:
        rows = sorted(repr(tuple(r)) for r in con.execute(f'SELECT * FROM "{name}"'))
        digest.update(f"{name}\n{len(rows)}\n".encode() + "\n".join(rows).encode())
    return digest.hexdigest()


def contents_of(path: Path, passphrase: str | None) -> str:
    con = cipher.connect(path, passphrase)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return contents(con)
    finally:
        con.close()


def test_an_encrypted_journal_holds_no_readable_text_anywhere_in_its_folder(path: Path) -> None:
    folder = path.parent
    with Journal.open(path) as journal:
        earlier = journal.backup()  # a plain backup, made before the journal was protected
    assert holding_secrets(folder)  # the test can see the words when they are there

    result = enc.encrypt_journal(path, KEY)

    assert result.path == path
    assert result.tables["entry"] == 52
    # Only the earlier backup can still be read; it is the one reported as plain.
    assert list(holding_secrets(folder)) == [str(earlier.relative_to(folder))]
    assert enc.plain_backups(path) == [earlier]
    assert enc.encrypt_backups(enc.plain_backups(path), KEY) == 1
    assert holding_secrets(folder) == {}
    assert enc.plain_backups(path) == []

    # Open and write with the key: the write-ahead log and a new backup are encrypted too.
    with Journal.open(path, create=False, passphrase=KEY) as journal:
        for draft in marker_drafts(" (again)"):
            journal.entries.add(draft)
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0
        assert holding_secrets(folder) == {}
        journal.backup()
        assert sorted(r.title for r in journal.entries.search("zanzibarquokka")) == [
            "Led the Zanzibarquokka migration",
            "Led the Zanzibarquokka migration (again)",
        ]
    assert holding_secrets(folder) == {}
    assert len(list(folder.glob("*-backups/*.sqlite3"))) == 2


def test_plain_sqlite_cannot_read_an_encrypted_journal(path: Path) -> None:
    enc.encrypt_journal(path, KEY)
    con = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
            con.execute("select * from sqlite_master")
    finally:
        con.close()


def test_a_wrong_or_missing_passphrase_is_refused_and_changes_nothing(path: Path) -> None:
    enc.encrypt_journal(path, KEY)
    before = path.read_bytes()
    with pytest.raises(WrongPassphraseError):
        Journal.open(path, create=False, passphrase=OTHER_KEY)
    with pytest.raises(ProtectedJournalError):
        Journal.open(path, create=False)
    with pytest.raises(WrongPassphraseError):
        enc.decrypt_journal(path, OTHER_KEY)
    with pytest.raises(WrongPassphraseError):
        enc.change_passphrase(path, OTHER_KEY, "a brand new one")
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_the_right_passphrase_gives_back_the_same_journal(original: Path, path: Path) -> None:
    expected = exported(original)
    digest = contents_of(path, None)

    result = enc.encrypt_journal(path, KEY)

    assert cipher.looks_encrypted(path)
    assert exported(path, KEY) == expected
    assert contents_of(path, KEY) == digest
    assert result.tables == enc.table_counts(cipher.connect(path, KEY))


def test_decrypting_gives_back_a_plain_file_with_the_same_content(
    original: Path, path: Path
) -> None:
    digest = contents_of(path, None)
    first = enc.encrypt_journal(path, KEY)

    second = enc.decrypt_journal(path, KEY)

    assert cipher.header(path) == cipher.SQLITE_HEADER
    assert (second.tables, second.digest) == (first.tables, first.digest)
    assert contents_of(path, None) == digest
    assert exported(path) == exported(original)
    with Journal.open(path, create=False) as journal:
        assert journal.check().ok
        assert [r.title for r in journal.entries.search("wombatgraph")] == [
            "Led the Zanzibarquokka migration"
        ]


def test_changing_the_passphrase_refuses_the_old_one_afterwards(original: Path, path: Path) -> None:
    enc.encrypt_journal(path, KEY)

    enc.change_passphrase(path, KEY, OTHER_KEY)

    with pytest.raises(WrongPassphraseError):
        Journal.open(path, create=False, passphrase=KEY)
    assert exported(path, OTHER_KEY) == exported(original)
    assert holding_secrets(path.parent) == {}


def test_steps_are_reported_and_the_file_stays_private(path: Path) -> None:
    steps: list[tuple[str, int, int]] = []

    enc.encrypt_journal(path, KEY, progress=lambda *step: steps.append(step))

    assert steps == [("export", 0, 3), ("verify", 1, 3), ("swap", 2, 3), ("swap", 3, 3)]
    if sys.platform != "win32":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def _spoiled_export(monkeypatch: pytest.MonkeyPatch, spoil: str) -> None:
    """Make the copy differ from the original after it is written."""
    real = cipher.export

    def export(con: Any, destination: Path, passphrase: str | None) -> None:
        real(con, destination, passphrase)
        if spoil == "truncate":
            with destination.open("r+b") as f:
                f.truncate(destination.stat().st_size // 2)
            return
        copy = cipher.connect(destination, passphrase)
        try:
            if spoil == "row":
                copy.execute("DELETE FROM entry WHERE id = (SELECT max(id) FROM entry)")
            else:
                copy.execute(
                    "UPDATE role SET title = 'changed' WHERE id = (SELECT min(id) FROM role)"
                )
            copy.commit()
        finally:
            copy.close()

    monkeypatch.setattr(cipher, "export", export)


@pytest.mark.parametrize(
    ("spoil", "said"),
    [
        ("row", "entry holds 51 rows, not 52"),
        ("value", "the rows differ"),
        ("truncate", "did not verify"),
    ],
)
def test_a_copy_that_does_not_verify_changes_nothing(
    original: Path, path: Path, monkeypatch: pytest.MonkeyPatch, spoil: str, said: str
) -> None:
    digest = contents_of(path, None)
    _spoiled_export(monkeypatch, spoil)

    with pytest.raises(StoreError, match=said) as raised:
        enc.encrypt_journal(path, KEY)

    assert "Nothing was changed" in str(raised.value)
    assert "\n" not in str(raised.value)
    assert cipher.header(path) == cipher.SQLITE_HEADER
    assert contents_of(path, None) == digest
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    monkeypatch.undo()
    assert exported(path) == exported(original)


def test_a_failed_passphrase_change_keeps_the_old_passphrase(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enc.encrypt_journal(path, KEY)
    digest = contents_of(path, KEY)
    _spoiled_export(monkeypatch, "row")

    with pytest.raises(StoreError, match="did not verify"):
        enc.change_passphrase(path, KEY, OTHER_KEY)

    assert contents_of(path, KEY) == digest


def test_what_is_still_in_the_write_ahead_log_is_kept(tmp_path: Path, original: Path) -> None:
    """A journal whose last writes are only in its -wal (the app was killed): they are in the
    encrypted copy, and no -wal is left to be replayed into it."""
    live = tmp_path / "live" / "journal.sqlite3"
    live.parent.mkdir()
    shutil.copy2(original, live)
    crashed = tmp_path / "journal.sqlite3"
    with Journal.open(live, create=False) as journal:
        journal.entries.add(EntryDraft(title="Only in the log"))
        for suffix in ("", "-wal"):
            shutil.copy2(
                live.with_name(live.name + suffix), crashed.with_name(crashed.name + suffix)
            )
    assert crashed.with_name(crashed.name + "-wal").stat().st_size > 0

    result = enc.encrypt_journal(crashed, KEY)

    assert result.tables["entry"] == 53
    assert sorted(p.name for p in tmp_path.iterdir()) == ["journal.sqlite3", "live"]
    with Journal.open(crashed, create=False, passphrase=KEY) as journal:
        assert [r.title for r in journal.entries.search("only in the log")] == ["Only in the log"]


def test_leftovers_of_an_interrupted_rewrite_are_removed(path: Path) -> None:
    leftover = path.with_name(f".{path.name}.rewrite")
    leftover.write_bytes(b"SQLite format 3\x00 half a copy: Zanzibarquokka")
    leftover.with_name(leftover.name + "-journal").write_bytes(b"x" * 512)
    assert enc.rewrite_leftovers(path) != []

    enc.encrypt_journal(path, KEY)

    assert enc.rewrite_leftovers(path) == []
    assert holding_secrets(path.parent) == {}


def test_what_cannot_be_rewritten_is_refused_in_one_line(path: Path, tmp_path: Path) -> None:
    def refused(call: Any, *args: Any) -> str:
        with pytest.raises(StoreError) as raised:
            call(*args)
        message = str(raised.value)
        assert "\n" not in message
        return message

    assert "There is no journal file" in refused(enc.encrypt_journal, tmp_path / "no.db", KEY)
    assert "not protected" in refused(enc.decrypt_journal, path, KEY)
    assert "not protected" in refused(enc.change_passphrase, path, KEY, OTHER_KEY)
    server = refused(enc.encrypt_journal, "postgresql://me:pw@db.example/journal", KEY)
    assert "server's job" in server
    assert "sslmode=verify-full" in server
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    assert "not a journal database" in refused(enc.encrypt_journal, text, KEY)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    assert "not a Career Journal" in refused(enc.encrypt_journal, other, KEY)

    enc.encrypt_journal(path, KEY)
    before = path.read_bytes()
    assert "already protected" in refused(enc.encrypt_journal, path, OTHER_KEY)
    assert path.read_bytes() == before


def test_without_sqlcipher_nothing_is_touched(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from careerjournal.store.errors import EncryptionUnavailableError

    def missing() -> None:
        raise EncryptionUnavailableError("Encryption needs SQLCipher.")

    monkeypatch.setattr(cipher, "module", missing)
    before = path.read_bytes()
    with pytest.raises(EncryptionUnavailableError):
        enc.encrypt_journal(path, KEY)
    assert path.read_bytes() == before


def test_passphrase_rules() -> None:
    assert enc.check_passphrase("") == "empty"
    assert enc.check_passphrase("   ") == "empty"
    assert enc.check_passphrase("seven77") == "short"
    assert enc.check_passphrase("x" * enc.MIN_PASSPHRASE) is None


def test_backups_plain_and_encrypted_are_told_apart(path: Path) -> None:
    with Journal.open(path, create=False) as journal:
        first = journal.backup(reason="one")
        second = journal.backup(reason="two")
    enc.encrypt_journal(path, KEY)
    with Journal.open(path, create=False, passphrase=KEY) as journal:
        third = journal.backup(reason="three")  # made of the encrypted journal: encrypted
    assert cipher.looks_encrypted(third)

    plain = enc.plain_backups(path)

    assert sorted(plain) == sorted([first, second])
    assert enc.delete_backups(plain) == 2
    assert not first.exists()
    assert not second.exists()
    assert enc.plain_backups(path) == []
    assert enc.delete_backups(plain) == 0
    assert contents_of(third, KEY) != ""


def test_encrypted_backups_open_with_the_journal_passphrase(path: Path) -> None:
    with Journal.open(path, create=False) as journal:
        copy = journal.backup()
    digest = contents_of(copy, None)
    steps: list[tuple[str, int, int]] = []

    assert enc.encrypt_backups([copy], KEY, progress=lambda *s: steps.append(s)) == 1

    assert cipher.looks_encrypted(copy)
    assert contents_of(copy, KEY) == digest
    assert steps[-1] == ("swap", 1, 1)
    assert enc.encrypt_backups([copy], KEY) == 0  # not plain any more: passed over
