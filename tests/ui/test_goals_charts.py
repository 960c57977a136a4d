"""The Goals area's burn-up chart: progress steps, milestone markers, target date, projection."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from careerjournal.services.goals import GoalProgress
from careerjournal.services.progress import Outlook
from careerjournal.services.records import GoalDraft, MilestoneDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.formatting import format_date
from careerjournal.ui.goals.charts import MIN_PAD_DAYS, BurnUpChart, view_end
from careerjournal.ui.goals.wording import projection_reason
from careerjournal.ui.theme import dark_palette, light_palette

D = dt.date
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

START = D(2024, 1, 1)
TODAY = D(2024, 7, 1)
TARGET = D(2024, 12, 31)


def n(day: dt.date) -> float:
    return float(day.toordinal())


def show(qtbot: QtBot, widget: QWidget, size: QSize | None = None) -> None:
    qtbot.addWidget(widget)
    widget.resize(size or QSize(600, 320))
    widget.show()
    qtbot.waitExposed(widget)


def goal_progress(
    ctx: AppContext,
    milestones: Sequence[tuple[str, float, dt.date | None]],
    *,
    start: dt.date = START,
    target: dt.date | None = TARGET,
    today: dt.date = TODAY,
) -> GoalProgress:
    goal = ctx.journal.goals.add(
        GoalDraft(title="Staff engineer", created_on=start, target_date=target),
        [MilestoneDraft(title=t, weight=w, done_on=done) for t, w, done in milestones],
    )
    return ctx.journal.goals.progress(goal.id, today=today)


#: Three completions in half a year: enough history for a projection.
STEADY = [
    ("Own the billing service", 1.0, D(2024, 2, 1)),
    ("Lead an incident review", 1.0, D(2024, 4, 1)),
    ("Write the platform RFC", 2.0, D(2024, 6, 1)),
    ("Mentor a new hire", 1.0, None),
]


@pytest.fixture
def chart(qtbot: QtBot) -> BurnUpChart:
    widget = BurnUpChart()
    show(qtbot, widget)
    return widget


def test_progress_is_a_step_line_in_percent_from_the_start(
    chart: BurnUpChart, ctx: AppContext
) -> None:
    gp = goal_progress(ctx, STEADY)
    chart.set_progress(gp)
    xs, ys = chart.progress_series()
    feb, apr, jun = D(2024, 2, 1), D(2024, 4, 1), D(2024, 6, 1)
    assert xs == [n(START), n(feb), n(feb), n(apr), n(apr), n(jun), n(jun), n(TODAY)]
    assert ys == pytest.approx([0, 0, 20, 20, 40, 40, 80, 80])
    assert not chart.is_empty()
    # A marker on the line per completed milestone, titled for the hover tip.
    assert chart.milestone_points() == [
        (n(feb), pytest.approx(20.0), "Own the billing service"),
        (n(apr), pytest.approx(40.0), "Lead an incident review"),
        (n(jun), pytest.approx(80.0), "Write the platform RFC"),
    ]
    tip = chart._tip(n(jun), 80.0, 2)
    assert "Write the platform RFC" in tip
    assert format_date(jun) in tip
    # The view runs from the goal's start.
    x0, x1 = chart.x_range()
    assert x0 <= n(START) < n(TARGET) < x1


def test_target_date_is_a_vertical_line_labelled_with_the_date(
    chart: BurnUpChart, ctx: AppContext
) -> None:
    chart.set_progress(goal_progress(ctx, STEADY))
    assert chart.target_x() == n(TARGET)
    assert chart.target_line.isVisible()
    assert chart.target_line.value() == n(TARGET)
    assert chart.target_label.toPlainText() == format_date(TARGET)
    assert "Target date" in chart.legend_labels()


def test_without_a_target_date_there_is_no_target_line(chart: BurnUpChart, ctx: AppContext) -> None:
    chart.set_progress(goal_progress(ctx, STEADY, target=None))
    assert chart.target_x() is None
    assert not chart.target_line.isVisible()
    assert "Target date" not in chart.legend_labels()


def test_enough_history_projects_a_line_and_a_range(
    qtbot: QtBot, chart: BurnUpChart, ctx: AppContext
) -> None:
    gp = goal_progress(ctx, STEADY)
    projection = gp.projection
    assert projection.outlook is Outlook.PROJECTED
    assert projection.earliest
    assert projection.likely
    assert projection.latest
    chart.set_progress(gp)
    line = chart.projection_line()
    assert line is not None
    assert line[0] == [n(TODAY), n(projection.likely)]
    assert line[1] == pytest.approx([80.0, 100.0])
    assert chart.range_polygon() == [
        (n(TODAY), pytest.approx(80.0)),
        (n(projection.earliest), 100.0),
        (n(projection.latest), 100.0),
    ]
    # Nothing needs saying in words; the likely date is labelled at the top.
    assert chart.note_text() == ""
    assert format_date(projection.likely) in chart.likely_label.toPlainText()
    assert {"Progress", "Milestone done", "Projection", "Range"} <= set(chart.legend_labels())
    _, x1 = chart.x_range()
    assert x1 > n(projection.latest)
    explanation = chart.explanation()
    assert "done share of milestone weight" in explanation
    assert f"last {gp.pace.days} days" in explanation
    fresh = BurnUpChart()
    qtbot.addWidget(fresh)
    assert fresh.explanation(gp) == explanation  # before set_progress too


def test_too_little_history_shows_the_reason_and_no_projection(
    chart: BurnUpChart, ctx: AppContext
) -> None:
    gp = goal_progress(
        ctx,
        [("Own the billing service", 1.0, D(2024, 2, 1)), ("Mentor a new hire", 1.0, None)],
    )
    assert gp.projection.outlook is Outlook.TOO_LITTLE_HISTORY
    chart.set_progress(gp)
    assert chart.projection_line() is None
    assert chart.range_polygon() is None
    assert chart.note_text() == projection_reason(gp)
    assert "Too little history" in chart.note_text()
    assert chart.note_item.isVisible()
    assert chart.note_item.toPlainText() == projection_reason(gp)
    assert "Projection" not in chart.legend_labels()
    # The note sits at the top left of the plot.
    (x0, x1), (y0, y1) = chart.view_box.viewRange()
    pos = chart.note_item.pos()
    assert pos.x() - x0 < (x1 - x0) * 0.05
    assert y1 - pos.y() < (y1 - y0) * 0.05


def test_a_far_slow_end_is_cut_at_the_edge_and_labelled(
    chart: BurnUpChart, ctx: AppContext
) -> None:
    # 2 of 8 done in a year: likely in three years, the slow end about ten years away.
    start, today = D(2023, 7, 1), D(2024, 7, 1)
    gp = goal_progress(
        ctx,
        [
            ("Own the billing service", 1.0, D(2024, 1, 1)),
            ("Lead an incident review", 1.0, D(2024, 4, 1)),
            ("Everything else", 6.0, None),
        ],
        start=start,
        target=None,
        today=today,
    )
    projection = gp.projection
    assert projection.outlook is Outlook.PROJECTED
    assert projection.likely
    assert projection.latest
    assert projection.latest > projection.likely + dt.timedelta(days=3 * 365)
    chart.set_progress(gp)
    x0, x1 = chart.x_range()
    # The view ends a little past the likely date, not at the far slow end.
    span = n(projection.likely) - n(start)
    assert n(projection.likely) < x1 <= n(projection.likely) + 0.2 * span
    assert x1 < n(projection.latest)
    # So the real progress keeps a fair share of the width.
    assert (n(today) - x0) / (x1 - x0) > 0.2
    polygon = chart.range_polygon()
    assert polygon is not None
    # The range runs to the right edge, its slow edge cut where it leaves the view.
    assert polygon[-2] == (x1, 100.0)
    right, low = polygon[-1]
    assert right == x1
    slope = (100.0 - 25.0) / (n(projection.latest) - n(today))
    assert low == pytest.approx(25.0 + slope * (x1 - n(today)))
    # A label at the edge says where the range ends.
    assert f"latest {format_date(projection.latest)} →" in chart.note_text()
    assert chart.edge_label.isVisible()
    assert chart.edge_label.toPlainText() == f"latest {format_date(projection.latest)} →"


def test_the_view_reaches_a_target_date_past_the_likely_date(
    chart: BurnUpChart, ctx: AppContext
) -> None:
    gp = goal_progress(ctx, STEADY, target=D(2026, 6, 1))
    assert gp.projection.likely is not None
    assert gp.projection.likely < D(2026, 6, 1)
    chart.set_progress(gp)
    _, x1 = chart.x_range()
    assert n(D(2026, 6, 1)) < x1 < n(D(2026, 6, 1)) + 0.2 * (n(D(2026, 6, 1)) - n(START))


def test_an_open_slow_end_runs_to_the_edge_with_no_upper_bound(
    chart: BurnUpChart, ctx: AppContext
) -> None:
    # 2 of 32 done in a year: likely in fifteen years, the slow end out of sight.
    start, today = D(2023, 7, 1), D(2024, 7, 1)
    gp = goal_progress(
        ctx,
        [
            ("Own the billing service", 1.0, D(2024, 1, 1)),
            ("Lead an incident review", 1.0, D(2024, 4, 1)),
            ("Everything else", 30.0, None),
        ],
        start=start,
        target=None,
        today=today,
    )
    projection = gp.projection
    assert projection.outlook is Outlook.PROJECTED
    assert projection.likely is not None
    assert projection.latest is None
    chart.set_progress(gp)
    _, x1 = chart.x_range()
    polygon = chart.range_polygon()
    assert polygon is not None
    assert polygon[-2:] == [(x1, 100.0), (x1, pytest.approx(100 * 2 / 32))]
    assert "no upper bound" in chart.note_text()
    assert chart.edge_label.isVisible()


def test_view_end_stops_a_little_past_the_likely_date() -> None:
    start, likely = D(2024, 1, 1), D(2026, 1, 1)  # 731 days: a margin of 88 days
    margin = dt.timedelta(days=88)
    assert view_end(start, likely, None) == likely + margin
    # A slow end within the margin, or a second one, is shown whole ...
    assert view_end(start, likely, likely + dt.timedelta(days=30)) == likely + margin
    assert view_end(start, likely, likely + dt.timedelta(days=150)) == likely + dt.timedelta(
        days=150
    )
    # ... one further out is cut.
    assert view_end(start, likely, D(2030, 4, 1)) == likely + margin
    # The target date (or today) past the likely date moves the end out.
    later = D(2027, 1, 1)
    assert view_end(start, likely, None, must_show=later) == later + dt.timedelta(
        days=round((later - start).days * 0.12)
    )
    # A short goal still gets a visible margin.
    assert view_end(likely, likely + dt.timedelta(days=10), None) == likely + dt.timedelta(
        days=10 + MIN_PAD_DAYS
    )


def test_a_done_goal_says_so_without_a_projection(chart: BurnUpChart, ctx: AppContext) -> None:
    gp = goal_progress(
        ctx,
        [("Own the billing service", 1.0, D(2024, 2, 1)), ("Lead a review", 1.0, D(2024, 5, 1))],
    )
    assert gp.projection.outlook is Outlook.DONE
    chart.set_progress(gp)
    assert chart.projection_line() is None
    assert chart.note_text() == projection_reason(gp)
    assert chart.progress_series()[1][-1] == pytest.approx(100.0)


def test_a_goal_without_milestones_shows_a_hint(chart: BurnUpChart, ctx: AppContext) -> None:
    chart.set_progress(goal_progress(ctx, []))
    assert chart.is_empty()
    assert "No milestones yet" in chart.hint_text()
    assert chart.progress_series() == ([], [])
    assert chart.projection_line() is None
    assert chart.target_x() is None
    assert not chart.grab().isNull()


def test_clear_forgets_the_goal(chart: BurnUpChart, ctx: AppContext) -> None:
    chart.set_progress(goal_progress(ctx, STEADY))
    chart.clear()
    assert not chart.is_empty()
    assert chart.progress_series() == ([], [])
    assert chart.projection_line() is None
    assert chart.range_polygon() is None
    assert chart.target_x() is None
    assert chart.note_text() == ""
    assert chart.legend_labels() == ["Progress", "Milestone done"]


def test_labels_stay_inside_a_narrow_plot(qtbot: QtBot, ctx: AppContext) -> None:
    chart = BurnUpChart()
    show(qtbot, chart, QSize(300, 240))
    # The target date near the right edge: its label goes to the line's left.
    chart.set_progress(goal_progress(ctx, STEADY, target=D(2024, 12, 20)))
    assert tuple(chart.target_label.anchor) == (1, 1)
    chart.grab()  # text items follow the view's transform when painted
    for label in (chart.target_label, chart.likely_label):
        rect = label.sceneBoundingRect()
        plot = chart.view_box.sceneBoundingRect()
        assert plot.left() - 1 <= rect.left()
        assert rect.right() <= plot.right() + 1


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_chart_renders_in_both_themes(
    qtbot: QtBot, ctx: AppContext, palette: Callable[[], QPalette]
) -> None:
    pal = palette()
    base = pal.color(QPalette.ColorRole.Base)
    chart = BurnUpChart()
    chart.setPalette(pal)
    show(qtbot, chart)
    chart.set_progress(goal_progress(ctx, STEADY))
    image = chart.grab().toImage()
    assert not image.isNull()
    assert image.pixelColor(2, 2) == base
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 12
    assert chart.graphics.backgroundBrush().color() == base
    axis = chart.plot.getAxis("left")
    assert axis.textPen().color() == pal.color(QPalette.ColorRole.WindowText)
    assert axis.labelText == "Progress (%)"


def test_chart_follows_palette_changes(chart: BurnUpChart, ctx: AppContext) -> None:
    chart.set_progress(goal_progress(ctx, STEADY))
    for palette in (dark_palette(), light_palette()):
        chart.setPalette(palette)
        assert chart.graphics.backgroundBrush().color() == palette.color(QPalette.ColorRole.Base)
        assert chart.curve.opts["pen"].color() == palette.color(QPalette.ColorRole.Highlight)


def test_a_wrapped_note_stays_above_the_100_percent_line(qtbot: QtBot, ctx: AppContext) -> None:
    chart = BurnUpChart()
    show(qtbot, chart, QSize(420, 220))  # narrow: the reason wraps onto two lines
    chart.set_progress(
        goal_progress(
            ctx,
            [("Own the billing service", 1.0, D(2024, 2, 1)), ("Mentor a new hire", 1.0, None)],
        )
    )
    assert chart.note_item.isVisible()
    chart.grab()  # text items follow the view's transform when painted
    note = chart.note_item.sceneBoundingRect()
    assert note.height() > 1.5 * chart.fontMetrics().height()  # wrapped
    hundred = chart.scene_pos(chart.x_range()[0], 100.0).y()
    assert note.bottom() <= hundred
    # And inside the plot, clear of the legend above it.
    plot = chart.view_box.sceneBoundingRect()
    assert plot.top() - 1 <= note.top()
