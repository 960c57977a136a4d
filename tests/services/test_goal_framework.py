"""The promotion goal from a framework: the next level's criteria as milestones, weighted by
topic, ticking and unticking themselves as the criteria are met, and a criterion that a
re-import removed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain import CriterionKind, GoalKind, TickRule
from careerjournal.interchange import framework as reader
from careerjournal.services import (
    EntryDraft,
    GoalDraft,
    Journal,
    MilestoneDraft,
    RoleDraft,
    ValidationError,
)
from careerjournal.services import rows as journal_rows
from careerjournal.services.changes import Action, Change, Topic
from careerjournal.services.framework_records import CriterionRecord
from careerjournal.services.goal_progress import Completion
from careerjournal.wording import goals as words

D = dt.date
DATA = Path(__file__).resolve().parent.parent / "data" / "frameworks"
ACME, ACME_V2 = DATA / "acme.yaml", DATA / "acme-v2.yaml"
#: The first topic's title as the reader gives it (DELIVERY in the file).
DELIVERY = reader.read_framework(ACME).topics[0].title
START, TODAY = D(2024, 1, 1), D(2025, 1, 1)

SHIPS = "Ships features end to end, from design to rollout"
DOCS = "Writes clear design docs, see the guide (https://example.com/docs)"
TESTS = "Writes tests that catch real bugs"
PLANS = "Plans the team's delivery for a quarter"
EXPLAINS = "Explains technical trade-offs to non-engineers"
STANDARDS = "Sets the coding standards the team follows"


@pytest.fixture
def acme(journal: Journal) -> dict[str, CriterionRecord]:
    """acme.yaml imported, a role at Engineer I: the next level is Engineer II."""
    journal.frameworks.import_file(ACME)
    journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), level="Engineer I"))
    return {c.text: c for c in journal.rubric.criteria()}


def everything(journal: Journal) -> dict[Any, Any]:
    with journal.store.read() as session:
        return journal_rows.everything(session)


def promotion(journal: Journal, **kwargs: Any) -> int:
    kwargs.setdefault("title", "Become Engineer II")
    kwargs.setdefault("today", START)
    return journal.rubric.make_goal(**kwargs)


def entry(journal: Journal, title: str, on: dt.date) -> int:
    return journal.entries.add(EntryDraft(title, occurred_on=on)).id


def milestone(journal: Journal, goal_id: int, text: str, today: dt.date = TODAY) -> Any:
    return next(
        m
        for m in journal.goals.progress(goal_id, today).milestones
        if m.milestone.title.endswith(text)
    )


def test_make_goal_turns_the_next_level_into_milestones(journal: Journal, acme: Any) -> None:
    before = everything(journal)
    heard: list[Change] = []
    journal.changes.subscribe(heard.append)
    goal_id = promotion(journal, target_date=D(2025, 6, 30))
    goal = journal.goals.get(goal_id)
    assert (goal.kind, goal.title, goal.target_level, goal.target_date, goal.created_on) == (
        GoalKind.PROMOTION,
        "Become Engineer II",
        "Engineer II",
        D(2025, 6, 30),
        START,
    )
    assert [m.title for m in goal.milestones] == [
        f"{DELIVERY}: {SHIPS}",
        f"Communication: {DOCS}",
        f"Craft: {TESTS}",
    ]
    assert {m.criterion_kind for m in goal.milestones} == {CriterionKind.FRAMEWORK}
    assert [m.criterion for m in goal.milestones] == [
        {"criterion_id": acme[t].id} for t in (SHIPS, DOCS, TESTS)
    ]
    assert [m.weight for m in goal.milestones] == [1.0, 1.0, 1.0]
    assert [m.done_on for m in goal.milestones] == [None, None, None]
    # One operation, announced as a new goal.
    assert heard == [Change.of(Topic.GOALS, Action.ADDED, [goal_id])]
    assert journal.history.list(limit=1)[0].code.value == "goal.promotion"
    journal.history.undo()
    assert everything(journal) == before


def test_milestones_are_grouped_by_topic_and_each_topic_weighs_one(
    journal: Journal, tmp_path: Path
) -> None:
    path = tmp_path / "ladder.yaml"
    path.write_text(
        "framework: Ladder\ntopics:\n"
        "  - topic: Craft\n    criteria:\n"
        "      - {level: 1, criterion: Writes code}\n"
        "      - {level: 2, criterion: Reviews code}\n"
        "      - {level: 2, criterion: Writes tests}\n"
        "      - {level: 2, criterion: Fixes flaky builds}\n"
        "  - topic: People\n    criteria:\n"
        "      - {level: 2, criterion: Mentors a new joiner}\n"
        "      - {level: 2, criterion: Runs the retro}\n",
        encoding="utf-8",
    )
    journal.frameworks.import_file(path)
    goal = journal.goals.get(promotion(journal, target=2))
    assert [m.title for m in goal.milestones] == [
        "Craft: Reviews code",
        "Craft: Writes tests",
        "Craft: Fixes flaky builds",
        "People: Mentors a new joiner",
        "People: Runs the retro",
    ]
    weights = [m.weight for m in goal.milestones]
    assert sum(weights[:3]) == pytest.approx(1, abs=1e-12)
    assert weights[0] == pytest.approx(1 / 3)
    assert weights[3:] == [0.5, 0.5]


def test_make_goal_refusals(journal: Journal, acme: Any) -> None:
    with pytest.raises(ValidationError, match="has no level 4"):
        promotion(journal, target=4)
    with pytest.raises(ValidationError, match="goal title is empty"):
        promotion(journal, title="   ")
    top = journal.roles.add(RoleDraft("Senior", D(2023, 1, 1), level="Senior Engineer"))
    with pytest.raises(ValidationError, match="There is no next level"):
        promotion(journal, today=TODAY)
    assert journal.goals.list() == []
    journal.roles.delete(top.id, expected_version=1)
    journal.frameworks.delete(journal.rubric.criteria()[0].framework_id)
    with pytest.raises(ValidationError, match="No framework is in use"):
        promotion(journal)


def test_milestones_tick_and_untick_with_evidence_and_assessments(
    journal: Journal, acme: Any
) -> None:
    goal_id = promotion(journal)
    ships = acme[SHIPS].id
    first = milestone(journal, goal_id, SHIPS)
    assert (first.done, first.automatic, first.criterion.completion) == (
        False,
        True,
        Completion.FRAMEWORK,
    )
    assert (first.criterion.criterion_text, first.criterion.rule) == (SHIPS, "both")
    assert (first.criterion.evidence_count, first.criterion.shown) == (0, "")

    shipped = entry(journal, "Shipped search", D(2024, 2, 1))
    journal.rubric.link(shipped, ships)
    assert milestone(journal, goal_id, SHIPS).done is False  # evidence, not yet assessed
    journal.rubric.assess(ships, "consistently", on=D(2024, 3, 1))
    done = milestone(journal, goal_id, SHIPS)
    assert (done.done, done.done_on, done.satisfied_by) == (True, D(2024, 3, 1), (shipped,))
    assert (done.criterion.evidence_count, done.criterion.shown) == (1, "consistently")
    progress = journal.goals.progress(goal_id, TODAY)
    assert progress.progress == pytest.approx(1 / 3)
    assert journal.goals.progress(goal_id, D(2024, 2, 15)).progress == 0  # before the assessment

    # Unlinking the only evidence unticks it.
    journal.rubric.unlink(shipped, ships)
    assert milestone(journal, goal_id, SHIPS).done is False
    assert journal.goals.progress(goal_id, TODAY).progress == 0
    journal.history.undo()
    assert milestone(journal, goal_id, SHIPS).done is True

    # A later, harsher assessment unticks it from that day on.
    journal.rubric.assess(ships, "sometimes", on=D(2024, 6, 1))
    later = milestone(journal, goal_id, SHIPS)
    assert (later.done, later.criterion.shown) == (False, "sometimes")
    assert later.step.changes == ((D(2024, 3, 1), True), (D(2024, 6, 1), False))
    assert milestone(journal, goal_id, SHIPS, D(2024, 4, 1)).done is True
    assert journal.goals.progress(goal_id, TODAY).progress == 0

    # Trashing the evidence unticks it too.
    journal.rubric.assess(ships, "consistently", on=D(2024, 7, 1))
    assert milestone(journal, goal_id, SHIPS).done is True
    journal.entries.trash([shipped])
    assert milestone(journal, goal_id, SHIPS).done is False


def test_with_the_evidence_rule_evidence_alone_ticks(journal: Journal, acme: Any) -> None:
    goal_id = promotion(journal)
    framework_id = acme[SHIPS].framework_id
    journal.frameworks.update_settings(framework_id, tick=TickRule.EVIDENCE)
    docs = entry(journal, "Wrote the search design doc", D(2024, 2, 1))
    journal.rubric.link(docs, acme[DOCS].id)
    ticked = milestone(journal, goal_id, DOCS)
    assert (ticked.done, ticked.done_on, ticked.criterion.rule) == (True, D(2024, 2, 1), "evidence")
    assert words.criterion_text(ticked.criterion)
    journal.rubric.assess(acme[DOCS].id, "not_yet", on=D(2024, 3, 1))
    assert milestone(journal, goal_id, DOCS).done is True  # assessments do not matter
    journal.rubric.unlink(docs, acme[DOCS].id)
    assert milestone(journal, goal_id, DOCS).done is False
    # Consistently alone: the assessment ticks it, evidence or not.
    journal.frameworks.update_settings(framework_id, tick=TickRule.CONSISTENTLY)
    journal.rubric.assess(acme[TESTS].id, "consistently", on=D(2024, 4, 1))
    assert milestone(journal, goal_id, TESTS).done is True
    assert journal.goals.progress(goal_id, TODAY).progress == pytest.approx(1 / 3)


def test_all_criteria_met_completes_the_goal(journal: Journal, acme: Any) -> None:
    goal_id = promotion(journal)
    work = entry(journal, "Shipped search with docs and tests", D(2024, 2, 1))
    for n, text in enumerate((SHIPS, DOCS, TESTS)):
        journal.rubric.link(work, acme[text].id)
        journal.rubric.assess(acme[text].id, "consistently", on=D(2024, 3 + n, 1))
    progress = journal.goals.progress(goal_id, TODAY)
    assert progress.progress == pytest.approx(1)
    assert [p for _, p in progress.series][-1] == pytest.approx(1)
    assert all(m.done for m in progress.milestones)


def test_a_criterion_removed_by_a_reimport_leaves_its_milestone_open(
    journal: Journal, acme: Any
) -> None:
    goal_id = promotion(journal)
    tests = acme[TESTS].id
    work = entry(journal, "Caught the billing bug in a test", D(2024, 2, 1))
    journal.rubric.link(work, tests)
    journal.rubric.assess(tests, "consistently", on=D(2024, 3, 1))
    assert milestone(journal, goal_id, TESTS).done is True
    journal.frameworks.import_file(ACME_V2)  # drops "Writes tests that catch real bugs"
    gone = milestone(journal, goal_id, TESTS)
    assert gone.criterion.completion is Completion.CRITERION_GONE
    assert (gone.done, gone.satisfied_by) == (False, ())
    assert gone.milestone.title == f"Craft: {TESTS}"  # kept, to be dealt with by hand
    assert words.criterion_text(gone.criterion)
    # The edited criterion keeps its milestone, judged on its new wording.
    edited = milestone(journal, goal_id, SHIPS)
    assert edited.criterion.completion is Completion.FRAMEWORK
    assert edited.criterion.criterion_text.startswith("Ships whole features")
    # A criterion added later takes a new id: the milestone does not come back to life.
    assert tests not in {c.id for c in journal.rubric.criteria()}
    journal.history.undo()
    assert milestone(journal, goal_id, TESTS).done is True


def test_a_framework_milestone_can_be_added_by_hand(journal: Journal, acme: Any) -> None:
    goal = journal.goals.add(
        GoalDraft("Present at the all-hands", created_on=START),
        [
            MilestoneDraft(
                "Explain trade-offs",
                criterion_kind=CriterionKind.FRAMEWORK,
                criterion={"criterion_id": acme[EXPLAINS].id},
            )
        ],
    )
    journal.rubric.assess(acme[EXPLAINS].id, "consistently", on=D(2024, 2, 1))
    journal.rubric.link(entry(journal, "All-hands talk", D(2024, 2, 1)), acme[EXPLAINS].id)
    assert journal.goals.progress(goal.id, TODAY).milestones[0].done is True


def test_a_level_without_criteria_makes_no_goal(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "ladder.yaml"
    path.write_text(
        "framework: Ladder\nlevels: [{level: 1}, {level: 2}, {level: 3}]\ntopics:\n"
        "  - topic: Craft\n    criteria:\n      - {level: 1, criterion: Writes code}\n"
        "      - {level: 3, criterion: Designs systems}\n",
        encoding="utf-8",
    )
    journal.frameworks.import_file(path)
    with pytest.raises(ValidationError, match="That level has no criteria"):
        promotion(journal, target=2)
    assert journal.goals.list() == []
    goal = journal.goals.get(promotion(journal, target=3))
    assert [m.title for m in goal.milestones] == ["Craft: Designs systems"]
    assert goal.target_level == "3"  # the level's number when it has no name
