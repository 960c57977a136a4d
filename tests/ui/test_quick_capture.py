"""Quick capture: one line and Enter makes a nano entry; Esc keeps the line for next time."""

from __future__ import annotations

import datetime as dt
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import EntryKind
from careerjournal.services import RoleDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import QuickCaptureDialog
from careerjournal.ui.editor.drafts import QUICK_CAPTURE_KEY

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal box would wait forever offscreen: fail instead (tests patch theirs)."""

    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


def open_quick(qtbot: QtBot, ctx: AppContext) -> QuickCaptureDialog:
    dialog = QuickCaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.autosave_delay_ms = 0
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_a_line_and_enter_saves_a_nano_entry_through_undo(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.default_kind = "skill"
    role = ctx.journal.roles.add(RoleDraft("Engineer", dt.date(2000, 1, 1)))
    dialog = open_quick(qtbot, ctx)
    assert dialog.objectName() == "quick_capture"
    assert QApplication.focusWidget() is dialog.text_edit
    assert dialog.kind_combo.kind() is EntryKind.SKILL

    qtbot.keyClicks(dialog.text_edit, "Fixed the flaky deploy test")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    assert dialog.result() == QDialog.DialogCode.Accepted
    (entry,) = ctx.journal.entries.list()
    assert entry.id == dialog.saved_entry_id
    assert entry.title == "Fixed the flaky deploy test"
    assert entry.impact == 1
    assert entry.occurred_on == dt.date.today()
    assert entry.kind is EntryKind.SKILL
    assert entry.role_id == role.id
    assert not dialog.drafts.exists(QUICK_CAPTURE_KEY)

    ctx.undo_stack.undo()
    assert ctx.journal.entries.count() == 0
    ctx.undo_stack.redo()
    assert [e.id for e in ctx.journal.entries.list()] == [entry.id]


def test_kind_can_be_chosen_by_keyboard(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_quick(qtbot, ctx)
    qtbot.keyClicks(dialog.text_edit, "Got thanked by support")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.kind_combo
    qtbot.keyClicks(dialog.kind_combo, "Rec")  # type-ahead: Recognition, not Responsibility
    qtbot.keyClick(dialog.kind_combo, Qt.Key.Key_Return)
    (entry,) = ctx.journal.entries.list()
    assert entry.kind is EntryKind.RECOGNITION


def test_enter_on_an_empty_line_explains_and_writes_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_quick(qtbot, ctx)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    label = dialog.findChild(QWidget, "error_title")
    assert label.isVisible()
    assert ctx.journal.entries.count() == 0
    assert ctx.undo_stack.count() == 0
    qtbot.keyClicks(dialog.text_edit, "x")
    assert not label.isVisible()


def test_escape_keeps_the_line_for_next_time(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_quick(qtbot, ctx)
    qtbot.keyClicks(dialog.text_edit, "Half a thought")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert ctx.journal.entries.count() == 0
    path = dialog.drafts.path(QUICK_CAPTURE_KEY)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert dialog.drafts.pending() == []  # not offered by the start-up recovery

    again = open_quick(qtbot, ctx)
    assert again.text_edit.text() == "Half a thought"
    assert again.text_edit.selectedText() == "Half a thought"  # typing replaces it
    qtbot.keyClicks(again.text_edit, "Something else")
    qtbot.keyClick(again.text_edit, Qt.Key.Key_Return)
    assert [e.title for e in ctx.journal.entries.list()] == ["Something else"]
    assert not path.exists()


def test_escape_on_an_empty_line_leaves_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_quick(qtbot, ctx)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not dialog.drafts.exists(QUICK_CAPTURE_KEY)
