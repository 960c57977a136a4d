"""The service layer: every change and query the GUI and the CLI make goes through here. No Qt."""

from .changes import Action, Change, ChangeFeed, Topic
from .errors import ConflictError, NotFoundError, ServiceError, ValidationError
from .journal import Journal
from .records import (
    AUTO,
    AssessmentDraft,
    AssessmentRecord,
    BandRecord,
    EntryDraft,
    EntryQuery,
    EntryRecord,
    GoalDraft,
    GoalRecord,
    LinkRecord,
    MilestoneDraft,
    MilestoneRecord,
    ProfileRecord,
    ReviewRecord,
    RoleDraft,
    RoleRecord,
    SkillRecord,
)

__all__ = [
    "AUTO",
    "Action",
    "AssessmentDraft",
    "AssessmentRecord",
    "BandRecord",
    "Change",
    "ChangeFeed",
    "ConflictError",
    "EntryDraft",
    "EntryQuery",
    "EntryRecord",
    "GoalDraft",
    "GoalRecord",
    "Journal",
    "LinkRecord",
    "MilestoneDraft",
    "MilestoneRecord",
    "NotFoundError",
    "ProfileRecord",
    "ReviewRecord",
    "RoleDraft",
    "RoleRecord",
    "ServiceError",
    "SkillRecord",
    "Topic",
    "ValidationError",
]
