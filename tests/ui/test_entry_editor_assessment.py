"""Recording a skill level from the entry editor: shown for skill work, saved and undone with it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import AssessmentSource, EntryKind
from careerjournal.services import AssessmentDraft, EntryDraft, EntryRecord, SkillRecord
from careerjournal.services.operations import OpCode
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.history.labels import describe

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


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


@pytest.fixture
def skills(ctx: AppContext) -> dict[str, SkillRecord]:
    """Two bands; Python already at Competent (3) with a Proficient (4) target."""
    s = ctx.journal.skills
    engineering = s.add_band("Engineering")
    python = s.add_skill(engineering.id, "Python", target_level=4)
    sql = s.add_skill(engineering.id, "SQL")
    leadership = s.add_band("Leadership")
    mentoring = s.add_skill(leadership.id, "Mentoring")
    s.record_assessment(python.id, 3, assessed_on=dt.date(2023, 1, 10))
    return {"python": s.get_skill(python.id), "sql": sql, "mentoring": mentoring}


def choose_skill(editor: EntryEditor, skill: SkillRecord) -> None:
    combo = editor.assessment_section.skill_combo
    combo.setCurrentIndex(combo.findData(skill.id))


def test_section_is_shown_for_skill_and_certification_entries_only(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.assessment_section
    editor.kind_combo.set_kind(EntryKind.PROJECT)
    assert not section.isVisible()
    editor.kind_combo.set_kind(EntryKind.SKILL)
    assert section.isVisible()
    assert not section.group.isChecked()  # never ticked by default
    editor.kind_combo.set_kind(EntryKind.CERTIFICATION)
    assert section.isVisible()
    assert not section.group.isChecked()

    # Ticked, then the kind changed away: hidden and ignored on save.
    section.group.setChecked(True)
    choose_skill(editor, skills["sql"])
    editor.kind_combo.set_kind(EntryKind.LEARNING)
    assert not section.isVisible()
    assert section.assessment() is None
    qtbot.keyClicks(editor.title_edit, "Read a book")
    assert editor.save()
    assert ctx.journal.skills.evidenced_by(editor.saved_entry_id) == []


def test_level_combo_lists_the_scale_and_preselects_the_next_level(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    editor = open_editor(qtbot, ctx)
    editor.kind_combo.set_kind(EntryKind.SKILL)
    section = editor.assessment_section
    level = section.level_combo
    assert [level.itemText(i) for i in range(level.count())] == [
        "1 · Novice",
        "2 · Advanced Beginner",
        "3 · Competent",
        "4 · Proficient",
        "5 · Expert",
    ]
    combo = section.skill_combo
    labels = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i)]
    assert labels == ["Engineering › Python", "Engineering › SQL", "Leadership › Mentoring"]

    choose_skill(editor, skills["python"])
    assert section.level() == 4  # Competent now: one up
    assert section.now_label.text() == "Now: Competent · Target: Proficient"
    choose_skill(editor, skills["sql"])
    assert section.level() == 1  # never assessed
    assert "Not assessed" in section.now_label.text()


def test_saving_a_new_skill_entry_records_the_level_and_undo_redo_cover_both(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    python = skills["python"]
    logged = len(ctx.journal.history.list())
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Wrote a C extension")
    editor.date_edit.setDate(QDate(2024, 6, 2))
    editor.kind_combo.set_kind(EntryKind.SKILL)
    section = editor.assessment_section
    section.group.setChecked(True)
    choose_skill(editor, python)
    section.level_combo.setCurrentIndex(section.level_combo.findData(5))
    section.source_combo.setCurrentIndex(section.source_combo.findData("manager"))
    assert editor.is_dirty()
    assert editor.save()

    entry_id = editor.saved_entry_id
    (recorded,) = ctx.journal.skills.evidenced_by(entry_id)
    assert recorded.skill_id == python.id
    assert recorded.level == 5
    assert recorded.source is AssessmentSource.MANAGER
    assert recorded.assessed_on == dt.date(2024, 6, 2)  # dated like the entry
    assert ctx.journal.skills.get_skill(python.id).current_level == 5
    assert len(ctx.journal.history.list()) == logged + 1  # the entry and its level: one operation
    assert ctx.journal.history.next_undo() is not None
    assert describe(ctx.journal.history.next_undo()) == "Add entry “Wrote a C extension”"
    entry = ctx.journal.entries.get(entry_id)

    ctx.history.undo()
    assert ctx.journal.entries.count() == 0
    assert [a.level for a in ctx.journal.skills.history(python.id)] == [3]

    ctx.history.redo()
    assert ctx.journal.entries.get(entry_id) == entry
    (again,) = ctx.journal.skills.evidenced_by(entry_id)
    assert again == recorded  # the same level under the same id
    assert [a.level for a in ctx.journal.skills.history(python.id)] == [3, 5]

    ctx.history.undo()  # and undo again after the redo
    assert ctx.journal.entries.count() == 0
    assert [a.level for a in ctx.journal.skills.history(python.id)] == [3]


def test_unticked_box_records_nothing(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Python")
    editor.kind_combo.set_kind(EntryKind.SKILL)
    assert editor.assessment_section.skill_id() == skills["python"].id  # preselected, not ticked
    assert editor.save()
    assert ctx.journal.skills.evidenced_by(editor.saved_entry_id) == []
    assert [a.level for a in ctx.journal.skills.history(skills["python"].id)] == [3]
    assert ctx.journal.history.next_undo() is not None
    assert describe(ctx.journal.history.next_undo()) == "Add entry “Python”"


def test_editing_an_entry_appends_another_level_and_shows_the_recorded_one(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    python = skills["python"]
    record = ctx.journal.entries.add(
        EntryDraft("Python course", occurred_on=dt.date(2025, 5, 3), kind=EntryKind.SKILL),
        assessment=AssessmentDraft(python.id, 4),
    )
    editor = open_editor(qtbot, ctx, record)
    section = editor.assessment_section
    assert section.recorded_label.isVisible()
    assert section.recorded_label.text() == (
        "Recorded with this entry: Python → Proficient (3 May 2025)"
    )
    assert not section.group.isChecked()
    assert not editor.is_dirty()

    section.group.setChecked(True)
    choose_skill(editor, python)
    assert section.level() == 5
    assert editor.is_dirty()  # only the box was ticked: still a change to save
    assert editor.save()

    history = ctx.journal.skills.history(python.id)
    assert [a.level for a in history] == [3, 4, 5]  # appended, nothing overwritten
    assert [a.level for a in ctx.journal.skills.evidenced_by(record.id)] == [4, 5]
    assert ctx.journal.history.next_undo() is not None
    assert describe(ctx.journal.history.next_undo()) == "Edit entry “Python course”"
    recorded = ctx.journal.skills.evidenced_by(record.id)

    ctx.history.undo()
    assert [a.level for a in ctx.journal.skills.evidenced_by(record.id)] == [4]
    assert ctx.journal.entries.get(record.id) == record
    ctx.history.redo()
    assert ctx.journal.skills.evidenced_by(record.id) == recorded


def test_without_skills_the_section_says_so_and_is_disabled(qtbot: QtBot, ctx: AppContext) -> None:
    editor = open_editor(qtbot, ctx)
    editor.kind_combo.set_kind(EntryKind.SKILL)
    section = editor.assessment_section
    assert section.isVisible()
    assert not section.group.isEnabled()
    assert section.empty_label.isVisible()
    assert "No skills yet" in section.empty_label.text()
    assert "Skills area" in section.empty_label.text()
    assert section.assessment() is None
    qtbot.keyClicks(editor.title_edit, "Learnt Rust")
    assert editor.save()


def test_a_skill_named_by_title_or_tag_is_preselected(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    editor = open_editor(qtbot, ctx)
    editor.kind_combo.set_kind(EntryKind.SKILL)
    section = editor.assessment_section
    assert section.skill_id() is None
    qtbot.keyClicks(editor.title_edit, "sql")
    assert section.skill_id() == skills["sql"].id
    editor.title_edit.clear()
    qtbot.keyClicks(editor.title_edit, "Paired with a junior")
    qtbot.keyClicks(editor.tags_edit, "MENTORING")
    assert section.skill_id() == skills["mentoring"].id

    # A skill picked by hand stays.
    section.group.setChecked(True)
    section.skill_combo.setFocus()
    qtbot.keyClick(section.skill_combo, Qt.Key.Key_Up)
    picked = section.skill_id()
    assert picked == skills["sql"].id
    editor.title_edit.setText("Python")
    assert section.skill_id() == picked


def test_certification_entries_default_to_the_certification_source(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.assessment_section
    editor.kind_combo.set_kind(EntryKind.CERTIFICATION)
    assert section.source() is AssessmentSource.CERTIFICATION
    editor.kind_combo.set_kind(EntryKind.SKILL)
    assert section.source() is AssessmentSource.SELF

    editor.kind_combo.set_kind(EntryKind.CERTIFICATION)
    qtbot.keyClicks(editor.title_edit, "AWS Solutions Architect")
    section.group.setChecked(True)
    choose_skill(editor, skills["sql"])
    assert editor.save()
    (recorded,) = ctx.journal.skills.evidenced_by(editor.saved_entry_id)
    assert recorded.source is AssessmentSource.CERTIFICATION


def test_ticked_without_a_skill_or_with_a_vanished_skill_is_refused_inline(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Something new")
    editor.kind_combo.set_kind(EntryKind.SKILL)
    section = editor.assessment_section
    section.group.setChecked(True)
    assert not editor.save()
    assert section.error.isVisible()
    assert "Choose the skill" in section.error.text()
    assert ctx.journal.entries.count() == 0

    choose_skill(editor, skills["sql"])
    assert not section.error.isVisible()
    ctx.journal.skills.delete_skill(
        skills["sql"].id, expected_version=ctx.journal.skills.get_skill(skills["sql"].id).version
    )  # gone meanwhile: the service refuses
    assert not editor.save()
    assert editor.isVisible()
    assert section.error.isVisible()
    assert "no skill" in section.error.text()
    assert ctx.journal.entries.count() == 0  # the entry was not saved without its level
    newest = ctx.journal.history.next_undo()
    assert newest is not None
    assert newest.code is OpCode.SKILL_DELETE  # the skill's deletion, nothing logged after it


def test_section_is_reached_by_keyboard_after_the_star(
    qtbot: QtBot, ctx: AppContext, skills: dict[str, SkillRecord]
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Profiled a service")
    editor.kind_combo.set_kind(EntryKind.SKILL)
    section = editor.assessment_section
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert section.group.isChecked()
    assert focused() is section.skill_combo  # Alt+A ticks the box and goes on to the skill

    qtbot.keyClick(focused(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert focused() is section.level_combo
    qtbot.keyClick(focused(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert focused() is section.source_combo

    editor.star_check.setFocus()
    stops = []
    for _ in range(5):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        stops.append(focused())
    assert stops == [
        section.group,
        section.skill_combo,
        section.level_combo,
        section.source_combo,
        editor.save_button,
    ]
