"""Progression frameworks: levels, topics, criteria, evidence, dated assessments, role levels.

A milestone can now be met by a framework criterion (`criterion_kind` 'framework'). Widening its
CHECK constraint: PostgreSQL drops and recreates it; SQLite cannot alter a constraint, and a
batch-mode table copy would DROP `milestone` (with foreign keys on, its evidence rows go with
it), so the table's stored definition is edited in place, the documented way for loosening a
CHECK constraint (sqlite.org/lang_altertable.html, "writable_schema"). Going back, framework
milestones become manual ones (kept, with their evidence).

Revision ID: 0005_frameworks
Revises: 0004_inbox
Create Date: 2026-12-06 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_frameworks"
down_revision = "0004_inbox"
branch_labels = None
depends_on = None

_OLD_KINDS = "'manual', 'skill_level', 'entry_count', 'certification_tag'"
_NEW_KINDS = _OLD_KINDS + ", 'framework'"
_CHECK = "ck_milestone_criterion_kind"


def _demonstration() -> sa.Enum:
    return sa.Enum(
        "not_yet",
        "sometimes",
        "consistently",
        name="demonstration",
        native_enum=False,
        create_constraint=True,
        length=24,
    )


def _milestone_kinds(old: str, new: str) -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        op.drop_constraint(op.f(_CHECK), "milestone", type_="check")
        op.create_check_constraint(op.f(_CHECK), "milestone", sa.text(f"criterion_kind IN ({new})"))
        return
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'milestone'"
    ).scalar_one()
    wanted = f"criterion_kind IN ({new})"
    if wanted in sql:
        return
    if f"criterion_kind IN ({old})" not in sql:
        raise RuntimeError("milestone's criterion_kind constraint is not the one expected")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'milestone'",
        (sql.replace(f"criterion_kind IN ({old})", wanted),),
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    op.create_table(
        "framework",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False, server_default="1"),
        sa.CheckConstraint("length(trim(name)) > 0", name="ck_framework_name_not_empty"),
        sa.PrimaryKeyConstraint("id", name="pk_framework"),
        sa.UniqueConstraint("name", name="uq_framework_name"),
    )
    op.create_table(
        "framework_level",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["framework.id"],
            name="fk_framework_level_framework_id_framework",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_framework_level"),
        sa.UniqueConstraint(
            "framework_id", "number", name="uq_framework_level_framework_id_number"
        ),
    )
    op.create_table(
        "framework_topic",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["framework.id"],
            name="fk_framework_topic_framework_id_framework",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_framework_topic"),
        sa.UniqueConstraint("framework_id", "key", name="uq_framework_topic_framework_id_key"),
    )
    op.create_table(
        "framework_criterion",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(1000), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("examples", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["framework.id"],
            name="fk_framework_criterion_framework_id_framework",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["framework_topic.id"],
            name="fk_framework_criterion_topic_id_framework_topic",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_framework_criterion"),
        # A removed criterion's id is never handed out again: a goal milestone names its
        # criterion by id (in JSON, no foreign key), and must find it gone rather than find
        # another framework's criterion under the same number.
        sqlite_autoincrement=True,
    )
    op.create_index(
        "ix_framework_criterion_framework_id_level",
        "framework_criterion",
        ["framework_id", "level"],
    )
    op.create_index("ix_framework_criterion_topic_id", "framework_criterion", ["topic_id"])
    op.create_table(
        "criterion_evidence",
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["framework_criterion.id"],
            name="fk_criterion_evidence_criterion_id_framework_criterion",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entry.id"],
            name="fk_criterion_evidence_entry_id_entry",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("criterion_id", "entry_id", name="pk_criterion_evidence"),
    )
    op.create_index("ix_criterion_evidence_entry_id", "criterion_evidence", ["entry_id"])
    op.create_table(
        "criterion_assessment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("status", _demonstration(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["framework_criterion.id"],
            name="fk_criterion_assessment_criterion_id_framework_criterion",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_criterion_assessment"),
    )
    op.create_index(
        "ix_criterion_assessment_criterion_id_assessed_on",
        "criterion_assessment",
        ["criterion_id", "assessed_on"],
    )
    op.create_table(
        "role_level",
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("framework_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.CheckConstraint("level >= 0", name="ck_role_level_level_not_negative"),
        sa.ForeignKeyConstraint(
            ["role_id"], ["role.id"], name="fk_role_level_role_id_role", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["framework_id"],
            ["framework.id"],
            name="fk_role_level_framework_id_framework",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role_id", "framework_id", name="pk_role_level"),
    )
    _milestone_kinds(_OLD_KINDS, _NEW_KINDS)


def downgrade() -> None:
    # Milestones met by a framework criterion stay, ticked by hand from now on (with their
    # evidence): the older version knows no framework.
    op.execute(
        "UPDATE milestone SET criterion_kind = 'manual', criterion = '{}' "
        "WHERE criterion_kind = 'framework'"
    )
    _milestone_kinds(_NEW_KINDS, _OLD_KINDS)
    op.drop_table("role_level")
    op.drop_index("ix_criterion_assessment_criterion_id_assessed_on", "criterion_assessment")
    op.drop_table("criterion_assessment")
    op.drop_index("ix_criterion_evidence_entry_id", "criterion_evidence")
    op.drop_table("criterion_evidence")
    op.drop_index("ix_framework_criterion_topic_id", "framework_criterion")
    op.drop_index("ix_framework_criterion_framework_id_level", "framework_criterion")
    op.drop_table("framework_criterion")
    op.drop_table("framework_topic")
    op.drop_table("framework_level")
    op.drop_table("framework")
