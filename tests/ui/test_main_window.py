"""The main window shell: areas, actions, search, status bar, state restore, empty state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from careerjournal.services import EntryDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow

AREAS = ["journal", "timeline", "skills", "goals", "insights", "summary"]


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def add(ctx: AppContext, title: str, **fields: object) -> int:
    return ctx.journal.entries.add(EntryDraft(title=title, **fields)).id  # type: ignore[arg-type]


def test_stable_object_names(window: MainWindow) -> None:
    for key in AREAS:
        assert window.findChild(QWidget, f"{key}_view") is not None, key
    assert isinstance(window.findChild(QLineEdit, "search_field"), QLineEdit)
    for name in ("action_new_entry", "action_undo", "action_redo"):
        assert isinstance(window.findChild(QAction, name), QAction), name


def test_area_shortcuts_switch_views(qtbot, window: MainWindow) -> None:
    for number, key in enumerate(AREAS, start=1):
        qtbot.keyClick(window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == key
        current = window.stack.currentWidget()
        assert current.objectName() in (f"{key}_view", "journal_area")


def test_standard_shortcuts_are_bound(window: MainWindow) -> None:
    assert window.action_new_entry.shortcut().toString() == "Ctrl+N"
    assert window.action_undo.shortcut().toString() == "Ctrl+Z"
    assert window.action_quick_capture.shortcut().toString() == "Ctrl+Shift+N"
    assert window.action_find.shortcut().toString() == "Ctrl+F"


def test_empty_journal_shows_welcome_then_the_table(qtbot, ctx: AppContext, window: MainWindow):
    assert window.journal_area.is_empty
    assert window.journal_area.welcome.isVisible()
    add(ctx, "First step")
    qtbot.waitUntil(lambda: not window.journal_area.is_empty)
    assert window.journal_area.journal_view.isVisible()


def test_status_bar_counts_live_entries(qtbot, ctx: AppContext, window: MainWindow) -> None:
    assert window.count_label.text() == "0 entries"
    first = add(ctx, "One")
    add(ctx, "Two")
    qtbot.waitUntil(lambda: window.count_label.text() == "2 entries")
    ctx.journal.entries.trash([first])
    qtbot.waitUntil(lambda: window.count_label.text() == "1 entries")
    assert ctx.journal.name in window.file_label.text()
    assert "Not backed up yet" in window.backup_label.text()


def test_back_up_now_updates_status(qtbot, ctx: AppContext, window: MainWindow) -> None:
    add(ctx, "Worth keeping")
    window.action_backup.trigger()
    assert "Last backup" in window.backup_label.text()
    assert len(ctx.journal.backups()) == 1


def test_search_field_filters_the_journal(qtbot, ctx: AppContext, window: MainWindow) -> None:
    add(ctx, "Kubernetes migration", occurred_on=dt.date(2024, 1, 5))
    add(ctx, "Spoke at a meetup", occurred_on=dt.date(2024, 2, 5))
    view = window.journal_view
    view.filter_bar.debounce_ms = 0  # type: ignore[attr-defined]
    model = view.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    window.show_area("skills")
    qtbot.keyClicks(window.search_field, "kube")
    assert window.current_area() == "journal"  # typing a search brings the journal forward
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert "Kubernetes" in model.entry_at(0).title
    window.search_field.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 2)


def test_find_shortcut_focuses_search(qtbot, window: MainWindow) -> None:
    window.show_area("goals")
    window.action_find.trigger()
    assert window.current_area() == "journal"
    qtbot.waitUntil(window.search_field.hasFocus)


def test_undo_and_redo_actions_follow_the_stack(qtbot, ctx: AppContext, window: MainWindow) -> None:
    entry = add(ctx, "Delete me")
    view = window.journal_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # type: ignore[attr-defined]
    view.select_entry(entry)  # type: ignore[attr-defined]
    assert window.action_trash.isEnabled()
    window.action_trash.trigger()
    assert ctx.journal.entries.get(entry).trashed
    assert window.action_undo.isEnabled()
    window.action_undo.trigger()
    assert not ctx.journal.entries.get(entry).trashed
    window.action_redo.trigger()
    assert ctx.journal.entries.get(entry).trashed


def test_geometry_and_last_view_are_restored(qtbot, ctx: AppContext) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 570)  # within the offscreen screen (800x600)
    first.show_area("goals")
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.current_area() == "goals"
    assert (second.width(), second.height()) == (790, 570)


def test_theme_menu_records_the_choice(window: MainWindow, ctx: AppContext) -> None:
    from careerjournal.ui.settings import ThemeChoice

    seen: list[object] = []
    window.theme_requested.connect(seen.append)
    window.theme_actions[ThemeChoice.DARK].trigger()
    assert ctx.settings.theme is ThemeChoice.DARK
    assert seen == [ThemeChoice.DARK]


def test_shortcuts_dialog_lists_bound_actions(window: MainWindow) -> None:
    from careerjournal.ui.shortcuts import shortcut_rows

    rows = dict(shortcut_rows(window.actions()))
    assert "Ctrl+N" in rows["New Entry"].split(", ")
    assert rows["Quick Win"] == "Ctrl+Shift+N"
    assert rows["Timeline"] == "Ctrl+2"


def test_chart_areas_are_built_when_first_shown(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    for key in ("skills", "goals", "summary"):
        assert not window.view(key).is_built()  # type: ignore[attr-defined]
    window.show_area("goals")
    assert window.view("goals").is_built()  # type: ignore[attr-defined]
    assert not window.view("summary").is_built()  # type: ignore[attr-defined]

    # Insights shows the pinned goal's card over its dashboard of insight cards.
    assert not window.view("insights").is_built()  # type: ignore[attr-defined]
    page = window.view("insights").view()  # type: ignore[attr-defined]
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Big leaps vs incremental gains" in texts
    assert "Cadence" in texts
    assert "No next promotion pinned" in texts


def test_status_bar_says_how_many_a_filter_shows(qtbot, ctx: AppContext, window: MainWindow):
    add(ctx, "Kubernetes migration")
    add(ctx, "Spoke at a meetup")
    first = add(ctx, "Wrote the runbook")
    ctx.journal.entries.trash([first])
    view = window.journal_view
    view.filter_bar.debounce_ms = 0  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.count_label.text() == "2 entries")
    window.search_field.setText("kube")
    qtbot.waitUntil(lambda: window.count_label.text() == "1 of 2 entries")
    window.search_field.clear()
    view.filter_bar.set_trash_mode(True)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.count_label.text() == "1 in the trash")


def test_filters_travel_between_journal_and_timeline(qtbot, ctx: AppContext, window: MainWindow):
    import datetime as dt

    from careerjournal.domain import EntryKind

    add(ctx, "Kubernetes migration", kind=EntryKind.PROJECT, occurred_on=dt.date(2024, 1, 5))
    add(ctx, "Spoke at a meetup", kind=EntryKind.NETWORK, occurred_on=dt.date(2024, 2, 5))
    view = window.journal_view
    view.filter_bar.debounce_ms = 0  # type: ignore[attr-defined]
    window.search_field.setText("kube")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # type: ignore[attr-defined]

    window.show_area("timeline")
    timeline = window.view("timeline")
    assert timeline.query().text == "kube"  # type: ignore[attr-defined]
    counts = timeline.view().lane_counts()  # type: ignore[attr-defined]
    assert sum(counts.values()) == 1

    window.search_field.setText("meetup")  # typing on the timeline filters the timeline
    qtbot.waitUntil(lambda: timeline.query().text == "meetup")  # type: ignore[attr-defined]
    window.show_area("journal")
    qtbot.waitUntil(lambda: view.query().text == "meetup")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.model.entry_at(0).title == "Spoke at a meetup")  # type: ignore[attr-defined]
    assert window.search_field.text() == "meetup"
