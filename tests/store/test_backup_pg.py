"""Backups of PostgreSQL journals: the app's backup format, verified, rotated, restorable."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from careerjournal.app import main
from careerjournal.interchange.backup_format import export_backup, import_backup, read_backup
from careerjournal.services import EntryDraft, Journal, demo
from careerjournal.store import BackupError, backup_pg, open_store
from careerjournal.store.backup import list_backups, make_backup, rotate


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "careerjournal"


@pytest.fixture
def pg_journal(pg_location: str, data_home: Path) -> Iterator[Journal]:
    journal = Journal.open(pg_location, backup_keep=3)
    yield journal
    journal.close()


def contents(journal: Journal) -> dict[str, Any]:
    data = export_backup(journal)
    data.pop("exported_at")
    return data


def test_backup_of_a_postgresql_journal_restores_into_sqlite_as_it_was(
    pg_journal: Journal, data_home: Path, tmp_path: Path
) -> None:
    demo.generate(pg_journal, entries=200, seed=5)
    pg_journal.entries.add(EntryDraft(title="Ünïcode & <b>tags</b>", tags=("a", "b")))

    made = pg_journal.backup()

    assert made.parent.parent == data_home / "backups"
    assert made.name.endswith("-manual.json")
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    for folder in (data_home, data_home / "backups", made.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [b.path for b in pg_journal.backups()] == [made]
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # no partial file left
    backup_pg.verify(made)
    with Journal.open(tmp_path / "restored.sqlite3") as restored:
        import_backup(restored, read_backup(made))
        assert contents(restored) == contents(pg_journal)


def test_cli_backup_and_import_of_a_postgresql_journal(
    pg_location: str, data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Journal.open(pg_location) as journal:
        journal.entries.add(EntryDraft(title="Passed the CKA exam", tags=("k8s",)))
        expected = contents(journal)
    assert main(["--database", pg_location, "backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.is_file()
    chosen = tmp_path / "mine.json"
    assert main(["--database", pg_location, "backup", "-o", str(chosen)]) == 0
    assert Path(capsys.readouterr().out.strip()) == chosen
    target = tmp_path / "copy.sqlite3"
    for source in (made, chosen):
        target.unlink(missing_ok=True)
        assert main(["--database", str(target), "--create", "import", str(source)]) == 0
        with Journal.open(target) as restored:
            assert contents(restored) == expected


def test_an_explicit_destination_is_never_overwritten(pg_journal: Journal, tmp_path: Path) -> None:
    taken = tmp_path / "taken.json"
    taken.write_text("someone else's file")
    with pytest.raises(BackupError, match="already exists"):
        pg_journal.backup(taken)
    assert taken.read_text() == "someone else's file"


def test_rotation_keeps_the_newest_good_backups(pg_journal: Journal) -> None:
    pg_journal.entries.add(EntryDraft(title="Ran the incident review"))
    made = [pg_journal.backup(reason="auto") for _ in range(4)]
    folder = made[0].parent
    assert [b.path for b in pg_journal.backups()] == list(reversed(made[-3:]))
    # A backup cut short under its final name (an older version, a damaged disk) is newer
    # than all of them, yet never counts as one of the three good ones.
    broken = folder / f"{backup_pg.stem(pg_journal.store)}-29990101-000000-000000-auto.json"
    broken.write_text(made[-1].read_text()[:500])
    leftover = folder / ".x-auto.json.999999999.partial"  # its writer is long gone
    leftover.write_text("{")
    unrelated = folder / "notes.txt"
    unrelated.write_text("mine")

    newest = pg_journal.backup(reason="auto")

    assert [b.path for b in pg_journal.backups()] == [newest, made[-1], made[-2]]
    assert not broken.exists()
    assert not leftover.exists()
    assert unrelated.read_text() == "mine"


def test_verification_compares_the_rows_of_every_table(pg_journal: Journal) -> None:
    pg_journal.entries.add(EntryDraft(title="Gave a talk", tags=("speaking",)))
    made = pg_journal.backup()
    content, counts = backup_pg.snapshot(pg_journal.store)
    assert counts["entry"] == 1
    assert counts["entry_tag"] == 1
    backup_pg.verify(made, counts)
    with pytest.raises(BackupError, match="rows of entry_tag"):
        backup_pg.verify(made, {**counts, "entry_tag": 2})
    made.write_text(content[: len(content) // 2])
    with pytest.raises(BackupError, match="not a whole backup"):
        backup_pg.verify(made)


def test_a_backup_that_fails_verification_leaves_nothing(
    pg_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    pg_journal.entries.add(EntryDraft(title="Shipped it"))
    good = pg_journal.backup()

    def short_count(session: Any) -> dict[str, int]:
        counts = real_count(session)
        return {**counts, "entry": counts["entry"] + 1}  # a row the file will not hold

    real_count = backup_pg._count_rows
    monkeypatch.setattr(backup_pg, "_count_rows", short_count)
    with pytest.raises(BackupError, match="rows of entry"):
        pg_journal.backup()
    assert [p.name for p in good.parent.iterdir()] == [good.name]
    assert [b.path for b in pg_journal.backups()] == [good]


def test_make_backup_and_rotate_through_the_store(pg_location: str, data_home: Path) -> None:
    store = open_store(pg_location, backup_keep=2)
    try:
        made = [make_backup(store, reason="auto") for _ in range(3)]
        assert [b.path for b in list_backups(store)] == list(reversed(made[-2:]))
        assert rotate(store, keep=1) == [made[-2]]
    finally:
        store.close()
    assert os.listdir(made[-1].parent) == [made[-1].name]


def test_an_import_into_a_postgresql_journal_with_content_backs_it_up_first(
    pg_journal: Journal, tmp_path: Path
) -> None:
    pg_journal.entries.add(EntryDraft(title="Already here"))
    before = contents(pg_journal)
    with Journal.open(tmp_path / "other.sqlite3") as other:
        other.entries.add(EntryDraft(title="From the laptop"))
        source = tmp_path / "laptop.json"
        assert (
            main(
                [
                    "--database",
                    str(other.store.path),
                    "export",
                    "--format",
                    "backup",
                    "-o",
                    str(source),
                ]
            )
            == 0
        )

    import_backup(pg_journal, read_backup(source))

    made = [b.path for b in pg_journal.backups()]
    assert len(made) == 1
    assert made[0].name.endswith("-before-import.json")
    with Journal.open(tmp_path / "restored.sqlite3") as restored:
        import_backup(restored, read_backup(made[0]))
        assert contents(restored) == before
