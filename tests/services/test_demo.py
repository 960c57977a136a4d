"""The sample career: counts, determinism, a believable shape, search, refusal and --force."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from careerjournal.domain import (
    AssessmentSource,
    Base,
    CriterionKind,
    EntryKind,
    GoalStatus,
    MoveKind,
    SkillScale,
)
from careerjournal.services import (
    Action,
    Change,
    EntryDraft,
    EntryQuery,
    Journal,
    RoleDraft,
    Topic,
    ValidationError,
    demo,
)

TODAY = dt.date(2026, 11, 26)


def _years_before(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year - years, day=min(day.day, 28))


def _rows(journal: Journal) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every journal table, in primary-key order (the search index aside)."""
    found = {}
    with journal.store.read() as session:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns)
            found[table.name] = [tuple(r) for r in session.execute(select(table).order_by(*order))]
    return found


@pytest.fixture(scope="module")
def career(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Journal]:
    """One 2,000-entry sample career shared by the read-only tests below."""
    journal = Journal.open(tmp_path_factory.mktemp("demo") / "journal.sqlite3")
    demo.generate(journal, entries=2000, seed=11, today=TODAY)
    yield journal
    journal.close()


def test_counts_match_and_the_journal_stays_usable(journal: Journal) -> None:
    summary = demo.generate(journal, entries=300, seed=3, today=TODAY)
    assert summary.entries == 300
    assert journal.entries.count(EntryQuery(trashed=None)) == 300
    assert summary.roles == len(journal.roles.list()) >= 5
    bands = journal.skills.bands()
    assert summary.bands == len(bands) >= 4
    assert summary.skills == sum(len(b.skills) for b in bands)
    assert all(4 <= len(b.skills) <= 6 for b in bands)
    assessments = sum(len(journal.skills.history(s.id)) for b in bands for s in b.skills)
    assert summary.assessments == assessments
    goals = journal.goals.list()
    assert summary.goals == len(goals) == 4
    assert summary.milestones == sum(len(g.milestones) for g in goals)
    assert summary.reviews == len(journal.reviews.list()) >= 10
    # Ids were given explicitly; later inserts (PostgreSQL sequences too) must still work.
    record = journal.entries.add(EntryDraft("Added after the demo", occurred_on=TODAY))
    assert record.id > 300
    assert record.role_id == journal.roles.list()[-1].id
    band = journal.skills.add_band("Languages")
    assert band.id > summary.bands


def test_same_seed_gives_the_same_journal(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "a.sqlite3") as a, Journal.open(tmp_path / "b.sqlite3") as b:
        demo.generate(a, entries=800, seed=42, today=TODAY)
        demo.generate(b, entries=800, seed=42, today=TODAY)
        first, second = _rows(a), _rows(b)
    assert first == second
    assert len(first["entry"]) == 800


def test_different_seeds_give_different_journals(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "a.sqlite3") as a, Journal.open(tmp_path / "b.sqlite3") as b:
        demo.generate(a, entries=300, seed=1, today=TODAY)
        demo.generate(b, entries=300, seed=2, today=TODAY)
        first, second = _rows(a), _rows(b)
    assert first["entry"] != second["entry"]
    assert first["skill_assessment"] != second["skill_assessment"]


def test_roles_climb_a_lattice(career: Journal) -> None:
    roles = career.roles.list()
    moves = [r.move_kind for r in roles]
    assert moves[0] is MoveKind.FIRST
    assert {MoveKind.PROMOTION, MoveKind.LATERAL, MoveKind.DIAGONAL} <= set(moves)
    assert 2 <= len({r.organisation for r in roles}) <= 3
    for before, after in itertools.pairwise(roles):
        assert before.end_date == after.start_date - dt.timedelta(days=1)  # no gaps, no overlap
        if after.move_kind in (MoveKind.PROMOTION, MoveKind.DIAGONAL):
            assert after.level_rank > before.level_rank
        if after.move_kind is MoveKind.LATERAL:
            assert after.level_rank == before.level_rank
            assert after.function != before.function
        if after.move_kind is MoveKind.DIAGONAL:
            assert after.function != before.function
        assert after.pay is not None
        assert before.pay is not None
        assert after.pay > before.pay
    assert roles[-1].end_date is None
    assert roles[0].start_date == career.profile.get().career_start
    assert career.profile.get().next_appraisal > TODAY


def test_entries_lie_in_the_career_and_belong_to_their_role(career: Journal) -> None:
    roles = career.roles.list()
    entries = career.entries.list()
    assert len(entries) == 2000
    earliest = _years_before(TODAY, 13)
    for e in entries:
        assert earliest <= e.occurred_on <= TODAY
        holder = [r for r in roles if r.covers(e.occurred_on)]
        assert len(holder) == 1
        assert e.role_id == holder[0].id
    assert entries[0].occurred_on <= _years_before(TODAY, 12)


def test_entries_look_like_a_journal(career: Journal) -> None:
    entries = career.entries.list()
    kinds = Counter(e.kind for e in entries)
    assert set(kinds) == set(EntryKind)
    micro = sum(n for k, n in kinds.items() if k.is_micro_progression)
    assert micro > 0.9 * len(entries)
    promotion_days = {
        r.start_date
        for r in career.roles.list()
        if r.move_kind in (MoveKind.PROMOTION, MoveKind.DIAGONAL)
    }
    assert {e.occurred_on for e in entries if e.kind is EntryKind.PROMOTION} == promotion_days
    raises = [e for e in entries if e.kind is EntryKind.COMPENSATION and "raise" in e.title]
    assert len(raises) >= 4

    impacts = Counter(e.impact for e in entries)
    assert impacts[1] > impacts[2] > impacts[3] > impacts[4] > impacts[5] > 0
    assert all(e.body == "" or "\n" not in e.body for e in entries if e.impact == 1)
    measured = [e for e in entries if e.measurable_result]
    assert 0.15 < len(measured) / len(entries) < 0.6
    assert any("%" in e.measurable_result for e in measured)
    assert not any("lorem" in (e.title + e.body).lower() for e in entries)
    assert len({e.title for e in entries}) > 0.5 * len(entries)

    tags = Counter(t for e in entries for t in e.tags)
    assert 20 <= len(tags) <= 35
    assert all(len(e.tags) <= 3 for e in entries)
    assert any(not e.tags for e in entries)
    links = [link for e in entries for link in e.links]
    assert links
    assert all(link.url.startswith("https://example.org/") for link in links)

    per_year = Counter(e.occurred_on.year for e in entries if e.starred)
    full_years = range(entries[0].occurred_on.year + 1, TODAY.year)
    assert all(1 <= per_year[y] <= 8 for y in full_years)


def test_pace_rises_before_promotions(career: Journal) -> None:
    days = [e.occurred_on for e in career.entries.list()]
    half_year = dt.timedelta(days=150)
    for role in career.roles.list():
        if role.move_kind is not MoveKind.PROMOTION:
            continue
        before = sum(role.start_date - half_year <= d < role.start_date for d in days)
        after = sum(role.start_date < d <= role.start_date + half_year for d in days)
        assert before > 1.3 * after


def test_skill_assessments_rise_with_evidence(career: Journal) -> None:
    entries = {e.id: e for e in career.entries.list()}
    rising, total, evidenced = 0, 0, 0
    sources: set[AssessmentSource] = set()
    for band in career.skills.bands():
        for skill in band.skills:
            history = career.skills.history(skill.id)
            assert len(history) >= 2
            assert skill.target_level is not None
            assert all(1 <= a.level <= 5 for a in history)
            assert all(a.assessed_on <= TODAY for a in history)
            total += 1
            rising += history[-1].level > history[0].level
            sources |= {a.source for a in history}
            for a in history:
                if a.evidence_entry_id is not None:
                    evidenced += 1
                    evidence = entries[a.evidence_entry_id]
                    assert evidence.kind in (EntryKind.SKILL, EntryKind.CERTIFICATION)
                    assert evidence.occurred_on <= a.assessed_on
    assert rising >= 0.8 * total
    assert sources == set(AssessmentSource)
    assert evidenced >= 10


def test_goals_pinned_achieved_dropped(career: Journal) -> None:
    goals = career.goals.list()
    pinned = career.goals.pinned()
    assert pinned is not None
    assert pinned.status is GoalStatus.ACTIVE
    assert pinned.target_date is not None
    assert pinned.target_date > TODAY
    steps = pinned.milestones
    assert 5 <= len(steps) <= 7
    assert [m.position for m in steps] == list(range(len(steps)))
    assert len({m.weight for m in steps}) > 1
    done = [m for m in steps if m.done]
    assert done
    assert all(m.done_on <= TODAY for m in done if m.done_on)
    assert any(not m.done and m.due_on is not None and m.due_on > TODAY for m in steps)
    criteria = {m.criterion_kind: m.criterion for m in steps}
    skill_ids = {s.id for b in career.skills.bands() for s in b.skills}
    assert criteria[CriterionKind.SKILL_LEVEL]["skill_id"] in skill_ids
    assert criteria[CriterionKind.ENTRY_COUNT]["kind"] == "feedback"
    assert criteria[CriterionKind.ENTRY_COUNT]["count"] == 6
    dt.date.fromisoformat(criteria[CriterionKind.ENTRY_COUNT]["since"])
    assert sum(len(m.evidence_ids) for m in steps) >= 3
    statuses = Counter(g.status for g in goals)
    assert statuses == {GoalStatus.ACTIVE: 2, GoalStatus.ACHIEVED: 1, GoalStatus.DROPPED: 1}
    for goal in goals:
        if goal.status is not GoalStatus.ACTIVE:
            assert goal.closed_on is not None
            assert goal.closed_on <= TODAY
            assert not goal.pinned


def test_search_finds_demo_words(journal: Journal) -> None:
    demo.generate(journal, entries=400, seed=5, today=TODAY)
    promoted = journal.entries.search("promoted", limit=None)
    assert promoted
    assert all("promoted" in e.title.lower() for e in promoted)
    # Tags reach the index through the entry_tag trigger.
    tagged = [e for e in journal.entries.list() if "feedback" in e.tags]
    found = {e.id for e in journal.entries.search("feedback", limit=None)}
    assert tagged
    assert {e.id for e in tagged} <= found
    assert journal.check().ok


@pytest.mark.parametrize("force", [False, True])
def test_refuses_a_journal_with_entries_of_your_own(journal: Journal, force: bool) -> None:
    journal.entries.add(EntryDraft("My own entry", occurred_on=TODAY, tags=("mine",)))
    with pytest.raises(demo.DemoRefused, match=r"holds 1 entry of your own") as refused:
        demo.generate(journal, entries=100, today=TODAY, force=force)
    assert not refused.value.sample_only
    assert [e.title for e in journal.entries.list()] == ["My own entry"]


@pytest.mark.parametrize("force", [False, True])
def test_refuses_a_journal_with_only_roles(journal: Journal, force: bool) -> None:
    journal.roles.add(RoleDraft("Analyst", dt.date(2020, 1, 1)))
    with pytest.raises(demo.DemoRefused, match=r"holds 1 role of your own"):
        demo.generate(journal, entries=100, today=TODAY, force=force)
    assert [r.title for r in journal.roles.list()] == ["Analyst"]


def test_an_earlier_sample_is_replaced_only_with_force(journal: Journal) -> None:
    demo.generate(journal, entries=100, seed=1, today=TODAY)
    journal.entries.trash([1])  # what happens to a sample entry does not make it yours
    with pytest.raises(demo.DemoRefused, match=r"already holds a sample career \(100 entries\)"):
        demo.generate(journal, entries=120, seed=2, today=TODAY)
    summary = demo.generate(journal, entries=120, seed=2, today=TODAY, force=True)
    assert journal.entries.count(EntryQuery(trashed=None)) == 120 == summary.entries
    assert len(journal.roles.list()) == summary.roles
    assert len(journal.goals.list()) == 4
    assert len(journal.skills.bands()) == summary.bands

    journal.entries.add(EntryDraft("Mine after all", occurred_on=TODAY))
    with pytest.raises(demo.DemoRefused, match=r"holds 1 entry of your own"):
        demo.generate(journal, entries=120, seed=2, today=TODAY, force=True)
    assert journal.entries.count(EntryQuery(trashed=None)) == 121


def test_sample_entries_are_told_from_entries_a_person_wrote(journal: Journal) -> None:
    demo.generate(journal, entries=100, today=TODAY)
    mine = journal.entries.add(EntryDraft("Mine", occurred_on=TODAY))
    sample = [e for e in journal.entries.list(EntryQuery(trashed=None)) if e.id != mine.id]
    assert len(sample) == 100
    assert all(demo.is_sample(e.created_at) for e in sample)
    assert not demo.is_sample(journal.entries.get(mine.id).created_at)


def test_a_profile_alone_is_kept_and_its_scale_used(sqlite_journal: Journal) -> None:
    sqlite_journal.profile.update(name="Sam", skill_scale=SkillScale.SFIA)
    demo.generate(sqlite_journal, entries=100, today=TODAY)
    profile = sqlite_journal.profile.get()
    assert profile.name == "Sam"
    assert profile.skill_scale is SkillScale.SFIA
    assert profile.career_start == sqlite_journal.roles.list()[0].start_date
    levels = [
        a.level
        for b in sqlite_journal.skills.bands()
        for s in b.skills
        for a in sqlite_journal.skills.history(s.id)
    ]
    assert max(levels) == 7


def test_progress_rises_to_the_total(
    sqlite_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo, "CHUNK", 100)
    calls: list[tuple[int, int]] = []
    demo.generate(
        sqlite_journal, entries=350, today=TODAY, progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0] == (0, 350)
    assert calls[-1] == (350, 350)
    assert len(calls) >= 4
    assert all(t == 350 for _, t in calls)
    done = [d for d, _ in calls]
    assert done == sorted(set(done))


def test_announces_a_reload(sqlite_journal: Journal) -> None:
    seen: list[Change] = []
    sqlite_journal.changes.subscribe(seen.append)
    demo.generate(sqlite_journal, entries=60, today=TODAY)
    assert seen == [Change.of(Topic.ALL, Action.RELOADED)]


@pytest.mark.parametrize("entries", [49, 1_000_001, 0, -5])
def test_rejects_sizes_out_of_range(sqlite_journal: Journal, entries: int) -> None:
    with pytest.raises(ValidationError, match="50 to 1,000,000"):
        demo.generate(sqlite_journal, entries=entries)
    assert sqlite_journal.entries.count() == 0


def test_defaults_end_today(sqlite_journal: Journal) -> None:
    summary = demo.generate(sqlite_journal, entries=demo.MIN_ENTRIES)
    assert summary.entries == demo.MIN_ENTRIES
    span = sqlite_journal.entries.date_span()
    assert span is not None
    assert span[1] <= dt.date.today()
    assert demo.DEFAULT_ENTRIES == 1500
    assert demo.DEFAULT_SEED == 7


def test_twenty_thousand_entries_stay_consistent(sqlite_journal: Journal) -> None:
    summary = demo.generate(sqlite_journal, entries=20_000, seed=9, today=TODAY)
    assert summary.entries == sqlite_journal.entries.count() == 20_000
    report = sqlite_journal.check()
    assert report.ok, report.problems
    assert len(sqlite_journal.entries.search("latency", limit=None)) > 100
