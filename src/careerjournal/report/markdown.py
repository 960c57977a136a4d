"""The appraisal summary as Markdown: a brag document to paste into a review form or a wiki.

The words (titles, sentences, the one-line explanations that go with every number) come from
`careerjournal.wording.summary`, shared with the HTML and PDF renderers.
"""

from __future__ import annotations

import re

from ..services.summary import Section, Summary, SummaryEntry
from ..wording.summary import (
    ACHIEVEMENTS_RULE,
    APP_NAME,
    BAND_RULE,
    DROPS_RULE,
    DROPS_TITLE,
    SECTION_EMPTY,
    SECTION_TITLES,
    collapse,
    document_title,
    empty_message,
    entry_count_words,
    gain_band_heading,
    goal_explanation,
    goal_kind_words,
    goal_readiness,
    goal_schedule,
    group_title,
    included_sections,
    month_name,
    more_quotes_words,
    more_words,
    move_words,
    period_dates,
    period_words,
    progress_words,
    quote_source,
    quote_words,
    role_words,
    section_has_content,
    skill_drops,
    skill_gains,
    skill_words,
    stat_rows,
    stats_explanation,
    stats_has_months,
)
from .svg import KIND_PLURALS, format_day
from .themes import THEMES_RULE, theme_more_words, theme_title, themed

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
        f"**{md_escape(period_words(summary.period))}** · {md_escape(period_dates(summary))}  ",
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


def _achievements(summary: Summary) -> list[str]:
    if themed(summary):
        return _themes(summary)
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


def _themes(summary: Summary) -> list[str]:
    """One section per theme, headed by its name (the user's text, escaped)."""
    out = [f"*{md_escape(THEMES_RULE)}*", ""]
    for group in summary.themes:
        if not group.entries:
            continue
        out += [f"### {md_escape(theme_title(group))}", ""]
        for entry in group.entries:
            out += _entry_line(entry)
        if group.more:
            out += ["", f"*{md_escape(theme_more_words(group.more))}*"]
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
        out += [
            f"**Progress: {figure}** ({change})  ",
            f"*{md_escape(goal_explanation(goal))}*",
            "",
        ]
        readiness, schedule = goal_readiness(goal), goal_schedule(goal)
        if readiness.strip():
            out += [f"**Readiness:** {md_escape(readiness)}", ""]
        if schedule.strip():
            out += [f"**Schedule:** {md_escape(schedule)}", ""]
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
    out += ["", f"*{md_escape(stats_explanation(summary.stats))}*", ""]
    months = summary.stats.months
    if months and stats_has_months(summary.stats):
        out += ["| Month | Entries | Impact |", "| --- | ---: | ---: |"]
        out += [f"| {month_name(m.year, m.month)} | {m.entries} | {m.impact} |" for m in months]
        out.append("")
    return out
