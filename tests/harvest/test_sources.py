"""The configured sources and one rescan of them all, into a real journal (SQLite in a temp dir)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import types
from pathlib import Path

import pytest

from careerjournal import harvest as harvest_package
from careerjournal.domain import HarvestSource
from careerjournal.harvest import Found, HarvestReport, Skipped
from careerjournal.harvest.sources import SourceConfig, harvest_all, valid_pattern
from careerjournal.services import Journal

ME = "me@example.org"
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:talk-1@example.com
DTSTAMP:{day}T090000Z
DTSTART:{day}T140000Z
DTEND:{day}T150000Z
SUMMARY:Talk: Double-entry ledgers at PyCon
END:VEVENT
END:VCALENDAR
"""


def has_reader(name: str) -> bool:
    return importlib.util.find_spec(f"careerjournal.harvest.{name}") is not None


needs_git = pytest.mark.skipif(
    not has_reader("git") or shutil.which("git") is None,
    reason="needs the git reader (harvest/git.py, written by another helper) and git itself",
)
needs_calendar = pytest.mark.skipif(
    not has_reader("calendar"), reason="needs the calendar reader (harvest/calendar.py)"
)


def make_repo(path: Path, subjects: list[str]) -> Path:
    """A real repository with one commit by ME per subject, dated in the last days."""
    path.mkdir()
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Me",
        "GIT_AUTHOR_EMAIL": ME,
        "GIT_COMMITTER_NAME": "Me",
        "GIT_COMMITTER_EMAIL": ME,
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }

    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=path, env=env, check=True, capture_output=True)

    git("init", "-q")
    for number, subject in enumerate(subjects):
        (path / f"file{number}.txt").write_text(subject, encoding="utf-8")
        git("add", ".")
        git("commit", "-q", "-m", subject)
    return path


def test_the_config_survives_json_and_tolerates_what_it_did_not_write() -> None:
    config = SourceConfig(
        git_folders=("/src/billing", "/src/ledger"),
        authors=(ME, "Me Myself"),
        calendar_files=("/cal/work.ics",),
        jira_files=("/jira/done.csv",),
        github_files=("/gh/pulls.json",),
        notes_folders=("/notes",),
        notes_pattern="DD.MM.YYYY",
        rescan_on_start=True,
    )
    assert SourceConfig.from_json(json.loads(json.dumps(config.to_json()))) == config
    assert not config.empty
    assert SourceConfig().empty
    assert SourceConfig(authors=(ME,)).empty  # names are no place to look

    for junk in (None, "text", 3, [1, 2], {"git_folders": {"a": 1}}):
        assert SourceConfig.from_json(junk) == SourceConfig()
    odd = SourceConfig.from_json(
        {
            "git_folders": " /alone ",  # a lone string is a list of one
            "authors": [ME, 7, "", "  ", ME, None],  # blanks, repeats and non-strings dropped
            "notes_pattern": "YYYY-MM",  # no day: the default instead
            "rescan_on_start": "yes",  # only a JSON true turns it on
            "unknown": "ignored",
        }
    )
    assert odd == SourceConfig(git_folders=("/alone",), authors=(ME,))


def test_a_notes_pattern_needs_year_month_and_day() -> None:
    for good in ("YYYY-MM-DD", "DD.MM.YYYY", "YYYYMMDD", "YYYY/MM/DD", "YYYY/MM/YYYY-MM-DD"):
        assert valid_pattern(good), good
    for bad in ("", "YYYY-MM", "DD.MM.YY", "yyyy-mm-dd", "YYYY-MM-DD" + "x" * 100):
        assert not valid_pattern(bad), bad


def test_missing_places_are_skipped_with_a_reason_and_nothing_is_read(
    sqlite_journal: Journal, tmp_path: Path
) -> None:
    config = SourceConfig(
        git_folders=(str(tmp_path / "gone"),),
        jira_files=(str(tmp_path / "nowhere.csv"),),
        notes_folders=(str(tmp_path / "notes"),),
    )
    (tmp_path / "notes").write_text("a file, not a folder", encoding="utf-8")
    results = harvest_all(sqlite_journal, config)
    assert [r.source for r in results] == [
        HarvestSource.GIT,
        HarvestSource.JIRA,
        HarvestSource.NOTES,
    ]
    assert [r.skipped for r in results] == [
        (Skipped(str(tmp_path / "gone"), "missing"),),
        (Skipped(str(tmp_path / "nowhere.csv"), "missing"),),
        (Skipped(str(tmp_path / "notes"), "missing"),),
    ]
    assert all(r.added == r.read == 0 for r in results)
    assert sqlite_journal.inbox.count() == 0


def test_cancelling_stops_between_sources(sqlite_journal: Journal, tmp_path: Path) -> None:
    config = SourceConfig(
        calendar_files=(str(tmp_path / "a.ics"),),
        jira_files=(str(tmp_path / "b.csv"),),
        notes_folders=(str(tmp_path / "c"),),
    )
    steps: list[tuple[int, int, str]] = []
    results = harvest_all(
        sqlite_journal,
        config,
        progress=lambda *step: steps.append(step),
        cancelled=lambda: len(steps) >= 2,  # asked before each source: stop after the second
    )
    assert steps == [(1, 3, "calendar"), (2, 3, "jira")]
    assert [r.source for r in results] == [HarvestSource.CALENDAR, HarvestSource.JIRA]
    assert harvest_all(sqlite_journal, config, cancelled=lambda: True) == []


def test_git_is_read_incrementally_with_the_states_of_the_last_rescan(
    sqlite_journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wiring to the git reader, with a stand-in reader (the real one: the test below)."""
    calls: list[dict[str, object]] = []

    def harvest(roots: list[Path], authors: tuple[str, ...], **kw: object) -> HarvestReport:
        calls.append({"roots": roots, "authors": authors, **kw})
        found = Found(HarvestSource.GIT, f"billing:week:{len(calls)}", dt.date(2026, 3, 6), "Work")
        return HarvestReport(found=[found], states={str(roots[0]): {"head": len(calls)}}, read=3)

    fake = types.ModuleType("careerjournal.harvest.git")
    fake.harvest = harvest  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    monkeypatch.setattr(harvest_package, "git", fake, raising=False)
    repo = tmp_path / "billing"
    repo.mkdir()
    config = SourceConfig(git_folders=(str(tmp_path / "gone"), str(repo)), authors=(ME,))
    stop = lambda: False  # noqa: E731
    today = dt.date(2026, 3, 9)
    [first] = harvest_all(sqlite_journal, config, cancelled=stop, today=today)
    [second] = harvest_all(sqlite_journal, config, cancelled=stop, today=today)
    assert calls[0] == {
        "roots": [repo],
        "authors": (ME,),
        "states": {},
        "cancelled": stop,
        "today": today,
    }
    assert calls[1]["states"] == {str(repo): {"head": 1}}  # what the first rescan left
    assert (first.added, first.read) == (1, 3)
    assert first.skipped == second.skipped == (Skipped(str(tmp_path / "gone"), "missing"),)
    assert sqlite_journal.inbox.count() == 2


def write_calendar(path: Path, today: dt.date) -> Path:
    day = (today - dt.timedelta(days=3)).strftime("%Y%m%d")
    path.write_text(CALENDAR.format(day=day), encoding="utf-8")
    return path


@needs_calendar
def test_a_rescan_stores_a_calendar_and_skips_a_missing_folder(
    sqlite_journal: Journal, tmp_path: Path
) -> None:
    today = dt.date.today()
    config = SourceConfig(
        calendar_files=(str(write_calendar(tmp_path / "work.ics", today)),),
        notes_folders=(str(tmp_path / "no-notes"),),
    )
    steps: list[tuple[int, int, str]] = []
    cal, notes = harvest_all(sqlite_journal, config, progress=lambda *s: steps.append(s))
    assert steps == [(1, 2, "calendar"), (2, 2, "notes")]
    assert (cal.source, cal.added, cal.skipped) == (HarvestSource.CALENDAR, 1, ())
    assert notes.skipped == (Skipped(str(tmp_path / "no-notes"), "missing"),)
    [talk] = sqlite_journal.inbox.pending()
    assert talk.title == "Talk: Double-entry ledgers at PyCon"


@needs_git
@needs_calendar
def test_a_rescan_reads_git_a_calendar_and_skips_a_missing_folder(
    sqlite_journal: Journal, tmp_path: Path
) -> None:
    today = dt.date.today()
    repo = make_repo(tmp_path / "billing", ["Add the refund API", "Fix the ledger rounding"])
    config = SourceConfig(
        git_folders=(str(repo), str(tmp_path / "moved-away")),
        authors=(ME,),
        calendar_files=(str(write_calendar(tmp_path / "work.ics", today)),),
        notes_folders=(str(tmp_path / "no-notes"),),
    )
    steps: list[tuple[int, int, str]] = []
    results = harvest_all(sqlite_journal, config, progress=lambda *s: steps.append(s))

    assert steps == [(1, 3, "git"), (2, 3, "calendar"), (3, 3, "notes")]
    git, cal, notes = results
    assert (git.source, git.read) == (HarvestSource.GIT, 2)
    assert git.added >= 1
    assert Skipped(str(tmp_path / "moved-away"), "missing") in git.skipped
    assert (cal.source, cal.added) == (HarvestSource.CALENDAR, 1)
    assert notes.skipped == (Skipped(str(tmp_path / "no-notes"), "missing"),)
    pending = sqlite_journal.inbox.pending()
    assert sqlite_journal.inbox.count() == git.added + cal.added == len(pending)
    assert "Talk: Double-entry ledgers at PyCon" in [c.title for c in pending]

    again = harvest_all(sqlite_journal, config)  # a rescan adds nothing twice
    assert sum(r.added for r in again) == 0
    assert sqlite_journal.inbox.count() == len(pending)
