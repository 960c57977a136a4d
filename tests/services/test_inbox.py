"""The evidence inbox through its service: storing harvests, triage as undoable operations."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from careerjournal.domain import Candidate, CandidateStatus, CriterionKind, EntryKind, HarvestSource
from careerjournal.harvest import Found, HarvestReport, Link, Skipped
from careerjournal.services import EntryDraft, Journal, LinkRecord
from careerjournal.services.inbox import AlreadyDecidedError
from careerjournal.services.operations import OpCode
from careerjournal.services.records import GoalDraft, MilestoneDraft

D = dt.date
GIT = HarvestSource.GIT


def found(key: str = "r1:week:2026-W10", **fields: object) -> Found:
    values: dict[str, object] = {
        "source": GIT,
        "key": key,
        "occurred_on": D(2026, 3, 6),
        "title": "Migrated the ledger to double entry",
        "kind": EntryKind.PROJECT,
        "impact": 3,
        "tags": ("billing",),
        "evidence": ("Migrated the ledger to double entry", "Add refund API"),
        "links": (Link("git:billing@3f2a9c1d0e11", "commit"),),
        "origin": "/home/me/src/billing",
        "facts": {"repository": "billing", "commits": 14},
    }
    values.update(fields)
    return Found(**values)  # type: ignore[arg-type]


def harvest(journal: Journal, *items: Found, states: dict | None = None) -> object:
    return journal.inbox.store(GIT, HarvestReport(found=list(items), states=states or {}))


def statuses(journal: Journal) -> dict[str, CandidateStatus]:
    with journal.store.read() as session:
        return {c.key: c.status for c in session.scalars(select(Candidate))}


def test_a_harvest_fills_the_inbox_and_a_rescan_adds_nothing_twice(journal: Journal) -> None:
    result = harvest(journal, found(), found("r1:pr:abc", title="Fix the ledger"))
    assert (result.added, result.updated, result.known) == (2, 0, 0)
    assert journal.inbox.count() == 2
    first = journal.inbox.pending()
    assert [c.key for c in first] == ["r1:pr:abc", "r1:week:2026-W10"]  # newest first, then id
    week = first[1]
    assert week.facts == {"repository": "billing", "commits": 14}
    assert week.links == (LinkRecord("git:billing@3f2a9c1d0e11", "commit"),)

    again = harvest(journal, found(), found("r1:pr:abc", title="Fix the ledger"))
    assert (again.added, again.updated, again.known) == (0, 0, 2)
    grown = harvest(journal, found(facts={"repository": "billing", "commits": 16}))
    assert (grown.added, grown.updated) == (0, 1)
    assert journal.inbox.get(week.id).facts["commits"] == 16
    assert journal.inbox.count() == 2


def test_states_are_kept_per_location_for_the_next_rescan(journal: Journal) -> None:
    harvest(journal, found(), states={"/src/billing": {"tips": ["a", "b"]}})
    assert journal.inbox.states(GIT) == {"/src/billing": {"tips": ["a", "b"]}}
    seen: list[dict] = []

    def read(states: dict) -> HarvestReport:
        seen.append(states)
        return HarvestReport(
            found=[found("r1:week:2026-W11")],
            states={"/src/billing": {"tips": ["c"]}},
            skipped=[Skipped("/src/broken", "unreadable", "fatal: bad object")],
            read=3,
        )

    result = journal.inbox.run(GIT, read)
    assert seen == [{"/src/billing": {"tips": ["a", "b"]}}]
    assert journal.inbox.states(GIT) == {"/src/billing": {"tips": ["c"]}}
    assert (result.added, result.read) == (1, 3)
    assert result.skipped[0].reason == "unreadable"


def test_accept_makes_an_entry_with_its_evidence_link_and_undo_takes_both_back(
    journal: Journal,
) -> None:
    harvest(journal, found())
    (candidate,) = journal.inbox.pending()
    entry = journal.inbox.accept([candidate.id])
    assert (entry.title, entry.kind, entry.impact, entry.occurred_on) == (
        "Migrated the ledger to double entry",
        EntryKind.PROJECT,
        3,
        D(2026, 3, 6),
    )
    assert entry.tags == ("billing",)
    assert entry.links == (LinkRecord("git:billing@3f2a9c1d0e11", "commit"),)
    assert "- Add refund API" in entry.body
    assert journal.inbox.count() == 0
    decided = journal.inbox.get(candidate.id)
    assert (decided.status, decided.entry_id) == (CandidateStatus.ACCEPTED, entry.id)
    assert journal.history.last is not None
    assert journal.history.last.code is OpCode.INBOX_ACCEPT

    journal.history.undo()
    assert journal.inbox.count() == 1
    assert journal.entries.count() == 0
    journal.history.redo()
    assert journal.inbox.count() == 0
    assert journal.entries.count() == 1


def test_accept_with_the_editors_draft_and_milestone(journal: Journal) -> None:
    goal = journal.goals.add(GoalDraft("Senior engineer"), [MilestoneDraft("Lead a migration")])
    milestone = goal.milestones[0].id
    harvest(journal, found())
    (candidate,) = journal.inbox.pending()
    draft = EntryDraft(title="Led the ledger migration", occurred_on=D(2026, 3, 5), impact=4)
    entry = journal.inbox.accept([candidate.id], draft, link_milestones=[milestone])
    assert (entry.title, entry.impact) == ("Led the ledger migration", 4)
    linked = journal.goals.get(goal.id).milestones[0]
    assert entry.id in linked.evidence_ids
    journal.history.undo()
    assert journal.inbox.count() == 1
    assert journal.goals.get(goal.id).milestones[0].evidence_ids == ()


def test_merge_several_into_one_entry(journal: Journal) -> None:
    harvest(
        journal,
        found("a", title="Add refund API", occurred_on=D(2026, 3, 2), impact=2),
        found(
            "b",
            title="Refund emails",
            kind=EntryKind.OTHER,
            occurred_on=D(2026, 3, 9),
            tags=("email",),
            links=(Link("https://example.test/pr/7", "#7"),),
        ),
    )
    ids = [c.id for c in journal.inbox.pending()]
    entry = journal.inbox.accept(ids, title="Refunds end to end")
    assert entry.title == "Refunds end to end"
    assert entry.occurred_on == D(2026, 3, 9)  # the latest
    assert entry.kind is EntryKind.PROJECT  # the most common telling kind
    assert entry.impact == 3  # the highest
    assert set(entry.tags) == {"billing", "email"}
    assert {link.url for link in entry.links} == {
        "git:billing@3f2a9c1d0e11",
        "https://example.test/pr/7",
    }
    assert "- Add refund API" in entry.body
    assert "- Refund emails" in entry.body
    assert journal.history.last.code is OpCode.INBOX_MERGE
    journal.history.undo()
    assert journal.inbox.count() == 2
    assert journal.entries.count() == 0


def test_accept_each_is_one_operation(journal: Journal) -> None:
    harvest(journal, found("a", title="One"), found("b", title="Two"))
    ids = [c.id for c in journal.inbox.pending()]
    records = journal.inbox.accept_each(ids)
    assert sorted(r.title for r in records) == ["One", "Two"]
    assert journal.history.last.count == 2
    journal.history.undo()
    assert journal.inbox.count() == 2
    assert journal.entries.count() == 0


def test_dismissed_never_comes_back_and_undo_brings_it_back(journal: Journal) -> None:
    harvest(journal, found("a"), found("b"))
    a = next(c for c in journal.inbox.pending() if c.key == "a")
    assert journal.inbox.dismiss([a.id]) == 1
    harvest(journal, found("a"), found("b"))
    assert [c.key for c in journal.inbox.pending()] == ["b"]
    with pytest.raises(AlreadyDecidedError):
        journal.inbox.dismiss([a.id])
    with pytest.raises(AlreadyDecidedError):
        journal.inbox.accept([a.id])
    journal.history.undo()
    assert sorted(c.key for c in journal.inbox.pending()) == ["a", "b"]


def test_a_suggestion_already_in_the_journal_is_marked_as_its_duplicate(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft("Fixed the ledger rounding"))
    harvest(journal, found("a"), found("b"))
    a = next(c for c in journal.inbox.pending() if c.key == "a")
    journal.inbox.mark_duplicate(a.id, entry.id)
    (marked,) = journal.inbox.many([a.id])
    assert (marked.status, marked.entry_id) == (CandidateStatus.DUPLICATE, entry.id)
    harvest(journal, found("a"), found("b"))
    assert [c.key for c in journal.inbox.pending()] == ["b"]
    with pytest.raises(AlreadyDecidedError):
        journal.inbox.mark_duplicate(a.id, entry.id)
    journal.history.undo()
    assert sorted(c.key for c in journal.inbox.pending()) == ["a", "b"]


def test_dismiss_everything_from_one_place(journal: Journal) -> None:
    harvest(journal, found("a"), found("b"), found("c", origin="/home/me/src/other"))
    a = next(c for c in journal.inbox.pending() if c.key == "a")
    assert journal.inbox.dismiss_origin(a.id) == 2
    assert [c.key for c in journal.inbox.pending()] == ["c"]
    assert journal.history.last.count == 2
    journal.history.undo()
    assert journal.inbox.count() == 3


def test_the_same_work_in_two_sources_is_shown_once(journal: Journal) -> None:
    harvest(journal, found("r1:pr:abc", title="Fix the ledger", fingerprint="pr|12|fix-the-ledger"))
    from_github = Found(
        source=HarvestSource.GITHUB,
        key="https://github.com/acme/billing/pull/12",
        occurred_on=D(2026, 3, 6),
        title="Fix the ledger",
        fingerprint="pr|12|fix-the-ledger",
    )
    result = journal.inbox.store(HarvestSource.GITHUB, HarvestReport(found=[from_github]))
    assert (result.added, result.duplicates) == (0, 1)
    assert journal.inbox.count() == 1


def test_work_the_user_already_wrote_up_is_not_suggested(journal: Journal) -> None:
    written = journal.entries.add(
        EntryDraft(
            title="Shipped refunds",
            occurred_on=D(2026, 3, 6),
            links=(LinkRecord("https://example.test/pr/7"),),
        )
    )
    result = harvest(journal, found("pr7", links=(Link("https://example.test/pr/7"),)))
    assert result.duplicates == 1
    assert journal.inbox.count() == 0
    assert statuses(journal) == {"pr7": CandidateStatus.DUPLICATE}
    with journal.store.read() as session:
        assert session.scalar(select(Candidate.entry_id)) == written.id


def test_suggestions_name_skills_and_open_milestones(journal: Journal) -> None:
    band = journal.skills.add_band("Engineering")
    sql = journal.skills.add_skill(band.id, "PostgreSQL")
    journal.skills.add_skill(band.id, "Go")  # "go" inside another word must not match
    goal = journal.goals.add(
        GoalDraft("Staff engineer"),
        [
            MilestoneDraft("Own the ledger migration"),
            MilestoneDraft(
                "PostgreSQL at level 4",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": sql.id, "level": 4},
            ),
            MilestoneDraft("Speak at a conference"),
        ],
    )
    harvest(
        journal,
        found(title="Moved the ledger to PostgreSQL", evidence=("Migration of the ledger tables",)),
    )
    (candidate,) = journal.inbox.pending()
    hints = journal.inbox.suggestions([candidate.id])[candidate.id]
    assert [s.name for s in hints.skills] == ["PostgreSQL"]
    assert [m.title for m in hints.milestones] == [
        "Own the ledger migration",
        "PostgreSQL at level 4",
    ]
    assert all(m.goal == goal.title for m in hints.milestones)


def test_a_quiet_week_with_evidence(journal: Journal) -> None:
    monday = D(2026, 11, 30)  # the week before "today"
    today = D(2026, 12, 9)
    harvest(
        journal,
        found("w", occurred_on=monday + dt.timedelta(days=2)),
        found(
            "pr",
            occurred_on=monday + dt.timedelta(days=3),
            facts={"pull_request": 12, "repository": "billing", "commits": 3},
        ),
        found("old", occurred_on=monday - dt.timedelta(days=10)),
    )
    week = journal.inbox.quiet_week(today)
    assert week is not None
    assert (week.start, week.end) == (monday, D(2026, 12, 6))
    assert (week.commits, week.pull_requests, week.pending) == (14, 1, 2)
    journal.entries.add(EntryDraft(title="Wrote it up", occurred_on=monday))
    assert journal.inbox.quiet_week(today) is None
    assert journal.inbox.quiet_week(D(2027, 6, 1)) is None  # no evidence that week


def test_a_week_found_again_with_new_commits_keeps_the_earlier_ones(journal: Journal) -> None:
    harvest(journal, found())  # 14 commits: "Migrated the ledger…", "Add refund API"
    partial = found(
        evidence=("Refund emails",), facts={"repository": "billing", "commits": 2}
    )  # an incremental rescan: only the week's new commits
    assert harvest(journal, partial).updated == 1
    (week,) = journal.inbox.pending()
    assert week.facts["commits"] == 16
    assert week.evidence == (
        "Refund emails",
        "Migrated the ledger to double entry",
        "Add refund API",
    )
    full = found(
        evidence=("Refund emails", "Migrated the ledger to double entry", "Add refund API"),
        facts={"repository": "billing", "commits": 16},
    )  # a full reread: taken as it is
    harvest(journal, full)
    assert journal.inbox.pending()[0].facts["commits"] == 16
