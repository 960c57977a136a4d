"""Backups that cannot lie: a broken or interrupted backup never looks good and never pushes out a
good one (killed backups once left 15 partial files that rotation kept over 10 verified ones)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import BackupError
from careerjournal.store.backup import (
    PARTIAL,
    backups_of,
    clean_leftovers,
    list_backups,
    newest_good_backup,
    verify,
)

pytestmark = pytest.mark.sqlite_only


def fill(journal: Journal, n: int) -> None:
    for i in range(n):
        journal.entries.add(EntryDraft(title=f"Shipped step {i}", body="detail " * 40))


def test_an_empty_file_is_not_a_good_backup(sqlite_journal: Journal) -> None:
    fill(sqlite_journal, 3)
    good = sqlite_journal.backup()
    folder = good.parent
    empty = folder / good.name.replace(good.stem, good.stem[:-6] + "999999")
    empty.touch()
    os.utime(empty, (time.time() + 60, time.time() + 60))  # the newest of all
    with pytest.raises(BackupError, match="empty"):
        verify(empty)
    path = sqlite_journal.store.path
    assert path is not None
    found = newest_good_backup(path)
    assert found is not None
    assert found.path == good


def test_a_database_that_is_not_a_journal_is_not_a_good_backup(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (text)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="not a whole journal"):
        verify(other)


def test_verify_compares_row_counts_with_the_source(sqlite_journal: Journal) -> None:
    fill(sqlite_journal, 5)
    copy = sqlite_journal.backup()
    verify(copy, {"entry": 5})
    con = sqlite3.connect(copy)
    con.execute("DELETE FROM entry WHERE id = (SELECT max(id) FROM entry)")
    con.commit()
    con.close()
    with pytest.raises(BackupError, match="4 rows of entry, not 5"):
        verify(copy, {"entry": 5})


def interrupted_backup(folder: Path, stem: str, n: int, good: Path) -> Path:
    """What a killed backup of an older version left: a final name, half a file, a hot journal."""
    path = folder / f"{stem}-20990101-0000{n:02d}-000000-manual.sqlite3"
    path.write_bytes(good.read_bytes()[:3000])
    path.with_name(path.name + "-journal").write_bytes(b"\0" * 512)
    later = time.time() + 100 + n
    os.utime(path, (later, later))
    return path


def test_rotation_never_trades_a_good_backup_for_a_broken_one(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.sqlite3") as journal:
        fill(journal, 20)
        good = [journal.backup() for _ in range(10)]
        folder = good[0].parent
        broken = [interrupted_backup(folder, "journal", n, good[0]) for n in range(15)]
        newest = journal.backup()
        kept = [b.path for b in list_backups(journal.store)]
    # The new backup and the nine newest good ones stay; every broken one and its journal goes.
    assert kept == [newest, *reversed(good[1:])]
    assert not good[0].exists()
    assert not any(p.exists() or p.with_name(p.name + "-journal").exists() for p in broken)
    for path in kept:
        verify(path)


def test_leftovers_of_a_finished_writer_are_cleaned(tmp_path: Path) -> None:
    folder = tmp_path / "journal-backups"
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    gone = folder / f".journal-1-manual.sqlite3.{dead.pid}{PARTIAL}"
    gone.write_bytes(b"half")
    gone.with_name(gone.name + "-journal").write_bytes(b"hot")
    mine = folder / f".journal-2-manual.sqlite3.{os.getpid()}{PARTIAL}"
    mine.write_bytes(b"being written")
    removed = clean_leftovers(folder)
    assert sorted(p.name for p in removed) == sorted([gone.name, gone.name + "-journal"])
    assert mine.exists()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_killed_backups_leave_nothing_that_looks_good(tmp_path: Path) -> None:
    """Kill `careerjournal backup` as soon as its file appears, 15 times; then back up again."""
    database = tmp_path / "journal.sqlite3"
    with Journal.open(database) as journal:
        fill(journal, 800)
        earlier = [journal.backup() for _ in range(3)]
    folder = earlier[0].parent
    command = [sys.executable, "-m", "careerjournal", "--database", str(database), "backup"]
    killed = 0
    for _ in range(15):
        before = {p.name for p in folder.iterdir()}
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while child.poll() is None and time.monotonic() < deadline:
            if {p.name for p in folder.iterdir()} - before:
                child.send_signal(signal.SIGKILL)
                killed += 1
                break
            time.sleep(0.001)
        child.wait(timeout=30)
    assert killed > 0
    # Whatever a kill left, nothing under a backup's name is broken...
    for info in backups_of(database):
        verify(info.path)
    # ...and the next backup keeps every good one (10 fit) and clears the leftovers.
    with Journal.open(database) as journal:
        journal.backup()
        kept = {b.path for b in journal.backups()}
    assert set(earlier) <= kept
    assert not list(folder.glob(f".*{PARTIAL}*"))
