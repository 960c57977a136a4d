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

One ViewBox on purpose: a second, x-linked plot for the momentum costs an extra full repaint
per zoom step (measured: three paints instead of two). Only the time axis zooms and pans.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from pathlib import Path
from typing import NamedTuple

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHideEvent,
    QIcon,
    QKeyEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain import EntryKind, MoveKind
from ...services import Change, EntryQuery, ServiceError, Topic
from ...services.timeline import LANE_KINDS, RoleSpan, TimelineData, timeline_data
from ...store import StoreError
from ..charts.legend import Swatch
from ..charts.plots import add_date_plot, style_axes
from ..context import AppContext
from ..formatting import format_date, kind_label
from ..icons import icon
from ..journal.detail import EntryDetail
from ..journal.filters import FilterBar
from ..journal.model import impact_text
from ..reading_splitter import ReadingSplitter
from ..theme import is_dark, kind_color, move_color
from ..undo import TrashEntriesCommand, push
from ..view_parts import secondary
from .export import export_item
from .plot import (
    MOVE_SYMBOLS,
    BackdropItem,
    BandGeometry,
    LanesItem,
    LinesItem,
    MomentumItem,
    Span,
    SpansItem,
    cosmetic_pen,
    day_span_end,
    place_roles,
    role_text,
)

SPLITTER_KEY = "timeline/splitter_sizes"
DEFAULT_SPLIT = (880, 300)
LANES = len(LANE_KINDS)  # lane i is drawn at y = i
BAND = BandGeometry(top=-2.35, bottom=-0.62)  # the role band, above lane 0
SEPARATOR_Y = LANES - 0.3
STRIP = (LANES + 0.2, LANES + 2.65)  # the momentum strip: top, bottom (its zero)
Y_RANGE = (BAND.top - 0.4, STRIP[1] + 0.3)
LATTICE = (BAND.top + 0.1, LANES - 0.5)  # where the lattice's rows go instead of band and lanes
MIN_RANGE_DAYS = 14  # the closest zoom: two weeks across the plot
RANGES = ("1y", "3y", "5y", "all", "review")
# Events after which the toolbar's buttons are fitted to its width again.
TOOLBAR_REFIT = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)


class DensityColumn(NamedTuple):
    """A column of a lane drawn as a density strip: entries `first` to `last` (exclusive) of
    the lane, between days `start` and `end`."""

    lane: int
    first: int
    last: int
    start: float
    end: float


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def nice_ceiling(value: float) -> float:
    """The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten) that is at
    least `value`; 1 at the least."""
    if value <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if step * power >= value:
            return float(step * power)
    return float(10 * power)


def move_label(move: MoveKind) -> str:
    labels = {
        MoveKind.FIRST: TimelineView.tr("First role"),
        MoveKind.PROMOTION: TimelineView.tr("Promotion"),
        MoveKind.LATERAL: TimelineView.tr("Lateral move"),
        MoveKind.DIAGONAL: TimelineView.tr("Diagonal move"),
        MoveKind.NEW_EMPLOYER: TimelineView.tr("New employer"),
    }
    return labels[MoveKind(move)]


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
        self._built = False
        self._toolbar: QWidget | None = None
        self._query = EntryQuery()
        self._data: TimelineData | None = None
        self._dirty = True
        self._selected: int | None = None
        self._titles: dict[int, str] = {}
        self._lattice = False
        self._today = dt.date.today()
        self._x_end = float(self._today.toordinal() + 1)
        self._limits = (self._x_end - 60, self._x_end + 30)
        self._momentum = (np.empty(0), np.empty(0))
        self._momentum_top = 1.0
        self._functions: list[str] = []
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

        self.caption = QLabel(self)
        self.caption.setObjectName("momentum_caption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setContentsMargins(10, 0, 10, 6)

        plot_page = QWidget(self)
        plot_layout = QVBoxLayout(plot_page)
        plot_layout.setContentsMargins(0, 0, 0, 0)
        plot_layout.setSpacing(0)
        plot_layout.addWidget(self._build_toolbar())
        plot_layout.addWidget(self.graphics, 1)
        plot_layout.addWidget(self.caption)
        self._plot_page = plot_page

        self.empty_state = self._build_empty_state()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(plot_page)
        self.stack.addWidget(self.empty_state)

        self.detail = EntryDetail(self)
        self.detail.empty_label.setText(self.tr("Click a marker to read its entry here"))
        self.splitter = ReadingSplitter(
            self.stack, self.detail, ctx.settings, SPLITTER_KEY, DEFAULT_SPLIT, self
        )
        self.splitter.setObjectName("timeline_splitter")
        self.detail.hide()  # the reading pane opens when an entry is selected

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        self.filter_bar.query_changed.connect(self._on_query)
        self.filter_bar.text_cleared.connect(self.search_cleared)
        self.detail.edit_requested.connect(self.edit_requested)
        self.detail.trash_requested.connect(self._trash)
        ctx.bridge.changed.connect(self._on_change)
        scene = self.graphics.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        scene.sigMouseClicked.connect(self._on_mouse_clicked)

        self._built = True
        self._apply_palette()

    # -- building ------------------------------------------------------------------------------

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

    def _build_toolbar(self) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("timeline_toolbar")
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(8, 4, 8, 2)
        layout.setSpacing(4)
        texts = {
            "1y": (self.tr("1 year"), self.tr("Show the last year")),
            "3y": (self.tr("3 years"), self.tr("Show the last three years")),
            "5y": (self.tr("5 years"), self.tr("Show the last five years")),
            "all": (self.tr("All"), self.tr("Show the whole career")),
            "review": (
                self.tr("Since last appraisal"),
                self.tr("Show everything since your last appraisal"),
            ),
        }
        self.range_buttons: dict[str, QToolButton] = {}
        for key in RANGES:
            text, tip = texts[key]
            button = QToolButton(bar)
            button.setObjectName(f"range_{key}")
            button.setText(text)
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, k=key: self.show_range(k))
            layout.addWidget(button)
            self.range_buttons[key] = button
        self.range_buttons["review"].setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addStretch(1)
        self.lattice_button = QToolButton(bar)
        self.lattice_button.setObjectName("lattice_toggle")
        self.lattice_button.setText(self.tr("Lattice"))
        self.lattice_button.setCheckable(True)
        self.lattice_button.setToolTip(
            self.tr("Show roles by function over time, so lateral and diagonal moves stand out")
        )
        self.lattice_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.lattice_button.toggled.connect(self.set_lattice)
        self.export_button = QToolButton(bar)
        self.export_button.setObjectName("timeline_export")
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the timeline as a PNG image or SVG drawing"))
        self.export_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.export_button.clicked.connect(self._export)
        layout.addWidget(self.lattice_button)
        layout.addWidget(self.export_button)
        # The bar's width follows the plot's; its buttons drop their text to fit (never elided).
        bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        bar.installEventFilter(self)
        self._toolbar = bar
        self._toolbar_level = 0
        return bar

    def _toolbar_steps(self) -> list[list[QToolButton]]:
        """The buttons that show only their icon (and tooltip) at each step of narrowing."""
        return [
            [],
            [self.lattice_button, self.export_button],
            [self.lattice_button, self.export_button, self.range_buttons["review"]],
        ]

    def _set_toolbar_level(self, level: int) -> int:
        """Show the buttons as `level` of `_toolbar_steps` says; the width they then need."""
        compact = self._toolbar_steps()[level]
        for button in (self.range_buttons["review"], self.lattice_button, self.export_button):
            style = (
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if button in compact
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
        assert self._toolbar is not None
        layout = self._toolbar.layout()
        buttons = [*self.range_buttons.values(), self.lattice_button, self.export_button]
        margins = layout.contentsMargins()
        return (
            sum(b.sizeHint().width() for b in buttons)
            + layout.spacing() * (len(buttons) - 1)
            + margins.left()
            + margins.right()
        )

    def toolbar_level(self) -> int:
        """How far the toolbar is compacted: 0 all text, 1 and 2 more buttons icon-only."""
        return self._toolbar_level

    def _fit_toolbar(self) -> None:
        assert self._toolbar is not None
        width = self._toolbar.width()
        last = len(self._toolbar_steps()) - 1
        level = 0
        while level < last and self._set_toolbar_level(level) > width:
            level += 1
        self._toolbar.setMinimumWidth(self._set_toolbar_level(last))
        self._set_toolbar_level(level)
        self._toolbar_level = level

    def _build_empty_state(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("timeline_empty_state")
        page.setBackgroundRole(QPalette.ColorRole.Base)
        page.setAutoFillBackground(True)
        layout = QVBoxLayout(page)
        layout.setSpacing(6)
        layout.addStretch(2)
        self.empty_icon = QLabel(page)
        self.empty_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_title = QLabel(page)
        self.empty_title.setObjectName("timeline_empty_title")
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_hint = QLabel(page)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        secondary(self.empty_hint)
        self.empty_clear = QPushButton(self.tr("Clear filters"), page)
        self.empty_clear.setObjectName("timeline_empty_clear")
        self.empty_clear.clicked.connect(self.filter_bar.clear)
        layout.addWidget(self.empty_icon)
        layout.addWidget(self.empty_title)
        layout.addWidget(self.empty_hint)
        layout.addSpacing(8)
        layout.addWidget(self.empty_clear, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        return page

    # -- public API ----------------------------------------------------------------------------

    def query(self) -> EntryQuery:
        """The filters the timeline shows (live entries only)."""
        return self._query

    def set_query(self, query: EntryQuery) -> None:
        """Show the entries matching `query` (e.g. the journal view's); trash mode is ignored."""
        self.filter_bar.apply_query(EntryQuery(**{**query.__dict__, "trashed": False}))

    def set_search_text(self, text: str) -> None:
        """The main window's search text, applied after the filter bar's debounce."""
        self.filter_bar.set_text(text)

    def data(self) -> TimelineData | None:
        """What is drawn now (None before the first refresh)."""
        return self._data

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    def is_lattice(self) -> bool:
        return self._lattice

    def selected_ids(self) -> list[int]:
        return [self._selected] if self._selected is not None else []

    def lane_counts(self) -> dict[EntryKind, int]:
        """How many entries each lane draws."""
        return {k: int(self.lanes_item.lane_ids(i).size) for i, k in enumerate(LANE_KINDS)}

    def lane_days(self, kind: EntryKind) -> list[int]:
        """The x positions (day numbers) of a lane's markers, in date order."""
        return [int(d) for d in self.lanes_item.lane_days(LANE_KINDS.index(kind))]

    def promotion_days(self) -> list[int]:
        """Where the promotion lines cross the plot (day numbers)."""
        return [round(x) for x in self.promotion_lines.positions()]

    def role_changes(self) -> list[tuple[int, MoveKind]]:
        """The band's role-change symbols: (day number, how the role was reached)."""
        return [
            (round(span.start), span.role.move_kind)
            for span in self.band_item.spans()
            if span.symbol is not None and span.role is not None
        ]

    def role_labels(self) -> list[str]:
        """The role labels as the current zoom shows them (elided, or left out)."""
        self.view_box.prepareForPaint()  # the view's transform follows its range lazily
        item = self.lattice_item if self._lattice else self.band_item
        return [label.text for label in item.shown_labels()]

    def lattice_functions(self) -> list[str]:
        """The lattice's rows, top to bottom."""
        return list(self._functions)

    def legend_labels(self) -> list[str]:
        return self.legend.labels()

    def x_range(self) -> tuple[float, float]:
        (low, high), _ = self.view_box.viewRange()
        return low, high

    def set_x_range(self, low: float, high: float) -> None:
        self.view_box.setXRange(low, high, padding=0)

    def scene_pos(self, kind: EntryKind, day: dt.date) -> QPointF:
        """Where a lane's day is drawn, in scene coordinates."""
        point = QPointF(day.toordinal(), LANE_KINDS.index(kind))
        return self.view_box.mapViewToScene(point)

    def viewport_pos(self, scene_pos: QPointF) -> QPointF:
        """A scene position in the plot widget's viewport coordinates."""
        return QPointF(self.graphics.mapFromScene(scene_pos))

    # -- ranges --------------------------------------------------------------------------------

    def show_range(self, key: str) -> None:
        """Show the last 1, 3 or 5 years ("1y", "3y", "5y"), everything ("all") or the time
        since the last appraisal ("review"), ending at the last entry or today."""
        end_day = dt.date.fromordinal(int(self._x_end) - 1)
        if key == "all":
            low, high = self._limits
        elif key == "review":
            review = self._data.last_review if self._data is not None else None
            if review is None:
                return
            low, high = float(review.toordinal()), self._x_end
        else:
            years = {"1y": 1, "3y": 3, "5y": 5}[key]
            low, high = float(years_before(end_day, years).toordinal() + 1), self._x_end
        self.set_x_range(max(low, self._limits[0]), min(high, self._limits[1]))

    # -- refreshing ----------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the journal again and redraw (keeping the visible range where it still fits)."""
        self._refresh_timer.stop()
        self._dirty = False
        self._titles.clear()
        self._today = dt.date.today()
        previous = self._data
        self._data = timeline_data(self.ctx.journal, self._query, today=self._today)
        self._draw(keep_range=previous is not None and not previous.is_empty)

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
        self._query = query
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
        palette = self.palette()
        return {
            "background": palette.color(QPalette.ColorRole.Base),
            "stripe": palette.color(QPalette.ColorRole.AlternateBase),
            "text": palette.color(QPalette.ColorRole.WindowText),
            "mid": palette.color(QPalette.ColorRole.Mid),
            "accent": palette.color(QPalette.ColorRole.Highlight),
        }

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
        self.lattice_button.setIcon(icon("nav-goals"))
        self.export_button.setIcon(icon("export"))
        self.range_buttons["review"].setIcon(icon("calendar"))
        if self._data is not None:
            self._draw(keep_range=True)

    def _fill_legend(self) -> None:
        colors = self._colors()
        dark = is_dark(self.palette())
        entries: list[tuple[Swatch, str]] = []
        if not self._lattice:
            entries += [
                (Swatch("o", kind_color(kind, dark), colors["background"]), kind_label(kind))
                for kind in LANE_KINDS
            ]
            entries.append((Swatch(None, colors["text"], colors["text"]), self.tr("impact")))
            entries.append(
                (Swatch("density", colors["text"], colors["text"]), self.tr("more entries"))
            )
        moves = (MoveKind.PROMOTION, MoveKind.LATERAL, MoveKind.DIAGONAL, MoveKind.NEW_EMPLOYER)
        entries += [
            (
                Swatch(MOVE_SYMBOLS[m], move_color(m, dark), colors["background"], 14.0),
                move_label(m),
            )
            for m in moves
        ]
        if self._lattice:
            entries.append(
                (Swatch("o", colors["text"], colors["background"], 9.0), self.tr("size: level"))
            )
        self.legend.set_entries(entries, colors["text"])

    def _draw(self, *, keep_range: bool) -> None:
        data = self._data
        assert data is not None
        if data.is_empty:
            self.lanes_item.set_lanes([])
            self.band_item.set_spans([])
            self._show_empty()
            self._select(None)
            return
        self.stack.setCurrentWidget(self._plot_page)
        assert data.first_day is not None
        assert data.last_day is not None
        end_day = max(data.last_day, self._today)
        start = float(data.first_day.toordinal())
        self._x_end = float(end_day.toordinal() + 1)
        pad = max(10.0, (self._x_end - start) * 0.02)
        self._limits = (start - pad, self._x_end + pad)
        low, high = self._limits
        bounds = QRectF(low, Y_RANGE[0], high - low, Y_RANGE[1] - Y_RANGE[0])
        for item in self._layers:
            item.set_bounds(bounds)
        self._show_stripes(not self._lattice)

        self.lanes_item.set_lanes(data.lanes)
        self._draw_band(data)
        self.promotion_lines.set_positions(
            [float(m.day.toordinal()) for m in data.markers if m.promotion]
        )
        self._draw_momentum(data)
        if self._lattice:
            self._draw_lattice(data)
        self._update_axis_ticks()

        self.view_box.setLimits(xMin=low, xMax=high, minXRange=MIN_RANGE_DAYS, maxXRange=high - low)
        current_low, current_high = self.x_range()
        if keep_range and low <= current_low < current_high <= high:
            self.set_x_range(current_low, current_high)
        else:
            self.show_range("all")
        review = self.range_buttons["review"]
        review.setEnabled(data.last_review is not None)
        if data.last_review is not None:
            review.setToolTip(
                self.tr("Show everything since your last appraisal on %s")
                % format_date(data.last_review)
            )
        self.lattice_button.setEnabled(bool(data.roles) or self._lattice)
        keep = self._selected
        self._select(keep if keep is not None and self.lanes_item.locate(keep) else None)

    def _show_stripes(self, on: bool) -> None:
        stripes = [(lane - 0.5, lane + 0.5) for lane in range(1, LANES, 2)] if on else []
        self.backdrop.set_rows(stripes, SEPARATOR_Y)

    def _draw_band(self, data: TimelineData) -> None:
        dark = is_dark(self.palette())
        spans = []
        for placed in place_roles(data.roles, BAND, int(self._x_end)):
            line = move_color(placed.span.move_kind, dark)
            fill = QColor(line)
            fill.setAlpha(60 if dark else 45)
            title, level = role_text(placed.span)
            changed = placed.span.move_kind is not MoveKind.FIRST
            spans.append(
                Span(
                    placed.start,
                    placed.end,
                    placed.top,
                    placed.bottom,
                    fill,
                    line,
                    title,
                    level,
                    label_y=placed.bottom - 0.225 * (placed.bottom - placed.row_top),
                    symbol=MOVE_SYMBOLS[placed.span.move_kind] if changed else None,
                    symbol_y=placed.top,
                    hit_top=placed.row_top,
                    hit_bottom=placed.bottom,
                    role=placed.span,
                )
            )
        self.band_item.set_spans(spans)

    def _draw_momentum(self, data: TimelineData) -> None:
        momentum = data.momentum
        days = np.asarray(momentum.days, dtype=np.float64)
        values = np.asarray(momentum.values, dtype=np.float64)
        self._momentum = (days, values)
        self._momentum_top = nice_ceiling(float(values.max()) * 1.05 if values.size else 1.0)
        self.momentum_item.set_series(days, self._momentum_y(values), STRIP[1])
        self.caption.setText(momentum.explanation)

    def _momentum_y(self, values: np.ndarray) -> np.ndarray:
        top, bottom = STRIP
        return bottom - values / self._momentum_top * (bottom - top)

    def _draw_lattice(self, data: TimelineData) -> None:
        dark = is_dark(self.palette())
        no_function = self.tr("No function given")
        functions: list[str] = []
        for span in data.roles:
            name = span.function or no_function
            if name not in functions:
                functions.append(name)
        self._functions = functions
        step = (LATTICE[1] - LATTICE[0]) / max(1, len(functions))
        rows = {name: LATTICE[0] + (i + 0.5) * step for i, name in enumerate(functions)}
        ranks = [s.level_rank for s in data.roles]
        low, high = (min(ranks), max(ranks)) if ranks else (0, 0)
        half = min(0.16, step * 0.18)
        spans: list[Span] = []
        connectors: list[tuple[float, float, float, float]] = []
        previous: tuple[float, float] | None = None
        for role in data.roles:
            y = rows[role.function or no_function]
            start = float(role.start.toordinal())
            end = float(day_span_end(role, int(self._x_end)))
            line = move_color(role.move_kind, dark)
            fill = QColor(line)
            fill.setAlpha(110)
            share = 0.5 if high == low else (role.level_rank - low) / (high - low)
            title, level = role_text(role)
            spans.append(
                Span(
                    start,
                    end,
                    y - half,
                    y + half,
                    fill,
                    line,
                    title,
                    level,
                    label_y=y - half,
                    symbol=MOVE_SYMBOLS[role.move_kind],
                    symbol_y=y,
                    symbol_size=11.0 + 13.0 * share,
                    hit_top=y - step / 2,
                    hit_bottom=y + step / 2,
                    role=role,
                )
            )
            if previous is not None:
                connectors.append((previous[0], previous[1], start, y))
            previous = (min(end, self._x_end), y)
        self.lattice_item.set_spans(spans, connectors, labels_above=True)

    def _update_axis_ticks(self) -> None:
        metrics = QFontMetrics(self.font())
        room = self._axis_width - 14
        if self._lattice:
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
            (top, f"{self._momentum_top:g}"),
        ]
        self.plot.getAxis("left").setTicks([ticks, []])

    def _show_empty(self) -> None:
        filtered = self.filter_bar.is_filtered()
        if filtered:
            picture = "search"
            title = self.tr("No entries match these filters")
            hint = self.tr("Try fewer filters or other search words.")
        else:
            picture = "nav-timeline"
            title = self.tr("Nothing on the timeline yet")
            hint = self.tr(
                "Add your roles and journal your small steps (skills, projects, feedback, "
                "recognition…): they appear here over time, with your promotions marked."
            )
        self.empty_icon.setPixmap(icon(picture).pixmap(48, 48, QIcon.Mode.Disabled))  # quiet
        self.empty_title.setText(title)
        self.empty_hint.setText(hint)
        self.empty_clear.setVisible(filtered)
        self.stack.setCurrentWidget(self.empty_state)

    # -- lattice -------------------------------------------------------------------------------

    @Slot(bool)
    def set_lattice(self, on: bool) -> None:
        """Show the lattice (roles by function) instead of the band and lanes, or them again."""
        if on == self._lattice:
            return
        self._lattice = on
        self.lattice_button.blockSignals(True)
        self.lattice_button.setChecked(on)
        self.lattice_button.blockSignals(False)
        if on and self._data is not None:
            self._draw_lattice(self._data)
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

    def entry_at(self, scene_pos: QPointF) -> int | None:
        """The entry whose marker is under a scene position."""
        point = self._point(scene_pos)
        if point is None or self._lattice or self._data is None:
            return None
        px_w, px_h = self.view_box.viewPixelSize()
        lane = self.lanes_item.lane_at(point.y())
        if lane is None or self._lane_dense(lane):
            return None
        found = self.lanes_item.hit(point.x(), point.y(), px_w, px_h)
        if found is None:
            return None
        lane, index = found
        return int(self.lanes_item.lane_ids(lane)[index])

    def _lane_dense(self, lane: int) -> bool:
        low, high = self.x_range()
        px_w, _ = self.view_box.viewPixelSize()
        return self.lanes_item.is_dense(lane, low, high, px_w)

    def lane_modes(self) -> dict[EntryKind, str]:
        """How each lane is drawn at the current zoom: "markers", or "density" where its
        markers would overlap."""
        self.view_box.prepareForPaint()  # the view's transform follows its range lazily
        return {
            kind: "density" if self._lane_dense(i) else "markers"
            for i, kind in enumerate(LANE_KINDS)
        }

    def column_at(self, scene_pos: QPointF) -> DensityColumn | None:
        """The density column under a scene position (on a lane drawn as a density strip)."""
        point = self._point(scene_pos)
        if point is None or self._lattice or self._data is None:
            return None
        lane = self.lanes_item.lane_at(point.y())
        if lane is None or not self._lane_dense(lane):
            return None
        px_w, _ = self.view_box.viewPixelSize()
        first, last, start, end = self.lanes_item.column(lane, point.x(), px_w)
        if last <= first:
            return None
        return DensityColumn(lane, first, last, start, end)

    def column_tooltip(self, column: DensityColumn) -> str:
        """How many entries of a kind a density column holds, and over which days."""
        days = self.lanes_item.lane_days(column.lane)
        first = format_date(dt.date.fromordinal(int(days[column.first])))
        last = format_date(dt.date.fromordinal(int(days[column.last - 1])))
        span = first if first == last else f"{first} – {last}"
        count = self.tr("%n entries", "", column.last - column.first)
        top = self._title(self._column_pick(column))
        lines = [
            f"<b>{html.escape(kind_label(LANE_KINDS[column.lane]))}: {html.escape(count)}</b>",
            html.escape(span),
            html.escape(self.tr("Highest impact: %1").replace("%1", top)),
            html.escape(self.tr("Zoom in to see each entry; click to read this one.")),
        ]
        return "<br>".join(lines)

    def _column_pick(self, column: DensityColumn) -> int:
        """The entry a click on a density column reads: the highest impact, latest on ties."""
        impacts = self.lanes_item.lane_impacts(column.lane)[column.first : column.last]
        best = column.first + int(impacts.size - 1 - np.argmax(impacts[::-1]))
        return int(self.lanes_item.lane_ids(column.lane)[best])

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """What hovering at a scene position explains (rich text; empty for nothing)."""
        point = self._point(scene_pos)
        if point is None or self._data is None or self._data.is_empty:
            return ""
        entry_id = self.entry_at(scene_pos)
        if entry_id is not None:
            return self.entry_tooltip(entry_id)
        column = self.column_at(scene_pos)
        if column is not None:
            return self.column_tooltip(column)
        spans = self.lattice_item if self._lattice else self.band_item
        span = spans.span_at(point.x(), point.y())
        if span is not None and span.role is not None:
            return self.role_tooltip(span.role)
        if STRIP[0] - 0.2 <= point.y() <= STRIP[1] + 0.2:
            return self.momentum_tooltip(point.x())
        return ""

    def _title(self, entry_id: int) -> str:
        title = self._titles.get(entry_id)
        if title is None:
            try:
                title = self.ctx.journal.entries.get(entry_id).title
            except (ServiceError, StoreError):
                title = ""
            if len(self._titles) > 2000:
                self._titles.clear()
            self._titles[entry_id] = title
        return title

    def entry_tooltip(self, entry_id: int) -> str:
        """Title, date, kind and impact of a drawn entry (the title is fetched on demand)."""
        found = self.lanes_item.locate(entry_id)
        if found is None:
            return ""
        lane, index = found
        day = dt.date.fromordinal(int(self.lanes_item.lane_days(lane)[index]))
        impact = int(self.lanes_item.lane_impacts(lane)[index])
        facts = " · ".join((format_date(day), kind_label(LANE_KINDS[lane]), impact_text(impact)))
        return f"<b>{html.escape(self._title(entry_id))}</b><br>{html.escape(facts)}"

    def role_tooltip(self, span: RoleSpan) -> str:
        ends = format_date(span.end) if span.end is not None else self.tr("now")
        lines = [
            f"<b>{html.escape(span.title)}</b>",
            html.escape(" · ".join(p for p in (span.level, span.function, span.organisation) if p)),
            html.escape(f"{format_date(span.start)} – {ends}"),
            html.escape(move_label(span.move_kind)),
        ]
        return "<br>".join(line for line in lines if line)

    def momentum_tooltip(self, x: float) -> str:
        days, values = self._momentum
        if not days.size or self._data is None:
            return ""
        index = int(np.clip(np.searchsorted(days, x), 0, days.size - 1))
        if index and abs(days[index - 1] - x) < abs(days[index] - x):
            index -= 1
        text = self.tr(
            "Momentum on %1: %2<br>the sum of impact of the micro-progressions in the %3 days "
            "up to that day"
        )
        day = format_date(dt.date.fromordinal(int(days[index])))
        return (
            text.replace("%1", html.escape(day))
            .replace("%2", f"{values[index]:g}")
            .replace("%3", str(self._data.momentum.window_days))
        )

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
        if self._lattice or self._point(scene_pos) is None:
            return
        entry_id = self.entry_at(scene_pos)
        if entry_id is None:
            column = self.column_at(scene_pos)
            entry_id = self._column_pick(column) if column is not None else None
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
        record = None
        if entry_id is not None:
            try:
                record = self.ctx.journal.entries.get(entry_id)
            except (ServiceError, StoreError):
                record = None
        found = (
            self.lanes_item.locate(entry_id)
            if record is not None and entry_id is not None
            else None
        )
        if found is None or record is None:
            self._selected = None
            self.lanes_item.set_selected(None)
            self.detail.show_entry(None)
            self.detail.hide()  # nothing to read: the plot takes the room
            return
        self._selected = entry_id
        self.lanes_item.set_selected(found)
        self.detail.show_entry(record)
        self.detail.show()

    @Slot(int)
    def _trash(self, entry_id: int) -> None:
        try:
            push(self.ctx.undo_stack, TrashEntriesCommand(self.ctx.journal, [entry_id]))
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Not moved to trash"), str(exc))

    # -- export --------------------------------------------------------------------------------

    def export_plot(self, path: Path) -> Path:
        """Save the plot (legend, roles, lanes or lattice, momentum) as PNG or SVG, by suffix."""
        return export_item(self.graphics.ci, Path(path), self._colors()["background"])

    @Slot()
    def _export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export Timeline"),
            "timeline.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
        try:
            self.export_plot(target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))

    # -- keyboard ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._toolbar and event.type() in TOOLBAR_REFIT:
            self._fit_toolbar()
        if watched is self.graphics and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        """+/- zoom the time axis, Left/Right pan it, Home shows everything."""
        low, high = self.x_range()
        width = high - low
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_x_range(low + width * 0.15, high - width * 0.15)
        elif key == Qt.Key.Key_Minus:
            self.set_x_range(low - width * 0.2, high + width * 0.2)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            shift = width * 0.2 * (-1 if key == Qt.Key.Key_Left else 1)
            self.set_x_range(low + shift, high + shift)
        elif key == Qt.Key.Key_Home:
            self.show_range("all")
        else:
            return False
        return True

    # -- palette, splitter -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self._apply_palette()
        super().changeEvent(event)
