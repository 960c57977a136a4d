"""Edit › Undo of entry changes made in the window, on the journal's operation log: it names the
change, undoes it after a restart, and never overwrites a change made elsewhere since."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from careerjournal.domain import Entry
from careerjournal.services import EntryDraft, EntryRecord, Journal
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


class Windows:
    """Opens main windows on one journal file, as separate runs of the app, and closes them."""

    def __init__(self, qtbot: QtBot, path: Path, settings: AppSettings):
        self.qtbot, self.path, self.settings = qtbot, path, settings
        self._open: list[MainWindow] = []

    def open(self) -> MainWindow:
        journal = Journal.open(self.path)
        window = MainWindow(AppContext(journal, ChangeBridge(journal), self.settings))
        self.qtbot.addWidget(window)
        window.show()
        self.qtbot.waitExposed(window)
        self._open.append(window)
        return window

    def close(self, window: MainWindow) -> None:
        window.close()
        window.ctx.bridge.detach()
        window.ctx.journal.close()
        self._open.remove(window)

    def close_all(self) -> None:
        for window in list(self._open):
            self.close(window)


@pytest.fixture
def windows(qtbot: QtBot, tmp_path: Path, settings: AppSettings) -> Iterator[Windows]:
    opened = Windows(qtbot, tmp_path / "journal.sqlite3", settings)
    yield opened
    opened.close_all()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window's message boxes said (a real one would block offscreen)."""
    shown: list[str] = []

    def warning(_parent: object, _title: str, text: str, *_args: object) -> None:
        shown.append(text)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def edit_in_the_editor(qtbot: QtBot, window: MainWindow, record: EntryRecord, more: str) -> None:
    """Open the entry editor over the window, add to the title, Ctrl+Return."""
    editor = EntryEditor(window.ctx, record, window)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClicks(editor.title_edit, more)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()


def test_the_undo_action_names_the_edit_and_takes_it_back(
    qtbot: QtBot, windows: Windows, warnings: list[str]
) -> None:
    window = windows.open()
    before = window.ctx.journal.entries.add(EntryDraft("Shipped the API", body="v1"))
    edit_in_the_editor(qtbot, window, before, " to partners")
    qtbot.waitUntil(lambda: "to partners" in window.action_undo.text())
    assert window.action_undo.text() == "&Undo Edit entry “Shipped the API to partners”"

    window.action_undo.trigger()
    assert window.ctx.journal.entries.get(before.id) == before
    assert window.action_redo.text() == "&Redo Edit entry “Shipped the API to partners”"
    assert window.action_undo.text() == "&Undo Add entry “Shipped the API”"
    assert warnings == []


def test_undo_after_reopening_undoes_the_editors_last_save_of_the_previous_run(
    qtbot: QtBot, windows: Windows, warnings: list[str]
) -> None:
    window = windows.open()
    before = window.ctx.journal.entries.add(EntryDraft("Led the review", tags=("design",)))
    edit_in_the_editor(qtbot, window, before, " of the payments API")
    windows.close(window)

    again = windows.open()  # a new run of the app on the same file
    assert again.action_undo.isEnabled()
    assert again.action_undo.text() == "&Undo Edit entry “Led the review of the payments API”"
    again.action_undo.trigger()
    assert again.ctx.journal.entries.get(before.id) == before  # same id, every field
    again.action_undo.trigger()  # and the add before it, from the run before too
    assert again.ctx.journal.entries.count() == 0
    assert warnings == []


def test_undo_refuses_to_overwrite_an_entry_changed_elsewhere_and_writes_nothing(
    qtbot: QtBot, windows: Windows, warnings: list[str]
) -> None:
    window = windows.open()
    journal = window.ctx.journal
    record = journal.entries.add(EntryDraft("One"))
    edit_in_the_editor(qtbot, window, record, " and two")
    # Another program on the same file (say an older version of the app) changes the entry
    # without writing to the operation log.
    with Journal.open(windows.path) as other, other.store.write() as session:
        session.execute(
            update(Entry)
            .where(Entry.id == record.id)
            .values(title="Theirs", version=Entry.version + 1)
        )
    theirs = journal.entries.get(record.id)
    pending = journal.history.next_undo()

    window.ctx.history.refresh()
    window.action_undo.trigger()

    assert len(warnings) == 1
    assert warnings[0] == (
        "Cannot undo “Edit entry “One and two””. The entry “Theirs” was changed since, here or "
        "on another device. Nothing was changed."
    )
    assert journal.entries.get(record.id) == theirs  # nothing written
    assert journal.history.next_undo() == pending  # still the next to undo, not lost


def test_undo_takes_back_a_change_made_in_another_window_first(
    qtbot: QtBot, windows: Windows, warnings: list[str]
) -> None:
    """The log is the journal's: the newest change is undone first, wherever it was made."""
    window = windows.open()
    record = window.ctx.journal.entries.add(EntryDraft("Mine"))
    edit_in_the_editor(qtbot, window, record, ", edited")
    mine = window.ctx.journal.entries.get(record.id)
    with Journal.open(windows.path) as other:
        other.entries.update(record.id, EntryDraft("Theirs"), expected_version=mine.version)
    window.ctx.history.refresh()  # another process: no change signal in this one
    assert window.action_undo.text() == "&Undo Edit entry “Theirs”"
    window.action_undo.trigger()
    assert window.ctx.journal.entries.get(record.id) == mine
    window.action_undo.trigger()
    assert window.ctx.journal.entries.get(record.id) == record
    assert warnings == []
