"""The rubric's arithmetic on plain values: met or not, gaps, sub-levels, shares over time.

Kept apart from the database so that every rule can be checked on hand-built cases.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence

from ..domain import Demonstration, TickRule
from .errors import ValidationError
from .framework_records import DEFAULT_THRESHOLDS, LETTERS, Gap, RubricSettings


def check_thresholds(values: Iterable[float]) -> tuple[float, ...]:
    """Four rising shares strictly between 0 and 1 (one per letter after A), or ValidationError."""
    try:
        found = tuple(float(v) for v in values)
    except (TypeError, ValueError) as exc:
        raise ValidationError("thresholds", "Sub-level thresholds are numbers.") from exc
    if len(found) != len(LETTERS) - 1:
        raise ValidationError(
            "thresholds", f"Give {len(LETTERS) - 1} sub-level thresholds, one per letter after A."
        )
    if any(not 0 < v < 1 for v in found) or any(a >= b for a, b in itertools.pairwise(found)):
        raise ValidationError(
            "thresholds", "Sub-level thresholds rise strictly and lie between 0 and 1 (exclusive)."
        )
    return found


def settings_from(stored: object) -> RubricSettings:
    """A framework's stored settings, with defaults for anything missing or unreadable."""
    data = stored if isinstance(stored, dict) else {}
    try:
        thresholds = check_thresholds(data.get("thresholds", DEFAULT_THRESHOLDS))
    except ValidationError:
        thresholds = DEFAULT_THRESHOLDS
    try:
        tick = TickRule(data.get("tick", TickRule.EVIDENCE_AND_CONSISTENTLY.value))
    except ValueError:
        tick = TickRule.EVIDENCE_AND_CONSISTENTLY
    return RubricSettings(thresholds, tick)


def letter(share: float, thresholds: Sequence[float] = DEFAULT_THRESHOLDS) -> str:
    """The sub-level for a share: A below the first threshold, ..., E from the last one on."""
    reached = sum(1 for t in thresholds if share >= t)
    return LETTERS[min(reached, len(LETTERS) - 1)]


def is_met(rule: TickRule, evidenced: bool, latest: Demonstration | None) -> bool:
    consistent = latest is Demonstration.CONSISTENTLY
    if rule is TickRule.EVIDENCE:
        return evidenced
    if rule is TickRule.CONSISTENTLY:
        return consistent
    return evidenced and consistent


def gaps(rule: TickRule, evidenced: bool, latest: Demonstration | None) -> tuple[Gap, ...]:
    """What is missing for the criterion to be met under `rule` (empty when met)."""
    found: list[Gap] = []
    if rule is not TickRule.CONSISTENTLY and not evidenced:
        found.append(Gap.NO_EVIDENCE)
    if rule is not TickRule.EVIDENCE:
        if latest is None:
            found.append(Gap.NOT_ASSESSED)
        elif latest is not Demonstration.CONSISTENTLY:
            found.append(Gap.NOT_CONSISTENT)
    return tuple(found)


def met_changes(
    rule: TickRule,
    evidence_days: Iterable[dt.date],
    assessments: Sequence[tuple[dt.date, Demonstration]],
) -> list[tuple[dt.date, bool]]:
    """When the criterion became met or stopped being met: (day, met) at every change.

    Evidence counts from the entry's date; an assessment from its date (the later of two on one
    day wins, as given: oldest first).
    """
    first_evidence = min(evidence_days, default=None)
    days = sorted({*(d for d, _ in assessments), *([first_evidence] if first_evidence else [])})
    changes: list[tuple[dt.date, bool]] = []
    state = False
    for day in days:
        latest = None
        for when, status in assessments:
            if when <= day:
                latest = status
        evidenced = first_evidence is not None and first_evidence <= day
        now = is_met(rule, evidenced, latest)
        if now != state:
            changes.append((day, now))
            state = now
    return changes


def share_history(
    assessments: dict[int, Sequence[tuple[dt.date, Demonstration]]],
    total: int,
    until: dt.date,
) -> list[tuple[dt.date, float]]:
    """The share of `total` criteria shown consistently, after each day an assessment changed it.

    `assessments` maps a criterion to its assessments, oldest first. Days after `until` are left
    out; a level without criteria has no history.
    """
    if total <= 0:
        return []
    days = sorted({d for rows in assessments.values() for d, _ in rows if d <= until})
    series: list[tuple[dt.date, float]] = []
    for day in days:
        consistent = 0
        for rows in assessments.values():
            latest = None
            for when, status in rows:
                if when <= day:
                    latest = status
            consistent += latest is Demonstration.CONSISTENTLY
        share = consistent / total
        if not series or series[-1][1] != share:
            series.append((day, share))
    return series


_NUMBER = re.compile(r"\d+")


def guess_level(
    label: str, levels: Sequence[tuple[int, str]]
) -> tuple[int | None, tuple[int, ...]]:
    """The framework level a role's level label means, if exactly one fits.

    A label naming a level ("Senior Engineer" for a level called "Senior") or holding one number
    that is a level ("L3", "Level 3") fits. Returns (level, ()) for one fit, else (None, the
    levels that fit, or every level when none does).
    """
    numbers = {n for n, _ in levels}
    text = " ".join(label.casefold().split())
    fits: set[int] = set()
    if text:
        for n, name in levels:
            if name and " ".join(name.casefold().split()) == text:
                return n, ()
        digits = {int(m) for m in _NUMBER.findall(text)}
        fits |= digits & numbers
        fits |= _names_in(text, levels)
    if len(fits) == 1:
        return fits.pop(), ()
    return None, tuple(sorted(fits or numbers))


def _names_in(text: str, levels: Sequence[tuple[int, str]]) -> set[int]:
    """Levels whose name the text holds as whole words ("Senior" in "Senior Engineer", not
    "I" in "Engineering"); a name inside a longer one that fits too ("Engineer I" inside
    "Engineer II") does not count."""
    named: dict[int, str] = {}
    for n, name in levels:
        wanted = " ".join(name.casefold().split())
        if wanted and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", text):
            named[n] = wanted
    return {
        n
        for n, name in named.items()
        if not any(name != other and name in other for other in named.values())
    }
