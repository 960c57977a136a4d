"""`check`: integrity and foreign-key checks, and the search index, in plain words.

Also the check every SQLite journal passes before it is opened: `PRAGMA quick_check` on a
read-only connection, so damage anywhere in the file (not only in the pages read first) stops
the journal before anything is written to it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from . import cipher, search
from .errors import CorruptDatabaseError

if TYPE_CHECKING:
    from .engine import Store


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The file itself is damaged (not only the search index): recovery, not repair, helps.
    damaged: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


# What SQLite files begin with: a file with this header that cannot be read is a damaged
# database, not some other kind of file.
SQLITE_HEADER = b"SQLite format 3\x00"
# quick_check stops after this many findings; a few are enough to say what is wrong.
MAX_FINDINGS = 20


class DamagedJournalError(CorruptDatabaseError):
    """An SQLite journal whose file is damaged: nothing may be written to it.

    `findings` are SQLite's own descriptions of what is wrong (for the details); the message
    says it in words and names the file.
    """

    def __init__(self, path: Path, findings: list[str]):
        self.path = path
        self.findings = findings
        count = len(findings)
        if count == 1:
            found = f'says "{findings[0]}"'
        else:
            more = "at least " if count >= MAX_FINDINGS else ""
            found = f'found {more}{count} problems (the first: "{findings[0]}")'
        super().__init__(
            f"{path} is damaged: SQLite's check of the file {found}. Nothing was written to it."
        )


class DamagedRecordError(DamagedJournalError):
    """Damage found while reading records of an open journal (text that no longer decodes):
    the file's structure passed the check at open, so only reading the record shows it.

    From then on the open journal refuses every write with this error.
    """

    def __init__(self, path: Path, reason: str):
        self.reason = reason
        super().__init__(path, [reason])
        self.args = (
            f"{path} is damaged: reading it failed ({reason}); nothing is written to it until "
            "it is recovered.",
        )


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts like an SQLite database (whatever state the rest is in)."""
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def is_damage(exc: BaseException) -> bool:
    """Whether an SQLite error says the file is damaged (not busy, missing or unreadable)."""
    return type(exc) in cipher.database_errors() or damage_reason(exc) is not None


def damage_reason(exc: BaseException) -> str | None:
    """SQLite's words when `exc` says the file is damaged (directly or through SQLAlchemy);
    None for any other error."""
    if isinstance(exc, DamagedRecordError):
        return exc.reason
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if not isinstance(orig, cipher.database_errors()):
        return None
    text_ = str(orig).splitlines()[0] if str(orig) else ""
    if any(s in text_ for s in ("malformed", "Could not decode", "file is not a database")):
        return text_.split(" with text ", 1)[0]  # not the garbled text itself
    return None


def quick_check(con: Any) -> list[str]:
    """SQLite's quick check on an open connection: [] when sound, else what it found.

    quick_check reads every page of every table and index (it skips only the comparison of
    each index with its table, which makes integrity_check about twice as slow).
    """
    try:
        rows = [str(r[0]) for r in con.execute(f"PRAGMA quick_check({MAX_FINDINGS})")]
    except cipher.database_errors() as exc:
        if not is_damage(exc):  # a busy or unreadable file is not a damaged one
            raise
        return [str(exc)]  # damage that stops the check itself
    if rows == ["ok"]:
        return []
    # One finding a line, without the "*** in database main ***" headings.
    lines = (line.strip() for row in rows for line in row.splitlines())
    return [line for line in lines if line and not line.startswith("*** in database")]


def unreadable_tables(
    con: Any, cancelled: Callable[[], bool] | None = None
) -> list[tuple[str, str]]:
    """(table, reason) for each table whose rows do not all read back.

    Damage inside a row (text that no longer decodes) leaves the file's structure intact, so
    only reading every row finds it. `cancelled` is asked between batches of rows; when it
    says so, the tables read so far are reported.
    """
    found: list[tuple[str, str]] = []
    names = [
        r[0]
        for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
        ).fetchall()
    ]
    for name in names:
        try:
            cursor = con.execute(f'SELECT * FROM "{name}"')
            while cursor.fetchmany(READ_BATCH):
                if cancelled is not None and cancelled():
                    return found
        except cipher.database_errors() as exc:
            found.append((name, str(exc).splitlines()[0].split(" with text ", 1)[0]))
    return found


# Rows read between two looks at whether a background read-back was cancelled.
READ_BATCH = 500


def read_back(
    path: Path, cancelled: Callable[[], bool] | None = None, *, passphrase: str | None = None
) -> list[tuple[str, str]]:
    """Read every record of the SQLite journal at `path` on a read-only connection of its own
    (safe on another thread while the journal is open): (table, reason) for each table with a
    row that does not read back; [] when every record reads, or when `cancelled` stopped it.
    An encrypted journal is read with its `passphrase`.
    """
    con = cipher.connect(
        path.absolute().as_uri() + "?mode=ro", passphrase, uri=True, check_same_thread=False
    )
    try:
        try:
            return unreadable_tables(con, cancelled)
        except cipher.database_errors() as exc:  # damage in SQLite's own table of tables
            if not is_damage(exc):
                raise
            return [("sqlite_master", str(exc).splitlines()[0])]
    finally:
        con.close()


def _sqlite_structure(session: Session, report: CheckReport) -> None:
    try:
        rows = [r[0] for r in session.execute(text("PRAGMA integrity_check")).all()]
    except DBAPIError as exc:
        rows = [str(exc.orig)]
    if rows != ["ok"]:
        report.damaged = True
        report.problems.extend(f"Database structure: {r}" for r in rows[:MAX_FINDINGS])
    else:
        report.notes.append("Database structure is intact (SQLite integrity check).")
    dbapi = session.connection().connection.dbapi_connection
    unreadable = unreadable_tables(dbapi)
    for table, reason in unreadable:
        report.damaged = True
        report.problems.append(f"Rows of {table} cannot be read: {reason}.")
    if not unreadable:
        report.notes.append("Every record reads back.")


def check(store: Store) -> CheckReport:
    report = CheckReport()
    with store.read() as session:
        if store.is_sqlite:
            _sqlite_structure(session, report)
        if report.damaged:
            return report  # the other checks read the damage too; recovery is what helps
        if store.is_sqlite:
            fk = session.execute(text("PRAGMA foreign_key_check")).all()
            if fk:
                for table, rowid, parent, _ in fk[:20]:
                    report.problems.append(
                        f"Row {rowid} of {table} points to a missing row in {parent}."
                    )
            else:
                report.notes.append("Every reference between records points to a record.")
        else:
            report.notes.append(
                f"{store.dialect} checks its own structure; references are enforced."
            )
        mismatches = search.index_mismatches(session)
        if mismatches:
            report.problems.append(
                f"The search index is out of step with the journal for {mismatches:,} "
                f"{'entry' if mismatches == 1 else 'entries'} "
                "(run `careerjournal check --repair` to rebuild it)."
            )
        else:
            report.notes.append("The search index matches the journal.")
    return report


def repair_search_index(store: Store) -> None:
    with store.write() as session:
        search.rebuild(session)
