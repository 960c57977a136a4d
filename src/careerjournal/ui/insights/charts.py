"""The Insights dashboard's small charts (pyqtgraph): leaps against gains, and momentum.

* `LeapsChart`: the cumulative micro-progressions as a line over time, each promotion a dashed
  vertical marker labelled with its title.
* `MomentumChart`: a bar per month (the last 24) of the impact summed, with the 3- and 12-month
  averages as horizontal lines.

x is the day number (`date.toordinal()`) on the timeline's `DateAxis`. This module imports
pyqtgraph, so the Insights page imports it lazily, on its first refresh. Colours come from the
palette and the theme's light/dark pairs, and follow palette changes.
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from ...domain import EntryKind
from ...services.insights import LeapsCard, MomentumCard
from ..skills.charts import BoxSwatch, LineSwatch, pair_color, time_range
from ..theme import KIND_COLORS, ColorPair, is_dark
from ..timeline.axis import DateAxis
from ..timeline.plot import FlowLegend, Swatch

PROMOTION_COLORS = KIND_COLORS[EntryKind.PROMOTION]
AVERAGE_3_COLORS = ColorPair("#d55e00", "#ff8c4a")  # vermillion
AVERAGE_12_COLORS = ColorPair("#007a5a", "#36d2a2")  # bluish green
CHART_HEIGHT = 200


def _x(day: dt.date) -> float:
    return float(day.toordinal())


class _SmallChart(QWidget):
    """A legend over one plot on a date axis, or a centred hint when there is nothing to draw."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._built = False
        self.setObjectName(name)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName(f"{name}_plot")
        self.graphics.setMinimumSize(240, CHART_HEIGHT)
        layout = self.graphics.ci
        layout.setContentsMargins(2, 4, 12, 2)
        layout.setSpacing(2)
        self.legend = FlowLegend()
        layout.addItem(self.legend, row=0, col=0)
        self.date_axis = DateAxis()
        self.plot = pg.PlotItem(axisItems={"bottom": self.date_axis})
        self.plot.hideButtons()
        self.plot.setMenuEnabled(False)
        layout.addItem(self.plot, row=1, col=0)
        self.view_box = self.plot.getViewBox()
        self.view_box.setMouseEnabled(x=False, y=False)
        self.view_box.disableAutoRange()
        self.plot.showGrid(x=False, y=True, alpha=0.3)
        self.plot.getAxis("left").setWidth(40)

        self.hint = QLabel(self)
        self.hint.setObjectName(f"{name}_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hint_page = QWidget(self)
        self.hint_page.setMinimumHeight(80)
        QVBoxLayout(self.hint_page).addWidget(self.hint)
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.hint_page)

    def sizeHint(self) -> QSize:
        return QSize(420, CHART_HEIGHT)

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.hint_page

    def hint_text(self) -> str:
        return self.hint.text()

    def legend_labels(self) -> list[str]:
        return self.legend.labels()

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint_page)
        self.setFixedHeight(80)

    def _show_chart(self) -> None:
        self.stack.setCurrentWidget(self.graphics)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMaximumHeight(CHART_HEIGHT)

    def _colors(self) -> dict[str, QColor]:
        palette = self.palette()
        dark = is_dark(palette)
        accent = palette.color(QPalette.ColorRole.Highlight)
        under = QColor(accent)
        under.setAlpha(60 if dark else 38)
        halo = QColor(palette.color(QPalette.ColorRole.Base))
        halo.setAlpha(215)
        return {
            "background": palette.color(QPalette.ColorRole.Base),
            "text": palette.color(QPalette.ColorRole.WindowText),
            "mid": palette.color(QPalette.ColorRole.Mid),
            "accent": accent,
            "under": under,
            "halo": halo,
            "promotion": pair_color(PROMOTION_COLORS, dark),
            "average_3": pair_color(AVERAGE_3_COLORS, dark),
            "average_12": pair_color(AVERAGE_12_COLORS, dark),
        }

    def _apply_palette(self) -> None:
        colors = self._colors()
        self.graphics.setBackground(colors["background"])
        for name in ("bottom", "left"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(colors["mid"]))
            axis.setTextPen(pg.mkPen(colors["text"]))
        self._restyle(colors)

    def _restyle(self, colors: dict[str, QColor]) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self._apply_palette()
        super().changeEvent(event)


class LeapsChart(_SmallChart):
    """Cumulative micro-progressions (line) with promotions as labelled vertical markers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("leaps_chart", parent)
        self.curve = pg.PlotDataItem(antialias=True)
        self.curve.setZValue(2)
        self.plot.addItem(self.curve)
        self._markers: list[pg.InfiniteLine] = []
        self._points: tuple[list[float], list[float]] = ([], [])
        self._promotions: list[tuple[float, str]] = []
        self._built = True
        self._apply_palette()

    def set_leaps(self, card: LeapsCard) -> None:
        for line in self._markers:
            self.plot.removeItem(line)
        self._markers = []
        if not card.cumulative and not card.promotions:
            self._points = ([], [])
            self._promotions = []
            self._show_hint(self.tr("No progressions or promotions yet."))
            return
        xs = [_x(day) for day, _ in card.cumulative]
        ys = [float(n) for _, n in card.cumulative]
        self._points = (xs, ys)
        self._promotions = [(_x(p.day), p.title) for p in card.promotions]
        self.curve.setData(xs, ys)
        all_x = xs + [x for x, _ in self._promotions]
        x0, x1 = time_range(min(all_x), max(all_x))
        self.view_box.setXRange(x0, x1, padding=0)
        top = max(ys, default=0.0)
        self.view_box.setYRange(0, max(1.0, top * 1.18), padding=0)
        middle = (x0 + x1) / 2
        for i, (x, title) in enumerate(self._promotions):
            side = (0, 0.5) if x < middle else (1, 0.5)
            line = pg.InfiniteLine(
                pos=x,
                angle=90,
                movable=False,
                label=title,
                labelOpts={"position": 0.92 - 0.12 * (i % 3), "anchors": [side, side]},
            )
            line.setZValue(1)
            self.plot.addItem(line, ignoreBounds=True)
            self._markers.append(line)
        self._show_chart()
        self._restyle(self._colors())

    def series(self) -> tuple[list[float], list[float]]:
        return list(self._points[0]), list(self._points[1])

    def promotion_markers(self) -> list[tuple[float, str]]:
        return list(self._promotions)

    def _restyle(self, colors: dict[str, QColor]) -> None:
        self.curve.setPen(pg.mkPen(colors["accent"], width=2.2))
        self.curve.setFillLevel(0.0)
        self.curve.setBrush(pg.mkBrush(colors["under"]))
        for line in self._markers:
            line.setPen(pg.mkPen(colors["promotion"], width=1.6, style=Qt.PenStyle.DashLine))
            line.label.setColor(colors["promotion"])
            line.label.fill = pg.mkBrush(colors["halo"])
        background = colors["background"]
        entries: list[tuple[Swatch, str]] = [
            (LineSwatch("s", colors["accent"], background), self.tr("Micro-progressions so far")),
            (
                LineSwatch("s", colors["promotion"], background, dashed=True),
                self.tr("Promotion"),
            ),
        ]
        self.legend.set_entries(entries, colors["text"])


class MomentumChart(_SmallChart):
    """Impact per month (bars) with the 3- and 12-month averages (lines)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("momentum_chart", parent)
        self.bars = pg.BarGraphItem(x=[], height=[], width=20.0)
        self.plot.addItem(self.bars)
        self.line_3 = pg.InfiniteLine(angle=0, movable=False)
        self.line_12 = pg.InfiniteLine(angle=0, movable=False)
        for z, line in enumerate((self.line_12, self.line_3), start=2):
            line.setZValue(z)
            self.plot.addItem(line, ignoreBounds=True)
        self._bars: list[tuple[dt.date, float]] = []
        self._averages = (0.0, 0.0)
        self._built = True
        self._apply_palette()

    def set_momentum(self, card: MomentumCard) -> None:
        self._bars = list(card.months)
        self._averages = (card.average_3, card.average_12)
        if not any(v for _, v in card.months):
            self.bars.setOpts(x=[], height=[])
            self._show_hint(self.tr("No impact recorded in the last 24 months."))
            return
        xs = [_x(month) + 15 for month, _ in card.months]
        heights = [v for _, v in card.months]
        self.bars.setOpts(x=xs, height=heights, width=22.0)
        self.view_box.setXRange(xs[0] - 20, xs[-1] + 20, padding=0)
        top = max(max(heights), card.average_3, card.average_12)
        self.view_box.setYRange(0, max(1.0, top * 1.1), padding=0)
        self.line_3.setValue(card.average_3)
        self.line_12.setValue(card.average_12)
        self._show_chart()

    def bar_values(self) -> list[tuple[dt.date, float]]:
        return list(self._bars)

    def average_lines(self) -> tuple[float, float]:
        return float(self.line_3.value()), float(self.line_12.value())

    def _restyle(self, colors: dict[str, QColor]) -> None:
        bar = QColor(colors["accent"])
        bar.setAlpha(170)
        self.bars.setOpts(brush=pg.mkBrush(bar), pen=pg.mkPen(None))
        self.line_3.setPen(pg.mkPen(colors["average_3"], width=2.0))
        self.line_12.setPen(pg.mkPen(colors["average_12"], width=2.0, style=Qt.PenStyle.DashLine))
        background = colors["background"]
        entries: list[tuple[Swatch, str]] = [
            (BoxSwatch("s", bar, bar), self.tr("Impact per month")),
            (LineSwatch("s", colors["average_3"], background), self.tr("3-month average")),
            (
                LineSwatch("s", colors["average_12"], background, dashed=True),
                self.tr("12-month average"),
            ),
        ]
        self.legend.set_entries(entries, colors["text"])


__all__ = ["LeapsChart", "MomentumChart"]
