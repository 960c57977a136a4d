"""Recovering a damaged SQLite journal into a sound one at the same path.

Two ways, both ending the same: a new, checked journal file takes the journal's name, and the
damaged file is kept beside it as `<name>.damaged` (never deleted, never written to).

- **Salvage**: a fresh journal is made with the schema the damaged one had (from the migrations),
  and every table is copied row by row, reading what can be read. Rows on damaged pages are
  skipped and counted; rows whose references point to a lost row are dropped and counted. This
  keeps everything written up to the damage.
- **Backup**: the newest backup that passes its checks is copied in. Everything written after
  that backup is not in it.

SQLite's own `.recover` lives in the sqlite3 shell, not in Python's module; row-by-row reading
with a fresh schema is the sound equivalent here: what is copied went through every constraint
of the schema again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import cipher, integrity, paths
from .backup import BackupInfo, _fsync, newest_good_backup, restore_as_copy, verify
from .errors import StoreError

if TYPE_CHECKING:
    from .engine import Store

DAMAGED = ".damaged"
# Tables that are not copied: Alembic's stamp comes with the fresh schema; the search index
# (FTS5 and its shadow tables) is rebuilt from the entries; SQLite's own bookkeeping.
_SKIPPED_PREFIXES = ("sqlite_", "entry_fts")


class RecoveryError(StoreError):
    """The damaged journal could not be recovered; nothing was moved or replaced."""


@dataclass(frozen=True)
class TableSalvage:
    """What became of one table's rows."""

    table: str
    copied: int
    unreadable: int  # rows on damaged pages (or that no longer decode)
    dropped: int  # readable rows refused by the schema, e.g. a tag of a lost entry
    detached: int = 0  # copied rows whose optional link to a lost row was cleared
    unreadable_ids: tuple[int, ...] = ()  # the rowids (ids) of the unreadable rows

    @property
    def lost(self) -> int:
        return self.unreadable + self.dropped


@dataclass(frozen=True)
class RecoveryResult:
    journal: Path  # the recovered journal, at the damaged one's path
    damaged: Path  # where the damaged file now is
    backup: BackupInfo | None  # the backup used, or None for a salvage
    tables: tuple[TableSalvage, ...] = ()

    @property
    def lost(self) -> int:
        return sum(t.lost for t in self.tables)

    def of(self, table: str) -> TableSalvage | None:
        return next((t for t in self.tables if t.table == table), None)


def damaged_name(journal_file: Path) -> Path:
    """Where a damaged journal is put aside: `<name>.damaged`, numbered if that is taken."""
    candidate = journal_file.with_name(journal_file.name + DAMAGED)
    n = 2
    while candidate.exists():
        candidate = journal_file.with_name(f"{journal_file.name}{DAMAGED}-{n}")
        n += 1
    return candidate


def recover(journal_file: Path, *, from_backup: bool = False) -> RecoveryResult:
    """Replace the damaged journal at `journal_file` by a recovered one; see the module text.

    Raises RecoveryError (nothing changed) when there is nothing to recover from.
    """
    journal_file = journal_file.expanduser().absolute()
    if not journal_file.is_file():
        raise RecoveryError(f"There is no journal file at {journal_file} to recover.")
    if cipher.looks_encrypted(journal_file):
        raise RecoveryError(
            f"{journal_file} is encrypted: it cannot be salvaged here. Open one of its backups "
            "instead (they are encrypted with the same passphrase); nothing was changed."
        )
    backup: BackupInfo | None = None
    tables: tuple[TableSalvage, ...] = ()
    if from_backup:
        backup = newest_good_backup(journal_file)
        if backup is None:
            raise RecoveryError(
                f"{journal_file} has no backup that passes its checks; "
                "salvage what can be read instead (without --from-backup)."
            )
        fresh = restore_as_copy(backup.path, journal_file)
    else:
        fresh = journal_file.with_name(f".{journal_file.name}.{os.getpid()}.recovering")
        _remove(fresh)
        try:
            tables = tuple(salvage(journal_file, fresh))
            verify(fresh)
            _fsync(fresh)
        except BaseException:
            _remove(fresh)
            raise
    damaged = damaged_name(journal_file)
    _put_in_place(journal_file, fresh, damaged)
    return RecoveryResult(journal_file, damaged, backup, tables)


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink()


def _put_in_place(journal_file: Path, fresh: Path, damaged: Path) -> None:
    """Move the damaged file (with its WAL) aside, then give the fresh file its name."""
    try:
        for suffix in ("-wal", "-shm"):
            side = journal_file.with_name(journal_file.name + suffix)
            if side.exists():
                os.replace(side, damaged.with_name(damaged.name + suffix))
        os.replace(journal_file, damaged)
        os.replace(fresh, journal_file)
    except OSError as exc:
        raise RecoveryError(
            f"Could not put the recovered journal in place of {journal_file}: {exc.strerror}. "
            f"The recovered copy is {fresh}; the damaged file is "
            f"{damaged if damaged.exists() else journal_file}."
        ) from exc
    with contextlib.suppress(OSError):  # not every platform can sync a folder
        _fsync(journal_file.parent)


# -- salvage ---------------------------------------------------------------------------------


def _read_only(path: Path) -> sqlite3.Connection:
    uri = path.absolute().as_uri() + "?mode=ro"
    if not path.with_name(path.name + "-wal").exists():
        uri += "&immutable=1"  # no side files next to the damaged journal
    return sqlite3.connect(uri, uri=True)


def salvage(damaged: Path, destination: Path) -> list[TableSalvage]:
    """Copy what can be read from `damaged` into a new journal file `destination`."""
    src = _read_only(damaged)
    try:
        try:
            revision = src.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            tables = [
                r[0]
                for r in src.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                )
                if not r[0].startswith(_SKIPPED_PREFIXES) and r[0] != "alembic_version"
            ]
        except (sqlite3.DatabaseError, TypeError) as exc:
            raise RecoveryError(
                f"Nothing can be salvaged from {damaged}: the list of its tables or its schema "
                f"version cannot be read ({exc}). Recover from a backup instead."
            ) from exc
        with _fresh_store(destination) as store:
            _make_schema(store, revision)
        dst = sqlite3.connect(destination, isolation_level=None)
        try:
            dst.execute("PRAGMA foreign_keys = ON")
            dst.execute("BEGIN")
            # Rows are copied as they were: no trigger adds to them (the search index, which
            # the triggers keep, is rebuilt in one go afterwards). The triggers come back as
            # the migrations made them.
            triggers = dst.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
            ).fetchall()
            for name, _ in triggers:
                dst.execute(f'DROP TRIGGER "{name}"')
            results = [_copy_table(src, dst, table) for table in _parents_first(dst, set(tables))]
            _carry_sequences(src, dst)
            for _, sql in triggers:
                dst.execute(sql)
            dst.execute("COMMIT")
        finally:
            dst.close()
    finally:
        src.close()
    with _fresh_store(destination) as store:
        # The search index is rebuilt from the entries that were copied.
        integrity.repair_search_index(store)
    con = sqlite3.connect(destination)
    try:
        con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        con.close()
    os.chmod(destination, paths.PRIVATE_FILE)
    return results


@contextlib.contextmanager
def _fresh_store(destination: Path) -> Iterator[Store]:
    """The new journal file as a Store, configured as every journal is."""
    from sqlalchemy import create_engine

    from .engine import Store, _configure_sqlite

    paths.ensure_private_file(destination)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(destination))
    _configure_sqlite(engine)
    try:
        yield Store(str(destination), engine)
    finally:
        engine.dispose()


def _make_schema(store: Store, revision: str) -> None:
    """An empty journal at `revision`, made by the migrations (a newer app opens it later)."""
    from . import schema
    from .migrate import upgrade

    if revision not in schema.REVISIONS:
        raise RecoveryError(
            f"The damaged journal has schema {revision}, which this version does not know; "
            "recover it with the newer version that wrote it."
        )
    upgrade(store, revision)


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def _parents_first(dst: sqlite3.Connection, wanted: set[str]) -> list[str]:
    """The tables of the fresh schema that the damaged one has too, referenced ones first."""
    names = [
        r[0]
        for r in dst.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
        if r[0] in wanted
    ]
    parents = {
        n: {r[2] for r in dst.execute(f'PRAGMA foreign_key_list("{n}")')} - {n} for n in names
    }
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = [n for n in names if n not in ordered and parents[n] <= set(ordered)]
        if not ready:  # a cycle: take the rest as they come, the constraints still hold
            ready = [n for n in names if n not in ordered]
        ordered.extend(ready)
    return ordered


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> TableSalvage:
    had = set(_columns(src, table))
    columns = [c for c in _columns(dst, table) if c in had]
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows, lost = _readable_rows(src, table, quoted)
    # A damaged page can still parse, with garbage in it: a row the app could not load
    # (a date that is no date, bytes no one types) counts as unreadable, not as salvaged.
    checks = _value_checks(dst, table, columns)
    insert = f'INSERT INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(columns))})'
    optional = _optional_links(dst, table, columns)
    copied = dropped = detached = 0
    for rowid, row in rows.items():
        if not all(ok(v) for ok, v in zip(checks, row, strict=True)):
            lost.add(rowid)
            continue
        try:
            dst.execute(insert, row)
            copied += 1
            continue
        except sqlite3.IntegrityError:
            pass
        # An entry whose role was lost is kept without its role, not dropped with it.
        loose = list(row)
        for i, parent, key in optional:
            if loose[i] is not None and not _exists(dst, parent, key, loose[i]):
                loose[i] = None
        try:
            if loose == list(row):
                raise sqlite3.IntegrityError
            dst.execute(insert, loose)
            copied += 1
            detached += 1
        except sqlite3.IntegrityError:
            dropped += 1
    return TableSalvage(table, copied, len(lost), dropped, detached, tuple(sorted(lost)))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def _is_text(value: object) -> bool:
    return isinstance(value, str) and not _CONTROL.search(value)


def _is_date(value: object) -> bool:
    try:
        dt.date.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _is_datetime(value: object) -> bool:
    try:
        dt.datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return _is_text(value)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_json(value: object) -> bool:
    try:
        json.loads(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return True


def _value_check(declared: str) -> Callable[[object], bool]:
    """How a value of a column declared `declared` must look to be loaded by the app."""
    kind = declared.upper()
    if kind.startswith("DATETIME") or kind.startswith("TIMESTAMP"):
        return _is_datetime
    if kind.startswith("DATE"):
        return _is_date
    if kind.startswith(("INTEGER", "BIGINT", "SMALLINT", "BOOLEAN")):
        return lambda v: isinstance(v, int)
    if kind.startswith(("FLOAT", "REAL", "NUMERIC", "DECIMAL", "DOUBLE")):
        return _is_number
    if kind.startswith("JSON"):
        return _is_json
    if kind.startswith(("VARCHAR", "TEXT", "CHAR", "CLOB")):
        return _is_text
    return lambda v: True


def _value_checks(
    dst: sqlite3.Connection, table: str, columns: list[str]
) -> list[Callable[[object], bool]]:
    declared = {r[1]: r[2] for r in dst.execute(f'PRAGMA table_info("{table}")')}

    def nullable(check: Callable[[object], bool]) -> Callable[[object], bool]:
        return lambda v: v is None or check(v)  # NOT NULL is the schema's to enforce

    return [nullable(_value_check(declared[c])) for c in columns]


def _optional_links(
    dst: sqlite3.Connection, table: str, columns: list[str]
) -> list[tuple[int, str, str]]:
    """(position in `columns`, parent table, parent key) of each nullable foreign key."""
    nullable = {r[1] for r in dst.execute(f'PRAGMA table_info("{table}")') if not r[3]}
    return [
        (columns.index(r[3]), r[2], r[4] or "rowid")
        for r in dst.execute(f'PRAGMA foreign_key_list("{table}")')
        if r[3] in nullable and r[3] in columns
    ]


def _exists(dst: sqlite3.Connection, table: str, key: str, value: object) -> bool:
    row = dst.execute(f'SELECT 1 FROM "{table}" WHERE "{key}" = ?', (value,)).fetchone()
    return row is not None


def _readable_rows(
    src: sqlite3.Connection, table: str, quoted: str
) -> tuple[dict[int, tuple[object, ...]], set[int]]:
    """The rows of `table` that can be read by rowid, in rowid order, and the rowids of those
    that could not be.

    A whole scan is tried first. If it stops at damage, every rowid up to the highest one the
    table, its indexes or its sequence know of is looked up one by one: a lookup walks the tree
    from its root, so rows behind a damaged page are still reached by another path.
    """
    read: dict[int, tuple[object, ...]] = {}
    try:
        for rowid, *values in src.execute(f'SELECT rowid, {quoted} FROM "{table}" ORDER BY rowid'):
            read[rowid] = tuple(values)
        return read, set()
    except sqlite3.DatabaseError:
        pass
    known, complete = _rowids_from_indexes(src, table)
    highest = max([*read, *known, *_highest_rowids(src, table)], default=0)
    failed: set[int] = set()
    lookup = f'SELECT {quoted} FROM "{table}" WHERE rowid = ?'
    for rowid in range(1, highest + 1):
        if rowid in read:
            continue
        try:
            row = src.execute(lookup, (rowid,)).fetchone()
        except sqlite3.DatabaseError:
            failed.add(rowid)
            continue
        if row is not None:
            read[rowid] = tuple(row)
    # An index read to its end says exactly which rows existed; otherwise every failed lookup
    # counts (a deleted row on a damaged page is counted too: the count is an upper bound).
    lost = known - read.keys() if complete else failed
    return {k: read[k] for k in sorted(read)}, lost


def _rowids_from_indexes(src: sqlite3.Connection, table: str) -> tuple[set[int], bool]:
    """Rowids listed in the table's indexes (read without the table), and whether one index
    was read to its end."""
    found: set[int] = set()
    complete = False
    for (index,) in src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", (table,)
    ).fetchall():
        seen: set[int] = set()
        try:
            for (rowid,) in src.execute(f'SELECT rowid FROM "{table}" INDEXED BY "{index}"'):
                seen.add(rowid)
            complete = True
        except sqlite3.DatabaseError:
            pass
        found |= seen
    return found, complete


def _highest_rowids(src: sqlite3.Connection, table: str) -> Iterable[int]:
    for sql, args in (
        (f'SELECT max(rowid) FROM "{table}"', ()),
        ("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)),
    ):
        with contextlib.suppress(sqlite3.DatabaseError):
            row = src.execute(sql, args).fetchone()
            if row and isinstance(row[0], int):
                yield row[0]


def _carry_sequences(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """Keep AUTOINCREMENT counters where they were, so no id of a lost row is handed out again."""
    with contextlib.suppress(sqlite3.DatabaseError):
        for name, seq in src.execute("SELECT name, seq FROM sqlite_sequence").fetchall():
            updated = dst.execute(
                "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?", (seq, name)
            )
            if updated.rowcount == 0 and _columns(dst, name):
                dst.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (name, seq))
