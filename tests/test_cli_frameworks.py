"""`careerjournal framework`, `rubric`, `assess` and `evidence`: progression frameworks on the
command line, each change taken back by `careerjournal undo`; run in-process (cli_run.py) on a
real journal."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal.domain import Demonstration, EntryKind
from careerjournal.services import EntryDraft, Journal, RoleDraft
from cli_run import Result, run_cli

DATA = Path(__file__).parent / "data" / "frameworks"
ACME = DATA / "acme.yaml"
ACME_V2 = DATA / "acme-v2.yaml"
# The published frameworks as they ship (copies of the real files, with their licence).
SHARED = Path(__file__).parents[1] / "src" / "careerjournal" / "resources" / "frameworks"
TODAY = dt.date.today()
# services/rubric.py still calls Result.tuples(), deprecated in SQLAlchemy 2.1: drop this once
# it iterates the rows directly.
pytestmark = pytest.mark.filterwarnings(
    "ignore:The Result.tuples:sqlalchemy.exc.SADeprecationWarning"
)
NO_FRAMEWORK = (
    "careerjournal: error: No framework yet: `careerjournal framework import FILE` or "
    "`framework import --published backend`.\n"
)


def cj(db: Path, *args: str) -> Result:
    """`careerjournal --database DB ARGS...`, in this process (cli_run.py)."""
    return run_cli("--database", str(db), *args)


def ok(result: Result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def refused(result: Result) -> str:
    """The one line of a refused command (exit 1, nothing on stdout, no traceback)."""
    assert result.returncode == 1, result.stdout
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Journals built once and copied for each test (building one takes a while): an empty
    one, and one with Acme Engineering imported (active), an entry and a current role whose
    level label ("Engineer II") names level 2."""
    folder = tmp_path_factory.mktemp("templates")
    empty, acme = folder / "empty.sqlite3", folder / "acme.sqlite3"
    Journal.open(empty).close()
    shutil.copyfile(empty, acme)
    assert cj(acme, "framework", "import", str(ACME)).returncode == 0
    with Journal.open(acme) as journal:
        journal.roles.add(RoleDraft("Backend engineer", dt.date(2024, 1, 1), level="Engineer II"))
        journal.entries.add(
            EntryDraft("Led the CSV export", occurred_on=TODAY, kind=EntryKind.PROJECT)
        )
    return {"empty": empty, "acme": acme}


def copy(templates: dict[str, Path], name: str, to: Path) -> Path:
    shutil.copyfile(templates[name], to)
    return to


@pytest.fixture
def empty(templates: dict[str, Path], tmp_path: Path) -> Path:
    return copy(templates, "empty", tmp_path / "journal.sqlite3")


@pytest.fixture
def other(templates: dict[str, Path], tmp_path: Path) -> Path:
    """A second empty journal, for tests that also use `db`."""
    return copy(templates, "empty", tmp_path / "other.sqlite3")


@pytest.fixture
def db(templates: dict[str, Path], tmp_path: Path) -> Path:
    """Acme Engineering imported (active), an entry, and a current role whose level label
    ("Engineer II") names level 2."""
    return copy(templates, "acme", tmp_path / "journal.sqlite3")


def criteria(db: Path) -> dict[str, int]:
    """Criterion ids by the first words of their text."""
    with Journal.open(db) as journal:
        return {" ".join(c.text.split()[:2]): c.id for c in journal.rubric.criteria()}


def entry_id(db: Path) -> int:
    with Journal.open(db) as journal:
        return journal.entries.list()[0].id


# -- framework import --------------------------------------------------------------------------


def test_import_says_what_it_did_with_the_readers_notes(empty: Path) -> None:
    out = ok(cj(empty, "framework", "import", str(ACME)))
    assert out.splitlines() == [
        "Imported “Acme Engineering” from acme.yaml: 3 levels, 3 topics, 8 criteria.",
        "It is the active framework: `careerjournal rubric` shows where you stand.",
        "Notes from reading acme.yaml:",
        "  - Topic “Craft” has no criteria at level 1.",
        "`careerjournal undo` takes it back.",
    ]
    assert ok(cj(empty, "undo")) == "Undone: Import framework “Acme Engineering”\n"
    assert json.loads(ok(cj(empty, "framework", "list", "--json"))) == {"frameworks": []}


def test_reimport_prints_exact_counts_and_the_evidence_kept_and_lost(db: Path) -> None:
    ids, entry = criteria(db), entry_id(db)
    ok(cj(db, "evidence", "link", str(entry), str(ids["Writes tests"])))  # removed by v2
    ok(cj(db, "evidence", "link", str(entry), str(ids["Ships features"])))  # reworded by v2
    out = ok(cj(db, "framework", "import", str(ACME_V2)))
    lines = out.splitlines()
    assert lines[:3] == [
        "Re-imported “Acme Engineering” from acme-v2.yaml: 3 levels, 3 topics, 8 criteria.",
        "Criteria: 1 added, 1 changed, 1 removed, 6 unchanged (8 criteria now).",
        "Evidence links: 1 kept, 1 lost with the removed criteria.",
    ]
    assert "  - Topic “Craft” has no criteria at level 1, 2." in lines
    with Journal.open(db) as journal:
        assert journal.rubric.state(ids["Ships features"]).evidence[0].entry_id == entry
    ok(cj(db, "undo"))
    assert "Writes tests" in criteria(db)


def test_a_file_that_cannot_be_read_is_one_line(empty: Path, tmp_path: Path) -> None:
    bad = tmp_path / "broken.yaml"
    bad.write_text("framework: Broken\ntopics: [\n", encoding="utf-8")
    message = refused(cj(empty, "framework", "import", str(bad)))
    assert message.startswith("careerjournal: error: broken.yaml")
    missing = refused(cj(empty, "framework", "import", str(tmp_path / "nope.yaml")))
    assert "nope.yaml: cannot be read" in missing
    not_one = tmp_path / "notes.txt"
    not_one.write_text("just some notes\n", encoding="utf-8")
    assert "is not a progression framework" in refused(
        cj(empty, "framework", "import", str(not_one))
    )
    assert json.loads(ok(cj(empty, "framework", "list", "--json"))) == {"frameworks": []}


def test_import_needs_a_file_or_published_but_not_both(empty: Path) -> None:
    both = "give a framework FILE to import, or --published NAME (not both)."
    assert both in refused(cj(empty, "framework", "import"))
    assert both in refused(cj(empty, "framework", "import", str(ACME), "--published", "web"))
    unknown = refused(cj(empty, "framework", "import", "--published", "marketing"))
    assert "There is no published framework “marketing”; there are backend, data" in unknown


def test_import_published_by_short_or_file_name(empty: Path) -> None:
    out = ok(cj(empty, "framework", "import", "--published", "backend"))
    assert out.startswith("Imported “Backend Engineering Framework” from monzo-backend.md: ")
    assert "6 levels, 5 topics, 135 criteria." in out
    out = ok(cj(empty, "framework", "import", "--published", "monzo-web"))
    assert "165 criteria" in out
    assert "It is not the active framework: `careerjournal framework use 2`" in out


@pytest.mark.parametrize(
    ("name", "count"),
    [("backend", 135), ("data", 141), ("generic", 72), ("product-design", 39), ("web", 165)],
)
def test_every_shared_framework_file_imports_with_its_criteria(
    empty: Path, name: str, count: int
) -> None:
    out = ok(cj(empty, "framework", "import", str(SHARED / f"monzo-{name}.md")))
    assert "6 levels, " in out
    assert out.splitlines()[0].endswith(f"{count} criteria.")
    data = json.loads(ok(cj(empty, "framework", "list", "--json")))
    assert [f["criterion_count"] for f in data["frameworks"]] == [count]


# -- framework list, use, remove ---------------------------------------------------------------


def test_list_marks_the_active_framework(db: Path) -> None:
    assert ok(cj(db, "framework", "import", "--published", "generic"))
    out = ok(cj(db, "framework", "list"))
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Levels", "Topics", "Criteria", "Imported", "Name"]
    assert lines[1].split()[:5] == ["*", "1", "3", "3", "8"]
    assert lines[1].endswith("Acme Engineering (acme.yaml)")
    assert lines[2].split()[:4] == ["2", "6", "5", "72"]
    assert lines[3] == "* the active framework: `careerjournal rubric` shows it."
    assert ok(cj(db, "framework")) == out  # no action lists


def test_list_json_has_the_numbers(db: Path) -> None:
    data = json.loads(ok(cj(db, "framework", "list", "--json")))
    (acme,) = data["frameworks"]
    assert acme["name"] == "Acme Engineering"
    assert acme["active"] is True
    assert acme["levels"] == [
        {"number": 1, "name": "Engineer I"},
        {"number": 2, "name": "Engineer II"},
        {"number": 3, "name": "Senior Engineer"},
    ]
    assert (acme["topic_count"], acme["criterion_count"]) == (3, 8)
    assert acme["settings"] == {"thresholds": [0.2, 0.4, 0.6, 0.8], "tick": "both"}
    assert "published" not in data


def test_list_published_names_what_ships_with_the_app(empty: Path) -> None:
    out = ok(cj(empty, "framework", "list", "--published"))
    assert out.startswith("No framework yet: ")
    assert "`careerjournal framework import --published NAME` imports one:" in out
    ok(cj(empty, "framework", "import", "--published", "data"))
    data = json.loads(ok(cj(empty, "framework", "list", "--published", "--json")))
    published = {p["name"]: p for p in data["published"]}
    assert sorted(published) == ["backend", "data", "generic", "product-design", "web"]
    assert published["data"]["criterion_count"] == 141
    assert published["data"]["imported"] is True
    assert published["web"]["imported"] is False


def test_use_by_part_of_the_name_and_undo(db: Path) -> None:
    ok(cj(db, "framework", "import", "--published", "backend"))
    out = ok(cj(db, "framework", "use", "backend"))
    assert out == (
        "Now using “Backend Engineering Framework”: `careerjournal rubric` shows it. "
        "`careerjournal undo` takes it back.\n"
    )
    assert "already" in ok(cj(db, "framework", "use", "2"))
    ambiguous = refused(cj(db, "framework", "use", "engineering"))
    assert "could be “Acme Engineering” (1), “Backend Engineering Framework” (2)" in ambiguous
    assert "There is no framework “design”" in refused(cj(db, "framework", "use", "design"))
    ok(cj(db, "undo"))
    assert ok(cj(db, "rubric")).startswith("Framework: Acme Engineering")


def test_remove_asks_nothing_and_undo_brings_it_back(db: Path) -> None:
    ids, entry = criteria(db), entry_id(db)
    ok(cj(db, "evidence", "link", str(entry), str(ids["Asks for"])))
    ok(cj(db, "assess", str(ids["Asks for"]), "--as", "sometimes"))
    out = ok(cj(db, "framework", "remove", "acme engineering"))
    assert out == (
        "Removed “Acme Engineering” with its 8 criteria, their evidence links and assessments. "
        "`careerjournal undo` brings it back.\n"
    )
    assert refused(cj(db, "rubric")) == NO_FRAMEWORK
    assert refused(cj(db, "framework", "remove", "acme")) == NO_FRAMEWORK
    assert ok(cj(db, "undo")) == "Undone: Remove framework “Acme Engineering”\n"
    with Journal.open(db) as journal:
        state = journal.rubric.state(ids["Asks for"])
        assert [e.entry_id for e in state.evidence] == [entry]
        assert state.latest is Demonstration.SOMETIMES


def test_removing_the_active_one_names_the_next_in_use(db: Path) -> None:
    ok(cj(db, "framework", "import", "--published", "generic"))
    out = ok(cj(db, "framework", "remove", "1"))
    assert out.splitlines()[1] == "“Generic Framework” is the active framework now."
    assert ok(cj(db, "rubric")).startswith("Framework: Generic Framework")
    ok(cj(db, "undo"))
    assert ok(cj(db, "rubric")).startswith("Framework: Acme Engineering")


# -- framework level and settings --------------------------------------------------------------


def test_level_guessed_then_set_for_the_current_role(db: Path) -> None:
    out = ok(cj(db, "framework", "level"))
    assert out.startswith("Your level in “Acme Engineering” is level 2, Engineer II: guessed")
    out = ok(cj(db, "framework", "level", "3"))
    assert out == (
        "Your role “Backend engineer” is level 3, Senior Engineer of “Acme Engineering”: "
        "`careerjournal rubric` starts from it. `careerjournal undo` takes it back.\n"
    )
    rubric = ok(cj(db, "rubric")).splitlines()
    assert rubric[1] == (
        "Current level: level 3, Senior Engineer; mapped: you set it for “Backend engineer” "
        "(`careerjournal framework level N` changes it)."
    )
    assert "Next level: none; level 3 is the framework's top level." in rubric
    ok(cj(db, "undo"))
    assert "guessed" in ok(cj(db, "rubric")).splitlines()[1]


def test_level_refusals(db: Path, other: Path) -> None:
    assert "“Acme Engineering” has no level 4 (it has 1, 2, 3)." in refused(
        cj(db, "framework", "level", "4")
    )
    assert "LEVEL: 'two' is not a whole number." in refused(cj(db, "framework", "level", "two"))
    assert refused(cj(other, "framework", "level", "2")) == NO_FRAMEWORK
    ok(cj(other, "framework", "import", str(ACME)))
    no_role = refused(cj(other, "framework", "level", "2"))
    assert "The journal has no current role to set the level of" in no_role


def test_an_ambiguous_level_says_how_to_set_it(empty: Path) -> None:
    ok(cj(empty, "framework", "import", str(ACME)))
    with Journal.open(empty) as journal:
        journal.roles.add(RoleDraft("Engineer", dt.date(2024, 1, 1), level="L2 or L3"))
    lines = ok(cj(empty, "rubric")).splitlines()
    assert lines[1] == (
        "Current level: not known: the level “L2 or L3” of “Engineer” could be level 2 or 3 of "
        "this framework; `careerjournal framework level N` sets it."
    )
    assert lines[2].startswith("Readiness for level 1, Engineer I (the framework's first): 0%")
    data = json.loads(ok(cj(empty, "rubric", "--json")))
    assert (data["level_source"], data["candidates"], data["current"]) == (
        "ambiguous",
        [2, 3],
        None,
    )
    with Journal.open(empty) as journal:
        role = journal.roles.current()
        assert role is not None
        draft = dataclasses.replace(RoleDraft.from_record(role), level="Staff")
        journal.roles.update(role.id, draft, expected_version=role.version)
    assert ok(cj(empty, "rubric")).splitlines()[1] == (
        "Current level: not known: the level “Staff” of “Engineer” names none of this "
        "framework's levels; `careerjournal framework level N` sets it."
    )


def test_settings_show_change_refuse_and_undo(db: Path) -> None:
    out = ok(cj(db, "framework", "settings"))
    assert out.splitlines() == [
        "Settings of “Acme Engineering”:",
        "  Thresholds  A below 20%, B below 40%, C below 60%, D below 80%, E from 80%: the "
        "position in a level, by the share of its criteria assessed “consistently”",
        "  Tick        both: a criterion is met when it has evidence linked and its latest "
        "assessment is “consistently”",
    ]
    out = ok(cj(db, "framework", "settings", "--thresholds", "10,30,50,70", "--tick", "evidence"))
    assert out.startswith("Changed the settings of “Acme Engineering”:")
    assert "A below 10%, B below 30%, C below 50%, D below 70%, E from 70%" in out
    assert "evidence: a criterion is met when it has evidence linked\n" in out
    data = json.loads(ok(cj(db, "framework", "settings", "--json")))
    assert data == {
        "framework": "Acme Engineering",
        "framework_id": 1,
        "thresholds": [0.1, 0.3, 0.5, 0.7],
        "tick": "evidence",
    }
    ok(cj(db, "framework", "settings", "--thresholds", "0.25,0.5,0.75,0.9"))
    assert "A below 25%" in ok(cj(db, "framework", "settings"))
    assert "--thresholds: Sub-level thresholds rise strictly" in refused(
        cj(db, "framework", "settings", "--thresholds", "50,20,60,80")
    )
    assert "--thresholds: Give 4 sub-level thresholds" in refused(
        cj(db, "framework", "settings", "--thresholds", "20,40")
    )
    assert "is not a list of numbers" in refused(
        cj(db, "framework", "settings", "--thresholds", "low,high")
    )
    assert "--tick: 'sometimes' is not one of both, evidence, consistently." in refused(
        cj(db, "framework", "settings", "--tick", "sometimes")
    )
    ok(cj(db, "undo"))
    ok(cj(db, "undo"))
    assert "A below 20%" in ok(cj(db, "framework", "settings"))


# -- rubric ------------------------------------------------------------------------------------


def test_rubric_header_position_readiness_and_open_criteria(db: Path) -> None:
    ids, entry = criteria(db), entry_id(db)
    ok(cj(db, "evidence", "link", str(entry), str(ids["Ships features"])))
    ok(cj(db, "assess", str(ids["Ships features"]), "--as", "consistently"))
    ok(cj(db, "assess", str(ids["Writes tests"]), "--as", "sometimes"))
    lines = ok(cj(db, "rubric")).splitlines()
    assert lines[0] == f"Framework: Acme Engineering (as of {TODAY.isoformat()})"
    assert lines[1] == (
        "Current level: level 2, Engineer II; guessed from the level “Engineer II” of "
        "“Backend engineer”; `careerjournal framework level N` sets it for sure."
    )
    assert lines[2] == "Position in level 2: B, 1 of 3 criteria assessed “consistently” (33%)."
    assert lines[3].startswith("  How computed: the share of the level's criteria whose latest")
    assert "A below 20%, B below 40%, C below 60%, D below 80%, E from 80%" in lines[3]
    assert lines[4] == "Readiness for level 3, Senior Engineer: 0% (0 of 3 criteria met)."
    assert lines[5].startswith("  How computed: criteria met / criteria of the level")
    assert "it has evidence linked and its latest assessment is “consistently”" in lines[5]
    assert lines[6] == "  By topic (criteria met):"
    assert lines[7].split() == ["0", "of", "1", "0%", "Delivery"]
    current = lines.index("Level 2, Engineer II (current): 1 of 3 criteria met, 1 with evidence")
    assert lines[current + 1].split() == ["ID", "Evidence", "Assessed", "Missing"]
    # Without evidence first; the met one is not listed without --all.
    assert " ".join(lines[current + 2].split()[1:]) == "0 not assessed no evidence, not assessed"
    assert lines[current + 3].strip().startswith("Communication: Writes clear design docs")
    assert lines[current + 4].split()[1:4] == ["0", "sometimes", f"({TODAY.isoformat()})"]
    assert lines[current + 4].endswith("no evidence, not yet consistently")
    assert lines[current + 6] == "  1 met criterion not listed: --all lists them."
    assert "Level 3, Senior Engineer (next): 0 of 3 criteria met, 0 with evidence" in lines
    every = ok(cj(db, "rubric", "--all"))
    assert "met criterion not listed" not in every
    assert "Ships features end to end, from design to rollout" in every


def test_rubric_json_has_the_whole_rubric(db: Path) -> None:
    ids = criteria(db)
    ok(cj(db, "assess", str(ids["Asks for"]), "--as", "consistently", "--on", "2026-01-05"))
    data = json.loads(ok(cj(db, "rubric", "--level", "1", "--json")))
    assert data["framework"]["name"] == "Acme Engineering"
    assert len(data["framework"]["levels"]) == 3
    assert data["framework"]["criterion_count"] == 8
    assert data["level_source"] == "chosen"
    assert data["as_of"] == TODAY.isoformat()
    sub = data["sublevel"]
    assert (sub["letter"], sub["share"], sub["consistent"], sub["total"]) == ("C", 0.5, 1, 2)
    assert sub["thresholds"] == [0.2, 0.4, 0.6, 0.8]
    assert data["history"] == [{"date": "2026-01-05", "share": 0.5}]
    current, nxt = data["current"], data["next"]
    assert (current["number"], current["name"], current["total"]) == (1, "Engineer I", 2)
    assert (nxt["number"], nxt["total"], nxt["met"], nxt["readiness"]) == (2, 3, 0, 0.0)
    asks = next(c for c in current["criteria"] if c["id"] == ids["Asks for"])
    assert asks["latest"] == "consistently"
    assert asks["gaps"] == ["no_evidence"]
    assert asks["assessments"][0]["date"] == "2026-01-05"
    assert asks["topic"] == {"key": "comms", "title": "Communication"}
    assert [t["key"] for t in nxt["topics"]] == ["delivery", "comms", "craft"]
    assert "How computed" in data["readiness_how_computed"]


def test_rubric_target_and_refusals(db: Path, other: Path) -> None:
    data = json.loads(ok(cj(db, "rubric", "--target", "2", "--json")))
    assert (data["current"]["number"], data["next"]["number"]) == (1, 2)
    assert "has no level 9 (it has 1, 2, 3)." in refused(cj(db, "rubric", "--level", "9"))
    assert "give --level or --target, not both." in refused(
        cj(db, "rubric", "--level", "1", "--target", "2")
    )
    assert refused(cj(other, "rubric")) == NO_FRAMEWORK


# -- assess ------------------------------------------------------------------------------------


def test_assess_prints_the_new_state_and_undo_removes_it(db: Path) -> None:
    ids = criteria(db)
    cid = ids["Asks for"]
    out = ok(cj(db, "assess", str(cid), "--as", "not-yet", "--note", "ask sooner"))
    assert out.splitlines() == [
        f"Assessed criterion {cid} as not yet on {TODAY.isoformat()}. "
        "`careerjournal undo` takes it back.",
        f"  {cid}  Asks for help early",
        "  Acme Engineering, level 1, Engineer I, Communication",
        "  Evidence: 0 entries",
        f"  Assessed: {TODAY.isoformat()} not yet",
        "  Note: ask sooner",
        "  Now: not met (no evidence, not yet consistently); met when it has evidence linked "
        "and its latest assessment is “consistently”.",
    ]
    with Journal.open(db) as journal:
        (assessment,) = journal.rubric.state(cid).assessments
        assert (assessment.status, assessment.note) == (Demonstration.NOT_YET, "ask sooner")
    assert ok(cj(db, "undo")) == "Undone: Assess “Asks for help early”\n"
    with Journal.open(db) as journal:
        assert journal.rubric.state(cid).assessments == ()


def test_assess_refusals(db: Path) -> None:
    cid = str(criteria(db)["Asks for"])
    assert "There is no framework criterion 999." in refused(
        cj(db, "assess", "999", "--as", "sometimes")
    )
    assert "--as: 'often' is not one of not_yet, sometimes, consistently." in refused(
        cj(db, "assess", cid, "--as", "often")
    )
    assert "is not a date" in refused(cj(db, "assess", cid, "--as", "sometimes", "--on", "May"))
    assert cj(db, "assess", cid).returncode == 2  # --as is required: a usage error


# -- evidence ----------------------------------------------------------------------------------


def test_evidence_link_unlink_and_undo(db: Path) -> None:
    cid, entry = criteria(db)["Asks for"], entry_id(db)
    out = ok(cj(db, "evidence", "link", str(entry), str(cid)))
    assert out == (
        f"Linked entry {entry} “Led the CSV export” as evidence for criterion {cid} “Asks for "
        "help early” (now 1 entry). `careerjournal undo` takes it back.\n"
    )
    again = ok(cj(db, "evidence", "link", str(entry), str(cid)))
    assert again.endswith(
        f"was already evidence for criterion {cid} “Asks for help early”; nothing changed.\n"
    )
    out = ok(cj(db, "evidence", "unlink", str(entry), str(cid)))
    assert out.startswith(f"Unlinked entry {entry} “Led the CSV export” from criterion {cid}")
    assert "(now 0 entries)" in out
    assert "was not evidence" in ok(cj(db, "evidence", "unlink", str(entry), str(cid)))
    assert ok(cj(db, "undo")).startswith("Undone: Unlink evidence from “Asks for help early”")
    with Journal.open(db) as journal:
        assert [e.entry_id for e in journal.rubric.state(cid).evidence] == [entry]


def test_evidence_refusals(db: Path) -> None:
    cid, entry = criteria(db)["Asks for"], entry_id(db)
    assert "There is no entry 99." in refused(cj(db, "evidence", "link", "99", str(cid)))
    assert "There is no framework criterion 999." in refused(
        cj(db, "evidence", "link", str(entry), "999")
    )
    assert "ENTRY: 'x' is not a whole number." in refused(cj(db, "evidence", "link", "x", "1"))
    assert cj(db, "evidence").returncode == 2


# -- the program -------------------------------------------------------------------------------


def test_help_lists_the_commands(empty: Path) -> None:
    top = ok(run_cli("--help"))
    for name in ("framework", "rubric", "assess", "evidence"):
        assert f"    {name}" in top
    assert "--published" in ok(cj(empty, "framework", "import", "--help"))
    assert "not_yet|sometimes|consistently" in ok(cj(empty, "assess", "--help"))


def test_the_commands_run_without_loading_qt(db: Path) -> None:
    code = f"""
import sys
from careerjournal.cli import main
db = {str(db)!r}
assert main(["--database", db, "framework", "list", "--published"]) == 0
assert main(["--database", db, "rubric", "--all"]) == 0
assert main(["--database", db, "rubric", "--json"]) == 0
assert main(["--database", db, "assess", "1", "--as", "sometimes"]) == 0
assert main(["--database", db, "framework", "settings"]) == 0
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print('loaded:', heavy)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")
