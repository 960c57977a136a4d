"""What every service shares: the store, the feed to announce changes on, and the operation log."""

from __future__ import annotations

from ..store import Store
from .changes import Change, ChangeFeed
from .operations import OperationLog


class Service:
    def __init__(self, store: Store, feed: ChangeFeed, log: OperationLog | None = None):
        self._store = store
        self._feed = feed
        # Every write is an operation of this log (see services/operations.py).
        self._log = log if log is not None else OperationLog(store, feed)

    def _announce(self, change: Change) -> None:
        self._feed.emit(change)
