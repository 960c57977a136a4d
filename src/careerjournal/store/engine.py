"""Opening a journal: engine, sessions, the cheap schema check and migrations on demand."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from . import cipher, failures, integrity, paths, schema
from .errors import (
    CorruptDatabaseError,
    DriverMissingError,
    JournalNotFoundError,
    NotAJournalError,
    ProtectedJournalError,
    ReadOnlyJournalError,
    SchemaTooNewError,
    StoreError,
    WrongPassphraseError,
)

POSTGRESQL_INSTALL = "pip install 'careerjournal[postgresql]'"

BUSY_TIMEOUT_MS = 5000
# SQLite's page cache of an encrypted journal's connection (its default is 2 MiB).
ENCRYPTED_CACHE_KIB = 32 * 1024
DEFAULT_BACKUP_KEEP = 10


@dataclass(frozen=True)
class SchemaState:
    """What the database says about its schema before we change anything."""

    revision: str | None
    tables: frozenset[str] = frozenset()

    @property
    def has_tables(self) -> bool:
        """Tables besides Alembic's own: an empty `alembic_version` alone is a blank journal."""
        return bool(self.tables - {"alembic_version"})

    @property
    def is_empty(self) -> bool:
        """A new database: nothing in it worth a backup before migrating."""
        return not self.tables

    @property
    def pending(self) -> bool:
        return self.revision != schema.HEAD


def _describe(location: str) -> str:
    """The journal as it may be shown: a path, or a URL with its password hidden."""
    return paths.display_location(location)


def _driver_reason(exc: DBAPIError, location: str) -> str:
    """The driver's own words, on one line, without any password of `location`."""
    lines = [line.strip() for line in str(exc.orig).splitlines() if line.strip()]
    return paths.mask_secrets(lines[0] if lines else type(exc.orig).__name__, location)


def _sqlite_schema_state(path: Path, passphrase: str | None = None) -> SchemaState:
    """Read the stored revision through a read-only connection: the file is not touched.

    An encrypted journal is read with `passphrase`; a wrong one is WrongPassphraseError here,
    before anything opens it for writing.
    """
    if not path.exists() or path.stat().st_size == 0:
        return SchemaState(None)
    uri = path.absolute().as_uri() + "?mode=ro"
    if not any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal")):
        # Nothing is open or half-written: read the file as it is. A plain read-only connection
        # would create -wal and -shm files next to a WAL journal (and leave them behind).
        uri += "&immutable=1"
    try:
        con = cipher.connect(uri, passphrase, uri=True)
    except WrongPassphraseError:
        raise WrongPassphraseError(
            f"The passphrase does not open {path}. Nothing was opened or changed."
        ) from None
    except cipher.db_errors() as exc:
        raise CorruptDatabaseError(f"{path}: cannot be opened as a database ({exc}).") from exc
    try:
        state = _read_state(con)
        # Damage in the middle of the file shows up here, before anything writes to it.
        findings = integrity.quick_check(con)
        if findings:
            raise integrity.DamagedJournalError(path, findings)
        return state
    except cipher.database_errors() as exc:
        if integrity.is_damage(exc) and (passphrase is not None or integrity.is_sqlite_file(path)):
            raise integrity.DamagedJournalError(path, [str(exc)]) from exc
        raise CorruptDatabaseError(
            f"{path}: is not a readable journal database ({exc}). The file was left unchanged."
        ) from exc
    finally:
        con.close()


def _read_state(con: Any) -> SchemaState:
    # sqlite_sequence and sqlite_stat* are SQLite's own bookkeeping, not anybody's data.
    names = {
        r[0]
        for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        if not r[0].startswith("sqlite_")
    }
    revision = None
    if "alembic_version" in names:
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return SchemaState(revision, frozenset(names))


def _engine_schema_state(engine: Engine, location: str = "") -> SchemaState:
    try:
        with engine.connect() as con:
            names = set(engine.dialect.get_table_names(con))
            revision = None
            if "alembic_version" in names:
                revision = con.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return SchemaState(revision, frozenset(names))
    except DBAPIError as exc:
        where = _describe(location) if location else "the journal database"
        raise StoreError(
            f"Cannot connect to {where}: {_driver_reason(exc, location)}."
        ) from None  # the chained driver error may spell out the password


def _check_revision(state: SchemaState, where: str) -> None:
    if state.revision is not None and state.revision not in schema.REVISIONS:
        raise SchemaTooNewError(
            f"{where} was written by a newer version of Career Journal (schema "
            f"{state.revision}; this version knows up to {schema.HEAD}). "
            "Install the newer version to open it; the file was left unchanged."
        )
    if state.revision is None and state.has_tables:
        raise NotAJournalError(
            f"{where} is a database, but not a Career Journal. It was left unchanged."
        )


# A value SQLite hands to (and takes back from) a function defined in Python.
_SqlValue = str | bytes | int | float | None


def _fold(value: _SqlValue) -> _SqlValue:
    return value.casefold() if isinstance(value, str) else value


def _configure_sqlite(engine: Engine, *, read_only: bool = False, encrypted: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_con: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself, so writes can take the lock up front.
        dbapi_con.isolation_level = None
        # Unicode-aware case folding for sorting ("Éb" after "éa"), as PostgreSQL's lower() does.
        dbapi_con.create_function("cj_fold", 1, _fold, deterministic=True)
        cur = dbapi_con.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        if not read_only:  # a read-only journal keeps the journal mode it has
            cur.execute("PRAGMA journal_mode = WAL")
        # FULL: a committed entry survives a power cut too, not only a crashed process.
        cur.execute("PRAGMA synchronous = FULL")
        if encrypted:
            # A page read again from the OS cache is decrypted again: keep more of them decrypted.
            cur.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(con: Any) -> None:
        mode = con.get_execution_options().get("sqlite_begin", "DEFERRED")
        con.exec_driver_sql(f"BEGIN {mode}")


class Store:
    """One open journal database. Sessions are short: one per operation."""

    def __init__(
        self,
        location: str,
        engine: Engine,
        *,
        backup_keep: int = DEFAULT_BACKUP_KEEP,
        read_only: bool = False,
        passphrase: str | None = None,
    ):
        self.location = location
        # Kept in memory while the journal is open (backups and background readers key their
        # own connections with it); never written anywhere.
        self._passphrase = passphrase
        self.engine = engine
        self.backup_keep = backup_keep
        # Its file or folder is not writable: reading works, every write is refused up front.
        self.read_only = read_only
        # Damage found while reading a record: every later write is refused with it.
        self.damage: integrity.DamagedRecordError | None = None
        # Resolved now: a later change of the working folder must not move the journal.
        self._file = None if paths.is_url(location) else paths.sqlite_path(location)
        self._read = sessionmaker(engine, expire_on_commit=False)
        # SQLite writes take the lock when they begin, so two writers queue instead of failing.
        writer = engine.execution_options(sqlite_begin="IMMEDIATE") if self.is_sqlite else engine
        self._write = sessionmaker(writer, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    @property
    def encrypted(self) -> bool:
        """An SQLCipher journal: opened with a passphrase."""
        return self._passphrase is not None

    @property
    def passphrase(self) -> str | None:
        return self._passphrase

    def connect_raw(self, *, read_only: bool = True, check_same_thread: bool = True) -> Any:
        """A DB-API connection of its own to the SQLite file, keyed as the store is."""
        path = self.path
        if path is None:
            raise StoreError("Only a journal file can be read on a connection of its own.")
        uri = path.absolute().as_uri() + ("?mode=ro" if read_only else "")
        return cipher.connect(uri, self._passphrase, uri=True, check_same_thread=check_same_thread)

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None for a server database."""
        if not self.is_sqlite or self.engine.url.database in (None, "", ":memory:"):
            return None
        if self._file is None:  # an `sqlite:///…` URL given as the location
            return Path(str(self.engine.url.database))
        return self._file

    @property
    def backup_dir(self) -> Path | None:
        from .backup import backup_folder

        p = self.path
        return None if p is None else backup_folder(p)

    @property
    def display_name(self) -> str:
        """The journal as a person reads it: a file under the home folder as `~/…`, a server
        URL without its password."""
        p = self.path
        if p is not None:
            try:
                return str(Path("~") / p.relative_to(Path.home()))
            except (ValueError, RuntimeError):  # elsewhere, or no home folder
                return str(p)
        # A password may also sit in the query (`?password=…`): display_location hides both.
        return paths.display_location(self.engine.url.render_as_string(hide_password=False))

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A session in one transaction: committed at the end, rolled back on any error.

        A read-only journal refuses before anything starts; a full disk (or a database that turned
        read-only) is reported as such, after the rollback.
        """
        if self.read_only:
            path = self.path
            folder = path is not None and not paths.is_writable(path.parent)
            raise ReadOnlyJournalError(failures.read_only_message(self.display_name, folder=folder))
        if self.damage is not None:  # nothing is written to a damaged file
            raise integrity.DamagedRecordError(self.damage.path, self.damage.reason)
        try:
            with self._write.begin() as session:
                yield session
        except DBAPIError as exc:
            known = failures.translate(exc, self.display_name, self.path)
            if known is not None:
                raise known from exc
            reason = integrity.damage_reason(exc) if self.is_sqlite else None
            if reason is None:
                raise
            raise self.mark_damaged(reason) from exc

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; damage met in an SQLite record becomes DamagedRecordError
        (and the journal refuses writes from then on)."""
        try:
            with self._read() as session:
                yield session
        except DBAPIError as exc:
            reason = integrity.damage_reason(exc) if self.is_sqlite else None
            if reason is None:
                raise
            raise self.mark_damaged(reason) from exc

    def mark_damaged(self, reason: str) -> integrity.DamagedRecordError:
        """Note damage found in a record: from now on every write is refused."""
        self.damage = integrity.DamagedRecordError(self.path or Path(self.location), reason)
        return self.damage

    def revision(self) -> str | None:
        return _engine_schema_state(self.engine, self.location).revision

    def close(self) -> None:
        self.engine.dispose()
        self._passphrase = None


def _make_engine(url: URL, *, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine, read_only=read_only)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _keyed_engine(url: URL, target: str, first: Any, passphrase: str, *, read_only: bool) -> Engine:
    """An engine over the SQLCipher file `target` (a path, or a `file:` URI when read-only) whose
    first connection is `first` (keyed and checked already): SQLCipher derives the key on every
    new connection, so opening pays for it once."""
    uri = read_only
    handed = [first]

    def connect() -> Any:
        if handed:
            return handed.pop()
        return cipher.connect(
            target,
            passphrase,
            uri=uri,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
            verify=False,
        )

    engine = create_engine(url, module=cipher.module(), creator=connect)
    _configure_sqlite(engine, read_only=read_only, encrypted=True)
    return engine


def check_exists(location: str) -> None:
    """Raise JournalNotFoundError unless the SQLite journal file at `location` exists.

    A server URL always passes: whether its database exists is for the server to say.
    """
    if paths.is_url(location):
        return
    path = Path(location).expanduser().absolute()
    if path.exists():
        return
    if path.parent.is_dir():
        raise JournalNotFoundError(f"There is no journal at {path}: the file does not exist.")
    raise JournalNotFoundError(
        f"There is no journal at {path}: the folder {path.parent} does not exist."
    )


def open_store(
    location: str | None = None,
    *,
    create: bool = True,
    migrate: bool = True,
    backup_keep: int = DEFAULT_BACKUP_KEEP,
    passphrase: str | None = None,
) -> Store:
    """Open the journal at `location`, migrating it to the current schema.

    A missing SQLite file (and its folder) is created only when `create` is true; otherwise it is
    JournalNotFoundError, so a mistyped path never becomes a new, empty journal.
    The stored schema revision is read first without changing anything; a journal from a newer
    app, or a database that is not a journal, is refused untouched. Only when a migration is due
    is Alembic imported, and an existing SQLite journal is backed up (and the copy verified) first.

    An encrypted SQLite journal needs its `passphrase` (ProtectedJournalError without one,
    WrongPassphraseError for a wrong one; both before anything is opened for writing). A plain
    journal, or a server database, ignores it.
    """
    location = paths.resolve_location(location)
    where = _describe(location)
    sqlite_path: Path | None = None
    read_only = False
    key: str | None = None
    if not paths.is_url(location):
        sqlite_path = paths.sqlite_path(location)
        key = _key_for(sqlite_path, where, passphrase)
        engine, state, read_only = _open_sqlite(
            location, sqlite_path, where, create=create, key=key
        )
    else:
        engine, state = _open_server(location, where)
    store = Store(location, engine, backup_keep=backup_keep, read_only=read_only, passphrase=key)
    try:
        _bring_up_to_date(store, state, where, migrate=migrate)
    except DatabaseError as exc:
        engine.dispose()
        known = failures.translate(exc, where, sqlite_path)
        if known is not None:
            raise known from exc
        raise CorruptDatabaseError(
            f"{where}: the database could not be read ({exc.orig})."
        ) from exc
    except BaseException:
        engine.dispose()
        raise
    if sqlite_path is not None and not read_only:
        _tighten_sqlite_files(sqlite_path)
    return store


def _key_for(path: Path, where: str, passphrase: str | None) -> str | None:
    """The passphrase to key `path` with: None for a plain (or new) file; an encrypted one
    without a passphrase is ProtectedJournalError (or EncryptionUnavailableError)."""
    if not cipher.looks_encrypted(path):
        return None
    cipher.module()  # EncryptionUnavailableError, saying how to install it
    if passphrase is None:
        raise ProtectedJournalError(f"{where} is protected by a passphrase.")
    return passphrase


def _open_sqlite(
    location: str, sqlite_path: Path, where: str, *, create: bool, key: str | None = None
) -> tuple[Engine, SchemaState, bool]:
    """The engine of an SQLite journal, its schema state, and whether it opens read-only."""
    _refuse_non_file(sqlite_path)
    if not create:
        check_exists(location)
    read_only = _is_read_only(sqlite_path)
    if key is not None:
        return _open_encrypted(location, sqlite_path, where, key, read_only=read_only)
    state = _sqlite_schema_state(sqlite_path)
    _check_revision(state, where)
    if read_only:
        if state.pending:
            folder = not paths.is_writable(sqlite_path.parent)
            raise ReadOnlyJournalError(
                f"{failures.read_only_message(where, folder=folder)} It needs a schema "
                "upgrade (or is not a journal yet), which cannot be written to it."
            )
    else:
        _prepare_sqlite_file(sqlite_path)
    engine = _make_engine(
        paths.sqlalchemy_url(
            location, read_only=read_only, immutable=read_only and _quiet(sqlite_path)
        ),
        read_only=read_only,
    )
    return engine, state, read_only


def _open_encrypted(
    location: str, path: Path, where: str, key: str, *, read_only: bool
) -> tuple[Engine, SchemaState, bool]:
    """An SQLCipher journal: one keyed connection reads the schema state and becomes the
    engine's first connection.

    No quick check of every page here, unlike a plain journal: SQLCipher authenticates each page
    (HMAC-SHA512) whenever it is read, so a damaged page can neither be read nor written over
    unnoticed, and the background read-back reads them all once the journal is open. (Decrypting
    every page of a large journal before showing it would triple the time to open it.)
    """
    url = paths.sqlalchemy_url(location, read_only=read_only)
    target = path.absolute().as_uri() + "?mode=ro" if read_only else str(path)
    try:
        con = cipher.connect(
            target,
            key,
            uri=read_only,
            check_same_thread=False,
            timeout=BUSY_TIMEOUT_MS / 1000,
        )
    except WrongPassphraseError:
        raise WrongPassphraseError(
            f"The passphrase does not open {path}. Nothing was opened or changed."
        ) from None
    except cipher.db_errors() as exc:
        raise CorruptDatabaseError(f"{path}: cannot be opened as a database ({exc}).") from exc
    try:
        try:
            state = _read_state(con)
        except cipher.database_errors() as exc:
            raise integrity.DamagedJournalError(path, [str(exc)]) from exc
        _check_revision(state, where)
        if read_only and state.pending:
            folder = not paths.is_writable(path.parent)
            raise ReadOnlyJournalError(
                f"{failures.read_only_message(where, folder=folder)} It needs a schema "
                "upgrade, which cannot be written to it."
            )
        if not read_only:
            _prepare_sqlite_file(path)
        return _keyed_engine(url, target, con, key, read_only=read_only), state, read_only
    except BaseException:
        con.close()
        raise


def _open_server(location: str, where: str) -> tuple[Engine, SchemaState]:
    """The engine of a journal on a database server (a URL), and its schema state."""
    try:
        engine = _make_engine(paths.sqlalchemy_url(location))
    except ImportError as exc:  # the driver is an optional extra
        if location.startswith(("postgresql", "postgres:")):
            raise DriverMissingError(
                f"Cannot open {where}: PostgreSQL needs the psycopg driver, which is not "
                f"installed. Install it with: {POSTGRESQL_INSTALL}"
            ) from exc
        raise DriverMissingError(
            f"Cannot open {where}: its database driver is not installed ({exc})."
        ) from exc
    except Exception as exc:  # a malformed URL, an unknown dialect
        reason = paths.mask_secrets(str(exc).splitlines()[0] if str(exc) else "", location)
        raise StoreError(f"Cannot use the database URL {where}: {reason}") from None
    try:
        state = _engine_schema_state(engine, location)
        _check_revision(state, where)
    except BaseException:
        engine.dispose()
        raise
    return engine, state


def _bring_up_to_date(store: Store, state: SchemaState, where: str, *, migrate: bool) -> None:
    """Migrate a journal that needs it (an SQLite one backed up first), or touch it once."""
    if state.pending:
        if not migrate:
            raise StoreError(f"{where} needs a schema upgrade before it can be used.")
        if not state.is_empty and store.path is not None:
            from .backup import make_backup

            make_backup(store, reason="pre-migration")
        from .migrate import upgrade

        upgrade(store)
    elif store.path is not None:
        # Touch the database once so WAL mode and a damaged file show up now, not mid-edit.
        with store.engine.connect() as con:
            con.exec_driver_sql("SELECT 1 FROM alembic_version").all()


def _refuse_non_file(path: Path) -> None:
    """Refuse a folder, a device, a FIFO or a socket before anything opens or changes it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"Cannot use {path}: {exc.strerror}.") from None
    if stat.S_ISDIR(mode):
        raise StoreError(f"{path} is a folder; give the path of a journal file.")
    if not stat.S_ISREG(mode):
        raise StoreError(
            f"{path} is not a regular file (a device, a pipe or a socket); "
            "give the path of a journal file. It was left unchanged."
        )


def _is_read_only(path: Path) -> bool:
    """An existing journal whose file (or folder) may not be written is opened read-only."""
    return path.exists() and not (paths.is_writable(path) and paths.is_writable(path.parent))


def _quiet(path: Path) -> bool:
    """No `-wal` or `-journal` beside the file: nothing is writing it, it may be read as it is."""
    return not any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))


def _prepare_sqlite_file(path: Path) -> None:
    parent = path.parent
    if parent == paths.data_dir():
        paths.ensure_private_dir(parent)
    elif not parent.exists():
        paths.make_dirs(parent, paths.PRIVATE_DIR)
    try:
        paths.ensure_private_file(path)
    except OSError as exc:
        raise StoreError(f"Cannot create the journal file {path}: {exc.strerror}.") from exc


def _tighten_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.exists():
            with contextlib.suppress(OSError):
                paths.ensure_private_file(p)
