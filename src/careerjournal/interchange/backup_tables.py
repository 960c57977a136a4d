"""The backup format's constants: its name and version, the tables it carries and their columns.

Shared by reading (backup_check), restoring and merging (backup_format, backup_merge).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from ..domain import (
    Entry,
    EvidenceLink,
    Goal,
    Milestone,
    Profile,
    Review,
    Role,
    Skill,
    SkillAssessment,
    SkillBand,
    Tag,
)
from ..domain.tables import table_of

FORMAT = "careerjournal-backup"
VERSION = 1
MAX_BACKUP_BYTES = 64 * 1024 * 1024  # about 100,000 entries with their bodies
INT_MAX = 2**31 - 1  # PostgreSQL's integer
KINDS = ("roles", "entries", "bands", "skills", "assessments", "goals", "milestones", "reviews")
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


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(table), rows[start : start + CHUNK])


def pick_columns(row: dict[str, Any], names: Iterable[str]) -> dict[str, Any]:
    return {k: row[k] for k in names}
