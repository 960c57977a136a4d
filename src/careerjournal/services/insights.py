"""Insights: what the journal says about a career, computed honestly from the user's own data.

`InsightsService.compute(today)` returns one frozen `Insights` record of cards: big leaps against
incremental gains, momentum, role fragmentation, the lattice of moves, cadence, the career stage
with guidance, and the pinned next-promotion goal. Every card carries `explanation` (one line on
how it is computed) and most carry `advice` (what to do about it, with the evidence). An empty
journal gives empty cards whose explanations say there is not enough data; nothing here raises
or divides by zero.

Qt-free and cheap: entries are read once with one Core query (day number, kind, impact, role,
and, only where needed, the first tag and the title), then roles, reviews and the profile; the
rest is arithmetic over plain values. A 100,000-entry journal computes in a fraction of a second.

Definitions shared by the cards:

- A *micro-progression* is a live entry of a kind in `MICRO_KINDS` (every kind but promotion and
  other). Trashed entries and anything dated after `today` are ignored.
- A *promotion* is what `roles.promotions` says (the one definition every view shares): a role
  begun with move kind promotion, a diagonal move or new employer to a higher level rank, or a
  role change (or a day without one) with a promotion entry; one per day.
- *Formal recognition* (fragmentation) is a promotion, a review held, or a recognition entry.
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from itertools import accumulate, pairwise
from typing import Any

from sqlalchemy import case, func, select

from ..domain import MICRO_KINDS, Entry, EntryKind, MoveKind, Profile, Review, Role, Tag, entry_tag
from .base import Service
from .goals import GoalProgress, GoalService
from .reviews import STAGES
from .roles import Promotion, RoleStep, promoted_roles, promotions
from .summary import day_text, months_before, readiness_text
from .timeline import _ordinal, kind_text, momentum

#: Momentum: the short average this much above (below) the long one is a rising (falling) trend.
TREND_THRESHOLD = 0.15
MOMENTUM_MONTHS = 24
#: Fragmentation warns at this normalised entropy or above ...
FRAGMENTATION_THRESHOLD = 0.75
#: ... over at least this many micro-progressions in the window, with no formal recognition.
FRAGMENTATION_MIN_ENTRIES = 8
WINDOW_MONTHS = 12
HEATMAP_DAYS = 365
SHARE_WEEKS = 52
#: Career stage boundaries in years since the career start: early below 5, late above 15.
MID_STAGE_YEARS = 5
LATE_STAGE_YEARS = 15
#: Cadence nudges: feedback sought, and recognition received, within these many days.
FEEDBACK_DUE_DAYS = 90
RECOGNITION_DUE_DAYS = 180

DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

NO_PINNED_GOAL = (
    "No goal is pinned as the next promotion: pin one in Goals to follow its progress here."
)


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    STEADY = "steady"
    NONE = "none"  # no micro-progressions in the last 12 months, or under 3 months of history


# -- records ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LeapsCard:
    """Big leaps (promotions) against incremental gains (the cumulative micro-progressions)."""

    promotions: tuple[Promotion, ...]  # oldest first, at most one per day
    # (day, micro-progressions up to and including that day): the last day of every month from
    # the first micro-progression's month to this month, whose point is today.
    cumulative: tuple[tuple[dt.date, int], ...]
    micro_total: int
    last_promotion: dt.date | None
    days_since_last_promotion: int | None
    average_interval_days: float | None  # mean gap between consecutive promotions; None below 2
    comparison: str  # the two set side by side in a sentence
    explanation: str
    advice: str


@dataclass(frozen=True)
class MomentumCard:
    """Micro-progressions per month weighted by impact, and their trend."""

    # (first day of the month, sum of impact): the last 24 calendar months, this one (so far) last.
    months: tuple[tuple[dt.date, float], ...]
    average_3: float  # impact per month over the last 3 months up to today
    average_12: float  # the same over the last 12 months (or since the first entry, if later)
    trend: Trend
    trend_text: str  # "up: 3-month average 14.3 vs 12-month 9.8 impact points per month"
    explanation: str
    advice: str


@dataclass(frozen=True)
class FragmentationCard:
    """How the last 12 months' micro-progressions spread over areas, and whether they were
    formally recognised."""

    window_start: dt.date  # first day of the window (inclusive)
    window_end: dt.date  # today
    entries: int  # micro-progressions in the window
    # (area, count), most first then by name. An entry's area is its role's function if set,
    # else its first tag in alphabetical order written "#tag", else its kind ("project").
    areas: tuple[tuple[str, int], ...]
    entropy: float  # H / log(k) over the areas: 0 all in one area (or none), 1 evenly spread
    recognised: bool
    recognition: tuple[tuple[dt.date, str], ...]  # the recognition in the window, oldest first
    warning: bool  # entropy >= 0.75, >= 8 entries and not recognised
    explanation: str
    advice: str  # with the evidence (the top areas and their counts)


@dataclass(frozen=True)
class LatticeMove:
    """A lateral or diagonal move: the role it led to, and the function it left."""

    day: dt.date
    kind: MoveKind
    title: str
    function: str
    level: str
    organisation: str
    from_function: str  # the function of the role begun before it ("" if none)
    promotion: bool = False  # also a promotion (`roles.promotions`): a diagonal step up


@dataclass(frozen=True)
class LatticeCard:
    moves: tuple[LatticeMove, ...]  # lateral and diagonal moves, oldest first
    functions: tuple[str, ...]  # distinct role functions, in the order first held
    lateral_count: int
    diagonal_count: int
    promotion_count: int  # role changes that are promotions (`roles.promotions`)
    new_employer_count: int
    explanation: str
    advice: str


@dataclass(frozen=True)
class CadenceCard:
    """Continuous recognition increments: how regularly the journal is kept."""

    week_start: int  # 0 Monday ... 6 Sunday (the profile's setting)
    weeks_with_entries: int  # weeks with at least one entry, ever
    current_streak: int  # weeks, this one included if it has an entry, else up to last week
    longest_streak: int  # weeks
    weeks_active_last_52: int
    share_last_52: float  # weeks_active_last_52 / 52
    last_feedback: dt.date | None  # the last feedback entry (feedback sought)
    days_since_feedback: int | None
    last_recognition: dt.date | None  # the last recognition entry or promotion
    days_since_recognition: int | None
    heatmap: tuple[tuple[dt.date, int], ...]  # entries per day, the last 365 days, zeros included
    explanation: str
    advice: str


@dataclass(frozen=True)
class StageCard:
    stage: str | None  # "early", "mid" or "late"; None with no career start and no override
    computed_stage: str | None  # from the career start, whatever the override
    overridden: bool  # the profile sets the stage
    career_start: dt.date | None
    career_start_source: str  # "profile", "first role", "first entry" or "" (unknown)
    years: float | None  # years since the career start
    guidance: tuple[str, ...]  # 3-4 short points for the stage, citing the user's own data
    explanation: str


@dataclass(frozen=True)
class Insights:
    as_of: dt.date
    leaps: LeapsCard
    momentum: MomentumCard
    fragmentation: FragmentationCard
    lattice: LatticeCard
    cadence: CadenceCard
    stage: StageCard
    next_promotion: GoalProgress | None  # the pinned goal's progress as of `as_of`
    readiness: str  # its projected ready date in words, or how to pin one
    entry_count: int  # live entries up to `as_of`
    role_count: int  # roles begun by `as_of`

    @property
    def is_empty(self) -> bool:
        """Nothing to compute from: no entries and no roles."""
        return self.entry_count == 0 and self.role_count == 0


# -- the facts read from the journal --------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    id: int
    title: str
    function: str
    level: str
    organisation: str
    start: dt.date
    move_kind: MoveKind
    level_rank: int = 0
    volunteer: bool = False


@dataclass(frozen=True)
class _Facts:
    """What the cards are computed from. Entries are columns, oldest first, none after today."""

    today: dt.date
    days: tuple[int, ...]  # date.toordinal(), ascending
    kinds: tuple[str, ...]
    impacts: tuple[int, ...]
    role_ids: tuple[int | None, ...]
    tags: tuple[str | None, ...]  # first tag, read only for micro-progressions in the window
    titles: tuple[str | None, ...]  # read only for promotion entries
    roles: tuple[_Role, ...]  # by start date, none starting after today
    reviews: tuple[dt.date, ...]  # held on or before today, oldest first
    career_start: dt.date | None
    week_start: int
    stage_override: str | None

    @cached_property
    def micro(self) -> tuple[list[int], list[int]]:
        """(days, impacts) of the micro-progressions, days ascending."""
        days, impacts = [], []
        for day, kind, impact in zip(self.days, self.kinds, self.impacts, strict=True):
            if kind in _MICRO:
                days.append(day)
                impacts.append(impact)
        return days, impacts

    def days_of(self, kind: str) -> list[int]:
        return [d for d, k in zip(self.days, self.kinds, strict=True) if k == kind]


_MICRO = frozenset(k.value for k in MICRO_KINDS)
_PROMOTION = EntryKind.PROMOTION.value
_FEEDBACK = EntryKind.FEEDBACK.value
_RECOGNITION = EntryKind.RECOGNITION.value


class InsightsService(Service):
    def compute(self, today: dt.date | None = None) -> Insights:
        """Every insight as of `today` (default: the real today)."""
        today = today or dt.date.today()
        facts = self._read(today)
        goals = GoalService(self._store, self._feed)
        pinned = goals.pinned()
        return build_insights(facts, None if pinned is None else goals.progress(pinned.id, today))

    def _read(self, today: dt.date) -> _Facts:
        window_start = months_before(today, WINDOW_MONTHS)
        with self._store.read() as session:
            dialect = session.get_bind().dialect.name
            first_tag = (
                select(func.min(Tag.name))
                .join(entry_tag, entry_tag.c.tag_id == Tag.id)
                .where(entry_tag.c.entry_id == Entry.id)
                .scalar_subquery()
            )
            micro = sorted(_MICRO)
            stmt = (
                select(
                    _ordinal(dialect),
                    kind_text,
                    Entry.impact,
                    Entry.role_id,
                    # Evaluated only where needed: a CASE does not run its subquery otherwise.
                    case(
                        (
                            (Entry.occurred_on >= window_start) & kind_text.in_(micro),
                            first_tag,
                        ),
                        else_=None,
                    ),
                    case((kind_text == _PROMOTION, Entry.title), else_=None),
                )
                .where(Entry.trashed_at.is_(None), Entry.occurred_on <= today)
                .order_by(Entry.occurred_on, Entry.id)
            )
            result = session.connection().execute(stmt)
            # Plain columns: read the DBAPI cursor directly, as the timeline does.
            rows = result.cursor.fetchall() if result.cursor is not None else []
            result.close()
            roles = session.execute(
                select(
                    Role.id,
                    Role.title,
                    Role.function,
                    Role.level,
                    Role.organisation,
                    Role.start_date,
                    Role.move_kind,
                    Role.level_rank,
                    Role.volunteer,
                )
                .where(Role.start_date <= today)
                .order_by(Role.start_date, Role.id)
            ).all()
            reviews = session.scalars(
                select(Review.held_on).where(Review.held_on <= today).order_by(Review.held_on)
            ).all()
            profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
            career_start = profile.career_start if profile is not None else None
            week_start = profile.week_start if profile is not None else 0
            override = profile.stage_override if profile is not None else None
        columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True)) if rows else [()] * 6
        days, kinds, impacts, role_ids, tags, titles = columns
        return _Facts(
            today=today,
            days=days,
            kinds=kinds,
            impacts=impacts,
            role_ids=role_ids,
            tags=tags,
            titles=titles,
            roles=tuple(_Role(*r) for r in roles),
            reviews=tuple(reviews),
            career_start=career_start,
            week_start=week_start or 0,
            stage_override=override if override in STAGES else None,
        )


# -- the cards, from plain facts ------------------------------------------------------------


def build_insights(facts: _Facts, next_promotion: GoalProgress | None = None) -> Insights:
    found = _promotions(facts)
    leaps = _leaps(facts, found)
    the_momentum = _momentum(facts)
    fragmentation = _fragmentation(facts, found)
    lattice = _lattice(facts, found)
    cadence = _cadence(facts, found)
    readiness = NO_PINNED_GOAL if next_promotion is None else readiness_text(next_promotion)
    stage = _stage(facts, leaps, the_momentum, fragmentation, lattice, cadence, next_promotion)
    return Insights(
        as_of=facts.today,
        leaps=leaps,
        momentum=the_momentum,
        fragmentation=fragmentation,
        lattice=lattice,
        cadence=cadence,
        stage=stage,
        next_promotion=next_promotion,
        readiness=readiness,
        entry_count=len(facts.days),
        role_count=len(facts.roles),
    )


def _promotions(facts: _Facts) -> tuple[Promotion, ...]:
    """The promotions up to today, by the shared definition (`roles.promotions`)."""
    steps = [
        RoleStep(r.id, r.title, r.start, r.move_kind, r.level_rank or 0, bool(r.volunteer))
        for r in facts.roles
    ]
    entries = [
        (dt.date.fromordinal(day), title or "")
        for day, kind, title in zip(facts.days, facts.kinds, facts.titles, strict=True)
        if kind == _PROMOTION
    ]
    return promotions(steps, entries)


def _leaps(facts: _Facts, promotions: tuple[Promotion, ...]) -> LeapsCard:
    today = facts.today
    micro_days = facts.micro[0]
    cumulative: list[tuple[dt.date, int]] = []
    if micro_days:
        month = _month_start(dt.date.fromordinal(micro_days[0]))
        this_month = _month_start(today)
        while month <= this_month:
            point = min(_month_end(month), today)
            cumulative.append((point, bisect_right(micro_days, point.toordinal())))
            month = _next_month(month)

    last = promotions[-1].day if promotions else None
    since = None if last is None else (today - last).days
    gaps = [(b.day - a.day).days for a, b in pairwise(promotions)]
    average = sum(gaps) / len(gaps) if gaps else None

    if last is None or since is None:
        comparison = "No promotions recorded yet."
    elif average is None:
        comparison = (
            f"Your last promotion was {_years(since)} ago ({day_text(last)}); with one promotion "
            "there is no average interval yet."
        )
    else:
        comparison = (
            f"Your last promotion was {_years(since)} ago; your average interval is "
            f"{_years(average)}. {_interval_judgement(since, average)}"
        )

    explanation = (
        "Promotions are role changes of kind promotion, diagonal moves and new employers to a "
        "higher level rank, and role changes or other days with a promotion entry; "
        "the curve counts micro-progression entries (every kind but promotion and "
        "other) up to the end of each month; the average interval is the mean gap between "
        "consecutive promotions."
    )
    if not micro_days and not promotions:
        explanation += " Not enough data yet: no promotions or micro-progressions recorded."

    if average is not None and since is not None and since >= 1.25 * average:
        advice = (
            "You are past your usual promotion interval: gather your evidence and ask what the "
            "next level needs."
        )
    elif not micro_days:
        advice = "Record small steps (skills, projects, feedback): they add up to the next leap."
    elif not promotions:
        advice = (
            f"{len(micro_days)} micro-progressions so far: record promotions as new roles (move "
            "kind promotion) to see the big leaps against them."
        )
    else:
        advice = (
            f"{len(micro_days)} micro-progressions and {len(promotions)} "
            f"promotion{_s(len(promotions))}: keep the small steps coming, they are the evidence "
            "for the next leap."
        )
    return LeapsCard(
        promotions=promotions,
        cumulative=tuple(cumulative),
        micro_total=len(micro_days),
        last_promotion=last,
        days_since_last_promotion=since,
        average_interval_days=average,
        comparison=comparison,
        explanation=explanation,
        advice=advice,
    )


def _interval_judgement(since: float, average: float) -> str:
    if average <= 0:
        return ""
    ratio = since / average
    if ratio >= 1.25:
        return "That is longer than your usual interval."
    if ratio <= 0.75:
        return "That is well within your usual interval."
    return "That is about your usual interval."


def _momentum(facts: _Facts) -> MomentumCard:
    today = facts.today
    days, impacts = facts.micro
    prefix = [0, *accumulate(impacts)]
    months = []
    month = _add_months(_month_start(today), -(MOMENTUM_MONTHS - 1))
    for _ in range(MOMENTUM_MONTHS):
        lo = bisect_left(days, month.toordinal())
        month_after = _next_month(month)
        hi = bisect_left(days, month_after.toordinal())
        months.append((month, float(prefix[hi] - prefix[lo])))
        month = month_after
    end = today.toordinal()

    def impact_since(first_day: dt.date) -> float:
        # Reuses the timeline's rolling sum: impact dated in (end - window, end].
        window = (today - first_day).days + 1
        return momentum(days, impacts, start=end, end=end, window_days=window).values[0]

    short_start = months_before(today, 3)
    long_start = months_before(today, WINDOW_MONTHS)
    short_sum = impact_since(short_start)
    long_sum = impact_since(long_start)
    first_entry = dt.date.fromordinal(facts.days[0]) if facts.days else None
    # A journal younger than 12 months: the long average runs since its first entry.
    history_months = (
        ((today - first_entry).days + 1) / DAYS_PER_MONTH if first_entry is not None else 0.0
    )
    young = first_entry is not None and first_entry > long_start
    long_months = max(3.0, history_months) if young else float(WINDOW_MONTHS)
    average_3 = short_sum / 3
    average_12 = long_sum / long_months

    numbers = (
        f"3-month average {average_3:.1f} vs 12-month {average_12:.1f} impact points per month"
    )
    if young:
        numbers += (
            f" (the 12-month one over the {history_months:.1f} months since your first entry)"
        )
    if long_sum <= 0:
        trend = Trend.NONE
        trend_text = "none: no micro-progressions in the last 12 months"
    elif first_entry is not None and first_entry > short_start:
        trend = Trend.NONE
        trend_text = f"none: under 3 months of history; {numbers}"
    else:
        ratio = average_3 / average_12 if average_12 > 0 else 1.0
        if ratio >= 1 + TREND_THRESHOLD - 1e-9:  # exactly 15% counts, whatever the rounding
            trend = Trend.UP
        elif ratio <= 1 - TREND_THRESHOLD + 1e-9:
            trend = Trend.DOWN
        else:
            trend = Trend.STEADY
        trend_text = f"{trend.value}: {numbers}"

    explanation = (
        "Sum of impact (1-5) of micro-progressions per calendar month over the last 24 months "
        "(this month so far); the averages are the impact of the last 3 and 12 months up to "
        "today, per month; the trend is up or down when the 3-month average is 15% above or "
        "below the 12-month one, else steady."
    )
    if not days:
        explanation += " Not enough data yet: no micro-progressions recorded."
    advice = {
        Trend.UP: "Momentum is rising: a good time to turn recent wins into evidence for a goal.",
        Trend.DOWN: "Momentum has slowed: one small entry a week keeps it going.",
        Trend.STEADY: "Momentum is steady: keep recording the small steps.",
        Trend.NONE: "Record small steps (a skill practised, a project shipped) to see momentum.",
    }[trend]
    return MomentumCard(
        months=tuple(months),
        average_3=average_3,
        average_12=average_12,
        trend=trend,
        trend_text=trend_text,
        explanation=explanation,
        advice=advice,
    )


def normalised_entropy(counts: Iterable[int]) -> float:
    """Shannon entropy of the counts over log(k), k the non-zero counts: 0..1.

    0 when everything is in one area (or there is none); 1 when evenly spread.
    """
    values = [c for c in counts if c > 0]
    if len(values) < 2:
        return 0.0
    total = sum(values)
    h = -sum(c / total * math.log(c / total) for c in values)
    return max(0.0, min(1.0, h / math.log(len(values))))


def _fragmentation(facts: _Facts, promotions: tuple[Promotion, ...]) -> FragmentationCard:
    today = facts.today
    start = months_before(today, WINDOW_MONTHS)
    first = start.toordinal()
    functions = {r.id: r.function for r in facts.roles}
    areas: Counter[str] = Counter()
    recognition: list[tuple[dt.date, str]] = []
    for i in range(bisect_left(facts.days, first), len(facts.days)):
        kind = facts.kinds[i]
        if kind in _MICRO:
            role_id, tag = facts.role_ids[i], facts.tags[i]
            function = functions.get(role_id, "") if role_id is not None else ""
            areas[function or (f"#{tag}" if tag else kind)] += 1
        if kind == _RECOGNITION:  # a micro-progression too
            recognition.append((dt.date.fromordinal(facts.days[i]), "recognition entry"))
    recognition.extend(
        (p.day, f"promotion: {p.title}") for p in promotions if start <= p.day <= today
    )
    recognition.extend((d, "review") for d in facts.reviews if start <= d <= today)
    recognition.sort()
    entries = sum(areas.values())
    ranked = tuple(sorted(areas.items(), key=lambda item: (-item[1], item[0])))
    entropy = normalised_entropy(areas.values())
    recognised = bool(recognition)
    warning = (
        entropy >= FRAGMENTATION_THRESHOLD
        and entries >= FRAGMENTATION_MIN_ENTRIES
        and not recognised
    )

    explanation = (
        f"Each micro-progression since {day_text(start)} is placed in an area: its role's "
        "function if set, else its first tag (alphabetically, shown as #tag), else its kind; "
        "the spread is the normalised Shannon entropy over the areas (0: all in one area, 1: "
        "evenly spread); it warns at 0.75 or more over 8 or more entries with no promotion, "
        "review or recognition entry in the same months."
    )
    if entries == 0:
        explanation += " Not enough data yet: no micro-progressions in the last 12 months."
    evidence = _top_areas(ranked)
    if warning:
        advice = (
            f"Your last 12 months' {entries} micro-progressions are spread over {len(ranked)} "
            f"areas (spread {entropy:.2f}): {evidence}; none of it was formally recognised. "
            "Ask for a review or recognition of the whole, or choose the area to grow in."
        )
    elif entries == 0:
        advice = "Record small steps to see where your work goes."
    elif entries < FRAGMENTATION_MIN_ENTRIES:
        advice = (
            f"{entries} micro-progression{_s(entries)} in the last 12 months ({evidence}): too "
            f"few to judge fragmentation ({FRAGMENTATION_MIN_ENTRIES} needed)."
        )
    elif entropy >= FRAGMENTATION_THRESHOLD:
        when, what = recognition[-1]
        advice = (
            f"Spread over {len(ranked)} areas (spread {entropy:.2f}): {evidence}; but recognised "
            f"({what} on {day_text(when)})."
        )
    else:
        top, count = ranked[0]
        advice = (
            f"Focused (spread {entropy:.2f}): {count} of {entries} micro-progressions in {top}"
            + (f"; {evidence}." if len(ranked) > 1 else ".")
        )
    return FragmentationCard(
        window_start=start,
        window_end=today,
        entries=entries,
        areas=ranked,
        entropy=entropy,
        recognised=recognised,
        recognition=tuple(recognition),
        warning=warning,
        explanation=explanation,
        advice=advice,
    )


def _top_areas(ranked: Sequence[tuple[str, int]], top: int = 3) -> str:
    shown = ", ".join(f"{area} {count}" for area, count in ranked[:top])
    rest = len(ranked) - top
    if rest > 0:
        shown += f" and {rest} more area{_s(rest)}"
    return shown


def _lattice(facts: _Facts, found: tuple[Promotion, ...]) -> LatticeCard:
    moves = []
    promoted = promoted_roles(found)
    previous: _Role | None = None
    for r in facts.roles:
        if r.move_kind in (MoveKind.LATERAL, MoveKind.DIAGONAL):
            moves.append(
                LatticeMove(
                    day=r.start,
                    kind=r.move_kind,
                    title=r.title,
                    function=r.function,
                    level=r.level,
                    organisation=r.organisation,
                    from_function=previous.function if previous is not None else "",
                    promotion=r.id in promoted,
                )
            )
        previous = r
    functions = tuple(dict.fromkeys(r.function for r in facts.roles if r.function))
    kinds = Counter(r.move_kind for r in facts.roles)
    lateral, diagonal = kinds[MoveKind.LATERAL], kinds[MoveKind.DIAGONAL]

    explanation = (
        "Your roles by how each began: lateral moves (another function or team at the same "
        "level) and diagonal moves (another function and level) are listed; promotions are the "
        "role changes that count as one (a diagonal move to a higher level is both); the "
        "functions are your roles' distinct functions in the order you first held them."
    )
    if not facts.roles:
        explanation += " Not enough data yet: no roles recorded."
        advice = "Add your roles (title, function, level, how each began) to see your lattice."
    elif not moves:
        advice = (
            "Every move so far was a promotion or a new employer: a lateral or diagonal move is "
            "another way to grow."
        )
    else:
        advice = (
            f"You have worked in {_count(len(functions), 'function')} with "
            f"{_count(lateral, 'lateral move')} and {_count(diagonal, 'diagonal move')}: name "
            "that breadth in your next review."
        )
    return LatticeCard(
        moves=tuple(moves),
        functions=functions,
        lateral_count=lateral,
        diagonal_count=diagonal,
        promotion_count=len(promoted_roles(found)),
        new_employer_count=kinds[MoveKind.NEW_EMPLOYER],
        explanation=explanation,
        advice=advice,
    )


def week_key(ordinal: int, week_start: int) -> int:
    """A number per week, weeks beginning on `week_start` (0 Monday ... 6 Sunday).

    Day 1 of the proleptic calendar (1 Jan 1) was a Monday, so `(ordinal - 1) % 7` is the
    weekday.
    """
    return (ordinal - 1 - week_start) // 7


def streaks(weeks: set[int], current: int) -> tuple[int, int]:
    """(current streak, longest streak) in weeks over a set of week keys.

    The current streak includes the week `current` when it has an entry, else it ends with the
    week before (this week is not over yet).
    """
    longest = run = 0
    last = None
    for w in sorted(weeks):
        run = run + 1 if last is not None and w == last + 1 else 1
        longest = max(longest, run)
        last = w
    week = current if current in weeks else current - 1
    streak = 0
    while week in weeks:
        streak += 1
        week -= 1
    return streak, longest


def _cadence(facts: _Facts, promotions: tuple[Promotion, ...]) -> CadenceCard:
    today = facts.today
    end = today.toordinal()
    ws = facts.week_start
    weeks = {(d - 1 - ws) // 7 for d in facts.days}  # week_key, inlined: 100,000 calls
    current = week_key(end, ws)
    current_streak, longest = streaks(weeks, current)
    last_week = current if current in weeks else current - 1
    active_52 = sum(1 for w in range(last_week - SHARE_WEEKS + 1, last_week + 1) if w in weeks)

    first_heat = end - HEATMAP_DAYS + 1
    per_day = Counter(facts.days[bisect_left(facts.days, first_heat) :])
    heatmap = tuple((dt.date.fromordinal(d), per_day.get(d, 0)) for d in range(first_heat, end + 1))

    feedback = facts.days_of(_FEEDBACK)
    last_feedback = dt.date.fromordinal(feedback[-1]) if feedback else None
    recognitions = [dt.date.fromordinal(d) for d in facts.days_of(_RECOGNITION)]
    recognitions += [p.day for p in promotions]
    last_recognition = max(recognitions) if recognitions else None
    since_feedback = None if last_feedback is None else (today - last_feedback).days
    since_recognition = None if last_recognition is None else (today - last_recognition).days

    explanation = (
        f"Weeks begin on {WEEKDAYS[ws]} (your setting); a week counts when it has at least one "
        "entry; the current streak includes this week if it has an entry, else it ends last "
        "week, and the share covers the 52 weeks up to that week; feedback is the last feedback "
        "entry, recognition the last recognition entry or promotion; the heatmap counts entries "
        "per day over the last 365 days."
    )
    if not facts.days:
        explanation += " Not enough data yet: no entries recorded."
    notes = []
    if since_feedback is None:
        notes.append(
            "You have not recorded any feedback yet: ask someone for one thing to improve."
        )
    elif since_feedback > FEEDBACK_DUE_DAYS:
        notes.append(
            f"You have not recorded feedback in {_days(since_feedback)}: ask for some this week."
        )
    if since_recognition is not None and since_recognition > RECOGNITION_DUE_DAYS:
        notes.append(
            f"Your last recognition was {_ago(since_recognition)}: make recent wins visible."
        )
    if not facts.days:
        notes.append("Add an entry a week to build a streak.")
    elif current_streak == 0:
        notes.append("No entry this week or last: one small step now starts a new streak.")
    elif not notes:
        notes.append(
            f"A {current_streak}-week streak (longest {longest}): keep the weekly habit going."
        )
    return CadenceCard(
        week_start=ws,
        weeks_with_entries=len(weeks),
        current_streak=current_streak,
        longest_streak=longest,
        weeks_active_last_52=active_52,
        share_last_52=active_52 / SHARE_WEEKS,
        last_feedback=last_feedback,
        days_since_feedback=since_feedback,
        last_recognition=last_recognition,
        days_since_recognition=since_recognition,
        heatmap=heatmap,
        explanation=explanation,
        advice=" ".join(notes),
    )


def stage_for(start: dt.date, today: dt.date) -> str:
    """Early before the 5th anniversary of `start`, late after the 15th, mid in between (both
    anniversaries included)."""
    if today < _add_years(start, MID_STAGE_YEARS):
        return "early"
    if today <= _add_years(start, LATE_STAGE_YEARS):
        return "mid"
    return "late"


def _stage(
    facts: _Facts,
    leaps: LeapsCard,
    the_momentum: MomentumCard,
    fragmentation: FragmentationCard,
    lattice: LatticeCard,
    cadence: CadenceCard,
    goal: GoalProgress | None,
) -> StageCard:
    today = facts.today
    start: dt.date | None
    if facts.career_start is not None:
        start, source = facts.career_start, "profile"
    elif facts.roles:
        start, source = facts.roles[0].start, "first role"
    elif facts.days:
        start, source = dt.date.fromordinal(facts.days[0]), "first entry"
    else:
        start, source = None, ""
    if start is not None and start > today:
        start, source = None, ""
    computed = stage_for(start, today) if start is not None else None
    stage = facts.stage_override or computed
    years = (today - start).days / DAYS_PER_YEAR if start is not None else None

    where = {"profile": "your profile's career start", "first role": "your first role's start"}
    explanation = (
        "The stage is the years since your career start: early under 5 years, mid from 5 to 15, "
        "late over 15."
    )
    if start is not None and years is not None:
        explanation += (
            f" From {where.get(source, 'your first entry')}, {day_text(start)}: {years:.1f} years."
        )
    else:
        explanation += (
            " Not enough data yet: set your career start in the profile, or add a role or entry."
        )
    if facts.stage_override is not None:
        explanation += f" Set to {facts.stage_override} in your profile" + (
            f" (computed: {computed})." if computed else "."
        )

    recent = Counter(facts.kinds[bisect_left(facts.days, fragmentation.window_start.toordinal()) :])
    guidance = _guidance(stage, leaps, the_momentum, fragmentation, lattice, cadence, goal, recent)
    return StageCard(
        stage=stage,
        computed_stage=computed,
        overridden=facts.stage_override is not None,
        career_start=start,
        career_start_source=source,
        years=years,
        guidance=guidance,
        explanation=explanation,
    )


def _guidance(
    stage: str | None,
    leaps: LeapsCard,
    the_momentum: MomentumCard,
    fragmentation: FragmentationCard,
    lattice: LatticeCard,
    cadence: CadenceCard,
    goal: GoalProgress | None,
    recent: Counter[str],
) -> tuple[str, ...]:
    """3-4 points for the stage, each citing the user's own figures where there are some."""
    since = cadence.days_since_feedback
    if since is None:
        feedback = "You have not recorded any feedback yet"
    elif since > FEEDBACK_DUE_DAYS:
        feedback = f"You have not recorded feedback in {_days(since)}"
    else:
        feedback = f"You last recorded feedback {_ago(since)}"
    streak = (
        f"Journal weekly: your current streak is {cadence.current_streak} "
        f"week{_s(cadence.current_streak)} (longest {cadence.longest_streak})."
    )
    if goal is not None:
        promotion_goal = (
            f"Your next-promotion goal “{goal.goal.title}” is {goal.progress:.0%} done. "
            f"{readiness_text(goal)}"
        )
    else:
        promotion_goal = (
            "Pin a next-promotion goal with milestones, agreed with your manager, to make the "
            "next step concrete."
        )
    learning = sum(recent[k] for k in ("skill", "certification", "learning"))

    if stage is None:
        return (
            "Set your career start in the profile (or add your first role) to get guidance for "
            "your career stage.",
            "Record one small step a week: a skill practised, a project shipped, praise received.",
            "Ask for feedback every month or two and record it as a feedback entry.",
        )
    if stage == "early":
        return (
            f"{feedback}: early on, ask for it every month or two; it is the fastest way to learn.",
            f"Build the foundation: {learning} skill, certification and learning "
            f"entr{'y' if learning == 1 else 'ies'} in the last 12 months.",
            promotion_goal,
            streak,
        )
    if stage == "mid":
        if lattice.moves or len(lattice.functions) > 1:
            breadth = (
                f"You have worked in {_count(len(lattice.functions), 'function')} with "
                f"{_count(lattice.lateral_count, 'lateral move')} and "
                f"{_count(lattice.diagonal_count, 'diagonal move')}: mid-career, breadth counts."
            )
        else:
            breadth = (
                "Mid-career, a lateral or diagonal move broadens you as much as a promotion; you "
                "have made none yet."
            )
        if fragmentation.warning:
            focus = f"Watch fragmentation: {fragmentation.advice}"
        elif cadence.days_since_recognition is not None:
            focus = (
                f"Your last recognition was {_ago(cadence.days_since_recognition)}: make "
                "sure your work is visible to whoever decides promotions."
            )
        else:
            focus = (
                "No recognition recorded yet: make your work visible to whoever decides "
                "promotions, and record the praise you get."
            )
        return (leaps.comparison, breadth, focus, promotion_goal)
    network = recent["network"]
    return (
        f"Late in a career, steady increments matter more than titles: momentum is "
        f"{the_momentum.trend_text}.",
        f"{feedback}: senior people get less feedback unprompted, so ask for it.",
        f"{network} network entr{'y' if network == 1 else 'ies'} in the last 12 months: "
        "mentoring and sponsoring others is recognition too.",
        streak,
    )


# -- small helpers ------------------------------------------------------------------------------


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def _count(n: int, word: str) -> str:
    return f"{n} {word}{_s(n)}"


def _ago(n: int) -> str:
    return "today" if n == 0 else "yesterday" if n == 1 else f"{n} days ago"


def _days(n: int) -> str:
    return f"{n} day{_s(n)}"


def _years(days: float) -> str:
    years = days / DAYS_PER_YEAR
    return f"{years:.1f} year{'' if f'{years:.1f}' == '1.0' else 's'}"


def _month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def _next_month(month: dt.date) -> dt.date:
    return _add_months(month, 1)


def _add_months(month: dt.date, n: int) -> dt.date:
    """The first day of the month `n` months after the month of `month`."""
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def _month_end(month: dt.date) -> dt.date:
    return _next_month(month) - dt.timedelta(days=1)


def _add_years(day: dt.date, years: int) -> dt.date:
    """The anniversary; 29 February falls on 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
