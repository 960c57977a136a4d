"""The reading pane's "Related entries" (issue 20): up to five entries about the same idea, date
and title as plain text; a click selects one; hidden when none are related or without the model."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from careerjournal.services import EntryDraft, EntryQuery, Journal
from careerjournal.services.meaning import model
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.journal import JournalView
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.meaning import SearchMode
from careerjournal.ui.settings import AppSettings

pytestmark = [
    pytest.mark.qt_log_ignore(r"^This plugin does not support "),
    pytest.mark.skipif(not model.available(), reason="the meaning model is not installed"),
]


@pytest.fixture
def sample_ctx(
    qapp: object, tmp_path: Path, settings: AppSettings, sample_template: Path
) -> Iterator[AppContext]:
    """A copy of the sample career, its meaning indexed."""
    path = tmp_path / "sample.sqlite3"
    shutil.copyfile(sample_template, path)
    journal = Journal.open(path)
    journal.meaning.index()
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
    return window


def click_row(qtbot: QtBot, view: JournalView, row: int) -> None:
    index = view.model.index(row, 2)
    view.table.scrollTo(index)
    pos = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def related_list(view: JournalView) -> QListWidget:
    found = view.findChild(QListWidget, "detail_related_list")
    assert isinstance(found, QListWidget)
    return found


def test_related_entries_show_and_a_click_selects_one(qtbot: QtBot, sample_ctx: AppContext) -> None:
    window = open_window(qtbot, sample_ctx)
    view: JournalView = window.journal_view  # type: ignore[assignment]
    click_row(qtbot, view, 0)
    chosen = view.selected_ids()[0]
    related = view.meaning.related
    qtbot.waitUntil(related.isVisible, timeout=10_000)
    listing = related_list(view)
    ids = related.entry_ids()
    assert 1 <= len(ids) <= 5
    assert chosen not in ids
    expected = [i for i, _ in sample_ctx.journal.meaning.related(chosen, limit=5)]
    assert ids == expected[: len(ids)]
    record = sample_ctx.journal.entries.get(ids[0])
    first = listing.item(0)
    assert record.title in first.text()
    assert str(record.occurred_on.year) in first.text()

    qtbot.mouseClick(
        listing.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listing.visualItemRect(first).center(),
    )
    assert view.selected_ids() == [ids[0]]
    assert view.detail.title_label.text() == record.title
    # …and the pane now lists what is related to that one.
    qtbot.waitUntil(lambda: related.entry_ids() and ids[0] not in related.entry_ids())


def test_a_related_entry_hidden_by_the_search_is_shown_all_the_same(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    window = open_window(qtbot, sample_ctx)
    window.search_mode_actions[SearchMode.WORDS].trigger()
    view: JournalView = window.journal_view  # type: ignore[assignment]
    view.filter_bar.debounce_ms = 0
    click_row(qtbot, view, 0)
    chosen = view.selected_ids()[0]
    related = view.meaning.related
    qtbot.waitUntil(related.isVisible, timeout=10_000)
    target = related.entry_ids()[0]
    window.action_find.trigger()
    qtbot.keyClicks(window.search_field, sample_ctx.journal.entries.get(chosen).title)
    listed = view.model.ids_at(range(view.model.rowCount()))
    assert chosen in listed
    assert target not in listed
    assert view.selected_ids() == [chosen]
    assert related.entry_ids()[0] == target

    listing = related_list(view)
    qtbot.mouseClick(
        listing.viewport(),
        Qt.MouseButton.LeftButton,
        pos=listing.visualItemRect(listing.item(0)).center(),
    )
    assert view.selected_ids() == [target]  # the search was cleared to show it
    assert window.search_field.text() == ""
    assert view.detail.title_label.text() == sample_ctx.journal.entries.get(target).title


def test_hidden_when_nothing_is_related(qtbot: QtBot, ctx: AppContext) -> None:
    entry = ctx.journal.entries.add(EntryDraft(title="The only entry there is")).id
    ctx.journal.meaning.index()
    window = open_window(qtbot, ctx)
    view: JournalView = window.journal_view  # type: ignore[assignment]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    click_row(qtbot, view, 0)
    assert view.selected_ids() == [entry]
    qtbot.waitUntil(view.meaning.related.runner.is_idle, timeout=10_000)
    assert not view.meaning.related.isVisible()


def test_hidden_without_the_model(
    qtbot: QtBot, sample_ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model, "available", lambda: False)
    window = open_window(qtbot, sample_ctx)
    view: JournalView = window.journal_view  # type: ignore[assignment]
    click_row(qtbot, view, 0)
    assert view.detail.title_label.text()
    qtbot.wait(50)
    assert not view.meaning.related.isVisible()
    assert view.meaning.related.runner.is_idle()
    assert sample_ctx.journal.entries.count(EntryQuery()) > 0
