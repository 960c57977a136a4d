"""Skill bands, skills, and their assessment history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from careerjournal.domain import AssessmentSource, SkillAssessment, SkillScale
from careerjournal.services import (
    AssessmentRecord,
    EntryDraft,
    Journal,
    NotFoundError,
    SkillRecord,
    ValidationError,
)

D = dt.date


def assessment_rows(journal: Journal) -> int:
    with journal.store.read() as session:
        return int(session.scalar(select(func.count(SkillAssessment.id))) or 0)


def band_names(journal: Journal) -> list[str]:
    return [b.name for b in journal.skills.bands()]


def skill_names(journal: Journal, band_id: int) -> list[str]:
    band = next(b for b in journal.skills.bands() if b.id == band_id)
    return [s.name for s in band.skills]


# -- bands --------------------------------------------------------------------------------------


def test_add_bands_in_order(journal: Journal) -> None:
    assert journal.skills.bands() == []
    tech = journal.skills.add_band("  Technical   skills ", "  what I build with  ")
    people = journal.skills.add_band("People")
    assert (tech.name, tech.description, tech.position, tech.skills) == (
        "Technical skills",
        "what I build with",
        0,
        (),
    )
    assert people.position == 1
    assert journal.skills.bands() == [tech, people]


def test_band_names_are_unique_ignoring_case(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    for name in ("technical", "TECHNICAL", "  Technical "):
        with pytest.raises(ValidationError) as info:
            journal.skills.add_band(name)
        assert info.value.field == "name", name
    for bad, field in (("", "band name"), ("   ", "band name"), ("b" * 121, "band name")):
        with pytest.raises(ValidationError) as info:
            journal.skills.add_band(bad)
        assert info.value.field == field
    assert journal.skills.bands() == [tech]


def test_rename_band(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical", "old description")
    people = journal.skills.add_band("People")

    renamed = journal.skills.rename_band(
        tech.id, "Engineering", expected_version=journal.skills.get_band(tech.id).version
    )
    assert (renamed.name, renamed.description) == ("Engineering", "old description")
    described = journal.skills.rename_band(
        tech.id,
        "Engineering",
        "  new description ",
        expected_version=journal.skills.get_band(tech.id).version,
    )
    assert described.description == "new description"
    cased = journal.skills.rename_band(
        tech.id, "ENGINEERING", expected_version=journal.skills.get_band(tech.id).version
    )  # its own name in other case
    assert cased.name == "ENGINEERING"

    with pytest.raises(ValidationError) as info:
        journal.skills.rename_band(
            tech.id, "people", expected_version=journal.skills.get_band(tech.id).version
        )
    assert info.value.field == "name"
    with pytest.raises(ValidationError):
        journal.skills.rename_band(
            tech.id, " ", expected_version=journal.skills.get_band(tech.id).version
        )
    with pytest.raises(NotFoundError):
        journal.skills.rename_band(999, "Ghost", expected_version=1)
    assert band_names(journal) == ["ENGINEERING", "People"]
    assert journal.skills.bands()[1] == people


def test_reorder_bands(journal: Journal) -> None:
    a, b, c = (journal.skills.add_band(n).id for n in ("A", "B", "C"))
    journal.skills.reorder_bands([c, a, b])
    assert band_names(journal) == ["C", "A", "B"]
    assert [band.position for band in journal.skills.bands()] == [0, 1, 2]
    for wrong in ([c, a], [c, a, b, 999], [c, a, a], [c, a, b, b], []):
        with pytest.raises(ValidationError) as info:
            journal.skills.reorder_bands(wrong)
        assert info.value.field == "bands"
    assert band_names(journal) == ["C", "A", "B"]
    d = journal.skills.add_band("D").id  # a new band goes last
    assert band_names(journal) == ["C", "A", "B", "D"]
    journal.skills.reorder_bands([d, b, a, c])
    assert band_names(journal) == ["D", "B", "A", "C"]


def test_delete_band_takes_its_skills_and_history(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    people = journal.skills.add_band("People")
    python = journal.skills.add_skill(tech.id, "Python")
    sql = journal.skills.add_skill(tech.id, "SQL")
    coaching = journal.skills.add_skill(people.id, "Coaching")
    for skill in (python, sql, coaching):
        journal.skills.record_assessment(skill.id, 2, assessed_on=D(2023, 1, 1))
    journal.skills.record_assessment(python.id, 3, assessed_on=D(2024, 1, 1))
    assert assessment_rows(journal) == 4

    assert (
        journal.skills.delete_band(
            tech.id, expected_version=journal.skills.get_band(tech.id).version
        )
        == 2
    )

    assert band_names(journal) == ["People"]
    for gone in (python.id, sql.id):
        with pytest.raises(NotFoundError):
            journal.skills.get_skill(gone)
        with pytest.raises(NotFoundError):
            journal.skills.history(gone)
    assert assessment_rows(journal) == 1
    assert journal.skills.get_skill(coaching.id).current_level == 2
    assert (
        journal.skills.delete_band(
            people.id, expected_version=journal.skills.get_band(people.id).version
        )
        == 1
    )
    empty = journal.skills.add_band("Empty")
    assert (
        journal.skills.delete_band(
            empty.id, expected_version=journal.skills.get_band(empty.id).version
        )
        == 0
    )
    with pytest.raises(NotFoundError):
        journal.skills.delete_band(empty.id, expected_version=empty.version)
    assert journal.skills.bands() == []
    assert assessment_rows(journal) == 0


# -- skills -------------------------------------------------------------------------------------


def test_add_skills(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    python = journal.skills.add_skill(
        tech.id, "  Python ", target_level=4, description="  backend work "
    )
    assert python == SkillRecord(
        id=python.id,
        band_id=tech.id,
        name="Python",
        position=0,
        target_level=4,
        description="backend work",
        current_level=None,
        assessed_on=None,
    )
    sql = journal.skills.add_skill(tech.id, "SQL")
    assert (sql.position, sql.target_level) == (1, None)
    assert journal.skills.get_skill(python.id) == python
    assert journal.skills.bands()[0].skills == (python, sql)


def test_skill_names_are_unique_within_a_band(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    people = journal.skills.add_band("People")
    journal.skills.add_skill(tech.id, "Communication")
    with pytest.raises(ValidationError) as info:
        journal.skills.add_skill(tech.id, "COMMUNICATION")
    assert info.value.field == "name"
    same_name_elsewhere = journal.skills.add_skill(people.id, "Communication")
    assert same_name_elsewhere.band_id == people.id
    for bad in ("", "  ", "s" * 121):
        with pytest.raises(ValidationError) as info:
            journal.skills.add_skill(tech.id, bad)
        assert info.value.field == "skill name"
    with pytest.raises(NotFoundError):
        journal.skills.add_skill(999, "Orphan")
    assert skill_names(journal, tech.id) == ["Communication"]


def test_update_skill_fields(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(tech.id, "Pyhton", target_level=3, description="typo")
    journal.skills.record_assessment(skill.id, 2, assessed_on=D(2024, 1, 1))

    renamed = journal.skills.update_skill(
        skill.id, name=" Python ", expected_version=journal.skills.get_skill(skill.id).version
    )
    assert (renamed.name, renamed.target_level, renamed.description) == ("Python", 3, "typo")
    assert renamed.current_level == 2
    targeted = journal.skills.update_skill(
        skill.id,
        target_level=5,
        description=" fixed ",
        expected_version=journal.skills.get_skill(skill.id).version,
    )
    assert (targeted.target_level, targeted.description, targeted.name) == (5, "fixed", "Python")
    unchanged = journal.skills.update_skill(
        skill.id, expected_version=journal.skills.get_skill(skill.id).version
    )
    assert unchanged == targeted
    cleared = journal.skills.update_skill(
        skill.id, clear_target=True, expected_version=journal.skills.get_skill(skill.id).version
    )
    assert cleared.target_level is None
    assert journal.skills.get_skill(skill.id) == cleared
    case_only = journal.skills.update_skill(
        skill.id, name="PYTHON", expected_version=journal.skills.get_skill(skill.id).version
    )
    assert case_only.name == "PYTHON"


def test_update_skill_refuses_a_name_its_band_already_has(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    journal.skills.add_skill(tech.id, "Python")
    go = journal.skills.add_skill(tech.id, "Go")
    for clash in ("Python", "python"):
        with pytest.raises(ValidationError) as info:
            journal.skills.update_skill(
                go.id, name=clash, expected_version=journal.skills.get_skill(go.id).version
            )
        assert info.value.field == "name"
    assert skill_names(journal, tech.id) == ["Python", "Go"]


def test_move_a_skill_to_another_band(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    people = journal.skills.add_band("People")
    writing = journal.skills.add_skill(tech.id, "Writing")
    journal.skills.add_skill(tech.id, "SQL")
    journal.skills.add_skill(people.id, "Coaching")
    journal.skills.add_skill(people.id, "Hiring")
    journal.skills.record_assessment(writing.id, 3, assessed_on=D(2024, 2, 2))

    moved = journal.skills.update_skill(
        writing.id, band_id=people.id, expected_version=journal.skills.get_skill(writing.id).version
    )

    assert moved.band_id == people.id
    assert moved.current_level == 3  # history moves with the skill
    assert skill_names(journal, tech.id) == ["SQL"]
    assert skill_names(journal, people.id) == ["Coaching", "Hiring", "Writing"]  # last
    assert moved.position == 2
    with pytest.raises(NotFoundError):
        journal.skills.update_skill(
            writing.id, band_id=999, expected_version=journal.skills.get_skill(writing.id).version
        )
    assert journal.skills.get_skill(writing.id).band_id == people.id


def test_moving_into_a_band_with_the_same_skill_name_is_refused(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    people = journal.skills.add_band("People")
    tech_writing = journal.skills.add_skill(tech.id, "Writing")
    journal.skills.add_skill(people.id, "writing")
    with pytest.raises(ValidationError) as info:
        journal.skills.update_skill(
            tech_writing.id,
            band_id=people.id,
            expected_version=journal.skills.get_skill(tech_writing.id).version,
        )
    assert info.value.field == "name"
    assert journal.skills.get_skill(tech_writing.id).band_id == tech.id
    renamed_and_moved = journal.skills.update_skill(
        tech_writing.id,
        name="Technical writing",
        band_id=people.id,
        expected_version=journal.skills.get_skill(tech_writing.id).version,
    )
    assert renamed_and_moved.band_id == people.id
    assert skill_names(journal, people.id) == ["writing", "Technical writing"]


def test_delete_skill_returns_how_much_history_went(journal: Journal) -> None:
    tech = journal.skills.add_band("Technical")
    python = journal.skills.add_skill(tech.id, "Python")
    sql = journal.skills.add_skill(tech.id, "SQL")
    for level in (1, 2, 3):
        journal.skills.record_assessment(python.id, level, assessed_on=D(2020 + level, 1, 1))
    journal.skills.record_assessment(sql.id, 2, assessed_on=D(2022, 1, 1))
    assert (
        journal.skills.delete_skill(
            python.id, expected_version=journal.skills.get_skill(python.id).version
        )
        == 3
    )
    with pytest.raises(NotFoundError):
        journal.skills.get_skill(python.id)
    assert skill_names(journal, tech.id) == ["SQL"]
    assert assessment_rows(journal) == 1
    assert (
        journal.skills.delete_skill(
            sql.id, expected_version=journal.skills.get_skill(sql.id).version
        )
        == 1
    )
    with pytest.raises(NotFoundError):
        journal.skills.delete_skill(sql.id, expected_version=sql.version)


# -- levels and the journal's scale -------------------------------------------------------------


def test_levels_follow_the_dreyfus_scale_by_default(journal: Journal) -> None:
    assert journal.profile.get().skill_scale is SkillScale.DREYFUS
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Python", target_level=5)
    assert journal.skills.add_skill(band.id, "Go", target_level=1).target_level == 1
    for bad in (0, 6, -1):
        with pytest.raises(ValidationError) as info:
            journal.skills.add_skill(band.id, f"Skill {bad}", target_level=bad)
        assert info.value.field == "target level"
        with pytest.raises(ValidationError) as info:
            journal.skills.update_skill(
                skill.id,
                target_level=bad,
                expected_version=journal.skills.get_skill(skill.id).version,
            )
        assert info.value.field == "target level"
        with pytest.raises(ValidationError) as info:
            journal.skills.record_assessment(skill.id, bad, assessed_on=D(2024, 1, 1))
        assert info.value.field == "level"
    assert skill_names(journal, band.id) == ["Python", "Go"]
    assert journal.skills.get_skill(skill.id).target_level == 5
    assert journal.skills.history(skill.id) == []


def test_the_sfia_scale_allows_seven_levels(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Architecture")
    with pytest.raises(ValidationError):
        journal.skills.update_skill(
            skill.id, target_level=7, expected_version=journal.skills.get_skill(skill.id).version
        )

    journal.profile.update(skill_scale=SkillScale.SFIA)

    assert (
        journal.skills.update_skill(
            skill.id, target_level=7, expected_version=journal.skills.get_skill(skill.id).version
        ).target_level
        == 7
    )
    assert journal.skills.add_skill(band.id, "Strategy", target_level=6).target_level == 6
    assert journal.skills.record_assessment(skill.id, 7, assessed_on=D(2024, 1, 1)).level == 7
    with pytest.raises(ValidationError):
        journal.skills.update_skill(
            skill.id, target_level=8, expected_version=journal.skills.get_skill(skill.id).version
        )
    with pytest.raises(ValidationError):
        journal.skills.record_assessment(skill.id, 8)
    assert journal.skills.get_skill(skill.id).current_level == 7


# -- assessments --------------------------------------------------------------------------------


def test_record_assessment_with_every_field(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Kubernetes")
    evidence = journal.entries.add(EntryDraft("Passed the CKA", occurred_on=D(2024, 3, 3)))
    record = journal.skills.record_assessment(
        skill.id,
        4,
        assessed_on=D(2024, 3, 4),
        source=AssessmentSource.CERTIFICATION,
        evidence_entry_id=evidence.id,
        note="  CKA certificate  ",
    )
    assert record == AssessmentRecord(
        id=record.id,
        skill_id=skill.id,
        assessed_on=D(2024, 3, 4),
        level=4,
        source=AssessmentSource.CERTIFICATION,
        evidence_entry_id=evidence.id,
        note="CKA certificate",
    )
    assert journal.skills.history(skill.id) == [record]
    now = journal.skills.get_skill(skill.id)
    assert (now.current_level, now.assessed_on) == (4, D(2024, 3, 4))


def test_an_assessment_defaults_to_a_self_assessment_today(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Go")
    record = journal.skills.record_assessment(skill.id, 2)
    assert (record.assessed_on, record.source, record.evidence_entry_id, record.note) == (
        dt.date.today(),
        AssessmentSource.SELF,
        None,
        "",
    )


def test_history_is_by_date_then_by_recording_order(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Rust")
    other = journal.skills.add_skill(band.id, "C")
    record = journal.skills.record_assessment
    late = record(skill.id, 3, assessed_on=D(2024, 6, 1), note="late")
    early = record(skill.id, 1, assessed_on=D(2022, 1, 1), note="early")
    same_day_first = record(skill.id, 2, assessed_on=D(2023, 5, 5), note="self")
    record(other.id, 5, assessed_on=D(2023, 5, 5))
    same_day_second = record(
        skill.id, 1, assessed_on=D(2023, 5, 5), source=AssessmentSource.MANAGER, note="manager"
    )

    history = journal.skills.history(skill.id)
    assert [a.id for a in history] == [early.id, same_day_first.id, same_day_second.id, late.id]
    assert [a.note for a in history] == ["early", "self", "manager", "late"]
    current = journal.skills.get_skill(skill.id)
    # The latest by date, not the last recorded.
    assert (current.current_level, current.assessed_on) == (3, D(2024, 6, 1))

    journal.skills.delete_assessment(late.id)
    current = journal.skills.get_skill(skill.id)
    assert (current.current_level, current.assessed_on) == (1, D(2023, 5, 5))  # the manager's
    in_band = {s.id: s for s in journal.skills.bands()[0].skills}
    assert in_band[skill.id].current_level == 1
    assert in_band[other.id].current_level == 5


def test_evidence_must_be_an_existing_entry(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Go")
    with pytest.raises(ValidationError) as info:
        journal.skills.record_assessment(skill.id, 2, evidence_entry_id=4242)
    assert info.value.field == "evidence"
    assert journal.skills.history(skill.id) == []


def test_purging_the_evidence_keeps_the_assessment(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Go")
    evidence = journal.entries.add(EntryDraft("Shipped a Go service"))
    record = journal.skills.record_assessment(skill.id, 3, evidence_entry_id=evidence.id)
    journal.entries.trash([evidence.id])
    assert journal.skills.history(skill.id)[0].evidence_entry_id == evidence.id
    journal.entries.purge([evidence.id])
    (kept,) = journal.skills.history(skill.id)
    assert (kept.id, kept.level, kept.evidence_entry_id) == (record.id, 3, None)


def test_assessment_date_and_targets_are_checked(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Go")
    with pytest.raises(ValidationError) as info:
        journal.skills.record_assessment(skill.id, 2, assessed_on=D(1899, 12, 31))
    assert info.value.field == "assessment date"
    with pytest.raises(NotFoundError):
        journal.skills.record_assessment(999, 2)
    with pytest.raises(NotFoundError):
        journal.skills.history(999)
    with pytest.raises(NotFoundError):
        journal.skills.get_skill(999)
    with pytest.raises(NotFoundError):
        journal.skills.update_skill(999, name="x", expected_version=1)
    assert assessment_rows(journal) == 0


def test_delete_assessment(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Go")
    first = journal.skills.record_assessment(skill.id, 2, assessed_on=D(2023, 1, 1))
    second = journal.skills.record_assessment(skill.id, 4, assessed_on=D(2024, 1, 1))
    journal.skills.delete_assessment(first.id)
    assert journal.skills.history(skill.id) == [second]
    journal.skills.delete_assessment(second.id)
    now = journal.skills.get_skill(skill.id)
    assert (now.current_level, now.assessed_on) == (None, None)
    with pytest.raises(NotFoundError):
        journal.skills.delete_assessment(second.id)
