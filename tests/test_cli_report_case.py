"""`careerjournal report --case`: the promotion case for the next (or a chosen) level as Markdown,
HTML (in-process, see cli_run.py) or PDF (a real process: Qt): the target level's criteria topic
by topic with their evidence, what is still open and why, readiness, the sub-level and its
history; typed text escaped; refusals in one line that leave no file."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft, Journal, LinkRecord, RoleDraft
from careerjournal.services.errors import ValidationError
from careerjournal.services.promotion_case import build_case
from cli_run import Result, run_cli

D = dt.date
ACME = Path(__file__).parent / "data" / "frameworks" / "acme.yaml"
SHIP = "Ships features end to end, from design to rollout"  # level 2, met
DOCS = "Writes clear design docs, see the guide (https://example.com/docs)"  # 2, sometimes
TESTS = "Writes tests that catch real bugs"  # level 2, nothing yet
LEVEL_3 = "Plans the team's delivery for a quarter"
EXPORT = ("Shipped the CSV export", "exports in 2 s instead of 40 s", "https://git.example/pr/42")
DOC = ("Wrote the search design doc", "approved by 3 teams", "https://docs.example/search")

BLOCKER = """
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'):
            raise ImportError('blocked: ' + name)
sys.meta_path.insert(0, Block())
"""


def criterion_ids(journal: Journal) -> dict[str, int]:
    return {c.text: c.id for c in journal.rubric.criteria()}


def fill(journal: Journal, framework: Path = ACME) -> dict[str, int]:
    """Sam Lee, Engineer I of Acme: evidence and assessments for the case for Engineer II."""
    journal.profile.update(name="Sam Lee")
    journal.frameworks.import_file(framework)
    journal.roles.add(RoleDraft("Engineer", D(2024, 1, 1), organisation="Acme", level="Engineer I"))
    ids = criterion_ids(journal)
    for (title, result, url), day, criterion in [
        (EXPORT, D(2025, 3, 1), SHIP),
        (DOC, D(2025, 5, 10), DOCS),
    ]:
        entry = journal.entries.add(
            EntryDraft(
                title,
                day,
                EntryKind.PROJECT,
                measurable_result=result,
                links=(LinkRecord(url),),
            )
        )
        assert journal.rubric.link(entry.id, ids[criterion])
    journal.rubric.assess(ids[SHIP], "consistently", on=D(2025, 4, 1))
    journal.rubric.assess(ids[DOCS], "sometimes", on=D(2025, 5, 20))
    # The current level: half of it on 1 Feb 2025 (C), all of it on 1 Jun 2025 (E).
    journal.rubric.assess(ids["Ships small changes with help"], "consistently", on=D(2025, 2, 1))
    journal.rubric.assess(ids["Asks for help early"], "consistently", on=D(2025, 6, 1))
    return ids


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The filled journal, written once per module; copy it, never open it."""
    path = tmp_path_factory.mktemp("case") / "journal.sqlite3"
    with Journal.open(path) as journal:
        fill(journal)
    return path


@pytest.fixture
def db(tmp_path: Path, template: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    shutil.copyfile(template, path)
    return path


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def cj(db: Path, *args: str) -> Result:
    return run_cli("--database", str(db), *args)


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


def flat(text: str) -> str:
    """Text with runs of white space as one space (for PDF text and wrapped HTML)."""
    return " ".join(text.split())


def assert_case_content(text: str) -> None:
    """What every format says of the case for Engineer II (on flattened text)."""
    assert "Promotion case for Engineer II — Sam Lee" in text
    assert "Acme Engineering" in text
    assert "from Engineer I (level 1) to Engineer II (level 2)" in text
    for criterion in (SHIP, DOCS, TESTS):
        assert criterion in text
    assert LEVEL_3 not in text  # not the level after the next
    for part in (*EXPORT, *DOC, "1 Mar 2025", "10 May 2025"):
        assert part in text
    # Readiness overall and per topic, with how it is computed.
    assert "33%" in text
    assert "1 of 3 criteria of Engineer II met" in text
    assert "Readiness is the criteria met over all criteria of the level" in text
    # The position within Engineer I: sub-level E (2 of 2), and its history.
    assert "Sub-level E" in text
    assert "2 of 2 criteria of Engineer I shown consistently" in text
    assert "A below 20%, B below 40%, C below 60%, D below 80%, E from 80% on" in text
    assert "1 Feb 2025" in text
    assert "1 Jun 2025" in text


# -- the three formats --------------------------------------------------------------------------


def test_markdown_case_lists_met_and_open_criteria_topic_by_topic(db: Path, out: Path) -> None:
    target = out / "case.md"
    assert ok(cj(db, "report", "--case", "-o", str(target))) == f"{target}\n"
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Promotion case for Engineer II — Sam Lee\n")
    assert_case_content(flat(text))
    # Topic by topic: each topic heading with its readiness, then met and still open.
    delivery = text.index("## Delivery · 1 of 1 met (100%)")
    comms = text.index("## Communication · 0 of 1 met (0%)")
    craft = text.index("## Craft · 0 of 1 met (0%)")
    assert delivery < comms < craft
    met = text[delivery:comms]
    assert "### Met (1)" in met
    assert f"- **{SHIP}**" in met
    assert "*Assessed “consistently” on 1 Apr 2025*" in met
    assert f"  - {EXPORT[0]} (1 Mar 2025) — {EXPORT[1]} · <{EXPORT[2]}>" in met
    still_open = text[comms:craft]
    assert "### Still open (1)" in still_open
    assert "Not yet consistent (latest: sometimes, 20 May 2025)" in still_open
    assert f"<{DOC[2]}>" in still_open
    assert "### Still open (1)" in text[craft:]
    assert "No evidence; not assessed" in text[craft:]
    # The readiness table and the history table, row by row.
    assert "| Delivery | 1 of 1 | 100% |" in text
    assert "| Communication | 0 of 1 | 0% |" in text
    assert "| 1 Feb 2025 | 50% | C |" in text
    assert "| 1 Jun 2025 | 100% | E |" in text
    assert sorted(p.name for p in out.iterdir()) == ["case.md"]


def test_html_case_is_a_standalone_page_with_the_same_content(db: Path, out: Path) -> None:
    target = out / "case.html"
    ok(cj(db, "report", "--case", "-o", str(target)))
    html = target.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "<svg" in html  # the sub-level's step chart, inline
    assert 'href="https://git.example/pr/42"' in html
    assert "http://www.w3.org/2000/svg" not in html  # names no outside address
    text = flat(html)
    assert_case_content(text)
    assert "<h3>Still open (1)</h3>" in text
    assert "No evidence; not assessed" in text
    assert "Not yet consistent (latest: sometimes, 20 May 2025)" in text
    assert "<td>1 Jun 2025</td><td>100%</td><td>E</td>" in text


def test_pdf_case_has_the_content_and_page_numbers(db: Path, out: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    target = out / "case.pdf"
    command = [sys.executable, "-m", "careerjournal", "--database", str(db)]
    result = subprocess.run(
        [*command, "report", "--case", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert ok(result) == f"{target}\n"
    reader = pypdf.PdfReader(target)
    pages = [flat(page.extract_text()) for page in reader.pages]
    text = " ".join(pages)
    assert_case_content(text)
    assert "Still open" in text
    assert "No evidence; not assessed" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page


def test_level_chooses_the_level_to_reach(db: Path, out: Path) -> None:
    target = out / "senior.md"
    ok(cj(db, "report", "--case", "--level", "3", "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "# Promotion case for Senior Engineer — Sam Lee" in text
    assert LEVEL_3 in text
    assert SHIP not in text
    assert "Position within Engineer II" in text  # the level before the one to reach
    assert "The level to reach was chosen for this case." in text
    ok(cj(db, "report", "--case", "--level", "1", "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert "towards Engineer I (level 1)" in text
    assert "There is no current level to place you within" in text


def test_markdown_and_html_cases_never_load_qt(db: Path, out: Path) -> None:
    code = (
        BLOCKER
        + f"""
from careerjournal.app import main
for name in ("a.md", "a.html"):
    assert main(["--database", {str(db)!r}, "report", "--case", "-o",
                 {str(out)!r} + "/" + name]) == 0, name
heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print('loaded:', heavy)
"""
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("loaded: []")
    assert SHIP in (out / "a.md").read_text(encoding="utf-8")


# -- typed text stays text ----------------------------------------------------------------------

EVIL_FRAMEWORK = """\
framework: "Evil <b>Corp</b>"
levels:
  - {level: 1, name: "Junior"}
  - {level: 2, name: "Mid <i>two</i>"}
topics:
  - topic: "Craft <script>alert('topic')</script>"
    criteria:
      - {level: 1, criterion: "Basics"}
      - {level: 2, criterion: "<script>alert('criterion')</script> ships *stars* | pipes"}
"""
EVIL_TITLE = "<img src=x onerror=alert(1)> [click](javascript:alert(2)) **bold**"


@pytest.fixture
def evil_db(tmp_path: Path) -> Path:
    framework = tmp_path / "evil.yaml"
    framework.write_text(EVIL_FRAMEWORK, encoding="utf-8")
    path = tmp_path / "evil.sqlite3"
    with Journal.open(path) as journal:
        journal.frameworks.import_file(framework)
        journal.roles.add(RoleDraft("Dev", D(2024, 1, 1), level="Junior"))
        entry = journal.entries.add(
            EntryDraft(
                EVIL_TITLE,
                D(2025, 1, 5),
                EntryKind.PROJECT,
                measurable_result="<b>10x</b>",
                links=(
                    LinkRecord("javascript:alert(3)"),
                    LinkRecord("https://ok.example/?a=1&b=2"),
                ),
            )
        )
        (criterion,) = [c for c in journal.rubric.criteria() if c.level == 2]
        journal.rubric.link(entry.id, criterion.id)
    return path


def test_html_escapes_typed_text(evil_db: Path, out: Path) -> None:
    target = out / "evil.html"
    ok(cj(evil_db, "report", "--case", "-o", str(target)))
    html = target.read_text(encoding="utf-8")
    assert "<script" not in html
    assert "<img" not in html
    assert "<b>10x" not in html
    assert "<i>two" not in html
    assert "&lt;script&gt;alert(&#x27;criterion&#x27;)&lt;/script&gt; ships *stars* | pipes" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "javascript:" in html  # shown as text ...
    assert 'href="javascript' not in html  # ... never as a link
    assert 'href="https://ok.example/?a=1&amp;b=2"' in html


def test_markdown_escapes_typed_text(evil_db: Path, out: Path) -> None:
    target = out / "evil.md"
    ok(cj(evil_db, "report", "--case", "-o", str(target)))
    text = target.read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<(script|img|b>)", text)  # every < of typed text escaped
    assert "\\<script\\>alert('criterion')\\</script\\> ships \\*stars\\* \\| pipes" in text
    assert "\\[click\\](javascript:alert(2)) \\*\\*bold\\*\\*" in text
    assert "<javascript:" not in text  # not a link
    assert "<https://ok.example/?a=1&b=2>" in text
    assert "Evil \\<b\\>Corp\\</b\\>" in text


# -- refusals -----------------------------------------------------------------------------------


def test_without_a_framework_the_case_is_refused_in_one_line(tmp_path: Path, out: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    Journal.open(path).close()
    refused(cj(path, "report", "--case", "-o", str(out / "case.md")), "No framework yet")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--case", "--level", "7"), "has no level 7 (it has 1, 2, 3)"),
        (("--case", "--level", "two"), "--level: 'two' is not a whole number"),
        (("--level", "2"), "--level chooses the level of a promotion case: add --case"),
        (("--case", "--from", "2025-01-01"), "--from is for the appraisal summary"),
        (("--case", "--sections", "goals"), "--sections is for the appraisal summary"),
    ],
)
def test_refusals_exit_1_with_one_line_and_write_nothing(
    db: Path, out: Path, args: tuple[str, ...], message: str
) -> None:
    refused(cj(db, "report", *args, "-o", str(out / "case.md")), message)
    assert list(out.iterdir()) == []


def test_at_the_last_level_there_is_no_next_level(db: Path, out: Path) -> None:
    with Journal.open(db) as journal:
        role = journal.roles.list()[0]
        journal.frameworks.set_role_level(role.id, 3)
    refused(
        cj(db, "report", "--case", "-o", str(out / "case.md")),
        "Senior Engineer (level 3) is the last level of “Acme Engineering”",
    )


# -- the service --------------------------------------------------------------------------------


def test_build_case_groups_the_target_level_by_topic(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="no progression framework"):
        build_case(journal)
    ids = fill(journal)
    case = build_case(journal, on=D(2025, 5, 31))
    assert (case.current.name, case.target.name) == ("Engineer I", "Engineer II")
    assert [t.title for t in case.topics] == ["Delivery", "Communication", "Craft"]
    delivery, comms, craft = case.topics
    assert [s.criterion.id for s in delivery.met] == [ids[SHIP]]
    assert [s.criterion.id for s in comms.open] == [ids[DOCS]]
    assert [e.title for e in comms.open[0].evidence] == [DOC[0]]
    assert [s.criterion.text for s in craft.open] == [TESTS]
    assert (case.met, case.total, case.open_count) == (1, 3, 2)
    # As of 31 May 2025 only the first assessment of the current level counts.
    assert case.sublevel is not None
    assert case.sublevel.letter == "C"
    assert [(p.day, p.share, p.letter) for p in case.history] == [(D(2025, 2, 1), 0.5, "C")]
