"""The promotion case as Markdown: to paste into a promotion packet, a review form or a wiki.

Words from `careerjournal.wording.case`; everything typed is escaped (`md_escape`), and only web
or mail addresses of evidence entries become links.
"""

from __future__ import annotations

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
from .markdown import md_escape
from .svg import format_day


def render_case_markdown(case: PromotionCase) -> str:
    """The case as a Markdown document (CommonMark with GitHub-style tables)."""
    out: list[str] = [f"# {md_escape(document_title(case))}", ""]
    out += [
        f"**{md_escape(subtitle(case))}**  ",
        f"*{md_escape(prepared_words(case))}. {md_escape(source_words(case))}*",
        "",
    ]
    out += _readiness(case)
    out += _position(case)
    for topic in case.topics:
        out += _topic(topic)
    return "\n".join(out).rstrip() + "\n"


def _table(headers: tuple[str, ...], rows: list[tuple[str, str, str]]) -> list[str]:
    out = ["| " + " | ".join(headers) + " |", "| --- | ---: | ---: |"]
    out += ["| " + " | ".join(md_escape(cell) for cell in row) + " |" for row in rows]
    return [*out, ""]


def _readiness(case: PromotionCase) -> list[str]:
    out = [f"## {READINESS_TITLE}", ""]
    out += [
        f"**{readiness_figure(case)}** — {md_escape(readiness_words(case))}  ",
        f"*{md_escape(readiness_rule(case))}*",
        "",
    ]
    rows = topic_rows(case)
    return out + _table(TOPIC_HEADERS, rows) if rows else out


def _position(case: PromotionCase) -> list[str]:
    out = [f"## {md_escape(position_title(case))}", ""]
    sub = case.sublevel
    if sub is None:
        return [*out, f"*{md_escape(no_position_words(case))}*", ""]
    out += [
        f"**{sublevel_figure(sub)}** — {md_escape(sublevel_words(case, sub))}  ",
        f"*{md_escape(sublevel_rule(sub))}*",
        "",
        f"### {HISTORY_TITLE}",
        "",
    ]
    if not case.history:
        return [*out, f"*{md_escape(NO_HISTORY)}*", ""]
    out += _table(HISTORY_HEADERS, history_rows(case))
    return [*out, f"*{md_escape(HISTORY_RULE)}*", ""]


def _topic(topic: CaseTopic) -> list[str]:
    out = [f"## {md_escape(topic.title)} · {md_escape(topic_words(topic.readiness))}", ""]
    for title, states, is_open in ((MET_TITLE, topic.met, False), (OPEN_TITLE, topic.open, True)):
        if not states:
            continue
        out += [f"### {title} ({len(states)})", ""]
        for state in states:
            out += _criterion(state, is_open)
        out.append("")
    return out


def _criterion(state: CriterionState, is_open: bool) -> list[str]:
    notes = []
    if is_open:
        notes.append(md_escape(gap_words(state)))
    assessed = assessment_words(state)
    if assessed and (not is_open or state.evidence):
        notes.append(f"*{md_escape(assessed)}*")
    if not is_open and not state.evidence:
        notes.append(f"*{md_escape(NO_EVIDENCE_YET)}*")
    lines = [f"- **{md_escape(criterion_text(state))}**" + ("  " if notes else "")]
    if notes:
        lines.append("  " + "  \n  ".join(notes))
    lines += [f"  - {_evidence(e)}" for e in state.evidence]
    return lines


def _evidence(e: EvidenceRecord) -> str:
    text = f"{md_escape(e.title)} ({format_day(e.occurred_on)})"
    if e.measurable_result.strip():
        text += f" — {md_escape(e.measurable_result)}"
    if e.links:
        text += " · " + " · ".join(_link(url) for url in e.links)
    return text


def _link(url: str) -> str:
    target = web_link(url)
    return f"<{target}>" if target is not None else md_escape(url)
