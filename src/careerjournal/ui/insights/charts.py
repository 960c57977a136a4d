"""The Insights dashboard's small charts (pyqtgraph): leaps against gains, and momentum.

* `LeapsChart`: the cumulative micro-progressions as a line over time, each promotion a dashed
  vertical marker labelled with its title. Labels are laid out in pixels (`place_labels`): each
  starts or ends at its own line and never crosses another, in up to `LABEL_ROWS` rows, elided
  when there is no room; they are laid out again when the chart is resized.
* `MomentumChart`: a bar per month (the last 24) of the impact summed, with the 3- and 12-month
  averages as horizontal lines.

x is the day number (`date.toordinal()`) on the chart kit's `DateAxis` (`ui/charts`), y a count
on its `CountAxis`. This module imports pyqtgraph, so the Insights page imports it lazily, on its
first refresh. Colours come from the palette and the theme's light/dark pairs, and follow
palette changes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtWidgets import QWidget

from ...domain import EntryKind
from ...services.insights import LeapsCard, MomentumCard
from ..charts.axes import CountAxis
from ..charts.legend import Swatch, box_swatch, line_swatch
from ..charts.plots import DateChart
from ..charts.series import day_x, time_range
from ..charts.style import BLUISH_GREEN, VERMILLION, pair_color, with_alpha
from ..theme import KIND_COLORS, is_dark
from ..view_parts import plain_tip

PROMOTION_COLORS = KIND_COLORS[EntryKind.PROMOTION]
AVERAGE_3_COLORS = VERMILLION
AVERAGE_12_COLORS = BLUISH_GREEN
CHART_HEIGHT = 200
#: Promotion labels: rows under the top of the plot, and the gap to lines and each other (px).
LABEL_ROWS = 3
LABEL_GAP = 4.0
#: A label elided to less than this (px) goes left of its line, if it fits there.
MIN_LABEL = 64.0
#: Narrower than this (px), a label is not shown at all: "…" alone says nothing.
MIN_SHOWN = 28.0


@dataclass(frozen=True)
class LabelPlace:
    """Where a promotion's label goes, in pixels from the plot's left edge."""

    row: int
    left: float
    right: float
    line: float  # its line's x
    elided: bool  # shorter than the full title


def place_labels(
    lines: Sequence[float], widths: Sequence[float], width: float, rows: int = LABEL_ROWS
) -> list[LabelPlace]:
    """Lay out one label per vertical line (x and text width in px) in a band of `rows` rows.

    Every label touches its own line, `LABEL_GAP` away, stays inside 0..`width` and overlaps no
    other label. In order of preference: beside its line crossing no other line (right, then
    left); right of it, whole, in the first row with room (its opaque background cuts the lines
    it crosses); right of it, elided to the row with most room; left of it; elided on the side
    with more room; when there is no room at all, the line goes unlabelled (zero width). So a
    label begins at its line unless the plot's right edge, or a clean place on the left, is
    nearer.
    """
    gap = LABEL_GAP
    placed: list[LabelPlace] = []

    def clear(lo: float, hi: float, row: int, own: int, lines_too: bool) -> bool:
        if lo < 0 or hi > width:
            return False
        if lines_too and any(lo - gap < x < hi + gap for j, x in enumerate(lines) if j != own):
            return False
        return not any(p.row == row and lo < p.right + gap and p.left < hi + gap for p in placed)

    def room(x: float, right: bool, row: int) -> float:
        """The widest label that fits beside the line on that side, in that row."""
        limit = width if right else 0.0
        for p in placed:
            if p.row == row and p.left - gap <= x <= p.right + gap:
                return 0.0  # a label in this row covers the line
            if p.row == row and right and p.right > x:
                limit = min(limit, p.left - gap)
            elif p.row == row and not right and p.left < x:
                limit = max(limit, p.right + gap)
        return max(0.0, limit - x - gap if right else x - gap - limit)

    def span(x: float, w: float, right: bool) -> tuple[float, float]:
        return (x + gap, x + gap + w) if right else (x - gap - w, x - gap)

    def first_fit(i: int, right: bool, lines_too: bool) -> LabelPlace | None:
        x, w = lines[i], widths[i]
        lo, hi = span(x, w, right)
        for row in range(rows):
            if clear(lo, hi, row, i, lines_too):
                return LabelPlace(row, lo, hi, x, False)
        return None

    def elided(i: int, right: bool) -> LabelPlace:
        x = lines[i]
        shown, row = max((room(x, right, row), -row) for row in range(rows))
        if shown < MIN_SHOWN:
            shown = 0.0  # no room at all: the line goes unlabelled (its tooltip names it)
        lo, hi = span(x, shown, right)
        return LabelPlace(-row, lo, hi, x, True)

    for i in range(len(lines)):
        choice = first_fit(i, True, True) or first_fit(i, False, True) or first_fit(i, True, False)
        if choice is None:
            on_right = elided(i, True)
            if on_right.right - on_right.left >= MIN_LABEL:
                choice = on_right
            else:
                choice = first_fit(i, False, False) or max(
                    (on_right, elided(i, False)), key=lambda p: p.right - p.left
                )
        placed.append(choice)
    return placed


class _SmallChart(DateChart):
    """A legend over one plot on a date axis, or a centred hint when there is nothing to draw;
    a counts axis on the left, a fixed height (a short one for the hint)."""

    def __init__(self, name: str, parent: QWidget | None = None):
        count_axis = CountAxis("left")
        super().__init__(
            name, parent, left=count_axis, margins=(2, 4, 12, 2), spacing=2, min_height=CHART_HEIGHT
        )
        self.count_axis = count_axis
        self.plot.showGrid(x=False, y=True, alpha=0.3)
        self.count_axis.fit_to(100)
        self.hint.setContentsMargins(0, 0, 0, 0)
        self.hint_page.setMinimumHeight(80)

    def sizeHint(self) -> QSize:
        return QSize(420, CHART_HEIGHT)

    def _show_hint(self, text: str) -> None:
        super()._show_hint(text)
        self.setFixedHeight(80)

    def _show_chart(self) -> None:
        super()._show_chart()
        self.setMinimumHeight(CHART_HEIGHT)
        self.setMaximumHeight(CHART_HEIGHT)

    def _colors(self) -> dict[str, QColor]:
        colors = super()._colors()
        dark = is_dark(self.palette())
        colors.update(
            under=with_alpha(colors["accent"], 60 if dark else 38),
            halo=with_alpha(colors["background"], 240),  # cuts the lines a label crosses
            promotion=pair_color(PROMOTION_COLORS, dark),
            average_3=pair_color(AVERAGE_3_COLORS, dark),
            average_12=pair_color(AVERAGE_12_COLORS, dark),
        )
        return colors


class LeapsChart(_SmallChart):
    """Cumulative micro-progressions (line) with promotions as labelled vertical markers."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("leaps_chart", parent)
        self.curve = pg.PlotDataItem(antialias=True)
        self.curve.setZValue(2)
        self.plot.addItem(self.curve)
        self._markers: list[pg.InfiniteLine] = []
        self._labels: list[pg.TextItem] = []
        self._places: list[LabelPlace] = []
        self._points: tuple[list[float], list[float]] = ([], [])
        self._promotions: list[tuple[float, str]] = []
        self.view_box.sigResized.connect(self._place_labels)
        self._built = True
        self._apply_palette()

    def set_leaps(self, card: LeapsCard) -> None:
        for line in self._markers:
            self.plot.removeItem(line)
        for label in self._labels:
            self.plot.removeItem(label)
        self._markers, self._labels, self._places = [], [], []
        if not card.cumulative and not card.promotions:
            self._points = ([], [])
            self._promotions = []
            self._show_hint(self.tr("No progressions or promotions yet."))
            return
        xs = [day_x(day) for day, _ in card.cumulative]
        ys = [float(n) for _, n in card.cumulative]
        self._points = (xs, ys)
        self._promotions = [(day_x(p.day), p.title) for p in card.promotions]
        self.curve.setData(xs, ys)
        all_x = xs + [x for x, _ in self._promotions]
        x0, x1 = time_range(min(all_x), max(all_x))
        self.view_box.setXRange(x0, x1, padding=0)
        top = max(ys, default=0.0)
        # Headroom over the curve for the label rows.
        self.view_box.setYRange(0, max(1.0, top * 1.3), padding=0)
        self.count_axis.fit_to(top * 1.3)
        for x, title in self._promotions:
            line = pg.InfiniteLine(pos=x, angle=90, movable=False)
            line.setToolTip(plain_tip(title))
            line.setZValue(1)
            self.plot.addItem(line, ignoreBounds=True)
            self._markers.append(line)
            label = pg.TextItem(title, anchor=(0, 0))
            label.setZValue(3)
            self.plot.addItem(label, ignoreBounds=True)
            self._labels.append(label)
        self._show_chart()
        self._restyle(self._colors())
        self._place_labels()

    def _place_labels(self) -> None:
        """Lay the promotion labels out for the plot's current size (see `place_labels`)."""
        if not self._labels:
            self._places = []
            return
        rect = self.view_box.viewRect()
        width = self.view_box.width()
        height = self.view_box.height()
        if width <= 0 or height <= 0 or rect.width() <= 0:
            return
        metrics = QFontMetrics(self._labels[0].textItem.font())
        pad = 2 * 2.0  # TextItem's border padding on both sides
        per_px = rect.width() / width
        lines = [(x - rect.left()) / per_px for x, _ in self._promotions]
        widths = [metrics.horizontalAdvance(t) + pad for _, t in self._promotions]
        self._places = place_labels(lines, widths, width)
        row_px = metrics.height() + 4 + 2
        y_per_px = rect.height() / height
        for place, label, (_, title) in zip(
            self._places, self._labels, self._promotions, strict=True
        ):
            text = title
            if place.elided:
                room = max(0, int(place.right - place.left - pad))
                text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
            label.setText(text)
            label.setVisible(bool(text))
            label.setToolTip(plain_tip(title))
            x = rect.left() + place.left * per_px
            y = rect.bottom() - (2 + place.row * row_px) * y_per_px  # bottom(): the top in data
            label.setAnchor((0, 0))
            label.setPos(x, y)

    def series(self) -> tuple[list[float], list[float]]:
        return list(self._points[0]), list(self._points[1])

    def promotion_markers(self) -> list[tuple[float, str]]:
        return list(self._promotions)

    def label_places(self) -> list[LabelPlace]:
        """Where the labels are, in pixels from the plot's left edge (tests)."""
        return list(self._places)

    def label_texts(self) -> list[str]:
        return [label.textItem.toPlainText() for label in self._labels]

    def _restyle(self, colors: dict[str, QColor]) -> None:
        self.curve.setPen(pg.mkPen(colors["accent"], width=2.2))
        self.curve.setFillLevel(0.0)
        self.curve.setBrush(pg.mkBrush(colors["under"]))
        for line in self._markers:
            line.setPen(pg.mkPen(colors["promotion"], width=1.6, style=Qt.PenStyle.DashLine))
        for label in self._labels:
            label.setColor(colors["promotion"])
            label.fill = pg.mkBrush(colors["halo"])
            label.border = pg.mkPen(None)
            label.update()
        background = colors["background"]
        entries: list[tuple[Swatch, str]] = [
            (line_swatch(colors["accent"], background), self.tr("Micro-progressions so far")),
            (line_swatch(colors["promotion"], background, dashed=True), self.tr("Promotion")),
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
        xs = [day_x(month) + 15 for month, _ in card.months]
        heights = [v for _, v in card.months]
        self.bars.setOpts(x=xs, height=heights, width=22.0)
        self.view_box.setXRange(xs[0] - 20, xs[-1] + 20, padding=0)
        top = max(max(heights), card.average_3, card.average_12)
        self.view_box.setYRange(0, max(1.0, top * 1.1), padding=0)
        self.count_axis.fit_to(top * 1.1)
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
            (box_swatch(bar), self.tr("Impact per month")),
            (line_swatch(colors["average_3"], background), self.tr("3-month average")),
            (
                line_swatch(colors["average_12"], background, dashed=True),
                self.tr("12-month average"),
            ),
        ]
        self.legend.set_entries(entries, colors["text"])


__all__ = ["LabelPlace", "LeapsChart", "MomentumChart", "place_labels"]
