"""The Summary area: choose a period and what to include, see the pages as they will print,
then print (with the system's preview) or export PDF, HTML or Markdown. The same for the
promotion case (`case_options`: the report and the level to reach).

The preview is a `QPrintPreviewWidget` fed by the same `print_document` that prints and writes
PDFs, so what is on screen is what comes out of the printer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QShowEvent, QTextDocument, QWheelEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...fileio import write_atomic
from ...report.html import render_html
from ...report.markdown import render_markdown
from ...report.pdf import (
    build_case_document,
    build_document,
    default_page_size,
    page_layout,
    print_document,
    write_pdf,
)
from ...services import Change, ServiceError, Topic
from ...services.summary import (
    GroupBy,
    Section,
    Summary,
    SummaryOptions,
    months_before,
)
from ...store import StoreError
from ..context import AppContext
from ..editor.common import DATE_FORMAT
from ..protection.notices import exports_are_plain_notice, journal_is_encrypted
from ..view_parts import secondary, to_pydate, to_qdate, view_action
from .case_options import CaseReport
from .model import CandidateModel
from .pages import PreviewPages
from .themes import ThemeChoices
from .words import period_words, section_title


class Preset(StrEnum):
    SINCE_REVIEW = "since_review"
    LAST_6 = "last_6"
    LAST_12 = "last_12"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


class SummaryView(QWidget, PreviewPages, CaseReport, ThemeChoices):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.setObjectName("summary_view")
        self.ctx = ctx
        self._today = today
        self.summary: Summary | None = None
        self._document: QTextDocument | None = None
        self._shown_period: object = None  # the period (or case) the pages show
        self._shown_once = False
        self._rebuild_timer = QTimer(self)
        self._rebuild_timer.setSingleShot(True)
        self._rebuild_timer.setInterval(250)
        self._rebuild_timer.timeout.connect(self.rebuild)
        self._build()
        ctx.bridge.changed.connect(self._on_change)
        self._apply_preset()
        self.rebuild()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        toolbar = self._build_actions()
        panel = QWidget()
        left_layout = QVBoxLayout(panel)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self._summary_choices = [
            self._build_period(),
            self._build_sections(),
            self._build_themes(),
            self._build_entries(),
        ]
        left_layout.addWidget(self._build_report_choice())
        for widget in self._summary_choices:
            left_layout.addWidget(widget, 1 if widget is self._summary_choices[-1] else 0)
        left_layout.addStretch(0)
        # In a small window the choices scroll rather than squeeze (a spin box cut in half).
        left = QScrollArea()
        left.setObjectName("summary_choices")
        left.setWidget(panel)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.Shape.NoFrame)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setMinimumWidth(panel.minimumSizeHint().width() + 16)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self._build_pages())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 780])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.addWidget(toolbar)
        layout.addWidget(splitter, 1)

    def _build_actions(self) -> QToolBar:
        tr = self.tr
        # Ctrl+P belongs to the window's File > Print Summary, which lands here. Slots are
        # wrapped: `triggered(bool)` would otherwise arrive as their first argument (a path).
        self.action_print = view_action(
            self, "action_print_here", tr("&Print…"), lambda: self.print_summary(), None, "print"
        )
        self.action_pdf = view_action(
            self,
            "action_export_pdf",
            tr("Export P&DF…"),
            lambda: self.export_pdf(),
            "Ctrl+Shift+P",
            "export",
        )
        self.action_html = view_action(
            self,
            "action_export_html",
            tr("Export &HTML…"),
            lambda: self.export_text("html"),
            None,
            "export",
        )
        self.action_md = view_action(
            self,
            "action_export_markdown",
            tr("Export &Markdown…"),
            lambda: self.export_text("md"),
            None,
            "export",
        )
        toolbar = QToolBar()
        toolbar.setObjectName("summary_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_print, self.action_pdf, self.action_html, self.action_md):
            toolbar.addAction(action)
        return toolbar

    def _build_period(self) -> QGroupBox:
        tr = self.tr
        self.preset = QComboBox()
        self.preset.setObjectName("summary_period")
        for preset, text in (
            (Preset.SINCE_REVIEW, tr("Since the last review")),
            (Preset.LAST_6, tr("Last 6 months")),
            (Preset.LAST_12, tr("Last 12 months")),
            (Preset.THIS_YEAR, tr("This year")),
            (Preset.CUSTOM, tr("Custom")),
        ):
            self.preset.addItem(text, preset)
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(DATE_FORMAT)
            edit.dateChanged.connect(self._on_dates_edited)
        period = QGroupBox(tr("Period"))
        form = QFormLayout(period)
        form.addRow(tr("&Show:"), self.preset)
        form.addRow(tr("&From:"), self.date_from)
        form.addRow(tr("&To:"), self.date_to)
        self.period_note = secondary(QLabel())
        self.period_note.setWordWrap(True)
        form.addRow(self.period_note)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        return period

    def _build_sections(self) -> QGroupBox:
        """What to include."""
        tr = self.tr
        sections = QGroupBox(tr("Sections"))
        sections_layout = QVBoxLayout(sections)
        grid = QGridLayout()  # two columns: the panel stays short enough for small windows
        grid.setContentsMargins(0, 0, 0, 0)
        self.section_boxes: dict[Section, QCheckBox] = {}
        for index, section in enumerate(Section):
            box = QCheckBox(section_title(section))
            box.setObjectName(f"section_{section.value}")
            box.setChecked(True)
            box.toggled.connect(self._schedule)
            grid.addWidget(box, index // 2, index % 2)
            self.section_boxes[section] = box
        sections_layout.addLayout(grid)
        self.compensation = QCheckBox(tr("Include pay and bonus entries"))
        self.compensation.setObjectName("include_compensation")
        self.compensation.toggled.connect(self._schedule)
        sections_layout.addWidget(self.compensation)
        self.other = QCheckBox(tr("Include entries of kind Other"))
        self.other.setObjectName("include_other")
        self.other.setToolTip(tr("Chores such as “Set up a new laptop” are left out by default"))
        self.other.toggled.connect(self._schedule)
        sections_layout.addWidget(self.other)
        per_kind_row = QHBoxLayout()
        self.per_kind = QSpinBox()
        self.per_kind.setObjectName("per_kind")
        self.per_kind.setRange(0, 200)
        self.per_kind.setValue(12)
        self.per_kind.setSpecialValueText(tr("all"))
        self.per_kind.setToolTip(
            tr("The best entries of each kind by star, measurable result and impact; 0 lists all")
        )
        self.per_kind.valueChanged.connect(self._schedule)
        per_kind_label = QLabel(tr("&Best per kind:"))
        per_kind_label.setBuddy(self.per_kind)
        per_kind_row.addWidget(per_kind_label)
        per_kind_row.addWidget(self.per_kind)
        per_kind_row.addStretch(1)
        sections_layout.addLayout(per_kind_row)
        sections_layout.addLayout(self._build_group_by())
        return sections

    def _build_entries(self) -> QGroupBox:
        tr = self.tr
        entries = QGroupBox(tr("Entries"))
        entries_layout = QVBoxLayout(entries)
        self.candidates = CandidateModel(self)
        self.candidates.exclusions_changed.connect(self._schedule)
        self.entry_list = QListView()
        self.entry_list.setObjectName("summary_entries")
        self.entry_list.setModel(self.candidates)
        self.entry_list.setUniformItemSizes(True)
        self.entry_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.entry_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entry_list.setAccessibleName(tr("Entries of the period; untick to leave one out"))
        self.entry_count = QLabel()
        self.entry_count.setWordWrap(True)
        all_on = QPushButton(tr("&All"))
        all_on.clicked.connect(lambda: self.candidates.set_all(True))
        all_off = QPushButton(tr("&None"))
        all_off.clicked.connect(lambda: self.candidates.set_all(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.entry_count, 1)
        buttons.addWidget(all_on)
        buttons.addWidget(all_off)
        entries_layout.addWidget(self.entry_list, 1)
        entries_layout.addLayout(buttons)

        self.entry_list.setMinimumHeight(self.entry_list.sizeHintForRow(0) * 4 + 8)
        return entries

    def _build_pages(self) -> QWidget:
        """The pages as they print, with their status line."""
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The PDF's page and margins: the preview then shows the pages the PDF will have.
        self.printer.setPageLayout(page_layout(default_page_size()))
        self.preview = QPrintPreviewWidget(self.printer)
        self.preview.setObjectName("summary_preview")
        self.preview.paintRequested.connect(self._paint_preview)
        self.preview.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)
        self.preview.previewChanged.connect(self._show_page_number)
        self._pages_view = self.preview.findChild(QGraphicsView)
        if self._pages_view is not None:  # Ctrl+wheel zooms, as in any viewer
            self._pages_view.viewport().installEventFilter(self)
            self._pages_view.verticalScrollBar().valueChanged.connect(self._show_page_number)
        self.status = secondary(QLabel())
        self.status.setObjectName("summary_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote typed text
        self.status.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._preview_bar())
        right_layout.addWidget(self.preview, 1)
        right_layout.addWidget(self.status)
        return right

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The preview lays its pages out when first shown: then open at the top of page 1.
        if not self._shown_once:  # later, coming back to the area keeps the place read
            self._shown_once = True
            QTimer.singleShot(0, self._to_top)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self._zoom(delta > 0)
            return True
        return super().eventFilter(watched, event)

    # -- period -------------------------------------------------------------------------------

    def current_preset(self) -> Preset:
        return Preset(self.preset.currentData())

    def set_preset(self, preset: Preset) -> None:
        self.preset.setCurrentIndex(self.preset.findData(preset))

    def _apply_preset(self) -> None:
        today = self._today()
        preset = self.current_preset()
        note = ""
        if preset is Preset.SINCE_REVIEW:
            review = self.ctx.journal.reviews.latest()
            if review is not None and review.held_on < today:
                start = review.held_on
                note = self.tr("Your last recorded review was on %s.") % self._format(start)
            else:
                start = months_before(today, 12)
                note = self.tr("No review recorded yet: showing the last 12 months.")
        elif preset is Preset.LAST_6:
            start = months_before(today, 6)
        elif preset is Preset.LAST_12:
            start = months_before(today, 12)
        elif preset is Preset.THIS_YEAR:
            start = dt.date(today.year, 1, 1)
        else:
            self.period_note.setText(self.tr("Pick any dates."))
            return
        self.period_note.setText(note)
        for edit, day in ((self.date_from, start), (self.date_to, today)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self._schedule()

    @staticmethod
    def _format(day: dt.date) -> str:
        from ..formatting import format_date

        return format_date(day)

    def _on_dates_edited(self) -> None:
        if self.current_preset() is not Preset.CUSTOM:
            self.preset.blockSignals(True)
            self.set_preset(Preset.CUSTOM)
            self.preset.blockSignals(False)
            self.period_note.setText(self.tr("Pick any dates."))
        self._schedule()

    def options(self) -> SummaryOptions:
        start, end = to_pydate(self.date_from.date()), to_pydate(self.date_to.date())
        themes = self.theme_overrides((start, end))
        return SummaryOptions(
            date_from=start,
            date_to=end,
            sections=frozenset(s for s, box in self.section_boxes.items() if box.isChecked()),
            excluded_ids=self.candidates.excluded(),
            include_compensation=self.compensation.isChecked(),
            include_other=self.other.isChecked(),
            per_kind=self.per_kind.value() or None,
            max_quotes=8 if self.per_kind.value() else None,
            group_by=self.grouping(),
            theme_names=themes.names,
            merges=tuple(themes.merges),
        )

    # -- the summary --------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if any(change.touches(t) for t in (Topic.FRAMEWORKS, Topic.ROLES, Topic.ALL)):
            self.refresh_case_choice()  # the framework's levels, the role's next level
        if any(change.touches(t) for t in (Topic.ENTRIES, Topic.ROLES, Topic.SKILLS,
                                            Topic.GOALS, Topic.REVIEWS, Topic.PROFILE,
                                            Topic.FRAMEWORKS, Topic.ALL)):  # fmt: skip
            self.themes_changed()
            self._schedule()

    def _schedule(self) -> None:
        self._rebuild_timer.start()

    def rebuild(self) -> None:
        """Build the summary (or the case) for the current choices and refresh the pages."""
        self._rebuild_timer.stop()
        if self.case_chosen():
            self._document = self.case_document(self.printer.pageLayout().pageSize())
            if self._document is None:
                self.preview.updatePreview()
                self.status.setText(self.case_problem)
            else:
                self._show_pages(("case", self.case_level.currentData()), self.case_words())
            return
        options = self.options()
        if options.date_from > options.date_to:
            self.status.setText(self.tr("The period starts after it ends: pick a later end."))
            return
        by_kind = replace(options, group_by=GroupBy.KIND)  # themes: found by the worker
        try:
            summary = self.ctx.journal.summary.build(by_kind, self._today())
        except (ServiceError, StoreError) as exc:
            self.status.setText(str(exc))
            return
        if {e.id for e in summary.candidates} != self.candidates.ids():
            self.candidates.set_entries(summary.candidates)
        if options.group_by is GroupBy.THEME:
            summary = self.with_themes(summary, options)
        self.summary = summary
        self.show_themes(summary)
        self._document = build_document(summary, page_size=self.printer.pageLayout().pageSize())
        self.entry_count.setText(
            self.tr("%1 of %n entries included", "", len(summary.candidates)).replace(
                "%1", str(self.candidates.included_count())
            )
        )
        self._show_pages((options.date_from, options.date_to), period_words(summary.period))

    def _show_pages(self, shown: object, words: str) -> None:
        """Refresh the preview; a new period (or case) opens at the top of its first page,
        other changes keep the place read."""
        same = shown == self._shown_period
        bar = self._pages_view.verticalScrollBar() if self._pages_view else None
        place = bar.value() if bar is not None and same else None
        self._shown_period = shown
        self.preview.updatePreview()
        pages = self.preview.pageCount()
        if bar is not None and place is not None:
            bar.setValue(min(place, bar.maximum()))
        elif bar is not None:
            bar.setValue(bar.minimum())
        self._show_page_number()
        self.status.setText(
            self.tr("%1 · %n pages · %2", "", pages)
            .replace("%1", words)
            .replace("%2", self.printer.pageLayout().pageSize().name())
        )

    def _layout(self) -> QTextDocument | None:
        """The shown report laid out for the printer's page size (as the print dialog left it)."""
        size = self.printer.pageLayout().pageSize()
        if self.case_chosen():
            return None if self.case is None else build_case_document(self.case, page_size=size)
        return None if self.summary is None else build_document(self.summary, page_size=size)

    def _shown(self) -> object | None:
        """The summary or case the pages show (None when there is nothing to print)."""
        return self.case if self.case_chosen() else self.summary

    def _paint_preview(self, printer: QPrinter) -> None:
        if self._document is not None:
            print_document(self._document, printer)

    def document(self) -> QTextDocument | None:
        return self._document

    # -- output -------------------------------------------------------------------------------

    def _default_name(self, suffix: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        kind = "promotion-case" if self.case_chosen() else "appraisal-summary"
        name = f"{kind}-{self._today().isoformat()}.{suffix}"
        return str(Path(folder) / name) if folder else name

    def print_summary(self) -> None:
        if self._document is None or self._shown() is None:
            return
        dialog = QPrintDialog(self.printer, self)
        dialog.setWindowTitle(self.tr("Print Summary"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                # The page size may have changed in the dialog: lay out for it.
                document = self._layout()
                if document is not None:
                    print_document(document, self.printer)
            finally:
                QApplication.restoreOverrideCursor()
            self.rebuild()

    def _plain_export_ok(self) -> bool:
        """Once per computer, before exporting an encrypted journal: exports are plain files."""
        encrypted = journal_is_encrypted(self.ctx.journal)
        return exports_are_plain_notice(self, self.ctx.settings, encrypted)

    def export_pdf(self, path: str | None = None) -> Path | None:
        if self._shown() is None or not self._plain_export_ok():
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export PDF"), self._default_name("pdf"), self.tr("PDF (*.pdf)")
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        progress = QProgressDialog(self.tr("Writing the PDF…"), "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()

        size = self.printer.pageLayout().pageSize()

        def write(tmp: Path) -> Path:
            if self.case_chosen():
                return self.case_pdf(tmp, size, step)
            assert self.summary is not None
            return write_pdf(self.summary, tmp, page_size=size, progress=step)

        try:
            written = write_atomic(target, write)
        except Exception as exc:  # whatever went wrong, the user must see it
            progress.close()
            self._export_failed(target, exc)
            return None
        finally:
            progress.close()
        self.status.setText(self.tr("Saved %s") % written)
        return written

    def export_text(self, kind: str, path: str | None = None) -> Path | None:
        if self._shown() is None or not self._plain_export_ok():
            return None
        suffix, label = (
            ("html", self.tr("HTML page (*.html)"))
            if kind == "html"
            else (
                "md",
                self.tr("Markdown (*.md)"),
            )
        )
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Summary"), self._default_name(suffix), label
            )
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() not in (f".{suffix}", ".htm" if suffix == "html" else ".md"):
            target = target.with_suffix(f".{suffix}")
        summary = self.summary
        try:
            if self.case_chosen():
                text = self.case_text(suffix)
            else:
                text = render_html(summary) if suffix == "html" else render_markdown(summary)
            written = write_atomic(target, lambda tmp: tmp.write_text(text, encoding="utf-8"))
        except Exception as exc:  # whatever went wrong, the user must see it
            self._export_failed(target, exc)
            return None
        self.status.setText(self.tr("Saved %s") % written)
        return written

    def _export_failed(self, target: Path, exc: BaseException) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        message = self.tr("%1 was not written: %2").replace("%1", str(target))
        message = message.replace("%2", reason or type(exc).__name__)
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("Not exported"), message)
