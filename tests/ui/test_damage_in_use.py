"""Damage inside a record of an open journal: found after first paint or by a view, never a
traceback; writes refused; the banner's Recover… offers the same choice as at open."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import delete

from careerjournal.domain.models import Operation
from careerjournal.services import EntryDraft, Journal
from careerjournal.store.integrity import DamagedRecordError
from careerjournal.ui.application import AppController
from careerjournal.ui.damage_watch import DamageBanner
from careerjournal.ui.settings import AppSettings

TITLE = "Garbled goal review 3b7c"


class QuietController(AppController):
    """Message boxes other than the recovery choice are recorded, not shown."""

    def __init__(self, app: QApplication, settings: AppSettings):
        super().__init__(app, settings)
        self.messages: list[str] = []

    def _inform(self, parent: object, message: str, warn: bool = False) -> None:
        self.messages.append(message)

    def _recover_drafts(self) -> None:
        pass


@pytest.fixture
def controller(qapp: QApplication, settings: AppSettings) -> Iterator[QuietController]:
    c = QuietController(qapp, settings)
    yield c
    c.shutdown()


def garbled_copy(template: Path, tmp_path: Path, *, old: bool = True) -> tuple[Path, int]:
    """A copy of the sample career with one entry whose title no longer decodes as UTF-8; the
    file's structure is intact, so the check at open passes. (path, the entry's id)"""
    path = tmp_path / "garbled.sqlite3"
    shutil.copyfile(template, path)
    with Journal.open(path) as journal:
        # An old entry is not on the journal's first screen; a new one is.
        day = dt.date(2015, 1, 5) if old else dt.date.today()
        entry_id = journal.entries.add(EntryDraft(title=TITLE, occurred_on=day)).id
        # Only the entry is damaged: its title's copy in the undo history (whose label the
        # window shows at once) goes, as if the history had been pruned.
        with journal.store.write() as session:
            session.execute(delete(Operation))
    vacuum = sqlite3.connect(path, isolation_level=None)  # the deleted text leaves the file too
    vacuum.execute("VACUUM")
    vacuum.close()
    data = path.read_bytes()
    assert TITLE.encode() in data
    path.write_bytes(data.replace(TITLE.encode(), b"\xff" * len(TITLE)))
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    finally:
        con.close()
    return path, entry_id


def banners(c: AppController) -> list[DamageBanner]:
    assert c.window is not None
    return c.window.findChildren(DamageBanner)


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> list[BaseException]:
    """What reaches sys.excepthook (as pytest-qt's hook would see it): must stay empty."""
    seen: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: seen.append(exc))
    return seen


def answer_dialog(qtbot, button_text: str, shown: list[str]) -> None:
    """Click `button_text` in the message box that is about to open, noting what it says."""

    def click(tries: int = 200) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(20, lambda: click(tries - 1))
            return
        shown.append(f"{box.text()}\n{box.informativeText()}")
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        button = buttons.get(button_text)
        if button is None:
            shown.append(f"no button {button_text!r} among {sorted(buttons)}")
            box.reject()
            return
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_the_background_read_back_finds_damage_and_shows_the_banner(
    qtbot,
    controller: QuietController,
    sample_template: Path,
    tmp_path: Path,
    hooked: list[BaseException],
) -> None:
    """An old entry is not on the first screen: only the read-back after first paint finds it."""
    path, _ = garbled_copy(sample_template, tmp_path, old=True)
    assert controller.open(str(path), create=False)
    assert controller.window is not None
    assert controller.damage_watch is not None
    assert controller.ctx is not None
    assert controller.ctx.journal.store.damage is None
    with qtbot.waitSignal(controller.damage_watch.damaged, timeout=20_000):
        pass
    qtbot.waitUntil(lambda: len(banners(controller)) == 1)
    banner = banners(controller)[0]
    assert banner.isVisible()
    assert "This journal is damaged" in banner.title_label.text()
    assert f"{path} is damaged: reading it failed (Could not decode" in banner.text_label.text()
    assert banner.recover_button.text() == "Recover…"
    assert controller.ctx.journal.store.damage is not None
    with pytest.raises(DamagedRecordError):
        controller.ctx.journal.entries.add(EntryDraft(title="Never written"))
    assert not hooked


def test_a_view_that_meets_damage_shows_the_banner_not_a_traceback(
    qtbot,
    controller: QuietController,
    sample_template: Path,
    tmp_path: Path,
    hooked: list[BaseException],
) -> None:
    """A new entry is on the journal's first screen: the view reads it while painting."""
    path, garbled_id = garbled_copy(sample_template, tmp_path, old=False)
    assert controller.open(str(path), create=False)
    assert controller.window is not None
    assert controller.ctx is not None
    controller.damage_watch.cancel()  # type: ignore[union-attr]  # the view, not the watch
    qtbot.waitExposed(controller.window)
    qtbot.waitUntil(lambda: len(banners(controller)) == 1)
    assert not hooked
    view = controller.window.journal_view
    # The other entries of the screen still show; the damaged one is skipped, not retried.
    assert view.model.entry_at(0) is None or view.model.entry_at(0).id != garbled_id
    assert view.model.entry_at(1) is not None
    assert banners(controller)[0].isVisible()


def test_a_write_in_the_damaged_journal_is_refused_in_words(
    qtbot,
    controller: QuietController,
    sample_template: Path,
    tmp_path: Path,
    hooked: list[BaseException],
) -> None:
    path, garbled_id = garbled_copy(sample_template, tmp_path, old=False)
    assert controller.open(str(path), create=False)
    window = controller.window
    assert window is not None
    assert controller.ctx is not None
    qtbot.waitUntil(lambda: len(banners(controller)) == 1)
    before = path.read_bytes()
    ids = controller.ctx.journal.entries.ids()
    other = next(i for i in ids if i != garbled_id)
    assert window.journal_view.select_entry(other)
    shown: list[str] = []
    answer_dialog(qtbot, "OK", shown)
    window.action_trash.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert "is damaged" in shown[0]
    assert "nothing is written to it" in shown[0]
    assert "Traceback" not in shown[0]
    assert path.read_bytes() == before
    assert other in controller.ctx.journal.entries.ids()
    assert not hooked


def test_recover_in_the_banner_salvages_the_journal_and_reopens_it(
    qtbot,
    controller: QuietController,
    sample_template: Path,
    tmp_path: Path,
    hooked: list[BaseException],
) -> None:
    path, garbled_id = garbled_copy(sample_template, tmp_path, old=True)
    assert controller.open(str(path), create=False)
    assert controller.damage_watch is not None
    assert controller.ctx is not None
    total = len(controller.ctx.journal.entries.ids())
    qtbot.waitUntil(lambda: controller.window is not None and len(banners(controller)) == 1)
    shown: list[str] = []
    answer_dialog(qtbot, "Salvage", shown)
    qtbot.mouseClick(banners(controller)[0].recover_button, Qt.MouseButton.LeftButton)
    assert shown
    assert "no button" not in shown[-1]
    assert shown[0].startswith("This journal is damaged. Nothing more is written to it.")
    assert "Salvage makes a new journal" in shown[0]
    assert path.with_name("garbled.sqlite3.damaged").exists()
    assert controller.window is not None
    assert controller.ctx is not None
    assert controller.ctx.journal.store.path == path
    assert controller.ctx.journal.store.damage is None
    ids = controller.ctx.journal.entries.ids()
    assert garbled_id not in ids
    assert len(ids) == total - 1
    assert "Entries that could not be read (lost): 1" in controller.messages[-1]
    assert controller.ctx.journal.check().ok
    assert not hooked


def test_not_now_leaves_the_damaged_journal_open_and_read_only(
    qtbot,
    controller: QuietController,
    sample_template: Path,
    tmp_path: Path,
    hooked: list[BaseException],
) -> None:
    path, _ = garbled_copy(sample_template, tmp_path, old=True)
    assert controller.open(str(path), create=False)
    qtbot.waitUntil(lambda: controller.window is not None and len(banners(controller)) == 1)
    window = controller.window
    before = path.read_bytes()
    shown: list[str] = []
    answer_dialog(qtbot, "Not Now", shown)
    qtbot.mouseClick(banners(controller)[0].recover_button, Qt.MouseButton.LeftButton)
    assert shown
    assert "no button" not in shown[-1]
    assert controller.window is window
    assert not path.with_name("garbled.sqlite3.damaged").exists()
    assert path.read_bytes() == before
    assert not hooked
