"""What every service shares: the store to open sessions on and the feed to announce changes."""

from __future__ import annotations

from ..store import Store
from .changes import Change, ChangeFeed


class Service:
    def __init__(self, store: Store, feed: ChangeFeed):
        self._store = store
        self._feed = feed

    def _announce(self, change: Change) -> None:
        self._feed.emit(change)
