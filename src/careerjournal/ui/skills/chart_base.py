"""What the Skills time charts share: the level axis, and the hint's shortcut.

`_TimeChart` is the kit's `DateChart` (a legend over a plot on a date axis, or a hint) with a
level axis: level L at y = L, named, elided when long. The skill history and the band layers
are built on it. This module imports pyqtgraph (through the kit): import it lazily.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from ..charts.axes import set_named_ticks
from ..charts.plots import DateChart

#: The shortcut the empty history's hint names for recording an assessment.
RECORD_SHORTCUT = "Ctrl+L"

LEVEL_LABEL_MAX_PX = 150  # level names longer than this are elided on the level axis


class _TimeChart(DateChart):
    """A legend over one plot (x = day number on a date axis, y = levels with their names), or a
    centred hint when there is nothing to draw."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        self._names: tuple[str, ...] = ()
        self._set_level_axis(("",))

    def sizeHint(self) -> QSize:
        return QSize(520, 280)

    def explanation(self) -> str:
        """How to read the chart, in a sentence (each chart says its own)."""
        return ""

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
        axis = self.plot.getAxis("left")
        names = [(float(level), name) for level, name in enumerate(self._names, start=1)]
        set_named_ticks(axis, names, metrics, room + 2)
        # Tick labels, the gap to the axis line, and the rotated axis label.
        width = room + 14 + metrics.height() + 6
        axis.setWidth(width)
        self.legend.set_inset(width - 8 if self.width() - width >= 320 else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._layout_level_axis()

    def _axis_titles(self) -> dict[str, str]:
        """The left axis's title (dates need none, and the room is better spent on the plot in
        a small window)."""
        return {"left": self.tr("Level")}


__all__ = ["LEVEL_LABEL_MAX_PX", "RECORD_SHORTCUT"]
