"""The conflict dialog on its own, and in the entry editor against a second device's edit.

The editor tests open two `Journal` objects on one database (SQLite file and PostgreSQL): one
behind the editor, one playing the other device. The dialog is answered through its real
buttons and keys while its `exec()` runs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from careerjournal.services import EntryDraft, EntryRecord, Journal
from careerjournal.services.operations import OpCode
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.conflict_dialog import (
    ConflictDialog,
    ConflictModel,
    ConflictRow,
    Resolution,
    Side,
)
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.editor.drafts import DraftStore
from careerjournal.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

CHECK = Qt.ItemDataRole.CheckStateRole
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


# -- the dialog alone -------------------------------------------------------------------------


def rows() -> list[ConflictRow]:
    return [
        ConflictRow("title", "Title", "Mine <b>bold</b>", "Theirs", base="Opened"),
        ConflictRow("impact", "Impact", 3, 3, base=3),
        ConflictRow("body", "Notes", "same", "line one\nline two", base="same"),
    ]


def open_dialog(qtbot: QtBot, data: list[ConflictRow] | None = None) -> ConflictDialog:
    dialog = ConflictDialog(data if data is not None else rows())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_only_differing_rows_are_highlighted_and_choosable(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    model = dialog.model
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(0, ConflictModel.FIELD), background) is not None
    assert model.data(model.index(1, ConflictModel.FIELD), background) is None
    assert model.data(model.index(2, ConflictModel.THEIRS), background) is not None
    assert model.data(model.index(1, ConflictModel.MINE), CHECK) is None
    assert not model.flags(model.index(1, ConflictModel.MINE)) & Qt.ItemFlag.ItemIsUserCheckable
    # Both changed the title: a stronger tint than the body, which only they changed.
    assert model.data(model.index(0, 0), background) != model.data(model.index(2, 0), background)


def test_merge_starts_from_a_three_way_guess(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    qtbot.mouseClick(dialog.merge_button, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.resolution is Resolution.MERGE
    # Title changed on both sides: mine; body changed only there: theirs.
    assert dialog.values() == {
        "title": "Mine <b>bold</b>",
        "impact": 3,
        "body": "line one\nline two",
    }


def test_keep_mine_and_take_theirs_take_every_field(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.choose("title", Side.THEIRS)  # ignored: only Merge reads the ticks
    qtbot.mouseClick(dialog.keep_mine_button, LEFT)
    assert dialog.values() == {"title": "Mine <b>bold</b>", "impact": 3, "body": "same"}

    other = open_dialog(qtbot)
    qtbot.mouseClick(other.take_theirs_button, LEFT)
    assert other.resolution is Resolution.TAKE_THEIRS
    assert other.values() == {"title": "Theirs", "impact": 3, "body": "line one\nline two"}


def test_fields_are_chosen_by_keyboard(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    table = dialog.table
    assert QApplication.focusWidget() is table
    assert table.currentIndex() == dialog.model.index(0, ConflictModel.MINE)  # first difference
    qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # tick theirs for the title
    assert dialog.model.choices[0] is Side.THEIRS
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Left)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # tick mine for the notes
    assert dialog.model.choices[2] is Side.MINE
    assert dialog.model.data(dialog.model.index(2, ConflictModel.THEIRS), CHECK) == (
        Qt.CheckState.Unchecked
    )
    dialog.merge_button.setFocus()
    qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
    assert dialog.values() == {"title": "Theirs", "impact": 3, "body": "same"}


def test_enter_chooses_nothing_and_escape_cancels(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert dialog.isVisible()  # no default button: every choice drops someone's text
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.resolution is None


def test_the_current_field_shows_in_full_as_plain_text(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.mine_view.toPlainText() == "Mine <b>bold</b>"  # markup shown, not applied
    table_text = dialog.model.data(dialog.model.index(2, ConflictModel.THEIRS))
    assert "line one" in table_text
    assert "\n" not in table_text
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.theirs_view.toPlainText() == "line one\nline two"
    assert dialog.mine_view.toPlainText() == "same"


# -- in the entry editor, against a second device --------------------------------------------


@pytest.fixture
def devices(
    qapp: object, db_location: str, settings: AppSettings
) -> Iterator[tuple[AppContext, Journal]]:
    """The editor's journal (wrapped for the GUI) and another device's journal, one database."""
    journal = Journal.open(db_location)
    bridge = ChangeBridge(journal)
    other = Journal.open(db_location)
    yield AppContext(journal=journal, bridge=bridge, settings=settings), other
    bridge.detach()
    other.close()
    journal.close()


def open_editor(qtbot: QtBot, ctx: AppContext, record: EntryRecord, tmp_path: Path) -> EntryEditor:
    editor = EntryEditor(ctx, record, drafts=DraftStore(tmp_path / "drafts"))
    editor.autosave_delay_ms = 0

    def close_quietly(e: EntryEditor) -> None:
        e.confirm_discard = lambda: True  # type: ignore[method-assign]

    qtbot.addWidget(editor, before_close_func=close_quietly)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def answer(editor: EntryEditor, act: Callable[[ConflictDialog], None]) -> list[bool]:
    """Run `act` on the conflict dialog once it is open (inside its exec()); the list gets True
    when it ran. A failing `act` still closes the dialog, so the test fails instead of hanging."""
    ran: list[bool] = []

    def attempt(tries: int = 50) -> None:
        dialog = editor.conflict_dialog
        if dialog is None or not dialog.isVisible():
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            return
        try:
            act(dialog)
            ran.append(True)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)
    return ran


def save_by_keyboard(qtbot: QtBot, editor: EntryEditor) -> None:
    editor.activateWindow()  # back from a dialog (offscreen has no window manager to do it)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def setup_conflict(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path
) -> tuple[EntryEditor, EntryRecord, EntryRecord]:
    """An editor open on an entry; the other device then rewrites its title and notes."""
    ctx, other = devices
    opened = ctx.journal.entries.add(EntryDraft("Original", body="first", impact=2, tags=("a",)))
    editor = open_editor(qtbot, ctx, opened, tmp_path)
    theirs = other.entries.update(
        opened.id,
        EntryDraft("Their title", body="their notes", impact=2, tags=("a",)),
        expected_version=opened.version,
    )
    editor.title_edit.setFocus()
    qtbot.keyClicks(editor.title_edit, " and mine")
    editor.impact_field.setValue(4)
    return editor, opened, theirs


def test_keep_mine_saves_over_theirs_and_undo_brings_theirs_back(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path
) -> None:
    ctx, other = devices
    editor, opened, theirs = setup_conflict(qtbot, devices, tmp_path)
    ran = answer(editor, lambda d: qtbot.mouseClick(d.keep_mine_button, LEFT))
    save_by_keyboard(qtbot, editor)

    assert ran == [True]
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = other.entries.get(opened.id)
    assert (stored.title, stored.body, stored.impact) == ("Original and mine", "first", 4)
    assert stored.version == theirs.version + 1
    assert ctx.history.undo() is not None
    assert other.entries.get(opened.id) == theirs


def test_take_theirs_loads_their_version_into_the_editor(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path
) -> None:
    ctx, other = devices
    editor, opened, theirs = setup_conflict(qtbot, devices, tmp_path)
    ran = answer(editor, lambda d: qtbot.mouseClick(d.take_theirs_button, LEFT))
    save_by_keyboard(qtbot, editor)

    assert ran == [True]
    assert editor.isVisible()
    assert editor.title_edit.text() == "Their title"
    assert editor.body_edit.toPlainText() == "their notes"
    assert editor.impact_field.value() == 2
    assert not editor.is_dirty()
    assert other.entries.get(opened.id) == theirs
    assert ctx.journal.history.next_undo().subject == "Their title"  # nothing logged since

    qtbot.keyClicks(editor.title_edit, ", then mine")  # editing on from theirs saves plainly
    save_by_keyboard(qtbot, editor)
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = other.entries.get(opened.id)
    assert (stored.title, stored.body) == ("Their title, then mine", "their notes")


def test_merge_saves_the_field_by_field_choice(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path
) -> None:
    _ctx, other = devices
    editor, opened, _theirs = setup_conflict(qtbot, devices, tmp_path)

    def merge(dialog: ConflictDialog) -> None:
        names = [row.name for row in dialog.model.rows]
        assert dialog.model.choices[names.index("title")] is Side.MINE  # both changed
        assert dialog.model.choices[names.index("body")] is Side.THEIRS  # only theirs changed
        # Tick theirs for the title with the keyboard (the title row is the first difference).
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Right)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.merge_button, LEFT)

    ran = answer(editor, merge)
    save_by_keyboard(qtbot, editor)

    assert ran == [True]
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = other.entries.get(opened.id)
    # Title and notes theirs, impact mine.
    assert (stored.title, stored.body, stored.impact) == ("Their title", "their notes", 4)
    assert stored.tags == ("a",)


def test_cancel_keeps_the_editor_and_its_text_and_writes_nothing(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path
) -> None:
    ctx, other = devices
    editor, opened, theirs = setup_conflict(qtbot, devices, tmp_path)
    ran = answer(editor, lambda d: qtbot.mouseClick(d.cancel_button, LEFT))
    save_by_keyboard(qtbot, editor)

    assert ran == [True]
    assert editor.isVisible()
    assert editor.title_edit.text() == "Original and mine"
    assert editor.body_edit.toPlainText() == "first"
    assert editor.impact_field.value() == 4
    assert other.entries.get(opened.id) == theirs
    assert ctx.journal.history.next_undo().subject == "Their title"  # nothing logged since
    assert editor.saved_entry_id is None

    # Saving again asks again (their change is still newer than what the editor opened).
    again = answer(editor, lambda d: qtbot.mouseClick(d.keep_mine_button, LEFT))
    save_by_keyboard(qtbot, editor)
    assert again == [True]
    assert other.entries.get(opened.id).title == "Original and mine"


def test_trashed_elsewhere_says_so(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path
) -> None:
    ctx, other = devices
    opened = ctx.journal.entries.add(EntryDraft("Original"))
    editor = open_editor(qtbot, ctx, opened, tmp_path)
    other.entries.trash([opened.id])
    notes: list[str] = []

    def read_note(dialog: ConflictDialog) -> None:
        notes.append(dialog.note_label.text() if dialog.note_label.isVisible() else "")
        qtbot.mouseClick(dialog.cancel_button, LEFT)

    answer(editor, read_note)
    qtbot.keyClicks(editor.title_edit, "!")
    save_by_keyboard(qtbot, editor)
    assert len(notes) == 1
    assert "trash" in notes[0]


@pytest.mark.parametrize("save_as_new", [True, False])
def test_deleted_elsewhere_offers_to_save_the_text_as_a_new_entry(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path, save_as_new: bool
) -> None:
    ctx, other = devices
    opened = ctx.journal.entries.add(EntryDraft("Original", body="first"))
    editor = open_editor(qtbot, ctx, opened, tmp_path)
    asked: list[bool] = []

    def confirm() -> bool:
        asked.append(True)
        return save_as_new

    editor.confirm_save_as_new = confirm  # type: ignore[method-assign]
    other.entries.purge([opened.id])
    qtbot.keyClicks(editor.title_edit, " and mine")
    save_by_keyboard(qtbot, editor)

    assert asked == [True]
    if save_as_new:
        assert editor.result() == QDialog.DialogCode.Accepted
        (saved,) = other.entries.list()
        assert saved.id == editor.saved_entry_id
        assert (saved.title, saved.body) == ("Original and mine", "first")
        assert ctx.history.undo() is not None
        assert other.entries.count() == 0
    else:
        assert editor.isVisible()
        assert editor.title_edit.text() == "Original and mine"
        assert other.entries.count() == 0
        assert ctx.journal.history.next_undo().code is OpCode.ENTRIES_PURGE  # nothing since


def test_no_question_when_nothing_of_theirs_would_be_lost(
    qtbot: QtBot, devices: tuple[AppContext, Journal], tmp_path: Path
) -> None:
    ctx, other = devices
    opened = ctx.journal.entries.add(EntryDraft("Original", body="first"))
    editor = open_editor(qtbot, ctx, opened, tmp_path)
    other.entries.trash([opened.id])
    other.entries.restore([opened.id])  # a new version, the same entry
    asked = answer(editor, lambda d: qtbot.mouseClick(d.cancel_button, LEFT))
    qtbot.keyClicks(editor.title_edit, " and mine")
    save_by_keyboard(qtbot, editor)

    assert asked == []
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = other.entries.get(opened.id)
    assert (stored.title, stored.trashed) == ("Original and mine", False)
    assert ctx.history.undo() is not None
    assert other.entries.get(opened.id).title == "Original"
