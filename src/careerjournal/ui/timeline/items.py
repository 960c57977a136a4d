"""The timeline's plot items that paint in pixels: their base, vertical lines, stripes, momentum.

Everything lives in one pyqtgraph ViewBox (x = day number, y = rows). All items have fixed
bounds (the plot's whole pannable area; the ViewBox clips), so zooming changes no item
geometry: no re-indexing and no second repaint per step, which pyqtgraph's own items (bounds
padded by a pixel size) would cause. Each item paints only what is in view, in device pixels.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QPainter,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget


def cosmetic_pen(
    color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine
) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    return pen


class FixedItem(pg.GraphicsObject):
    """A plot item whose bounds its owner sets once per data change (the plot's whole pannable
    area). Zooming then changes no geometry; the ViewBox clips what lies outside the view."""

    def __init__(self) -> None:
        super().__init__()
        self._bounds = QRectF()

    def set_bounds(self, rect: QRectF) -> None:
        if rect != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(rect)
            self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def dataBounds(  # never drives the ViewBox's auto-range (which is off anyway)
        self, ax: int, frac: float = 1.0, orthoRange: object = None
    ) -> tuple[None, None]:
        return (None, None)

    def visible_x(self) -> tuple[float, float] | None:
        view = self.viewRect()
        return None if view is None else (view.left(), view.right())

    def exporting(self) -> bool:
        return self._exportOpts is not False

    def export_scale(self) -> float:
        """How much larger than on screen an export draws (PNG at twice the resolution)."""
        opts = self._exportOpts if isinstance(self._exportOpts, dict) else {}
        return float(opts.get("resolutionScale", 1.0))

    def to_pixels(self, p: QPainter) -> QTransform:
        """Switch the painter to pixel units (scaled up in a high-resolution export, so text,
        symbols and lines grow with it) and return the data-to-pixel transform."""
        scale = self.export_scale()
        transform = p.transform() * QTransform.fromScale(1 / scale, 1 / scale)
        p.setTransform(QTransform.fromScale(scale, scale))
        return transform

    def pen(self, pen: QPen) -> QPen:
        """`pen` for painting in pixel units: widths grow with an export's scale."""
        if not self.exporting():
            return pen
        scaled = QPen(pen)
        scaled.setCosmetic(False)
        return scaled


# --- vertical lines: promotions and the date grid --------------------------------------------


class LinesItem(FixedItem):
    """Vertical lines across the plot: at fixed days, or (grid) wherever `ticks` says."""

    def __init__(self, ticks: Callable[[float, float, float], list[float]] | None = None):
        super().__init__()
        self._positions = np.empty(0)
        self._ticks = ticks
        self._pen = cosmetic_pen(QColor(Qt.GlobalColor.gray))
        self._span: tuple[float, float] | None = None  # data y from, to; None: the whole view

    def set_positions(self, positions: Sequence[float]) -> None:
        self._positions = np.asarray(sorted(positions), dtype=np.float64)
        self.update()

    def positions(self) -> list[float]:
        return self._positions.tolist()

    def set_pen(self, pen: QPen) -> None:
        self._pen = QPen(pen)
        self._pen.setCosmetic(True)
        self.update()

    def set_span(self, span: tuple[float, float] | None) -> None:
        self._span = span
        self.update()

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view = self.viewRect()
        if view is None:
            return
        low, high = view.left(), view.right()
        transform = self.to_pixels(p)
        if self._ticks is not None:
            width = abs((high - low) * transform.m11())
            positions = np.asarray(self._ticks(low, high, width), dtype=np.float64)
        else:
            first, last = np.searchsorted(self._positions, (low, high))
            positions = self._positions[first:last]
        if not positions.size:
            return
        top, bottom = self._span if self._span is not None else (view.top(), view.bottom())
        top, bottom = max(min(top, bottom), view.top()), min(max(top, bottom), view.bottom())
        y0 = transform.map(QPointF(low, top)).y()
        y1 = transform.map(QPointF(low, bottom)).y()
        xs = positions * transform.m11() + transform.m31()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(self.pen(self._pen))
        p.drawLines([QLineF(x, y0, x, y1) for x in np.round(xs).tolist()])


class BackdropItem(FixedItem):
    """Alternate lanes shaded, and a rule above the momentum strip (only within the view)."""

    def __init__(self) -> None:
        super().__init__()
        self._stripes: list[tuple[float, float]] = []
        self._rule: float | None = None
        self._stripe = QColor(Qt.GlobalColor.lightGray)
        self._rule_pen = cosmetic_pen(QColor(Qt.GlobalColor.gray))

    def set_rows(self, stripes: Sequence[tuple[float, float]], rule: float | None) -> None:
        self._stripes = list(stripes)
        self._rule = rule
        self.update()

    def set_style(self, stripe: QColor, rule: QColor) -> None:
        self._stripe = QColor(stripe)
        self._rule_pen = cosmetic_pen(rule)
        self.update()

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view = self.viewRect()
        if view is None:
            return
        transform = self.to_pixels(p)
        left = transform.map(view.topLeft()).x()
        right = transform.map(view.topRight()).x()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._stripe)
        for top, bottom in self._stripes:
            y0 = transform.map(QPointF(view.left(), top)).y()
            y1 = transform.map(QPointF(view.left(), bottom)).y()
            p.drawRect(QRectF(QPointF(left, y0), QPointF(right, y1)).normalized())
        if self._rule is not None:
            y = round(transform.map(QPointF(view.left(), self._rule)).y()) + 0.5
            p.setPen(self.pen(self._rule_pen))
            p.drawLine(QLineF(left, y, right, y))


# --- momentum ------------------------------------------------------------------------------------


class MomentumItem(FixedItem):
    """The momentum curve, filled down to its baseline, in the strip below the lanes.

    Only the part in view is drawn, cut exactly at the view's edges.
    """

    def __init__(self) -> None:
        super().__init__()
        self._x = np.empty(0)
        self._y = np.empty(0)
        self._baseline = 0.0
        self._pen = cosmetic_pen(QColor(Qt.GlobalColor.blue), 1.6)
        self._brush = QBrush(QColor(0, 0, 255, 60))

    def set_series(self, x: np.ndarray, y: np.ndarray, baseline: float) -> None:
        self._x = np.asarray(x, dtype=np.float64)
        self._y = np.asarray(y, dtype=np.float64)
        self._baseline = baseline
        self.update()

    def set_style(self, line: QColor, fill: QColor) -> None:
        self._pen = cosmetic_pen(line, 1.6)
        self._brush = QBrush(fill)
        self.update()

    def visible_series(self, low: float, high: float) -> tuple[np.ndarray, np.ndarray]:
        """The points between two days, with the curve's values at both ends interpolated."""
        x, y = self._x, self._y
        if x.size < 2 or high <= x[0] or low >= x[-1]:
            return np.empty(0), np.empty(0)
        low, high = max(low, x[0]), min(high, x[-1])
        first, last = np.searchsorted(x, (low, high), side="right")
        xs = np.concatenate(([low], x[first:last], [high]))
        ys = np.concatenate(([np.interp(low, x, y)], y[first:last], [np.interp(high, x, y)]))
        return xs, ys

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        visible = self.visible_x()
        if visible is None:
            return
        xs, ys = self.visible_series(*visible)
        if not xs.size:
            return
        t = self.to_pixels(p)
        px = xs * t.m11() + ys * t.m21() + t.m31()
        py = xs * t.m12() + ys * t.m22() + t.m32()
        line = pg.arrayToQPath(px, py, finiteCheck=False)
        base = t.map(QPointF(xs[0], self._baseline)).y()
        area = pg.arrayToQPath(
            np.concatenate(([px[0]], px, [px[-1]])),
            np.concatenate(([base], py, [base])),
            finiteCheck=False,
        )
        area.closeSubpath()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # a large area: AA costs
        p.fillPath(area, self._brush)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.strokePath(line, self.pen(self._pen))


__all__ = ["BackdropItem", "FixedItem", "LinesItem", "MomentumItem", "cosmetic_pen"]
