"""The main window shell: areas, actions, search, status bar, state restore, empty state."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

from careerjournal.services import EntryDraft, EntryQuery
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow

AREAS = ["journal", "timeline", "skills", "goals", "insights", "summary"]
AREAS_TITLES = {"Journal", "Timeline", "Skills", "Goals", "Insights", "Summary"}


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
    qtbot.waitUntil(lambda: window.count_label.text() == "1 entry")  # English plural forms
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


def test_undo_and_redo_actions_follow_the_log(qtbot, ctx: AppContext, window: MainWindow) -> None:
    entry = add(ctx, "Delete me")
    before = ctx.journal.entries.get(entry)
    view = window.journal_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)  # type: ignore[attr-defined]
    view.select_entry(entry)  # type: ignore[attr-defined]
    assert window.action_trash.isEnabled()
    window.action_trash.trigger()
    assert ctx.journal.entries.get(entry).trashed
    qtbot.waitUntil(lambda: window.action_undo.text() == "&Undo Delete entry “Delete me”")
    window.action_undo.trigger()
    assert ctx.journal.entries.get(entry) == before
    assert window.action_redo.text() == "&Redo Delete entry “Delete me”"
    window.action_redo.trigger()
    assert ctx.journal.entries.get(entry).trashed


def test_geometry_and_last_view_are_restored(qtbot, ctx: AppContext) -> None:
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(1024, 700)  # the minimum width; the offscreen screen is narrower still
    first.show_area("goals")
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    second.show()
    assert second.current_area() == "goals"
    assert (second.width(), second.height()) == (1024, 700)


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
    counts = timeline.view().presenter.lane_counts()  # type: ignore[attr-defined]
    assert sum(counts.values()) == 1

    window.search_field.setText("meetup")  # typing on the timeline filters the timeline
    qtbot.waitUntil(lambda: timeline.query().text == "meetup")  # type: ignore[attr-defined]
    window.show_area("journal")
    qtbot.waitUntil(lambda: view.query().text == "meetup")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.model.entry_at(0).title == "Spoke at a meetup")  # type: ignore[attr-defined]
    assert window.search_field.text() == "meetup"


# -- toolbar, search field, shortcuts window (issue 14 G) ---------------------------------------


def test_undo_redo_buttons_keep_their_width_and_tell_the_rest_in_the_tooltip(
    qtbot, ctx: AppContext, window: MainWindow
) -> None:
    bar = window.toolbar
    undo_button = bar.widgetForAction(window.action_undo)
    redo_button = bar.widgetForAction(window.action_redo)
    qtbot.wait(10)
    before = (undo_button.width(), redo_button.width(), window.search_field.geometry())
    title = "Presented the quarterly architecture review to the whole department"
    ctx.journal.entries.add(EntryDraft(title=title))
    qtbot.waitUntil(lambda: title[:30] in undo_button.toolTip())
    assert undo_button.text() == "Undo"
    assert title[:30] in undo_button.toolTip()
    assert (undo_button.width(), redo_button.width(), window.search_field.geometry()) == before
    qtbot.mouseClick(undo_button, Qt.MouseButton.LeftButton)  # the real button
    qtbot.wait(10)
    assert ctx.journal.entries.count(EntryQuery()) == 0
    assert redo_button.text() == "Redo"
    assert title[:30] in redo_button.toolTip()
    assert (undo_button.width(), redo_button.width(), window.search_field.geometry()) == before
    assert title[:30] in window.action_redo.text()  # the Edit menu still says what


def test_escape_in_the_search_field_clears_it_and_its_filter(
    qtbot, ctx: AppContext, window: MainWindow
) -> None:
    add(ctx, "Kubernetes migration")
    add(ctx, "Spoke at a meetup")
    view = window.journal_view
    model = view.model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    window.action_find.trigger()
    qtbot.keyClicks(window.search_field, "kube")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert model.rowCount() == 2  # at once, no debounce for an emptied field
    assert view.query().text == ""  # type: ignore[attr-defined]
    assert not view.filter_bar.is_filtered()  # type: ignore[attr-defined]
    # Esc again, in an empty field: back to the list.
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert view.table.hasFocus()  # type: ignore[attr-defined]


def test_status_bar_shows_the_journal_name_as_plain_text(window: MainWindow) -> None:
    for label in (window.count_label, window.file_label, window.backup_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_shortcuts_window_groups_keys_by_area(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerjournal.ui.shortcuts import ShortcutsDialog

    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self) or 0)
    qtbot.keyClick(window, Qt.Key.Key_F1)  # Help › Keyboard Shortcuts
    assert len(shown) == 1
    dialog = shown[0]
    groups = dialog.groups()
    assert groups[:4] == ["File", "Edit", "View", "Help"]
    assert [g for g in groups if g in AREAS_TITLES][:1] == ["Journal"]  # areas after the menus
    assert {"Skills", "Goals"} <= set(groups)  # built for the list, though never shown yet
    edit = dict(dialog.rows("Edit"))
    assert edit["Undo"].split(", ")[0] == "Ctrl+Z"
    assert "Undo" not in edit["Undo"].split(", ")  # not the keyboard's own Undo key
    assert edit["Clear Search"] == "Esc"
    assert dict(dialog.rows("View"))["Timeline"] == "Ctrl+2"
    journal = dict(dialog.rows("Journal"))
    assert journal["Move to Trash"] == "Del"
    assert journal["Restore from Trash"] == "Ctrl+R"
    assert "Return" in journal["Edit Entry"]
    deletes = [text for text, keys in dialog.rows("Goals") if keys == "Del"]
    assert len(deletes) >= 2  # goal and milestone: each named, in the Goals group
    for group in groups:
        texts = [text for text, _ in dialog.rows(group)]
        assert len(texts) == len(set(texts)), group  # no row twice within a group
    # The window's own actions are listed once, under their menu, not again under an area.
    assert "New Entry" not in dict(dialog.rows("Journal"))


def _ink(action: QAction) -> set[str]:
    """The colours of an action's icon's solid pixels."""
    image = action.icon().pixmap(20, 20).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_toolbar_icons_follow_a_theme_switch(qtbot, qapp, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    from careerjournal.ui.theme import dark_palette, light_palette

    before = qapp.palette()
    try:
        qapp.setPalette(light_palette())
        light_ink = light_palette().color(QPalette.ColorRole.WindowText).name()
        qtbot.waitUntil(lambda: _ink(window.action_new_entry) == {light_ink})
        qapp.setPalette(dark_palette())
        dark_ink = dark_palette().color(QPalette.ColorRole.WindowText).name()
        assert dark_ink != light_ink
        for action in (window.action_new_entry, window.action_undo, window.search_icon):
            qtbot.waitUntil(lambda a=action: _ink(a) == {dark_ink})
    finally:
        qapp.setPalette(before)
