"""The Inbox area in the main window, driven by its keys: accept, edit, merge, dismiss, undo."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import CandidateStatus, EntryKind, HarvestSource
from careerjournal.harvest import Found, HarvestReport, Link
from careerjournal.services import EntryQuery, Journal
from careerjournal.services.inbox import StoreResult
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.inbox.area import InboxArea
from careerjournal.ui.inbox.model import Column
from careerjournal.ui.inbox.nav import nav_count
from careerjournal.ui.inbox.words import caption
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.settings import AppSettings

D = dt.date
GIT, CALENDAR = HarvestSource.GIT, HarvestSource.CALENDAR
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


def found(key: str, title: str, day: D, **fields: Any) -> Found:
    values: dict[str, Any] = {
        "source": GIT,
        "key": key,
        "occurred_on": day,
        "title": title,
        "kind": EntryKind.PROJECT,
        "impact": 3,
        "evidence": (f"{title}: first line", f"{title}: second line"),
        "links": (Link(f"https://git.example.com/{key}", key),),
        "origin": "/home/me/src/billing",
        "facts": {"repository": "billing", "commits": 14},
    }
    values.update(fields)
    return Found(**values)


def store(ctx: AppContext, *items: Found) -> None:
    for source in {f.source for f in items}:
        report = HarvestReport(found=[f for f in items if f.source is source])
        ctx.journal.inbox.store(source, report)


@pytest.fixture
def filled(ctx: AppContext) -> AppContext:
    """Four suggestions: three from the billing repository (newest first: week 3, 2, 1), and a
    talk from a calendar file."""
    store(
        ctx,
        found("billing:w3", "Refund retries", D(2026, 3, 20)),
        found("billing:w2", "Ledger split", D(2026, 3, 13)),
        found("billing:w1", "Invoice fixes", D(2026, 3, 6)),
        found(
            "talk:1",
            "Talk at PyConf",
            D(2026, 3, 10),
            source=CALENDAR,
            kind=EntryKind.NETWORK,
            origin="/home/me/work.ics",
            facts={"category": "talk"},
        ),
    )
    return ctx


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def window(qtbot: QtBot, filled: AppContext) -> Iterator[MainWindow]:
    w = open_window(qtbot, filled)
    qtbot.keyClick(w, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    yield w
    w.close()


def area(window: MainWindow) -> InboxArea:
    view = window.view("inbox")
    assert isinstance(view, InboxArea)
    return view


def titles(view: InboxArea) -> list[str]:
    return [r.title for r in view.model.records()]


def inbox_item_count(window: MainWindow) -> int:
    row = [a.key for a in window.area_list()].index("inbox")
    return nav_count(window.nav_model.item(row))


def press(qtbot: QtBot, view: InboxArea, key: Qt.Key, shift: bool = False) -> None:
    view.table.setFocus()
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(view.table, key, modifier)


def click_row(qtbot: QtBot, view: InboxArea, row: int, *, ctrl: bool = False) -> None:
    rect = view.table.visualRect(view.model.index(row, Column.TITLE))
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def undo(qtbot: QtBot, window: MainWindow) -> None:
    """Edit › Undo, once the window has looked at the log again (it does so after a change)."""
    qtbot.waitUntil(window.action_undo.isEnabled)
    window.action_undo.trigger()


def entry_titles(ctx: AppContext) -> list[str]:
    return [e.title for e in ctx.journal.entries.list(EntryQuery())]


# -- the area in the window ---------------------------------------------------------------------


def test_ctrl_7_shows_the_inbox_with_its_count(window: MainWindow) -> None:
    assert window.current_area() == "inbox"
    assert window.stack.currentWidget() is area(window)
    assert [a.key for a in window.area_list()].index("inbox") == 6  # the seventh area
    assert inbox_item_count(window) == 4
    row = [a.key for a in window.area_list()].index("inbox")
    item = window.nav_model.item(row)
    assert item.text() == "Inbox"
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Inbox, 4 suggestions"
    view = area(window)
    assert titles(view) == ["Refund retries", "Ledger split", "Talk at PyConf", "Invoice fixes"]
    assert view.selected_ids() == [view.model.id_at(0)]  # the newest is read at once


def test_j_and_k_move_through_the_list(qtbot: QtBot, window: MainWindow) -> None:
    view = area(window)
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_J)
    assert view.selected_records()[0].title == "Talk at PyConf"
    assert view.detail.title_label.text() == "Talk at PyConf"
    press(qtbot, view, Qt.Key.Key_K)
    assert view.selected_records()[0].title == "Ledger split"


def test_a_accepts_and_undo_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    ctx, view = window.ctx, area(window)
    press(qtbot, view, Qt.Key.Key_A)
    assert entry_titles(ctx) == ["Refund retries"]
    entry = ctx.journal.entries.list(EntryQuery())[0]
    assert [link.url for link in entry.links] == ["https://git.example.com/billing:w3"]
    assert inbox_item_count(window) == 3
    assert view.selected_records()[0].title == "Ledger split"  # moved on: A again takes it
    assert "Refund retries" in view.status_label.text()
    assert "takes it back" in view.status_label.text()
    press(qtbot, view, Qt.Key.Key_A)
    assert sorted(entry_titles(ctx)) == ["Ledger split", "Refund retries"]
    assert inbox_item_count(window) == 2

    undo(qtbot, window)
    assert entry_titles(ctx) == ["Refund retries"]
    assert "Ledger split" in titles(view)
    assert inbox_item_count(window) == 3


def test_a_accepts_each_selected_one(qtbot: QtBot, window: MainWindow) -> None:
    view = area(window)
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 1, ctrl=True)
    assert len(view.selected_ids()) == 2
    press(qtbot, view, Qt.Key.Key_A)
    assert sorted(entry_titles(window.ctx)) == ["Ledger split", "Refund retries"]
    assert titles(view) == ["Talk at PyConf", "Invoice fixes"]


def test_d_dismisses(qtbot: QtBot, window: MainWindow) -> None:
    view = area(window)
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_D)
    assert titles(view) == ["Refund retries", "Talk at PyConf", "Invoice fixes"]
    assert entry_titles(window.ctx) == []
    assert view.selected_records()[0].title == "Talk at PyConf"
    assert inbox_item_count(window) == 3
    undo(qtbot, window)
    assert "Ledger split" in titles(view)


def test_shift_d_asks_then_dismisses_everything_from_that_repository(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view = area(window)
    press(qtbot, view, Qt.Key.Key_D, shift=True)
    assert len(asked) == 1
    assert "3 suggestions" in asked[0]
    assert "billing" in asked[0]
    assert titles(view) == ["Talk at PyConf"]
    pending = window.ctx.journal.inbox.pending()
    assert [c.source for c in pending] == [CALENDAR]
    assert inbox_item_count(window) == 1


def test_shift_d_answered_no_changes_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    press(qtbot, area(window), Qt.Key.Key_D, shift=True)
    assert window.ctx.journal.inbox.count() == 4


def test_m_merges_the_selected_under_the_title_given(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    offered: list[str] = []

    def get_text(_parent: QWidget, _title: str, _label: str, _mode: object, text: str = ""):
        offered.append(text)
        return "Billing work in March", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    view = area(window)
    assert not view.action_merge.isEnabled()  # one selected: nothing to merge
    click_row(qtbot, view, 1)
    click_row(qtbot, view, 3, ctrl=True)
    assert view.action_merge.isEnabled()
    press(qtbot, view, Qt.Key.Key_M)
    assert offered == ["Ledger split"]  # the newest of the two
    assert entry_titles(window.ctx) == ["Billing work in March"]
    entry = window.ctx.journal.entries.list(EntryQuery())[0]
    assert entry.occurred_on == D(2026, 3, 13)
    assert len(entry.links) == 2
    assert titles(view) == ["Refund retries", "Talk at PyConf"]
    undo(qtbot, window)
    assert entry_titles(window.ctx) == []
    assert len(titles(view)) == 4


def test_e_opens_the_editor_filled_in_and_saving_accepts(qtbot: QtBot, window: MainWindow) -> None:
    seen: list[str] = []

    def save_the_editor() -> None:
        editors = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, EntryEditor) and w.isVisible()
        ]
        if not editors:
            QTimer.singleShot(20, save_the_editor)
            return
        editor = editors[0]
        seen.append(editor.title_edit.text())
        seen.append(editor.body_edit.toPlainText())
        editor.title_edit.setText("Refund retries, done right")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    view = area(window)
    QTimer.singleShot(0, save_the_editor)
    press(qtbot, view, Qt.Key.Key_E)
    assert seen[0] == "Refund retries"
    assert "Refund retries: first line" in seen[1]
    assert entry_titles(window.ctx) == ["Refund retries, done right"]
    decided = window.ctx.journal.inbox.many([c.id for c in window.ctx.journal.inbox.pending()])
    assert "Refund retries" not in [c.title for c in decided]
    assert view.selected_records()[0].title == "Ledger split"
    assert inbox_item_count(window) == 3


def test_the_detail_pane_shows_evidence_and_worded_facts(qtbot: QtBot, window: MainWindow):
    view = area(window)
    detail = view.detail
    lines = [detail.evidence_list.item(i).text() for i in range(detail.evidence_list.count())]
    assert lines == ["Refund retries: first line", "Refund retries: second line"]
    assert detail.facts_label.text() == "14 commits in billing"
    assert detail.source_label.text() == "Git · billing"
    links = [detail.links_list.item(i).text() for i in range(detail.links_list.count())]
    assert links == ["billing:w3 — https://git.example.com/billing:w3"]
    press(qtbot, view, Qt.Key.Key_J)
    press(qtbot, view, Qt.Key.Key_J)
    assert detail.facts_label.text() == "Talk"
    assert detail.source_label.text() == "Calendar · work.ics"


def test_several_selected_says_how_many(qtbot: QtBot, window: MainWindow) -> None:
    view = area(window)
    click_row(qtbot, view, 0)
    click_row(qtbot, view, 2, ctrl=True)
    assert view.detail.empty_label.text() == "2 suggestions selected"


def test_suggested_skills_are_shown(qtbot: QtBot, ctx: AppContext) -> None:
    band = ctx.journal.skills.add_band("Craft")
    ctx.journal.skills.add_skill(band.id, "Observability")
    store(ctx, found("w9", "Traces for refunds", D(2026, 3, 6), evidence=("Observability work",)))
    window = open_window(qtbot, ctx)
    window.show_area("inbox")
    detail = area(window).detail
    assert detail.skills_label.text() == "Skills: Observability (Craft)"
    assert detail.skills_label.isVisible()


def test_a_title_with_markup_is_shown_as_typed(qtbot: QtBot, ctx: AppContext) -> None:
    store(ctx, found("w9", "<b>Bold</b> move", D(2026, 3, 6), evidence=("<i>x</i>",)))
    window = open_window(qtbot, ctx)
    window.show_area("inbox")
    view = area(window)
    assert view.model.data(view.model.index(0, Column.TITLE)) == "<b>Bold</b> move"
    assert view.detail.title_label.text() == "<b>Bold</b> move"
    assert view.detail.title_label.textFormat() == Qt.TextFormat.PlainText
    assert view.detail.evidence_list.item(0).text() == "<i>x</i>"


def test_keys_do_nothing_outside_the_inbox(qtbot: QtBot, window: MainWindow) -> None:
    """Single letters act only with focus inside the area: not in the navigation beside it,
    not in the window's search field."""
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_A)
    qtbot.keyClick(window.nav, Qt.Key.Key_D)
    assert window.ctx.journal.inbox.count() == 4
    assert window.current_area() == "inbox"
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "ad")
    assert window.search_field.text() == "ad"
    assert window.ctx.journal.inbox.count() == 4


def test_the_empty_state_explains_and_opens_the_sources(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, ctx: AppContext
) -> None:
    from careerjournal.ui.preferences import PreferencesDialog

    opened: list[str] = []
    monkeypatch.setattr(PreferencesDialog, "exec", lambda self: opened.append("prefs") or 0)
    window = open_window(qtbot, ctx)
    window.show_area("inbox")
    view = area(window)
    assert view.stack.currentWidget() is view.empty_page
    assert view.empty_page.isVisible()
    assert "careerjournal harvest git" in view.empty_page.command.text()
    assert inbox_item_count(window) == 0
    qtbot.mouseClick(view.empty_page.button, Qt.MouseButton.LeftButton)
    assert opened == ["prefs"]
    assert not view.action_accept.isEnabled()

    store(ctx, found("w9", "Arrived later", D(2026, 3, 6)))  # a rescan, another window
    assert view.stack.currentWidget() is view.splitter
    assert inbox_item_count(window) == 1
    assert view.selected_records()[0].title == "Arrived later"


def test_errors_are_shown_and_change_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    view = area(window)
    # Decided meanwhile in another window, before this one heard of it.
    window.ctx.bridge.blockSignals(True)
    window.ctx.journal.inbox.dismiss([view.selected_ids()[0]])
    window.ctx.bridge.blockSignals(False)
    press(qtbot, view, Qt.Key.Key_A)
    assert len(warned) == 1
    assert "already dismissed" in warned[0]
    assert entry_titles(window.ctx) == []
    assert titles(view) == ["Ledger split", "Talk at PyConf", "Invoice fixes"]  # read again


# -- rescanning ---------------------------------------------------------------------------------


class FakeRescanner(QObject):
    started = Signal()
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.running = False
        self.starts = 0

    def start(self) -> bool:
        self.starts += 1
        self.running = True
        self.started.emit()
        return True


def test_f5_rescans_and_reports(qtbot: QtBot, filled: AppContext) -> None:
    rescanner = FakeRescanner()
    filled.rescanner = rescanner  # type: ignore[misc]
    window = open_window(qtbot, filled)
    window.show_area("inbox")
    view = area(window)
    press(qtbot, view, Qt.Key.Key_F5)
    assert rescanner.starts == 1
    assert not view.action_rescan.isEnabled()
    rescanner.progress.emit(1, 2, "git")
    assert view.status_label.text() == "Rescanning Git… (1 of 2)"
    rescanner.running = False
    rescanner.finished.emit([StoreResult(GIT, added=2), StoreResult(CALENDAR, added=0)])
    assert view.status_label.text() == "Rescan finished: 2 new suggestions."
    assert view.action_rescan.isEnabled()


# -- wording ------------------------------------------------------------------------------------


def test_facts_are_worded(ctx: AppContext) -> None:
    store(
        ctx,
        found(
            "pr:12",
            "Fix the ledger",
            D(2026, 3, 6),
            source=HarvestSource.GITHUB,
            facts={
                "pull_request": 12,
                "repository": "acme/billing",
                "additions": 120,
                "deletions": 30,
            },
        ),
        found(
            "series",
            "Weekly 1:1",
            D(2026, 3, 6),
            source=CALENDAR,
            facts={
                "occurrences": 24,
                "first": "2025-09-01",
                "last": "2026-03-02",
                "every_days": 7,
                "category": "one_on_one",
            },
        ),
        found(
            "ABC-123",
            "Story",
            D(2026, 3, 5),
            source=HarvestSource.JIRA,
            facts={"issue": "ABC-123", "type": "Story", "points": 5},
        ),
        found("rev", "Reviews", D(2026, 3, 4), source=HarvestSource.GITHUB, facts={"reviews": 3}),
        found("n", "Win", D(2026, 3, 3), source=HarvestSource.NOTES, facts={"heading": "Wins"}),
    )
    words = {c.title: caption(c) for c in ctx.journal.inbox.pending()}
    assert words["Fix the ledger"] == "Pull request #12 in acme/billing · +120 −30"
    assert words["Weekly 1:1"] == (
        "One-on-one · Weekly series: 24 occurrences from 1 Sep 2025 to 2 Mar 2026"
    )
    assert words["Story"] == "Issue ABC-123 · Story · 5 points"
    assert words["Reviews"] == "3 reviews given"
    assert words["Win"] == "From the “Wins” heading"


def test_the_statuses_stay_consistent_after_accepting(qtbot: QtBot, window: MainWindow) -> None:
    """The accepted suggestion is marked so, with its entry (no second copy on a rescan)."""
    view = area(window)
    first = view.selected_ids()[0]
    press(qtbot, view, Qt.Key.Key_A)
    record = window.ctx.journal.inbox.get(first)
    assert record.status is CandidateStatus.ACCEPTED
    assert record.entry_id is not None


def test_status_label_elides_long_text(window: MainWindow) -> None:
    view = area(window)
    view.show_status("Accepted “" + "very long title " * 40 + "”.")
    assert view.status_label.toolTip()  # the whole text, on hover
    assert view.status_label.textFormat() == Qt.TextFormat.PlainText
    assert view.status_label.mapTo(view, QPoint(0, 0)).x() >= 0
    assert isinstance(view.status_label, QWidget)
    assert view.findChild(QLineEdit) is None  # no text field: single letters are safe here


def test_a_read_only_journal_shows_its_inbox_but_decides_nothing(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, settings: AppSettings
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: warned.append(text))
    )
    path = tmp_path / "read-only.sqlite3"
    with Journal.open(path) as journal:
        journal.inbox.store(GIT, HarvestReport(found=[found("w1", "Kept", D(2026, 3, 6))]))
    os.chmod(path, 0o400)
    journal = Journal.open(path, create=False)
    bridge = ChangeBridge(journal)
    try:
        window = open_window(qtbot, AppContext(journal=journal, bridge=bridge, settings=settings))
        window.show_area("inbox")
        view = area(window)
        assert titles(view) == ["Kept"]
        assert view.detail.title_label.text() == "Kept"
        for action in (view.action_accept, view.action_edit, view.action_dismiss):
            assert not action.isEnabled()
        press(qtbot, view, Qt.Key.Key_A)
        assert journal.inbox.count() == 1
        assert warned == []  # not even tried
        window.close()
    finally:
        bridge.detach()
        journal.close()
