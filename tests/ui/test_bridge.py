"""The change bridge: local changes at once, other devices' changes queued to the GUI thread."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text

from careerjournal.services import Action, Change, EntryDraft, Journal, Topic
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.settings import AppSettings

POSTGRES_ENV = "CAREERJOURNAL_TEST_POSTGRES_URL"


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
def two_devices(pg_url: str) -> Iterator[tuple[Journal, Journal]]:
    a, b = Journal.open(pg_url), Journal.open(pg_url)
    try:
        yield a, b
    finally:
        a.close()
        b.close()
    assert not [t for t in threading.enumerate() if t.name == "careerjournal-listener"]


class Received:
    """What a slot connected to `changed` saw, and on which thread it ran."""

    def __init__(self, bridge: ChangeBridge) -> None:
        self.changes: list[Change] = []
        self.on_gui_thread: list[bool] = []
        bridge.changed.connect(self._slot)

    def _slot(self, change: Change) -> None:
        self.changes.append(change)
        self.on_gui_thread.append(QThread.currentThread() == QApplication.instance().thread())


def test_local_changes_are_emitted_before_the_write_returns(ctx: AppContext) -> None:
    got = Received(ctx.bridge)
    made = ctx.journal.entries.add(EntryDraft(title="Gave the team demo"))
    assert got.changes == [Change.of(Topic.ENTRIES, Action.ADDED, [made.id])]
    assert got.on_gui_thread == [True]


def test_a_change_announced_on_another_thread_arrives_on_the_gui_thread(
    qtbot, ctx: AppContext
) -> None:
    got = Received(ctx.bridge)
    change = Change(Topic.GOALS, Action.UPDATED, frozenset({4}), remote=True)
    worker = threading.Thread(target=ctx.journal.changes.emit, args=(change,))
    with qtbot.waitSignal(ctx.bridge.changed, timeout=2000) as signal:
        worker.start()
        worker.join()
    assert signal.args == [change]
    assert got.changes == [change]
    assert got.on_gui_thread == [True]


def test_nothing_arrives_after_detach(qtbot, ctx: AppContext) -> None:
    got = Received(ctx.bridge)
    worker = threading.Thread(
        target=ctx.journal.changes.emit, args=(Change(Topic.ALL, Action.RELOADED),)
    )
    worker.start()
    worker.join()  # queued, not yet delivered
    ctx.bridge.detach()
    qtbot.wait(50)
    assert got.changes == []


def test_another_devices_write_reaches_the_views_on_the_gui_thread(
    qtbot, two_devices: tuple[Journal, Journal]
) -> None:
    a, b = two_devices
    bridge = ChangeBridge(a)
    try:
        got = Received(bridge)
        assert a.listen_for_other_devices()
        with qtbot.waitSignal(bridge.changed, timeout=2000) as signal:
            made = b.entries.add(EntryDraft(title="Led the retro"))
        assert signal.args == [Change.of(Topic.ENTRIES, Action.ADDED, [made.id])]
        assert signal.args[0].remote
        assert got.on_gui_thread == [True]
    finally:
        bridge.detach()


def test_the_open_window_shows_an_entry_added_on_another_device(
    qtbot, two_devices: tuple[Journal, Journal], settings: AppSettings
) -> None:
    a, b = two_devices
    bridge = ChangeBridge(a)
    stack = QUndoStack()
    window = MainWindow(AppContext(a, bridge, settings))
    qtbot.addWidget(window)
    try:
        assert a.listen_for_other_devices()
        model = window.journal_view.model
        assert model.rowCount() == 0

        b.entries.add(EntryDraft(title="Mentored the new hire"))

        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=2000)
        shown = [model.index(0, c).data() for c in range(model.columnCount())]
        assert "Mentored the new hire" in shown
    finally:
        window.close()
        stack.clear()
        bridge.detach()
