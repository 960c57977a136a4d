"""Goals, their milestones, pinning, closing, and the entries that evidence them."""

from __future__ import annotations

import datetime as dt

import pytest

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, GoalStatus
from careerjournal.services import (
    EntryDraft,
    GoalDraft,
    GoalRecord,
    Journal,
    MilestoneDraft,
    NotFoundError,
    ValidationError,
)

D = dt.date
TODAY = dt.date.today()


def goal(title: str = "Become a staff engineer", **fields: object) -> GoalDraft:
    fields.setdefault("created_on", D(2024, 1, 1))
    return GoalDraft(title=title, **fields)  # type: ignore[arg-type]


def step(title: str, **fields: object) -> MilestoneDraft:
    return MilestoneDraft(title=title, **fields)  # type: ignore[arg-type]


def titles(record: GoalRecord) -> list[str]:
    return [m.title for m in record.milestones]


def positions(record: GoalRecord) -> list[int]:
    return [m.position for m in record.milestones]


def entry(journal: Journal, title: str) -> int:
    return journal.entries.add(EntryDraft(title, occurred_on=D(2024, 2, 2))).id


# -- goals --------------------------------------------------------------------------------------


def test_add_with_milestones(journal: Journal) -> None:
    record = journal.goals.add(
        goal(
            "  Reach   staff level ",
            kind=GoalKind.PROMOTION,
            description="  lead cross-team work  ",
            target_role_title=" Staff Engineer ",
            target_level=" L6 ",
            target_date=D(2026, 6, 30),
        ),
        [
            step("Lead a cross-team project", due_on=D(2024, 12, 31), weight=3),
            step("Mentor two engineers", done_on=D(2024, 5, 1)),
            step(
                "Reach level 4 in architecture",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": 1, "level": 4},
                weight=0.5,
            ),
        ],
    )
    assert (record.title, record.kind, record.description) == (
        "Reach staff level",
        GoalKind.PROMOTION,
        "lead cross-team work",
    )
    assert (record.target_role_title, record.target_level, record.target_date) == (
        "Staff Engineer",
        "L6",
        D(2026, 6, 30),
    )
    assert (record.status, record.pinned, record.created_on, record.closed_on) == (
        GoalStatus.ACTIVE,
        False,
        D(2024, 1, 1),
        None,
    )
    assert titles(record) == [
        "Lead a cross-team project",
        "Mentor two engineers",
        "Reach level 4 in architecture",
    ]
    assert positions(record) == [0, 1, 2]
    first, second, third = record.milestones
    assert (first.due_on, first.done_on, first.weight, first.done) == (
        D(2024, 12, 31),
        None,
        3.0,
        False,
    )
    assert (second.done_on, second.done) == (D(2024, 5, 1), True)
    assert (third.criterion_kind, third.criterion, third.weight) == (
        CriterionKind.SKILL_LEVEL,
        {"skill_id": 1, "level": 4},
        0.5,
    )
    assert all(m.goal_id == record.id and m.evidence_ids == () for m in record.milestones)
    assert journal.goals.get(record.id) == record
    assert journal.goals.list() == [record]


def test_add_without_milestones_and_defaults(journal: Journal) -> None:
    record = journal.goals.add(GoalDraft("Learn Rust"))
    assert record.milestones == ()
    assert (record.kind, record.status, record.created_on) == (
        GoalKind.CUSTOM,
        GoalStatus.ACTIVE,
        TODAY,
    )


INVALID_GOALS = [
    (goal(""), (), "goal title"),
    (goal("g" * 201), (), "goal title"),
    (goal(target_date=D(2300, 1, 1)), (), "target date"),
    (goal(created_on=D(1800, 1, 1)), (), "start date"),
    (goal(status=GoalStatus.ACHIEVED, closed_on=D(2023, 12, 31)), (), "closing date"),
    (goal(target_role_title="r" * 201), (), "target role"),
    (goal(target_level="l" * 51), (), "target level"),
    (goal(), (step("ok"), step(" ")), "milestone title"),
    (goal(), (step("zero weight", weight=0),), "weight"),
    (goal(), (step("negative", weight=-1),), "weight"),
    (goal(), (step("late", due_on=D(2201, 1, 1)),), "milestone date"),
]


def test_invalid_goals_are_refused_and_nothing_is_written(journal: Journal) -> None:
    kept = journal.goals.add(goal("Kept"), [step("kept step")])
    for draft, steps, field in INVALID_GOALS:
        with pytest.raises(ValidationError) as info:
            journal.goals.add(draft, steps)
        assert info.value.field == field, (draft, steps)
        if not steps:
            with pytest.raises(ValidationError) as info:
                journal.goals.update(
                    kept.id, draft, expected_version=journal.goals.get(kept.id).version
                )
            assert info.value.field == field, draft
    assert journal.goals.list() == [kept]


def test_update_replaces_the_goal_and_keeps_its_milestones(journal: Journal) -> None:
    old = journal.goals.add(goal("Old", description="d"), [step("one"), step("two")])
    new = journal.goals.update(
        old.id,
        goal(
            "New",
            kind=GoalKind.CERTIFICATION,
            description="",
            target_role_title="SRE",
            target_level="P4",
            target_date=D(2025, 1, 1),
            created_on=D(2023, 6, 1),
        ),
        expected_version=journal.goals.get(old.id).version,
    )
    assert (new.id, new.title, new.kind, new.description) == (
        old.id,
        "New",
        GoalKind.CERTIFICATION,
        "",
    )
    assert (new.target_role_title, new.target_level, new.target_date, new.created_on) == (
        "SRE",
        "P4",
        D(2025, 1, 1),
        D(2023, 6, 1),
    )
    assert new.milestones == old.milestones
    assert journal.goals.get(old.id) == new
    with pytest.raises(NotFoundError):
        journal.goals.update(999, goal(), expected_version=1)


def test_delete_goal_takes_its_milestones(journal: Journal) -> None:
    doomed = journal.goals.add(goal("Doomed"), [step("a"), step("b")])
    kept = journal.goals.add(goal("Kept"), [step("c")])
    milestone_id = doomed.milestones[0].id
    evidence = entry(journal, "evidence")
    journal.goals.link_evidence(milestone_id, [evidence])
    journal.goals.delete(doomed.id, expected_version=journal.goals.get(doomed.id).version)
    with pytest.raises(NotFoundError):
        journal.goals.get(doomed.id)
    with pytest.raises(NotFoundError):
        journal.goals.set_done(milestone_id, TODAY, expected_version=doomed.milestones[0].version)
    assert journal.goals.list() == [kept]
    assert journal.entries.get(evidence).title == "evidence"  # the entry stays
    with pytest.raises(NotFoundError):
        journal.goals.delete(doomed.id, expected_version=doomed.version)


# -- pinning ------------------------------------------------------------------------------------


def test_only_one_goal_is_pinned_at_a_time(journal: Journal) -> None:
    assert journal.goals.pinned() is None
    a = journal.goals.add(goal("A", pinned=True))
    assert journal.goals.pinned() == a
    b = journal.goals.add(goal("B", pinned=True))
    assert journal.goals.get(a.id).pinned is False
    assert journal.goals.pinned() == b

    journal.goals.update(
        a.id, goal("A", pinned=True), expected_version=journal.goals.get(a.id).version
    )
    assert journal.goals.pinned() == journal.goals.get(a.id)
    assert journal.goals.get(b.id).pinned is False
    assert [g.pinned for g in journal.goals.list()].count(True) == 1

    journal.goals.update(
        a.id,
        goal("A", pinned=True, description="still pinned"),
        expected_version=journal.goals.get(a.id).version,
    )
    assert journal.goals.pinned() == journal.goals.get(a.id)
    journal.goals.update(
        a.id, goal("A", pinned=False), expected_version=journal.goals.get(a.id).version
    )
    assert journal.goals.pinned() is None


def test_a_closed_goal_cannot_be_pinned(journal: Journal) -> None:
    active = journal.goals.add(goal("Active", pinned=True))
    closed = journal.goals.add(goal("Closed", pinned=True, status=GoalStatus.ACHIEVED))
    assert closed.pinned is False
    assert journal.goals.pinned() == active  # the pinned one was not unpinned for nothing

    dropped = journal.goals.update(
        active.id,
        goal("Active", pinned=True, status=GoalStatus.DROPPED),
        expected_version=journal.goals.get(active.id).version,
    )
    assert dropped.pinned is False
    assert journal.goals.pinned() is None


# -- status -------------------------------------------------------------------------------------


def test_closing_a_goal_sets_closed_on_and_reopening_clears_it(journal: Journal) -> None:
    record = journal.goals.add(goal("Get certified", created_on=D(2023, 1, 1)))
    achieved = journal.goals.update(
        record.id,
        goal("Get certified", status=GoalStatus.ACHIEVED),
        expected_version=journal.goals.get(record.id).version,
    )
    assert (achieved.status, achieved.closed_on) == (GoalStatus.ACHIEVED, TODAY)

    reopened = journal.goals.update(
        record.id,
        goal("Get certified", status=GoalStatus.ACTIVE, closed_on=D(2024, 3, 1)),
        expected_version=journal.goals.get(record.id).version,
    )
    assert (reopened.status, reopened.closed_on) == (GoalStatus.ACTIVE, None)

    dropped = journal.goals.update(
        record.id,
        goal("Get certified", status=GoalStatus.DROPPED, closed_on=D(2024, 3, 1)),
        expected_version=journal.goals.get(record.id).version,
    )
    assert (dropped.status, dropped.closed_on) == (GoalStatus.DROPPED, D(2024, 3, 1))
    assert journal.goals.get(record.id) == dropped


def test_closing_a_goal_started_in_the_future_closes_it_on_its_start(journal: Journal) -> None:
    start = TODAY + dt.timedelta(days=10)
    record = journal.goals.add(goal("Future", created_on=start, status=GoalStatus.DROPPED))
    assert record.closed_on == start


def test_list_order_and_status_filter(journal: Journal) -> None:
    late = journal.goals.add(goal("Late", target_date=D(2027, 1, 1)))
    no_date = journal.goals.add(goal("No date"))
    soon = journal.goals.add(goal("Soon", target_date=D(2025, 1, 1)))
    done = journal.goals.add(
        goal("Done", status=GoalStatus.ACHIEVED, target_date=D(2024, 6, 1), closed_on=D(2024, 6, 1))
    )
    dropped = journal.goals.add(goal("Dropped", status=GoalStatus.DROPPED))
    pinned = journal.goals.add(goal("Pinned", pinned=True, target_date=D(2030, 1, 1)))

    ids = [g.id for g in journal.goals.list()]
    assert ids == [pinned.id, soon.id, late.id, no_date.id, done.id, dropped.id]
    active = [g.id for g in journal.goals.list(status=GoalStatus.ACTIVE)]
    assert active == [pinned.id, soon.id, late.id, no_date.id]
    assert [g.id for g in journal.goals.list(status=GoalStatus.ACHIEVED)] == [done.id]
    assert [g.id for g in journal.goals.list(status=GoalStatus.DROPPED)] == [dropped.id]


# -- milestones ---------------------------------------------------------------------------------


def test_add_milestone_at_a_position(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("b"), step("d")])
    end = journal.goals.add_milestone(record.id, step("e"))
    assert end.position == 2
    first = journal.goals.add_milestone(record.id, step("a"), position=0)
    assert first.position == 0
    journal.goals.add_milestone(record.id, step("c"), position=2)
    journal.goals.add_milestone(record.id, step("f"), position=99)  # clamped to the end
    journal.goals.add_milestone(record.id, step("z"), position=-5)  # clamped to the start
    now = journal.goals.get(record.id)
    assert titles(now) == ["z", "a", "b", "c", "d", "e", "f"]
    assert positions(now) == list(range(7))
    with pytest.raises(NotFoundError):
        journal.goals.add_milestone(999, step("x"))
    with pytest.raises(ValidationError):
        journal.goals.add_milestone(record.id, step(""))
    assert len(journal.goals.get(record.id).milestones) == 7


def test_update_milestone(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("old", weight=2)])
    (old,) = record.milestones
    new = journal.goals.update_milestone(
        old.id,
        step(
            " new ",
            due_on=D(2025, 2, 2),
            done_on=D(2025, 1, 1),
            weight=4,
            criterion_kind=CriterionKind.CERTIFICATION_TAG,
            criterion={"tag": "cka"},
        ),
        expected_version=journal.goals.get_milestone(old.id).version,
    )
    assert (new.id, new.goal_id, new.position, new.title) == (old.id, record.id, 0, "new")
    assert (new.due_on, new.done_on, new.weight) == (D(2025, 2, 2), D(2025, 1, 1), 4.0)
    assert (new.criterion_kind, new.criterion) == (CriterionKind.CERTIFICATION_TAG, {"tag": "cka"})
    assert journal.goals.get(record.id).milestones == (new,)
    with pytest.raises(NotFoundError):
        journal.goals.update_milestone(999, step("x"), expected_version=1)


def test_reorder_milestones_must_list_every_one(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("a"), step("b"), step("c")])
    other = journal.goals.add(goal("Other"), [step("x")])
    a, b, c = (m.id for m in record.milestones)
    journal.goals.reorder_milestones(record.id, [c, a, b])
    now = journal.goals.get(record.id)
    assert titles(now) == ["c", "a", "b"]
    assert positions(now) == [0, 1, 2]
    foreign = other.milestones[0].id
    for wrong in ([c, a], [c, a, b, foreign], [c, a, a], []):
        with pytest.raises(ValidationError) as info:
            journal.goals.reorder_milestones(record.id, wrong)
        assert info.value.field == "milestones"
    assert titles(journal.goals.get(record.id)) == ["c", "a", "b"]
    assert titles(journal.goals.get(other.id)) == ["x"]


def test_set_done_and_undone(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("a"), step("b")])
    a = record.milestones[0]
    done = journal.goals.set_done(
        a.id, D(2024, 4, 4), expected_version=journal.goals.get_milestone(a.id).version
    )
    assert (done.done_on, done.done) == (D(2024, 4, 4), True)
    assert journal.goals.get(record.id).milestones[0].done_on == D(2024, 4, 4)
    assert journal.goals.get(record.id).milestones[1].done is False
    undone = journal.goals.set_done(
        a.id, None, expected_version=journal.goals.get_milestone(a.id).version
    )
    assert (undone.done_on, undone.done) == (None, False)
    with pytest.raises(ValidationError) as info:
        journal.goals.set_done(
            a.id, D(1800, 1, 1), expected_version=journal.goals.get_milestone(a.id).version
        )
    assert info.value.field == "done date"
    assert journal.goals.get(record.id).milestones[0].done_on is None
    with pytest.raises(NotFoundError):
        journal.goals.set_done(999, TODAY, expected_version=1)


def test_delete_milestone_renumbers_the_rest(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("a"), step("b"), step("c"), step("d")])
    journal.goals.delete_milestone(
        record.milestones[1].id,
        expected_version=journal.goals.get_milestone(record.milestones[1].id).version,
    )
    now = journal.goals.get(record.id)
    assert titles(now) == ["a", "c", "d"]
    assert positions(now) == [0, 1, 2]
    journal.goals.delete_milestone(
        now.milestones[0].id,
        expected_version=journal.goals.get_milestone(now.milestones[0].id).version,
    )
    assert positions(journal.goals.get(record.id)) == [0, 1]
    added = journal.goals.add_milestone(record.id, step("e"))
    assert added.position == 2
    assert titles(journal.goals.get(record.id)) == ["c", "d", "e"]
    with pytest.raises(NotFoundError):
        journal.goals.delete_milestone(
            now.milestones[0].id, expected_version=now.milestones[0].version
        )


AUTOMATIC = [
    (CriterionKind.SKILL_LEVEL, {"skill_id": 1}, "level"),
    (CriterionKind.SKILL_LEVEL, {"level": 3}, "skill_id"),
    (CriterionKind.ENTRY_COUNT, {"kind": "project", "count": 3}, "since"),
    (CriterionKind.ENTRY_COUNT, {"kind": "", "count": 3, "since": "2024-01-01"}, "kind"),
    (CriterionKind.ENTRY_COUNT, {}, "kind, count, since"),
    (CriterionKind.CERTIFICATION_TAG, {"tag": ""}, "tag"),
    (CriterionKind.CERTIFICATION_TAG, {"tag": None}, "tag"),
]


def test_an_automatic_criterion_needs_its_parameters(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("manual")])
    manual = record.milestones[0]
    for kind, criterion, missing in AUTOMATIC:
        draft = step("auto", criterion_kind=kind, criterion=criterion)
        with pytest.raises(ValidationError) as info:
            journal.goals.add_milestone(record.id, draft)
        assert info.value.field == "criterion", criterion
        assert missing in str(info.value), criterion
        with pytest.raises(ValidationError):
            journal.goals.update_milestone(
                manual.id, draft, expected_version=journal.goals.get_milestone(manual.id).version
            )
        with pytest.raises(ValidationError):
            journal.goals.add(goal("Other"), [draft])
    assert journal.goals.list() == [record]
    complete = step(
        "auto",
        criterion_kind=CriterionKind.ENTRY_COUNT,
        criterion={"kind": EntryKind.PROJECT.value, "count": 3, "since": "2024-01-01"},
    )
    added = journal.goals.add_milestone(record.id, complete)
    assert added.criterion == {"kind": "project", "count": 3, "since": "2024-01-01"}
    assert journal.goals.get(record.id).milestones[1].criterion == added.criterion


# -- evidence -----------------------------------------------------------------------------------


def test_link_and_unlink_evidence(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("a"), step("b")])
    a, b = (m.id for m in record.milestones)
    e1, e2, e3 = (entry(journal, t) for t in ("one", "two", "three"))

    linked = journal.goals.link_evidence(a, [e3, e1])
    assert linked.evidence_ids == (e1, e3)
    again = journal.goals.link_evidence(a, [e1, e2])  # e1 is already there
    assert again.evidence_ids == (e1, e2, e3)
    journal.goals.link_evidence(b, [e1])
    assert journal.goals.get(record.id).milestones[1].evidence_ids == (e1,)

    with pytest.raises(ValidationError) as info:
        journal.goals.link_evidence(b, [e2, 4242])
    assert info.value.field == "evidence"
    assert journal.goals.get(record.id).milestones[1].evidence_ids == (e1,)  # e2 not half-linked

    unlinked = journal.goals.unlink_evidence(a, [e1, 4242])
    assert unlinked.evidence_ids == (e2, e3)
    assert journal.goals.get(record.id).milestones[0].evidence_ids == (e2, e3)
    assert journal.goals.list()[0].milestones[0].evidence_ids == (e2, e3)
    with pytest.raises(NotFoundError):
        journal.goals.link_evidence(999, [e1])


def test_evidence_follows_the_entry_into_the_trash_and_out_when_purged(journal: Journal) -> None:
    record = journal.goals.add(goal(), [step("a")])
    milestone = record.milestones[0].id
    kept, trashed, purged = (entry(journal, t) for t in ("kept", "trashed", "purged"))
    journal.goals.link_evidence(milestone, [kept, trashed, purged])
    journal.entries.trash([trashed, purged])
    assert journal.goals.get(record.id).milestones[0].evidence_ids == (kept, trashed, purged)
    journal.entries.purge([purged])
    assert journal.goals.get(record.id).milestones[0].evidence_ids == (kept, trashed)
    journal.entries.empty_trash()
    assert journal.goals.list()[0].milestones[0].evidence_ids == (kept,)
