"""The growth cards: big leaps against incremental gains, momentum, fragmentation, the lattice.

Each is computed from the plain `Facts` and returns codes and numbers (`records`).
"""

from __future__ import annotations

import datetime as dt
import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from itertools import accumulate, pairwise

from ...domain import MoveKind
from ..roles import Promotion, RoleStep, promoted_roles, promotions
from ..summary import months_before
from ..timeline import momentum
from .facts import (
    DAYS_PER_MONTH,
    MICRO,
    PROMOTION,
    RECOGNITION,
    WINDOW_MONTHS,
    Facts,
    RoleFact,
    add_months,
    month_end,
    month_start,
    next_month,
)
from .records import (
    Area,
    AreaSource,
    FragmentationAdvice,
    FragmentationCard,
    LatticeAdvice,
    LatticeCard,
    LatticeMove,
    LeapsAdvice,
    LeapsCard,
    LeapsComparison,
    MomentumCard,
    Recognition,
    RecognitionKind,
    Trend,
    TrendBasis,
)

#: Momentum: the short average this much above (below) the long one is a rising (falling) trend.
TREND_THRESHOLD = 0.15
MOMENTUM_MONTHS = 24
#: Fragmentation warns at this normalised entropy or above ...
FRAGMENTATION_THRESHOLD = 0.75
#: ... over at least this many micro-progressions in the window, with no formal recognition.
FRAGMENTATION_MIN_ENTRIES = 8
#: The last promotion is "past the usual interval" from this multiple of the average on.
LONGER_INTERVAL = 1.25
WITHIN_INTERVAL = 0.75


def found_promotions(facts: Facts) -> tuple[Promotion, ...]:
    """The promotions up to today, by the shared definition (`roles.promotions`)."""
    steps = [
        RoleStep(r.id, r.title, r.start, r.move_kind, r.level_rank or 0, bool(r.volunteer))
        for r in facts.roles
    ]
    entries = [
        (dt.date.fromordinal(day), title or "")
        for day, kind, title in zip(facts.days, facts.kinds, facts.titles, strict=True)
        if kind == PROMOTION
    ]
    return promotions(steps, entries)


# -- big leaps ----------------------------------------------------------------------------------


def leaps(facts: Facts, found: tuple[Promotion, ...]) -> LeapsCard:
    today = facts.today
    micro_days = facts.micro[0]
    cumulative: list[tuple[dt.date, int]] = []
    if micro_days:
        month = month_start(dt.date.fromordinal(micro_days[0]))
        this_month = month_start(today)
        while month <= this_month:
            point = min(month_end(month), today)
            cumulative.append((point, bisect_right(micro_days, point.toordinal())))
            month = next_month(month)

    last = found[-1].day if found else None
    since = None if last is None else (today - last).days
    gaps = [(b.day - a.day).days for a, b in pairwise(found)]
    average = sum(gaps) / len(gaps) if gaps else None

    if since is None:
        comparison = LeapsComparison.NO_PROMOTIONS
    elif average is None:
        comparison = LeapsComparison.ONE_PROMOTION
    else:
        comparison = interval_judgement(since, average)

    if average is not None and since is not None and since >= LONGER_INTERVAL * average:
        advice = LeapsAdvice.PAST_INTERVAL
    elif not micro_days:
        advice = LeapsAdvice.RECORD_STEPS
    elif not found:
        advice = LeapsAdvice.RECORD_PROMOTIONS
    else:
        advice = LeapsAdvice.KEEP_GOING
    return LeapsCard(
        promotions=found,
        cumulative=tuple(cumulative),
        micro_total=len(micro_days),
        last_promotion=last,
        days_since_last_promotion=since,
        average_interval_days=average,
        comparison=comparison,
        advice=advice,
    )


def interval_judgement(since: float, average: float) -> LeapsComparison:
    if average <= 0:
        return LeapsComparison.INTERVAL
    ratio = since / average
    if ratio >= LONGER_INTERVAL:
        return LeapsComparison.LONGER
    if ratio <= WITHIN_INTERVAL:
        return LeapsComparison.WITHIN
    return LeapsComparison.ABOUT


# -- momentum -----------------------------------------------------------------------------------


def _monthly_impact(facts: Facts) -> tuple[tuple[dt.date, float], ...]:
    days, impacts = facts.micro
    prefix = [0, *accumulate(impacts)]
    months = []
    month = add_months(month_start(facts.today), -(MOMENTUM_MONTHS - 1))
    for _ in range(MOMENTUM_MONTHS):
        lo = bisect_left(days, month.toordinal())
        month_after = next_month(month)
        hi = bisect_left(days, month_after.toordinal())
        months.append((month, float(prefix[hi] - prefix[lo])))
        month = month_after
    return tuple(months)


def the_momentum(facts: Facts) -> MomentumCard:
    today = facts.today
    days, impacts = facts.micro
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

    if long_sum <= 0:
        trend, basis = Trend.NONE, TrendBasis.NO_RECENT
    elif first_entry is not None and first_entry > short_start:
        trend, basis = Trend.NONE, TrendBasis.SHORT_HISTORY
    else:
        ratio = average_3 / average_12 if average_12 > 0 else 1.0
        if ratio >= 1 + TREND_THRESHOLD - 1e-9:  # exactly 15% counts, whatever the rounding
            trend = Trend.UP
        elif ratio <= 1 - TREND_THRESHOLD + 1e-9:
            trend = Trend.DOWN
        else:
            trend = Trend.STEADY
        basis = TrendBasis.COMPARED
    return MomentumCard(
        months=_monthly_impact(facts),
        average_3=average_3,
        average_12=average_12,
        trend=trend,
        trend_basis=basis,
        history_months=history_months if young else None,
        micro_total=len(days),
    )


# -- fragmentation ------------------------------------------------------------------------------


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


def _areas_and_recognition(
    facts: Facts, found: tuple[Promotion, ...], start: dt.date
) -> tuple[Counter[tuple[str, AreaSource]], list[Recognition]]:
    today = facts.today
    functions = {r.id: r.function for r in facts.roles}
    areas: Counter[tuple[str, AreaSource]] = Counter()
    recognition: list[Recognition] = []
    for i in range(bisect_left(facts.days, start.toordinal()), len(facts.days)):
        kind = facts.kinds[i]
        if kind in MICRO:
            role_id, tag = facts.role_ids[i], facts.tags[i]
            function = functions.get(role_id, "") if role_id is not None else ""
            if function:
                areas[(function, AreaSource.FUNCTION)] += 1
            elif tag:
                areas[(tag, AreaSource.TAG)] += 1
            else:
                areas[(kind, AreaSource.KIND)] += 1
        if kind == RECOGNITION:  # a micro-progression too
            day = dt.date.fromordinal(facts.days[i])
            recognition.append(Recognition(day, RecognitionKind.RECOGNITION_ENTRY))
    recognition.extend(
        Recognition(p.day, RecognitionKind.PROMOTION, p.title)
        for p in found
        if start <= p.day <= today
    )
    recognition.extend(
        Recognition(d, RecognitionKind.REVIEW) for d in facts.reviews if start <= d <= today
    )
    recognition.sort(key=lambda r: (r.day, r.kind, r.title))
    return areas, recognition


def _area_key(area: Area) -> tuple[int, str]:
    # Most first, then by the name as shown (a tag as #tag, as it always sorted).
    shown = f"#{area.name}" if area.source is AreaSource.TAG else area.name
    return -area.count, shown


def fragmentation(facts: Facts, found: tuple[Promotion, ...]) -> FragmentationCard:
    start = months_before(facts.today, WINDOW_MONTHS)
    areas, recognition = _areas_and_recognition(facts, found, start)
    entries = sum(areas.values())
    ranked = tuple(
        sorted((Area(name, source, n) for (name, source), n in areas.items()), key=_area_key)
    )
    entropy = normalised_entropy(areas.values())
    recognised = bool(recognition)
    warning = (
        entropy >= FRAGMENTATION_THRESHOLD
        and entries >= FRAGMENTATION_MIN_ENTRIES
        and not recognised
    )
    if warning:
        advice = FragmentationAdvice.WARNING
    elif entries == 0:
        advice = FragmentationAdvice.EMPTY
    elif entries < FRAGMENTATION_MIN_ENTRIES:
        advice = FragmentationAdvice.TOO_FEW
    elif entropy >= FRAGMENTATION_THRESHOLD:
        advice = FragmentationAdvice.RECOGNISED
    else:
        advice = FragmentationAdvice.FOCUSED
    return FragmentationCard(
        window_start=start,
        window_end=facts.today,
        entries=entries,
        areas=ranked,
        entropy=entropy,
        recognised=recognised,
        recognition=tuple(recognition),
        warning=warning,
        advice=advice,
    )


# -- the lattice --------------------------------------------------------------------------------


def lattice(facts: Facts, found: tuple[Promotion, ...]) -> LatticeCard:
    moves = []
    promoted = promoted_roles(found)
    previous: RoleFact | None = None
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
    if not facts.roles:
        advice = LatticeAdvice.NO_ROLES
    elif not moves:
        advice = LatticeAdvice.NO_MOVES
    else:
        advice = LatticeAdvice.BREADTH
    return LatticeCard(
        moves=tuple(moves),
        functions=functions,
        lateral_count=kinds[MoveKind.LATERAL],
        diagonal_count=kinds[MoveKind.DIAGONAL],
        promotion_count=len(promoted),
        new_employer_count=kinds[MoveKind.NEW_EMPLOYER],
        role_count=len(facts.roles),
        advice=advice,
    )
