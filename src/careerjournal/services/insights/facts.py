"""The plain facts the insight cards are computed from, read from the journal once.

Entries are read with one Core query (day number, kind, impact, role, and, only where needed, the
first tag and the title), then roles, reviews and the profile; the cards are arithmetic over these
plain values, so a 100,000-entry journal computes in a fraction of a second.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from sqlalchemy import case, func, select

from ...domain import MICRO_KINDS, Entry, EntryKind, MoveKind, Profile, Review, Role, Tag, entry_tag
from ..reviews import STAGES
from ..summary import months_before
from ..timeline import _ordinal, kind_text

if TYPE_CHECKING:
    from ...store import Store

WINDOW_MONTHS = 12
DAYS_PER_YEAR = 365.25
DAYS_PER_MONTH = DAYS_PER_YEAR / 12

MICRO = frozenset(k.value for k in MICRO_KINDS)
PROMOTION = EntryKind.PROMOTION.value
FEEDBACK = EntryKind.FEEDBACK.value
RECOGNITION = EntryKind.RECOGNITION.value


@dataclass(frozen=True)
class RoleFact:
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
class Facts:
    """What the cards are computed from. Entries are columns, oldest first, none after today."""

    today: dt.date
    days: tuple[int, ...]  # date.toordinal(), ascending
    kinds: tuple[str, ...]
    impacts: tuple[int, ...]
    role_ids: tuple[int | None, ...]
    tags: tuple[str | None, ...]  # first tag, read only for micro-progressions in the window
    titles: tuple[str | None, ...]  # read only for promotion entries
    roles: tuple[RoleFact, ...]  # by start date, none starting after today
    reviews: tuple[dt.date, ...]  # held on or before today, oldest first
    career_start: dt.date | None
    week_start: int
    stage_override: str | None

    @cached_property
    def micro(self) -> tuple[list[int], list[int]]:
        """(days, impacts) of the micro-progressions, days ascending."""
        days, impacts = [], []
        for day, kind, impact in zip(self.days, self.kinds, self.impacts, strict=True):
            if kind in MICRO:
                days.append(day)
                impacts.append(impact)
        return days, impacts

    def days_of(self, kind: str) -> list[int]:
        return [d for d, k in zip(self.days, self.kinds, strict=True) if k == kind]


def read_facts(store: Store, today: dt.date) -> Facts:
    """What the cards are computed from, read in one Core query and three small ones."""
    window_start = months_before(today, WINDOW_MONTHS)
    with store.read() as session:
        dialect = session.get_bind().dialect.name
        first_tag = (
            select(func.min(Tag.name))
            .join(entry_tag, entry_tag.c.tag_id == Tag.id)
            .where(entry_tag.c.entry_id == Entry.id)
            .scalar_subquery()
        )
        micro = sorted(MICRO)
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
                case((kind_text == PROMOTION, Entry.title), else_=None),
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
    return Facts(
        today=today,
        days=days,
        kinds=kinds,
        impacts=impacts,
        role_ids=role_ids,
        tags=tags,
        titles=titles,
        roles=tuple(RoleFact(*r) for r in roles),
        reviews=tuple(reviews),
        career_start=career_start,
        week_start=week_start or 0,
        stage_override=override if override in STAGES else None,
    )


# -- the calendar ------------------------------------------------------------------------------


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def next_month(month: dt.date) -> dt.date:
    return add_months(month, 1)


def add_months(month: dt.date, n: int) -> dt.date:
    """The first day of the month `n` months after the month of `month`."""
    index = month.year * 12 + month.month - 1 + n
    return dt.date(index // 12, index % 12 + 1, 1)


def month_end(month: dt.date) -> dt.date:
    return next_month(month) - dt.timedelta(days=1)


def add_years(day: dt.date, years: int) -> dt.date:
    """The anniversary; 29 February falls on 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
