"""The app on a PostgreSQL journal: live refresh from another device, backups like SQLite's."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import backup_pg, notify
from careerjournal.ui.application import AppController
from careerjournal.ui.settings import AppSettings

POSTGRES_ENV = "CAREERJOURNAL_TEST_POSTGRES_URL"


class QuietController(AppController):
    def __init__(self, app: QApplication, settings: AppSettings) -> None:
        super().__init__(app, settings)
        self.messages: list[str] = []

    def _inform(self, parent: object, message: str, warn: bool = False) -> None:
        self.messages.append(message)

    def _recover_drafts(self) -> None:  # no modal prompts in tests
        pass


@pytest.fixture
def pg_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL test: set {POSTGRES_ENV} to a database URL to run it")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as con:
            con.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            con.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    return url


@pytest.fixture
def app_on_pg(qapp: QApplication, settings: AppSettings, pg_url: str) -> Iterator[AppController]:
    controller = QuietController(qapp, settings)
    assert controller.open(pg_url), controller.messages
    yield controller
    controller.shutdown()
    assert not [t for t in threading.enumerate() if t.name == "careerjournal-listener"]


def test_the_window_follows_another_device(qtbot, app_on_pg: AppController, pg_url: str) -> None:
    window = app_on_pg.window
    assert window is not None
    model = window.journal_view.model
    with Journal.open(pg_url) as other_device:
        other_device.entries.add(EntryDraft(title="Closed the quarter's books"))
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "Closed the quarter's books" in shown
    assert "1 entry" in window.count_label.text()


def test_back_up_now_and_the_schedule_work_for_postgresql(qtbot, app_on_pg: AppController) -> None:
    window = app_on_pg.window
    assert window is not None
    assert app_on_pg.ctx is not None
    store = app_on_pg.ctx.journal.store
    assert window.action_backup.isEnabled()
    assert "database's own tools" not in window.backup_label.text()

    window.action_backup.trigger()

    made = [b.path for b in app_on_pg.ctx.journal.backups()]
    assert len(made) == 1
    assert made[0].parent == backup_pg.backup_folder(store)
    assert "-manual" in made[0].name

    app_on_pg.ctx.journal.entries.add(EntryDraft(title="Renewed the certificate"))
    app_on_pg._backup_timer.timeout.emit()  # the half-hourly backup comes due

    latest = app_on_pg.ctx.journal.backups()[0].path
    assert "-auto" in latest.name
    backup_pg.verify(latest)
    assert "Last backup" in window.backup_label.text()


def test_the_window_follows_a_terminal_writing_to_its_sqlite_file(
    qtbot, qapp: QApplication, settings: AppSettings, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(notify, "FILE_POLL_SECONDS", 0.2)
    monkeypatch.setattr(notify, "OWN_WRITE_SECONDS", 0.5)
    path = tmp_path / "journal.sqlite3"
    controller = QuietController(qapp, settings)
    try:
        assert controller.open(str(path)), controller.messages
        assert controller.window is not None
        model = controller.window.journal_view.model
        env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
        command = [sys.executable, "-m", "careerjournal", "--database", str(path)]
        result = subprocess.run(
            [*command, "add", "Captured from the terminal"],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    finally:
        controller.shutdown()
    assert not [t for t in threading.enumerate() if t.name == "careerjournal-watcher"]
