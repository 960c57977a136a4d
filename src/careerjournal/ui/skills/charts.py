"""The Skills area's charts: a skill's level history, a band's competency layers, the bands radar.

* `SkillHistoryChart`: a skill's level as a step line over time, a marker per assessment (a
  diamond when an evidence entry backs it: click it to open the entry), the target dashed.
* `BandLayersChart`: what share of one band's skills is at each level over time: a 0-100%
  stacked area, one colour per level from a sequential ramp (`level_colors`), the top level at
  the bottom, so the band rule's share (a dashed line) falls in the band level's layer. The band
  level itself is named in a `LevelStrip` above the plot, on its own scale.
* `BandRadar`: every band's level now against its target on a radar (bars for one or two bands,
  where a radar would be a line), painted with QPainter; ring numbers on chips over the shapes.

The two time charts use pyqtgraph with x in day numbers (`date.toordinal()`), the timeline's
`DateAxis`; this module imports pyqtgraph, so import it lazily (when the Skills area is shown),
never at application start. Colours come from the palette and the theme's light/dark pairs, and
follow palette changes.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QStackedLayout,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain import AssessmentSource
from ...services.banding import BandPoint, level_mix
from ...services.records import AssessmentRecord
from ...services.skills import BandStatus
from ..colors import blend, contrast_ratio
from ..formatting import format_date
from ..theme import ColorPair, is_dark
from ..timeline.axis import DateAxis
from ..timeline.plot import FlowLegend, Swatch

#: The shortcut the empty history's hint names for recording an assessment.
RECORD_SHORTCUT = "Ctrl+L"

#: Colours beyond the palette's: for light and for dark backgrounds (Okabe-Ito hues).
EVIDENCE_COLORS = ColorPair("#d55e00", "#ff8c4a")  # vermillion: assessments with evidence
TARGET_COLORS = ColorPair("#007a5a", "#36d2a2")  # bluish green: targets

LEVEL_LABEL_MAX_PX = 150  # level names longer than this are elided on the level axis
MIN_SPAN_DAYS = 30  # the narrowest time range a chart shows
MARKER_SIZE = 9.0
EVIDENCE_SIZE = 13.0


def pair_color(pair: ColorPair, dark: bool) -> QColor:
    return QColor(pair.dark if dark else pair.light)


#: Sequential ramps for the levels, lowest level first: they run from near the background to far
#: from it (pale to deep on a light background, dim to bright on a dark one), and their hues move
#: too (yellow-green, teal, blue; ColorBrewer YlGnBu and viridis), so neighbours stay apart.
LEVEL_RAMP_LIGHT = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
LEVEL_RAMP_DARK = ("#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725")


def level_colors(top: int, dark: bool) -> list[QColor]:
    """One colour per level 1..`top`, evenly spaced along the theme's ramp."""
    ramp = [QColor(c) for c in (LEVEL_RAMP_DARK if dark else LEVEL_RAMP_LIGHT)]
    if top <= 1:
        return [ramp[-1]] if top == 1 else []
    colors = []
    for i in range(top):
        pos = i * (len(ramp) - 1) / (top - 1)
        j = min(int(pos), len(ramp) - 2)
        colors.append(QColor(blend(ramp[j], ramp[j + 1], pos - j).name()))  # 8 bits, as drawn
    return colors


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill`."""
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    return black if contrast_ratio(fill, black) >= contrast_ratio(fill, white) else white


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


def readable_elision(full: str, shown: str) -> bool:
    """Whether an elided label still says something: all of it, or at least three characters
    that do not end in a word's first letter or two ("Compe…" yes; "P…", "No l…" no)."""
    if shown == full:
        return True
    kept = shown.rstrip("…").rstrip()
    return len(kept) >= 3 and re.search(r"\s\S{1,2}$", kept) is None


def step_series(
    points: Sequence[tuple[float, float]], end: float, *, merge: bool = True
) -> tuple[list[float], list[float]]:
    """The vertices of a step line through `points` (x ascending): each y holds until the next
    point's x, and the last one until `end` (when that is later). With `merge`, repeated
    vertices are left out (a day with several values draws one vertical run); without it, the
    x values depend on the points' x only, so several series over the same days line up."""
    xs: list[float] = []
    ys: list[float] = []

    def add(x: float, y: float) -> None:
        if not merge or not xs or (xs[-1], ys[-1]) != (x, y):
            xs.append(x)
            ys.append(y)

    for x, y in points:
        if xs:
            add(x, ys[-1])
        add(x, y)
    if xs and end > xs[-1]:
        add(end, ys[-1])
    return xs, ys


def share_edges(
    history: Sequence[BandPoint], top: int, end: float
) -> list[tuple[list[float], list[float]]]:
    """The stacked layers' upper edges as step series (x = day number), index 0 "not assessed"
    (always 1: the whole band), index L the share of skills at level L or above. All have the
    same x values."""
    edges = []
    for category in range(top + 1):
        points = [
            (float(p.day.toordinal()), 1.0 if category == 0 else float(p.shares[category - 1]))
            for p in history
        ]
        edges.append(step_series(points, end, merge=False))
    return edges


def level_runs(history: Sequence[BandPoint], end: float) -> list[tuple[float, float, int]]:
    """The band level as runs: (first day number, end day number, level), the last run to
    `end` (or its own day, when that is later)."""
    runs: list[tuple[float, float, int]] = []
    for p in history:
        day = float(p.day.toordinal())
        if runs and runs[-1][2] == p.level:
            continue
        if runs:
            runs[-1] = (runs[-1][0], day, runs[-1][2])
        runs.append((day, day, p.level))
    if runs:
        runs[-1] = (runs[-1][0], max(end, runs[-1][0]), runs[-1][2])
    return runs


def time_range(first: float, last: float) -> tuple[float, float]:
    """An x range showing `first`..`last` with a margin, at least MIN_SPAN_DAYS wide."""
    span = last - first
    pad = max(2.0, span * 0.04, (MIN_SPAN_DAYS - span) / 2)
    return first - pad, last + pad


# --- legend swatches -----------------------------------------------------------------------------


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


# --- the time charts -----------------------------------------------------------------------------


class _TimeChart(QWidget):
    """A legend over one plot (x = day number on a date axis, y = levels with their names), or a
    centred hint when there is nothing to draw."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._built = False
        self._names: tuple[str, ...] = ()
        self.setObjectName(name)

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName(f"{name}_plot")
        self.graphics.setMinimumSize(240, 170)
        layout = self.graphics.ci
        layout.setContentsMargins(4, 6, 14, 4)
        layout.setSpacing(4)
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
        self.plot.showGrid(x=True, y=True, alpha=0.35)

        self.hint = QLabel(self)
        self.hint.setObjectName(f"{name}_hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # muted, yet readable
        self.hint.setContentsMargins(16, 16, 16, 16)
        self.hint_page = QWidget(self)
        self.hint_page.setBackgroundRole(QPalette.ColorRole.Base)
        self.hint_page.setAutoFillBackground(True)
        page_layout = QVBoxLayout(self.hint_page)
        page_layout.addWidget(self.hint)

        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.hint_page)
        self._set_level_axis(("",))

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    # -- shared API -------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """Whether the hint shows instead of the chart."""
        return self.stack.currentWidget() is self.hint_page

    def hint_text(self) -> str:
        return self.hint.text()

    def legend_labels(self) -> list[str]:
        return self.legend.labels()

    def explanation(self) -> str:
        """How to read the chart, in a sentence (each chart says its own)."""
        return ""

    def scene_pos(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is drawn, in scene coordinates."""
        self.view_box.prepareForPaint()  # the view's transform follows its range lazily
        return self.view_box.mapViewToScene(QPointF(x, y))

    def viewport_pos(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is drawn, in the plot widget's viewport coordinates."""
        return QPointF(self.graphics.mapFromScene(self.scene_pos(x, y)))

    # -- helpers ----------------------------------------------------------------------------------

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint_page)

    def _show_chart(self) -> None:
        self.stack.setCurrentWidget(self.graphics)

    def _set_level_axis(self, names: Sequence[str]) -> None:
        """The y axis: level L at y = L, labelled with its name (elided when long)."""
        self._names = tuple(names)
        self._layout_level_axis()

    def _layout_level_axis(self) -> None:
        """Level names in at most LEVEL_LABEL_MAX_PX, and at most a third of a narrow chart; the
        legend lines up with the plot unless that leaves it too little room."""
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(n) for n in self._names), default=0)
        room = min(LEVEL_LABEL_MAX_PX, max(48, self.width() // 3), widest)
        ticks = [
            (float(level), metrics.elidedText(name, Qt.TextElideMode.ElideRight, room + 2))
            for level, name in enumerate(self._names, start=1)
        ]
        axis = self.plot.getAxis("left")
        axis.setTicks([ticks, []])
        # Tick labels, the gap to the axis line, and the rotated axis label.
        width = room + 14 + metrics.height() + 6
        axis.setWidth(width)
        self.legend.set_inset(width - 8 if self.width() - width >= 320 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_level_axis()

    def _colors(self) -> dict[str, QColor]:
        palette = self.palette()
        return {
            "background": palette.color(QPalette.ColorRole.Base),
            "text": palette.color(QPalette.ColorRole.WindowText),
            "mid": palette.color(QPalette.ColorRole.Mid),
            "accent": palette.color(QPalette.ColorRole.Highlight),
        }

    def _axis_labels(self) -> tuple[str, str]:
        """The bottom and left axes' titles ("": none; dates need no title, and the room is
        better spent on the plot in a small window)."""
        return "", self.tr("Level")

    def _apply_palette(self) -> None:
        colors = self._colors()
        text = colors["text"]
        self.graphics.setBackground(colors["background"])
        for name, label in zip(("bottom", "left"), self._axis_labels(), strict=True):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(colors["mid"]))
            axis.setTextPen(pg.mkPen(text))
            if label:
                axis.setLabel(label, color=text.name())
            else:
                axis.showLabel(False)
        self._restyle(colors, is_dark(self.palette()))

    def _restyle(self, colors: dict[str, QColor], dark: bool) -> None:
        """Recolour the chart's own items for the palette (each chart has its own)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self._apply_palette()
        super().changeEvent(event)


class SkillHistoryChart(_TimeChart):
    """A skill's level over time: a step line through its assessments, flat to today.

    x is the day number (`date.toordinal()`), y the level (1..top). Assessments backed by an
    evidence entry are diamonds; clicking one emits `entryActivated` with the entry's id.
    """

    entryActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("skill_history_chart", parent)
        self.graphics.setAccessibleName(self.tr("Level history of the skill"))
        self._history: list[AssessmentRecord] = []
        self._target: int | None = None
        self._series: tuple[list[float], list[float]] = ([], [])

        self.target_line = pg.InfiniteLine(angle=0, movable=False)
        self.curve = pg.PlotDataItem()
        self.markers = pg.ScatterPlotItem(symbol="o", size=MARKER_SIZE, hoverable=True)
        self.evidence = pg.ScatterPlotItem(symbol="d", size=EVIDENCE_SIZE, hoverable=True)
        for z, item in enumerate((self.target_line, self.curve, self.markers, self.evidence)):
            item.setZValue(z + 1)
            self.plot.addItem(item, ignoreBounds=True)
        self.markers.opts["tip"] = self._tip
        self.evidence.opts["tip"] = self._tip
        self.target_line.hide()
        self.evidence.sigClicked.connect(self._on_evidence_clicked)
        self.evidence.sigHovered.connect(self._on_evidence_hovered)

        self._built = True
        self._apply_palette()
        self.clear()

    # -- API --------------------------------------------------------------------------------------

    def set_history(
        self,
        history: Sequence[AssessmentRecord],
        level_names: Sequence[str],
        target: int | None,
        today: dt.date,
    ) -> None:
        """Draw a skill's assessments (any order) on a scale with `level_names` (level 1 first),
        its target level (None: no target line), the step line running on to `today`."""
        self._history = sorted(history, key=lambda a: (a.assessed_on, a.id))
        self._target = target
        top = max(1, len(level_names))
        self._set_level_axis(level_names)
        if not self._history:
            self._clear_items()
            self._show_hint(
                self.tr("No assessments yet. Record one with {shortcut}.").format(
                    shortcut=RECORD_SHORTCUT
                )
            )
            return
        points = [(float(a.assessed_on.toordinal()), float(a.level)) for a in self._history]
        end = float(today.toordinal())
        self._series = step_series(points, end)
        self.curve.setData(*self._series)
        plain = [i for i, a in enumerate(self._history) if a.evidence_entry_id is None]
        backed = [i for i, a in enumerate(self._history) if a.evidence_entry_id is not None]
        for item, indexes in ((self.markers, plain), (self.evidence, backed)):
            item.setData(
                x=[points[i][0] for i in indexes],
                y=[points[i][1] for i in indexes],
                data=indexes,
            )
        if target is not None:
            self.target_line.setValue(float(target))
        self.target_line.setVisible(target is not None)
        self.view_box.setXRange(*time_range(points[0][0], max(points[-1][0], end)), padding=0)
        self.view_box.setYRange(0.5, top + 0.5, padding=0)
        self._fill_legend()
        self._show_chart()

    def clear(self) -> None:
        """Show nothing (no skill chosen): an empty chart without a hint."""
        self._history = []
        self._target = None
        self._clear_items()
        self._fill_legend()
        self.hint.setText("")
        self._show_chart()

    def series(self) -> tuple[list[float], list[float]]:
        """The step line's vertices: x as day numbers (`date.toordinal()`), y as levels."""
        return list(self._series[0]), list(self._series[1])

    def evidence_points(self) -> list[tuple[dt.date, int, int]]:
        """The evidence markers: (day, level, entry id), oldest first."""
        return [
            (a.assessed_on, a.level, a.evidence_entry_id)
            for a in self._history
            if a.evidence_entry_id is not None
        ]

    def target(self) -> int | None:
        """The target line's level (None when none is drawn)."""
        return self._target if self._history else None

    def explanation(self) -> str:
        return self.tr(
            "Each step is the level from one assessment until the next; diamonds mark "
            "assessments backed by an evidence entry (click one to open it)."
        )

    # -- internals --------------------------------------------------------------------------------

    def _clear_items(self) -> None:
        self._series = ([], [])
        self.curve.setData([], [])
        self.markers.setData(x=[], y=[])
        self.evidence.setData(x=[], y=[])
        self.target_line.hide()

    def _tip(self, x: float, y: float, data: object) -> str:
        if not isinstance(data, int) or not 0 <= data < len(self._history):
            return ""
        a = self._history[data]
        name = self._names[a.level - 1] if 0 < a.level <= len(self._names) else str(a.level)
        source = self._source_label(a.source)
        lines = [f"{format_date(a.assessed_on)} · {name}", source]
        if a.note:
            lines.append(a.note)
        if a.evidence_entry_id is not None:
            lines.append(self.tr("Click to open the evidence entry"))
        return "\n".join(lines)

    def _source_label(self, source: AssessmentSource | str) -> str:
        labels = {
            AssessmentSource.SELF: self.tr("Self-assessment"),
            AssessmentSource.MANAGER: self.tr("Manager's assessment"),
            AssessmentSource.PEER: self.tr("Peer assessment"),
            AssessmentSource.CERTIFICATION: self.tr("Certification"),
        }
        return labels.get(AssessmentSource(source), str(source))

    def _on_evidence_clicked(self, item: object, points: Sequence[object], event: object) -> None:
        for point in points:
            index = point.data()  # type: ignore[attr-defined]
            if isinstance(index, int) and 0 <= index < len(self._history):
                entry = self._history[index].evidence_entry_id
                if entry is not None:
                    self.entryActivated.emit(entry)
                    return

    def _on_evidence_hovered(self, item: object, points: Sequence[object], event: object) -> None:
        if len(points):
            self.graphics.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.graphics.viewport().unsetCursor()

    def _fill_legend(self) -> None:
        colors = self._colors()
        dark = is_dark(self.palette())
        background = colors["background"]
        entries: list[tuple[Swatch, str]] = [
            (Swatch("o", colors["accent"], background, MARKER_SIZE), self.tr("Assessment")),
            (
                Swatch("d", pair_color(EVIDENCE_COLORS, dark), background, EVIDENCE_SIZE),
                self.tr("With evidence entry"),
            ),
        ]
        if self._target is not None and self._history:
            entries.append(
                (
                    LineSwatch("s", pair_color(TARGET_COLORS, dark), background, dashed=True),
                    self.tr("Target"),
                )
            )
        self.legend.set_entries(entries, colors["text"])

    def _restyle(self, colors: dict[str, QColor], dark: bool) -> None:
        accent = colors["accent"]
        background = colors["background"]
        self.curve.setPen(pg.mkPen(accent, width=2.2))
        self.markers.setPen(pg.mkPen(background, width=1.2))
        self.markers.setBrush(pg.mkBrush(accent))
        evidence = pair_color(EVIDENCE_COLORS, dark)
        self.evidence.setPen(pg.mkPen(background, width=1.2))
        self.evidence.setBrush(pg.mkBrush(evidence))
        self.target_line.setPen(
            pg.mkPen(pair_color(TARGET_COLORS, dark), width=1.8, style=Qt.PenStyle.DashLine)
        )
        self._fill_legend()


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
        self._end = float(today.toordinal())
        self._edges = share_edges(self._history, self._top, self._end)
        levels = [(float(p.day.toordinal()), float(p.level)) for p in self._history]
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
        self._restyle(self._colors(), is_dark(self.palette()))
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

    def _axis_labels(self) -> tuple[str, str]:
        return "", self.tr("Share of skills")

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

    def _restyle(self, colors: dict[str, QColor], dark: bool) -> None:
        background = colors["background"]
        brushes = self._brushes(dark)
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


# --- the radar -----------------------------------------------------------------------------------


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


__all__ = [
    "RECORD_SHORTCUT",
    "BandLayersChart",
    "BandRadar",
    "LevelStrip",
    "SkillHistoryChart",
    "contrast_ratio",
    "level_colors",
    "level_runs",
    "share_edges",
    "step_series",
]
