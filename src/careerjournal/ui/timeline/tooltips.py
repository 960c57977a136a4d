"""The timeline's facts in words: tooltips (rich text, user text escaped) and move kinds.

Texts keep the view's translation context ("TimelineView").
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ...domain import MoveKind
from ...services.timeline import MomentumSeries, RoleSpan
from ..formatting import enum_label, format_date, kind_label
from ..journal.model import impact_text
from .presenter import ColumnFacts, EntryFacts, MomentumFacts


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TimelineView", text, None, n)


def move_label(move: MoveKind) -> str:
    """How a role was reached ("Promotion", "Lateral move"), from the one table of enum labels."""
    return enum_label(MoveKind(move))


def entry_tooltip(facts: EntryFacts) -> str:
    """Title, date, kind and impact of a drawn entry."""
    words = " · ".join((format_date(facts.day), kind_label(facts.kind), impact_text(facts.impact)))
    return f"<b>{html.escape(facts.title)}</b><br>{html.escape(words)}"


def column_tooltip(facts: ColumnFacts) -> str:
    """How many entries of a kind a density column holds, and over which days."""
    first, last = format_date(facts.first_day), format_date(facts.last_day)
    span = first if first == last else f"{first} – {last}"
    count = _tr("%n entries", facts.count)
    lines = [
        f"<b>{html.escape(kind_label(facts.kind))}: {html.escape(count)}</b>",
        html.escape(span),
        html.escape(_tr("Highest impact: %1").replace("%1", facts.pick_title)),
        html.escape(_tr("Zoom in to see each entry; click to read this one.")),
    ]
    return "<br>".join(lines)


def role_tooltip(span: RoleSpan) -> str:
    ends = format_date(span.end) if span.end is not None else _tr("now")
    lines = [
        f"<b>{html.escape(span.title)}</b>",
        html.escape(" · ".join(p for p in (span.level, span.function, span.organisation) if p)),
        html.escape(f"{format_date(span.start)} – {ends}"),
        html.escape(move_label(span.move_kind)),
    ]
    return "<br>".join(line for line in lines if line)


def momentum_tooltip(facts: MomentumFacts) -> str:
    text = _tr(
        "Momentum on %1: %2<br>the sum of impact of the micro-progressions in the %3 days "
        "up to that day"
    )
    return (
        text.replace("%1", html.escape(format_date(facts.day)))
        .replace("%2", f"{facts.value:g}")
        .replace("%3", str(facts.window_days))
    )


def momentum_caption(momentum: MomentumSeries) -> str:
    """What the momentum strip measures, under the plot (plain text)."""
    text = _tr(
        "Momentum: the sum of impact (1-5) of micro-progressions in the %1 days up to each "
        "point, sampled every %2 days."
    )
    return text.replace("%1", str(momentum.window_days)).replace("%2", str(momentum.step_days))
