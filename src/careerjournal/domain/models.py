"""Typed SQLAlchemy models of the journal.

The schema carries the rules that must hold whatever code writes to it (impact range, dates in
order, non-empty titles); the service layer adds the friendlier checks and messages on top.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .enums import (
    AssessmentSource,
    CandidateStatus,
    CriterionKind,
    EntryKind,
    GoalKind,
    GoalStatus,
    HarvestSource,
    MoveKind,
    SkillScale,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> dt.datetime:
    """Now in UTC, without tzinfo (stored as a plain timestamp), to the second."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """A portable enum column: VARCHAR plus a named CHECK constraint, storing the values."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=24,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: DateTime(timezone=False),
        dt.date: Date(),
        str: String(),
    }


class Profile(Base):
    """The journal's owner and settings that belong to the data, not to one machine."""

    __tablename__ = "profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    career_start: Mapped[dt.date | None]
    skill_scale: Mapped[SkillScale] = mapped_column(
        _enum(SkillScale, "skill_scale"), default=SkillScale.DREYFUS
    )
    week_start: Mapped[int] = mapped_column(Integer, default=0)  # 0 = Monday ... 6 = Sunday
    next_appraisal: Mapped[dt.date | None]
    stage_override: Mapped[str | None] = mapped_column(String(16))
    band_share: Mapped[float] = mapped_column(Float, default=0.75)

    __table_args__ = (
        CheckConstraint("week_start BETWEEN 0 AND 6", name="week_start_range"),
        CheckConstraint("band_share > 0 AND band_share <= 1", name="band_share_range"),
    )


class Role(Base):
    """One position held over a period; the formal steps of a career."""

    __tablename__ = "role"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    function: Mapped[str] = mapped_column(String(100), default="")
    level: Mapped[str] = mapped_column(String(50), default="")
    level_rank: Mapped[int] = mapped_column(Integer, default=0)
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]
    move_kind: Mapped[MoveKind] = mapped_column(
        _enum(MoveKind, "move_kind"), default=MoveKind.FIRST
    )
    pay: Mapped[Decimal | None] = mapped_column(Numeric(14, 2))
    currency: Mapped[str] = mapped_column(String(3), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    volunteer: Mapped[bool] = mapped_column(Boolean, default=False)
    # Raised by the services on each change of content; edits name the version they read.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    entries: Mapped[list[Entry]] = relationship(back_populates="role", passive_deletes=True)

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates_in_order"),
        CheckConstraint("pay IS NULL OR pay >= 0", name="pay_not_negative"),
        Index("ix_role_start_date", "start_date"),
    )


entry_tag = Table(
    "entry_tag",
    Base.metadata,
    Column("entry_id", ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_entry_tag_tag_id", "tag_id"),
)


class Tag(Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)


class Entry(Base):
    """A journal entry: one step forward, big or small."""

    __tablename__ = "entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[dt.date]
    kind: Mapped[EntryKind] = mapped_column(_enum(EntryKind, "entry_kind"), default=EntryKind.OTHER)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    impact: Mapped[int] = mapped_column(Integer, default=2)
    measurable_result: Mapped[str] = mapped_column(String(300), default="")
    starred: Mapped[bool] = mapped_column(Boolean, default=False)
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="SET NULL"))
    # UTC on every backend (a server's CURRENT_TIMESTAMP follows its own time zone).
    created_at: Mapped[dt.datetime] = mapped_column(
        default=utc_now, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        default=utc_now, onupdate=utc_now, server_default=func.current_timestamp()
    )
    trashed_at: Mapped[dt.datetime | None]
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    role: Mapped[Role | None] = relationship(back_populates="entries")
    tags: Mapped[list[Tag]] = relationship(secondary=entry_tag, order_by=Tag.name)
    links: Mapped[list[EvidenceLink]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        order_by="EvidenceLink.position",
        passive_deletes=True,
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        Index("ix_entry_occurred_on", "occurred_on"),
        Index("ix_entry_kind_occurred_on", "kind", "occurred_on"),
        # Only the (few) trashed entries: an index over every row would lure SQLite's planner away
        # from the ordered live-entries index below for the default listing.
        Index(
            "ix_entry_trashed",
            "trashed_at",
            sqlite_where=text("trashed_at IS NOT NULL"),
            postgresql_where=text("trashed_at IS NOT NULL"),
        ),
        Index("ix_entry_role_id", "role_id"),
        # The journal's default listing (live entries, newest first) reads this index in order.
        Index(
            "ix_entry_live_occurred_on",
            "occurred_on",
            "id",
            sqlite_where=text("trashed_at IS NULL"),
            postgresql_where=text("trashed_at IS NULL"),
        ),
        {"sqlite_autoincrement": True},
    )


class EvidenceLink(Base):
    """A link to evidence outside the journal (a document, a merged change, a certificate)."""

    __tablename__ = "evidence_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    url: Mapped[str] = mapped_column(String(2000))
    label: Mapped[str] = mapped_column(String(200), default="")

    entry: Mapped[Entry] = relationship(back_populates="links")

    __table_args__ = (
        CheckConstraint("length(trim(url)) > 0", name="url_not_empty"),
        Index("ix_evidence_link_entry_id", "entry_id"),
    )


class SkillBand(Base):
    """A broad group of skills that rises a level when enough of its skills do."""

    __tablename__ = "skill_band"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text, default="")
    # Raised by the services on each change of content; edits name the version they read.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    skills: Mapped[list[Skill]] = relationship(
        back_populates="band", cascade="all, delete-orphan", order_by="Skill.position"
    )

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)


class Skill(Base):
    __tablename__ = "skill"

    id: Mapped[int] = mapped_column(primary_key=True)
    band_id: Mapped[int] = mapped_column(ForeignKey("skill_band.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    target_level: Mapped[int | None] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(Text, default="")
    # Raised by the services on each change of content; edits name the version they read.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    band: Mapped[SkillBand] = relationship(back_populates="skills")
    assessments: Mapped[list[SkillAssessment]] = relationship(
        back_populates="skill",
        cascade="all, delete-orphan",
        order_by="(SkillAssessment.assessed_on, SkillAssessment.id)",
        passive_deletes=True,
    )

    __table_args__ = (
        UniqueConstraint("band_id", "name", name="uq_skill_band_id_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("target_level IS NULL OR target_level >= 1", name="target_positive"),
    )


class SkillAssessment(Base):
    """A level for a skill on a date. History is appended, never overwritten."""

    __tablename__ = "skill_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    skill_id: Mapped[int] = mapped_column(ForeignKey("skill.id", ondelete="CASCADE"))
    assessed_on: Mapped[dt.date]
    level: Mapped[int] = mapped_column(Integer)
    source: Mapped[AssessmentSource] = mapped_column(
        _enum(AssessmentSource, "assessment_source"), default=AssessmentSource.SELF
    )
    evidence_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("entry.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(Text, default="")

    skill: Mapped[Skill] = relationship(back_populates="assessments")

    __table_args__ = (
        CheckConstraint("level >= 1", name="level_positive"),
        Index("ix_skill_assessment_skill_id_assessed_on", "skill_id", "assessed_on"),
        Index("ix_skill_assessment_evidence_entry_id", "evidence_entry_id"),
    )


class Goal(Base):
    __tablename__ = "goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[GoalKind] = mapped_column(_enum(GoalKind, "goal_kind"), default=GoalKind.CUSTOM)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    target_role_title: Mapped[str] = mapped_column(String(200), default="")
    target_level: Mapped[str] = mapped_column(String(50), default="")
    target_date: Mapped[dt.date | None]
    status: Mapped[GoalStatus] = mapped_column(
        _enum(GoalStatus, "goal_status"), default=GoalStatus.ACTIVE
    )
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    created_on: Mapped[dt.date]
    closed_on: Mapped[dt.date | None]
    # Raised by the services on each change of content; edits name the version they read.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    milestones: Mapped[list[Milestone]] = relationship(
        back_populates="goal",
        cascade="all, delete-orphan",
        order_by="Milestone.position",
        passive_deletes=True,
    )

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("closed_on IS NULL OR closed_on >= created_on", name="dates_in_order"),
    )


milestone_evidence = Table(
    "milestone_evidence",
    Base.metadata,
    Column("milestone_id", ForeignKey("milestone.id", ondelete="CASCADE"), primary_key=True),
    Column("entry_id", ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_milestone_evidence_entry_id", "entry_id"),
)


class Milestone(Base):
    """An ordered, weighted step toward a goal; done by hand or by an automatic criterion."""

    __tablename__ = "milestone"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date | None]
    done_on: Mapped[dt.date | None]
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    criterion_kind: Mapped[CriterionKind] = mapped_column(
        _enum(CriterionKind, "criterion_kind"), default=CriterionKind.MANUAL
    )
    criterion: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Raised by the services on each change of content; edits name the version they read.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    goal: Mapped[Goal] = relationship(back_populates="milestones")
    evidence: Mapped[list[Entry]] = relationship(secondary=milestone_evidence)

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("weight > 0", name="weight_positive"),
        Index("ix_milestone_goal_id", "goal_id"),
    )


class Review(Base):
    """An appraisal or performance review that happened."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(primary_key=True)
    held_on: Mapped[dt.date]
    outcome: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    role_id: Mapped[int | None] = mapped_column(ForeignKey("role.id", ondelete="SET NULL"))
    # Raised by the services on each change of content; edits name the version they read.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    __table_args__ = (Index("ix_review_held_on", "held_on"),)


class Operation(Base):
    """One user action as the journal recorded it: what it changed, so it can be taken back.

    The log is the journal's undo history: it survives a restart and is shared by every process
    and device that writes to the journal. `code` says what the action was ("entry.edit"), the
    user interface words it; `subject` is the user's own text it concerns (a title), if any.
    """

    __tablename__ = "operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    done_at: Mapped[dt.datetime]
    code: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(200), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    writer: Mapped[str] = mapped_column(String(40), default="")

    __table_args__ = (Index("ix_operation_done_at", "done_at"),)


class OperationChange(Base):
    """One row an operation changed: its values before and after (JSON; None = absent)."""

    __tablename__ = "operation_change"

    operation_id: Mapped[int] = mapped_column(
        ForeignKey("operation.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_key: Mapped[str] = mapped_column(String(120))
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (Index("ix_operation_change_row", "table_name", "row_key"),)


class Candidate(Base):
    """Evidence found where the work happened (a commit series, an event, an issue): maybe an entry.

    `key` identifies it within its source across rescans, so a decided candidate never comes back;
    `fingerprint` is the same for the same piece of work found in two sources (a pull request seen
    in git and in GitHub's JSON), so it is shown once. Suggested values are the user's to change.
    """

    __tablename__ = "candidate"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[HarvestSource] = mapped_column(_enum(HarvestSource, "harvest_source"))
    key: Mapped[str] = mapped_column(String(300))
    origin: Mapped[str] = mapped_column(String(500), default="")
    occurred_on: Mapped[dt.date]
    kind: Mapped[EntryKind] = mapped_column(
        _enum(EntryKind, "candidate_kind"), default=EntryKind.OTHER
    )
    title: Mapped[str] = mapped_column(String(300))
    impact: Mapped[int] = mapped_column(Integer, default=2)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    links: Mapped[list[list[str]]] = mapped_column(JSON, default=list)
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    fingerprint: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[CandidateStatus] = mapped_column(
        _enum(CandidateStatus, "candidate_status"), default=CandidateStatus.NEW
    )
    entry_id: Mapped[int | None] = mapped_column(ForeignKey("entry.id", ondelete="SET NULL"))
    found_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    decided_at: Mapped[dt.datetime | None]

    __table_args__ = (
        UniqueConstraint("source", "key", name="uq_candidate_source_key"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        Index("ix_candidate_status_occurred_on", "status", "occurred_on"),
        Index("ix_candidate_fingerprint", "fingerprint"),
        Index("ix_candidate_entry_id", "entry_id"),
    )


class HarvestState(Base):
    """What a source had the last time it was read (a repository's branch tips), for rescans."""

    __tablename__ = "harvest_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[HarvestSource] = mapped_column(_enum(HarvestSource, "harvest_state_source"))
    location: Mapped[str] = mapped_column(String(1000))
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    scanned_at: Mapped[dt.datetime] = mapped_column(default=utc_now)

    __table_args__ = (
        UniqueConstraint("source", "location", name="uq_harvest_state_source_location"),
    )
