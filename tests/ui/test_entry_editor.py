"""The entry editor on a real journal: keyboard entry, editing, validation, guards, conflicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft, EntryRecord, LinkRecord, RoleDraft
from careerjournal.services.operations import OpCode
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.editor.drafts import DraftStore

# The offscreen platform warns about what it cannot do: size hints of dialogs, raising and
# grabbing the keyboard for popups (the tag completer).
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal box would wait forever offscreen: fail instead (tests patch theirs)."""

    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


def answer_discard(editor: EntryEditor) -> None:
    """At teardown, close without the guard (tests that ask it answer it themselves)."""
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]


def open_editor(
    qtbot: QtBot, ctx: AppContext, record: EntryRecord | None = None, **kwargs: object
) -> EntryEditor:
    editor = EntryEditor(ctx, record, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(editor, before_close_func=answer_discard)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), k, modifier)


def ctrl_return(qtbot: QtBot) -> None:
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_create_entry_entirely_by_keyboard_then_undo_and_redo(
    qtbot: QtBot, ctx: AppContext
) -> None:
    editor = open_editor(qtbot, ctx)
    assert focused() is editor.title_edit
    assert not editor.save_button.isEnabled()

    qtbot.keyClicks(focused(), "Ran the incident review")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.date_edit
    qtbot.keyClicks(focused(), "20240315")  # year, month, day: sections advance as typed
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.kind_combo
    qtbot.keyClicks(focused(), "L")  # keyboard search: Learning
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.role_combo
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.impact_field
    key(qtbot, Qt.Key.Key_4)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.result_edit
    qtbot.keyClicks(focused(), "MTTR down 20%")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.tags_edit
    qtbot.keyClicks(focused(), "Incidents,  On Call")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.body_edit
    qtbot.keyClicks(focused(), "Wrote the **timeline**.")
    ctrl_return(qtbot)

    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.saved_entry_id is not None
    (entry,) = ctx.journal.entries.list()
    assert entry.id == editor.saved_entry_id
    assert entry.title == "Ran the incident review"
    assert entry.occurred_on == dt.date(2024, 3, 15)
    assert entry.kind is EntryKind.LEARNING
    assert entry.impact == 4
    assert entry.measurable_result == "MTTR down 20%"
    assert entry.tags == ("incidents", "on call")
    assert entry.body == "Wrote the **timeline**."
    assert entry.role_id is None

    (operation,) = ctx.journal.history.list()  # one save, one operation
    assert operation.code is OpCode.ENTRY_ADD
    ctx.history.undo()
    assert ctx.journal.entries.count() == 0
    ctx.history.redo()
    (again,) = ctx.journal.entries.list()
    assert again == entry


def test_default_kind_comes_from_settings(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.settings.default_kind = "feedback"
    editor = open_editor(qtbot, ctx)
    assert editor.kind_combo.kind() is EntryKind.FEEDBACK
    assert editor.date_edit.date() == QDate.currentDate()
    assert editor.date_edit.calendarPopup()


def test_a_new_entry_starts_as_the_kind_used_most(qtbot: QtBot, ctx: AppContext) -> None:
    # No setting (or the old "other" one): the kind used most, never the catch-all.
    for _ in range(4):
        ctx.journal.entries.add(EntryDraft("Idle note", kind=EntryKind.OTHER))
    ctx.journal.entries.add(EntryDraft("Mentored Ana", kind=EntryKind.NETWORK))
    editor = open_editor(qtbot, ctx)
    assert editor.kind_combo.kind() is EntryKind.NETWORK
    qtbot.keyClicks(editor.title_edit, "Met the platform guild")
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ctx.journal.entries.search("platform guild")[0].kind is EntryKind.NETWORK


def test_editing_an_entry_saves_and_undo_restores_the_old_text(
    qtbot: QtBot, ctx: AppContext
) -> None:
    before = ctx.journal.entries.add(
        EntryDraft("Old title", tags=("alpha",), body="old body", impact=3)
    )
    editor = open_editor(qtbot, ctx, before)
    assert editor.title_edit.text() == "Old title"
    assert not editor.title_edit.hasSelectedText()  # typing must not wipe the title
    qtbot.keyClicks(editor.title_edit, " revised")
    editor.tags_edit.clear()
    qtbot.keyClicks(editor.tags_edit, "alpha, beta")
    editor.body_edit.moveCursor(editor.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.body_edit, " and more")
    editor.title_edit.setFocus()
    ctrl_return(qtbot)

    assert not editor.isVisible()
    after = ctx.journal.entries.get(before.id)
    assert after.title == "Old title revised"
    assert after.tags == ("alpha", "beta")
    assert after.body == "old body and more"
    assert after.impact == 3
    assert editor.saved_entry_id == before.id

    ctx.history.undo()
    restored = ctx.journal.entries.get(before.id)
    assert (restored.title, restored.tags, restored.body) == ("Old title", ("alpha",), "old body")
    assert restored == before  # the row as it was, every field
    ctx.history.redo()
    assert ctx.journal.entries.get(before.id) == after


def test_empty_title_shows_inline_message_and_disables_save(qtbot: QtBot, ctx: AppContext) -> None:
    editor = open_editor(qtbot, ctx)
    label = editor.findChild(QWidget, "error_title")
    assert label is not None
    assert not label.isVisible()  # no scolding before anything was typed
    qtbot.keyClicks(editor.title_edit, "x")
    assert editor.save_button.isEnabled()
    key(qtbot, Qt.Key.Key_Backspace)
    assert label.isVisible()
    assert "empty" in label.text()
    assert not editor.save_button.isEnabled()

    ctrl_return(qtbot)
    assert editor.isVisible()
    assert ctx.journal.entries.count() == 0
    assert ctx.journal.history.next_undo() is None  # nothing written, nothing to undo

    qtbot.keyClicks(editor.title_edit, "ok")
    assert not label.isVisible()
    assert editor.save_button.isEnabled()


def test_over_long_title_is_refused_live(qtbot: QtBot, ctx: AppContext) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "x" * 301)
    label = editor.findChild(QWidget, "error_title")
    assert label.isVisible()
    assert "300" in label.text()
    assert not editor.save_button.isEnabled()
    assert not editor.save()
    assert ctx.journal.entries.count() == 0


@pytest.mark.parametrize(
    "bad", ["javascript:alert(1)", "file:///etc/passwd", "ftp://example.com/x", "http://"]
)
def test_bad_link_shows_inline_message_and_nothing_is_written(
    qtbot: QtBot, ctx: AppContext, bad: str
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Gave a talk")
    qtbot.mouseClick(editor.links_field.add_button, Qt.MouseButton.LeftButton)
    row = editor.links_field.rows[0]
    assert focused() is row.url_edit
    qtbot.keyClicks(row.url_edit, bad)
    ctrl_return(qtbot)

    label = editor.findChild(QWidget, "error_links")
    assert label.isVisible()
    assert "Link 1" in label.text()
    assert editor.isVisible()
    assert ctx.journal.entries.count() == 0

    row.url_edit.setText("example.com/slides")  # a bare host is taken as https
    assert not label.isVisible()  # the message goes as soon as the address is fixed
    assert editor.save()
    (entry,) = ctx.journal.entries.list()
    assert entry.links == (LinkRecord("https://example.com/slides"),)


def test_links_are_added_and_removed(qtbot: QtBot, ctx: AppContext) -> None:
    record = ctx.journal.entries.add(
        EntryDraft("Shipped", links=(LinkRecord("https://a.example"), LinkRecord("mailto:x@y.z")))
    )
    editor = open_editor(qtbot, ctx, record)
    assert [r.url_edit.text() for r in editor.links_field.rows] == [
        "https://a.example",
        "mailto:x@y.z",
    ]
    qtbot.mouseClick(editor.links_field.rows[0].remove_button, Qt.MouseButton.LeftButton)
    new = editor.links_field.add_row()
    qtbot.keyClicks(new.url_edit, "boss@example.com")
    qtbot.keyClicks(new.label_edit, "praise")
    assert editor.save()
    assert ctx.journal.entries.get(record.id).links == (
        LinkRecord("mailto:x@y.z"),
        LinkRecord("mailto:boss@example.com", "praise"),
    )


def test_service_validation_error_maps_to_the_inline_label(qtbot: QtBot, ctx: AppContext) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Tagged too long")
    qtbot.keyClicks(editor.tags_edit, "fine, " + "y" * 81)  # the service's tag rule, not ours
    ctrl_return(qtbot)
    label = editor.findChild(QWidget, "error_tags")
    assert label.isVisible()
    assert "longer than 80" in label.text()
    assert focused() is editor.tags_edit
    assert editor.isVisible()
    assert ctx.journal.entries.count() == 0
    assert ctx.journal.history.next_undo() is None  # nothing written, nothing to undo


def test_role_deleted_meanwhile_is_reported_under_the_role(qtbot: QtBot, ctx: AppContext) -> None:
    role = ctx.journal.roles.add(RoleDraft("Engineer", dt.date(2000, 1, 1)))
    editor = open_editor(qtbot, ctx)
    assert editor.role_combo.currentData() == role.id
    ctx.journal.roles.delete(role.id, expected_version=ctx.journal.roles.get(role.id).version)
    qtbot.keyClicks(editor.title_edit, "Something")
    assert not editor.save()
    assert editor.findChild(QWidget, "error_role").isVisible()
    assert ctx.journal.entries.count() == 0


def test_escape_without_changes_closes_without_asking(qtbot: QtBot, ctx: AppContext) -> None:
    editor = open_editor(qtbot, ctx)

    def never() -> bool:
        raise AssertionError("asked although nothing changed")

    editor.confirm_discard = never  # type: ignore[method-assign]
    key(qtbot, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected


def test_escape_with_changes_asks_and_keep_editing_stays(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    drafts = DraftStore(tmp_path / "drafts")
    editor = open_editor(qtbot, ctx, drafts=drafts)
    editor.autosave_delay_ms = 0
    asked: list[bool] = []
    answer = False
    editor.confirm_discard = lambda: asked.append(True) or answer  # type: ignore[method-assign]
    qtbot.keyClicks(editor.title_edit, "Half a thought")
    qtbot.waitUntil(lambda: drafts.exists(editor.draft_key))

    key(qtbot, Qt.Key.Key_Escape)
    assert asked == [True]
    assert editor.isVisible()
    assert editor.title_edit.text() == "Half a thought"

    answer = True
    key(qtbot, Qt.Key.Key_Escape)
    assert asked == [True, True]
    assert not editor.isVisible()
    assert ctx.journal.entries.count() == 0
    assert not drafts.exists(editor.draft_key)
    assert drafts.pending() == []


def test_conflicting_save_asks_and_cancel_keeps_text_and_changes_nothing(
    qtbot: QtBot, ctx: AppContext
) -> None:
    record = ctx.journal.entries.add(EntryDraft("Original", body="first"))
    editor = open_editor(qtbot, ctx, record)
    elsewhere = ctx.journal.entries.update(
        record.id, EntryDraft("Changed elsewhere"), expected_version=record.version
    )
    newest = ctx.journal.history.next_undo()
    shown: list[str] = []

    def cancel_the_conflict_dialog() -> None:  # more in test_conflict_dialog.py
        dialog = editor.conflict_dialog
        assert dialog is not None
        shown.append(dialog.windowTitle())
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    qtbot.keyClicks(editor.title_edit, " and mine")
    QTimer.singleShot(0, cancel_the_conflict_dialog)
    ctrl_return(qtbot)

    assert shown == ["Entry Changed Elsewhere"]
    assert editor.isVisible()
    assert editor.title_edit.text() == "Original and mine"
    assert editor.body_edit.toPlainText() == "first"
    assert ctx.journal.entries.get(record.id) == elsewhere
    assert ctx.journal.history.next_undo() == newest
    assert editor.saved_entry_id is None


def test_role_follows_the_date_until_picked_by_hand(qtbot: QtBot, ctx: AppContext) -> None:
    early = ctx.journal.roles.add(
        RoleDraft("Engineer", dt.date(2015, 1, 1), end_date=dt.date(2019, 12, 31))
    )
    late = ctx.journal.roles.add(RoleDraft("Senior Engineer", dt.date(2020, 1, 1)))
    editor = open_editor(qtbot, ctx)
    assert editor.role_combo.currentData() == late.id
    editor.date_edit.setDate(QDate(2017, 6, 1))
    assert editor.role_combo.currentData() == early.id
    editor.date_edit.setDate(QDate(2012, 6, 1))
    assert editor.role_combo.currentData() is None  # before any role
    editor.date_edit.setDate(QDate(2021, 6, 1))
    assert editor.role_combo.currentData() == late.id

    editor.role_combo.setFocus()
    key(qtbot, Qt.Key.Key_Down)  # a choice by hand (the list runs newest first)
    assert editor.role_combo.currentData() == early.id
    assert not editor.presenter.role_follows_date
    editor.date_edit.setDate(QDate(2022, 1, 1))
    assert editor.role_combo.currentData() == early.id

    qtbot.keyClicks(editor.title_edit, "Cross-team work")
    assert editor.save()
    assert ctx.journal.entries.get(editor.saved_entry_id).role_id == early.id


def test_tag_completion_offers_known_tags_for_the_current_segment(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.journal.entries.add(EntryDraft("a", tags=("python", "leadership")))
    ctx.journal.entries.add(EntryDraft("b", tags=("python", "performance")))
    editor = open_editor(qtbot, ctx)
    completer = editor.tags_edit.tag_completer
    qtbot.keyClicks(editor.tags_edit, "leadership, p")
    qtbot.waitUntil(completer.popup().isVisible)
    model = completer.completionModel()
    offered = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert offered == ["python", "performance"]  # most used first; "p" after the comma only

    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.tags_edit.text() == "leadership, python, "
    assert editor.isVisible()  # Enter chose the tag; it did not save the dialog

    qtbot.keyClicks(editor.tags_edit, "le")  # already typed: not offered again
    assert not completer.popup().isVisible()
    assert ctx.journal.entries.count() == 2


def test_preview_renders_markdown_safely(qtbot: QtBot, ctx: AppContext) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.body_edit, "**bold** ![x](file:///etc/hostname)")
    editor.body_tabs.setCurrentWidget(editor.preview)
    assert "bold" in editor.preview.toPlainText()
    assert "**" not in editor.preview.toPlainText()
    assert [u.toString() for u in editor.preview.safe_document.blocked] == ["file:///etc/hostname"]


def test_star_and_measurable_result_are_saved(qtbot: QtBot, ctx: AppContext) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Won the award")
    editor.star_check.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    qtbot.keyClicks(editor.result_edit, "1 of 3 winners")
    assert editor.save()
    entry = ctx.journal.entries.get(editor.saved_entry_id)
    assert entry.starred
    assert entry.measurable_result == "1 of 3 winners"


def test_saving_an_unchanged_entry_writes_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    record = ctx.journal.entries.add(EntryDraft("Untouched", tags=("x",)))
    editor = open_editor(qtbot, ctx, record)
    ctrl_return(qtbot)
    assert editor.result() == QDialog.DialogCode.Accepted
    assert editor.saved_entry_id == record.id
    assert ctx.journal.entries.get(record.id).version == record.version
    assert ctx.journal.history.next_undo().code is OpCode.ENTRY_ADD  # no edit logged


def test_tab_goes_down_the_form_through_link_rows_and_round_again(
    qtbot: QtBot, ctx: AppContext
) -> None:
    record = ctx.journal.entries.add(EntryDraft("Linked", links=(LinkRecord("https://a.example"),)))
    editor = open_editor(qtbot, ctx, record)
    (row,) = editor.links_field.rows
    editor.body_edit.setFocus()
    expected = [
        row.url_edit,
        row.label_edit,
        row.remove_button,
        editor.links_field.add_button,
        editor.star_check,
        editor.save_button,
        editor.cancel_button,
        editor.title_edit,
    ]
    stops = []
    for _ in expected:
        key(qtbot, Qt.Key.Key_Tab)
        stops.append(focused())
    assert stops == expected

    editor.links_field.add_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)  # "Add link" by keyboard: the new row's address has focus
    new = editor.links_field.rows[-1]
    assert focused() is new.url_edit
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is editor.links_field.add_button
