"""The insight cards as records: facts (codes and the numbers behind them), never sentences.

Each kind of statement a card makes is a StrEnum; `careerjournal.wording.insights` (English, for
the CLI and the report) and `careerjournal.ui.insights.words` (tr(), for the GUI) word them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from ...domain import EntryKind, MoveKind
from ..goal_progress import GoalProgress
from ..roles import Promotion


class Trend(StrEnum):
    UP = "up"
    DOWN = "down"
    STEADY = "steady"
    NONE = "none"  # no micro-progressions in the last 12 months, or under 3 months of history


class TrendBasis(StrEnum):
    """What the trend rests on."""

    COMPARED = "compared"  # the 3-month average against the 12-month one
    NO_RECENT = "no_recent"  # no micro-progressions in the last 12 months
    SHORT_HISTORY = "short_history"  # under 3 months of history


class LeapsComparison(StrEnum):
    """The last promotion set against the usual interval."""

    NO_PROMOTIONS = "no_promotions"
    ONE_PROMOTION = "one_promotion"  # no average interval yet
    LONGER = "longer"  # since the last one >= 1.25 x the average interval
    WITHIN = "within"  # <= 0.75 x
    ABOUT = "about"
    INTERVAL = "interval"  # an average of zero days: no judgement


class LeapsAdvice(StrEnum):
    PAST_INTERVAL = "past_interval"
    RECORD_STEPS = "record_steps"  # no micro-progressions yet
    RECORD_PROMOTIONS = "record_promotions"  # micro-progressions, no promotion
    KEEP_GOING = "keep_going"


class FragmentationAdvice(StrEnum):
    WARNING = "warning"  # spread, enough entries, not recognised
    EMPTY = "empty"  # no micro-progressions in the window
    TOO_FEW = "too_few"  # under FRAGMENTATION_MIN_ENTRIES
    RECOGNISED = "recognised"  # spread, but recognised
    FOCUSED = "focused"


class AreaSource(StrEnum):
    """Where a micro-progression's area comes from."""

    FUNCTION = "function"  # its role's function (the user's words)
    TAG = "tag"  # its first tag, alphabetically (shown as #tag)
    KIND = "kind"  # its entry kind (`name` is the kind's value)


class RecognitionKind(StrEnum):
    RECOGNITION_ENTRY = "recognition_entry"
    PROMOTION = "promotion"
    REVIEW = "review"


class LatticeAdvice(StrEnum):
    NO_ROLES = "no_roles"
    NO_MOVES = "no_moves"  # every move a promotion or a new employer
    BREADTH = "breadth"


class CadenceNote(StrEnum):
    NO_FEEDBACK_YET = "no_feedback_yet"
    FEEDBACK_DUE = "feedback_due"  # none in FEEDBACK_DUE_DAYS
    RECOGNITION_DUE = "recognition_due"  # none in RECOGNITION_DUE_DAYS
    START_STREAK = "start_streak"  # no entries at all
    STREAK_BROKEN = "streak_broken"  # no entry this week or last
    KEEP_STREAK = "keep_streak"


class Stage(StrEnum):
    EARLY = "early"
    MID = "mid"
    LATE = "late"


class StartSource(StrEnum):
    """Where the career start was taken from."""

    PROFILE = "profile"
    FIRST_ROLE = "first role"
    FIRST_ENTRY = "first entry"
    UNKNOWN = ""


class Guidance(StrEnum):
    """A point of career-stage guidance; its figures are on the cards it cites."""

    SET_START = "set_start"  # no stage: set the career start
    RECORD_WEEKLY = "record_weekly"
    ASK_FEEDBACK = "ask_feedback"
    EARLY_FEEDBACK = "early_feedback"  # cadence: days since feedback
    FOUNDATION = "foundation"  # StageCard.recent_learning
    PROMOTION_GOAL = "promotion_goal"  # Insights.next_promotion, or pin one
    STREAK = "streak"  # cadence: the current and longest streak
    LEAPS = "leaps"  # the leaps card's comparison
    BREADTH = "breadth"  # lattice: functions and moves
    NO_BREADTH = "no_breadth"  # mid-career and no lateral or diagonal move
    WATCH_FRAGMENTATION = "watch_fragmentation"  # the fragmentation card's advice
    VISIBLE_WORK = "visible_work"  # cadence: days since recognition
    NO_RECOGNITION = "no_recognition"
    LATE_MOMENTUM = "late_momentum"  # the momentum card's trend
    LATE_FEEDBACK = "late_feedback"  # cadence: days since feedback
    NETWORK = "network"  # StageCard.recent_network


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
    comparison: LeapsComparison  # the two set side by side
    advice: LeapsAdvice

    @property
    def enough_data(self) -> bool:
        return bool(self.micro_total or self.promotions)


@dataclass(frozen=True)
class MomentumCard:
    """Micro-progressions per month weighted by impact, and their trend."""

    # (first day of the month, sum of impact): the last 24 calendar months, this one (so far) last.
    months: tuple[tuple[dt.date, float], ...]
    average_3: float  # impact per month over the last 3 months up to today
    average_12: float  # the same over the last 12 months (or since the first entry, if later)
    trend: Trend  # also the advice: one per trend
    trend_basis: TrendBasis
    # A journal younger than 12 months: the months since its first entry, which the 12-month
    # average runs over; else None.
    history_months: float | None
    micro_total: int  # micro-progressions ever (0: not enough data)


@dataclass(frozen=True)
class Area:
    """Where micro-progressions went: a role's function, a tag or a kind, and how many."""

    name: str  # the function, the tag (without #) or the kind's value
    source: AreaSource
    count: int


@dataclass(frozen=True)
class Recognition:
    day: dt.date
    kind: RecognitionKind
    title: str = ""  # a promotion's title


@dataclass(frozen=True)
class FragmentationCard:
    """How the last 12 months' micro-progressions spread over areas, and whether they were
    formally recognised."""

    window_start: dt.date  # first day of the window (inclusive)
    window_end: dt.date  # today
    entries: int  # micro-progressions in the window
    # Most first then by name. An entry's area is its role's function if set, else its first tag
    # in alphabetical order, else its kind.
    areas: tuple[Area, ...]
    entropy: float  # H / log(k) over the areas: 0 all in one area (or none), 1 evenly spread
    recognised: bool
    recognition: tuple[Recognition, ...]  # the recognition in the window, oldest first
    warning: bool  # entropy >= 0.75, >= 8 entries and not recognised
    advice: FragmentationAdvice  # with the evidence: the top areas and their counts


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
    role_count: int  # roles begun by today (0: not enough data)
    advice: LatticeAdvice


@dataclass(frozen=True)
class CadenceCard:
    """Continuous recognition increments: how regularly the journal is kept."""

    week_start: int  # 0 Monday ... 6 Sunday (the profile's setting)
    weeks_with_entries: int  # weeks with at least one entry, ever (0: not enough data)
    current_streak: int  # weeks, this one included if it has an entry, else up to last week
    longest_streak: int  # weeks
    weeks_active_last_52: int
    share_last_52: float  # weeks_active_last_52 / 52
    last_feedback: dt.date | None  # the last feedback entry (feedback sought)
    days_since_feedback: int | None
    last_recognition: dt.date | None  # the last recognition entry or promotion
    days_since_recognition: int | None
    heatmap: tuple[tuple[dt.date, int], ...]  # entries per day, the last 365 days, zeros included
    notes: tuple[CadenceNote, ...]  # the advice, in order


@dataclass(frozen=True)
class StageCard:
    stage: Stage | None  # None with no career start and no override
    computed_stage: Stage | None  # from the career start, whatever the override
    overridden: bool  # the profile sets the stage
    career_start: dt.date | None
    career_start_source: StartSource
    years: float | None  # years since the career start
    guidance: tuple[Guidance, ...]  # 3-4 short points for the stage, citing the user's own data
    recent_learning: int  # skill, certification and learning entries in the last 12 months
    recent_network: int  # network entries in the last 12 months


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
    entry_count: int  # live entries up to `as_of`
    role_count: int  # roles begun by `as_of`

    @property
    def is_empty(self) -> bool:
        """Nothing to compute from: no entries and no roles."""
        return self.entry_count == 0 and self.role_count == 0


#: The kinds whose recent entries build the early-career foundation.
LEARNING_KINDS: tuple[EntryKind, ...] = (
    EntryKind.SKILL,
    EntryKind.CERTIFICATION,
    EntryKind.LEARNING,
)
