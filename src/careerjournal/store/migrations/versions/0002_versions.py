"""Versions on every editable aggregate, so a stale copy cannot overwrite newer data.

Goals, milestones, roles, skill bands, skills and reviews get a `version` (entries have one
already); existing rows start at 1 through the server default. Plain ALTER TABLE on both
backends (SQLite 3.35+ drops columns too): a batch-mode table copy would DROP the old table,
and with foreign keys on that deletes or unlinks the rows that point at it.

Revision ID: 0002_versions
Revises: 0001_initial
Create Date: 2026-12-06 03:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_versions"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

TABLES = ("goal", "milestone", "role", "skill_band", "skill", "review")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_column(table, "version")
