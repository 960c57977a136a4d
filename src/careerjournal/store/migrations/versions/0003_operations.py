"""The operation log: every user action with the rows it changed, for undo, redo and history.

Revision ID: 0003_operations
Revises: 0002_versions
Create Date: 2026-12-06 06:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_operations"
down_revision = "0002_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "operation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("done_at", sa.DateTime(timezone=False), nullable=False),
        sa.Column("code", sa.String(40), nullable=False),
        sa.Column("subject", sa.String(200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("undone", sa.Boolean(), nullable=False),
        sa.Column("writer", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_operation"),
    )
    op.create_index("ix_operation_done_at", "operation", ["done_at"])
    op.create_table(
        "operation_change",
        sa.Column("operation_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("row_key", sa.String(120), nullable=False),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["operation_id"],
            ["operation.id"],
            name="fk_operation_change_operation_id_operation",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("operation_id", "position", name="pk_operation_change"),
    )
    op.create_index("ix_operation_change_row", "operation_change", ["table_name", "row_key"])


def downgrade() -> None:
    op.drop_index("ix_operation_change_row", table_name="operation_change")
    op.drop_table("operation_change")
    op.drop_index("ix_operation_done_at", table_name="operation")
    op.drop_table("operation")
