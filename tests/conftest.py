"""Shared fixtures: real journals on temporary SQLite files, and on PostgreSQL when reachable.

Set CAREERJOURNAL_TEST_POSTGRES_URL (`.ci/run` does) to run the `journal`/`store` tests against
PostgreSQL too; without it those variants are skipped with that reason shown.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from careerjournal.services import Journal
from careerjournal.store import Store, open_store

POSTGRES_ENV = "CAREERJOURNAL_TEST_POSTGRES_URL"

# Every operation in the tests checks that it captured every row it changed (see
# OperationLog.verify): a write that escapes its undo fails the test that makes it.
from careerjournal.services.operations import OperationLog  # noqa: E402

OperationLog.verify = True
BACKENDS = ["sqlite", "postgresql"]


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as con:
            con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()


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
    _reset_postgres(url)
    # A server journal's backups go to the data folder: the test's own, not the user's.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return url


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    # Every test that asks for a journal or store runs once per backend.
    wants_db = "db_location" in metafunc.fixturenames and "backend" not in metafunc.fixturenames
    if wants_db and not any(m.name == "sqlite_only" for m in metafunc.definition.iter_markers()):
        metafunc.parametrize("db_location", BACKENDS, indirect=True)


@pytest.fixture
def store(db_location: str) -> Iterator[Store]:
    s = open_store(db_location)
    yield s
    s.close()


@pytest.fixture
def journal(db_location: str) -> Iterator[Journal]:
    j = Journal.open(db_location)
    yield j
    j.close()


@pytest.fixture
def sqlite_journal(tmp_path: Path) -> Iterator[Journal]:
    """A journal on an SQLite file only (backups, file permissions, crash tests)."""
    j = Journal.open(tmp_path / "journal.sqlite3")
    yield j
    j.close()
