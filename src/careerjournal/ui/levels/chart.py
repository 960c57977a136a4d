"""The Levels area's position chart: where you stand within your current level, over time.

`SubLevelChart` draws the share of the current level's criteria whose latest assessment is
"consistently" (0-100 %) as a step line through the rubric's history, flat on to today (a
larger marker), the sub-level thresholds as dashed lines with the letters A-E on the right in
their bands, and today's band shaded. Under the plot one line says how the position is computed.
Without history a hint says what to do instead.

x is the day number (`date.toordinal()`) on the chart kit's `DateAxis` (`ui/charts`). This
module imports pyqtgraph, so import it lazily (when the Levels area is shown). Colours come from
the palette and follow its changes (light and dark themes).
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.framework_records import LETTERS, Rubric, SubLevel
from ..charts.axes import set_named_ticks
from ..charts.legend import Swatch, box_swatch, line_swatch
from ..charts.plots import DateChart, hover_scatter
from ..charts.series import day_x, step_series, time_range
from ..charts.style import with_alpha
from ..formatting import format_date
from ..view_parts import secondary

MARKER_SIZE = 7.0
TODAY_SIZE = 13.0
Y_BOTTOM = -4.0  # a little room below 0 %, so its tick label shows
Y_TOP = 104.0
BAND_ALPHA = 38  # today's band, shaded in the accent colour
THRESHOLD_ALPHA = 150  # the threshold lines, in the text colour
LETTER_AXIS_PAD = 16  # the letters' axis: the widest letter plus this (px)

_PLACE = re.compile(r"%([1-9])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("SubLevelChart", text)


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2, ... replaced in one pass (a value holding "%2" stays as it is)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], text)


def percent(share: float) -> str:
    """A share (0..1) as a percentage: "45 %", or "33.3 %" when it is not a whole number."""
    value = share * 100
    if abs(value - round(value)) < 0.05:
        number = QLocale().toString(round(value))
    else:
        number = QLocale().toString(value, "f", 1)
    return fill(_tr("%1 %"), number)


def how_computed(sub: SubLevel, level: int) -> str:
    """The position's letter, its counts, and every letter's band, in one line."""
    counts = QCoreApplication.translate(
        "SubLevelChart",
        "Position %1: %2 of %n level %3 criteria assessed “consistently” (%4);",
        "",
        sub.total,
    )
    first = fill(counts, sub.letter, str(sub.consistent), str(level), percent(sub.share))
    t = [percent(v) for v in sub.thresholds]
    if len(t) != len(LETTERS) - 1:  # never from the service; say no more than is known
        return first.rstrip(";") + "."
    bands = fill(
        _tr(
            "A below %1, B below %2, C below %3, D below %4, E from %4 "
            "(thresholds in Preferences › Levels)."
        ),
        *t,
    )
    return f"{first} {bands}"


class PositionPlot(DateChart):
    """The plot part of `SubLevelChart`: the share over time, thresholds, letters, today."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("sublevel_chart", parent, min_height=200)
        self.graphics.setAccessibleName(self.tr("Position within your level over time"))
        self._rubric: Rubric | None = None
        self._series: tuple[list[float], list[float]] = ([], [])
        self._points: list[tuple[float, float]] = []
        self.band = pg.LinearRegionItem(orientation="horizontal", movable=False, pen=pg.mkPen(None))
        self.thresholds = [pg.InfiniteLine(angle=0, movable=False) for _ in LETTERS[1:]]
        self.curve = pg.PlotDataItem()
        self.markers = hover_scatter("o", MARKER_SIZE, self._tip)
        self.today = hover_scatter("o", TODAY_SIZE, self._today_tip)
        items = [self.band, *self.thresholds, self.curve, self.markers, self.today]
        for z, item in enumerate(items):
            item.setZValue(z + 1)
            self.plot.addItem(item, ignoreBounds=True)
        self.plot.showAxis("right")
        self.letter_axis = self.plot.getAxis("right")
        self.view_box.setYRange(Y_BOTTOM, Y_TOP, padding=0)
        self._built = True
        self._apply_palette()
        self._clear_items()

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    # -- API --------------------------------------------------------------------------------------

    def show_rubric(self, rubric: Rubric | None) -> None:
        self._rubric = rubric
        sub = rubric.sublevel if rubric is not None else None
        if rubric is None:
            self._empty(self.tr("Import a progression framework to see your position in it."))
            return
        if rubric.current is None:
            self._empty(self.tr("Choose your current level to see your position within it."))
            return
        if sub is None:
            self._empty(self.tr("Your level has no criteria, so it has no positions within it."))
            return
        if not rubric.history:
            self._empty(self.tr("Assess criteria of your level to see your position move."))
            return
        self._points = [(day_x(day), share * 100) for day, share in rubric.history]
        end = day_x(rubric.as_of)
        self._series = step_series(self._points, end)
        self.curve.setData(*self._series)
        self.markers.setData(
            x=[x for x, _ in self._points],
            y=[y for _, y in self._points],
            data=list(range(len(self._points))),
        )
        self.today.setData(x=[end], y=[sub.share * 100], data=[0])
        self._draw_bands(sub)
        first = self._points[0][0]
        self.view_box.setXRange(*time_range(first, max(self._points[-1][0], end)), padding=0)
        self.view_box.setYRange(Y_BOTTOM, Y_TOP, padding=0)
        self._show_chart()
        self._fill_legend()

    def series(self) -> tuple[list[float], list[float]]:
        """The step line's vertices: x as day numbers, y in percent."""
        return list(self._series[0]), list(self._series[1])

    def letters(self) -> list[tuple[float, str]]:
        """The letters on the right axis: (y in percent, letter), A first."""
        sub = self._rubric.sublevel if self._rubric is not None else None
        return _letter_places(sub.thresholds) if sub is not None and not self.is_empty() else []

    # -- internals --------------------------------------------------------------------------------

    def _empty(self, hint: str) -> None:
        self._clear_items()
        self._show_hint(hint)

    def _clear_items(self) -> None:
        self._series = ([], [])
        self._points = []
        self.curve.setData([], [])
        self.markers.setData(x=[], y=[])
        self.today.setData(x=[], y=[])
        for line in self.thresholds:
            line.hide()
        self.band.hide()
        self.letter_axis.setTicks([[], []])
        self.legend.set_entries([], self._colors()["text"])

    def _draw_bands(self, sub: SubLevel) -> None:
        values = [t * 100 for t in sub.thresholds]
        for line, value in zip(self.thresholds, values, strict=False):
            line.setValue(value)
            line.show()
        edges = [0.0, *values, 100.0]
        index = LETTERS.index(sub.letter) if sub.letter in LETTERS else 0
        index = min(index, len(edges) - 2)
        self.band.setRegion((edges[index], edges[index + 1]))
        self.band.show()
        metrics = QFontMetrics(self.font())
        room = max(metrics.horizontalAdvance(letter) for letter in LETTERS)
        set_named_ticks(self.letter_axis, _letter_places(sub.thresholds), metrics, room + 4)
        self.letter_axis.setWidth(room + LETTER_AXIS_PAD)

    def _tip(self, x: float, y: float, data: object) -> str:
        if not isinstance(data, int) or not 0 <= data < len(self._points):
            return ""
        rubric = self._rubric
        if rubric is None or data >= len(rubric.history):
            return ""
        day, share = rubric.history[data]
        return fill(
            self.tr("%1: %2 of the level's criteria assessed “consistently”"),
            format_date(day),
            percent(share),
        )

    def _today_tip(self, x: float, y: float, data: object) -> str:
        rubric = self._rubric
        sub = rubric.sublevel if rubric is not None else None
        if rubric is None or sub is None:
            return ""
        return fill(
            self.tr("Today (%1): position %2, %3"),
            format_date(rubric.as_of),
            sub.letter,
            percent(sub.share),
        )

    def _axis_titles(self) -> dict[str, str]:
        return {"bottom": self.tr("Date"), "left": self.tr("Criteria shown consistently (%)")}

    def _fill_legend(self) -> None:
        colors = self._colors()
        background = colors["background"]
        accent = colors["accent"]
        sub = self._rubric.sublevel if self._rubric is not None else None
        if sub is None or self.is_empty():
            self.legend.set_entries([], colors["text"])
            return
        entries: list[tuple[Swatch, str]] = [
            (line_swatch(accent, background), self.tr("Criteria shown consistently")),
            (
                Swatch("o", accent, background, TODAY_SIZE),
                fill(self.tr("Today: position %1"), sub.letter),
            ),
            (
                line_swatch(with_alpha(colors["text"], THRESHOLD_ALPHA), background, dashed=True),
                self.tr("Sub-level threshold"),
            ),
            (box_swatch(with_alpha(accent, BAND_ALPHA * 2), accent), self.tr("Today's band")),
        ]
        self.legend.set_entries(entries, colors["text"])

    def _restyle(self, colors: dict[str, QColor]) -> None:
        accent = colors["accent"]
        background = colors["background"]
        self.curve.setPen(pg.mkPen(accent, width=2.2))
        self.markers.setPen(pg.mkPen(background, width=1.2))
        self.markers.setBrush(pg.mkBrush(accent))
        self.today.setPen(pg.mkPen(background, width=1.6))
        self.today.setBrush(pg.mkBrush(accent))
        threshold = with_alpha(colors["text"], THRESHOLD_ALPHA)  # darker than the grid
        dashed = pg.mkPen(threshold, width=1.4, style=Qt.PenStyle.DashLine)
        for line in self.thresholds:
            line.setPen(dashed)
        self.band.setBrush(pg.mkBrush(with_alpha(accent, BAND_ALPHA)))
        self.letter_axis.setPen(pg.mkPen(colors["mid"]))
        self.letter_axis.setTextPen(pg.mkPen(colors["text"]))
        self.letter_axis.showLabel(False)
        self._fill_legend()


def _letter_places(thresholds: tuple[float, ...]) -> list[tuple[float, str]]:
    """Each letter at the middle of its band (in percent): A between 0 and the first threshold."""
    edges = [0.0, *(t * 100 for t in thresholds), 100.0]
    return [
        ((edges[i] + edges[i + 1]) / 2, letter)
        for i, letter in enumerate(LETTERS[: len(edges) - 1])
    ]


class SubLevelChart(QWidget):
    """The position chart with, under it, one line on how the position is computed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levels_sublevel")
        self.chart = PositionPlot(self)
        self.how = QLabel(self)
        self.how.setObjectName("levels_sublevel_how")
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        self.how.setWordWrap(True)
        secondary(self.how)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.how)
        self.how.hide()

    def show_rubric(self, rubric: Rubric | None) -> None:
        """Draw the rubric's position history (None: no framework), and say how it is computed."""
        self.chart.show_rubric(rubric)
        sub = rubric.sublevel if rubric is not None else None
        if rubric is None or rubric.current is None or sub is None:
            self.how.clear()
            self.how.hide()
            return
        self.how.setText(how_computed(sub, rubric.current.level.number))
        self.how.show()

    def changeEvent(self, event: QEvent) -> None:
        # Hand the palette on explicitly: under the app's style sheet a child keeps the palette
        # it was polished with, so a theme switch would leave the plot in the old colours.
        if event.type() == QEvent.Type.PaletteChange:
            self.chart.setPalette(self.palette())
        super().changeEvent(event)

    # -- for tests and the area -------------------------------------------------------------------

    def how_text(self) -> str:
        return self.how.text()

    def is_empty(self) -> bool:
        """Whether the hint shows instead of the plot."""
        return self.chart.is_empty()

    def hint_text(self) -> str:
        return self.chart.hint_text()

    def legend_labels(self) -> list[str]:
        return self.chart.legend_labels()

    def axis_titles(self) -> dict[str, str]:
        """The bottom and left axes' titles as drawn."""
        return {name: str(self.chart.plot.getAxis(name).labelText) for name in ("bottom", "left")}

    def series(self) -> tuple[list[float], list[float]]:
        return self.chart.series()


__all__ = ["PositionPlot", "SubLevelChart", "how_computed", "percent"]
