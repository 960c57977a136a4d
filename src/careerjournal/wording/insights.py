"""The insight cards in English, for the CLI and the report: each card's figures set side by side,
its one-line explanation of how they are computed, its advice, and the career-stage guidance.

The GUI words the same facts with tr() in `careerjournal/ui/insights/words.py`; keep the two in
step.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import EntryKind
from ..domain.labels import label
from ..services.insights import (
    FEEDBACK_DUE_DAYS,
    FRAGMENTATION_MIN_ENTRIES,
    Area,
    AreaSource,
    CadenceCard,
    CadenceNote,
    FragmentationAdvice,
    FragmentationCard,
    Guidance,
    Insights,
    LatticeAdvice,
    LatticeCard,
    LeapsAdvice,
    LeapsCard,
    LeapsComparison,
    MomentumCard,
    Recognition,
    RecognitionKind,
    StageCard,
    StartSource,
    Trend,
    TrendBasis,
)
from ..services.insights.facts import DAYS_PER_YEAR
from .progress import day_text, goal_readiness

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NO_PINNED_GOAL = (
    "No goal is pinned as the next promotion: pin one in Goals to follow its progress here."
)
NOT_ENOUGH = " Not enough data yet: "


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{_s(n)}"


def _ago(n: int) -> str:
    return "today" if n == 0 else "yesterday" if n == 1 else f"{n} days ago"


def _days(n: int) -> str:
    return f"{n} day{_s(n)}"


def _years(days: float) -> str:
    years = days / DAYS_PER_YEAR
    return f"{years:.1f} year{'' if f'{years:.1f}' == '1.0' else 's'}"


# -- big leaps ----------------------------------------------------------------------------------

_JUDGEMENTS = {
    LeapsComparison.LONGER: "That is longer than your usual interval.",
    LeapsComparison.WITHIN: "That is well within your usual interval.",
    LeapsComparison.ABOUT: "That is about your usual interval.",
    LeapsComparison.INTERVAL: "",
}


def leaps_comparison(card: LeapsCard) -> str:
    """The last promotion set against the usual interval."""
    since, last = card.days_since_last_promotion, card.last_promotion
    if card.comparison is LeapsComparison.NO_PROMOTIONS or since is None or last is None:
        return "No promotions recorded yet."
    if card.comparison is LeapsComparison.ONE_PROMOTION or card.average_interval_days is None:
        return (
            f"Your last promotion was {_years(since)} ago ({day_text(last)}); with one promotion "
            "there is no average interval yet."
        )
    return (
        f"Your last promotion was {_years(since)} ago; your average interval is "
        f"{_years(card.average_interval_days)}. {_JUDGEMENTS[card.comparison]}"
    ).rstrip()


def leaps_explanation(card: LeapsCard) -> str:
    text = (
        "Promotions are role changes of kind promotion, diagonal moves and new employers to a "
        "higher level rank, and role changes or other days with a promotion entry; "
        "the curve counts micro-progression entries (every kind but promotion and "
        "other) up to the end of each month; the average interval is the mean gap between "
        "consecutive promotions."
    )
    if not card.enough_data:
        text += NOT_ENOUGH + "no promotions or micro-progressions recorded."
    return text


def leaps_advice(card: LeapsCard) -> str:
    n, p = card.micro_total, len(card.promotions)
    return {
        LeapsAdvice.PAST_INTERVAL: "You are past your usual promotion interval: gather your "
        "evidence and ask what the next level needs.",
        LeapsAdvice.RECORD_STEPS: "Record small steps (skills, projects, feedback): they add up "
        "to the next leap.",
        LeapsAdvice.RECORD_PROMOTIONS: f"{n} micro-progressions so far: record promotions as "
        "new roles (move kind promotion) to see the big leaps against them.",
        LeapsAdvice.KEEP_GOING: f"{n} micro-progressions and {_count(p, 'promotion')}: keep the "
        "small steps coming, they are the evidence for the next leap.",
    }[card.advice]


# -- momentum -----------------------------------------------------------------------------------


def trend_text(card: MomentumCard) -> str:
    """ "up: 3-month average 14.3 vs 12-month 9.8 impact points per month"."""
    if card.trend_basis is TrendBasis.NO_RECENT:
        return "none: no micro-progressions in the last 12 months"
    numbers = (
        f"3-month average {card.average_3:.1f} vs 12-month {card.average_12:.1f} impact points "
        "per month"
    )
    if card.history_months is not None:
        numbers += (
            f" (the 12-month one over the {card.history_months:.1f} months since your first entry)"
        )
    if card.trend_basis is TrendBasis.SHORT_HISTORY:
        return f"none: under 3 months of history; {numbers}"
    return f"{card.trend.value}: {numbers}"


def momentum_explanation(card: MomentumCard) -> str:
    text = (
        "Sum of impact (1-5) of micro-progressions per calendar month over the last 24 months "
        "(this month so far); the averages are the impact of the last 3 and 12 months up to "
        "today, per month; the trend is up or down when the 3-month average is 15% above or "
        "below the 12-month one, else steady."
    )
    if card.micro_total == 0:
        text += NOT_ENOUGH + "no micro-progressions recorded."
    return text


def momentum_advice(card: MomentumCard) -> str:
    return {
        Trend.UP: "Momentum is rising: a good time to turn recent wins into evidence for a goal.",
        Trend.DOWN: "Momentum has slowed: one small entry a week keeps it going.",
        Trend.STEADY: "Momentum is steady: keep recording the small steps.",
        Trend.NONE: "Record small steps (a skill practised, a project shipped) to see momentum.",
    }[card.trend]


# -- fragmentation ------------------------------------------------------------------------------


def area_name(area: Area) -> str:
    """A function as it is, a tag as #tag, a kind by its label."""
    if area.source is AreaSource.TAG:
        return f"#{area.name}"
    if area.source is AreaSource.KIND:
        return label(EntryKind(area.name)).lower()
    return area.name


def top_areas(ranked: Sequence[Area], top: int = 3) -> str:
    shown = ", ".join(f"{area_name(a)} {a.count}" for a in ranked[:top])
    rest = len(ranked) - top
    if rest > 0:
        shown += f" and {rest} other{_s(rest)}"
    return shown


def recognition_text(r: Recognition) -> str:
    if r.kind is RecognitionKind.PROMOTION:
        return f"promotion: {r.title}"
    return "review" if r.kind is RecognitionKind.REVIEW else "recognition entry"


def fragmentation_explanation(card: FragmentationCard) -> str:
    text = (
        f"Each micro-progression since {day_text(card.window_start)} is placed in an area: its "
        "role's function if set, else its first tag (alphabetically, shown as #tag), else its "
        "kind; the spread is the normalised Shannon entropy over the areas (0: all in one area, "
        "1: evenly spread); it warns at 0.75 or more over 8 or more entries with no promotion, "
        "review or recognition entry in the same months."
    )
    if card.entries == 0:
        text += NOT_ENOUGH + "no micro-progressions in the last 12 months."
    return text


def fragmentation_advice(card: FragmentationCard) -> str:
    n, ranked, spread = card.entries, card.areas, f"{card.entropy:.2f}"
    evidence = top_areas(ranked)
    advice = card.advice
    if advice is FragmentationAdvice.WARNING:
        return (
            f"Your last 12 months' {n} micro-progressions are spread over {len(ranked)} "
            f"areas (spread {spread}): {evidence}; none of it was formally recognised. "
            "Ask for a review or recognition of the whole, or choose the area to grow in."
        )
    if advice is FragmentationAdvice.EMPTY:
        return "Record small steps to see where your work goes."
    if advice is FragmentationAdvice.TOO_FEW:
        return (
            f"{n} micro-progression{_s(n)} in the last 12 months ({evidence}): too "
            f"few to judge fragmentation ({FRAGMENTATION_MIN_ENTRIES} needed)."
        )
    if advice is FragmentationAdvice.RECOGNISED:
        last = card.recognition[-1]
        return (
            f"Spread over {len(ranked)} areas (spread {spread}): {evidence}; but recognised "
            f"({recognition_text(last)} on {day_text(last.day)})."
        )
    top = ranked[0]
    return (
        f"Focused (spread {spread}): {top.count} of {n} micro-progressions in {area_name(top)}"
        + (f"; {evidence}." if len(ranked) > 1 else ".")
    )


# -- the lattice --------------------------------------------------------------------------------


def lattice_explanation(card: LatticeCard) -> str:
    text = (
        "Your roles by how each began: lateral moves (another function or team at the same "
        "level) and diagonal moves (another function and level) are listed; promotions are the "
        "role changes that count as one (a diagonal move to a higher level is both); the "
        "functions are your roles' distinct functions in the order you first held them."
    )
    if card.role_count == 0:
        text += NOT_ENOUGH + "no roles recorded."
    return text


def _breadth(card: LatticeCard) -> str:
    return (
        f"You have worked in {_count(len(card.functions), 'function')} with "
        f"{_count(card.lateral_count, 'lateral move')} and "
        f"{_count(card.diagonal_count, 'diagonal move')}"
    )


def lattice_advice(card: LatticeCard) -> str:
    if card.advice is LatticeAdvice.NO_ROLES:
        return "Add your roles (title, function, level, how each began) to see your lattice."
    if card.advice is LatticeAdvice.NO_MOVES:
        return (
            "Every move so far was a promotion or a new employer: a lateral or diagonal move is "
            "another way to grow."
        )
    return f"{_breadth(card)}: name that breadth in your next review."


# -- cadence ------------------------------------------------------------------------------------


def cadence_explanation(card: CadenceCard) -> str:
    text = (
        f"Weeks begin on {WEEKDAYS[card.week_start]} (your setting); a week counts when it has "
        "at least one entry; the current streak includes this week if it has an entry, else it "
        "ends last week, and the share covers the 52 weeks up to that week; feedback is the last "
        "feedback entry, recognition the last recognition entry or promotion; the heatmap counts "
        "entries per day over the last 365 days."
    )
    if card.weeks_with_entries == 0:
        text += NOT_ENOUGH + "no entries recorded."
    return text


def cadence_note(card: CadenceCard, note: CadenceNote) -> str:
    if note is CadenceNote.NO_FEEDBACK_YET:
        return "You have not recorded any feedback yet: ask someone for one thing to improve."
    if note is CadenceNote.FEEDBACK_DUE:
        since = _days(card.days_since_feedback or 0)
        return f"You have not recorded feedback in {since}: ask for some this week."
    if note is CadenceNote.RECOGNITION_DUE:
        ago = _ago(card.days_since_recognition or 0)
        return f"Your last recognition was {ago}: make recent wins visible."
    if note is CadenceNote.START_STREAK:
        return "Add an entry a week to build a streak."
    if note is CadenceNote.STREAK_BROKEN:
        return "No entry this week or last: one small step now starts a new streak."
    return (
        f"A {card.current_streak}-week streak (longest {card.longest_streak}): keep the weekly "
        "habit going."
    )


def cadence_advice(card: CadenceCard) -> str:
    return " ".join(cadence_note(card, note) for note in card.notes)


# -- career stage -------------------------------------------------------------------------------

_FROM = {
    StartSource.PROFILE: "your profile's career start",
    StartSource.FIRST_ROLE: "your first role's start",
    StartSource.FIRST_ENTRY: "your first entry",
}


def stage_explanation(card: StageCard) -> str:
    text = (
        "The stage is the years since your career start: early under 5 years, mid from 5 to 15, "
        "late over 15."
    )
    if card.career_start is not None and card.years is not None:
        where = _FROM.get(card.career_start_source, "your first entry")
        text += f" From {where}, {day_text(card.career_start)}: {card.years:.1f} years."
    else:
        text += (
            " Not enough data yet: set your career start in the profile, or add a role or entry."
        )
    if card.overridden and card.stage is not None:
        computed = card.computed_stage
        text += f" Set to {card.stage.value} in your profile" + (
            f" (computed: {computed.value})." if computed else "."
        )
    return text


def _feedback(cadence: CadenceCard) -> str:
    since = cadence.days_since_feedback
    if since is None:
        return "You have not recorded any feedback yet"
    if since > FEEDBACK_DUE_DAYS:
        return f"You have not recorded feedback in {_days(since)}"
    return f"You last recorded feedback {_ago(since)}"


def _promotion_goal(insights: Insights) -> str:
    gp = insights.next_promotion
    if gp is None:
        return (
            "Pin a next-promotion goal with milestones, agreed with your manager, to make the "
            "next step concrete."
        )
    return (
        f"Your next-promotion goal “{gp.goal.title}” is {gp.progress:.0%} done. "
        f"{next_promotion_text(insights)}"
    )


def guidance_point(insights: Insights, point: Guidance) -> str:
    """One point of career-stage guidance, with the figures it cites."""
    cadence, stage = insights.cadence, insights.stage
    streak = (
        f"Journal weekly: your current streak is {_count(cadence.current_streak, 'week')} "
        f"(longest {cadence.longest_streak})."
    )
    if point is Guidance.SET_START:
        return (
            "Set your career start in the profile (or add your first role) to get guidance for "
            "your career stage."
        )
    if point is Guidance.RECORD_WEEKLY:
        return (
            "Record one small step a week: a skill practised, a project shipped, praise received."
        )
    if point is Guidance.ASK_FEEDBACK:
        return "Ask for feedback every month or two and record it as a feedback entry."
    if point is Guidance.EARLY_FEEDBACK:
        return (
            f"{_feedback(cadence)}: early on, ask for it every month or two; it is the fastest "
            "way to learn."
        )
    if point is Guidance.FOUNDATION:
        n = stage.recent_learning
        return (
            f"Build the foundation: {n} entr{'y' if n == 1 else 'ies'} of skill, certification "
            "or learning in the last 12 months."
        )
    if point is Guidance.PROMOTION_GOAL:
        return _promotion_goal(insights)
    if point is Guidance.STREAK:
        return streak
    if point is Guidance.LEAPS:
        return leaps_comparison(insights.leaps)
    if point is Guidance.BREADTH:
        return f"{_breadth(insights.lattice)}: mid-career, breadth counts."
    if point is Guidance.NO_BREADTH:
        return (
            "Mid-career, a lateral or diagonal move broadens you as much as a promotion; you "
            "have made none yet."
        )
    if point is Guidance.WATCH_FRAGMENTATION:
        return f"Watch fragmentation: {fragmentation_advice(insights.fragmentation)}"
    if point is Guidance.VISIBLE_WORK:
        return (
            f"Your last recognition was {_ago(cadence.days_since_recognition or 0)}: make "
            "sure your work is visible to whoever decides promotions."
        )
    if point is Guidance.NO_RECOGNITION:
        return (
            "No recognition recorded yet: make your work visible to whoever decides "
            "promotions, and record the praise you get."
        )
    if point is Guidance.LATE_MOMENTUM:
        return (
            "Late in a career, steady increments matter more than titles: momentum is "
            f"{trend_text(insights.momentum)}."
        )
    if point is Guidance.LATE_FEEDBACK:
        return f"{_feedback(cadence)}: senior people get less feedback unprompted, so ask for it."
    n = stage.recent_network
    return (
        f"Networking: {n} entr{'y' if n == 1 else 'ies'} in the last 12 months; "
        "mentoring and sponsoring others is recognition too."
    )


def guidance(insights: Insights) -> tuple[str, ...]:
    return tuple(guidance_point(insights, point) for point in insights.stage.guidance)


def next_promotion_text(insights: Insights) -> str:
    """The pinned goal's projected ready date in words, or how to pin one."""
    gp = insights.next_promotion
    return NO_PINNED_GOAL if gp is None else goal_readiness(gp)
