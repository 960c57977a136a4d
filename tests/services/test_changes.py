"""The changes feed: every write announces exactly one change, after it is committed."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from careerjournal.domain import GoalStatus
from careerjournal.services import (
    Action,
    Change,
    ChangeFeed,
    ConflictError,
    EntryDraft,
    EntryQuery,
    GoalDraft,
    Journal,
    MilestoneDraft,
    NotFoundError,
    RoleDraft,
    ServiceError,
    Topic,
    ValidationError,
)

D = dt.date
T = TypeVar("T")


def state(journal: Journal) -> tuple[object, ...]:
    """Everything a view could show, read through the services."""
    return (
        journal.entries.list(EntryQuery(trashed=None)),
        journal.entries.tags(),
        journal.roles.list(),
        journal.skills.bands(),
        journal.goals.list(),
        journal.reviews.list(),
        journal.profile.get(),
    )


class Feed:
    """Records what a journal announces, and what a subscriber could read at that moment."""

    def __init__(self, journal: Journal):
        self.journal = journal
        self.changes: list[Change] = []
        self.seen: list[tuple[object, ...]] = []
        self.unsubscribe = journal.changes.subscribe(self._record)

    def _record(self, change: Change) -> None:
        self.changes.append(change)
        self.seen.append(state(self.journal))

    def one(self, operation: Callable[[], T]) -> tuple[T, Change]:
        """Run a write: it must announce exactly one change, once its work is committed."""
        self.changes.clear()
        self.seen.clear()
        result = operation()
        assert len(self.changes) == 1, self.changes
        assert self.seen[0] == state(self.journal), "announced before the commit"
        return result, self.changes[0]

    def none(self, operation: Callable[[], object]) -> None:
        self.changes.clear()
        operation()
        assert self.changes == []


@pytest.fixture
def feed(journal: Journal) -> Iterator[Feed]:
    recorder = Feed(journal)
    yield recorder
    recorder.unsubscribe()


def change(topic: Topic, action: Action, *ids: int) -> Change:
    return Change.of(topic, action, ids)


def entry(title: str = "An entry", **fields: object) -> EntryDraft:
    fields.setdefault("occurred_on", D(2024, 1, 1))
    return EntryDraft(title, **fields)  # type: ignore[arg-type]


# -- one change per write -----------------------------------------------------------------------


def test_entry_writes(journal: Journal, feed: Feed) -> None:
    E = Topic.ENTRIES
    a, got = feed.one(lambda: journal.entries.add(entry("A", tags=("x",))))
    assert got == change(E, Action.ADDED, a.id)
    b, got = feed.one(lambda: journal.entries.add(entry("B")))
    assert got == change(E, Action.ADDED, b.id)
    _, got = feed.one(lambda: journal.entries.update(a.id, entry("A2"), expected_version=1))
    assert got == change(E, Action.UPDATED, a.id)
    _, got = feed.one(lambda: journal.entries.trash([a.id, b.id, 999]))
    assert got == change(E, Action.TRASHED, a.id, b.id)
    _, got = feed.one(lambda: journal.entries.restore([a.id]))
    assert got == change(E, Action.RESTORED, a.id)
    _, got = feed.one(lambda: journal.entries.purge([a.id, 999]))
    assert got == change(E, Action.DELETED, a.id)
    _, got = feed.one(lambda: journal.entries.empty_trash())
    assert got == change(E, Action.DELETED, b.id)
    # Undo of the purge (emptying the trash) brings "B" back under its id: the views reload.
    _, got = feed.one(lambda: journal.history.undo())
    assert got == change(E, Action.RELOADED)
    assert journal.entries.get(b.id).title == "B"


def test_entry_writes_that_change_nothing_announce_nothing(journal: Journal, feed: Feed) -> None:
    live = journal.entries.add(entry("Live"))
    trashed = journal.entries.add(entry("Trashed"))
    journal.entries.trash([trashed.id])
    feed.none(lambda: journal.entries.trash([]))
    feed.none(lambda: journal.entries.trash([trashed.id, 999]))  # already in the trash
    feed.none(lambda: journal.entries.restore([live.id, 999]))  # not in the trash
    feed.none(lambda: journal.entries.purge([999]))
    journal.entries.purge([trashed.id])
    feed.none(lambda: journal.entries.empty_trash())


def test_role_writes(journal: Journal, feed: Feed) -> None:
    R = Topic.ROLES
    unassigned = journal.entries.add(entry(occurred_on=D(2020, 5, 5)))
    role, got = feed.one(lambda: journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1))))
    assert got == change(R, Action.ADDED, role.id)
    assert journal.entries.get(unassigned.id).role_id == role.id  # assigned, still one change
    _, got = feed.one(
        lambda: journal.roles.update(
            role.id,
            RoleDraft("Senior", D(2020, 1, 1)),
            expected_version=journal.roles.get(role.id).version,
        )
    )
    assert got == change(R, Action.UPDATED, role.id)
    _, got = feed.one(
        lambda: journal.roles.delete(role.id, expected_version=journal.roles.get(role.id).version)
    )
    assert got == change(R, Action.DELETED, role.id)


def test_skill_writes(journal: Journal, feed: Feed) -> None:
    S = Topic.SKILLS
    tech, got = feed.one(lambda: journal.skills.add_band("Technical"))
    assert got == change(S, Action.ADDED, tech.id)
    people = journal.skills.add_band("People")
    _, got = feed.one(
        lambda: journal.skills.rename_band(
            tech.id, "Engineering", expected_version=journal.skills.get_band(tech.id).version
        )
    )
    assert got == change(S, Action.UPDATED, tech.id)
    _, got = feed.one(lambda: journal.skills.reorder_bands([people.id, tech.id]))
    assert got == change(S, Action.UPDATED, people.id, tech.id)
    skill, got = feed.one(lambda: journal.skills.add_skill(tech.id, "Python"))
    assert got == change(S, Action.ADDED, skill.id)
    _, got = feed.one(
        lambda: journal.skills.update_skill(
            skill.id, target_level=4, expected_version=journal.skills.get_skill(skill.id).version
        )
    )
    assert got == change(S, Action.UPDATED, skill.id)
    assessment, got = feed.one(lambda: journal.skills.record_assessment(skill.id, 3))
    assert got == change(S, Action.UPDATED, skill.id)
    _, got = feed.one(lambda: journal.skills.delete_assessment(assessment.id))
    assert got == change(S, Action.UPDATED, skill.id)
    _, got = feed.one(
        lambda: journal.skills.delete_skill(
            skill.id, expected_version=journal.skills.get_skill(skill.id).version
        )
    )
    assert got == change(S, Action.DELETED, skill.id)
    _, got = feed.one(
        lambda: journal.skills.delete_band(
            tech.id, expected_version=journal.skills.get_band(tech.id).version
        )
    )
    assert got == change(S, Action.DELETED, tech.id)


def test_goal_writes(journal: Journal, feed: Feed) -> None:
    G = Topic.GOALS
    evidence = journal.entries.add(entry("Evidence"))
    goal, got = feed.one(lambda: journal.goals.add(GoalDraft("Staff"), [MilestoneDraft("a")]))
    assert got == change(G, Action.ADDED, goal.id)
    first = goal.milestones[0].id
    operations: list[Callable[[], object]] = [
        lambda: journal.goals.update(
            goal.id,
            GoalDraft("Staff", pinned=True),
            expected_version=journal.goals.get(goal.id).version,
        ),
        lambda: journal.goals.add_milestone(goal.id, MilestoneDraft("b"), position=0),
        lambda: journal.goals.update_milestone(
            first, MilestoneDraft("a2"), expected_version=journal.goals.get_milestone(first).version
        ),
        lambda: journal.goals.set_done(
            first, D(2024, 2, 2), expected_version=journal.goals.get_milestone(first).version
        ),
        lambda: journal.goals.reorder_milestones(
            goal.id, [m.id for m in reversed(journal.goals.get(goal.id).milestones)]
        ),
        lambda: journal.goals.link_evidence(first, [evidence.id]),
        lambda: journal.goals.unlink_evidence(first, [evidence.id]),
        lambda: journal.goals.delete_milestone(
            first, expected_version=journal.goals.get_milestone(first).version
        ),
    ]
    for operation in operations:
        _, got = feed.one(operation)
        assert got == change(G, Action.UPDATED, goal.id)
    _, got = feed.one(
        lambda: journal.goals.delete(goal.id, expected_version=journal.goals.get(goal.id).version)
    )
    assert got == change(G, Action.DELETED, goal.id)


def test_review_and_profile_writes(journal: Journal, feed: Feed) -> None:
    review, got = feed.one(lambda: journal.reviews.add(D(2024, 1, 1), "good"))
    assert got == change(Topic.REVIEWS, Action.ADDED, review.id)
    _, got = feed.one(lambda: journal.reviews.delete(review.id, expected_version=review.version))
    assert got == change(Topic.REVIEWS, Action.DELETED, review.id)
    _, got = feed.one(lambda: journal.profile.update(name="Ada"))
    assert got == change(Topic.PROFILE, Action.UPDATED)
    assert got.ids == frozenset()


def test_journal_wide_announcements(journal: Journal, feed: Feed) -> None:
    _, got = feed.one(journal.repair_search_index)
    assert got == change(Topic.ENTRIES, Action.RELOADED)
    _, got = feed.one(journal.announce_reload)
    assert got == change(Topic.ALL, Action.RELOADED)
    assert got.touches(Topic.GOALS)
    assert got.touches(Topic.ENTRIES)
    only_roles = change(Topic.ROLES, Action.UPDATED, 1)
    assert only_roles.touches(Topic.ROLES)
    assert not only_roles.touches(Topic.ENTRIES)


# -- announced after the commit -----------------------------------------------------------------


def test_a_subscriber_that_queries_sees_the_committed_state(journal: Journal) -> None:
    seen: list[tuple[object, ...]] = []

    def look(_: Change) -> None:
        entries = journal.entries.list(EntryQuery(trashed=None))
        pinned = journal.goals.pinned()
        seen.append(
            (
                [(e.title, e.trashed, e.tags) for e in entries],
                [r.title for r in journal.roles.list()],
                [b.name for b in journal.skills.bands()],
                None if pinned is None else pinned.title,
                journal.profile.get().name,
                len(journal.entries.search("launch")),
            )
        )

    journal.changes.subscribe(look)

    record = journal.entries.add(entry("Launch day", tags=("ops",)))
    assert seen[-1][0] == [("Launch day", False, ("ops",))]
    assert seen[-1][5] == 1  # the search index too
    journal.entries.update(record.id, entry("Release day", tags=("dev",)), expected_version=1)
    assert seen[-1][0] == [("Release day", False, ("dev",))]
    assert seen[-1][5] == 0
    journal.entries.trash([record.id])
    assert seen[-1][0] == [("Release day", True, ("dev",))]
    journal.entries.purge([record.id])
    assert seen[-1][0] == []
    journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1)))
    assert seen[-1][1] == ["Engineer"]
    journal.skills.add_band("Technical")
    assert seen[-1][2] == ["Technical"]
    first = journal.goals.add(GoalDraft("First", pinned=True))
    assert seen[-1][3] == "First"
    journal.goals.add(GoalDraft("Second", pinned=True))
    assert seen[-1][3] == "Second"
    journal.goals.update(
        first.id,
        GoalDraft("First", status=GoalStatus.ACHIEVED),
        expected_version=journal.goals.get(first.id).version,
    )
    assert seen[-1][3] == "Second"
    journal.profile.update(name="Ada")
    assert seen[-1][4] == "Ada"
    assert len(seen) == 10  # one look per write


# -- failures and subscribers ---------------------------------------------------------------------


def test_a_failing_write_announces_nothing(journal: Journal, feed: Feed) -> None:
    record = journal.entries.add(entry("Kept"))
    journal.entries.update(record.id, entry("Kept v2"), expected_version=1)
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Python")
    goal = journal.goals.add(GoalDraft("Goal"), [MilestoneDraft("a"), MilestoneDraft("b")])
    failing: list[Callable[[], object]] = [
        lambda: journal.entries.add(entry("")),
        lambda: journal.entries.add(entry("Role", role_id=999)),
        lambda: journal.entries.update(record.id, entry("Stale"), expected_version=1),
        lambda: journal.entries.update(999, entry("Missing"), expected_version=1),
        lambda: journal.roles.add(RoleDraft("Bad", D(2020, 1, 1), end_date=D(2019, 1, 1))),
        lambda: journal.roles.delete(999, expected_version=1),
        lambda: journal.skills.add_band("technical"),
        lambda: journal.skills.reorder_bands([]),
        lambda: journal.skills.add_skill(band.id, "python"),
        lambda: journal.skills.record_assessment(skill.id, 9),
        lambda: journal.skills.delete_assessment(999),
        lambda: journal.goals.add(GoalDraft("Bad"), [MilestoneDraft("w", weight=0)]),
        lambda: journal.goals.reorder_milestones(goal.id, [goal.milestones[0].id]),
        lambda: journal.goals.link_evidence(goal.milestones[0].id, [999]),
        lambda: journal.reviews.delete(999, expected_version=1),
        lambda: journal.profile.update(week_start=7),
    ]
    for operation in failing:
        feed.changes.clear()
        with pytest.raises(ServiceError) as info:
            operation()
        assert isinstance(info.value, ValidationError | NotFoundError | ConflictError)
        assert feed.changes == [], info.value


def test_a_raising_subscriber_does_not_stop_the_others(
    journal: Journal, caplog: pytest.LogCaptureFixture
) -> None:
    before: list[Change] = []
    after: list[Change] = []

    def broken(_: Change) -> None:
        raise RuntimeError("view blew up")

    journal.changes.subscribe(before.append)
    journal.changes.subscribe(broken)
    journal.changes.subscribe(after.append)
    with caplog.at_level(logging.ERROR, logger="careerjournal.services.changes"):
        record = journal.entries.add(entry("Still saved"))
    expected = [change(Topic.ENTRIES, Action.ADDED, record.id)]
    assert before == expected
    assert after == expected
    assert journal.entries.get(record.id).title == "Still saved"
    assert any(
        "change subscriber failed" in r.getMessage() and r.exc_info is not None
        for r in caplog.records
    )


def test_unsubscribe_stops_delivery_to_that_subscriber_only(journal: Journal) -> None:
    kept: list[Change] = []
    dropped: list[Change] = []
    journal.changes.subscribe(kept.append)
    unsubscribe = journal.changes.subscribe(dropped.append)
    journal.entries.add(entry("One"))
    unsubscribe()
    unsubscribe()  # a second call is harmless
    journal.entries.add(entry("Two"))
    assert len(kept) == 2
    assert len(dropped) == 1


def test_the_feed_on_its_own() -> None:
    feed = ChangeFeed()
    got: list[Change] = []
    feed.emit(change(Topic.TAGS, Action.UPDATED))  # nobody listening: fine
    unsubscribe = feed.subscribe(got.append)
    feed.emit(change(Topic.TAGS, Action.UPDATED, 3, 3, 4))
    unsubscribe()
    feed.emit(change(Topic.TAGS, Action.DELETED))
    assert got == [Change(Topic.TAGS, Action.UPDATED, frozenset({3, 4}))]
