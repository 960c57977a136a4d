"""Timeline data: lanes, role spans, role-change markers and momentum, on hand-built journals."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.services import EntryDraft, EntryQuery, Journal, RoleDraft
from careerjournal.services.timeline import LANE_KINDS, momentum, timeline_data

D = dt.date


def add(journal: Journal, day: dt.date, kind: EntryKind, impact: int = 2, title: str = "x") -> int:
    return journal.entries.add(
        EntryDraft(title=title, occurred_on=day, kind=kind, impact=impact)
    ).id


def test_momentum_by_hand() -> None:
    # entries on day 10 (impact 2), 15 (3), 40 (1); window 10 days, sampled every 10 days from 0
    series = momentum([10, 15, 40], [2, 3, 1], start=0, end=45, window_days=10, step_days=10)
    assert series.days == (0, 10, 20, 30, 40, 45)
    # day 0: nothing; 10: (0,10] -> 2; 20: (10,20] -> 3; 30: (20,30] -> 0; 40: (30,40] -> 1;
    # 45: (35,45] -> 1
    assert series.values == (0.0, 2.0, 3.0, 0.0, 1.0, 1.0)
    assert "10 days" in series.explanation
    assert "every 10 days" in series.explanation


def test_momentum_window_edges_and_same_day_entries() -> None:
    series = momentum([5, 5, 6], [1, 4, 2], start=5, end=6, window_days=1, step_days=1)
    assert series.days == (5, 6)
    assert series.values == (5.0, 2.0)  # (4,5] holds both day-5 entries; (5,6] only day 6
    assert momentum([], [], start=0, end=-1).days == ()
    with pytest.raises(ValueError, match="at least one day"):
        momentum([], [], start=0, end=1, window_days=0)


def test_lanes_roles_and_markers(journal: Journal) -> None:
    first = journal.roles.add(
        RoleDraft(
            "Engineer",
            D(2020, 1, 1),
            end_date=D(2021, 12, 31),
            level="L3",
            level_rank=3,
            function="Backend",
        )
    )
    journal.roles.add(
        RoleDraft(
            "Senior Engineer",
            D(2022, 1, 1),
            end_date=D(2023, 6, 30),
            move_kind=MoveKind.PROMOTION,
            level="L4",
            level_rank=4,
            function="Backend",
        )
    )
    journal.roles.add(
        RoleDraft(
            "SRE",
            D(2023, 7, 1),
            move_kind=MoveKind.LATERAL,
            level="L4",
            level_rank=4,
            function="Operations",
        )
    )
    skill = add(journal, D(2020, 3, 1), EntryKind.SKILL, 3)
    project = add(journal, D(2021, 5, 1), EntryKind.PROJECT, 4)
    add(journal, D(2021, 6, 1), EntryKind.PROJECT, 1)
    add(journal, D(2022, 1, 1), EntryKind.PROMOTION, 5)  # formal step: no lane
    add(journal, D(2022, 2, 1), EntryKind.OTHER, 1)  # catch-all: no lane

    data = timeline_data(journal, today=D(2024, 1, 1))
    assert [lane.kind for lane in data.lanes] == list(LANE_KINDS)
    counts = {lane.kind: len(lane.ids) for lane in data.lanes}
    assert counts[EntryKind.SKILL] == 1
    assert counts[EntryKind.PROJECT] == 2
    assert sum(counts.values()) == 3
    projects = data.lanes[LANE_KINDS.index(EntryKind.PROJECT)]
    assert projects.ids[0] == project
    assert projects.days == (D(2021, 5, 1).toordinal(), D(2021, 6, 1).toordinal())
    assert projects.impacts == (4, 1)
    assert data.lanes[LANE_KINDS.index(EntryKind.SKILL)].ids == (skill,)

    assert [r.title for r in data.roles] == ["Engineer", "Senior Engineer", "SRE"]
    assert data.roles[0].role_id == first.id
    assert [(m.day, m.move_kind) for m in data.markers] == [
        (D(2022, 1, 1), MoveKind.PROMOTION),
        (D(2023, 7, 1), MoveKind.LATERAL),
    ]
    assert data.markers[0].label == "Promotion: Senior Engineer"
    assert data.first_day == D(2020, 1, 1)
    assert data.last_day == D(2023, 7, 1)
    # momentum runs weekly from the first day to today
    assert data.momentum.days[0] == D(2020, 1, 1).toordinal()
    assert data.momentum.days[-1] == D(2024, 1, 1).toordinal()
    assert not data.is_empty


def test_momentum_counts_only_micro_progressions(journal: Journal) -> None:
    add(journal, D(2024, 1, 10), EntryKind.FEEDBACK, 2)
    add(journal, D(2024, 1, 20), EntryKind.LEARNING, 3)
    add(journal, D(2024, 1, 20), EntryKind.PROMOTION, 5)
    add(journal, D(2024, 1, 21), EntryKind.OTHER, 4)
    data = timeline_data(journal, window_days=30, step_days=1, today=D(2024, 1, 21))
    by_day = dict(zip(data.momentum.days, data.momentum.values, strict=True))
    assert by_day[D(2024, 1, 10).toordinal()] == 2.0
    assert by_day[D(2024, 1, 19).toordinal()] == 2.0
    assert by_day[D(2024, 1, 21).toordinal()] == 5.0  # promotion and other do not count


def test_query_narrows_lanes_and_trash_is_left_out(journal: Journal) -> None:
    keep = journal.entries.add(
        EntryDraft(title="Kubernetes talk", occurred_on=D(2024, 2, 1), kind=EntryKind.NETWORK)
    ).id
    gone = add(journal, D(2024, 2, 2), EntryKind.NETWORK)
    add(journal, D(2024, 2, 3), EntryKind.SKILL)
    journal.entries.trash([gone])

    def ids(query: EntryQuery) -> set[int]:
        data = timeline_data(journal, query, today=D(2024, 3, 1))
        return {i for lane in data.lanes for i in lane.ids}

    assert len(ids(EntryQuery())) == 2
    assert ids(EntryQuery(text="kube")) == {keep}
    assert ids(EntryQuery(kinds=frozenset({EntryKind.NETWORK}))) == {keep}


def test_empty_journal(journal: Journal) -> None:
    data = timeline_data(journal)
    assert data.is_empty
    assert data.first_day is None
    assert data.momentum.days == ()
    assert data.last_review is None


def test_last_review_is_the_newest(journal: Journal) -> None:
    journal.reviews.add(D(2023, 3, 1), "meets")
    journal.reviews.add(D(2024, 3, 1), "exceeds")
    assert timeline_data(journal).last_review == D(2024, 3, 1)


@pytest.mark.sqlite_only
def test_large_journal_loads_quickly(sqlite_journal: Journal) -> None:
    """Not a timing assertion (benchmarks hold those): the bulk path must work at scale."""
    from careerjournal.services import demo

    demo.generate(sqlite_journal, entries=20_000, seed=2)
    started = time.perf_counter()
    data = timeline_data(sqlite_journal)
    elapsed = time.perf_counter() - started
    total = sum(len(lane.ids) for lane in data.lanes)
    assert 15_000 < total <= 20_000
    assert all(list(lane.days) == sorted(lane.days) for lane in data.lanes)
    print(f"timeline_data for 20,000 entries: {elapsed * 1000:.0f} ms")


def test_promotion_markers_follow_the_shared_definition(journal: Journal) -> None:
    journal.roles.add(RoleDraft("Engineer", D(2018, 1, 1), level_rank=3))
    journal.roles.add(RoleDraft("SRE", D(2019, 1, 1), level_rank=3, move_kind=MoveKind.LATERAL))
    lead = journal.roles.add(
        RoleDraft("Lead", D(2021, 1, 1), level_rank=4, move_kind=MoveKind.DIAGONAL)
    )
    add(journal, D(2022, 5, 1), EntryKind.PROMOTION, title="Promoted to Staff")  # no role began
    # Filtered to projects, the promotions are still the career's promotions.
    data = timeline_data(
        journal, EntryQuery(kinds=frozenset({EntryKind.PROJECT})), today=D(2023, 1, 1)
    )
    assert [(m.day, m.move_kind, m.promotion, m.role_id) for m in data.markers] == [
        (D(2019, 1, 1), MoveKind.LATERAL, False, 2),
        (D(2021, 1, 1), MoveKind.DIAGONAL, True, lead.id),
        (D(2022, 5, 1), MoveKind.PROMOTION, True, None),
    ]
    assert [m.label for m in data.markers] == [
        "Lateral move: SRE",
        "Promotion (diagonal move): Lead",
        "Promotion: Promoted to Staff",
    ]
