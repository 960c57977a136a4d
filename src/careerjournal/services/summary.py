"""The appraisal summary of a period: what a user brings to a review, as plain data.

`SummaryService.build` collects it; renderers in `careerjournal.report` turn it into Markdown,
HTML or PDF. No Qt here, so the CLI can write Markdown and HTML without loading it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ..domain import EntryKind, MoveKind


class Section(StrEnum):
    HEADLINE = "headline"
    ACHIEVEMENTS = "achievements"
    SKILLS = "skills"
    GOALS = "goals"
    QUOTES = "quotes"
    STATS = "stats"


ALL_SECTIONS: frozenset[Section] = frozenset(Section)

SECTION_TITLES: dict[Section, str] = {
    Section.HEADLINE: "Headline",
    Section.ACHIEVEMENTS: "Achievements",
    Section.SKILLS: "Skills gained",
    Section.GOALS: "Goals and readiness",
    Section.QUOTES: "Feedback and recognition",
    Section.STATS: "The period in numbers",
}

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


@dataclass(frozen=True)
class KindGroup:
    """Achievements of one kind: starred first, then those with a measurable result."""

    kind: EntryKind
    entries: tuple[SummaryEntry, ...]


@dataclass(frozen=True)
class Move:
    """A role change inside the period."""

    day: dt.date
    move_kind: MoveKind
    title: str
    level: str
    organisation: str


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


@dataclass(frozen=True)
class SkillChange:
    name: str
    before: int | None  # level at the start of the period
    after: int | None  # level at its end


@dataclass(frozen=True)
class BandChange:
    band: str
    level_before: int  # band level (0: below the first level)
    level_after: int
    skills: tuple[SkillChange, ...]  # skills whose level changed in the period


@dataclass(frozen=True)
class GoalSummary:
    id: int
    title: str
    kind: str
    status: str
    pinned: bool
    progress_before: float  # at the start of the period (0 if it started later)
    progress_after: float  # at the end of the period
    readiness: str  # the projection in words (months, or why there is none)
    schedule: str
    explanation: str  # how the progress is computed
    done_in_period: tuple[str, ...]  # milestones completed inside the period
    remaining: tuple[str, ...]  # open milestones at the end of the period
    series: tuple[tuple[dt.date, float], ...] = ()  # for the burn-up chart


@dataclass(frozen=True)
class Quote:
    entry_id: int
    occurred_on: dt.date
    kind: EntryKind
    title: str
    text: str  # the quote itself: the body's first paragraph, or the title


@dataclass(frozen=True)
class MonthCount:
    year: int
    month: int
    entries: int
    impact: int  # sum of impact


@dataclass(frozen=True)
class Stats:
    months: tuple[MonthCount, ...]  # every month of the period, zeros included
    big_leaps: int  # promotions and role moves in the period
    incremental: int  # micro-progression entries in the period
    impact_total: int
    starred: int

    def explanation(self) -> str:
        return (
            "Big leaps are promotions and role moves; incremental gains are the "
            "micro-progression entries (skills, certifications, projects, responsibilities, "
            "recognition, feedback, learning, network) in the period."
        )


@dataclass(frozen=True)
class Summary:
    options: SummaryOptions
    period_label: str  # "Since your review on 3 Mar 2026", "The last 12 months", ...
    generated_on: dt.date
    headline: Headline
    achievements: tuple[KindGroup, ...]
    skills: tuple[BandChange, ...]
    level_names: tuple[str, ...]  # the journal's scale, for level numbers
    goals: tuple[GoalSummary, ...]
    quotes: tuple[Quote, ...]
    stats: Stats
    candidates: tuple[SummaryEntry, ...] = field(default=())  # every entry in the period

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

    def level_name(self, level: int | None) -> str:
        if not level:
            return "Not assessed"
        return self.level_names[level - 1] if level <= len(self.level_names) else str(level)


def default_period(today: dt.date, last_review: dt.date | None) -> tuple[dt.date, dt.date, str]:
    """Since the last recorded review (if it is in the past), else the last 12 months."""
    if last_review is not None and last_review < today:
        return (
            last_review,
            today,
            f"Since your review on {last_review.day} {last_review:%b %Y}",
        )
    start = _months_before(today, 12)
    return start, today, "The last 12 months"


def _months_before(day: dt.date, months: int) -> dt.date:
    month = day.month - months
    year = day.year
    while month < 1:
        month += 12
        year -= 1
    last = [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31,
            30, 31, 31, 30, 31, 30, 31][month - 1]  # fmt: skip
    return dt.date(year, month, min(day.day, last)) + dt.timedelta(days=1)
