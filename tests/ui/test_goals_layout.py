"""The Goals area's layout: a narrow, remembered goal list; no overprinting at the minimum size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from careerjournal.ui.context import AppContext
from careerjournal.ui.goals import wording
from careerjournal.ui.goals.model import GoalColumn
from careerjournal.ui.goals.view import SPLITTER_KEY, GoalsView
from careerjournal.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


def goals_view(qtbot: QtBot, window: MainWindow) -> GoalsView:
    window.show_area("goals")
    qtbot.waitUntil(lambda: window.findChild(GoalsView) is not None)
    view = window.findChild(GoalsView)
    assert isinstance(view, GoalsView)
    qtbot.waitUntil(lambda: view.goal_model.rowCount() > 0)
    return view


def in_view(view: GoalsView, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(view, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", [(1024, 640), (1280, 800), (1920, 1080)])
def test_the_detail_lays_out_without_overlaps(
    qtbot: QtBot, sample_window: MainWindow, size: tuple[int, int]
) -> None:
    sample_window.resize(*size)
    view = goals_view(qtbot, sample_window)
    qtbot.wait(50)  # let the layouts settle at the new size
    assert view.presenter.selected_goal is not None
    stack = [
        view.goal_title,
        view.goal_target,
        view.progress_line,
        view.projection_line,
        view.chart,
        view.tabs,
    ]
    rects = [in_view(view, w) for w in stack]
    for upper, lower, widget in zip(rects, rects[1:], stack, strict=False):
        assert upper.bottom() < lower.top(), widget.objectName()
        # Each wrapped line of words gets the height its text needs at its width.
        if widget is not view.chart:
            assert widget.height() >= widget.heightForWidth(widget.width()), widget.objectName()
    assert view.chart.height() >= view.chart.minimumHeight()
    assert rects[-1].bottom() <= view.rect().bottom()
    # The goal list stays narrow: the goal's detail gets the room.
    left, detail = view.splitter.sizes()
    assert left <= 260
    assert detail > 2 * left
    # The milestone checklist shows a few rows, not a sliver.
    table = view.milestones
    assert table.viewport().height() >= 2 * table.verticalHeader().defaultSectionSize()


def test_the_goal_list_is_one_column_of_two_line_rows(
    qtbot: QtBot, sample_window: MainWindow
) -> None:
    view = goals_view(qtbot, sample_window)
    table = view.goal_table
    assert table.horizontalHeader().isHidden()
    for column in (GoalColumn.PROGRESS, GoalColumn.TARGET, GoalColumn.STANDING):
        assert table.isColumnHidden(column)
    assert table.rowHeight(0) >= 2 * table.fontMetrics().height()
    # The title may be elided in the list: its tooltip gives it whole, with the standing.
    gp = view.goal_model.goal_at(0)
    assert gp is not None
    tip = view.goal_model.index(0, GoalColumn.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(gp.goal.title + "\n")
    assert wording.schedule_text(gp) in tip


def test_the_split_is_remembered(qtbot: QtBot, ctx: AppContext) -> None:
    view = GoalsView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    view.splitter.moveSplitter(330, 1)
    saved = ctx.settings.value(SPLITTER_KEY)
    assert saved is not None
    assert int(saved[0]) == 330  # type: ignore[index]
    again = GoalsView(ctx)
    qtbot.addWidget(again)
    again.resize(view.size())
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == view.splitter.sizes()
