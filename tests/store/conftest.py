"""Helpers for the store's tests: real SQLite files, and PostgreSQL when it is configured."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

POSTGRES_ENV = "CAREERJOURNAL_TEST_POSTGRES_URL"


@pytest.fixture
def pg_location(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """An emptied PostgreSQL database, for the tests that are about PostgreSQL alone."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL test: set {POSTGRES_ENV} to a database URL to run it")
    # A server journal's backups go to the data folder: the test's own, not the user's.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as con:
            con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    return url
