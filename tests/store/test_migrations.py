"""Migrations: empty to head and back, the cheap revision check, and journals to refuse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text
from storetools import FileSnapshot, side_files, sqlite_tables

from careerjournal.domain.models import Base
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft, RoleDraft
from careerjournal.store import (
    CorruptDatabaseError,
    NotAJournalError,
    SchemaTooNewError,
    StoreError,
    migrate,
    open_store,
    schema,
)
from careerjournal.store.backup import list_backups, verify

MODEL_TABLES = set(Base.metadata.tables)
SQLITE_TRIGGERS = {
    "entry_fts_insert",
    "entry_fts_update",
    "entry_fts_delete",
    "entry_fts_tag_insert",
    "entry_fts_tag_delete",
    "entry_fts_tag_rename",
}
POSTGRES_TRIGGERS = {"entry_search_entry", "entry_search_entry_tag", "entry_search_tag"}
POSTGRES_FUNCTIONS = {
    "cj_entry_search_refresh",
    "cj_entry_search_entry",
    "cj_entry_search_entry_tag",
    "cj_entry_search_tag",
}
# What the migration creates by hand for full-text search, outside the models' metadata.
SEARCH_TABLES = {
    "sqlite": {
        "entry_fts",  # the FTS5 virtual table, and the shadow tables FTS5 keeps for it:
        "entry_fts_data",
        "entry_fts_idx",
        "entry_fts_content",
        "entry_fts_docsize",
        "entry_fts_config",
    },
    "postgresql": {"entry_search"},
}
FUTURE = "9999_future"


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def triggers(engine: Engine) -> set[str]:
    with engine.connect() as con:
        if engine.dialect.name == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        else:
            sql = "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
        return set(con.execute(text(sql)).scalars())


def functions(engine: Engine) -> set[str]:
    with engine.connect() as con:
        return set(
            con.execute(
                text(
                    "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                    "WHERE n.nspname = 'public'"
                )
            ).scalars()
        )


def assert_at_head(engine: Engine) -> None:
    dialect = engine.dialect.name
    found = tables(engine)
    assert found >= MODEL_TABLES | {"alembic_version"}
    assert found >= SEARCH_TABLES[dialect]
    if dialect == "sqlite":
        assert triggers(engine) == SQLITE_TRIGGERS
    else:
        assert triggers(engine) == POSTGRES_TRIGGERS
        assert functions(engine) >= POSTGRES_FUNCTIONS


def assert_search_follows_entries(location: str) -> None:
    """Through the services: the triggers index new, edited, re-tagged and deleted entries."""
    with Journal.open(location) as journal:
        entry = journal.entries.add(
            EntryDraft(title="Led the kubernetes migration", body="Zero downtime", tags=("infra",))
        )
        other = journal.entries.add(EntryDraft(title="Wrote the onboarding guide"))
        assert [r.id for r in journal.entries.search("kube")] == [entry.id]
        assert [r.id for r in journal.entries.search("downtime")] == [entry.id]
        assert [r.id for r in journal.entries.search("infra")] == [entry.id]
        assert [r.id for r in journal.entries.search("onboarding")] == [other.id]

        journal.entries.update(
            entry.id,
            EntryDraft(title="Led the postgres upgrade", tags=("database",)),
            expected_version=entry.version,
        )
        assert journal.entries.search("kubernetes") == []
        assert journal.entries.search("infra") == []
        assert [r.id for r in journal.entries.search("postgres database")] == [entry.id]

        journal.entries.purge([entry.id])
        assert journal.entries.search("postgres") == []
        assert journal.check().ok


def pg_connections_settle(url: str, application_name: str, seconds: float = 3.0) -> int:
    """Connections open under `application_name`, once closed ones have had time to go."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    deadline = time.monotonic() + seconds
    try:
        while True:
            with engine.connect() as con:
                count = con.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :a"),
                    {"a": application_name},
                ).scalar_one()
            if count == 0 or time.monotonic() > deadline:
                return int(count)
            time.sleep(0.05)
    finally:
        engine.dispose()


def open_and_close(location: str, **options: bool) -> None:
    """Open a journal expected to be refused; closed again should it open after all."""
    open_store(location, **options).close()


def downgrade_to_base(location: str) -> None:
    """Leave a journal at base: an empty `alembic_version` table and nothing else."""
    store = open_store(location)
    try:
        migrate.downgrade(store, "base")
        assert store.revision() is None
        assert tables(store.engine) == {"alembic_version"}
    finally:
        store.close()


def stamp_sqlite(path: Path, revision: str | None) -> None:
    con = sqlite3.connect(path)
    try:
        if revision is None:
            con.execute("DELETE FROM alembic_version")
        else:
            con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
    finally:
        con.close()


# -- from nothing to head, and back -------------------------------------------------------------


def test_revisions_list_matches_migration_scripts() -> None:
    assert tuple(migrate.script_revisions()) == schema.REVISIONS
    assert schema.REVISIONS[-1] == schema.HEAD


def test_new_journal_is_migrated_to_head_with_working_search(db_location: str) -> None:
    store = open_store(db_location)
    try:
        assert store.revision() == schema.HEAD
        assert_at_head(store.engine)
    finally:
        store.close()
    assert_search_follows_entries(db_location)


def test_downgrade_to_base_and_upgrade_again(db_location: str) -> None:
    store = open_store(db_location)
    try:
        for _ in range(2):
            migrate.downgrade(store, "base")
            assert store.revision() is None
            assert tables(store.engine) == {"alembic_version"}
            assert triggers(store.engine) == set()
            if not store.is_sqlite:
                assert not functions(store.engine) & POSTGRES_FUNCTIONS

            migrate.upgrade(store)
            assert store.revision() == schema.HEAD
            assert_at_head(store.engine)
    finally:
        store.close()
    assert_search_follows_entries(db_location)


def test_models_match_the_migrated_schema(store) -> None:
    """Autogenerate finds nothing to change, apart from the search objects made by raw SQL."""
    search_tables = SEARCH_TABLES[store.dialect]
    skipped: set[str] = set()

    def include_name(name: str | None, kind: str, parent: dict[str, str | None]) -> bool:
        if kind == "table" and name in search_tables:
            skipped.add(name)
            return False
        return True

    with store.engine.connect() as con:
        context = MigrationContext.configure(
            con,
            opts={
                "compare_type": True,
                "compare_server_default": True,
                "include_name": include_name,
            },
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    # The only things left out are the search tables, which the models do not describe on
    # purpose (FTS5 virtual table and its shadow tables; PostgreSQL's tsvector table).
    assert skipped == search_tables


def test_migrate_false_refuses_a_pending_journal(db_location: str) -> None:
    with pytest.raises(StoreError, match="needs a schema upgrade"):
        open_and_close(db_location, migrate=False)


# -- journals we must not touch -----------------------------------------------------------------


@pytest.mark.sqlite_only
def test_sqlite_journal_from_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.entries.add(EntryDraft(title="Shipped the release"))
    stamp_sqlite(path, FUTURE)
    assert side_files(path) == []
    before = FileSnapshot.of(path)

    with pytest.raises(SchemaTooNewError, match=FUTURE) as excinfo:
        open_and_close(str(path))
    assert "newer version" in str(excinfo.value)
    with pytest.raises(SchemaTooNewError):
        Journal.open(path).close()

    assert FileSnapshot.of(path) == before
    assert side_files(path) == []


def test_postgresql_journal_from_newer_version_is_refused_untouched(pg_location: str) -> None:
    # A name of our own for this test's connections, to see none is left open afterwards.
    app = f"cj-test-{uuid.uuid4().hex[:12]}"
    location = f"{pg_location}?application_name={app}"
    with Journal.open(location) as journal:
        entry = journal.entries.add(EntryDraft(title="Shipped the release", tags=("ops",)))
        with journal.store.engine.begin() as con:
            con.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": FUTURE})

    def snapshot() -> tuple[object, ...]:
        engine = create_engine(pg_location.replace("postgresql://", "postgresql+psycopg://", 1))
        try:
            with engine.connect() as con:
                return (
                    tables(engine),
                    con.execute(text("SELECT version_num FROM alembic_version")).all(),
                    con.execute(text("SELECT id, title, version FROM entry ORDER BY id")).all(),
                    con.execute(
                        text("SELECT entry_id, document::text FROM entry_search ORDER BY 1")
                    ).all(),
                )
        finally:
            engine.dispose()

    before = snapshot()
    assert before[2] == [(entry.id, "Shipped the release", 1)]
    assert pg_connections_settle(pg_location, app) == 0
    with pytest.raises(SchemaTooNewError, match=FUTURE) as excinfo:
        open_and_close(location)
    assert "newer version" in str(excinfo.value)
    assert snapshot() == before
    # The refused open closed its connection (the traceback in excinfo still holds the engine).
    assert pg_connections_settle(pg_location, app) == 0


def test_database_that_is_not_a_journal_is_refused(db_location: str) -> None:
    if "://" in db_location:
        engine = create_engine(db_location.replace("postgresql://", "postgresql+psycopg://", 1))
        try:
            with engine.begin() as con:
                con.execute(text("CREATE TABLE recipe (id integer PRIMARY KEY, name text)"))
                con.execute(text("INSERT INTO recipe VALUES (1, 'bread')"))
            with pytest.raises(NotAJournalError, match="not a Career Journal"):
                open_and_close(db_location)
            assert tables(engine) == {"recipe"}
        finally:
            engine.dispose()
    else:
        path = Path(db_location)
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE recipe (id integer PRIMARY KEY, name text)")
        con.execute("INSERT INTO recipe VALUES (1, 'bread')")
        con.commit()
        con.close()
        before = FileSnapshot.of(path)
        with pytest.raises(NotAJournalError, match="not a Career Journal"):
            open_and_close(db_location)
        assert FileSnapshot.of(path) == before


@pytest.mark.sqlite_only
def test_journal_tables_without_a_revision_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    open_store(str(path)).close()
    stamp_sqlite(path, None)
    before = FileSnapshot.of(path)
    with pytest.raises(NotAJournalError):
        open_and_close(str(path))
    assert FileSnapshot.of(path) == before


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(random.Random(20240601).randbytes(3 * 4096 + 17), id="random-bytes"),
        pytest.param(b"Monday: asked for the promotion.\n" * 300, id="text"),
        pytest.param(b"short note\n", id="short-text"),
    ],
)
def test_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(content)
    before = FileSnapshot.of(path)
    with pytest.raises(CorruptDatabaseError) as excinfo:
        open_and_close(str(path))
    assert str(path) in str(excinfo.value)
    assert FileSnapshot.of(path) == before
    assert side_files(path) == []


# -- migrating an existing journal --------------------------------------------------------------


@pytest.mark.sqlite_only
def test_pending_migration_backs_up_first(tmp_path: Path) -> None:
    """A journal at base (an empty alembic_version) is migrated after a verified backup."""
    path = tmp_path / "journal.sqlite3"
    downgrade_to_base(str(path))
    assert sqlite_tables(path) == {"alembic_version"}

    store = open_store(str(path))
    try:
        assert store.revision() == schema.HEAD
        assert_at_head(store.engine)
        backups = list_backups(store)
    finally:
        store.close()
    assert len(backups) == 1
    backup = backups[0].path
    assert backup.parent == tmp_path / "journal-backups"
    assert backup.name.endswith("-pre-migration.sqlite3")
    verify(backup)
    # The copy is of the journal as it was before the migration ran.
    assert sqlite_tables(backup) == {"alembic_version"}
    assert side_files(backup) == []


VERSIONED = ("goal", "milestone", "role", "skill_band", "skill", "review")


def test_journal_at_0001_gets_versions_and_keeps_its_data(db_location: str) -> None:
    """0002 adds `version` to every editable aggregate: existing rows start at 1, nothing else
    changes (no table is copied, so no foreign key fires: entries keep their role, bands their
    skills)."""
    with Journal.open(db_location) as journal:
        role = journal.roles.add(RoleDraft("Engineer", dt.date(2020, 1, 1)))
        entry = journal.entries.add(EntryDraft("Shipped", occurred_on=dt.date(2021, 1, 1)))
        band = journal.skills.add_band("Technical")
        skill = journal.skills.add_skill(band.id, "Python", target_level=3)
        journal.skills.record_assessment(skill.id, 2, assessed_on=dt.date(2021, 1, 1))
        goal = journal.goals.add(GoalDraft("Staff"), [MilestoneDraft("Lead a project")])
        journal.reviews.add(dt.date(2021, 6, 1), "Good")
        # Edited, so the versions before the downgrade are not all 1.
        journal.goals.update(goal.id, GoalDraft("Staff engineer"), expected_version=1)
        journal.roles.update(
            role.id,
            RoleDraft("Engineer II", dt.date(2020, 1, 1)),
            expected_version=journal.roles.get(role.id).version,
        )
        before = (
            journal.roles.list(),
            journal.entries.list(),
            journal.skills.bands(),
            journal.skills.history(skill.id),
            journal.goals.list(),
            journal.reviews.list(),
        )
    store = open_store(db_location)
    try:
        migrate.downgrade(store, "0001_initial")
        assert store.revision() == "0001_initial"
        columns = inspect(store.engine)
        for table in VERSIONED:
            assert "version" not in {c["name"] for c in columns.get_columns(table)}, table
    finally:
        store.close()

    with Journal.open(db_location) as journal:  # migrated on open
        assert journal.store.revision() == schema.HEAD
        after = (
            journal.roles.list(),
            journal.entries.list(),
            journal.skills.bands(),
            journal.skills.history(skill.id),
            journal.goals.list(),
            journal.reviews.list(),
        )
        assert journal.entries.get(entry.id).role_id == role.id
    assert after[1] == before[1]  # entries had a version already
    assert after[3] == before[3]
    for old, new in [(before[0], after[0]), (before[4], after[4]), (before[5], after[5])]:
        assert [dataclasses.replace(r, version=1) for r in old] == new
    assert [r.version for r in after[0] + after[4] + after[5]] == [1, 1, 1]
    assert after[2][0].version == 1
    assert after[2][0].skills[0].version == 1
    assert after[4][0].milestones[0].version == 1
    assert after[2][0].name == "Technical"
    assert after[2][0].skills[0].current_level == 2


def test_blank_journal_at_base_is_migrated(db_location: str) -> None:
    downgrade_to_base(db_location)
    assert_search_follows_entries(db_location)


@pytest.mark.sqlite_only
def test_migration_does_not_run_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    downgrade_to_base(str(path))
    # The backup folder cannot be made: a file is in its way.
    (tmp_path / "journal-backups").write_text("in the way")
    before = FileSnapshot.of(path)

    with pytest.raises(StoreError, match="journal-backups"):
        open_and_close(str(path))
    assert sqlite_tables(path) == {"alembic_version"}
    assert path.read_bytes() == before.data


def test_new_journal_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    open_store(str(path)).close()
    assert not (tmp_path / "journal-backups").exists()
    # An empty file (say, made by a file manager) is a new journal too.
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    store = open_store(str(empty))
    try:
        assert store.revision() == schema.HEAD
    finally:
        store.close()
    assert not (tmp_path / "empty-backups").exists()


# -- opening cheaply -----------------------------------------------------------------------------


@pytest.mark.parametrize(("existing", "expected"), [(True, "False"), (False, "True")])
def test_alembic_is_imported_only_when_a_migration_is_due(
    tmp_path: Path, existing: bool, expected: str
) -> None:
    path = tmp_path / "journal.sqlite3"
    if existing:
        open_store(str(path)).close()
    code = (
        "import sys; from careerjournal.store import open_store; "
        "s = open_store(sys.argv[1]); s.close(); print('alembic' in sys.modules)"
    )
    env = {k: v for k, v in os.environ.items() if k != "CAREERJOURNAL_DATABASE"}
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected
