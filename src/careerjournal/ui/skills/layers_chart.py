"""The Skills area's band layers chart: what share of a band's skills is at each level over time.

`BandLayersChart` stacks a 0-100% area per level, one colour per level from a sequential ramp
(`level_colors`), the top level at the bottom, so the band rule's share (a dashed line) falls in
the band level's layer. The band level itself is named in a `LevelStrip` above the plot, on its
own scale. Hover the plot or the strip for the mix on that day. x is the day number
(`date.toordinal()`) on the kit's `DateAxis`. This module imports pyqtgraph, so import it
lazily (when the Skills area is shown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ...services.banding import BandPoint, level_mix
from ...services.skills import BandStatus
from ..charts.legend import BoxSwatch, Swatch
from ..charts.series import day_x, step_series, time_range
from ..charts.style import ink_on
from ..colors import blend
from ..formatting import format_date
from ..theme import is_dark
from .chart_base import RECORD_SHORTCUT, _TimeChart
from .chart_style import level_colors, readable_elision


def share_edges(
    history: Sequence[BandPoint], top: int, end: float
) -> list[tuple[list[float], list[float]]]:
    """The stacked layers' upper edges as step series (x = day number), index 0 "not assessed"
    (always 1: the whole band), index L the share of skills at level L or above. All have the
    same x values."""
    edges = []
    for category in range(top + 1):
        points = [
            (day_x(p.day), 1.0 if category == 0 else float(p.shares[category - 1])) for p in history
        ]
        edges.append(step_series(points, end, merge=False))
    return edges


def level_runs(history: Sequence[BandPoint], end: float) -> list[tuple[float, float, int]]:
    """The band level as runs: (first day number, end day number, level), the last run to
    `end` (or its own day, when that is later)."""
    runs: list[tuple[float, float, int]] = []
    for p in history:
        day = day_x(p.day)
        if runs and runs[-1][2] == p.level:
            continue
        if runs:
            runs[-1] = (runs[-1][0], day, runs[-1][2])
        runs.append((day, day, p.level))
    if runs:
        runs[-1] = (runs[-1][0], max(end, runs[-1][0]), runs[-1][2])
    return runs


class LevelStrip(pg.GraphicsWidget):
    """The band level over time as a strip of coloured, named segments above the share plot.

    It shares the plot's x axis (day numbers, through `view_box`) but not its y axis: the band
    level is a level, the plot below is a share. `caption` sits left of it, over the share
    axis, so the strip reads "Band level: Competent | Proficient".
    """

    PAD = 3.0  # around a segment's name

    def __init__(self, view_box: pg.ViewBox) -> None:
        super().__init__()
        self._view_box = view_box
        self._segments: list[tuple[float, float, int]] = []
        self._names: tuple[str, ...] = ()
        self._fills: dict[int, QBrush] = {}
        self._caption = ""
        self._none = ""
        self._text = QColor(Qt.GlobalColor.black)
        self._edge = QColor(Qt.GlobalColor.white)
        height = QFontMetricsF(self.font()).height() + 2 * self.PAD + 4
        self.setMinimumHeight(height)
        self.setMaximumHeight(height)
        self.setPreferredHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        view_box.sigTransformChanged.connect(self._on_transform)

    def _on_transform(self, *_args: object) -> None:
        self.update()  # the plot's x range or size moved: the segments follow

    def set_segments(
        self,
        segments: Sequence[tuple[float, float, int]],
        names: Sequence[str],
        fills: dict[int, QBrush],
        caption: str,
        text: QColor,
        edge: QColor,
        none: str = "",
    ) -> None:
        """(first day number, end day number, level) per run of one level; `names[L - 1]` names
        level L, `fills[L]` paints it; level 0 (no level yet) is called `none`."""
        self._segments = list(segments)
        self._names = tuple(names)
        self._fills = dict(fills)
        self._caption = caption
        self._none = none
        self._text = QColor(text)
        self._edge = QColor(edge)
        self.update()

    def segments(self) -> list[tuple[float, float, int]]:
        return list(self._segments)

    def _x(self, value: float) -> float:
        scene = self._view_box.mapViewToScene(QPointF(value, 0.0))
        return self.mapFromScene(scene).x()

    def segment_rects(self) -> list[tuple[QRectF, int]]:
        """Each segment's rectangle in the strip's coordinates, clipped to the plot."""
        self._view_box.prepareForPaint()
        plot = self.mapRectFromScene(self._view_box.sceneBoundingRect())
        out = []
        for x0, x1, level in self._segments:
            left = max(plot.left(), self._x(x0))
            right = min(plot.right(), self._x(x1))
            if right > left:
                out.append((QRectF(left, 2, right - left, self.size().height() - 4), level))
        return out

    def paint(self, p: QPainter, *args: object) -> None:
        if not self._segments:
            return
        metrics = QFontMetricsF(self.font())
        p.setFont(self.font())
        plot = self.mapRectFromScene(self._view_box.sceneBoundingRect())
        # The caption, right-aligned over the share axis.
        room = QRectF(0, 0, max(0.0, plot.left() - 6), self.size().height())
        p.setPen(self._text)
        caption = metrics.elidedText(self._caption, Qt.TextElideMode.ElideRight, room.width())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        p.drawText(room, int(align), caption)
        for rect, level in self.segment_rects():
            brush = self._fills.get(level, QBrush(self._edge))
            p.setPen(QPen(self._edge, 1.0))
            p.setBrush(brush)
            p.drawRect(rect)
            name = self._names[level - 1] if 0 < level <= len(self._names) else self._none
            text = metrics.elidedText(
                name, Qt.TextElideMode.ElideRight, rect.width() - 2 * self.PAD
            )
            if readable_elision(name, text):  # "P…" or "No l…" say nothing: the tooltip tells
                p.setPen(ink_on(brush.color()) if level else self._text)
                p.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)


class BandLayersChart(_TimeChart):
    """What share of a band's skills is at each level over time, and the band's level.

    x is the day number (`date.toordinal()`), y the share of the band's skills (0-100%). The
    layers stack from the top level at the bottom up to "not assessed" at the top, one colour
    per level; so the edge under level L is the share at L or above, and the band rule's share
    (a dashed line) falls into the layer of the band's level. A strip above the plot names the
    band level over time, on its own scale.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__("band_layers_chart", parent)
        self.graphics.setAccessibleName(self.tr("Share of the band's skills at each level"))
        self._history: tuple[BandPoint, ...] = ()
        self._top = 1
        self._end = 0.0
        self._edges: list[tuple[list[float], list[float]]] = []
        self._level_series: tuple[list[float], list[float]] = ([], [])
        self._share: float | None = None
        self._fills: list[pg.PlotDataItem] = []
        self.strip = LevelStrip(self.view_box)
        self.graphics.ci.removeItem(self.plot)  # the strip goes between the legend and it
        self.graphics.ci.addItem(self.strip, row=1, col=0)
        self.graphics.ci.addItem(self.plot, row=2, col=0)
        self.rule_line = pg.InfiniteLine(angle=0, movable=False)
        self.rule_line.setZValue(100)
        self.plot.addItem(self.rule_line, ignoreBounds=True)
        self.rule_label = pg.TextItem(anchor=(0.0, 1.0))  # left: mostly early, sparse data
        self.rule_label.setZValue(101)
        self.plot.addItem(self.rule_label, ignoreBounds=True)
        self.plot.showGrid(x=False, y=True, alpha=0.35)  # the layers' steps mark the dates
        self.graphics.viewport().installEventFilter(self)
        self._built = True
        self._apply_palette()
        self.clear()

    # -- API --------------------------------------------------------------------------------------

    def set_band(
        self,
        band: BandStatus,
        level_names: Sequence[str],
        today: dt.date,
        *,
        share: float | None = None,
    ) -> None:
        """Draw `band`'s history on a scale with `level_names`, flat on to `today`. `share` (the
        journal's band share, `SkillsOverview.share`) is drawn as the band rule's line."""
        self._share = share
        self._top = max(1, len(level_names))
        self._names = tuple(level_names)
        self._history = tuple(band.history)
        if not self._history:
            self._clear_items()
            self._fill_legend()
            self._show_hint(
                self.tr("No assessments in this band yet. Record one with {shortcut}.").format(
                    shortcut=RECORD_SHORTCUT
                )
            )
            return
        self._end = day_x(today)
        self._edges = share_edges(self._history, self._top, self._end)
        levels = [(day_x(p.day), float(p.level)) for p in self._history]
        self._level_series = step_series(levels, self._end, merge=False)
        self._ensure_fills()
        for item, (xs, ys) in zip(self._fills, self._edges, strict=True):
            item.setData(xs, ys)
        first, last = levels[0][0], max(levels[-1][0], self._end)
        self.view_box.setXRange(*time_range(first, last), padding=0)
        self.view_box.setYRange(0, 1, padding=0.05)  # room for the 0% and 100% labels
        if share is not None:
            self.rule_line.setValue(share)
            self.rule_label.setText(self.tr("{share} rule").format(share=f"{share:.0%}"))
            self.rule_label.setPos(time_range(first, last)[0], share)
        self.rule_line.setVisible(share is not None)
        self.rule_label.setVisible(share is not None)
        self._restyle(self._colors())
        self._show_chart()

    def clear(self) -> None:
        """Show nothing (no band chosen): an empty chart without a hint."""
        self._history = ()
        self._clear_items()
        self._fill_legend()
        self.hint.setText("")
        self._show_chart()

    def layers(self) -> list[tuple[list[float], list[float], list[float]]]:
        """Each stacked layer as (x as day numbers, lower edge, upper edge) in shares 0..1: index
        0 is "not assessed" (on top), index L level L; all with the same x."""
        if not self._edges:
            return []
        out = []
        for category in range(self._top + 1):
            xs, upper = self._edges[category]
            lower = self._edges[category + 1][1] if category < self._top else [0.0] * len(xs)
            out.append((list(xs), list(lower), list(upper)))
        return out

    def mix_series(self) -> list[tuple[list[float], list[float]]]:
        """Each category's share over time (not stacked): index 0 "not assessed", L level L."""
        return [
            (xs, [u - lo for u, lo in zip(upper, lower, strict=True)])
            for xs, lower, upper in self.layers()
        ]

    def level_series(self) -> tuple[list[float], list[float]]:
        """The band level's steps: (x as day numbers, level); the same x as `layers()`."""
        return list(self._level_series[0]), list(self._level_series[1])

    def strip_segments(self) -> list[tuple[float, float, int]]:
        """The level strip: (first day number, end day number, level) per run of one level."""
        return self.strip.segments()

    def colors(self) -> list[QColor]:
        """The layers' fill colours: index 0 "not assessed", L level L."""
        dark = is_dark(self.palette())
        return [self._unassessed_brush().color(), *level_colors(self._top, dark)]

    def rule(self) -> float | None:
        """The band rule's share, drawn as a dashed line (None: not drawn)."""
        return self._share if self._history else None

    def explanation(self) -> str:
        text = self.tr(
            "Each colour is the share of the band's skills at that level, the highest level at "
            "the bottom. The strip above names the band's level."
        )
        if self._share is None:
            return text
        rule = self.tr(
            "The band is at a level when at least {share} of its skills are at that level or "
            "above: the level under the dashed line."
        ).format(share=f"{self._share:.0%}")
        return f"{text} {rule}"

    def mix_at(self, day: float) -> tuple[dt.date, tuple[float, ...]] | None:
        """The band's last point on or before day number `day`: its date and level mix."""
        point = None
        for p in self._history:
            if p.day.toordinal() > day:
                break
            point = p
        return (point.day, level_mix(point.shares)) if point else None

    # -- internals --------------------------------------------------------------------------------

    def _set_level_axis(self, names: Sequence[str]) -> None:
        self._names = tuple(names)
        self._layout_level_axis()

    def _layout_level_axis(self) -> None:
        """The y axis: shares as 0%..100%; it is wide enough for the strip's caption too."""
        metrics = QFontMetrics(self.font())
        ticks = [(v / 4, f"{v * 25}%") for v in range(5)]
        axis = self.plot.getAxis("left")
        axis.setTicks([ticks, []])
        label_w = metrics.horizontalAdvance("100%") + 14 + metrics.height() + 6
        width = max(label_w, min(metrics.horizontalAdvance(self._strip_caption()) + 8, 110))
        axis.setWidth(width)
        self.legend.set_inset(width - 8 if self.width() - width >= 320 else 0)

    def _strip_caption(self) -> str:
        return self.tr("Band level")

    def _axis_titles(self) -> dict[str, str]:
        return {"left": self.tr("Share of skills")}

    def _ensure_fills(self) -> None:
        count = self._top + 1
        while len(self._fills) < count:
            item = pg.PlotDataItem(fillLevel=0.0)
            self.plot.addItem(item, ignoreBounds=True)
            self._fills.append(item)
        while len(self._fills) > count:
            self.plot.removeItem(self._fills.pop())
        # Each edge fills down to 0, so the taller ones go underneath: "not assessed" (always
        # 100%) lowest, the top level's edge (the smallest) on top.
        for category, item in enumerate(self._fills):
            item.setZValue(10 + category)

    def _clear_items(self) -> None:
        self._edges = []
        self._level_series = ([], [])
        for item in self._fills:
            item.setData([], [])
        self.rule_line.hide()
        self.rule_label.hide()
        self.strip.set_segments([], (), {}, "", QColor(), QColor())

    def _unassessed_brush(self) -> QBrush:
        palette = self.palette()
        color = blend(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.WindowText),
            0.28 if is_dark(palette) else 0.22,
        )
        return QBrush(color, Qt.BrushStyle.BDiagPattern)

    def _brushes(self, dark: bool) -> dict[int, QBrush]:
        brushes = {0: self._unassessed_brush()}
        for level, color in enumerate(level_colors(self._top, dark), start=1):
            brushes[level] = QBrush(color)
        return brushes

    def _fill_legend(self) -> None:
        colors = self._colors()
        dark = is_dark(self.palette())
        background = colors["background"]
        entries: list[tuple[Swatch, str]] = []
        if self._history:
            brushes = self._brushes(dark)
            outline = blend(background, colors["text"], 0.45)
            entries.append(
                (
                    BoxSwatch("s", brushes[0].color(), outline, brush=brushes[0]),
                    self.tr("Not assessed"),
                )
            )
            for level, name in enumerate(self._names, start=1):
                color = brushes[level].color()
                entries.append((BoxSwatch("s", color, outline), name))
        self.legend.set_entries(entries, colors["text"])

    def _restyle(self, colors: dict[str, QColor]) -> None:
        background = colors["background"]
        brushes = self._brushes(is_dark(self.palette()))
        for category, item in enumerate(self._fills):
            item.setPen(pg.mkPen(background, width=1.0))
            item.setBrush(brushes.get(category, brushes[0]))
        text = colors["text"]
        halo = QColor(background)
        halo.setAlpha(225)
        self.rule_line.setPen(pg.mkPen(text, width=1.6, style=Qt.PenStyle.DashLine))
        self.rule_label.setColor(text)
        self.rule_label.fill = pg.mkBrush(halo)
        self.rule_label.border = pg.mkPen(None)
        segments = level_runs(self._history, self._end) if self._history else []
        self.strip.set_segments(
            segments,
            self._names,
            brushes,
            self._strip_caption(),
            text,
            background,
            self.tr("No level"),
        )
        self._fill_legend()

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.graphics.viewport()
            and event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
        ):
            self._show_tip(event)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _show_tip(self, event: QHelpEvent) -> None:
        scene = self.graphics.mapToScene(event.pos())
        text = ""
        over = self.view_box.sceneBoundingRect().contains(scene)
        over_strip = self.strip.sceneBoundingRect().contains(scene) and (
            self.view_box.sceneBoundingRect().left() <= scene.x()
        )
        if self._history and (over or over_strip):
            text = self.tip_at(self.view_box.mapSceneToView(scene).x())
        if text:
            QToolTip.showText(event.globalPos(), text, self.graphics.viewport())
        else:
            QToolTip.hideText()

    def tip_at(self, day: float) -> str:
        """The tooltip at day number `day`: the date, the band level, and the share per level."""
        found = self.mix_at(day)
        if found is None:
            return ""
        when, mix = found
        level = next((p.level for p in self._history if p.day == when), 0)
        name = self._names[level - 1] if 0 < level <= len(self._names) else self.tr("no level yet")
        lines = [self.tr("{date}: band level {level}").format(date=format_date(when), level=name)]
        for category in range(len(mix) - 1, -1, -1):
            if mix[category] <= 0:
                continue
            label = self._names[category - 1] if category else self.tr("Not assessed")
            lines.append(f"{label}: {mix[category]:.0%}")
        return "\n".join(lines)


__all__ = ["BandLayersChart", "LevelStrip", "level_runs", "share_edges"]
