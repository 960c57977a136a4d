"""Backups: verified single-file copies of a live journal, rotated; refused where they can't be."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from storetools import FileSnapshot, side_files

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import BackupError, open_store
from careerjournal.store import backup as backup_module
from careerjournal.store.backup import list_backups, make_backup, verify


def entry_ids_in_main_file(path: Path) -> set[int]:
    """Entries in the database file itself, ignoring its write-ahead log."""
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'entry'").fetchone():
            return set()  # even the new journal's tables are still in the log
        return {r[0] for r in con.execute("SELECT id FROM entry")}
    finally:
        con.close()


def test_backup_of_an_open_journal_includes_what_is_still_in_the_wal(
    sqlite_journal: Journal,
) -> None:
    titles = [f"Mentored a new hire, week {n}" for n in range(5)]
    records = [sqlite_journal.entries.add(EntryDraft(title=t, tags=("mentoring",))) for t in titles]
    path = sqlite_journal.store.path
    assert path is not None
    # The entries are committed, but only to the write-ahead log so far.
    assert path.with_name(path.name + "-wal").stat().st_size > 0
    assert entry_ids_in_main_file(path).isdisjoint(r.id for r in records)

    copy = sqlite_journal.backup()

    assert copy.parent == sqlite_journal.store.backup_dir
    assert [b.path for b in sqlite_journal.backups()] == [copy]
    verify(copy)
    # One self-contained file: rollback-journal mode, no WAL beside it, entries in the file.
    assert side_files(copy) == []
    assert entry_ids_in_main_file(copy) == {r.id for r in records}
    with Journal.open(copy) as restored:
        found = restored.entries.get_many([r.id for r in records])
        assert [r.title for r in found] == titles
        assert [r.id for r in restored.entries.search("mentoring")] != []
        assert restored.check().ok


def test_rotation_keeps_the_newest(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    store = open_store(str(path), backup_keep=3)
    try:
        folder = store.backup_dir
        assert folder is not None
        folder.mkdir()
        unrelated = folder / "notes.txt"
        unrelated.write_text("mine")
        made = [make_backup(store) for _ in range(5)]
        kept = [b.path for b in list_backups(store)]
    finally:
        store.close()
    assert len(set(made)) == 5
    assert kept == list(reversed(made[-3:]))
    assert all(not p.exists() for p in made[:2])
    assert all(p.exists() for p in made[-3:])
    assert unrelated.read_text() == "mine"


def test_explicit_destination(sqlite_journal: Journal, tmp_path: Path) -> None:
    entry = sqlite_journal.entries.add(EntryDraft(title="Passed the AWS exam"))
    taken = tmp_path / "taken.sqlite3"
    taken.write_text("someone else's file")
    before = FileSnapshot.of(taken)
    with pytest.raises(BackupError, match="already exists"):
        sqlite_journal.backup(taken)
    assert FileSnapshot.of(taken) == before

    free = tmp_path / "elsewhere" / "copy.sqlite3"
    free.parent.mkdir()
    assert sqlite_journal.backup(free) == free
    verify(free)
    assert entry_ids_in_main_file(free) == {entry.id}
    # A copy put elsewhere is not one of the journal's rotated backups.
    assert sqlite_journal.backups() == []


def _garbage_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) >= 4 * page
    data[2 * page : 3 * page] = random.Random(7).randbytes(page)
    path.write_bytes(bytes(data))


def _truncated(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:5000])


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"not a database at all\n" * 100)


@pytest.mark.parametrize("damage", [_garbage_page, _truncated, _not_sqlite])
def test_verify_rejects_a_damaged_copy(sqlite_journal: Journal, damage) -> None:
    for n in range(40):
        sqlite_journal.entries.add(EntryDraft(title=f"Weekly win {n}", body="detail " * 50))
    copy = sqlite_journal.backup()
    verify(copy)
    damage(copy)
    with pytest.raises(BackupError, match=str(copy)):
        verify(copy)


def test_a_backup_that_fails_verification_is_not_kept(
    sqlite_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    sqlite_journal.entries.add(EntryDraft(title="Gave a talk"))

    def bad_copy(source: Path, destination: Path, **_: object) -> None:
        destination.write_bytes(b"half a copy")

    monkeypatch.setattr(backup_module, "copy_database", bad_copy)
    with pytest.raises(BackupError):
        sqlite_journal.backup()
    folder = sqlite_journal.store.backup_dir
    assert folder is not None
    assert list(folder.iterdir()) == []
