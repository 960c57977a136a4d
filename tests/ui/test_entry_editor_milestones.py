"""Counting an entry toward milestones from the entry editor: listed, ticked, saved and undone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, GoalStatus
from careerjournal.services import (
    EntryDraft,
    EntryRecord,
    GoalDraft,
    MilestoneDraft,
    NotFoundError,
)
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


@dataclass
class Goals:
    staff: int  # pinned promotion goal
    design: int  # "Staff › Lead a design review", open
    mentor: int  # "Staff › Mentor two engineers", open
    talk: int  # "Staff › Give a talk", manual and done
    cert: int  # "Staff › Certified", automatic and done
    course: int  # "Learn Rust › Finish the course", another active goal
    dropped: int  # a milestone of a dropped goal


@pytest.fixture
def goals(ctx: AppContext) -> Goals:
    g = ctx.journal.goals
    ctx.journal.entries.add(
        EntryDraft(
            "AWS certified",
            occurred_on=dt.date(2024, 3, 1),
            kind=EntryKind.CERTIFICATION,
            tags=("aws",),
        )
    )
    rust = g.add(
        GoalDraft("Learn Rust", created_on=dt.date(2024, 1, 1)),
        [MilestoneDraft("Finish the course")],
    )
    staff = g.add(
        GoalDraft(
            "Staff Engineer",
            kind=GoalKind.PROMOTION,
            pinned=True,
            created_on=dt.date(2024, 1, 1),
        ),
        [
            MilestoneDraft("Lead a design review", due_on=dt.date(2026, 6, 1)),
            MilestoneDraft("Mentor two engineers"),
            MilestoneDraft("Give a talk", done_on=dt.date(2024, 5, 1)),
            MilestoneDraft(
                "Certified",
                criterion_kind=CriterionKind.CERTIFICATION_TAG,
                criterion={"tag": "aws"},
            ),
        ],
    )
    dropped = g.add(
        GoalDraft(
            "Move to management",
            status=GoalStatus.DROPPED,
            created_on=dt.date(2023, 1, 1),
            closed_on=dt.date(2023, 6, 1),
        ),
        [MilestoneDraft("Run a team")],
    )
    design, mentor, talk, cert = (m.id for m in staff.milestones)
    return Goals(
        staff=staff.id,
        design=design,
        mentor=mentor,
        talk=talk,
        cert=cert,
        course=rust.milestones[0].id,
        dropped=dropped.milestones[0].id,
    )


def evidence(ctx: AppContext, goal_id: int) -> dict[str, tuple[int, ...]]:
    return {m.title: m.evidence_ids for m in ctx.journal.goals.get(goal_id).milestones}


def section_list(editor: EntryEditor) -> QWidget:
    return editor.milestone_section.list


def tick(editor: EntryEditor, *milestone_ids: int) -> None:
    section = editor.milestone_section
    section.set_checked(section.checked_ids() | set(milestone_ids))


def test_section_lists_milestones_of_active_goals_pinned_first(
    qtbot: QtBot, ctx: AppContext, goals: Goals
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.milestone_section
    assert section.isVisible()
    items = [section.list.item(i).text() for i in range(section.list.count())]
    assert items == [
        "Staff Engineer › Lead a design review",
        "Staff Engineer › Mentor two engineers",
        "Staff Engineer › Give a talk (done)",  # manual and done: evidence still backs it up
        "Learn Rust › Finish the course",
    ]  # the done automatic milestone and the dropped goal are left out
    assert section.checked_ids() == frozenset()
    assert "Due 1 Jun 2026" in section.list.item(0).toolTip()

    # Shown for every kind.
    for kind in (EntryKind.SKILL, EntryKind.FEEDBACK, EntryKind.OTHER):
        editor.kind_combo.set_kind(kind)
        assert section.isVisible()


def test_section_is_hidden_without_active_goals(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.journal.goals.add(
        GoalDraft(
            "Old goal",
            status=GoalStatus.ACHIEVED,
            created_on=dt.date(2023, 1, 1),
            closed_on=dt.date(2023, 3, 1),
        ),
        [MilestoneDraft("Done long ago")],
    )
    editor = open_editor(qtbot, ctx)
    assert not editor.milestone_section.applies
    assert not editor.milestone_section.isVisible()
    assert editor.milestone_section.focus_chain() == []
    qtbot.keyClicks(editor.title_edit, "Shipped it")
    assert editor.save()
    assert ctx.journal.history.next_undo() is not None
    assert describe(ctx.journal.history.next_undo()) == "Add entry “Shipped it”"


def test_saving_a_new_entry_links_the_ticked_milestones_and_undo_redo_cover_them(
    qtbot: QtBot, ctx: AppContext, goals: Goals
) -> None:
    logged = len(ctx.journal.history.list())
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Ran the payments design review")
    tick(editor, goals.design, goals.course)
    assert editor.milestone_section.to_link() == (goals.design, goals.course)
    assert editor.save()
    entry_id = editor.saved_entry_id
    assert entry_id is not None

    assert evidence(ctx, goals.staff)["Lead a design review"] == (entry_id,)
    assert _milestone_evidence(ctx, goals.course) == (entry_id,)
    assert evidence(ctx, goals.staff)["Mentor two engineers"] == ()
    assert len(ctx.journal.history.list()) == logged + 1  # one operation: entry and its links
    entry = ctx.journal.entries.get(entry_id)

    ctx.history.undo()
    with pytest.raises(NotFoundError):
        ctx.journal.entries.get(entry_id)
    assert evidence(ctx, goals.staff)["Lead a design review"] == ()
    assert _milestone_evidence(ctx, goals.course) == ()

    ctx.history.redo()
    assert ctx.journal.entries.get(entry_id) == entry
    assert evidence(ctx, goals.staff)["Lead a design review"] == (entry_id,)
    assert _milestone_evidence(ctx, goals.course) == (entry_id,)


def _goal_of(ctx: AppContext, milestone_id: int) -> int:
    for goal in ctx.journal.goals.list():
        if any(m.id == milestone_id for m in goal.milestones):
            return goal.id
    raise AssertionError(milestone_id)


def _milestone_evidence(ctx: AppContext, milestone_id: int) -> tuple[int, ...]:
    goal = ctx.journal.goals.get(_goal_of(ctx, milestone_id))
    (m,) = (m for m in goal.milestones if m.id == milestone_id)
    return m.evidence_ids


def test_editing_an_entry_to_untick_a_milestone_unlinks_it_and_undo_relinks(
    qtbot: QtBot, ctx: AppContext, goals: Goals
) -> None:
    record = ctx.journal.entries.add(EntryDraft("Paired with Sam", occurred_on=dt.date(2025, 2, 3)))
    ctx.journal.goals.link_evidence(goals.mentor, [record.id])
    ctx.journal.goals.link_evidence(goals.talk, [record.id])
    record = ctx.journal.entries.get(record.id)

    editor = open_editor(qtbot, ctx, record)
    section = editor.milestone_section
    assert section.checked_ids() == {goals.mentor, goals.talk}  # pre-ticked
    assert not editor.is_dirty()

    section.set_checked({goals.talk, goals.design})
    assert editor.is_dirty()
    assert section.to_unlink() == (goals.mentor,)
    assert section.to_link() == (goals.design,)
    assert editor.save()

    assert _milestone_evidence(ctx, goals.mentor) == ()
    assert _milestone_evidence(ctx, goals.talk) == (record.id,)
    assert _milestone_evidence(ctx, goals.design) == (record.id,)
    assert ctx.journal.entries.get(record.id).title == "Paired with Sam"

    ctx.history.undo()
    assert _milestone_evidence(ctx, goals.mentor) == (record.id,)
    assert _milestone_evidence(ctx, goals.talk) == (record.id,)
    assert _milestone_evidence(ctx, goals.design) == ()
    assert ctx.journal.entries.get(record.id) == record

    ctx.history.redo()
    assert _milestone_evidence(ctx, goals.mentor) == ()
    assert _milestone_evidence(ctx, goals.design) == (record.id,)


def test_ticking_and_unticking_back_is_not_a_change(
    qtbot: QtBot, ctx: AppContext, goals: Goals
) -> None:
    record = ctx.journal.entries.add(EntryDraft("Wrote the RFC"))
    editor = open_editor(qtbot, ctx, record)
    assert not editor.is_dirty()
    tick(editor, goals.design)
    assert editor.is_dirty()
    editor.milestone_section.set_checked(set())
    assert not editor.is_dirty()
    newest = ctx.journal.history.next_undo()
    assert editor.save()
    assert ctx.journal.history.next_undo() == newest  # nothing logged


def test_the_list_is_in_tab_order_after_the_assessment_and_space_ticks(
    qtbot: QtBot, ctx: AppContext, goals: Goals
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, "Onboarded Sam")  # Save is a Tab stop once enabled
    editor.kind_combo.set_kind(EntryKind.PROJECT)  # no assessment section
    editor.star_check.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.milestone_section.list
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert editor.milestone_section.checked_ids() == {goals.mentor}
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is editor.save_button

    # For skill work the list comes after the skill level section.
    editor.kind_combo.set_kind(EntryKind.SKILL)
    assert editor.assessment_section.source_combo.nextInFocusChain() is section_list(editor)

    editor.title_edit.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Counts toward"
    assert focused() is editor.milestone_section.list


def test_a_milestone_deleted_meanwhile_fails_the_save_and_keeps_the_text(
    qtbot: QtBot, ctx: AppContext, goals: Goals
) -> None:
    """All or nothing: the entry is not saved without the links asked for (it was, before)."""
    editor = open_editor(qtbot, ctx)
    reported: list[str] = []
    editor.report_error = reported.append  # type: ignore[method-assign]
    qtbot.keyClicks(editor.title_edit, "Mentoring session")
    tick(editor, goals.mentor, goals.design)
    ctx.journal.goals.delete_milestone(
        goals.design, expected_version=ctx.journal.goals.get_milestone(goals.design).version
    )
    newest = ctx.journal.history.next_undo()
    assert not editor.save()

    assert editor.isVisible()
    assert editor.title_edit.text() == "Mentoring session"
    assert editor.saved_entry_id is None
    assert len(reported) == 1
    assert "milestone" in reported[0].lower()
    assert ctx.journal.entries.search("Mentoring session") == []
    assert _milestone_evidence(ctx, goals.mentor) == ()
    assert ctx.journal.history.next_undo() == newest  # nothing logged
