"""Search by meaning in the window (issue 20): the search field's mode (View › Search By), results
best first from a worker, words-only as before, and the modes off when the model is missing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from careerjournal.services import EntryDraft, Journal
from careerjournal.services.meaning import model
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.journal.meaning_search import LIMIT
from careerjournal.ui.journal.model import Column
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.meaning import LatestRunner, SearchMode
from careerjournal.ui.meaning.modes import SETTINGS_KEY
from careerjournal.ui.settings import AppSettings

pytestmark = [
    pytest.mark.qt_log_ignore(r"^This plugin does not support "),
    pytest.mark.skipif(not model.available(), reason="the meaning model is not installed"),
]

ENTRIES = {
    "pair": (
        "Paired with a new teammate on his first design review",
        "Walked him through the checklist and let him lead the second half.",
    ),
    "kube": ("Kubernetes migration", "Moved the billing services to the cluster."),
    "talk": ("Spoke at a meetup", "Gave a talk about observability to 80 people."),
    "rust": ("Learned Rust basics", "Finished the book and wrote a small CLI."),
    "raise": ("Got a raise", "Salary went up 8% after the review."),
    "aws": ("AWS certification", "Passed the Solutions Architect exam."),
}
#: Shares no word with the "pair" entry: only its meaning finds it.
PARAPHRASE = "helped a newcomer"


@pytest.fixture
def journal_ids(ctx: AppContext) -> dict[str, int]:
    """Six entries, their meaning indexed (as the window's indexer would)."""
    ids = {
        key: ctx.journal.entries.add(EntryDraft(title=title, body=body)).id
        for key, (title, body) in ENTRIES.items()
    }
    assert ctx.journal.meaning.index() == len(ENTRIES)
    return ids


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.journal_view.filter_bar.debounce_ms = 0  # type: ignore[attr-defined]
    return window


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, journal_ids: dict[str, int]) -> Iterator[MainWindow]:
    w = open_window(qtbot, ctx)
    yield w
    w.close()


def listed(window: MainWindow) -> list[int]:
    model_ = window.journal_view.model  # type: ignore[attr-defined]
    return [model_.id_at(row) for row in range(model_.rowCount())]


def type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.action_find.trigger()  # Ctrl+F: to the field, its text selected
    qtbot.keyClicks(window.search_field, text)


def view_menu(window: MainWindow) -> QMenu:
    for action in window.menuBar().actions():
        if action.text() == "&View":
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError("no View menu")


def test_view_menu_offers_the_modes_with_both_by_default(window: MainWindow) -> None:
    submenus = [a.menu() for a in view_menu(window).actions() if a.menu() is not None]
    assert window.search_mode_menu in submenus
    texts = [a.text() for a in window.search_mode_menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["&Words", "&Meaning", "&Both"]
    actions = window.search_mode_actions
    assert actions[SearchMode.BOTH].isChecked()
    assert all(a.isEnabled() for a in actions.values())
    assert not window.search_mode_off.isVisible()


def test_a_paraphrase_finds_the_entry_in_both_and_meaning_modes(
    qtbot: QtBot, window: MainWindow, journal_ids: dict[str, int]
) -> None:
    view = window.journal_view
    type_search(qtbot, window, PARAPHRASE)
    qtbot.waitUntil(lambda: listed(window)[:1] == [journal_ids["pair"]], timeout=10_000)
    assert view.model.by_relevance()  # type: ignore[attr-defined]
    assert not view.table.horizontalHeader().isSortIndicatorShown()  # type: ignore[attr-defined]

    window.search_mode_actions[SearchMode.WORDS].trigger()  # View › Search By › Words
    qtbot.waitUntil(lambda: listed(window) == [])
    assert view.table_stack.currentWidget() is view.empty_state  # type: ignore[attr-defined]

    window.search_mode_actions[SearchMode.MEANING].trigger()
    qtbot.waitUntil(lambda: listed(window)[:1] == [journal_ids["pair"]], timeout=10_000)
    assert window.search_field.placeholderText() == "Search entries by meaning (Ctrl+F)"
    assert window.count_label.text().endswith(f"of {len(ENTRIES)} entries")


def test_exact_words_still_come_first_in_both(
    qtbot: QtBot, window: MainWindow, journal_ids: dict[str, int]
) -> None:
    type_search(qtbot, window, "kubernetes")
    qtbot.waitUntil(lambda: listed(window)[:1] == [journal_ids["kube"]], timeout=10_000)


def test_the_mode_is_remembered(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, settings: AppSettings
) -> None:
    window.search_mode_actions[SearchMode.MEANING].trigger()
    assert settings.value(SETTINGS_KEY) == "meaning"
    window.close()
    again = open_window(qtbot, ctx)
    assert again.search_mode_actions[SearchMode.MEANING].isChecked()
    assert not again.search_mode_actions[SearchMode.BOTH].isChecked()


def test_the_field_context_menu_and_the_magnifier_offer_the_modes(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[list[str]] = []

    def look_and_close() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu):
            QTimer.singleShot(20, look_and_close)  # not open yet: look again
            return
        seen.append([a.text() for a in popup.actions()])
        popup.close()

    field = window.search_field
    QTimer.singleShot(50, look_and_close)
    at = QPoint(5, 5)
    right_click = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, field.mapToGlobal(at))
    QApplication.sendEvent(field, right_click)  # the menu runs until closed above
    assert seen
    assert "Search &By" in seen[0]

    window.search_icon.trigger()  # a click on the magnifier
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.search_mode_menu)
    window.search_mode_menu.close()


def test_the_keyboard_reaches_the_modes(qtbot: QtBot, window: MainWindow) -> None:
    """Alt+V opens View; B (Search By), then M (Meaning) picks the mode."""
    menu = view_menu(window)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_B)
    qtbot.waitUntil(window.search_mode_menu.isVisible)
    qtbot.keyClick(window.search_mode_menu, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: window.search_mode_actions[SearchMode.MEANING].isChecked())


def test_words_only_is_the_full_text_search_it_was(
    qtbot: QtBot, window: MainWindow, journal_ids: dict[str, int]
) -> None:
    window.search_mode_actions[SearchMode.WORDS].trigger()
    view = window.journal_view
    type_search(qtbot, window, "kube")
    assert listed(window) == [journal_ids["kube"]]  # at once, on the GUI thread (no debounce)
    assert not view.model.is_ranked()  # type: ignore[attr-defined]
    assert view.meaning.runner.is_idle()  # type: ignore[attr-defined]
    window.search_field.clear()
    assert len(listed(window)) == len(ENTRIES)
    header = view.table.horizontalHeader()  # type: ignore[attr-defined]
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == Column.DATE


def test_results_can_be_sorted_by_a_column_then_searched_best_first_again(
    qtbot: QtBot, window: MainWindow, journal_ids: dict[str, int]
) -> None:
    view = window.journal_view
    type_search(qtbot, window, "mentoring a junior colleague")
    qtbot.waitUntil(lambda: listed(window)[:1] == [journal_ids["pair"]], timeout=10_000)
    found = set(listed(window))
    header = view.table.horizontalHeader()  # type: ignore[attr-defined]
    x = header.sectionViewportPosition(Column.TITLE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    model_ = view.model  # type: ignore[attr-defined]
    titles = [model_.entry_at(r).title for r in range(model_.rowCount())]
    assert set(listed(window)) == found  # the same results…
    assert titles in (sorted(titles), sorted(titles, reverse=True))  # …by title
    assert header.isSortIndicatorShown()
    assert not model_.by_relevance()


def test_entries_added_during_a_search_join_its_results(
    qtbot: QtBot, ctx: AppContext, window: MainWindow, journal_ids: dict[str, int]
) -> None:
    type_search(qtbot, window, "kubernetes")
    qtbot.waitUntil(lambda: listed(window)[:1] == [journal_ids["kube"]], timeout=10_000)
    new = ctx.journal.entries.add(EntryDraft(title="Kubernetes upgrade to 1.30")).id
    qtbot.waitUntil(lambda: new in listed(window), timeout=10_000)


# -- without the model ----------------------------------------------------------------------


def test_without_the_model_only_words_and_the_reason_is_shown(
    qtbot: QtBot, ctx: AppContext, journal_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    reason = "no wheel for this platform"
    monkeypatch.setattr(model, "available", lambda: False)
    monkeypatch.setattr(model, "why_unavailable", lambda: reason)
    window = open_window(qtbot, ctx)
    actions = window.search_mode_actions
    for mode in (SearchMode.MEANING, SearchMode.BOTH):
        assert not actions[mode].isEnabled()
        assert reason in actions[mode].toolTip()
    assert actions[SearchMode.WORDS].isEnabled()
    assert actions[SearchMode.WORDS].isChecked()
    assert window.search_mode_off.isVisible()
    assert reason in window.search_mode_off.text()
    type_search(qtbot, window, "kube")
    assert listed(window) == [journal_ids["kube"]]  # words, at once
    window.search_field.clear()
    type_search(qtbot, window, PARAPHRASE)
    assert listed(window) == []
    window.close()


def test_without_the_model_a_reason_is_given_even_when_none_is_known(
    qtbot: QtBot, ctx: AppContext, journal_ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(model, "available", lambda: False)
    window = open_window(qtbot, ctx)
    tip = window.search_mode_actions[SearchMode.MEANING].toolTip()
    assert tip
    assert "not available" in tip
    window.close()


# -- the worker: newest first, stale results dropped -------------------------------------


def test_a_superseded_search_is_never_delivered(qtbot: QtBot) -> None:
    runner = LatestRunner("test-runner")
    delivered: list[object] = []
    runner.done.connect(lambda _ticket, result: delivered.append(result))
    release = threading.Event()
    runner.submit(lambda: release.wait(5) and "old")  # runs, and is still running…
    runner.submit(lambda: "skipped")  # …while this one waits: replaced before it ever runs
    runner.submit(lambda: "new")
    release.set()
    qtbot.waitUntil(runner.is_idle)
    qtbot.wait(20)
    assert delivered == ["new"]
    runner.shutdown()


def test_the_search_settings_key_holds_the_service_mode() -> None:
    assert [m.value for m in SearchMode] == ["words", "meaning", "hybrid"]


@pytest.fixture
def sample_path(tmp_path: Path, sample_template: Path) -> Path:
    import shutil

    path = tmp_path / "sample.sqlite3"
    shutil.copyfile(sample_template, path)
    return path


def test_typing_stays_responsive_while_searching_by_meaning(
    qtbot: QtBot, sample_path: Path, settings: AppSettings
) -> None:
    """Every key reaches the field at once; only the last text's results are listed."""
    journal = Journal.open(sample_path)
    journal.meaning.index()
    bridge = ChangeBridge(journal)
    window = open_window(qtbot, AppContext(journal, bridge, settings))
    try:
        window.journal_view.filter_bar.debounce_ms = 1  # type: ignore[attr-defined]
        text = "coached a junior engineer"
        type_search(qtbot, window, text)
        assert window.search_field.text() == text
        view = window.journal_view
        qtbot.waitUntil(lambda: view.query().text == text, timeout=10_000)  # type: ignore[attr-defined]
        expected = journal.meaning.search(text, mode="hybrid", limit=LIMIT)
        qtbot.waitUntil(lambda: listed(window) == expected, timeout=10_000)
    finally:
        window.close()
        bridge.detach()
        journal.close()
