"""The role band's and the lattice's spans, built from the roles, and the legend's entries
(colours from the theme)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette

from ...domain import MoveKind
from ...services.timeline import LANE_KINDS, RoleSpan
from ..charts.legend import Swatch
from ..formatting import kind_label
from ..theme import kind_color, move_color
from .plot import MOVE_SYMBOLS, BandGeometry, Span, day_span_end, place_roles, role_text
from .tooltips import move_label


def _fill(line: QColor, alpha: int) -> QColor:
    fill = QColor(line)
    fill.setAlpha(alpha)
    return fill


def band_spans(
    roles: Sequence[RoleSpan], band: BandGeometry, x_end: int, *, dark: bool
) -> list[Span]:
    """A rectangle per role on the band, taller for higher levels; a symbol where it changed."""
    spans = []
    for placed in place_roles(roles, band, x_end):
        line = move_color(placed.span.move_kind, dark)
        title, level = role_text(placed.span)
        changed = placed.span.move_kind is not MoveKind.FIRST
        spans.append(
            Span(
                placed.start,
                placed.end,
                placed.top,
                placed.bottom,
                _fill(line, 60 if dark else 45),
                line,
                title,
                level,
                label_y=placed.bottom - 0.225 * (placed.bottom - placed.row_top),
                symbol=MOVE_SYMBOLS[placed.span.move_kind] if changed else None,
                symbol_y=placed.top,
                hit_top=placed.row_top,
                hit_bottom=placed.bottom,
                role=placed.span,
            )
        )
    return spans


def lattice_spans(
    roles: Sequence[RoleSpan],
    rows: dict[str, float],
    step: float,
    no_function: str,
    x_end: float,
    *,
    dark: bool,
) -> tuple[list[Span], list[tuple[float, float, float, float]]]:
    """A span per role on its function's row (`rows`: function -> y), the marker sized by level,
    and the connectors from one role to the next."""
    ranks = [s.level_rank for s in roles]
    low, high = (min(ranks), max(ranks)) if ranks else (0, 0)
    half = min(0.16, step * 0.18)
    spans: list[Span] = []
    connectors: list[tuple[float, float, float, float]] = []
    previous: tuple[float, float] | None = None
    for role in roles:
        y = rows[role.function or no_function]
        start = float(role.start.toordinal())
        end = float(day_span_end(role, int(x_end)))
        line = move_color(role.move_kind, dark)
        share = 0.5 if high == low else (role.level_rank - low) / (high - low)
        title, level = role_text(role)
        spans.append(
            Span(
                start,
                end,
                y - half,
                y + half,
                _fill(line, 110),
                line,
                title,
                level,
                label_y=y - half,
                symbol=MOVE_SYMBOLS[role.move_kind],
                symbol_y=y,
                symbol_size=11.0 + 13.0 * share,
                hit_top=y - step / 2,
                hit_bottom=y + step / 2,
                role=role,
            )
        )
        if previous is not None:
            connectors.append((previous[0], previous[1], start, y))
        previous = (min(end, x_end), y)
    return spans, connectors


def legend_entries(
    colors: dict[str, QColor], dark: bool, *, lattice: bool
) -> list[tuple[Swatch, str]]:
    """The legend: kinds, impact and density for the lanes (or level size for the lattice), and
    the kinds of role change."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("TimelineView", text)

    background, text = colors["background"], colors["text"]
    entries: list[tuple[Swatch, str]] = []
    if not lattice:
        entries += [
            (Swatch("o", kind_color(kind, dark), background), kind_label(kind))
            for kind in LANE_KINDS
        ]
        entries.append((Swatch(None, text, text), tr("impact")))
        entries.append((Swatch("density", text, text), tr("more entries")))
    moves = (MoveKind.PROMOTION, MoveKind.LATERAL, MoveKind.DIAGONAL, MoveKind.NEW_EMPLOYER)
    entries += [
        (Swatch(MOVE_SYMBOLS[m], move_color(m, dark), background, 14.0), move_label(m))
        for m in moves
    ]
    if lattice:
        entries.append((Swatch("o", text, background, 9.0), tr("size: level")))
    return entries


def palette_colors(palette: QPalette) -> dict[str, QColor]:
    """The palette's colours the plot uses, by role in the plot."""
    return {
        "background": palette.color(QPalette.ColorRole.Base),
        "stripe": palette.color(QPalette.ColorRole.AlternateBase),
        "text": palette.color(QPalette.ColorRole.WindowText),
        "mid": palette.color(QPalette.ColorRole.Mid),
        "accent": palette.color(QPalette.ColorRole.Highlight),
    }
