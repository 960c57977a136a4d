"""The chart kit (`ui/charts`): the date axis, the flowing legend, the date-plot factory."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from pytestqt.qtbot import QtBot

from careerjournal.ui.charts.axes import (
    STEPS,
    CountAxis,
    DateAxis,
    compact_number,
    tick_label,
    ticks,
)
from careerjournal.ui.charts.legend import SIZE_RAMP, FlowLegend, Swatch, line_swatch
from careerjournal.ui.charts.plots import DateChart, add_date_plot, style_axes
from careerjournal.ui.charts.series import day_x, step_series, time_range
from careerjournal.ui.theme import dark_palette, light_palette
from careerjournal.ui.timeline.lanes import MARKER_SIZES

D = dt.date
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


@pytest.fixture
def english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


def labels(axis: DateAxis, low: dt.date, high: dt.date, pixels: int) -> list[str]:
    """The labelled ticks the axis draws for a view from `low` to `high` on `pixels`."""
    spacing, values = axis.tickValues(day_x(low), day_x(high), pixels)[0]
    return axis.tickStrings(values, 1.0, spacing)


# -- DateAxis ---------------------------------------------------------------------------------


def test_date_axis_labels_days_with_the_year_on_the_first(qtbot: QtBot, english: None) -> None:
    shown = labels(DateAxis(), D(2024, 3, 3), D(2024, 3, 9), 900)
    assert shown == ["3 Mar 2024", "4 Mar", "5 Mar", "6 Mar", "7 Mar", "8 Mar", "9 Mar"]


def test_date_axis_labels_weeks_on_mondays(qtbot: QtBot, english: None) -> None:
    shown = labels(DateAxis(), D(2024, 3, 1), D(2024, 4, 30), 1000)
    assert shown[0] == "4 Mar 2024"  # the first Monday, with its year
    assert shown[1:3] == ["11 Mar", "18 Mar"]


def test_date_axis_labels_months_and_gives_january_its_year(qtbot: QtBot, english: None) -> None:
    shown = labels(DateAxis(), D(2023, 10, 15), D(2024, 3, 15), 900)
    assert shown == ["Nov 2023", "Dec", "2024", "Feb", "Mar"]


def test_date_axis_labels_years_over_a_long_span(qtbot: QtBot, english: None) -> None:
    shown = labels(DateAxis(), D(1990, 6, 1), D(2030, 6, 1), 600)
    assert shown == [str(y) for y in range(1995, 2031, 5)]


@pytest.mark.parametrize(
    ("days", "pixels", "unit"),
    [(30, 800, "day"), (400, 800, "month"), (4000, 800, "year"), (40 * 365, 600, "year")],
)
def test_date_axis_picks_a_step_whose_labels_fit(
    qtbot: QtBot, days: int, pixels: int, unit: str
) -> None:
    axis = DateAxis()
    low = D(2020, 1, 1).toordinal()
    levels = axis.tickValues(low, low + days, pixels)
    spacing, values = levels[0]
    step = next(s for s in STEPS if s.days == spacing)
    assert step.unit == unit
    shown = axis.tickStrings(values, 1.0, spacing)
    assert all(shown)
    assert len(values) * 60 <= pixels  # room for every label
    if len(levels) > 1:
        assert not any(axis.tickStrings(levels[1][1], 1.0, levels[1][0]))  # minor: unlabelled


def test_date_axis_ticks_fall_on_calendar_boundaries() -> None:
    month = next(s for s in STEPS if s.unit == "month" and s.count == 3)
    days = [
        D.fromordinal(int(t))
        for t in ticks(month, D(2020, 2, 10).toordinal(), D(2021, 1, 5).toordinal())
    ]
    assert days == [D(2020, 4, 1), D(2020, 7, 1), D(2020, 10, 1), D(2021, 1, 1)]
    week = next(s for s in STEPS if s.count == 7)
    mondays = ticks(week, D(2024, 3, 1).toordinal(), D(2024, 3, 20).toordinal())
    assert [D.fromordinal(int(t)).weekday() for t in mondays] == [0, 0, 0]
    year = next(s for s in STEPS if s.unit == "year" and s.count == 5)
    assert ticks(year, D(2011, 6, 1).toordinal(), D(2026, 1, 1).toordinal()) == [
        float(D(y, 1, 1).toordinal()) for y in (2015, 2020, 2025)
    ]
    assert tick_label(D(2024, 1, 1), month, first=False) == "2024"
    assert tick_label(D(2024, 4, 1), month, first=True).endswith("2024")
    assert tick_label(D(2024, 3, 4), week, first=False).startswith("4 ")


def test_an_unlabelled_date_axis_draws_ticks_only(qtbot: QtBot) -> None:
    axis = DateAxis(labels=False)
    spacing, values = axis.tickValues(day_x(D(2020, 1, 1)), day_x(D(2024, 1, 1)), 800)[0]
    assert values
    assert not any(axis.tickStrings(values, 1.0, spacing))


# -- CountAxis --------------------------------------------------------------------------------


def test_counts_stay_narrow(english: None) -> None:
    assert [compact_number(v) for v in (950, 9500, 20_000, 95_000, 1_250_000)] == [
        "950",
        "9,500",
        "20k",
        "95k",
        "1.25M",
    ]


def test_a_count_axis_is_as_wide_as_its_widest_label(qtbot: QtBot, english: None) -> None:
    axis = CountAxis("left")
    axis.fit_to(100)
    narrow = axis.width()
    axis.fit_to(9500)
    metrics = QFontMetrics(axis.style.get("tickFont") or axis.font())
    assert axis.width() > narrow
    assert axis.width() >= metrics.horizontalAdvance("9,500")


def test_a_count_axis_ticks_whole_numbers_only(qtbot: QtBot) -> None:
    axis = CountAxis("left")
    values = [v for _, level in axis.tickValues(0.0, 1.3, 150) for v in level]
    assert values
    assert all(v == round(v) for v in values)
    assert [v for _, level in axis.tickValues(0.0, 1500.0, 150) for v in level]  # big counts too


# -- FlowLegend -------------------------------------------------------------------------------


ENTRIES = ["Progress", "Milestone done", "Target date", "Projection", "Range of the projection"]


def fits_its_lines(legend: FlowLegend) -> bool:
    """Whether the legend is exactly as tall as its lines at its width (once laid out)."""
    return legend.size().height() == legend.line_count() * legend.line_height() + 4


def legend_at(qtbot: QtBot, width: int) -> tuple[FlowLegend, pg.GraphicsLayoutWidget]:
    graphics = pg.GraphicsLayoutWidget()
    qtbot.addWidget(graphics)
    legend = FlowLegend()
    graphics.ci.setContentsMargins(0, 0, 0, 0)
    graphics.ci.addItem(legend, row=0, col=0)
    graphics.ci.addItem(pg.PlotItem(), row=1, col=0)
    black, white = QColor("black"), QColor("white")
    legend.set_entries([(line_swatch(black, white), text) for text in ENTRIES], black)
    graphics.resize(width, 300)
    graphics.show()
    qtbot.waitExposed(graphics)
    qtbot.waitUntil(lambda: fits_its_lines(legend))
    return legend, graphics


def entry_right(legend: FlowLegend, index: int, x: float) -> float:
    metrics = QFontMetrics(legend.font())
    swatch = line_swatch(QColor("black"), QColor("white"))
    return x + swatch.width + legend.SPACING + metrics.horizontalAdvance(ENTRIES[index])


def test_the_legend_takes_one_line_when_it_fits(qtbot: QtBot) -> None:
    legend, _ = legend_at(qtbot, 1400)
    assert legend.line_count() == 1
    assert legend.size().height() == legend.line_height() + 4


@pytest.mark.parametrize("width", [260, 420, 600])
def test_the_legend_wraps_to_its_width(qtbot: QtBot, width: int) -> None:
    legend, _ = legend_at(qtbot, width)
    room = legend.size().width()
    positions = legend.positions(room)
    lines = legend.line_count()
    assert lines > 1
    for i, (x, line) in enumerate(positions):
        alone = sum(1 for _, other in positions if other == line) == 1
        assert alone or entry_right(legend, i, x) <= room  # only a lone entry may overflow
    # Entries stay in order, line by line, and the legend is exactly as tall as its lines.
    assert [line for _, line in positions] == sorted(line for _, line in positions)
    assert legend.size().height() == lines * legend.line_height() + 4


def test_the_legend_rewraps_when_the_chart_is_resized(qtbot: QtBot) -> None:
    legend, graphics = legend_at(qtbot, 1400)
    one_line = legend.size().height()
    graphics.resize(300, 300)
    qtbot.waitUntil(lambda: legend.line_count() > 1 and fits_its_lines(legend))
    assert legend.size().height() > one_line


def test_the_legend_inset_keeps_entries_clear_of_the_axis(qtbot: QtBot) -> None:
    legend, _ = legend_at(qtbot, 600)
    legend.set_inset(50)
    assert all(x >= 50 for x, _ in legend.positions(legend.size().width()))


def test_the_size_ramp_shows_the_timeline_markers() -> None:
    assert tuple(float(MARKER_SIZES[i]) for i in (1, 3, 5)) == SIZE_RAMP


# -- the date-plot factory and DateChart --------------------------------------------------------


def test_a_date_plot_holds_still_unless_it_pans(qtbot: QtBot) -> None:
    graphics = pg.GraphicsLayoutWidget()
    qtbot.addWidget(graphics)
    parts = add_date_plot(graphics)
    assert parts.plot.getAxis("bottom") is parts.date_axis
    assert graphics.ci.getItem(0, 0) is parts.legend
    assert parts.view_box.state["mouseEnabled"] == [False, False]
    assert parts.plot.menuEnabled() is False
    assert not parts.view_box.autoRangeEnabled()[0]
    timeline = pg.GraphicsLayoutWidget()
    qtbot.addWidget(timeline)
    panning = add_date_plot(timeline, pan_x=True)
    assert panning.view_box.state["mouseEnabled"] == [True, False]


class _Chart(DateChart):
    def __init__(self) -> None:
        super().__init__("kit_chart")
        self.restyled = 0
        self._built = True
        self._apply_palette()

    def _axis_titles(self) -> dict[str, str]:
        return {"left": "Count"}

    def _restyle(self, colors: dict[str, QColor]) -> None:
        self.restyled += 1
        self.legend.set_entries(
            [(Swatch("o", colors["accent"], colors["background"]), "A")], colors["text"]
        )


@pytest.mark.parametrize("palette", [light_palette, dark_palette])
def test_a_date_chart_titles_and_colours_its_axes(
    qtbot: QtBot, palette: type[QPalette] | object
) -> None:
    chart = _Chart()
    qtbot.addWidget(chart)
    before = chart.restyled
    chart.setPalette(palette())  # type: ignore[operator]
    assert chart.restyled == before + 1  # a palette change restyles the chart
    text = chart.palette().color(QPalette.ColorRole.WindowText)
    left, bottom = chart.plot.getAxis("left"), chart.plot.getAxis("bottom")
    assert left.textPen().color() == text
    assert bottom.textPen().color() == text
    assert left.label.isVisible()
    assert "Count" in left.labelText
    assert not bottom.label.isVisible()  # dates need no title
    assert chart.legend_labels() == ["A"]


def test_a_date_chart_shows_a_hint_instead_of_an_empty_plot(qtbot: QtBot) -> None:
    chart = _Chart()
    qtbot.addWidget(chart)
    assert not chart.is_empty()
    chart._show_hint("Nothing yet.")
    assert chart.is_empty()
    assert chart.hint_text() == "Nothing yet."
    chart._show_chart()
    assert not chart.is_empty()


def test_style_axes_hides_an_empty_title(qtbot: QtBot) -> None:
    graphics = pg.GraphicsLayoutWidget()
    qtbot.addWidget(graphics)
    parts = add_date_plot(graphics)
    colors = {"text": QColor("#123456"), "mid": QColor("#abcdef")}
    style_axes(parts.plot, colors, {"bottom": "Date", "left": ""})
    assert parts.plot.getAxis("bottom").label.isVisible()
    assert not parts.plot.getAxis("left").label.isVisible()
    assert parts.plot.getAxis("left").pen().color() == colors["mid"]


# -- series -----------------------------------------------------------------------------------


def test_step_series_and_time_range() -> None:
    xs, ys = step_series([(1.0, 1.0), (5.0, 2.0), (5.0, 3.0)], 9.0)
    assert (xs, ys) == ([1.0, 5.0, 5.0, 5.0, 9.0], [1.0, 1.0, 2.0, 3.0, 3.0])
    low, high = time_range(100.0, 105.0)
    assert high - low >= 30  # never narrower than a month
    assert low < 100.0
    assert high > 105.0


def test_the_kit_package_and_its_plain_helpers_do_not_load_pyqtgraph() -> None:
    code = (
        "import sys\n"
        "import careerjournal.ui.charts, careerjournal.ui.charts.series\n"
        "import careerjournal.ui.charts.style, careerjournal.ui.skills.radar\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
