"""Goal progress maths: weighted milestones over time, pace, a projected ready date with a range.

Pure functions over plain values. A milestone is a `Step`: its weight and the dates on which it
became done or not done (a manual milestone changes once, when ticked; an automatic one may flip
back when, say, the entry that satisfied it is deleted). Progress at a date is the done share of
the total weight.

The projection is deliberately modest. Pace is the progress gained over a recent window; its
uncertainty comes from how few milestone completions that gain rests on (treated as a Poisson
count, relative error 1/sqrt(n)), so two completions give a wide range and ten a narrow one. With
fewer than `MIN_COMPLETIONS` completions in the window, or none at all, there is no projection and
the reason is a code (`Basis`): "too little history" while the goal is younger than the window (or
its pace rests on a single milestone), "stalled" when a whole window passed without progress or with
milestones coming undone.

Facts, not prose: results carry codes and numbers; `ui/progress_words.py` words them with tr() and
`careerjournal.wording.progress` in English for the CLI and the report.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

DEFAULT_WINDOW_DAYS = 365  # career goals move in months: a shorter window is mostly noise
MIN_COMPLETIONS = 2
_EPSILON = 1e-9
_DAYS_PER_MONTH = 365.25 / 12
_HORIZON_DAYS = 365 * 25  # beyond this a projection says nothing useful


@dataclass(frozen=True)
class Step:
    """One milestone's weight and the (date, done) changes of its state, oldest first."""

    weight: float
    changes: tuple[tuple[dt.date, bool], ...] = ()

    def done_at(self, day: dt.date) -> bool:
        done = False
        for when, state in self.changes:
            if when > day:
                break
            done = state
        return done

    def completions_between(self, start: dt.date, end: dt.date) -> int:
        """How many times it became done in (start, end]."""
        return sum(1 for when, state in self.changes if state and start < when <= end)


def manual_step(weight: float, done_on: dt.date | None) -> Step:
    return Step(weight, () if done_on is None else ((done_on, True),))


def step_from_states(weight: float, states: Sequence[tuple[dt.date, bool]]) -> Step:
    """A step from (date, done) observations, keeping only the changes.

    Observations on one day resolve to the last one given for that day.
    """
    by_day: dict[dt.date, bool] = {}
    for when, state in states:
        by_day[when] = state
    changes: list[tuple[dt.date, bool]] = []
    current = False
    for when in sorted(by_day):
        if by_day[when] != current:
            current = by_day[when]
            changes.append((when, current))
    return Step(weight, tuple(changes))


def progress_at(steps: Sequence[Step], day: dt.date) -> float:
    """The done share of the total weight at the end of `day` (0 with no milestones)."""
    total = sum(s.weight for s in steps)
    if total <= 0:
        return 0.0
    return sum(s.weight for s in steps if s.done_at(day)) / total


def progress_series(
    steps: Sequence[Step], start: dt.date, end: dt.date
) -> list[tuple[dt.date, float]]:
    """Progress at `start`, after each change in (start, end], and at `end`: a step curve."""
    days = sorted({when for s in steps for when, _ in s.changes if start < when <= end})
    points = [(start, progress_at(steps, start))]
    for day in days:
        points.append((day, progress_at(steps, day)))
    if points[-1][0] != end and end > start:
        points.append((end, progress_at(steps, end)))
    return points


@dataclass(frozen=True)
class Pace:
    """Progress gained over a recent window, and how many completions it rests on."""

    window_start: dt.date
    window_end: dt.date
    gained: float  # share of the goal, may be negative when milestones un-completed
    completions: int
    since_start: bool = False  # the window was clipped to the goal's start: a young goal

    @property
    def days(self) -> int:
        return (self.window_end - self.window_start).days

    @property
    def per_month(self) -> float:
        """Share of the goal per month (0 for an empty window)."""
        return self.gained / self.days * _DAYS_PER_MONTH if self.days > 0 else 0.0


def pace(
    steps: Sequence[Step],
    today: dt.date,
    *,
    started: dt.date | None = None,
    window_days: int = DEFAULT_WINDOW_DAYS,
) -> Pace:
    """Progress over the last `window_days` (or since the goal `started`, if later)."""
    start = today - dt.timedelta(days=window_days)
    clipped = started is not None and started > start
    if started is not None and clipped:
        start = min(started, today)
    gained = progress_at(steps, today) - progress_at(steps, start)
    completions = sum(s.completions_between(start, today) for s in steps)
    return Pace(start, today, gained, completions, clipped)


class Outlook(StrEnum):
    DONE = "done"  # every milestone done
    PROJECTED = "projected"
    TOO_LITTLE_HISTORY = "too_little_history"
    STALLED = "stalled"
    NO_MILESTONES = "no_milestones"
    CLOSED = "closed"  # achieved or dropped before every milestone was done


class Basis(StrEnum):
    """Why there is no projection, or what the projection rests on (worded in `ui/` and
    `careerjournal.wording.progress`)."""

    NO_MILESTONES = "no_milestones"
    ALL_DONE = "all_done"
    JUST_STARTED = "just_started"  # the goal started today: no window yet
    LOST_GROUND = "lost_ground"  # milestones came undone over the window
    NO_PROGRESS = "no_progress"
    TOO_FEW_COMPLETIONS = "too_few_completions"
    TOO_SLOW = "too_slow"  # a gain, but no date within the horizon
    PACE = "pace"  # projected at the window's pace (or, closed, the goal's status says why)


@dataclass(frozen=True)
class Projection:
    """When the goal is ready, with a range; or, by `basis`, why that cannot be said. The
    numbers behind it (the window, the gain and the completions it rests on) come with it."""

    outlook: Outlook
    likely: dt.date | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None  # None with a projection: no upper bound in sight
    basis: Basis = Basis.PACE
    window_days: int = 0  # the pace's window
    since_start: bool = False  # the window is clipped to the goal's start
    gained: float = 0.0  # share of the goal gained over the window
    completions: int = 0  # milestone completions in the window
    min_completions: int = MIN_COMPLETIONS


def project(
    steps: Sequence[Step],
    today: dt.date,
    the_pace: Pace,
    *,
    min_completions: int = MIN_COMPLETIONS,
) -> Projection:
    """When the goal is ready at this pace, with a range; or why that cannot be said."""
    if not steps or sum(s.weight for s in steps) <= 0:
        return Projection(Outlook.NO_MILESTONES, basis=Basis.NO_MILESTONES)
    now = progress_at(steps, today)
    if now >= 1.0 - _EPSILON:
        # The day the last milestone became done (changes after `today` have not happened yet).
        done_on = max(
            (w for s in steps for w, state in s.changes if state and w <= today), default=today
        )
        return Projection(Outlook.DONE, done_on, done_on, done_on, basis=Basis.ALL_DONE)
    facts = Projection(
        Outlook.TOO_LITTLE_HISTORY,
        window_days=the_pace.days,
        since_start=the_pace.since_start,
        gained=the_pace.gained,
        completions=the_pace.completions,
        min_completions=min_completions,
    )
    if the_pace.days <= 0:
        return replace(facts, basis=Basis.JUST_STARTED)
    if the_pace.gained < -_EPSILON:
        return replace(facts, outlook=Outlook.STALLED, basis=Basis.LOST_GROUND)
    no_gain = the_pace.gained <= _EPSILON
    if no_gain and (not the_pace.since_start or the_pace.completions >= min_completions):
        return replace(facts, outlook=Outlook.STALLED, basis=Basis.NO_PROGRESS)
    if the_pace.completions < min_completions:
        return replace(facts, basis=Basis.TOO_FEW_COMPLETIONS)
    rate = the_pace.gained / the_pace.days  # share per day
    spread = 1 / math.sqrt(the_pace.completions)
    remaining = 1.0 - now

    def after(per_day: float) -> dt.date | None:
        if per_day <= 0:
            return None
        days = remaining / per_day
        return today + dt.timedelta(days=math.ceil(days)) if days < _HORIZON_DAYS else None

    likely = after(rate)
    earliest = after(rate * (1 + spread))
    latest = after(rate * (1 - spread))
    if likely is None:
        return replace(facts, outlook=Outlook.STALLED, basis=Basis.TOO_SLOW)
    return replace(
        facts, outlook=Outlook.PROJECTED, likely=likely, earliest=earliest, latest=latest
    )


class Standing(StrEnum):
    NO_TARGET = "no_target"
    DONE = "done"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    OVERDUE = "overdue"  # the target date has passed and the goal is not done
    CLOSED = "closed"  # achieved or dropped


@dataclass(frozen=True)
class Schedule:
    """Ahead of or behind the target date, and the figures that say so.

    `by_time`: judged by the straight line from 0% at the start to 100% at the target date
    (`progress` done against `expected`, the share of the time gone) because there is no
    projected range; else by the range. A closed goal is worded from its status and closing date.
    """

    standing: Standing
    days: int | None  # how far ahead/behind/overdue, in days, where that is known
    progress: float = 0.0  # the done share at `today`
    expected: float = 0.0  # the share of the time gone (by_time only)
    by_time: bool = False


def schedule(
    progress_now: float,
    projection: Projection,
    *,
    started: dt.date,
    target: dt.date | None,
    today: dt.date,
) -> Schedule:
    """Ahead of or behind the target date: by the projection's range when there is one, else by
    the straight line from 0% at the start to 100% at the target date."""
    if projection.outlook is Outlook.DONE:
        return Schedule(Standing.DONE, None, progress_now)
    if target is None:
        return Schedule(Standing.NO_TARGET, None, progress_now)
    if today > target:
        return Schedule(Standing.OVERDUE, (today - target).days, progress_now)
    if projection.outlook is Outlook.PROJECTED and projection.earliest is not None:
        if projection.latest is not None and projection.latest <= target:
            return Schedule(Standing.AHEAD, (target - projection.latest).days, progress_now)
        if projection.earliest > target:
            return Schedule(Standing.BEHIND, (projection.earliest - target).days, progress_now)
        return Schedule(Standing.ON_TRACK, 0, progress_now)
    total = (target - started).days
    expected = 1.0 if total <= 0 else min(1.0, max(0.0, (today - started).days / total))
    gap = progress_now - expected
    if abs(gap) < 0.05:
        return Schedule(Standing.ON_TRACK, 0, progress_now, expected, by_time=True)
    standing = Standing.AHEAD if gap > 0 else Standing.BEHIND
    return Schedule(standing, None, progress_now, expected, by_time=True)


class WindowUnit(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def window_span(days: int) -> tuple[int, WindowUnit]:
    """A window of `days` as (count, unit): whole months (or years from two) when it is that long
    to within 2%, else days. 365 days is (12, MONTH), 30 is (1, MONTH), 730 is (2, YEAR), 45 is
    (45, DAY)."""
    months = round(days / _DAYS_PER_MONTH)
    if months >= 24 and months % 12 == 0 and abs(days - months * _DAYS_PER_MONTH) <= 0.02 * days:
        return months // 12, WindowUnit.YEAR
    if months >= 1 and abs(days - months * _DAYS_PER_MONTH) <= max(1.0, 0.02 * days):
        return months, WindowUnit.MONTH
    return days, WindowUnit.DAY
