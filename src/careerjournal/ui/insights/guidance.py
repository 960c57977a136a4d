"""The career-stage guidance in the user's language: each `Guidance` point with the figures of
the card it cites, worded with tr(). The English is `careerjournal.wording.insights`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.insights import FEEDBACK_DUE_DAYS, CadenceCard, Guidance, Insights
from ..progress_words import goal_readiness
from .words import _ago, _breadth, fragmentation_advice, leaps_comparison, trend_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightWords", text)


def _feedback(cadence: CadenceCard, early: bool) -> str:
    since = cadence.days_since_feedback
    if since is None:
        text = (
            _tr(
                "You have not recorded any feedback yet: early on, ask for it every month or "
                "two; it is the fastest way to learn."
            )
            if early
            else _tr(
                "You have not recorded any feedback yet: senior people get less feedback "
                "unprompted, so ask for it."
            )
        )
        return text
    if since > FEEDBACK_DUE_DAYS:
        text = (
            _tr(
                "You have not recorded feedback in %1: early on, ask for it every month or two; "
                "it is the fastest way to learn."
            )
            if early
            else _tr(
                "You have not recorded feedback in %1: senior people get less feedback "
                "unprompted, so ask for it."
            )
        )
        return text.replace("%1", QCoreApplication.translate("InsightWords", "%n days", "", since))
    text = (
        _tr(
            "You last recorded feedback %1: early on, ask for it every month or two; it is the "
            "fastest way to learn."
        )
        if early
        else _tr(
            "You last recorded feedback %1: senior people get less feedback unprompted, so ask "
            "for it."
        )
    )
    return text.replace("%1", _ago(since))


def _promotion_goal(insights: Insights) -> str:
    gp = insights.next_promotion
    if gp is None:
        return _tr(
            "Pin a next-promotion goal with milestones, agreed with your manager, to make the "
            "next step concrete."
        )
    text = (
        _tr("Your next-promotion goal “%1” is %2 done.")
        .replace("%2", f"{gp.progress:.0%}")
        .replace("%1", gp.goal.title)
    )
    return f"{text} {goal_readiness(gp)}"


def _simple(point: Guidance) -> str:
    """The points that cite no figure."""
    return {
        Guidance.SET_START: _tr(
            "Set your career start in the profile (or add your first role) to get guidance for "
            "your career stage."
        ),
        Guidance.RECORD_WEEKLY: _tr(
            "Record one small step a week: a skill practised, a project shipped, praise received."
        ),
        Guidance.ASK_FEEDBACK: _tr(
            "Ask for feedback every month or two and record it as a feedback entry."
        ),
        Guidance.NO_BREADTH: _tr(
            "Mid-career, a lateral or diagonal move broadens you as much as a promotion; you "
            "have made none yet."
        ),
        Guidance.NO_RECOGNITION: _tr(
            "No recognition recorded yet: make your work visible to whoever decides "
            "promotions, and record the praise you get."
        ),
    }[point]


def guidance_point(insights: Insights, point: Guidance) -> str:
    """One point of career-stage guidance, with the figures it cites."""
    cadence, stage = insights.cadence, insights.stage
    if point in (Guidance.EARLY_FEEDBACK, Guidance.LATE_FEEDBACK):
        return _feedback(cadence, point is Guidance.EARLY_FEEDBACK)
    if point is Guidance.FOUNDATION:
        return QCoreApplication.translate(
            "InsightWords",
            "Build the foundation: %n entries of skill, certification or learning in the last "
            "12 months.",
            "",
            stage.recent_learning,
        )
    if point is Guidance.PROMOTION_GOAL:
        return _promotion_goal(insights)
    if point is Guidance.STREAK:
        return QCoreApplication.translate(
            "InsightWords",
            "Journal weekly: your current streak is %n weeks (longest %1).",
            "",
            cadence.current_streak,
        ).replace("%1", str(cadence.longest_streak))
    if point is Guidance.LEAPS:
        return leaps_comparison(insights.leaps)
    if point is Guidance.BREADTH:
        return _tr("%1: mid-career, breadth counts.").replace("%1", _breadth(insights.lattice))
    if point is Guidance.WATCH_FRAGMENTATION:
        return _tr("Watch fragmentation: %1").replace(
            "%1", fragmentation_advice(insights.fragmentation)
        )
    if point is Guidance.VISIBLE_WORK:
        return _tr(
            "Your last recognition was %1: make sure your work is visible to whoever decides "
            "promotions."
        ).replace("%1", _ago(cadence.days_since_recognition or 0))
    if point is Guidance.LATE_MOMENTUM:
        return _tr(
            "Late in a career, steady increments matter more than titles: momentum is %1."
        ).replace("%1", trend_text(insights.momentum))
    if point is Guidance.NETWORK:
        return QCoreApplication.translate(
            "InsightWords",
            "Networking: %n entries in the last 12 months; mentoring and sponsoring others is "
            "recognition too.",
            "",
            stage.recent_network,
        )
    return _simple(point)


def guidance(insights: Insights) -> tuple[str, ...]:
    return tuple(guidance_point(insights, point) for point in insights.stage.guidance)
