"""`careerjournal insights`: every figure as text and as JSON, in-process (cli_run.py)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from careerjournal.cli import insights_json, insights_lines
from careerjournal.domain import EntryKind, GoalKind, MoveKind
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft, RoleDraft
from cli_run import Result, run_cli

TODAY = dt.date.today()
D = dt.date

CARD_KEYS = {
    "leaps": {
        "promotions",
        "micro_progressions",
        "cumulative",
        "last_promotion",
        "days_since_last_promotion",
        "average_interval_days",
        "comparison",
        "explanation",
        "advice",
    },
    "momentum": {
        "months",
        "average_3",
        "average_12",
        "trend",
        "trend_text",
        "explanation",
        "advice",
    },
    "fragmentation": {
        "window_start",
        "window_end",
        "entries",
        "areas",
        "entropy",
        "recognised",
        "recognition",
        "warning",
        "explanation",
        "advice",
    },
    "lattice": {
        "moves",
        "functions",
        "lateral_count",
        "diagonal_count",
        "promotion_count",
        "new_employer_count",
        "explanation",
        "advice",
    },
    "cadence": {
        "week_start",
        "weeks_with_entries",
        "current_streak",
        "longest_streak",
        "weeks_active_last_52",
        "share_last_52",
        "last_feedback",
        "days_since_feedback",
        "last_recognition",
        "days_since_recognition",
        "heatmap",
        "explanation",
        "advice",
    },
    "stage": {
        "stage",
        "computed_stage",
        "overridden",
        "career_start",
        "career_start_source",
        "years",
        "guidance",
        "explanation",
    },
}
TOP_KEYS = {
    "as_of",
    "empty",
    "entry_count",
    "role_count",
    *CARD_KEYS,
    "next_promotion",
    "readiness",
}
CARD_TITLES = (
    "Big leaps and incremental gains",
    "Momentum",
    "Role fragmentation (",
    "Lattice",
    "Cadence (weeks start on Monday)",
    "Career stage",
    "Next promotion",
)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def cj(db: Path, *args: str) -> Result:
    """`careerjournal --database DB ARGS...`, in this process (cli_run.py)."""
    return run_cli("--database", str(db), *args)


def ok(result: Result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def fill(journal: Journal, today: dt.date) -> None:
    """Three roles (a promotion, a lateral move), a pinned promotion goal, a dozen entries."""

    def before(days: int) -> dt.date:
        return today - dt.timedelta(days=days)

    journal.profile.update(career_start=before(3000))
    journal.roles.add(RoleDraft("Engineer", before(3000), function="Backend", level="L2"))
    journal.roles.add(
        RoleDraft("Senior Engineer", before(1500), function="Backend", move_kind=MoveKind.PROMOTION)
    )
    journal.roles.add(
        RoleDraft("SRE", before(400), function="Reliability", move_kind=MoveKind.LATERAL)
    )
    kinds = (EntryKind.SKILL, EntryKind.PROJECT, EntryKind.FEEDBACK, EntryKind.RECOGNITION)
    for i in range(12):
        journal.entries.add(
            EntryDraft(f"Step {i}", occurred_on=before(7 * i), kind=kinds[i % 4], impact=3)
        )
    journal.goals.add(
        GoalDraft("Staff", kind=GoalKind.PROMOTION, pinned=True, created_on=before(100)),
        [MilestoneDraft("Lead", done_on=before(50)), MilestoneDraft("Talk")],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        fill(journal, TODAY)
    return path


def test_insights_json_shape(db: Path) -> None:
    data: dict[str, Any] = json.loads(ok(cj(db, "insights", "--json")))
    assert set(data) == TOP_KEYS
    for card, keys in CARD_KEYS.items():
        assert set(data[card]) == keys, card
        assert isinstance(data[card]["explanation"], str)
        assert data[card]["explanation"]
    today = dt.date.fromisoformat(data["as_of"])
    assert today in {TODAY, dt.date.today()}  # past midnight
    assert (data["empty"], data["entry_count"], data["role_count"]) == (False, 12, 3)

    le = data["leaps"]
    assert le["promotions"] == [
        {"date": (today - dt.timedelta(days=1500)).isoformat(), "title": "Senior Engineer",
         "source": "role"}
    ]  # fmt: skip
    assert le["micro_progressions"] == 12
    assert le["days_since_last_promotion"] == 1500
    assert le["average_interval_days"] is None
    assert all(set(p) == {"date", "count"} for p in le["cumulative"])
    assert le["cumulative"][-1] == {"date": data["as_of"], "count": 12}

    mo = data["momentum"]
    assert len(mo["months"]) == 24
    assert all(set(m) == {"month", "impact"} for m in mo["months"])
    assert dt.date.fromisoformat(mo["months"][-1]["month"]) == today.replace(day=1)
    assert sum(m["impact"] for m in mo["months"]) == 36  # 12 entries of impact 3
    assert mo["trend"] in {"up", "down", "steady", "none"}
    assert isinstance(mo["average_3"], float)

    fr = data["fragmentation"]
    assert fr["window_end"] == data["as_of"]
    assert fr["entries"] == 12
    assert fr["areas"] == [{"area": "Reliability", "count": 12}]
    assert fr["entropy"] == 0.0
    assert fr["recognised"] is True
    assert fr["warning"] is False
    assert all(set(r) == {"date", "what"} for r in fr["recognition"])

    la = data["lattice"]
    assert la["functions"] == ["Backend", "Reliability"]
    assert la["moves"] == [
        {
            "date": (today - dt.timedelta(days=400)).isoformat(),
            "kind": "lateral",
            "title": "SRE",
            "function": "Reliability",
            "from_function": "Backend",
            "level": "",
            "organisation": "",
        }
    ]
    assert (la["lateral_count"], la["diagonal_count"], la["promotion_count"]) == (1, 0, 1)

    ca = data["cadence"]
    assert ca["week_start"] == 0
    assert len(ca["heatmap"]) == 365
    assert ca["heatmap"][-1]["date"] == data["as_of"]
    assert sum(d["count"] for d in ca["heatmap"]) == 12
    assert ca["days_since_feedback"] == 14  # entries 2, 6, 10 weeks ago are feedback
    assert ca["days_since_recognition"] == 21
    assert 0 <= ca["share_last_52"] <= 1

    st = data["stage"]
    assert (st["stage"], st["computed_stage"], st["overridden"]) == ("mid", "mid", False)
    assert st["career_start_source"] == "profile"
    assert st["years"] == round(3000 / 365.25, 2)
    assert 3 <= len(st["guidance"]) <= 4

    gp = data["next_promotion"]
    assert gp["title"] == "Staff"
    assert gp["pinned"] is True
    assert gp["progress"] == 0.5
    assert {"pace", "projection", "schedule", "milestones"} <= set(gp)  # as in goals --json
    # One milestone done: too little history to project, and the readiness says why.
    assert gp["projection"]["outlook"] == "too_little_history"
    assert data["readiness"] == gp["projection"]["reason"]


def test_insights_text_has_every_card(db: Path) -> None:
    text = ok(cj(db, "insights"))
    assert text.startswith("Insights as of ")
    position = -1
    for title in CARD_TITLES:
        found = text.find("\n" + title)
        assert found > position, title
        position = found
    assert text.count("  How: ") == 6
    for figure in (
        "Promotions: 1",
        "Micro-progressions: 12",
        "Since the last promotion: 1500 days",
        "Trend: ",
        "Areas: Reliability 12",
        "Spread (normalised entropy): 0.00",
        "Functions: Backend -> Reliability",
        "Current streak: ",
        "Feedback last sought: ",
        "Last 365 days: 12 entries on 12 days",
        "Stage: mid",
        "Staff (promotion, next promotion)",
    ):
        assert figure in text, figure


def test_insights_empty_journal(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    Journal.open(db).close()  # an empty journal (a missing file is refused without --create)
    data = json.loads(ok(cj(db, "insights", "--json")))
    assert data["empty"] is True
    assert data["next_promotion"] is None
    assert data["stage"]["stage"] is None
    assert data["momentum"]["trend"] == "none"
    assert data["leaps"]["average_interval_days"] is None
    text = ok(cj(db, "insights"))
    assert text.count("Not enough data yet") == 6
    assert "No goal is pinned as the next promotion" in text


def test_insights_bad_usage(tmp_path: Path) -> None:
    result = cj(tmp_path / "j.sqlite3", "insights", "--bogus")
    assert result.returncode == 2


def test_insights_json_values_on_a_fixed_day(tmp_path: Path) -> None:
    """In process, on a fixed day: rounding and exact figures."""
    today = D(2024, 6, 15)
    with Journal.open(tmp_path / "j.sqlite3") as journal:
        fill(journal, today)
        # Two more promotions 1000 and 700 days before (as entries): gaps 500 and 300 days
        # (1500 -> 1000 -> 700), average 400.
        for days in (1000, 700):
            journal.entries.add(
                EntryDraft(
                    "Promoted",
                    occurred_on=today - dt.timedelta(days=days),
                    kind=EntryKind.PROMOTION,
                )
            )
        ins = journal.insights.compute(today)
    data = insights_json(ins)
    assert data["as_of"] == "2024-06-15"
    assert data["leaps"]["average_interval_days"] == 400.0
    assert data["leaps"]["days_since_last_promotion"] == 700
    assert [p["source"] for p in data["leaps"]["promotions"]] == ["role", "entry", "entry"]
    # 12 entries of impact 3, weekly from today back 11 weeks: all in the last 3 months.
    # 3-month: 36 / 3 = 12.0; 12-month: 36 / 12 = 3.0.
    assert (data["momentum"]["average_3"], data["momentum"]["average_12"]) == (12.0, 3.0)
    assert data["momentum"]["trend"] == "up"
    assert data["cadence"]["current_streak"] == 12
    assert data["cadence"]["share_last_52"] == round(12 / 52, 4)
    assert json.loads(json.dumps(data)) == data  # plain JSON types only
    lines = insights_lines(ins)
    assert "  Since the last promotion: 700 days (on 2022-07-16); average interval: 400 days" in (
        lines
    )


def test_insights_does_not_load_qt(db: Path) -> None:
    code = f"""
import sys
from careerjournal.app import main
for argv in (["insights"], ["insights", "--json"]):
    assert main(["--database", {str(db)!r}, *argv]) == 0, argv
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print('loaded:', heavy)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")
