"""Day One's JSON export (File › Export › JSON): zips built here as Day One writes them, with
journals, media folders and entries' photo lists; a bare journal .json; hostile archives."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerjournal.domain import EntryKind
from careerjournal.interchange.dayone import media_note, read_plan, title_and_body
from careerjournal.interchange.detect import detect, run_import
from careerjournal.interchange.errors import ImportProblem
from careerjournal.interchange.kind_guess import MAX_BODY
from careerjournal.services import EntryDraft, EntryQuery, Journal
from cli_run import run_cli

D = dt.date
EVERYTHING = EntryQuery(trashed=None)
PHOTO = {"identifier": "A1B2", "md5": "0f3c", "type": "jpeg", "width": 800, "height": 600}


def entry(text: str, created: str = "2024-03-12T08:15:00Z", **fields: Any) -> dict[str, Any]:
    """One entry as Day One writes it (the fields this importer reads, and some it does not)."""
    base: dict[str, Any] = {
        "uuid": "9C3F" + str(abs(hash((text, created)))),
        "creationDate": created,
        "modifiedDate": created,
        "timeZone": "Europe/Berlin",
        "text": text,
        "richText": json.dumps({"contents": [{"text": text}]}),
        "starred": False,
        "isPinned": False,
        "duration": 0,
        "creationDevice": "iPhone",
        "location": {"localityName": "Berlin", "latitude": 52.5, "longitude": 13.4},
    }
    base.update(fields)
    return base


def journal_json(entries: list[Any]) -> str:
    return json.dumps({"metadata": {"version": "1.0"}, "entries": entries}, indent=2)


WORK = [
    entry(
        "# Shipped the new onboarding flow\\.\n\n![](dayone-moment://A1B2)\n\n"
        "Took three sprints\\. Metrics next week\\!\n\n\n\n"
        "![](dayone-moment:/video/V1)",
        "2024-03-12T23:30:00Z",  # already the 13th in Berlin
        tags=["work", "Launch"],
        starred=True,
        photos=[PHOTO],
        videos=[{"identifier": "V1", "md5": "aa", "type": "mov"}],
    ),
    entry(
        "Manager feedback 1\\-on\\-1\nWants more written design docs.",
        "2024-03-12T05:00:00Z",
        timeZone="America/Los_Angeles",  # still the 11th there
        photos=[PHOTO, {**PHOTO, "identifier": "C3"}],
    ),
    entry("![](dayone-moment://D4)", "2024-03-14T10:00:00Z", photos=[PHOTO]),  # a photo only
    entry("## \n\nTitle after an empty heading", "2024-03-15T10:00:00Z", timeZone=None),
]
PERSONAL = [
    entry("Ran 10 km", "2024-04-01T06:00:00Z", timeZone="Mars/Olympus_Mons", tags=["running"]),
    entry("Completed the Coursera course on statistics", "2024-04-02T20:00:00Z"),
]


def write_zip(path: Path, members: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def export(tmp_path: Path) -> Path:
    """A Day One export of two journals with their media folders, as the zip Day One writes."""
    return write_zip(
        tmp_path / "Export-All Entries.zip",
        {
            "Work.json": journal_json(WORK),
            "Personal.json": journal_json(PERSONAL),
            "photos/0f3c.jpeg": b"\xff\xd8\xff\xe0fake",
            "photos/77aa.jpeg": b"\xff\xd8\xff\xe0fake",
            "videos/aa.mov": b"\x00\x00\x00\x18ftyp",
            "__MACOSX/._Work.json": b"\x00\x05\x16\x07binary",
        },
    )


def state(journal: Journal) -> list[tuple[object, ...]]:
    return [
        (e.occurred_on, e.kind, e.title, e.body, e.tags, e.starred)
        for e in journal.entries.list(EVERYTHING)
    ]


# -- the export ------------------------------------------------------------------------------------


def test_plan_from_a_zip_of_two_journals(tmp_path: Path) -> None:
    plan = read_plan(export(tmp_path))
    assert plan.format == "dayone"
    assert plan.source == "Export-All Entries.zip"
    got = [(e.occurred_on, e.kind, e.title, e.tags, e.starred) for e in plan.entries]
    assert got == [
        (D(2024, 3, 11), EntryKind.FEEDBACK, "Manager feedback 1-on-1", (), False),
        (
            D(2024, 3, 13),
            EntryKind.PROJECT,
            "Shipped the new onboarding flow.",
            ("work", "launch"),
            True,
        ),
        (D(2024, 3, 15), EntryKind.OTHER, "Title after an empty heading", (), False),
        (D(2024, 4, 1), EntryKind.OTHER, "Ran 10 km", ("running",), False),
        (
            D(2024, 4, 2),
            EntryKind.LEARNING,
            "Completed the Coursera course on statistics",
            (),
            False,
        ),
    ]
    onboarding = plan.entries[1]
    # Day One's escapes stay in the Markdown body; the media references and extra blank lines go.
    assert onboarding.body == "Took three sprints\\. Metrics next week\\!"
    assert plan.entries[0].body == "Wants more written design docs."
    notes = plan.notes
    assert notes[0] == "2 journals were read."
    assert "1 entry without any text was left out." in notes
    assert (
        "4 photos and 1 video were not imported (Career Journal keeps the text of entries only)."
        in notes
    )
    assert any("Mars/Olympus_Mons" in n and "UTC" in n for n in notes)
    assert sum("Times of day are not kept" in n for n in notes) == 1


def test_import_then_reimport_adds_nothing(journal: Journal, tmp_path: Path) -> None:
    path = export(tmp_path)
    assert detect(path) == "dayone"
    dry = run_import(journal, path, dry_run=True)
    assert dry.added["entries"] == 5
    assert state(journal) == []  # the dry run wrote nothing
    first = run_import(journal, path)
    assert first.added["entries"] == 5
    before = state(journal)
    assert len(before) == 5
    again = run_import(journal, path)
    assert not any(again.added.values())
    assert again.duplicates["entries"] == 5
    assert state(journal) == before


def test_a_bare_journal_json(journal: Journal, tmp_path: Path) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(journal_json(PERSONAL), "utf-8")
    assert detect(path) == "dayone"
    plan = read_plan(path)
    assert [e.title for e in plan.entries] == [
        "Ran 10 km",
        "Completed the Coursera course on statistics",
    ]
    assert not any("photo" in n for n in plan.notes)
    assert run_import(journal, path).added["entries"] == 2


def test_media_counted_from_the_folders_when_entries_list_none(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "e.zip",
        {
            "Journal.json": journal_json([entry("Hello")]),
            "photos/a.jpeg": b"x",
            "audios/b.m4a": b"x",
            "pdfs/c.pdf": b"x",
            "pdfs/d.pdf": b"x",
        },
    )
    assert read_plan(path).notes[-1] == (
        "1 photo, 1 audio recording and 2 PDFs were not imported "
        "(Career Journal keeps the text of entries only)."
    )


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("# Title\n\nBody", "Title", "Body"),
        ("### Title ###\nBody", "Title", "Body"),
        ("\n\n  Plain first line\\!  \nmore", "Plain first line!", "more"),
        ("![](dayone-moment://X)\nCaption \\(photo\\)", "Caption (photo)", ""),
        ("#hashtag not a heading", "#hashtag not a heading", ""),
        ("A\n\n\n\n\nB\n\n\nC", "A", "B\n\nC"),
        ("", "", ""),
    ],
)
def test_title_and_body(text: str, title: str, body: str) -> None:
    assert title_and_body(text) == (title, body)


def test_media_note_wording() -> None:
    from collections import Counter

    assert media_note(Counter(), Counter()) == ""
    assert media_note(Counter(photos=1), Counter()).startswith("1 photo was not imported")
    assert media_note(Counter(photos=2), Counter()).startswith("2 photos were not imported")


# -- refusals --------------------------------------------------------------------------------------


@pytest.fixture
def filled(journal: Journal) -> Journal:
    journal.entries.add(EntryDraft("Keep me", D(2024, 1, 1)))
    return journal


def refused(journal: Journal, path: Path, fmt: str = "auto") -> ImportProblem:
    before = state(journal)
    with pytest.raises(ImportProblem) as caught:
        run_import(journal, path, fmt)
    assert state(journal) == before
    return caught.value


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (entry("x", "2024-02-30T08:00:00Z"), "'2024-02-30T08:00:00Z' is not a date and time"),
        (entry("x", "yesterday"), "is not a date and time"),
        (entry("x", "1850-06-01T08:00:00Z"), "outside 1900-2200"),
        ({"text": "no date", "creationDate": ""}, "has no “creationDate”"),
        (entry("x", tags="work"), "“tags” must be a list"),
        (entry("x", starred=1), "“starred” must be true or false"),
        ({**entry("x"), "text": 42}, "“text” must be text, not int"),
        (["not", "an", "entry"], "is not an entry"),
    ],
)
def test_a_damaged_entry_names_the_journal_and_the_entry(
    filled: Journal, tmp_path: Path, bad: Any, words: str
) -> None:
    members = {"Personal.json": journal_json(PERSONAL), "Work.json": journal_json([WORK[0], bad])}
    problem = refused(filled, write_zip(tmp_path / "export.zip", members), "dayone")
    assert problem.where == "entry 2"
    assert words in problem.problem
    assert str(problem).startswith("Work.json (entry 2): ")


def test_zip_slip_is_refused(filled: Journal, tmp_path: Path) -> None:
    path = write_zip(tmp_path / "slip.zip", {"../Journal.json": journal_json(PERSONAL)})
    assert "leaves the archive" in refused(filled, path).problem
    path = write_zip(tmp_path / "abs.zip", {"/etc/Journal.json": journal_json(PERSONAL)})
    assert "leaves the archive" in refused(filled, path, "dayone").problem


def test_zip_bomb_is_refused(filled: Journal, tmp_path: Path) -> None:
    bomb = b'{"metadata": {}, "entries": [], "pad": "' + b" " * 8_000_000 + b'"}'
    problem = refused(filled, write_zip(tmp_path / "bomb.zip", {"Journal.json": bomb}))
    assert "compressed suspiciously well" in problem.problem
    assert problem.where == "Journal.json"


def test_a_10_mb_single_line_entry_is_refused(filled: Journal, tmp_path: Path) -> None:
    # Random-looking text, so the zip's compression ratio stays ordinary.
    text = "".join(f"{i:x}" for i in range(1_500_000))[:10_000_000]
    members = {"Journal.json": journal_json([entry("Title"), entry(text)])}
    problem = refused(filled, write_zip(tmp_path / "big.zip", members))
    assert problem.where == "entry 2"
    assert f"over {MAX_BODY:,} characters" in problem.problem


def test_invalid_utf8_names_the_member(filled: Journal, tmp_path: Path) -> None:
    data = journal_json([entry("Café")]).replace("\\u00e9", "é").encode("latin-1")
    assert b"Caf\xe9" in data
    problem = refused(filled, write_zip(tmp_path / "latin.zip", {"Journal.json": data}))
    assert "UTF-8" in problem.problem
    assert "Journal.json" in str(problem)


def test_zips_and_files_that_are_not_day_one(filled: Journal, tmp_path: Path) -> None:
    empty = write_zip(tmp_path / "photos.zip", {"photos/a.jpeg": b"x"})
    assert "neither a LinkedIn data export" in refused(filled, empty).problem
    assert "without a Day One journal" in refused(filled, empty, "dayone").problem
    mixed = {"Journal.json": journal_json(PERSONAL), "settings.json": '{"a": 1}'}
    plan = read_plan(write_zip(tmp_path / "mixed.zip", mixed))
    assert len(plan.entries) == 2
    assert "settings.json is not a Day One journal and was not read." in plan.notes
    other = write_zip(tmp_path / "other.zip", {"data.json": '{"a": 1}'})
    assert "Day One" in refused(filled, other).problem
    assert "is not a Day One journal" in refused(filled, other, "dayone").problem
    broken = write_zip(tmp_path / "broken.zip", {"Journal.json": '{"metadata": '})
    assert "not valid JSON" in refused(filled, broken).problem


# -- the command line ------------------------------------------------------------------------------


def test_cli_dry_run_then_import(tmp_path: Path) -> None:
    path = export(tmp_path)
    db = tmp_path / "journal.sqlite3"
    dry = run_cli("--database", str(db), "--create", "import", str(path), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    assert lines[0] == "Export-All Entries.zip: would add 5 entries."
    assert "4 photos and 1 video were not imported" in dry.stdout
    with Journal.open(db) as journal:
        assert journal.entries.count() == 0
    done = run_cli("--database", str(db), "import", str(path), "--format", "dayone")
    assert done.stdout.startswith("Export-All Entries.zip: added 5 entries.")
    again = run_cli("--database", str(db), "import", str(path))
    assert again.stdout.startswith("Export-All Entries.zip: added nothing.")
    bad = write_zip(
        tmp_path / "bad.zip", {"Journal.json": journal_json([entry("x", "2024-02-30")])}
    )
    refusal = run_cli("--database", str(db), "import", str(bad))
    assert refusal.returncode == 1
    assert refusal.stderr.startswith("careerjournal: error: Journal.json (entry 1): ")


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
    field=st.sampled_from(["creationDate", "timeZone", "text", "tags", "starred", "photos"]),
    value=JSON_VALUES,
)
def test_any_value_in_any_field_reads_or_is_refused_clearly(
    tmp_path: Path, field: str, value: Any
) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(journal_json([entry("Fine"), {**entry("Fuzzed"), field: value}]), "utf-8")
    where = ""
    try:
        plan = read_plan(path)
    except ImportProblem as exc:  # only ever about the fuzzed entry
        where = exc.where
    else:
        assert 1 <= len(plan.entries) <= 2
    assert where in ("", "entry 2")
