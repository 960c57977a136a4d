"""Undoing the deletion of a band or a skill through the journal's operation log: the same ids
come back with their skills, assessment history, evidence and place, and milestones that name a
skill still point at it. (Was `snapshot_band`/`restore`; the log does it for every record now.)"""

from __future__ import annotations

import datetime as dt

from careerjournal.domain import AssessmentSource, CriterionKind
from careerjournal.services import AssessmentDraft, EntryDraft, GoalDraft, Journal, MilestoneDraft

D = dt.date


def build(journal: Journal) -> dict[str, int]:
    """Technical (Python, SQL, Go) and People (Coaching); assessments with evidence entries;
    a goal whose milestone asks for Python at level 4. Returns ids by name."""
    sk = journal.skills
    ids = {"Technical": sk.add_band("Technical").id, "People": sk.add_band("People").id}
    for band, name, target in [
        ("Technical", "Python", 4),
        ("Technical", "SQL", 3),
        ("Technical", "Go", None),
        ("People", "Coaching", 2),
    ]:
        ids[name] = sk.add_skill(ids[band], name, target_level=target).id
    sk.record_assessment(ids["Python"], 3, assessed_on=D(2024, 6, 1))
    sk.record_assessment(ids["Go"], 2, assessed_on=D(2024, 7, 1))
    ids["e1"] = journal.entries.add(
        EntryDraft("Python talk", occurred_on=D(2025, 2, 20)),
        assessment=AssessmentDraft(ids["Python"], 4, source=AssessmentSource.PEER, note="talk"),
    ).id
    ids["e2"] = journal.entries.add(
        EntryDraft("Query tuning", occurred_on=D(2025, 2, 21)),
        assessment=AssessmentDraft(ids["SQL"], 3),
    ).id
    goal = journal.goals.add(
        GoalDraft("Staff", created_on=D(2025, 1, 1)),
        [
            MilestoneDraft(
                "Python at Proficient",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": ids["Python"], "level": 4},
            )
        ],
    )
    ids["goal"] = goal.id
    return ids


def histories(journal: Journal, ids: dict[str, int], *names: str) -> dict[str, list[object]]:
    return {n: list(journal.skills.history(ids[n])) for n in names}


def test_undo_of_a_band_delete_brings_back_the_same_band_skills_and_history(
    journal: Journal,
) -> None:
    ids = build(journal)
    before = journal.skills.bands()
    history = histories(journal, ids, "Python", "SQL", "Go")
    overview = journal.skills.overview(D(2025, 3, 1))

    band = journal.skills.get_band(ids["Technical"])
    assert journal.skills.delete_band(band.id, expected_version=band.version) == 3
    assert [b.name for b in journal.skills.bands()] == ["People"]
    assert journal.skills.evidenced_by(ids["e1"]) == []

    journal.history.undo()

    assert journal.skills.bands() == before  # same ids, names, order, targets, versions
    assert histories(journal, ids, "Python", "SQL", "Go") == history
    assert [a.skill_id for a in journal.skills.evidenced_by(ids["e1"])] == [ids["Python"]]
    assert [a.skill_id for a in journal.skills.evidenced_by(ids["e2"])] == [ids["SQL"]]
    assert journal.skills.overview(D(2025, 3, 1)) == overview
    progress = journal.goals.progress(ids["goal"], D(2025, 3, 1))
    assert progress.milestones[0].done  # the milestone still finds Python at level 4

    journal.history.redo()
    assert [b.name for b in journal.skills.bands()] == ["People"]
    journal.history.undo()
    assert journal.skills.bands() == before


def test_undo_of_a_skill_delete_puts_it_back_in_its_place(journal: Journal) -> None:
    ids = build(journal)
    before = journal.skills.bands()
    history = journal.skills.history(ids["SQL"])
    skill = journal.skills.get_skill(ids["SQL"])

    assert journal.skills.delete_skill(skill.id, expected_version=skill.version) == 1
    assert [s.name for s in journal.skills.bands()[0].skills] == ["Python", "Go"]

    journal.history.undo()

    assert journal.skills.get_skill(ids["SQL"]) == skill
    assert journal.skills.bands() == before  # between Python and Go again
    assert journal.skills.history(ids["SQL"]) == history
    assert [a.skill_id for a in journal.skills.evidenced_by(ids["e2"])] == [ids["SQL"]]


def test_undo_of_a_band_delete_survives_reopening_the_journal(db_location: str) -> None:
    with Journal.open(db_location) as journal:
        ids = build(journal)
        before = journal.skills.bands()
        history = histories(journal, ids, "Python", "SQL")
        band = journal.skills.get_band(ids["Technical"])
        journal.skills.delete_band(band.id, expected_version=band.version)
    with Journal.open(db_location) as journal:
        journal.history.undo()
        assert journal.skills.bands() == before
        assert histories(journal, ids, "Python", "SQL") == history
        # New rows after the undo get fresh ids, never one the undo brought back.
        later = journal.skills.add_band("Later")
        assert later.id not in {b.id for b in before}
        skill = journal.skills.add_skill(later.id, "Rust")
        assert skill.id not in {s.id for b in before for s in b.skills}
