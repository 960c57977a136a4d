"""Goal progress facts in the user's language: how the percentage is computed, the pace, what
completes each milestone, the projection and the schedule. The English for the CLI and the
report is `careerjournal.wording.goals`; keep the two in step.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain import GoalStatus
from ...services.goal_progress import Completion, Criterion, GoalProgress
from .. import progress_words
from ..formatting import format_date, kind_label

_PLACE = re.compile(r"%([1-9])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("GoalWording", text)


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2, ... replaced in one pass (a value that contains "%2" stays as typed)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], text)


def _number(value: float) -> str:
    """A weight as the user's locale writes it: "4.5" in English, "4,5" in German."""
    return QLocale().toString(float(value), "g", 6)


def explanation(gp: GoalProgress) -> str:
    """How the percentage is computed, in one line."""
    if not gp.milestones:
        return _tr("No milestones yet: progress is the done share of milestone weight.")
    text = QCoreApplication.translate(
        "GoalWording",
        "Done share of milestone weight: %1 of %2 (%3 of %n milestones done).",
        "",
        len(gp.milestones),
    )
    return fill(text, _number(gp.done_weight), _number(gp.total_weight), str(gp.done_count))


def pace_text(gp: GoalProgress) -> str:
    """The pace and the window it was measured over, in one line."""
    p = gp.pace
    if p.days <= 0:
        if gp.starts_later:
            start = format_date(gp.goal.created_on)
            return fill(_tr("No pace yet: the goal starts on %1."), start)
        return _tr("No pace yet: the goal started today.")
    text = QCoreApplication.translate(
        "GoalWording",
        "%1 of the goal per month over %2 (%n milestones completed).",
        "",
        p.completions,
    )
    window = progress_words.window_words(p.days, since_start=p.since_start)
    return fill(text, f"{p.per_month:+.0%}", window)


def achieved(gp: GoalProgress) -> bool | None:
    """True for an achieved goal, False for a dropped one, None while it is active."""
    if gp.goal.status is GoalStatus.ACTIVE:
        return None
    return gp.goal.status is GoalStatus.ACHIEVED


def projection_reason(gp: GoalProgress) -> str:
    """Why there is no projected date, or how it was made (a closed goal says how it closed)."""
    return progress_words.projection_reason(gp.projection, achieved=achieved(gp))


def schedule_text(gp: GoalProgress) -> str:
    """Ahead of or behind the target date, with the figures (a closed goal: when and how it
    closed), in one line."""
    return progress_words.schedule_text(
        gp.schedule, achieved=bool(achieved(gp)), closed_on=gp.goal.closed_on
    )


def criterion_text(c: Criterion) -> str:
    """What completes a milestone, with where the journal stands, in one line."""
    if c.completion is Completion.BY_HAND:
        return _tr("Ticked by hand.")
    if c.completion is Completion.SKILL_LEVEL:
        now = c.current_name or _tr("not assessed")
        return fill(_tr("%1 at %2 or above (now %3)."), c.skill, c.level_name, now)
    if c.completion is Completion.SKILL_GONE:
        return fill(_tr("A skill that no longer exists at %1 or above."), c.level_name)
    if c.completion is Completion.ENTRY_COUNT and c.entry_kind is not None and c.since:
        text = QCoreApplication.translate(
            "GoalWording", "%1: %n entries since %2 (%3 so far).", "", c.count
        )
        return fill(text, kind_label(c.entry_kind), format_date(c.since), str(c.so_far))
    if c.completion is Completion.CERTIFICATION:
        text = (
            _tr("A certification entry tagged “%1” (found).")
            if c.found
            else _tr("A certification entry tagged “%1” (none yet).")
        )
        return fill(text, c.tag)
    if c.completion is Completion.FRAMEWORK:
        return _framework_text(c)
    if c.completion is Completion.CRITERION_GONE:
        return _tr("A framework criterion that a re-import removed.")
    return fill(_tr("A criterion that cannot be judged: %1"), c.problem)


def _framework_text(c: Criterion) -> str:
    rules = {
        "evidence": _tr("Evidence linked"),
        "consistently": _tr("Assessed “consistently”"),
    }
    rule = rules.get(c.rule, _tr("Evidence linked and assessed “consistently”"))
    shown = {
        "not_yet": _tr("not yet"),
        "sometimes": _tr("sometimes"),
        "consistently": _tr("consistently"),
    }.get(c.shown, _tr("not assessed"))
    entries = QCoreApplication.translate("GoalWording", "%n entries", "", c.evidence_count)
    return fill(_tr("%1 (now %2, %3)."), rule, entries, shown)
