"""The evidence matrix: milestones against the entries that evidence them, and its signals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import CriterionKind, EntryKind
from careerjournal.services.goals import GoalProgress
from careerjournal.services.records import EntryDraft, EntryRecord, GoalDraft, MilestoneDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.formatting import format_date
from careerjournal.ui.goals.matrix import (
    CRITERION_MARK,
    LINKED_MARK,
    EvidenceMatrixModel,
    EvidenceMatrixView,
)
from careerjournal.ui.theme import dark_palette, light_palette

D = dt.date
TODAY = D(2024, 7, 1)
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole


@dataclass
class Scenario:
    gp: GoalProgress
    entries: dict[int, EntryRecord]
    design: int  # entry ids
    review: int
    first_feedback: int
    second_feedback: int
    late_feedback: int
    rfc: int  # the milestone ids
    feedback: int
    talk: int


def show(qtbot: QtBot, widget: QWidget, size: QSize | None = None) -> None:
    qtbot.addWidget(widget)
    widget.resize(size or QSize(760, 320))
    widget.show()
    qtbot.waitExposed(widget)


def build(ctx: AppContext) -> Scenario:
    """A goal with a manual milestone linked to two entries, an automatic one met by the first
    two feedback entries (one of them linked too), and one with no evidence."""
    add = ctx.journal.entries.add
    design = add(EntryDraft(title="Design doc for billing", occurred_on=D(2024, 2, 10)))
    review = add(EntryDraft(title="RFC review", occurred_on=D(2024, 5, 3), kind=EntryKind.PROJECT))
    feedback = [
        add(EntryDraft(title=title, occurred_on=day, kind=EntryKind.FEEDBACK))
        for title, day in (
            ("Feedback from Ana", D(2024, 3, 1)),
            ("Feedback from Bo", D(2024, 4, 1)),
            ("Feedback from Cy", D(2024, 6, 1)),
        )
    ]
    goals = ctx.journal.goals
    goal = goals.add(
        GoalDraft(title="Staff engineer", created_on=D(2024, 1, 1)),
        [
            MilestoneDraft(title="Write the platform RFC", done_on=D(2024, 5, 3)),
            MilestoneDraft(
                title="Feedback from two seniors",
                criterion_kind=CriterionKind.ENTRY_COUNT,
                criterion={"kind": "feedback", "count": 2, "since": "2024-01-01"},
            ),
            MilestoneDraft(title="Give a conference talk"),
        ],
    )
    rfc, fb, talk = (m.id for m in goal.milestones)
    goals.link_evidence(rfc, [design.id, review.id])
    goals.link_evidence(fb, [feedback[1].id])
    gp = goals.progress(goal.id, today=TODAY)
    ids = sorted({e for m in gp.milestones for e in m.evidence_ids})
    entries = {e.id: e for e in ctx.journal.entries.get_many(ids)}
    return Scenario(
        gp,
        entries,
        design.id,
        review.id,
        feedback[0].id,
        feedback[1].id,
        feedback[2].id,
        rfc,
        fb,
        talk,
    )


def marks(model: EvidenceMatrixModel) -> list[list[str]]:
    return [
        [model.index(r, c).data(DISPLAY) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_matrix_shows_linked_and_automatic_evidence(ctx: AppContext) -> None:
    s = build(ctx)
    model = EvidenceMatrixModel()
    model.set_goal(s.gp, s.entries)
    # Rows: the milestones in order; columns: evidence entries, newest first, then the count.
    assert [model.milestone_id_at(r) for r in range(model.rowCount())] == [
        s.rfc,
        s.feedback,
        s.talk,
    ]
    columns = [model.entry_id_at(c) for c in range(model.columnCount())]
    assert columns == [s.review, s.second_feedback, s.first_feedback, s.design, None]
    assert s.late_feedback not in columns  # not needed to meet the criterion, not linked
    assert marks(model) == [
        [LINKED_MARK, "", "", LINKED_MARK, "2"],
        ["", f"{LINKED_MARK} {CRITERION_MARK}", CRITERION_MARK, "", "2"],
        ["", "", "", "", "0"],
    ]
    assert model.cell_state(1, 1) == (True, True)
    assert model.cell_state(1, 2) == (False, True)
    assert model.cell_state(0, 4) == (False, False)  # the count column
    assert model.evidence_counts() == [2, 2, 0]
    assert model.rows_without_evidence() == [s.talk]
    # The automatic mark says which criterion it meets.
    tip = model.index(1, 2).data(TOOLTIP)
    assert "automatic criterion" in tip
    assert "Feedback: 2 entries since" in tip


def test_headers_name_entries_and_milestones(ctx: AppContext) -> None:
    s = build(ctx)
    model = EvidenceMatrixModel()
    model.set_goal(s.gp, s.entries)
    horizontal = Qt.Orientation.Horizontal
    vertical = Qt.Orientation.Vertical
    assert model.headerData(0, horizontal, DISPLAY) == (f"{format_date(D(2024, 5, 3))}\nRFC review")
    assert model.headerData(4, horizontal, DISPLAY) == "Evidence"
    assert "RFC review" in model.headerData(0, horizontal, TOOLTIP)
    assert model.headerData(0, vertical, DISPLAY) == "Write the platform RFC"
    assert model.headerData(0, vertical, Qt.ItemDataRole.DecorationRole) is not None
    assert "Done on" in model.headerData(0, vertical, TOOLTIP)
    assert "Open" in model.headerData(2, vertical, TOOLTIP)
    # A long title is elided in the header, whole in its tooltip.
    long_title = "A very long entry title that would make the column far too wide to read"
    record = s.entries[s.review]
    entries = dict(s.entries)
    entries[s.review] = EntryRecord(**{**record.__dict__, "title": long_title})
    model.set_goal(s.gp, entries)
    header = model.headerData(0, horizontal, DISPLAY)
    assert header.endswith("…")
    assert len(header) < len(long_title)
    assert long_title in model.headerData(0, horizontal, TOOLTIP)


def test_rows_without_evidence_are_amber_with_a_tooltip(ctx: AppContext) -> None:
    s = build(ctx)
    model = EvidenceMatrixModel()
    model.set_goal(s.gp, s.entries)
    for column in range(model.columnCount()):
        assert isinstance(model.index(2, column).data(BACKGROUND), QBrush)
        assert "No evidence yet for this milestone" in model.index(2, column).data(TOOLTIP)
        assert model.index(0, column).data(BACKGROUND) is None
    assert isinstance(model.headerData(2, Qt.Orientation.Vertical, BACKGROUND), QBrush)
    assert "No evidence yet for this milestone" in model.headerData(
        2, Qt.Orientation.Vertical, TOOLTIP
    )


def test_entries_missing_from_the_mapping_are_left_out(ctx: AppContext) -> None:
    s = build(ctx)
    model = EvidenceMatrixModel()
    entries = {k: v for k, v in s.entries.items() if k != s.design}
    model.set_goal(s.gp, entries)
    assert s.design not in [model.entry_id_at(c) for c in range(model.columnCount())]
    assert model.evidence_counts() == [1, 2, 0]


def test_space_toggles_the_link_of_the_current_cell(qtbot: QtBot, ctx: AppContext) -> None:
    s = build(ctx)
    view = EvidenceMatrixView()
    show(qtbot, view)
    view.set_goal(s.gp, s.entries)
    table = view.table
    table.setFocus()
    # A linked cell: Space asks to unlink.
    table.setCurrentIndex(view.model.index(0, 0))
    with qtbot.waitSignal(view.toggle_link_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert blocker.args == [s.rfc, s.review, False]
    # An empty cell, reached with the arrow keys: Space asks to link.
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1
    with qtbot.waitSignal(view.toggle_link_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert blocker.args == [s.feedback, s.review, True]
    # A ◆ cell (met, not linked): Space links it by hand.
    table.setCurrentIndex(view.model.index(1, 2))
    with qtbot.waitSignal(view.toggle_link_requested) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert blocker.args == [s.feedback, s.first_feedback, True]
    # The count column has no entry: nothing to toggle.
    table.setCurrentIndex(view.model.index(0, 4))
    with qtbot.assertNotEmitted(view.toggle_link_requested):
        qtbot.keyClick(table, Qt.Key.Key_Space)


def test_double_click_opens_entries_and_links_empty_cells(qtbot: QtBot, ctx: AppContext) -> None:
    s = build(ctx)
    view = EvidenceMatrixView()
    show(qtbot, view)
    view.set_goal(s.gp, s.entries)
    table = view.table

    def double_click(row: int, column: int) -> None:
        rect = table.visualRect(view.model.index(row, column))
        # A double-click follows a press on the same cell.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    table.scrollTo(view.model.index(0, 0))
    with qtbot.waitSignal(view.entry_activated) as blocker:
        double_click(0, 0)
    assert blocker.args == [s.review]
    with qtbot.waitSignal(view.toggle_link_requested) as blocker:
        double_click(2, 0)
    assert blocker.args == [s.talk, s.review, True]
    # A column header opens its entry too.
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(1) + header.sectionSize(1) // 2
    middle = QPoint(x, header.height() // 2)
    with qtbot.waitSignal(view.entry_activated) as blocker:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
        qtbot.mouseDClick(header.viewport(), Qt.MouseButton.LeftButton, pos=middle)
    assert blocker.args == [s.second_feedback]
    # Enter opens the current cell's entry.
    table.setCurrentIndex(view.model.index(1, 2))
    with qtbot.waitSignal(view.entry_activated) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert blocker.args == [s.first_feedback]


def test_refresh_keeps_the_current_cell(qtbot: QtBot, ctx: AppContext) -> None:
    s = build(ctx)
    view = EvidenceMatrixView()
    show(qtbot, view)
    view.set_goal(s.gp, s.entries)
    view.table.setCurrentIndex(view.model.index(2, 3))
    ctx.journal.goals.link_evidence(s.talk, [s.design])
    gp = ctx.journal.goals.progress(s.gp.goal.id, today=TODAY)
    view.set_goal(gp, s.entries)
    current = view.table.currentIndex()
    assert view.model.milestone_id_at(current.row()) == s.talk
    assert view.model.entry_id_at(current.column()) == s.design
    assert view.model.rows_without_evidence() == []


def test_empty_states(qtbot: QtBot, ctx: AppContext) -> None:
    view = EvidenceMatrixView()
    show(qtbot, view)
    assert view.is_empty()
    assert view.empty_text() == ""
    goals = ctx.journal.goals
    bare = goals.add(GoalDraft(title="Bare", created_on=D(2024, 1, 1)))
    view.set_goal(goals.progress(bare.id, today=TODAY), {})
    assert view.is_empty()
    assert "No milestones yet" in view.empty_text()
    unbacked = goals.add(
        GoalDraft(title="Unbacked", created_on=D(2024, 1, 1)), [MilestoneDraft(title="Start")]
    )
    view.set_goal(goals.progress(unbacked.id, today=TODAY), {})
    assert view.is_empty()
    assert "No evidence yet" in view.empty_text()
    s = build(ctx)
    view.set_goal(s.gp, s.entries)
    assert not view.is_empty()
    assert "✓ linked by you" in view.key.text()
    assert "amber" in view.key.text()


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_matrix_renders_in_both_themes(qtbot: QtBot, ctx: AppContext, palette: object) -> None:
    s = build(ctx)
    view = EvidenceMatrixView()
    pal = palette()  # type: ignore[operator]
    view.setPalette(pal)
    show(qtbot, view)
    view.set_goal(s.gp, s.entries)
    image = view.grab().toImage()
    assert not image.isNull()
    # The amber row reads on the theme's background: lighter than a dark base, darker than a
    # light one.
    brush = view.model.index(2, 0).data(BACKGROUND)
    base = pal.color(QPalette.ColorRole.Base)
    if base.lightnessF() < 0.5:
        assert base.lightnessF() < brush.color().lightnessF() < 0.5
    else:
        assert 0.5 < brush.color().lightnessF() < base.lightnessF()
