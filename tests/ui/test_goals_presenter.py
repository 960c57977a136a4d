"""The Goals area's presenter on a real journal, without widgets: selection, which actions apply,
evidence, and that each write is one operation of the journal's log."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from careerjournal.domain import CriterionKind, EntryKind, GoalStatus
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft
from careerjournal.services.operations import OpCode
from careerjournal.ui.goals import presenter as presenter_module
from careerjournal.ui.goals.presenter import GoalsPresenter, moved

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def goal_id(journal: Journal) -> int:
    feedback = journal.entries.add(
        EntryDraft("Feedback 0", dt.date(2026, 1, 1), EntryKind.FEEDBACK)
    )
    goal = journal.goals.add(
        GoalDraft("Promotion to Staff", pinned=True, created_on=dt.date(2025, 6, 1)),
        [
            MilestoneDraft("Design review", done_on=dt.date(2025, 9, 1)),
            MilestoneDraft(
                "Two feedback entries",
                criterion_kind=CriterionKind.ENTRY_COUNT,
                criterion={"kind": "feedback", "count": 2, "since": "2025-06-01"},
            ),
            MilestoneDraft("Write the strategy"),
        ],
    )
    journal.goals.link_evidence(goal.milestones[0].id, [feedback.id])
    return goal.id


@pytest.fixture
def p(journal: Journal, goal_id: int) -> GoalsPresenter:
    presenter = GoalsPresenter(journal, lambda: TODAY)
    presenter.load()
    return presenter


def test_the_presenter_is_qt_free() -> None:
    tree = ast.parse(Path(presenter_module.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + [
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    ]
    assert not [m for m in imported if m.startswith("PySide6")]


def test_load_selects_the_first_goal_and_its_next_milestone(
    p: GoalsPresenter, goal_id: int
) -> None:
    assert p.selected_goal_id == goal_id
    assert p.selected_milestone is not None
    assert p.selected_milestone.milestone.title == "Two feedback entries"  # the next to do
    state = p.actions()
    assert (state.goal, state.active, state.pinned, state.milestone) == (True, True, True, True)
    assert not state.tick  # it ticks itself
    assert state.ticks_itself is p.selected_milestone


def test_the_selection_survives_a_reload_while_it_exists(
    p: GoalsPresenter, journal: Journal, goal_id: int
) -> None:
    last = journal.goals.get(goal_id).milestones[2]
    p.select_milestone(last.id)
    assert p.actions().tick
    p.load()
    assert p.selected_milestone_id == last.id
    journal.goals.delete_milestone(last.id, expected_version=last.version)
    p.load()
    assert p.selected_milestone_id == journal.goals.get(goal_id).milestones[1].id


def test_closed_goals_only_when_asked(p: GoalsPresenter, journal: Journal, goal_id: int) -> None:
    p.close_goal(goal_id, GoalStatus.DROPPED)
    p.load()
    assert (p.goals, p.has_any, p.selected_goal) == ([], True, None)
    assert not p.actions().goal
    p.show_closed = True
    p.load()
    assert p.selected_goal_id == goal_id
    state = p.actions()
    assert state.goal
    assert not state.active  # no pin, no marking a closed goal again


def test_evidence_linked_and_meeting_the_criterion(
    p: GoalsPresenter, journal: Journal, goal_id: int
) -> None:
    first, auto = journal.goals.get(goal_id).milestones[:2]
    p.select_milestone(first.id)
    assert [(r.entry.title, r.linked) for r in p.evidence()] == [("Feedback 0", True)]
    p.select_milestone(auto.id)
    assert [(r.entry.title, r.linked) for r in p.evidence()] == [("Feedback 0", False)]
    p.select_milestone(None)
    assert p.evidence() == []


def test_moving_a_milestone_is_one_operation_and_stops_at_the_ends(
    p: GoalsPresenter, journal: Journal, goal_id: int
) -> None:
    ids = [m.id for m in journal.goals.get(goal_id).milestones]
    p.select_milestone(ids[0])
    assert not p.move_milestone(-1)  # the first already
    assert p.move_milestone(1)
    assert [m.id for m in journal.goals.get(goal_id).milestones] == [ids[1], ids[0], ids[2]]
    newest = journal.history.next_undo()
    assert newest is not None
    assert newest.code is OpCode.MILESTONES_REORDER
    journal.history.undo()
    assert [m.id for m in journal.goals.get(goal_id).milestones] == ids


def test_pin_and_close_change_the_goal_as_it_is_now(
    p: GoalsPresenter, journal: Journal, goal_id: int
) -> None:
    goal = journal.goals.get(goal_id)
    journal.goals.update(
        goal_id, GoalDraft("Renamed", pinned=True, created_on=goal.created_on), expected_version=1
    )
    assert p.toggle_pin(goal_id).title == "Renamed"  # the presenter's copy was older
    late = journal.goals.add(GoalDraft("Starts later", created_on=dt.date(2026, 9, 1)))
    assert p.close_goal(late.id, GoalStatus.ACHIEVED).closed_on == dt.date(2026, 9, 1)


def test_moved() -> None:
    assert moved([1, 2, 3], 1, 1) == [2, 1, 3]
    assert moved([1, 2, 3], 3, 5) == [1, 2, 3]
    assert moved([1, 2, 3], 3, -2) == [3, 1, 2]
