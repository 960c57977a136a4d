"""Which file a journal location names, and what the store does to it: exactly the file named,
never a device, a read-only journal left read-only, a full disk said in words, no password shown."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import StoreError, open_store, paths
from careerjournal.store.errors import DiskFullError, ReadOnlyJournalError

ODD_NAMES = [
    "a%41b.sqlite3",  # %41 is "A" in a URL
    "what?mode=memory.sqlite3",  # ? starts a URL query
    "notes#draft.sqlite3",  # # starts a URL fragment
    "my career journal.sqlite3",
    "two\nlines.sqlite3",
    "Carrière 日本.sqlite3",
    "%2e%2e%2fescape.sqlite3",
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def make_journal(path: Path, titles: tuple[str, ...] = ("Shipped the billing rewrite",)) -> Path:
    with Journal.open(path) as journal:
        for title in titles:
            journal.entries.add(EntryDraft(title=title))
    return path


@pytest.mark.parametrize("name", ODD_NAMES)
def test_an_odd_file_name_writes_exactly_that_file(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "journals"
    folder.mkdir()
    path = folder / name
    make_journal(path)

    assert sorted(os.listdir(folder)) == [name]  # no other file appeared
    assert mode(path) == 0o600
    con = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
    try:
        assert con.execute("SELECT title FROM entry").fetchall() == [
            ("Shipped the billing rewrite",)
        ]
    finally:
        con.close()
    with Journal.open(path, create=False) as journal:
        assert journal.store.path == path
        assert journal.entries.count() == 1


def test_a_read_only_journal_is_read_but_never_written(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "journal.sqlite3")
    os.chmod(path, 0o400)
    before = digest(path)

    with Journal.open(path, create=False) as journal:
        assert journal.store.read_only
        assert journal.entries.count() == 1
        with pytest.raises(ReadOnlyJournalError, match=r"^This journal is read-only \(its file"):
            journal.entries.add(EntryDraft(title="Should not be written"))

    assert mode(path) == 0o400
    assert digest(path) == before
    assert sorted(os.listdir(tmp_path)) == ["journal.sqlite3"]


def test_a_writable_journal_is_not_read_only(tmp_path: Path) -> None:
    path = make_journal(tmp_path / "journal.sqlite3")
    with Journal.open(path, create=False) as journal:
        assert not journal.store.read_only


def _char_device(path: Path) -> None:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a character device here: {exc}")
    os.chmod(path, 0o666)


@pytest.mark.parametrize("kind", ["character device", "fifo"])
def test_anything_but_a_regular_file_is_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "not-a-file"
    if kind == "fifo":
        os.mkfifo(path, 0o644)
        os.chmod(path, 0o644)
    else:
        _char_device(path)
    before = mode(path)

    for create in (True, False):
        with pytest.raises(StoreError, match="is not a regular file"):
            open_store(str(path), create=create)

    assert mode(path) == before
    assert sorted(os.listdir(tmp_path)) == ["not-a-file"]


# -- a read-only folder and a full disk: a small tmpfs of our own (root only) ------------------


@contextlib.contextmanager
def tmpfs(folder: Path, size: str) -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip() or done.returncode}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    done = subprocess.run(
        ["mount", "-o", "remount,ro", str(folder)], capture_output=True, text=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot remount read-only: {done.stderr.strip()}")


def test_a_journal_in_a_read_only_folder_can_be_read(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "4m") as folder:
        path = make_journal(folder / "journal.sqlite3", ("First", "Second"))
        remount_read_only(folder)

        with Journal.open(path, create=False) as journal:
            assert journal.store.read_only
            assert [e.title for e in journal.entries.list()] != []
            assert journal.entries.count() == 2
            with pytest.raises(ReadOnlyJournalError, match="read-only"):
                journal.entries.add(EntryDraft(title="Third"))


def test_a_full_disk_is_reported_and_nothing_is_lost(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "1m") as folder:
        path = make_journal(folder / "journal.sqlite3")
        with Journal.open(path, create=False) as journal:
            filler = folder / "filler"
            with contextlib.suppress(OSError), filler.open("wb") as f:
                while True:  # fill the disk to the last block
                    f.write(b"\0" * 4096)
                    f.flush()
            big = "x" * 200_000  # more than what is left, more than the -wal holds
            with pytest.raises(DiskFullError, match="the disk is full; nothing was lost"):
                journal.entries.add(EntryDraft(title="Too big", body=big))
            assert journal.entries.count() == 1

            filler.unlink()
            journal.entries.add(EntryDraft(title="Room again"))
            assert journal.entries.count() == 2


def test_the_command_line_says_the_disk_is_full(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "1m") as folder:
        path = make_journal(folder / "journal.sqlite3")
        filler = folder / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        big = ["--body", "x" * 100_000, "--result", "y" * 100_000]  # each argument < 128 KiB
        done = subprocess.run(
            [sys.executable, "-m", "careerjournal", "--database", str(path), "add", "Big", *big],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 1
        assert "the disk is full; nothing was lost" in done.stderr
        assert "internal error" not in done.stderr
        assert "OperationalError" not in done.stderr
        filler.unlink()
        with Journal.open(path, create=False) as journal:
            assert journal.entries.count() == 1


# -- passwords -------------------------------------------------------------------------------

SECRET = "Sup3r-s3cret-pw"
SERVER_URLS = [
    f"postgresql://careerjournal:{SECRET}@localhost:1/careerjournal_w2",  # nothing listens
    f"postgresql://careerjournal:{SECRET}@localhost/careerjournal_missing_db",
    f"postgresql://careerjournal@localhost:1/careerjournal_w2?password={SECRET}",
    f"postgresql://careerjournal:{SECRET}@localhost/careerjournal_w2?no_such_option=1",
    f"postgresql://careerjournal:{SECRET}@localhost:port/careerjournal_w2",
]


@pytest.mark.parametrize("url", SERVER_URLS)
def test_no_message_shows_the_database_password(url: str) -> None:
    pytest.importorskip("psycopg")
    with pytest.raises(StoreError) as caught:
        open_store(url).close()
    message = str(caught.value)
    assert SECRET not in message
    assert "\n" not in message
    assert "***" in message or "..." in message  # the journal is still named


def test_a_location_is_displayed_without_its_password() -> None:
    shown = paths.display_location(f"postgresql://me:{SECRET}@db.example/cj?password={SECRET}")
    assert SECRET not in shown
    assert shown.startswith("postgresql://me:***@db.example/cj")
    assert paths.mask_secrets(f"failed for {SECRET}!", f"postgresql://me:{SECRET}@h/d") == (
        "failed for ***!"
    )


def test_a_journal_in_a_read_only_folder_is_locked_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerjournal.store.lock import JournalLock

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    with tmpfs(tmp_path / "mnt", "4m") as folder:
        path = make_journal(folder / "journal.sqlite3")
        remount_read_only(folder)
        with JournalLock(str(path)) as lock:
            assert lock.path.parent == paths.data_dir()
        assert sorted(os.listdir(folder)) == ["journal.sqlite3"]


def test_the_command_line_lists_a_journal_in_a_read_only_folder(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "mnt", "4m") as folder:
        path = make_journal(folder / "journal.sqlite3", ("Closed the Q3 audit",))
        remount_read_only(folder)

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            command = [sys.executable, "-m", "careerjournal", "--database", str(path), *args]
            return subprocess.run(command, capture_output=True, text=True, timeout=60)

        listed = run("list")
        assert listed.returncode == 0, listed.stderr
        assert "Closed the Q3 audit" in listed.stdout
        refused = run("add", "Not now")
        assert refused.returncode == 1
        assert "read-only (its folder is not writable)" in refused.stderr


def test_a_server_journal_is_named_without_its_password() -> None:
    url = os.environ.get("CAREERJOURNAL_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("PostgreSQL variant: set CAREERJOURNAL_TEST_POSTGRES_URL to run it")
    from sqlalchemy import make_url

    given = make_url(url)
    password = given.password
    if not password:
        pytest.skip("the test database URL has no password to hide")
    in_query = given.set(password=None).update_query_dict({"password": password})
    for location in (url, in_query.render_as_string(hide_password=False)):
        store = open_store(location)
        try:
            shown = store.display_name
        finally:
            store.close()
        assert f":{password}@" not in shown
        assert f"password={password}" not in shown
        assert "***" in shown
