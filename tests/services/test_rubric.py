"""The rubric through the service: where the current level comes from, the level and target
arguments, what counts as evidence and when, readiness and sub-level figures, assessments and
evidence links as operations (undo, redo, refusals), links saved with an entry, suggestions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain import Demonstration, TickRule
from careerjournal.interchange import framework as reader
from careerjournal.services import (
    EntryDraft,
    Journal,
    NotFoundError,
    RoleDraft,
    ValidationError,
)
from careerjournal.services import rows as journal_rows
from careerjournal.services.changes import Action, Change, Topic
from careerjournal.services.framework_records import (
    CriterionRecord,
    Gap,
    LevelSource,
    SubLevel,
    TopicReadiness,
)

D = dt.date
DATA = Path(__file__).resolve().parent.parent / "data" / "frameworks"
ACME = DATA / "acme.yaml"
#: The first topic's title as the reader gives it (DELIVERY in the file).
DELIVERY = reader.read_framework(ACME).topics[0].title
TODAY = D(2025, 1, 1)

# The criteria of acme.yaml by level (topic order: Delivery, Communication, Craft).
SHIPS = "Ships features end to end, from design to rollout"
DOCS = "Writes clear design docs, see the guide (https://example.com/docs)"
TESTS = "Writes tests that catch real bugs"
PLANS = "Plans the team's delivery for a quarter"
EXPLAINS = "Explains technical trade-offs to non-engineers"
STANDARDS = "Sets the coding standards the team follows"


@pytest.fixture
def acme(journal: Journal) -> dict[str, CriterionRecord]:
    """acme.yaml imported (and active): its criteria by text."""
    journal.frameworks.import_file(ACME)
    return {c.text: c for c in journal.rubric.criteria()}


def everything(journal: Journal) -> dict[Any, Any]:
    with journal.store.read() as session:
        return journal_rows.everything(session)


def entry(journal: Journal, title: str, on: dt.date, **fields: Any) -> int:
    return journal.entries.add(EntryDraft(title, occurred_on=on), **fields).id


def get(journal: Journal, *args: Any, **kwargs: Any) -> Any:
    """The rubric (asserted to be there), typed loosely: a test reads what it expects."""
    found = journal.rubric.rubric(*args, **kwargs)
    assert found is not None
    return found


START = D(2020, 1, 1)


def role(journal: Journal, level: str, start: dt.date = START) -> int:
    return journal.roles.add(RoleDraft("Software engineer", start, level=level)).id


def texts(states: Any) -> list[str]:
    return [s.criterion.text for s in states]


# -- the current level ----------------------------------------------------------------------------


def test_no_framework_no_rubric(journal: Journal) -> None:
    assert journal.rubric.rubric() is None
    assert journal.rubric.criteria() == []
    assert journal.rubric.suggest("Shipped the export") == []
    with pytest.raises(NotFoundError, match="There is no framework 5"):
        journal.rubric.rubric(framework_id=5)


def test_no_role_starts_from_the_first_level(journal: Journal, acme: Any) -> None:
    rubric = get(journal, on=TODAY)
    assert (rubric.level_source, rubric.role_id, rubric.current) == (
        LevelSource.NO_ROLE,
        None,
        None,
    )
    assert rubric.next.level.name == "Engineer I"
    assert (rubric.sublevel, rubric.history) == (None, ())
    assert rubric.as_of == TODAY


def test_level_guessed_from_the_role_label(journal: Journal, acme: Any) -> None:
    role_id = role(journal, "Engineer II")
    rubric = get(journal, on=TODAY)
    assert (rubric.level_source, rubric.role_id, rubric.candidates) == (
        LevelSource.GUESSED,
        role_id,
        (),
    )
    assert (rubric.current.level.number, rubric.next.level.number) == (2, 3)
    assert set(texts(rubric.current.criteria)) == {SHIPS, DOCS, TESTS}
    assert set(texts(rubric.next.criteria)) == {PLANS, EXPLAINS, STANDARDS}


def test_ambiguous_label_asks_then_the_mapping_is_used(journal: Journal, acme: Any) -> None:
    role_id = role(journal, "Tech lead")
    rubric = get(journal, on=TODAY)
    assert (rubric.level_source, rubric.candidates, rubric.current) == (
        LevelSource.AMBIGUOUS,
        (1, 2, 3),
        None,
    )
    assert rubric.next.level.number == 1
    journal.frameworks.set_role_level(role_id, 3)
    mapped = get(journal, on=TODAY)
    assert (mapped.level_source, mapped.candidates) == (LevelSource.MAPPED, ())
    assert (mapped.current.level.number, mapped.next) == (3, None)  # the top level


def test_a_mapping_wins_over_the_label(journal: Journal, acme: Any) -> None:
    role_id = role(journal, "Engineer II")
    journal.frameworks.set_role_level(role_id, 1)
    rubric = get(journal, on=TODAY)
    assert (rubric.level_source, rubric.current.level.number) == (LevelSource.MAPPED, 1)


def test_the_role_held_on_the_day(journal: Journal, acme: Any) -> None:
    old = journal.roles.add(
        RoleDraft("Engineer", D(2020, 1, 1), level="Engineer I", end_date=D(2022, 12, 31))
    )
    new = role(journal, "Senior Engineer", D(2023, 1, 1))
    earlier = get(journal, on=D(2021, 6, 1))
    later = get(journal, on=TODAY)
    assert (earlier.role_id, earlier.current.level.number) == (old.id, 1)
    assert (later.role_id, later.current.level.number) == (new, 3)


def test_level_and_target_arguments(journal: Journal, acme: Any) -> None:
    role(journal, "Engineer I")
    chosen = get(journal, 2, on=TODAY)
    assert chosen.level_source is LevelSource.CHOSEN
    assert (chosen.current.level.number, chosen.next.level.number) == (2, 3)
    aimed = get(journal, target=3, on=TODAY)
    assert (aimed.level_source, aimed.current.level.number, aimed.next.level.number) == (
        LevelSource.CHOSEN,
        2,
        3,
    )
    first = get(journal, target=1, on=TODAY)
    assert (first.current, first.next.level.number) == (None, 1)
    with pytest.raises(ValidationError, match="has no level 4 \\(it has 1, 2, 3\\)"):
        journal.rubric.rubric(4)
    with pytest.raises(ValidationError, match="has no level 0"):
        journal.rubric.rubric(target=0)


# -- evidence, assessments and the figures --------------------------------------------------------


def test_criteria_without_evidence_first_then_topic_order(journal: Journal, acme: Any) -> None:
    rubric = get(journal, 2, on=TODAY)
    assert texts(rubric.current.criteria) == [SHIPS, DOCS, TESTS]
    journal.rubric.link(entry(journal, "Shipped search", D(2024, 2, 1)), acme[SHIPS].id)
    rubric = get(journal, 2, on=TODAY)
    assert texts(rubric.current.criteria) == [DOCS, TESTS, SHIPS]


def test_trashed_entries_are_no_evidence(journal: Journal, acme: Any) -> None:
    shipped = entry(journal, "Shipped search", D(2024, 2, 1))
    journal.rubric.link(shipped, acme[SHIPS].id)
    journal.rubric.assess(acme[SHIPS].id, "consistently", on=D(2024, 2, 2))
    assert journal.rubric.state(acme[SHIPS].id, on=TODAY).met
    journal.entries.trash([shipped])
    state = journal.rubric.state(acme[SHIPS].id, on=TODAY)
    assert (state.evidence, state.met, state.gaps) == ((), False, (Gap.NO_EVIDENCE,))
    assert journal.rubric.for_entry(shipped) == [acme[SHIPS]]  # the link is kept
    journal.entries.restore([shipped])
    assert journal.rubric.state(acme[SHIPS].id, on=TODAY).met


def test_on_a_date_leaves_out_later_evidence_and_assessments(journal: Journal, acme: Any) -> None:
    early = entry(journal, "Shipped search", D(2024, 2, 1))
    late = entry(journal, "Shipped billing", D(2024, 6, 1))
    for e in (early, late):
        journal.rubric.link(e, acme[SHIPS].id)
    first = journal.rubric.assess(acme[SHIPS].id, "sometimes", on=D(2024, 3, 1))
    second = journal.rubric.assess(acme[SHIPS].id, "consistently", on=D(2024, 7, 1))
    state = journal.rubric.state(acme[SHIPS].id, on=D(2024, 4, 1))
    assert [e.entry_id for e in state.evidence] == [early]
    assert (state.assessments, state.latest, state.met) == (
        (first,),
        Demonstration.SOMETIMES,
        False,
    )
    assert state.gaps == (Gap.NOT_CONSISTENT,)
    now = journal.rubric.state(acme[SHIPS].id, on=TODAY)
    assert [e.entry_id for e in now.evidence] == [early, late]
    assert (now.assessments, now.met, now.gaps) == ((first, second), True, ())
    before = journal.rubric.state(acme[SHIPS].id, on=D(2024, 1, 1))
    assert before.gaps == (Gap.NO_EVIDENCE, Gap.NOT_ASSESSED)
    past = get(journal, 2, on=D(2024, 4, 1))
    assert past.sublevel.consistent == 0


def test_readiness_sublevel_and_history(journal: Journal, acme: Any) -> None:
    role(journal, "Engineer II")
    shipped = entry(journal, "Shipped search", D(2024, 2, 1), link_criteria=[acme[SHIPS].id])
    journal.rubric.link(shipped, acme[PLANS].id)
    journal.rubric.assess(acme[SHIPS].id, "consistently", on=D(2024, 3, 1))
    journal.rubric.assess(acme[DOCS].id, "consistently", on=D(2024, 4, 1))  # no evidence
    journal.rubric.assess(acme[TESTS].id, "sometimes", on=D(2024, 4, 1))
    journal.rubric.assess(acme[PLANS].id, "consistently", on=D(2024, 5, 1))
    rubric = get(journal, on=TODAY)
    current, following = rubric.current, rubric.next
    assert (current.total, current.met, current.evidenced) == (3, 1, 1)
    assert current.readiness == pytest.approx(1 / 3)
    assert current.topics == (
        TopicReadiness("delivery", DELIVERY, total=1, met=1, evidenced=1, consistent=1),
        TopicReadiness("comms", "Communication", total=1, met=0, evidenced=0, consistent=1),
        TopicReadiness("craft", "Craft", total=1, met=0, evidenced=0, consistent=0),
    )
    # Position within the current level: shown consistently, evidence or not (2 of 3).
    assert rubric.sublevel == SubLevel("D", 2 / 3, 2, 3, (0.2, 0.4, 0.6, 0.8))
    assert rubric.history == ((D(2024, 3, 1), 1 / 3), (D(2024, 4, 1), 2 / 3))
    assert (following.total, following.met, following.evidenced) == (3, 1, 1)
    assert [t.share for t in following.topics] == [1.0, 0.0, 0.0]
    # The framework's thresholds and rule decide.
    framework_id = rubric.framework.id
    journal.frameworks.update_settings(framework_id, thresholds=(0.1, 0.2, 0.3, 0.9))
    journal.frameworks.update_settings(framework_id, tick=TickRule.CONSISTENTLY)
    again = get(journal, on=TODAY)
    assert again.sublevel.letter == "D"
    assert (again.current.met, again.current.readiness) == (2, pytest.approx(2 / 3))
    journal.frameworks.update_settings(framework_id, tick="evidence")
    evidence = get(journal, on=TODAY)
    assert evidence.current.met == 1


def test_a_level_without_criteria_has_no_sublevel(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "ladder.yaml"
    path.write_text(
        "framework: Ladder\nlevels: [{level: 1}, {level: 2}, {level: 3}]\ntopics:\n"
        "  - topic: Craft\n    criteria:\n      - {level: 1, criterion: Writes code}\n"
        "      - {level: 3, criterion: Designs systems}\n",
        encoding="utf-8",
    )
    journal.frameworks.import_file(path)
    rubric = get(journal, 2, on=TODAY)
    assert (rubric.current.total, rubric.current.readiness) == (0, 0.0)
    assert (rubric.sublevel, rubric.history) == (None, ())
    assert rubric.next.level.number == 3


# -- assessing and linking as operations ----------------------------------------------------------


def test_assess_and_delete_assessment_are_undoable(journal: Journal, acme: Any) -> None:
    cid = acme[SHIPS].id
    record = journal.rubric.assess(
        cid, Demonstration.SOMETIMES, note="  half the time ", on=D(2024, 1, 5)
    )
    assert (record.criterion_id, record.assessed_on, record.status, record.note) == (
        cid,
        D(2024, 1, 5),
        Demonstration.SOMETIMES,
        "half the time",
    )
    later = journal.rubric.assess(cid, "consistently", on=D(2024, 2, 5))
    assert journal.rubric.state(cid, on=TODAY).assessments == (record, later)
    journal.history.undo()
    assert journal.rubric.state(cid, on=TODAY).assessments == (record,)
    journal.history.redo()
    assert journal.rubric.state(cid, on=TODAY).latest is Demonstration.CONSISTENTLY
    journal.rubric.delete_assessment(later.id)
    assert journal.rubric.state(cid, on=TODAY).assessments == (record,)
    journal.history.undo()
    assert journal.rubric.state(cid, on=TODAY).assessments == (record, later)
    assert journal.history.list(limit=1)[0].undone


def test_assessment_refusals(journal: Journal, acme: Any) -> None:
    before = everything(journal)
    with pytest.raises(ValidationError, match="one of not_yet, sometimes, consistently") as bad:
        journal.rubric.assess(acme[SHIPS].id, "often")
    assert bad.value.field == "status"
    with pytest.raises(NotFoundError, match="There is no framework criterion 999"):
        journal.rubric.assess(999, "sometimes")
    with pytest.raises(ValidationError, match="assessment date 0900-01-01 is outside"):
        journal.rubric.assess(acme[SHIPS].id, "sometimes", on=D(900, 1, 1))
    with pytest.raises(NotFoundError, match="There is no assessment 999"):
        journal.rubric.delete_assessment(999)
    assert everything(journal) == before


def test_link_and_unlink_are_undoable(journal: Journal, acme: Any) -> None:
    shipped = entry(journal, "Shipped search", D(2024, 2, 1))
    heard: list[Change] = []
    journal.changes.subscribe(heard.append)
    assert journal.rubric.link(shipped, acme[SHIPS].id) is True
    assert heard == [Change.of(Topic.FRAMEWORKS, Action.UPDATED)]
    assert journal.rubric.link(shipped, acme[SHIPS].id) is False  # already: nothing logged
    assert journal.history.list(limit=1)[0].code.value == "criterion.link"
    assert journal.rubric.for_entry(shipped) == [acme[SHIPS]]
    journal.history.undo()
    assert journal.rubric.for_entry(shipped) == []
    journal.history.redo()
    assert journal.rubric.unlink(shipped, acme[SHIPS].id) is True
    assert journal.rubric.unlink(shipped, acme[SHIPS].id) is False
    assert journal.rubric.for_entry(shipped) == []
    journal.history.undo()
    assert [e.entry_id for e in journal.rubric.state(acme[SHIPS].id, on=TODAY).evidence] == [
        shipped
    ]


def test_link_refusals(journal: Journal, acme: Any) -> None:
    shipped = entry(journal, "Shipped search", D(2024, 2, 1))
    with pytest.raises(NotFoundError, match="There is no entry 999"):
        journal.rubric.link(999, acme[SHIPS].id)
    with pytest.raises(NotFoundError, match="There is no framework criterion 999"):
        journal.rubric.link(shipped, 999)
    journal.entries.trash([shipped])
    before = everything(journal)
    with pytest.raises(ValidationError, match="“Shipped search” is in the trash"):
        journal.rubric.link(shipped, acme[SHIPS].id)
    assert everything(journal) == before


# -- links saved with the entry -------------------------------------------------------------------


def test_entry_add_and_update_link_criteria_in_one_operation(journal: Journal, acme: Any) -> None:
    before = everything(journal)
    record = journal.entries.add(
        EntryDraft("Shipped search", occurred_on=D(2024, 2, 1)),
        link_criteria=[acme[SHIPS].id, acme[DOCS].id],
    )
    assert [c.text for c in journal.rubric.for_entry(record.id)] == [SHIPS, DOCS]
    journal.history.undo()  # the entry and its links, together
    assert everything(journal) == before
    journal.history.redo()
    assert [c.text for c in journal.rubric.for_entry(record.id)] == [SHIPS, DOCS]
    with pytest.raises(NotFoundError, match="There is no framework criterion 999"):
        journal.entries.add(EntryDraft("Never saved"), link_criteria=[acme[TESTS].id, 999])
    assert [e.title for e in journal.entries.list()] == ["Shipped search"]

    journal.entries.update(
        record.id,
        EntryDraft("Shipped search and its docs", occurred_on=D(2024, 2, 1)),
        expected_version=record.version,
        link_criteria=[acme[TESTS].id],
        unlink_criteria=[acme[DOCS].id],
    )
    assert [c.text for c in journal.rubric.for_entry(record.id)] == [SHIPS, TESTS]
    journal.history.undo()
    assert journal.entries.get(record.id).title == "Shipped search"
    assert [c.text for c in journal.rubric.for_entry(record.id)] == [SHIPS, DOCS]
    with pytest.raises(NotFoundError, match="There is no framework criterion 999"):
        journal.entries.update(
            record.id,
            EntryDraft("Never saved", occurred_on=D(2024, 2, 1)),
            expected_version=journal.entries.get(record.id).version,
            link_criteria=[999],
        )
    assert journal.entries.get(record.id).title == "Shipped search"


def test_purging_an_entry_removes_its_links_and_undo_restores_them(
    journal: Journal, acme: Any
) -> None:
    shipped = entry(journal, "Shipped search", D(2024, 2, 1), link_criteria=[acme[SHIPS].id])
    journal.rubric.link(shipped, acme[PLANS].id)
    journal.entries.purge([shipped])
    assert journal.rubric.state(acme[SHIPS].id).evidence == ()
    assert journal.rubric.for_entry(shipped) == []
    journal.history.undo()
    assert [c.text for c in journal.rubric.for_entry(shipped)] == [SHIPS, PLANS]


# -- suggestions ----------------------------------------------------------------------------------


def test_suggest_ranks_the_criterion_sharing_the_words_first(journal: Journal, acme: Any) -> None:
    found = journal.rubric.suggest("Wrote a clear design doc and a guide for the API")
    assert found[0].criterion == acme[DOCS]
    assert found[0].shared == ("clear", "design", "guide")
    tests = journal.rubric.suggest("Added tests that caught two real bugs before the release")
    assert tests[0].criterion == acme[TESTS]
    assert set(tests[0].shared) >= {"tests", "real", "bugs"}
    # Only the levels asked for.
    assert journal.rubric.suggest("Explained trade-offs to the sales people", levels=[1, 2]) == []
    explained = journal.rubric.suggest("Explained technical trade-offs", levels=[3])
    assert explained[0].criterion == acme[EXPLAINS]
    assert len(journal.rubric.suggest("tests design team delivery help changes", limit=2)) == 2
