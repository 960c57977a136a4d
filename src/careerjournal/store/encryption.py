"""Protecting a journal file with a passphrase, removing it, changing it: one safe rewrite.

Every change of protection writes a whole new copy of the journal beside it (SQLCipher's
`sqlcipher_export`), checks the copy (SQLite's integrity check, SQLCipher's page check, the row
count of every table and a hash of every row against the original), and only then renames it
over the original. At every instant `path` holds either the old file, readable with the old
passphrase, or the new file, readable with the new one: a crash or a kill never leaves half a
journal, and a copy that does not verify is removed with the original untouched.

Write-ahead log: a stale `-wal` beside the journal would be replayed into whatever file has the
journal's name, so the original is first checkpointed and switched out of WAL mode (SQLite then
deletes its `-wal` and `-shm` itself, under its own locks); the new file is written without a
WAL, and nothing may sit beside the original when the new file takes its name. The app turns WAL
mode back on when it next opens the journal.

The caller closes the journal first and holds its JournalLock (the app holds it while its
window is open; the command line takes it). No Qt here.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import backup, cipher, paths
from .errors import ProtectedJournalError, StoreError

MIN_PASSPHRASE = 8

#: (step code, steps done, steps in all): "export", "verify", "swap"; `done` counts steps.
Progress = Callable[[str, int, int], None]

STEPS = ("export", "verify", "swap")
REWRITE_SUFFIX = ".rewrite"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")

SERVER_NOTE = (
    "Encryption at rest for a journal on a PostgreSQL server is the server's job: encrypt the "
    "server's disk (LUKS, BitLocker or FileVault) or use your provider's encrypted storage, and "
    "connect with sslmode=verify-full so the connection is encrypted too."
)


@dataclass(frozen=True)
class RewriteResult:
    """The journal as rewritten: its file, each table's row count and the hash of its rows."""

    path: Path
    tables: dict[str, int]
    digest: str


def check_passphrase(passphrase: str) -> str | None:
    """None if `passphrase` may protect a journal, else why not: "empty" or "short"."""
    if not passphrase.strip():
        return "empty"
    if len(passphrase) < MIN_PASSPHRASE:
        return "short"
    return None


def encrypt_journal(
    path: Path, passphrase: str, *, progress: Progress | None = None
) -> RewriteResult:
    """Replace the plain journal at `path` by an encrypted copy keyed with `passphrase`."""
    return _rewrite(path, None, passphrase, progress)


def decrypt_journal(
    path: Path, passphrase: str, *, progress: Progress | None = None
) -> RewriteResult:
    """Replace the encrypted journal at `path` (opened with `passphrase`) by a plain copy."""
    return _rewrite(path, passphrase, None, progress)


def change_passphrase(
    path: Path, old: str, new: str, *, progress: Progress | None = None
) -> RewriteResult:
    """Replace the encrypted journal at `path` by a copy keyed with `new` instead of `old`."""
    return _rewrite(path, old, new, progress)


def plain_backups(path: Path) -> list[Path]:
    """The backups of the journal at `path` (in its backup folder) that are plain SQLite files,
    newest first."""
    return [b.path for b in backup.backups_of(Path(path)) if _is_plain(b.path)]


def encrypt_backups(
    backups: list[Path], passphrase: str, *, progress: Progress | None = None
) -> int:
    """Encrypt each plain backup in place, as safely as the journal itself. Returns how many
    were encrypted; one that is no longer plain (or no longer there) is passed over.

    `progress` gets the step of the backup being rewritten, with `done` and `total` counting
    backups.
    """
    done = 0
    todo = [p for p in backups if _is_plain(p)]
    for index, backup_file in enumerate(todo):

        def step(code: str, _done: int, _total: int, index: int = index) -> None:
            if progress is not None:
                progress(code, index, len(todo))

        _rewrite(backup_file, None, passphrase, step)
        done += 1
    if progress is not None and todo:
        progress("swap", len(todo), len(todo))
    return done


def delete_backups(backups: list[Path]) -> int:
    """Delete these backup files (and any rollback journal beside them). Returns how many."""
    deleted = 0
    for backup_file in backups:
        try:
            backup_file.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise StoreError(
                f"Could not delete the backup {backup_file}: {exc.strerror}."
            ) from None
        deleted += 1
        with contextlib.suppress(OSError):
            _side(backup_file, "-journal").unlink()
    return deleted


def rewrite_leftovers(path: Path) -> list[Path]:
    """What an interrupted rewrite of `path` left beside it (its temporary copy)."""
    tmp = _temporary(Path(path))
    return [p for p in (tmp, *(_side(tmp, s) for s in SIDE_SUFFIXES)) if p.exists()]


def remove_rewrite_leftovers(path: Path) -> None:
    """Remove the temporary copy an interrupted rewrite of `path` left (it may be plain)."""
    for leftover in rewrite_leftovers(path):
        try:
            leftover.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise StoreError(
                f"Could not remove {leftover}, left by an interrupted rewrite: {exc.strerror}."
            ) from None


# -- the rewrite --------------------------------------------------------------------------------


def _rewrite(
    path: Path | str, old: str | None, new: str | None, progress: Progress | None
) -> RewriteResult:
    path = _checked_path(path, old, new)
    cipher.module()  # SQLCipher is needed either way: EncryptionUnavailableError if missing
    remove_rewrite_leftovers(path)
    tmp = _temporary(path)
    secrets = [s for s in (old, new) if s]

    def tell(step: int) -> None:
        if progress is not None:
            progress(STEPS[min(step, len(STEPS) - 1)], step, len(STEPS))

    try:
        tell(0)
        counts, digest, before = _export(path, old, tmp, new)
        tell(1)
        _verify(path, tmp, new, counts, digest)
        tell(2)
        _swap(path, tmp, before)
    except BaseException as exc:
        with contextlib.suppress(StoreError):
            remove_rewrite_leftovers(path)
        if isinstance(exc, ProtectedJournalError | StoreError):
            raise
        if isinstance(exc, cipher.db_errors(OSError)):
            raise StoreError(
                f"Could not rewrite {path}: {_reason(exc, secrets)}. Nothing was changed."
            ) from None
        raise
    tell(3)
    return RewriteResult(path, counts, digest)


def is_server(location: str) -> bool:
    """A PostgreSQL URL (also as a Path, which folds its `//` into one `/`)."""
    scheme, colon, _ = location.partition(":")
    return bool(colon) and scheme.startswith("postgres")


def _checked_path(given: Path | str, old: str | None, new: str | None) -> Path:
    """`given` as an absolute path, or a one-line StoreError saying why it cannot be rewritten."""
    text = os.fspath(given)
    if is_server(text):
        raise StoreError(SERVER_NOTE)
    if paths.is_url(text):
        raise StoreError(f"{paths.display_location(text)} is not a journal file.")
    path = paths.sqlite_path(text)
    if not path.is_file():
        raise StoreError(f"There is no journal file at {path}.")
    if not (paths.is_writable(path) and paths.is_writable(path.parent)):
        raise StoreError(f"{path} (or its folder) is read-only; nothing was changed.")
    if _is_plain(path):
        if old is not None:
            raise StoreError(f"{path} is not protected by a passphrase; nothing was changed.")
    elif cipher.looks_encrypted(path):
        if old is None:
            raise StoreError(f"{path} is already protected by a passphrase; nothing was changed.")
    else:
        raise StoreError(f"{path} is not a journal database; nothing was changed.")
    if old is None and new is None:
        raise StoreError("Neither the old nor the new journal has a passphrase: nothing to do.")
    return path


def _export(
    path: Path, old: str | None, tmp: Path, new: str | None
) -> tuple[dict[str, int], str, os.stat_result]:
    """Write the new copy to `tmp`; the original's row counts, digest and its file's state."""
    # sqlcipher3 reads a plain file without a key, and only it has sqlcipher_export.
    if old is None:
        source = cipher.module().connect(str(path), isolation_level=None)
    else:
        source = cipher.connect(path, old, isolation_level=None)
    try:
        # Everything in the main file, then out of WAL mode: SQLite removes -wal and -shm itself.
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        mode = source.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise StoreError(
                f"{path} is in use by another program; close it and try again. Nothing was changed."
            )
        source.execute("BEGIN")
        try:
            counts, digest = table_counts(source), content_digest(source)
        finally:
            source.execute("COMMIT")
        if "alembic_version" not in counts:
            raise StoreError(
                f"{path} is a database, but not a Career Journal; nothing was changed."
            )
        before = path.stat()
        paths.ensure_private_file(tmp)
        cipher.export(source, tmp, new)
    finally:
        source.close()
    _fsync(tmp)
    return counts, digest, before


def _verify(path: Path, tmp: Path, new: str | None, counts: dict[str, int], digest: str) -> None:
    """The copy at `tmp` opens with `new`, is whole and holds exactly what the original held."""
    what = "encrypted" if new is not None else "plain"

    def refuse(why: str) -> StoreError:
        return StoreError(f"The {what} copy of {path} did not verify ({why}). Nothing was changed.")

    try:
        con = cipher.connect(tmp, new, isolation_level=None)
    except ProtectedJournalError:
        raise refuse("it does not open with the passphrase it was written with") from None
    except cipher.db_errors() as exc:
        raise refuse(f"it cannot be read: {exc}") from None
    try:
        found = con.execute("PRAGMA integrity_check").fetchall()
        if [tuple(r) for r in found] != [("ok",)]:
            raise refuse(f"integrity check: {found[0][0]}")
        if new is not None:
            pages = con.execute("PRAGMA cipher_integrity_check").fetchall()
            if pages:
                raise refuse(f"page check: {pages[0][0]}")
        copied = table_counts(con)
        if copied != counts:
            raise refuse(_count_difference(counts, copied))
        if content_digest(con) != digest:
            raise refuse("the rows differ from the original's")
    except cipher.db_errors() as exc:
        raise refuse(f"it cannot be read: {exc}") from None
    finally:
        con.close()


def _swap(path: Path, tmp: Path, before: os.stat_result) -> None:
    """Give the verified copy the journal's name, unless anything touched the original since."""
    now = path.stat()
    if (now.st_size, now.st_mtime_ns, now.st_ino) != (
        before.st_size,
        before.st_mtime_ns,
        before.st_ino,
    ):
        raise StoreError(
            f"{path} was changed by another program while it was being rewritten; close that "
            "program and try again. Nothing was changed."
        )
    for suffix in SIDE_SUFFIXES:
        side = _side(path, suffix)
        if not side.exists():
            continue
        # Left empty by a program that ended (ours closed in rollback mode and left none):
        # harmless to delete. One with content is somebody's unfinished write.
        if suffix != "-shm" and side.stat().st_size > 0:
            raise StoreError(
                f"{side} shows that another program is writing to {path}; close it and try "
                "again. Nothing was changed."
            )
        side.unlink()
    os.replace(tmp, path)  # the copy was made 0600, as every journal file is
    with contextlib.suppress(OSError):  # not every platform can sync a folder
        _fsync(path.parent)


# -- what a journal holds -----------------------------------------------------------------------


def _tables(con: Any) -> list[str]:
    """Every ordinary table, by name; virtual tables (the search index) are left out: the
    tables their rows are stored in are ordinary tables and are counted."""
    rows = con.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall()
    return [
        str(name)
        for name, sql in rows
        if not str(sql or "").lstrip().upper().startswith("CREATE VIRTUAL TABLE")
    ]


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def table_counts(con: Any) -> dict[str, int]:
    """Each table's number of rows (`con`: sqlite3 or sqlcipher3)."""
    return {
        t: int(con.execute(f"SELECT count(*) FROM {_ident(t)}").fetchone()[0]) for t in _tables(con)
    }


def _order(con: Any, table: str) -> str:
    """Primary-key order, or every column in turn for a table without a primary key."""
    info = con.execute(f"PRAGMA table_info({_ident(table)})").fetchall()
    keys = sorted((int(r[5]), int(r[0]) + 1) for r in info if int(r[5]) > 0)
    columns = [c for _, c in keys] or [int(r[0]) + 1 for r in info]
    return ", ".join(str(c) for c in columns)


def _value_bytes(value: object) -> bytes:
    if value is None:
        return b"N"
    if isinstance(value, bytes):
        return b"B%d:" % len(value) + value
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return b"S%d:" % len(data) + data
    if isinstance(value, float):
        return b"F" + repr(value).encode()
    return b"I" + str(value).encode()


def content_digest(con: Any) -> str:
    """SHA-256 over every row of every table, tables by name, rows in primary-key order."""
    digest = hashlib.sha256()
    for table in _tables(con):
        digest.update(b"T" + _value_bytes(table))
        cursor = con.execute(f"SELECT * FROM {_ident(table)} ORDER BY {_order(con, table)}")
        while rows := cursor.fetchmany(500):
            for row in rows:
                digest.update(b"R" + b"".join(_value_bytes(v) for v in row))
    return digest.hexdigest()


def _count_difference(expected: dict[str, int], found: dict[str, int]) -> str:
    for table in sorted(set(expected) | set(found)):
        if table not in found:
            return f"the table {table} is missing"
        if table not in expected:
            return f"an unexpected table {table}"
        if expected[table] != found[table]:
            return f"{table} holds {found[table]:,} rows, not {expected[table]:,}"
    return "row counts differ"


# -- files --------------------------------------------------------------------------------------


def _temporary(path: Path) -> Path:
    return path.with_name(f".{path.name}{REWRITE_SUFFIX}")


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _is_plain(path: Path) -> bool:
    return cipher.header(path) == cipher.SQLITE_HEADER


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reason(exc: BaseException, secrets: list[str]) -> str:
    """An error's own words on one line, with no passphrase in them."""
    text = (exc.strerror if isinstance(exc, OSError) else None) or str(exc) or type(exc).__name__
    text = text.splitlines()[0]
    for secret in secrets:
        text = text.replace(secret, paths.MASK)
    return text
