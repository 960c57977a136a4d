"""`Journal`: one open journal and the services over it, shared by the GUI and the CLI."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..store import Store, open_store
from .changes import Action, Change, ChangeFeed, Topic
from .operations import OperationLog

if TYPE_CHECKING:
    from ..store.backup import BackupInfo
    from ..store.integrity import CheckReport
    from ..store.notify import FileWatcher, Listener, Payload
    from .entries import EntryService
    from .frameworks import FrameworkService
    from .goals import GoalService
    from .imports import ImportService
    from .inbox import InboxService
    from .insights import InsightsService
    from .meaning import MeaningService
    from .reviews import ProfileService, ReviewService
    from .roles import RoleService
    from .rubric import RubricService
    from .sealing import SealingService
    from .skills import SkillService
    from .summary import SummaryService
    from .timeline import TimelineService

log = logging.getLogger(__name__)


class Journal:
    """The services of one journal. Each call is one transaction, then one announced change.

    Services are built on first use, so a one-shot command (`careerjournal search`) imports
    only the modules it needs.
    """

    def __init__(self, store: Store):
        self.store = store
        self.changes = ChangeFeed()
        self._listener: Listener | None = None
        self._watcher: FileWatcher | None = None
        self._last_commit = -1e9  # time.monotonic() of this process's latest commit
        self.writer_id = ""
        if store.dialect == "postgresql":
            from ..store.notify import new_writer_id

            # Other devices hear of every change made here (see `listen_for_other_devices`).
            self.writer_id = new_writer_id()
            self.changes.subscribe(self._tell_other_devices)
        self.history = OperationLog(store, self.changes, self.writer_id)

    @cached_property
    def entries(self) -> EntryService:
        from .entries import EntryService

        return EntryService(self.store, self.changes, self.history)

    @cached_property
    def roles(self) -> RoleService:
        from .roles import RoleService

        return RoleService(self.store, self.changes, self.history)

    @cached_property
    def skills(self) -> SkillService:
        from .skills import SkillService

        return SkillService(self.store, self.changes, self.history)

    @cached_property
    def goals(self) -> GoalService:
        from .goals import GoalService

        return GoalService(self.store, self.changes, self.history)

    @cached_property
    def reviews(self) -> ReviewService:
        from .reviews import ReviewService

        return ReviewService(self.store, self.changes, self.history)

    @cached_property
    def imports(self) -> ImportService:
        from .imports import ImportService

        return ImportService(self.store, self.changes, self.history)

    @cached_property
    def inbox(self) -> InboxService:
        from .inbox import InboxService

        return InboxService(self.store, self.changes, self.history)

    @cached_property
    def frameworks(self) -> FrameworkService:
        from .frameworks import FrameworkService

        return FrameworkService(self.store, self.changes, self.history)

    @cached_property
    def rubric(self) -> RubricService:
        from .rubric import RubricService

        return RubricService(self.store, self.changes, self.history)

    @cached_property
    def insights(self) -> InsightsService:
        from .insights import InsightsService

        return InsightsService(self.store, self.changes, self.history)

    @cached_property
    def profile(self) -> ProfileService:
        from .reviews import ProfileService

        return ProfileService(self.store, self.changes, self.history)

    @cached_property
    def summary(self) -> SummaryService:
        from .summary import SummaryService

        return SummaryService(self.store, self.changes, self.history, meaning=lambda: self.meaning)

    @cached_property
    def timeline(self) -> TimelineService:
        from .timeline import TimelineService

        return TimelineService(self.store, self.changes, self.history)

    @classmethod
    def open(
        cls,
        location: str | Path | None = None,
        *,
        create: bool = True,
        migrate: bool = True,
        backup_keep: int | None = None,
        passphrase: str | None = None,
    ) -> Journal:
        """Open a journal; with `create=False` a missing SQLite file is JournalNotFoundError.

        An encrypted journal needs its `passphrase` (ProtectedJournalError without one,
        WrongPassphraseError for a wrong one); a plain one ignores it.
        """
        where = None if location is None else str(location)
        keep = {} if backup_keep is None else {"backup_keep": backup_keep}
        return cls(open_store(where, create=create, migrate=migrate, passphrase=passphrase, **keep))

    @cached_property
    def meaning(self) -> MeaningService:
        """Search by meaning, related entries, suggestions and themes (the offline model)."""
        from .meaning import MeaningService

        return MeaningService(self)

    @property
    def sealing(self) -> SealingService:
        """Keys of an encrypted journal and the entries sealed to it while it was locked."""
        from .sealing import SealingService

        return SealingService(self)

    @property
    def name(self) -> str:
        return self.store.display_name

    @property
    def can_back_up(self) -> bool:
        """An SQLite file (a verified copy) or a PostgreSQL database (a verified full backup)."""
        from ..store.backup import can_back_up

        return can_back_up(self.store)

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

    # -- live refresh: other devices (PostgreSQL), other processes (SQLite) ---------------------

    def _tell_other_devices(self, change: Change) -> None:
        """After a local commit: NOTIFY the other processes on this database what changed."""
        if change.remote:
            return
        from sqlalchemy.exc import SQLAlchemyError

        from ..store.notify import publish

        try:
            try:
                publish(self.store, self.writer_id, change.to_message())
            except ValueError:  # too many ids for one notification: "reload" says it all
                publish(self.store, self.writer_id, change.without_ids().to_message())
        except SQLAlchemyError as exc:  # the write is done; only the others' refresh is late
            log.warning("could not tell other devices about %s: %s", change, type(exc).__name__)

    def listen_for_other_devices(self) -> bool:
        """Announce changes that other processes make to this journal, as they happen.

        PostgreSQL: every change other devices make, as it was made, within moments. An SQLite
        file: "everything may have changed" within a second or two of another process's write
        (the file does not say what). The changes are announced on a background thread, marked
        `remote`; `close()` stops listening. False when the journal cannot be followed.
        """
        if not self.writer_id:
            return self._watch_file()
        if self._listener is None:
            from ..store.notify import Listener

            self._listener = Listener(
                self.store, self.writer_id, self._on_remote_message, self._on_reconnect
            )
            self._listener.start()
        return True

    def _watch_file(self) -> bool:
        path = self.store.path
        if path is None:
            return False
        if self._watcher is None:
            import time

            from sqlalchemy import event

            from ..store.notify import FileWatcher

            def note_commit(*_: object) -> None:
                self._last_commit = time.monotonic()

            event.listen(self.store.engine, "commit", note_commit)
            self._watcher = FileWatcher(
                path, self._on_reconnect, lambda: self._last_commit, self.store.passphrase
            )
            self._watcher.start()
        return True

    @property
    def listening(self) -> bool:
        if self._watcher is not None:
            return self._watcher.watching
        return self._listener is not None and self._listener.listening

    def _on_remote_message(self, message: Payload) -> None:
        change = Change.from_message(message)
        if change is not None:
            self.changes.emit(change)

    def _on_reconnect(self) -> None:
        # Notifications sent while we were away are lost (or, for a file, were never sent):
        # everything may have changed.
        self.changes.emit(Change(Topic.ALL, Action.RELOADED, frozenset(), remote=True))

    def close(self) -> None:
        for follower in (self._listener, self._watcher):
            if follower is not None:
                follower.stop()
        self._listener = self._watcher = None
        self.store.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
