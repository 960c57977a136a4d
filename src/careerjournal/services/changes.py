"""What changed: every service write commits, then announces one `Change` to subscribers.

Views subscribe and refresh only what they show; the GUI bridges this to a Qt signal. The feed is
synchronous; a subscriber that raises does not stop the others.

A journal can also follow other writers (`Journal.listen_for_other_devices`: other devices on
PostgreSQL, other processes on an SQLite file): their changes are announced here too, marked
`remote`, and arrive on the listener's thread, not the caller's (the GUI's bridge moves them onto
the GUI thread).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

log = logging.getLogger(__name__)


class Topic(StrEnum):
    ENTRIES = "entries"
    ROLES = "roles"
    SKILLS = "skills"
    GOALS = "goals"
    REVIEWS = "reviews"
    PROFILE = "profile"
    TAGS = "tags"
    INBOX = "inbox"
    FRAMEWORKS = "frameworks"  # frameworks, criteria, their evidence and assessments
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
    # Made by another process (another device); equal to the same change made here.
    remote: bool = field(default=False, compare=False)

    @classmethod
    def of(cls, topic: Topic, action: Action, ids: Iterable[int] = ()) -> Change:
        return cls(topic, action, frozenset(ids))

    def to_message(self) -> dict[str, Any]:
        """The change as plain JSON values, for other processes."""
        return {"topic": self.topic.value, "action": self.action.value, "ids": sorted(self.ids)}

    @classmethod
    def from_message(cls, message: dict[str, Any]) -> Change | None:
        """A change another process announced, or None when it is not one we understand."""
        try:
            ids = message.get("ids", [])
            if not isinstance(ids, list) or not all(
                isinstance(i, int) and not isinstance(i, bool) for i in ids
            ):
                return None
            return cls(Topic(message["topic"]), Action(message["action"]), frozenset(ids), True)
        except (KeyError, ValueError, TypeError):
            return None

    def without_ids(self) -> Change:
        """The same news as a reload of the topic (for when the ids are too many to send)."""
        return Change(self.topic, Action.RELOADED, frozenset(), self.remote)

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
