"""The background rescan: a worker thread fills the inbox, the GUI thread never waits for it, and
the status bar tells how far it got and what it found."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStatusBar

from careerjournal.domain import HarvestSource
from careerjournal.harvest import Skipped, sources
from careerjournal.harvest.sources import SourceConfig
from careerjournal.services.inbox import StoreResult
from careerjournal.store import StoreError
from careerjournal.ui import application
from careerjournal.ui.application import AppController
from careerjournal.ui.context import AppContext
from careerjournal.ui.settings import AppSettings
from careerjournal.ui.status_parts import StatusParts

ME = "me@example.org"
TALK = "Talk: Double-entry ledgers at PyCon"
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:talk-1@example.com
DTSTAMP:{day}T090000Z
DTSTART:{day}T140000Z
DTEND:{day}T150000Z
SUMMARY:{title}
END:VEVENT
END:VCALENDAR
"""


def has_reader(name: str) -> bool:
    return importlib.util.find_spec(f"careerjournal.harvest.{name}") is not None


needs_calendar = pytest.mark.skipif(
    not has_reader("calendar"), reason="needs the calendar reader (harvest/calendar.py)"
)


def calendar_file(tmp_path: Path) -> str:
    day = (dt.date.today() - dt.timedelta(days=3)).strftime("%Y%m%d")
    path = tmp_path / "work.ics"
    path.write_text(CALENDAR.format(day=day, title=TALK), encoding="utf-8")
    return str(path)


def make_repo(path: Path) -> Path:
    """A real repository with two commits by ME."""
    path.mkdir()
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Me",
        "GIT_AUTHOR_EMAIL": ME,
        "GIT_COMMITTER_NAME": "Me",
        "GIT_COMMITTER_EMAIL": ME,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    run = {"cwd": path, "env": env, "check": True, "capture_output": True}
    subprocess.run(["git", "init", "-q"], **run)  # type: ignore[call-overload]
    for number, subject in enumerate(["Add the refund API", "Fix the ledger rounding"]):
        (path / f"f{number}.txt").write_text(subject, encoding="utf-8")
        subprocess.run(["git", "add", "."], **run)  # type: ignore[call-overload]
        subprocess.run(["git", "commit", "-q", "-m", subject], **run)  # type: ignore[call-overload]
    return path


def slowed(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    """The real harvest, with a pause before each source (in the worker, where it runs)."""
    real = sources.harvest_all

    def slow(journal: object, config: SourceConfig, **kw: Callable[..., object]) -> object:
        progress = kw.pop("progress")

        def step(done: int, total: int, what: str) -> None:
            time.sleep(seconds)
            progress(done, total, what)

        return real(journal, config, progress=step, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(sources, "harvest_all", slow)


@pytest.fixture
def parts(qtbot) -> StatusParts:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    return StatusParts(bar, "journal.sqlite3", file_backups=True)


def shown(parts: StatusParts) -> str:
    """The status bar's temporary message."""
    bar = parts.parent()
    assert isinstance(bar, QStatusBar)
    return bar.currentMessage()


def follow(ctx: AppContext, parts: StatusParts) -> None:
    ctx.rescanner.progress.connect(parts.show_progress)
    ctx.rescanner.finished.connect(parts.finish_progress)
    ctx.rescanner.failed.connect(parts.fail_progress)


@needs_calendar
def test_a_rescan_fills_the_inbox_while_the_gui_stays_responsive(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parts: StatusParts
) -> None:
    ctx.settings.sources = SourceConfig(
        calendar_files=(calendar_file(tmp_path),), notes_folders=(str(tmp_path / "gone"),)
    )
    slowed(monkeypatch, 0.15)
    follow(ctx, parts)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    seen: list[tuple[int, int, str, str, bool, bool]] = []
    ctx.rescanner.progress.connect(
        lambda done, total, what: seen.append(
            (
                done,
                total,
                what,
                parts.progress_label.text(),
                parts.progress_bar.isHidden(),
                threading.current_thread() is threading.main_thread(),
            )
        )
    )
    timer.start()
    with qtbot.waitSignal(ctx.rescanner.finished, timeout=10_000) as done:
        assert ctx.rescanner.start()
        assert ctx.rescanner.running
        assert not ctx.rescanner.start()  # one at a time
    timer.stop()

    assert not ctx.rescanner.running
    assert len(ticks) >= 5, "the GUI thread waited for the scan"
    assert seen == [
        (1, 2, "calendar", "Looking for evidence: Calendar (1 of 2)…", False, True),
        (2, 2, "notes", "Looking for evidence: Notes (2 of 2)…", False, True),
    ]
    results = done.args[0]
    assert [(r.source, r.added) for r in results] == [
        (HarvestSource.CALENDAR, 1),
        (HarvestSource.NOTES, 0),
    ]
    assert [c.title for c in ctx.journal.inbox.pending()] == [TALK]
    assert parts.progress_bar.isHidden()
    assert parts.progress_label.isHidden()
    message = shown(parts)
    assert message.startswith("Found 1 new suggestion")
    assert message.endswith("could not be read)")  # the missing notes folder


@pytest.mark.skipif(
    not has_reader("git") or shutil.which("git") is None,
    reason="needs the git reader (harvest/git.py, written by another helper) and git itself",
)
def test_a_rescan_of_a_git_repository(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "billing")
    ctx.settings.sources = SourceConfig(git_folders=(str(repo),), authors=(ME,))
    changed: list[object] = []
    ctx.bridge.changed.connect(changed.append)  # the views hear of it on the GUI thread
    with qtbot.waitSignal(ctx.rescanner.finished, timeout=20_000) as done:
        assert ctx.rescanner.start()
        assert not ctx.rescanner.start()
    [result] = done.args[0]
    assert result.source is HarvestSource.GIT
    assert result.added >= 1
    assert ctx.journal.inbox.count() == result.added
    qtbot.waitUntil(lambda: bool(changed), timeout=5_000)


def test_nothing_to_scan_or_nowhere_to_write_starts_nothing(
    ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not ctx.rescanner.start()  # nothing configured
    ctx.settings.sources = SourceConfig(authors=(ME,))
    assert not ctx.rescanner.start()  # names alone are no place to look
    ctx.settings.sources = SourceConfig(notes_folders=(str(tmp_path),))
    monkeypatch.setattr(ctx.journal.store, "read_only", True)
    assert not ctx.rescanner.start()
    assert not ctx.rescanner.running


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (RuntimeError("boom"), "Looking for evidence stopped: an unexpected error (RuntimeError)"),
        (StoreError("The disk is full."), "Looking for evidence stopped: The disk is full."),
    ],
)
def test_an_error_in_the_scan_is_a_message_not_a_traceback(
    qtbot,
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    parts: StatusParts,
    error: Exception,
    expected: str,
) -> None:
    def broken(*_: object, **__: object) -> list[StoreResult]:
        raise error

    monkeypatch.setattr(sources, "harvest_all", broken)
    ctx.settings.sources = SourceConfig(notes_folders=(str(tmp_path),))
    follow(ctx, parts)
    finished: list[object] = []
    ctx.rescanner.finished.connect(finished.append)
    with qtbot.waitSignal(ctx.rescanner.failed, timeout=5_000) as failed:
        assert ctx.rescanner.start()
    assert failed.args[0].startswith(expected)
    assert shown(parts) == failed.args[0]
    assert parts.progress_bar.isHidden()
    assert finished == []
    assert not ctx.rescanner.running
    monkeypatch.undo()  # the real harvest again: the rescanner is not stuck
    with qtbot.waitSignal(ctx.rescanner.finished, timeout=5_000):
        assert ctx.rescanner.start()


def test_closing_cancels_a_running_scan_and_waits_for_it(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entered = threading.Event()

    def endless(
        journal: object, config: object, *, cancelled: Callable[[], bool], **_: object
    ) -> list[StoreResult]:
        entered.set()
        while not cancelled():
            time.sleep(0.01)
        return []

    monkeypatch.setattr(sources, "harvest_all", endless)
    ctx.settings.sources = SourceConfig(notes_folders=(str(tmp_path),))
    heard: list[object] = []
    ctx.rescanner.finished.connect(heard.append)
    ctx.rescanner.failed.connect(heard.append)
    assert ctx.rescanner.start()
    assert entered.wait(5)
    began = time.monotonic()
    ctx.rescanner.shutdown(timeout=5)
    assert time.monotonic() - began < 2
    assert ctx.rescanner.wait(0)  # the worker has ended
    qtbot.wait(50)
    assert heard == []  # nothing reaches a window that is closing
    assert not ctx.rescanner.start()  # and nothing starts on a closing journal


def test_the_status_bar_words_progress_and_results(parts: StatusParts) -> None:
    parts.show_progress(3, 3, HarvestSource.JIRA.value)
    assert parts.progress_label.text() == "Looking for evidence: Jira (3 of 3)…"
    assert not parts.progress_bar.isHidden()
    assert (parts.progress_bar.value(), parts.progress_bar.maximum()) == (2, 3)
    skipped = (Skipped("/a", "missing"), Skipped("/b", "unreadable"))
    parts.finish_progress(
        [
            StoreResult(HarvestSource.GIT, added=9, skipped=skipped),
            StoreResult(HarvestSource.JIRA, added=3),
        ]
    )
    assert parts.progress_bar.isHidden()
    assert shown(parts) == "Found 12 new suggestions (2 places could not be read)"
    parts.finish_progress([StoreResult(HarvestSource.GIT, known=4)])
    assert shown(parts) == "No new suggestions"


class QuietController(AppController):
    """No message boxes and no draft prompt in tests."""

    def _inform(self, parent: object, message: str, warn: bool = False) -> None:
        raise AssertionError(message)

    def _recover_drafts(self) -> None:
        pass


@needs_calendar
def test_the_app_rescans_after_its_window_shows_when_asked_to(
    qtbot, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(application, "RESCAN_DELAY_MS", 20)
    settings.sources = SourceConfig(calendar_files=(calendar_file(tmp_path),), rescan_on_start=True)
    controller = QuietController(QApplication.instance(), settings)  # type: ignore[arg-type]
    try:
        assert controller.open(str(tmp_path / "journal.sqlite3"))
        assert controller.ctx is not None
        assert controller.window is not None
        window, rescanner = controller.window, controller.ctx.rescanner
        visible: list[bool] = []
        rescanner.started.connect(lambda: visible.append(window.isVisible()))
        assert not rescanner.running  # not at once: after the window is up
        with qtbot.waitSignal(rescanner.finished, timeout=10_000):
            pass
        assert visible == [True]
        assert window.statusBar().currentMessage().startswith("Found 1 new suggestion")
        assert controller.ctx.journal.inbox.count() == 1
    finally:
        controller.shutdown()


def test_the_app_does_not_rescan_unless_asked_to(
    qtbot, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(application, "RESCAN_DELAY_MS", 0)
    calls: list[object] = []
    monkeypatch.setattr(sources, "harvest_all", lambda *a, **kw: calls.append(a) or [])
    settings.sources = SourceConfig(notes_folders=(str(tmp_path),), rescan_on_start=False)
    controller = QuietController(QApplication.instance(), settings)  # type: ignore[arg-type]
    try:
        assert controller.open(str(tmp_path / "journal.sqlite3"))
        qtbot.wait(100)
        assert calls == []
        settings.sources = SourceConfig(notes_folders=(str(tmp_path),), rescan_on_start=True)
        assert controller.open(str(tmp_path / "other.sqlite3"))  # now it is asked to
        qtbot.waitUntil(lambda: bool(calls), timeout=5_000)
    finally:
        controller.shutdown()
