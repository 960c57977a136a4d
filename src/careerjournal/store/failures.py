"""Failures of the disk or the database server, put in words a user can act on.

SQLAlchemy wraps the driver's error (`exc.orig`); SQLite says what happened through its error
code, PostgreSQL through its SQLSTATE. Anything not recognised here stays as it was.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from . import cipher
from .errors import DiskFullError, ReadOnlyJournalError, StoreError

SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
PG_DISK_FULL = "53100"
PG_READ_ONLY = "25006"


def disk_full_message(where: str) -> str:
    return (
        f"Cannot write {where or 'the journal'}: the disk is full; nothing was lost. "
        "Free some space on it and try again."
    )


def read_only_message(where: str, *, folder: bool = False) -> str:
    what = "folder" if folder else "file"
    return (
        f"This journal is read-only (its {what} is not writable): {where}. "
        f"Nothing was changed; make the {what} writable to edit it."
    )


def translate(exc: BaseException, where: str = "", path: Path | None = None) -> StoreError | None:
    """A StoreError for a full disk or a read-only database, else None.

    SQLite reports a disk that fills up while it creates its `-wal`/`-shm` files as a mere
    "disk I/O error"; with `path` (the journal file) that is told apart by the free space left.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = _one(current, where, path)
        if found is not None:
            return found
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def _one(exc: BaseException, where: str, path: Path | None) -> StoreError | None:
    if isinstance(exc, (DiskFullError, ReadOnlyJournalError)):
        return exc
    if isinstance(exc, cipher.db_errors()):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc).lower()
        if primary == SQLITE_FULL or "database or disk is full" in text:
            return DiskFullError(disk_full_message(where))
        if primary == SQLITE_READONLY or "readonly database" in text:
            return ReadOnlyJournalError(read_only_message(where or "the journal"))
        if primary in (SQLITE_IOERR, SQLITE_CANTOPEN) and path is not None and _full(path):
            return DiskFullError(disk_full_message(where))
        return None
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return DiskFullError(disk_full_message(where))
    sqlstate = getattr(exc, "sqlstate", None)
    if sqlstate == PG_DISK_FULL:
        return DiskFullError(disk_full_message(where))
    if sqlstate == PG_READ_ONLY:
        return ReadOnlyJournalError(read_only_message(where or "the journal"))
    return None


def _full(path: Path) -> bool:
    """No room left for another few pages on the file system that holds `path`."""
    try:
        st = os.statvfs(path.parent)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024
