"""An encrypted journal's own keys (sealing key pair, drafts key) and receipts of sealed entries.

Revision ID: 0006_secrets
Revises: 0005_frameworks
Create Date: 2026-12-06 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_secrets"
down_revision = "0005_frameworks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_secret",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_journal_secret")),
    )
    op.create_table(
        "sealed_receipt",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sealed_receipt")),
    )


def downgrade() -> None:
    op.drop_table("sealed_receipt")
    op.drop_table("journal_secret")
