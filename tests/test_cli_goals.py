"""`careerjournal goals`: progress, pace, projected ready date and open milestones, as text and
as JSON, run in-process through the entry function (cli_run.py)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, GoalStatus
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft
from cli_run import Result, run_cli

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def ahead(days: int) -> dt.date:
    return TODAY + dt.timedelta(days=days)


def month(day: dt.date) -> str:
    return f"{day:%b %Y}"


def cj(db: Path, *args: str) -> Result:
    """`careerjournal --database DB ARGS...`, in this process (cli_run.py)."""
    return run_cli("--database", str(db), *args)


def ok(result: Result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Goal 1, pinned promotion started 60 days ago: four equal milestones, done 30 days ago and
    today, a third due in 45 days, a fourth completed by a CKA certification entry (none yet).
    Goal 2, a skill goal started 10 days ago, nothing done. Goal 3 achieved, goal 4 dropped."""
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        migrated = journal.entries.add(
            EntryDraft("Migrated billing", occurred_on=ago(31), kind=EntryKind.PROJECT)
        ).id
        staff = journal.goals.add(
            GoalDraft(
                "Staff engineer",
                kind=GoalKind.PROMOTION,
                target_role_title="Staff Engineer",
                target_level="L6",
                target_date=ahead(100),
                pinned=True,
                created_on=ago(60),
            ),
            [
                MilestoneDraft("Lead the migration", done_on=ago(30)),
                MilestoneDraft("Mentor two engineers", done_on=TODAY),
                MilestoneDraft("Write the strategy", due_on=ahead(45)),
                MilestoneDraft(
                    "Pass the CKA",
                    criterion_kind=CriterionKind.CERTIFICATION_TAG,
                    criterion={"tag": "cka"},
                ),
            ],
        )
        journal.goals.link_evidence(staff.milestones[0].id, [migrated])
        journal.goals.add(
            GoalDraft("Learn Rust", kind=GoalKind.SKILL, created_on=ago(10)),
            [MilestoneDraft("Read the book"), MilestoneDraft("Write a CLI", weight=2)],
        )
        journal.goals.add(
            GoalDraft(
                "Senior engineer",
                kind=GoalKind.PROMOTION,
                target_role_title="Senior Engineer",
                target_date=dt.date(2021, 3, 1),
                status=GoalStatus.ACHIEVED,
                created_on=dt.date(2020, 1, 1),
                closed_on=dt.date(2021, 1, 1),
            ),
            [
                MilestoneDraft("Own a service", done_on=dt.date(2020, 6, 1)),
                MilestoneDraft("Run the on-call rota"),
            ],
        )
        journal.goals.add(
            GoalDraft(
                "Move into management",
                kind=GoalKind.LATERAL_MOVE,
                status=GoalStatus.DROPPED,
                created_on=dt.date(2019, 1, 1),
                closed_on=dt.date(2019, 6, 1),
            )
        )
    return path


# The pinned goal, by hand: 50% in 60 days is 1/120 a day, so the other 50% takes 60 days.
# Two completions give a spread of 1/sqrt(2): earliest 60 / 1.70711 = 35.1 -> 36 days,
# latest 60 / 0.29289 = 204.9 -> 205 days. The target (in 100 days) is inside that range.
LIKELY, EARLIEST, LATEST = ahead(60), ahead(36), ahead(205)


def test_goals_text(db: Path) -> None:
    out = ok(cj(db, "goals"))
    assert out == (
        f"Staff engineer (promotion, next promotion) to Staff Engineer, L6, "
        f"target {ahead(100).isoformat()}\n"
        "  Progress  50%: Done share of milestone weight: 2 of 4 (2 of 4 milestones).\n"
        "  Pace      +25% of the goal per month over the 2 months since the goal started "
        "(2 milestones completed).\n"
        f"  Outlook   Ready between {month(EARLIEST)} and {month(LATEST)}, "
        f"most likely {month(LIKELY)}.\n"
        "  Schedule  On track: the target date is within the projected range.\n"
        "  Open milestones (2 of 4):\n"
        f"    - Write the strategy (weight 1, due {ahead(45).isoformat()})\n"
        "    - Pass the CKA (weight 1, automatic): A certification entry tagged “cka” (none yet).\n"
        "\n"
        "Learn Rust (skill)\n"
        "  Progress  0%: Done share of milestone weight: 0 of 3 (0 of 2 milestones).\n"
        "  Pace      +0% of the goal per month over the 10 days since the goal started "
        "(0 milestones completed).\n"
        "  Outlook   Too little history: no milestone done in the 10 days since the goal "
        "started; a projection needs at least 2.\n"
        "  Schedule  No target date.\n"
        "  Open milestones (2 of 2):\n"
        "    - Read the book (weight 1)\n"
        "    - Write a CLI (weight 2)\n"
    )


def test_goals_all_includes_achieved_and_dropped(db: Path) -> None:
    out = ok(cj(db, "goals", "--all"))
    headers = [line for line in out.splitlines() if line and not line.startswith(" ")]
    assert headers == [
        f"Staff engineer (promotion, next promotion) to Staff Engineer, L6, "
        f"target {ahead(100).isoformat()}",
        "Learn Rust (skill)",
        "Senior engineer (promotion, achieved) to Senior Engineer, target 2021-03-01",
        "Move into management (lateral move, dropped)",
    ]
    achieved = out[out.index("Senior engineer") : out.index("Move into management")]
    assert "  Progress  50%: Done share of milestone weight: 1 of 2 (1 of 2 milestones).\n" in (
        achieved
    )
    assert "  Outlook   Achieved: nothing to project.\n" in achieved
    assert "  Schedule  Achieved on 1 Jan 2021 with 50% done.\n" in achieved
    assert "    - Run the on-call rota (weight 1)\n" in achieved
    dropped = out[out.index("Move into management") :]
    assert (
        "  Progress  0%: No milestones yet: progress is the done share of milestone weight.\n"
        in (dropped)
    )
    assert "  Outlook   Dropped: nothing to project.\n" in dropped
    assert "  Schedule  Dropped on 1 Jun 2019 with 0% done.\n" in dropped
    assert "Open milestones" not in dropped


def test_goals_json(db: Path) -> None:
    data: dict[str, Any] = json.loads(ok(cj(db, "goals", "--json")))
    assert data["as_of"] == TODAY.isoformat()
    assert [g["id"] for g in data["goals"]] == [1, 2]
    staff, rust = data["goals"]
    assert staff == {
        "id": 1,
        "title": "Staff engineer",
        "kind": "promotion",
        "description": "",
        "status": "active",
        "pinned": True,
        "target_role_title": "Staff Engineer",
        "target_level": "L6",
        "target_date": ahead(100).isoformat(),
        "created_on": ago(60).isoformat(),
        "closed_on": None,
        "as_of": TODAY.isoformat(),
        "progress": 0.5,
        "explanation": "Done share of milestone weight: 2 of 4 (2 of 4 milestones).",
        "pace": {
            "window_start": ago(60).isoformat(),
            "window_end": TODAY.isoformat(),
            "gained": 0.5,
            "per_month": 0.2536,  # 0.5 / 60 * 30.4375 = 0.253646
            "completions": 2,
            "text": "+25% of the goal per month over the 2 months since the goal started "
            "(2 milestones completed).",
        },
        "projection": {
            "outlook": "projected",
            "likely": LIKELY.isoformat(),
            "earliest": EARLIEST.isoformat(),
            "latest": LATEST.isoformat(),
            "reason": "At the pace of the 2 months since the goal started (50% of the goal, "
            "2 milestones); the range widens as fewer milestones back the pace.",
        },
        "schedule": {
            "standing": "on_track",
            "days": 0,
            "text": "On track: the target date is within the projected range.",
        },
        "milestones": [
            {
                "id": 1,
                "title": "Lead the migration",
                "position": 0,
                "weight": 1.0,
                "due_on": None,
                "done_on": ago(30).isoformat(),
                "done": True,
                "automatic": False,
                "criterion_kind": "manual",
                "criterion": {},
                "criterion_text": "Ticked by hand.",
                "evidence_ids": [1],
            },
            {
                "id": 2,
                "title": "Mentor two engineers",
                "position": 1,
                "weight": 1.0,
                "due_on": None,
                "done_on": TODAY.isoformat(),
                "done": True,
                "automatic": False,
                "criterion_kind": "manual",
                "criterion": {},
                "criterion_text": "Ticked by hand.",
                "evidence_ids": [],
            },
            {
                "id": 3,
                "title": "Write the strategy",
                "position": 2,
                "weight": 1.0,
                "due_on": ahead(45).isoformat(),
                "done_on": None,
                "done": False,
                "automatic": False,
                "criterion_kind": "manual",
                "criterion": {},
                "criterion_text": "Ticked by hand.",
                "evidence_ids": [],
            },
            {
                "id": 4,
                "title": "Pass the CKA",
                "position": 3,
                "weight": 1.0,
                "due_on": None,
                "done_on": None,
                "done": False,
                "automatic": True,
                "criterion_kind": "certification_tag",
                "criterion": {"tag": "cka"},
                "criterion_text": "A certification entry tagged “cka” (none yet).",
                "evidence_ids": [],
            },
        ],
        "open_milestones": [3, 4],
    }
    assert (rust["progress"], rust["target_date"], rust["open_milestones"]) == (0, None, [5, 6])
    assert rust["projection"] == {
        "outlook": "too_little_history",
        "likely": None,
        "earliest": None,
        "latest": None,
        "reason": "Too little history: no milestone done in the 10 days since the goal started; "
        "a projection needs at least 2.",
    }
    assert rust["schedule"] == {"standing": "no_target", "days": None, "text": "No target date."}
    assert rust["pace"]["completions"] == 0


def test_goals_json_all_and_an_automatic_milestone_done(db: Path) -> None:
    with Journal.open(db) as journal:
        passed = journal.entries.add(
            EntryDraft(
                "Passed the CKA", occurred_on=ago(1), kind=EntryKind.CERTIFICATION, tags=("CKA",)
            )
        ).id
    data = json.loads(ok(cj(db, "goals", "--json", "--all")))
    assert [(g["id"], g["status"]) for g in data["goals"]] == [
        (1, "active"),
        (2, "active"),
        (3, "achieved"),
        (4, "dropped"),
    ]
    cka = data["goals"][0]["milestones"][3]
    assert (cka["done"], cka["done_on"], cka["evidence_ids"]) == (
        True,
        ago(1).isoformat(),
        [passed],
    )
    assert cka["criterion_text"] == "A certification entry tagged “cka” (found)."
    assert data["goals"][0]["progress"] == 0.75
    assert data["goals"][0]["open_milestones"] == [3]

    achieved = data["goals"][2]
    assert (achieved["as_of"], achieved["closed_on"], achieved["progress"]) == (
        "2021-01-01",
        "2021-01-01",
        0.5,
    )
    assert achieved["projection"]["outlook"] == "closed"
    assert achieved["schedule"] == {
        "standing": "closed",
        "days": None,
        "text": "Achieved on 1 Jan 2021 with 50% done.",
    }
    dropped = data["goals"][3]
    assert (dropped["milestones"], dropped["open_milestones"], dropped["progress"]) == ([], [], 0)
    assert dropped["projection"]["reason"] == "Dropped: nothing to project."


def test_progress_is_rounded_to_four_places(tmp_path: Path) -> None:
    db = tmp_path / "thirds.sqlite3"
    with Journal.open(db) as journal:
        journal.goals.add(
            GoalDraft("Thirds", created_on=ago(10)),
            [MilestoneDraft("a", done_on=ago(5)), MilestoneDraft("b"), MilestoneDraft("c")],
        )
    (goal,) = json.loads(ok(cj(db, "goals", "--json")))["goals"]
    assert goal["progress"] == 0.3333
    assert goal["pace"]["gained"] == 0.3333
    assert "  Progress  33%: Done share of milestone weight: 1 of 3 (1 of 3 milestones)." in ok(
        cj(db, "goals")
    )


def test_an_empty_journal_gets_a_friendly_line(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    Journal.open(db).close()
    for args in ((), ("--all",)):
        out = ok(cj(db, "goals", *args))
        assert out.startswith("No goals yet. Add one in the Goals area")
        assert len(out.splitlines()) == 1
    assert json.loads(ok(cj(db, "goals", "--json"))) == {"as_of": TODAY.isoformat(), "goals": []}


def test_only_closed_goals_point_to_all(tmp_path: Path) -> None:
    db = tmp_path / "closed.sqlite3"
    with Journal.open(db) as journal:
        journal.goals.add(GoalDraft("Old", status=GoalStatus.ACHIEVED, created_on=ago(100)))
    out = ok(cj(db, "goals"))
    assert (
        out == "No active goals. (careerjournal goals --all lists achieved and dropped ones too.)\n"
    )
    assert ok(cj(db, "goals", "--all")).startswith("Old (custom, achieved)\n")


def test_goals_help_and_bad_usage(tmp_path: Path) -> None:
    db = tmp_path / "never.sqlite3"
    help_text = ok(cj(db, "goals", "--help"))
    assert "--json" in help_text
    assert "--all" in help_text
    result = cj(db, "goals", "--bogus")
    assert result.returncode == 2
    assert not db.exists()


def test_goals_runs_without_loading_qt(db: Path) -> None:
    code = f"""
import sys
from careerjournal.app import main
assert main(["--database", {str(db)!r}, "goals"]) == 0
assert main(["--database", {str(db)!r}, "goals", "--json", "--all"]) == 0
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print('loaded:', heavy)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")
