"""The timeline's entry lanes: a marker per entry, or a density strip where they would merge.

`LanesItem` finds the visible part of every lane by binary search over the sorted days, keeps
one marker per pixel column (the one with the highest impact: it covers the others), and blits
them in one `drawPixmapFragments` call from a small atlas of pre-rendered circles. The work per
frame is bounded by the plot's width in pixels, not by the number of entries, and there is no
per-point Python work, neither when the data is set nor when it is drawn. A lane whose markers
would overlap at the current zoom (more entries than pixels / smallest marker) is drawn instead
as a density strip: entries counted per few-pixel column, shaded in the kind's colour, one image
per lane; zooming in turns it back into markers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import shiboken6
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ...services.timeline import LanePoints
from ..charts.legend import SHADE_FLOOR
from .items import FixedItem, cosmetic_pen

# Marker diameter in pixels for impact 1..5 (index 0 unused).
MARKER_SIZES = np.array([0.0, 6.0, 8.0, 10.5, 13.0, 16.0])
MAX_MARKER = float(MARKER_SIZES.max())
HIT_SLOP_PX = 3.0  # a click this far outside a marker still hits it
FILL_ALPHA = 235
#: A lane with more entries per pixel of the view than this is drawn as a density strip: its
#: markers would be closer, on average, than the smallest one is wide, so they would merge into a
#: band of overlapping dots.
DENSE_PER_PX = 1 / MARKER_SIZES[1]
DENSITY_COLUMN_PX = 3.0  # a density strip counts the entries in columns this wide
DENSITY_HEIGHT = 0.56  # the strip's height, in lanes
DENSITY_FLOOR = SHADE_FLOOR  # the opacity of a column with a single entry (the legend's too)


class LanesItem(FixedItem):
    """Markers of all lanes: lane `i` at y = i, x = day number, diameter by impact."""

    def __init__(self) -> None:
        super().__init__()
        self._x: list[np.ndarray] = []
        self._impact: list[np.ndarray] = []
        self._ids: list[np.ndarray] = []
        self._colors: list[QColor] = []
        self._outline = QColor(Qt.GlobalColor.white)
        self._ring = QColor(Qt.GlobalColor.black)
        self._selected: tuple[int, int] | None = None
        self._atlas: QPixmap | None = None
        self._atlas_key: tuple[float, int] = (0.0, 0)
        self._cell = 0
        self.drawn = 0  # markers painted last time (after merging those on one pixel column)
        self.dense: list[bool] = []  # which lanes the last paint drew as density strips

    # -- data -----------------------------------------------------------------------------------

    def set_lanes(self, lanes: Sequence[LanePoints]) -> None:
        self._x = [np.asarray(lane.days, dtype=np.float64) for lane in lanes]
        self._impact = [np.clip(np.asarray(lane.impacts, dtype=np.int64), 1, 5) for lane in lanes]
        self._ids = [np.asarray(lane.ids, dtype=np.int64) for lane in lanes]
        self._selected = None
        self.update()

    def set_colors(self, colors: Sequence[QColor], outline: QColor, ring: QColor) -> None:
        self._colors = [QColor(c) for c in colors]
        self._outline = QColor(outline)
        self._ring = QColor(ring)
        self._atlas = None
        self.update()

    def set_selected(self, found: tuple[int, int] | None) -> None:
        if found != self._selected:
            self._selected = found
            self.update()

    def lane_count(self) -> int:
        return len(self._x)

    def lane_days(self, lane: int) -> np.ndarray:
        return self._x[lane]

    def lane_ids(self, lane: int) -> np.ndarray:
        return self._ids[lane]

    def lane_impacts(self, lane: int) -> np.ndarray:
        return self._impact[lane]

    def locate(self, entry_id: int) -> tuple[int, int] | None:
        """(lane, index) of an entry, or None when no lane shows it."""
        for lane, ids in enumerate(self._ids):
            found = np.flatnonzero(ids == entry_id)
            if found.size:
                return lane, int(found[0])
        return None

    def is_dense(self, lane: int, low: float, high: float, px_w: float) -> bool:
        """Whether a lane is drawn as a density strip for a view from day `low` to `high` at
        `px_w` days per pixel (its markers in view would overlap)."""
        if px_w <= 0 or high <= low:
            return False
        days = self._x[lane]
        count = int(np.searchsorted(days, high, side="right") - np.searchsorted(days, low))
        return count > (high - low) / px_w * DENSE_PER_PX

    def column(self, lane: int, x: float, px_w: float) -> tuple[int, int, float, float]:
        """The density column holding day `x` at `px_w` days per pixel: the range of the lane's
        entries in it (first, last index, exclusive) and its first and last day.

        Columns are anchored at day 0, not at the view's edge, so panning does not move them."""
        width = DENSITY_COLUMN_PX * px_w
        start = math.floor(x / width) * width
        days = self._x[lane]
        first = int(np.searchsorted(days, start, side="left"))
        last = int(np.searchsorted(days, start + width, side="left"))
        return first, last, start, start + width

    def hit(self, x: float, y: float, px_w: float, px_h: float) -> tuple[int, int] | None:
        """The marker under the point (x, y) in data units: (lane, index), nearest centre first.

        `px_w`/`px_h` are data units per pixel, so the test is in pixels, like the drawing.
        """
        lane = self.lane_at(y)
        if lane is None or px_w <= 0 or px_h <= 0:
            return None
        days = self._x[lane]
        reach = (MAX_MARKER / 2 + HIT_SLOP_PX) * px_w
        first = int(np.searchsorted(days, x - reach, side="left"))
        last = int(np.searchsorted(days, x + reach, side="right"))
        if last <= first:
            return None
        dist = np.hypot((days[first:last] - x) / px_w, (lane - y) / px_h)
        impacts = self._impact[lane][first:last]
        inside = np.flatnonzero(dist <= MARKER_SIZES[impacts] / 2 + HIT_SLOP_PX)
        if not inside.size:
            return None
        best = inside[np.lexsort((-impacts[inside], dist[inside]))[0]]
        return lane, first + int(best)

    def lane_at(self, y: float) -> int | None:
        lane = round(y)
        return lane if 0 <= lane < len(self._x) and abs(y - lane) <= 0.5 else None

    # -- drawing --------------------------------------------------------------------------------

    def _ensure_atlas(self, dpr: float) -> QPixmap:
        key = (dpr, len(self._colors))
        if self._atlas is not None and self._atlas_key == key:
            return self._atlas
        cell = math.ceil((MAX_MARKER + 3) * dpr)
        rows = max(1, len(self._colors))
        image = QImage(cell * 5, cell * rows, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for row, color in enumerate(self._colors):
            fill = QColor(color)
            fill.setAlpha(FILL_ALPHA)
            painter.setBrush(fill)
            painter.setPen(QPen(self._outline, 1.0 * dpr))
            for impact in range(1, 6):
                radius = MARKER_SIZES[impact] * dpr / 2
                centre = QPointF((impact - 1) * cell + cell / 2, row * cell + cell / 2)
                painter.drawEllipse(centre, radius, radius)
        painter.end()
        self._atlas = QPixmap.fromImage(image)
        self._atlas_key = key
        self._cell = cell
        return self._atlas

    def visible_markers(
        self,
        transform: QTransform,
        low: float,
        high: float,
        lanes_shown: Sequence[int] | None = None,
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Device x, device y, lane and impact of the markers to draw between two days:
        one per pixel column and lane, the one with the highest impact."""
        xs, ys, lanes, impacts = [], [], [], []
        m11, m21, m31 = transform.m11(), transform.m21(), transform.m31()
        m12, m22, m32 = transform.m12(), transform.m22(), transform.m32()
        shown = range(len(self._x)) if lanes_shown is None else lanes_shown
        for lane in shown:
            days = self._x[lane]
            first = int(np.searchsorted(days, low, side="left"))
            last = int(np.searchsorted(days, high, side="right"))
            if last <= first:
                continue
            part = days[first:last]
            impact = self._impact[lane][first:last]
            dx = part * m11 + (lane * m21 + m31)
            if part.size > 1:
                starts = np.flatnonzero(np.diff(np.floor(dx))) + 1
                if starts.size + 1 < part.size:  # some markers share a pixel column
                    starts = np.concatenate(([0], starts))
                    impact = np.maximum.reduceat(impact, starts)
                    dx = dx[starts]
                    part = part[starts]
            xs.append(dx)
            ys.append(part * m12 + (lane * m22 + m32))
            lanes.append(np.full(dx.size, lane, dtype=np.int64))
            impacts.append(impact)
        if not xs:
            none = np.empty(0)
            return none, none, none.astype(np.int64), none.astype(np.int64)
        return (
            np.concatenate(xs),
            np.concatenate(ys),
            np.concatenate(lanes),
            np.concatenate(impacts),
        )

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        visible = self.visible_x()
        if not self._x or not self._colors or visible is None or p.transform().m11() == 0:
            return
        transform = self.to_pixels(p)
        low, high = visible
        px_w = 1 / abs(transform.m11())
        dense = [self.is_dense(lane, low, high, px_w) for lane in range(len(self._x))]
        self.dense = dense
        for lane in (i for i, on in enumerate(dense) if on):
            self._paint_density(p, transform, lane, low, high)
        # On screen, markers half outside the view are drawn (the ViewBox clips them); an export
        # keeps to the view, for SVG viewers that ignore clip paths.
        pad = 0.0 if self.exporting() else (MAX_MARKER / 2 + 2) * px_w
        sparse = [i for i, on in enumerate(dense) if not on]
        x, y, lane, impact = self.visible_markers(transform, low - pad, high + pad, sparse)
        self.drawn = int(x.size)
        if x.size:
            order = np.argsort(-impact, kind="stable")  # big markers first, small ones on top
            x, y, lane, impact = x[order], y[order], lane[order], impact[order]
            if self.exporting():  # vector circles: sharp at any size, and a small SVG
                self._paint_vector(p, x, y, lane, impact)
            else:
                self._paint_atlas(p, widget, x, y, lane, impact)
        if self._selected is not None:
            lane_no, index = self._selected
            centre = transform.map(QPointF(self._x[lane_no][index], lane_no))
            radius = MARKER_SIZES[self._impact[lane_no][index]] / 2 + 4.5
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            p.setPen(self.pen(cosmetic_pen(self._ring, 2.2)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(centre, radius, radius)

    def _paint_density(
        self, p: QPainter, transform: QTransform, lane: int, low: float, high: float
    ) -> None:
        """A lane as a strip of columns shaded by how many entries each holds."""
        days = self._x[lane]
        first = int(np.searchsorted(days, low, side="left"))
        last = int(np.searchsorted(days, high, side="right"))
        if last <= first or not self._colors:
            return
        width = DENSITY_COLUMN_PX / abs(transform.m11())  # days per column
        columns = np.floor(days[first:last] / width).astype(np.int64)
        origin = int(columns[0])
        counts = np.bincount(columns - origin)
        alpha = np.where(
            counts > 0, DENSITY_FLOOR + (1 - DENSITY_FLOOR) * np.sqrt(counts / counts.max()), 0.0
        )
        color = self._colors[lane]
        if self.exporting():  # vector columns: an SVG without embedded pictures
            self._paint_columns(p, transform, lane, origin, width, alpha)
            return
        rgb = np.array([color.red(), color.green(), color.blue()], dtype=np.float64)
        pixels = np.empty((1, counts.size, 4), dtype=np.uint8)  # BGRA: premultiplied ARGB32
        pixels[0, :, :3] = np.round(alpha[:, None] * rgb[::-1]).astype(np.uint8)
        pixels[0, :, 3] = np.round(alpha * 255).astype(np.uint8)
        image = QImage(
            pixels.tobytes(), counts.size, 1, QImage.Format.Format_ARGB32_Premultiplied
        ).copy()
        left = transform.map(QPointF(origin * width, lane - DENSITY_HEIGHT / 2))
        right = transform.map(QPointF((origin + counts.size) * width, lane + DENSITY_HEIGHT / 2))
        target = QRectF(left, right).normalized()
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        p.drawImage(target, image)

    def _paint_columns(
        self,
        p: QPainter,
        transform: QTransform,
        lane: int,
        origin: int,
        width: float,
        alpha: np.ndarray,
    ) -> None:
        top = transform.map(QPointF(0, lane - DENSITY_HEIGHT / 2)).y()
        bottom = transform.map(QPointF(0, lane + DENSITY_HEIGHT / 2)).y()
        p.setPen(Qt.PenStyle.NoPen)
        for i in np.flatnonzero(alpha).tolist():
            left = transform.map(QPointF((origin + i) * width, lane)).x()
            right = transform.map(QPointF((origin + i + 1) * width, lane)).x()
            shade = QColor(self._colors[lane])
            shade.setAlphaF(float(alpha[i]))
            p.fillRect(QRectF(QPointF(left, top), QPointF(right, bottom)).normalized(), shade)

    def _paint_atlas(
        self,
        p: QPainter,
        widget: QWidget | None,
        x: np.ndarray,
        y: np.ndarray,
        lane: np.ndarray,
        impact: np.ndarray,
    ) -> None:
        dpr = widget.devicePixelRatioF() if widget is not None else 1.0
        atlas = self._ensure_atlas(dpr)
        cell = self._cell
        frags = np.empty((x.size, 10), dtype=np.float64)  # QPainter::PixmapFragment, row by row
        frags[:, 0] = x
        frags[:, 1] = y
        frags[:, 2] = (impact - 1) * cell
        frags[:, 3] = lane * cell
        frags[:, 4] = cell
        frags[:, 5] = cell
        frags[:, 6:10] = (1 / dpr, 1 / dpr, 0.0, 1.0)
        # PySide takes a pointer to the first of a C array of fragments, and their count.
        first = shiboken6.wrapInstance(frags.ctypes.data, QPainter.PixmapFragment)
        p.drawPixmapFragments(first, x.size, atlas)

    def _paint_vector(
        self, p: QPainter, x: np.ndarray, y: np.ndarray, lane: np.ndarray, impact: np.ndarray
    ) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setPen(QPen(self._outline, 1.0))
        brushes = []
        for color in self._colors:
            fill = QColor(color)
            fill.setAlpha(FILL_ALPHA)
            brushes.append(QBrush(fill))
        rows = zip(x.tolist(), y.tolist(), lane.tolist(), impact.tolist(), strict=True)
        for cx, cy, row, k in rows:
            p.setBrush(brushes[row])
            radius = MARKER_SIZES[k] / 2
            p.drawEllipse(QPointF(cx, cy), radius, radius)


__all__ = ["DENSITY_COLUMN_PX", "MARKER_SIZES", "LanesItem"]
