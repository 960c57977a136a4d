"""The timeline's data is a service like the others: `Journal.timeline`."""

from __future__ import annotations

import datetime as dt

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.services import EntryDraft, EntryQuery, Journal, RoleDraft
from careerjournal.services.base import Service
from careerjournal.services.timeline import TimelineService, timeline_data

D = dt.date


def test_journal_timeline_is_a_service_built_once(journal: Journal) -> None:
    service = journal.timeline
    assert isinstance(service, TimelineService)
    assert isinstance(service, Service)
    assert journal.timeline is service


def test_data_reads_lanes_roles_and_markers_as_facts(journal: Journal) -> None:
    journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), level="L3", level_rank=3))
    senior = journal.roles.add(
        RoleDraft(
            "Senior Engineer",
            D(2022, 1, 1),
            move_kind=MoveKind.DIAGONAL,
            level="L4",
            level_rank=4,
        )
    )
    journal.entries.add(EntryDraft("Ran the migration", occurred_on=D(2021, 5, 1), impact=4))
    skill = journal.entries.add(
        EntryDraft("Learned Rust", occurred_on=D(2021, 6, 1), kind=EntryKind.SKILL)
    )

    data = journal.timeline.data(
        EntryQuery(kinds=frozenset({EntryKind.SKILL})), today=D(2023, 1, 1)
    )
    lanes = {lane.kind: lane.ids for lane in data.lanes}
    assert lanes[EntryKind.SKILL] == (skill.id,)
    assert not any(ids for kind, ids in lanes.items() if kind is not EntryKind.SKILL)
    assert [r.title for r in data.roles] == ["Engineer", "Senior Engineer"]
    # The marker carries facts (how, who, which role); the words are the reader's to choose.
    (marker,) = data.markers
    assert (marker.day, marker.move_kind, marker.title) == (
        D(2022, 1, 1),
        MoveKind.DIAGONAL,
        "Senior Engineer",
    )
    assert (marker.promotion, marker.role_id) == (True, senior.id)
    assert marker.label == "Promotion (diagonal move): Senior Engineer"  # English, from labels
    assert data.momentum.days[-1] == D(2023, 1, 1).toordinal()
    assert (data.momentum.window_days, data.momentum.step_days) == (90, 7)  # for the caption


def test_the_old_function_is_the_service(journal: Journal) -> None:
    journal.entries.add(EntryDraft("Talk", occurred_on=D(2024, 2, 1), kind=EntryKind.NETWORK))
    today = D(2024, 6, 1)
    assert timeline_data(journal, today=today) == journal.timeline.data(today=today)


def test_reading_announces_nothing(journal: Journal) -> None:
    heard: list[object] = []
    journal.changes.subscribe(heard.append)
    journal.timeline.data()
    assert heard == []
