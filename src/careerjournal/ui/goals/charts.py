"""The Goals area's burn-up chart: a goal's progress over time and where its pace leads.

`BurnUpChart` draws the done share of milestone weight (0-100 %) as a step line from the goal's
start, a marker per completed milestone (hover for its title), the target date as a dashed
vertical line, and the 100 % line. When the goal's pace supports a projection, a dashed line runs
on from today's progress to 100 % on the likely date, over a translucent range between the fast
end (earliest) and the slow end (latest); when there is no projection the reason is said in the
plot instead, so the chart never pretends. The view runs from the goal's start to a little past
the likely date (or the target date, if later), so months of real progress are not squeezed into a
sliver; a range reaching further is cut at the right edge, where a label gives its latest date.

x is the day number (`date.toordinal()`) on the chart kit's `DateAxis` (`ui/charts`). This
module imports pyqtgraph, so import it lazily (when the Goals area is shown). Colours come from
the palette and the theme's light/dark pairs, and follow palette changes.
"""

from __future__ import annotations

import bisect
import datetime as dt

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPolygonF, QResizeEvent
from PySide6.QtWidgets import QGraphicsPolygonItem, QWidget

from ...services.goals import GoalProgress
from ...services.progress import Outlook
from ..charts.legend import Swatch, box_swatch, line_swatch
from ..charts.plots import DateChart, hover_scatter
from ..charts.series import day_x, step_series, time_range
from ..charts.style import BLUISH_GREEN, VERMILLION, pair_color, with_alpha
from ..formatting import format_date
from ..theme import is_dark
from .wording import projection_reason

#: The projection's line and range (vermillion: apart from the accent blue and the target green).
PROJECTION_COLORS = VERMILLION
TARGET_COLORS = BLUISH_GREEN

MARKER_SIZE = 9.0
Y_TOP = 100.0  # the goal is reached at 100 %
Y_BOTTOM = -5.0  # a little room below 0 %, so its tick label shows
PAD_SHARE = 0.12  # room past the last date the view must show, as a share of the shown span
MIN_PAD_DAYS = 45
NOTE_MAX_PX = 460  # the note in the plot wraps at this width (or less, in a narrow plot)
GAP_PX = 4.0  # between a label and the line it names
EDGE_MIN_Y = 35.0  # the range's edge label hangs below its slow edge, but no lower than this


def view_end(
    start: dt.date, likely: dt.date, latest: dt.date | None, *, must_show: dt.date | None = None
) -> dt.date:
    """How far right a projection needs the view.

    The view shows the goal's real progress first: it runs a little past the likely date (or
    `must_show`, e.g. the target date or today, if later), a margin of PAD_SHARE of the span
    (at least MIN_PAD_DAYS). A slow end within that margin, or a second one, is shown whole;
    one further out (or open) is cut at the edge, where a label says how far it runs, so a wide
    range never squeezes months of real progress into a sliver.
    """
    last = max(likely, must_show or likely)
    pad = dt.timedelta(days=max(MIN_PAD_DAYS, round((last - start).days * PAD_SHARE)))
    end = last + pad
    if latest is not None and latest <= end + pad:
        return max(end, latest)
    return end


class BurnUpChart(DateChart):
    """A goal's progress (0-100 %) over time, its milestones, target date and projection."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("burn_up_chart", parent)
        self.graphics.setAccessibleName(self.tr("Progress of the goal over time"))
        self._gp: GoalProgress | None = None
        self._series: tuple[list[float], list[float]] = ([], [])
        self._markers: list[tuple[float, float, str, dt.date]] = []
        self._projection: tuple[list[float], list[float]] | None = None
        self._range: list[tuple[float, float]] | None = None
        self._target: float | None = None
        self._note = ""
        self._edge_note = ""

        self.plot.getAxis("left").setTicks(
            [[(v, f"{v:g}") for v in (0.0, 25.0, 50.0, 75.0, 100.0)], []]
        )

        # Back to front: the range, the 100 % and target lines, the projection, the progress.
        self.range_item = QGraphicsPolygonItem()
        self.full_line = pg.InfiniteLine(pos=Y_TOP, angle=0, movable=False)
        self.target_line = pg.InfiniteLine(angle=90, movable=False)
        self.projection_item = pg.PlotDataItem(antialias=True)
        self.curve = pg.PlotDataItem()
        self.markers = hover_scatter("o", MARKER_SIZE, self._tip)
        items = (
            self.range_item,
            self.full_line,
            self.target_line,
            self.projection_item,
            self.curve,
            self.markers,
        )
        for z, item in enumerate(items):
            item.setZValue(z + 1)
            self.plot.addItem(item, ignoreBounds=True)

        # Words in the plot: the target date, the likely date, the range's open end, the note.
        self.target_label = pg.TextItem(anchor=(0, 1))
        self.likely_label = pg.TextItem(anchor=(0.5, 1))
        self.edge_label = pg.TextItem(anchor=(1, 0))
        self.note_item = pg.TextItem(anchor=(0, 0))
        for item in (self.target_label, self.likely_label, self.edge_label, self.note_item):
            item.setZValue(20)
            self.plot.addItem(item, ignoreBounds=True)
        self.view_box.sigResized.connect(self._place_labels)

        self._layout_axis()
        self._built = True
        self._apply_palette()
        self.clear()

    def sizeHint(self) -> QSize:
        return QSize(560, 300)

    # -- API --------------------------------------------------------------------------------------

    def set_progress(self, gp: GoalProgress, today: dt.date | None = None) -> None:
        """Draw a goal's progress. `today` (default: `gp.as_of`) widens the view to include it."""
        self._gp = gp
        self._clear_items()
        if not gp.milestones:
            self._show_hint(
                self.tr(
                    "No milestones yet. Break the goal into milestones to follow its progress here."
                )
            )
            return
        start = gp.series[0][0] if gp.series else gp.goal.created_on
        end = gp.as_of
        points = [(day_x(day), 100.0 * share) for day, share in gp.series]
        self._series = step_series(points, day_x(end))
        self._markers = self._milestone_markers(gp, start, end)
        p = 100.0 * gp.progress

        # How far the view reaches: today, the target date, the projection (within reason).
        last = max(end, today or end)
        if gp.goal.target_date is not None:
            last = max(last, gp.goal.target_date)
        projection = gp.projection
        projected = projection.outlook is Outlook.PROJECTED and projection.likely is not None
        if projected:
            assert projection.likely is not None
            x0, _ = time_range(day_x(start), day_x(last))
            x1 = day_x(view_end(start, projection.likely, projection.latest, must_show=last))
        else:
            x0, x1 = time_range(day_x(start), day_x(last))
        self.view_box.setXRange(x0, x1, padding=0)
        self._fit_y()

        self.curve.setData(*self._series)
        self.markers.setData(
            x=[m[0] for m in self._markers],
            y=[m[1] for m in self._markers],
            data=list(range(len(self._markers))),
        )
        target = gp.goal.target_date
        self._target = None if target is None else day_x(target)
        if target is not None:
            self.target_line.setValue(day_x(target))
            self.target_line.show()
            self.target_label.setText(format_date(target))
            self.target_label.show()

        if projected:
            self._draw_projection(gp, p, x1)
        else:
            self._note = projection_reason(gp)
        self.note_item.setText(self._note)
        self.note_item.setVisible(bool(self._note))
        self.edge_label.setText(self._edge_note)
        self.edge_label.setVisible(bool(self._edge_note))
        self._fill_legend()
        self._show_chart()
        self._place_labels()

    def clear(self) -> None:
        """Show nothing (no goal chosen): an empty chart without a hint."""
        self._gp = None
        self._clear_items()
        self._fill_legend()
        self.hint.setText("")
        self._show_chart()

    def progress_series(self) -> tuple[list[float], list[float]]:
        """The progress step line's vertices: x as day numbers, y in percent."""
        return list(self._series[0]), list(self._series[1])

    def milestone_points(self) -> list[tuple[float, float, str]]:
        """The completed milestones' markers: (x as day number, y in percent, title)."""
        return [(x, y, title) for x, y, title, _ in self._markers]

    def projection_line(self) -> tuple[list[float], list[float]] | None:
        """The dashed projection from (today, progress) to (likely date, 100), or None."""
        if self._projection is None:
            return None
        return list(self._projection[0]), list(self._projection[1])

    def range_polygon(self) -> list[tuple[float, float]] | None:
        """The projected range's vertices (x as day numbers, y in percent), as drawn, or None."""
        return None if self._range is None else list(self._range)

    def target_x(self) -> float | None:
        """The target date's line as a day number, or None when the goal has no target date."""
        return self._target

    def note_text(self) -> str:
        """What the plot says in words: why there is no projection, or where its range runs off
        the chart (one line each)."""
        return "\n".join(t for t in (self._note, self._edge_note) if t)

    def explanation(self, gp: GoalProgress | None = None) -> str:
        """How to read the chart, for `gp` (default: the goal shown)."""
        gp = gp or self._gp
        text = self.tr("Progress is the done share of milestone weight")
        days = gp.pace.days if gp is not None else 0
        if days <= 0:
            return text + "."
        return text + self.tr(
            "; the projection extends the pace of the last {days} days, its range widens when "
            "fewer milestones back that pace."
        ).format(days=days)

    # -- building ---------------------------------------------------------------------------------

    @staticmethod
    def _milestone_markers(
        gp: GoalProgress, start: dt.date, end: dt.date
    ) -> list[tuple[float, float, str, dt.date]]:
        """A marker per milestone done by `end`, on the step line (done before the goal started:
        at the start), oldest first."""
        days = [day for day, _ in gp.series]
        out = []
        for m in gp.milestones:
            if m.done_on is None or m.done_on > end:
                continue
            day = max(m.done_on, start)
            i = bisect.bisect_right(days, day) - 1
            share = gp.series[i][1] if i >= 0 else gp.progress
            out.append((day_x(day), 100.0 * share, m.milestone.title, m.done_on))
        out.sort(key=lambda m: (m[0], m[2]))
        return out

    def _draw_projection(self, gp: GoalProgress, p: float, right: float) -> None:
        """The projection line and range; the range stops at the view's right edge `right`."""
        projection = gp.projection
        assert projection.likely is not None
        now = day_x(gp.as_of)
        likely = day_x(projection.likely)
        earliest = day_x(projection.earliest or projection.likely)
        self._projection = ([now, likely], [p, Y_TOP])
        self.projection_item.setData(*self._projection)
        polygon = [(now, p), (earliest, Y_TOP)]
        latest = projection.latest
        if latest is None:
            polygon += [(right, Y_TOP), (right, p)]
            self._edge_note = self.tr("no upper bound →")
            edge_y = p
        elif day_x(latest) > right:
            low = p + (Y_TOP - p) * (right - now) / (day_x(latest) - now)
            polygon += [(right, Y_TOP), (right, low)]
            self._edge_note = self.tr("latest {date} →").format(date=format_date(latest))
            edge_y = low
        else:
            polygon.append((day_x(latest), Y_TOP))
            edge_y = None
        self._range = polygon
        self.range_item.setPolygon(QPolygonF([QPointF(x, y) for x, y in polygon]))
        self.range_item.show()
        if edge_y is not None:  # under the range's slow edge, clear of the lines above it
            self.edge_label.setPos(right, max(edge_y, EDGE_MIN_Y))
        self.likely_label.setText(
            self.tr("likely {date}").format(date=format_date(projection.likely))
        )
        self.likely_label.show()

    def _clear_items(self) -> None:
        self._series = ([], [])
        self._markers = []
        self._projection = None
        self._range = None
        self._target = None
        self._note = ""
        self._edge_note = ""
        self.curve.setData([], [])
        self.markers.setData(x=[], y=[])
        self.projection_item.setData([], [])
        self.range_item.setPolygon(QPolygonF())
        self.range_item.hide()
        for item in (
            self.target_line,
            self.target_label,
            self.likely_label,
            self.edge_label,
            self.note_item,
        ):
            item.hide()

    def _tip(self, x: float, y: float, data: object) -> str:
        if not isinstance(data, int) or not 0 <= data < len(self._markers):
            return ""
        _, share, title, done_on = self._markers[data]
        return self.tr("{title}\nDone on {date} · {share} of the goal").format(
            title=title, date=format_date(done_on), share=f"{share:.0f}%"
        )

    # -- layout -----------------------------------------------------------------------------------

    def _layout_axis(self) -> None:
        """Room for "100", the gap to the axis line and the rotated axis label; the legend lines
        up with the plot unless that leaves it too little room."""
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance("100") + 14 + metrics.height() + 6
        self.plot.getAxis("left").setWidth(width)
        self.legend.set_inset(width - 8 if self.width() - width >= 320 else 0)

    def _fit_y(self) -> None:
        """0-100 %, with room above 100 % for the likely date and the note (as many lines as it
        wraps to), so neither covers the 100 % line."""
        height = max(1.0, self.view_box.height())
        text = QFontMetrics(self.font()).height()
        if self._note:
            text = max(text, self.note_item.boundingRect().height() - 4.0)
        line = text + 16.0  # the text items' margins, and gaps
        share = min(0.4, line / height)
        top = (Y_TOP - share * Y_BOTTOM) / (1 - share)
        self.view_box.setYRange(Y_BOTTOM, top, padding=0)

    def _place_labels(self) -> None:
        """Keep the words inside the plot: the note wraps to the plot's width, the target date
        sits beside its line on whichever side has room, the likely date clear of the edges."""
        if not self._built:
            return
        width = max(1.0, self.view_box.width())
        self.note_item.setTextWidth(-1)
        natural = self.note_item.boundingRect().width()
        room = max(120.0, min(NOTE_MAX_PX, width - 24))
        self.note_item.setTextWidth(room if natural > room else -1)
        self._fit_y()  # after wrapping the note: its height sets the room above 100 %
        (x0, x1), (y0, y1) = self.view_box.viewRange()
        per_px = (x1 - x0) / width  # x units per pixel
        per_px_y = (y1 - y0) / max(1.0, self.view_box.height())
        inset_x = 6 * per_px
        inset_y = 4 * per_px_y
        self.note_item.setPos(x0 + inset_x, y1 - inset_y)
        if self._target is not None:
            label_w = self.target_label.boundingRect().width() * per_px
            fits_right = self._target + GAP_PX * per_px + label_w <= x1
            anchor = (0, 1) if fits_right else (1, 1)
            shift = GAP_PX * per_px if fits_right else -GAP_PX * per_px
            self.target_label.setAnchor(anchor)
            self.target_label.setPos(self._target + shift, y0 + inset_y)
        if self._projection is not None:
            likely = self._projection[0][-1]
            self.likely_label.setPos(likely, Y_TOP + 2 * per_px_y)  # clear of the 100 % line
            half = self.likely_label.boundingRect().width() / 2 * per_px
            if likely + half > x1:
                self.likely_label.setAnchor((1, 1))
            elif likely - half < x0:
                self.likely_label.setAnchor((0, 1))
            else:
                self.likely_label.setAnchor((0.5, 1))
        if self._edge_note:
            self.edge_label.setPos(x1 - inset_x, self.edge_label.pos().y())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_axis()
        self._place_labels()

    # -- colours ----------------------------------------------------------------------------------

    def _colors(self) -> dict[str, QColor]:
        colors = super()._colors()
        dark = is_dark(self.palette())
        projection = pair_color(PROJECTION_COLORS, dark)
        colors.update(
            muted=with_alpha(colors["text"], 150),
            halo=with_alpha(colors["background"], 215),
            under=with_alpha(colors["accent"], 60 if dark else 38),
            projection=projection,
            band=with_alpha(projection, 70 if dark else 50),
            target=pair_color(TARGET_COLORS, dark),
        )
        return colors

    def _fill_legend(self) -> None:
        colors = self._colors()
        background = colors["background"]
        entries: list[tuple[Swatch, str]] = [
            (line_swatch(colors["accent"], background), self.tr("Progress")),
            (
                Swatch("o", colors["accent"], background, MARKER_SIZE),
                self.tr("Milestone done"),
            ),
        ]
        if self._target is not None:
            swatch = line_swatch(colors["target"], background, dashed=True)
            entries.append((swatch, self.tr("Target date")))
        if self._projection is not None:
            swatch = line_swatch(colors["projection"], background, dashed=True)
            entries.append((swatch, self.tr("Projection")))
            entries.append((box_swatch(colors["band"]), self.tr("Range")))
        self.legend.set_entries(entries, colors["text"])

    def _axis_titles(self) -> dict[str, str]:
        return {"bottom": self.tr("Date"), "left": self.tr("Progress (%)")}

    def _restyle(self, colors: dict[str, QColor]) -> None:
        accent = colors["accent"]
        self.curve.setPen(pg.mkPen(accent, width=2.4))
        self.curve.setFillLevel(0.0)
        self.curve.setBrush(pg.mkBrush(colors["under"]))
        self.markers.setPen(pg.mkPen(colors["background"], width=1.4))
        self.markers.setBrush(pg.mkBrush(accent))
        self.full_line.setPen(pg.mkPen(colors["muted"], width=1.2))
        self.target_line.setPen(pg.mkPen(colors["target"], width=1.8, style=Qt.PenStyle.DashLine))
        self.projection_item.setPen(
            pg.mkPen(colors["projection"], width=2.0, style=Qt.PenStyle.DashLine)
        )
        self.range_item.setPen(pg.mkPen(with_alpha(colors["projection"], 110), width=1.0))
        self.range_item.setBrush(pg.mkBrush(colors["band"]))
        halo = pg.mkBrush(colors["halo"])
        for item, color in (
            (self.target_label, colors["target"]),
            (self.likely_label, colors["projection"]),
            (self.edge_label, colors["projection"]),
            (self.note_item, colors["text"]),
        ):
            item.setColor(color)
            item.fill = halo
            item.update()
        self._fill_legend()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange and self._built:
            for item in (self.target_label, self.likely_label, self.edge_label, self.note_item):
                item.setFont(self.font())
            self._layout_axis()
            self._place_labels()
        super().changeEvent(event)


__all__ = ["PROJECTION_COLORS", "BurnUpChart", "view_end"]
