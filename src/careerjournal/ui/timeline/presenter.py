"""What the timeline shows, without widgets: the data for the filters, the selection, the lattice
switch, the time span and zoom ranges, and the facts behind each tooltip.

The view (`view.py`) draws these and words the facts (`tooltips.py`); everything here can be
tested on a journal alone.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from ...domain import EntryKind, MoveKind
from ...services import EntryQuery, EntryRecord, Journal, ServiceError
from ...services.timeline import LANE_KINDS, TimelineData, timeline_data
from ...store import StoreError

RANGES = ("1y", "3y", "5y", "all", "review")
_YEARS = {"1y": 1, "3y": 3, "5y": 5}


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


def stepped(low: float, high: float, step: str) -> tuple[float, float]:
    """The time axis after a keyboard step: zoom "in" or "out", pan "left" or "right"."""
    width = high - low
    if step == "in":
        return low + width * 0.15, high - width * 0.15
    if step == "out":
        return low - width * 0.2, high + width * 0.2
    shift = width * 0.2 * (-1 if step == "left" else 1)
    return low + shift, high + shift


class DensityColumn(NamedTuple):
    """A column of a lane drawn as a density strip: entries `first` to `last` (exclusive) of
    the lane, between days `start` and `end`."""

    lane: int
    first: int
    last: int
    start: float
    end: float


@dataclass(frozen=True)
class EntryFacts:
    """What hovering an entry's marker tells."""

    title: str
    day: dt.date
    kind: EntryKind
    impact: int


@dataclass(frozen=True)
class ColumnFacts:
    """A column of a lane drawn as a density strip: how many entries, over which days, and the
    one a click reads (the highest impact, latest on ties)."""

    kind: EntryKind
    count: int
    first_day: dt.date
    last_day: dt.date
    pick: int
    pick_title: str


@dataclass(frozen=True)
class MomentumFacts:
    day: dt.date
    value: float
    window_days: int


class TimelinePresenter:
    """The timeline's state for one journal; `load()` reads it for the current `query`."""

    def __init__(self, journal: Journal):
        self.journal = journal
        self.query = EntryQuery()
        self.data: TimelineData | None = None
        self.selected: int | None = None
        self.lattice = False
        self.today = dt.date.today()
        #: The day after the last one drawn (the last entry or today), as a day number.
        self.x_end = float(self.today.toordinal() + 1)
        #: How far the time axis can pan and zoom out: the data's span with a margin.
        self.limits = (self.x_end - 60, self.x_end + 30)
        #: The momentum strip's scale: a round number above its highest value.
        self.momentum_top = 1.0
        self._titles: dict[int, str] = {}

    # -- reading -----------------------------------------------------------------------------

    def load(self) -> bool:
        """Read the data for `query`; True when the zoom may stay (there was data before)."""
        previous = self.data
        self._titles.clear()
        self.today = dt.date.today()
        self.data = timeline_data(self.journal, self.query, today=self.today)
        self._measure()
        return previous is not None and not previous.is_empty

    def _measure(self) -> None:
        data = self.data
        if data is None or data.is_empty:
            return
        assert data.first_day is not None
        assert data.last_day is not None
        start = float(data.first_day.toordinal())
        self.x_end = float(max(data.last_day, self.today).toordinal() + 1)
        pad = max(10.0, (self.x_end - start) * 0.02)
        self.limits = (start - pad, self.x_end + pad)
        values = data.momentum.values
        self.momentum_top = nice_ceiling(max(values) * 1.05 if values else 1.0)

    @property
    def is_empty(self) -> bool:
        return self.data is None or self.data.is_empty

    # -- ranges ------------------------------------------------------------------------------

    def range_for(self, key: str) -> tuple[float, float] | None:
        """The days to show for a range button (see RANGES); None when it does not apply."""
        if key == "all":
            low, high = self.limits
        elif key == "review":
            review = self.data.last_review if self.data is not None else None
            if review is None:
                return None
            low, high = float(review.toordinal()), self.x_end
        else:
            end_day = dt.date.fromordinal(int(self.x_end) - 1)
            low = float(years_before(end_day, _YEARS[key]).toordinal() + 1)
            high = self.x_end
        return max(low, self.limits[0]), min(high, self.limits[1])

    # -- what is drawn -----------------------------------------------------------------------

    def lane_counts(self) -> dict[EntryKind, int]:
        """How many entries each lane draws."""
        lanes = self.data.lanes if self.data is not None else ()
        counts = {kind: 0 for kind in LANE_KINDS}
        counts.update({lane.kind: len(lane.ids) for lane in lanes})
        return counts

    def lane_days(self, kind: EntryKind) -> list[int]:
        """The day numbers of a lane's markers, in date order."""
        if self.data is None:
            return []
        return list(self.data.lanes[LANE_KINDS.index(kind)].days)

    def promotion_days(self) -> list[int]:
        """Where the promotion lines cross the plot (day numbers)."""
        markers = self.data.markers if self.data is not None else ()
        return [m.day.toordinal() for m in markers if m.promotion]

    def role_changes(self) -> list[tuple[int, MoveKind]]:
        """The role band's change symbols: (day number, how the role was reached)."""
        roles = self.data.roles if self.data is not None else ()
        return [
            (r.start.toordinal(), r.move_kind) for r in roles if r.move_kind is not MoveKind.FIRST
        ]

    def functions(self, no_function: str) -> list[str]:
        """The lattice's rows, top to bottom: each function in the order first held."""
        names: list[str] = []
        for span in self.data.roles if self.data is not None else ():
            name = span.function or no_function
            if name not in names:
                names.append(name)
        return names

    def locate(self, entry_id: int) -> tuple[int, int] | None:
        """(lane, index) of a drawn entry, or None."""
        for lane, points in enumerate(self.data.lanes if self.data is not None else ()):
            if entry_id in points.ids:
                return lane, points.ids.index(entry_id)
        return None

    # -- selection ---------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [self.selected] if self.selected is not None else []

    def select(self, entry_id: int | None) -> EntryRecord | None:
        """Select a drawn entry (None: nothing); its record to read, None when not drawn."""
        record = None
        if entry_id is not None and self.locate(entry_id) is not None:
            try:
                record = self.journal.entries.get(entry_id)
            except (ServiceError, StoreError):
                record = None
        self.selected = record.id if record is not None else None
        return record

    # -- tooltip facts -----------------------------------------------------------------------

    def title(self, entry_id: int) -> str:
        """An entry's title, read on demand and kept (the data carries no titles)."""
        title = self._titles.get(entry_id)
        if title is None:
            try:
                title = self.journal.entries.get(entry_id).title
            except (ServiceError, StoreError):
                title = ""
            if len(self._titles) > 2000:
                self._titles.clear()
            self._titles[entry_id] = title
        return title

    def entry_facts(self, entry_id: int) -> EntryFacts | None:
        found = self.locate(entry_id)
        if found is None or self.data is None:
            return None
        lane, index = found
        points = self.data.lanes[lane]
        day = dt.date.fromordinal(points.days[index])
        return EntryFacts(self.title(entry_id), day, points.kind, points.impacts[index])

    def column_facts(self, lane: int, first: int, last: int) -> ColumnFacts:
        """Entries `first` to `last` (exclusive) of a lane, as one density column."""
        assert self.data is not None
        points = self.data.lanes[lane]
        impacts = np.asarray(points.impacts[first:last])
        best = first + int(impacts.size - 1 - np.argmax(impacts[::-1]))
        pick = points.ids[best]
        return ColumnFacts(
            points.kind,
            last - first,
            dt.date.fromordinal(points.days[first]),
            dt.date.fromordinal(points.days[last - 1]),
            pick,
            self.title(pick),
        )

    def momentum_at(self, x: float) -> MomentumFacts | None:
        """The momentum sample nearest to day number `x`."""
        if self.data is None or not self.data.momentum.days:
            return None
        momentum = self.data.momentum
        days = np.asarray(momentum.days, dtype=np.float64)
        index = int(np.clip(np.searchsorted(days, x), 0, days.size - 1))
        if index and abs(days[index - 1] - x) < abs(days[index] - x):
            index -= 1
        return MomentumFacts(
            dt.date.fromordinal(int(days[index])), momentum.values[index], momentum.window_days
        )
