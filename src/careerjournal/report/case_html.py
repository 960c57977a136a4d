"""The promotion case as a standalone HTML5 page, and as the rich text of its PDF.

One file, no external resources and no script, styled like the appraisal summary's page (its
style sheet plus a few rules). Web links of evidence entries are real links; everything typed
(criteria, titles, results, addresses) is escaped. `render_case_body` writes the same content for
Qt's rich text (`report.pdf.build_case_document`), where the chart is an image.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from ..services.framework_records import CriterionState, EvidenceRecord
from ..services.promotion_case import CaseTopic, PromotionCase
from ..wording.case import (
    HISTORY_HEADERS,
    HISTORY_RULE,
    HISTORY_TITLE,
    MET_TITLE,
    NO_EVIDENCE_YET,
    NO_HISTORY,
    OPEN_TITLE,
    READINESS_TITLE,
    TOPIC_HEADERS,
    assessment_words,
    criterion_text,
    document_title,
    gap_words,
    history_rows,
    level_name,
    no_position_words,
    position_title,
    prepared_words,
    readiness_figure,
    readiness_rule,
    readiness_words,
    source_words,
    sublevel_figure,
    sublevel_rule,
    sublevel_words,
    subtitle,
    topic_rows,
    topic_words,
    web_link,
)
from ..wording.summary import APP_NAME, collapse
from .html import CSS, ChartHook, _inline_svg
from .svg import AXIS, GRID, INK, MUTED, PROGRESS_COLOR, _Svg, _time_axis, _TimeScale, format_day

GAP_COLOR = "#a15c00"

#: Rules the case adds to the summary's page style.
CASE_CSS = """
ul.criteria { margin: .3rem 0 1rem; }
ul.criteria > li { margin: 0 0 .8rem; break-inside: avoid; page-break-inside: avoid; }
ul.evidence { margin: .25rem 0 0; padding-left: 1.2rem; font-size: .92rem; }
ul.evidence li { margin: 0 0 .2rem; }
.gap { color: #a15c00; font-weight: 600; }
h2 .count { font-size: 1rem; }
.result { color: #3d434b; }
.links a { color: #0b5cad; word-break: break-all; }
table.history td.share, table.skills td.share { text-align: right; }
"""

#: The same for Qt's rich text (`report.pdf` adds it to its style sheet).
CASE_RICH_TEXT_CSS = f"""
.gap {{ color: {GAP_COLOR}; font-weight: 600; }}
.count {{ color: #5b616b; font-size: 11pt; font-weight: normal; font-family: sans-serif; }}
.result {{ color: #3d434b; }}
.links {{ color: #0b5cad; font-size: 8.5pt; }}
ul.evidence {{ font-size: 9pt; margin-top: 2px; }}
"""


def render_case_html(case: PromotionCase) -> str:
    """The case as a standalone HTML5 document (inline style sheet and SVG chart)."""
    body = render_case_body(case, chart=_inline_svg)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="{APP_NAME}">\n'
        f"<title>{escape(document_title(case))}</title>\n<style>{CSS}{CASE_CSS}</style>\n"
        f"</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )


def render_case_body(
    case: PromotionCase, *, chart: ChartHook, chart_width: int = 640, rich_text: bool = False
) -> str:
    """The case's content as HTML; `rich_text` writes the variant Qt's rich text renders."""
    return _Writer(case, chart, chart_width, rich_text).write()


class _Writer:
    def __init__(self, case: PromotionCase, chart: ChartHook, width: int, rich: bool) -> None:
        self.c = case
        self.chart_hook = chart
        self.width = width
        self.rich = rich
        self.out: list[str] = []

    def w(self, *parts: str) -> None:
        self.out.extend(parts)

    def write(self) -> str:
        c = self.c
        container = "div" if self.rich else "header"
        self.w(
            f'<{container} class="doc">',
            f"<h1>{escape(document_title(c))}</h1>",
            f'<p class="period"><strong>{escape(subtitle(c))}</strong></p>',
            f'<p class="caption">{escape(prepared_words(c))}. {escape(source_words(c))}</p>',
            *(["<hr>"] if self.rich else []),
            f"</{container}>",
        )
        self.readiness()
        self.position()
        for topic in c.topics:
            self.topic(topic)
        return "\n".join(self.out) + "\n"

    # --- pieces ---

    def open_section(self, name: str, title: str, *, keep: bool = False) -> None:
        if not self.rich:
            self.w(f'<section class="{name}{" keep" if keep else ""}">')
        self.w(f"<h2>{escape(title)}</h2>")

    def close_section(self) -> None:
        if not self.rich:
            self.w("</section>")

    def caption(self, text: str) -> None:
        self.w(f'<p class="caption">{escape(text)}</p>')

    def table_attrs(self) -> str:
        return ' width="100%" cellspacing="0" cellpadding="4"' if self.rich else ""

    def readiness(self) -> None:
        c = self.c
        self.open_section("readiness", READINESS_TITLE, keep=True)
        self.w(
            f'<p class="progress"><span class="figure">{escape(readiness_figure(c))}</span> '
            f'<span class="caption">{escape(readiness_words(c))}</span></p>'
        )
        if not self.rich:
            share = min(max(c.readiness, 0.0), 1.0)
            self.w(f'<div class="bar"><span style="width:{share * 100:.0f}%"></span></div>')
        self.caption(readiness_rule(c))
        rows = topic_rows(c)
        if rows:
            head = "".join(f"<th>{escape(h)}</th>" for h in TOPIC_HEADERS)
            self.w(f'<table class="skills readiness"{self.table_attrs()}>', f"<tr>{head}</tr>")
            for title, met, ratio in rows:
                self.w(
                    f"<tr><td>{escape(title)}</td><td>{escape(met)}</td>"
                    f'<td class="share">{escape(ratio)}</td></tr>'
                )
            self.w("</table>")
        self.close_section()

    def position(self) -> None:
        c = self.c
        self.open_section("position", position_title(c), keep=True)
        sub = c.sublevel
        if sub is None:
            self.caption(no_position_words(c))
            self.close_section()
            return
        self.w(
            f'<p class="progress"><span class="figure">{escape(sublevel_figure(sub))}</span> '
            f'<span class="caption">{escape(sublevel_words(c, sub))}</span></p>'
        )
        self.caption(sublevel_rule(sub))
        self.w(f"<h3>{escape(HISTORY_TITLE)}</h3>")
        if not c.history:
            self.caption(NO_HISTORY)
            self.close_section()
            return
        markup = self.chart_hook("sublevel", sublevel_svg(c, width=self.width))
        self.w(f'<p class="chart">{markup}</p>' if self.rich else f"<figure>{markup}</figure>")
        head = "".join(f"<th>{escape(h)}</th>" for h in HISTORY_HEADERS)
        self.w(f'<table class="skills history"{self.table_attrs()}>', f"<tr>{head}</tr>")
        for day, share, letter in history_rows(c):
            self.w(
                f"<tr><td>{escape(day)}</td><td>{escape(share)}</td><td>{escape(letter)}</td></tr>"
            )
        self.w("</table>")
        self.caption(HISTORY_RULE)
        self.close_section()

    def topic(self, topic: CaseTopic) -> None:
        # The topic's figure in its heading: a caption between two headings would be left
        # alone at the foot of a page when the second moves on.
        if not self.rich:
            self.w('<section class="topic">')
        self.w(
            f"<h2>{escape(collapse(topic.title))} "
            f'<span class="count">· {escape(topic_words(topic.readiness))}</span></h2>'
        )
        for title, states, is_open in (
            (MET_TITLE, topic.met, False),
            (OPEN_TITLE, topic.open, True),
        ):
            if not states:
                continue
            self.w(f"<h3>{escape(title)} ({len(states)})</h3>", '<ul class="criteria">')
            self.w(*(self.criterion(s, is_open) for s in states))
            self.w("</ul>")
        self.close_section()

    def criterion(self, state: CriterionState, is_open: bool) -> str:
        line = f"<strong>{escape(criterion_text(state))}</strong>"
        if is_open:
            line += f'<br><span class="gap">{escape(gap_words(state))}</span>'
        assessed = assessment_words(state)
        if assessed and (not is_open or state.evidence):
            line += f'<br><span class="caption">{escape(assessed)}</span>'
        if state.evidence:
            items = "".join(f"<li>{self.evidence(e)}</li>" for e in state.evidence)
            line += f'<ul class="evidence">{items}</ul>'
        elif not is_open:
            line += f'<br><span class="caption">{escape(NO_EVIDENCE_YET)}</span>'
        return f"<li>{line}</li>"

    def evidence(self, e: EvidenceRecord) -> str:
        day = format_day(e.occurred_on).replace(" ", "\u00a0")  # a date never wraps
        text = f'{escape(collapse(e.title))} <span class="date">·\u00a0{day}</span>'
        if e.measurable_result.strip():
            text += f' — <span class="result">{escape(collapse(e.measurable_result))}</span>'
        if e.links:
            text += f'<br><span class="links">{" · ".join(self.link(u) for u in e.links)}</span>'
        return text

    def link(self, url: str) -> str:
        target = web_link(url)
        shown = escape(collapse(url))
        if target is None or self.rich:
            return shown
        return f'<a href="{escape(target, quote=True)}" rel="noopener noreferrer">{shown}</a>'


# --- the sub-level's history as a step chart --------------------------------------------------


def sublevel_svg(case: PromotionCase, width: int = 640, height: int = 200) -> str:
    """The share of the current level shown consistently over time, against the letters' bands."""
    level = level_name(case.current) if case.current is not None else "the current level"
    svg = _Svg(
        width,
        height,
        f"Sub-level history within {level}",
        "The share of the level's criteria assessed “consistently” after every assessment "
        "day; dashed lines are the sub-level thresholds.",
    )
    left, right, top, bottom = 54.0, 30.0, 16.0, 36.0
    x0, x1, y0, y1 = left, width - right, top, height - bottom
    points = list(case.history)
    first = points[0].day if points else case.as_of
    end = max(case.as_of, points[-1].day if points else case.as_of)
    start = first - dt.timedelta(days=max(7, (end - first).days // 20))
    if end <= start:
        end = start + dt.timedelta(days=1)
    scale = _TimeScale(start, end, x0, x1)

    def y_of(share: float) -> float:
        return y1 - (y1 - y0) * min(max(share, 0.0), 1.0)

    thresholds = case.sublevel.thresholds if case.sublevel is not None else ()
    bounds = [0.0, *thresholds, 1.0]
    for i, share in enumerate(bounds):
        y = y_of(share)
        dashed = 0 < i < len(bounds) - 1
        svg.line(
            x0,
            y,
            x1,
            y,
            stroke=GRID if dashed else AXIS,
            stroke_dasharray="4 3" if dashed else None,
        )
        svg.text(x0 - 6, y + 3.5, f"{round(share * 100)}%", anchor="end", size=9)
        if i < len(bounds) - 1:
            middle = (y + y_of(bounds[i + 1])) / 2
            svg.text(x1 + 10, middle + 3.5, "ABCDE"[min(i, 4)], size=10, fill=MUTED, weight="bold")
    svg.text(14, (y0 + y1) / 2, "Shown consistently", anchor="middle", rotate=-90, size=10)
    _time_axis(svg, scale, start, end, y1)
    steps: list[tuple[float, float]] = [(scale(start), y_of(0.0))]
    for p in points:
        x = scale(p.day)
        steps += [(x, steps[-1][1]), (x, y_of(p.share))]
    steps.append((scale(end), steps[-1][1]))
    svg.polyline(steps, stroke=PROGRESS_COLOR, stroke_width=2, stroke_linejoin="round")
    for p in points:
        svg.add("circle", cx=scale(p.day), cy=y_of(p.share), r=3.0, fill=PROGRESS_COLOR)
    if points:
        last = points[-1]
        svg.text(scale(end) - 4, y_of(last.share) - 6, last.letter, anchor="end", size=10, fill=INK)
    return svg.render()
