"""The timeline's roles: spans of time with labels laid out at paint time, and their placing.

`SpansItem` draws roles (rectangles, labels, role-change symbols, connectors) and lays the
labels out at paint time: inside their span, elided or hidden when the span is too narrow at the
current zoom. Spans on one row never overlap, so neither do their labels. `place_roles` gives
each role its rectangle on the role band: a row of its own when roles overlap, a height by level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QTransform,
)
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ...domain import MoveKind
from ...services.timeline import RoleSpan
from .items import FixedItem, cosmetic_pen

MIN_TITLE_CHARS = 6  # an elided role title keeps at least this many characters, or goes


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


__all__ = [
    "MOVE_SYMBOLS",
    "BandGeometry",
    "PlacedLabel",
    "PlacedRole",
    "Span",
    "SpansItem",
    "day_span_end",
    "place_roles",
    "role_text",
    "tracks",
]
