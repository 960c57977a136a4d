"""The appraisal summary as a standalone HTML5 page: a brag document that prints well.

One file, no external resources and no script: the style sheet is inline (with print rules) and
the charts are inline SVG. `render_body` writes the same content for Qt's rich text too (the PDF
and print preview), where charts are images and a few constructs have simpler stand-ins.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from ..services.summary import (
    GoalSummary,
    Quote,
    Section,
    Summary,
    SummaryEntry,
)
from ..wording.summary import (
    ACHIEVEMENTS_RULE,
    APP_NAME,
    BAND_RULE,
    DROPS_RULE,
    DROPS_TITLE,
    SECTION_EMPTY,
    SECTION_TITLES,
    band_words,
    collapse,
    document_title,
    empty_message,
    entry_count_words,
    goal_explanation,
    goal_kind_words,
    goal_readiness,
    goal_schedule,
    group_title,
    included_sections,
    level_words,
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
    stat_rows,
    stats_explanation,
    stats_has_months,
)
from .svg import (
    KIND_COLORS,
    KIND_PLURALS,
    SVG_NAMESPACE,
    burn_up_svg,
    format_day,
    month_bars_svg,
    timeline_entries,
    timeline_svg,
)
from .themes import THEMES_RULE, theme_more_words, theme_title, themed

#: Writes a chart into the page: (name, SVG text) → markup.
ChartHook = Callable[[str, str], str]

STAR_COLOR = "#b07800"

CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #eef0f3; color: #1f2328;
  font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Noto Sans", "DejaVu Sans", sans-serif;
}
main {
  max-width: 48rem; margin: 2.5rem auto; padding: 3rem 3.5rem 2.5rem;
  background: #fff; border-radius: 6px; box-shadow: 0 1px 4px rgba(31, 35, 40, .12);
}
h1, h2, h3 { font-family: Georgia, Cambria, "Times New Roman", "Noto Serif", "DejaVu Serif", serif;
  color: #1b2a41; line-height: 1.25; }
h1 { font-size: 2rem; font-weight: 600; margin: 0 0 .4rem; }
h2 { font-size: 1.4rem; font-weight: 600; margin: 2.4rem 0 .5rem; padding-bottom: .3rem;
  border-bottom: 1px solid #d5dae0; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.08rem; font-weight: 600; margin: 1.5rem 0 .4rem;
  break-after: avoid; page-break-after: avoid; }
p { margin: .4rem 0 .7rem; }
header.doc { border-bottom: 3px solid #1b2a41; padding-bottom: 1rem; margin-bottom: 1.5rem; }
.period { font-size: 1.05rem; margin: 0; }
.caption, figcaption { color: #5b616b; font-size: .85rem; line-height: 1.45; }
.role { margin: .2rem 0 .6rem; }
.role-title { font-size: 1.25rem; font-weight: 600; }
ul { padding-left: 1.3rem; }
ul.entries { margin: .3rem 0 1rem; }
ul.entries li { margin: 0 0 .65rem; break-inside: avoid; page-break-inside: avoid; }
ul.entries li::marker { color: #9aa1ab; }
.dot { font-size: .9em; }
.star { color: #b07800; }
.date { color: #5b616b; font-size: .85rem; white-space: nowrap; }
.excerpt { color: #3d434b; font-size: .92rem; }
.tags { color: #5b616b; font-size: .8rem; }
.count { color: #5b616b; font-weight: normal; }
table { border-collapse: collapse; }
table.skills { width: 100%; margin: .2rem 0 1rem; font-size: .95rem; }
table.skills th { text-align: left; font-weight: 600; color: #5b616b; font-size: .8rem;
  text-transform: uppercase; letter-spacing: .03em; }
table.skills th, table.skills td { padding: .3rem .6rem .3rem 0; border-bottom: 1px solid #e6e9ed; }
.change { color: #0072b2; font-weight: 600; }
.goal { margin-bottom: 1.6rem; break-inside: avoid-page; page-break-inside: avoid; }
.progress { margin: .3rem 0 .2rem; }
.progress .figure { font-size: 1.35rem; font-weight: 600; }
.bar { height: .45rem; background: #e6e9ed; border-radius: .25rem; overflow: hidden;
  margin: .3rem 0 .4rem; }
.bar span { display: block; height: 100%; background: #0072b2; }
.label { font-weight: 600; margin: .7rem 0 .2rem; }
ul.done li::marker { content: "✓  "; color: #009e73; }
blockquote { margin: 0 0 1rem; padding: .7rem 1.1rem; background: #f6f7f9;
  border-left: 4px solid #00869a; border-radius: 0 4px 4px 0;
  break-inside: avoid; page-break-inside: avoid; }
blockquote p { margin: 0; font-family: Georgia, Cambria, "Noto Serif", "DejaVu Serif", serif;
  font-size: 1.02rem; font-style: italic; }
blockquote p.quote-title { font-family: inherit; font-style: normal; }
blockquote p.source { margin-top: .35rem; font-family: inherit; font-style: normal;
  font-size: .85rem; color: #5b616b; }
table.figures { width: 100%; margin: .6rem 0 1rem; table-layout: fixed; }
table.figures td { vertical-align: top; text-align: center; padding: .7rem .5rem;
  border: 1px solid #e1e5ea; }
table.figures .figure { display: block; font-size: 1.7rem; font-weight: 600; color: #1b2a41; }
table.figures .name { display: block; font-weight: 600; font-size: .9rem; }
table.figures .caption { display: block; font-size: .75rem; }
figure { margin: 1rem 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { margin-top: .3rem; }
.empty { font-size: 1.05rem; padding: 1.2rem 1.4rem; background: #f6f7f9; border-radius: 6px; }
section.keep { break-inside: avoid-page; page-break-inside: avoid; }
@page { margin: 18mm 16mm; }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; margin: 0; padding: 0; border-radius: 0; box-shadow: none; }
  h2 { margin-top: 1.6rem; }
  blockquote, .empty { background: none; }
  tr, li, figure { break-inside: avoid; page-break-inside: avoid; }
}
"""


def render_html(summary: Summary) -> str:
    """The summary as a standalone HTML5 document (inline style sheet and SVG charts)."""
    title = document_title(summary)
    body = render_body(summary, chart=_inline_svg)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{APP_NAME}">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )


def _inline_svg(name: str, svg: str) -> str:
    # HTML needs no namespace on inline SVG: the page then names no outside address at all.
    svg = svg.replace(f' xmlns="{SVG_NAMESPACE}"', "", 1)
    return svg.replace("<svg ", f'<svg class="chart-{name}" role="img" ', 1)


def render_body(
    summary: Summary, *, chart: ChartHook, chart_width: int = 640, rich_text: bool = False
) -> str:
    """The document's content as HTML; `rich_text` writes the variant Qt's rich text renders."""
    return _Writer(summary, chart, chart_width, rich_text).write()


class _Writer:
    def __init__(self, summary: Summary, chart: ChartHook, width: int, rich: bool) -> None:
        self.s = summary
        self.chart_hook = chart
        self.width = width
        self.rich = rich
        self.out: list[str] = []

    def w(self, *parts: str) -> None:
        self.out.extend(parts)

    def write(self) -> str:
        s = self.s
        container = "div" if self.rich else "header"
        self.w(
            f'<{container} class="doc">',
            f"<h1>{escape(document_title(s))}</h1>",
            f'<p class="period"><strong>{escape(period_words(s.period))}</strong>'
            f" · {escape(period_dates(s))}</p>",
            f'<p class="caption">Prepared on {format_day(s.generated_on)} with {APP_NAME}</p>',
            *(["<hr>"] if self.rich else []),
            f"</{container}>",
        )
        if s.is_empty:
            self.w(f'<p class="empty">{escape(empty_message(s))}</p>')
        else:
            sections = included_sections(s)
            if Section.HEADLINE not in sections:
                self.timeline()
            writers = {
                Section.HEADLINE: self.headline,
                Section.ACHIEVEMENTS: self.achievements,
                Section.SKILLS: self.skills,
                Section.GOALS: self.goals,
                Section.QUOTES: self.quotes,
                Section.STATS: self.stats,
            }
            for section in sections:
                keep = section in (Section.HEADLINE, Section.STATS)
                self.open_section(section, keep=keep)
                if section_has_content(s, section):
                    writers[section]()
                else:
                    self.caption(SECTION_EMPTY[section])
                self.close_section()
                if section is Section.HEADLINE:
                    self.timeline()
        return "\n".join(self.out) + "\n"

    # --- pieces ---

    def open_section(self, section: Section, *, keep: bool = False) -> None:
        if not self.rich:
            cls = f"{section.value} keep" if keep else section.value
            self.w(f'<section class="{cls}">')
        self.w(f"<h2>{escape(SECTION_TITLES[section])}</h2>")

    def close_section(self) -> None:
        if not self.rich:
            self.w("</section>")

    def figure(self, name: str, svg: str, caption: str) -> None:
        markup = self.chart_hook(name, svg)
        if self.rich:
            self.w(f'<p class="chart">{markup}</p>', f'<p class="figcaption">{escape(caption)}</p>')
        else:
            self.w(f"<figure>{markup}", f"<figcaption>{escape(caption)}</figcaption></figure>")

    def caption(self, text: str) -> None:
        self.w(f'<p class="caption">{escape(text)}</p>')

    def timeline(self) -> None:
        if not timeline_entries(self.s) and not self.s.headline.moves:
            return
        self.figure(
            "timeline",
            timeline_svg(self.s, width=self.width),
            "Every entry of the period in a lane per kind; ringed dots are starred entries, "
            "dashed lines role changes.",
        )

    def headline(self) -> None:
        h = self.s.headline
        title, details = role_words(h)
        self.w(
            f'<p class="role"><span class="role-title">{escape(title)}</span>'
            + (f'<br><span class="caption">{escape(details)}</span>' if details else "")
            + "</p>"
        )
        if h.moves:
            self.w('<p class="label">Role changes in this period</p>', '<ul class="moves">')
            for move in h.moves:
                when, role = move_words(move)
                self.w(f"<li><strong>{escape(when)}</strong>: {escape(role)}</li>")
            self.w("</ul>")
        self.w(f"<p>{escape(entry_count_words(h))}</p>")

    def achievements(self) -> None:
        if themed(self.s):
            self.themes()
            return
        self.caption(ACHIEVEMENTS_RULE)
        for group in self.s.achievements:
            if not group.entries:
                continue
            color = KIND_COLORS[group.kind]
            self.w(
                f'<h3><span class="dot" style="color:{color}">●</span> '
                f"{escape(group_title(KIND_PLURALS[group.kind], group.total))}</h3>",
                '<ul class="entries">',
            )
            for entry in group.entries:
                self.w(self.entry(entry))
            self.w("</ul>")
            if group.more:
                self.caption(more_words(group.more))

    def themes(self) -> None:
        """One section per theme, headed by its name (the user's text, escaped)."""
        self.caption(THEMES_RULE)
        for group in self.s.themes:
            if not group.entries:
                continue
            self.w(f'<h3 class="theme">{escape(theme_title(group))}</h3>', '<ul class="entries">')
            self.w(*(self.entry(entry) for entry in group.entries))
            self.w("</ul>")
            if group.more:
                self.caption(theme_more_words(group.more))

    def entry(self, e: SummaryEntry) -> str:
        star = f'<span class="star" style="color:{STAR_COLOR}">★</span> ' if e.starred else ""
        line = f"{star}<strong>{escape(collapse(e.title))}</strong>"
        if e.measurable_result.strip():
            line += f" — {escape(collapse(e.measurable_result))}"
        day = format_day(e.occurred_on).replace(" ", "\u00a0")  # a date never wraps
        line += f' <span class="date">·\u00a0{day}</span>'
        if e.excerpt.strip():
            line += f'<br><span class="excerpt">{escape(collapse(e.excerpt))}</span>'
        if e.tags:
            tags = " ".join(f"#{escape(t)}" for t in e.tags)
            line += f'<br><span class="tags">{tags}</span>'
        return f"<li>{line}</li>"

    def skills(self) -> None:
        s = self.s
        self.caption(BAND_RULE)
        for band in skill_gains(s):
            # A band that fell is only named here: its fall is told with the drops.
            change = (
                "" if band.fell else f': <span class="change">{escape(band_words(s, band))}</span>'
            )
            self.w(f"<h3>{escape(band.band)}{change}</h3>")
            if not band.gains:
                continue
            attrs = ' width="100%" cellspacing="0" cellpadding="4"' if self.rich else ""
            self.w(
                f'<table class="skills"{attrs}>',
                "<tr><th>Skill</th><th>At the start</th><th>At the end</th></tr>",
            )
            for skill in band.gains:
                self.w(
                    f"<tr><td>{escape(skill.name)}</td>"
                    f"<td>{escape(level_words(s, skill.before))}</td>"
                    f'<td class="change">{escape(level_words(s, skill.after))}</td></tr>'
                )
            self.w("</table>")
        drops = skill_drops(s)
        if drops:
            # Plain text, not the highlight of a gain: a lower assessment is not good news.
            self.w(f"<h3>{escape(DROPS_TITLE)}</h3>")
            self.caption(DROPS_RULE)
            self.w('<ul class="drops">')
            self.w(*(f"<li>{escape(what)}: {escape(change)}</li>" for what, change in drops))
            self.w("</ul>")

    def goals(self) -> None:
        for goal in self.s.goals:
            self.goal(goal)

    def goal(self, g: GoalSummary) -> None:
        figure, change = progress_words(g)
        if not self.rich:
            self.w('<div class="goal">')
        self.w(
            f"<h3>{escape(g.title)}</h3>",
            f'<p class="caption">{escape(goal_kind_words(g))}</p>',
            f'<p class="progress"><span class="figure">{escape(figure)}</span> '
            f'<span class="caption">{escape(change)}</span></p>',
        )
        if not self.rich:
            share = min(max(g.progress_after, 0.0), 1.0)
            self.w(f'<div class="bar"><span style="width:{share * 100:.0f}%"></span></div>')
        self.caption(goal_explanation(g))
        lines = []
        readiness, schedule = goal_readiness(g), goal_schedule(g)
        if readiness.strip():
            lines.append(f"<strong>Readiness:</strong> {escape(readiness)}")
        if schedule.strip():
            lines.append(f"<strong>Schedule:</strong> {escape(schedule)}")
        if lines:
            self.w(f"<p>{'<br>'.join(lines)}</p>")
        o = self.s.options
        self.figure(
            f"goal-{g.id}",
            burn_up_svg(g, o.date_from, o.date_to, width=self.width),
            f"Progress towards “{collapse(g.title)}”; the shaded band is this period.",
        )
        if g.done_in_period:
            self.w('<p class="label">Completed in this period</p>', '<ul class="done">')
            self.w(*(f"<li>{escape(m)}</li>" for m in g.done_in_period), "</ul>")
        if g.remaining:
            self.w('<p class="label">Still open</p>', "<ul>")
            self.w(*(f"<li>{escape(m)}</li>" for m in g.remaining), "</ul>")
        if not self.rich:
            self.w("</div>")

    def quotes(self) -> None:
        for q in self.s.quotes:
            self.quote(q)
        if self.s.more_quotes:
            self.caption(more_quotes_words(self.s.more_quotes))

    def quote(self, q: Quote) -> None:
        color = KIND_COLORS[q.kind]
        text = escape(quote_words(q))
        # Someone's words in italics between quotation marks; a title (no words quoted) upright.
        cls = "quote-text" if q.verbatim else "quote-title"
        source = f"— {escape(quote_source(q))}"
        if self.rich:
            self.w(
                '<table class="quote" width="100%" cellspacing="0" cellpadding="0">'
                f'<tr><td width="4" bgcolor="{color}"></td>'
                f'<td class="quote-body"><p class="{cls}">{text}</p>'
                f'<p class="source">{source}</p></td></tr></table>'
            )
        else:
            self.w(
                f'<blockquote style="border-left-color:{color}"><p class="{cls}">{text}</p>'
                f'<p class="source">{source}</p></blockquote>'
            )

    def stats(self) -> None:
        s = self.s
        attrs = ' width="100%" cellspacing="0" cellpadding="6"' if self.rich else ""
        cells = []
        for label, value, meaning in stat_rows(s):
            cells.append(
                f'<td><span class="figure">{value}</span>'
                + ("<br>" if self.rich else "")
                + f'<span class="name">{escape(label)}</span>'
                + ("<br>" if self.rich else "")
                + f'<span class="caption">{escape(meaning)}</span></td>'
            )
        self.w(f'<table class="figures"{attrs}><tr>{"".join(cells)}</tr></table>')
        self.caption(stats_explanation(s.stats))  # with the figures it explains
        if s.stats.months and stats_has_months(s.stats):
            self.figure(
                "months",
                month_bars_svg(s.stats, width=self.width),
                "Bars: entries per month (left axis). Line: their summed impact (right axis).",
            )
