"""`Journal`: one open journal and the services over it, shared by the GUI and the CLI."""

from __future__ import annotations

from pathlib import Path

from ..store import Store, open_store
from ..store.backup import BackupInfo, list_backups, make_backup
from ..store.integrity import CheckReport, check, repair_search_index
from .changes import Action, Change, ChangeFeed, Topic
from .entries import EntryService
from .goals import GoalService
from .reviews import ProfileService, ReviewService
from .roles import RoleService
from .skills import SkillService


class Journal:
    """The services of one journal. Each call is one transaction, then one announced change."""

    def __init__(self, store: Store):
        self.store = store
        self.changes = ChangeFeed()
        self.entries = EntryService(store, self.changes)
        self.roles = RoleService(store, self.changes)
        self.skills = SkillService(store, self.changes)
        self.goals = GoalService(store, self.changes)
        self.reviews = ReviewService(store, self.changes)
        self.profile = ProfileService(store, self.changes)

    @classmethod
    def open(cls, location: str | Path | None = None, **options: int) -> Journal:
        return cls(open_store(None if location is None else str(location), **options))

    @property
    def name(self) -> str:
        return self.store.display_name

    def backup(self, destination: Path | None = None, *, reason: str = "manual") -> Path:
        return make_backup(self.store, reason=reason, destination=destination)

    def backups(self) -> list[BackupInfo]:
        return list_backups(self.store)

    def check(self) -> CheckReport:
        return check(self.store)

    def repair_search_index(self) -> None:
        repair_search_index(self.store)
        self.changes.emit(Change.of(Topic.ENTRIES, Action.RELOADED))

    def announce_reload(self) -> None:
        """After bulk work (demo, import): every view reloads."""
        self.changes.emit(Change.of(Topic.ALL, Action.RELOADED))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
