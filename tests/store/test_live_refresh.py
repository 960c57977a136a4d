"""Live refresh on PostgreSQL: another writer's changes reach this journal's feed within 2 s."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from careerjournal.services import Action, Change, EntryDraft, Journal, Topic
from careerjournal.store import notify
from careerjournal.store.notify import CHANNEL

WITHIN = 2.0  # seconds: the promise to the user


def listener_threads() -> list[threading.Thread]:
    names = ("careerjournal-listener", "careerjournal-watcher")
    return [t for t in threading.enumerate() if t.name in names]


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    yield
    assert listener_threads() == []


class Inbox:
    """Changes a journal announces, with the thread each arrived on."""

    def __init__(self, journal: Journal) -> None:
        self.items: queue.Queue[tuple[Change, str]] = queue.Queue()
        journal.changes.subscribe(self._put)

    def _put(self, change: Change) -> None:
        self.items.put((change, threading.current_thread().name))

    def next_remote(self, timeout: float = WITHIN) -> Change:
        """The next change from another writer (local ones are skipped), within `timeout`."""
        while True:
            change, _ = self.items.get(timeout=timeout)
            if change.remote:
                return change


@pytest.fixture
def two_devices(pg_location: str) -> Iterator[tuple[Journal, Journal]]:
    a, b = Journal.open(pg_location), Journal.open(pg_location)
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def test_a_change_on_another_device_reaches_the_listener(
    two_devices: tuple[Journal, Journal],
) -> None:
    a, b = two_devices
    inbox = Inbox(a)
    assert a.listen_for_other_devices()
    assert a.listening

    made = b.entries.add(EntryDraft(title="Shipped the billing rewrite"))

    change, thread = inbox.items.get(timeout=WITHIN)
    assert change == Change.of(Topic.ENTRIES, Action.ADDED, [made.id])
    assert change.remote
    assert thread == "careerjournal-listener"
    # The listening journal reads the new entry like any other.
    assert a.entries.get(made.id).title == "Shipped the billing rewrite"


def test_own_changes_are_not_heard_back(two_devices: tuple[Journal, Journal]) -> None:
    a, b = two_devices
    inbox = Inbox(a)
    a.listen_for_other_devices()

    mine = a.entries.add(EntryDraft(title="Mine"))
    theirs = b.entries.add(EntryDraft(title="Theirs"))

    seen = [inbox.items.get(timeout=WITHIN)[0], inbox.items.get(timeout=WITHIN)[0]]
    assert seen == [
        Change.of(Topic.ENTRIES, Action.ADDED, [mine.id]),
        Change.of(Topic.ENTRIES, Action.ADDED, [theirs.id]),
    ]
    assert [c.remote for c in seen] == [False, True]
    with pytest.raises(queue.Empty):  # A's own notification never comes back as remote
        inbox.items.get(timeout=0.5)


def test_foreign_and_broken_notifications_are_ignored(
    two_devices: tuple[Journal, Journal], pg_location: str
) -> None:
    a, b = two_devices
    inbox = Inbox(a)
    a.listen_for_other_devices()
    engine = create_engine(pg_location.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as con:
            for junk in ("not json", "[1]", '{"writer": "x", "topic": "nope"}', '{"x": 1}'):
                con.execute(text("SELECT pg_notify(:c, :p)"), {"c": CHANNEL, "p": junk})
    finally:
        engine.dispose()
    entry = b.entries.add(EntryDraft(title="After the junk"))

    assert inbox.next_remote() == Change.of(Topic.ENTRIES, Action.ADDED, [entry.id])
    assert a.listening


def test_a_write_from_another_process_reaches_the_listener(
    two_devices: tuple[Journal, Journal], pg_location: str, tmp_path: Path
) -> None:
    a, _ = two_devices
    inbox = Inbox(a)
    a.listen_for_other_devices()
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "careerjournal", "--database", pg_location, "add", "From the CLI"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout.strip())

    assert inbox.next_remote() == Change.of(Topic.ENTRIES, Action.ADDED, [new_id])


def test_too_many_ids_become_a_reload(
    two_devices: tuple[Journal, Journal], monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_devices
    inbox = Inbox(a)
    a.listen_for_other_devices()
    ids = [b.entries.add(EntryDraft(title=f"Step {n}")).id for n in range(40)]
    for _ in ids:
        inbox.next_remote()
    # PostgreSQL takes payloads below 8,000 bytes; a smaller limit makes 40 ids too many.
    monkeypatch.setattr(notify, "MAX_PAYLOAD", 120)

    b.entries.trash(ids)

    assert inbox.next_remote() == Change(Topic.ENTRIES, Action.RELOADED)


def test_listening_survives_a_lost_connection(
    two_devices: tuple[Journal, Journal], pg_location: str
) -> None:
    a, b = two_devices
    inbox = Inbox(a)
    a.listen_for_other_devices()
    engine = create_engine(pg_location.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as con:
            killed = con.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND query = :q"
                ),
                {"q": f"LISTEN {CHANNEL}"},
            ).all()
    finally:
        engine.dispose()
    assert killed == [(True,)]

    # Whatever happened meanwhile is unknown: the listener says "reload everything".
    assert inbox.next_remote(timeout=10) == Change(Topic.ALL, Action.RELOADED)
    made = b.entries.add(EntryDraft(title="After the reconnect"))
    assert inbox.next_remote() == Change.of(Topic.ENTRIES, Action.ADDED, [made.id])


def test_close_stops_the_listener(pg_location: str) -> None:
    journal = Journal.open(pg_location)
    journal.listen_for_other_devices()
    assert len(listener_threads()) == 1
    journal.close()
    assert listener_threads() == []
    assert not journal.listening


def test_an_sqlite_journal_hears_another_process_but_not_itself(
    sqlite_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(notify, "FILE_POLL_SECONDS", 0.1)
    monkeypatch.setattr(notify, "OWN_WRITE_SECONDS", 0.5)
    inbox = Inbox(sqlite_journal)
    assert sqlite_journal.listen_for_other_devices()
    assert sqlite_journal.listening

    sqlite_journal.entries.add(EntryDraft(title="Mine"))
    assert not inbox.items.get(timeout=WITHIN)[0].remote
    with pytest.raises(queue.Empty):  # our own commit is not news from elsewhere
        inbox.items.get(timeout=1.0)

    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    path = str(sqlite_journal.store.path)
    result = subprocess.run(
        [sys.executable, "-m", "careerjournal", "--database", path, "add", "From the terminal"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr

    # A file does not say what changed: every view reloads.
    assert inbox.next_remote() == Change(Topic.ALL, Action.RELOADED)
    sqlite_journal.close()
    assert not sqlite_journal.listening


def test_an_in_memory_journal_does_not_listen() -> None:
    with Journal.open("sqlite://") as journal:
        assert not journal.listen_for_other_devices()
        assert not journal.listening


def test_change_messages_round_trip() -> None:
    change = Change.of(Topic.GOALS, Action.UPDATED, [3, 1])
    back = Change.from_message(change.to_message())
    assert back == change
    assert back is not None
    assert back.remote
    for bad in (
        {},
        {"topic": "goals"},
        {"topic": "goals", "action": "x"},
        {"topic": "goals", "action": "added", "ids": ["1"]},
        {"topic": "goals", "action": "added", "ids": 1},
    ):
        assert Change.from_message(bad) is None
