"""The Goals area on a real journal: list, checklist, reordering, evidence, and each kind of
change taken back with Edit › Undo (the real action of the main window) and redone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, GoalStatus
from careerjournal.services import EntryDraft, GoalDraft, GoalRecord, MilestoneDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.goals import dialogs
from careerjournal.ui.goals.flows import GoalFlows
from careerjournal.ui.goals.model import GoalColumn, MilestoneColumn, moved_order
from careerjournal.ui.goals.view import GoalsView, month_range
from careerjournal.ui.main_window import MainWindow

TODAY = dt.date(2026, 6, 1)
START = dt.date(2025, 6, 1)


@pytest.fixture(autouse=True)
def no_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refused write or undo fails the test at once (instead of waiting on a message box)."""

    def fail(*args: object) -> None:
        raise AssertionError(f"unexpected warning: {args[2:]}")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


@pytest.fixture
def goal_id(ctx: AppContext) -> int:
    """A pinned promotion goal: four milestones of weight 1, two done, one automatic."""
    entries = ctx.journal.entries
    feedback = [
        entries.add(EntryDraft(f"Feedback {i}", dt.date(2026, 1, i + 1), EntryKind.FEEDBACK)).id
        for i in range(2)
    ]
    goal = ctx.journal.goals.add(
        GoalDraft(
            "Promotion to Staff",
            kind=GoalKind.PROMOTION,
            target_role_title="Staff Engineer",
            target_level="L6",
            target_date=dt.date(2026, 12, 1),
            pinned=True,
            created_on=START,
        ),
        [
            MilestoneDraft("Design review", done_on=dt.date(2025, 9, 1)),
            MilestoneDraft("Mentor a junior", done_on=dt.date(2025, 12, 1)),
            MilestoneDraft(
                "Three feedback entries",
                criterion_kind=CriterionKind.ENTRY_COUNT,
                criterion={"kind": "feedback", "count": 3, "since": "2025-06-01"},
            ),
            MilestoneDraft("Write the strategy"),
        ],
    )
    ctx.journal.goals.link_evidence(goal.milestones[0].id, [feedback[0]])
    return goal.id


@pytest.fixture
def view(qtbot, ctx: AppContext) -> GoalsView:
    v = GoalsView(ctx, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext, goal_id: int) -> Iterator[MainWindow]:
    """The main window on the goal above, showing the Goals area."""
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_area("goals")
    qtbot.waitUntil(lambda: w.findChild(GoalsView) is not None)
    yield w
    w.close()


def goals_view(qtbot: QtBot, window: MainWindow) -> GoalsView:
    view = window.findChild(GoalsView)
    assert isinstance(view, GoalsView)
    qtbot.waitUntil(lambda: view.goal_model.rowCount() > 0)
    return view


def undo(qtbot: QtBot, window: MainWindow, what: str) -> None:
    """Edit › Undo, once it names `what` (the menu follows the log after each change)."""
    qtbot.waitUntil(lambda: what in window.action_undo.text())
    window.action_undo.trigger()


def redo(qtbot: QtBot, window: MainWindow, what: str) -> None:
    qtbot.waitUntil(lambda: what in window.action_redo.text())
    window.action_redo.trigger()


def goals(ctx: AppContext) -> list[GoalRecord]:
    """Every goal with its milestones and evidence links: ids, contents and versions."""
    return ctx.journal.goals.list()


def yes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    asked: list[QMessageBox] = []

    def answer_yes(box: QMessageBox) -> int:
        asked.append(box)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    return asked


def fill_and_ok(
    monkeypatch: pytest.MonkeyPatch, cls: type, fill: Callable[[QDialog], None]
) -> None:
    """The dialog `cls` is filled in as a user would and OK clicked, instead of waiting."""

    def fake_exec(dialog: QDialog) -> int:
        fill(dialog)
        dialog.ok_button.click()  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)


def titles(v: GoalsView) -> list[str]:
    m = v.milestone_model
    return [m.index(r, MilestoneColumn.TITLE).data() for r in range(m.rowCount())]


def test_empty_journal_offers_a_first_goal(view: GoalsView) -> None:
    assert view.left.currentIndex() == 0
    assert view.detail.currentIndex() == 0


def test_list_and_detail_of_a_known_goal(goal_id: int, view: GoalsView) -> None:
    assert view.left.currentIndex() == 1
    model = view.goal_model
    assert model.rowCount() == 1
    assert model.index(0, GoalColumn.TITLE).data() == "Promotion to Staff"
    assert model.index(0, GoalColumn.PROGRESS).data() == "50%"
    assert view.presenter.selected_goal_id == goal_id
    assert view.goal_title.text() == "★ Promotion to Staff"
    assert "Staff Engineer · L6" in view.goal_target.text()
    assert "50%" in view.progress_line.text()
    assert "2 of 4 milestones" in view.progress_line.text()
    assert "done share of milestone weight" in view.chart.graphics.toolTip()
    assert titles(view) == [
        "Design review",
        "Mentor a junior",
        "Three feedback entries",
        "Write the strategy",
    ]
    auto = view.milestone_model.index(2, MilestoneColumn.COMPLETES).data()
    assert auto.startswith("Feedback: 3 entries since ")
    assert auto.endswith(" (2 so far).")


def test_ticking_a_milestone_is_undone_and_redone(
    qtbot: QtBot, goal_id: int, window: MainWindow, ctx: AppContext
) -> None:
    view = goals_view(qtbot, window)
    before = goals(ctx)
    view.select_milestone(before[0].milestones[3].id)
    view.action_toggle_done.trigger()
    qtbot.waitUntil(lambda: view.goal_model.index(0, GoalColumn.PROGRESS).data() == "75%")
    after = goals(ctx)
    assert after[0].milestones[3].done_on == dt.date.today()
    undo(qtbot, window, "Tick milestone “Write the strategy”")
    assert goals(ctx) == before
    qtbot.waitUntil(lambda: view.goal_model.index(0, GoalColumn.PROGRESS).data() == "50%")
    redo(qtbot, window, "Tick milestone “Write the strategy”")
    assert goals(ctx) == after


def test_checkbox_of_an_automatic_milestone_cannot_be_ticked(goal_id: int, view: GoalsView) -> None:
    index = view.milestone_model.index(2, MilestoneColumn.DONE)
    assert not view.milestone_model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    view.select_milestone(view.milestone_model.milestone_at(2).milestone.id)
    assert not view.action_toggle_done.isEnabled()


def test_automatic_milestone_ticks_itself_when_an_entry_arrives(
    qtbot, goal_id: int, view: GoalsView, ctx: AppContext
) -> None:
    third = ctx.journal.entries.add(
        EntryDraft("Feedback 3", dt.date(2026, 2, 1), EntryKind.FEEDBACK)
    )
    qtbot.waitUntil(lambda: view.goal_model.index(0, GoalColumn.PROGRESS).data() == "75%")
    ctx.journal.entries.trash([third.id])
    qtbot.waitUntil(lambda: view.goal_model.index(0, GoalColumn.PROGRESS).data() == "50%")


def test_reorder_by_keyboard_and_by_drop(
    qtbot: QtBot, goal_id: int, window: MainWindow, ctx: AppContext
) -> None:
    view = goals_view(qtbot, window)
    before = goals(ctx)
    ids = view.milestone_model.ids()
    view.select_milestone(ids[3])
    view.action_up.trigger()
    qtbot.waitUntil(lambda: titles(view)[2] == "Write the strategy")
    assert [m.id for m in ctx.journal.goals.get(goal_id).milestones] == [
        ids[0],
        ids[1],
        ids[3],
        ids[2],
    ]
    # A drop of the first row at the end, as the table view hands it to the model.
    data = view.milestone_model.mimeData([view.milestone_model.index(0, 1)])
    view.milestone_model.dropMimeData(
        data, Qt.DropAction.MoveAction, 4, 0, view.milestones.rootIndex()
    )
    qtbot.waitUntil(lambda: titles(view)[-1] == "Design review")
    undo(qtbot, window, "Reorder the milestones of “Promotion to Staff”")
    assert [m.id for m in ctx.journal.goals.get(goal_id).milestones] == [
        ids[0],
        ids[1],
        ids[3],
        ids[2],
    ]
    undo(qtbot, window, "Reorder the milestones of “Promotion to Staff”")
    assert goals(ctx) == before
    qtbot.waitUntil(lambda: view.milestone_model.ids() == ids)


def test_moved_order() -> None:
    assert moved_order([1, 2, 3, 4], [0], 4) == [2, 3, 4, 1]
    assert moved_order([1, 2, 3, 4], [3], 0) == [4, 1, 2, 3]
    assert moved_order([1, 2, 3, 4], [1, 2], 4) == [1, 4, 2, 3]
    assert moved_order([1, 2, 3, 4], [2], 1) == [1, 3, 2, 4]


def test_evidence_of_the_selected_milestone(goal_id: int, view: GoalsView, ctx: AppContext) -> None:
    first = ctx.journal.goals.get(goal_id).milestones[0]
    view.select_milestone(first.id)
    assert view.evidence_model.rowCount() == 1
    assert "Feedback 0" in view.evidence_model.item(0).text()
    auto = ctx.journal.goals.get(goal_id).milestones[2]
    view.select_milestone(auto.id)
    assert view.evidence_model.rowCount() == 2  # the two feedback entries meet its criterion
    assert "meets the criterion" in view.evidence_model.item(0).text()


def test_split_and_undo(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, ctx: AppContext
) -> None:
    view = goals_view(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Draft the outline", True))
    before = goals(ctx)
    last = before[0].milestones[3]
    view.select_milestone(last.id)
    view.action_split.trigger()
    goal = goals(ctx)[0]
    assert [m.title for m in goal.milestones][-2:] == ["Write the strategy", "Draft the outline"]
    assert [m.weight for m in goal.milestones][-2:] == [0.5, 0.5]
    assert view.presenter.selected_milestone_id == goal.milestones[-1].id  # the new one
    undo(qtbot, window, "Split milestone “Write the strategy”")
    assert goals(ctx) == before


def test_delete_goal_asks_and_undo_brings_it_back(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, ctx: AppContext
) -> None:
    view = goals_view(qtbot, window)
    asked = yes(monkeypatch)
    before = goals(ctx)
    view.goal_table.setFocus()
    view.action_delete_goal.trigger()
    # Counts through %n plural forms (no "(s)"); the title as plain text.
    assert "“Promotion to Staff” with its 4 milestones and 1 link" in asked[0].text()
    assert "(s)" not in asked[0].text()
    assert asked[0].textFormat() == Qt.TextFormat.PlainText
    assert goals(ctx) == []
    qtbot.waitUntil(lambda: view.left.currentIndex() == 0)
    undo(qtbot, window, "Delete goal “Promotion to Staff”")
    # The same goal: id, pin, milestones (ids and order) and their evidence links.
    assert goals(ctx) == before
    qtbot.waitUntil(lambda: view.goal_model.rowCount() == 1)


def test_edit_a_milestone_delete_its_goal_undo_twice_redo_twice(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, ctx: AppContext
) -> None:
    """Issue 16's reproduction: the second undo used to fail with "There is no milestone 1."
    (the goal came back under new ids) and the edit stayed."""
    view = goals_view(qtbot, window)
    original = goals(ctx)
    milestone = original[0].milestones[3]
    view.select_milestone(milestone.id)
    fill_and_ok(
        monkeypatch,
        dialogs.MilestoneDialog,
        lambda d: d.title_edit.setText("Write and present the strategy"),  # type: ignore[attr-defined]
    )
    view.action_edit_milestone.trigger()
    edited = goals(ctx)
    assert edited[0].milestones[3].title == "Write and present the strategy"
    yes(monkeypatch)
    view.action_delete_goal.trigger()
    deleted = goals(ctx)
    assert deleted == []

    undo(qtbot, window, "Delete goal “Promotion to Staff”")
    assert goals(ctx) == edited  # same ids, the edit kept
    undo(qtbot, window, "Edit milestone “Write and present the strategy”")
    assert goals(ctx) == original
    qtbot.waitUntil(lambda: "Write the strategy" in titles(view))

    redo(qtbot, window, "Edit milestone “Write and present the strategy”")
    assert goals(ctx) == edited
    redo(qtbot, window, "Delete goal “Promotion to Staff”")
    assert goals(ctx) == deleted
    qtbot.waitUntil(lambda: view.left.currentIndex() == 0)


def test_add_a_goal_and_a_milestone_then_undo_both(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, ctx: AppContext
) -> None:
    view = goals_view(qtbot, window)
    before = goals(ctx)
    fill_and_ok(
        monkeypatch,
        dialogs.GoalDialog,
        lambda d: d.title_edit.setText("Speak at a conference"),  # type: ignore[attr-defined]
    )
    view.action_new_goal.trigger()
    added = next(g for g in goals(ctx) if g.title == "Speak at a conference")
    assert view.presenter.selected_goal_id == added.id  # the new goal is shown
    fill_and_ok(
        monkeypatch,
        dialogs.MilestoneDialog,
        lambda d: d.title_edit.setText("Submit a talk"),  # type: ignore[attr-defined]
    )
    view.action_add_milestone.trigger()
    assert [m.title for m in ctx.journal.goals.get(added.id).milestones] == ["Submit a talk"]
    undo(qtbot, window, "Add milestone “Submit a talk”")
    assert ctx.journal.goals.get(added.id).milestones == ()
    undo(qtbot, window, "Add goal “Speak at a conference”")
    assert goals(ctx) == before
    redo(qtbot, window, "Add goal “Speak at a conference”")
    assert ctx.journal.goals.get(added.id).title == "Speak at a conference"  # the same id


def test_delete_a_milestone_and_unlink_evidence_then_undo(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    view = goals_view(qtbot, window)
    before = goals(ctx)
    first = before[0].milestones[0]
    view.matrix.toggle_link_requested.emit(first.id, first.evidence_ids[0], False)
    assert ctx.journal.goals.get_milestone(first.id).evidence_ids == ()
    view.select_milestone(first.id)
    view.action_delete_milestone.trigger()
    assert [m.id for m in goals(ctx)[0].milestones] == [m.id for m in before[0].milestones[1:]]
    undo(qtbot, window, "Delete milestone “Design review”")
    undo(qtbot, window, "Unlink evidence from “Design review”")
    assert goals(ctx) == before


def test_link_evidence_through_the_dialog_then_undo(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, window: MainWindow, ctx: AppContext
) -> None:
    view = goals_view(qtbot, window)
    before = goals(ctx)
    last = before[0].milestones[3]
    view.select_milestone(last.id)

    def tick_first(dialog: QDialog) -> None:
        dialog.model.set_checked(0, True)  # type: ignore[attr-defined]  # the newest entry

    fill_and_ok(monkeypatch, dialogs.LinkEvidenceDialog, tick_first)
    view.action_link.trigger()
    linked = ctx.journal.goals.get_milestone(last.id).evidence_ids
    assert len(linked) == 1
    qtbot.waitUntil(lambda: view.evidence_model.rowCount() == 1)
    undo(qtbot, window, "Link evidence to “Write the strategy”")
    assert goals(ctx) == before
    redo(qtbot, window, "Link evidence to “Write the strategy”")
    assert ctx.journal.goals.get_milestone(last.id).evidence_ids == linked


def test_achieving_a_promotion_offers_the_new_role(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    goal_id: int,
    window: MainWindow,
    ctx: AppContext,
) -> None:
    view = goals_view(qtbot, window)
    before = goals(ctx)

    def accept_role(dialog: QDialog) -> int:
        dialog.accept()
        return dialog.result()

    opened: list[object] = []
    monkeypatch.setattr(dialogs.NewRoleDialog, "exec", accept_role)
    monkeypatch.setattr(dialogs.NewRoleDialog, "start_next_goal", lambda self: False)
    monkeypatch.setattr(GoalFlows, "new_goal", lambda self, *a, **k: opened.append(a))
    view.action_achieved.trigger()
    goal = ctx.journal.goals.get(goal_id)
    assert goal.status is GoalStatus.ACHIEVED
    assert not goal.pinned
    roles = ctx.journal.roles.list()
    assert [r.title for r in roles] == ["Staff Engineer"]
    assert roles[0].start_date == dt.date.today()
    assert opened == []
    undo(qtbot, window, "Start role “Staff Engineer”")
    assert ctx.journal.roles.list() == []
    undo(qtbot, window, "Edit goal “Promotion to Staff”")  # the status
    assert goals(ctx) == before


def test_month_range_is_no_more_precise_than_months(goal_id: int, view: GoalsView) -> None:
    gp = view.presenter.selected_goal
    assert gp is not None
    text = month_range(gp)
    assert any(word in text for word in ("Ready", "Too little", "No progress"))
    for day in range(1, 32):
        assert f" {day} " not in f" {text} " or "milestone" in text


def test_only_active_goals_unless_asked(ctx: AppContext, goal_id: int, view: GoalsView) -> None:
    ctx.journal.goals.add(
        GoalDraft("Old goal", status=GoalStatus.DROPPED, created_on=dt.date(2020, 1, 1))
    )
    view.refresh()
    assert view.goal_model.rowCount() == 1
    view.show_closed.setChecked(True)
    assert view.goal_model.rowCount() == 2


def test_space_on_an_automatic_milestone_says_why_it_cannot_be_ticked(
    qtbot, goal_id: int, view: GoalsView, ctx: AppContext
) -> None:
    auto = ctx.journal.goals.get(goal_id).milestones[2]
    view.select_milestone(auto.id)
    view.milestones.setFocus()
    qtbot.waitUntil(view.milestones.hasFocus)
    assert view.milestone_notice.isHidden()
    qtbot.keyClick(view.milestones, Qt.Key.Key_Space)
    assert view.milestone_notice.isVisible()
    notice = view.milestone_notice.text()
    assert "“Three feedback entries” ticks itself when: Feedback: 3 entries since" in notice
    assert "so far). It cannot be ticked by hand." in notice  # one full stop, not two
    assert "cannot be ticked by hand" in notice
    assert ctx.journal.goals.get(goal_id).milestones[2].done_on is None
    assert view.action_toggle_done.toolTip() == notice  # said on the disabled button, too
    # Moving on clears it; Space on a manual milestone still ticks it.
    manual = ctx.journal.goals.get(goal_id).milestones[3]
    view.select_milestone(manual.id)
    assert view.milestone_notice.isHidden()
    qtbot.keyClick(view.milestones, Qt.Key.Key_Space)
    assert ctx.journal.goals.get(goal_id).milestones[3].done_on == TODAY
    assert view.milestone_notice.isHidden()


def test_a_long_milestone_title_wraps_and_is_whole_in_its_tooltip(
    qtbot, goal_id: int, view: GoalsView, ctx: AppContext
) -> None:
    long_title = (
        "Lead the cross-team architecture decision on the payments platform and write it up"
    )
    goal = ctx.journal.goals.get(goal_id)
    ctx.journal.goals.update_milestone(
        goal.milestones[3].id,
        MilestoneDraft(long_title, weight=goal.milestones[3].weight),
        expected_version=ctx.journal.goals.get_milestone(goal.milestones[3].id).version,
    )
    qtbot.waitUntil(lambda: long_title in titles(view))
    model = view.milestone_model
    row = titles(view).index(long_title)
    tip = model.index(row, MilestoneColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == long_title
    view.resize(1024, 700)
    qtbot.waitUntil(lambda: view.milestones.rowHeight(row) > view.milestones.rowHeight(0))
