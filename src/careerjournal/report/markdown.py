"""The appraisal summary as Markdown: a brag document to paste into a review form or a wiki.

Also the wording both text renderers share (titles, sentences, the one-line explanations that
go with every number), as plain text; each renderer escapes it for its own format.
"""

from __future__ import annotations

import re

from ..services.summary import (
    SECTION_TITLES,
    BandChange,
    GoalSummary,
    Headline,
    Move,
    Quote,
    Section,
    SkillChange,
    Stats,
    Summary,
    SummaryEntry,
)
from .svg import KIND_PLURALS, MONTHS, format_day, format_percent, format_period, kind_label
from .svg import move_label as _move_kind_label

# --- shared wording -------------------------------------------------------------------------------

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
    before, after = summary.level_name(band.level_before), summary.level_name(band.level_after)
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
    return f"{summary.level_name(skill.before)} → {summary.level_name(skill.after)}"


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


# --- Markdown -------------------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|~#])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def md_escape(text: str) -> str:
    """`text` as literal Markdown inline text (one line)."""
    text = _INLINE_SPECIAL.sub(r"\\\1", collapse(text))
    text = _ENTITY.sub(r"\\&", text)
    return _LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[-1] in ".)":
        return match.group(1) + marker[:-1] + "\\" + marker[-1]
    return match.group(1) + "\\" + marker


def render_markdown(summary: Summary) -> str:
    """The summary as a Markdown document (CommonMark with GitHub-style tables)."""
    out: list[str] = [f"# {md_escape(document_title(summary))}", ""]
    out += [
        f"**{md_escape(summary.period_label)}** · {md_escape(period_dates(summary))}  ",
        f"*Prepared on {format_day(summary.generated_on)} with {APP_NAME}*",
        "",
    ]
    if summary.is_empty:
        out += [md_escape(empty_message(summary)), ""]
        return "\n".join(out).rstrip() + "\n"
    writers = {
        Section.HEADLINE: _headline,
        Section.ACHIEVEMENTS: _achievements,
        Section.SKILLS: _skills,
        Section.GOALS: _goals,
        Section.QUOTES: _quotes,
        Section.STATS: _stats,
    }
    for section in included_sections(summary):
        out += [f"## {SECTION_TITLES[section]}", ""]
        if section_has_content(summary, section):
            out += writers[section](summary)
        else:
            out += [f"*{md_escape(SECTION_EMPTY[section])}*", ""]
    return "\n".join(out).rstrip() + "\n"


def _headline(summary: Summary) -> list[str]:
    h = summary.headline
    title, details = role_words(h)
    line = f"**{md_escape(title)}**"
    if details:
        line += f" — {md_escape(details)}"
    out = [line, ""]
    if h.moves:
        out += ["Role changes in this period:", ""]
        for move in h.moves:
            when, role = move_words(move)
            out.append(f"- **{md_escape(when)}**: {md_escape(role)}")
        out.append("")
    out += [md_escape(entry_count_words(h)), ""]
    return out


def _entry_line(entry: SummaryEntry) -> list[str]:
    star = "★ " if entry.starred else ""
    line = f"- {star}**{md_escape(entry.title)}**"
    if entry.measurable_result.strip():
        line += f" — {md_escape(entry.measurable_result)}"
    line += f" ({format_day(entry.occurred_on)})"
    lines = [line]
    extra = []
    if entry.excerpt.strip():
        extra.append(md_escape(entry.excerpt))
    if entry.tags:
        extra.append("*Tags: " + ", ".join(md_escape(t) for t in entry.tags) + "*")
    if extra:
        lines[0] += "  "
        lines.append("  " + "  \n  ".join(extra))
    return lines


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


def _achievements(summary: Summary) -> list[str]:
    out = [f"*{md_escape(ACHIEVEMENTS_RULE)}*", ""]
    for group in summary.achievements:
        if not group.entries:
            continue
        out += [f"### {group_title(KIND_PLURALS[group.kind], group.total)}", ""]
        for entry in group.entries:
            out += _entry_line(entry)
        if group.more:
            out += ["", f"*{md_escape(more_words(group.more))}*"]
        out.append("")
    return out


def _skills(summary: Summary) -> list[str]:
    out = [f"*{md_escape(BAND_RULE)}*", ""]
    for band in skill_gains(summary):
        out += [f"### {md_escape(gain_band_heading(summary, band))}", ""]
        for skill in band.gains:
            out.append(f"- {md_escape(skill.name)}: {md_escape(skill_words(summary, skill))}")
        if band.gains:
            out.append("")
    drops = skill_drops(summary)
    if drops:
        out += [f"### {DROPS_TITLE}", "", f"*{md_escape(DROPS_RULE)}*", ""]
        out += [f"- {md_escape(what)}: {md_escape(change)}" for what, change in drops]
        out.append("")
    return out


def _goals(summary: Summary) -> list[str]:
    out: list[str] = []
    for goal in summary.goals:
        figure, change = progress_words(goal)
        out += [f"### {md_escape(goal.title)}", "", f"*{md_escape(goal_kind_words(goal))}*", ""]
        out += [f"**Progress: {figure}** ({change})  ", f"*{md_escape(goal.explanation)}*", ""]
        if goal.readiness.strip():
            out += [f"**Readiness:** {md_escape(goal.readiness)}", ""]
        if goal.schedule.strip():
            out += [f"**Schedule:** {md_escape(goal.schedule)}", ""]
        if goal.done_in_period:
            out += ["Completed in this period:", ""]
            out += [f"- ✓ {md_escape(m)}" for m in goal.done_in_period]
            out.append("")
        if goal.remaining:
            out += ["Still open:", ""]
            out += [f"- {md_escape(m)}" for m in goal.remaining]
            out.append("")
    return out


def _quotes(summary: Summary) -> list[str]:
    out: list[str] = []
    for quote in summary.quotes:
        out += [
            f"> {md_escape(quote_words(quote))}",
            ">",
            f"> — *{md_escape(quote_source(quote))}*",
            "",
        ]
    if summary.more_quotes:
        out += [f"*{md_escape(more_quotes_words(summary.more_quotes))}*", ""]
    return out


def _stats(summary: Summary) -> list[str]:
    out = ["| Measure | Count | What it counts |", "| --- | ---: | --- |"]
    for label, value, meaning in stat_rows(summary):
        out.append(f"| {label} | {value} | {md_escape(meaning)} |")
    out += ["", f"*{md_escape(summary.stats.explanation())}*", ""]
    months = summary.stats.months
    if months and stats_has_months(summary.stats):
        out += ["| Month | Entries | Impact |", "| --- | ---: | ---: |"]
        out += [f"| {month_name(m.year, m.month)} | {m.entries} | {m.impact} |" for m in months]
        out.append("")
    return out
