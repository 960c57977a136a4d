"""Frameworks in a journal through the service: import of the bundled and real files, the active
one, delete and undo, re-import keeping evidence and assessments, settings and role levels."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from careerjournal.domain import (
    CriterionAssessment,
    FrameworkCriterion,
    FrameworkLevel,
    FrameworkTopic,
    TickRule,
    criterion_evidence,
)
from careerjournal.interchange import framework as reader
from careerjournal.interchange.errors import ImportProblem
from careerjournal.services import (
    EntryDraft,
    Journal,
    NotFoundError,
    RoleDraft,
    ValidationError,
)
from careerjournal.services import rows as journal_rows
from careerjournal.services.framework_records import CriterionRecord, LevelSource, RubricSettings
from careerjournal.services.frameworks import BUNDLED, bundled_files

D = dt.date
DATA = Path(__file__).resolve().parent.parent / "data" / "frameworks"
ACME, ACME_V2, ACME_CSV = DATA / "acme.yaml", DATA / "acme-v2.yaml", DATA / "acme.csv"
#: The first topic's title as the reader gives it (DELIVERY in the file).
DELIVERY = reader.read_framework(ACME).topics[0].title
#: What each Monzo framework holds: levels, topics, criteria (as the reader counts them).
MONZO = {
    "monzo-backend.md": (6, 5, 135),
    "monzo-data.md": (6, 7, 141),
    "monzo-generic.md": (6, 5, 72),
    "monzo-product-design.md": (6, 3, 39),
    "monzo-web.md": (6, 5, 165),
}


def everything(journal: Journal) -> dict[Any, Any]:
    """Every row of the journal (but the operation log), to compare before and after an undo."""
    with journal.store.read() as session:
        return journal_rows.everything(session)


def stored_counts(journal: Journal, framework_id: int) -> tuple[int, int, int]:
    with journal.store.read() as session:

        def count(model: Any) -> int:
            stmt = select(func.count()).select_from(model).where(model.framework_id == framework_id)
            return int(session.scalar(stmt) or 0)

        return count(FrameworkLevel), count(FrameworkTopic), count(FrameworkCriterion)


def table_count(journal: Journal, table: Any) -> int:
    with journal.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def by_text(journal: Journal, framework_id: int | None = None) -> dict[str, CriterionRecord]:
    return {c.text: c for c in journal.rubric.criteria(framework_id=framework_id)}


MARCH = D(2024, 3, 1)


def entry(journal: Journal, title: str, on: dt.date = MARCH) -> int:
    return journal.entries.add(EntryDraft(title, occurred_on=on)).id


# -- import ---------------------------------------------------------------------------------------


def test_bundled_files_are_the_five_monzo_frameworks() -> None:
    assert [p.name for p in bundled_files()] == sorted(MONZO)
    assert (BUNDLED / "README.md").is_file()  # there, but not a framework
    assert (BUNDLED / "LICENSE-monzo-progression-framework").is_file()


@pytest.mark.parametrize("name", sorted(MONZO))
def test_the_reader_counts(name: str) -> None:
    fw = reader.read_framework(BUNDLED / name)
    assert (len(fw.levels), len(fw.topics), len(fw.criteria)) == MONZO[name]


def test_import_every_bundled_framework_stores_what_the_reader_read(journal: Journal) -> None:
    assert journal.frameworks.list() == []
    assert journal.frameworks.active() is None
    first = None
    for path in bundled_files():
        fw = reader.read_framework(path)
        outcome = journal.frameworks.import_file(path)
        record = outcome.framework
        assert outcome.created
        assert (outcome.added, outcome.changed, outcome.removed) == (len(fw.criteria), 0, 0)
        assert outcome.notes == fw.notes
        assert record.name == fw.name
        assert record.source == path.name
        expected = MONZO[path.name]
        assert (len(record.levels), record.topic_count, record.criterion_count) == expected
        assert stored_counts(journal, record.id) == expected
        assert [lv.number for lv in record.levels] == [1, 2, 3, 4, 5, 6]
        assert record.settings == RubricSettings()
        # The first imported becomes active; the later ones do not.
        assert record.active is (first is None)
        first = first or record
        stored = journal.rubric.criteria(framework_id=record.id)
        assert sorted((c.level, c.text) for c in stored) == sorted(
            (c.level, c.text) for c in fw.criteria
        )
    assert first is not None
    assert journal.frameworks.active() == journal.frameworks.get(first.id)
    assert [f.active for f in journal.frameworks.list()].count(True) == 1
    assert journal.check().ok


def test_import_of_our_yaml_and_csv(journal: Journal) -> None:
    acme = journal.frameworks.import_file(ACME).framework
    support = journal.frameworks.import_file(ACME_CSV).framework
    assert acme.levels[2].name == "Senior Engineer"
    assert (acme.topic_count, acme.criterion_count) == (3, 8)
    assert (support.name, support.active, support.criterion_count) == ("Acme Support", False, 6)
    assert [f.name for f in journal.frameworks.list()] == ["Acme Engineering", "Acme Support"]
    delivery = by_text(journal)["Ships features end to end, from design to rollout"]
    assert (delivery.topic_key, delivery.topic_title, delivery.level) == (
        "delivery",
        DELIVERY,
        2,
    )
    assert delivery.examples == (
        "Led the CSV export from ticket to release",
        "Wrote the rollout plan for search",
    )


def test_an_unreadable_file_is_refused_and_nothing_is_written(
    journal: Journal, tmp_path: Path
) -> None:
    bad = tmp_path / "ladder.yaml"
    bad.write_text("framework: X\ntopics: 12\n", encoding="utf-8")
    with pytest.raises(ImportProblem) as excinfo:
        journal.frameworks.import_file(bad)
    assert "\n" not in str(excinfo.value)
    with pytest.raises(ValidationError, match="needs a name"):
        journal.frameworks.import_framework(
            dataclasses.replace(reader.read_framework(ACME), name="  ")
        )
    assert journal.frameworks.list() == []
    assert journal.history.list() == []


def test_find_by_name_in_any_case_or_by_id(journal: Journal) -> None:
    acme = journal.frameworks.import_file(ACME).framework
    assert journal.frameworks.find("acme ENGINEERING") == acme
    assert journal.frameworks.find(f" {acme.id} ") == acme
    with pytest.raises(NotFoundError, match="There is no framework “Globex”"):
        journal.frameworks.find("Globex")
    with pytest.raises(NotFoundError, match="There is no framework 99"):
        journal.frameworks.get(99)


def test_list_is_by_name_in_any_case(journal: Journal) -> None:
    fw = reader.read_framework(ACME)
    for name in ("zeta ladder", "Beta ladder", "alpha ladder"):
        journal.frameworks.import_framework(dataclasses.replace(fw, name=name))
    names = [f.name for f in journal.frameworks.list()]
    assert names == ["alpha ladder", "Beta ladder", "zeta ladder"]
    # The first imported is active; deleting it hands over to the first by name.
    journal.frameworks.delete(journal.frameworks.find("zeta ladder").id)
    assert journal.frameworks.active().name == "alpha ladder"  # type: ignore[union-attr]


# -- use, delete ------------------------------------------------------------------------------


def test_use_switches_the_active_framework_and_undo_switches_back(journal: Journal) -> None:
    acme = journal.frameworks.import_file(ACME).framework
    support = journal.frameworks.import_file(ACME_CSV).framework
    used = journal.frameworks.use(support.id)
    assert used.active
    assert journal.frameworks.active() == used
    assert journal.frameworks.get(acme.id).active is False
    assert {c.framework_id for c in journal.rubric.criteria()} == {support.id}
    journal.history.undo()
    assert journal.frameworks.active() == journal.frameworks.get(acme.id)
    journal.history.redo()
    assert journal.frameworks.active().id == support.id  # type: ignore[union-attr]
    with pytest.raises(NotFoundError):
        journal.frameworks.use(999)


def test_delete_takes_criteria_evidence_and_assessments_and_undo_brings_all_back(
    journal: Journal,
) -> None:
    acme = journal.frameworks.import_file(ACME).framework
    support = journal.frameworks.import_file(ACME_CSV).framework
    role = journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), level="Engineer II"))
    journal.frameworks.set_role_level(role.id, 2, acme.id)
    criteria = list(by_text(journal, acme.id).values())
    shipped = entry(journal, "Shipped the CSV export")
    for c in criteria[:3]:
        journal.rubric.link(shipped, c.id)
        journal.rubric.assess(c.id, "consistently", on=D(2024, 3, 2))
    other = journal.rubric.criteria(framework_id=support.id)[0]
    journal.rubric.link(shipped, other.id)
    before = everything(journal)

    journal.frameworks.delete(acme.id)
    assert [f.name for f in journal.frameworks.list()] == ["Acme Support"]
    assert journal.rubric.criteria(framework_id=support.id)
    assert table_count(journal, FrameworkCriterion) == support.criterion_count
    assert table_count(journal, CriterionAssessment) == 0
    assert table_count(journal, criterion_evidence) == 1  # the other framework's link
    assert [c.id for c in journal.rubric.for_entry(shipped)] == [other.id]
    assert journal.entries.get(shipped).title == "Shipped the CSV export"  # the entry stays
    assert journal.frameworks.role_level(role.id, support.id)[0] is None

    journal.history.undo()
    assert everything(journal) == before
    assert journal.rubric.state(criteria[0].id).met
    assert journal.frameworks.active().id == acme.id  # type: ignore[union-attr]
    journal.history.redo()
    assert [f.id for f in journal.frameworks.list()] == [support.id]
    with pytest.raises(NotFoundError):
        journal.frameworks.delete(acme.id)


def test_deleting_the_active_framework_hands_over_to_another(journal: Journal) -> None:
    acme = journal.frameworks.import_file(ACME).framework
    support = journal.frameworks.import_file(ACME_CSV).framework
    journal.frameworks.delete(acme.id)
    assert journal.frameworks.active() == journal.frameworks.get(support.id)
    assert journal.rubric.rubric() is not None
    journal.history.undo()
    assert journal.frameworks.active().id == acme.id  # type: ignore[union-attr]
    assert journal.frameworks.get(support.id).active is False
    # Deleting one that is not active leaves the active one alone; the last leaves none.
    journal.frameworks.delete(support.id)
    assert journal.frameworks.active().id == acme.id  # type: ignore[union-attr]
    journal.frameworks.delete(acme.id)
    assert journal.frameworks.active() is None
    assert journal.rubric.rubric() is None


# -- re-import ----------------------------------------------------------------------------------

UNCHANGED = "Writes clear design docs, see the guide (https://example.com/docs)"
EDITED = "Ships features end to end, from design to rollout"
EDITED_NOW = "Ships whole features end to end, from design through to rollout"
REMOVED = "Writes tests that catch real bugs"
ADDED = "Mentors two engineers outside the team"
RECASED = "Ships small changes with help"  # v2: "ships small changes, with help!" (same key)


def test_reimport_keeps_evidence_and_assessments_of_unchanged_and_edited_criteria(
    journal: Journal,
) -> None:
    first = journal.frameworks.import_file(ACME)
    old = by_text(journal)
    docs, export, tests = (
        entry(journal, "Wrote the search design doc"),
        entry(journal, "Shipped the CSV export", D(2024, 4, 1)),
        entry(journal, "Caught the billing bug in a test"),
    )
    journal.rubric.link(docs, old[UNCHANGED].id)
    journal.rubric.link(export, old[UNCHANGED].id)
    journal.rubric.link(export, old[EDITED].id)
    journal.rubric.link(tests, old[REMOVED].id)
    kept_assessment = journal.rubric.assess(old[EDITED].id, "consistently", on=D(2024, 4, 2))
    journal.rubric.assess(old[UNCHANGED].id, "sometimes", on=D(2024, 4, 2))
    journal.rubric.assess(old[REMOVED].id, "consistently", on=D(2024, 4, 2))
    before = everything(journal)

    outcome = journal.frameworks.import_file(ACME_V2)
    assert not outcome.created
    assert outcome.framework.id == first.framework.id
    assert (outcome.added, outcome.changed, outcome.removed, outcome.unchanged) == (1, 1, 1, 6)
    assert (outcome.kept_evidence, outcome.lost_evidence) == (3, 1)
    assert outcome.notes == ("Topic “Craft” has no criteria at level 1, 2.",)
    assert outcome.framework.source == "acme-v2.yaml"
    assert outcome.framework.version == first.framework.version + 1
    assert outcome.framework.criterion_count == 8
    assert outcome.framework.active

    new = by_text(journal)
    assert set(new) == (set(old) - {EDITED, REMOVED, RECASED}) | {
        EDITED_NOW,
        ADDED,
        "ships small changes, with help!",
    }
    # Same rows: the same ids, so evidence and assessments stay where they were.
    assert new[UNCHANGED].id == old[UNCHANGED].id
    assert new[EDITED_NOW].id == old[EDITED].id
    assert new["ships small changes, with help!"].id == old[RECASED].id
    assert new[ADDED].id not in {c.id for c in old.values()}
    assert new[EDITED_NOW].examples == ("Led the CSV export from ticket to release",)
    edited = journal.rubric.state(new[EDITED_NOW].id)
    assert [e.entry_id for e in edited.evidence] == [export]
    assert edited.assessments == (kept_assessment,)
    assert edited.met
    unchanged = journal.rubric.state(new[UNCHANGED].id)
    assert [e.entry_id for e in unchanged.evidence] == [docs, export]
    assert unchanged.latest.value == "sometimes"  # type: ignore[union-attr]
    # The removed criterion went with its link and its assessment; the entry stays.
    assert journal.rubric.for_entry(tests) == []
    assert table_count(journal, criterion_evidence) == 3
    assert table_count(journal, CriterionAssessment) == 2
    with pytest.raises(NotFoundError):
        journal.rubric.state(old[REMOVED].id)
    assert journal.entries.get(tests).title == "Caught the billing bug in a test"

    # One operation, undone exactly.
    journal.history.undo()
    assert everything(journal) == before
    assert by_text(journal) == old
    journal.history.redo()
    assert by_text(journal) == new


def test_reimport_of_the_same_file_changes_nothing_but_its_date(journal: Journal) -> None:
    first = journal.frameworks.import_file(ACME)
    again = journal.frameworks.import_file(ACME)
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 8)
    assert again.framework.topic_count == first.framework.topic_count
    assert again.framework.levels == first.framework.levels


def test_reimport_by_name_in_any_case_and_with_accented_capitals(journal: Journal) -> None:
    """The name is compared case-insensitively in Python: SQLite's lower() leaves É alone."""
    fw = reader.read_framework(ACME)
    first = journal.frameworks.import_framework(dataclasses.replace(fw, name="Équipe Ingénierie"))
    again = journal.frameworks.import_framework(dataclasses.replace(fw, name="ÉQUIPE INGÉNIERIE"))
    assert not again.created
    assert again.framework.id == first.framework.id
    assert again.framework.name == "Équipe Ingénierie"
    assert len(journal.frameworks.list()) == 1


def test_long_names_are_clipped_to_the_columns_and_reimport_still_matches(
    journal: Journal,
) -> None:
    """The reader allows 500 characters; the columns hold 200 or 300 (PostgreSQL refuses more)."""
    title = "Operational excellence " * 20  # 460 characters, its key as long
    fw = reader.Framework(
        name="N" * 400,
        source="long.yaml",
        levels=(reader.Level(1, "L" * 450),),
        topics=(reader.Topic(reader.slug(title), title.strip()),),
        criteria=(reader.Criterion(reader.slug(title), 1, "Runs the on-call rota"),),
    )
    outcome = journal.frameworks.import_framework(fw)
    record = outcome.framework
    assert len(record.name) == 200
    assert record.name.endswith("…")
    assert len(record.levels[0].name) == 200
    (criterion,) = journal.rubric.criteria()
    assert len(criterion.topic_title) == 300
    assert len(criterion.topic_key) == 200
    journal.rubric.assess(criterion.id, "consistently")
    again = journal.frameworks.import_framework(fw)
    assert (again.created, again.unchanged, again.added) == (False, 1, 0)
    assert journal.rubric.state(criterion.id).latest is not None


def test_ids_of_removed_criteria_are_not_handed_out_again(journal: Journal) -> None:
    """A goal milestone names its criterion by id: a new criterion must not take an old id."""
    fw = reader.read_framework(ACME)
    journal.frameworks.import_framework(fw)
    last = max(journal.rubric.criteria(), key=lambda c: c.id)
    reworded = tuple(
        c if c.text != last.text else dataclasses.replace(c, text="Owns the release train")
        for c in fw.criteria
    )
    outcome = journal.frameworks.import_framework(dataclasses.replace(fw, criteria=reworded))
    assert (outcome.added, outcome.removed) == (1, 1)
    assert max(c.id for c in journal.rubric.criteria()) > last.id


def test_reimport_that_drops_a_level_and_a_topic(journal: Journal) -> None:
    fw = reader.read_framework(ACME)
    acme = journal.frameworks.import_framework(fw).framework
    role = journal.roles.add(RoleDraft("Senior", D(2020, 1, 1), level="Engineer II"))
    vague = journal.roles.add(
        RoleDraft("Lead", D(2019, 1, 1), level="Lead", end_date=D(2019, 12, 31))
    )
    journal.frameworks.set_role_level(role.id, 3, acme.id)
    journal.frameworks.set_role_level(vague.id, 3, acme.id)
    assert journal.frameworks.role_level(role.id, acme.id) == (3, ())
    mapped = journal.rubric.rubric()
    assert mapped is not None
    assert mapped.level_source is LevelSource.MAPPED
    smaller = dataclasses.replace(
        fw,
        levels=fw.levels[:2],
        topics=fw.topics[:2],
        criteria=tuple(c for c in fw.criteria if c.level < 3 and c.topic != "craft"),
    )
    outcome = journal.frameworks.import_framework(smaller)
    assert (outcome.removed, outcome.unchanged) == (4, 4)
    assert ([lv.number for lv in outcome.framework.levels], outcome.framework.topic_count) == (
        [1, 2],
        2,
    )
    # The roles' stored level is gone from the framework: guessed from the label again, or asked.
    assert journal.frameworks.role_level(role.id, acme.id) == (2, ())
    assert journal.frameworks.role_level(vague.id, acme.id) == (None, (1, 2))
    guessed = journal.rubric.rubric()
    assert guessed is not None
    assert guessed.current is not None
    assert (guessed.level_source, guessed.current.level.number) == (LevelSource.GUESSED, 2)


# -- settings, role levels ------------------------------------------------------------------------


def test_update_settings(journal: Journal) -> None:
    acme = journal.frameworks.import_file(ACME).framework
    changed = journal.frameworks.update_settings(acme.id, thresholds=(0.1, 0.3, 0.5, 0.7))
    assert changed.settings == RubricSettings(
        (0.1, 0.3, 0.5, 0.7), TickRule.EVIDENCE_AND_CONSISTENTLY
    )
    assert changed.version == acme.version + 1
    ticked = journal.frameworks.update_settings(acme.id, tick="evidence")
    assert ticked.settings == RubricSettings((0.1, 0.3, 0.5, 0.7), TickRule.EVIDENCE)
    assert journal.frameworks.update_settings(
        acme.id, tick=TickRule.CONSISTENTLY
    ).settings.tick is (TickRule.CONSISTENTLY)
    with pytest.raises(ValidationError, match="one of both, evidence, consistently"):
        journal.frameworks.update_settings(acme.id, tick="often")
    with pytest.raises(ValidationError, match="rise strictly"):
        journal.frameworks.update_settings(acme.id, thresholds=(0.5, 0.4, 0.6, 0.8))
    with pytest.raises(NotFoundError):
        journal.frameworks.update_settings(99, tick="evidence")
    assert journal.frameworks.get(acme.id).settings.tick is TickRule.CONSISTENTLY
    journal.history.undo()
    journal.history.undo()
    assert journal.frameworks.get(acme.id).settings == changed.settings


def test_role_level_guessed_then_set(journal: Journal) -> None:
    acme = journal.frameworks.import_file(ACME).framework
    role = journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), level="Engineer II"))
    vague = journal.roles.add(RoleDraft("Lead", D(2022, 1, 1), level="Tech lead"))
    assert journal.frameworks.role_level(role.id, acme.id) == (2, ())
    assert journal.frameworks.role_level(vague.id, acme.id) == (None, (1, 2, 3))
    journal.frameworks.set_role_level(vague.id, 3)  # the active framework
    assert journal.frameworks.role_level(vague.id, acme.id) == (3, ())
    journal.frameworks.set_role_level(vague.id, 2, acme.id)  # replaced, not added
    assert journal.frameworks.role_level(vague.id, acme.id) == (2, ())
    journal.history.undo()
    assert journal.frameworks.role_level(vague.id, acme.id) == (3, ())
    journal.history.undo()
    assert journal.frameworks.role_level(vague.id, acme.id) == (None, (1, 2, 3))
    with pytest.raises(ValidationError, match="“Acme Engineering” has no level 7"):
        journal.frameworks.set_role_level(vague.id, 7)
    with pytest.raises(NotFoundError, match="There is no role 99"):
        journal.frameworks.set_role_level(99, 1)
    with pytest.raises(NotFoundError, match="There is no framework 99"):
        journal.frameworks.set_role_level(vague.id, 1, 99)


def test_set_role_level_without_a_framework_is_refused(journal: Journal) -> None:
    role = journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1)))
    with pytest.raises(ValidationError, match="No framework is in use"):
        journal.frameworks.set_role_level(role.id, 1)
