"""The cadence calendar: the last year as a grid of days shaded by their entry count, painted with
QPainter; its colours step by contrast, not by blending, so every step reads in light and dark."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..colors import luminance

HEATMAP_WEEKS = 53
HEATMAP_LEVELS = 5  # none, then four shades


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightCards", text)


#: The heatmap's steps as contrast ratios: an empty day against the card, the first busy step
#: against an empty day, and each further step against the one before.
HEATMAP_EMPTY_STEP = 1.3
HEATMAP_FIRST_STEP = 1.6
HEATMAP_STEP = 1.45


def _with_luminance(hue: float, saturation: float, target: float) -> QColor:
    """The colour of this hue and saturation whose relative luminance is `target`."""
    lo, hi = 0.0, 1.0
    for _ in range(32):  # HSL lightness -> luminance is monotonic: bisect
        mid = (lo + hi) / 2
        if luminance(QColor.fromHslF(hue, saturation, mid)) < target:
            lo = mid
        else:
            hi = mid
    return QColor.fromHslF(hue, saturation, (lo + hi) / 2)


def heatmap_colors(base: QColor, accent: QColor) -> list[QColor]:
    """Five steps (no entries, then four shades of the accent) by luminance, not by blending.

    Blending the accent into a dark card gives near-black steps nobody can tell apart. Here each
    step is a fixed contrast ratio from the one before (`HEATMAP_*_STEP`), away from the card:
    lighter on a dark card, darker on a light one; the empty day is a neutral grey.
    """
    dark = luminance(base) < 0.18
    hue = max(0.0, accent.hslHueF())
    saturation = min(1.0, max(0.55, accent.hslSaturationF()))
    level = luminance(base) + 0.05
    colors = []
    for i, step in enumerate(
        (HEATMAP_EMPTY_STEP, HEATMAP_FIRST_STEP, HEATMAP_STEP, HEATMAP_STEP, HEATMAP_STEP)
    ):
        level = level * step if dark else level / step
        target = min(1.0, max(0.0, level - 0.05))
        colors.append(_with_luminance(hue, 0.0 if i == 0 else saturation, target))
    return colors


class Heatmap(QWidget):
    """The last year as a calendar: a column per week, a row per weekday (from the profile's
    first day of the week), each day a small square shaded by its entry count."""

    GAP = 3
    MIN_CELL = 5
    MAX_CELL = 14

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cadence_heatmap")
        self.setAccessibleName(_tr("Entries per day over the last year"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self._days: list[tuple[dt.date, int]] = []
        self._index: dict[dt.date, int] = {}
        self._week_start = 0
        self._first_ordinal = 0  # the first column's first day
        self._thresholds: list[int] = [1, 2, 3, 4]
        self._cell = 11
        self._fit()

    # -- data ---------------------------------------------------------------------------------

    def set_days(self, days: Sequence[tuple[dt.date, int]], week_start: int = 0) -> None:
        self._days = list(days)
        self._index = {day: count for day, count in self._days}
        self._week_start = week_start % 7
        if self._days:
            first = self._days[0][0]
            self._first_ordinal = first.toordinal() - self.row_of(first)
        counts = sorted(c for _, c in self._days if c > 0)
        if counts:
            quantiles = [counts[min(len(counts) - 1, int(len(counts) * q))] for q in (0, 0.5, 0.8)]
            self._thresholds = [1, *sorted(set(max(2, q) for q in quantiles[1:]))]
        else:
            self._thresholds = [1]
        self.update()

    def days(self) -> list[tuple[dt.date, int]]:
        return list(self._days)

    def count_on(self, day: dt.date) -> int | None:
        return self._index.get(day)

    def row_of(self, day: dt.date) -> int:
        return (day.weekday() - self._week_start) % 7

    def column_of(self, day: dt.date) -> int:
        return (day.toordinal() - self._first_ordinal) // 7

    def level(self, count: int) -> int:
        """0 for no entries, else 1-4 by where the count falls among the year's busy days."""
        if count <= 0:
            return 0
        level = sum(1 for t in self._thresholds if count >= t)
        return min(HEATMAP_LEVELS - 1, level if len(self._thresholds) > 1 else 2)

    def tooltip_text(self, day: dt.date) -> str:
        count = self._index.get(day, 0)
        date = QLocale().toString(QDate(day), "ddd d MMM yyyy")
        if count == 0:
            return _tr("%s: no entries") % date
        return self.tr("%s: %n entries", "", count) % date

    # -- geometry -----------------------------------------------------------------------------

    def _left(self) -> int:
        metrics = QFontMetrics(self._small_font())
        names = [QLocale().dayName(d, QLocale.FormatType.ShortFormat) for d in range(1, 8)]
        return max(metrics.horizontalAdvance(n) for n in names) + 6

    def _small_font(self) -> QFont:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def _top(self) -> int:
        return QFontMetrics(self._small_font()).height() + 4

    def _fit(self) -> None:
        room = self.width() - self._left()
        cell = room // HEATMAP_WEEKS - self.GAP
        self._cell = max(self.MIN_CELL, min(self.MAX_CELL, cell))
        legend = QFontMetrics(self._small_font()).height() + 10
        height = self._top() + 7 * (self._cell + self.GAP) + legend
        if self.height() != height:
            self.setFixedHeight(height)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._left() + HEATMAP_WEEKS * (self.MIN_CELL + self.GAP), self.height())

    def sizeHint(self) -> QSize:
        return QSize(self._left() + HEATMAP_WEEKS * (12 + self.GAP), self.height())

    def cell_rect(self, day: dt.date) -> QRectF:
        step = self._cell + self.GAP
        x = self._left() + self.column_of(day) * step
        y = self._top() + self.row_of(day) * step
        return QRectF(x, y, self._cell, self._cell)

    def day_at(self, pos: QPoint) -> dt.date | None:
        step = self._cell + self.GAP
        col = math.floor((pos.x() - self._left()) / step)
        row = math.floor((pos.y() - self._top()) / step)
        if not (0 <= row < 7 and 0 <= col < HEATMAP_WEEKS + 1):
            return None
        day = dt.date.fromordinal(self._first_ordinal + col * 7 + row)
        return day if day in self._index and self.cell_rect(day).contains(pos.toPointF()) else None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # -- painting -----------------------------------------------------------------------------

    def colors(self) -> list[QColor]:
        palette = self.palette()
        return heatmap_colors(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Highlight)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = QColor(palette.color(QPalette.ColorRole.WindowText))
        muted_text = palette.color(QPalette.ColorRole.PlaceholderText)
        colors = self.colors()
        small = self._small_font()
        painter.setFont(small)
        metrics = QFontMetrics(small)
        step = self._cell + self.GAP
        # Weekday names on every other row.
        painter.setPen(muted_text)
        for row in (0, 2, 4, 6):
            weekday = (self._week_start + row) % 7 + 1
            name = QLocale().dayName(weekday, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(0, self._top() + row * step - 2, self._left() - 6, self._cell + 4),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                name,
            )
        # Month names above the column holding each month's first day.
        painter.setPen(text)
        last_right = -1.0
        for day, _ in self._days:
            if day.day != 1:
                continue
            x = self._left() + self.column_of(day) * step
            name = QLocale().toString(QDate(day), "MMM")
            if x > last_right and x + metrics.horizontalAdvance(name) <= self.width():
                painter.drawText(int(x), metrics.ascent(), name)
                last_right = x + metrics.horizontalAdvance(name) + 4
        # The days.
        painter.setPen(Qt.PenStyle.NoPen)
        radius = max(1.5, self._cell / 5)
        for day, count in self._days:
            painter.setBrush(colors[self.level(count)])
            painter.drawRoundedRect(self.cell_rect(day), radius, radius)
        # The legend, bottom right: less [] [] [] [] [] more.
        y = self._top() + 7 * step + 4
        less, more = _tr("Less"), _tr("More")
        swatch = min(self._cell, 11)
        width = (
            metrics.horizontalAdvance(less)
            + metrics.horizontalAdvance(more)
            + HEATMAP_LEVELS * (swatch + 3)
            + 12
        )
        x = self._left() + HEATMAP_WEEKS * step - width
        x = max(float(self._left()), x)
        painter.setPen(muted_text)
        painter.drawText(QRectF(x, y, 200, metrics.height()), Qt.AlignmentFlag.AlignLeft, less)
        x += metrics.horizontalAdvance(less) + 6
        painter.setPen(Qt.PenStyle.NoPen)
        for color in colors:
            painter.setBrush(color)
            top = y + (metrics.height() - swatch) / 2
            painter.drawRoundedRect(QRectF(x, top, swatch, swatch), 2, 2)
            x += swatch + 3
        painter.setPen(muted_text)
        painter.drawText(QRectF(x + 3, y, 200, metrics.height()), Qt.AlignmentFlag.AlignLeft, more)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(day), self)
            return True
        return super().event(event)
