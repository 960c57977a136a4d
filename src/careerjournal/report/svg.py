"""Charts for the appraisal summary as standalone SVG 1.1 text, written directly (no Qt).

Three charts: entries and impact per month, a goal's burn-up over the period and the period's
timeline of entries. Every label is a real `<text>` (so it stays text in HTML and prints crisply),
colours are the deeper variants of the app's kind colours, which read on white paper, and only
presentation attributes that Qt's SVG renderer also understands are used (the PDF rasterises the
same drawings). Widths and heights are in CSS pixels; the timeline grows taller when it needs
room for its lanes.

The module also holds the small vocabulary the text renderers share: kind names and colours and
how a day is written.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from ..domain import EntryKind, MoveKind, labels
from ..services.summary import GoalSummary, Stats, Summary

# --- shared vocabulary ----------------------------------------------------------------------------

#: The app's kind colours for light backgrounds (`ui.theme.KIND_COLORS`, light variants).
KIND_COLORS: dict[EntryKind, str] = {
    EntryKind.PROMOTION: "#930000",
    EntryKind.SKILL: "#003dba",
    EntryKind.CERTIFICATION: "#967eae",
    EntryKind.PROJECT: "#01997f",
    EntryKind.RESPONSIBILITY: "#8b704b",
    EntryKind.RECOGNITION: "#b97b00",
    EntryKind.FEEDBACK: "#15747d",
    EntryKind.LEARNING: "#8a6fff",
    EntryKind.NETWORK: "#663852",
    EntryKind.COMPENSATION: "#2f573a",
    EntryKind.OTHER: "#6b7078",
}

#: Role change colours for light backgrounds (`ui.theme.MOVE_COLORS`, light variants).
MOVE_COLORS: dict[MoveKind, str] = {
    MoveKind.FIRST: "#6b7078",
    MoveKind.PROMOTION: "#930000",
    MoveKind.LATERAL: "#003dba",
    MoveKind.DIAGONAL: "#8a6fff",
    MoveKind.NEW_EMPLOYER: "#01997f",
}

#: Headings over a kind's entries; the words are `domain.labels`' (the text renderers use this).
KIND_PLURALS: dict[EntryKind, str] = {k: labels.label(k, labels.Form.PLURAL) for k in EntryKind}

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

INK = "#1f2328"  # text
MUTED = "#5b616b"  # captions, axis labels
GRID = "#dde1e6"
AXIS = "#9aa1ab"
ENTRIES_COLOR = "#0072b2"
IMPACT_COLOR = "#d55e00"
PROGRESS_COLOR = "#0072b2"
PERIOD_FILL = "#e6eef8"
SVG_NAMESPACE = "http://www.w3.org/2000/svg"
FONT = "Helvetica, Arial, 'DejaVu Sans', sans-serif"


def kind_label(kind: EntryKind | str) -> str:
    return labels.label(EntryKind(kind))


def kind_color(kind: EntryKind | str) -> str:
    return KIND_COLORS[EntryKind(kind)]


def move_label(move: MoveKind | str) -> str:
    return labels.label(MoveKind(move))


def format_day(day: dt.date) -> str:
    """`3 Mar 2026`, as the summary's period labels write it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def format_period(date_from: dt.date, date_to: dt.date) -> str:
    return f"{format_day(date_from)} – {format_day(date_to)}"


def format_percent(share: float) -> str:
    return f"{round(share * 100)}%"


# --- drawing helpers ------------------------------------------------------------------------------


def _n(value: float) -> str:
    """A coordinate: at most one decimal, no trailing zeros."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _attrs(attrs: dict[str, object]) -> str:
    parts = []
    for key, value in attrs.items():
        if value is None:
            continue
        text = _n(value) if isinstance(value, float) else str(value)
        parts.append(f"{key.replace('_', '-')}={quoteattr(text)}")
    return " ".join(parts)


class _Svg:
    """An SVG document being written, element by element."""

    def __init__(self, width: int, height: int, title: str, description: str = "") -> None:
        self.width = width
        self.height = height
        self.parts: list[str] = [
            f'<svg xmlns="{SVG_NAMESPACE}" version="1.1" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
            f'font-family="{FONT}">',
            f"<title>{escape(title)}</title>",
        ]
        if description:
            self.parts.append(f"<desc>{escape(description)}</desc>")
        self.parts.append(self._tag("rect", x=0, y=0, width=width, height=height, fill="#ffffff"))

    @staticmethod
    def _tag(name: str, **attrs: object) -> str:
        return f"<{name} {_attrs(attrs)}/>"

    def add(self, name: str, **attrs: object) -> None:
        self.parts.append(self._tag(name, **attrs))

    def line(self, x1: float, y1: float, x2: float, y2: float, **attrs: object) -> None:
        attrs.setdefault("stroke", AXIS)
        attrs.setdefault("stroke_width", 1)
        self.add("line", x1=float(x1), y1=float(y1), x2=float(x2), y2=float(y2), **attrs)

    def text(
        self,
        x: float,
        y: float,
        text: str,
        *,
        size: float = 10,
        anchor: str = "start",
        fill: str = MUTED,
        weight: str | None = None,
        rotate: float | None = None,
    ) -> None:
        attrs: dict[str, object] = {
            "x": float(x),
            "y": float(y),
            "font-size": float(size),
            "fill": fill,
        }
        if anchor != "start":
            attrs["text-anchor"] = anchor
        if weight:
            attrs["font-weight"] = weight
        if rotate is not None:
            attrs["transform"] = f"rotate({_n(rotate)} {_n(x)} {_n(y)})"
        self.parts.append(f"<text {_attrs(attrs)}>{escape(text)}</text>")

    def polyline(self, points: Iterable[tuple[float, float]], **attrs: object) -> None:
        attrs.setdefault("fill", "none")
        coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self.parts.append(f"<polyline points={quoteattr(coords)} {_attrs(attrs)}/>")

    def path(self, data: str, **attrs: object) -> None:
        self.parts.append(f"<path d={quoteattr(data)} {_attrs(attrs)}/>")

    def render(self) -> str:
        return "\n".join([*self.parts, "</svg>"]) + "\n"


def _text_width(text: str, size: float) -> float:
    """A generous estimate of a sans-serif label's width (for laying out legends)."""
    return len(text) * size * 0.58


def _nice_ceiling(value: float, ticks: int = 4) -> tuple[float, float]:
    """A round axis maximum at or above `value`, and the step between its ticks."""
    if value <= 0:
        return 1.0, 1.0
    raw = value / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    if step < 1:
        step = 1.0
    return step * math.ceil(value / step - 1e-9), step


@dataclass(frozen=True)
class _Tick:
    day: dt.date
    label: str
    sublabel: str  # the year, under the first tick and each January


def _month_ticks(start: dt.date, end: dt.date, max_ticks: int) -> list[_Tick]:
    """First days of months in [start, end], thinned to at most `max_ticks`."""
    months: list[dt.date] = []
    day = dt.date(start.year, start.month, 1)
    if day < start:
        day = _add_months(day, 1)
    while day <= end:
        months.append(day)
        day = _add_months(day, 1)
    if not months:
        return []
    step = next(s for s in (1, 2, 3, 4, 6, 12, 24, 60, 120) if len(months) / s <= max_ticks)
    if step >= 12:
        chosen = [m for m in months if m.month == 1][:: step // 12] or months[:1]
        return [_Tick(m, str(m.year), "") for m in chosen]
    chosen = [m for m in months if (m.month - 1) % step == 0] or months[:1]
    ticks = []
    for i, m in enumerate(chosen):
        sub = str(m.year) if i == 0 or m.month <= step else ""
        ticks.append(_Tick(m, MONTHS[m.month - 1], sub))
    return ticks


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


class _TimeScale:
    def __init__(self, start: dt.date, end: dt.date, x0: float, x1: float) -> None:
        self.start = start
        self.days = max((end - start).days, 1)
        self.x0 = x0
        self.x1 = x1

    def __call__(self, day: dt.date) -> float:
        share = (day - self.start).days / self.days
        return self.x0 + (self.x1 - self.x0) * min(max(share, 0.0), 1.0)


def _legend(svg: _Svg, x: float, y: float, items: Sequence[tuple[str, str]], max_x: float) -> float:
    """Legend items (marker markup drawn by key, label); returns the y below the last row."""
    cursor = x
    for marker, label in items:
        width = 18 + _text_width(label, 10) + 14
        if cursor > x and cursor + width > max_x:
            cursor = x
            y += 16
        _marker(svg, marker, cursor, y)
        svg.text(cursor + 16, y + 3.5, label, fill=INK)
        cursor += width
    return y + 16


def _marker(svg: _Svg, marker: str, x: float, y: float) -> None:
    kind, _, color = marker.partition(":")
    if kind == "bar":
        svg.add("rect", x=float(x), y=y - 5.0, width=12, height=10, fill=color)
    elif kind == "line":
        svg.line(x, y, x + 12, y, stroke=color, stroke_width=2)
        svg.add("circle", cx=x + 6.0, cy=float(y), r=2.5, fill=color)
    elif kind == "dash":
        svg.line(x, y, x + 12, y, stroke=color, stroke_width=1.5, stroke_dasharray="4 3")
    elif kind == "area":
        svg.add("rect", x=float(x), y=y - 5.0, width=12, height=10, fill=color)
    elif kind == "dot":
        svg.add("circle", cx=x + 6.0, cy=float(y), r=4.5, fill=color)
    elif kind == "star":
        svg.add("circle", cx=x + 6.0, cy=float(y), r=5.5, fill="#ffffff", stroke=INK)
        svg.add("circle", cx=x + 6.0, cy=float(y), r=3.0, fill=INK)
    elif kind == "vline":
        svg.line(x + 6, y - 6, x + 6, y + 6, stroke=color, stroke_width=1.5)


# --- entries per month ----------------------------------------------------------------------------


def month_bars_svg(stats: Stats, width: int = 640, height: int = 200) -> str:
    """Entries per month as bars, with their summed impact as a line on a second axis."""
    svg = _Svg(
        width,
        height,
        "Entries per month",
        "Bars: entries journaled each month. Line: the sum of their impact (right axis).",
    )
    left, right, top, bottom = 50.0, 50.0, 30.0, 36.0
    x0, x1, y0, y1 = left, width - right, top, height - bottom  # y1 is the baseline
    months = stats.months
    legend_items = [(f"bar:{ENTRIES_COLOR}", "Entries"), (f"line:{IMPACT_COLOR}", "Impact (sum)")]
    _legend(svg, x0, 12, legend_items, x1)
    svg.text(14, (y0 + y1) / 2, "Entries per month", anchor="middle", rotate=-90, size=10)
    svg.text(width - 12, (y0 + y1) / 2, "Impact", anchor="middle", rotate=90, size=10)

    entries_max, entries_step = _nice_ceiling(max((m.entries for m in months), default=0))
    impact_max, impact_step = _nice_ceiling(max((m.impact for m in months), default=0))

    def y_entries(v: float) -> float:
        return y1 - (y1 - y0) * v / entries_max

    def y_impact(v: float) -> float:
        return y1 - (y1 - y0) * v / impact_max

    tick = 0.0
    while tick <= entries_max + 1e-9:
        y = y_entries(tick)
        svg.line(x0, y, x1, y, stroke=GRID if tick else AXIS)
        svg.text(x0 - 6, y + 3.5, _n(tick), anchor="end", size=9)
        tick += entries_step
    tick = 0.0
    while tick <= impact_max + 1e-9:
        svg.text(x1 + 6, y_impact(tick) + 3.5, _n(tick), size=9, fill=IMPACT_COLOR)
        tick += impact_step

    if not months:
        svg.text((x0 + x1) / 2, (y0 + y1) / 2, "No months in the period", anchor="middle")
        return svg.render()

    slot = (x1 - x0) / len(months)
    bar = max(min(slot * 0.62, 36), 2)
    label_every = max(1, math.ceil(len(months) / max(1, (x1 - x0) // 34)))
    points = []
    for i, m in enumerate(months):
        cx = x0 + slot * (i + 0.5)
        if m.entries:
            y = y_entries(m.entries)
            svg.add("rect", x=cx - bar / 2, y=y, width=bar, height=y1 - y, fill=ENTRIES_COLOR)
            if slot >= 16:
                svg.text(cx, y - 3, str(m.entries), anchor="middle", size=8.5, fill=INK)
        points.append((cx, y_impact(m.impact)))
        if i % label_every == 0:
            svg.text(cx, y1 + 13, MONTHS[m.month - 1], anchor="middle", size=9)
            if i == 0 or m.month <= label_every:
                svg.text(cx, y1 + 25, str(m.year), anchor="middle", size=8.5)
    svg.polyline(points, stroke=IMPACT_COLOR, stroke_width=2, stroke_linejoin="round")
    for x, y in points:
        svg.add("circle", cx=x, cy=y, r=2.5, fill=IMPACT_COLOR)
    return svg.render()


# --- a goal's burn-up -----------------------------------------------------------------------------


def burn_up_svg(
    goal: GoalSummary, date_from: dt.date, date_to: dt.date, width: int = 640, height: int = 220
) -> str:
    """The goal's progress (0–100%) over its series, with the summary's period shaded."""
    svg = _Svg(
        width,
        height,
        f"Progress of {goal.title}",
        "Progress towards the goal over time; the shaded band is the period of the summary.",
    )
    left, right, top, bottom = 54.0, 18.0, 32.0, 36.0
    x0, x1, y0, y1 = left, width - right, top, height - bottom
    series = list(goal.series) or [
        (date_from, goal.progress_before),
        (date_to, goal.progress_after),
    ]
    series.sort(key=lambda p: p[0])
    start = min(series[0][0], date_from)
    end = max(series[-1][0], date_to)
    if end <= start:
        end = start + dt.timedelta(days=1)
    scale = _TimeScale(start, end, x0, x1)

    def y_of(share: float) -> float:
        return y1 - (y1 - y0) * min(max(share, 0.0), 1.0)

    legend_items = [
        (f"line:{PROGRESS_COLOR}", "Progress"),
        (f"area:{PERIOD_FILL}", "This period"),
        (f"dash:{MUTED}", "Goal reached (100%)"),
    ]
    _legend(svg, x0, 12, legend_items, x1)
    px0, px1 = scale(max(date_from, start)), scale(min(date_to, end))
    svg.add("rect", x=px0, y=y0, width=max(px1 - px0, 1.0), height=y1 - y0, fill=PERIOD_FILL)
    for share in (0.0, 0.25, 0.5, 0.75):
        y = y_of(share)
        svg.line(x0, y, x1, y, stroke=GRID if share else AXIS)
        svg.text(x0 - 6, y + 3.5, format_percent(share), anchor="end", size=9)
    svg.line(x0, y_of(1.0), x1, y_of(1.0), stroke=MUTED, stroke_width=1.2, stroke_dasharray="5 4")
    svg.text(x0 - 6, y_of(1.0) + 3.5, "100%", anchor="end", size=9)
    svg.text(14, (y0 + y1) / 2, "Progress (%)", anchor="middle", rotate=-90, size=10)
    _time_axis(svg, scale, start, end, y1)

    # A step curve: progress holds until the next change.
    points: list[tuple[float, float]] = []
    for i, (day, share) in enumerate(series):
        x, y = scale(day), y_of(share)
        if i:
            points.append((x, points[-1][1]))
        points.append((x, y))
    if points and points[-1][0] < scale(end) and series[-1][0] < date_to:
        points.append((scale(min(date_to, end)), points[-1][1]))
    fill_points = [(points[0][0], y1), *points, (points[-1][0], y1)]
    svg.add(
        "polygon",
        points=" ".join(f"{_n(x)},{_n(y)}" for x, y in fill_points),
        fill=PROGRESS_COLOR,
        fill_opacity="0.12",
    )
    svg.polyline(points, stroke=PROGRESS_COLOR, stroke_width=2, stroke_linejoin="round")
    for day, value in ((date_from, goal.progress_before), (date_to, goal.progress_after)):
        if start <= day <= end:
            x, y = scale(day), y_of(value)
            svg.add("circle", cx=x, cy=y, r=3.5, fill=PROGRESS_COLOR, stroke="#ffffff")
            anchor = "start" if day == date_from else "end"
            dx = 6 if anchor == "start" else -6
            label_y = y - 7 if y - 7 > y0 + 10 else y + 15
            svg.text(
                x + dx,
                label_y,
                format_percent(value),
                anchor=anchor,
                size=10,
                fill=INK,
                weight="bold",
            )
    return svg.render()


def _time_axis(svg: _Svg, scale: _TimeScale, start: dt.date, end: dt.date, y: float) -> None:
    ticks = _month_ticks(start, end, max(2, int((scale.x1 - scale.x0) // 46)))
    for tick in ticks:
        x = scale(tick.day)
        svg.line(x, y, x, y + 4, stroke=AXIS)
        svg.text(x, y + 14, tick.label, anchor="middle", size=9)
        if tick.sublabel:
            svg.text(x, y + 26, tick.sublabel, anchor="middle", size=8.5)


# --- the period's timeline ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Dot:
    day: dt.date
    kind: EntryKind
    starred: bool


def timeline_entries(summary: Summary) -> list[_Dot]:
    """The entries the summary covers (every candidate the user kept, else those it lists)."""
    options = summary.options
    dots: list[_Dot] = []
    if summary.candidates:
        for e in summary.candidates:
            if e.id in options.excluded_ids:
                continue
            if e.kind is EntryKind.COMPENSATION and not options.include_compensation:
                continue
            dots.append(_Dot(e.occurred_on, EntryKind(e.kind), e.starred))
    else:
        seen: set[int] = set()
        for group in summary.achievements:
            for e in group.entries:
                seen.add(e.id)
                dots.append(_Dot(e.occurred_on, EntryKind(e.kind), e.starred))
        for q in summary.quotes:
            if q.entry_id not in seen:
                dots.append(_Dot(q.occurred_on, EntryKind(q.kind), False))
    return [d for d in dots if options.date_from <= d.day <= options.date_to]


def timeline_svg(summary: Summary, width: int = 640, height: int = 160) -> str:
    """The period's entries as dots in a lane per kind, role changes as vertical lines.

    `height` is a minimum: with many kinds the drawing grows to keep lanes readable.
    """
    dots = timeline_entries(summary)
    kinds = [k for k in EntryKind if any(d.kind is k for d in dots)]
    moves = [
        m
        for m in summary.headline.moves
        if summary.options.date_from <= m.day <= summary.options.date_to
    ]
    left, right = 112.0, 16.0
    top = 26.0 if moves else 10.0
    lane_h = 18.0
    legend_items = [(f"dot:{KIND_COLORS[k]}", kind_label(k)) for k in kinds]
    if any(d.starred for d in dots):
        legend_items.append(("star:", "Starred"))
    if moves:
        legend_items.append((f"vline:{MOVE_COLORS[MoveKind.PROMOTION]}", "Role change"))
    legend_rows = _legend_rows(legend_items, width - left - right)
    bottom = 34.0 + 16.0 * legend_rows
    plot_h = max(lane_h * max(len(kinds), 1), height - top - bottom)
    height = max(height, math.ceil(top + plot_h + bottom))
    x0, x1, y0, y1 = left, width - right, top, top + plot_h
    lane_h = plot_h / max(len(kinds), 1)
    svg = _Svg(
        width,
        height,
        "Timeline of the period",
        "Each dot is a journal entry, in a lane per kind; vertical lines are role changes.",
    )
    start, end = summary.options.date_from, summary.options.date_to
    if end <= start:
        end = start + dt.timedelta(days=1)
    scale = _TimeScale(start, end, x0, x1)
    for i, kind in enumerate(kinds):
        cy = y0 + lane_h * (i + 0.5)
        if i % 2 == 0:
            svg.add("rect", x=x0, y=y0 + lane_h * i, width=x1 - x0, height=lane_h, fill="#f4f6f8")
        count = sum(1 for d in dots if d.kind is kind)
        svg.text(
            x0 - 8, cy + 3.5, f"{kind_label(kind)} ({count})", anchor="end", size=9.5, fill=INK
        )
    svg.line(x0, y1, x1, y1, stroke=AXIS)
    _time_axis(svg, scale, start, end, y1)
    if not kinds:
        svg.text((x0 + x1) / 2, (y0 + y1) / 2 + 3.5, "No entries in this period", anchor="middle")
    for move in moves:
        x = scale(move.day)
        color = MOVE_COLORS[MoveKind(move.move_kind)]
        svg.line(x, y0 - 4, x, y1, stroke=color, stroke_width=1.5, stroke_dasharray="4 2")
        label = (
            f"{move_label(move.move_kind)}: {move.title}"
            if move.title
            else move_label(move.move_kind)
        )
        anchor = "end" if x > (x0 + x1) / 2 else "start"
        svg.text(
            x + (-4 if anchor == "end" else 4),
            y0 - 8,
            label,
            anchor=anchor,
            size=9,
            fill=color,
            weight="bold",
        )
    for dot in sorted(dots, key=lambda d: d.starred):  # starred on top
        cx = scale(dot.day)
        cy = y0 + lane_h * (kinds.index(dot.kind) + 0.5)
        color = KIND_COLORS[dot.kind]
        if dot.starred:
            svg.add("circle", cx=cx, cy=cy, r=6.0, fill="#ffffff", stroke=INK, stroke_width=1.2)
        svg.add("circle", cx=cx, cy=cy, r=4.0, fill=color, stroke="#ffffff", stroke_width=0.8)
    _legend(svg, x0, y1 + 34, legend_items, x1)
    return svg.render()


def _legend_rows(items: Sequence[tuple[str, str]], available: float) -> int:
    rows, cursor = 1, 0.0
    for _, label in items:
        width = 18 + _text_width(label, 10) + 14
        if cursor and cursor + width > available:
            rows += 1
            cursor = 0.0
        cursor += width
    return rows
