"""The appraisal summary's records: plain frozen data, facts and not prose (see `summary`);
and how the user's overrides name and merge the themes the meaning model found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from ..domain import EntryKind, MoveKind
from .progress import Projection, Schedule
from .roles import Promotion


class Section(StrEnum):
    HEADLINE = "headline"
    ACHIEVEMENTS = "achievements"
    SKILLS = "skills"
    GOALS = "goals"
    QUOTES = "quotes"
    STATS = "stats"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)


class ThemesOff(StrEnum):
    """Why a summary asked to group by theme is grouped by kind."""

    NEEDS_EXTRA = "needs_extra"  # the meaning extra (wordllama) is not installed
    UNAVAILABLE = "unavailable"  # installed but off; `Summary.themes_off_reason` says why


class GroupBy(StrEnum):
    """How the achievements are grouped: by entry kind, or by theme (clusters by meaning)."""

    KIND = "kind"
    THEME = "theme"


class PeriodKind(StrEnum):
    """How a period is named: the defaults by what they are, any other by its dates."""

    SINCE_REVIEW = "since_review"  # since the last review (`Period.review`)
    LAST_12_MONTHS = "last_12_months"
    LAST_6_MONTHS = "last_6_months"
    YEAR_SO_FAR = "year_so_far"  # this year up to today
    DAY = "day"  # a single day
    DATES = "dates"  # from one date to another


@dataclass(frozen=True)
class Period:
    kind: PeriodKind
    date_from: dt.date
    date_to: dt.date
    review: dt.date | None = None  # the review a SINCE_REVIEW period starts from


#: Kinds that are not listed as achievements: promotions are in the headline, feedback and
#: recognition are quoted, and pay is private unless the user asks for it.
NOT_ACHIEVEMENTS: frozenset[EntryKind] = frozenset(
    {EntryKind.PROMOTION, EntryKind.FEEDBACK, EntryKind.RECOGNITION, EntryKind.COMPENSATION}
)


@dataclass(frozen=True)
class SummaryOptions:
    date_from: dt.date
    date_to: dt.date
    sections: frozenset[Section] = ALL_SECTIONS
    excluded_ids: frozenset[int] = frozenset()  # entries the user left out by hand
    include_compensation: bool = False
    # Entries of kind Other ("Set up a new laptop") are chores, not appraisal material: left out
    # of the whole document (list, counts, charts) unless asked for.
    include_other: bool = False
    # A summary is a selection, not a dump: the best `per_kind` achievements of each kind (by
    # star, measurable result, impact) and the newest `max_quotes` quotes. None lists them all.
    per_kind: int | None = 12
    max_quotes: int | None = 8
    # Group by kind, or by theme (`journal.meaning.themes`), at most `max_themes` of them. The
    # user's overrides, each naming a theme by its `ThemeGroup.key`: new names, and merges
    # (the second theme of each pair joins the first, which keeps its place and name).
    group_by: GroupBy = GroupBy.KIND
    max_themes: int = 5
    theme_names: Mapping[str, str] = field(default_factory=dict)
    merges: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class SummaryEntry:
    id: int
    occurred_on: dt.date
    kind: EntryKind
    title: str
    measurable_result: str
    starred: bool
    impact: int
    tags: tuple[str, ...]
    excerpt: str  # the body's first paragraph, plain text, at most ~300 characters
    # Feedback and recognition: someone's own words quoted in the body (a "> " block or text in
    # quotation marks), else "" (the title then says what the feedback was).
    quoted: str = ""


@dataclass(frozen=True)
class KindGroup:
    """Achievements of one kind: starred first, then those with a measurable result."""

    kind: EntryKind
    entries: tuple[SummaryEntry, ...]
    more: int = 0  # entries of this kind in the period left out by the per-kind limit

    @property
    def total(self) -> int:
        return len(self.entries) + self.more


@dataclass(frozen=True)
class ThemeGroup:
    """Achievements close in meaning, in the usual order (starred first, then measurable).

    `key` is stable while the theme keeps its most central entries: "t" and their ids (e.g.
    "t12-40-57"); the group of achievements no theme took (not yet read by the meaning model, or
    apart from every theme) has the key "" and no name.
    """

    key: str
    name: str  # the user's name for it, else `found_name`
    found_name: str  # named by its most central entries' words (`meaning.themes`)
    entries: tuple[SummaryEntry, ...]
    more: int = 0  # achievements of this theme left out by the per-group limit
    merged: tuple[str, ...] = ()  # keys of the themes the user merged into this one

    @property
    def total(self) -> int:
        return len(self.entries) + self.more

    @property
    def unthemed(self) -> bool:
        return not self.key

    @property
    def renamed(self) -> bool:
        return self.name != self.found_name


@dataclass(frozen=True)
class Move:
    """A role change inside the period."""

    day: dt.date
    move_kind: MoveKind
    title: str
    level: str
    organisation: str
    promotion: bool = False  # a promotion by the shared definition (`roles.promotions`)


@dataclass(frozen=True)
class Headline:
    name: str
    role_title: str  # "" when no role is recorded
    role_level: str
    organisation: str
    role_since: dt.date | None
    days_in_role: int | None
    moves: tuple[Move, ...]  # promotions and moves in the period, oldest first
    entry_count: int  # entries in the period (after exclusions)
    # The promotions in the period (`roles.promotions`: the count Insights and the timeline show).
    promotions: tuple[Promotion, ...] = ()


@dataclass(frozen=True)
class SkillChange:
    name: str
    before: int | None  # level at the start of the period
    after: int | None  # level at its end

    @property
    def gained(self) -> bool:
        return (self.after or 0) > (self.before or 0)


@dataclass(frozen=True)
class BandChange:
    band: str
    level_before: int  # band level (0: below the first level)
    level_after: int
    skills: tuple[SkillChange, ...]  # skills whose level changed in the period

    @property
    def gains(self) -> tuple[SkillChange, ...]:
        """Skills that ended the period at a higher level than they started it."""
        return tuple(c for c in self.skills if c.gained)

    @property
    def drops(self) -> tuple[SkillChange, ...]:
        """Skills assessed lower at the end of the period than at its start (never "gains")."""
        return tuple(c for c in self.skills if not c.gained)

    @property
    def rose(self) -> bool:
        return self.level_after > self.level_before

    @property
    def fell(self) -> bool:
        return self.level_after < self.level_before


@dataclass(frozen=True)
class GoalSummary:
    id: int
    title: str
    kind: str
    status: str
    pinned: bool
    progress_before: float  # at the start of the period (0 if it started later)
    progress_after: float  # at the end of the period
    projection: Projection  # when it is ready at its pace, or why that cannot be said
    schedule: Schedule  # ahead of or behind its target date
    # How the progress is computed: the done share of milestone weight.
    done_weight: float
    total_weight: float
    done_count: int  # milestones done at the end of the period
    milestone_count: int
    done_in_period: tuple[str, ...]  # milestones completed inside the period
    remaining: tuple[str, ...]  # open milestones at the end of the period
    series: tuple[tuple[dt.date, float], ...] = ()  # for the burn-up chart
    closed_on: dt.date | None = None  # when an achieved or dropped goal was closed


@dataclass(frozen=True)
class Quote:
    entry_id: int
    occurred_on: dt.date
    kind: EntryKind
    title: str
    text: str  # someone's own words quoted in the body, else the title (the feedback itself)
    verbatim: bool = False  # `text` is quoted words (print in quotation marks), not the title


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    entries: int
    impact: int  # sum of impact


@dataclass(frozen=True)
class Stats:
    months: tuple[MonthCount, ...]  # every month of the period, zeros included
    big_leaps: int  # promotions in the period (`roles.promotions`, as Insights counts them)
    incremental: int  # micro-progression entries in the period
    impact_total: int
    starred: int
    includes_compensation: bool = False  # pay changes count as incremental gains too


@dataclass(frozen=True)
class Summary:
    options: SummaryOptions
    period: Period  # how the period is named: since a review, the last 12 months, two dates...
    generated_on: dt.date
    headline: Headline
    achievements: tuple[KindGroup, ...]
    skills: tuple[BandChange, ...]
    level_names: tuple[str, ...]  # the journal's scale, for level numbers
    goals: tuple[GoalSummary, ...]
    quotes: tuple[Quote, ...]
    stats: Stats
    candidates: tuple[SummaryEntry, ...] = field(default=())  # every entry in the period
    more_quotes: int = 0  # quotes left out by `options.max_quotes`
    # Grouped by theme: `themes` holds the groups (`achievements` still holds them by kind, for
    # counts and charts). Asked for themes but grouped by kind: `themes_off` says why, with the
    # meaning model's own plain English line in `themes_off_reason` (or "").
    themes: tuple[ThemeGroup, ...] = ()
    themes_off: ThemesOff | None = None
    themes_off_reason: str = ""

    @property
    def grouped_by(self) -> GroupBy:
        """Theme when the achievements are grouped by theme, else kind."""
        if self.options.group_by is GroupBy.THEME and self.themes_off is None:
            return GroupBy.THEME
        return GroupBy.KIND

    @property
    def sections(self) -> frozenset[Section]:
        return self.options.sections

    @property
    def is_empty(self) -> bool:
        """Nothing recorded in the period (the document then says so kindly)."""
        return (
            self.headline.entry_count == 0
            and not self.headline.moves
            and not any(b.skills for b in self.skills)
        )

    def level_name(self, level: int | None) -> str | None:
        """The scale's name of `level`; None when it is not assessed (0 or None)."""
        if not level:
            return None
        return self.level_names[level - 1] if level <= len(self.level_names) else str(level)


# -- themes -------------------------------------------------------------------------------------


class FoundTheme(Protocol):
    """A theme as `meaning.themes` finds it (`careerjournal.services.meaning.Theme`)."""

    @property
    def name(self) -> str: ...
    @property
    def entry_ids(self) -> tuple[int, ...]: ...
    @property
    def central_ids(self) -> tuple[int, ...]: ...


class ThemeSource(Protocol):
    """What grouping by theme needs of the journal's `meaning` (a `MeaningService`)."""

    @property
    def available(self) -> bool: ...
    def themes(self, entry_ids: Sequence[int], *, max_themes: int = 5) -> Sequence[FoundTheme]: ...


def theme_key(central_ids: Iterable[int]) -> str:
    """A theme's stable key: "t" and its most central entries' ids, e.g. "t12-40-57"."""
    return "t" + "-".join(str(i) for i in sorted(set(central_ids)))


def key_ids(key: str) -> frozenset[int]:
    """The entry ids a theme key names (none for a key that is not one)."""
    parts = key[1:].split("-") if key.startswith("t") else []
    return frozenset(int(p) for p in parts if p.isdigit())


class MergedThemes:
    """The found themes with the user's merges: which theme each one now belongs to."""

    def __init__(
        self, found: Sequence[FoundTheme], keys: list[str], merges: Iterable[tuple[str, str]]
    ) -> None:
        self._found = found
        self._keys = keys
        self._parent = list(range(len(found)))
        for into, other in merges:
            a, b = self.resolve(into), self.resolve(other)
            if a is not None and b is not None and self.root(a) != self.root(b):
                self._parent[self.root(b)] = self.root(a)

    def root(self, index: int) -> int:
        while self._parent[index] != index:
            index = self._parent[index]
        return index

    def resolve(self, key: str) -> int | None:
        """The theme `key` names: the one with that key, else the one holding most (at least
        half) of the entries it names, so a name survives a theme's small changes."""
        if key in self._keys:
            return self._keys.index(key)
        wanted = key_ids(key)
        best, most = None, 0
        for index, theme in enumerate(self._found):
            count = len(wanted & set(theme.entry_ids))
            if count * 2 >= len(wanted) and count > most:
                best, most = index, count
        return best
