"""The Goals area with another device writing to the same journal: "Pin", the status actions and
undo never write a stale copy of a goal or milestone over the other device's newer data.

Undo takes back the journal's newest operation, whichever device made it; a change it cannot see
in the log (another program, an older version of the app) makes an undo over it refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import update

from careerjournal.domain import Goal, GoalStatus, Milestone
from careerjournal.services import GoalDraft, Journal, MilestoneDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.goals.presenter import goal_draft
from careerjournal.ui.goals.view import GoalsView

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def goal_id(ctx: AppContext) -> int:
    goal = ctx.journal.goals.add(
        GoalDraft("Promotion to Staff", pinned=True, created_on=dt.date(2025, 6, 1)),
        [MilestoneDraft("Design review"), MilestoneDraft("Write the strategy")],
    )
    return goal.id


@pytest.fixture
def other(tmp_path: Path, ctx: AppContext) -> Iterator[Journal]:
    """Another device on the same journal file (its writes do not reach this window's views)."""
    journal = Journal.open(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()


@pytest.fixture
def view(qtbot, ctx: AppContext, goal_id: int) -> GoalsView:
    v = GoalsView(ctx, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    return shown


@pytest.fixture
def undo_errors(ctx: AppContext) -> list[str]:
    """What a refused undo or redo reports (the main window shows it in a message box)."""
    reported: list[str] = []
    ctx.history.report_error = reported.append
    return reported


def unlogged(other: Journal, model: type[Goal | Milestone], row_id: int, title: str) -> None:
    """A program that does not log its changes renames a goal or milestone."""
    with other.store.write() as session:
        session.execute(
            update(model).where(model.id == row_id).values(title=title, version=model.version + 1)
        )


def rename_elsewhere(other: Journal, goal_id: int, title: str) -> None:
    goal = other.goals.get(goal_id)
    other.goals.update(
        goal_id,
        dataclasses.replace(goal_draft(goal), title=title),
        expected_version=goal.version,
    )


def test_pin_never_writes_a_stale_copy(
    goal_id: int, view: GoalsView, ctx: AppContext, other: Journal, warnings: list[str]
) -> None:
    """Pin changes the pin of the goal as it is now: the other device's rename is kept."""
    rename_elsewhere(other, goal_id, "Promotion to Principal")  # this window still shows Staff

    view.action_pin.trigger()  # unpin

    goal = ctx.journal.goals.get(goal_id)
    assert (goal.title, goal.pinned) == ("Promotion to Principal", False)
    assert warnings == []
    ctx.history.undo()  # the pin, newest in the log; the rename stays
    goal = ctx.journal.goals.get(goal_id)
    assert (goal.title, goal.pinned) == ("Promotion to Principal", True)


def test_mark_dropped_never_writes_a_stale_copy(
    goal_id: int, view: GoalsView, ctx: AppContext, other: Journal, warnings: list[str]
) -> None:
    rename_elsewhere(other, goal_id, "Promotion to Principal")
    view.action_dropped.trigger()
    goal = ctx.journal.goals.get(goal_id)
    assert (goal.title, goal.status, goal.pinned) == (
        "Promotion to Principal",
        GoalStatus.DROPPED,
        False,
    )
    assert warnings == []


def test_quick_pins_in_one_window_are_no_conflict(
    goal_id: int, view: GoalsView, ctx: AppContext, warnings: list[str]
) -> None:
    view.action_pin.trigger()
    view.action_pin.trigger()  # before the view has refreshed
    assert ctx.journal.goals.get(goal_id).pinned
    assert warnings == []


def test_undo_refuses_to_overwrite_a_goal_changed_elsewhere(
    goal_id: int, view: GoalsView, ctx: AppContext, other: Journal, undo_errors: list[str]
) -> None:
    view.action_pin.trigger()
    assert not ctx.journal.goals.get(goal_id).pinned
    unlogged(other, Goal, goal_id, "Promotion to Principal")

    ctx.history.undo()

    assert len(undo_errors) == 1
    assert "“Promotion to Principal” was changed since" in undo_errors[0]
    goal = ctx.journal.goals.get(goal_id)
    assert (goal.title, goal.pinned) == ("Promotion to Principal", False)


def test_steps_of_one_window_undo_and_redo_in_turn(
    qtbot,
    goal_id: int,
    view: GoalsView,
    ctx: AppContext,
    undo_errors: list[str],
    warnings: list[str],
) -> None:
    """Versions move on with each step; undoing this window's own steps is never a conflict."""

    def shown_pinned() -> bool:
        return view.action_pin.isChecked()

    view.action_pin.trigger()  # unpin
    qtbot.waitUntil(lambda: not shown_pinned())
    view.action_pin.trigger()  # pin again
    qtbot.waitUntil(shown_pinned)
    view.action_pin.trigger()  # and unpin
    for _ in range(3):
        ctx.history.undo()
    assert ctx.journal.goals.get(goal_id).pinned
    for _ in range(3):
        ctx.history.redo()
    assert not ctx.journal.goals.get(goal_id).pinned
    assert undo_errors == []
    assert warnings == []


def test_undo_of_a_tick_refuses_a_milestone_changed_elsewhere(
    goal_id: int, view: GoalsView, ctx: AppContext, other: Journal, undo_errors: list[str]
) -> None:
    milestone = ctx.journal.goals.get(goal_id).milestones[1]
    view.select_milestone(milestone.id)
    view.action_toggle_done.trigger()
    ticked = ctx.journal.goals.get_milestone(milestone.id)
    assert ticked.done_on == TODAY
    unlogged(other, Milestone, milestone.id, "Write and present the strategy")

    ctx.history.undo()

    assert len(undo_errors) == 1
    assert "“Write and present the strategy” was changed since" in undo_errors[0]
    now = ctx.journal.goals.get_milestone(milestone.id)
    assert (now.title, now.done_on) == ("Write and present the strategy", TODAY)


def test_a_milestone_changed_elsewhere_is_not_deleted_unseen(
    goal_id: int,
    view: GoalsView,
    ctx: AppContext,
    other: Journal,
    warnings: list[str],
) -> None:
    milestone = ctx.journal.goals.get(goal_id).milestones[0]
    view.select_milestone(milestone.id)
    other.goals.set_done(milestone.id, TODAY, expected_version=milestone.version)

    view.action_delete_milestone.trigger()

    assert len(warnings) == 1
    assert [m.title for m in ctx.journal.goals.get(goal_id).milestones] == [
        "Design review",
        "Write the strategy",
    ]


def test_goal_dialog_refuses_to_save_over_a_newer_goal(
    monkeypatch: pytest.MonkeyPatch,
    goal_id: int,
    view: GoalsView,
    ctx: AppContext,
    other: Journal,
) -> None:
    """The dialog opened on the copy the view shows; the other device renamed it since. Saving
    is refused with the reason in the dialog, which stays open with the user's text."""
    from careerjournal.ui.goals import dialogs

    rename_elsewhere(other, goal_id, "Promotion to Principal")
    seen: list[tuple[str, str, bool]] = []

    def fake_exec(dialog: QDialog) -> int:
        dialog.title_edit.setText("Promotion to Staff, by 2027")  # type: ignore[attr-defined]
        dialog.ok_button.click()  # type: ignore[attr-defined]
        seen.append(
            (
                dialog.form_error.text(),  # type: ignore[attr-defined]
                dialog.title_edit.text(),  # type: ignore[attr-defined]
                dialog.isVisible(),
            )
        )
        return dialog.result()

    monkeypatch.setattr(dialogs.GoalDialog, "exec", fake_exec)
    # The refusal asks how to resolve it (tests/ui/test_record_conflicts.py answers for real).
    from careerjournal.ui.conflict_dialog import ConflictDialog

    asked: list[str] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: asked.append(d.windowTitle()) or 0)
    view.action_edit_goal.trigger()

    (_error, text, _visible) = seen[0]
    assert asked == ["Goal Changed Elsewhere"]
    assert text == "Promotion to Staff, by 2027"
    assert ctx.journal.goals.get(goal_id).title == "Promotion to Principal"
    newest = ctx.journal.history.next_undo()
    assert newest is not None
    assert newest.subject == "Promotion to Principal"  # theirs, not mine
