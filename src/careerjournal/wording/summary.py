"""The appraisal summary in English, for the report (Markdown, HTML, PDF) and the CLI: titles,
sentences, the period's name, a goal's readiness and schedule, and the one-line explanations that
go with every number. Plain text; each renderer escapes it for its own format.

The Summary area words what it shows itself (the period) with tr() in `ui/summary/words.py`.
"""

from __future__ import annotations

import re

from ..report.svg import MONTHS, format_day, format_percent, format_period, kind_label
from ..report.svg import move_label as _move_kind_label
from ..services.summary import (
    BandChange,
    GoalSummary,
    Headline,
    Move,
    Period,
    PeriodKind,
    Quote,
    Section,
    SkillChange,
    Stats,
    Summary,
)
from .progress import goal_progress_explanation, readiness_text, schedule_text

SECTION_TITLES: dict[Section, str] = {
    Section.HEADLINE: "Headline",
    Section.ACHIEVEMENTS: "Achievements",
    Section.SKILLS: "Skill levels",
    Section.GOALS: "Goals and readiness",
    Section.QUOTES: "Feedback and recognition",
    Section.STATS: "The period in numbers",
}


def period_words(period: Period) -> str:
    """ "Since your review on 3 Mar 2026", "The last 12 months", "2026 so far", two dates."""
    kind = period.kind
    if kind is PeriodKind.SINCE_REVIEW and period.review is not None:
        return f"Since your review on {format_day(period.review)}"
    if kind is PeriodKind.LAST_12_MONTHS:
        return "The last 12 months"
    if kind is PeriodKind.LAST_6_MONTHS:
        return "The last 6 months"
    if kind is PeriodKind.YEAR_SO_FAR:
        return f"{period.date_to.year} so far"
    if kind is PeriodKind.DAY:
        return format_day(period.date_from)
    return f"{format_day(period.date_from)} to {format_day(period.date_to)}"


def level_words(summary: Summary, level: int | None) -> str:
    """A level by the journal's scale's name, or "Not assessed"."""
    return summary.level_name(level) or "Not assessed"


def _achieved(goal: GoalSummary) -> bool | None:
    return None if goal.status == "active" else goal.status == "achieved"


def goal_readiness(goal: GoalSummary) -> str:
    """The projection in words (months, or why there is none)."""
    return readiness_text(goal.projection, achieved=_achieved(goal))


def goal_schedule(goal: GoalSummary) -> str:
    return schedule_text(goal.schedule, achieved=bool(_achieved(goal)), closed_on=goal.closed_on)


def goal_explanation(goal: GoalSummary) -> str:
    """How the progress is computed."""
    return goal_progress_explanation(
        goal.done_weight, goal.total_weight, goal.done_count, goal.milestone_count
    )


def stats_explanation(stats: Stats) -> str:
    pay = ", pay changes" if stats.includes_compensation else ""
    return (
        "Big leaps are promotions (a promotion, or a diagonal move or new employer at a "
        "higher level, as Insights counts them); incremental gains are the "
        "micro-progression entries (skills, certifications, projects, responsibilities, "
        f"recognition, feedback, learning, network{pay}) in the period."
    )


APP_NAME = "Career Journal"

BAND_RULE = (
    "A band is at a level when the required share of its skills has reached that level or "
    "higher; unassessed skills count as below every level."
)
IMPACT_RULE = "Impact is the 1–5 rating each entry was given, summed over the entries."
ACHIEVEMENTS_RULE = (
    "Grouped by kind, starred entries first, then those with a measurable result. Promotions "
    "are in the headline; feedback and recognition are quoted below."
)


def document_title(summary: Summary) -> str:
    return f"Appraisal summary — {summary.headline.name.strip() or 'My career journal'}"


def period_dates(summary: Summary) -> str:
    return format_period(summary.options.date_from, summary.options.date_to)


def empty_message(summary: Summary) -> str:
    o = summary.options
    return (
        f"Nothing was journaled between {format_day(o.date_from)} and {format_day(o.date_to)}. "
        "Entries you add for this period will appear here."
    )


DROPS_TITLE = "Assessed lower"
DROPS_RULE = (
    "Skills whose level at the end of the period is below where it started, from a later "
    "assessment."
)

#: What an included section says when it has nothing to show (one line, never a silent gap).
SECTION_EMPTY: dict[Section, str] = {
    Section.HEADLINE: "No role recorded yet.",
    Section.ACHIEVEMENTS: "No achievements recorded in this period.",
    Section.SKILLS: "No skill level changed in this period.",
    Section.GOALS: "No goal was open in this period.",
    Section.QUOTES: "No feedback or recognition recorded in this period.",
    Section.STATS: "No entries in this period.",
}


def included_sections(summary: Summary) -> list[Section]:
    """The sections the user ticked, in the document's order (empty ones say so)."""
    return [s for s in Section if s in summary.sections]


def section_has_content(summary: Summary, section: Section) -> bool:
    """False when a section has nothing to show, so it writes `SECTION_EMPTY` instead."""
    if section is Section.ACHIEVEMENTS:
        return any(g.entries for g in summary.achievements)
    if section is Section.SKILLS:
        return bool(skill_gains(summary) or skill_drops(summary))
    if section is Section.GOALS:
        return bool(summary.goals)
    if section is Section.QUOTES:
        return bool(summary.quotes)
    return True


def skill_gains(summary: Summary) -> list[BandChange]:
    """Bands that rose or have skills that rose (their gains only; drops are separate)."""
    return [b for b in summary.skills if b.gains or b.rose]


def skill_drops(summary: Summary) -> list[tuple[str, str]]:
    """Bands that fell and skills assessed lower: (what, `before → after`), never as gains."""
    out: list[tuple[str, str]] = []
    for band in summary.skills:
        if band.fell:
            out.append((f"{band.band} band", band_words(summary, band)))
        out += [(f"{c.name} ({band.band})", skill_words(summary, c)) for c in band.drops]
    return out


def in_quotes(text: str) -> str:
    """`text` in curly double quotation marks; quotation marks inside it become single ones."""
    text = collapse(text)
    text = re.sub(r'"([^"]*)"', "‘\\1’", text)
    text = text.replace("“", "‘").replace("”", "’").replace('"', "’")
    return f"“{text}”"


def duration_words(days: int) -> str:
    """`2 years 3 months`, `5 months`, `12 days`."""
    if days < 31:
        return f"{days} day{'s' if days != 1 else ''}"
    months = round(days / 30.4375)
    years, months = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if months:
        parts.append(f"{months} month{'s' if months != 1 else ''}")
    return " ".join(parts) or "1 month"


def role_words(headline: Headline) -> tuple[str, str]:
    """The current role's title and what qualifies it (`L4 at Acme, since 1 Jan 2025 …`)."""
    if not headline.role_title:
        return "No role recorded yet", "add one in Timeline to show it here"
    details = [headline.role_level] if headline.role_level else []
    if headline.organisation:
        details.append(f"at {headline.organisation}")
    text = " ".join(details)
    if headline.role_since is not None:
        since = f"since {format_day(headline.role_since)}"
        if headline.days_in_role is not None:
            since += f" ({duration_words(headline.days_in_role)} in the role)"
        text = f"{text}, {since}" if text else since
    return headline.role_title, text


def move_words(move: Move) -> tuple[str, str]:
    """A role change: its kind and date, and the role it led to."""
    role = move.title
    if move.level:
        role += f" ({move.level})"
    if move.organisation:
        role += f" at {move.organisation}"
    return f"{_move_kind_label(move.move_kind)} on {format_day(move.day)}", role


def entry_count_words(headline: Headline) -> str:
    n = headline.entry_count
    return f"{n} journal entr{'y' if n == 1 else 'ies'} in this period."


def band_words(summary: Summary, band: BandChange) -> str:
    before, after = level_words(summary, band.level_before), level_words(summary, band.level_after)
    if band.level_before == band.level_after:
        return f"stays at {after}"
    return f"{before} → {after}"


def gain_band_heading(summary: Summary, band: BandChange) -> str:
    """A band among the gains: `Backend: Competent → Proficient`, `Backend: stays at …`; a
    band that fell is just named here (its fall is told with the drops)."""
    if band.fell:
        return band.band
    return f"{band.band}: {band_words(summary, band)}"


def skill_words(summary: Summary, skill: SkillChange) -> str:
    return f"{level_words(summary, skill.before)} → {level_words(summary, skill.after)}"


def goal_kind_words(goal: GoalSummary) -> str:
    kind = goal.kind.replace("_", " ").strip()
    words = [f"{kind.capitalize()} goal" if kind else "Goal"]
    if goal.status:
        words.append(goal.status.replace("_", " ").capitalize())
    if goal.pinned:
        words.append("Pinned")
    return " · ".join(words)


def progress_words(goal: GoalSummary) -> tuple[str, str]:
    """`40% → 65%` and `+25 points in the period`."""
    before, after = goal.progress_before, goal.progress_after
    figure = f"{format_percent(before)} → {format_percent(after)}"
    gained = round(after * 100) - round(before * 100)
    points = "point" if abs(gained) == 1 else "points"
    if gained > 0:
        change = f"+{gained} {points} in the period"
    elif gained < 0:
        change = f"{gained} {points} in the period"
    else:
        change = "no change in the period"
    return figure, change


def quote_source(quote: Quote) -> str:
    parts = [kind_label(quote.kind), format_day(quote.occurred_on)]
    if quote.title.strip() and quote.title.strip() != quote.text.strip():
        parts.insert(0, quote.title.strip())
    return ", ".join(parts)


def quote_words(quote: Quote) -> str:
    """Quoted words in quotation marks; an entry without any as its title, without marks."""
    return in_quotes(quote.text) if quote.verbatim else collapse(quote.text)


def stat_rows(summary: Summary) -> list[tuple[str, int, str]]:
    """The period's key figures: label, value, what it counts."""
    stats = summary.stats
    return [
        ("Entries", summary.headline.entry_count, "Journal entries dated in the period."),
        ("Big leaps", stats.big_leaps, "Promotions, counted as Insights counts them."),
        ("Incremental gains", stats.incremental, "Micro-progression entries."),
        ("Total impact", stats.impact_total, IMPACT_RULE),
        ("Starred", stats.starred, "Entries you marked as highlights."),
    ]


def month_name(year: int, month: int) -> str:
    return f"{MONTHS[month - 1]} {year}"


def collapse(text: str) -> str:
    """Runs of whitespace (newlines too) as single spaces."""
    return " ".join(text.split())


def group_title(kind_plural: str, count: int) -> str:
    return f"{kind_plural} ({count})"


def stats_has_months(stats: Stats) -> bool:
    return any(m.entries or m.impact for m in stats.months)


def more_words(count: int) -> str:
    """The note under a group cut short by the per-kind limit."""
    noun = "entry" if count == 1 else "entries"
    return (
        f"And {count} more {noun} of this kind in the journal, ranked lower by star, "
        "measurable result and impact."
    )


def more_quotes_words(count: int) -> str:
    noun = "quote" if count == 1 else "quotes"
    return f"And {count} older {noun} of feedback and recognition in the journal."
