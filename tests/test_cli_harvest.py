"""`careerjournal harvest git|ics|jira|github|notes`: each source end to end on small files
written here, into a real journal, run in-process (cli_run.py)."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from careerjournal.cli.harvest import REASONS, progress_printer, skip_text
from careerjournal.domain import HarvestSource
from careerjournal.harvest import Skipped
from careerjournal.services import Journal
from cli_run import Result, run_cli


def has_reader(name: str) -> bool:
    return importlib.util.find_spec(f"careerjournal.harvest.{name}") is not None


def cj(db: Path, *args: str) -> Result:
    return run_cli("--database", str(db), *args)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    Journal.open(path).close()
    return path


def pending(db: Path) -> list[tuple[str, str]]:
    with Journal.open(db) as journal:
        return [(c.source.value, c.title) for c in journal.inbox.pending()]


# -- notes: the summary line, rescans, dry runs -----------------------------------------------

NOTE = """# Monday

## Wins
- Shipped the refund API to production
- Mentored Sam on the ledger code

## Learned
- How PostgreSQL advisory locks work
"""


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    folder = tmp_path / "daily"
    folder.mkdir()
    (folder / "2026-03-02.md").write_text(NOTE, "utf-8")
    (folder / "shopping.md").write_text("- milk\n", "utf-8")  # no date in its name: not read
    return folder


def test_notes_fill_the_inbox_and_a_rescan_says_what_it_already_has(db: Path, notes: Path) -> None:
    result = cj(db, "harvest", "notes", str(notes))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "daily: 3 new suggestions (3 items read)"
    assert lines[-1] == "`careerjournal inbox` lists the suggestions."
    assert sorted(pending(db)) == [
        ("notes", "How PostgreSQL advisory locks work"),
        ("notes", "Mentored Sam on the ledger code"),
        ("notes", "Shipped the refund API to production"),
    ]
    with Journal.open(db) as journal:
        mentored = next(c for c in journal.inbox.pending() if c.title.startswith("Mentored"))
        journal.inbox.dismiss([mentored.id])
    again = cj(db, "harvest", "notes", str(notes))
    assert again.stdout == "daily: 2 already in the inbox, 1 already decided (3 items read)\n"
    assert len(pending(db)) == 2


def test_one_new_suggestion_is_worded_in_the_singular(db: Path, notes: Path) -> None:
    (notes / "2026-03-02.md").write_text("## Wins\n- Led the incident review\n", "utf-8")
    assert cj(db, "harvest", "notes", str(notes)).stdout.splitlines()[0] == (
        "daily: 1 new suggestion (1 item read)"
    )


def test_since_leaves_older_notes_out(db: Path, notes: Path) -> None:
    (notes / "2026-01-05.md").write_text("## Wins\n- An old win\n", "utf-8")
    result = cj(db, "harvest", "notes", str(notes), "--since", "2026-02-01")
    assert result.stdout.startswith("daily: 3 new suggestions")
    assert ("notes", "An old win") not in pending(db)


def test_a_dry_run_lists_what_it_found_and_writes_nothing(db: Path, notes: Path) -> None:
    before = db.read_bytes()
    result = cj(db, "harvest", "notes", str(notes), "--dry-run")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Dry run, nothing written. daily: 3 suggestions found")
    assert "  2026-03-02  Shipped the refund API to production" in lines
    assert pending(db) == []
    assert db.read_bytes() == before

    cj(db, "harvest", "notes", str(notes))
    data = json.loads(cj(db, "harvest", "notes", str(notes), "--dry-run", "--json").stdout)
    assert data["dry_run"] is True
    assert (data["source"], data["read"], data["skipped"]) == ("notes", 3, [])
    assert {f["title"] for f in data["found"]} >= {"Shipped the refund API to production"}
    assert all(f["in_inbox"] for f in data["found"])
    assert data["found"][0]["facts"] == {"heading": data["found"][0]["facts"]["heading"]}


def test_a_dry_run_shows_ten_titles_and_counts_the_rest(db: Path, notes: Path) -> None:
    bullets = "".join(f"- Win number {i}\n" for i in range(14))
    (notes / "2026-03-02.md").write_text("## Wins\n" + bullets, "utf-8")
    lines = cj(db, "harvest", "notes", str(notes), "--dry-run").stdout.splitlines()
    assert len([line for line in lines if line.startswith("  2026-03-02  Win number")]) == 10
    assert "  … and 4 more" in lines


def test_json_is_the_store_result(db: Path, notes: Path) -> None:
    data = json.loads(cj(db, "harvest", "notes", str(notes), "--json").stdout)
    assert data == {
        "source": "notes",
        "added": 3,
        "updated": 0,
        "known": 0,
        "duplicates": 0,
        "read": 3,
        "skipped": [],
    }


# -- what cannot be read ----------------------------------------------------------------------


def test_a_missing_place_is_one_line_naming_it_and_nothing_is_opened(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite3"
    missing = tmp_path / "no-such-folder"
    result = run_cli("--database", str(db), "--create", "harvest", "notes", str(missing))
    assert result.returncode == 1
    assert result.stderr == f"careerjournal: error: {missing}: no such file or folder.\n"
    assert not db.exists()


def test_bad_options_are_refused(db: Path, notes: Path) -> None:
    result = cj(db, "harvest", "notes", str(notes), "--pattern", "DD-MM")
    assert (result.returncode, result.stdout) == (1, "")
    assert "--pattern: 'DD-MM' needs YYYY, MM and DD" in result.stderr
    result = cj(db, "harvest", "notes", str(notes), "--since", "2026-02-30")
    assert result.returncode == 1
    assert "does not exist on the calendar" in result.stderr
    assert cj(db, "harvest").returncode == 2  # no source: the command line is not understood
    assert cj(db, "harvest", "git", str(notes)).returncode == 2  # --author is required
    assert pending(db) == []


PULLS = [
    {
        "number": 12,
        "title": "Fix the ledger rounding",
        "mergedAt": "2026-03-03T10:00:00Z",
        "url": "https://github.com/acme/billing/pull/12",
        "author": {"login": "me"},
        "additions": 120,
        "deletions": 30,
    },
    {
        "number": 13,
        "title": "Someone else's work",
        "mergedAt": "2026-03-04T10:00:00Z",
        "url": "https://github.com/acme/billing/pull/13",
        "author": {"login": "bob"},
    },
]


def test_github_keeps_your_pull_requests_and_words_each_skipped_file(
    db: Path, tmp_path: Path
) -> None:
    prs = tmp_path / "prs.json"
    prs.write_text(json.dumps(PULLS), "utf-8")
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    result = cj(db, "harvest", "github", str(prs), str(broken), "--login", "me")
    assert result.returncode == 0, result.stderr  # a skipped file is no failure
    lines = result.stdout.splitlines()
    assert lines[0] == "prs.json, broken.json: 1 new suggestion (2 items read)"
    assert lines[1].startswith(f"skipped: {broken} (not in the expected format: ")
    assert pending(db) == [("github", "Fix the ledger rounding")]


def test_nothing_readable_at_all_is_exit_1_naming_the_place(db: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    for extra in ((), ("--json",)):
        result = cj(db, "harvest", "github", str(broken), *extra)
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr.startswith(
            f"careerjournal: error: nothing could be read: {broken} (not in the expected format"
        )
        assert len(result.stderr.splitlines()) == 1
    with Journal.open(db) as journal:
        assert journal.inbox.states(HarvestSource.GITHUB) == {}


def test_every_reason_a_reader_gives_is_worded() -> None:
    codes = [
        "outside",
        "unreadable",
        "no_git",
        "too_many_dirs",
        "malformed",
        "too_large",
        "not_utf8",
        "bad_date",
        "no_header",
        "too_many_rows",
        "too_many_files",
        "unknown_shape",
        "missing",
        "line_too_long",
        "no_key",
        "too_many_occurrences",
    ]
    assert set(codes) <= set(REASONS)
    said = skip_text(Skipped("/x/y", "outside", ".git is a link to /elsewhere"))
    assert said == "/x/y (it points outside the folder: .git is a link to /elsewhere)"
    assert skip_text(Skipped("/a.ics", "too_large")) == "/a.ics (too large)"
    assert skip_text(Skipped("/b", "brand_new")) == "/b (brand new)"  # a code added later


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_git_progress_goes_to_a_terminal_only() -> None:
    assert progress_printer(io.StringIO()) is None
    stream = Terminal()
    show = progress_printer(stream)
    assert show is not None
    show(1, 3)
    show(3, 3)
    assert stream.getvalue() == "\rRepositories: 1/3\rRepositories: 3/3"


# -- git: a real repository -------------------------------------------------------------------


def commit(repo: Path, name: str, email: str, when: str, subject: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
        "GIT_COMMITTER_DATE": when,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    with (repo / "log.txt").open("a", encoding="utf-8") as log:
        log.write(subject + "\n")
    for args in (["add", "log.txt"], ["commit", "-q", "-m", subject]):
        subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    if not has_reader("git"):
        pytest.skip("careerjournal.harvest.git is not there yet")
    folder = tmp_path / "billing-service"
    folder.mkdir()
    subprocess.run(["git", "init", "-q", str(folder)], check=True, capture_output=True)
    commit(folder, "Me", "me@example.com", "2026-03-02T10:00:00+00:00", "Add the refund API")
    commit(folder, "Me", "me@example.com", "2026-03-03T10:00:00+00:00", "Fix refund rounding")
    commit(folder, "Bob", "bob@example.com", "2026-03-03T11:00:00+00:00", "Bob's own change")
    return folder


def test_git_end_to_end_and_a_rescan_adds_nothing(db: Path, repo: Path) -> None:
    result = cj(db, "harvest", "git", str(repo), "--author", "me@example.com")
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith("billing-service: ")
    assert "new suggestion" in first
    found = pending(db)
    assert found
    assert all(source == "git" for source, _ in found)
    listing = cj(db, "inbox").stdout
    assert "Bob's own change" not in listing
    assert "commits in billing-service" in listing or "commit in billing-service" in listing

    again = cj(db, "harvest", "git", str(repo), "--author", "me@example.com")
    assert again.returncode == 0, again.stderr
    assert "new suggestion" not in again.stdout
    assert len(pending(db)) == len(found)


def test_git_dry_run_writes_nothing(db: Path, repo: Path) -> None:
    result = cj(db, "harvest", "git", str(repo), "--author", "Me", "--dry-run", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == "git"
    assert data["found"]
    assert pending(db) == []


# -- calendars and Jira -----------------------------------------------------------------------

ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:talk-1@example.com
DTSTAMP:20260301T090000Z
DTSTART:20260304T140000Z
DTEND:20260304T150000Z
SUMMARY:Talk: Double-entry ledgers at PyCon
END:VEVENT
END:VCALENDAR
"""


def test_ics_end_to_end(db: Path, tmp_path: Path) -> None:
    if not has_reader("calendar"):
        pytest.skip("careerjournal.harvest.calendar is not there yet")
    cal = tmp_path / "work.ics"
    cal.write_text(ICS.replace("\n", "\r\n"), "utf-8")
    result = cj(db, "harvest", "ics", str(cal))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("work.ics: 1 new suggestion (")
    assert [source for source, _ in pending(db)] == ["calendar"]


JIRA = (
    "Issue key,Summary,Issue Type,Status,Assignee,Resolved,Story Points\n"
    "BILL-7,Refunds for partial captures,Story,Done,Me Myself,2026-03-05 10:00,5\n"
    "BILL-8,Not mine,Bug,Done,Bob,2026-03-05 11:00,\n"
)


def test_jira_end_to_end_keeps_your_issues(db: Path, tmp_path: Path) -> None:
    if not has_reader("jira"):
        pytest.skip("careerjournal.harvest.jira is not there yet")
    export = tmp_path / "jira.csv"
    export.write_text(JIRA, "utf-8")
    result = cj(db, "harvest", "jira", str(export), "--assignee", "Me Myself")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("jira.csv: 1 new suggestion (")
    titles = [title for _, title in pending(db)]
    assert len(titles) == 1
    assert "Refunds for partial captures" in titles[0]


def test_git_in_a_folder_without_repositories_is_exit_1(db: Path, tmp_path: Path) -> None:
    if shutil.which("git") is None or not has_reader("git"):
        pytest.skip("git or careerjournal.harvest.git is missing")
    empty = tmp_path / "empty"
    empty.mkdir()
    result = cj(db, "harvest", "git", str(empty), "--author", "me@example.com")
    assert (result.returncode, result.stdout) == (1, "")
    assert (
        result.stderr == f"careerjournal: error: no git repository in {empty}: nothing was read.\n"
    )
