"""Migration 0005 (frameworks) on a journal that has goals, milestones and their evidence: up
keeps every row (SQLite's CHECK constraint is widened in place, no table copy), a framework
milestone can then be stored; down keeps framework milestones as manual ones."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from careerjournal.domain import CriterionKind
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft
from careerjournal.store import migrate, open_store, schema

DATA = Path(__file__).resolve().parent.parent / "data" / "frameworks"
BEFORE = "0004_inbox"
FRAMEWORK_TABLES = {
    "framework",
    "framework_level",
    "framework_topic",
    "framework_criterion",
    "criterion_evidence",
    "criterion_assessment",
    "role_level",
}
D = dt.date


def raw(location: str, sql: str) -> list[tuple[object, ...]]:
    """Rows read straight from the database, past the services."""
    url = location if "://" in location else f"sqlite:///{location}"
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as con:
            return [tuple(r) for r in con.execute(text(sql))]
    finally:
        engine.dispose()


def milestone_rows(location: str) -> list[tuple[object, ...]]:
    return raw(
        location,
        "SELECT id, goal_id, position, title, weight, done_on, criterion_kind, version "
        "FROM milestone ORDER BY id",
    )


def evidence_rows(location: str) -> list[tuple[object, ...]]:
    return raw(location, "SELECT milestone_id, entry_id FROM milestone_evidence ORDER BY 1, 2")


def tables(location: str) -> set[str]:
    url = location if "://" in location else f"sqlite:///{location}"
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def downgrade(location: str, revision: str = BEFORE) -> None:
    store = open_store(location)
    try:
        migrate.downgrade(store, revision)
        assert store.revision() == revision
    finally:
        store.close()


def goals_with_evidence(journal: Journal) -> tuple[int, int]:
    """Two goals with milestones of every kind known before 0005, and evidence on several."""
    shipped = journal.entries.add(EntryDraft("Shipped search", occurred_on=D(2024, 2, 1))).id
    talk = journal.entries.add(EntryDraft("Gave the all-hands talk", occurred_on=D(2024, 3, 1))).id
    staff = journal.goals.add(
        GoalDraft("Become staff engineer", created_on=D(2024, 1, 1)),
        [
            MilestoneDraft("Lead a cross-team project", weight=2.0),
            MilestoneDraft("Give a talk", done_on=D(2024, 3, 1)),
            MilestoneDraft(
                "Three projects",
                criterion_kind=CriterionKind.ENTRY_COUNT,
                criterion={"kind": "project", "count": 3, "since": "2024-01-01"},
            ),
        ],
    )
    cert = journal.goals.add(
        GoalDraft("Get certified", created_on=D(2024, 1, 1)),
        [
            MilestoneDraft(
                "CKA", criterion_kind=CriterionKind.CERTIFICATION_TAG, criterion={"tag": "cka"}
            )
        ],
    )
    journal.goals.link_evidence(staff.milestones[0].id, [shipped, talk])
    journal.goals.link_evidence(staff.milestones[1].id, [talk])
    journal.goals.link_evidence(cert.milestones[0].id, [shipped])
    return staff.id, cert.id


def test_0004_journal_with_goals_upgrades_keeping_every_milestone_and_evidence(
    db_location: str,
) -> None:
    with Journal.open(db_location) as journal:
        staff, cert = goals_with_evidence(journal)
        goals_before = journal.goals.list()
    downgrade(db_location)
    assert not tables(db_location) & FRAMEWORK_TABLES
    milestones, evidence = milestone_rows(db_location), evidence_rows(db_location)
    assert len(milestones) == 4
    assert len(evidence) == 4

    with Journal.open(db_location) as journal:  # migrated on open, after a backup
        assert journal.store.revision() == schema.HEAD
        assert tables(db_location) >= FRAMEWORK_TABLES
        assert milestone_rows(db_location) == milestones
        assert evidence_rows(db_location) == evidence
        assert journal.goals.list() == goals_before
        assert journal.check().ok
        # A framework milestone can be stored now, next to the old ones.
        journal.frameworks.import_file(DATA / "acme.yaml")
        goal_id = journal.rubric.make_goal(title="Engineer II", target=2)
        kinds = [m.criterion_kind for m in journal.goals.get(goal_id).milestones]
        assert kinds == [CriterionKind.FRAMEWORK] * 3
        journal.goals.add_milestone(
            staff,
            MilestoneDraft(
                "Explain trade-offs",
                criterion_kind=CriterionKind.FRAMEWORK,
                criterion={"criterion_id": journal.rubric.criteria(level=3)[0].id},
            ),
        )
        assert [m.title for m in journal.goals.get(cert).milestones] == ["CKA"]
        assert journal.check().ok


def test_downgrade_keeps_framework_milestones_as_manual_ones(db_location: str) -> None:
    with Journal.open(db_location) as journal:
        goals_with_evidence(journal)
        journal.frameworks.import_file(DATA / "acme.yaml")
        goal_id = journal.rubric.make_goal(title="Engineer II", target=2)
        promo = journal.goals.get(goal_id).milestones
        shipped = journal.entries.add(EntryDraft("Shipped", occurred_on=D(2024, 4, 1))).id
        journal.goals.link_evidence(promo[0].id, [shipped])
        journal.rubric.link(shipped, journal.rubric.criteria(level=2)[0].id)
    downgrade(db_location)
    assert not tables(db_location) & FRAMEWORK_TABLES
    kinds = raw(
        db_location,
        f"SELECT criterion_kind, criterion FROM milestone WHERE goal_id = {goal_id} ORDER BY id",
    )
    assert [k for k, _ in kinds] == ["manual"] * 3
    assert (promo[0].id, shipped) in evidence_rows(db_location)
    assert len(milestone_rows(db_location)) == 4 + 3

    with Journal.open(db_location) as journal:  # and up again
        assert [m.title for m in journal.goals.get(goal_id).milestones] == [m.title for m in promo]
        assert {m.criterion_kind for m in journal.goals.get(goal_id).milestones} == {
            CriterionKind.MANUAL
        }
        assert journal.frameworks.list() == []
        assert journal.check().ok


def test_down_and_up_again_on_an_empty_journal(db_location: str) -> None:
    open_store(db_location).close()
    downgrade(db_location)
    store = open_store(db_location)
    try:
        assert store.revision() == schema.HEAD
    finally:
        store.close()
    assert tables(db_location) >= FRAMEWORK_TABLES


@pytest.mark.sqlite_only
def test_sqlite_constraint_is_widened_in_place(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        goals_with_evidence(journal)
    downgrade(str(path))
    with Journal.open(path):
        pass
    con = sqlite3.connect(path)
    try:
        sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'milestone'").fetchone()[0]
        assert "'certification_tag', 'framework')" in sql
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # The constraint still refuses what is not a kind.
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            con.execute("UPDATE milestone SET criterion_kind = 'magic' WHERE id = 1")
        # A removed criterion's id is not handed out again (a milestone names it by id).
        criterion = con.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'framework_criterion'"
        ).fetchone()[0]
        assert "AUTOINCREMENT" in criterion
    finally:
        con.close()
