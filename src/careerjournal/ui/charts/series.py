"""The chart kit's data helpers: dates as x values, step lines, the range a chart shows.

Every chart's x is the day number (`date.toordinal()`), so one axis (`axes.DateAxis`) labels
them all. Plain Python: no Qt, no pyqtgraph.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

MIN_SPAN_DAYS = 30  # the narrowest time range a chart shows


def day_x(day: dt.date) -> float:
    """A date as a chart's x value: its day number."""
    return float(day.toordinal())


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


def time_range(first: float, last: float) -> tuple[float, float]:
    """An x range showing `first`..`last` with a margin, at least MIN_SPAN_DAYS wide."""
    span = last - first
    pad = max(2.0, span * 0.04, (MIN_SPAN_DAYS - span) / 2)
    return first - pad, last + pad


__all__ = ["MIN_SPAN_DAYS", "day_x", "step_series", "time_range"]
