"""The Summary area's promotion case: chosen with the Report combo, its pages in the preview,
the level to reach, exports through the real actions, and why it is unavailable without a
framework."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft, LinkRecord, RoleDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.summary.case_options import Report
from careerjournal.ui.summary.view import SummaryView

D = dt.date
TODAY = D(2026, 6, 15)
ACME = Path(__file__).parents[1] / "data" / "frameworks" / "acme.yaml"
SHIP = "Ships features end to end, from design to rollout"
DOCS = "Writes clear design docs, see the guide (https://example.com/docs)"
TESTS = "Writes tests that catch real bugs"
LEVEL_3 = "Plans the team's delivery for a quarter"
EXPORT = ("Shipped the CSV export", "exports in 2 s instead of 40 s", "https://git.example/pr/42")


@pytest.fixture
def framework(ctx: AppContext) -> None:
    """Acme's framework; Engineer I with evidence and assessments towards Engineer II."""
    journal = ctx.journal
    journal.profile.update(name="Sam Lee")
    journal.frameworks.import_file(ACME)
    journal.roles.add(RoleDraft("Engineer", D(2024, 1, 1), level="Engineer I"))
    ids = {c.text: c.id for c in journal.rubric.criteria()}
    title, result, url = EXPORT
    draft = EntryDraft(
        title, D(2025, 3, 1), EntryKind.PROJECT, measurable_result=result, links=(LinkRecord(url),)
    )
    entry = journal.entries.add(draft)
    journal.rubric.link(entry.id, ids[SHIP])
    journal.rubric.assess(ids[SHIP], "consistently", on=D(2025, 4, 1))
    journal.rubric.assess(ids[DOCS], "sometimes", on=D(2025, 5, 20))
    journal.rubric.assess(ids["Ships small changes with help"], "consistently", on=D(2025, 2, 1))


@pytest.fixture
def view(qtbot, ctx: AppContext) -> SummaryView:
    v = SummaryView(ctx, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def choose_with_keys(qtbot, combo, steps: int) -> None:
    """Move a combo box's choice down (or up) like a user with the arrow keys."""
    combo.setFocus()
    key = Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, key)


def choose_case(qtbot, view: SummaryView) -> None:
    choose_with_keys(qtbot, view.report, 1)
    assert view.chosen_report() is Report.CASE
    qtbot.waitUntil(lambda: view.case is not None, timeout=3000)


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    from careerjournal.ui.summary import view as view_module

    monkeypatch.setattr(
        view_module.QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "")
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def test_without_a_framework_the_case_is_unavailable_and_says_why(
    qtbot, ctx: AppContext, view: SummaryView
) -> None:
    model = view.report.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(view.report.findData(Report.CASE))
    assert not item.isEnabled()
    why = "A promotion case needs a progression framework: import one in Levels first."
    assert view.report_note.text() == why
    assert view.report_note.isVisibleTo(view)
    assert item.toolTip() == why
    choose_with_keys(qtbot, view.report, 1)  # the arrow key passes over it
    assert view.chosen_report() is Report.SUMMARY
    assert view.date_from.isVisibleTo(view)
    # Importing a framework (anywhere) makes it available at once.
    ctx.journal.frameworks.import_file(ACME)
    assert item.isEnabled()
    assert not view.report_note.isVisibleTo(view)  # nothing to say until the case is chosen
    choose_with_keys(qtbot, view.report, 1)
    assert view.chosen_report() is Report.CASE
    assert view.report_note.isVisibleTo(view)
    assert "“Acme Engineering”" in view.report_note.text()


def test_choosing_the_case_shows_its_pages_and_hides_the_period(
    qtbot, framework: None, view: SummaryView
) -> None:
    assert not view.case_level.isVisibleTo(view)
    choose_case(qtbot, view)
    assert view.case_level.isVisibleTo(view)
    assert not view.date_from.isVisibleTo(view)  # the period is the summary's
    assert not view.entry_list.isVisibleTo(view)
    assert view.case_level.currentText() == "The next level (2 · Engineer II)"
    text = flat(view.document().toPlainText())
    assert "Promotion case for Engineer II — Sam Lee" in text
    for criterion in (SHIP, DOCS, TESTS):
        assert criterion in text
    assert "Sub-level C" in text
    assert view.preview.pageCount() >= 1
    assert view.status.text().startswith("Promotion case for Engineer II · ")
    # Back to the summary: its choices and pages return.
    choose_with_keys(qtbot, view.report, -1)
    qtbot.waitUntil(lambda: "Appraisal summary" in view.document().toPlainText(), timeout=3000)
    assert view.date_from.isVisibleTo(view)


def test_the_level_combo_chooses_the_level_to_reach(
    qtbot, framework: None, view: SummaryView
) -> None:
    choose_case(qtbot, view)
    assert [view.case_level.itemText(i) for i in range(view.case_level.count())] == [
        "The next level (2 · Engineer II)",
        "1 · Engineer I",
        "2 · Engineer II",
        "3 · Senior Engineer",
    ]
    choose_with_keys(qtbot, view.case_level, 3)
    assert view.case_level.currentData() == 3
    qtbot.waitUntil(lambda: view.case is not None and view.case.target.number == 3, timeout=3000)
    text = flat(view.document().toPlainText())
    assert LEVEL_3 in text
    assert SHIP not in text
    assert view.status.text().startswith("Promotion case for Senior Engineer · ")


@pytest.mark.parametrize(("action", "suffix"), [("action_md", ".md"), ("action_html", ".html")])
def test_exporting_the_case_through_the_actions_writes_its_content(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    framework: None,
    view: SummaryView,
    action: str,
    suffix: str,
) -> None:
    choose_case(qtbot, view)
    target = tmp_path / f"case{suffix}"
    answer_save_dialog(monkeypatch, target)
    getattr(view, action).trigger()
    assert str(target) in view.status.text()
    text = flat(target.read_text(encoding="utf-8"))
    assert "Promotion case for Engineer II — Sam Lee" in text
    for part in (SHIP, DOCS, TESTS, *EXPORT, "1 Mar 2025", "Sub-level C"):
        assert part in text, part
    assert text.count("Still open (1)") == 2  # Communication and Craft: one each
    assert "No evidence; not assessed" in text
    assert "No evidence; not yet consistent (latest: sometimes, 20 May 2025)" in text
    assert "1 Feb 2025" in text  # the sub-level's history
    assert "Appraisal summary" not in text


def test_exporting_the_case_as_pdf_through_the_action(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, framework: None, view: SummaryView
) -> None:
    choose_case(qtbot, view)
    target = tmp_path / "case.pdf"
    answer_save_dialog(monkeypatch, target)
    view.action_pdf.trigger()
    reader = pypdf.PdfReader(str(target))
    text = flat(" ".join(page.extract_text() for page in reader.pages))
    assert SHIP in text
    assert EXPORT[0] in text
    assert "Page 1 of" in text


def test_at_the_last_level_the_status_says_there_is_no_next_level(
    qtbot, ctx: AppContext, framework: None, view: SummaryView
) -> None:
    role = ctx.journal.roles.list()[0]
    ctx.journal.frameworks.set_role_level(role.id, 3)
    choose_with_keys(qtbot, view.report, 1)
    qtbot.waitUntil(lambda: "last level" in view.status.text(), timeout=3000)
    assert view.case is None
    assert view.case_level.currentText() == "The next level (none)"
    assert "there is no next level" in view.status.text()
