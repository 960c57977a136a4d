"""The Timeline view: roles as a band over time, a lane per kind of micro-progression, momentum.

Reads `services.timeline.timeline_data` for the current filters and draws it in one pyqtgraph
plot (x = day number, `date.toordinal()`; y = rows, growing downwards):

* the role band on top: a rectangle per role, taller for higher levels, so a promotion is a
  step up; each role change marked by its kind (promotion, lateral, diagonal, new employer);
* a lane per micro-progression kind, a marker per entry sized by impact; a lane too crowded for
  markers at the current zoom is a density strip (hover names a column's count, a click reads its
  weightiest entry);
* the momentum strip at the bottom: the weekly rolling sum of impact, with its caption;
* promotions as dashed lines across all of it;
* or, with the Lattice toggle, roles by function over time (level as marker size), so lateral
  and diagonal moves read as movement across.

State (data, selection, lattice, ranges, tooltip facts) is in `presenter.py`, tooltips in words
in `tooltips.py`, the toolbar in `toolbar.py`; this module draws.

One ViewBox on purpose: a second, x-linked plot for the momentum costs an extra full repaint
per zoom step (measured: three paints instead of two). Only the time axis zooms and pans.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFontMetrics, QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QStackedWidget,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain import MoveKind
from ...services import Change, EntryQuery, ServiceError, Topic
from ...services.timeline import LANE_KINDS, TimelineData
from ...store import StoreError
from ..charts.plots import add_date_plot, style_axes
from ..context import AppContext
from ..formatting import kind_label
from ..journal.detail import EntryDetail
from ..journal.filters import FilterBar
from ..reading_splitter import ReadingSplitter
from ..theme import is_dark, kind_color, move_color
from . import tooltips
from .empty import TimelineEmptyState
from .export import ask_and_export, export_item
from .plot import (
    BackdropItem,
    BandGeometry,
    LanesItem,
    LinesItem,
    MomentumItem,
    SpansItem,
    cosmetic_pen,
)
from .presenter import DensityColumn, TimelinePresenter, stepped
from .spans import band_spans, lattice_spans, legend_entries, palette_colors
from .toolbar import TimelineToolbar

SPLITTER_KEY = "timeline/splitter_sizes"
DEFAULT_SPLIT = (880, 300)
LANES = len(LANE_KINDS)  # lane i is drawn at y = i
BAND = BandGeometry(top=-2.35, bottom=-0.62)  # the role band, above lane 0
SEPARATOR_Y = LANES - 0.3
STRIP = (LANES + 0.2, LANES + 2.65)  # the momentum strip: top, bottom (its zero)
Y_RANGE = (BAND.top - 0.4, STRIP[1] + 0.3)
LATTICE = (BAND.top + 0.1, LANES - 0.5)  # where the lattice's rows go instead of band and lanes
MIN_RANGE_DAYS = 14  # the closest zoom: two weeks across the plot


class TimelineView(QWidget):
    """Roles, micro-progressions and momentum over time; click a marker to read its entry."""

    edit_requested = Signal(int)
    selection_changed = Signal()
    #: "Clear filters" emptied the search text; the search field should be emptied too.
    search_cleared = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.ctx = ctx
        self.presenter = TimelinePresenter(ctx.journal)
        self._built = False
        self._dirty = True
        self._functions: list[str] = []
        #: The tooltip the pointer shows now (rich text; empty for none).
        self.hover_text = ""

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.filter_bar = FilterBar(ctx.journal, ctx.bridge, self)
        self.filter_bar.setObjectName("timeline_filter_bar")
        self.filter_bar.trash_button.hide()  # the timeline shows live entries only

        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName("timeline_plot")
        self.graphics.setAccessibleName(self.tr("Timeline of roles and entries"))
        self.graphics.setMinimumSize(360, 300)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.graphics.installEventFilter(self)
        self._build_plot()
        self._build_layout()
        self._connect()
        self._built = True
        self._apply_palette()

    # -- building ------------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.caption = QLabel(self)
        self.caption.setObjectName("momentum_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setContentsMargins(10, 0, 10, 6)
        self.toolbar = TimelineToolbar(self)

        plot_page = QWidget(self)
        plot_layout = QVBoxLayout(plot_page)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.setSpacing(0)
        plot_layout.addWidget(self.toolbar)
        plot_layout.addWidget(self.graphics, 1)
        plot_layout.addWidget(self.caption)
        self._plot_page = plot_page

        self.empty_state = TimelineEmptyState(self)
        self.empty_state.clear_button.clicked.connect(self.filter_bar.clear)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(plot_page)
        self.stack.addWidget(self.empty_state)

        self.detail = EntryDetail(self, journal=self.ctx.journal)
        self.detail.empty_label.setText(self.tr("Click a marker to read its entry here"))
        self.splitter = ReadingSplitter(
            self.stack, self.detail, self.ctx.settings, SPLITTER_KEY, DEFAULT_SPLIT, self
        )
        self.splitter.setObjectName("timeline_splitter")
        self.detail.hide()  # the reading pane opens when an entry is selected

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.filter_bar.query_changed.connect(self._on_query)
        self.filter_bar.text_cleared.connect(self.search_cleared)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.trash_requested.connect(self._trash)
        self.toolbar.range_chosen.connect(self.show_range)
        self.toolbar.lattice_toggled.connect(self.set_lattice)
        self.toolbar.export_clicked.connect(self._export)
        self.ctx.bridge.changed.connect(self._on_change)
        scene = self.graphics.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)

    def _build_plot(self) -> None:
        parts = add_date_plot(self.graphics, pan_x=True)
        self.legend, self.date_axis = parts.legend, parts.date_axis
        self.plot, self.view_box = parts.plot, parts.view_box
        self.view_box.invertY(True)
        self.view_box.setYRange(*Y_RANGE, padding=0)
        height = Y_RANGE[1] - Y_RANGE[0]
        self.view_box.setLimits(
            yMin=Y_RANGE[0], yMax=Y_RANGE[1], minYRange=height, maxYRange=height
        )

        def grid_ticks(low: float, high: float, width: float) -> list[float]:
            levels = self.date_axis.tickValues(low, high, width)
            return levels[0][1] if levels else []

        self.backdrop = BackdropItem()
        self.grid = LinesItem(grid_ticks)
        self.momentum_item = MomentumItem()
        self.band_item = SpansItem()
        self.lanes_item = LanesItem()
        self.lattice_item = SpansItem()
        self.promotion_lines = LinesItem()
        self.promotion_lines.set_span((Y_RANGE[0], Y_RANGE[1]))
        # Bottom to top: stacking order and the items whose bounds follow the data's span.
        self._layers = (
            self.backdrop,
            self.grid,
            self.momentum_item,
            self.promotion_lines,
            self.band_item,
            self.lattice_item,
            self.lanes_item,
        )
        for z, item in enumerate(self._layers):
            item.setZValue(z)
            self.plot.addItem(item, ignoreBounds=True)
        self.lattice_item.hide()

        metrics = QFontMetrics(self.font())
        names = [kind_label(k) for k in LANE_KINDS] + [self.tr("Roles"), self.tr("Momentum")]
        self._axis_width = max(metrics.horizontalAdvance(n) for n in names) + 20
        self.plot.getAxis("left").setWidth(self._axis_width)
        self.legend.set_inset(self._axis_width - 8)

    # -- public API ----------------------------------------------------------------------------

    def query(self) -> EntryQuery:
        """The filters the timeline shows (live entries only)."""
        return self.presenter.query

    def set_query(self, query: EntryQuery) -> None:
        """Show the entries matching `query` (e.g. the journal view's); trash mode is ignored."""
        self.filter_bar.apply_query(EntryQuery(**{**query.__dict__, "trashed": False}))

    def set_search_text(self, text: str) -> None:
        """The main window's search text, applied after the filter bar's debounce."""
        self.filter_bar.set_text(text)

    def selected_ids(self) -> list[int]:
        return self.presenter.selected_ids()

    def x_range(self) -> tuple[float, float]:
        (low, high), _ = self.view_box.viewRange()
        return low, high

    def set_x_range(self, low: float, high: float) -> None:
        self.view_box.setXRange(low, high, padding=0)

    def show_range(self, key: str) -> None:
        """Show the last 1, 3 or 5 years ("1y", "3y", "5y"), everything ("all") or the time
        since the last appraisal ("review"), ending at the last entry or today."""
        shown = self.presenter.range_for(key)
        if shown is not None:
            self.set_x_range(*shown)

    # -- refreshing ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the journal again and redraw (keeping the visible range where it still fits)."""
        self._refresh_timer.stop()
        self._dirty = False
        keep_range = self.presenter.load()
        self._draw(keep_range=keep_range)

    def _schedule_refresh(self) -> None:
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._dirty = True

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if any(change.touches(t) for t in (Topic.ENTRIES, Topic.ROLES, Topic.REVIEWS)):
            self._schedule_refresh()

    @Slot(object)
    def _on_query(self, query: EntryQuery) -> None:
        self.presenter.query = query
        self._schedule_refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        QToolTip.hideText()
        super().hideEvent(event)

    # -- drawing -------------------------------------------------------------------------------

    def _colors(self) -> dict[str, QColor]:
        return palette_colors(self.palette())

    def _apply_palette(self) -> None:
        """Colours from the palette (background, text, accent) and the theme's kind colours."""
        colors = self._colors()
        dark = is_dark(self.palette())
        text = colors["text"]
        self.graphics.setBackground(colors["background"])
        style_axes(self.plot, colors)
        grid = QColor(text)
        grid.setAlpha(40 if dark else 28)
        self.grid.set_pen(cosmetic_pen(grid))
        self.backdrop.set_style(colors["stripe"], colors["mid"])
        self.lanes_item.set_colors(
            [kind_color(k, dark) for k in LANE_KINDS], colors["background"], text
        )
        fill = QColor(colors["accent"])
        fill.setAlpha(80 if dark else 60)
        self.momentum_item.set_style(colors["accent"], fill)
        promotion = QColor(move_color(MoveKind.PROMOTION, dark))
        promotion.setAlpha(190)
        self.promotion_lines.set_pen(cosmetic_pen(promotion, 1.4, Qt.PenStyle.DashLine))
        connector = QColor(text)
        connector.setAlpha(150)
        for item in (self.band_item, self.lattice_item):
            item.set_style(text, colors["background"], connector, self.font())
        self._fill_legend()
        self.toolbar.set_icons()
        if self.presenter.data is not None:
            self._draw(keep_range=True)

    def _fill_legend(self) -> None:
        colors = self._colors()
        entries = legend_entries(colors, is_dark(self.palette()), lattice=self.presenter.lattice)
        self.legend.set_entries(entries, colors["text"])

    def _draw(self, *, keep_range: bool) -> None:
        data = self.presenter.data
        assert data is not None
        if data.is_empty:
            self.lanes_item.set_lanes([])
            self.band_item.set_spans([])
            self._show_empty()
            self._select(None)
            return
        self.stack.setCurrentWidget(self._plot_page)
        low, high = self.presenter.limits
        bounds = QRectF(low, Y_RANGE[0], high - low, Y_RANGE[1] - Y_RANGE[0])
        for item in self._layers:
            item.set_bounds(bounds)
        self._show_stripes(not self.presenter.lattice)

        self.lanes_item.set_lanes(data.lanes)
        dark = is_dark(self.palette())
        self.band_item.set_spans(band_spans(data.roles, BAND, int(self.presenter.x_end), dark=dark))
        self.promotion_lines.set_positions([float(d) for d in self.presenter.promotion_days()])
        self._draw_momentum(data)
        if self.presenter.lattice:
            self._draw_lattice(data)
        self._update_axis_ticks()

        self.view_box.setLimits(xMin=low, xMax=high, minXRange=MIN_RANGE_DAYS, maxXRange=high - low)
        current_low, current_high = self.x_range()
        if keep_range and low <= current_low < current_high <= high:
            self.set_x_range(current_low, current_high)
        else:
            self.show_range("all")
        self.toolbar.set_last_review(data.last_review)
        self.toolbar.lattice_button.setEnabled(bool(data.roles) or self.presenter.lattice)
        keep = self.presenter.selected
        self._select(keep if keep is not None and self.lanes_item.locate(keep) else None)

    def _show_stripes(self, on: bool) -> None:
        stripes = [(lane - 0.5, lane + 0.5) for lane in range(1, LANES, 2)] if on else []
        self.backdrop.set_rows(stripes, SEPARATOR_Y)

    def _draw_momentum(self, data: TimelineData) -> None:
        momentum = data.momentum
        days = np.asarray(momentum.days, dtype=np.float64)
        values = np.asarray(momentum.values, dtype=np.float64)
        top, bottom = STRIP
        y = bottom - values / self.presenter.momentum_top * (bottom - top)
        self.momentum_item.set_series(days, y, bottom)
        self.caption.setText(tooltips.momentum_caption(momentum))

    def _draw_lattice(self, data: TimelineData) -> None:
        no_function = self.tr("No function given")
        self._functions = self.presenter.functions(no_function)
        step = (LATTICE[1] - LATTICE[0]) / max(1, len(self._functions))
        rows = {name: LATTICE[0] + (i + 0.5) * step for i, name in enumerate(self._functions)}
        spans, connectors = lattice_spans(
            data.roles,
            rows,
            step,
            no_function,
            self.presenter.x_end,
            dark=is_dark(self.palette()),
        )
        self.lattice_item.set_spans(spans, connectors, labels_above=True)

    def _update_axis_ticks(self) -> None:
        metrics = QFontMetrics(self.font())
        room = self._axis_width - 14
        if self.presenter.lattice:
            step = (LATTICE[1] - LATTICE[0]) / max(1, len(self._functions))
            ticks = [
                (
                    LATTICE[0] + (i + 0.5) * step,
                    metrics.elidedText(name, Qt.TextElideMode.ElideRight, room),
                )
                for i, name in enumerate(self._functions)
            ]
        else:
            ticks = [(BAND.centre, self.tr("Roles"))]
            ticks += [(float(i), kind_label(k)) for i, k in enumerate(LANE_KINDS)]
        top, bottom = STRIP
        ticks += [
            ((top + bottom) / 2, self.tr("Momentum")),
            (bottom, "0"),
            (top, f"{self.presenter.momentum_top:g}"),
        ]
        self.plot.getAxis("left").setTicks([ticks, []])

    def _show_empty(self) -> None:
        self.empty_state.show_for(filtered=self.filter_bar.is_filtered())
        self.stack.setCurrentWidget(self.empty_state)

    # -- lattice -------------------------------------------------------------------------------

    @Slot(bool)
    def set_lattice(self, on: bool) -> None:
        """Show the lattice (roles by function) instead of the band and lanes, or them again."""
        if on == self.presenter.lattice:
            return
        self.presenter.lattice = on
        self.toolbar.set_lattice_checked(on)
        if on and self.presenter.data is not None:
            self._draw_lattice(self.presenter.data)
        for item in (self.band_item, self.lanes_item):
            item.setVisible(not on)
        self._show_stripes(not on)
        self.lattice_item.setVisible(on)
        self._fill_legend()
        self._update_axis_ticks()
        QToolTip.hideText()

    # -- hover, click --------------------------------------------------------------------------

    def _point(self, scene_pos: QPointF) -> QPointF | None:
        """The data point under a scene position, or None outside the plot's area."""
        if not self.view_box.sceneBoundingRect().contains(scene_pos):
            return None
        return self.view_box.mapSceneToView(scene_pos)

    def _lane_here(self, scene_pos: QPointF) -> tuple[QPointF, int] | None:
        """The data point and the lane under a scene position (lanes shown, data drawn)."""
        point = self._point(scene_pos)
        if point is None or self.presenter.lattice or self.presenter.is_empty:
            return None
        lane = self.lanes_item.lane_at(point.y())
        return None if lane is None else (point, lane)

    def entry_at(self, scene_pos: QPointF) -> int | None:
        """The entry whose marker is under a scene position."""
        here = self._lane_here(scene_pos)
        if here is None or self.lane_dense(here[1]):
            return None
        point = here[0]
        px_w, px_h = self.view_box.viewPixelSize()
        found = self.lanes_item.hit(point.x(), point.y(), px_w, px_h)
        if found is None:
            return None
        lane, index = found
        return int(self.lanes_item.lane_ids(lane)[index])

    def lane_dense(self, lane: int) -> bool:
        """Whether lane `lane` is drawn as a density strip at the current zoom (markers would
        overlap)."""
        self.view_box.prepareForPaint()  # the view's transform follows its range lazily
        low, high = self.x_range()
        px_w, _ = self.view_box.viewPixelSize()
        return self.lanes_item.is_dense(lane, low, high, px_w)

    def column_at(self, scene_pos: QPointF) -> DensityColumn | None:
        """The density column under a scene position (on a lane drawn as a density strip)."""
        here = self._lane_here(scene_pos)
        if here is None or not self.lane_dense(here[1]):
            return None
        point, lane = here
        px_w, _ = self.view_box.viewPixelSize()
        first, last, start, end = self.lanes_item.column(lane, point.x(), px_w)
        if last <= first:
            return None
        return DensityColumn(lane, first, last, start, end)

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """What hovering at a scene position explains (rich text; empty for nothing)."""
        point = self._point(scene_pos)
        if point is None or self.presenter.is_empty:
            return ""
        entry_id = self.entry_at(scene_pos)
        facts = self.presenter.entry_facts(entry_id) if entry_id is not None else None
        if facts is not None:
            return tooltips.entry_tooltip(facts)
        column = self.column_at(scene_pos)
        if column is not None:
            found = self.presenter.column_facts(column.lane, column.first, column.last)
            return tooltips.column_tooltip(found)
        spans = self.lattice_item if self.presenter.lattice else self.band_item
        span = spans.span_at(point.x(), point.y())
        if span is not None and span.role is not None:
            return tooltips.role_tooltip(span.role)
        if STRIP[0] - 0.2 <= point.y() <= STRIP[1] + 0.2:
            momentum = self.presenter.momentum_at(point.x())
            return tooltips.momentum_tooltip(momentum) if momentum is not None else ""
        return ""

    @Slot(object)
    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        text = self.tooltip_at(scene_pos)
        self.hover_text = text
        if text:
            where = self.graphics.mapToGlobal(self.graphics.mapFromScene(scene_pos))
            QToolTip.showText(where, text, self.graphics)
        else:
            QToolTip.hideText()

    @Slot(object)
    def _on_mouse_clicked(self, event: object) -> None:
        if event.button() != Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            return
        scene_pos = event.scenePos()  # type: ignore[attr-defined]
        if self.presenter.lattice or self._point(scene_pos) is None:
            return
        entry_id = self.entry_at(scene_pos)
        if entry_id is None:
            column = self.column_at(scene_pos)
            if column is not None:
                entry_id = self.presenter.column_facts(column.lane, column.first, column.last).pick
        if event.double():  # type: ignore[attr-defined]
            if entry_id is not None:
                self.edit_requested.emit(entry_id)
            return
        self.select_entry(entry_id)

    def select_entry(self, entry_id: int | None) -> bool:
        """Select an entry (None: nothing) and show it beside the plot; False if not drawn."""
        if entry_id is not None and self.lanes_item.locate(entry_id) is None:
            return False
        self._select(entry_id)
        self.selection_changed.emit()
        return True

    def _select(self, entry_id: int | None) -> None:
        record = self.presenter.select(entry_id)
        found = self.lanes_item.locate(record.id) if record is not None else None
        if found is None or record is None:
            self.presenter.select(None)
            self.lanes_item.set_selected(None)
            self.detail.show_entry(None)
            self.detail.hide()  # nothing to read: the plot takes the room
            return
        self.lanes_item.set_selected(found)
        self.detail.show_entry(record)
        self.detail.show()

    @Slot(int)
    def _trash(self, entry_id: int) -> None:
        try:
            self.ctx.journal.entries.trash([entry_id])  # one operation: Edit › Undo restores it
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Not moved to trash"), str(exc))

    # -- export --------------------------------------------------------------------------------

    def export_plot(self, path: Path) -> Path:
        """Save the plot (legend, roles, lanes or lattice, momentum) as PNG or SVG, by suffix."""
        return export_item(self.graphics.ci, Path(path), self._colors()["background"])

    @Slot()
    def _export(self) -> None:
        ask_and_export(self, self.graphics.ci, self._colors()["background"])

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.graphics and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        """+/- zoom the time axis, Left/Right pan it, Home shows everything."""
        steps = {
            Qt.Key.Key_Plus: "in",
            Qt.Key.Key_Equal: "in",
            Qt.Key.Key_Minus: "out",
            Qt.Key.Key_Left: "left",
            Qt.Key.Key_Right: "right",
        }
        key = event.key()
        if key == Qt.Key.Key_Home:
            self.show_range("all")
        elif key in steps:
            self.set_x_range(*stepped(*self.x_range(), steps[Qt.Key(key)]))
        else:
            return False
        return True

    # -- palette, splitter -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self._apply_palette()
        super().changeEvent(event)
