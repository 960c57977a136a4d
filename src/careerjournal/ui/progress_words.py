"""Goal progress facts in the user's language: the projection, readiness and schedule of
`services.progress`, worded with tr(). The English for the CLI and the report is
`careerjournal.wording.progress`; keep the two in step.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

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
from .formatting import format_date

if TYPE_CHECKING:
    from ..services.goal_progress import GoalProgress


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProgressWords", text)


def _month(day: dt.date) -> str:
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day), "MMM yyyy")


def window_words(days: int, *, since_start: bool = False) -> str:
    """ "the last 12 months", "the last 45 days", "the 2 months since the goal started"."""
    count, unit = window_span(days)
    if since_start:
        if unit is WindowUnit.YEAR:
            return QCoreApplication.translate(
                "ProgressWords", "the %n years since the goal started", "", count
            )
        if unit is WindowUnit.MONTH:
            return QCoreApplication.translate(
                "ProgressWords", "the %n months since the goal started", "", count
            )
        return QCoreApplication.translate(
            "ProgressWords", "the %n days since the goal started", "", count
        )
    if unit is WindowUnit.YEAR:
        return QCoreApplication.translate("ProgressWords", "the last %n years", "", count)
    if unit is WindowUnit.MONTH:
        if count == 1:
            return _tr("the last month")
        return QCoreApplication.translate("ProgressWords", "the last %n months", "", count)
    if count == 1:
        return _tr("the last day")
    return QCoreApplication.translate("ProgressWords", "the last %n days", "", count)


def _percent(share: float) -> str:
    return f"{share:.0%}"


def projection_reason(p: Projection, *, achieved: bool | None = None) -> str:
    """Why there is no projection, or how it was made, in one line."""
    window = window_words(p.window_days, since_start=p.since_start)
    if p.outlook is Outlook.CLOSED:
        if achieved is None:
            return _tr("Closed: nothing to project.")
        return (
            _tr("Achieved: nothing to project.")
            if achieved
            else _tr("Dropped: nothing to project.")
        )
    basis = p.basis
    if basis is Basis.NO_MILESTONES:
        return _tr("No milestones yet: nothing to project.")
    if basis is Basis.ALL_DONE:
        return _tr("Every milestone is done.")
    if basis is Basis.JUST_STARTED:
        return QCoreApplication.translate(
            "ProgressWords",
            "Too little history: the goal has only just started; a projection needs at least "
            "%n milestones done.",
            "",
            p.min_completions,
        )
    if basis is Basis.LOST_GROUND:
        return (
            _tr(
                "Lost ground in %1: milestones came undone (%2 of the goal); at this pace the "
                "goal is not reached."
            )
            .replace("%1", window)
            .replace("%2", _percent(p.gained))
        )
    if basis is Basis.NO_PROGRESS:
        return _tr("No progress in %1: at this pace the goal is not reached.").replace("%1", window)
    if basis is Basis.TOO_FEW_COMPLETIONS:
        text = QCoreApplication.translate(
            "ProgressWords",
            "Too little history: %n milestones done in %1; a projection needs at least %2.",
            "",
            p.completions,
        )
        return text.replace("%1", window).replace("%2", str(p.min_completions))
    if basis is Basis.TOO_SLOW:
        return _tr("Progress in %1 is too slow to project a date.").replace("%1", window)
    text = _tr(
        "At the pace of %1 (%2 of the goal, %3); the range widens as fewer milestones back the "
        "pace."
    )
    milestones = QCoreApplication.translate("ProgressWords", "%n milestones", "", p.completions)
    return text.replace("%1", window).replace("%2", _percent(p.gained)).replace("%3", milestones)


def readiness_text(p: Projection, *, achieved: bool | None = None) -> str:
    """The projection in words, as precise as it honestly is: months, not days."""
    if p.outlook is Outlook.PROJECTED and p.likely is not None:
        likely = _month(p.likely)
        early = _month(p.earliest) if p.earliest else likely
        if p.latest is None:
            return (
                _tr("Ready from %1 at the earliest, most likely %2; no upper bound.")
                .replace("%1", early)
                .replace("%2", likely)
            )
        late = _month(p.latest)
        if early == late:
            return _tr("Ready around %1.").replace("%1", likely)
        return (
            _tr("Ready between %1 and %2, most likely %3.")
            .replace("%1", early)
            .replace("%2", late)
            .replace("%3", likely)
        )
    if p.outlook is Outlook.DONE and p.likely is not None:
        return _tr("Every milestone done by %1.").replace("%1", format_date(p.likely))
    return projection_reason(p, achieved=achieved)


def schedule_text(s: Schedule, *, achieved: bool = False, closed_on: dt.date | None = None) -> str:
    """Ahead of or behind the target date, with the figures, in one line."""
    standing = s.standing
    done = _percent(s.progress)
    if standing is Standing.DONE:
        return _tr("Done.")
    if standing is Standing.NO_TARGET:
        return _tr("No target date.")
    if standing is Standing.CLOSED:
        if closed_on is None:
            text = _tr("Achieved with %2 done.") if achieved else _tr("Dropped with %2 done.")
        else:
            text = (
                _tr("Achieved on %1 with %2 done.")
                if achieved
                else _tr("Dropped on %1 with %2 done.")
            )
            text = text.replace("%1", format_date(closed_on))
        return text.replace("%2", done)
    if standing is Standing.OVERDUE:
        text = QCoreApplication.translate(
            "ProgressWords", "The target date passed %n days ago with %1 done.", "", s.days or 0
        )
        return text.replace("%1", done)
    if s.by_time:
        if standing is Standing.AHEAD:
            text = _tr("Ahead by time elapsed: %1 done, %2 of the time gone.")
        elif standing is Standing.BEHIND:
            text = _tr("Behind by time elapsed: %1 done, %2 of the time gone.")
        else:
            text = _tr("On track by time elapsed: %1 done, %2 of the time gone.")
        return text.replace("%1", done).replace("%2", _percent(s.expected))
    if standing is Standing.AHEAD:
        return _tr("Ahead: ready before the target date even at the slow end.")
    if standing is Standing.BEHIND:
        return QCoreApplication.translate(
            "ProgressWords",
            "Behind: even at the fast end ready %n days after the target date.",
            "",
            s.days or 0,
        )
    return _tr("On track: the target date is within the projected range.")


def goal_readiness(gp: GoalProgress) -> str:
    """A goal's projection in words, a closed goal's from its status."""
    status = gp.goal.status
    achieved = None if status is GoalStatus.ACTIVE else status is GoalStatus.ACHIEVED
    return readiness_text(gp.projection, achieved=achieved)
