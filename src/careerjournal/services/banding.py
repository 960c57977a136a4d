"""Skill-banding maths: when a band of skills reaches a level, and how that grew over time.

Pure functions over plain values, so the rule can be tested on hand-built data and shared by the
view, the CLI and the summary. The rule: a band is at level L when at least `share` of its skills
(all of them, assessed or not) are at L or above. An empty band has no level.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# A share is compared as a count, rounded up: 75% of 6 skills is 5 skills (4.5 would be rounded
# down by a float compare that lost a little precision, and "at least 75%" means 5).
_EPSILON = 1e-9


def required_count(skill_count: int, share: float) -> int:
    """How many of `skill_count` skills must be at a level for the band to reach it."""
    if skill_count <= 0:
        return 0
    return max(1, math.ceil(share * skill_count - _EPSILON))


def band_level(levels: Sequence[int | None], share: float) -> int:
    """The highest level at least `share` of `levels` reach; 0 when none (or the band is empty).

    Unassessed skills (None) count as below every level.
    """
    if not levels:
        return 0
    need = required_count(len(levels), share)
    known = sorted((lv for lv in levels if lv is not None), reverse=True)
    # The need-th highest level is reached by at least `need` skills; nothing higher is.
    return known[need - 1] if len(known) >= need else 0


@dataclass(frozen=True)
class BandShortfall:
    """What stops a band from reaching `level`: the skills below it and how many must rise."""

    level: int  # the level looked at (usually the band's next level)
    skill_count: int
    below: tuple[str, ...]  # names of the skills below `level`, in band order
    must_rise: int  # how many of them must reach `level` for the band to reach it

    @property
    def reached(self) -> bool:
        return self.must_rise == 0


def shortfall(
    names: Sequence[str], levels: Sequence[int | None], level: int, share: float
) -> BandShortfall:
    """Which skills are below `level` and how many of them must reach it for the band to."""
    below = tuple(n for n, lv in zip(names, levels, strict=True) if lv is None or lv < level)
    at_or_above = len(names) - len(below)
    need = required_count(len(names), share)
    return BandShortfall(level, len(names), below, max(0, need - at_or_above))


def layer_shares(levels: Sequence[int | None], top: int) -> tuple[float, ...]:
    """For each level 1..top, the share of skills at that level or above.

    Stacked, the layers add up to the band's mean level (unassessed skills count as 0), so the
    chart fills up layer by layer as skills rise.
    """
    n = len(levels)
    if n == 0:
        return tuple(0.0 for _ in range(top))
    return tuple(
        sum(1 for lv in levels if lv is not None and lv >= layer) / n for layer in range(1, top + 1)
    )


def level_mix(shares: Sequence[float]) -> tuple[float, ...]:
    """From `layer_shares` (the share at each level 1..top or above), the share of skills AT each
    level: index 0 is the share not assessed yet, index L the share exactly at level L.

    The values add up to 1, so stacked they fill a 0-100% chart; stacked from the top level
    down, the edge under level L is the share at L or above, which is what the band rule
    compares with its share.
    """
    if not shares:
        return ()
    above = (*shares[1:], 0.0)
    return (
        max(0.0, 1.0 - shares[0]),
        *(max(0.0, s - a) for s, a in zip(shares, above, strict=True)),
    )


@dataclass(frozen=True)
class BandPoint:
    """The band as it stood at the end of `day`."""

    day: dt.date
    level: int
    shares: tuple[float, ...]  # layer_shares at that day


@dataclass(frozen=True)
class Assessed:
    """One assessment as the band history needs it."""

    skill_id: int
    day: dt.date
    level: int
    order: int = 0  # tie-break for same-day assessments: the later recorded wins


def band_history(
    skill_ids: Sequence[int], assessments: Iterable[Assessed], share: float, top: int
) -> list[BandPoint]:
    """The band's level and layers after each day on which one of its skills was assessed.

    Same-day assessments of one skill resolve to the last recorded (highest `order`).
    """
    members = set(skill_ids)
    ordered = sorted(
        (a for a in assessments if a.skill_id in members), key=lambda a: (a.day, a.order)
    )
    current: dict[int, int] = {}
    points: list[BandPoint] = []
    for i, a in enumerate(ordered):
        current[a.skill_id] = a.level
        if i + 1 < len(ordered) and ordered[i + 1].day == a.day:
            continue  # one point per day, after all of that day's assessments
        levels = [current.get(s) for s in skill_ids]
        points.append(BandPoint(a.day, band_level(levels, share), layer_shares(levels, top)))
    return points


def level_on(history: Sequence[Assessed], day: dt.date) -> int | None:
    """A skill's level at the end of `day`, from its assessments (any order)."""
    best: Assessed | None = None
    for a in history:
        if a.day <= day and (best is None or (a.day, a.order) > (best.day, best.order)):
            best = a
    return best.level if best else None
