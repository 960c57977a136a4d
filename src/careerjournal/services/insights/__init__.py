"""Insights: what the journal says about a career, computed honestly from the user's own data.

`InsightsService.compute(today)` returns one frozen `Insights` record of cards: big leaps against
incremental gains, momentum, role fragmentation, the lattice of moves, cadence, the career stage
with guidance, and the pinned next-promotion goal. Cards carry facts, not prose: codes (a StrEnum
per kind of statement: the comparison, the advice, the guidance points) and the numbers behind
them. `careerjournal.wording.insights` words them in English for the CLI and the report, and
`careerjournal.ui.insights.words` with tr() for the GUI, each with one line on how every number is
computed. An empty journal gives empty cards; nothing here raises or divides by zero.

Modules: `records` (the cards and their codes), `facts` (one read of the journal), `growth`
(leaps, momentum, fragmentation, lattice), `rhythm` (cadence, career stage and guidance).

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

from ..base import Service
from ..goal_progress import GoalProgress
from ..goals import GoalService
from ..roles import Promotion
from .facts import DAYS_PER_MONTH, DAYS_PER_YEAR, WINDOW_MONTHS, Facts, read_facts
from .growth import (
    FRAGMENTATION_MIN_ENTRIES,
    FRAGMENTATION_THRESHOLD,
    MOMENTUM_MONTHS,
    TREND_THRESHOLD,
    found_promotions,
    fragmentation,
    lattice,
    leaps,
    normalised_entropy,
    the_momentum,
)
from .records import (
    Area,
    AreaSource,
    CadenceCard,
    CadenceNote,
    FragmentationAdvice,
    FragmentationCard,
    Guidance,
    Insights,
    LatticeAdvice,
    LatticeCard,
    LatticeMove,
    LeapsAdvice,
    LeapsCard,
    LeapsComparison,
    MomentumCard,
    Recognition,
    RecognitionKind,
    Stage,
    StageCard,
    StartSource,
    Trend,
    TrendBasis,
)
from .rhythm import (
    FEEDBACK_DUE_DAYS,
    HEATMAP_DAYS,
    LATE_STAGE_YEARS,
    MID_STAGE_YEARS,
    RECOGNITION_DUE_DAYS,
    SHARE_WEEKS,
    cadence,
    career_stage,
    stage_for,
    streaks,
    week_key,
)


class InsightsService(Service):
    def compute(self, today: dt.date | None = None) -> Insights:
        """Every insight as of `today` (default: the real today)."""
        today = today or dt.date.today()
        facts = read_facts(self._store, today)
        goals = GoalService(self._store, self._feed)
        pinned = goals.pinned()
        return build_insights(facts, None if pinned is None else goals.progress(pinned.id, today))


def build_insights(facts: Facts, next_promotion: GoalProgress | None = None) -> Insights:
    found = found_promotions(facts)
    the_fragmentation = fragmentation(facts, found)
    the_lattice = lattice(facts, found)
    the_cadence = cadence(facts, found)
    return Insights(
        as_of=facts.today,
        leaps=leaps(facts, found),
        momentum=the_momentum(facts),
        fragmentation=the_fragmentation,
        lattice=the_lattice,
        cadence=the_cadence,
        stage=career_stage(facts, the_fragmentation, the_lattice, the_cadence),
        next_promotion=next_promotion,
        entry_count=len(facts.days),
        role_count=len(facts.roles),
    )


__all__ = [
    "DAYS_PER_MONTH",
    "DAYS_PER_YEAR",
    "FEEDBACK_DUE_DAYS",
    "FRAGMENTATION_MIN_ENTRIES",
    "FRAGMENTATION_THRESHOLD",
    "HEATMAP_DAYS",
    "LATE_STAGE_YEARS",
    "MID_STAGE_YEARS",
    "MOMENTUM_MONTHS",
    "RECOGNITION_DUE_DAYS",
    "SHARE_WEEKS",
    "TREND_THRESHOLD",
    "WINDOW_MONTHS",
    "Area",
    "AreaSource",
    "CadenceCard",
    "CadenceNote",
    "FragmentationAdvice",
    "FragmentationCard",
    "Guidance",
    "Insights",
    "InsightsService",
    "LatticeAdvice",
    "LatticeCard",
    "LatticeMove",
    "LeapsAdvice",
    "LeapsCard",
    "LeapsComparison",
    "MomentumCard",
    "Promotion",
    "Recognition",
    "RecognitionKind",
    "Stage",
    "StageCard",
    "StartSource",
    "Trend",
    "TrendBasis",
    "build_insights",
    "normalised_entropy",
    "stage_for",
    "streaks",
    "week_key",
]
