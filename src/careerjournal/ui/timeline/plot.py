"""The timeline's plot items: entry lanes, role spans, vertical lines, momentum, legend.

Everything lives in one pyqtgraph ViewBox (x = day number, y = rows), and every item here paints
itself in device pixels from numpy arrays, so a zoom step costs one repaint whatever the number
of entries:

* `LanesItem` finds the visible part of every lane by binary search over the sorted days, keeps
  one marker per pixel column (the one with the highest impact: it covers the others), and blits
  them in one `drawPixmapFragments` call from a small atlas of pre-rendered circles. The work
  per frame is bounded by the plot's width in pixels, not by the number of entries, and there is
  no per-point Python work, neither when the data is set nor when it is drawn. A lane whose
  markers would overlap at the current zoom (more entries than pixels / smallest marker) is drawn
  instead as a density strip: entries counted per few-pixel column, shaded in the kind's colour,
  one image per lane; zooming in turns it back into markers.
* `SpansItem` draws roles (rectangles, labels, role-change symbols, connectors) and lays the
  labels out at paint time: inside their span, elided or hidden when the span is too narrow at
  the current zoom. Spans on one row never overlap, so neither do their labels.
* All items have fixed bounds (the plot's whole pannable area; the ViewBox clips), so zooming
  changes no item geometry: no re-indexing and no second repaint per step, which pyqtgraph's
  own items (bounds padded by a pixel size) would cause.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import shiboken6
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QSizePolicy, QStyleOptionGraphicsItem, QWidget

from ...domain import MoveKind
from ...services.timeline import LanePoints, RoleSpan

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
MIN_TITLE_CHARS = 6  # an elided role title keeps at least this many characters, or goes
DENSITY_FLOOR = 0.3  # the opacity of a column with a single entry (the fullest is opaque)


def _arrow(angle: float) -> QPainterPath:
    """A bold arrow filling the unit square, pointing up, turned by `angle` degrees clockwise."""
    path = QPainterPath()
    points = [(0, -0.5), (0.46, 0), (0.17, 0), (0.17, 0.5), (-0.17, 0.5), (-0.17, 0), (-0.46, 0)]
    path.moveTo(*points[0])
    for x, y in points[1:]:
        path.lineTo(x, y)
    path.closeSubpath()
    return QTransform().rotate(angle).map(path)


#: How each way of reaching a role is drawn: promotions point up, lateral moves across,
#: diagonal moves up and across, a new employer is a star.
MOVE_SYMBOLS: dict[MoveKind, str | QPainterPath] = {
    MoveKind.FIRST: "o",
    MoveKind.PROMOTION: _arrow(0.0),
    MoveKind.LATERAL: _arrow(90.0),
    MoveKind.DIAGONAL: _arrow(45.0),
    MoveKind.NEW_EMPLOYER: "star",
}


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


# --- the lanes -------------------------------------------------------------------------------


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


# --- spans of time: roles ------------------------------------------------------------------------


@dataclass
class Span:
    """A rectangle over a span of days with a label inside (or above) and a symbol at its start."""

    start: float
    end: float
    top: float
    bottom: float
    fill: QColor
    line: QColor
    title: str
    suffix: str = ""  # kept whole while the title is elided (a role's level)
    label_y: float = 0.0  # data y of the label's vertical centre
    symbol: str | QPainterPath | None = None
    symbol_y: float = 0.0
    symbol_size: float = 15.0
    hit_top: float = 0.0  # the band of y that counts as "on this span" for hovering
    hit_bottom: float = 0.0
    role: RoleSpan | None = None

    def fit(self, metrics: QFontMetrics, room: float) -> str:
        """The label in `room` pixels: whole; the title elided (keeping the level); the title
        elided alone; the level alone; or nothing (the role's tooltip still names it).

        An elided title keeps at least `MIN_TITLE_CHARS` characters: "Sof…" says nothing."""
        full = self.title + self.suffix
        if metrics.horizontalAdvance(full) <= room:
            return full

        def elided(width: float) -> str:
            text = metrics.elidedText(self.title, Qt.TextElideMode.ElideRight, int(width))
            if text == self.title:
                return text
            kept = text.rstrip("…").rstrip()  # "Software…", not "Software …"
            return kept + "…" if len(kept) >= MIN_TITLE_CHARS else ""

        if self.suffix:
            title = elided(room - metrics.horizontalAdvance(self.suffix))
            if title:
                return title + self.suffix
        title = elided(room)
        if title:
            return title
        level = self.suffix.removeprefix(" · ")
        return level if level and metrics.horizontalAdvance(level) <= room else ""


@dataclass
class PlacedLabel:
    span: Span
    text: str
    left: float  # device x where the text starts
    right: float  # device x where it ends


class SpansItem(FixedItem):
    """Spans (roles) with labels laid out at paint time, symbols, and dashed connectors."""

    INSET_PX = 7.0  # text starts this far inside its span
    SYMBOL_ROOM_PX = 9.0  # more when a symbol sits at the span's start
    MIN_LABEL_PX = 12.0  # narrower room than this: no label at all

    def __init__(self) -> None:
        super().__init__()
        self._spans: list[Span] = []
        self._connectors: list[tuple[float, float, float, float]] = []
        self._text = QColor(Qt.GlobalColor.black)
        self._outline = QColor(Qt.GlobalColor.white)
        self._connector = QColor(Qt.GlobalColor.gray)
        self._font = QFont()
        self._labels_above = False

    def set_spans(
        self,
        spans: Sequence[Span],
        connectors: Sequence[tuple[float, float, float, float]] = (),
        *,
        labels_above: bool = False,
    ) -> None:
        self._spans = list(spans)
        self._connectors = list(connectors)
        self._labels_above = labels_above
        self.update()

    def set_style(self, text: QColor, outline: QColor, connector: QColor, font: QFont) -> None:
        self._text = QColor(text)
        self._outline = QColor(outline)
        self._connector = QColor(connector)
        self._font = QFont(font)
        self.update()

    def spans(self) -> list[Span]:
        return list(self._spans)

    def span_at(self, x: float, y: float) -> Span | None:
        for span in self._spans:
            if span.start <= x < span.end and span.hit_top <= y <= span.hit_bottom:
                return span
        return None

    def layout_labels(self, transform: QTransform, low: float, high: float) -> list[PlacedLabel]:
        """Where each label goes for a view from day `low` to `high` drawn with `transform`."""
        metrics = QFontMetrics(self._font)
        placed = []
        for span in self._spans:
            start, end = max(span.start, low), min(span.end, high)
            if end <= start:
                continue
            left = transform.map(QPointF(start, span.label_y)).x()
            right = transform.map(QPointF(end, span.label_y)).x()
            inset = self.INSET_PX
            if span.symbol is not None and start == span.start and not self._labels_above:
                inset += self.SYMBOL_ROOM_PX
            room = right - left - inset - 3
            text = span.fit(metrics, room) if room >= self.MIN_LABEL_PX else ""
            if text:
                begin = left + inset
                placed.append(
                    PlacedLabel(span, text, begin, begin + metrics.horizontalAdvance(text))
                )
        return placed

    def pixel_transform(self) -> QTransform | None:
        """Data to viewport pixels, as the last paint used it."""
        view = self.getViewWidget()
        return None if view is None else self.deviceTransform(view.viewportTransform())

    def shown_labels(self) -> list[PlacedLabel]:
        """The labels as the current view shows them (tests, accessibility)."""
        visible = self.visible_x()
        transform = self.pixel_transform()
        if visible is None or transform is None:
            return []
        return self.layout_labels(transform, *visible)

    def paint(
        self, p: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        view = self.viewRect()
        if not self._spans or view is None:
            return
        low, high = view.left(), view.right()
        transform = self.to_pixels(p)
        pixels = transform.mapRect(view)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for span in self._spans:
            if span.end < low or span.start > high:
                continue
            corner = transform.map(QPointF(span.start, span.top))
            other = transform.map(QPointF(span.end, span.bottom))
            rect = QRectF(corner, other).normalized()
            # Kept to the view (what SVG viewers without clip paths show too).
            left, right = max(rect.left(), pixels.left() - 2), min(rect.right(), pixels.right() + 2)
            rect = QRectF(
                round(left) + 0.5,
                round(rect.top()) + 0.5,
                round(right - left),
                round(rect.height()),
            )
            p.setPen(self.pen(cosmetic_pen(span.line, 1.0)))
            p.setBrush(span.fill)
            p.drawRect(rect)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self._connectors:
            p.setPen(self.pen(cosmetic_pen(self._connector, 1.3, Qt.PenStyle.DashLine)))
            lines = []
            for x0, y0, x1, y1 in self._connectors:
                if max(x0, x1) >= low and min(x0, x1) <= high:
                    lines.append(
                        QLineF(transform.map(QPointF(x0, y0)), transform.map(QPointF(x1, y1)))
                    )
            if lines:
                p.drawLines(lines)
        metrics = QFontMetrics(self._font)
        p.setFont(self._font)
        p.setPen(self._text)
        for label in self.layout_labels(transform, low, high):
            y = transform.map(QPointF(label.span.start, label.span.label_y)).y()
            if self._labels_above:
                baseline = y - metrics.descent() - 2
            else:
                baseline = y + (metrics.ascent() - metrics.descent()) / 2
            p.drawText(QPointF(label.left, baseline), label.text)
        outline = pg.mkPen(self._outline, width=1.2)
        for span in self._spans:
            if span.symbol is None or not (low <= span.start <= high):
                continue
            p.save()
            p.translate(transform.map(QPointF(span.start, span.symbol_y)))
            drawSymbol(p, span.symbol, span.symbol_size, outline, QBrush(span.line))
            p.restore()


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


# --- placing roles -------------------------------------------------------------------------------


def day_span_end(span: RoleSpan, open_end: int) -> int:
    """The day number just past a role's last day (an open role runs to `open_end`)."""
    if span.end is not None:
        return span.end.toordinal() + 1
    return max(open_end, span.start.toordinal() + 1)


def tracks(spans: Sequence[RoleSpan], open_end: int) -> list[int]:
    """A row for every role, so overlapping roles (a side role, a volunteer one) never overlap."""
    ends: list[int] = []
    rows = []
    for span in spans:
        start = span.start.toordinal()
        for row, end in enumerate(ends):
            if end <= start:
                ends[row] = day_span_end(span, open_end)
                rows.append(row)
                break
        else:
            ends.append(day_span_end(span, open_end))
            rows.append(len(ends) - 1)
    return rows


def role_text(span: RoleSpan) -> tuple[str, str]:
    """A role's label: the title, and the level as a suffix kept whole when the title is elided."""
    return span.title, f" · {span.level}" if span.level else ""


@dataclass(frozen=True)
class BandGeometry:
    top: float  # y of the band's top edge (y grows downwards)
    bottom: float

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(frozen=True)
class PlacedRole:
    span: RoleSpan
    start: float
    end: float
    top: float
    bottom: float
    row_top: float


def place_roles(spans: Sequence[RoleSpan], band: BandGeometry, open_end: int) -> list[PlacedRole]:
    """Each role's rectangle on the band: its own row when roles overlap, and a height by level
    (the lowest level 45% of the row, the highest 100%), so a promotion is a step up."""
    if not spans:
        return []
    rows = tracks(spans, open_end)
    height = (band.bottom - band.top) / (max(rows) + 1)
    ranks = [s.level_rank for s in spans]
    low, high = min(ranks), max(ranks)
    placed = []
    for span, row in zip(spans, rows, strict=True):
        share = 1.0 if high == low else 0.45 + 0.55 * (span.level_rank - low) / (high - low)
        row_bottom = band.top + (row + 1) * height - 0.06 * height
        row_top = band.top + row * height + 0.06 * height
        top = row_bottom - share * (row_bottom - row_top)
        start = float(span.start.toordinal())
        end = float(day_span_end(span, open_end))
        placed.append(PlacedRole(span, start, end, top, row_bottom, row_top))
    return placed


# --- the legend ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Swatch:
    """A legend sample: a symbol in a colour, (symbol None) three circles growing in size, or
    ("density") a density strip's shading, from one entry to the most."""

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
            steps = 6
            column = self.width / steps
            height = MARKER_SIZES[3]
            for i in range(steps):
                shade = QColor(self.color)
                share = i / (steps - 1)
                shade.setAlphaF(DENSITY_FLOOR + (1 - DENSITY_FLOOR) * math.sqrt(share))
                p.fillRect(QRectF(x + i * column, y - height / 2, column, height), shade)
        elif self.symbol is None:
            p.setPen(QPen(self.color, 1.2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for impact in (1, 3, 5):
                radius = MARKER_SIZES[impact] / 2
                p.drawEllipse(QPointF(x + radius, y), radius, radius)
                x += 2 * radius + 2
        else:
            p.translate(x + self.width / 2, y)
            pen = pg.mkPen(self.outline, width=1.0)
            drawSymbol(p, self.symbol, self.size, pen, QBrush(self.color))
        p.restore()


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

    def _line_height(self) -> float:
        return max(20.0, QFontMetrics(self.font()).height() + 4.0)

    def _positions(self, width: float) -> list[tuple[float, int]]:
        """Each entry's x and line number at this width."""
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
        positions = self._positions(width)
        lines = positions[-1][1] + 1 if positions else 0
        if lines != self._lines:
            self._lines = lines
            height = lines * self._line_height() + 4
            self.setMinimumHeight(height)
            self.setMaximumHeight(height)
            self.setPreferredHeight(height)

    def resizeEvent(self, event: object) -> None:
        self._relayout(self.size().width())

    def paint(self, p: QPainter, *args: object) -> None:
        line_height = self._line_height()
        metrics = QFontMetrics(self.font())
        p.setFont(self.font())
        positions = self._positions(self.size().width())
        for (swatch, text), (x, line) in zip(self._entries, positions, strict=True):
            y = 2 + line * line_height + line_height / 2
            swatch.paint(p, x, y)
            p.setPen(self._text_color)
            baseline = y + (metrics.ascent() - metrics.descent()) / 2
            p.drawText(QPointF(x + swatch.width + self.SPACING, baseline), text)


__all__ = [
    "MARKER_SIZES",
    "MOVE_SYMBOLS",
    "BackdropItem",
    "BandGeometry",
    "FixedItem",
    "FlowLegend",
    "LanesItem",
    "LinesItem",
    "MomentumItem",
    "PlacedRole",
    "Span",
    "SpansItem",
    "Swatch",
    "place_roles",
    "role_text",
    "tracks",
]
