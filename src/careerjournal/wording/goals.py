"""Goal progress facts in English, for the CLI and the report: how the percentage is computed,
the pace, what completes each milestone, and (from `wording.progress`) the projection and the
schedule. The GUI words the same facts with tr() in `careerjournal/ui/goals/wording.py`; keep
the two in step.
"""

from __future__ import annotations

from ..domain import GoalStatus
from ..services.goal_progress import Completion, Criterion, GoalProgress
from .progress import (
    day_text,
    goal_progress_explanation,
    milestones_text,
    projection_reason,
    window_words,
)
from .progress import schedule_text as progress_schedule_text


def explanation(gp: GoalProgress) -> str:
    """How the percentage is computed, in one line: "Done share of milestone weight: 2 of 4
    (2 of 4 milestones)."."""
    return goal_progress_explanation(
        gp.done_weight, gp.total_weight, gp.done_count, len(gp.milestones)
    )


def pace_text(gp: GoalProgress) -> str:
    """The pace and the window it was measured over, in one line."""
    p = gp.pace
    if p.days <= 0:
        if gp.starts_later:
            return f"No pace yet: the goal starts on {day_text(gp.goal.created_on)}."
        return "No pace yet: the goal started today."
    completed = milestones_text(p.completions)
    window = window_words(p.days, since_start=p.since_start)
    return f"{p.per_month:+.0%} of the goal per month over {window} ({completed} completed)."


def achieved(gp: GoalProgress) -> bool | None:
    """True for an achieved goal, False for a dropped one, None while it is active."""
    if gp.goal.status is GoalStatus.ACTIVE:
        return None
    return gp.goal.status is GoalStatus.ACHIEVED


def projection_text(gp: GoalProgress) -> str:
    """Why there is no projected date, or how it was made (a closed goal says how it closed)."""
    return projection_reason(gp.projection, achieved=achieved(gp))


def schedule_text(gp: GoalProgress) -> str:
    """Ahead of or behind the target date, with the figures (a closed goal: when and how it
    closed), in one line."""
    return progress_schedule_text(
        gp.schedule, achieved=bool(achieved(gp)), closed_on=gp.goal.closed_on
    )


def criterion_text(c: Criterion) -> str:
    """What completes a milestone, with where the journal stands, in one line."""
    if c.completion is Completion.BY_HAND:
        return "Ticked by hand."
    if c.completion is Completion.SKILL_LEVEL:
        now = c.current_name or "not assessed"
        return f"{c.skill} at {c.level_name} or above (now {now})."
    if c.completion is Completion.SKILL_GONE:
        return f"A skill that no longer exists at {c.level_name} or above."
    if c.completion is Completion.ENTRY_COUNT and c.entry_kind is not None and c.since:
        kind = c.entry_kind.value
        noun = f"{kind} entry" if c.count == 1 else f"{kind} entries"
        return f"{c.count} {noun} since {day_text(c.since)} ({c.so_far} so far)."
    if c.completion is Completion.CERTIFICATION:
        state = "found" if c.found else "none yet"
        return f"A certification entry tagged “{c.tag}” ({state})."
    if c.completion is Completion.FRAMEWORK:
        return _framework_text(c)
    if c.completion is Completion.CRITERION_GONE:
        return "A framework criterion that a re-import removed."
    return f"A criterion that cannot be judged: {c.problem}"


_RULES = {
    "both": "Evidence linked and assessed “consistently”",
    "evidence": "Evidence linked",
    "consistently": "Assessed “consistently”",
}
_SHOWN = {"not_yet": "not yet", "sometimes": "sometimes", "consistently": "consistently"}


def _framework_text(c: Criterion) -> str:
    entries = "1 entry" if c.evidence_count == 1 else f"{c.evidence_count} entries"
    shown = _SHOWN.get(c.shown, "not assessed")
    return f"{_RULES.get(c.rule, _RULES['both'])} (now {entries}, {shown})."
