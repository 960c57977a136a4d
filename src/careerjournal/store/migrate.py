"""Alembic, imported only when a journal's schema has to change."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

if TYPE_CHECKING:
    from .engine import Store

MIGRATIONS = Path(__file__).with_name("migrations")


def config(store: Store | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if store is not None:
        cfg.attributes["engine"] = store.engine
    return cfg


def script_revisions() -> list[str]:
    """All revisions shipped, oldest first."""
    script = ScriptDirectory.from_config(config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade(store: Store, revision: str = "head") -> None:
    command.upgrade(config(store), revision)


def downgrade(store: Store, revision: str) -> None:
    command.downgrade(config(store), revision)
