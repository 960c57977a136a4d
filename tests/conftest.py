"""Shared fixtures: real journals on temporary SQLite files, and on PostgreSQL when reachable.

Set CAREERJOURNAL_TEST_POSTGRES_URL (`.ci/run` does) to run the `journal`/`store` tests against
PostgreSQL too; without it those variants are skipped with that reason shown.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from careerjournal.services import Journal
from careerjournal.store import Store, open_store

POSTGRES_ENV = "CAREERJOURNAL_TEST_POSTGRES_URL"


def _own_database_per_worker() -> None:
    """Under pytest-xdist each worker gets its own PostgreSQL database (`<name>_gw0`, ...),
    created on first use: tests empty and rebuild their database freely."""
    url, worker = os.environ.get(POSTGRES_ENV), os.environ.get("PYTEST_XDIST_WORKER")
    if not url or not worker:
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(url.replace("postgresql://", "postgresql+psycopg://", 1))
    name = f"{base.database}_{worker}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as con:
            found = con.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if found.scalar() is None:
                con.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    os.environ[POSTGRES_ENV] = url.rsplit("/", 1)[0] + "/" + name


_own_database_per_worker()

# Every operation in the tests checks that it captured every row it changed (see
# OperationLog.verify): a write that escapes its undo fails the test that makes it.
from careerjournal.services.operations import OperationLog  # noqa: E402

OperationLog.verify = True
BACKENDS = ["sqlite", "postgresql"]


#: Per database URL: its schema as a freshly migrated journal has it (see `_pg_shape`).
_PG_FRESH: dict[str, frozenset[str]] = {}

_PG_SHAPE = """
SELECT 't:' || tablename FROM pg_tables WHERE schemaname = 'public'
UNION ALL SELECT 'g:' || t.tgname || ':' || c.relname FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
UNION ALL SELECT 'f:' || p.proname || ':' || md5(p.prosrc) FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace
UNION ALL SELECT 'i:' || md5(indexdef) FROM pg_indexes WHERE schemaname = 'public'
UNION ALL SELECT 'k:' || conname || ':' || md5(pg_get_constraintdef(oid)) FROM pg_constraint
    WHERE connamespace = 'public'::regnamespace
UNION ALL SELECT 'c:' || table_name || '.' || column_name || ':' || data_type || ':'
    || coalesce(column_default, '') || ':' || is_nullable
    FROM information_schema.columns WHERE table_schema = 'public'
UNION ALL SELECT 'v:' || version_num FROM alembic_version
"""


def _pg_engine(url: str) -> Any:
    from sqlalchemy import create_engine

    return create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))


def _pg_shape(con: Any) -> frozenset[str]:
    from sqlalchemy import text

    return frozenset(row[0] for row in con.execute(text(_PG_SHAPE)))


def _remember_fresh_postgres(url: str) -> None:
    """After a journal fixture migrated an emptied database: its schema, for `_reset_postgres`."""
    if url in _PG_FRESH:
        return
    engine = _pg_engine(url)
    try:
        with engine.begin() as con:
            _PG_FRESH[url] = _pg_shape(con)
    finally:
        engine.dispose()


def _reset_postgres(url: str, *, keep_schema: bool = False) -> None:
    """An empty database for the next test.

    With `keep_schema` (the test wants a journal, not an empty database) and a schema exactly
    that of a freshly migrated journal, only the rows go (and the sequences start again): a
    fresh migration costs about 0.4 s a test. Anything else (a test that downgraded, damaged or
    dropped something) gets the schema dropped and rebuilt.
    """
    from sqlalchemy import text

    engine = _pg_engine(url)
    try:
        with engine.begin() as con:
            known = _PG_FRESH.get(url) if keep_schema else None
            if known is not None and _pg_shape(con) == known:
                tables = [
                    row[0]
                    for row in con.execute(
                        text(
                            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                            "AND tablename <> 'alembic_version'"
                        )
                    )
                ]
                con.execute(text(";".join(f'DELETE FROM "{t}"' for t in tables)))
                con.execute(
                    text(
                        "SELECT setval(oid::regclass, 1, false) FROM pg_class "
                        "WHERE relkind = 'S' AND relnamespace = 'public'::regnamespace"
                    )
                )
                return
            _PG_FRESH.pop(url, None)
            con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


@pytest.fixture(scope="session")
def blank_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty journal at the newest schema, made once per run: copied, never opened."""
    path = tmp_path_factory.mktemp("blank") / "journal.sqlite3"
    Journal.open(path).close()
    return path


def _fresh(db_location: str, blank: Path) -> None:
    """A new SQLite journal starts as a copy of the blank one (migrating costs ~60 ms a test)."""
    if "://" in db_location:
        return
    target = Path(db_location)
    if not target.exists():
        shutil.copyfile(blank, target)
        target.chmod(0o600)


@pytest.fixture
def db_location(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> str:
    """Where a fresh journal lives: an SQLite file path, or a PostgreSQL URL (emptied first)."""
    backend = getattr(request, "param", "sqlite")
    if backend == "sqlite":
        return str(tmp_path / "journal.sqlite3")
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL variant: set {POSTGRES_ENV} to a database URL to run it")
    # A test that asks for a journal or store gets one at the newest schema either way.
    _reset_postgres(url, keep_schema=bool({"journal", "store"} & set(request.fixturenames)))
    # A server journal's backups go to the data folder: the test's own, not the user's.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return url


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Every test that asks for a journal or store runs once per backend.
    wants_db = "db_location" in metafunc.fixturenames and "backend" not in metafunc.fixturenames
    if wants_db and not any(m.name == "sqlite_only" for m in metafunc.definition.iter_markers()):
        metafunc.parametrize("db_location", BACKENDS, indirect=True)


@pytest.fixture
def store(db_location: str, blank_sqlite: Path) -> Iterator[Store]:
    _fresh(db_location, blank_sqlite)
    s = open_store(db_location)
    if "://" in db_location:
        _remember_fresh_postgres(db_location)
    yield s
    s.close()


@pytest.fixture
def journal(db_location: str, blank_sqlite: Path) -> Iterator[Journal]:
    _fresh(db_location, blank_sqlite)
    j = Journal.open(db_location)
    if "://" in db_location:
        _remember_fresh_postgres(db_location)
    yield j
    j.close()


@pytest.fixture
def sqlite_journal(tmp_path: Path) -> Iterator[Journal]:
    """A journal on an SQLite file only (backups, file permissions, crash tests)."""
    j = Journal.open(tmp_path / "journal.sqlite3")
    yield j
    j.close()
