"""`careerjournal inbox` and its triage (accept, merge, dismiss), each taken back by
`careerjournal undo`; run in-process (cli_run.py) on a real journal filled through the service."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from careerjournal.cli.inbox import facts_line
from careerjournal.domain import CandidateStatus, EntryKind, HarvestSource
from careerjournal.harvest import Found, HarvestReport, Link
from careerjournal.services import Journal
from cli_run import Result, run_cli

D = dt.date


def cj(db: Path, *args: str) -> Result:
    return run_cli("--database", str(db), *args)


def week(key: str, day: int, title: str, **extra: object) -> Found:
    values: dict[str, object] = {
        "source": HarvestSource.GIT,
        "key": key,
        "occurred_on": D(2026, 3, day),
        "title": title,
        "kind": EntryKind.PROJECT,
        "evidence": (title, "Add refund API"),
        "links": (Link(f"git:billing@{key}", "commit"),),
        "origin": "/src/billing-service",
        "facts": {"repository": "billing-service", "commits": 14},
    }
    values.update(extra)
    return Found(**values)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Three git suggestions (two from billing-service, one from ledger) and one note."""
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        band = journal.skills.add_band("Engineering")
        journal.skills.add_skill(band.id, "PostgreSQL")
        journal.inbox.store(
            HarvestSource.GIT,
            HarvestReport(
                found=[
                    week("w10", 6, "Moved the ledger to PostgreSQL"),
                    week("w11", 13, "Refund rounding fixes"),
                    week(
                        "l1",
                        4,
                        "Ledger export",
                        origin="/src/ledger",
                        facts={"repository": "ledger", "commits": 1},
                    ),
                ]
            ),
        )
        journal.inbox.store(
            HarvestSource.NOTES,
            HarvestReport(
                found=[
                    Found(
                        HarvestSource.NOTES,
                        "daily/2026-03-02.md#1",
                        D(2026, 3, 2),
                        "Mentored Sam",
                        kind=EntryKind.RESPONSIBILITY,
                        origin="/notes",
                        facts={"heading": "Wins"},
                    )
                ]
            ),
        )
    return path


def ids(db: Path) -> dict[str, int]:
    with Journal.open(db) as journal:
        return {c.title: c.id for c in journal.inbox.pending()}


def entries(db: Path) -> list[tuple[str, str]]:
    with Journal.open(db) as journal:
        return [(e.title, e.kind.value) for e in journal.entries.list()]


def test_the_inbox_lists_pending_suggestions_newest_first_with_their_facts(db: Path) -> None:
    result = cj(db, "inbox")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "Date", "Source", "Kind", "Title"]
    rows = [line.split("  ")[-1].strip() for line in lines[1::2]]
    assert rows == [
        "Refund rounding fixes",
        "Moved the ledger to PostgreSQL",
        "Ledger export",
        "Mentored Sam",
    ]
    assert lines[1].split()[1:4] == ["2026-03-13", "Git", "project"]
    assert lines[2].strip() == "14 commits in billing-service"
    assert lines[6].strip() == "1 commit in ledger"
    assert lines[8].strip() == "under “Wins”"


def test_source_and_limit_narrow_the_list(db: Path) -> None:
    result = cj(db, "inbox", "--source", "notes")
    assert "Mentored Sam" in result.stdout
    assert "Refund" not in result.stdout
    result = cj(db, "inbox", "--limit", "1")
    assert "Refund rounding fixes" in result.stdout
    assert "Moved the ledger" not in result.stdout
    assert result.stderr == "3 older suggestions not shown; drop --limit to see them.\n"
    assert cj(db, "inbox", "--source", "jira").stdout == "No jira suggestions in the inbox.\n"
    bad = cj(db, "inbox", "--source", "slack")
    assert bad.returncode == 1
    assert "--source: 'slack' is not one of" in bad.stderr


def test_json_lists_records_with_their_suggestions(db: Path) -> None:
    data = json.loads(cj(db, "inbox", "--json").stdout)
    assert [d["title"] for d in data][:2] == [
        "Refund rounding fixes",
        "Moved the ledger to PostgreSQL",
    ]
    moved = data[1]
    assert moved["source"] == "git"
    assert moved["status"] == "new"
    assert moved["facts"] == {"repository": "billing-service", "commits": 14}
    assert [s["name"] for s in moved["suggestions"]["skills"]] == ["PostgreSQL"]
    assert data[0]["suggestions"] == {"skills": [], "milestones": []}


def test_accept_with_a_new_kind_and_title_and_undo_takes_it_back(db: Path) -> None:
    sid = ids(db)["Refund rounding fixes"]
    result = cj(db, "inbox", "accept", str(sid), "--kind", "recognition", "--title", "Refunds")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Added entry ")
    assert result.stdout.endswith("“Refunds”. `careerjournal undo` takes it back.\n")
    assert entries(db) == [("Refunds", "recognition")]
    assert "Refund rounding fixes" not in ids(db)
    again = cj(db, "inbox", "accept", str(sid))
    assert again.returncode == 1
    assert again.stderr == (
        f"careerjournal: error: Suggestion {sid} “Refund rounding fixes” was already accepted.\n"
    )
    undone = cj(db, "undo")
    # (The log's wording of a single accept is the service's: see the report.)
    assert undone.returncode == 0
    assert undone.stdout.startswith("Undone: Accept “")
    assert entries(db) == []
    assert "Refund rounding fixes" in ids(db)


def test_accept_as_suggested(db: Path) -> None:
    sid = ids(db)["Mentored Sam"]
    assert cj(db, "inbox", "accept", str(sid)).returncode == 0
    assert entries(db) == [("Mentored Sam", "responsibility")]


def test_merge_makes_one_entry_and_undo_splits_it_again(db: Path) -> None:
    found = ids(db)
    a, b = found["Refund rounding fixes"], found["Moved the ledger to PostgreSQL"]
    result = cj(db, "inbox", "merge", str(a), str(b), "--title", "Billing in March")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Merged 2 suggestions into entry ")
    assert entries(db) == [("Billing in March", "project")]
    assert set(ids(db)) == {"Ledger export", "Mentored Sam"}
    assert cj(db, "undo").stdout == "Undone: Merge suggestions into “Billing in March”\n"
    assert entries(db) == []
    assert len(ids(db)) == 4


def test_merge_needs_two_suggestions_and_a_title(db: Path) -> None:
    a = ids(db)["Refund rounding fixes"]
    result = cj(db, "inbox", "merge", str(a), str(a), "--title", "x")
    assert result.returncode == 1
    assert "merge takes two or more suggestions" in result.stderr
    assert cj(db, "inbox", "merge", str(a), "99").returncode == 2  # --title is required
    result = cj(db, "inbox", "merge", str(a), "99", "--title", "x")
    assert result.stderr == "careerjournal: error: There is no suggestion 99 in the inbox.\n"
    assert entries(db) == []
    assert len(ids(db)) == 4


def test_dismiss_by_id_and_everything_from_one_place(db: Path) -> None:
    found = ids(db)
    result = cj(db, "inbox", "dismiss", str(found["Mentored Sam"]))
    assert result.stdout == "Dismissed 1 suggestion. `careerjournal undo` takes it back.\n"
    result = cj(db, "inbox", "dismiss", "--all-from", str(found["Refund rounding fixes"]))
    assert result.stdout == (
        "Dismissed 2 suggestions from /src/billing-service. `careerjournal undo` takes them back.\n"
    )
    assert set(ids(db)) == {"Ledger export"}
    assert cj(db, "undo").stdout == "Undone: Dismiss 2 suggestions\n"
    assert len(ids(db)) == 3
    with Journal.open(db) as journal:
        assert journal.inbox.get(found["Mentored Sam"]).status is CandidateStatus.DISMISSED


def test_dismiss_refusals_change_nothing(db: Path) -> None:
    found = ids(db)
    for args, message in [
        (("99",), "There is no suggestion 99 in the inbox."),
        (("--all-from", "99"), "There is no suggestion 99 in the inbox."),
        ((), "name the suggestions to dismiss"),
        ((str(found["Ledger export"]), "--all-from", "1"), "not both"),
    ]:
        result = cj(db, "inbox", "dismiss", *args)
        assert result.returncode == 1, args
        assert message in result.stderr
        assert len(result.stderr.splitlines()) == 1
    cj(db, "inbox", "dismiss", str(found["Ledger export"]))
    twice = cj(db, "inbox", "dismiss", str(found["Ledger export"]))
    assert twice.returncode == 1
    assert "was already dismissed" in twice.stderr
    assert len(ids(db)) == 3


def test_an_empty_inbox_says_how_to_fill_it(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    Journal.open(path).close()
    assert "careerjournal harvest" in cj(path, "inbox").stdout
    assert json.loads(cj(path, "inbox", "--json").stdout) == []


@pytest.mark.parametrize(
    ("facts", "said"),
    [
        ({"repository": "billing", "commits": 14}, "14 commits in billing"),
        ({"commits": 1}, "1 commit"),
        (
            {"repository": "billing", "commits": 3, "type": "feat", "scope": "refunds"},
            "3 commits in billing (feat(refunds))",
        ),
        (
            {"repository": "billing", "commits": 2, "pull_request": 12},
            "2 commits in billing; pull request #12",
        ),
        (
            {"pull_request": 12, "repository": "acme/billing", "additions": 120, "deletions": 3},
            "pull request #12 in acme/billing; +120 −3 lines",
        ),
        ({"tag": "v2.0", "repository": "billing"}, "tag v2.0 in billing"),
        ({"reviews": 1, "repositories": ["a/b", "c/d"]}, "1 review in a/b, c/d"),
        ({"issue": "BILL-7", "type": "Story", "points": 5}, "issue BILL-7 (Story, 5 points)"),
        ({"issue": "BILL-8", "points": 1}, "issue BILL-8 (1 point)"),
        (
            {
                "category": "one_on_one",
                "occurrences": 12,
                "first": "2026-01-05",
                "last": "2026-03-23",
                "every_days": 7,
            },
            "one-on-one, 12 times from 2026-01-05 to 2026-03-23, every week",
        ),
        ({"category": "talk", "occurrences": 1}, "talk"),
        ({"category": "conference", "date": "2026-05-04", "days": 3}, "conference, 3 days"),
        ({"category": "interview", "occurrences": 500, "capped": True}, "interview, 500+ times"),
        ({"category": "training", "every_days": 10}, "training, every 10 days"),
        ({"heading": "Wins\n"}, "under “Wins”"),
        ({}, ""),
    ],
)
def test_facts_are_worded(facts: dict[str, object], said: str) -> None:
    assert facts_line(facts) == said
