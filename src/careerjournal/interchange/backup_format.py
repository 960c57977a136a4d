"""Full backups: every record of a journal in one versioned JSON file, and back again.

Version 2 of the format (docs/cli.md describes it for people)::

    {"format": "careerjournal-backup", "version": 2, "exported_at": "2026-03-01T12:00:00Z",
     "profile": {...} | null, "roles": [...], "tags": [...], "entries": [...],
     "skill_bands": [...], "skills": [...], "assessments": [...], "goals": [...],
     "milestones": [...], "reviews": [...], "frameworks": [...], "framework_levels": [...],
     "framework_topics": [...], "framework_criteria": [...], "criterion_assessments": [...],
     "role_levels": [...]}

Versions: 1 had no framework lists (and no milestones of kind "framework"). Version 2 added
them (backup_frameworks describes them). The version had to go up because a version 1 reader
ignores keys it does not know: it would have restored a journal without its frameworks, their
evidence links, assessments and role levels, and said nothing. Told version 2, it refuses the file
("written by a newer Career Journal") instead. A journal without framework data is still written
as version 1, with the framework lists empty: an older version reads it and loses nothing. This
version reads both; a version 1 file without the framework lists restores as a journal without
frameworks.

Every record carries its id; lists are ordered by id; dates are ISO `YYYY-MM-DD`, timestamps ISO
date-times in UTC without a zone (as stored), money a decimal string ("85000.00"). An entry lists
its tags by name, its evidence links in order and its trash time; a milestone its criterion and
the ids of its evidence entries.

Reading checks the whole document before anything is written: types, required keys, closed
vocabularies, dates that exist, lengths the columns hold, ids unique and every reference pointing
at a record of the file. Unknown keys are ignored (a later version may add some). Any problem is
an `ImportProblem` naming the place, e.g. `entries[12].occurred_on`.

Importing into an empty journal restores everything as it was, ids included. Into a journal with
content it merges: what is already there (judged by content, like every importer) is skipped and
the rest is added under new ids with its references remapped, after a backup of the journal.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select, text
from sqlalchemy.exc import OperationalError, StatementError
from sqlalchemy.orm import Session

from ..domain import entry_tag, milestone_evidence
from .backup_check import BackupData, parse_backup, read_backup
from .backup_frameworks import export_frameworks, restore_frameworks, written_version
from .backup_merge import Merge
from .backup_tables import (
    ASSESSMENT_FIELDS,
    BAND_FIELDS,
    ENTRY_FIELDS,
    FORMAT,
    GOAL_FIELDS,
    ID_TABLES,
    KINDS,
    MAX_BACKUP_BYTES,
    MILESTONE_FIELDS,
    PROFILE_FIELDS,
    REVIEW_FIELDS,
    ROLE_FIELDS,
    SKILL_FIELDS,
    TABLES,
    VERSION,
    insert_rows,
    json_value,
    pick_columns,
    table_rows,
)
from .errors import ImportProblem
from .plan import ImportPlan, ImportResult

if TYPE_CHECKING:
    from ..services import Journal


# -- export ------------------------------------------------------------------------------------


def export_backup(journal: Journal) -> dict[str, Any]:
    """Everything in the journal as one JSON-ready dict (see the module's docstring)."""
    with journal.store.read() as session:
        profile_t = TABLES["profile"]
        row = session.execute(
            select(*(profile_t.c[f] for f in PROFILE_FIELDS)).order_by(profile_t.c.id).limit(1)
        ).first()
        profile = None if row is None else {k: json_value(v) for k, v in row._mapping.items()}
        tags = table_rows(session, TABLES["tag"], ("id", "name"))
        tag_names = {t["id"]: t["name"] for t in tags}
        entry_tags: dict[int, list[str]] = {}
        for entry_id, tag_id in session.execute(select(entry_tag.c.entry_id, entry_tag.c.tag_id)):
            entry_tags.setdefault(entry_id, []).append(tag_names[tag_id])
        links: dict[int, list[dict[str, Any]]] = {}
        link_t = TABLES["evidence_link"]
        for link in session.execute(
            select(link_t.c.id, link_t.c.entry_id, link_t.c.url, link_t.c.label).order_by(
                link_t.c.entry_id, link_t.c.position, link_t.c.id
            )
        ):
            links.setdefault(link.entry_id, []).append(
                {"id": link.id, "url": link.url, "label": link.label}
            )
        entries = table_rows(session, TABLES["entry"], ENTRY_FIELDS)
        for e in entries:
            e["tags"] = sorted(entry_tags.get(e["id"], []))
            e["links"] = links.get(e["id"], [])
        evidence: dict[int, list[int]] = {}
        for milestone_id, entry_id in session.execute(
            select(milestone_evidence.c.milestone_id, milestone_evidence.c.entry_id)
        ):
            evidence.setdefault(milestone_id, []).append(entry_id)
        milestones = table_rows(session, TABLES["milestone"], MILESTONE_FIELDS)
        for m in milestones:
            m["criterion"] = dict(m["criterion"] or {})
            m["evidence"] = sorted(evidence.get(m["id"], []))
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "exported_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "profile": profile,
            "roles": table_rows(session, TABLES["role"], ROLE_FIELDS),
            "tags": tags,
            "entries": entries,
            "skill_bands": table_rows(session, TABLES["skill_band"], BAND_FIELDS),
            "skills": table_rows(session, TABLES["skill"], SKILL_FIELDS),
            "assessments": table_rows(session, TABLES["skill_assessment"], ASSESSMENT_FIELDS),
            "goals": table_rows(session, TABLES["goal"], GOAL_FIELDS),
            "milestones": milestones,
            "reviews": table_rows(session, TABLES["review"], REVIEW_FIELDS),
            **export_frameworks(session),
        }
    doc["version"] = written_version(doc)
    return doc


def dumps(data: dict[str, Any]) -> str:
    """The backup as text: UTF-8 JSON, one key per line, ending with a newline."""
    return json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n"


def write_text_atomically(path: Path, content: str) -> Path:
    """Write `content` to a temporary file beside `path` (mode 0600), then rename it over.

    A failure or Ctrl+C leaves `path` as it was and no temporary file behind.
    """
    path = Path(path)
    fd, name = tempfile.mkstemp(
        prefix=f".{path.stem}.", suffix=f".tmp{path.suffix}", dir=path.parent
    )
    temp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    return path


def write_backup(journal: Journal, path: Path) -> Path:
    """Write the journal's full backup to `path`, atomically and readable by its owner only."""
    return write_text_atomically(Path(path), dumps(export_backup(journal)))


# -- importing ---------------------------------------------------------------------------------


def _is_empty(session: Session) -> bool:
    """No records at all (a profile on its own does not count)."""
    for name in ("role", "tag", "entry", "skill_band", "goal", "review", "framework"):
        t = TABLES[name]
        if session.execute(select(t.c.id).limit(1)).first() is not None:
            return False
    return True


def _restore(session: Session, data: BackupData) -> None:
    """Everything under its own ids, into a journal without records."""
    if data.profile is not None:
        profile_t = TABLES["profile"]
        existing = session.execute(
            select(profile_t.c.id).order_by(profile_t.c.id).limit(1)
        ).scalar()
        if existing is None:
            session.execute(insert(profile_t).values(**data.profile))
        else:
            session.execute(
                profile_t.update().where(profile_t.c.id == existing).values(**data.profile)
            )
    insert_rows(session, TABLES["role"], [pick_columns(r, ROLE_FIELDS) for r in data.roles])
    insert_rows(session, TABLES["tag"], [pick_columns(t, ("id", "name")) for t in data.tags])
    tag_ids = {t["name"]: t["id"] for t in data.tags}
    insert_rows(session, TABLES["entry"], [pick_columns(e, ENTRY_FIELDS) for e in data.entries])
    insert_rows(
        session,
        entry_tag,
        [{"entry_id": e["id"], "tag_id": tag_ids[n]} for e in data.entries for n in e["tags"]],
    )
    insert_rows(
        session,
        TABLES["evidence_link"],
        [
            {
                "id": link["id"],
                "entry_id": e["id"],
                "position": i,
                **pick_columns(link, ("url", "label")),
            }
            for e in data.entries
            for i, link in enumerate(e["links"])
        ],
    )
    insert_rows(session, TABLES["skill_band"], [pick_columns(b, BAND_FIELDS) for b in data.bands])
    insert_rows(session, TABLES["skill"], [pick_columns(s, SKILL_FIELDS) for s in data.skills])
    insert_rows(
        session,
        TABLES["skill_assessment"],
        [pick_columns(a, ASSESSMENT_FIELDS) for a in data.assessments],
    )
    insert_rows(session, TABLES["goal"], [pick_columns(g, GOAL_FIELDS) for g in data.goals])
    insert_rows(
        session, TABLES["milestone"], [pick_columns(m, MILESTONE_FIELDS) for m in data.milestones]
    )
    insert_rows(
        session,
        milestone_evidence,
        [{"milestone_id": m["id"], "entry_id": e} for m in data.milestones for e in m["evidence"]],
    )
    insert_rows(session, TABLES["review"], [pick_columns(r, REVIEW_FIELDS) for r in data.reviews])
    restore_frameworks(session, data)


def _move_sequences(session: Session) -> None:
    """On PostgreSQL, explicit ids do not advance the id sequences: move them past (never back)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in ID_TABLES:
        session.execute(
            text(
                f"SELECT setval(seq, GREATEST((SELECT max(id) FROM {table}), "
                "COALESCE(pg_sequence_last_value(seq), 0), 1)) "
                f"FROM (SELECT pg_get_serial_sequence('{table}', 'id')::regclass AS seq) s"
            )
        )


def import_backup(journal: Journal, data: BackupData, *, dry_run: bool = False) -> ImportResult:
    """Restore a checked backup into an empty journal, or merge it into one with content.

    One transaction; a verified backup of an SQLite journal first when merging. With `dry_run`
    nothing is written and the result says what would be added.
    """
    with journal.store.read() as session:
        empty = _is_empty(session)
        if empty:
            added, dupes, notes = data.counts(), dict.fromkeys(KINDS, 0), []
        else:
            merge = Merge(session, data, write=False)
            merge.run()
            added, dupes, notes = merge.added, merge.dupes, merge.notes
    if empty and any(added.values()):
        notes = [
            "The journal is empty: everything would be restored as it is, ids included."
            if dry_run
            else "The journal was empty: everything was restored as it was, ids included."
        ]
    plan = ImportPlan(source=Path(data.source).name, format="backup", notes=tuple(notes))
    # An empty journal takes the backup's profile even when the backup holds nothing else.
    work = any(added.values()) or (empty and data.profile is not None)
    if dry_run or not work:
        return ImportResult(plan, dry_run, added, dupes)
    made = None
    if not empty and journal.can_back_up:
        from ..store import BackupError

        try:
            made = str(journal.backup(reason="before-import"))
        except BackupError as exc:
            raise ImportProblem(data.source, f"no backup could be made first: {exc}") from exc
    try:
        with journal.store.write() as session:
            if _is_empty(session):
                _restore(session, data)
                added, dupes = data.counts(), dict.fromkeys(KINDS, 0)
            else:
                merge = Merge(session, data, write=True)
                merge.run()
                added, dupes = merge.added, merge.dupes
                plan = ImportPlan(plan.source, "backup", notes=tuple(merge.notes))
            _move_sequences(session)
    except StatementError as exc:
        if isinstance(exc, OperationalError):  # the database, not the file: report as it is
            raise
        detail = getattr(exc, "orig", None) or exc
        raise ImportProblem(
            data.source, f"could not be imported; the journal was left unchanged ({detail})"
        ) from exc
    journal.announce_reload()
    return ImportResult(plan, False, added, dupes, made)


__all__ = [
    "FORMAT",
    "MAX_BACKUP_BYTES",
    "VERSION",
    "BackupData",
    "dumps",
    "export_backup",
    "import_backup",
    "parse_backup",
    "read_backup",
    "write_backup",
    "write_text_atomically",
]
