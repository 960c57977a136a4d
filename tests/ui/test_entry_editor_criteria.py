""" "Shows…" in the entry editor: suggested and chosen framework criteria, saved with the entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.services import AssessmentDraft, EntryDraft, EntryRecord, NotFoundError
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.editor.criteria_picker import CriteriaPicker
from careerjournal.ui.history.labels import describe

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

ACME = Path(__file__).parents[1] / "data" / "frameworks" / "acme.yaml"
FEATURES = "Ships features end to end, from design to rollout"
DOCS = "Writes clear design docs, see the guide (https://example.com/docs)"
TESTS = "Writes tests that catch real bugs"
HELP = "Asks for help early"


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


@pytest.fixture
def criteria(ctx: AppContext) -> dict[str, int]:
    """The Acme framework imported (and active): its criteria's ids by text."""
    ctx.journal.frameworks.import_file(ACME)
    return {c.text: c.id for c in ctx.journal.rubric.criteria()}


def delivery(ctx: AppContext) -> str:
    """The title of the topic "Delivery" as the reader keeps it."""
    return next(c.topic_title for c in ctx.journal.rubric.criteria() if c.topic_key == "delivery")


def answer_discard(editor: EntryEditor) -> None:
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]


def open_editor(qtbot: QtBot, ctx: AppContext, record: EntryRecord | None = None) -> EntryEditor:
    editor = EntryEditor(ctx, record)
    qtbot.addWidget(editor, before_close_func=answer_discard)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_picker(qtbot: QtBot, editor: EntryEditor) -> CriteriaPicker:
    click(qtbot, editor.criteria_section.button)
    picker = editor.criteria_section.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    picker.activateWindow()  # as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is picker)
    return picker


def linked(ctx: AppContext, entry_id: int) -> list[str]:
    return [c.text for c in ctx.journal.rubric.for_entry(entry_id)]


def texts(items: Sequence[object]) -> list[str]:
    return [item.text(0) for item in items]  # type: ignore[attr-defined]


def test_a_suggestion_ticked_and_saved_is_one_operation_undone_as_one(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.criteria_section
    assert section.button.isEnabled()
    assert section.note.text() == "Criteria of Acme Engineering this entry is evidence for."
    qtbot.keyClicks(editor.title_edit, "Wrote the design doc for search")

    picker = open_picker(qtbot, editor)
    suggested = picker.suggestion_items()
    assert texts(suggested) == [
        f"{FEATURES}\nEngineer II · {delivery(ctx)} · shares: wrote, design, search",
        f"{DOCS}\nEngineer II · Communication · shares: design",
    ]
    assert all(item.checkState(0) == Qt.CheckState.Unchecked for item in picker.items())
    assert focused() is picker.tree  # on the first suggestion: Space ticks it
    assert picker.tree.currentItem() is suggested[0]
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert picker.chosen_ids() == [criteria[FEATURES]]
    # The same criterion in its topic is ticked too.
    in_topic = picker.item_for(criteria[FEATURES])
    assert in_topic is not None
    assert in_topic.checkState(0) == Qt.CheckState.Checked
    click(qtbot, picker.ok_button)
    qtbot.waitUntil(lambda: section.picker is None)

    assert section.chosen_texts() == [FEATURES]
    assert section.chips[0].label.textFormat() == Qt.TextFormat.PlainText
    assert editor.is_dirty()
    logged = len(ctx.journal.history.list())
    click(qtbot, editor.save_button)
    entry_id = editor.saved_entry_id
    assert entry_id is not None
    assert linked(ctx, entry_id) == [FEATURES]
    assert len(ctx.journal.history.list()) == logged + 1
    assert (
        describe(ctx.journal.history.next_undo()) == "Add entry “Wrote the design doc for search”"
    )

    ctx.history.undo()
    with pytest.raises(NotFoundError):
        ctx.journal.entries.get(entry_id)
    assert linked(ctx, entry_id) == []
    assert ctx.journal.rubric.state(criteria[FEATURES]).evidence == ()
    ctx.history.redo()
    assert linked(ctx, entry_id) == [FEATURES]


def test_nothing_is_ticked_for_the_user_and_cancel_keeps_the_choice(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Fixed flaky tests that caught bugs")
    picker = open_picker(qtbot, editor)
    assert texts(picker.suggestion_items())[0] == (
        f"{TESTS}\nEngineer II · Craft · shares: tests, bugs"
    )
    assert picker.chosen_ids() == []
    click(qtbot, picker.ok_button)  # OK with nothing ticked: nothing chosen
    qtbot.waitUntil(lambda: editor.criteria_section.picker is None)
    assert editor.criteria_section.chosen_texts() == []
    assert not editor.criteria_section.is_dirty()

    picker = open_picker(qtbot, editor)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    qtbot.keyClick(picker, Qt.Key.Key_Escape)  # Cancel: the choice stays as it was
    qtbot.waitUntil(lambda: editor.criteria_section.picker is None)
    assert editor.criteria_section.chosen_texts() == []
    editor.activateWindow()  # as the window manager does
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert focused() is editor.criteria_section.button  # back where the picker was opened


def test_the_picker_works_from_the_keyboard_and_filters(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Quiet week")  # no words shared: no suggestions
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # "S&hows…"
    qtbot.waitUntil(lambda: editor.criteria_section.picker is not None)
    picker = editor.criteria_section.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    picker.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is picker)
    assert picker.suggested_group is None
    assert focused() is picker.filter_edit
    groups = [picker.tree.topLevelItem(i).text(0) for i in range(picker.tree.topLevelItemCount())]
    assert groups == [
        f"Engineer I · {delivery(ctx)}",
        "Engineer I · Communication",
        f"Engineer II · {delivery(ctx)}",
        "Engineer II · Communication",
        "Engineer II · Craft",
        f"Senior Engineer · {delivery(ctx)}",
        "Senior Engineer · Communication",
        "Senior Engineer · Craft",
    ]
    assert len(picker.visible_items()) == 8

    qtbot.keyClicks(picker.filter_edit, "writes")
    assert texts(picker.visible_items()) == [DOCS, TESTS]
    qtbot.keyClicks(picker.filter_edit, " craft")  # topic words match too
    assert texts(picker.visible_items()) == [TESTS]
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    assert focused() is picker.tree
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    assert picker.chosen_ids() == [criteria[TESTS]]

    picker.filter_edit.clear()
    picker.level_combo.setCurrentIndex(picker.level_combo.findText("Engineer I"))
    assert texts(picker.visible_items()) == ["Ships small changes with help", HELP]
    qtbot.keyClicks(picker.filter_edit, "nothing like this")
    assert picker.visible_items() == []
    assert picker.empty_label.isVisibleTo(picker)
    picker.filter_edit.clear()
    picker.filter_edit.setFocus()
    qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Down)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Down)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)  # "Asks for help early"
    qtbot.keyClick(picker.tree, Qt.Key.Key_Return)  # Enter confirms
    qtbot.waitUntil(lambda: editor.criteria_section.picker is None)
    assert editor.criteria_section.chosen_texts() == [HELP, TESTS]  # framework order

    # The chips' remove buttons follow the button in the Tab order, then Save.
    section = editor.criteria_section
    assert section.focus_chain() == [section.button, *(c.remove_button for c in section.chips)]
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    assert focused() is section.button
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is section.chips[0].remove_button
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # removes "Asks for help early"
    assert section.chosen_texts() == [TESTS]
    assert focused() is section.chips[0].remove_button
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.save_button


def test_editing_an_entry_preloads_its_criteria_and_removing_one_unlinks_it(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    record = ctx.journal.entries.add(
        EntryDraft("Design docs review for billing", occurred_on=dt.date(2025, 2, 3)),
        link_criteria=[criteria[TESTS], criteria[DOCS]],
    )
    editor = open_editor(qtbot, ctx, record)
    section = editor.criteria_section
    assert section.chosen_texts() == [DOCS, TESTS]
    assert section.chips[0].label.toolTip() == "Engineer II · Communication"
    assert not editor.is_dirty()

    picker = open_picker(qtbot, editor)
    assert picker.chosen_ids() == [criteria[DOCS], criteria[TESTS]]  # ticked as chosen
    first = picker.suggestion_items()[0]  # suggested, and ticked as it is chosen
    assert first.text(0) == f"{DOCS}\nEngineer II · Communication · shares: design, docs"
    assert first.checkState(0) == Qt.CheckState.Checked
    click(qtbot, picker.buttons.button(picker.buttons.StandardButton.Cancel))
    qtbot.waitUntil(lambda: section.picker is None)

    click(qtbot, section.chips[1].remove_button)  # "Writes tests…"
    assert section.chosen_texts() == [DOCS]
    assert editor.is_dirty()
    logged = len(ctx.journal.history.list())
    click(qtbot, editor.save_button)
    assert editor.saved_entry_id == record.id
    assert linked(ctx, record.id) == [DOCS]
    assert len(ctx.journal.history.list()) == logged + 1
    assert ctx.journal.entries.get(record.id).title == "Design docs review for billing"

    ctx.history.undo()
    assert linked(ctx, record.id) == [DOCS, TESTS]
    assert ctx.journal.entries.get(record.id) == record


def test_choosing_and_removing_back_is_not_a_change(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    record = ctx.journal.entries.add(EntryDraft("Wrote the RFC"), link_criteria=[criteria[DOCS]])
    editor = open_editor(qtbot, ctx, record)
    section = editor.criteria_section
    click(qtbot, section.chips[0].remove_button)
    assert editor.is_dirty()
    picker = open_picker(qtbot, editor)
    item = picker.item_for(criteria[DOCS])
    assert item is not None
    picker.tree.setCurrentItem(item)
    qtbot.keyClick(picker.tree, Qt.Key.Key_Space)
    click(qtbot, picker.ok_button)
    qtbot.waitUntil(lambda: section.picker is None)
    assert section.chosen_texts() == [DOCS]
    assert not editor.is_dirty()
    newest = ctx.journal.history.next_undo()
    click(qtbot, editor.save_button)
    assert ctx.journal.history.next_undo() == newest  # nothing logged


def test_without_a_framework_the_button_is_disabled_and_says_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.criteria_section
    assert section.isVisible()
    assert not section.button.isEnabled()
    assert section.note.text() == "Import a progression framework in Levels to link criteria."
    assert section.focus_chain() == []
    qtbot.keyClick(editor, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert section.picker is None
    qtbot.keyClicks(editor.title_edit, "Shipped it")
    editor.star_check.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.save_button  # no stop on the disabled button
    click(qtbot, editor.save_button)
    assert editor.saved_entry_id is not None
    assert describe(ctx.journal.history.next_undo()) == "Add entry “Shipped it”"


def test_an_entry_saved_through_the_inbox_offers_no_criteria(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    def add(draft: EntryDraft, assessment: AssessmentDraft | None, link: object) -> EntryRecord:
        return ctx.journal.entries.add(draft, assessment=assessment)

    editor = EntryEditor(ctx, None, add_with=add)
    qtbot.addWidget(editor, before_close_func=answer_discard)
    editor.show()
    assert not editor.criteria_section.button.isEnabled()
    assert editor.criteria_section.note.text() == (
        "Link criteria once it is accepted: edit the entry then."
    )


def test_the_reading_pane_lists_what_an_entry_shows(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    from careerjournal.ui.journal.model import Column
    from careerjournal.ui.journal.view import JournalView

    plain = ctx.journal.entries.add(EntryDraft("Quiet week", occurred_on=dt.date(2025, 1, 1)))
    record = ctx.journal.entries.add(
        EntryDraft("Design docs review", occurred_on=dt.date(2025, 2, 1)),
        link_criteria=[criteria[DOCS], criteria[TESTS]],
    )
    view = JournalView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    detail = view.detail

    def read(entry_id: int) -> None:
        row = view.model.rows_of([entry_id])[entry_id]
        point = view.table.visualRect(view.model.index(row, Column.TITLE)).center()
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.waitUntil(lambda: detail.record is not None and detail.record.id == entry_id)

    read(record.id)
    assert detail.criteria_label.isVisible()
    assert detail.criteria_label.textFormat() == Qt.TextFormat.PlainText
    assert detail.criteria_label.text() == f"Shows: {DOCS}; {TESTS}"
    read(plain.id)
    assert not detail.criteria_label.isVisible()

    read(record.id)  # edited in the editor: the pane follows
    editor = open_editor(qtbot, ctx, ctx.journal.entries.get(record.id))
    click(qtbot, editor.criteria_section.chips[0].remove_button)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: detail.criteria_label.text() == f"Shows: {TESTS}")
