"""The Summary area: period presets, sections, leaving entries out, preview and exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QDate, Qt

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft
from careerjournal.services.summary import Section
from careerjournal.ui.context import AppContext
from careerjournal.ui.summary.view import Preset, SummaryView, months_before

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def entries(ctx: AppContext) -> dict[str, int]:
    add = ctx.journal.entries.add
    return {
        "inside": add(
            EntryDraft(
                "Shipped the billing rewrite",
                dt.date(2026, 3, 1),
                EntryKind.PROJECT,
                measurable_result="invoices same day",
                starred=True,
            )
        ).id,
        "also": add(
            EntryDraft("Ran the incident review", dt.date(2026, 5, 2), EntryKind.PROJECT)
        ).id,
        "outside": add(
            EntryDraft("Old conference talk", dt.date(2024, 1, 1), EntryKind.NETWORK)
        ).id,
    }


@pytest.fixture
def view(qtbot, ctx: AppContext) -> SummaryView:
    v = SummaryView(ctx, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    return v


def test_months_before() -> None:
    assert months_before(dt.date(2026, 6, 15), 12) == dt.date(2025, 6, 16)
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 3, 1)  # 28 Feb + 1 day
    assert months_before(dt.date(2026, 1, 10), 6) == dt.date(2025, 7, 11)


def test_presets_set_the_period(ctx: AppContext, view: SummaryView) -> None:
    # No review yet: "since the last review" falls back to the last 12 months, and says so.
    assert view.current_preset() is Preset.SINCE_REVIEW
    assert view.options().date_from == dt.date(2025, 6, 16)
    assert "No review" in view.period_note.text()
    view.set_preset(Preset.THIS_YEAR)
    assert view.options().date_from == dt.date(2026, 1, 1)
    view.set_preset(Preset.LAST_6)
    assert view.options().date_from == dt.date(2025, 12, 16)
    ctx.journal.reviews.add(dt.date(2026, 2, 1), "Exceeds")
    view.set_preset(Preset.LAST_12)
    view.set_preset(Preset.SINCE_REVIEW)
    assert view.options().date_from == dt.date(2026, 2, 1)
    view.date_from.setDate(QDate(2026, 1, 5))  # editing a date makes it custom
    assert view.current_preset() is Preset.CUSTOM
    assert view.options().date_from == dt.date(2026, 1, 5)


def test_summary_lists_the_period_and_leaving_out_works(
    entries: dict[str, int], view: SummaryView
) -> None:
    view.rebuild()
    assert view.summary is not None
    titles = [e.title for g in view.summary.achievements for e in g.entries]
    assert titles == ["Shipped the billing rewrite", "Ran the incident review"]
    model = view.candidates
    assert model.rowCount() == 2
    assert "2 of 2" in view.entry_count.text()
    # Untick the incident review: it leaves the summary, and the count says so.
    row = next(
        r for r in range(2) if model.index(r).data(Qt.ItemDataRole.UserRole) == entries["also"]
    )
    model.setData(model.index(row), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    view.rebuild()
    titles = [e.title for g in view.summary.achievements for e in g.entries]
    assert titles == ["Shipped the billing rewrite"]
    assert "1 of 2" in view.entry_count.text()


def test_sections_can_be_left_out(entries: dict[str, int], view: SummaryView) -> None:
    view.section_boxes[Section.QUOTES].setChecked(False)
    view.rebuild()
    assert Section.QUOTES not in view.options().sections
    assert Section.QUOTES not in view.summary.sections


def test_preview_has_pages_and_the_document_text(
    entries: dict[str, int], view: SummaryView
) -> None:
    view.rebuild()
    assert view.preview.pageCount() >= 1
    text = view.document().toPlainText()
    assert "Shipped the billing rewrite" in text
    assert "Old conference talk" not in text
    assert "page" in view.status.text()


def test_exports_write_pdf_html_and_markdown(
    tmp_path: Path, entries: dict[str, int], view: SummaryView
) -> None:
    view.rebuild()
    pdf = view.export_pdf(str(tmp_path / "summary.pdf"))
    reader = pypdf.PdfReader(str(pdf))
    # pypdf may give tabs between words; compare on single spaces.
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "Shipped the billing rewrite" in text
    assert "Page 1 of" in text
    html = view.export_text("html", str(tmp_path / "summary"))
    assert html.suffix == ".html"
    assert "Shipped the billing rewrite" in html.read_text(encoding="utf-8")
    md = view.export_text("md", str(tmp_path / "summary.md"))
    assert "Shipped the billing rewrite" in md.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".summary-*"))  # no temporary files left behind


def test_an_empty_period_is_a_friendly_document(view: SummaryView) -> None:
    view.rebuild()
    assert view.summary.is_empty
    assert "Nothing was journaled" in view.document().toPlainText()


def test_a_period_that_ends_before_it_starts_is_refused(view: SummaryView) -> None:
    view.date_from.setDate(QDate(2026, 6, 1))
    view.date_to.setDate(QDate(2026, 1, 1))
    view.rebuild()
    assert "starts after it ends" in view.status.text()


def test_best_per_kind_limits_the_list(ctx: AppContext, view: SummaryView) -> None:
    for i in range(5):
        ctx.journal.entries.add(EntryDraft(f"Project {i}", dt.date(2026, 4, 1), EntryKind.PROJECT))
    view.per_kind.setValue(2)
    view.rebuild()
    (group,) = view.summary.achievements
    assert (len(group.entries), group.more) == (2, 3)
    view.per_kind.setValue(0)  # "all"
    view.rebuild()
    assert len(view.summary.achievements[0].entries) == 5
