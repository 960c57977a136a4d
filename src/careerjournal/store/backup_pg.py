"""Verified, rotated backups of a PostgreSQL journal in the app's own backup format.

A server journal cannot be copied as a file, so its backup is the full backup of
`interchange.backup_format` (every record, ids included; `careerjournal import` restores it into
an empty journal of either kind). The export reads one snapshot (REPEATABLE READ, read only), so
another device writing meanwhile cannot tear it, and counts each table's rows in that snapshot.
As for SQLite journals, the file is written under a partial name, read back and checked (it must
parse as a backup and hold the counted rows of every table), made durable, and only then renamed.
Backups go to `<data folder>/backups/<database>@<host>/`, rotated like SQLite's.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from . import paths
from .errors import BackupError

if TYPE_CHECKING:
    from ..interchange.backup_format import BackupData
    from .backup import BackupInfo
    from .engine import Store

SUFFIX = ".json"
PARTIAL = ".partial"
# Enough of the start of a backup file to see that it is one (the format key comes first).
HEAD_BYTES = 200


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._@-]+", "_", text).strip("._") or "journal"


def stem(store: Store) -> str:
    """The start of every backup file's name: the database's name."""
    return _slug(str(store.engine.url.database or "journal"))


def backup_folder(store: Store) -> Path:
    """Where a server journal's backups go: one folder per database and server."""
    url = store.engine.url
    where = f"{url.database or 'journal'}@{url.host or 'localhost'}"
    if url.port:
        where += f"-{url.port}"
    return paths.data_dir() / "backups" / _slug(where)


# -- the snapshot: rows counted and exported in one read-only transaction -----------------------


class _SnapshotStore:
    """Just enough of a `Store` for the exporter: every read is the one snapshot session."""

    def __init__(self, session: Session) -> None:
        self._session = session

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        yield self._session


class _SnapshotJournal:
    def __init__(self, session: Session) -> None:
        self.store = _SnapshotStore(session)


def _tables() -> dict[str, Any]:
    from ..domain import (
        CriterionAssessment,
        Entry,
        EvidenceLink,
        Framework,
        FrameworkCriterion,
        FrameworkLevel,
        FrameworkTopic,
        Goal,
        Milestone,
        Profile,
        Review,
        Role,
        RoleLevel,
        Skill,
        SkillAssessment,
        SkillBand,
        Tag,
        criterion_evidence,
        entry_tag,
        milestone_evidence,
    )

    return {
        "role": Role.__table__,
        "tag": Tag.__table__,
        "entry": Entry.__table__,
        "entry_tag": entry_tag,
        "evidence_link": EvidenceLink.__table__,
        "skill_band": SkillBand.__table__,
        "skill": Skill.__table__,
        "skill_assessment": SkillAssessment.__table__,
        "goal": Goal.__table__,
        "milestone": Milestone.__table__,
        "milestone_evidence": milestone_evidence,
        "review": Review.__table__,
        "profile": Profile.__table__,
        "framework": Framework.__table__,
        "framework_level": FrameworkLevel.__table__,
        "framework_topic": FrameworkTopic.__table__,
        "framework_criterion": FrameworkCriterion.__table__,
        "criterion_evidence": criterion_evidence,
        "criterion_assessment": CriterionAssessment.__table__,
        "role_level": RoleLevel.__table__,
    }


def _count_rows(session: Session) -> dict[str, int]:
    counts = {
        name: int(session.execute(select(func.count()).select_from(table)).scalar_one())
        for name, table in _tables().items()
    }
    counts["profile"] = min(counts["profile"], 1)  # a backup carries the first profile
    return counts


def counts_in(data: BackupData) -> dict[str, int]:
    """Rows per table that a parsed backup holds, named like the tables they came from."""
    return {
        "role": len(data.roles),
        "tag": len(data.tags),
        "entry": len(data.entries),
        "entry_tag": sum(len(e["tags"]) for e in data.entries),
        "evidence_link": sum(len(e["links"]) for e in data.entries),
        "skill_band": len(data.bands),
        "skill": len(data.skills),
        "skill_assessment": len(data.assessments),
        "goal": len(data.goals),
        "milestone": len(data.milestones),
        "milestone_evidence": sum(len(m["evidence"]) for m in data.milestones),
        "review": len(data.reviews),
        "profile": 0 if data.profile is None else 1,
        "framework": len(data.frameworks),
        "framework_level": len(data.framework_levels),
        "framework_topic": len(data.framework_topics),
        "framework_criterion": len(data.framework_criteria),
        "criterion_evidence": sum(len(c["evidence"]) for c in data.framework_criteria),
        "criterion_assessment": len(data.criterion_assessments),
        "role_level": len(data.role_levels),
    }


def snapshot(store: Store) -> tuple[str, dict[str, int]]:
    """The journal as backup text, and each table's row count in the same snapshot."""
    from ..interchange.backup_format import dumps, export_backup

    con = store.engine.connect().execution_options(
        isolation_level="REPEATABLE READ", postgresql_readonly=True
    )
    try:
        with Session(bind=con) as session:
            counts = _count_rows(session)
            data = export_backup(_SnapshotJournal(session))  # type: ignore[arg-type]
            session.rollback()
    finally:
        con.close()
    return dumps(data), counts


# -- writing, checking, listing -----------------------------------------------------------------


def verify(path: Path, expected: dict[str, int] | None = None) -> None:
    """Raise BackupError unless `path` reads back as a whole backup (with `expected` rows)."""
    from ..interchange.backup_format import read_backup
    from ..interchange.errors import ImportProblem

    try:
        data = read_backup(path)
    except ImportProblem as exc:
        raise BackupError(f"The backup {path} is not a whole backup: {exc}") from exc
    except OSError as exc:
        raise BackupError(f"The backup {path} cannot be read: {exc.strerror}.") from exc
    found = counts_in(data)
    for table, rows in (expected or {}).items():
        if found[table] != rows:
            raise BackupError(
                f"The backup {path} holds {found[table]} rows of {table}, not {rows}."
            )


def _write_private(path: Path, content: str) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, paths.PRIVATE_FILE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(content.encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, paths.PRIVATE_FILE)


def _write_verified(store: Store, destination: Path) -> None:
    from .backup import _fsync

    partial = destination.with_name(f".{destination.name}.{os.getpid()}{PARTIAL}")
    try:
        content, expected = snapshot(store)
        _write_private(partial, content)
        verify(partial, expected)
        os.replace(partial, destination)
        with contextlib.suppress(OSError):  # not every platform can sync a folder
            _fsync(destination.parent)
    except (SQLAlchemyError, OSError, BackupError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, BackupError):
            raise
        if isinstance(exc, SQLAlchemyError):
            detail = type(getattr(exc, "orig", None) or exc).__name__
            raise BackupError(
                f"Could not read the journal for the backup {destination} ({detail})."
            ) from exc
        raise BackupError(f"Could not write the backup {destination}: {exc.strerror}.") from exc


def make_backup(store: Store, *, reason: str, destination: Path | None) -> Path:
    from .backup import _timestamp

    if destination is None:
        folder = backup_folder(store)
        try:
            for level in (folder.parent.parent, folder.parent, folder):  # each one 0700
                paths.ensure_private_dir(level)
        except OSError as exc:
            raise BackupError(f"Cannot make the backup folder {folder}: {exc.strerror}.") from exc
        destination = folder / f"{stem(store)}-{_timestamp()}-{reason}{SUFFIX}"
    else:
        destination = destination.expanduser().absolute()
        if destination.exists():
            raise BackupError(f"{destination} already exists; choose another file name.")
    _write_verified(store, destination)
    if destination.parent == backup_folder(store):
        rotate(store, keep=store.backup_keep)
    return destination


def list_backups(store: Store) -> list[BackupInfo]:
    """Backups of this journal in its backup folder, newest first."""
    from .backup import backups_in

    return backups_in(backup_folder(store), stem(store), SUFFIX)


def _looks_whole(path: Path) -> bool:
    """A cheap check for rotation: the file starts as a backup and ends as JSON does.

    Backups are verified in full before they get their name; this catches a file that was
    damaged or cut short afterwards, without reading every backup on each rotation.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(HEAD_BYTES)
            handle.seek(max(path.stat().st_size - 2, 0))
            tail = handle.read()
    except OSError:
        return False
    return head.startswith(b"{") and b'"careerjournal-backup"' in head and tail == b"}\n"


def rotate(store: Store, *, keep: int) -> list[Path]:
    """Keep the newest `keep` good backups; delete older ones, broken ones and leftovers."""
    from .backup import prune

    return prune(backup_folder(store), list_backups(store), keep=keep, looks_whole=_looks_whole)
