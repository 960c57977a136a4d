"""Progression frameworks in the journal: levels, topics, criteria, and the user's standing.

A framework is imported from a file (`interchange/framework.py`); criteria keep their row (and
so their evidence and assessments) across re-imports while their wording is unchanged or only
edited (see `services/frameworks.py`). Which framework level a role was is `RoleLevel`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .enums import Demonstration
from .models import Base, _enum, utc_now


class Framework(Base):
    """A career ladder: what each level expects, topic by topic. One is active at a time."""

    __tablename__ = "framework"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    source: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    # Sub-level thresholds and when a criterion counts as met (see services/rubric_maths.py).
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    levels: Mapped[list[FrameworkLevel]] = relationship(
        cascade="all, delete-orphan", order_by="FrameworkLevel.number", passive_deletes=True
    )
    topics: Mapped[list[FrameworkTopic]] = relationship(
        cascade="all, delete-orphan", order_by="FrameworkTopic.position", passive_deletes=True
    )

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)


class FrameworkLevel(Base):
    __tablename__ = "framework_level"

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200), default="")

    __table_args__ = (
        UniqueConstraint("framework_id", "number", name="uq_framework_level_framework_id_number"),
    )


class FrameworkTopic(Base):
    __tablename__ = "framework_topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("framework_id", "key", name="uq_framework_topic_framework_id_key"),
    )


criterion_evidence = Table(
    "criterion_evidence",
    Base.metadata,
    Column(
        "criterion_id",
        ForeignKey("framework_criterion.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("entry_id", ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_criterion_evidence_entry_id", "entry_id"),
)


class FrameworkCriterion(Base):
    """What a level expects in one topic; `key` identifies it across re-imports."""

    __tablename__ = "framework_criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    framework_id: Mapped[int] = mapped_column(ForeignKey("framework.id", ondelete="CASCADE"))
    topic_id: Mapped[int] = mapped_column(ForeignKey("framework_topic.id", ondelete="CASCADE"))
    level: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(1000))
    text: Mapped[str] = mapped_column(Text)
    examples: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_framework_criterion_framework_id_level", "framework_id", "level"),
        Index("ix_framework_criterion_topic_id", "topic_id"),
        # Never reuse a criterion's id: a milestone names its criterion by id.
        {"sqlite_autoincrement": True},
    )


class CriterionAssessment(Base):
    """The user's judgement of a criterion on a date. History is appended, never overwritten."""

    __tablename__ = "criterion_assessment"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(
        ForeignKey("framework_criterion.id", ondelete="CASCADE")
    )
    assessed_on: Mapped[dt.date]
    status: Mapped[Demonstration] = mapped_column(_enum(Demonstration, "demonstration"))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_criterion_assessment_criterion_id_assessed_on", "criterion_id", "assessed_on"),
    )


class RoleLevel(Base):
    """Which level of a framework a role was (asked once when the role's label is ambiguous)."""

    __tablename__ = "role_level"

    role_id: Mapped[int] = mapped_column(
        ForeignKey("role.id", ondelete="CASCADE"), primary_key=True
    )
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("framework.id", ondelete="CASCADE"), primary_key=True
    )
    level: Mapped[int] = mapped_column(Integer)

    __table_args__ = (CheckConstraint("level >= 0", name="level_not_negative"),)
