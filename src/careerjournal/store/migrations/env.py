"""Alembic environment: runs on the engine the store hands over (never reads alembic.ini)."""

from __future__ import annotations

from alembic import context

from careerjournal.domain.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # pragma: no cover - only `alembic` run by hand gets here
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
