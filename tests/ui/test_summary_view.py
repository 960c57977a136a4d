"""The Summary area: period presets, sections, leaving entries out, preview and exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTranslator
from PySide6.QtWidgets import QGraphicsView, QToolBar

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


# -- exports through the real actions ------------------------------------------------------------


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog, answered with `path`; returns the titles it was opened with."""
    from careerjournal.ui.summary import view as view_module

    asked: list[str] = []

    def get_save_file_name(parent, title, *args, **kwargs):
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(view_module.QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def pdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_export_pdf_action_writes_the_pdf(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, entries: dict[str, int], view
) -> None:
    """The toolbar's Export PDF used to pass `triggered`'s False as the path: a TypeError."""
    view.rebuild()
    target = tmp_path / "from-action.pdf"
    asked = answer_save_dialog(monkeypatch, target)
    view.action_pdf.trigger()
    assert asked == ["Export PDF"]
    assert "Shipped the billing rewrite" in pdf_text(target)
    assert str(target) in view.status.text()
    # The toolbar button and the Ctrl+Shift+P key reach the same export.
    target.unlink()
    toolbar = view.findChild(QToolBar, "summary_toolbar")
    qtbot.mouseClick(toolbar.widgetForAction(view.action_pdf), Qt.MouseButton.LeftButton)
    assert target.exists()
    target.unlink()
    view.activateWindow()
    view.entry_list.setFocus()
    qtbot.keyClick(
        view.entry_list,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert target.exists()


@pytest.mark.parametrize(("action", "suffix"), [("action_html", ".html"), ("action_md", ".md")])
def test_export_text_actions_write_their_files(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    entries: dict[str, int],
    view: SummaryView,
    action: str,
    suffix: str,
) -> None:
    view.rebuild()
    target = tmp_path / f"summary{suffix}"
    answer_save_dialog(monkeypatch, target)
    getattr(view, action).trigger()
    assert "Shipped the billing rewrite" in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("action", ["action_pdf", "action_html", "action_md"])
def test_an_export_that_fails_tells_the_user(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    entries: dict[str, int],
    view: SummaryView,
    action: str,
) -> None:
    from careerjournal.ui.summary import view as view_module

    view.rebuild()
    (tmp_path / "a-file").write_text("not a folder")
    answer_save_dialog(monkeypatch, tmp_path / "a-file" / "summary.pdf")
    warnings: list[str] = []
    monkeypatch.setattr(
        view_module.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    getattr(view, action).trigger()
    (message,) = warnings
    assert "was not written" in message
    assert "a-file" in message
    assert view.status.text() == message


def test_an_unexpected_error_while_exporting_is_shown_too(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, entries: dict[str, int], view: SummaryView
) -> None:
    from careerjournal.ui.summary import view as view_module

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the layout failed")

    view.rebuild()
    answer_save_dialog(monkeypatch, tmp_path / "summary.pdf")
    monkeypatch.setattr(view_module, "write_pdf", broken)
    warnings: list[str] = []
    monkeypatch.setattr(
        view_module.QMessageBox, "warning", lambda parent, title, text: warnings.append(text)
    )
    view.action_pdf.trigger()
    assert warnings == [f"{tmp_path / 'summary.pdf'} was not written: the layout failed"]
    assert not (tmp_path / "summary.pdf").exists()


# -- the preview: where it opens, pages, zoom ----------------------------------------------------


@pytest.fixture
def long_period(ctx: AppContext) -> None:
    body = "We moved the nightly batch jobs onto the event bus. " * 6
    for i in range(40):
        ctx.journal.entries.add(
            EntryDraft(
                f"Project number {i}",
                dt.date(2026, 1, 1) + dt.timedelta(days=4 * i),
                EntryKind.PROJECT,
                body=body,
            )
        )


def scroll_bar(view: SummaryView):
    return view.preview.findChild(QGraphicsView).verticalScrollBar()


def test_preview_opens_at_the_top_of_page_one_and_keeps_the_place_after_edits(
    qtbot, long_period: None, view: SummaryView
) -> None:
    view.per_kind.setValue(0)
    view.rebuild()
    qtbot.wait(20)  # the preview lays its pages out once shown
    bar = scroll_bar(view)
    assert view.preview.pageCount() >= 3
    assert bar.value() == bar.minimum()  # the title, not the blank middle of page 1
    assert view.page_label.text() == f"Page 1 of {view.preview.pageCount()}"
    assert not view.action_previous_page.isEnabled()
    view.action_next_page.trigger()
    assert view.current_page() == 2
    assert view.page_label.text().startswith("Page 2 of ")
    place = bar.value()
    assert place > bar.minimum()
    view.section_boxes[Section.QUOTES].setChecked(False)  # an edit, same period
    view.rebuild()
    assert bar.value() == place
    view.set_preset(Preset.LAST_6)  # a new period: back to the top
    view.rebuild()
    assert bar.value() == bar.minimum()


def test_zoom_actions_and_ctrl_wheel(qtbot, long_period: None, view: SummaryView) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtPrintSupport import QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication

    view.rebuild()
    assert view.action_fit_width.isChecked()
    factor = view.preview.zoomFactor()
    view.action_zoom_in.trigger()
    assert view.preview.zoomFactor() > factor
    assert not view.action_fit_width.isChecked()
    view.action_fit_page.trigger()
    assert view.preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitInView
    assert view.action_fit_page.isChecked()
    fit_page = view.preview.zoomFactor()
    viewport = view.preview.findChild(QGraphicsView).viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(viewport.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, wheel)
    assert view.preview.zoomFactor() > fit_page
    view.action_fit_width.trigger()
    assert view.preview.zoomMode() == QPrintPreviewWidget.ZoomMode.FitToWidth


def test_status_counts_pages_and_entries_in_words(entries: dict[str, int], view) -> None:
    view.rebuild()
    pages = view.preview.pageCount()
    assert f"· {pages} page{'s' if pages != 1 else ''} ·" in view.status.text()
    assert "(s)" not in view.status.text()
    assert view.entry_count.text() == "2 of 2 entries included"


def test_other_entries_come_in_with_their_toggle(
    qtbot, ctx: AppContext, entries: dict[str, int], view: SummaryView
) -> None:
    ctx.journal.entries.add(EntryDraft("Set up a new laptop", dt.date(2026, 4, 1), EntryKind.OTHER))
    view.rebuild()
    assert "Set up a new laptop" not in view.document().toPlainText()
    qtbot.mouseClick(view.other, Qt.MouseButton.LeftButton)
    view.rebuild()
    assert view.options().include_other
    assert "Set up a new laptop" in view.document().toPlainText()


def test_choices_are_not_squeezed_in_a_small_window(qtbot, ctx: AppContext) -> None:
    """At 1024x640 the spin box was cut in half: the choices now scroll instead."""
    v = SummaryView(ctx, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.resize(850, 520)  # the view's share of a 1024x640 window
    v.show()
    qtbot.waitExposed(v)
    for widget in (v.per_kind, v.other, v.compensation, v.date_from):
        assert widget.height() >= widget.minimumSizeHint().height(), widget.objectName()


class Marking(QTranslator):
    """Marks the Summary area's words for the summary's facts: unmarked ones were not translated."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"«{source}»" if context == "SummaryWords" else None  # None: not translated here


def test_the_period_and_sections_are_worded_through_translation(
    qtbot, ctx: AppContext, entries: dict[str, int]
) -> None:
    # The period's name comes from the service as a fact (the last 12 months: no review yet).
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        v = SummaryView(ctx, today=lambda: TODAY)
        qtbot.addWidget(v)
        v.resize(1200, 800)
        v.show()
        v.rebuild()
    finally:
        QCoreApplication.removeTranslator(marking)
    assert v.status.text().startswith("«The last 12 months» · ")
    assert v.section_boxes[Section.GOALS].text() == "«Goals and readiness»"
    # Untranslated, the words are the English the document prints.
    v.set_preset(Preset.THIS_YEAR)
    v.rebuild()
    assert v.status.text().startswith("2026 so far · ")
