"""Where journals go by default, and that only their owner can read them."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import open_store, paths


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """Files would be 0644 and folders 0755 unless the store narrows them."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private home: platformdirs' user data folder lands under it."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv(paths.ENV_DATABASE, raising=False)
    return home


def test_default_location_is_in_the_user_data_folder(home: Path) -> None:
    assert paths.data_dir() == home / ".local" / "share" / "careerjournal"
    assert paths.default_database() == paths.data_dir() / "journal.sqlite3"
    assert paths.resolve_location(None) == str(paths.default_database())


def test_default_journal_and_its_backups_are_private(home: Path) -> None:
    folder = paths.data_dir()
    assert not folder.exists()
    with Journal.open() as journal:
        db = paths.default_database()
        assert journal.store.path == db
        journal.entries.add(EntryDraft(title="Salary review: +8%"))
        assert mode(folder) == 0o700
        assert mode(db) == 0o600
        for suffix in ("-wal", "-shm"):
            side = db.with_name(db.name + suffix)
            assert side.exists(), f"{side.name} should exist while the journal is open"
            assert mode(side) == 0o600

        copy = journal.backup()
        assert copy.parent == folder / "journal-backups"
        assert mode(copy.parent) == 0o700
        assert mode(copy) == 0o600
    # The folders above the data folder are the user's, left as they were.
    assert mode(folder.parent) == 0o755


def test_existing_default_folder_and_file_are_tightened(home: Path) -> None:
    folder = paths.data_dir()
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    open_store().close()
    db = paths.default_database()
    os.chmod(db, 0o644)

    store = open_store()
    try:
        assert mode(folder) == 0o700
        assert mode(db) == 0o600
    finally:
        store.close()


def test_custom_path_leaves_its_existing_folder_alone(tmp_path: Path, home: Path) -> None:
    shared = tmp_path / "Documents"
    shared.mkdir()
    os.chmod(shared, 0o755)
    db = shared / "career.sqlite3"
    store = open_store(str(db))
    try:
        assert store.path == db
        assert mode(shared) == 0o755
        assert mode(db) == 0o600
    finally:
        store.close()
    assert not paths.data_dir().exists()


def test_custom_path_in_a_new_folder_makes_it_private(tmp_path: Path, home: Path) -> None:
    db = tmp_path / "new" / "career.sqlite3"
    open_store(str(db)).close()
    assert mode(db.parent) == 0o700
    assert mode(db) == 0o600


def test_environment_variable_names_the_journal(
    tmp_path: Path, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv(paths.ENV_DATABASE, str(chosen))
    with Journal.open() as journal:
        assert journal.store.path == chosen
        entry = journal.entries.add(EntryDraft(title="Joined the architecture guild"))
    assert chosen.exists()
    assert not paths.default_database().exists()
    with Journal.open(chosen) as journal:
        assert journal.entries.get(entry.id).title == "Joined the architecture guild"

    # A location given explicitly wins over the environment.
    explicit = tmp_path / "explicit.sqlite3"
    with Journal.open(explicit) as journal:
        assert journal.store.path == explicit
        assert journal.entries.count() == 0


def test_folders_made_above_the_journal_are_never_world_writable(
    tmp_path: Path, home: Path
) -> None:
    os.umask(0o000)  # the autouse fixture puts the usual umask back
    with Journal.open() as journal:
        journal.entries.add(EntryDraft(title="Mentored two new engineers"))
    folder = paths.data_dir()
    assert mode(folder) == 0o700
    for above in (folder.parent, folder.parent.parent):  # ~/.local/share, ~/.local: made by us
        assert mode(above) & 0o022 == 0, f"{above} is {oct(mode(above))}"

    deep = tmp_path / "a" / "b" / "c" / "career.sqlite3"
    open_store(str(deep)).close()
    assert mode(deep.parent) == 0o700
    for above in (deep.parent.parent, deep.parent.parent.parent):
        assert mode(above) & 0o022 == 0, f"{above} is {oct(mode(above))}"
    assert mode(deep) == 0o600


def test_a_read_only_journal_keeps_its_mode(tmp_path: Path) -> None:
    db = tmp_path / "career.sqlite3"
    open_store(str(db)).close()
    os.chmod(db, 0o400)
    store = open_store(str(db), create=False)
    try:
        assert store.read_only
    finally:
        store.close()
    assert mode(db) == 0o400
