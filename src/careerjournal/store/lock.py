"""One running app per journal: an advisory lock on a file beside the journal.

The operating system drops the lock when the holding process ends, however it ends, so a lock
left by a crash is recovered by the next start without any clean-up. The file records the holder's
process id, only to name it in the message.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from pathlib import Path

from . import paths
from .errors import StoreError


class JournalInUseError(StoreError):
    """Another running Career Journal has this journal open."""


def lock_path(location: str) -> Path:
    """The lock file for a journal: `<file>.lock` beside an SQLite file, else in the data folder.

    A journal in a folder that may not be written (a read-only journal) is locked in the data
    folder too: nothing is created beside it.
    """
    if paths.is_url(location):
        digest = hashlib.sha256(location.encode()).hexdigest()[:16]
        return paths.data_dir() / f"server-journal-{digest}.lock"
    p = paths.sqlite_path(location)
    if p.parent.is_dir() and not paths.is_writable(p.parent):
        digest = hashlib.sha256(os.fsencode(p)).hexdigest()[:16]
        return paths.data_dir() / f"journal-{digest}.lock"
    return p.with_name(p.name + ".lock")


class JournalLock:
    def __init__(self, location: str):
        self.path = lock_path(location)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock, or raise JournalInUseError naming the process that holds it."""
        if self._fd is not None:
            return
        if not self.path.parent.exists():
            paths.make_dirs(self.path.parent, paths.PRIVATE_DIR)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, paths.PRIVATE_FILE)
        try:
            _lock(fd)
        except OSError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f" (process {holder})" if holder else ""
            raise JournalInUseError(
                f"This journal is already open in another Career Journal window{who}."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing drops the lock
        self._fd = None

    def __enter__(self) -> JournalLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _read_pid(fd: int) -> int | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode().strip()
        return int(text) if text else None
    except (OSError, ValueError):
        return None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
