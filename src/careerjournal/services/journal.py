"""`Journal`: one open journal and the services over it, shared by the GUI and the CLI."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import Store, open_store
from .changes import Action, Change, ChangeFeed, Topic

if TYPE_CHECKING:
    from ..store.backup import BackupInfo
    from ..store.integrity import CheckReport
    from .entries import EntryService
    from .goals import GoalService
    from .imports import ImportService
    from .insights import InsightsService
    from .reviews import ProfileService, ReviewService
    from .roles import RoleService
    from .skills import SkillService
    from .summary import SummaryService


class Journal:
    """The services of one journal. Each call is one transaction, then one announced change.

    Services are built on first use, so a one-shot command (`careerjournal search`) imports
    only the modules it needs.
    """

    def __init__(self, store: Store):
        self.store = store
        self.changes = ChangeFeed()

    @cached_property
    def entries(self) -> EntryService:
        from .entries import EntryService

        return EntryService(self.store, self.changes)

    @cached_property
    def roles(self) -> RoleService:
        from .roles import RoleService

        return RoleService(self.store, self.changes)

    @cached_property
    def skills(self) -> SkillService:
        from .skills import SkillService

        return SkillService(self.store, self.changes)

    @cached_property
    def goals(self) -> GoalService:
        from .goals import GoalService

        return GoalService(self.store, self.changes)

    @cached_property
    def reviews(self) -> ReviewService:
        from .reviews import ReviewService

        return ReviewService(self.store, self.changes)

    @cached_property
    def imports(self) -> ImportService:
        from .imports import ImportService

        return ImportService(self.store, self.changes)

    @cached_property
    def insights(self) -> InsightsService:
        from .insights import InsightsService

        return InsightsService(self.store, self.changes)

    @cached_property
    def profile(self) -> ProfileService:
        from .reviews import ProfileService

        return ProfileService(self.store, self.changes)

    @cached_property
    def summary(self) -> SummaryService:
        from .summary import SummaryService

        return SummaryService(self.store, self.changes)

    @classmethod
    def open(
        cls, location: str | Path | None = None, *, create: bool = True, **options: int
    ) -> Journal:
        """Open a journal; with `create=False` a missing SQLite file is JournalNotFoundError."""
        return cls(
            open_store(None if location is None else str(location), create=create, **options)
        )

    @property
    def name(self) -> str:
        return self.store.display_name

    def backup(self, destination: Path | None = None, *, reason: str = "manual") -> Path:
        from ..store.backup import make_backup

        return make_backup(self.store, reason=reason, destination=destination)

    def backups(self) -> list[BackupInfo]:
        from ..store.backup import list_backups

        return list_backups(self.store)

    def check(self) -> CheckReport:
        from ..store.integrity import check

        return check(self.store)

    def repair_search_index(self) -> None:
        from ..store.integrity import repair_search_index

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
