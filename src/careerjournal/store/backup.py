"""Verified, rotated backups of an SQLite journal through SQLite's online backup API."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths
from .errors import BackupError

if TYPE_CHECKING:
    from .engine import Store

SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def verify(path: Path) -> None:
    """Raise BackupError unless `path` is a readable SQLite file that passes its integrity check."""
    try:
        con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
        try:
            result = con.execute("PRAGMA integrity_check").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError(f"The backup {path} cannot be read: {exc}.") from exc
    if not result or result[0] != "ok":
        raise BackupError(f"The backup {path} failed its integrity check: {result and result[0]}.")


def copy_database(source: Path, destination: Path) -> None:
    """Copy a live SQLite database consistently (other connections may be writing)."""
    paths.ensure_private_file(destination)
    src = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            # A backup is a single file: fold any WAL content into it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(destination, paths.PRIVATE_FILE)


def make_backup(store: Store, *, reason: str = "manual", destination: Path | None = None) -> Path:
    """Back up the journal, verify the copy and rotate old ones. Returns the new file."""
    source = store.path
    if source is None:
        raise BackupError(
            "Backups are made for SQLite journals; back up a server database with its own tools "
            "(for PostgreSQL, pg_dump) or export it with `careerjournal export --format backup`."
        )
    if destination is None:
        folder = store.backup_dir
        assert folder is not None
        try:
            paths.ensure_private_dir(folder)
        except OSError as exc:
            raise BackupError(f"Cannot make the backup folder {folder}: {exc.strerror}.") from exc
        destination = folder / f"{source.stem}-{_timestamp()}-{reason}{SUFFIX}"
    else:
        destination = destination.expanduser().absolute()
        if destination.exists():
            raise BackupError(f"{destination} already exists; choose another file name.")
    try:
        copy_database(source, destination)
        verify(destination)
    except (sqlite3.Error, OSError, BackupError) as exc:
        with contextlib.suppress(OSError):
            destination.unlink()
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"Could not write the backup {destination}: {exc}.") from exc
    if destination.parent == store.backup_dir:
        rotate(store, keep=store.backup_keep)
    return destination


def backup_folder(journal_file: Path) -> Path:
    """Where the backups of an SQLite journal file go: `<stem>-backups/` beside it."""
    return journal_file.with_name(journal_file.stem + "-backups")


def list_backups(store: Store) -> list[BackupInfo]:
    """Backups of this journal in its backup folder, newest first."""
    return [] if store.path is None else backups_of(store.path)


def backups_of(journal_file: Path) -> list[BackupInfo]:
    """Backups of a journal file, newest first; works without opening the journal."""
    source, folder = journal_file, backup_folder(journal_file)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"{source.stem}-*{SUFFIX}"):
        st = p.stat()
        found.append(BackupInfo(p, dt.datetime.fromtimestamp(st.st_mtime), st.st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def rotate(store: Store, *, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was removed."""
    removed = []
    for info in list_backups(store)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def newest_good_backup(journal_file: Path) -> BackupInfo | None:
    """The newest backup of `journal_file` that passes its integrity check."""
    for info in backups_of(journal_file):
        try:
            verify(info.path)
        except BackupError:
            continue
        return info
    return None


def restore_as_copy(backup: Path, journal_file: Path) -> Path:
    """Copy a verified backup to a new file beside `journal_file`; the original is not touched."""
    verify(backup)
    destination = journal_file.with_name(f"{journal_file.stem}-restored-{_timestamp()}{SUFFIX}")
    try:
        copy_database(backup, destination)
        verify(destination)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            destination.unlink()
        raise BackupError(f"Could not restore {backup} to {destination}: {exc}.") from exc
    return destination
