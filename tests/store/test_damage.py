"""Damage in the middle of a journal file: refused at open, never written, recovered on request.

The damage is real: 200 fixed bytes over the middle third of a sample journal of 1,500 entries.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal, demo
from careerjournal.store import CorruptDatabaseError, open_store
from careerjournal.store.integrity import DamagedJournalError
from careerjournal.store.recover import RecoveryError, recover
from cli_run import Result, run_cli

ENTRIES = 1500


def entry_page_in_middle_third(path: Path) -> int:
    """The byte offset of a page of entries in the file's middle third (nearest its middle)."""
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        try:
            pages = [
                r[0]
                for r in con.execute(
                    "SELECT pageno FROM dbstat WHERE name = 'entry' AND pagetype = 'leaf'"
                )
            ]
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find the pages of entries")
    finally:
        con.close()
    size = path.stat().st_size
    offsets = [(n - 1) * page_size for n in pages]
    inside = [o for o in offsets if size // 3 <= o < 2 * size // 3]
    assert inside, "no page of entries in the middle third"
    return min(inside, key=lambda o: abs(o - size // 2))


def damage(path: Path) -> bytes:
    """Overwrite 200 bytes of a page of entries in the file's middle third; the damaged bytes."""
    start = entry_page_in_middle_third(path)
    data = bytearray(path.read_bytes())
    data[start : start + 200] = bytes((i * 37 + 11) % 256 for i in range(200))
    path.write_bytes(bytes(data))
    return bytes(data)


def entry_titles(path: Path) -> dict[int, str]:
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return dict(con.execute("SELECT id, title FROM entry"))
    finally:
        con.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A sound sample journal with enough entries to fill many pages (made once)."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    with Journal.open(path) as journal:
        demo.generate(journal, entries=ENTRIES, seed=11, today=dt.date(2026, 6, 1))
    return path


@pytest.fixture
def journal_file(sample: Path, tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    shutil.copyfile(sample, path)
    return path


def cj(db: Path, *args: str) -> Result:
    """`careerjournal --database DB ARGS...`, in this process (tests/cli_run.py)."""
    return run_cli("--database", str(db), *args)


def test_damaged_journal_is_refused_at_open_and_left_untouched(journal_file: Path) -> None:
    damaged = damage(journal_file)
    with pytest.raises(DamagedJournalError) as excinfo:
        open_store(str(journal_file), create=False)
    message = str(excinfo.value)
    assert str(journal_file) in message
    assert "is damaged" in message
    assert "Nothing was written to it." in message
    assert "\n" not in message
    assert journal_file.read_bytes() == damaged
    assert sorted(p.name for p in journal_file.parent.iterdir()) == ["journal.sqlite3"]


def test_a_file_that_is_no_database_is_not_called_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"garbage" * 4096)
    with pytest.raises(CorruptDatabaseError) as excinfo:
        open_store(str(path), create=False)
    assert not isinstance(excinfo.value, DamagedJournalError)


def test_list_and_add_refuse_a_damaged_journal_in_one_line(journal_file: Path) -> None:
    damaged = damage(journal_file)
    for args in (("list",), ("add", "Written into a damaged file?")):
        result = cj(journal_file, *args)
        assert result.returncode == 1, args
        assert result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(f"careerjournal: error: {journal_file} is damaged")
        assert "internal error" not in lines[0]
        assert "check` says how to recover it" in lines[0]
        assert journal_file.read_bytes() == damaged


def test_check_reports_damage_in_words_and_offers_recovery(journal_file: Path) -> None:
    damaged = damage(journal_file)
    result = cj(journal_file, "check")
    assert result.returncode == 1
    assert (
        result.stderr
        == f"careerjournal: error: {journal_file} is damaged; nothing was written to it.\n"
    )
    assert result.stdout.startswith(f"PROBLEM: {journal_file} is damaged")
    assert "check --recover` makes a new journal of what can still be read" in result.stdout
    assert "journal.sqlite3.damaged" in result.stdout
    assert "There is no good backup of it to go back to." in result.stdout
    assert journal_file.read_bytes() == damaged


def test_check_recover_salvages_what_can_be_read(sample: Path, journal_file: Path) -> None:
    before = entry_titles(sample)
    damaged = damage(journal_file)
    result = cj(journal_file, "check", "--recover")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert f"The damaged file is kept as {journal_file}.damaged.\n" in out
    kept = journal_file.with_name("journal.sqlite3.damaged")
    assert kept.read_bytes() == damaged  # moved aside, never written

    after = entry_titles(journal_file)
    lost = sorted(before.keys() - after.keys())
    assert 0 < len(lost) < ENTRIES // 10  # the damage hit entries, and only a few pages of them
    assert f"Salvaged {len(after):,} of {ENTRIES:,} entries into a new {journal_file}.\n" in out
    assert f"Lost: {len(lost)} entries could not be read (ids " in out
    # What was salvaged is what was written: no garbage from the damaged pages.
    assert {k: before[k] for k in after} == after

    check = cj(journal_file, "check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.endswith("no problems found.\n")
    shown = cj(journal_file, "list", "--limit", "0")
    assert shown.returncode == 0, shown.stderr
    assert len(shown.stdout.splitlines()) == len(after)


def test_check_recover_from_backup_puts_back_the_newest_good_backup(journal_file: Path) -> None:
    with Journal.open(journal_file) as journal:
        backup = journal.backup()
        journal.entries.add(EntryDraft(title="Written after the backup"))
    backed_up = entry_titles(backup)
    damaged = damage(journal_file)

    offered = cj(journal_file, "check")
    assert offered.returncode == 1
    assert f"check --recover --from-backup` puts back the newest good backup, {backup.name}" in (
        offered.stdout
    )

    result = cj(journal_file, "check", "--recover", "--from-backup")
    assert result.returncode == 0, result.stderr
    assert f"Put back the backup {backup} of " in result.stdout
    assert journal_file.with_name("journal.sqlite3.damaged").read_bytes() == damaged
    assert entry_titles(journal_file) == backed_up
    assert "Written after the backup" not in backed_up.values()
    assert cj(journal_file, "check").returncode == 0


def test_recover_from_backup_without_one_changes_nothing(journal_file: Path) -> None:
    damaged = damage(journal_file)
    result = cj(journal_file, "check", "--recover", "--from-backup")
    assert result.returncode == 1
    assert "has no backup that passes its checks" in result.stderr
    assert "Traceback" not in result.stderr
    assert journal_file.read_bytes() == damaged
    assert not journal_file.with_name("journal.sqlite3.damaged").exists()


def test_a_second_recovery_never_replaces_the_first_damaged_file(journal_file: Path) -> None:
    first = damage(journal_file)
    recover(journal_file)
    second = damage(journal_file)
    result = recover(journal_file)
    assert result.damaged.name == "journal.sqlite3.damaged-2"
    assert journal_file.with_name("journal.sqlite3.damaged").read_bytes() == first
    assert result.damaged.read_bytes() == second
    open_store(str(journal_file), create=False).close()


def test_recover_refuses_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RecoveryError, match="There is no journal file at"):
        recover(tmp_path / "missing.sqlite3")


def test_damage_inside_a_row_is_reported_by_commands_and_check_and_recovered(
    journal_file: Path,
) -> None:
    """Bytes that no longer decode, with the file's structure intact: the quick check at open
    cannot see them; reading the row does, and says so in words."""
    title = "Quarterly zebra review 7f3a"
    with Journal.open(journal_file) as journal:
        victim = journal.entries.add(EntryDraft(title=title)).id
    data = journal_file.read_bytes()
    assert title.encode() in data
    journal_file.write_bytes(data.replace(title.encode(), b"\xff" * len(title)))

    listed = cj(journal_file, "list", "--limit", "0")
    assert listed.returncode == 1
    assert listed.stderr.startswith(f"careerjournal: error: {journal_file} is damaged: reading")
    assert "Could not decode to UTF-8 column 'title'" in listed.stderr
    assert len(listed.stderr.splitlines()) == 1
    assert "internal error" not in listed.stderr

    checked = cj(journal_file, "check")
    assert checked.returncode == 1
    assert "PROBLEM: Rows of entry cannot be read" in checked.stdout
    assert "check --recover` makes a new journal" in checked.stdout

    recovered = cj(journal_file, "check", "--recover")
    assert recovered.returncode == 0, recovered.stderr
    assert f"Lost: 1 entry could not be read (ids {victim})." in recovered.stdout
    assert cj(journal_file, "check").returncode == 0
    assert victim not in entry_titles(journal_file)
    assert len(entry_titles(journal_file)) == ENTRIES


def garble_a_title(path: Path, title: str) -> None:
    """Replace the bytes of `title` in the file with bytes that do not decode as UTF-8: the
    file's structure stays intact, so the quick check at open passes."""
    data = path.read_bytes()
    assert title.encode() in data  # in the entry, maybe also in the log of operations
    path.write_bytes(data.replace(title.encode(), b"\xff" * len(title)))


def test_read_back_finds_damage_inside_a_record_that_quick_check_passes(
    journal_file: Path,
) -> None:
    from careerjournal.store.integrity import quick_check, read_back

    title = "Garbled in place 51c2"
    with Journal.open(journal_file) as journal:
        journal.entries.add(EntryDraft(title=title))
    assert read_back(journal_file) == []
    garble_a_title(journal_file, title)
    con = sqlite3.connect(journal_file.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        assert quick_check(con) == []
    finally:
        con.close()
    found = read_back(journal_file)
    reasons = dict(found)
    assert "Could not decode to UTF-8 column 'title'" in reasons["entry"]
    assert "with text" not in reasons["entry"]  # the garbled bytes themselves are not shown


def test_read_back_stops_when_cancelled(journal_file: Path) -> None:
    from careerjournal.store.integrity import read_back

    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return True

    untouched = journal_file.read_bytes()
    assert read_back(journal_file, cancelled) == []
    assert asked == [1]  # asked after the first batch, then stopped
    assert journal_file.read_bytes() == untouched


def test_reading_a_damaged_record_refuses_every_later_write(journal_file: Path) -> None:
    """A read that meets damage says so in words (not an sqlite3 error), and from then on the
    open journal writes nothing to the file."""
    from careerjournal.store.integrity import DamagedRecordError

    title = "Garbled then written 9d0e"
    with Journal.open(journal_file) as journal:
        journal.entries.add(EntryDraft(title=title))
    garble_a_title(journal_file, title)
    with Journal.open(journal_file) as journal:
        with pytest.raises(DamagedRecordError) as raised:
            journal.entries.list()
        assert str(raised.value).startswith(f"{journal_file} is damaged: reading it failed (")
        assert "nothing is written to it until it is recovered" in str(raised.value)
        assert journal.store.damage is not None
        before = journal_file.read_bytes()
        with pytest.raises(DamagedRecordError, match="is damaged"):
            journal.entries.add(EntryDraft(title="Not written"))
        assert journal_file.read_bytes() == before
        wal = journal_file.with_name(journal_file.name + "-wal")
        assert not wal.exists() or b"Not written" not in wal.read_bytes()
