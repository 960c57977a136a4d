"""jrnl's JSON export (`jrnl --export json`): a hand-written export in jrnl's documented shape,
imported whole, twice, and refused clearly when damaged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerjournal.domain import EntryKind
from careerjournal.interchange.detect import detect, run_import
from careerjournal.interchange.errors import ImportProblem
from careerjournal.interchange.jrnl import read_plan
from careerjournal.interchange.kind_guess import MAX_BODY, guess_kind, tag_name
from careerjournal.services import EntryDraft, EntryQuery, Journal
from careerjournal.services.validate import MAX_TITLE
from cli_run import run_cli

D = dt.date
EXPORT = Path(__file__).resolve().parents[1] / "data" / "journals" / "jrnl_export.json"
EVERYTHING = EntryQuery(trashed=None)


def entry(**fields: Any) -> dict[str, Any]:
    """One entry as jrnl writes it, with `fields` replaced."""
    base: dict[str, Any] = {
        "title": "Wrote things.",
        "body": "",
        "date": "2024-05-01",
        "time": "10:00",
        "tags": [],
        "starred": False,
    }
    base.update(fields)
    return base


def write(path: Path, entries: list[Any], tags: dict[str, int] | None = None) -> Path:
    path.write_text(json.dumps({"tags": tags or {}, "entries": entries}, indent=2), "utf-8")
    return path


def state(journal: Journal) -> list[tuple[object, ...]]:
    return [
        (e.occurred_on, e.kind, e.title, e.body, e.tags, e.starred)
        for e in journal.entries.list(EVERYTHING)
    ]


# -- the documented export -------------------------------------------------------------------------


def test_plan_from_a_jrnl_export() -> None:
    plan = read_plan(EXPORT)
    assert plan.format == "jrnl"
    assert plan.source == "jrnl_export.json"
    got = [(e.occurred_on, e.kind, e.title, e.tags, e.starred) for e in plan.entries]
    assert got == [
        (D(2024, 1, 15), EntryKind.PROMOTION, "Got promoted to Senior Engineer!", ("acme",), True),
        (
            D(2024, 2, 3),
            EntryKind.LEARNING,
            "Finished the Kubernetes course.",
            ("learning",),
            False,
        ),
        # "Shipped" is in the body only.
        (
            D(2024, 2, 20),
            EntryKind.PROJECT,
            "The billing rewrite went live today.",
            ("work",),
            False,
        ),
        (D(2024, 3, 12), EntryKind.OTHER, "Standup.", ("work",), False),
        # The day's second "Standup." is numbered, or the import would take it for the first.
        (D(2024, 3, 12), EntryKind.OTHER, "Standup. (2)", ("work",), False),
        (
            D(2024, 3, 20),
            EntryKind.FEEDBACK,
            "Dana's feedback on my design doc was sharp.",
            (),
            False,
        ),
        (
            D(2024, 4, 2),
            EntryKind.RECOGNITION,
            "The team gave me kudos for the #oncall fix.",
            ("oncall",),
            True,
        ),
        (
            D(2024, 4, 9),
            EntryKind.OTHER,
            "Of course the planning meeting ran late again.",
            (),
            False,
        ),
    ]
    assert (
        plan.entries[0].body == "Celebrated with the team at @acme. Next: mentoring the new hires."
    )
    assert plan.entries[2].body == "Shipped after two months; no incidents. @work"
    notes = " ".join(plan.notes)
    assert plan.notes.count("Times of day are not kept; each entry keeps its date.") == 1
    assert "guessed" in notes
    assert "“(2)”" in notes


def test_import_then_reimport_adds_nothing(journal: Journal) -> None:
    dry = run_import(journal, EXPORT, dry_run=True)
    assert dry.dry_run
    assert dry.added["entries"] == 8
    assert state(journal) == []  # the dry run wrote nothing

    first = run_import(journal, EXPORT)
    assert first.added["entries"] == 8
    assert first.duplicates["entries"] == 0
    before = state(journal)
    assert len(before) == 8
    assert {e.title for e in journal.entries.list()} >= {"Standup.", "Standup. (2)"}

    again = run_import(journal, EXPORT)
    assert not any(again.added.values())
    assert again.duplicates["entries"] == 8
    assert again.lines()[0] == "jrnl_export.json: added nothing."
    assert state(journal) == before


def test_detected_as_jrnl(tmp_path: Path) -> None:
    assert detect(EXPORT) == "jrnl"
    assert detect(write(tmp_path / "empty.json", [])) == "jrnl"  # an empty journal's export
    no_tags = tmp_path / "no_tags.json"
    no_tags.write_text(json.dumps({"entries": [entry()]}), "utf-8")
    with pytest.raises(ImportProblem, match="not a format Career Journal can import"):
        detect(no_tags)


# -- titles, bodies, tags --------------------------------------------------------------------------


def test_a_long_title_is_cut_and_its_rest_begins_the_body(tmp_path: Path) -> None:
    words = " ".join(f"word{i}" for i in range(80))  # about 550 characters, one "sentence"
    plan = read_plan(write(tmp_path / "j.json", [entry(title=words, body="The body.")]))
    (draft,) = plan.entries
    assert len(draft.title) <= MAX_TITLE
    assert draft.title.endswith("…")
    head = draft.title.removesuffix("…")
    rest = draft.body.split("\n\n")[0].removeprefix("…")
    assert f"{head} {rest}" == words  # nothing lost
    assert draft.body.endswith("\n\nThe body.")
    assert any("over 300 characters" in n for n in plan.notes)


def test_empty_title_borrows_the_body_and_an_empty_entry_is_left_out(tmp_path: Path) -> None:
    path = write(
        tmp_path / "j.json",
        [
            entry(title="", body="\n\nFirst line here\nsecond line"),
            entry(title="  ", body=" \n "),
            {"date": "2024-05-02", "title": "Only a title."},  # no body, tags or starred
        ],
    )
    plan = read_plan(path)
    assert [(e.title, e.body, e.tags, e.starred) for e in plan.entries] == [
        ("First line here", "second line", (), False),
        ("Only a title.", "", (), False),
    ]
    assert "1 entry without any text was left out." in plan.notes


def test_tag_symbols_and_odd_tags(tmp_path: Path) -> None:
    long = "@" + "x" * 100
    path = write(
        tmp_path / "j.json",
        [entry(tags=["@Work", "#Side-Project", "@work", "%a,b", long, "@"])],
    )
    plan = read_plan(path)
    assert plan.entries[0].tags == ("work", "side-project", "a b")
    assert "1 tag longer than 80 characters was left out." in plan.notes


@pytest.mark.parametrize(
    ("title", "body", "tags", "kind"),
    [
        ("Promotion letter arrived", "", (), EntryKind.PROMOTION),
        ("AWS certified at last", "", (), EntryKind.CERTIFICATION),
        ("Learned Rust macros", "", (), EntryKind.LEARNING),
        ("We launched", "", (), EntryKind.PROJECT),
        ("v2 released", "", (), EntryKind.PROJECT),
        ("Praised in the all-hands", "", (), EntryKind.RECOGNITION),
        ("Won an award", "", (), EntryKind.RECOGNITION),
        ("A quiet day", "", ("kudos",), EntryKind.RECOGNITION),
        ("Of course it rained", "", (), EntryKind.OTHER),
        ("Gardening", "", (), EntryKind.OTHER),
        ("Feedback session", "", ("learning",), EntryKind.LEARNING),  # tags first
        ("A quiet day", "then I got feedback", (), EntryKind.FEEDBACK),
        ("Relearned nothing", "", (), EntryKind.OTHER),  # a keyword starts a word
    ],
)
def test_guess_kind(title: str, body: str, tags: tuple[str, ...], kind: EntryKind) -> None:
    assert guess_kind(title, body, tags) == kind


def test_tag_name() -> None:
    assert tag_name("@Work") == "work"
    assert tag_name("##deep  work") == "deep work"
    assert tag_name("@") == ""


# -- refusals --------------------------------------------------------------------------------------


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.entries.add(EntryDraft("Keep me", D(2024, 1, 1)))
    return journal


def refused(journal: Journal, path: Path) -> ImportProblem:
    before = state(journal)
    with pytest.raises(ImportProblem) as caught:
        run_import(journal, path, "jrnl")
    assert state(journal) == before
    return caught.value


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (entry(date="2024-02-30"), "'2024-02-30' does not exist on the calendar"),
        (entry(date="12 March"), "not a date in the form YYYY-MM-DD"),
        (entry(date="1850-01-01"), "outside 1900-2200"),
        ({"title": "No date", "body": ""}, "has no “date”"),
        (entry(title=["a"]), "“title” must be text, not list"),
        (entry(tags="@work"), "“tags” must be a list"),
        (entry(starred="yes"), "“starred” must be true or false"),
        ("just text", "is not an entry"),
    ],
)
def test_a_damaged_entry_names_the_file_and_the_entry(
    filled: Journal, tmp_path: Path, bad: Any, words: str
) -> None:
    path = write(tmp_path / "journal.json", [entry(), bad, entry(title="After.")])
    problem = refused(filled, path)
    assert problem.where == "entry 2"
    assert words in problem.problem
    assert str(problem).startswith("journal.json (entry 2): ")


def test_not_utf8(filled: Journal, tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps({"tags": {}, "entries": [entry(title="Café")]}).encode("latin-1"))
    path.write_bytes(path.read_bytes().replace(b"\\u00e9", "é".encode("latin-1")))
    problem = refused(filled, path)
    assert "UTF-8" in problem.problem
    assert "latin1.json" in str(problem)


def test_a_10_mb_single_line_is_refused(filled: Journal, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    path.write_text(json.dumps({"tags": {}, "entries": [entry(body="x" * 10_000_000)]}), "utf-8")
    assert len(path.read_text("utf-8").splitlines()) == 1
    problem = refused(filled, path)
    assert problem.where == "entry 1"
    assert f"over {MAX_BODY:,} characters" in problem.problem


def test_not_a_jrnl_export(filled: Journal, tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"basics": {"name": "x"}}', "utf-8")
    assert "not a jrnl export" in refused(filled, path).problem


# -- the command line ------------------------------------------------------------------------------


def test_cli_dry_run_then_import(tmp_path: Path) -> None:
    db = tmp_path / "journal.sqlite3"
    dry = run_cli("--database", str(db), "--create", "import", str(EXPORT), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == "jrnl_export.json: would add 8 entries."
    assert "Times of day are not kept; each entry keeps its date." in lines
    with Journal.open(db) as journal:
        assert journal.entries.count() == 0
    done = run_cli("--database", str(db), "import", str(EXPORT), "--format", "jrnl")
    assert done.stdout.startswith("jrnl_export.json: added 8 entries.")
    again = run_cli("--database", str(db), "import", str(EXPORT))
    assert again.stdout.startswith("jrnl_export.json: added nothing.")
    with Journal.open(db) as journal:
        assert journal.entries.count() == 8


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    field=st.sampled_from(["title", "body", "date", "time", "tags", "starred"]), value=JSON_VALUES
)
def test_any_value_in_any_field_reads_or_is_refused_clearly(
    tmp_path: Path, field: str, value: Any
) -> None:
    path = write(tmp_path / "fuzz.json", [entry(), entry(**{field: value})])
    where = ""
    try:
        plan = read_plan(path)
    except ImportProblem as exc:  # only ever about the fuzzed entry
        where = exc.where
    else:
        assert 1 <= len(plan.entries) <= 2
    assert where in ("", "entry 2")


def test_the_import_wizards_job_reads_jrnl_and_day_one_names(journal: Journal) -> None:
    """The window's import goes through `jobs.prepare`/`preview`: the same plan as the CLI's."""
    from careerjournal.domain import SkillScale
    from careerjournal.interchange.jobs import FORMAT_NAMES, prepare, preview

    prepared = prepare(EXPORT, "auto", SkillScale.DREYFUS)
    assert prepared.format == "jrnl"
    assert prepared.format_name == "jrnl journal (JSON export)"
    assert preview(journal, prepared).added["entries"] == 8
    assert "dayone" in FORMAT_NAMES
