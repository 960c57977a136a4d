"""`careerjournal skills`: the band overview as text and as JSON, in-process (cli_run.py)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain import SkillScale
from careerjournal.services import Journal
from cli_run import Result, run_cli

TODAY = dt.date.today()
LAST_YEAR = dt.date(TODAY.year - 1, 6, 1)
NEW_YEAR = dt.date(TODAY.year, 1, 1)  # never after today


def cj(db: Path, *args: str) -> Result:
    """`careerjournal --database DB ARGS...`, in this process (cli_run.py)."""
    return run_cli("--database", str(db), *args)


def ok(result: Result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """Technical: Python 2 -> 4 this year (target 4), SQL 2 (target 3), Kubernetes never assessed
    (target 3); an empty Writing band."""
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        sk = journal.skills
        tech = sk.add_band("Technical", "what I build with")
        sk.add_band("Writing")
        python = sk.add_skill(tech.id, "Python", target_level=4)
        sql = sk.add_skill(tech.id, "SQL", target_level=3)
        sk.add_skill(tech.id, "Kubernetes", target_level=3)
        sk.record_assessment(python.id, 2, assessed_on=LAST_YEAR)
        sk.record_assessment(python.id, 4, assessed_on=NEW_YEAR)
        sk.record_assessment(sql.id, 2, assessed_on=LAST_YEAR)
    return path


def test_skills_json(db: Path) -> None:
    data: dict[str, Any] = json.loads(ok(cj(db, "skills", "--json")))
    assert data["as_of"] in {TODAY.isoformat(), dt.date.today().isoformat()}  # past midnight
    below_competent = {
        "level": 3,
        "level_name": "Competent",
        "below": ["SQL", "Kubernetes"],
        "must_rise": 2,
        "text": "2 of 3 skills below Competent (2 must rise)",
    }
    assert data == {
        "scale": "dreyfus",
        "level_names": ["Novice", "Advanced Beginner", "Competent", "Proficient", "Expert"],
        "share": 0.75,
        "rule": "A band is at a level when at least 75% of its skills are at that level or above.",
        "as_of": data["as_of"],
        "bands": [
            {
                "id": 1,
                "name": "Technical",
                "description": "what I build with",
                # Python 4, SQL 2, Kubernetes unassessed: 75% of 3 skills is 3, so level 0.
                "level": 0,
                "level_name": "Not assessed",
                "target_level": 3,
                "target_level_name": "Competent",
                "next": {
                    "level": 1,
                    "level_name": "Novice",
                    "below": ["Kubernetes"],
                    "must_rise": 1,
                    "text": "1 of 3 skills below Novice (1 must rise)",
                },
                "toward_target": below_competent,
                "skills": [
                    {
                        "id": 1,
                        "name": "Python",
                        "level": 4,
                        "level_name": "Proficient",
                        "target_level": 4,
                        "target_level_name": "Proficient",
                        "gap": 0,
                        "assessed_on": NEW_YEAR.isoformat(),
                        "changed_this_year": True,
                    },
                    {
                        "id": 2,
                        "name": "SQL",
                        "level": 2,
                        "level_name": "Advanced Beginner",
                        "target_level": 3,
                        "target_level_name": "Competent",
                        "gap": 1,
                        "assessed_on": LAST_YEAR.isoformat(),
                        "changed_this_year": False,
                    },
                    {
                        "id": 3,
                        "name": "Kubernetes",
                        "level": 0,
                        "level_name": "Not assessed",
                        "target_level": 3,
                        "target_level_name": "Competent",
                        "gap": 3,
                        "assessed_on": None,
                        "changed_this_year": False,
                    },
                ],
            },
            {
                "id": 2,
                "name": "Writing",
                "description": "",
                "level": 0,
                "level_name": "Not assessed",
                "target_level": 0,
                "target_level_name": "Not assessed",
                "next": None,
                "toward_target": None,
                "skills": [],
            },
        ],
    }


def test_skills_json_follows_the_journal_settings(db: Path) -> None:
    with Journal.open(db) as journal:
        journal.profile.update(band_share=0.5)
        journal.skills.switch_scale(SkillScale.SFIA)
    data = json.loads(ok(cj(db, "skills", "--json")))
    assert (data["scale"], len(data["level_names"]), data["share"]) == ("sfia", 7, 0.5)
    tech = data["bands"][0]
    # Python 4 -> 5 and SQL 2 -> 3 on SFIA; two of three skills are at 3 or above.
    assert (tech["level"], tech["level_name"]) == (3, "Apply")
    assert [s["level"] for s in tech["skills"]] == [5, 3, 0]


def test_skills_text(db: Path) -> None:
    out = ok(cj(db, "skills"))
    lines = out.splitlines()
    assert lines[0] == (
        "A band is at a level when at least 75% of its skills are at that level or above."
    )
    assert "Technical: level 0 Not assessed, target 3 Competent" in lines
    assert "  Next level: 1 of 3 skills below Novice (1 must rise)" in lines
    assert "  To target:  2 of 3 skills below Competent (2 must rise)" in lines
    assert "Writing: level 0 Not assessed" in lines
    assert "  No skills in this band yet." in lines
    assert out.index("Technical:") < out.index("Writing:")  # bands in their order

    header = next(line for line in lines if line.lstrip().startswith("Skill "))
    rows = lines[lines.index(header) + 1 : lines.index(header) + 4]
    assert [row.split()[0] for row in rows] == ["Python", "SQL", "Kubernetes"]
    assert f"Changed in {TODAY.year}" in header or f"Changed in {dt.date.today().year}" in header
    # An aligned table: each cell starts where its column's heading does.
    columns = {
        "Level": ["4 Proficient", "2 Advanced Beginner", "0 Not assessed"],
        "Target": ["4 Proficient", "3 Competent", "3 Competent"],
        "Assessed": [NEW_YEAR.isoformat(), LAST_YEAR.isoformat(), "-"],
        "Changed": ["yes", "no", "no"],
    }
    for column, cells in columns.items():
        at = header.index(column)
        shown = [row[at : at + len(cell)] for row, cell in zip(rows, cells, strict=True)]
        assert shown == cells, column
    gaps = [row[: header.index("Assessed")].split()[-1] for row in rows]
    assert gaps == ["0", "1", "3"]


def test_an_empty_journal_gets_a_friendly_line(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    Journal.open(db).close()
    out = ok(cj(db, "skills"))
    assert out.startswith("No skill bands yet. Add one in the Skills area")
    assert len(out.splitlines()) == 1
    data = json.loads(ok(cj(db, "skills", "--json")))
    assert (data["bands"], data["scale"]) == ([], "dreyfus")


def test_skills_help_and_bad_usage(tmp_path: Path) -> None:
    db = tmp_path / "never.sqlite3"
    assert "--json" in ok(cj(db, "skills", "--help"))
    result = cj(db, "skills", "--bogus")
    assert result.returncode == 2
    assert not db.exists()


def test_skills_runs_without_loading_qt(db: Path) -> None:
    code = f"""
import sys
from careerjournal.app import main
assert main(["--database", {str(db)!r}, "skills"]) == 0
assert main(["--database", {str(db)!r}, "skills", "--json"]) == 0
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print('loaded:', heavy)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")
