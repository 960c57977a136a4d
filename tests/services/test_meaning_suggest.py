"""Suggested links: a new text close to entries already linked to a skill, an open milestone of
an active goal or a criterion of the active framework suggests them, with the linked entries as
the reasons; closed goals and done milestones never; nothing is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain import GoalStatus
from careerjournal.services import AssessmentDraft, EntryDraft, GoalDraft, Journal, MilestoneDraft
from careerjournal.services import rows as journal_rows
from careerjournal.services.meaning import Suggestions

ACME = Path(__file__).resolve().parent.parent / "data" / "frameworks" / "acme.yaml"
EXPLAINS = "Explains technical trade-offs to non-engineers"
DAY = dt.date(2024, 3, 1)


@dataclass
class Linked:
    mentoring: int
    databases: int
    mentor_milestone: int
    done_milestone: int
    dropped_milestone: int
    explains: int
    paired: int
    coached: int
    upgraded: int
    explained: int


@pytest.fixture
def linked(journal: Journal) -> Linked:
    band = journal.skills.add_band("Engineering").id
    mentoring = journal.skills.add_skill(band, "Mentoring").id
    databases = journal.skills.add_skill(band, "Databases").id
    goal = journal.goals.add(
        GoalDraft("Staff engineer"),
        [MilestoneDraft("Mentor two engineers"), MilestoneDraft("Coach a new hire", done_on=DAY)],
    )
    dropped = journal.goals.add(
        GoalDraft(
            "Engineering manager",
            status=GoalStatus.DROPPED,
            created_on=DAY,
            closed_on=DAY,
        ),
        [MilestoneDraft("Run 1:1s for two engineers")],
    )
    journal.frameworks.import_file(ACME)
    explains = next(c.id for c in journal.rubric.criteria() if c.text == EXPLAINS)
    open_m, done_m = (m.id for m in goal.milestones)
    dropped_m = dropped.milestones[0].id

    def add(title: str, **links: Any) -> int:
        return journal.entries.add(EntryDraft(title, occurred_on=DAY), **links).id

    mentor = {
        "assessment": AssessmentDraft(mentoring, 2),
        "link_milestones": [open_m, done_m, dropped_m],
    }
    ids = Linked(
        mentoring,
        databases,
        open_m,
        done_m,
        dropped_m,
        explains,
        paired=add("Paired with a new teammate on his first design review", **mentor),
        coached=add("Mentored a junior engineer through her first on-call week", **mentor),
        upgraded=add(
            "Upgraded PostgreSQL to version 16 on the reporting database",
            assessment=AssessmentDraft(databases, 3),
        ),
        explained=add(
            "Explained the database migration trade-offs to the sales team",
            link_criteria=[explains],
        ),
    )
    for title in ("Renewed the AWS certification", "Wrote the quarterly roadmap with product"):
        add(title)
    journal.meaning.index()
    return ids


def everything(journal: Journal) -> dict[Any, Any]:
    with journal.store.read() as session:
        return journal_rows.everything(session)


def test_a_similar_text_suggests_the_skill_and_milestone_its_neighbours_evidence(
    journal: Journal, linked: Linked
) -> None:
    before = everything(journal)
    found = journal.meaning.suggest("Mentored a new hire through his first code review")
    assert everything(journal) == before  # suggestions never write
    skill = found.skills[0]
    assert (skill.kind, skill.target_id, skill.label) == ("skill", linked.mentoring, "Mentoring")
    reasons = [b.entry_id for b in skill.because]
    assert set(reasons) == {linked.paired, linked.coached}
    assert skill.because[0].title.startswith(("Paired", "Mentored"))
    sims = [b.similarity for b in skill.because]
    assert sims == sorted(sims, reverse=True)
    assert all(0 < s <= 1 for s in sims)
    assert skill.score == pytest.approx(sum(sims))
    # Only the open milestone of the active goal: not the done one, not the dropped goal's.
    assert [(m.kind, m.target_id) for m in found.milestones] == [
        ("milestone", linked.mentor_milestone)
    ]
    assert found.milestones[0].label == "Mentor two engineers"


def test_a_text_close_to_a_criterion_s_evidence_suggests_the_criterion(
    journal: Journal, linked: Linked
) -> None:
    found = journal.meaning.suggest("Explained the trade-offs of the database move to marketing")
    assert found.criteria[0].target_id == linked.explains
    assert found.criteria[0].label == EXPLAINS
    assert next(b.entry_id for b in found.criteria[0].because) == linked.explained


def test_the_entry_being_edited_is_no_reason_and_its_links_are_not_suggested_again(
    journal: Journal, linked: Linked
) -> None:
    found = journal.meaning.suggest(
        "Paired with a new teammate on his first design review", exclude_entry=linked.paired
    )
    assert all(linked.paired not in [b.entry_id for b in s.because] for s in found.skills)
    assert linked.mentoring not in [s.target_id for s in found.skills]  # already linked
    new = journal.meaning.suggest(
        "Paired with a new teammate on his first design review", exclude_entry=linked.upgraded
    )
    assert new.skills[0].target_id == linked.mentoring
    assert next(b.entry_id for b in new.skills[0].because) == linked.paired


def test_limit_and_an_empty_text(journal: Journal, linked: Linked) -> None:
    found = journal.meaning.suggest("Mentored a new hire through his first code review", limit=1)
    assert len(found.skills) == 1
    assert journal.meaning.suggest("   ") == Suggestions((), (), ())
    assert not journal.meaning.suggest("   ")


def test_a_journal_without_links_suggests_nothing(journal: Journal) -> None:
    journal.entries.add(EntryDraft("Paired with a new teammate on his first design review"))
    journal.meaning.index()
    assert not journal.meaning.suggest("Mentored a new hire through his first code review")
