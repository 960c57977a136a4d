"""Reviews that took place, and the journal's profile settings."""

from __future__ import annotations

import datetime as dt

import pytest

from careerjournal.domain import SkillScale
from careerjournal.services import (
    Journal,
    NotFoundError,
    ProfileRecord,
    ReviewRecord,
    RoleDraft,
    ValidationError,
)

D = dt.date
DEFAULTS = ProfileRecord(
    name="",
    career_start=None,
    skill_scale=SkillScale.DREYFUS,
    week_start=0,
    next_appraisal=None,
    stage_override=None,
    band_share=0.75,
)

# -- reviews ------------------------------------------------------------------------------------


def test_add_review_takes_the_role_held_that_day(journal: Journal) -> None:
    analyst = journal.roles.add(RoleDraft("Analyst", D(2019, 1, 1), end_date=D(2020, 12, 31)))
    engineer = journal.roles.add(RoleDraft("Engineer", D(2021, 1, 1)))
    before = journal.reviews.add(D(2018, 12, 1), "probation passed")
    first = journal.reviews.add(D(2020, 12, 31), "  exceeds  ", "  great year \n")
    second = journal.reviews.add(D(2021, 1, 1))
    assert before.role_id is None
    assert first == ReviewRecord(
        id=first.id,
        held_on=D(2020, 12, 31),
        outcome="exceeds",
        notes="great year",
        role_id=analyst.id,
    )
    assert (second.role_id, second.outcome, second.notes) == (engineer.id, "", "")


def test_outcome_is_cut_to_its_column_and_dates_are_checked(journal: Journal) -> None:
    record = journal.reviews.add(D(2024, 1, 1), "o" * 250)
    assert record.outcome == "o" * 200
    assert journal.reviews.list() == [record]
    for day in (D(1899, 12, 31), D(2201, 1, 1)):
        with pytest.raises(ValidationError) as info:
            journal.reviews.add(day)
        assert info.value.field == "review date"
    assert journal.reviews.list() == [record]


def test_list_latest_and_delete(journal: Journal) -> None:
    assert journal.reviews.list() == []
    assert journal.reviews.latest() is None
    mid = journal.reviews.add(D(2022, 6, 1), "mid")
    last = journal.reviews.add(D(2023, 6, 1), "last")
    first = journal.reviews.add(D(2021, 6, 1), "first")
    same_day = journal.reviews.add(D(2023, 6, 1), "same day, later")
    assert journal.reviews.list() == [first, mid, last, same_day]
    assert journal.reviews.latest() == same_day

    journal.reviews.delete(same_day.id, expected_version=same_day.version)
    assert journal.reviews.latest() == last
    journal.reviews.delete(first.id, expected_version=first.version)
    assert journal.reviews.list() == [mid, last]
    with pytest.raises(NotFoundError):
        journal.reviews.delete(first.id, expected_version=first.version)
    assert journal.reviews.list() == [mid, last]


# -- profile ------------------------------------------------------------------------------------


def test_profile_defaults(journal: Journal) -> None:
    assert journal.profile.get() == DEFAULTS


ONE_FIELD = [
    ("name", "Ada Lovelace"),
    ("career_start", D(2012, 9, 1)),
    ("skill_scale", SkillScale.SFIA),
    ("week_start", 6),
    ("next_appraisal", D(2025, 3, 15)),
    ("stage_override", "mid"),
    ("band_share", 1.0),
]


def test_update_one_field_at_a_time(journal: Journal) -> None:
    for field, value in ONE_FIELD:
        record = journal.profile.update(**{field: value})
        assert getattr(record, field) == value, field
        assert journal.profile.get() == record, field
        others = {k: v for k, v in DEFAULTS.__dict__.items() if k != field}
        assert {k: v for k, v in record.__dict__.items() if k != field} == others, field
        assert journal.profile.update(**DEFAULTS.__dict__) == DEFAULTS  # every field at once
        assert journal.profile.get() == DEFAULTS


def test_updates_accumulate_and_can_be_undone(journal: Journal, db_location: str) -> None:
    journal.profile.update(name="  Ada  ", career_start=D(2012, 9, 1))
    journal.profile.update(stage_override="late", band_share=0.5, week_start=3)
    expected = ProfileRecord(
        name="Ada",
        career_start=D(2012, 9, 1),
        skill_scale=SkillScale.DREYFUS,
        week_start=3,
        next_appraisal=None,
        stage_override="late",
        band_share=0.5,
    )
    assert journal.profile.get() == expected
    with Journal.open(db_location) as reopened:  # stored, not cached
        assert reopened.profile.get() == expected
    cleared = journal.profile.update(stage_override=None, career_start=None)
    assert (cleared.stage_override, cleared.career_start, cleared.name) == (None, None, "Ada")


INVALID = [
    ({"week_start": 7}, "week_start"),
    ({"week_start": -1}, "week_start"),
    ({"band_share": 0}, "band_share"),
    ({"band_share": 1.5}, "band_share"),
    ({"band_share": -0.25}, "band_share"),
    ({"stage_override": "senior"}, "stage"),
    ({"stage_override": ""}, "stage"),
    ({"favourite_colour": "blue"}, "profile"),
    ({"career_start": D(1800, 1, 1)}, "career start"),
    ({"next_appraisal": D(2300, 1, 1)}, "next appraisal"),
    ({"name": "n" * 201}, "name"),
    ({"name": "Valid", "week_start": 9}, "week_start"),  # nothing of a refused update is kept
]


def test_invalid_updates_are_refused_and_change_nothing(journal: Journal) -> None:
    journal.profile.update(name="Ada", week_start=2)
    before = journal.profile.get()
    for changes, field in INVALID:
        with pytest.raises(ValidationError) as info:
            journal.profile.update(**changes)
        assert info.value.field == field, changes
        assert journal.profile.get() == before, changes


def test_a_refused_first_update_creates_no_profile(journal: Journal) -> None:
    with pytest.raises(ValidationError):
        journal.profile.update(name="Ada", band_share=2)
    assert journal.profile.get() == DEFAULTS
