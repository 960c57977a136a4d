"""Roles: the formal steps of a career, and how entries and reviews follow them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.services import (
    EntryDraft,
    EntryQuery,
    Journal,
    NotFoundError,
    RoleDraft,
    RoleRecord,
    ValidationError,
)
from careerjournal.services.roles import Promotion, RoleStep, promoted_roles, promotions

D = dt.date
START = D(2020, 1, 1)


def role(title: str = "Engineer", start: dt.date = START, **fields: object) -> RoleDraft:
    return RoleDraft(title=title, start_date=start, **fields)  # type: ignore[arg-type]


def entry(journal: Journal, day: dt.date, title: str = "Did a thing", **fields: object) -> int:
    return journal.entries.add(EntryDraft(title, occurred_on=day, **fields)).id  # type: ignore[arg-type]


def test_add_with_every_field_normalises_and_round_trips(journal: Journal) -> None:
    record = journal.roles.add(
        role(
            "  Senior   Engineer ",
            D(2021, 4, 1),
            organisation="  Acme Ltd ",
            function=" Platform ",
            level=" L5 ",
            level_rank=5,
            end_date=D(2023, 3, 31),
            move_kind=MoveKind.PROMOTION,
            pay=Decimal("85000.50"),
            currency=" gbp ",
            notes="  Promoted after the migration.  ",
            volunteer=False,
        )
    )
    assert record.id > 0
    assert record == RoleRecord(
        id=record.id,
        title="Senior Engineer",
        organisation="Acme Ltd",
        function="Platform",
        level="L5",
        level_rank=5,
        start_date=D(2021, 4, 1),
        end_date=D(2023, 3, 31),
        move_kind=MoveKind.PROMOTION,
        pay=Decimal("85000.50"),
        currency="GBP",
        notes="Promoted after the migration.",
        volunteer=False,
    )
    assert journal.roles.get(record.id) == record
    assert journal.roles.list() == [record]


def test_add_defaults_and_edge_values(journal: Journal) -> None:
    record = journal.roles.add(
        role("Intern", D(2015, 6, 1), end_date=D(2015, 6, 1), pay=Decimal(0))
    )
    assert (record.start_date, record.end_date) == (D(2015, 6, 1), D(2015, 6, 1))
    assert record.pay == Decimal(0)
    assert (record.currency, record.organisation, record.notes) == ("", "", "")
    assert record.move_kind is MoveKind.FIRST
    assert record.volunteer is False
    unpaid = journal.roles.add(role("Volunteer", D(2016, 1, 1), volunteer=True))
    assert (unpaid.pay, unpaid.end_date, unpaid.volunteer) == (None, None, True)


def role_with(**fields: object) -> RoleDraft:
    start = fields.pop("start_date", D(2020, 1, 1))
    return role(fields.pop("title", "New"), start, **fields)  # type: ignore[arg-type]


INVALID = [
    ({"end_date": D(2019, 12, 31)}, "end date"),
    ({"pay": Decimal("-0.01")}, "pay"),
    ({"currency": "US"}, "currency"),
    ({"currency": "EURO"}, "currency"),
    ({"title": "   "}, "title"),
    ({"title": "t" * 201}, "title"),
    ({"start_date": D(1899, 1, 1)}, "start date"),
    ({"end_date": D(2201, 1, 1)}, "end date"),
    ({"organisation": "o" * 201}, "organisation"),
    ({"function": "f" * 101}, "function"),
    ({"level": "l" * 51}, "level"),
]


def test_invalid_roles_are_refused_and_nothing_is_written(journal: Journal) -> None:
    kept = journal.roles.add(role("Kept", D(2020, 1, 1)))
    before_entry = entry(journal, D(2021, 1, 1))
    for fields, field in INVALID:
        draft = role_with(**fields)
        with pytest.raises(ValidationError) as info:
            journal.roles.add(draft)
        assert info.value.field == field, fields
        with pytest.raises(ValidationError) as info:
            journal.roles.update(
                kept.id, draft, expected_version=journal.roles.get(kept.id).version
            )
        assert info.value.field == field, fields
    assert journal.roles.list() == [kept]
    assert journal.entries.get(before_entry).role_id == kept.id


def test_update_replaces_every_field(journal: Journal) -> None:
    old = journal.roles.add(role("Analyst", D(2019, 1, 1), organisation="Acme", pay=Decimal(100)))
    new = journal.roles.update(
        old.id,
        role(
            "Data Scientist",
            D(2019, 2, 1),
            organisation="Beta Co",
            function="Data",
            level="P3",
            level_rank=3,
            end_date=D(2020, 2, 1),
            move_kind=MoveKind.LATERAL,
            pay=None,
            currency="eur",
            notes="moved teams",
            volunteer=True,
        ),
        expected_version=journal.roles.get(old.id).version,
    )
    assert new.id == old.id
    assert (new.title, new.start_date, new.end_date) == (
        "Data Scientist",
        D(2019, 2, 1),
        D(2020, 2, 1),
    )
    assert (new.organisation, new.function, new.level, new.level_rank) == (
        "Beta Co",
        "Data",
        "P3",
        3,
    )
    assert (new.move_kind, new.pay, new.currency, new.notes, new.volunteer) == (
        MoveKind.LATERAL,
        None,
        "EUR",
        "moved teams",
        True,
    )
    assert journal.roles.get(old.id) == new


def test_entries_show_the_renamed_role(journal: Journal) -> None:
    record = journal.roles.add(role("Analyst", D(2019, 1, 1)))
    entry_id = entry(journal, D(2019, 5, 5))
    journal.roles.update(
        record.id,
        role("Senior Analyst", D(2019, 1, 1)),
        expected_version=journal.roles.get(record.id).version,
    )
    assert journal.entries.get(entry_id).role_title == "Senior Analyst"


def test_delete_keeps_entries_and_reviews_without_a_role(journal: Journal) -> None:
    gone = journal.roles.add(role("Analyst", D(2019, 1, 1), end_date=D(2019, 12, 31)))
    kept = journal.roles.add(role("Engineer", D(2020, 1, 1)))
    orphan = entry(journal, D(2019, 6, 1), tags=("sql",))
    other = entry(journal, D(2020, 6, 1))
    review = journal.reviews.add(D(2019, 11, 1), "met expectations")

    assert (
        journal.roles.delete(gone.id, expected_version=journal.roles.get(gone.id).version) is None
    )

    with pytest.raises(NotFoundError):
        journal.roles.get(gone.id)
    assert journal.roles.list() == [kept]
    record = journal.entries.get(orphan)
    assert (record.role_id, record.role_title, record.tags) == (None, "", ("sql",))
    assert journal.entries.get(other).role_id == kept.id
    assert journal.entries.count(EntryQuery(role_id=gone.id)) == 0
    assert [r.role_id for r in journal.reviews.list()] == [None]
    assert journal.reviews.list()[0].id == review.id


def test_missing_roles_are_not_found(journal: Journal) -> None:
    with pytest.raises(NotFoundError, match="no role 77"):
        journal.roles.get(77)
    with pytest.raises(NotFoundError):
        journal.roles.update(77, role(), expected_version=1)
    with pytest.raises(NotFoundError):
        journal.roles.delete(77, expected_version=1)
    assert journal.roles.list() == []


def test_list_is_ordered_by_start_then_insertion(journal: Journal) -> None:
    c = journal.roles.add(role("C", D(2022, 1, 1)))
    a = journal.roles.add(role("A", D(2018, 1, 1), end_date=D(2019, 1, 1)))
    b2 = journal.roles.add(role("B2", D(2020, 1, 1)))
    b1 = journal.roles.add(role("B1", D(2020, 1, 1)))
    assert [r.title for r in journal.roles.list()] == ["A", "B2", "B1", "C"]
    journal.roles.update(
        c.id, role("C", D(2017, 1, 1)), expected_version=journal.roles.get(c.id).version
    )
    assert [r.id for r in journal.roles.list()] == [c.id, a.id, b2.id, b1.id]


def test_at_finds_the_role_held_on_a_day(journal: Journal) -> None:
    assert journal.roles.at(D(2020, 1, 1)) is None
    analyst = journal.roles.add(role("Analyst", D(2018, 1, 1), end_date=D(2019, 6, 30)))
    engineer = journal.roles.add(role("Engineer", D(2019, 9, 1)))
    mentor = journal.roles.add(role("Mentor", D(2021, 1, 1), end_date=D(2021, 12, 31)))
    expectations = [
        (D(2017, 12, 31), None),
        (D(2018, 1, 1), analyst),
        (D(2019, 6, 30), analyst),
        (D(2019, 7, 1), None),  # between roles
        (D(2019, 9, 1), engineer),
        (D(2021, 1, 1), mentor),  # overlap: the latest started
        (D(2021, 12, 31), mentor),
        (D(2022, 1, 1), engineer),  # the overlapping one ended
    ]
    for day, expected in expectations:
        assert journal.roles.at(day) == expected, day
    assert journal.roles.current() == engineer


def test_overlapping_roles_starting_the_same_day_prefer_the_later_added(journal: Journal) -> None:
    journal.roles.add(role("Day job", D(2020, 1, 1)))
    side = journal.roles.add(role("Side project", D(2020, 1, 1)))
    assert journal.roles.at(D(2020, 5, 5)) == side
    assert journal.entries.get(entry(journal, D(2020, 5, 5))).role_id == side.id


def test_current_is_none_when_the_last_role_ended(journal: Journal) -> None:
    journal.roles.add(role("Old job", D(2010, 1, 1), end_date=dt.date.today() - dt.timedelta(1)))
    assert journal.roles.current() is None
    today = journal.roles.add(role("Starts today", dt.date.today()))
    assert journal.roles.current() == today


def test_a_new_role_takes_the_unassigned_entries_in_its_period(journal: Journal) -> None:
    before = entry(journal, D(2019, 12, 31))
    first_day = entry(journal, D(2020, 1, 1))
    middle = entry(journal, D(2020, 6, 1))
    last_day = entry(journal, D(2020, 12, 31))
    after = entry(journal, D(2021, 1, 1))
    other = journal.roles.add(role("Other", D(2010, 1, 1)), assign_entries=False)
    elsewhere = entry(journal, D(2020, 7, 1), role_id=other.id)
    assert journal.entries.get(middle).role_id is None  # added before any role covered it

    added = journal.roles.add(role("Engineer", D(2020, 1, 1), end_date=D(2020, 12, 31)))

    role_of = {i: journal.entries.get(i).role_id for i in (before, first_day, middle, last_day)}
    assert role_of == {before: None, first_day: added.id, middle: added.id, last_day: added.id}
    assert journal.entries.get(after).role_id is None
    assert journal.entries.get(elsewhere).role_id == other.id  # an assigned entry stays
    assert journal.entries.get(middle).role_title == "Engineer"
    assert journal.entries.count(EntryQuery(role_id=added.id)) == 3


def test_an_open_ended_role_takes_every_later_unassigned_entry(journal: Journal) -> None:
    early = entry(journal, D(2015, 1, 1))
    late = entry(journal, D(2030, 1, 1))
    added = journal.roles.add(role("Founder", D(2016, 1, 1)))
    assert journal.entries.get(early).role_id is None
    assert journal.entries.get(late).role_id == added.id


def test_assign_entries_false_leaves_entries_alone(journal: Journal) -> None:
    entry_id = entry(journal, D(2020, 6, 1))
    journal.roles.add(role("Engineer", D(2020, 1, 1)), assign_entries=False)
    assert journal.entries.get(entry_id).role_id is None
    assert journal.entries.get(entry(journal, D(2020, 6, 2))).role_title == "Engineer"


# -- the one definition of a promotion --------------------------------------------------------


def step(
    role_id: int,
    start: dt.date,
    move: MoveKind,
    rank: int = 0,
    *,
    volunteer: bool = False,
) -> RoleStep:
    return RoleStep(role_id, f"Role {role_id}", start, move, rank, volunteer)


def test_promotion_rule_by_move_kind_and_rank() -> None:
    found = promotions(
        [
            step(1, D(2010, 1, 1), MoveKind.FIRST, 1),
            step(2, D(2011, 1, 1), MoveKind.PROMOTION),  # the user said so: no rank needed
            step(3, D(2012, 1, 1), MoveKind.LATERAL, 5),  # lateral: never by rank
            step(4, D(2013, 1, 1), MoveKind.DIAGONAL, 6),  # 5 -> 6: a diagonal step up
            step(5, D(2014, 1, 1), MoveKind.DIAGONAL, 6),  # same rank: a move, not a promotion
            step(6, D(2015, 1, 1), MoveKind.NEW_EMPLOYER, 7),  # a higher rank elsewhere
            step(7, D(2016, 1, 1), MoveKind.NEW_EMPLOYER, 7),  # the same rank elsewhere
            step(8, D(2017, 1, 1), MoveKind.NEW_EMPLOYER, 3),  # a step down
        ]
    )
    assert [(p.role_id, p.source) for p in found] == [
        (2, "role"),
        (4, "role"),
        (6, "role"),
    ]
    assert promoted_roles(found) == {2, 4, 6}


def test_promotion_rule_needs_both_ranks_and_skips_volunteer_roles() -> None:
    found = promotions(
        [
            step(1, D(2010, 1, 1), MoveKind.FIRST),  # no rank
            step(2, D(2011, 1, 1), MoveKind.NEW_EMPLOYER, 3),  # 0 -> 3: unknown, not a step
            step(3, D(2012, 1, 1), MoveKind.DIAGONAL, 9, volunteer=True),  # volunteering
            step(4, D(2013, 1, 1), MoveKind.DIAGONAL, 4),  # 3 -> 4: the volunteer role skipped
        ]
    )
    assert [p.role_id for p in found] == [4]


def test_promotion_entries_count_once_per_day_and_name_the_role() -> None:
    roles = [
        step(1, D(2010, 1, 1), MoveKind.FIRST, 1),
        step(2, D(2012, 1, 1), MoveKind.PROMOTION, 2),
        step(3, D(2014, 1, 1), MoveKind.LATERAL, 2),
    ]
    entries = [
        (D(2012, 1, 1), "Promoted"),  # the same step as role 2: once, as the role
        (D(2014, 1, 1), "Promoted sideways"),  # the user called the lateral move a promotion
        (D(2016, 5, 1), "Promoted to Staff"),  # no role began: named after the entry
        (D(2016, 5, 1), "Twice"),
    ]
    assert promotions(roles, entries) == (
        Promotion(D(2012, 1, 1), "Role 2", "role", 2),
        Promotion(D(2014, 1, 1), "Role 3", "entry", 3),
        Promotion(D(2016, 5, 1), "Promoted to Staff", "entry", None),
    )


def test_role_service_promotions_reads_roles_and_live_promotion_entries(journal: Journal) -> None:
    journal.roles.add(role("Engineer", D(2019, 1, 1), level_rank=2))
    journal.roles.add(
        role("Lead", D(2021, 1, 1), level_rank=3, move_kind=MoveKind.DIAGONAL, function="Platform")
    )
    entry(journal, D(2022, 6, 1), "Promoted to Staff", kind=EntryKind.PROMOTION)
    trashed = entry(journal, D(2023, 1, 1), "Not any more", kind=EntryKind.PROMOTION)
    journal.entries.trash([trashed])
    found = journal.roles.promotions()
    assert [(p.day, p.title, p.source) for p in found] == [
        (D(2021, 1, 1), "Lead", "role"),
        (D(2022, 6, 1), "Promoted to Staff", "entry"),
    ]
    assert [p.day for p in journal.roles.promotions(until=D(2021, 12, 31))] == [D(2021, 1, 1)]
