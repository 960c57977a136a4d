"""What changed: every service write commits, then announces one `Change` to subscribers.

Views subscribe and refresh only what they show; the GUI bridges this to a Qt signal. The feed is
synchronous and in-process; a subscriber that raises does not stop the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger(__name__)


class Topic(StrEnum):
    ENTRIES = "entries"
    ROLES = "roles"
    SKILLS = "skills"
    GOALS = "goals"
    REVIEWS = "reviews"
    PROFILE = "profile"
    TAGS = "tags"
    ALL = "all"  # bulk work (demo, import): everything may have changed


class Action(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    TRASHED = "trashed"
    RESTORED = "restored"
    DELETED = "deleted"
    RELOADED = "reloaded"


@dataclass(frozen=True)
class Change:
    topic: Topic
    action: Action
    ids: frozenset[int] = frozenset()

    @classmethod
    def of(cls, topic: Topic, action: Action, ids: Iterable[int] = ()) -> Change:
        return cls(topic, action, frozenset(ids))

    def touches(self, topic: Topic) -> bool:
        return self.topic in (topic, Topic.ALL)


Subscriber = Callable[[Change], None]


class ChangeFeed:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Register `callback`; returns a function that unsubscribes it."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    def emit(self, change: Change) -> None:
        for callback in list(self._subscribers):
            try:
                callback(change)
            except Exception:  # one broken view must not hide a change from the others
                log.exception("change subscriber failed for %s", change)
