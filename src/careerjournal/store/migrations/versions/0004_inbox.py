"""The evidence inbox: candidate entries found where the work happened, and what each source had.

Revision ID: 0004_inbox
Revises: 0003_operations
Create Date: 2026-12-06 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_inbox"
down_revision = "0003_operations"
branch_labels = None
depends_on = None

_SOURCES = ("git", "calendar", "jira", "github", "notes")
_KINDS = (
    "promotion",
    "skill",
    "certification",
    "project",
    "responsibility",
    "recognition",
    "feedback",
    "learning",
    "network",
    "compensation",
    "other",
)
_STATUSES = ("new", "accepted", "dismissed", "duplicate")


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    op.create_table(
        "candidate",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", _enum(_SOURCES, "harvest_source"), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("origin", sa.String(500), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("kind", _enum(_KINDS, "candidate_kind"), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("links", sa.JSON(), nullable=False),
        sa.Column("facts", sa.JSON(), nullable=False),
        sa.Column("fingerprint", sa.String(300), nullable=False),
        sa.Column("status", _enum(_STATUSES, "candidate_status"), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("found_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=False), nullable=True),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name="ck_candidate_impact_range"),
        sa.CheckConstraint("length(trim(title)) > 0", name="ck_candidate_title_not_empty"),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entry.id"],
            name="fk_candidate_entry_id_entry",
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_candidate"),
        sa.UniqueConstraint("source", "key", name="uq_candidate_source_key"),
    )
    op.create_index("ix_candidate_status_occurred_on", "candidate", ["status", "occurred_on"])
    op.create_index("ix_candidate_fingerprint", "candidate", ["fingerprint"])
    op.create_index("ix_candidate_entry_id", "candidate", ["entry_id"])
    op.create_table(
        "harvest_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("source", _enum(_SOURCES, "harvest_state_source"), nullable=False),
        sa.Column("location", sa.String(1000), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=False), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_harvest_state"),
        sa.UniqueConstraint("source", "location", name="uq_harvest_state_source_location"),
    )


def downgrade() -> None:
    op.drop_table("harvest_state")
    op.drop_index("ix_candidate_entry_id", table_name="candidate")
    op.drop_index("ix_candidate_fingerprint", table_name="candidate")
    op.drop_index("ix_candidate_status_occurred_on", table_name="candidate")
    op.drop_table("candidate")
