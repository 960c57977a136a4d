"""Immutable snapshots the services hand out, and the drafts they take in.

Views and the CLI never hold ORM objects: a record is a plain value that stays valid after its
session has closed, and a draft is what a form or a command line fills in before saving.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from ..domain import (
    AssessmentSource,
    CriterionKind,
    EntryKind,
    GoalKind,
    GoalStatus,
    MoveKind,
    SkillScale,
)

AUTO: Literal["auto"] = "auto"


@dataclass(frozen=True)
class LinkRecord:
    url: str
    label: str = ""


@dataclass(frozen=True)
class EntryRecord:
    id: int
    occurred_on: dt.date
    kind: EntryKind
    title: str
    body: str
    impact: int
    measurable_result: str
    starred: bool
    tags: tuple[str, ...]
    links: tuple[LinkRecord, ...]
    role_id: int | None
    role_title: str
    created_at: dt.datetime
    updated_at: dt.datetime
    trashed_at: dt.datetime | None
    version: int

    @property
    def trashed(self) -> bool:
        return self.trashed_at is not None


@dataclass(frozen=True)
class EntryDraft:
    """Fields of an entry as typed. `role_id="auto"` picks the role held on the entry's date."""

    title: str
    occurred_on: dt.date = field(default_factory=dt.date.today)
    kind: EntryKind = EntryKind.OTHER
    body: str = ""
    impact: int = 2
    measurable_result: str = ""
    starred: bool = False
    tags: tuple[str, ...] = ()
    links: tuple[LinkRecord, ...] = ()
    role_id: int | Literal["auto"] | None = AUTO

    @classmethod
    def from_record(cls, record: EntryRecord) -> EntryDraft:
        return cls(
            title=record.title,
            occurred_on=record.occurred_on,
            kind=record.kind,
            body=record.body,
            impact=record.impact,
            measurable_result=record.measurable_result,
            starred=record.starred,
            tags=record.tags,
            links=record.links,
            role_id=record.role_id,
        )


@dataclass(frozen=True)
class EntryQuery:
    """Which entries: every field narrows; None means "any"."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kinds: frozenset[EntryKind] | None = None
    tags: frozenset[str] | None = None  # entries with any of these tags
    text: str = ""
    trashed: bool | None = False  # False: live only, True: trash only, None: both
    starred: bool | None = None
    role_id: int | None = None


@dataclass(frozen=True)
class RoleRecord:
    id: int
    title: str
    organisation: str
    function: str
    level: str
    level_rank: int
    start_date: dt.date
    end_date: dt.date | None
    move_kind: MoveKind
    pay: Decimal | None
    currency: str
    notes: str
    volunteer: bool
    version: int = 1  # the version read; pass it back to `update`/`delete`

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


@dataclass(frozen=True)
class RoleDraft:
    title: str
    start_date: dt.date
    organisation: str = ""
    function: str = ""
    level: str = ""
    level_rank: int = 0
    end_date: dt.date | None = None
    move_kind: MoveKind = MoveKind.FIRST
    pay: Decimal | None = None
    currency: str = ""
    notes: str = ""
    volunteer: bool = False

    @classmethod
    def from_record(cls, record: RoleRecord) -> RoleDraft:
        return cls(
            title=record.title,
            start_date=record.start_date,
            organisation=record.organisation,
            function=record.function,
            level=record.level,
            level_rank=record.level_rank,
            end_date=record.end_date,
            move_kind=record.move_kind,
            pay=record.pay,
            currency=record.currency,
            notes=record.notes,
            volunteer=record.volunteer,
        )


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    skill_id: int
    assessed_on: dt.date
    level: int
    source: AssessmentSource
    evidence_entry_id: int | None
    note: str


@dataclass(frozen=True)
class SkillRecord:
    id: int
    band_id: int
    name: str
    position: int
    target_level: int | None
    description: str
    current_level: int | None  # latest assessment, None when never assessed
    assessed_on: dt.date | None
    version: int = 1


@dataclass(frozen=True)
class AssessmentDraft:
    """A level to record for a skill; `assessed_on` None means the day of its evidence entry."""

    skill_id: int
    level: int
    source: AssessmentSource = AssessmentSource.SELF
    assessed_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class BandRecord:
    id: int
    name: str
    position: int
    description: str
    skills: tuple[SkillRecord, ...]
    version: int = 1


@dataclass(frozen=True)
class MilestoneRecord:
    id: int
    goal_id: int
    position: int
    title: str
    due_on: dt.date | None
    done_on: dt.date | None
    weight: float
    criterion_kind: CriterionKind
    criterion: dict[str, Any]
    evidence_ids: tuple[int, ...]
    version: int = 1

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class MilestoneDraft:
    title: str
    due_on: dt.date | None = None
    done_on: dt.date | None = None
    weight: float = 1.0
    criterion_kind: CriterionKind = CriterionKind.MANUAL
    criterion: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class GoalRecord:
    id: int
    kind: GoalKind
    title: str
    description: str
    target_role_title: str
    target_level: str
    target_date: dt.date | None
    status: GoalStatus
    pinned: bool
    created_on: dt.date
    closed_on: dt.date | None
    milestones: tuple[MilestoneRecord, ...]
    version: int = 1


@dataclass(frozen=True)
class GoalDraft:
    title: str
    kind: GoalKind = GoalKind.CUSTOM
    description: str = ""
    target_role_title: str = ""
    target_level: str = ""
    target_date: dt.date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    pinned: bool = False
    created_on: dt.date = field(default_factory=dt.date.today)
    closed_on: dt.date | None = None


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    held_on: dt.date
    outcome: str
    notes: str
    role_id: int | None
    version: int = 1


@dataclass(frozen=True)
class ProfileRecord:
    name: str
    career_start: dt.date | None
    skill_scale: SkillScale
    week_start: int
    next_appraisal: dt.date | None
    stage_override: str | None
    band_share: float
