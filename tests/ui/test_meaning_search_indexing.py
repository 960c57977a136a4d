"""Indexing the journal's meaning in the background (issue 20): progress in the status bar while
the window stays usable, changed entries embedded after a pause, cancelled on close, read-only
journals skipped, a failure said once in the status bar and never in a dialog."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.services import EntryDraft, Journal
from careerjournal.services.meaning import MeaningService, model
from careerjournal.store import StoreError
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.meaning import SearchMode
from careerjournal.ui.settings import AppSettings

pytestmark = [
    pytest.mark.qt_log_ignore(r"^This plugin does not support "),
    pytest.mark.skipif(not model.available(), reason="the meaning model is not installed"),
]


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any message box would be a failure here: record what it would have said."""
    shown: list[str] = []

    def record(_parent: QWidget, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Embedding waits until the test opens the gate (the real model does the work then)."""
    opened = threading.Event()
    real = model.embed

    def embed(texts: list[str]) -> object:
        opened.wait(10)
        return real(texts)

    monkeypatch.setattr(model, "embed", embed)
    yield opened
    opened.set()


@pytest.fixture
def sample_ctx(
    qapp: object, tmp_path: Path, settings: AppSettings, sample_template: Path
) -> Iterator[AppContext]:
    """A copy of the sample career (400 entries), none of them indexed yet."""
    path = tmp_path / "sample.sqlite3"
    shutil.copyfile(sample_template, path)
    journal = Journal.open(path)
    bridge = ChangeBridge(journal)
    yield AppContext(journal, bridge, settings)
    bridge.detach()
    journal.close()


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.journal_view.filter_bar.debounce_ms = 0  # type: ignore[attr-defined]
    return window


def recorder(window: MainWindow) -> list[tuple[str, bool]]:
    """What the status bar said at each step of the indexing."""
    seen: list[tuple[str, bool]] = []
    part = window.index_status
    window.indexer.progress.connect(lambda *_: seen.append((part.label.text(), part.is_shown())))
    return seen


@pytest.mark.slow
def test_progress_shows_while_the_window_stays_usable(
    qtbot: QtBot, sample_ctx: AppContext, gate: threading.Event, dialogs: list[str]
) -> None:
    journal = sample_ctx.journal
    total = journal.meaning.missing_count()
    assert total >= 300
    window = open_window(qtbot, sample_ctx)
    seen = recorder(window)
    status = window.index_status
    start = f"Indexing meaning: 0 of {total}"
    qtbot.waitUntil(lambda: status.label.text() == start, timeout=10_000)
    assert status.is_shown()
    assert status.bar.isVisible()
    assert window.indexer.running  # held at its first batch by the gate

    # Meanwhile the window answers: a words search filters the list at once.
    window.search_mode_actions[SearchMode.WORDS].trigger()
    window.action_find.trigger()
    qtbot.keyClicks(window.search_field, "mentor")
    assert window.search_field.text() == "mentor"
    model_ = window.journal_view.model  # type: ignore[attr-defined]
    assert 0 < model_.rowCount() < total
    assert window.indexer.running

    gate.set()
    qtbot.waitUntil(lambda: not window.indexer.running, timeout=30_000)
    assert not status.is_shown()
    assert journal.meaning.missing_count() == 0
    assert seen[0] == (start, True)
    assert seen[-1] == (f"Indexing meaning: {total} of {total}", True)
    assert dialogs == []


def test_changed_entries_are_embedded_after_a_pause(
    qtbot: QtBot, ctx: AppContext, dialogs: list[str]
) -> None:
    window = open_window(qtbot, ctx)
    window.indexer.debounce_ms = 30
    journal = ctx.journal
    first = journal.entries.add(EntryDraft(title="Ran the incident review"))
    second = journal.entries.add(EntryDraft(title="Mentored a new hire"))
    qtbot.waitUntil(lambda: journal.meaning.missing_count() == 0, timeout=15_000)
    assert not window.index_status.is_shown()  # two entries: no progress to show
    journal.entries.update(
        first.id, EntryDraft(title="Ran the blameless incident review"), expected_version=1
    )
    qtbot.waitUntil(lambda: journal.meaning.vectors.pending() == [], timeout=15_000)
    journal.entries.trash([second.id])  # nothing to embed
    assert dialogs == []


def test_closing_the_window_cancels_indexing(
    qtbot: QtBot, sample_ctx: AppContext, gate: threading.Event
) -> None:
    journal = sample_ctx.journal
    total = journal.meaning.missing_count()
    window = open_window(qtbot, sample_ctx)
    qtbot.waitUntil(lambda: window.index_status.is_shown(), timeout=10_000)
    threading.Timer(0.2, gate.set).start()  # the batch being embedded ends; no other starts
    window.close()
    assert window.indexer.wait(0)  # the worker has ended
    assert 0 < journal.meaning.missing_count() < total


def test_a_read_only_journal_is_not_indexed(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, dialogs: list[str]
) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.entries.add(EntryDraft(title="Led the on-call rotation"))
    os.chmod(path, 0o400)
    journal = Journal.open(path, create=False)
    assert journal.store.read_only
    bridge = ChangeBridge(journal)
    try:
        window = open_window(qtbot, AppContext(journal, bridge, settings))
        started: list[bool] = []
        window.indexer.started.connect(lambda: started.append(True))
        qtbot.wait(2000)  # past the moment indexing would start
        assert started == []
        assert not window.index_status.is_shown()
        assert window.statusBar().currentMessage() == ""
        assert dialogs == []
        window.close()
    finally:
        bridge.detach()
        journal.close()


def test_a_failure_is_said_once_in_the_status_bar(
    qtbot: QtBot, ctx: AppContext, dialogs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(self: MeaningService, **_kwargs: Callable[..., object]) -> int:
        raise StoreError("The journal is locked by another program.")

    monkeypatch.setattr(MeaningService, "index", locked)
    window = open_window(qtbot, ctx)
    window.indexer.debounce_ms = 30
    ctx.journal.entries.add(EntryDraft(title="Shipped the new search"))
    status = window.statusBar()
    qtbot.waitUntil(lambda: "locked by another program" in status.currentMessage(), timeout=10_000)
    assert status.currentMessage().startswith("Search by meaning is not up to date:")
    status.clearMessage()
    with qtbot.waitSignal(window.indexer.failed, timeout=10_000):
        ctx.journal.entries.add(EntryDraft(title="Shipped it again"))
    assert status.currentMessage() == ""  # said once
    assert dialogs == []
