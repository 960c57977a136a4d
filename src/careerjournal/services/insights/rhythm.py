"""The cadence card (how regularly the journal is kept) and the career stage with its guidance.

Facts only: the guidance is a tuple of `Guidance` codes whose figures are on the cards they cite.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import Counter

from ..roles import Promotion
from .facts import DAYS_PER_YEAR, FEEDBACK, RECOGNITION, Facts, add_years
from .records import (
    LEARNING_KINDS,
    CadenceCard,
    CadenceNote,
    FragmentationCard,
    Guidance,
    LatticeCard,
    Stage,
    StageCard,
    StartSource,
)

HEATMAP_DAYS = 365
SHARE_WEEKS = 52
#: Career stage boundaries in years since the career start: early below 5, late above 15.
MID_STAGE_YEARS = 5
LATE_STAGE_YEARS = 15
#: Cadence nudges: feedback sought, and recognition received, within these many days.
FEEDBACK_DUE_DAYS = 90
RECOGNITION_DUE_DAYS = 180


def week_key(ordinal: int, week_start: int) -> int:
    """A number per week, weeks beginning on `week_start` (0 Monday ... 6 Sunday).

    Day 1 of the proleptic calendar (1 Jan 1) was a Monday, so `(ordinal - 1) % 7` is the
    weekday.
    """
    return (ordinal - 1 - week_start) // 7


def streaks(weeks: set[int], current: int) -> tuple[int, int]:
    """(current streak, longest streak) in weeks over a set of week keys.

    The current streak includes the week `current` when it has an entry, else it ends with the
    week before (this week is not over yet).
    """
    longest = run = 0
    last = None
    for w in sorted(weeks):
        run = run + 1 if last is not None and w == last + 1 else 1
        longest = max(longest, run)
        last = w
    week = current if current in weeks else current - 1
    streak = 0
    while week in weeks:
        streak += 1
        week -= 1
    return streak, longest


def _notes(
    has_entries: bool, streak: int, since_feedback: int | None, since_recognition: int | None
) -> tuple[CadenceNote, ...]:
    notes = []
    if since_feedback is None:
        notes.append(CadenceNote.NO_FEEDBACK_YET)
    elif since_feedback > FEEDBACK_DUE_DAYS:
        notes.append(CadenceNote.FEEDBACK_DUE)
    if since_recognition is not None and since_recognition > RECOGNITION_DUE_DAYS:
        notes.append(CadenceNote.RECOGNITION_DUE)
    if not has_entries:
        notes.append(CadenceNote.START_STREAK)
    elif streak == 0:
        notes.append(CadenceNote.STREAK_BROKEN)
    elif not notes:
        notes.append(CadenceNote.KEEP_STREAK)
    return tuple(notes)


def cadence(facts: Facts, found: tuple[Promotion, ...]) -> CadenceCard:
    today = facts.today
    end = today.toordinal()
    ws = facts.week_start
    weeks = {(d - 1 - ws) // 7 for d in facts.days}  # week_key, inlined: 100,000 calls
    current = week_key(end, ws)
    current_streak, longest = streaks(weeks, current)
    last_week = current if current in weeks else current - 1
    active_52 = sum(1 for w in range(last_week - SHARE_WEEKS + 1, last_week + 1) if w in weeks)

    first_heat = end - HEATMAP_DAYS + 1
    per_day = Counter(facts.days[bisect_left(facts.days, first_heat) :])
    heatmap = tuple((dt.date.fromordinal(d), per_day.get(d, 0)) for d in range(first_heat, end + 1))

    feedback = facts.days_of(FEEDBACK)
    last_feedback = dt.date.fromordinal(feedback[-1]) if feedback else None
    recognitions = [dt.date.fromordinal(d) for d in facts.days_of(RECOGNITION)]
    recognitions += [p.day for p in found]
    last_recognition = max(recognitions) if recognitions else None
    since_feedback = None if last_feedback is None else (today - last_feedback).days
    since_recognition = None if last_recognition is None else (today - last_recognition).days
    return CadenceCard(
        week_start=ws,
        weeks_with_entries=len(weeks),
        current_streak=current_streak,
        longest_streak=longest,
        weeks_active_last_52=active_52,
        share_last_52=active_52 / SHARE_WEEKS,
        last_feedback=last_feedback,
        days_since_feedback=since_feedback,
        last_recognition=last_recognition,
        days_since_recognition=since_recognition,
        heatmap=heatmap,
        notes=_notes(bool(facts.days), current_streak, since_feedback, since_recognition),
    )


# -- career stage -------------------------------------------------------------------------------


def stage_for(start: dt.date, today: dt.date) -> Stage:
    """Early before the 5th anniversary of `start`, late after the 15th, mid in between (both
    anniversaries included)."""
    if today < add_years(start, MID_STAGE_YEARS):
        return Stage.EARLY
    if today <= add_years(start, LATE_STAGE_YEARS):
        return Stage.MID
    return Stage.LATE


def _career_start(facts: Facts) -> tuple[dt.date | None, StartSource]:
    start: dt.date | None
    if facts.career_start is not None:
        start, source = facts.career_start, StartSource.PROFILE
    elif facts.roles:
        start, source = facts.roles[0].start, StartSource.FIRST_ROLE
    elif facts.days:
        start, source = dt.date.fromordinal(facts.days[0]), StartSource.FIRST_ENTRY
    else:
        start, source = None, StartSource.UNKNOWN
    if start is not None and start > facts.today:
        return None, StartSource.UNKNOWN
    return start, source


def career_stage(
    facts: Facts,
    fragmentation: FragmentationCard,
    lattice: LatticeCard,
    cadence: CadenceCard,
) -> StageCard:
    today = facts.today
    start, source = _career_start(facts)
    computed = stage_for(start, today) if start is not None else None
    override = Stage(facts.stage_override) if facts.stage_override else None
    stage = override or computed
    years = (today - start).days / DAYS_PER_YEAR if start is not None else None
    window = fragmentation.window_start.toordinal()
    recent = Counter(facts.kinds[bisect_left(facts.days, window) :])
    return StageCard(
        stage=stage,
        computed_stage=computed,
        overridden=override is not None,
        career_start=start,
        career_start_source=source,
        years=years,
        guidance=guidance(stage, fragmentation, lattice, cadence),
        recent_learning=sum(recent[k.value] for k in LEARNING_KINDS),
        recent_network=recent["network"],
    )


def guidance(
    stage: Stage | None,
    fragmentation: FragmentationCard,
    lattice: LatticeCard,
    cadence: CadenceCard,
) -> tuple[Guidance, ...]:
    """3-4 points for the stage, each citing the user's own figures where there are some."""
    if stage is None:
        return (Guidance.SET_START, Guidance.RECORD_WEEKLY, Guidance.ASK_FEEDBACK)
    if stage is Stage.EARLY:
        return (
            Guidance.EARLY_FEEDBACK,
            Guidance.FOUNDATION,
            Guidance.PROMOTION_GOAL,
            Guidance.STREAK,
        )
    if stage is Stage.MID:
        breadth = (
            Guidance.BREADTH if lattice.moves or len(lattice.functions) > 1 else Guidance.NO_BREADTH
        )
        if fragmentation.warning:
            focus = Guidance.WATCH_FRAGMENTATION
        elif cadence.days_since_recognition is not None:
            focus = Guidance.VISIBLE_WORK
        else:
            focus = Guidance.NO_RECOGNITION
        return (Guidance.LEAPS, breadth, focus, Guidance.PROMOTION_GOAL)
    return (Guidance.LATE_MOMENTUM, Guidance.LATE_FEEDBACK, Guidance.NETWORK, Guidance.STREAK)
