"""The entry editor's fields and their layout: building the form, loading a draft, reading it.

No behaviour lives here beyond what a field does itself; the editor (`entry_editor.py`) connects
the signals and saves.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import EntryDraft, Journal, RoleRecord, validate
from ..icons import icon
from ..markdown import SafeMarkdownView
from ..view_parts import secondary, to_pydate, to_qdate
from .assessment_section import AssessmentSection
from .common import DATE_FORMAT, ErrorLabel, KindCombo
from .criteria_section import CriteriaSection
from .impact_field import ImpactField
from .links_field import LinksField
from .milestone_section import MilestoneSection
from .presenter import FIELDS, CriteriaChoice, role_label
from .suggestion_section import SuggestionSection
from .tag_field import TagField


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryForm", text)


class EntryForm:
    """The widgets of one entry's form, children of `dialog`, laid out in `layout()`."""

    def __init__(
        self,
        dialog: QDialog,
        journal: Journal,
        entry_id: int | None,
        roles: Sequence[RoleRecord],
        tags: Sequence[str],
        criteria: CriteriaChoice,
    ):
        self._dialog = dialog
        self.errors: dict[str, ErrorLabel] = {f: ErrorLabel(f, dialog) for f in FIELDS}
        self._build_fields(roles, tags)
        self.assessment_section = AssessmentSection(journal, entry_id, dialog)
        self.milestone_section = MilestoneSection(journal, entry_id, dialog)
        self.criteria_section = CriteriaSection(criteria, dialog)
        self.criteria_section.text_source = self.entry_text
        self.suggestion_section = SuggestionSection(
            journal,
            entry_id,
            (self.assessment_section, self.milestone_section, self.criteria_section),
            dialog,
        )
        self.suggestion_section.draft_source = self.draft
        for signal in (
            self.title_edit.textChanged,
            self.result_edit.textChanged,
            self.tags_edit.textChanged,
            self.body_edit.textChanged,
        ):
            signal.connect(self.suggestion_section.schedule)
        self._build_buttons()
        self.form = QFormLayout()

    def _build_fields(self, roles: Sequence[RoleRecord], tags: Sequence[str]) -> None:
        parent = self._dialog
        self.title_edit = QLineEdit(parent)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(_tr("What moved forward? e.g. Led the checkout rewrite"))
        self.title_edit.setClearButtonEnabled(True)
        self.date_edit = QDateEdit(parent)
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDateRange(
            QDate(validate.MIN_YEAR, 1, 1), QDate(validate.MAX_YEAR, 12, 31)
        )
        self.date_edit.setToolTip(_tr("When it happened; Alt+Down opens a calendar"))
        self.kind_combo = KindCombo(parent)
        self.kind_combo.setObjectName("kind")
        self.role_combo = QComboBox(parent)
        self.role_combo.setObjectName("role")
        self.role_combo.addItem(_tr("No role"), None)
        for role in reversed(roles):  # the current role first
            self.role_combo.addItem(role_label(role), role.id)
        self.role_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_combo.setMinimumContentsLength(18)
        self.role_combo.setToolTip(_tr("Follows the date until you choose a role yourself"))
        self.impact_field = ImpactField(parent=parent)
        self.impact_field.setToolTip(
            _tr("How big a step: 1 nano step … 5 career-defining. Keys 1–5 or arrows.")
        )
        self.result_edit = QLineEdit(parent)
        self.result_edit.setObjectName("measurable_result")
        self.result_edit.setPlaceholderText(_tr("Optional, e.g. p95 latency down 38%"))
        self.result_edit.setMaxLength(300)
        self.tags_edit = TagField(list(tags), parent=parent)
        self.tags_edit.setPlaceholderText(_tr("Comma-separated, e.g. python, mentoring"))
        self._build_body()
        self.links_field = LinksField(parent)
        self.star_check = QCheckBox(_tr("&Star: include in the appraisal summary"), parent)
        self.star_check.setObjectName("starred")
        self.star_check.setIcon(icon("star"))

    def _build_body(self) -> None:
        parent = self._dialog
        self.body_edit = QPlainTextEdit(parent)
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(
            _tr("What happened, what you did, who noticed. Markdown works.")
        )
        self.preview = SafeMarkdownView(parent)
        self.preview.setObjectName("body_preview")
        self.preview.setPlaceholderText(_tr("Nothing to preview yet."))
        self.body_tabs = QTabWidget(parent)
        self.body_tabs.setObjectName("body_tabs")
        self.body_tabs.setDocumentMode(True)
        self.body_tabs.addTab(self.body_edit, _tr("&Write"))
        self.body_tabs.addTab(self.preview, _tr("&Preview"))
        # One Tab stop for the body (the text itself); Alt+W / Alt+P switch the tabs.
        self.body_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        line = self.body_edit.fontMetrics().lineSpacing()
        self.body_edit.setMinimumHeight(line * 6)

    def _build_buttons(self) -> None:
        parent = self._dialog
        self.buttons = QDialogButtonBox(parent)
        self.save_button = self.buttons.addButton(
            _tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(_tr("Save (Ctrl+Enter)"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.status_label = QLabel(parent)
        self.status_label.setObjectName("draft_status")
        secondary(self.status_label)
        save_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.status_label.setText(_tr("%s saves · Esc cancels") % save_keys)

    # -- layout -------------------------------------------------------------------------------

    def _row(self, text: str, field: str | None, widget: QWidget) -> None:
        """A labelled row: the field with its error message under it."""
        parent = self._dialog
        # Where a label's Alt+letter lands when the field is a container.
        buddies: dict[QWidget, QWidget] = {
            self.body_tabs: self.body_edit,
            self.links_field: self.links_field.add_button,
        }
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if field is not None:
            column.addWidget(self.errors[field])
        label = QLabel(text, parent) if text else QLabel(parent)
        if text:
            label.setBuddy(buddies.get(widget, widget))
        if widget is self.body_tabs:
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.form.addRow(label, box)

    def _date_row(self) -> None:
        """Date and kind share a row; their messages go under it."""
        parent = self._dialog
        kind_label = QLabel(_tr("&Kind"), parent)
        kind_label.setBuddy(self.kind_combo)
        date_row = QWidget(parent)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.setSpacing(6)
        date_layout.addWidget(self.date_edit)
        date_layout.addSpacing(12)
        date_layout.addWidget(kind_label)
        date_layout.addWidget(self.kind_combo, 1)
        date_label = QLabel(_tr("&Date"), parent)
        date_label.setBuddy(self.date_edit)
        date_box = QWidget(parent)
        date_column = QVBoxLayout(date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.setSpacing(2)
        date_column.addWidget(date_row)
        date_column.addWidget(self.errors["date"])
        date_column.addWidget(self.errors["kind"])
        self.form.addRow(date_label, date_box)

    def lay_out(self) -> QVBoxLayout:
        """Put the fields in the dialog, top to bottom as the user fills them in."""
        parent, form = self._dialog, self.form
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._row(_tr("&Title"), "title", self.title_edit)
        self._date_row()
        self._row(_tr("R&ole"), "role", self.role_combo)
        self._row(_tr("&Impact"), "impact", self.impact_field)
        self._row(_tr("&Result"), "measurable_result", self.result_edit)
        self._row(_tr("Ta&gs"), "tags", self.tags_edit)
        self._row(_tr("&Notes"), "body", self.body_tabs)
        self._row(_tr("&Evidence"), "links", self.links_field)
        self._row("", None, self.star_check)
        form.addRow(QLabel(parent), self.assessment_section)
        milestone_label = QLabel(_tr("&Counts toward"), parent)
        milestone_label.setBuddy(self.milestone_section.list)
        milestone_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(milestone_label, self.milestone_section)
        # Hidden entirely while no active goal has a milestone to count toward.
        form.setRowVisible(self.milestone_section, self.milestone_section.applies)
        form.addRow(QLabel(parent), self.criteria_section)
        suggested = QLabel(_tr("Suggested"), parent)
        suggested.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        section = self.suggestion_section
        form.addRow(suggested, section)
        # Shown while there is something to confirm (or to say why there is nothing).
        form.setRowVisible(section, section.has_content())
        section.wanted.connect(lambda on: form.setRowVisible(section, on))
        section.rows_changed.connect(self.update_tab_order)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(parent)
        layout.addLayout(form, 1)
        layout.addSpacing(4)
        layout.addLayout(bottom)
        return layout

    def update_tab_order(self) -> None:
        """Tab goes down the form as it looks, through every link row, then to the buttons."""
        chain: list[QWidget] = [
            *self.inputs()[:-1],
            *self.links_field.focus_chain(),
            self.star_check,
            *self.assessment_section.focus_chain(),
            *self.milestone_section.focus_chain(),
            *self.criteria_section.focus_chain(),
            *self.suggestion_section.focus_chain(),
            self.save_button,
            self.cancel_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        # The button box passes focus on to its default button: as a stop of its own it would
        # send Tab from Cancel back to Save instead of round to the title.
        self.buttons.setFocusProxy(None)

    def inputs(self) -> list[QWidget]:
        """The entry's own fields in form order (those whose leaving writes the draft)."""
        return [
            self.title_edit,
            self.date_edit,
            self.kind_combo,
            self.role_combo,
            self.impact_field,
            self.result_edit,
            self.tags_edit,
            self.body_edit,
            self.star_check,
        ]

    def focus_widget_for(self, field: str) -> QWidget | None:
        """The input a message about `field` sends the cursor to."""
        widgets = dict(zip(FIELDS[:8], self.inputs()[:8], strict=True))
        return widgets.get(field)

    # -- loading and reading ------------------------------------------------------------------

    def entry_text(self) -> str:
        """What the entry says so far (title, result, notes): criteria are suggested from it."""
        parts = (self.title_edit.text(), self.result_edit.text(), self.body_edit.toPlainText())
        return "\n".join(part for part in parts if part.strip())

    def load(self, draft: EntryDraft, role_id: int | None) -> None:
        self.title_edit.setText(draft.title)
        self.title_edit.setCursorPosition(len(draft.title))
        self.date_edit.setDate(to_qdate(draft.occurred_on))
        self.kind_combo.set_kind(draft.kind)
        self.impact_field.setValue(draft.impact)
        self.result_edit.setText(draft.measurable_result)
        self.tags_edit.set_tags(draft.tags)
        self.body_edit.setPlainText(draft.body)
        self.links_field.set_links(draft.links)
        self.star_check.setChecked(draft.starred)
        self.select_role(role_id)

    def select_role(self, role_id: int | None) -> None:
        index = self.role_combo.findData(role_id) if role_id is not None else 0
        self.role_combo.setCurrentIndex(max(0, index))

    def draft(self) -> EntryDraft:
        """The form as typed (not yet checked: tags and links exactly as entered)."""
        role = self.role_combo.currentData()
        return EntryDraft(
            title=self.title_edit.text(),
            occurred_on=to_pydate(self.date_edit.date()),
            kind=self.kind_combo.kind(),
            body=self.body_edit.toPlainText(),
            impact=self.impact_field.value(),
            measurable_result=self.result_edit.text(),
            starred=self.star_check.isChecked(),
            tags=tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip()),
            links=self.links_field.raw_links(),
            role_id=role if isinstance(role, int) else None,
        )
