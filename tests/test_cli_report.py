"""`careerjournal report`: the appraisal summary written as Markdown or HTML (in-process, see
cli_run.py) or PDF (a real process: Qt), the period's entries in it and no others, refusals that
leave no file, no Qt for text formats."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.services import EntryDraft, Journal, RoleDraft
from cli_run import Result, run_cli

D = dt.date
TODAY = dt.date.today()
PERIOD = ("--from", "2025-01-01", "--to", "2025-06-30")
INSIDE = ("Shipped the billing service", "Learned Rust basics", "Thanked by the support team")
OUTSIDE = ("Fixed a flaky test before", "Wrote the roadmap after")

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
"""


def cj(db: Path, *args: str, cwd: Path | None = None) -> Result:
    """`careerjournal --database DB ARGS...`, in this process (cli_run.py)."""
    return run_cli("--database", str(db), *args, cwd=cwd)


def cj_process(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The same as a real process: a PDF is laid out by Qt, which this process must not start."""
    env = {k: v for k, v in os.environ.items() if k != "CAREERJOURNAL_DEBUG"}
    command = [sys.executable, "-m", "careerjournal", "--database", str(db), *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)


def ok(result: Result | subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def refused(result: Result, message: str) -> None:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("careerjournal: error: ")
    assert message in lines[0]
    assert result.stdout == ""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.profile.update(name="Sam Lee")
        journal.roles.add(RoleDraft("Engineer", D(2022, 3, 1), organisation="Acme", level="L2"))
        journal.roles.start(
            RoleDraft(
                "Senior Engineer",
                D(2025, 4, 1),
                organisation="Acme",
                level="L3",
                move_kind=MoveKind.PROMOTION,
            )
        )
        for title, day, kind in [
            ("Fixed a flaky test before", D(2024, 12, 31), EntryKind.PROJECT),
            ("Shipped the billing service", D(2025, 1, 1), EntryKind.PROJECT),
            ("Learned Rust basics", D(2025, 3, 9), EntryKind.LEARNING),
            ("Thanked by the support team", D(2025, 6, 30), EntryKind.RECOGNITION),
            ("Wrote the roadmap after", D(2025, 7, 1), EntryKind.PROJECT),
            ("Annual raise agreed", D(2025, 4, 2), EntryKind.COMPENSATION),
            ("Set up a new laptop", D(2025, 2, 3), EntryKind.OTHER),
        ]:
            journal.entries.add(
                EntryDraft(title, occurred_on=day, kind=kind, starred=True, impact=4)
            )
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def assert_period_only(text: str) -> None:
    for title in INSIDE:
        assert title in text
    for title in OUTSIDE:
        assert title not in text


# -- the three formats --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["summary.md", "summary.MARKDOWN", "summary.html", "summary.htm"])
def test_text_reports_hold_the_period_and_nothing_else(db: Path, out: Path, name: str) -> None:
    target = out / name
    printed = ok(cj(db, "report", *PERIOD, "-o", str(target)))
    assert printed == f"{target}\n"
    text = target.read_text(encoding="utf-8")
    assert_period_only(text)
    assert "Senior Engineer" in text
    if name.lower().endswith(("html", "htm")):
        assert text.lstrip().lower().startswith("<!doctype html")
    else:
        assert text.startswith("# ")
    assert sorted(p.name for p in out.iterdir()) == [name]  # no temporary file left behind


def test_pdf_report_has_the_entries_and_page_numbers(db: Path, out: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    target = out / "summary.pdf"
    assert ok(cj_process(db, "report", *PERIOD, "-o", str(target))) == f"{target}\n"
    assert target.read_bytes().startswith(b"%PDF")
    reader = pypdf.PdfReader(target)
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    text = " ".join(pages)
    assert_period_only(text)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    assert sorted(p.name for p in out.iterdir()) == ["summary.pdf"]


def test_sections_choose_what_is_written(db: Path, out: Path) -> None:
    target = out / "short.md"
    ok(cj(db, "report", *PERIOD, "--sections", "headline, stats", "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "Senior Engineer" in text
    assert "Shipped the billing service" not in text  # no achievements section
    assert "Thanked by the support team" not in text  # no quotes section


def test_compensation_only_when_asked_for(db: Path, out: Path) -> None:
    target = out / "pay.md"
    ok(cj(db, "report", *PERIOD, "-o", str(target)))
    assert "Annual raise agreed" not in target.read_text(encoding="utf-8")
    ok(cj(db, "report", *PERIOD, "--include-compensation", "-o", str(target)))
    assert "Annual raise agreed" in target.read_text(encoding="utf-8")


def test_other_entries_only_when_asked_for(db: Path, out: Path) -> None:
    target = out / "other.md"
    ok(cj(db, "report", *PERIOD, "-o", str(target)))
    assert "Set up a new laptop" not in target.read_text(encoding="utf-8")
    ok(cj(db, "report", *PERIOD, "--include-other", "-o", str(target)))
    assert "Set up a new laptop" in target.read_text(encoding="utf-8")


def test_relative_output_path_is_written_in_the_working_folder(db: Path, out: Path) -> None:
    assert ok(cj(db, "report", *PERIOD, "-o", "here.md", cwd=out)) == "here.md\n"
    assert_period_only((out / "here.md").read_text(encoding="utf-8"))


def test_an_existing_file_is_replaced_whole(db: Path, out: Path) -> None:
    target = out / "summary.md"
    target.write_text("an older report\n", encoding="utf-8")
    ok(cj(db, "report", *PERIOD, "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "an older report" not in text
    assert_period_only(text)
    assert target.stat().st_mode & 0o777 == 0o600


# -- the default period -------------------------------------------------------------------------


def test_default_period_is_the_last_12_months_or_since_the_last_review(
    tmp_path: Path, out: Path
) -> None:
    path = tmp_path / "recent.sqlite3"
    with Journal.open(path) as journal:
        for title, days in [("Two years ago", 730), ("Two months ago", 60), ("Last week", 7)]:
            journal.entries.add(
                EntryDraft(title, occurred_on=TODAY - dt.timedelta(days=days), kind=EntryKind.SKILL)
            )
    target = out / "default.md"
    ok(cj(path, "report", "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "Two months ago" in text
    assert "Last week" in text
    assert "Two years ago" not in text

    with Journal.open(path) as journal:
        journal.reviews.add(TODAY - dt.timedelta(days=30))
    ok(cj(path, "report", "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "Last week" in text
    assert "Two months ago" not in text

    # --to alone: the 12 months up to that day.
    ok(cj(path, "report", "--to", (TODAY - dt.timedelta(days=30)).isoformat(), "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "Two months ago" in text
    assert "Last week" not in text


def test_an_empty_period_still_writes_a_report(db: Path, out: Path) -> None:
    target = out / "empty.html"
    ok(cj(db, "report", "--from", "2030-01-01", "--to", "2030-02-01", "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    for title in (*INSIDE, *OUTSIDE):
        assert title not in text


# -- refusals -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "name", "message"),
    [
        ((), "summary.txt", "name the file *.pdf, *.html or *.md"),
        ((), "summary", "name the file *.pdf, *.html or *.md"),
        (("--from", "2025-06-30", "--to", "2025-01-01"), "s.md", "is before --from"),
        (("--from", "2025-02-30"), "s.md", "does not exist on the calendar"),
        (("--to", "June"), "s.html", "not a date in the form YYYY-MM-DD"),
        (("--from", "2199-01-01"), "s.md", "after --to, which defaults to today"),
        (("--sections", "headline,gossip"), "s.md", "unknown section gossip"),
        (("--sections", ","), "s.md", "no section named"),
        ((), "missing/s.md", "does not exist"),
    ],
)
def test_refusals_exit_1_with_one_line_and_write_nothing(
    db: Path, out: Path, args: tuple[str, ...], name: str, message: str
) -> None:
    before = sorted(out.iterdir())
    refused(cj(db, "report", *args, "-o", str(out / name)), message)
    assert sorted(out.iterdir()) == before


def test_a_folder_as_output_is_refused(db: Path, out: Path) -> None:
    (out / "folder.md").mkdir()
    refused(cj(db, "report", "-o", str(out / "folder.md")), "is a folder")
    assert [p.name for p in out.iterdir()] == ["folder.md"]
    assert list((out / "folder.md").iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="needs POSIX file permissions")
def test_an_unwritable_folder_is_refused(db: Path, out: Path) -> None:
    if os.geteuid() != 0:
        out.chmod(0o500)
        try:
            refused(cj(db, "report", "-o", str(out / "s.pdf")), "could not be written")
            assert list(out.iterdir()) == []
        finally:
            out.chmod(0o700)
        return
    # Root writes anywhere a mode allows; sysfs refuses new files even to root.
    if not Path("/sys/kernel").is_dir():
        pytest.skip("running as root without /sys to try")
    refused(cj(db, "report", "-o", "/sys/kernel/summary.md"), "could not be written")
    assert not Path("/sys/kernel/summary.md").exists()


def test_a_failed_run_keeps_the_existing_file(db: Path, out: Path) -> None:
    target = out / "summary.md"
    target.write_text("the report from last year\n", encoding="utf-8")
    refused(cj(db, "report", "--from", "2025-06-30", "--to", "2025-01-01", "-o", str(target)), "")
    assert target.read_text(encoding="utf-8") == "the report from last year\n"


def test_output_is_required(db: Path) -> None:
    result = cj(db, "report")
    assert result.returncode == 2
    assert "-o/--output" in result.stderr


def test_sections_named_by_the_cli_are_the_summary_sections() -> None:
    from careerjournal.cli import SECTIONS
    from careerjournal.services.summary import Section

    assert set(SECTIONS) == {s.value for s in Section}


# -- Qt only for PDF ----------------------------------------------------------------------------


def test_markdown_and_html_reports_never_load_qt(db: Path, out: Path) -> None:
    code = (
        BLOCKER
        + f"""
from careerjournal.app import main
for name in ("a.md", "a.html"):
    assert main(["--database", {str(db)!r}, "report", {PERIOD[0]!r}, {PERIOD[1]!r},
                 {PERIOD[2]!r}, {PERIOD[3]!r}, "-o", {str(out)!r} + "/" + name]) == 0, name
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print('loaded:', heavy)
"""
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")
    assert_period_only((out / "a.md").read_text(encoding="utf-8"))
    assert_period_only((out / "a.html").read_text(encoding="utf-8"))
