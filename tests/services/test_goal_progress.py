"""Goal progress through the service on a real journal: automatic milestones judged on read,
evidence, splitting and reordering, the order of goals, closed and pinned goals."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import update

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, GoalStatus, Milestone
from careerjournal.services import (
    EntryDraft,
    GoalDraft,
    Journal,
    MilestoneDraft,
    ValidationError,
)
from careerjournal.services.goal_progress import Completion, Criterion
from careerjournal.services.goals import GoalProgress, MilestoneStatus
from careerjournal.services.progress import Outlook, Standing
from careerjournal.wording import goals as words

D = dt.date
T0 = D(2024, 1, 1)
LATER = D(2025, 1, 1)  # "today" for most reads: after every date below


def day(n: int) -> dt.date:
    return T0 + dt.timedelta(days=n)


def goal(title: str = "Become a staff engineer", **fields: object) -> GoalDraft:
    fields.setdefault("created_on", T0)
    return GoalDraft(title=title, **fields)  # type: ignore[arg-type]


def step(title: str, **fields: object) -> MilestoneDraft:
    return MilestoneDraft(title=title, **fields)  # type: ignore[arg-type]


def add_entry(
    journal: Journal, title: str, on: dt.date, kind: EntryKind = EntryKind.OTHER, *tags: str
) -> int:
    return journal.entries.add(EntryDraft(title, occurred_on=on, kind=kind, tags=tags)).id


def status(
    journal: Journal, goal_id: int, today: dt.date = LATER, index: int = 0
) -> MilestoneStatus:
    return journal.goals.progress(goal_id, today).milestones[index]


def said(m: MilestoneStatus) -> str:
    """What completes `m`, as the CLI and the report word its facts."""
    return words.criterion_text(m.criterion)


# -- automatic milestones -------------------------------------------------------------------------


def test_skill_level_milestone_follows_the_assessments(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    python = journal.skills.add_skill(band.id, "Python")
    record = journal.goals.add(
        goal(),
        [
            step(
                "Python at Competent",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": python.id, "level": 3},
            ),
            step("Mentor someone"),
        ],
    )
    first = status(journal, record.id)
    assert (first.done, first.done_on, first.automatic) == (False, None, True)
    assert first.criterion == Criterion(
        Completion.SKILL_LEVEL, skill="Python", level=3, level_name="Competent"
    )
    assert said(first) == "Python at Competent or above (now not assessed)."

    journal.skills.record_assessment(python.id, 2, assessed_on=D(2024, 2, 1))
    rising = status(journal, record.id)
    assert (rising.criterion.current_level, rising.criterion.current_name) == (
        2,
        "Advanced Beginner",
    )
    assert said(rising) == "Python at Competent or above (now Advanced Beginner)."
    evidence = add_entry(journal, "Shipped the parser", D(2024, 3, 1), EntryKind.PROJECT)
    reached = journal.skills.record_assessment(
        python.id, 3, assessed_on=D(2024, 3, 1), evidence_entry_id=evidence
    )
    now = status(journal, record.id)
    assert (now.done, now.done_on) == (True, D(2024, 3, 1))
    assert said(now) == "Python at Competent or above (now Competent)."
    assert now.satisfied_by == (evidence,)
    assert now.evidence_ids == (evidence,)
    assert journal.goals.progress(record.id, LATER).progress == 0.5
    # As of a day before the assessment, it was not done yet.
    assert status(journal, record.id, D(2024, 2, 29)).done is False

    journal.skills.delete_assessment(reached.id)
    back = status(journal, record.id)
    assert (back.done, back.satisfied_by) == (False, ())
    assert said(back) == "Python at Competent or above (now Advanced Beginner)."
    assert journal.goals.progress(record.id, LATER).progress == 0


def test_skill_level_milestone_flips_back_when_the_level_drops(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    sql = journal.skills.add_skill(band.id, "SQL")
    record = journal.goals.add(
        goal(),
        [
            step(
                "SQL at Proficient",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": sql.id, "level": 4},
            )
        ],
    )
    journal.skills.record_assessment(sql.id, 4, assessed_on=D(2024, 3, 1))
    journal.skills.record_assessment(sql.id, 3, assessed_on=D(2024, 5, 1))  # a harsher manager
    gp = journal.goals.progress(record.id, LATER)
    assert gp.milestones[0].step.changes == ((D(2024, 3, 1), True), (D(2024, 5, 1), False))
    assert gp.progress == 0
    assert [p for _, p in gp.series] == [0, 1, 0, 0]
    assert status(journal, record.id, D(2024, 4, 1)).done_on == D(2024, 3, 1)


def test_a_skill_level_milestone_for_a_deleted_skill_stays_open(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    go = journal.skills.add_skill(band.id, "Go")
    record = journal.goals.add(
        goal(),
        [
            step(
                "Go at Expert",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": go.id, "level": 5},
            )
        ],
    )
    journal.skills.record_assessment(go.id, 5, assessed_on=D(2024, 3, 1))
    assert status(journal, record.id).done is True
    journal.skills.delete_skill(go.id, expected_version=journal.skills.get_skill(go.id).version)
    gone = status(journal, record.id)
    assert gone.done is False
    assert gone.criterion == Criterion(Completion.SKILL_GONE, level=5, level_name="Expert")
    assert said(gone) == "A skill that no longer exists at Expert or above."


def test_entry_count_milestone_counts_live_entries_since_the_date(journal: Journal) -> None:
    record = journal.goals.add(
        goal(),
        [
            step(
                "Three projects this year",
                criterion_kind=CriterionKind.ENTRY_COUNT,
                criterion={"kind": "project", "count": 3, "since": "2024-02-01"},
            )
        ],
    )
    add_entry(journal, "Too early", D(2024, 1, 15), EntryKind.PROJECT)  # before "since"
    first = add_entry(journal, "Billing", D(2024, 2, 10), EntryKind.PROJECT)
    add_entry(journal, "Other kind", D(2024, 2, 20), EntryKind.FEEDBACK)
    second = add_entry(journal, "Search", D(2024, 3, 5), EntryKind.PROJECT)
    two = status(journal, record.id)
    assert (two.done, two.satisfied_by) == (False, (first, second))
    assert two.criterion == Criterion(
        Completion.ENTRY_COUNT,
        entry_kind=EntryKind.PROJECT,
        count=3,
        since=D(2024, 2, 1),
        so_far=2,
    )
    assert said(two) == "3 project entries since 1 Feb 2024 (2 so far)."

    third = add_entry(journal, "Kubernetes", D(2024, 4, 1), EntryKind.PROJECT)
    done = status(journal, record.id)
    assert (done.done, done.done_on) == (True, D(2024, 4, 1))  # the day the third happened
    assert done.satisfied_by == (first, second, third)
    assert said(done) == "3 project entries since 1 Feb 2024 (3 so far)."
    # As of the day before the third entry, it was not done and counted two.
    before = status(journal, record.id, D(2024, 3, 31))
    assert (before.done, said(before)) == (
        False,
        "3 project entries since 1 Feb 2024 (2 so far).",
    )

    assert journal.entries.trash([second]) == [second]
    trashed = status(journal, record.id)
    assert (trashed.done, trashed.satisfied_by) == (False, (first, third))
    assert said(trashed) == "3 project entries since 1 Feb 2024 (2 so far)."

    journal.entries.restore([second])
    assert status(journal, record.id).done_on == D(2024, 4, 1)

    # A fourth entry dated before the third moves the day the count was reached.
    fourth = add_entry(journal, "Ledger", D(2024, 3, 20), EntryKind.PROJECT)
    again = status(journal, record.id)
    assert again.done_on == D(2024, 3, 20)
    assert again.satisfied_by == (first, second, fourth)


def test_certification_tag_milestone(journal: Journal) -> None:
    record = journal.goals.add(
        goal(),
        [
            step(
                "Pass the CKA",
                criterion_kind=CriterionKind.CERTIFICATION_TAG,
                criterion={"tag": " CKA "},
            )
        ],
    )
    assert record.milestones[0].criterion == {"tag": "cka"}  # stored as tags are
    add_entry(journal, "Studied for the CKA", D(2024, 3, 1), EntryKind.LEARNING, "cka")
    add_entry(journal, "Passed the CKAD", D(2024, 3, 2), EntryKind.CERTIFICATION, "ckad")
    waiting = status(journal, record.id)
    assert (waiting.done, said(waiting)) == (
        False,
        "A certification entry tagged “cka” (none yet).",
    )

    passed = add_entry(journal, "Passed the CKA", D(2024, 4, 9), EntryKind.CERTIFICATION, "CKA")
    done = status(journal, record.id)
    assert (done.done, done.done_on, done.satisfied_by) == (True, D(2024, 4, 9), (passed,))
    assert done.criterion == Criterion(Completion.CERTIFICATION, tag="cka", found=True)
    assert said(done) == "A certification entry tagged “cka” (found)."

    journal.entries.trash([passed])
    assert status(journal, record.id).done is False
    journal.entries.restore([passed])
    assert status(journal, record.id).done is True
    journal.entries.purge([passed])
    gone = status(journal, record.id)
    assert (gone.done, gone.satisfied_by) == (False, ())


def test_the_tag_criterion_matches_an_entry_whatever_case_it_was_typed_in(
    journal: Journal,
) -> None:
    record = journal.goals.add(
        goal(),
        [
            step(
                "AWS Solutions Architect",
                criterion_kind=CriterionKind.CERTIFICATION_TAG,
                criterion={"tag": "#AWS   SAA"},
            )
        ],
    )
    assert record.milestones[0].criterion == {"tag": "aws saa"}
    add_entry(journal, "Passed", D(2024, 5, 5), EntryKind.CERTIFICATION, "Aws Saa")
    assert status(journal, record.id).done_on == D(2024, 5, 5)


def test_evidence_is_linked_entries_then_entries_that_meet_the_criterion(
    journal: Journal,
) -> None:
    record = journal.goals.add(
        goal(),
        [
            step(
                "Two feedback conversations",
                criterion_kind=CriterionKind.ENTRY_COUNT,
                criterion={"kind": "feedback", "count": 2, "since": T0},
            ),
            step("Write the strategy"),
        ],
    )
    assert record.milestones[0].criterion["since"] == "2024-01-01"  # a date is stored as ISO
    a = add_entry(journal, "Asked my lead", D(2024, 2, 1), EntryKind.FEEDBACK)
    b = add_entry(journal, "Asked a peer", D(2024, 3, 1), EntryKind.FEEDBACK)
    notes = add_entry(journal, "Notes from the talks", D(2024, 3, 2))
    automatic, manual = (m.id for m in record.milestones)
    journal.goals.link_evidence(automatic, [notes, b])
    journal.goals.link_evidence(manual, [notes])

    auto, hand = journal.goals.progress(record.id, LATER).milestones
    assert auto.milestone.evidence_ids == (b, notes)  # linked, by id
    assert auto.satisfied_by == (a, b)
    assert auto.evidence_ids == (b, notes, a)  # linked first, then the rest; each once
    assert (hand.satisfied_by, hand.evidence_ids) == ((), (notes,))
    assert hand.criterion == Criterion(Completion.BY_HAND)
    assert said(hand) == "Ticked by hand."


def test_set_done_is_refused_for_automatic_milestones(journal: Journal) -> None:
    record = journal.goals.add(
        goal(),
        [
            step(
                "Pass the CKA",
                criterion_kind=CriterionKind.CERTIFICATION_TAG,
                criterion={"tag": "cka"},
            )
        ],
    )
    milestone = record.milestones[0]
    for when in (D(2024, 5, 1), None):
        with pytest.raises(ValidationError) as info:
            journal.goals.set_done(
                milestone.id,
                when,
                expected_version=journal.goals.get_milestone(milestone.id).version,
            )
        assert info.value.field == "done"
        assert "completes itself from the journal" in str(info.value)
    assert journal.goals.get(record.id).milestones == (milestone,)
    assert status(journal, record.id).done is False


INVALID_CRITERIA = [
    (CriterionKind.SKILL_LEVEL, {"skill_id": 1, "level": 0}, "level"),
    (CriterionKind.SKILL_LEVEL, {"skill_id": True, "level": 3}, "skill_id"),
    (CriterionKind.SKILL_LEVEL, {"skill_id": "one", "level": 3}, "skill_id"),
    (CriterionKind.ENTRY_COUNT, {"kind": "bogus", "count": 3, "since": "2024-01-01"}, "bogus"),
    (CriterionKind.ENTRY_COUNT, {"kind": "project", "count": 0, "since": "2024-01-01"}, "count"),
    (CriterionKind.ENTRY_COUNT, {"kind": "project", "count": 2.5, "since": "2024-01-01"}, "count"),
    (CriterionKind.ENTRY_COUNT, {"kind": "project", "count": 3, "since": "2024-13-01"}, "since"),
    (CriterionKind.ENTRY_COUNT, {"kind": "project", "count": 3, "since": "last year"}, "since"),
    (CriterionKind.CERTIFICATION_TAG, {"tag": "a,b"}, "comma"),
    (CriterionKind.CERTIFICATION_TAG, {"tag": "#"}, "tag"),
]


def test_an_automatic_criterion_must_be_judgeable(journal: Journal) -> None:
    record = journal.goals.add(goal())
    for kind, criterion, said in INVALID_CRITERIA:
        with pytest.raises(ValidationError) as info:
            journal.goals.add_milestone(
                record.id, step("auto", criterion_kind=kind, criterion=criterion)
            )
        assert info.value.field == "criterion", criterion
        assert said in str(info.value), (criterion, str(info.value))
    assert journal.goals.get(record.id).milestones == ()

    clean = journal.goals.add_milestone(
        record.id,
        step(
            "auto",
            criterion_kind=CriterionKind.ENTRY_COUNT,
            criterion={"kind": EntryKind.PROJECT, "count": "3", "since": " 2024-01-01 "},
        ),
    )
    assert clean.criterion == {"kind": "project", "count": 3, "since": "2024-01-01"}
    manual = journal.goals.add_milestone(
        record.id, step("by hand", criterion={"tag": "left over from an automatic one"})
    )
    assert manual.criterion == {}


def test_a_criterion_stored_broken_is_shown_open_not_a_crash(journal: Journal) -> None:
    record = journal.goals.add(
        goal(),
        [
            step(
                "Three projects",
                criterion_kind=CriterionKind.ENTRY_COUNT,
                criterion={"kind": "project", "count": 3, "since": "2024-01-01"},
            )
        ],
    )
    milestone_id = record.milestones[0].id
    with journal.store.write() as session:  # as an old version or an import might have left it
        session.execute(
            update(Milestone)
            .where(Milestone.id == milestone_id)
            .values(criterion={"kind": "gossip", "count": "many"})
        )
    broken = status(journal, record.id)
    assert broken.done is False
    assert broken.criterion.completion is Completion.UNJUDGEABLE
    assert "needs since" in broken.criterion.problem
    assert said(broken).startswith("A criterion that cannot be judged: ")
    assert len(journal.goals.progress_all(LATER)) == 1


# -- splitting and reordering ----------------------------------------------------------------------


def test_split_milestone_shares_the_weight_and_goes_right_after(journal: Journal) -> None:
    record = journal.goals.add(
        goal(),
        [
            step("Lead a project", weight=3, due_on=D(2024, 6, 1), done_on=D(2024, 2, 1)),
            step("Mentor", weight=1),
        ],
    )
    lead, mentor = record.milestones
    evidence = add_entry(journal, "Kick-off", D(2024, 1, 20))
    journal.goals.link_evidence(lead.id, [evidence])
    # 3 of 4 done.
    assert journal.goals.progress(record.id, LATER).progress == 0.75

    new = journal.goals.split_milestone(
        lead.id,
        "  Hand over the project ",
        share=1 / 3,
        expected_version=journal.goals.get_milestone(lead.id).version,
    )
    assert (new.title, new.position, new.due_on, new.done_on) == (
        "Hand over the project",
        1,
        D(2024, 6, 1),
        None,
    )
    assert (new.criterion_kind, new.criterion, new.evidence_ids) == (CriterionKind.MANUAL, {}, ())
    assert new.weight == pytest.approx(1.0)
    now = journal.goals.get(record.id)
    assert [(m.title, m.position) for m in now.milestones] == [
        ("Lead a project", 0),
        ("Hand over the project", 1),
        ("Mentor", 2),
    ]
    kept = now.milestones[0]
    assert kept.weight == pytest.approx(2.0)
    assert (kept.done_on, kept.evidence_ids) == (D(2024, 2, 1), (evidence,))
    assert now.milestones[2] == dataclasses.replace(mentor, position=2)
    # 2 of 4 done: the weight is the same, the new half is open.
    assert journal.goals.progress(record.id, LATER).progress == pytest.approx(0.5)

    for share in (0, 1, 1.5, -0.2):
        with pytest.raises(ValidationError) as info:
            journal.goals.split_milestone(
                lead.id,
                "x",
                share=share,
                expected_version=journal.goals.get_milestone(lead.id).version,
            )
        assert info.value.field == "share"
    with pytest.raises(ValidationError):
        journal.goals.split_milestone(
            lead.id, "   ", expected_version=journal.goals.get_milestone(lead.id).version
        )
    assert len(journal.goals.get(record.id).milestones) == 3


def test_reorder_milestones_persists(journal: Journal, db_location: str) -> None:
    record = journal.goals.add(goal(), [step("a"), step("b"), step("c"), step("d")])
    a, b, c, d = (m.id for m in record.milestones)
    journal.goals.reorder_milestones(record.id, [d, b, a, c])
    with Journal.open(db_location) as again:
        reread = again.goals.get(record.id)
        assert [m.title for m in reread.milestones] == ["d", "b", "a", "c"]
        assert [m.position for m in reread.milestones] == [0, 1, 2, 3]
        statuses = again.goals.progress(record.id, LATER).milestones
        assert [s.milestone.title for s in statuses] == ["d", "b", "a", "c"]


# -- whole goals --------------------------------------------------------------------------------


def steady(journal: Journal, **fields: object) -> int:
    """Four equal milestones, two done on day 30 and day 60 from a start on 1 Jan 2024."""
    return journal.goals.add(
        goal(**fields),
        [
            step("one", done_on=day(30)),
            step("two", done_on=day(60)),
            step("three", due_on=D(2024, 5, 1)),
            step("four"),
        ],
    ).id


def test_a_steady_goal_through_the_service(journal: Journal) -> None:
    goal_id = steady(journal, target_date=D(2024, 6, 30), kind=GoalKind.PROMOTION)
    gp = journal.goals.progress(goal_id, day(60))
    assert (gp.as_of, gp.progress) == (day(60), 0.5)
    assert gp.series == ((day(0), 0.0), (day(30), 0.25), (day(60), 0.5))
    assert (gp.pace.window_start, gp.pace.gained, gp.pace.completions) == (day(0), 0.5, 2)
    # Likely day 120 (30 Apr), earliest day 96 (6 Apr), latest day 265 (22 Sep): see
    # test_progress.py for the arithmetic.
    assert gp.projection.outlook is Outlook.PROJECTED
    assert (gp.projection.likely, gp.projection.earliest, gp.projection.latest) == (
        D(2024, 4, 30),
        D(2024, 4, 6),
        D(2024, 9, 22),
    )
    # The target (30 Jun) is within the range.
    assert (gp.schedule.standing, gp.schedule.days) == (Standing.ON_TRACK, 0)
    assert words.explanation(gp) == "Done share of milestone weight: 2 of 4 (2 of 4 milestones)."
    # 0.5 in 60 days: 0.5 / 60 * 30.4375 = 25% a month.
    assert words.pace_text(gp) == (
        "+25% of the goal per month over the 2 months since the goal started "
        "(2 milestones completed)."
    )
    assert [m.milestone.title for m in gp.open_milestones] == ["three", "four"]
    assert (gp.done_weight, gp.total_weight, gp.done_count) == (2, 4, 2)


def test_a_goal_without_milestones(journal: Journal) -> None:
    goal_id = journal.goals.add(goal(target_date=D(2024, 12, 31))).id
    gp = journal.goals.progress(goal_id, day(100))
    assert (gp.progress, gp.milestones, gp.projection.outlook) == (0, (), Outlook.NO_MILESTONES)
    assert (
        words.explanation(gp)
        == "No milestones yet: progress is the done share of milestone weight."
    )


def test_a_goal_starting_later_has_no_pace_yet(journal: Journal) -> None:
    goal_id = steady(journal, created_on=D(2024, 9, 1))
    gp = journal.goals.progress(goal_id, D(2024, 8, 1))
    assert gp.pace.days == 0
    assert words.pace_text(gp) == "No pace yet: the goal starts on 1 Sep 2024."
    assert gp.projection.outlook is Outlook.TOO_LITTLE_HISTORY
    assert words.pace_text(journal.goals.progress(goal_id, D(2024, 9, 1))) == (
        "No pace yet: the goal started today."
    )


def test_a_closed_goal_says_so_and_does_not_project(journal: Journal) -> None:
    achieved = steady(
        journal, title="Achieved", status=GoalStatus.ACHIEVED, closed_on=D(2024, 3, 15)
    )
    # A milestone ticked after the goal was closed is not part of where it ended.
    late = journal.goals.get(achieved).milestones[2].id
    journal.goals.set_done(
        late, D(2024, 4, 1), expected_version=journal.goals.get_milestone(late).version
    )
    gp = journal.goals.progress(achieved, LATER)
    assert (gp.as_of, gp.progress) == (D(2024, 3, 15), 0.5)
    assert gp.projection.outlook is Outlook.CLOSED
    assert words.projection_text(gp) == "Achieved: nothing to project."
    assert (gp.projection.likely, gp.projection.earliest, gp.projection.latest) == (None,) * 3
    assert (gp.schedule.standing, words.schedule_text(gp)) == (
        Standing.CLOSED,
        "Achieved on 15 Mar 2024 with 50% done.",
    )
    assert [m.done for m in gp.milestones] == [True, True, False, False]
    assert words.explanation(gp) == "Done share of milestone weight: 2 of 4 (2 of 4 milestones)."

    dropped = steady(journal, title="Dropped", status=GoalStatus.DROPPED, closed_on=D(2024, 2, 1))
    gp = journal.goals.progress(dropped, LATER)
    assert (gp.progress, gp.projection.outlook) == (0.25, Outlook.CLOSED)
    assert words.projection_text(gp) == "Dropped: nothing to project."
    assert words.schedule_text(gp) == "Dropped on 1 Feb 2024 with 25% done."


def test_an_achieved_goal_with_every_milestone_done_keeps_its_done_date(
    journal: Journal,
) -> None:
    goal_id = journal.goals.add(
        goal(status=GoalStatus.ACHIEVED, closed_on=D(2024, 5, 1)),
        [step("one", done_on=D(2024, 2, 1)), step("two", done_on=D(2024, 4, 1))],
    ).id
    gp = journal.goals.progress(goal_id, LATER)
    assert (gp.progress, gp.projection.outlook, gp.projection.likely) == (
        1.0,
        Outlook.DONE,
        D(2024, 4, 1),
    )
    assert gp.schedule.standing is Standing.CLOSED


def test_progress_all_order_and_status(journal: Journal) -> None:
    late = steady(journal, title="Late", target_date=D(2027, 1, 1))
    no_date = steady(journal, title="No date")
    soon = steady(journal, title="Soon", target_date=D(2025, 6, 1))
    done = steady(
        journal,
        title="Done",
        status=GoalStatus.ACHIEVED,
        target_date=D(2024, 6, 1),
        closed_on=D(2024, 6, 1),
    )
    dropped = steady(journal, title="Dropped", status=GoalStatus.DROPPED, closed_on=D(2024, 3, 1))
    pinned = steady(journal, title="Pinned", pinned=True, target_date=D(2030, 1, 1))

    every = journal.goals.progress_all(LATER)
    assert [gp.goal.id for gp in every] == [pinned, soon, late, no_date, done, dropped]
    assert [gp.goal.id for gp in every] == [g.id for g in journal.goals.list()]
    active = journal.goals.progress_all(LATER, status=GoalStatus.ACTIVE)
    assert [gp.goal.id for gp in active] == [pinned, soon, late, no_date]
    achieved = journal.goals.progress_all(LATER, status=GoalStatus.ACHIEVED)
    assert [gp.goal.id for gp in achieved] == [done]
    # Each as `progress` says, read together.
    for gp in every:
        assert gp == journal.goals.progress(gp.goal.id, LATER)


def test_the_pinned_goal(journal: Journal) -> None:
    steady(journal, title="Other")
    pinned_id = steady(
        journal,
        title="Staff engineer",
        kind=GoalKind.PROMOTION,
        target_role_title="Staff Engineer",
        target_level="L6",
        pinned=True,
    )
    pinned = journal.goals.pinned()
    assert pinned is not None
    assert pinned.id == pinned_id
    gp = journal.goals.progress(pinned.id, day(60))
    assert isinstance(gp, GoalProgress)
    assert (gp.goal.pinned, gp.goal.kind, gp.goal.target_role_title) == (
        True,
        GoalKind.PROMOTION,
        "Staff Engineer",
    )
    assert journal.goals.progress_all(day(60))[0] == gp
    assert gp.schedule.standing is Standing.NO_TARGET
    assert gp.projection.likely == D(2024, 4, 30)
