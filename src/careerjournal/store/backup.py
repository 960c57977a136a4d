"""Verified, rotated backups of an SQLite journal through SQLite's online backup API.

A backup is written under a temporary name (`.<name>.partial`, which no listing counts), checked
(integrity, the source's tables, and each table's row count as of the copy), made durable, and only
then renamed to its final name: a crash or a kill leaves at most a partial file, never a broken
backup that looks good. Rotation keeps the newest good backups and never deletes a good one to
keep a broken one; leftovers of interrupted backups are removed.

A PostgreSQL journal is backed up in the app's own backup format instead, with the same schedule,
partial name, verification and rotation: see `backup_pg`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import cipher, paths
from .errors import BackupError, StoreError, WrongPassphraseError

if TYPE_CHECKING:
    from .engine import Store

SUFFIX = ".sqlite3"
PARTIAL = ".partial"
# What makes a file a journal rather than any SQLite database (an empty file passes
# integrity_check): the migration stamp and the entries.
JOURNAL_TABLES = frozenset({"alembic_version", "entry"})
# A partial file this old belongs to no backup still running.
STALE_PARTIAL_SECONDS = 15 * 60


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    size: int


def _timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _table_counts(con: Any) -> dict[str, int]:
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        )
    ]
    return {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def verify(
    path: Path, expected: dict[str, int] | None = None, *, passphrase: str | None = None
) -> None:
    """Raise BackupError unless `path` is a readable journal that passes its integrity check.

    With `expected` (table -> row count, as the source held them when copied), every one of those
    tables must be there with the same number of rows.
    """
    try:
        if path.stat().st_size == 0:
            raise BackupError(f"The backup {path} is empty.")
        con = cipher.connect(path.absolute().as_uri() + "?mode=ro", passphrase, uri=True)
        try:
            result = con.execute("PRAGMA integrity_check").fetchone()
            counts = _table_counts(con) if result and result[0] == "ok" else {}
        finally:
            con.close()
    except WrongPassphraseError:
        raise BackupError(
            f"The backup {path} is encrypted with another passphrase than the journal's."
        ) from None
    except cipher.db_errors() as exc:
        raise BackupError(f"The backup {path} cannot be read: {exc}.") from exc
    except OSError as exc:
        raise BackupError(f"The backup {path} cannot be read: {exc.strerror}.") from exc
    if not result or result[0] != "ok":
        raise BackupError(f"The backup {path} failed its integrity check: {result and result[0]}.")
    # A journal at base (an empty alembic_version, before its first migration) is whole too.
    at_base = set(counts) - {"sqlite_sequence"} == {"alembic_version"}
    required = {"alembic_version"} if at_base else JOURNAL_TABLES
    missing = sorted((set(expected or {}) | required) - set(counts))
    if missing:
        raise BackupError(f"The backup {path} is not a whole journal: no {', '.join(missing)}.")
    for table, rows in (expected or {}).items():
        if counts[table] != rows:
            raise BackupError(
                f"The backup {path} holds {counts[table]} rows of {table}, not {rows}."
            )


def copy_database(
    source: Path, destination: Path, *, passphrase: str | None = None
) -> dict[str, int]:
    """Copy a live SQLite database consistently (other connections may be writing).

    An encrypted journal (`passphrase`) is copied by SQLCipher's export into a file encrypted
    with the same passphrase: its backups are never plain. Returns each table's row count in the
    snapshot that was copied, for `verify`.
    """
    if passphrase is not None:
        return _copy_encrypted(source, destination, passphrase)
    paths.ensure_private_file(destination)
    src = sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        # One read transaction: the counts and the copy see the same snapshot.
        src.execute("BEGIN")
        counts = _table_counts(src)
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            # A backup is a single file: fold any WAL content into it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
        src.rollback()
    finally:
        src.close()
    os.chmod(destination, paths.PRIVATE_FILE)
    return counts


def _copy_encrypted(source: Path, destination: Path, passphrase: str) -> dict[str, int]:
    # sqlcipher_export creates the file itself; it must not exist yet.
    with contextlib.suppress(FileNotFoundError):
        destination.unlink()
    src = cipher.connect(source.absolute().as_uri() + "?mode=ro", passphrase, uri=True)
    try:
        counts = cipher.export(src, destination, passphrase, snapshot=_table_counts)
    finally:
        src.close()
    assert counts is not None
    os.chmod(destination, paths.PRIVATE_FILE)
    return counts


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_verified(source: Path, destination: Path, passphrase: str | None = None) -> None:
    """Copy `source` to a partial file beside `destination`, verify it, then rename it."""
    partial = destination.with_name(f".{destination.name}.{os.getpid()}{PARTIAL}")
    try:
        expected = copy_database(source, partial, passphrase=passphrase)
        verify(partial, expected, passphrase=passphrase)
        _fsync(partial)
        os.replace(partial, destination)
        with contextlib.suppress(OSError):  # not every platform can sync a folder
            _fsync(destination.parent)
    except cipher.db_errors(OSError, BackupError) as exc:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        if isinstance(exc, BackupError):
            raise
        raise BackupError(f"Could not write the backup {destination}: {exc}.") from exc


def can_back_up(store: Store) -> bool:
    """An SQLite file (a verified copy) or a PostgreSQL database (a verified full backup)."""
    return store.path is not None or store.dialect == "postgresql"


def make_backup(store: Store, *, reason: str = "manual", destination: Path | None = None) -> Path:
    """Back up the journal, verify the copy and rotate old ones. Returns the new file."""
    source = store.path
    if source is None:
        if store.dialect == "postgresql":
            from . import backup_pg

            return backup_pg.make_backup(store, reason=reason, destination=destination)
        raise BackupError(
            "This journal is neither a file nor a PostgreSQL database, so no backup can be made "
            "of it; export it with `careerjournal export --format backup`."
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
    _write_verified(source, destination, store.passphrase)
    if destination.parent == store.backup_dir:
        rotate(store, keep=store.backup_keep)
    return destination


def backup_folder(journal_file: Path) -> Path:
    """Where the backups of an SQLite journal file go: `<stem>-backups/` beside it."""
    return journal_file.with_name(journal_file.stem + "-backups")


def list_backups(store: Store) -> list[BackupInfo]:
    """Backups of this journal in its backup folder, newest first."""
    if store.path is None:
        if store.dialect == "postgresql":
            from . import backup_pg

            return backup_pg.list_backups(store)
        return []
    return backups_of(store.path)


def backups_of(journal_file: Path) -> list[BackupInfo]:
    """Backups of a journal file, newest first; works without opening the journal."""
    return backups_in(backup_folder(journal_file), journal_file.stem, SUFFIX)


def backups_in(folder: Path, stem: str, suffix: str) -> list[BackupInfo]:
    """The files `<stem>-*<suffix>` in `folder`, newest first (partial files never match)."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.glob(f"{stem}-*{suffix}"):
        st = p.stat()
        found.append(BackupInfo(p, dt.datetime.fromtimestamp(st.st_mtime), st.st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _looks_whole(path: Path, passphrase: str | None = None) -> bool:
    """A cheap check for rotation: a journal file with no hot rollback journal beside it.

    Backups are verified in full before they get their name; this catches what older versions,
    or a kill during their write, left under a final name.
    """
    if path.with_name(path.name + "-journal").exists():
        return False
    if cipher.looks_encrypted(path) and passphrase is None:
        return True  # unreadable here without its passphrase; it was verified when written
    key = passphrase if cipher.looks_encrypted(path) else None
    try:
        con = cipher.connect(path.absolute().as_uri() + "?mode=ro", key, uri=True)
        try:
            tables = {
                r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
        finally:
            con.close()
    except cipher.db_errors(OSError, StoreError):
        return False
    # A journal at base (before its first migration) holds alembic_version alone.
    return tables >= JOURNAL_TABLES or tables - {"sqlite_sequence"} == {"alembic_version"}


def _writer_gone(partial: Path, now: float) -> bool:
    """Whether the process that wrote `partial` (its pid is in the name) has ended."""
    try:
        age = now - partial.stat().st_mtime
    except OSError:
        return False
    pid_text = partial.name.split(PARTIAL)[0].rsplit(".", 1)[-1]
    if os.name == "posix" and pid_text.isdigit():
        pid = int(pid_text)
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:
            pass  # alive, or not ours to ask: fall back to its age
    return age >= STALE_PARTIAL_SECONDS


def clean_leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove what interrupted backups left in `folder`: partial files and their journals."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = dt.datetime.now().timestamp() if now is None else now
    for path in folder.glob(f".*{PARTIAL}*"):
        base = path.with_name(path.name.removesuffix("-journal"))
        if not _writer_gone(base if base.exists() else path, now):
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def rotate(store: Store, *, keep: int) -> list[Path]:
    """Keep the newest `keep` good backups; delete older good ones, broken ones and leftovers."""
    if store.path is None and store.dialect == "postgresql":
        from . import backup_pg

        return backup_pg.rotate(store, keep=keep)
    folder = store.backup_dir
    if folder is None:
        return []
    return prune(
        folder,
        list_backups(store),
        keep=keep,
        looks_whole=lambda p: _looks_whole(p, store.passphrase),
        side_files=lambda p: [p.with_name(p.name + "-journal")],
    )


def prune(
    folder: Path,
    backups: list[BackupInfo],
    *,
    keep: int,
    looks_whole: Callable[[Path], bool],
    side_files: Callable[[Path], list[Path]] = lambda _: [],
) -> list[Path]:
    """Rotation for any kind of backup: keep the newest `keep` of `backups` (newest first) that
    `looks_whole`; delete the rest, the side files of broken ones, and leftovers in `folder`.

    A broken backup never counts toward `keep`, so it can never push a good one out.
    """
    removed = clean_leftovers(folder)
    good = 0
    for info in backups:
        whole = looks_whole(info.path)
        if whole and good < max(keep, 1):
            good += 1
            continue
        for path in [info.path, *([] if whole else side_files(info.path))]:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def newest_good_backup(journal_file: Path, passphrase: str | None = None) -> BackupInfo | None:
    """The newest backup of `journal_file` that passes its integrity check (an encrypted one
    only with its `passphrase`)."""
    for info in backups_of(journal_file):
        try:
            verify(info.path, passphrase=passphrase if cipher.looks_encrypted(info.path) else None)
        except BackupError:
            continue
        return info
    return None


def restore_as_copy(backup: Path, journal_file: Path, passphrase: str | None = None) -> Path:
    """Copy a verified backup to a new file beside `journal_file`; the original is not touched.
    An encrypted backup needs its `passphrase` and gives an encrypted copy."""
    key = passphrase if cipher.looks_encrypted(backup) else None
    verify(backup, passphrase=key)
    destination = journal_file.with_name(f"{journal_file.stem}-restored-{_timestamp()}{SUFFIX}")
    _write_verified(backup, destination, key)
    return destination
