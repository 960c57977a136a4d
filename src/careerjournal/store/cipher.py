"""SQLCipher: how an encrypted journal is recognised, keyed and connected to.

An encrypted journal is an SQLCipher 4 database (the `encryption` extra installs `sqlcipher3`).
The key is the user's passphrase, stretched by SQLCipher's own key derivation (its default
PBKDF2-HMAC-SHA512 settings, run on every new connection); nothing here derives, stores or
compares keys itself. A plain journal keeps using the standard library's `sqlite3`, so this
module imports `sqlcipher3` only when an encrypted journal is met or made.

Errors: `sqlcipher3` raises its own exception classes (not subclasses of `sqlite3.Error`);
`db_errors()` gives the tuple to catch either.
"""

from __future__ import annotations

import functools
import sqlite3
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from .errors import EncryptionUnavailableError, WrongPassphraseError

T = TypeVar("T")

INSTALL = "pip install 'careerjournal[encryption]'"
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher writes whole pages; the smallest journal is one 4 KiB page (its default page size).
_MIN_ENCRYPTED_SIZE = 1024
_RANDOM_DISTINCT = 200


@functools.cache
def module() -> ModuleType:
    """`sqlcipher3.dbapi2`, or EncryptionUnavailableError saying how to install it."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # pragma: no cover - where the extra has no wheel
        raise EncryptionUnavailableError(
            "Encryption needs SQLCipher, which is not installed with this copy of Career "
            f"Journal. Install it with: {INSTALL}"
        ) from exc
    found: ModuleType = dbapi2
    return found


def available() -> bool:
    """Whether SQLCipher can be used here (its wheel exists for this platform and is installed)."""
    try:
        module()
    except EncryptionUnavailableError:
        return False
    return True


def _error_types(name: str, more: tuple[type[Exception], ...]) -> tuple[type[Exception], ...]:
    # sqlcipher3 raises nothing before it is imported, and importing it costs start-up time
    # (SQLCipher is a library of its own): its classes join the tuple once it is loaded.
    found: tuple[type[Exception], ...] = (getattr(sqlite3, name), *more)
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return found if loaded is None else (*found, getattr(loaded, name))


def db_errors(*more: type[Exception]) -> tuple[type[Exception], ...]:
    """Either driver's errors, and `more`, to catch: `except cipher.db_errors(OSError):`."""
    return _error_types("Error", more)


def database_errors() -> tuple[type[Exception], ...]:
    """Either driver's DatabaseError (SQLite's "the file is damaged or not a database")."""
    return _error_types("DatabaseError", ())


def header(path: Path) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def looks_encrypted(path: Path) -> bool:
    """A file that is not a plain SQLite database but is shaped like an SQLCipher one.

    SQLCipher encrypts the whole file, header included, so nothing in it says "encrypted": a
    non-empty file of whole pages without SQLite's header is taken for one. Anything else that is
    not a database (a text file, half a download) still reads as "not a journal".
    """
    try:
        st = path.stat()
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode) or st.st_size < _MIN_ENCRYPTED_SIZE or st.st_size % 512:
        return False
    try:
        with path.open("rb") as f:
            first = f.read(1024)
    except OSError:
        return False
    # Ciphertext looks random: 1,024 random bytes hold about 250 different values; text, a
    # repeated pattern or a half-written database far fewer.
    return not first.startswith(SQLITE_HEADER) and len(set(first)) >= _RANDOM_DISTINCT


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal (PRAGMA takes no bound parameters)."""
    return "'" + passphrase.replace("'", "''") + "'"


def apply_key(con: Any, passphrase: str) -> None:
    """Key a fresh sqlcipher3 connection; SQLCipher's own log stays quiet about a wrong key."""
    con.execute("PRAGMA cipher_log_level = NONE")
    con.execute(f"PRAGMA key = {quote(passphrase)}")


def check_key(con: Any, where: str) -> None:
    """Read the schema once: a wrong passphrase shows up here as WrongPassphraseError."""
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module().DatabaseError as exc:
        if "not a database" in str(exc):
            raise WrongPassphraseError(
                f"The passphrase does not open {where}. Nothing was opened or changed."
            ) from None
        raise


def connect(
    target: Path | str,
    passphrase: str | None,
    *,
    uri: bool = False,
    check_same_thread: bool = True,
    isolation_level: str | None = "",
    verify: bool = True,
    timeout: float = 5.0,
) -> Any:
    """A DB-API connection to `target` (a path, or a `file:` URI with `uri=True`).

    With a passphrase: an sqlcipher3 connection keyed with it (and, with `verify`, checked, so a
    wrong passphrase raises WrongPassphraseError before anything else). Without: plain `sqlite3`.
    """
    if passphrase is None:
        return sqlite3.connect(
            target,
            uri=uri,
            check_same_thread=check_same_thread,
            isolation_level=isolation_level,  # type: ignore[arg-type]
            timeout=timeout,
        )
    con = module().connect(
        str(target),
        uri=uri,
        check_same_thread=check_same_thread,
        isolation_level=isolation_level,
        timeout=timeout,
    )
    try:
        apply_key(con, passphrase)
        if verify:
            check_key(con, str(target).removeprefix("file:").split("?", 1)[0])
    except BaseException:
        con.close()
        raise
    return con


def export(
    con: Any,
    destination: Path,
    passphrase: str | None,
    *,
    snapshot: Callable[[Any], T] | None = None,
) -> T | None:
    """Write everything `con` holds into a new database at `destination`, keyed with
    `passphrase` (or plain with None), by SQLCipher's `sqlcipher_export`; keeps user_version.

    `con` must be an sqlcipher3 connection outside a transaction; `destination` must not exist.
    The copy is taken in one read transaction; `snapshot(con)`, if given, runs inside it first
    (row counts that match the copy exactly) and its result is returned.
    """
    con.execute(
        f"ATTACH DATABASE {quote(str(destination))} AS cj_target KEY {quote(passphrase or '')}"
    )
    try:
        con.execute("BEGIN")
        try:
            seen = snapshot(con) if snapshot is not None else None
            con.execute("SELECT sqlcipher_export('cj_target')")
            version = con.execute("PRAGMA main.user_version").fetchone()[0]
            con.execute(f"PRAGMA cj_target.user_version = {int(version)}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    finally:
        con.execute("DETACH DATABASE cj_target")
    return seen
