"""What the timeline draws: entries per lane, role spans, role-change markers and momentum.

`TimelineService` (`Journal.timeline`) reads it. Columnar and Qt-free: the view turns these
tuples into plot items, tests check them against hand-built journals. Entries are read with one
Core query (no ORM objects), so 100,000 entries load in a fraction of a second.

It never imports `journal`, not even through another service: insights imports `momentum` from
here and `journal` imports insights (tests/test_import_cycles.py keeps that circle broken).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Integer, String, cast, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from ..domain import MICRO_KINDS, Entry, EntryKind, MoveKind, Review, Role
from ..domain.labels import label
from .base import Service
from .entries import apply_query
from .records import EntryQuery
from .roles import Promotion, RoleStep, promoted_roles, promotions

LANE_KINDS: tuple[EntryKind, ...] = MICRO_KINDS
DEFAULT_WINDOW_DAYS = 90
DEFAULT_STEP_DAYS = 7


@dataclass(frozen=True)
class LanePoints:
    kind: EntryKind
    ids: tuple[int, ...]
    days: tuple[int, ...]  # date.toordinal(), ascending
    impacts: tuple[int, ...]


@dataclass(frozen=True)
class RoleSpan:
    role_id: int
    title: str
    level: str
    level_rank: int
    function: str
    organisation: str
    start: dt.date
    end: dt.date | None
    move_kind: MoveKind


@dataclass(frozen=True)
class Marker:
    """A role change (the day a role began, how it was reached, the role's title), or a
    promotion entry on a day no role began (`role_id` None, `move_kind` promotion, its title).

    `promotion` says whether it is a promotion by the shared definition (`roles.promotions`):
    the view draws a promotion line exactly there, so the timeline and Insights agree.
    """

    day: dt.date
    move_kind: MoveKind
    title: str
    promotion: bool = False
    role_id: int | None = None

    @property
    def label(self) -> str:
        """In English, for the CLI and reports: "Promotion (lateral move): Staff Engineer"."""
        word = label(self.move_kind)
        if self.promotion and self.move_kind is not MoveKind.PROMOTION:
            promotion = label(MoveKind.PROMOTION)
            first = self.move_kind is MoveKind.FIRST
            word = promotion if first else f"{promotion} ({word.lower()})"
        return f"{word}: {self.title}"


@dataclass(frozen=True)
class MomentumSeries:
    days: tuple[int, ...]  # one sample per step, date.toordinal()
    values: tuple[float, ...]  # sum of impact of micro-progressions in the window ending that day
    window_days: int
    explanation: str  # in English; a view words `window_days` and `step_days` itself
    step_days: int = DEFAULT_STEP_DAYS


@dataclass(frozen=True)
class TimelineData:
    lanes: tuple[LanePoints, ...]  # one per LANE_KINDS, in that order
    roles: tuple[RoleSpan, ...]
    markers: tuple[Marker, ...]
    momentum: MomentumSeries
    first_day: dt.date | None
    last_day: dt.date | None
    last_review: dt.date | None

    @property
    def is_empty(self) -> bool:
        return not self.roles and not any(lane.ids for lane in self.lanes)


kind_text = type_coerce(Entry.kind, String)


def _ordinal(dialect: str) -> ColumnElement[int]:
    """The entry's date as `date.toordinal()`, computed by the database."""
    if dialect == "sqlite":
        return cast(func.julianday(Entry.occurred_on) - 1721424.5, Integer)
    return cast(Entry.occurred_on - literal(dt.date(1, 1, 1)), Integer) + 1


def momentum(
    days: list[int],
    impacts: list[int],
    *,
    start: int,
    end: int,
    window_days: int = DEFAULT_WINDOW_DAYS,
    step_days: int = DEFAULT_STEP_DAYS,
) -> MomentumSeries:
    """Rolling weighted count: at each sample day d (every `step_days` from `start`, and `end`),
    the sum of impacts of the entries dated in (d - window_days, d].

    `days` must be ascending ordinals with `impacts` alongside.
    """
    if window_days < 1 or step_days < 1:
        raise ValueError("window and step must be at least one day")
    prefix = [0, *accumulate(impacts)]
    samples = list(range(start, end + 1, step_days)) if end >= start else []
    if samples and samples[-1] != end:
        samples.append(end)
    values = []
    for d in samples:
        hi = bisect_right(days, d)
        lo = bisect_right(days, d - window_days)
        values.append(float(prefix[hi] - prefix[lo]))
    explanation = (
        f"Momentum: the sum of impact (1-5) of micro-progressions in the {window_days} days up to "
        f"each point, sampled every {step_days} days."
    )
    return MomentumSeries(tuple(samples), tuple(values), window_days, explanation, step_days)


def _markers(spans: tuple[RoleSpan, ...], found: tuple[Promotion, ...]) -> tuple[Marker, ...]:
    """A marker per role change, and per promotion entry on a day no role began; by day."""
    promoted_ids = promoted_roles(found)
    markers = []
    for s in spans:
        promoted = s.role_id in promoted_ids
        if s.move_kind is MoveKind.FIRST and not promoted:
            continue  # the first role is no change
        markers.append(Marker(s.start, s.move_kind, s.title, promoted, s.role_id))
    for p in found:
        if p.role_id is None:
            markers.append(Marker(p.day, MoveKind.PROMOTION, p.title, True))
    markers.sort(key=lambda m: m.day)
    return tuple(markers)


@dataclass(frozen=True)
class _Read:
    """What one read transaction brings back, before it is shaped for drawing."""

    rows: list[Any]  # (entry id, day ordinal, kind value, impact), by date
    spans: tuple[RoleSpan, ...]
    last_review: dt.date | None
    steps: list[RoleStep]
    promotion_entries: list[tuple[dt.date, str]]


def _read(session: Session, query: EntryQuery) -> _Read:
    # Plain columns (day number, kind text): no per-row date or enum conversion.
    columns = (Entry.id, _ordinal(session.get_bind().dialect.name), kind_text, Entry.impact)
    stmt = apply_query(session, select(*columns), query).order_by(Entry.occurred_on, Entry.id)
    result = session.connection().execute(stmt)
    # The columns need no conversion, so read the DBAPI cursor directly: building 100,000
    # result rows would cost more than the query itself.
    rows = result.cursor.fetchall() if result.cursor is not None else []
    result.close()
    roles = session.execute(select(Role).order_by(Role.start_date, Role.id)).scalars().all()
    spans = tuple(
        RoleSpan(
            r.id,
            r.title,
            r.level,
            r.level_rank,
            r.function,
            r.organisation,
            r.start_date,
            r.end_date,
            r.move_kind,
        )
        for r in roles
    )
    last_review = session.scalar(select(Review.held_on).order_by(Review.held_on.desc()))
    # Promotion entries decide some promotions, whatever the view's filter shows.
    promotion_entries = session.execute(
        select(Entry.occurred_on, Entry.title)
        .where(Entry.trashed_at.is_(None), Entry.kind == EntryKind.PROMOTION)
        .order_by(Entry.occurred_on, Entry.id)
    ).all()
    steps = [
        RoleStep(r.id, r.title, r.start_date, r.move_kind, r.level_rank, r.volunteer) for r in roles
    ]
    return _Read(list(rows), spans, last_review, steps, [(d, t) for d, t in promotion_entries])


def _lanes(rows: list[Any]) -> tuple[tuple[LanePoints, ...], list[int], list[int]]:
    """The lanes, and the days and impacts of every micro-progression (for momentum)."""
    lanes_ids: dict[EntryKind, list[int]] = {k: [] for k in LANE_KINDS}
    lanes_days: dict[EntryKind, list[int]] = {k: [] for k in LANE_KINDS}
    lanes_impacts: dict[EntryKind, list[int]] = {k: [] for k in LANE_KINDS}
    micro_days: list[int] = []
    micro_impacts: list[int] = []
    lane_of = {k.value: k for k in LANE_KINDS}
    for entry_id, ordinal, kind_value, impact in rows:
        kind = lane_of.get(kind_value)
        if kind is not None:
            lanes_ids[kind].append(entry_id)
            lanes_days[kind].append(ordinal)
            lanes_impacts[kind].append(impact)
            micro_days.append(ordinal)
            micro_impacts.append(impact)
    lanes = tuple(
        LanePoints(k, tuple(lanes_ids[k]), tuple(lanes_days[k]), tuple(lanes_impacts[k]))
        for k in LANE_KINDS
    )
    return lanes, micro_days, micro_impacts


class TimelineService(Service):
    """The timeline's data: read-only, so it announces nothing."""

    def data(
        self,
        query: EntryQuery = EntryQuery(),
        *,
        window_days: int = DEFAULT_WINDOW_DAYS,
        step_days: int = DEFAULT_STEP_DAYS,
        today: dt.date | None = None,
    ) -> TimelineData:
        """Everything the timeline shows for the entries matching `query` (live entries by
        default); momentum runs up to `today` (default: the real today)."""
        with self._store.read() as session:
            read = _read(session, query)
        rows, spans = read.rows, read.spans
        lanes, micro_days, micro_impacts = _lanes(rows)
        markers = _markers(spans, promotions(read.steps, read.promotion_entries))
        first = dt.date.fromordinal(rows[0][1]) if rows else None
        last = dt.date.fromordinal(rows[-1][1]) if rows else None
        role_days = [s.start for s in spans] + [s.end for s in spans if s.end is not None]
        known = [d for d in (first, last, *role_days) if d is not None]
        first_day = min(known) if known else None
        last_day = max(known) if known else None
        end = max(last_day, today or dt.date.today()) if last_day else None
        series = momentum(
            micro_days,
            micro_impacts,
            start=first_day.toordinal() if first_day else 0,
            end=end.toordinal() if end else -1,
            window_days=window_days,
            step_days=step_days,
        )
        return TimelineData(lanes, spans, markers, series, first_day, last_day, read.last_review)


class _HasTimeline(Protocol):
    """A journal, as far as `timeline_data` needs one (typed so, to import no `journal`)."""

    @property
    def timeline(self) -> TimelineService: ...


def timeline_data(
    journal: _HasTimeline,
    query: EntryQuery = EntryQuery(),
    *,
    window_days: int = DEFAULT_WINDOW_DAYS,
    step_days: int = DEFAULT_STEP_DAYS,
    today: dt.date | None = None,
) -> TimelineData:
    """`journal.timeline.data(...)`: kept for the timeline view until it calls the service."""
    return journal.timeline.data(query, window_days=window_days, step_days=step_days, today=today)
