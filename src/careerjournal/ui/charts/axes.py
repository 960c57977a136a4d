"""The chart kit's axes: dates as day numbers, compact counts, named levels.

`DateAxis` labels day numbers (`date.toordinal()`, the x of every chart) on days, weeks, months
and years. pyqtgraph's `DateAxisItem` works in Unix seconds and converts every candidate tick
through time zones (about 9 ms per redraw); the charts count in whole days, so this axis steps
the calendar directly and only ever generates the ticks it draws. The step is the smallest one
whose labels fit side by side at the current zoom, so labels never overlap.

`CountAxis` labels counts compactly (950, 9,500, 95k, 1.2M) and is as wide as they need;
`set_named_ticks` puts names (levels, lanes) on a value axis, elided to the room given.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import pyqtgraph as pg
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics

FIRST_DAY = 1  # date.min
LAST_DAY = dt.date.max.toordinal()
LABEL_GAP_PX = 18  # room between two labels
MIN_MINOR_PX = 6  # minor ticks closer than this are left out
COUNT_AXIS_PAD = 10  # a count axis: room for its widest label plus this (px)


@dataclass(frozen=True)
class Step:
    unit: str  # "day", "month" or "year"
    count: int
    days: float  # nominal length; also the key pyqtgraph hands back to tickStrings


STEPS: tuple[Step, ...] = (
    Step("day", 1, 1.0),
    Step("day", 2, 2.0),
    Step("day", 7, 7.0),  # Mondays
    Step("day", 14, 14.0),
    Step("month", 1, 30.44),
    Step("month", 3, 91.31),
    Step("month", 6, 182.62),
    Step("year", 1, 365.25),
    Step("year", 2, 730.5),
    Step("year", 5, 1826.25),
    Step("year", 10, 3652.5),
    Step("year", 20, 7305.0),
    Step("year", 50, 18262.5),
    Step("year", 100, 36525.0),
    Step("year", 500, 182625.0),
)
_BY_DAYS = {step.days: step for step in STEPS}
# The finer ticks drawn (unlabelled) between the labelled ones.
_MINOR: dict[float, float] = {
    2.0: 1.0,
    7.0: 1.0,
    14.0: 7.0,
    30.44: 7.0,
    91.31: 30.44,
    182.62: 30.44,
    365.25: 91.31,
    730.5: 365.25,
    1826.25: 365.25,
    3652.5: 365.25,
    7305.0: 1826.25,
    18262.5: 3652.5,
    36525.0: 3652.5,
    182625.0: 36525.0,
}


def ticks(step: Step, low: float, high: float) -> list[float]:
    """Day numbers of `step`'s calendar boundaries in [low, high]."""
    first = max(FIRST_DAY, math.ceil(low))
    last = min(LAST_DAY, math.floor(high))
    if last < first:
        return []
    if step.unit == "day":
        # Aligned on day 1 (Monday 1 January 0001): weeks start on Mondays.
        start = first + (-(first - 1)) % step.count
        return [float(d) for d in range(start, last + 1, step.count)]
    day = dt.date.fromordinal(first)
    if step.unit == "month":
        index = day.year * 12 + day.month - 1 + (day.day != 1)
        index += -index % step.count
        out: list[float] = []
        while True:
            year, month = divmod(index, 12)
            if year > dt.MAXYEAR:
                return out
            ordinal = dt.date(year, month + 1, 1).toordinal()
            if ordinal > last:
                return out
            out.append(float(ordinal))
            index += step.count
    year = day.year + (day != dt.date(day.year, 1, 1))
    year += -year % step.count
    out = []
    while year <= dt.MAXYEAR:
        ordinal = dt.date(year, 1, 1).toordinal()
        if ordinal > last:
            break
        out.append(float(ordinal))
        year += step.count
    return out


@cache
def _month_names(locale_name: str) -> tuple[str, ...]:
    locale = QLocale(locale_name)
    return tuple(locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))


def tick_label(day: dt.date, step: Step, first: bool) -> str:
    """How a tick reads: `2024` for years, `Mar` (the first and Januaries with the year) for
    months, `4 Mar` (the first and 1 January with the year) for days and weeks."""
    month = _month_names(QLocale().name())[day.month - 1]
    if step.unit == "year":
        return str(day.year)
    if step.unit == "month":
        if day.month == 1:
            return str(day.year)
        return f"{month} {day.year}" if first else month
    if first or (day.month == 1 and day.day == 1):
        return f"{day.day} {month} {day.year}"
    return f"{day.day} {month}"


class DateAxis(pg.AxisItem):
    """A horizontal axis whose values are day numbers; `labels=False` draws ticks (grid) only."""

    def __init__(self, orientation: str = "bottom", *, labels: bool = True, **kwargs: object):
        super().__init__(orientation, **kwargs)
        self._labels = labels
        self._label_px: dict[str, float] = {}
        self._label_font = QFont()
        if not labels:
            self.setStyle(showValues=False)

    def _label_width(self, unit: str) -> float:
        """Room one label of this unit needs, including the gap to the next."""
        font = self.style.get("tickFont") or self.font()
        if font != self._label_font:
            self._label_font = QFont(font)
            self._label_px.clear()
        width = self._label_px.get(unit)
        if width is None:
            metrics = QFontMetrics(font)
            sample = {"day": "30 Sep 2000", "month": "Sep 2000", "year": "2000"}[unit]
            width = metrics.horizontalAdvance(sample) + LABEL_GAP_PX
            self._label_px[unit] = width
        return width

    def tickValues(
        self,
        minVal: float,
        maxVal: float,
        size: float,
    ) -> list[tuple[float, list[float]]]:
        low, high = sorted((minVal, maxVal))
        if size <= 0 or not (math.isfinite(low) and math.isfinite(high)) or high <= low:
            return []
        per_px = (high - low) / size
        major = STEPS[-1]
        for step in STEPS:
            if step.days / per_px >= self._label_width(step.unit):
                major = step
                break
        levels = [(major.days, ticks(major, low, high))]
        minor_days = _MINOR.get(major.days)
        if minor_days is not None and minor_days / per_px >= MIN_MINOR_PX:
            taken = set(levels[0][1])
            minor = [t for t in ticks(_BY_DAYS[minor_days], low, high) if t not in taken]
            levels.append((-minor_days, minor))  # negative: tickStrings leaves it unlabelled
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        step = _BY_DAYS.get(spacing)  # minor levels have negative keys: no labels
        if not self._labels or step is None:
            return [""] * len(values)
        return [
            tick_label(dt.date.fromordinal(round(v)), step, i == 0) for i, v in enumerate(values)
        ]


def compact_number(value: float) -> str:
    """Axis labels that stay narrow: 950, 9,500, 95k, 1.2M."""
    locale = QLocale()
    magnitude = abs(value)
    if magnitude >= 1_000_000:
        return locale.toString(value / 1_000_000, "g", 3) + "M"
    if magnitude >= 100_000 or (magnitude >= 10_000 and value % 1000 == 0):
        return locale.toString(value / 1000, "g", 3) + "k"
    if value == int(value):
        return locale.toString(int(value))
    return locale.toString(value, "g", 3)


class CountAxis(pg.AxisItem):
    """A left axis of counts: compact labels on whole numbers only (a count of 0.5 says
    nothing), and as wide as its widest one needs."""

    def tickValues(
        self, minVal: float, maxVal: float, size: float
    ) -> list[tuple[float, list[float]]]:
        levels = super().tickValues(minVal, maxVal, size)
        return [(spacing, [v for v in values if v == round(v)]) for spacing, values in levels]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [compact_number(v * scale) for v in values]

    def fit_to(self, top: float) -> None:
        """Widen (or narrow) the axis for the labels of a range 0..`top`."""
        font = self.style.get("tickFont") or self.font()
        metrics = QFontMetrics(font)
        samples = [compact_number(v) for v in (top, top * 0.9, top * 0.75, top / 2)]
        self.setWidth(max(metrics.horizontalAdvance(t) for t in samples) + COUNT_AXIS_PAD)


def set_named_ticks(
    axis: pg.AxisItem, names: Sequence[tuple[float, str]], metrics: QFontMetrics, room: int
) -> None:
    """Label `axis` only at the given values, each name elided to `room` pixels."""
    ticks = [
        (value, metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))
        for value, name in names
    ]
    axis.setTicks([ticks, []])
