"""The English words for every member of every domain enum: one table per enum and form.

Qt-free. The UI translates a label through `ui.formatting.enum_label` (context "labels", with
`disambiguation(member, form)` so that "Promotion" the entry kind and "Promotion" the move can be
translated apart); the CLI and the reports use `label()` as it is.

`packaging/update_translations.py` reads `TABLES` and the tables it names with `ast` to put every
label into the catalogue, so each value must be a plain string literal and each table must be
listed in `TABLES`.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum, StrEnum
from typing import Any

from .enums import (
    AssessmentSource,
    CandidateStatus,
    CriterionKind,
    Demonstration,
    EntryKind,
    GoalKind,
    GoalStatus,
    HarvestSource,
    MoveKind,
    SkillScale,
    TickRule,
)


class Form(StrEnum):
    """Which word for a member: its name, or a variant where a place needs one."""

    NAME = "name"  # the member's name, singular: "Project", "Lateral move"
    PLURAL = "plural"  # a heading over several of them: "Projects"
    SHORT = "short"  # where room is tight: "Lateral"
    LONG = "long"  # spelled out: "Self-assessment", "Dreyfus: five stages of competence"


#: Forms that fall back to the name when an enum has no table for them (a plural never does:
#: a singular in its place would read wrong).
_FALLS_BACK = frozenset({Form.SHORT, Form.LONG})

ENTRY_KIND: dict[EntryKind, str] = {
    EntryKind.PROMOTION: "Promotion",
    EntryKind.SKILL: "Skill",
    EntryKind.CERTIFICATION: "Certification",
    EntryKind.PROJECT: "Project",
    EntryKind.RESPONSIBILITY: "Responsibility",
    EntryKind.RECOGNITION: "Recognition",
    EntryKind.FEEDBACK: "Feedback",
    EntryKind.LEARNING: "Learning",
    EntryKind.NETWORK: "Network",
    EntryKind.COMPENSATION: "Compensation",
    EntryKind.OTHER: "Other",
}

ENTRY_KIND_PLURAL: dict[EntryKind, str] = {
    EntryKind.PROMOTION: "Promotions",
    EntryKind.SKILL: "Skills",
    EntryKind.CERTIFICATION: "Certifications",
    EntryKind.PROJECT: "Projects",
    EntryKind.RESPONSIBILITY: "Responsibilities",
    EntryKind.RECOGNITION: "Recognition",
    EntryKind.FEEDBACK: "Feedback",
    EntryKind.LEARNING: "Learning",
    EntryKind.NETWORK: "Network",
    EntryKind.COMPENSATION: "Compensation",
    EntryKind.OTHER: "Other",
}

MOVE_KIND: dict[MoveKind, str] = {
    MoveKind.FIRST: "First role",
    MoveKind.PROMOTION: "Promotion",
    MoveKind.LATERAL: "Lateral move",
    MoveKind.DIAGONAL: "Diagonal move",
    MoveKind.NEW_EMPLOYER: "New employer",
}

MOVE_KIND_SHORT: dict[MoveKind, str] = {
    MoveKind.FIRST: "First role",
    MoveKind.PROMOTION: "Promotion",
    MoveKind.LATERAL: "Lateral",
    MoveKind.DIAGONAL: "Diagonal",
    MoveKind.NEW_EMPLOYER: "New employer",
}

GOAL_KIND: dict[GoalKind, str] = {
    GoalKind.PROMOTION: "Promotion",
    GoalKind.SKILL: "Skill",
    GoalKind.CERTIFICATION: "Certification",
    GoalKind.LATERAL_MOVE: "Lateral move",
    GoalKind.CUSTOM: "Custom",
}

GOAL_STATUS: dict[GoalStatus, str] = {
    GoalStatus.ACTIVE: "Active",
    GoalStatus.ACHIEVED: "Achieved",
    GoalStatus.DROPPED: "Dropped",
}

CRITERION_KIND: dict[CriterionKind, str] = {
    CriterionKind.MANUAL: "By hand",
    CriterionKind.SKILL_LEVEL: "When a skill reaches a level",
    CriterionKind.ENTRY_COUNT: "After N entries of a kind",
    CriterionKind.CERTIFICATION_TAG: "With a certification entry tagged…",
    CriterionKind.FRAMEWORK: "When a framework criterion is met",
}

ASSESSMENT_SOURCE: dict[AssessmentSource, str] = {
    AssessmentSource.SELF: "Self",
    AssessmentSource.MANAGER: "Manager",
    AssessmentSource.PEER: "Peer",
    AssessmentSource.CERTIFICATION: "Certification",
}

ASSESSMENT_SOURCE_LONG: dict[AssessmentSource, str] = {
    AssessmentSource.SELF: "Self-assessment",
    AssessmentSource.MANAGER: "Manager's assessment",
    AssessmentSource.PEER: "Peer assessment",
    AssessmentSource.CERTIFICATION: "Certification",
}

SKILL_SCALE: dict[SkillScale, str] = {
    SkillScale.DREYFUS: "Dreyfus",
    SkillScale.SFIA: "SFIA",
}

SKILL_SCALE_LONG: dict[SkillScale, str] = {
    SkillScale.DREYFUS: "Dreyfus: five stages of competence",
    SkillScale.SFIA: "SFIA: seven levels of responsibility",
}

HARVEST_SOURCE: dict[HarvestSource, str] = {
    HarvestSource.GIT: "Git",
    HarvestSource.CALENDAR: "Calendar",
    HarvestSource.JIRA: "Jira",
    HarvestSource.GITHUB: "GitHub/GitLab",
    HarvestSource.NOTES: "Notes",
}

DEMONSTRATION: dict[Demonstration, str] = {
    Demonstration.NOT_YET: "Not yet",
    Demonstration.SOMETIMES: "Sometimes",
    Demonstration.CONSISTENTLY: "Consistently",
}

TICK_RULE: dict[TickRule, str] = {
    TickRule.EVIDENCE_AND_CONSISTENTLY: "Evidence linked and assessed “consistently”",
    TickRule.EVIDENCE: "Evidence linked",
    TickRule.CONSISTENTLY: "Assessed “consistently”",
}

CANDIDATE_STATUS: dict[CandidateStatus, str] = {
    CandidateStatus.NEW: "New",
    CandidateStatus.ACCEPTED: "Accepted",
    CandidateStatus.DISMISSED: "Dismissed",
    CandidateStatus.DUPLICATE: "Duplicate",
}

#: Every table, by (enum, form). Each enum has a NAME table covering all its members.
TABLES: dict[tuple[type[Enum], Form], Mapping[Any, str]] = {
    (EntryKind, Form.NAME): ENTRY_KIND,
    (EntryKind, Form.PLURAL): ENTRY_KIND_PLURAL,
    (MoveKind, Form.NAME): MOVE_KIND,
    (MoveKind, Form.SHORT): MOVE_KIND_SHORT,
    (GoalKind, Form.NAME): GOAL_KIND,
    (GoalStatus, Form.NAME): GOAL_STATUS,
    (CriterionKind, Form.NAME): CRITERION_KIND,
    (AssessmentSource, Form.NAME): ASSESSMENT_SOURCE,
    (AssessmentSource, Form.LONG): ASSESSMENT_SOURCE_LONG,
    (SkillScale, Form.NAME): SKILL_SCALE,
    (SkillScale, Form.LONG): SKILL_SCALE_LONG,
    (HarvestSource, Form.NAME): HARVEST_SOURCE,
    (CandidateStatus, Form.NAME): CANDIDATE_STATUS,
    (Demonstration, Form.NAME): DEMONSTRATION,
    (TickRule, Form.NAME): TICK_RULE,
}


def _table(member: Enum, form: Form) -> Mapping[Any, str]:
    if not isinstance(member, Enum):
        raise TypeError(f"label() needs an enum member, not {member!r}")
    enum = type(member)
    table = TABLES.get((enum, form))
    if table is None and form in _FALLS_BACK:
        table, form = TABLES.get((enum, Form.NAME)), Form.NAME
    if table is None:
        raise KeyError(f"no {form.value} label for {enum.__name__}")
    return table


def label(member: Enum, form: Form = Form.NAME) -> str:
    """The English word for `member` ("Lateral move"); SHORT and LONG fall back to the name."""
    return _table(member, form)[member]


def disambiguation(member: Enum, form: Form = Form.NAME) -> str:
    """The translator's note that tells equal words of different enums or forms apart:
    `EntryKind`, `EntryKind plural`. The catalogue files each label under it."""
    enum = type(member)
    if (enum, form) not in TABLES:  # a fallen-back form is its name
        form = Form.NAME
    return enum.__name__ if form is Form.NAME else f"{enum.__name__} {form.value}"
