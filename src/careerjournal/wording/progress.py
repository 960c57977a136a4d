"""Goal progress facts in English: why there is no projection, the readiness, the schedule, the
window a pace was measured over. The GUI words the same facts with tr() in
`careerjournal/ui/progress_words.py`; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..domain import GoalStatus
from ..services.progress import (
    Basis,
    Outlook,
    Projection,
    Schedule,
    Standing,
    WindowUnit,
    window_span,
)

if TYPE_CHECKING:
    from ..services.goal_progress import GoalProgress


def day_text(day: dt.date) -> str:
    """A date as the summary and the insights write it: 3 Mar 2026."""
    return f"{day.day} {day:%b %Y}"


def days_text(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def milestones_text(n: int) -> str:
    return f"{n} milestone" if n == 1 else f"{n} milestones"


def window_words(days: int, *, since_start: bool = False) -> str:
    """A window of `days` in words: "the last 12 months" (365 days), "the last month" (30),
    "the last 2 years" (730), "the last 45 days"; with `since_start`, "the 2 months since the goal
    started", "the 1 day since the goal started"."""
    count, unit = window_span(days)
    word = {WindowUnit.DAY: "day", WindowUnit.MONTH: "month", WindowUnit.YEAR: "year"}[unit]
    span = f"{count} {word}" + ("" if count == 1 else "s")
    if since_start:
        return f"the {span} since the goal started"
    return f"the last {word}" if count == 1 else f"the last {span}"


def projection_reason(p: Projection, *, achieved: bool | None = None) -> str:
    """Why there is no projection, or how it was made, in one line. A closed goal's projection
    (`Outlook.CLOSED`) is worded from its status: `achieved` True, False (dropped) or None."""
    window = window_words(p.window_days, since_start=p.since_start)
    basis = p.basis
    if p.outlook is Outlook.CLOSED:
        word = "Closed" if achieved is None else "Achieved" if achieved else "Dropped"
        return f"{word}: nothing to project."
    if basis is Basis.NO_MILESTONES:
        return "No milestones yet: nothing to project."
    if basis is Basis.ALL_DONE:
        return "Every milestone is done."
    if basis is Basis.JUST_STARTED:
        return (
            "Too little history: the goal has only just started; a projection needs "
            f"at least {milestones_text(p.min_completions)} done."
        )
    if basis is Basis.LOST_GROUND:
        return (
            f"Lost ground in {window}: milestones came undone ({p.gained:.0%} of the "
            "goal); at this pace the goal is not reached."
        )
    if basis is Basis.NO_PROGRESS:
        return f"No progress in {window}: at this pace the goal is not reached."
    if basis is Basis.TOO_FEW_COMPLETIONS:
        done = "no milestone" if p.completions == 0 else milestones_text(p.completions)
        return (
            f"Too little history: {done} done in {window}; "
            f"a projection needs at least {p.min_completions}."
        )
    if basis is Basis.TOO_SLOW:
        return f"Progress in {window} is too slow to project a date."
    return (
        f"At the pace of {window} ({p.gained:.0%} of the goal, "
        f"{milestones_text(p.completions)}); the range widens as fewer milestones back the pace."
    )


def readiness_text(p: Projection, *, achieved: bool | None = None) -> str:
    """The projection in words, as precise as it honestly is: months, not days."""
    if p.outlook is Outlook.PROJECTED and p.likely is not None:
        likely = f"{p.likely:%b %Y}"
        early = f"{p.earliest:%b %Y}" if p.earliest else likely
        if p.latest is None:
            return f"Ready from {early} at the earliest, most likely {likely}; no upper bound."
        late = f"{p.latest:%b %Y}"
        if early == late:
            return f"Ready around {likely}."
        return f"Ready between {early} and {late}, most likely {likely}."
    if p.outlook is Outlook.DONE and p.likely is not None:
        return f"Every milestone done by {day_text(p.likely)}."
    return projection_reason(p, achieved=achieved)


def schedule_text(s: Schedule, *, achieved: bool = False, closed_on: dt.date | None = None) -> str:
    """Ahead of or behind the target date, with the figures, in one line. A closed goal's
    (`Standing.CLOSED`) words come from its status (`achieved`) and closing date."""
    standing = s.standing
    if standing is Standing.DONE:
        return "Done."
    if standing is Standing.NO_TARGET:
        return "No target date."
    if standing is Standing.CLOSED:
        word = "Achieved" if achieved else "Dropped"
        closed = f" on {day_text(closed_on)}" if closed_on is not None else ""
        return f"{word}{closed} with {s.progress:.0%} done."
    if standing is Standing.OVERDUE:
        return f"The target date passed {days_text(s.days or 0)} ago with {s.progress:.0%} done."
    if s.by_time:
        word = {Standing.AHEAD: "Ahead", Standing.BEHIND: "Behind"}.get(standing, "On track")
        return f"{word} by time elapsed: {s.progress:.0%} done, {s.expected:.0%} of the time gone."
    if standing is Standing.AHEAD:
        return "Ahead: ready before the target date even at the slow end."
    if standing is Standing.BEHIND:
        return f"Behind: even at the fast end ready {days_text(s.days or 0)} after the target date."
    return "On track: the target date is within the projected range."


def goal_progress_explanation(
    done_weight: float, total_weight: float, done_count: int, count: int
) -> str:
    """How a goal's percentage is computed, in one line."""
    if count == 0:
        return "No milestones yet: progress is the done share of milestone weight."
    return (
        f"Done share of milestone weight: {done_weight:g} of {total_weight:g} "
        f"({done_count} of {count} milestones)."
    )


def goal_achieved(gp: GoalProgress) -> bool | None:
    """True for an achieved goal, False for a dropped one, None while it is active."""
    status = gp.goal.status
    return None if status is GoalStatus.ACTIVE else status is GoalStatus.ACHIEVED


def goal_readiness(gp: GoalProgress) -> str:
    """A goal's projection in words, a closed goal's from its status."""
    return readiness_text(gp.projection, achieved=goal_achieved(gp))
