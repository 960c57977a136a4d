"""The chart kit's plots: a legend over a plot on a date axis, built and themed one way.

`add_date_plot` puts a `FlowLegend` over a `PlotItem` whose bottom axis is a `DateAxis`, in a
`GraphicsLayoutWidget`, with one mouse behaviour for every chart: no context menu, no "A"
button, no auto-range, and the mouse pans (and the wheel zooms) the time axis only where the
chart asks for it (the timeline); elsewhere the chart holds still, and the wheel (which the
view box then ignores) scrolls the page. `style_axes` colours the axes from the palette and
titles them. `hover_scatter` makes markers whose tooltip says what they are.

`DateChart` is the widget the small charts (skills, goals, insights) are made of: such a plot,
or a centred hint in its place when there is nothing to draw, following palette changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStackedLayout, QVBoxLayout, QWidget

from .axes import DateAxis
from .legend import FlowLegend
from .style import chart_colors

MARGINS = (4, 6, 14, 4)  # around the legend and plot: left, top, right, bottom (px)
SPACING = 4  # between the legend and the plot (px)
GRID_ALPHA = 0.35


@dataclass(frozen=True)
class DatePlot:
    """The parts `add_date_plot` made: the legend (row 0) and the plot (row 1)."""

    legend: FlowLegend
    date_axis: DateAxis
    plot: pg.PlotItem
    view_box: pg.ViewBox


def add_date_plot(
    graphics: pg.GraphicsLayoutWidget,
    *,
    left: pg.AxisItem | None = None,
    pan_x: bool = False,
    margins: tuple[int, int, int, int] = MARGINS,
    spacing: int = SPACING,
) -> DatePlot:
    """A legend over a plot with a date axis, in `graphics`. `left`: the value axis (default:
    pyqtgraph's); `pan_x`: the mouse pans and zooms the time axis (the value axis never)."""
    layout = graphics.ci
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    legend = FlowLegend()
    layout.addItem(legend, row=0, col=0)
    date_axis = DateAxis()
    axes: dict[str, pg.AxisItem] = {"bottom": date_axis}
    if left is not None:
        axes["left"] = left
    plot = pg.PlotItem(axisItems=axes)
    plot.hideButtons()
    plot.setMenuEnabled(False)
    layout.addItem(plot, row=1, col=0)
    view_box = plot.getViewBox()
    view_box.setMouseEnabled(x=pan_x, y=False)
    view_box.disableAutoRange()
    return DatePlot(legend, date_axis, plot, view_box)


def style_axes(
    plot: pg.PlotItem, colors: Mapping[str, QColor], titles: Mapping[str, str] | None = None
) -> None:
    """Colour the bottom and left axes from `colors` ("mid" the lines, "text" the labels) and
    title them from `titles` (by axis name; none or "": no title)."""
    text = colors["text"]
    for name in ("bottom", "left"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(colors["mid"]))
        axis.setTextPen(pg.mkPen(text))
        title = (titles or {}).get(name, "")
        if title:
            axis.setLabel(title, color=text.name())
        else:
            axis.showLabel(False)


def hover_scatter(
    symbol: str, size: float, tip: Callable[[float, float, object], str]
) -> pg.ScatterPlotItem:
    """Markers that show `tip(x, y, data)` as their tooltip when hovered."""
    item = pg.ScatterPlotItem(symbol=symbol, size=size, hoverable=True)
    item.opts["tip"] = tip
    return item


class DateChart(QWidget):
    """A legend over one plot on a date axis, or a centred hint when there is nothing to draw.

    Subclasses add their items to `plot`, say how to title the axes (`_axis_titles`) and
    recolour their own items for the palette (`_restyle`), and set `_built` once they are.
    """

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        left: pg.AxisItem | None = None,
        margins: tuple[int, int, int, int] = MARGINS,
        spacing: int = SPACING,
        min_height: int = 170,
    ):
        super().__init__(parent)
        self._built = False
        self.setObjectName(name)
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setObjectName(f"{name}_plot")
        self.graphics.setMinimumSize(240, min_height)
        parts = add_date_plot(self.graphics, left=left, margins=margins, spacing=spacing)
        self.legend = parts.legend
        self.date_axis = parts.date_axis
        self.plot = parts.plot
        self.view_box = parts.view_box
        self.plot.showGrid(x=True, y=True, alpha=GRID_ALPHA)

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
        QVBoxLayout(self.hint_page).addWidget(self.hint)

        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.graphics)
        self.stack.addWidget(self.hint_page)

    # -- shared API -------------------------------------------------------------------------------

    def is_empty(self) -> bool:
        """Whether the hint shows instead of the chart."""
        return self.stack.currentWidget() is self.hint_page

    def hint_text(self) -> str:
        return self.hint.text()

    def legend_labels(self) -> list[str]:
        return self.legend.labels()

    def x_range(self) -> tuple[float, float]:
        """The day numbers at the plot's left and right edges."""
        (x0, x1), _ = self.view_box.viewRange()
        return float(x0), float(x1)

    def scene_pos(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is drawn, in scene coordinates."""
        self.view_box.prepareForPaint()  # the view's transform follows its range lazily
        return self.view_box.mapViewToScene(QPointF(x, y))

    def viewport_pos(self, x: float, y: float) -> QPointF:
        """Where the data point (x, y) is drawn, in the plot widget's viewport coordinates."""
        return QPointF(self.graphics.mapFromScene(self.scene_pos(x, y)))

    # -- for subclasses ---------------------------------------------------------------------------

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.stack.setCurrentWidget(self.hint_page)

    def _show_chart(self) -> None:
        self.stack.setCurrentWidget(self.graphics)

    def _colors(self) -> dict[str, QColor]:
        """The chart's colours by role (each chart adds its own to the kit's)."""
        return chart_colors(self.palette())

    def _axis_titles(self) -> dict[str, str]:
        """The axes' titles by name ("bottom", "left"); none: untitled."""
        return {}

    def _apply_palette(self) -> None:
        colors = self._colors()
        self.graphics.setBackground(colors["background"])
        style_axes(self.plot, colors, self._axis_titles())
        self._restyle(colors)

    def _restyle(self, colors: dict[str, QColor]) -> None:
        """Recolour the chart's own items for the palette (each chart has its own)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self._apply_palette()
        super().changeEvent(event)


__all__ = [
    "DateChart",
    "DatePlot",
    "add_date_plot",
    "hover_scatter",
    "style_axes",
]
