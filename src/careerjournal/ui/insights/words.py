"""The insight cards' facts in the user's language: comparisons, explanations (how each number is
computed), advice and career-stage guidance, worded with tr(). Also the quiet-week nudge, which
the cadence card and the journaling reminder share (context "QuietWeek").

The English for the CLI and the report is `careerjournal.wording.insights`; keep the two in step.
Numbers and dates follow the user's locale.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain import EntryKind
from ...reminders import Evidence, QuietWeekNudge
from ...services.insights import (
    DAYS_PER_YEAR,
    FRAGMENTATION_MIN_ENTRIES,
    Area,
    AreaSource,
    CadenceCard,
    CadenceNote,
    FragmentationAdvice,
    FragmentationCard,
    LatticeAdvice,
    LatticeCard,
    LeapsAdvice,
    LeapsCard,
    LeapsComparison,
    MomentumCard,
    Recognition,
    RecognitionKind,
    Stage,
    StageCard,
    StartSource,
    Trend,
    TrendBasis,
)
from ..formatting import enum_label, format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightWords", text)


def num(value: float, decimals: int = 1) -> str:
    """A number in the user's locale: 3.5, 3,5."""
    return QLocale().toString(float(value), "f", decimals)


def _years(days: float) -> str:
    return _tr("%1 years").replace("%1", num(days / DAYS_PER_YEAR))


def _ago(n: int) -> str:
    if n == 0:
        return _tr("today")
    if n == 1:
        return _tr("yesterday")
    return QCoreApplication.translate("InsightWords", "%n days ago", "", n)


def _not_enough(text: str, why: str) -> str:
    return text + " " + _tr("Not enough data yet: %1").replace("%1", why)


# -- big leaps ----------------------------------------------------------------------------------


def leaps_comparison(card: LeapsCard) -> str:
    since, last = card.days_since_last_promotion, card.last_promotion
    if card.comparison is LeapsComparison.NO_PROMOTIONS or since is None or last is None:
        return _tr("No promotions recorded yet.")
    if card.comparison is LeapsComparison.ONE_PROMOTION or card.average_interval_days is None:
        return (
            _tr(
                "Your last promotion was %1 ago (%2); with one promotion there is no average "
                "interval yet."
            )
            .replace("%1", _years(since))
            .replace("%2", format_date(last))
        )
    text = (
        _tr("Your last promotion was %1 ago; your average interval is %2.")
        .replace("%1", _years(since))
        .replace("%2", _years(card.average_interval_days))
    )
    judgement = {
        LeapsComparison.LONGER: _tr("That is longer than your usual interval."),
        LeapsComparison.WITHIN: _tr("That is well within your usual interval."),
        LeapsComparison.ABOUT: _tr("That is about your usual interval."),
    }.get(card.comparison, "")
    return f"{text} {judgement}".rstrip()


def leaps_explanation(card: LeapsCard) -> str:
    text = _tr(
        "Promotions are role changes of kind promotion, diagonal moves and new employers to a "
        "higher level rank, and role changes or other days with a promotion entry; the curve "
        "counts micro-progression entries (every kind but promotion and other) up to the end of "
        "each month; the average interval is the mean gap between consecutive promotions."
    )
    if not card.enough_data:
        return _not_enough(text, _tr("no promotions or micro-progressions recorded."))
    return text


def leaps_advice(card: LeapsCard) -> str:
    if card.advice is LeapsAdvice.PAST_INTERVAL:
        return _tr(
            "You are past your usual promotion interval: gather your evidence and ask what the "
            "next level needs."
        )
    if card.advice is LeapsAdvice.RECORD_STEPS:
        return _tr("Record small steps (skills, projects, feedback): they add up to the next leap.")
    if card.advice is LeapsAdvice.RECORD_PROMOTIONS:
        return QCoreApplication.translate(
            "InsightWords",
            "%n micro-progressions so far: record promotions as new roles (move kind promotion) "
            "to see the big leaps against them.",
            "",
            card.micro_total,
        )
    promotions = QCoreApplication.translate(
        "InsightWords", "%n promotions", "", len(card.promotions)
    )
    return QCoreApplication.translate(
        "InsightWords",
        "%n micro-progressions and %1: keep the small steps coming, they are the evidence for "
        "the next leap.",
        "",
        card.micro_total,
    ).replace("%1", promotions)


# -- momentum -----------------------------------------------------------------------------------


def trend_word(trend: Trend) -> str:
    if trend is Trend.UP:
        return _tr("↗ Rising")
    if trend is Trend.DOWN:
        return _tr("↘ Falling")
    if trend is Trend.STEADY:
        return _tr("→ Steady")
    return "—"


def trend_text(card: MomentumCard) -> str:
    if card.trend_basis is TrendBasis.NO_RECENT:
        return _tr("none: no micro-progressions in the last 12 months")
    numbers = (
        _tr("3-month average %1 vs 12-month %2 impact points per month")
        .replace("%1", num(card.average_3))
        .replace("%2", num(card.average_12))
    )
    if card.history_months is not None:
        numbers += " " + _tr(
            "(the 12-month one over the %1 months since your first entry)"
        ).replace("%1", num(card.history_months))
    if card.trend_basis is TrendBasis.SHORT_HISTORY:
        return _tr("none: under 3 months of history; %1").replace("%1", numbers)
    word = {Trend.UP: _tr("up"), Trend.DOWN: _tr("down")}.get(card.trend, _tr("steady"))
    return f"{word}: {numbers}"


def momentum_explanation(card: MomentumCard) -> str:
    text = _tr(
        "Sum of impact (1-5) of micro-progressions per calendar month over the last 24 months "
        "(this month so far); the averages are the impact of the last 3 and 12 months up to "
        "today, per month; the trend is up or down when the 3-month average is 15% above or "
        "below the 12-month one, else steady."
    )
    if card.micro_total == 0:
        return _not_enough(text, _tr("no micro-progressions recorded."))
    return text


def momentum_advice(card: MomentumCard) -> str:
    if card.trend is Trend.UP:
        return _tr("Momentum is rising: a good time to turn recent wins into evidence for a goal.")
    if card.trend is Trend.DOWN:
        return _tr("Momentum has slowed: one small entry a week keeps it going.")
    if card.trend is Trend.STEADY:
        return _tr("Momentum is steady: keep recording the small steps.")
    return _tr("Record small steps (a skill practised, a project shipped) to see momentum.")


# -- fragmentation ------------------------------------------------------------------------------


def area_name(area: Area) -> str:
    """A function as typed, a tag as #tag, a kind by its translated name."""
    if area.source is AreaSource.TAG:
        return f"#{area.name}"
    if area.source is AreaSource.KIND:
        return enum_label(EntryKind(area.name))
    return area.name


def top_areas(ranked: Sequence[Area], top: int = 3) -> str:
    shown = ", ".join(f"{area_name(a)} {a.count}" for a in ranked[:top])
    rest = len(ranked) - top
    if rest > 0:
        shown += " " + QCoreApplication.translate("InsightWords", "and %n others", "", rest)
    return shown


def recognition_text(r: Recognition) -> str:
    if r.kind is RecognitionKind.PROMOTION:
        return _tr("promotion: %1").replace("%1", r.title)
    if r.kind is RecognitionKind.REVIEW:
        return _tr("review")
    return _tr("recognition entry")


def fragmentation_explanation(card: FragmentationCard) -> str:
    text = _tr(
        "Each micro-progression since %1 is placed in an area: its role's function if set, else "
        "its first tag (alphabetically, shown as #tag), else its kind; the spread is the "
        "normalised Shannon entropy over the areas (0: all in one area, 1: evenly spread); it "
        "warns at 0.75 or more over 8 or more entries with no promotion, review or recognition "
        "entry in the same months."
    ).replace("%1", format_date(card.window_start))
    if card.entries == 0:
        return _not_enough(text, _tr("no micro-progressions in the last 12 months."))
    return text


def fragmentation_advice(card: FragmentationCard) -> str:
    n, ranked, spread = card.entries, card.areas, num(card.entropy, 2)
    evidence = top_areas(ranked)
    advice = card.advice
    if advice is FragmentationAdvice.WARNING:
        return (
            QCoreApplication.translate(
                "InsightWords",
                "Your last 12 months' %n micro-progressions are spread over %1 areas (spread %2): "
                "%3; none of it was formally recognised. Ask for a review or recognition of the "
                "whole, or choose the area to grow in.",
                "",
                n,
            )
            .replace("%1", str(len(ranked)))
            .replace("%2", spread)
            .replace("%3", evidence)
        )
    if advice is FragmentationAdvice.EMPTY:
        return _tr("Record small steps to see where your work goes.")
    if advice is FragmentationAdvice.TOO_FEW:
        return (
            QCoreApplication.translate(
                "InsightWords",
                "%n micro-progressions in the last 12 months (%1): too few to judge "
                "fragmentation (%2 needed).",
                "",
                n,
            )
            .replace("%1", evidence)
            .replace("%2", str(FRAGMENTATION_MIN_ENTRIES))
        )
    if advice is FragmentationAdvice.RECOGNISED:
        last = card.recognition[-1]
        return (
            _tr("Spread over %1 areas (spread %2): %3; but recognised (%4 on %5).")
            .replace("%1", str(len(ranked)))
            .replace("%2", spread)
            .replace("%3", evidence)
            .replace("%4", recognition_text(last))
            .replace("%5", format_date(last.day))
        )
    top = ranked[0]
    text = (
        QCoreApplication.translate(
            "InsightWords", "Focused (spread %1): %2 of %n micro-progressions in %3", "", n
        )
        .replace("%1", spread)
        .replace("%2", str(top.count))
        .replace("%3", area_name(top))
    )
    return text + (f"; {evidence}." if len(ranked) > 1 else ".")


# -- the lattice --------------------------------------------------------------------------------


def lattice_explanation(card: LatticeCard) -> str:
    text = _tr(
        "Your roles by how each began: lateral moves (another function or team at the same "
        "level) and diagonal moves (another function and level) are listed; promotions are the "
        "role changes that count as one (a diagonal move to a higher level is both); the "
        "functions are your roles' distinct functions in the order you first held them."
    )
    if card.role_count == 0:
        return _not_enough(text, _tr("no roles recorded."))
    return text


def _breadth(card: LatticeCard) -> str:
    return (
        QCoreApplication.translate(
            "InsightWords",
            "You have worked in %n functions with %1 and %2",
            "",
            len(card.functions),
        )
        .replace(
            "%1",
            QCoreApplication.translate("InsightWords", "%n lateral moves", "", card.lateral_count),
        )
        .replace(
            "%2",
            QCoreApplication.translate(
                "InsightWords", "%n diagonal moves", "", card.diagonal_count
            ),
        )
    )


def lattice_advice(card: LatticeCard) -> str:
    if card.advice is LatticeAdvice.NO_ROLES:
        return _tr("Add your roles (title, function, level, how each began) to see your lattice.")
    if card.advice is LatticeAdvice.NO_MOVES:
        return _tr(
            "Every move so far was a promotion or a new employer: a lateral or diagonal move is "
            "another way to grow."
        )
    return _tr("%1: name that breadth in your next review.").replace("%1", _breadth(card))


# -- cadence ------------------------------------------------------------------------------------


def cadence_explanation(card: CadenceCard) -> str:
    weekday = QLocale().dayName(card.week_start + 1)
    text = _tr(
        "Weeks begin on %1 (your setting); a week counts when it has at least one entry; the "
        "current streak includes this week if it has an entry, else it ends last week, and the "
        "share covers the 52 weeks up to that week; feedback is the last feedback entry, "
        "recognition the last recognition entry or promotion; the heatmap counts entries per "
        "day over the last 365 days."
    ).replace("%1", weekday)
    if card.weeks_with_entries == 0:
        return _not_enough(text, _tr("no entries recorded."))
    return text


def cadence_note(card: CadenceCard, note: CadenceNote) -> str:
    if note is CadenceNote.NO_FEEDBACK_YET:
        return _tr("You have not recorded any feedback yet: ask someone for one thing to improve.")
    if note is CadenceNote.FEEDBACK_DUE:
        return _tr("You have not recorded feedback in %1: ask for some this week.").replace(
            "%1",
            QCoreApplication.translate(
                "InsightWords", "%n days", "", card.days_since_feedback or 0
            ),
        )
    if note is CadenceNote.RECOGNITION_DUE:
        return _tr("Your last recognition was %1: make recent wins visible.").replace(
            "%1", _ago(card.days_since_recognition or 0)
        )
    if note is CadenceNote.START_STREAK:
        return _tr("Add an entry a week to build a streak.")
    if note is CadenceNote.STREAK_BROKEN:
        return _tr("No entry this week or last: one small step now starts a new streak.")
    return QCoreApplication.translate(
        "InsightWords",
        "A %n-week streak (longest %1): keep the weekly habit going.",
        "",
        card.current_streak,
    ).replace("%1", str(card.longest_streak))


def cadence_advice(card: CadenceCard) -> str:
    return " ".join(cadence_note(card, note) for note in card.notes)


# -- the quiet week (the cadence card and the journaling reminder) ------------------------------


def _qtr(text: str) -> str:
    return QCoreApplication.translate("QuietWeek", text)


def _fill(pattern: str, *values: str) -> str:
    """%1, %2 … replaced in one pass (a value holding "%2" is left as it is)."""
    return re.sub(
        r"%([1-9])", lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], pattern
    )


def evidence_words(kind: Evidence, n: int) -> str:
    """ "12 commits", "2 merged pull requests" … (each kind its own counted message)."""
    if kind is Evidence.COMMITS:
        return QCoreApplication.translate("QuietWeek", "%n commits", "", n)
    if kind is Evidence.PULL_REQUESTS:
        return QCoreApplication.translate("QuietWeek", "%n merged pull requests", "", n)
    if kind is Evidence.EVENTS:
        return QCoreApplication.translate("QuietWeek", "%n events", "", n)
    if kind is Evidence.ISSUES:
        return QCoreApplication.translate("QuietWeek", "%n issues", "", n)
    return QCoreApplication.translate("QuietWeek", "%n notes", "", n)


def join_words(parts: Sequence[str]) -> str:
    """ "a", "a and b", "a, b and c", with the user's language's patterns."""
    if not parts:
        return ""
    head = parts[0]
    for part in parts[1:-1]:
        head = _fill(_qtr("%1, %2"), head, part)
    return head if len(parts) == 1 else _fill(_qtr("%1 and %2"), head, parts[-1])


def quiet_week_words(nudge: QuietWeekNudge) -> str:
    """E.g. "12 commits and 2 merged pull requests last week, nothing written: review 3
    suggestions"; "… nothing written yet" when no suggestion of that week is waiting."""
    evidence = join_words([evidence_words(kind, n) for kind, n in nudge.evidence])
    if not nudge.review:
        return _fill(_qtr("%1 last week, nothing written yet"), evidence)
    review = QCoreApplication.translate(
        "QuietWeek", "%1 last week, nothing written: review %n suggestions", "", nudge.pending
    )
    return _fill(review, evidence)


def quiet_week_explanation() -> str:
    return _qtr(
        "Counts harvested evidence of the last complete week that has no entry; suggestions are "
        "that week's ones still in the inbox."
    )


# -- career stage -------------------------------------------------------------------------------


def stage_name(stage: Stage | None) -> str:
    if stage is Stage.EARLY:
        return _tr("Early career")
    if stage is Stage.MID:
        return _tr("Mid-career")
    if stage is Stage.LATE:
        return _tr("Late career")
    return _tr("Not known yet")


def _stage_word(stage: Stage) -> str:
    """The stage as a lower-case word inside a sentence."""
    return {Stage.EARLY: _tr("early"), Stage.MID: _tr("mid")}.get(stage, _tr("late"))


def start_source(source: StartSource) -> str:
    if source is StartSource.PROFILE:
        return _tr("from your profile")
    if source is StartSource.FIRST_ROLE:
        return _tr("from your first role")
    return _tr("from your first entry")


def stage_explanation(card: StageCard) -> str:
    text = _tr(
        "The stage is the years since your career start: early under 5 years, mid from 5 to 15, "
        "late over 15."
    )
    if card.career_start is not None and card.years is not None:
        where = {
            StartSource.PROFILE: _tr("your profile's career start"),
            StartSource.FIRST_ROLE: _tr("your first role's start"),
        }.get(card.career_start_source, _tr("your first entry"))
        text += " " + (
            _tr("From %1, %2: %3 years.")
            .replace("%1", where)
            .replace("%2", format_date(card.career_start))
            .replace("%3", num(card.years))
        )
    else:
        text += " " + _tr(
            "Not enough data yet: set your career start in the profile, or add a role or entry."
        )
    if card.overridden and card.stage is not None:
        if card.computed_stage is not None:
            text += " " + (
                _tr("Set to %1 in your profile (computed: %2).")
                .replace("%1", _stage_word(card.stage))
                .replace("%2", _stage_word(card.computed_stage))
            )
        else:
            text += " " + _tr("Set to %1 in your profile.").replace("%1", _stage_word(card.stage))
    return text
