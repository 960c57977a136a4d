"""The Skills area's bands radar: every band's level now against its target.

`BandRadar` puts a spoke per band and a ring per level, the bands' levels now as a filled shape
and at target (every skill meeting its target) as a dashed one, ring numbers on chips over the
shapes; with one or two bands (where a radar would be a line) it draws bars instead. Hover a
spoke or bar for the band's figures. Painted with QPainter: no pyqtgraph here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ..charts.style import pair_color
from ..theme import is_dark
from .chart_style import TARGET_COLORS


def wrap_label(text: str, metrics: QFontMetricsF, room: float, max_lines: int = 2) -> list[str]:
    """`text` in lines of at most `room` pixels, broken between words; the last line elided."""
    words = text.split() or [""]
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if not current or metrics.horizontalAdvance(trial) <= room:
            current = trial
            continue
        lines.append(current)
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
        current = word
    lines.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines]


@dataclass(frozen=True)
class _Label:
    text: str
    rect: QRectF
    align: Qt.AlignmentFlag


@dataclass(frozen=True)
class _RadarLayout:
    centre: QPointF
    radius: float
    angles: tuple[float, ...]  # radians, clockwise from the top
    labels: tuple[_Label, ...]

    def point(self, index: int, level: float, top: int) -> QPointF:
        r = self.radius * level / top
        a = self.angles[index]
        return QPointF(self.centre.x() + r * math.sin(a), self.centre.y() - r * math.cos(a))


@dataclass(frozen=True)
class _BarsLayout:
    x0: float  # x of level 0
    x1: float  # x of the top level
    rows: tuple[QRectF, ...]  # each band's row (the whole width)
    labels: tuple[_Label, ...]
    axis_y: float  # baseline of the level numbers

    def x(self, level: float, top: int) -> float:
        return self.x0 + (self.x1 - self.x0) * level / top


class BandRadar(QWidget):
    """Every band's level now (filled) against its target (dashed) on a radar: a spoke per band,
    a ring per level. With one or two bands it draws bars instead."""

    MARGIN = 8.0
    GAP = 6.0  # between a spoke's tip and its label
    LABEL_SHARE = 0.28  # a label takes at most this share of the width

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("band_radar")
        self.setAccessibleName(self.tr("Band levels now and at target"))
        self._bands: list[tuple[str, int, int]] = []
        self._top = 1
        self.setMinimumSize(220, 160)

    def sizeHint(self) -> QSize:
        return QSize(360, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 160)

    # -- API --------------------------------------------------------------------------------------

    def set_bands(self, bands: Sequence[tuple[str, int, int]], top: int) -> None:
        """(name, level now, target level) per band, on a scale of 1..`top` (0: no level)."""
        self._top = max(1, top)
        self._bands = [
            (name, min(max(level, 0), self._top), min(max(target, 0), self._top))
            for name, level, target in bands
        ]
        self.update()

    def mode(self) -> str:
        """ "radar" (three bands or more), "bars" (one or two) or "empty"."""
        if not self._bands:
            return "empty"
        return "bars" if len(self._bands) < 3 else "radar"

    def points(self) -> dict[str, list[tuple[float, float]]]:
        """The polygons' vertices in widget coordinates, one per band in order: {"now": [...],
        "target": [...]}; empty when no radar is drawn."""
        if self.mode() != "radar":
            return {}
        layout = self._radar_layout()
        return {
            series: [
                (pt.x(), pt.y())
                for pt in (
                    layout.point(i, band[key], self._top) for i, band in enumerate(self._bands)
                )
            ]
            for series, key in (("now", 1), ("target", 2))
        }

    def centre(self) -> tuple[float, float]:
        layout = self._radar_layout()
        return layout.centre.x(), layout.centre.y()

    def radius(self) -> float:
        """The radius of the top level's ring, in pixels."""
        return self._radar_layout().radius

    def bars(self) -> list[tuple[str, QRectF, QRectF]]:
        """In bar mode: each band's name, "now" bar and "target" outline, in widget coordinates."""
        if self.mode() != "bars":
            return []
        layout = self._bars_layout()
        return [
            (name, *self._bar_rects(layout, row, level, target))
            for (name, level, target), row in zip(self._bands, layout.rows, strict=True)
        ]

    def hint_text(self) -> str:
        return self.tr("No skill bands yet. Add a band and its skills to compare them here.")

    def explanation(self) -> str:
        if self.mode() == "bars":
            return self.tr(
                "Each bar is a band's level now; the dashed outline is the level it reaches "
                "once every skill meets its target."
            )
        return self.tr(
            "Each spoke is a band, each ring a level: the filled shape is where the bands are "
            "now, the dashed one where they are once every skill meets its target."
        )

    # -- layout -----------------------------------------------------------------------------------

    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 8

    def _plot_area(self) -> QRectF:
        m = self.MARGIN
        return QRectF(self.rect()).adjusted(m, m, -m, -m - self._legend_height())

    def _label_lines(
        self, room: float | Sequence[float], max_lines: int = 2
    ) -> list[tuple[str, float, float]]:
        """Each band's name wrapped into `room` (one for all, or one per band): (text with line
        breaks, width, height)."""
        metrics = QFontMetricsF(self.font())
        rooms = [room] * len(self._bands) if isinstance(room, float | int) else list(room)
        out = []
        for (name, _, _), space in zip(self._bands, rooms, strict=True):
            lines = wrap_label(name, metrics, space, max_lines)
            width = max(metrics.horizontalAdvance(line) for line in lines) + 2
            out.append(("\n".join(lines), width, metrics.lineSpacing() * len(lines)))
        return out

    def _radar_radius(
        self, area: QRectF, angles: Sequence[float], texts: Sequence[tuple[str, float, float]]
    ) -> float:
        """The largest radius at which every label, placed outside its spoke's tip, fits."""
        half_w, half_h = area.width() / 2, area.height() / 2
        radius = min(half_w, half_h)
        for (_, width, height), a in zip(texts, angles, strict=True):
            dx, dy = math.sin(a), -math.cos(a)
            extra_x = width if abs(dx) > 0.25 else width / 2
            extra_y = height if abs(dy) > 0.25 else height / 2
            if abs(dx) > 1e-6:
                radius = min(radius, (half_w - extra_x) / abs(dx) - self.GAP)
            if abs(dy) > 1e-6:
                radius = min(radius, (half_h - extra_y) / abs(dy) - self.GAP)
        return radius

    def _radar_layout(self) -> _RadarLayout:
        area = self._plot_area()
        n = len(self._bands)
        angles = tuple(2 * math.pi * i / n for i in range(n))
        # A name above or below the centre is centred on its spoke and may be wider: on one
        # line it leaves more height for the rings.
        room = [
            max(40.0, area.width() * (self.LABEL_SHARE if abs(math.sin(a)) > 0.25 else 0.6))
            for a in angles
        ]
        texts = self._label_lines(room)
        radius = self._radar_radius(area, angles, texts)
        if radius < 0.6 * min(area.width(), area.height()) / 2:  # cramped: names on one line
            single = self._label_lines(room, 1)
            single_radius = self._radar_radius(area, angles, single)
            if single_radius > radius:
                texts, radius = single, single_radius
        radius = max(24.0, radius)
        centre = area.center()
        labels = []
        for (text, width, height), a in zip(texts, angles, strict=True):
            dx, dy = math.sin(a), -math.cos(a)
            anchor = QPointF(
                centre.x() + (radius + self.GAP) * dx, centre.y() + (radius + self.GAP) * dy
            )
            if dx > 0.25:
                left, h_align = anchor.x(), Qt.AlignmentFlag.AlignLeft
            elif dx < -0.25:
                left, h_align = anchor.x() - width, Qt.AlignmentFlag.AlignRight
            else:
                left, h_align = anchor.x() - width / 2, Qt.AlignmentFlag.AlignHCenter
            if dy < -0.25:
                top = anchor.y() - height
            elif dy > 0.25:
                top = anchor.y()
            else:
                top = anchor.y() - height / 2
            rect = QRectF(left, top, width, height)
            labels.append(_Label(text, rect, h_align | Qt.AlignmentFlag.AlignVCenter))
        return _RadarLayout(centre, radius, angles, tuple(labels))

    def _bars_layout(self) -> _BarsLayout:
        area = self._plot_area()
        metrics = QFontMetricsF(self.font())
        texts = self._label_lines(max(40.0, area.width() * 0.32))
        name_w = max(width for _, width, _ in texts)
        number_w = metrics.horizontalAdvance(str(self._top))
        x0 = area.left() + name_w + 12
        x1 = area.right() - number_w / 2 - 4
        axis_h = 2 * metrics.height() + 8  # the level numbers and the axis caption
        n = len(self._bands)
        row_h = min(64.0, (area.height() - axis_h) / n)
        block = row_h * n
        top = area.top() + (area.height() - axis_h - block) / 2
        rows = tuple(QRectF(area.left(), top + i * row_h, area.width(), row_h) for i in range(n))
        labels = tuple(
            _Label(
                text,
                QRectF(area.left(), row.top(), name_w, row.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            for (text, _, _), row in zip(texts, rows, strict=True)
        )
        axis_y = top + block + 4 + metrics.ascent()
        return _BarsLayout(x0, x1, rows, labels, axis_y)

    def _bar_rects(
        self, layout: _BarsLayout, row: QRectF, level: int, target: int
    ) -> tuple[QRectF, QRectF]:
        centre = row.center().y()
        now_h = row.height() * 0.42
        target_h = row.height() * 0.68
        now = QRectF(layout.x0, centre - now_h / 2, layout.x(level, self._top) - layout.x0, now_h)
        outline = QRectF(
            layout.x0, centre - target_h / 2, layout.x(target, self._top) - layout.x0, target_h
        )
        return now, outline

    # -- painting ---------------------------------------------------------------------------------

    def _colors(self) -> dict[str, QColor]:
        palette = self.palette()
        dark = is_dark(palette)
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(text)
        grid.setAlpha(70 if dark else 55)
        muted = QColor(text)
        muted.setAlpha(170)
        accent = palette.color(QPalette.ColorRole.Highlight)
        fill = QColor(accent)
        fill.setAlpha(130 if dark else 75)
        return {
            "background": palette.color(QPalette.ColorRole.Base),
            "text": text,
            "muted": muted,
            "grid": grid,
            "now": accent,
            "now_fill": fill,
            "target": pair_color(TARGET_COLORS, dark),
        }

    def _target_pen(self, color: QColor) -> QPen:
        pen = QPen(color, 2.0, Qt.PenStyle.DashLine)
        pen.setDashPattern([4.0, 3.0])
        return pen

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = self._colors()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), colors["background"])
        p.setFont(self.font())
        mode = self.mode()
        if mode == "empty":
            p.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            rect = QRectF(self.rect()).adjusted(16, 16, -16, -16)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            p.drawText(rect, int(flags), self.hint_text())
        elif mode == "bars":
            self._paint_bars(p, colors)
            self._paint_legend(p, colors)
        else:
            self._paint_radar(p, colors)
            self._paint_legend(p, colors)
        p.end()

    def _paint_radar(self, p: QPainter, colors: dict[str, QColor]) -> None:
        layout = self._radar_layout()
        top = self._top
        n = len(self._bands)
        # Rings (one per level, the outer one stronger) and spokes.
        for level in range(1, top + 1):
            ring = QPolygonF([layout.point(i, level, top) for i in range(n)])
            pen = QPen(colors["grid"], 1.4 if level == top else 1.0)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawPolygon(ring)
        p.setPen(QPen(colors["grid"], 1.0))
        for i in range(n):
            p.drawLine(layout.centre, layout.point(i, top, top))
        # Now: filled; target: dashed outline over it.
        now = QPolygonF([layout.point(i, b[1], top) for i, b in enumerate(self._bands)])
        target = QPolygonF([layout.point(i, b[2], top) for i, b in enumerate(self._bands)])
        p.setPen(QPen(colors["now"], 2.0))
        p.setBrush(colors["now_fill"])
        p.drawPolygon(now)
        p.setBrush(colors["now"])
        p.setPen(QPen(colors["background"], 1.0))
        for i in range(n):
            p.drawEllipse(now.at(i), 3.2, 3.2)
        p.setPen(self._target_pen(colors["target"]))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolygon(target)
        # Level numbers on the rings, last: over both shapes, each on an opaque chip.
        p.setFont(self._ring_font())
        outline = QColor(colors["grid"])
        for level, box in self._ring_labels(layout):
            p.setPen(QPen(outline, 1.0))
            p.setBrush(colors["background"])
            p.drawRoundedRect(box, 3, 3)
            p.setPen(colors["text"])
            p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(level))
        p.setFont(self.font())
        p.setPen(colors["text"])
        for label in layout.labels:
            p.drawText(label.rect, int(label.align), label.text)

    def _ring_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, small.pointSizeF() * 0.82))
        return small

    def _ring_labels(self, layout: _RadarLayout) -> list[tuple[int, QRectF]]:
        """Where each ring's level number goes: on the ring, just clockwise of the first spoke
        (off the spoke and its vertex); every other ring only when they would touch."""
        top = self._top
        metrics = QFontMetricsF(self._ring_font())
        spacing = layout.radius / top
        every = max(1, math.ceil((metrics.height() + 1) / max(spacing, 1.0)))
        out = []
        for level in range(1, top + 1):
            if (top - level) % every:
                continue
            a, b = layout.point(0, level, top), layout.point(1, level, top)
            length = math.hypot(b.x() - a.x(), b.y() - a.y()) or 1.0
            w = metrics.horizontalAdvance(str(level)) + 6
            h = metrics.height()
            shift = min(w / 2 + 7.0, length / 2)
            mid = QPointF(
                a.x() + (b.x() - a.x()) * shift / length, a.y() + (b.y() - a.y()) * shift / length
            )
            out.append((level, QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h)))
        return out

    def ring_labels(self) -> list[tuple[int, QRectF]]:
        """In radar mode: each labelled ring's level and its label's box (widget coordinates)."""
        return self._ring_labels(self._radar_layout()) if self.mode() == "radar" else []

    def _paint_bars(self, p: QPainter, colors: dict[str, QColor]) -> None:
        layout = self._bars_layout()
        top = self._top
        first, last = layout.rows[0], layout.rows[-1]
        # A vertical grid line and a number per level.
        metrics = QFontMetricsF(self.font())
        for level in range(top + 1):
            x = layout.x(level, top)
            p.setPen(QPen(colors["grid"], 1.4 if level in (0, top) else 1.0))
            p.drawLine(QPointF(x, first.top() + 2), QPointF(x, last.bottom() - 2))
            text = str(level)
            p.setPen(colors["muted"])
            p.drawText(QPointF(x - metrics.horizontalAdvance(text) / 2, layout.axis_y), text)
        caption = self.tr("Level")
        p.setPen(colors["text"])
        p.drawText(
            QPointF(
                (layout.x0 + layout.x1 - metrics.horizontalAdvance(caption)) / 2,
                layout.axis_y + metrics.height() + 2,
            ),
            caption,
        )
        for (_name, level, target), row, label in zip(
            self._bands, layout.rows, layout.labels, strict=True
        ):
            now, outline = self._bar_rects(layout, row, level, target)
            p.setPen(QPen(colors["now"], 1.5))
            p.setBrush(colors["now_fill"])
            if now.width() > 0:
                p.drawRect(now)
            if outline.width() > 0:
                p.setPen(self._target_pen(colors["target"]))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRect(outline)
            p.setPen(colors["text"])
            p.drawText(label.rect, int(label.align), label.text)

    def _paint_legend(self, p: QPainter, colors: dict[str, QColor]) -> None:
        metrics = QFontMetricsF(self.font())
        entries = [(self.tr("Now"), False), (self.tr("Target"), True)]
        swatch, spacing, gap = 22.0, 5.0, 18.0
        widths = [swatch + spacing + metrics.horizontalAdvance(text) for text, _ in entries]
        total = sum(widths) + gap * (len(entries) - 1)
        x = (self.width() - total) / 2
        y = self.height() - self.MARGIN - self._legend_height() / 2
        for (text, dashed), width in zip(entries, widths, strict=True):
            box = QRectF(x + 1, y - 5, swatch - 2, 10)
            if dashed:
                p.setPen(self._target_pen(colors["target"]))
                p.setBrush(Qt.BrushStyle.NoBrush)
            else:
                p.setPen(QPen(colors["now"], 1.5))
                p.setBrush(colors["now_fill"])
            p.drawRect(box)
            p.setPen(colors["text"])
            baseline = y + (metrics.ascent() - metrics.descent()) / 2
            p.drawText(QPointF(x + swatch + spacing, baseline), text)
            x += width + gap

    # -- tooltips ---------------------------------------------------------------------------------

    def band_at(self, pos: QPointF) -> int | None:
        """The band under a widget position: its row (bars), or the nearest spoke (radar)."""
        mode = self.mode()
        if mode == "bars":
            for i, row in enumerate(self._bars_layout().rows):
                if row.contains(pos):
                    return i
            return None
        if mode != "radar":
            return None
        layout = self._radar_layout()
        dx, dy = pos.x() - layout.centre.x(), pos.y() - layout.centre.y()
        if math.hypot(dx, dy) > layout.radius + self.GAP + 4:
            return next((i for i, lb in enumerate(layout.labels) if lb.rect.contains(pos)), None)
        if math.hypot(dx, dy) < 4:
            return None
        angle = math.atan2(dx, -dy) % (2 * math.pi)
        step = 2 * math.pi / len(self._bands)
        return round(angle / step) % len(self._bands)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.band_at(QPointF(event.pos()))
            if index is None and self.mode() != "empty":
                QToolTip.showText(event.globalPos(), self.explanation(), self)
            elif index is None:
                QToolTip.hideText()
            else:
                name, level, target = self._bands[index]
                text = self.tr("{name}: level {level} now, {target} at target").format(
                    name=name, level=level, target=target
                )
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)


__all__ = ["BandRadar", "wrap_label"]
