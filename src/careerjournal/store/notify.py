"""Live refresh: other writers' changes announced to an open journal.

PostgreSQL (other devices): NOTIFY after each write, LISTEN in a thread. SQLite (other processes
on this machine, such as `careerjournal add` while the app is open): `FileWatcher` below.

Every process that writes a journal on a server announces, right after its commit, what changed
on the channel `careerjournal`: a small JSON payload that also carries the writer's id, so a
writer can ignore its own announcements. A `Listener` keeps one psycopg connection of its own in
a background thread, LISTENs on the channel and hands other writers' payloads to a callback. It
knows nothing of Qt: the GUI's bridge moves what arrives onto the GUI thread.

A notification is best effort (one sent after a commit is lost if the process dies between the
two); the data itself never depends on it. After a lost connection the listener reconnects and
reports `reconnected`, since anything may have changed meanwhile.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text

from . import cipher
from .errors import StoreError

if TYPE_CHECKING:
    from .engine import Store

log = logging.getLogger(__name__)

CHANNEL = "careerjournal"
# PostgreSQL refuses payloads of 8000 bytes or more; stay well below.
MAX_PAYLOAD = 7000
# How often the listening thread looks up from its wait to see whether it should stop.
POLL_SECONDS = 0.2
RETRY_SECONDS = 2.0
# Notice a server that vanished without a word (a sleeping laptop, a dropped network).
KEEPALIVE = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
}

Payload = dict[str, Any]


def new_writer_id() -> str:
    return uuid.uuid4().hex


def supports_notify(store: Store) -> bool:
    return store.dialect == "postgresql"


def encode(writer: str, message: Payload) -> str:
    """The NOTIFY payload: the message plus the writer's id, as compact JSON."""
    return json.dumps({"writer": writer, **message}, separators=(",", ":"))


def decode(payload: str) -> tuple[str, Payload] | None:
    """(writer id, message), or None for anything that is not one of ours."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("writer"), str):
        return None
    writer = data.pop("writer")
    return writer, data


def publish(store: Store, writer: str, message: Payload) -> None:
    """Announce `message` to every listener of this database (after the write committed)."""
    payload = encode(writer, message)
    if len(payload.encode()) > MAX_PAYLOAD:
        raise ValueError("notification payload too long")
    with store.engine.connect() as con:
        con.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
        )
        con.commit()


def _conninfo(store: Store) -> str:
    """The store's URL as libpq reads it (no SQLAlchemy driver suffix)."""
    url = store.engine.url.set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


class Listener:
    """LISTENs for other writers' notifications in a daemon thread until `stop()`.

    `on_message(message)` runs in the listener's thread for every notification whose writer is
    not `writer`; `on_reconnect()` after the connection was lost and made again.
    """

    def __init__(
        self,
        store: Store,
        writer: str,
        on_message: Callable[[Payload], None],
        on_reconnect: Callable[[], None] | None = None,
    ) -> None:
        self._conninfo = _conninfo(store)
        self._writer = writer
        self._on_message = on_message
        self._on_reconnect = on_reconnect
        self._stop = threading.Event()
        self._ready = threading.Event()  # the first connection attempt is over
        self._connected = False
        self._thread = threading.Thread(
            target=self._run, name="careerjournal-listener", daemon=True
        )

    def start(self, *, wait: float = 2.0) -> None:
        """Start listening; returns once LISTEN is in place (or after `wait` seconds)."""
        self._thread.start()
        self._ready.wait(wait)

    @property
    def listening(self) -> bool:
        return self._connected and self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _run(self) -> None:
        import psycopg
        from psycopg.conninfo import make_conninfo

        # What connect(**KEEPALIVE) would build; as one string, its keywords keep their types.
        conninfo = make_conninfo(self._conninfo, **KEEPALIVE)
        connected_before = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True) as con:
                    con.execute(f"LISTEN {CHANNEL}")
                    if connected_before and self._on_reconnect is not None:
                        self._on_reconnect()
                    connected_before = self._connected = True
                    self._ready.set()
                    while not self._stop.is_set():
                        for note in con.notifies(timeout=POLL_SECONDS):
                            self._handle(note.payload)
                            if self._stop.is_set():
                                break
            except psycopg.Error as exc:
                # The server went away or refused us: try again, at once after losing a
                # connection that worked, then every few seconds (quietly: a laptop on a train
                # loses its server often).
                log.info("live refresh: connection lost (%s); retrying", type(exc).__name__)
                lost_working = self._connected
                self._connected = False
                self._ready.set()  # do not keep start() waiting for a server that is gone
                self._stop.wait(0.1 if lost_working else RETRY_SECONDS)
            except Exception as exc:  # never a traceback from a background thread: say it, stop
                # The type only: a message about the connection could quote its password.
                log.error("live refresh: stopped (%s)", type(exc).__name__)
                self._connected = False
                self._ready.set()
                return

    def _handle(self, payload: str) -> None:
        decoded = decode(payload)
        if decoded is None or decoded[0] == self._writer:
            return
        try:
            self._on_message(decoded[1])
        except Exception:  # one bad message must not end live refresh
            log.exception("live refresh: could not handle %r", payload)


# -- SQLite: other processes on this machine ---------------------------------------------------

FILE_POLL_SECONDS = 1.0
# A change seen this soon after one of our own commits is taken to be ours: our commit may still
# be on its way to the disk when the watcher looks. (A foreign write in that window is reported
# with the next one: live refresh is a courtesy, the data never depends on it.)
OWN_WRITE_SECONDS = 3.0


class FileWatcher:
    """Polls an SQLite journal's `PRAGMA data_version` in a daemon thread until `stop()`.

    The number changes when another connection commits, ours included, so `last_own_commit()`
    (a `time.monotonic()` value) tells our own writes apart; `on_change()` runs, in the
    watcher's thread, for the others (another process such as `careerjournal add`).
    """

    def __init__(
        self,
        path: Path,
        on_change: Callable[[], None],
        last_own_commit: Callable[[], float],
        passphrase: str | None = None,
    ) -> None:
        self._uri = path.absolute().as_uri() + "?mode=ro"
        self._passphrase = passphrase
        self._on_change = on_change
        self._last_own_commit = last_own_commit
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="careerjournal-watcher", daemon=True)

    def start(self, *, wait: float = 2.0) -> None:
        """Start watching; returns once the first reading is taken (or after `wait` seconds)."""
        self._thread.start()
        self._ready.wait(wait)

    @property
    def watching(self) -> bool:
        return self._thread.is_alive()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            con = cipher.connect(self._uri, self._passphrase, uri=True, check_same_thread=False)
        except cipher.db_errors(StoreError) as exc:
            log.info("live refresh: cannot watch the journal (%s)", exc)
            self._ready.set()
            return
        try:
            seen = self._version(con)
            self._ready.set()
            while not self._stop.wait(FILE_POLL_SECONDS):
                now = self._version(con)
                if now == seen:
                    continue
                seen = now
                if time.monotonic() - self._last_own_commit() < OWN_WRITE_SECONDS:
                    continue
                try:
                    self._on_change()
                except Exception:  # a failing view must not end live refresh
                    log.exception("live refresh: handling another process's change failed")
        except cipher.db_errors() as exc:  # the file went away or was damaged: stop watching
            log.info("live refresh: stopped watching the journal (%s)", exc)
        finally:
            con.close()
            self._ready.set()

    @staticmethod
    def _version(con: Any) -> int:
        return int(con.execute("PRAGMA data_version").fetchone()[0])
