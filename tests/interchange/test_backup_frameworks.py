"""Progression frameworks in the full backup: exact round trips (rubric and promotion goal as
they were), version 1 files still read, strict checking of the framework lists, and merges that
keep the journal's own framework and add links and assessments once."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain import CriterionKind, EntryKind, TickRule
from careerjournal.interchange.backup_format import (
    dumps,
    export_backup,
    import_backup,
    parse_backup,
    read_backup,
    write_backup,
)
from careerjournal.interchange.errors import ImportProblem
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft, RoleDraft
from careerjournal.services import rows as journal_rows

D = dt.date
DATA = Path(__file__).resolve().parent.parent / "data" / "frameworks"
ACME, ACME_V2, ACME_CSV = DATA / "acme.yaml", DATA / "acme-v2.yaml", DATA / "acme.csv"
TODAY = D(2025, 1, 1)
FRAMEWORK_KEYS = (
    "frameworks",
    "framework_levels",
    "framework_topics",
    "framework_criteria",
    "criterion_assessments",
    "role_levels",
)
FRAMEWORK_TABLES = {
    "framework",
    "framework_level",
    "framework_topic",
    "framework_criterion",
    "criterion_evidence",
    "criterion_assessment",
    "role_level",
    "goal",
    "milestone",
}

SHIPS = "Ships features end to end, from design to rollout"
DOCS = "Writes clear design docs, see the guide (https://example.com/docs)"
TESTS = "Writes tests that catch real bugs"


def content(data: dict[str, Any]) -> dict[str, Any]:
    """A backup without its export time: what must survive a round trip."""
    return {k: v for k, v in data.items() if k != "exported_at"}


@pytest.fixture
def tmp_journal(tmp_path: Path) -> Iterator[Any]:
    """Fresh SQLite journals in their own folders, closed at the end."""
    opened: list[Journal] = []

    def make(name: str = "j") -> Journal:
        folder = tmp_path / f"{name}-{len(opened)}"
        folder.mkdir()
        journal = Journal.open(folder / "journal.sqlite3")
        opened.append(journal)
        return journal

    yield make
    for journal in opened:
        journal.close()


def fill(journal: Journal) -> dict[str, int]:
    """Two frameworks (Acme Engineering in use, with its own thresholds), a role mapped to level
    1, entries linked as evidence (one trashed since), dated assessments and a promotion goal."""
    journal.profile.update(name="Ada")
    acme = journal.frameworks.import_file(ACME).framework
    journal.frameworks.import_file(ACME_CSV)
    journal.frameworks.update_settings(acme.id, thresholds=(0.1, 0.3, 0.5, 0.7))
    role = journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), organisation="Acme"))
    journal.frameworks.set_role_level(role.id, 1, acme.id)
    ids = {c.text: c.id for c in journal.rubric.criteria()}
    shipped = journal.entries.add(
        EntryDraft("Shipped the CSV export", occurred_on=D(2024, 3, 1), kind=EntryKind.PROJECT)
    ).id
    doc = journal.entries.add(EntryDraft("Design doc for search", occurred_on=D(2024, 4, 1))).id
    old = journal.entries.add(EntryDraft("Flaky test hunt", occurred_on=D(2024, 5, 1))).id
    journal.rubric.link(shipped, ids[SHIPS])
    journal.rubric.link(doc, ids[DOCS])
    journal.rubric.link(shipped, ids[DOCS])
    journal.rubric.link(old, ids[TESTS])
    journal.entries.trash([old])
    journal.rubric.assess(ids[SHIPS], "sometimes", on=D(2024, 3, 2))
    journal.rubric.assess(ids[SHIPS], "consistently", note="my lead agrees", on=D(2024, 6, 1))
    journal.rubric.assess(ids[DOCS], "consistently", on=D(2024, 6, 1))
    journal.rubric.assess(ids[TESTS], "not_yet", on=D(2024, 2, 1))
    goal = journal.rubric.make_goal(title="Become Engineer II", today=D(2024, 1, 1))
    return {"goal": goal, "role": role.id, "acme": acme.id, **ids}


def standing(journal: Journal, goal_id: int) -> tuple[Any, ...]:
    """The rubric and the promotion goal's progress, as records."""
    return journal.rubric.rubric(on=TODAY), journal.goals.progress(goal_id, TODAY)


def framework_rows(journal: Journal) -> dict[Any, Any]:
    with journal.store.read() as session:
        rows = journal_rows.everything(session)
    return {k: v for k, v in rows.items() if k[0] in FRAMEWORK_TABLES}


@pytest.fixture(scope="module")
def framework_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with Journal.open(tmp_path_factory.mktemp("frameworks") / "journal.sqlite3") as journal:
        fill(journal)
        return json.loads(dumps(export_backup(journal)))


@pytest.fixture
def valid_doc(framework_doc: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(framework_doc)


# -- round trips -------------------------------------------------------------------------------


def test_a_journal_with_frameworks_round_trips_exactly(
    journal: Journal, tmp_journal: Any, tmp_path: Path
) -> None:
    """On the fixture's backend (PostgreSQL too): ids kept, sequences moved past them."""
    source = tmp_journal()
    ids = fill(source)
    first = export_backup(source)
    assert first["version"] == 2
    assert [f["name"] for f in first["frameworks"]] == ["Acme Engineering", "Acme Support"]
    assert [f["active"] for f in first["frameworks"]] == [True, False]
    assert first["frameworks"][0]["settings"]["thresholds"] == [0.1, 0.3, 0.5, 0.7]
    assert first["role_levels"] == [
        {"role_id": ids["role"], "framework_id": ids["acme"], "level": 1}
    ]
    by_id = {c["id"]: c for c in first["framework_criteria"]}
    assert len(by_id[ids[DOCS]]["evidence"]) == 2
    assert all(
        m["criterion_kind"] == "framework" and m["criterion"]["criterion_id"] in by_id
        for m in first["milestones"]
    )

    path = write_backup(source, tmp_path / "backup.json")
    data = read_backup(path)
    assert data.counts()["frameworks"] == 2
    assert data.counts()["criterion_evidence"] == 4
    assert data.counts()["criterion_assessments"] == 4
    assert data.counts()["role_levels"] == 1
    result = import_backup(journal, data)
    assert result.added["frameworks"] == 2
    second = export_backup(journal)
    assert dumps(content(second)) == dumps(content(first))
    assert framework_rows(journal) == framework_rows(source)
    assert standing(journal, ids["goal"]) == standing(source, ids["goal"])
    rubric, progress = standing(journal, ids["goal"])
    assert rubric is not None
    assert rubric.current is not None
    assert (rubric.framework.name, rubric.current.level.number) == ("Acme Engineering", 1)
    assert rubric.framework.settings.thresholds == (0.1, 0.3, 0.5, 0.7)
    assert 0 < progress.progress < 1

    # New records after the restore take new ids (PostgreSQL sequences were moved past).
    top = max(a["id"] for a in first["criterion_assessments"])
    assert journal.rubric.assess(ids[TESTS], "sometimes", on=TODAY).id > top
    outcome = journal.frameworks.import_file(ACME_V2)  # re-import: one criterion added
    assert outcome.added == 1
    added = max(c.id for c in journal.rubric.criteria())
    assert added > max(by_id)
    assert journal.check().ok


def test_a_restored_journal_restores_again_byte_for_byte(tmp_journal: Any) -> None:
    source, middle, last = tmp_journal(), tmp_journal(), tmp_journal()
    fill(source)
    first = export_backup(source)
    import_backup(middle, parse_backup(json.loads(dumps(first)), "a.json"))
    import_backup(last, parse_backup(json.loads(dumps(export_backup(middle))), "b.json"))
    assert dumps(content(export_backup(last))) == dumps(content(first))


def test_a_framework_milestone_whose_criterion_is_gone_round_trips_and_merges_as_manual(
    tmp_journal: Any,
) -> None:
    source = tmp_journal()
    ids = fill(source)
    source.frameworks.import_file(ACME_V2)  # SHIPS is reworded: its key (and row) stay
    doomed = source.goals.add(
        GoalDraft("Keep a criterion", created_on=D(2024, 2, 2)),
        [
            MilestoneDraft(
                "Gone soon",
                criterion_kind=CriterionKind.FRAMEWORK,
                criterion={"criterion_id": ids[TESTS]},
            )
        ],
    )
    source.frameworks.delete(source.frameworks.find("Acme Support").id)
    source.frameworks.delete(ids["acme"])  # every framework milestone now dangles
    first = export_backup(source)
    assert first["frameworks"] == []
    assert first["version"] == 2
    empty = tmp_journal()
    import_backup(empty, parse_backup(first, "b.json"))
    assert content(export_backup(empty)) == content(first)
    assert standing(empty, doomed.id) == standing(source, doomed.id)

    busy = tmp_journal()
    busy.entries.add(EntryDraft("Something"))
    result = import_backup(busy, parse_backup(first, "b.json"))
    assert any("Gone soon" in note and "tick by hand" in note for note in result.plan.notes)
    goal = next(g for g in busy.goals.list() if g.title == "Keep a criterion")
    assert [(m.criterion_kind, m.criterion) for m in goal.milestones] == [
        (CriterionKind.MANUAL, {})
    ]


# -- older files -------------------------------------------------------------------------------


def test_a_journal_without_frameworks_is_still_written_as_version_1(tmp_journal: Any) -> None:
    journal = tmp_journal()
    journal.entries.add(EntryDraft("Shipped", occurred_on=D(2024, 1, 1)))
    doc = export_backup(journal)
    assert doc["version"] == 1
    assert all(doc[key] == [] for key in FRAMEWORK_KEYS)


def test_a_version_1_backup_without_framework_keys_still_restores(tmp_journal: Any) -> None:
    source = tmp_journal()
    role = source.roles.add(RoleDraft("Engineer", D(2020, 1, 1), organisation="Acme"))
    entry = source.entries.add(EntryDraft("Shipped", occurred_on=D(2024, 1, 1)))
    source.goals.add(GoalDraft("Grow", created_on=D(2024, 1, 1)), [MilestoneDraft("Step")])
    first = export_backup(source)
    old = {k: v for k, v in first.items() if k not in FRAMEWORK_KEYS}
    assert old["version"] == 1
    target = tmp_journal()
    data = parse_backup(json.loads(json.dumps(old)), "old.json")
    assert data.frameworks == []
    assert data.role_levels == []
    result = import_backup(target, data)
    assert result.added["entries"] == 1
    assert not result.added["frameworks"]
    assert content(export_backup(target)) == content(first)
    assert target.entries.get(entry.id).role_id == role.id
    assert target.frameworks.list() == []
    assert target.rubric.rubric() is None


def test_a_hand_written_version_1_backup_restores(tmp_journal: Any, tmp_path: Path) -> None:
    """As the previous version wrote it, key for key."""
    text = """{
 "format": "careerjournal-backup", "version": 1, "exported_at": "2025-01-01T00:00:00Z",
 "profile": null, "roles": [], "tags": [], "skill_bands": [], "skills": [],
 "assessments": [], "goals": [], "milestones": [], "reviews": [],
 "entries": [{"id": 7, "occurred_on": "2024-05-01", "kind": "project", "title": "Shipped",
   "body": "", "impact": 3, "measurable_result": "", "starred": false, "role_id": null,
   "created_at": "2024-05-01T10:00:00", "updated_at": "2024-05-01T10:00:00",
   "trashed_at": null, "version": 1, "tags": [], "links": []}]
}"""
    path = tmp_path / "old.json"
    path.write_text(text, encoding="utf-8")
    journal = tmp_journal()
    import_backup(journal, read_backup(path))
    assert journal.entries.get(7).title == "Shipped"
    assert export_backup(journal)["frameworks"] == []


def test_a_version_2_backup_needs_its_framework_keys(valid_doc: dict[str, Any]) -> None:
    for key in FRAMEWORK_KEYS:
        broken = {k: v for k, v in valid_doc.items() if k != key}
        with pytest.raises(ImportProblem) as caught:
            parse_backup(broken, "backup.json")
        assert (caught.value.where, caught.value.problem) == (key, "is missing")


# -- refused files -------------------------------------------------------------------------------


def _break(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of `doc` with the value at a `frameworks.0.name`-style path replaced (or deleted,
    for `...`)."""
    broken = copy.deepcopy(doc)
    *parents, last = path.split(".")
    node: Any = broken
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key: Any = int(last) if isinstance(node, list) else last
    if value is ...:
        del node[key]
    else:
        node[key] = value
    return broken


# Framework 1 is Acme Engineering (levels 1-3, topics 1-3, criteria 1-8, criterion 2 = SHIPS
# with entry 1 as evidence), framework 2 Acme Support (its topics from 4 on).
BROKEN = [
    ("frameworks.0.name", "  ", "frameworks[0].name", "is empty"),
    ("frameworks.0.name", 12, "frameworks[0].name", "must be text"),
    ("frameworks.1.name", "ACME ENGINEERING", "frameworks[1].name", "repeats the framework"),
    ("frameworks.0.active", "yes", "frameworks[0].active", "true or false"),
    ("frameworks.0.imported_at", "yesterday", "frameworks[0].imported_at", "date and time"),
    ("frameworks.0.version", 0, "frameworks[0].version", "from 1"),
    ("frameworks.0.settings", [], "frameworks[0].settings", "must be an object"),
    ("frameworks.0.settings", ..., "frameworks[0].settings", "is missing"),
    (
        "frameworks.0.settings.thresholds",
        [0.5, 0.4, 0.6, 0.8],
        "frameworks[0].settings.thresholds",
        "rise strictly",
    ),
    (
        "frameworks.0.settings.thresholds.1",
        "0.4",
        "frameworks[0].settings.thresholds[1]",
        "must be a number",
    ),
    ("frameworks.0.settings.tick", "vibes", "frameworks[0].settings.tick", "must be one of"),
    ("framework_levels.0.framework_id", 99, "framework_levels[0].framework_id", "framework 99"),
    ("framework_levels.1.number", 1, "framework_levels[1].number", "repeats the level number 1"),
    ("framework_levels.0.name", None, "framework_levels[0].name", "must be text"),
    ("framework_topics.0.key", 5, "framework_topics[0].key", "must be text"),
    ("framework_topics.1.key", "delivery", "framework_topics[1].key", "repeats the topic key"),
    ("framework_topics.0.framework_id", 3, "framework_topics[0].framework_id", "framework 3"),
    ("framework_criteria.0.id", 2, "framework_criteria[1].id", "repeats the id 2"),
    ("framework_criteria.0.framework_id", 5, "framework_criteria[0].framework_id", "framework 5"),
    ("framework_criteria.0.topic_id", 999, "framework_criteria[0].topic_id", "topic 999"),
    ("framework_criteria.0.topic_id", 4, "framework_criteria[0].topic_id", "to framework 2"),
    ("framework_criteria.0.level", 7, "framework_criteria[0].level", "not a level of framework"),
    ("framework_criteria.0.level", "2", "framework_criteria[0].level", "whole number"),
    ("framework_criteria.0.key", ..., "framework_criteria[0].key", "is missing"),
    ("framework_criteria.0.key", "", "framework_criteria[0].key", "is empty"),
    ("framework_criteria.0.text", "a\x00b", "framework_criteria[0].text", "NUL"),
    ("framework_criteria.0.examples", "x", "framework_criteria[0].examples", "must be a list"),
    ("framework_criteria.0.examples.0", 3, "framework_criteria[0].examples[0]", "must be text"),
    ("framework_criteria.1.evidence.0", 999, "framework_criteria[1].evidence[0]", "entry 999"),
    ("framework_criteria.1.evidence", [1, 1], "framework_criteria[1].evidence[1]", "repeats"),
    ("framework_criteria.1.evidence", ..., "framework_criteria[1].evidence", "is missing"),
    (
        "criterion_assessments.0.status",
        "often",
        "criterion_assessments[0].status",
        "must be one of not_yet, sometimes, consistently, not 'often'",
    ),
    (
        "criterion_assessments.0.criterion_id",
        999,
        "criterion_assessments[0].criterion_id",
        "points to criterion 999, which is not in framework_criteria",
    ),
    (
        "criterion_assessments.0.assessed_on",
        "2024-02-30",
        "criterion_assessments[0].assessed_on",
        "does not exist",
    ),
    ("criterion_assessments.0.note", None, "criterion_assessments[0].note", "must be text"),
    ("role_levels.0.role_id", 99, "role_levels[0].role_id", "points to role 99"),
    ("role_levels.0.framework_id", 99, "role_levels[0].framework_id", "framework 99"),
    ("role_levels.0.level", -1, "role_levels[0].level", "from 0 to"),
    ("role_levels.0", [], "role_levels[0]", "must be an object"),
    ("role_levels", {}, "role_levels", "must be a list"),
    ("frameworks", None, "frameworks", "must be a list"),
    (
        "milestones.0.criterion.criterion_id",
        "first",
        "milestones[0].criterion",
        "criterion_id must be a whole number",
    ),
    ("milestones.0.criterion", {}, "milestones[0].criterion", "needs criterion_id"),
    ("version", 3, "version", "newer Career Journal"),
]


@pytest.mark.parametrize(("path", "value", "where", "words"), BROKEN)
def test_a_broken_framework_part_is_refused_naming_the_place(
    valid_doc: dict[str, Any], path: str, value: Any, where: str, words: str
) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_backup(_break(valid_doc, path, value), "backup.json")
    assert caught.value.where == where
    assert words in caught.value.problem
    assert str(caught.value).startswith(f"backup.json ({where}): ")


def test_the_fixture_document_is_as_the_broken_cases_expect(valid_doc: dict[str, Any]) -> None:
    assert [f["id"] for f in valid_doc["frameworks"]] == [1, 2]
    assert [t["framework_id"] for t in valid_doc["framework_topics"][:4]] == [1, 1, 1, 2]
    assert valid_doc["framework_topics"][0]["key"] == "delivery"
    assert valid_doc["framework_criteria"][1]["evidence"] == [1]
    assert valid_doc["milestones"][0]["criterion_kind"] == "framework"
    assert parse_backup(valid_doc, "backup.json").counts()["frameworks"] == 2


def test_a_role_level_given_twice_is_refused(valid_doc: dict[str, Any]) -> None:
    valid_doc["role_levels"].append(dict(valid_doc["role_levels"][0], level=2))
    with pytest.raises(ImportProblem) as caught:
        parse_backup(valid_doc, "backup.json")
    assert caught.value.where == "role_levels[1].framework_id"
    assert "repeats" in caught.value.problem


def test_a_refused_file_changes_nothing(
    tmp_journal: Any, valid_doc: dict[str, Any], tmp_path: Path
) -> None:
    from careerjournal.interchange.detect import run_import

    busy = tmp_journal()
    busy.frameworks.import_file(ACME)
    for journal in (tmp_journal(), busy):  # one empty (restore), one with content (merge)
        before = framework_rows(journal), content(export_backup(journal))
        file = tmp_path / "backup.json"
        for path, value, where, _ in BROKEN[::6]:
            file.write_text(json.dumps(_break(valid_doc, path, value)), encoding="utf-8")
            with pytest.raises(ImportProblem) as caught:
                run_import(journal, file)
            assert str(caught.value).startswith(f"backup.json ({where}): ")
        assert (framework_rows(journal), content(export_backup(journal))) == before
        assert journal.backups() == []


# -- merges --------------------------------------------------------------------------------------


def test_merge_keeps_the_journals_framework_and_adds_links_once(
    tmp_journal: Any, framework_doc: dict[str, Any]
) -> None:
    target = tmp_journal()
    support = target.frameworks.import_file(ACME_CSV).framework  # in use, and first: other ids
    acme = target.frameworks.import_file(ACME).framework
    mine = {c.text: c.id for c in target.rubric.criteria(framework_id=acme.id)}
    shipped = target.entries.add(
        EntryDraft("Shipped the CSV export", occurred_on=D(2024, 3, 1), kind=EntryKind.PROJECT)
    ).id
    target.rubric.link(shipped, mine[SHIPS])
    target.rubric.assess(mine[SHIPS], "sometimes", on=D(2024, 3, 2))
    data = parse_backup(framework_doc, "b.json")

    preview = import_backup(target, data, dry_run=True)
    result = import_backup(target, data)
    assert result.added == preview.added
    assert (result.added["frameworks"], result.duplicates["frameworks"]) == (0, 2)
    assert (result.added["criterion_evidence"], result.duplicates["criterion_evidence"]) == (3, 1)
    assert (result.added["criterion_assessments"], result.duplicates["criterion_assessments"]) == (
        3,
        1,
    )
    assert result.added["role_levels"] == 1
    assert result.added["goals"] == 1
    assert [f.name for f in target.frameworks.list()] == ["Acme Engineering", "Acme Support"]
    assert target.frameworks.active() == target.frameworks.get(support.id)  # still in use
    assert target.frameworks.get(acme.id).settings.thresholds == (0.2, 0.4, 0.6, 0.8)  # its own

    entries = {e.title: e.id for e in target.entries.list()}
    docs = target.rubric.state(mine[DOCS])
    assert {e.entry_id for e in docs.evidence} == {shipped, entries["Design doc for search"]}
    ships = target.rubric.state(mine[SHIPS])
    assert [(a.assessed_on, a.status.value) for a in ships.assessments] == [
        (D(2024, 3, 2), "sometimes"),
        (D(2024, 6, 1), "consistently"),
    ]
    (role,) = target.roles.list()
    assert target.frameworks.role_level(role.id, acme.id) == (1, ())
    # The goal's milestones wait for the journal's own criteria, met as in the source.
    goal = next(g for g in target.goals.list() if g.title == "Become Engineer II")
    assert {m.criterion["criterion_id"] for m in goal.milestones} <= set(mine.values())
    progress = target.goals.progress(goal.id, TODAY)
    met = {m.milestone.title for m in progress.milestones if m.done}
    assert met == {"Delivery: " + SHIPS, "Communication: " + DOCS}

    snapshot = framework_rows(target)
    again = import_backup(target, data)
    assert not any(again.added.values())
    assert framework_rows(target) == snapshot


def test_merge_adds_a_new_framework_whole_but_keeps_the_one_in_use(
    tmp_journal: Any, framework_doc: dict[str, Any]
) -> None:
    target = tmp_journal()
    target.entries.add(EntryDraft("Mine", occurred_on=D(2023, 1, 1)))
    support = target.frameworks.import_file(ACME_CSV).framework
    result = import_backup(target, parse_backup(framework_doc, "b.json"))
    assert (result.added["frameworks"], result.duplicates["frameworks"]) == (1, 1)
    assert any(
        "Acme Engineering" in n and "without being put in use" in n for n in result.plan.notes
    )
    assert target.frameworks.active() == target.frameworks.get(support.id)
    acme = target.frameworks.find("Acme Engineering")
    assert acme.settings.thresholds == (0.1, 0.3, 0.5, 0.7)
    assert (len(acme.levels), acme.topic_count, acme.criterion_count) == (3, 3, 8)
    states = {
        c.text: target.rubric.state(c.id, TODAY)
        for c in target.rubric.criteria(framework_id=acme.id)
    }
    assert [a.status.value for a in states[SHIPS].assessments] == ["sometimes", "consistently"]
    assert states[SHIPS].assessments[-1].note == "my lead agrees"
    assert states[SHIPS].met
    assert states[DOCS].met
    assert not states[TESTS].met
    assert len(states[DOCS].evidence) == 2
    assert states[TESTS].evidence == ()  # its entry is in the trash
    target.frameworks.use(acme.id)
    rubric = target.rubric.rubric(on=TODAY)
    assert rubric is not None
    assert rubric.current is not None
    assert rubric.current.level.number == 1  # the role's level came along


def test_merge_leaves_out_what_the_journals_version_lacks(
    tmp_journal: Any, framework_doc: dict[str, Any]
) -> None:
    target = tmp_journal()
    target.frameworks.import_file(ACME_V2)  # SHIPS reworded, TESTS removed: other keys
    result = import_backup(target, parse_backup(framework_doc, "b.json"))
    notes = " ".join(result.plan.notes)
    assert "lacks some criteria" in notes
    assert "3 assessments and 2 evidence links" in notes
    assert "tick by hand" in notes
    goal = next(g for g in target.goals.list() if g.title == "Become Engineer II")
    kinds = {m.title: m.criterion_kind for m in goal.milestones}
    assert kinds["Delivery: " + SHIPS] is CriterionKind.MANUAL
    assert kinds["Communication: " + DOCS] is CriterionKind.FRAMEWORK
    assert len(target.frameworks.list()) == 2  # Acme Support was added


def test_a_merged_framework_counts_into_emptiness(tmp_journal: Any) -> None:
    """A journal holding only a framework is not empty: the backup merges, ids do not clash."""
    source, target = tmp_journal(), tmp_journal()
    fill(source)
    target.frameworks.import_file(ACME)
    target.rubric.assess(target.rubric.criteria()[0].id, "sometimes", on=D(2024, 1, 1))
    result = import_backup(target, parse_backup(export_backup(source), "b.json"))
    assert result.duplicates["frameworks"] == 1
    assert result.backup is not None
    assert len(target.frameworks.list()) == 2
    assert target.frameworks.active().name == "Acme Engineering"  # type: ignore[union-attr]


def test_restore_and_tick_rule_survive_into_goal_progress(tmp_journal: Any) -> None:
    source, target = tmp_journal(), tmp_journal()
    ids = fill(source)
    source.frameworks.update_settings(ids["acme"], tick=TickRule.EVIDENCE)
    import_backup(target, parse_backup(export_backup(source), "b.json"))
    assert target.frameworks.get(ids["acme"]).settings.tick is TickRule.EVIDENCE
    assert standing(target, ids["goal"]) == standing(source, ids["goal"])
