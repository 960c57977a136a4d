"""The sample career's progression framework: roles mapped to levels, evidence, assessments that
climb before each promotion, a sub-level history, a partly met next level and its promotion goal."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from careerjournal.domain import (
    CriterionKind,
    Demonstration,
    GoalKind,
    GoalStatus,
    MoveKind,
    criterion_evidence,
)
from careerjournal.services import Journal, demo
from careerjournal.services.demo_framework import FRAMEWORK_FILE
from careerjournal.services.framework_records import LevelSource, Rubric
from careerjournal.services.rubric_maths import guess_level, letter

TODAY = dt.date(2026, 11, 26)
ACME = Path(__file__).resolve().parent.parent / "data" / "frameworks" / "acme.yaml"
FRAMEWORK_TABLES = (
    "framework",
    "framework_level",
    "framework_topic",
    "framework_criterion",
    "criterion_evidence",
    "criterion_assessment",
    "role_level",
)
RANK = {s: i for i, s in enumerate(Demonstration)}  # not yet < sometimes < consistently


@pytest.fixture(scope="module")
def career(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """One sample career of the default size, shared by the read-only tests below."""
    journal = Journal.open(tmp_path_factory.mktemp("demo-framework") / "journal.sqlite3")
    demo.generate(journal, entries=demo.DEFAULT_ENTRIES, seed=11, today=TODAY)
    yield journal
    journal.close()


def _rubric(journal: Journal, **kw: Any) -> Rubric:
    found = journal.rubric.rubric(on=TODAY, **kw)
    assert found is not None
    return found


def _rows(journal: Journal, tables: tuple[str, ...]) -> dict[str, list[tuple[Any, ...]]]:
    from careerjournal.domain import Base

    found = {}
    with journal.store.read() as session:
        for name in tables:
            table = Base.metadata.tables[name]
            order = list(table.primary_key.columns)
            found[name] = [tuple(r) for r in session.execute(select(table).order_by(*order))]
    return found


def test_the_bundled_backend_framework_is_active(career: Journal) -> None:
    active = career.frameworks.active()
    assert active is not None
    assert [f.name for f in career.frameworks.list()] == [active.name]
    assert "Backend Engineering" in active.name
    assert active.source == FRAMEWORK_FILE
    assert active.criterion_count > 100
    assert active.imported_at.date() <= TODAY


def test_every_role_is_mapped_one_level_up_per_promotion(career: Journal) -> None:
    active = career.frameworks.active()
    assert active is not None
    roles = career.roles.list()
    levels = [career.frameworks.role_level(r.id, active.id) for r in roles]
    assert all(candidates == () for _, candidates in levels)
    numbers = [level for level, _ in levels]
    assert numbers[0] in (1, 2)
    for after, (low, high) in zip(roles[1:], itertools.pairwise(numbers), strict=True):
        assert high is not None
        assert low is not None
        up = after.move_kind in (MoveKind.PROMOTION, MoveKind.DIAGONAL)
        assert high == low + (1 if up else 0), after.title
    # The stored levels agree with the roles' level labels ("L1 Junior", "L3 Senior"...).
    labels = [(lv.number, lv.name) for lv in active.levels]
    assert numbers == [guess_level(r.level, labels)[0] for r in roles]
    assert _rubric(career).level_source is LevelSource.MAPPED


def test_the_current_level_climbs_through_its_sub_levels(career: Journal) -> None:
    rubric = _rubric(career)
    assert rubric.current is not None
    assert rubric.current.level.number == 4
    assert rubric.sublevel is not None
    assert rubric.sublevel.letter in "CD"
    history = rubric.history
    assert len(history) >= 4
    days = [d for d, _ in history]
    shares = [s for _, s in history]
    assert days == sorted(days)
    assert days[-1] <= TODAY
    assert shares == sorted(shares)  # it only rises
    assert shares[-1] > shares[0]
    assert shares[-1] == rubric.sublevel.share
    assert len({letter(s) for s in shares}) >= 3  # climbs through letters
    states = rubric.current.criteria
    open_ = [s for s in states if s.latest is not Demonstration.CONSISTENTLY]
    assert 3 <= len(open_) <= len(states) // 2  # a few criteria still open
    assert sum(1 for s in states if not s.evidence) >= 3  # several without evidence
    for topic in rubric.current.topics:
        assert topic.evidenced >= 1, topic.key  # every topic has some


def test_the_next_level_is_partly_ready(career: Journal) -> None:
    rubric = _rubric(career)
    following = rubric.next
    assert following is not None
    assert following.level.number == 5
    assert 0 < following.readiness < 1
    assert 0 < following.evidenced < following.total
    assert following.met < following.evidenced
    assert any(s.latest is Demonstration.SOMETIMES for s in following.criteria)
    assert any(not s.assessments for s in following.criteria)  # some never assessed
    for topic in following.topics:
        assert topic.evidenced >= 1, topic.key


def test_assessments_climb_in_the_months_before_each_promotion(career: Journal) -> None:
    active = career.frameworks.active()
    assert active is not None
    promoted = {}  # level -> the day it was reached
    for role in career.roles.list():
        level, _ = career.frameworks.role_level(role.id, active.id)
        assert level is not None
        promoted.setdefault(level, role.start_date)
    for level in (2, 3, 4):
        rubric = _rubric(career, level=level)
        states = rubric.current
        assert states is not None
        shares = [s for d, s in rubric.history if d < promoted[level]]
        assert shares, level
        assert 0.25 <= shares[-1] <= 0.65, level  # about half shown consistently when promoted
        for state in states.criteria:
            steps = [RANK[a.status] for a in state.assessments]
            assert steps == sorted(steps)  # not yet -> sometimes -> consistently
            assert all(a.assessed_on <= TODAY for a in state.assessments)
            assert all(a.note for a in state.assessments)
    # Levels past the next one are not worked on yet.
    beyond = _rubric(career, level=6).current
    assert beyond is not None
    assert not any(s.assessments or s.evidence for s in beyond.criteria)


def test_evidence_comes_from_the_roles_before_and_at_the_level(career: Journal) -> None:
    active = career.frameworks.active()
    assert active is not None
    level_of = {r.id: career.frameworks.role_level(r.id, active.id)[0] for r in career.roles.list()}
    entries = {e.id: e for e in career.entries.list()}
    criteria = {c.id: c for c in career.rubric.criteria()}
    with career.store.read() as session:
        links = session.execute(select(criterion_evidence)).all()
    assert 0.05 * len(entries) < len({e for _, e in links}) < 0.25 * len(entries)
    for criterion_id, entry_id in links:
        entry = entries[entry_id]
        assert entry.role_id is not None
        held = level_of[entry.role_id]
        assert held is not None
        # Worked towards while a level below it, or shown more while at it.
        assert criteria[criterion_id].level in (held, held + 1)
    per_criterion: dict[int, int] = {}
    for criterion_id, _ in links:
        per_criterion[criterion_id] = per_criterion.get(criterion_id, 0) + 1
    assert max(per_criterion.values()) <= 4


def test_the_promotion_goal_is_the_next_level_partly_ticked(career: Journal) -> None:
    goals = [g for g in career.goals.list() if g.milestones and all(
        m.criterion_kind is CriterionKind.FRAMEWORK for m in g.milestones)]  # fmt: skip
    assert len(goals) == 1
    goal = goals[0]
    assert goal.kind is GoalKind.PROMOTION
    assert goal.status is GoalStatus.ACTIVE
    assert not goal.pinned  # the principal goal stays pinned
    assert goal.target_level == "5"
    assert goal.target_date is not None
    assert goal.target_date > TODAY
    assert goal.created_on < TODAY
    next_level = {c.id for c in career.rubric.criteria(level=5)}
    assert {m.criterion["criterion_id"] for m in goal.milestones} == next_level
    progress = career.goals.progress(goal.id, TODAY)
    assert 0 < progress.done_count < len(goal.milestones)
    assert 0 < progress.progress < 1
    rubric = _rubric(career)
    assert rubric.next is not None
    assert progress.done_count == rubric.next.met


def test_the_summary_counts_the_framework(journal: Journal) -> None:
    summary = demo.generate(journal, entries=400, seed=4, today=TODAY)
    active = journal.frameworks.active()
    assert active is not None
    assert summary.framework == active.name
    assert summary.goals == len(journal.goals.list()) == 4
    goals = journal.goals.list()
    assert summary.milestones == sum(len(g.milestones) for g in goals)
    rows = _rows(journal, ("criterion_evidence", "criterion_assessment"))
    assert summary.criterion_links == len(rows["criterion_evidence"]) > 0
    assert summary.criterion_assessments == len(rows["criterion_assessment"]) > 0
    # Nothing to undo: the sample fills an empty journal, it is not an edit.
    assert journal.history.list() == []
    # Ids were given explicitly; the services' own writes (PostgreSQL sequences too) still work.
    criterion = journal.rubric.criteria(level=5)[0]
    entry = journal.entries.list()[-1]
    journal.rubric.assess(criterion.id, Demonstration.CONSISTENTLY, on=TODAY)
    journal.rubric.link(entry.id, criterion.id)
    goal_id = journal.rubric.make_goal(title="Level six", target=6, today=TODAY)
    assert goal_id > max(g.id for g in goals)
    journal.history.undo()
    assert len(journal.goals.list()) == 4


def test_same_seed_same_framework_rows(tmp_path: Path) -> None:
    tables = (*FRAMEWORK_TABLES, "goal", "milestone")
    with Journal.open(tmp_path / "a.sqlite3") as a, Journal.open(tmp_path / "b.sqlite3") as b:
        demo.generate(a, entries=600, seed=42, today=TODAY)
        demo.generate(b, entries=600, seed=42, today=TODAY)
        first, second = _rows(a, tables), _rows(b, tables)
    assert first == second
    assert first["criterion_assessment"]
    assert first["criterion_evidence"]
    with Journal.open(tmp_path / "c.sqlite3") as c:
        demo.generate(c, entries=600, seed=43, today=TODAY)
        other = _rows(c, tables)
    assert other["criterion_assessment"] != first["criterion_assessment"]
    assert other["criterion_evidence"] != first["criterion_evidence"]


def test_small_samples_still_get_a_framework(sqlite_journal: Journal) -> None:
    demo.generate(sqlite_journal, entries=demo.MIN_ENTRIES, seed=1, today=TODAY)
    rubric = _rubric(sqlite_journal)
    assert rubric.sublevel is not None
    assert rubric.next is not None
    assert sqlite_journal.check().ok


def test_a_framework_of_the_journal_is_kept(sqlite_journal: Journal) -> None:
    own = sqlite_journal.frameworks.import_file(ACME).framework
    assert len(sqlite_journal.history.list()) == 1  # the import is the user's, undoable
    summary = demo.generate(sqlite_journal, entries=100, seed=2, today=TODAY)
    assert len(sqlite_journal.history.list()) == 1
    assert summary.framework == ""
    assert [f.name for f in sqlite_journal.frameworks.list()] == [own.name]
    assert summary.goals == len(sqlite_journal.goals.list()) == 3
    assert summary.criterion_links == summary.criterion_assessments == 0


def test_force_replaces_the_sample_framework(sqlite_journal: Journal) -> None:
    demo.generate(sqlite_journal, entries=100, seed=1, today=TODAY)
    first = _rows(sqlite_journal, FRAMEWORK_TABLES)
    demo.generate(sqlite_journal, entries=120, seed=2, today=TODAY, force=True)
    assert len(sqlite_journal.frameworks.list()) == 1
    second = _rows(sqlite_journal, FRAMEWORK_TABLES)
    assert len(second["framework_criterion"]) == len(first["framework_criterion"])
    assert second["criterion_assessment"] != first["criterion_assessment"]
    assert sqlite_journal.check().ok
