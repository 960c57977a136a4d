"""Entry vectors for search by meaning (derived data: one row per entry, deleted with it).

Revision ID: 0007_meaning
Revises: 0006_secrets
Create Date: 2026-12-06 21:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_meaning"
down_revision = "0006_secrets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_vector",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("model", sa.String(40), nullable=False),
        sa.Column("text_hash", sa.String(16), nullable=False),
        sa.Column("vector", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entry.id"],
            name=op.f("fk_entry_vector_entry_id_entry"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_entry_vector")),
    )


def downgrade() -> None:
    op.drop_table("entry_vector")
