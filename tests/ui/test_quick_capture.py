"""Quick capture: one line and Enter makes a nano entry; Esc keeps the line for next time."""

from __future__ import annotations

import datetime as dt
import stat
from collections import Counter

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import MICRO_KINDS, EntryKind
from careerjournal.services import EntryDraft, EntryQuery, RoleDraft
from careerjournal.services.entries import CAPTURE_FALLBACK_KIND
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import QuickCaptureDialog
from careerjournal.ui.editor.drafts import QUICK_CAPTURE_KEY
from careerjournal.ui.main_window import MainWindow

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

    ctx.history.undo()
    assert ctx.journal.entries.count() == 0
    ctx.history.redo()
    assert ctx.journal.entries.list() == [entry]


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
    assert ctx.journal.history.next_undo() is None
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


# -- the kind a quick win starts as ----------------------------------------------------------


def test_an_empty_journal_starts_with_a_kind_insights_counts(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = open_quick(qtbot, ctx)
    qtbot.keyClicks(dialog.text_edit, "Shipped the export")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    (entry,) = ctx.journal.entries.list()
    assert entry.kind is CAPTURE_FALLBACK_KIND
    assert entry.kind.is_micro_progression  # not "other": it counts in progress and momentum


def test_the_old_other_setting_means_the_kind_used_most(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.default_kind = "other"  # the old default, saved by every OK in Preferences
    for _ in range(3):
        ctx.journal.entries.add(EntryDraft("Read a chapter", kind=EntryKind.LEARNING))
    ctx.journal.entries.add(EntryDraft("Paired with Sam", kind=EntryKind.SKILL))
    dialog = open_quick(qtbot, ctx)
    assert dialog.kind_combo.kind() is EntryKind.LEARNING
    qtbot.keyClicks(dialog.text_edit, "Finished the course")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    entry = ctx.journal.entries.get(dialog.saved_entry_id or 0)
    assert entry.kind is EntryKind.LEARNING


def test_quick_win_from_the_window_is_of_the_kind_used_most(
    qtbot: QtBot, sample_window: MainWindow
) -> None:
    journal = sample_window.ctx.journal
    year_ago = dt.date.today() - dt.timedelta(days=364)
    recent = Counter(
        e.kind
        for e in journal.entries.list(EntryQuery(date_from=year_ago, date_to=dt.date.today()))
        if e.kind.is_micro_progression
    )
    expected = max(MICRO_KINDS, key=lambda k: (recent[k], -MICRO_KINDS.index(k)))
    before = journal.entries.count()
    seen: list[EntryKind] = []

    def type_a_win() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QuickCaptureDialog):
            QTimer.singleShot(20, type_a_win)
            return
        dialog.autosave_delay_ms = 0
        seen.append(dialog.kind_combo.kind())
        qtbot.keyClicks(dialog.text_edit, "Unblocked the release")
        qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    QTimer.singleShot(0, type_a_win)
    sample_window.action_quick_capture.trigger()  # returns when the dialog closes

    assert seen == [expected]
    assert journal.entries.count() == before + 1
    (entry,) = journal.entries.search("Unblocked the release")
    assert entry.kind is expected
