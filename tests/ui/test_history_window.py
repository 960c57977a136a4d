"""Edit › Undo, Redo and History… on the journal's operation log, driven as a user does."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from careerjournal.services import EntryDraft, Journal
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.history.dialog import HistoryDialog
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.settings import AppSettings


def _window(qtbot: QtBot, path: Path, settings: AppSettings) -> tuple[MainWindow, Journal]:
    journal = Journal.open(path)
    window = MainWindow(AppContext(journal, ChangeBridge(journal), settings))
    qtbot.addWidget(window)
    window.show()
    return window, journal


def _close(window: MainWindow, journal: Journal) -> None:
    window.close()
    window.ctx.bridge.detach()
    journal.close()


def test_undo_names_the_change_and_takes_it_back(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    window, journal = _window(qtbot, tmp_path / "j.sqlite3", settings)
    assert not window.action_undo.isEnabled()
    entry = journal.entries.add(EntryDraft("Shipped the API"))
    qtbot.waitUntil(window.action_undo.isEnabled)
    assert window.action_undo.text() == "&Undo Add entry “Shipped the API”"
    window.action_undo.trigger()
    assert journal.entries.count() == 0
    assert window.action_redo.text() == "&Redo Add entry “Shipped the API”"
    window.action_redo.trigger()
    assert journal.entries.get(entry.id).title == "Shipped the API"
    _close(window, journal)


def test_undo_after_reopening_undoes_the_last_change_of_the_previous_run(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    path = tmp_path / "j.sqlite3"
    window, journal = _window(qtbot, path, settings)
    entry = journal.entries.add(EntryDraft("Before"))
    journal.entries.update(entry.id, EntryDraft("After"), expected_version=entry.version)
    _close(window, journal)

    window, journal = _window(qtbot, path, settings)
    assert window.action_undo.text() == "&Undo Edit entry “After”"
    window.action_undo.trigger()
    assert journal.entries.get(entry.id).title == "Before"
    _close(window, journal)


def test_an_undo_that_would_overwrite_a_change_made_elsewhere_is_refused(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    path = tmp_path / "j.sqlite3"
    window, journal = _window(qtbot, path, settings)
    shown: list[str] = []
    window.ctx.history.report_error = shown.append
    entry = journal.entries.add(EntryDraft("Mine"))
    journal.entries.update(entry.id, EntryDraft("Mine, edited"), expected_version=entry.version)
    with Journal.open(path) as other:  # another program edits the entry without logging it
        from sqlalchemy import update

        from careerjournal.domain import Entry

        with other.store.write() as session:
            session.execute(update(Entry).values(title="Theirs", version=Entry.version + 1))
    window.ctx.history.refresh()
    window.action_undo.trigger()
    assert journal.entries.get(entry.id).title == "Theirs"
    assert shown
    assert "Cannot undo “Edit entry “Mine, edited”" in shown[0]
    assert "“Theirs” was changed since" in shown[0]
    _close(window, journal)


def test_history_of_an_entry_lists_its_edits_and_restores_one(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    window, journal = _window(qtbot, tmp_path / "j.sqlite3", settings)
    entry = journal.entries.add(EntryDraft("Draft one", tags=("api",)))
    entry = journal.entries.update(
        entry.id, EntryDraft("Draft two", tags=("api", "go")), expected_version=entry.version
    )
    dialog = HistoryDialog(window.ctx, window, kind="entry", record_id=entry.id, title="Draft two")
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "Edit entry “Draft two”"
    assert model.index(0, 2).data() == "title"
    assert model.index(1, 1).data() == "Add entry “Draft one”"
    dialog.table.selectRow(0)
    assert not dialog.restore_button.isEnabled()  # the newest version is the entry as it is
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = journal.entries.get(entry.id)
    assert (restored.title, restored.tags) == ("Draft one", ("api",))
    assert model.rowCount() == 3
    qtbot.waitUntil(lambda: "Restore an earlier version" in window.action_undo.text())
    window.action_undo.trigger()
    assert journal.entries.get(entry.id).title == "Draft two"
    _close(window, journal)


def test_edit_history_opens_the_selected_entrys_history(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    window, journal = _window(qtbot, tmp_path / "j.sqlite3", settings)
    journal.entries.add(EntryDraft("Only entry"))
    window.show_area("journal")
    table: QTableView = window.journal_view.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.selectRow(0)
    window.action_history.trigger()
    dialogs = window.findChildren(HistoryDialog)
    assert dialogs
    assert dialogs[-1].windowTitle() == "History of “Only entry”"
    assert dialogs[-1].model.index(0, 1).data() == "Add entry “Only entry”"
    _close(window, journal)


def test_edit_history_follows_the_selected_goal_and_skill(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings
) -> None:
    from careerjournal.services import GoalDraft

    window, journal = _window(qtbot, tmp_path / "j.sqlite3", settings)
    goal = journal.goals.add(GoalDraft("Staff engineer"))
    journal.goals.update(goal.id, GoalDraft("Staff engineer by 2028"), expected_version=1)
    band = journal.skills.add_band("Craft")
    journal.skills.add_skill(band.id, "Python")
    for area, title, first in (
        ("goals", "History of “Staff engineer by 2028”", "Edit goal “Staff engineer by 2028”"),
        ("skills", "History of “Craft”", "Add band “Craft”"),
    ):
        window.show_area(area)
        view = window.view(area)
        inner = view.view() if hasattr(view, "view") else view  # built on first show
        qtbot.waitUntil(lambda inner=inner: inner.current_record() is not None)
        window.action_history.trigger()
        dialog = window.findChildren(HistoryDialog)[-1]
        assert dialog.windowTitle() == title
        assert dialog.model.index(0, 1).data() == first
        dialog.close()
    _close(window, journal)
