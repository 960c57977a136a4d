"""Closed vocabularies of the domain. Values are stored as text in the database."""

from __future__ import annotations

from enum import StrEnum


class EntryKind(StrEnum):
    PROMOTION = "promotion"
    SKILL = "skill"
    CERTIFICATION = "certification"
    PROJECT = "project"
    RESPONSIBILITY = "responsibility"
    RECOGNITION = "recognition"
    FEEDBACK = "feedback"
    LEARNING = "learning"
    NETWORK = "network"
    COMPENSATION = "compensation"
    OTHER = "other"

    @property
    def is_micro_progression(self) -> bool:
        """Small steps: everything but the formal promotion and the catch-all."""
        return self not in (EntryKind.PROMOTION, EntryKind.OTHER)


MICRO_KINDS: tuple[EntryKind, ...] = tuple(k for k in EntryKind if k.is_micro_progression)


class MoveKind(StrEnum):
    FIRST = "first"
    PROMOTION = "promotion"
    LATERAL = "lateral"
    DIAGONAL = "diagonal"
    NEW_EMPLOYER = "new_employer"


class SkillScale(StrEnum):
    DREYFUS = "dreyfus"
    SFIA = "sfia"


class AssessmentSource(StrEnum):
    SELF = "self"
    MANAGER = "manager"
    PEER = "peer"
    CERTIFICATION = "certification"


class GoalKind(StrEnum):
    PROMOTION = "promotion"
    SKILL = "skill"
    CERTIFICATION = "certification"
    LATERAL_MOVE = "lateral_move"
    CUSTOM = "custom"


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class CriterionKind(StrEnum):
    """How a milestone completes: by hand, or automatically from the journal."""

    MANUAL = "manual"
    SKILL_LEVEL = "skill_level"
    ENTRY_COUNT = "entry_count"
    CERTIFICATION_TAG = "certification_tag"
    FRAMEWORK = "framework"  # a progression framework's criterion, met by evidence/assessment


class HarvestSource(StrEnum):
    """Where the evidence inbox found a candidate entry."""

    GIT = "git"
    CALENDAR = "calendar"
    JIRA = "jira"
    GITHUB = "github"
    NOTES = "notes"


class CandidateStatus(StrEnum):
    """What the user made of a candidate; only NEW ones are in the inbox."""

    NEW = "new"
    ACCEPTED = "accepted"
    DISMISSED = "dismissed"
    DUPLICATE = "duplicate"  # the same work as another candidate or entry: shown once


class Demonstration(StrEnum):
    """How often the user shows a framework criterion, in their own (dated) judgement."""

    NOT_YET = "not_yet"
    SOMETIMES = "sometimes"
    CONSISTENTLY = "consistently"


class TickRule(StrEnum):
    """When a framework criterion counts as met (goal milestones, readiness)."""

    EVIDENCE_AND_CONSISTENTLY = "both"  # evidence linked and assessed "consistently"
    EVIDENCE = "evidence"  # at least one entry linked
    CONSISTENTLY = "consistently"  # assessed "consistently"
