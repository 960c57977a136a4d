"""The skills overview on real journals, assessments recorded with entries and the journal's
scale (undoing the deletion of a band or a skill: test_skills_undo.py)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import func, select

from careerjournal.domain import AssessmentSource, SkillAssessment, SkillScale
from careerjournal.domain.scales import DREYFUS_LEVELS, SFIA_LEVELS
from careerjournal.services import (
    Action,
    AssessmentDraft,
    AssessmentRecord,
    Change,
    EntryDraft,
    EntryQuery,
    Journal,
    Topic,
    ValidationError,
)
from careerjournal.services.skills import BandStatus, ScaleChange, SkillsOverview
from careerjournal.wording import skills as words

D = dt.date
EVERYTHING = EntryQuery(trashed=None)


def assessment_rows(journal: Journal) -> int:
    with journal.store.read() as session:
        return int(session.scalar(select(func.count(SkillAssessment.id))) or 0)


def band(o: SkillsOverview, name: str) -> BandStatus:
    return next(b for b in o.bands if b.band.name == name)


def build(journal: Journal) -> dict[str, int]:
    """Technical (4 skills), People (2) and an empty band; returns ids by name.

    Technical: Python 3 -> 4 (in 2025, target 4), SQL 2 (target 3), Go 3 assessed on the last
    day of 2024 (no target), Kubernetes never assessed (target 3).
    People: Coaching first assessed on 1 January 2025 (target 2), Hiring never assessed.
    """
    sk = journal.skills
    tech = sk.add_band("Technical")
    people = sk.add_band("People")
    empty = sk.add_band("Empty")
    ids = {"Technical": tech.id, "People": people.id, "Empty": empty.id}
    for band_id, name, target in [
        (tech.id, "Python", 4),
        (tech.id, "SQL", 3),
        (tech.id, "Go", None),
        (tech.id, "Kubernetes", 3),
        (people.id, "Coaching", 2),
        (people.id, "Hiring", None),
    ]:
        ids[name] = sk.add_skill(band_id, name, target_level=target).id
    sk.record_assessment(ids["Python"], 4, assessed_on=D(2025, 2, 1))  # recorded first, dated later
    sk.record_assessment(ids["Python"], 3, assessed_on=D(2024, 6, 1))
    sk.record_assessment(ids["SQL"], 2, assessed_on=D(2023, 5, 5))
    sk.record_assessment(ids["Go"], 3, assessed_on=D(2024, 12, 31))
    sk.record_assessment(ids["Coaching"], 1, assessed_on=D(2025, 1, 1))
    return ids


# -- the overview --------------------------------------------------------------------------------


def test_overview_of_an_empty_journal(journal: Journal) -> None:
    o = journal.skills.overview(D(2025, 3, 1))
    assert (o.scale, o.level_names, o.share, o.as_of, o.bands) == (
        SkillScale.DREYFUS,
        DREYFUS_LEVELS,
        0.75,
        D(2025, 3, 1),
        (),
    )
    assert journal.skills.overview().as_of == dt.date.today()


def test_overview_band_levels_targets_and_shortfalls(journal: Journal) -> None:
    ids = build(journal)
    o = journal.skills.overview(D(2025, 3, 1))
    assert [b.band.name for b in o.bands] == ["Technical", "People", "Empty"]

    tech = band(o, "Technical")
    # Levels 4, 2, 3 and unassessed: three of four (75%) are at 2 or above, only two at 3.
    assert (tech.level, tech.target_level) == (2, 3)
    assert tech.next_shortfall == tech.target_shortfall
    assert tech.next_shortfall is not None
    assert (tech.next_shortfall.level, tech.next_shortfall.below) == (3, ("SQL", "Kubernetes"))
    assert (
        words.shortfall_text(o, tech.next_shortfall)
        == "2 of 4 skills below Competent (1 must rise)"
    )
    by_name = {s.skill.name: s for s in tech.skills}
    assert [s.skill.id for s in tech.skills] == [
        ids[n] for n in ("Python", "SQL", "Go", "Kubernetes")
    ]
    assert {n: s.gap for n, s in by_name.items()} == {
        "Python": 0,
        "SQL": 1,
        "Go": 0,
        "Kubernetes": 3,
    }
    assert tech.gap_count == 2
    assert {n: s.skill.current_level for n, s in by_name.items()} == {
        "Python": 4,
        "SQL": 2,
        "Go": 3,
        "Kubernetes": None,
    }
    assert by_name["Python"].skill.assessed_on == D(2025, 2, 1)  # the latest by date
    # One history point per day with an assessment.
    assert [(p.day, p.level) for p in tech.history] == [
        (D(2023, 5, 5), 0),
        (D(2024, 6, 1), 0),
        (D(2024, 12, 31), 2),
        (D(2025, 2, 1), 2),
    ]
    assert tech.history[-1].shares == (0.75, 0.75, 0.5, 0.25, 0.0)

    people = band(o, "People")
    # Coaching at 1, Hiring unassessed: 75% of 2 skills is 2 skills, so the band is at 0.
    assert (people.level, people.target_level, people.target_shortfall) == (0, 0, None)
    assert (
        words.shortfall_text(o, people.next_shortfall) == "1 of 2 skills below Novice (1 must rise)"
    )
    assert [s.gap for s in people.skills] == [1, 0]

    empty = band(o, "Empty")
    assert (empty.level, empty.target_level, empty.skills, empty.history) == (0, 0, (), ())
    assert (empty.next_shortfall, empty.target_shortfall, empty.gap_count) == (None, None, 0)


def test_a_band_at_the_top_has_no_next_shortfall(journal: Journal) -> None:
    b = journal.skills.add_band("Languages")
    skill = journal.skills.add_skill(b.id, "English", target_level=5)
    journal.skills.record_assessment(skill.id, 5, assessed_on=D(2024, 1, 1))
    (status,) = journal.skills.overview(D(2024, 6, 1)).bands
    assert (status.level, status.target_level) == (5, 5)
    assert (status.next_shortfall, status.target_shortfall, status.gap_count) == (None, None, 0)


def test_changed_this_year_across_the_year_boundary(journal: Journal) -> None:
    build(journal)

    def changed(today: dt.date) -> dict[str, bool]:
        o = journal.skills.overview(today)
        return {s.skill.name: s.changed_this_year for b in o.bands for s in b.skills}

    # In 2025: Python rose from 3 (end of 2024) to 4; Coaching was first assessed on 1 January;
    # Go's assessment on 31 December 2024 belongs to the year before.
    assert changed(D(2025, 3, 1)) == {
        "Python": True,
        "SQL": False,
        "Go": False,
        "Kubernetes": False,
        "Coaching": True,
        "Hiring": False,
    }
    assert changed(D(2025, 1, 1)) == changed(D(2025, 12, 31)) == changed(D(2025, 3, 1))
    # A year later nothing has changed since the end of 2025.
    assert not any(changed(D(2026, 1, 1)).values())
    o = journal.skills.overview(D(2025, 3, 1))
    starts = {s.skill.name: s.level_at_year_start for b in o.bands for s in b.skills}
    assert (starts["Python"], starts["Go"], starts["Coaching"]) == (3, 3, None)


def test_the_band_share_from_the_profile_changes_the_level(journal: Journal) -> None:
    build(journal)
    journal.profile.update(band_share=0.5)
    o = journal.skills.overview(D(2025, 3, 1))
    assert o.share == 0.5
    assert "at least 50% of its skills" in words.rule(o)
    tech, people = band(o, "Technical"), band(o, "People")
    # Two of four at 3 or above, one of two at 1 or above.
    assert (tech.level, tech.target_level) == (3, 3)
    assert (people.level, people.target_level) == (1, 2)  # Coaching's target is 2
    assert (
        words.shortfall_text(o, tech.next_shortfall)
        == "3 of 4 skills below Proficient (1 must rise)"
    )

    journal.profile.update(band_share=1.0)
    o = journal.skills.overview(D(2025, 3, 1))
    assert (band(o, "Technical").level, band(o, "People").level) == (0, 0)


# -- the journal's scale -------------------------------------------------------------------------


def test_preview_of_a_scale_switch_lists_mapped_levels(journal: Journal) -> None:
    ids = build(journal)
    before = journal.skills.bands()
    preview = journal.skills.preview_scale_switch(SkillScale.SFIA)
    # Hiring has neither a level nor a target: nothing to map.
    assert preview == [
        ScaleChange("Technical", "Python", 4, 5, 4, 5),
        ScaleChange("Technical", "SQL", 2, 3, 3, 4),
        ScaleChange("Technical", "Go", 3, 4, None, None),
        ScaleChange("Technical", "Kubernetes", None, None, 3, 4),
        ScaleChange("People", "Coaching", 1, 1, 2, 3),
    ]
    assert journal.skills.bands() == before  # a preview changes nothing
    assert journal.profile.get().skill_scale is SkillScale.DREYFUS
    assert journal.skills.history(ids["Python"])[-1].level == 4


def test_switching_the_scale_maps_every_level_and_back(journal: Journal) -> None:
    b = journal.skills.add_band("Technical")
    ladder = journal.skills.add_skill(b.id, "Ladder", target_level=5)
    for level in range(1, 6):
        journal.skills.record_assessment(ladder.id, level, assessed_on=D(2020 + level, 1, 1))
    other = journal.skills.add_skill(b.id, "Other", target_level=2)
    journal.skills.record_assessment(other.id, 3, assessed_on=D(2024, 1, 1))
    before = journal.skills.bands()
    history_before = journal.skills.history(ladder.id)
    assert journal.skills.switch_scale(SkillScale.DREYFUS) == 0  # already on it

    # 5 + 1 assessments and 2 targets.
    assert journal.skills.switch_scale(SkillScale.SFIA) == 8
    assert journal.profile.get().skill_scale is SkillScale.SFIA
    mapped = [a.level for a in journal.skills.history(ladder.id)]
    assert (mapped[0], mapped[-1]) == (1, 7)  # bottom to bottom, top to top
    assert mapped == sorted(set(mapped))  # strictly rising: the order of levels is kept
    assert journal.skills.get_skill(ladder.id).target_level == 7
    o = journal.skills.overview(D(2025, 1, 1))
    assert (o.scale, o.level_names, o.top) == (SkillScale.SFIA, SFIA_LEVELS, 7)
    with pytest.raises(ValidationError):
        journal.skills.record_assessment(ladder.id, 8)

    assert journal.skills.switch_scale(SkillScale.DREYFUS) == 8
    # Everything as before; the skills with targets are two versions on (a copy read before
    # the switches holds levels of another scale: saving it must conflict).
    after = journal.skills.bands()
    assert [s.version for s in after[0].skills] == [3, 3]
    assert [
        dataclasses.replace(b, skills=tuple(dataclasses.replace(s, version=1) for s in b.skills))
        for b in after
    ] == before
    assert journal.skills.history(ladder.id) == history_before


# -- assessments recorded with an entry ----------------------------------------------------------


def test_same_day_assessments_keep_their_recording_order(journal: Journal) -> None:
    b = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(b.id, "Rust")
    day = D(2024, 5, 5)
    first = journal.entries.add(
        EntryDraft("Rust workshop", occurred_on=day), assessment=AssessmentDraft(skill.id, 3)
    )
    second = journal.entries.add(
        EntryDraft("Review by my lead", occurred_on=day),
        assessment=AssessmentDraft(skill.id, 2, source=AssessmentSource.MANAGER),
    )
    journal.skills.record_assessment(skill.id, 1, assessed_on=D(2024, 1, 1))  # dated earlier

    history = journal.skills.history(skill.id)
    assert [(a.assessed_on, a.level, a.evidence_entry_id) for a in history] == [
        (D(2024, 1, 1), 1, None),
        (day, 3, first.id),
        (day, 2, second.id),
    ]
    assert journal.skills.get_skill(skill.id).current_level == 2  # the later recorded wins
    (status,) = journal.skills.overview(D(2024, 6, 1)).bands
    assert [(p.day, p.level) for p in status.history] == [(D(2024, 1, 1), 1), (day, 2)]


def test_an_entry_with_an_assessment_stores_both(journal: Journal) -> None:
    b = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(b.id, "Kubernetes")
    seen: list[Change] = []
    journal.changes.subscribe(seen.append)

    entry = journal.entries.add(
        EntryDraft("Passed the CKA", occurred_on=D(2024, 3, 3)),
        assessment=AssessmentDraft(
            skill.id, 4, source=AssessmentSource.CERTIFICATION, note="  CKA  "
        ),
    )
    (record,) = journal.skills.evidenced_by(entry.id)
    assert record == AssessmentRecord(
        id=record.id,
        skill_id=skill.id,
        assessed_on=D(2024, 3, 3),  # the entry's date
        level=4,
        source=AssessmentSource.CERTIFICATION,
        evidence_entry_id=entry.id,
        note="CKA",
    )
    assert journal.skills.history(skill.id) == [record]
    assert journal.entries.get(entry.id) == entry
    assert Change.of(Topic.SKILLS, Action.UPDATED, [skill.id]) in seen

    dated = journal.entries.add(
        EntryDraft("Ran the cluster upgrade", occurred_on=D(2024, 9, 1)),
        assessment=AssessmentDraft(skill.id, 5, assessed_on=D(2024, 9, 10)),
    )
    (later,) = journal.skills.evidenced_by(dated.id)
    assert (later.assessed_on, later.level, later.source) == (
        D(2024, 9, 10),
        5,
        AssessmentSource.SELF,
    )
    assert journal.skills.evidenced_by(999) == []


@pytest.mark.parametrize(
    ("assessment", "field"),
    [
        (AssessmentDraft(skill_id=0, level=6), "level"),
        (AssessmentDraft(skill_id=0, level=0), "level"),
        (AssessmentDraft(skill_id=999, level=2), "assessment"),
        (AssessmentDraft(skill_id=0, level=2, assessed_on=D(1899, 12, 31)), "assessment date"),
    ],
)
def test_an_invalid_assessment_saves_neither(
    journal: Journal, assessment: AssessmentDraft, field: str
) -> None:
    b = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(b.id, "Go")
    if assessment.skill_id == 0:
        assessment = dataclasses.replace(assessment, skill_id=skill.id)
    kept = journal.entries.add(EntryDraft("Already here", occurred_on=D(2024, 1, 1)))
    before = journal.entries.list(EVERYTHING)

    with pytest.raises(ValidationError) as info:
        journal.entries.add(EntryDraft("Wrote a Go service"), assessment=assessment)
    assert info.value.field == field
    assert journal.entries.list(EVERYTHING) == before
    assert journal.entries.search("service") == []
    assert assessment_rows(journal) == 0

    with pytest.raises(ValidationError) as info:
        journal.entries.update(
            kept.id,
            EntryDraft("Edited with a bad level", occurred_on=D(2024, 2, 2)),
            expected_version=kept.version,
            assessment=assessment,
        )
    assert info.value.field == field
    assert journal.entries.get(kept.id) == kept  # text, date and version unchanged
    assert assessment_rows(journal) == 0


def test_updating_an_entry_with_an_assessment(journal: Journal) -> None:
    b = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(b.id, "Go")
    entry = journal.entries.add(EntryDraft("Go service", occurred_on=D(2024, 1, 1)))
    updated = journal.entries.update(
        entry.id,
        EntryDraft("Go service in production", occurred_on=D(2024, 2, 2)),
        expected_version=entry.version,
        assessment=AssessmentDraft(skill.id, 3, note="runs in production"),
    )
    assert (updated.title, updated.version) == ("Go service in production", entry.version + 1)
    (record,) = journal.skills.evidenced_by(entry.id)
    assert (record.skill_id, record.level, record.assessed_on, record.note) == (
        skill.id,
        3,
        D(2024, 2, 2),  # the entry's new date
        "runs in production",
    )
    assert journal.skills.get_skill(skill.id).current_level == 3


def test_a_scale_switch_maps_skill_level_milestones_too(journal: Journal) -> None:
    from careerjournal.domain import CriterionKind
    from careerjournal.services import GoalDraft, MilestoneDraft

    band = journal.skills.add_band("Craft").id
    skill = journal.skills.add_skill(band, "Python").id
    goal = journal.goals.add(
        GoalDraft("Staff", created_on=dt.date(2025, 1, 1)),
        [
            MilestoneDraft(
                "Python at Proficient",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": skill, "level": 4},
            )
        ],
    )
    journal.skills.switch_scale(SkillScale.SFIA)
    assert journal.goals.get(goal.id).milestones[0].criterion["level"] == 5  # 4 of 5 -> 5 of 7
    journal.skills.record_assessment(skill, 5, assessed_on=dt.date(2025, 6, 1))
    progress = journal.goals.progress(goal.id, dt.date(2025, 7, 1))
    assert progress.milestones[0].done
