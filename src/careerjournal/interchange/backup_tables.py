"""The backup format's constants: its name and version, the tables it carries and their columns.

Shared by reading (backup_check), restoring and merging (backup_format, backup_merge).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from ..domain import (
    CriterionAssessment,
    Entry,
    EvidenceLink,
    Framework,
    FrameworkCriterion,
    FrameworkLevel,
    FrameworkTopic,
    Goal,
    Milestone,
    Profile,
    Review,
    Role,
    RoleLevel,
    Skill,
    SkillAssessment,
    SkillBand,
    Tag,
)
from ..domain.tables import table_of

FORMAT = "careerjournal-backup"
# The newest version, read and written by this one (backup_format's docstring says what changed).
VERSION = 2
# The version that added progression frameworks (backup_frameworks); a backup without any is
# still written as version 1, which readers of version 1 read without losing anything.
FRAMEWORKS_SINCE = 2
MAX_BACKUP_BYTES = 64 * 1024 * 1024  # about 100,000 entries with their bodies
INT_MAX = 2**31 - 1  # PostgreSQL's integer
KINDS = (
    "roles",
    "entries",
    "bands",
    "skills",
    "assessments",
    "goals",
    "milestones",
    "reviews",
    "frameworks",
    "criterion_assessments",
    "criterion_evidence",
    "role_levels",
)
CHUNK = 500

_MODELS = (
    Role,
    Tag,
    Entry,
    EvidenceLink,
    SkillBand,
    Skill,
    SkillAssessment,
    Goal,
    Milestone,
    Review,
    Profile,
    Framework,
    FrameworkLevel,
    FrameworkTopic,
    FrameworkCriterion,
    CriterionAssessment,
    RoleLevel,
)
# The tables a backup carries, by name.
TABLES: dict[str, Table] = {table_of(model).name: table_of(model) for model in _MODELS}
ID_TABLES = (
    "role",
    "tag",
    "entry",
    "evidence_link",
    "skill_band",
    "skill",
    "skill_assessment",
    "goal",
    "milestone",
    "review",
    "framework",
    "framework_level",
    "framework_topic",
    "framework_criterion",
    "criterion_assessment",
)

PROFILE_FIELDS = (
    "name",
    "career_start",
    "skill_scale",
    "week_start",
    "next_appraisal",
    "stage_override",
    "band_share",
)
ROLE_FIELDS = (
    "id",
    "title",
    "organisation",
    "function",
    "level",
    "level_rank",
    "start_date",
    "end_date",
    "move_kind",
    "pay",
    "currency",
    "notes",
    "volunteer",
)
ENTRY_FIELDS = (
    "id",
    "occurred_on",
    "kind",
    "title",
    "body",
    "impact",
    "measurable_result",
    "starred",
    "role_id",
    "created_at",
    "updated_at",
    "trashed_at",
    "version",
)
BAND_FIELDS = ("id", "name", "position", "description")
SKILL_FIELDS = ("id", "band_id", "name", "position", "target_level", "description")
ASSESSMENT_FIELDS = (
    "id",
    "skill_id",
    "assessed_on",
    "level",
    "source",
    "evidence_entry_id",
    "note",
)
GOAL_FIELDS = (
    "id",
    "kind",
    "title",
    "description",
    "target_role_title",
    "target_level",
    "target_date",
    "status",
    "pinned",
    "created_on",
    "closed_on",
)
MILESTONE_FIELDS = (
    "id",
    "goal_id",
    "position",
    "title",
    "due_on",
    "done_on",
    "weight",
    "criterion_kind",
    "criterion",
)
REVIEW_FIELDS = ("id", "held_on", "outcome", "notes", "role_id")
FRAMEWORK_FIELDS = ("id", "name", "source", "active", "imported_at", "settings", "version")
LEVEL_FIELDS = ("id", "framework_id", "number", "name")
TOPIC_FIELDS = ("id", "framework_id", "key", "title", "position")
CRITERION_FIELDS = (
    "id",
    "framework_id",
    "topic_id",
    "level",
    "key",
    "text",
    "examples",
    "position",
)
CRITERION_ASSESSMENT_FIELDS = ("id", "criterion_id", "assessed_on", "status", "note")
ROLE_LEVEL_FIELDS = ("role_id", "framework_id", "level")


def json_value(v: Any) -> Any:
    """A column value as JSON: enums by value, dates ISO, money as a decimal string."""
    if isinstance(v, enum.Enum):
        return v.value
    if isinstance(v, dt.datetime):
        return v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    return v


def table_rows(
    session: Session, table: Table, columns: Iterable[str], order: Iterable[str] = ("id",)
) -> list[dict[str, Any]]:
    """The table's rows as JSON-ready dicts of `columns`, ordered by `order` (the id)."""
    cols = [table.c[name] for name in columns]
    result = session.execute(select(*cols).order_by(*(table.c[name] for name in order)))
    return [{k: json_value(v) for k, v in row.items()} for row in result.mappings()]


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start : start + CHUNK])


def pick_columns(row: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {k: row[k] for k in names}
