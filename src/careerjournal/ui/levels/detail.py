"""The Levels area's reading pane: one criterion, its evidence and its assessment history.

The criterion's text and examples, the entries linked as evidence (each with "Unlink") and the
dated assessments, newest first (each with "Delete"); three buttons record how often the user
shows the criterion today, with an optional note. The pane asks for writes through its signals;
the area's flows make them. Every text from the framework file or the journal is plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import Demonstration
from ...services.framework_records import AssessmentRecord, CriterionState, EvidenceRecord
from ..view_parts import heading, plain_label, secondary
from .words import SEPARATOR, assessment_line, evidence_facts, gap_text

#: Longest note kept with an assessment (the field stops there).
NOTE_LIMIT = 500


def _clear(layout: QVBoxLayout) -> None:
    """Remove every row widget of `layout` (deleted later: a clicked button may be one)."""
    while (item := layout.takeAt(0)) is not None:
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class CriterionDetail(QWidget):
    """Shows one criterion's state, or a hint when none is selected."""

    #: Record an assessment today (a Demonstration); the note is `note()`.
    assess_requested = Signal(object)
    link_requested = Signal()
    #: Unlink this entry from the shown criterion.
    unlink_requested = Signal(int)
    #: Delete this assessment.
    delete_assessment_requested = Signal(int)
    #: Esc: back to the table.
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levels_detail")
        self._state: CriterionState | None = None
        self._level = ""
        self._locale = QLocale()
        self._read_only = False
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._stack.addWidget(self._build_empty())
        self._stack.addWidget(self._build_page())
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        leave.activated.connect(self.leave_requested)
        self.show_empty()

    # -- building -----------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        page = QWidget(self._stack)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 0, 24, 0)
        self.empty_label = secondary(QLabel(page))
        self.empty_label.setObjectName("levels_detail_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addStretch(1)
        return page

    def _build_page(self) -> QWidget:
        self.scroll_area = QScrollArea(self._stack)
        self.scroll_area.setObjectName("levels_detail_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Base)
        content = QWidget(self.scroll_area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        self.topic_label = secondary(plain_label(content, "levels_detail_topic"))
        self.text_label = plain_label(content, "levels_detail_text")
        font = self.text_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.text_label.setFont(font)
        self.state_label = plain_label(content, "levels_detail_state")
        self.examples_heading = heading(self.tr("Examples"), 1.0)
        self.examples_label = plain_label(content, "levels_detail_examples")
        for widget in (
            self.topic_label,
            self.text_label,
            self.state_label,
            self.examples_heading,
            self.examples_label,
        ):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addWidget(heading(self.tr("How often do you show this?"), 1.0))
        layout.addLayout(self._build_assess_row(content))
        layout.addSpacing(6)
        layout.addLayout(self._build_evidence(content))
        layout.addSpacing(6)
        self.history_heading = heading(self.tr("Assessments"), 1.0)
        layout.addWidget(self.history_heading)
        self.history_rows = QVBoxLayout()
        self.history_rows.setSpacing(4)
        layout.addLayout(self.history_rows)
        self.no_history = secondary(QLabel(self.tr("Not assessed yet."), content))
        self.no_history.setObjectName("levels_no_assessments")
        layout.addWidget(self.no_history)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)
        return self.scroll_area

    def _build_assess_row(self, content: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(6)
        self.note_edit = QLineEdit(content)
        self.note_edit.setObjectName("levels_note")
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setPlaceholderText(self.tr("Note (optional), kept with the assessment"))
        self.note_edit.setAccessibleName(self.tr("Assessment note"))
        column.addWidget(self.note_edit)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.assess_buttons: dict[Demonstration, QPushButton] = {}
        texts = {
            Demonstration.NOT_YET: self.tr("&Not Yet"),
            Demonstration.SOMETIMES: self.tr("&Sometimes"),
            Demonstration.CONSISTENTLY: self.tr("&Consistently"),
        }
        for status, text in texts.items():
            button = QPushButton(text, content)
            button.setObjectName(f"levels_assess_{status.value}")
            button.setToolTip(self.tr("Record this as your assessment today"))
            button.clicked.connect(lambda _=False, s=status: self._assess(s))
            row.addWidget(button)
            self.assess_buttons[status] = button
        row.addStretch(1)
        column.addLayout(row)
        return column

    def _build_evidence(self, content: QWidget) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        top = QHBoxLayout()
        self.evidence_heading = heading(self.tr("Evidence"), 1.0)
        self.link_button = QPushButton(self.tr("&Link Evidence…"), content)
        self.link_button.setObjectName("levels_link_evidence")
        self.link_button.clicked.connect(self.link_requested)
        top.addWidget(self.evidence_heading)
        top.addStretch(1)
        top.addWidget(self.link_button)
        column.addLayout(top)
        self.evidence_rows = QVBoxLayout()
        self.evidence_rows.setSpacing(6)
        column.addLayout(self.evidence_rows)
        self.no_evidence = secondary(
            QLabel(self.tr("No entry is linked yet: link the entries that show this."), content)
        )
        self.no_evidence.setObjectName("levels_no_evidence")
        self.no_evidence.setWordWrap(True)
        column.addWidget(self.no_evidence)
        return column

    # -- rows ---------------------------------------------------------------------------------

    def _evidence_row(self, evidence: EvidenceRecord) -> QWidget:
        row = QFrame(self)
        row.setObjectName("levels_evidence_row")
        row.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(8, 6, 8, 6)
        text = QVBoxLayout()
        text.setSpacing(2)
        title = plain_label(row, "levels_evidence_title")
        title.setText(evidence.title)
        facts = secondary(plain_label(row, "levels_evidence_facts"))
        facts.setText(evidence_facts(evidence.occurred_on, evidence.measurable_result))
        text.addWidget(title)
        text.addWidget(facts)
        if evidence.links:
            links = plain_label(row, "levels_evidence_links")
            links.setText("\n".join(evidence.links))
            text.addWidget(links)
        layout.addLayout(text, 1)
        button = QPushButton(self.tr("Unlink"), row)
        button.setObjectName("levels_unlink")
        button.setAccessibleName(self.tr("Unlink %1").replace("%1", evidence.title))
        button.setEnabled(not self._read_only)
        button.clicked.connect(
            lambda _=False, entry_id=evidence.entry_id: self.unlink_requested.emit(entry_id)
        )
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _assessment_row(self, assessment: AssessmentRecord) -> QWidget:
        row = QWidget(self)
        row.setObjectName("levels_assessment_row")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QVBoxLayout()
        text.setSpacing(0)
        line = plain_label(row, "levels_assessment_line")
        line.setText(assessment_line(assessment.assessed_on, assessment.status, self._locale))
        text.addWidget(line)
        if assessment.note:
            note = secondary(plain_label(row, "levels_assessment_note"))
            note.setText(assessment.note)
            text.addWidget(note)
        layout.addLayout(text, 1)
        button = QPushButton(self.tr("Delete"), row)
        button.setObjectName("levels_delete_assessment")
        button.setAccessibleName(self.tr("Delete the assessment of %1").replace("%1", line.text()))
        button.setEnabled(not self._read_only)
        button.clicked.connect(
            lambda _=False, a=assessment.id: self.delete_assessment_requested.emit(a)
        )
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    # -- what is shown ------------------------------------------------------------------------

    @property
    def state(self) -> CriterionState | None:
        return self._state

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in self.assess_buttons.values():
            button.setEnabled(not read_only)
        self.link_button.setEnabled(not read_only)
        self.note_edit.setEnabled(not read_only)

    def show_state(self, state: CriterionState, level: str = "") -> None:
        """Show `state` (`level`: the level's name, for the line above the text)."""
        same = self._state is not None and self._state.criterion.id == state.criterion.id
        self._state = state
        c = state.criterion
        topic = " ".join(c.topic_title.split())
        self.topic_label.setText(f"{topic}{SEPARATOR}{level}" if level else topic)
        self.text_label.setText(c.text)
        self.state_label.setText(gap_text(state))
        self.examples_label.setText("\n".join(f"• {e}" for e in c.examples))
        self.examples_heading.setVisible(bool(c.examples))
        self.examples_label.setVisible(bool(c.examples))
        if not same:
            self.note_edit.clear()
        _clear(self.evidence_rows)
        for evidence in state.evidence:
            self._add_row(self.evidence_rows, self._evidence_row(evidence))
        self.no_evidence.setVisible(not state.evidence)
        _clear(self.history_rows)
        for assessment in reversed(state.assessments):  # newest first
            self._add_row(self.history_rows, self._assessment_row(assessment))
        self.no_history.setVisible(not state.assessments)
        self._stack.setCurrentIndex(1)

    @staticmethod
    def _add_row(rows: QVBoxLayout, row: QWidget) -> None:
        rows.addWidget(row)
        row.show()  # now, not when the layout gets round to it

    def show_empty(self, text: str = "") -> None:
        self._state = None
        self.empty_label.setText(
            text or self.tr("Select a criterion to see its evidence and assessments.")
        )
        self._stack.setCurrentIndex(0)

    def focus_first(self) -> None:
        """Enter in the table: into the pane, at the note field (then the buttons)."""
        if self._state is None:
            return
        if self.note_edit.isEnabled():
            self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)

    def _assess(self, status: Demonstration) -> None:
        if self._state is not None:
            self.assess_requested.emit(status)

    def note(self) -> str:
        """The note typed for the next assessment."""
        return self.note_edit.text().strip()

    def clear_note(self) -> None:
        self.note_edit.clear()

    def sizeHint(self) -> QSize:
        return QSize(380, 480)
