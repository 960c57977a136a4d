"""The chart kit's legend: entries side by side that wrap onto more lines when the chart is narrow.

A legend entry is a swatch (a sample of what the chart draws) and its text. `Swatch` draws a
marker symbol (pyqtgraph's names: "o", "d", "s", "star", or a QPainterPath); with the symbol
None it draws a size ramp (three circles growing, e.g. "bigger means more impact"), with
"density" a shading ramp (e.g. "darker means more entries"). `LineSwatch` is a short line, solid
or dashed; `BoxSwatch` a filled box (a colour, or any brush such as a hatching).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy

#: The size ramp's circles (diameters in px): the timeline's markers for impact 1, 3 and 5.
SIZE_RAMP = (6.0, 10.5, 16.0)
#: The shading ramp: the opacity of its palest step (the fullest is opaque), and its height.
SHADE_FLOOR = 0.3
SHADE_HEIGHT = 10.5
SHADE_STEPS = 6


@dataclass(frozen=True)
class Swatch:
    """A legend sample: a symbol in a colour, (symbol None) three circles growing in size, or
    ("density") a shading ramp, from the palest step to the fullest."""

    symbol: str | QPainterPath | None
    color: QColor
    outline: QColor
    size: float = 11.0

    @property
    def width(self) -> float:
        return 36.0 if self.symbol is None or self.symbol == "density" else 18.0

    def paint(self, p: QPainter, x: float, y: float) -> None:
        """Draw with the vertical centre at y."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if isinstance(self.symbol, str) and self.symbol == "density":
            column = self.width / SHADE_STEPS
            for i in range(SHADE_STEPS):
                shade = QColor(self.color)
                share = i / (SHADE_STEPS - 1)
                shade.setAlphaF(SHADE_FLOOR + (1 - SHADE_FLOOR) * math.sqrt(share))
                rect = QRectF(x + i * column, y - SHADE_HEIGHT / 2, column, SHADE_HEIGHT)
                p.fillRect(rect, shade)
        elif self.symbol is None:
            p.setPen(QPen(self.color, 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for diameter in SIZE_RAMP:
                radius = diameter / 2
                p.drawEllipse(QPointF(x + radius, y), radius, radius)
                x += 2 * radius + 2
        else:
            p.translate(x + self.width / 2, y)
            pen = pg.mkPen(self.outline, width=1.0)
            drawSymbol(p, self.symbol, self.size, pen, QBrush(self.color))
        p.restore()


@dataclass(frozen=True)
class LineSwatch(Swatch):
    """A legend sample: a short line, solid or dashed."""

    dashed: bool = False

    @property
    def width(self) -> float:
        return 24.0

    def paint(self, p: QPainter, x: float, y: float) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine
        pen = QPen(self.color, 2.0, style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(QPointF(x, y), QPointF(x + self.width, y))
        p.restore()


@dataclass(frozen=True)
class BoxSwatch(Swatch):
    """A legend sample: a filled box (a layer's colour, or `brush`, e.g. a hatching)."""

    brush: QBrush | None = None

    @property
    def width(self) -> float:
        return 16.0

    def paint(self, p: QPainter, x: float, y: float) -> None:
        p.save()
        p.setPen(QPen(self.outline, 1.0))
        p.setBrush(self.brush if self.brush is not None else QBrush(self.color))
        p.drawRect(QRectF(x + 0.5, y - 5.5, self.width - 1, 11))
        p.restore()


def line_swatch(color: QColor, background: QColor, *, dashed: bool = False) -> LineSwatch:
    """A line's legend sample (a line needs no symbol and no outline)."""
    return LineSwatch("s", color, background, dashed=dashed)


def box_swatch(color: QColor, outline: QColor | None = None) -> BoxSwatch:
    """A filled area's legend sample, outlined in its own colour unless told otherwise."""
    return BoxSwatch("s", color, color if outline is None else outline)


class FlowLegend(pg.GraphicsWidget):
    """Legend entries side by side, wrapping onto more lines when the plot is narrow.

    It takes the height its lines need at the current width, so the plot never grows past the
    view; `inset` keeps the entries clear of the left axis.
    """

    GAP = 16.0  # between entries
    SPACING = 5.0  # between a swatch and its text

    def __init__(self) -> None:
        super().__init__()
        self._entries: list[tuple[Swatch, str]] = []
        self._text_color = QColor(Qt.GlobalColor.black)
        self._inset = 0.0
        self._lines = -1
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Zooming repaints the whole plot; the legend does not change, so it comes from a cache.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def labels(self) -> list[str]:
        return [text for _, text in self._entries]

    def line_count(self) -> int:
        """How many lines the entries take at the current width (0: no entries)."""
        positions = self.positions(self.size().width())
        return positions[-1][1] + 1 if positions else 0

    def setExportMode(self, export: bool, opts: dict[str, object] | None = None) -> None:
        # Exports draw afresh (vectors in SVG, full resolution in PNG), not from the cache.
        mode = QGraphicsItem.CacheMode
        self.setCacheMode(mode.NoCache if export else mode.DeviceCoordinateCache)
        super().setExportMode(export, opts)

    def set_entries(self, entries: Sequence[tuple[Swatch, str]], text_color: QColor) -> None:
        self._entries = list(entries)
        self._text_color = QColor(text_color)
        self._relayout(self.size().width())
        self.update()

    def set_inset(self, inset: float) -> None:
        self._inset = inset
        self._relayout(self.size().width())

    def line_height(self) -> float:
        return max(20.0, QFontMetrics(self.font()).height() + 4.0)

    def positions(self, width: float) -> list[tuple[float, int]]:
        """Each entry's x and line number at this width: an entry goes on the next line when
        it would cross the right edge (unless it is the first on its line)."""
        metrics = QFontMetrics(self.font())
        x, line, out = self._inset, 0, []
        for swatch, text in self._entries:
            w = swatch.width + self.SPACING + metrics.horizontalAdvance(text)
            if x > self._inset and x + w > width:
                x, line = self._inset, line + 1
            out.append((x, line))
            x += w + self.GAP
        return out

    def _relayout(self, width: float) -> None:
        if width <= 0:
            return
        positions = self.positions(width)
        lines = positions[-1][1] + 1 if positions else 0
        if lines != self._lines:
            self._lines = lines
            height = lines * self.line_height() + 4
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.setPreferredHeight(height)

    def resizeEvent(self, event: object) -> None:
        self._relayout(self.size().width())

    def paint(self, p: QPainter, *args: object) -> None:
        line_height = self.line_height()
        metrics = QFontMetrics(self.font())
        p.setFont(self.font())
        positions = self.positions(self.size().width())
        for (swatch, text), (x, line) in zip(self._entries, positions, strict=True):
            y = 2 + line * line_height + line_height / 2
            swatch.paint(p, x, y)
            p.setPen(self._text_color)
            baseline = y + (metrics.ascent() - metrics.descent()) / 2
            p.drawText(QPointF(x + swatch.width + self.SPACING, baseline), text)


__all__ = [
    "SHADE_FLOOR",
    "SIZE_RAMP",
    "BoxSwatch",
    "FlowLegend",
    "LineSwatch",
    "Swatch",
    "box_swatch",
    "line_swatch",
]
