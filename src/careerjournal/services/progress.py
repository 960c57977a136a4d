"""Goal progress maths: weighted milestones over time, pace, a projected ready date with a range.

Pure functions over plain values. A milestone is a `Step`: its weight and the dates on which it
became done or not done (a manual milestone changes once, when ticked; an automatic one may flip
back when, say, the entry that satisfied it is deleted). Progress at a date is the done share of
the total weight.

The projection is deliberately modest. Pace is the progress gained over a recent window; its
uncertainty comes from how few milestone completions that gain rests on (treated as a Poisson
count, relative error 1/sqrt(n)), so two completions give a wide range and ten a narrow one. With
fewer than `MIN_COMPLETIONS` completions in the window, or none at all, there is no projection and
the reason is said in words: "too little history" while the goal is younger than the window (or
its pace rests on a single milestone), "stalled" when a whole window passed without progress or with
milestones coming undone.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Projection:
    outlook: Outlook
    likely: dt.date | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None  # None with a projection: no upper bound in sight
    reason: str = ""  # why there is no projection, or how it was made


def project(
    steps: Sequence[Step],
    today: dt.date,
    the_pace: Pace,
    *,
    min_completions: int = MIN_COMPLETIONS,
) -> Projection:
    """When the goal is ready at this pace, with a range; or why that cannot be said."""
    if not steps or sum(s.weight for s in steps) <= 0:
        return Projection(Outlook.NO_MILESTONES, reason="No milestones yet: nothing to project.")
    now = progress_at(steps, today)
    if now >= 1.0 - _EPSILON:
        # The day the last milestone became done (changes after `today` have not happened yet).
        done_on = max(
            (w for s in steps for w, state in s.changes if state and w <= today), default=today
        )
        return Projection(Outlook.DONE, done_on, done_on, done_on, "Every milestone is done.")
    if the_pace.days <= 0:
        return Projection(
            Outlook.TOO_LITTLE_HISTORY,
            reason="Too little history: the goal has only just started; a projection needs "
            f"at least {_milestones(min_completions)} done.",
        )
    window = window_words(the_pace.days, since_start=the_pace.since_start)
    if the_pace.gained < -_EPSILON:
        return Projection(
            Outlook.STALLED,
            reason=(
                f"Lost ground in {window}: milestones came undone ({the_pace.gained:.0%} of the "
                "goal); at this pace the goal is not reached."
            ),
        )
    no_gain = the_pace.gained <= _EPSILON
    if no_gain and (not the_pace.since_start or the_pace.completions >= min_completions):
        return Projection(
            Outlook.STALLED,
            reason=f"No progress in {window}: at this pace the goal is not reached.",
        )
    if the_pace.completions < min_completions:
        done = "no milestone" if the_pace.completions == 0 else _milestones(the_pace.completions)
        return Projection(
            Outlook.TOO_LITTLE_HISTORY,
            reason=(
                f"Too little history: {done} done in {window}; "
                f"a projection needs at least {min_completions}."
            ),
        )
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
        return Projection(
            Outlook.STALLED, reason=f"Progress in {window} is too slow to project a date."
        )
    return Projection(
        Outlook.PROJECTED,
        likely,
        earliest,
        latest,
        (
            f"At the pace of {window} ({the_pace.gained:.0%} of the goal, "
            f"{_milestones(the_pace.completions)}); the range widens as fewer milestones "
            "back the pace."
        ),
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
    standing: Standing
    days: int | None  # how far ahead/behind/overdue, in days, where that is known
    text: str


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
        return Schedule(Standing.DONE, None, "Done.")
    if target is None:
        return Schedule(Standing.NO_TARGET, None, "No target date.")
    if today > target:
        late = (today - target).days
        return Schedule(
            Standing.OVERDUE,
            late,
            f"The target date passed {_days(late)} ago with {progress_now:.0%} done.",
        )
    if projection.outlook is Outlook.PROJECTED and projection.earliest is not None:
        if projection.latest is not None and projection.latest <= target:
            days = (target - projection.latest).days
            return Schedule(
                Standing.AHEAD, days, "Ahead: ready before the target date even at the slow end."
            )
        if projection.earliest > target:
            days = (projection.earliest - target).days
            return Schedule(
                Standing.BEHIND,
                days,
                f"Behind: even at the fast end ready {_days(days)} after the target date.",
            )
        return Schedule(
            Standing.ON_TRACK, 0, "On track: the target date is within the projected range."
        )
    total = (target - started).days
    expected = 1.0 if total <= 0 else min(1.0, max(0.0, (today - started).days / total))
    gap = progress_now - expected
    if abs(gap) < 0.05:
        return Schedule(
            Standing.ON_TRACK,
            0,
            f"On track by time elapsed: {progress_now:.0%} done, {expected:.0%} of the time gone.",
        )
    standing = Standing.AHEAD if gap > 0 else Standing.BEHIND
    word = "Ahead" if gap > 0 else "Behind"
    return Schedule(
        standing,
        None,
        f"{word} by time elapsed: {progress_now:.0%} done, {expected:.0%} of the time gone.",
    )


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _milestones(n: int) -> str:
    return f"{n} milestone" if n == 1 else f"{n} milestones"


def window_words(days: int, *, since_start: bool = False) -> str:
    """A window of `days` in words: whole months (or years from two) when it is that long to
    within 2%, else days.

    "the last 12 months" (365 days), "the last month" (30), "the last 2 years" (730), "the last
    45 days"; with `since_start`, "the 2 months since the goal started", "the 1 day since the goal
    started".
    """
    months = round(days / _DAYS_PER_MONTH)
    if months >= 24 and months % 12 == 0 and abs(days - months * _DAYS_PER_MONTH) <= 0.02 * days:
        count, unit = months // 12, "year"
    elif months >= 1 and abs(days - months * _DAYS_PER_MONTH) <= max(1.0, 0.02 * days):
        count, unit = months, "month"
    else:
        count, unit = days, "day"
    span = f"{count} {unit}" + ("" if count == 1 else "s")
    if since_start:
        return f"the {span} since the goal started"
    return f"the last {unit}" if count == 1 else f"the last {span}"
