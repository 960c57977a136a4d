"""The Summary area's choice of report: the appraisal summary of a period, or the promotion case
for a level of the active progression framework.

A mixin of `SummaryView` (like `PreviewPages`): it builds the "Report" box (the report and, for
the case, the level to reach), keeps the case's availability in step with the journal's
frameworks (without one, the choice is disabled and says why), and builds the case, its pages and
its exported text. Its words are in the view's translation context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPageSize, QStandardItemModel, QTextDocument
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from ...report.case_html import render_case_html
from ...report.case_markdown import render_case_markdown
from ...report.pdf import Progress, build_case_document, write_case_pdf
from ...services import ServiceError
from ...services.framework_records import LevelRecord
from ...services.promotion_case import PromotionCase, build_case
from ...store import StoreError
from ..context import AppContext
from ..view_parts import secondary


def _tr(text: str) -> str:
    return QCoreApplication.translate("SummaryView", text)


class Report(StrEnum):
    SUMMARY = "summary"
    CASE = "case"


def level_label(level: LevelRecord) -> str:
    """`2 · Engineer II`, or `Level 2` for a level without a name."""
    if level.name.strip():
        return f"{level.number} · {' '.join(level.name.split())}"
    return _tr("Level %1").replace("%1", str(level.number))


class CaseReport:
    """The report chooser and the promotion case: its build, pages, PDF and text."""

    ctx: AppContext
    _today: Callable[[], dt.date]
    _summary_choices: list[QWidget]
    report: QComboBox
    case_level: QComboBox
    report_note: QLabel
    case: PromotionCase | None
    case_problem: str = ""  # why the chosen case cannot be made, for the status line
    _schedule: Callable[[], None]  # SummaryView's: rebuild soon
    _show_themes_box: Callable[[bool], None]  # ThemeChoices': its box, for the summary

    def _build_report_choice(self) -> QGroupBox:
        self.case = None
        self.report = QComboBox()
        self.report.setObjectName("summary_report")
        self.report.addItem(_tr("Appraisal summary"), Report.SUMMARY)
        self.report.addItem(_tr("Promotion case"), Report.CASE)
        self.case_level = QComboBox()
        self.case_level.setObjectName("case_level")
        self.case_level.setToolTip(_tr("The level the promotion case is for"))
        self.report_note = secondary(QLabel())
        self.report_note.setObjectName("summary_report_note")
        self.report_note.setTextFormat(Qt.TextFormat.PlainText)  # may name a framework's level
        self.report_note.setWordWrap(True)
        box = QGroupBox(_tr("Report"))
        self._report_form = QFormLayout(box)
        self._report_form.addRow(_tr("&Report:"), self.report)
        self._report_form.addRow(_tr("&Case for:"), self.case_level)
        self._report_form.addRow(self.report_note)
        self.refresh_case_choice()
        self.report.currentIndexChanged.connect(self._report_changed)
        self.case_level.currentIndexChanged.connect(lambda _index: self._schedule())
        return box

    def chosen_report(self) -> Report:
        return Report(self.report.currentData())

    def case_chosen(self) -> bool:
        return self.chosen_report() is Report.CASE

    def refresh_case_choice(self) -> None:
        """Offer the case when a framework is in use, with its levels; else say why not."""
        try:
            framework = self.ctx.journal.frameworks.active()
            rubric = self.ctx.journal.rubric.rubric(on=self._today()) if framework else None
        except (ServiceError, StoreError):
            framework = rubric = None
        model = self.report.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(self.report.findData(Report.CASE))
        chosen = self.case_level.currentData()
        self.case_level.blockSignals(True)
        self.case_level.clear()
        if framework is None:
            why = _tr("A promotion case needs a progression framework: import one in Levels first.")
            item.setEnabled(False)
            item.setToolTip(why)
            self.report_note.setText(why)
            if self.case_chosen():
                self.report.setCurrentIndex(self.report.findData(Report.SUMMARY))
        else:
            item.setEnabled(True)
            item.setToolTip(_tr("The next level's criteria with your evidence, topic by topic"))
            following = rubric.next.level if rubric is not None and rubric.next else None
            self.case_level.addItem(
                _tr("The next level (%1)").replace("%1", level_label(following))
                if following is not None
                else _tr("The next level (none)"),
                None,
            )
            for level in framework.levels:
                self.case_level.addItem(level_label(level), level.number)
            self.report_note.setText(
                _tr(
                    "The level's criteria in “%1” topic by topic, with your evidence, what is "
                    "still open, readiness and your sub-level."
                ).replace("%1", " ".join(framework.name.split()))
            )
        self.case_level.setCurrentIndex(max(self.case_level.findData(chosen), 0))
        self.case_level.blockSignals(False)
        self._show_choices()

    def _report_changed(self) -> None:
        self._show_choices()
        self._schedule()

    def _show_choices(self) -> None:
        case = self.case_chosen()
        self._report_form.setRowVisible(self.case_level, case)
        available = self.report.model().index(self.report.findData(Report.CASE), 0).flags()
        unavailable = not available & Qt.ItemFlag.ItemIsEnabled
        self._report_form.setRowVisible(self.report_note, case or unavailable)
        for widget in self._summary_choices:
            widget.setVisible(not case)
        self._show_themes_box(not case)

    # -- the case -----------------------------------------------------------------------------

    def case_document(self, page_size: QPageSize) -> QTextDocument | None:
        """Build the case for the chosen level and lay it out; None when it cannot be made (no
        framework, no next level: `case_problem` says why)."""
        self.case = None
        try:
            self.case = build_case(
                self.ctx.journal, target=self.case_level.currentData(), on=self._today()
            )
        except (ServiceError, StoreError) as exc:
            self.case_problem = str(exc)
            return None
        self.case_problem = ""
        return build_case_document(self.case, page_size=page_size)

    def case_words(self) -> str:
        """The case in the status line: `Promotion case for Engineer II`."""
        if self.case is None:
            return ""
        target = self.case.target
        name = " ".join(target.name.split()) or _tr("Level %1").replace("%1", str(target.number))
        return _tr("Promotion case for %1").replace("%1", name)

    def case_text(self, suffix: str) -> str:
        assert self.case is not None
        return render_case_html(self.case) if suffix == "html" else render_case_markdown(self.case)

    def case_pdf(self, path: Path, page_size: QPageSize, progress: Progress) -> Path:
        assert self.case is not None
        return write_case_pdf(self.case, path, page_size=page_size, progress=progress)
