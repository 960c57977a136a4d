"""Dialogs of the Goals area: goals, milestones, the entries that evidence a milestone, and the
new role an achieved promotion brings.

None of them writes: after Accepted, read what was typed with `draft()` (or `chosen()`,
`added()`, `removed()`) and save it through an undo command. To save while the dialog is still
open (so a refused save keeps the text), pass `commit=`: it is called on OK with the draft, and
a `ServiceError` or `StoreError` it raises is shown inline instead of closing.

Every dialog is keyboard-first, as in the Skills area: Alt+letter reaches each field, Enter
(outside multi-line text) and Ctrl+Enter accept while OK is enabled, Esc cancels.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSpinBox,
    QWidget,
)

from ...domain import CriterionKind, EntryKind, GoalKind, GoalStatus, MoveKind
from ...domain.scales import levels as scale_levels
from ...services import (
    EntryQuery,
    EntryRecord,
    GoalDraft,
    GoalRecord,
    Journal,
    MilestoneDraft,
    MilestoneRecord,
    RoleDraft,
    RoleRecord,
    ValidationError,
    validate,
)
from ..conflict_dialog import ConflictRow
from ..editor.common import DATE_FORMAT, ErrorLabel, KindCombo, safe_kind_icon
from ..formatting import enum_label, format_date, kind_label
from ..record_conflicts import goal_rows, milestone_from, milestone_rows
from ..skills.dialogs import (
    _clean_name,
    _field_box,
    _form,
    _FormDialog,
    _muted,
    _text_edit,
    level_text,
)
from ..view_parts import plain_tip, to_pydate, to_qdate

__all__ = [
    "EVIDENCE_LIMIT",
    "ROLE_KINDS",
    "EvidenceListModel",
    "GoalDialog",
    "LinkEvidenceDialog",
    "MilestoneDialog",
    "NewRoleDialog",
]

#: Longest goal, milestone and role title (the services' limits).
TITLE_LIMIT = 200
ROLE_TITLE_LIMIT = 200
LEVEL_LIMIT = 50
ORGANISATION_LIMIT = 200
FUNCTION_LIMIT = 100
#: How many entries the evidence list shows at most (newest first).
EVIDENCE_LIMIT = 500
#: How long typing in the evidence search may pause before the list follows, in ms.
FILTER_DELAY_MS = 150
#: Goal kinds that aim at a role: they have a target role title and level.
ROLE_KINDS: frozenset[GoalKind] = frozenset({GoalKind.PROMOTION, GoalKind.LATERAL_MOVE})
#: Milestone weights (the service only needs them above 0).
WEIGHT_RANGE = (0.1, 100.0)
#: Most entries an "after N entries" milestone can ask for.
COUNT_LIMIT = 999

#: The moves a new role can be reached by, in the order the role dialog offers them.
MOVES: tuple[MoveKind, ...] = (
    MoveKind.PROMOTION,
    MoveKind.LATERAL,
    MoveKind.DIAGONAL,
    MoveKind.NEW_EMPLOYER,
)


def _date_edit(parent: QWidget, name: str, day: dt.date, tooltip: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDateRange(QDate(validate.MIN_YEAR, 1, 1), QDate(validate.MAX_YEAR, 12, 31))
    edit.setDate(to_qdate(day))
    edit.setToolTip(tooltip)
    return edit


def _left(parent: QWidget, *widgets: QWidget) -> QWidget:
    """Widgets side by side at their natural width, the rest of the row left empty."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


def _line(parent: QWidget, name: str, limit: int, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    edit.setClearButtonEnabled(True)
    edit.setPlaceholderText(placeholder)
    return edit


class _OptionalDate:
    """A date that may be left out: a checkbox (the row's label) enables a date field."""

    def __init__(self, parent: QWidget, name: str, text: str, fallback: dt.date, tooltip: str):
        self.check = QCheckBox(text, parent)
        self.check.setObjectName(f"{name}_set")
        self.edit = _date_edit(parent, name, fallback, tooltip)
        self.edit.setEnabled(False)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.clicked.connect(self._on_clicked)
        self.changed = self.check.toggled  # and dateChanged below: connect both
        self.date_changed = self.edit.dateChanged

    def label(self, parent: QWidget) -> QWidget:
        """The checkbox aligned as the form's labels are (to the right)."""
        box = QWidget(parent)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.check)
        return box

    def _on_clicked(self, checked: bool) -> None:
        if checked:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> dt.date | None:
        return to_pydate(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, day: dt.date | None) -> None:
        if day is not None:
            self.edit.setDate(to_qdate(day))
        self.check.setChecked(day is not None)


# -- goals ------------------------------------------------------------------------------------


class GoalDialog(_FormDialog):
    """Add (`goal=None`; of `kind`, or filled from `prefill`) or edit a goal; `draft()` after OK.

    The target role and level show for promotions and lateral moves only (and are left out of
    the draft for other kinds); the status shows when editing; "Pin as next promotion" shows for
    active promotion goals.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        goal: GoalRecord | None = None,
        kind: GoalKind | None = None,
        prefill: GoalDraft | None = None,
        commit: Callable[[GoalDraft], None] | None = None,
        today: dt.date | None = None,
        reload: Callable[[], GoalRecord] | None = None,
    ):
        super().__init__(parent, self.tr("Add") if goal is None else self.tr("Save"), commit)
        self.setObjectName("goal_dialog")
        self.setWindowTitle(self.tr("New Goal") if goal is None else self.tr("Edit Goal"))
        #: The goal as last loaded (its version is the one a save expects); None when adding.
        self.goal = goal
        self._load_goal = reload
        self.today = today or dt.date.today()
        self._touched = False

        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kind")
        for goal_kind in GoalKind:
            self.kind_combo.addItem(enum_label(goal_kind), goal_kind.value)

        self.title_edit = _line(self, "title", TITLE_LIMIT)
        self.title_error = ErrorLabel("title", self)

        self.role_edit = _line(
            self, "target_role", ROLE_TITLE_LIMIT, self.tr("e.g. Staff Engineer")
        )
        self.role_error = ErrorLabel("target_role", self)
        self.level_edit = _line(self, "target_level", LEVEL_LIMIT, self.tr("e.g. L6, Grade 9"))
        self.level_error = ErrorLabel("target_level", self)

        self.target_date = _OptionalDate(
            self,
            "target_date",
            self.tr("Target &date"),
            self.today.replace(year=min(self.today.year + 1, validate.MAX_YEAR), day=1),
            self.tr("When you aim to reach the goal; Alt+Down opens a calendar"),
        )
        self.target_date_error = ErrorLabel("target_date", self)

        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status")
        for status in GoalStatus:
            self.status_combo.addItem(enum_label(status), status.value)

        self.pin_check = QCheckBox(self.tr("&Pin as next promotion"), self)
        self.pin_check.setObjectName("pinned")
        self.pin_note = _muted(
            QLabel(
                self.tr(
                    "The pinned goal is the promotion the app follows; pinning this one unpins "
                    "any other."
                ),
                self,
            )
        )
        self.pin_note.setObjectName("pin_note")
        self.pin_note.setWordWrap(True)

        self.description_edit = _text_edit(
            self,
            "description",
            4,
            self.tr("Optional: why this goal matters, what reaching it looks like"),
        )

        form = _form()
        self.form = form

        def row(text: str, field: QWidget, *under: QWidget) -> QWidget:
            label = QLabel(text, self)
            label.setBuddy(field)
            box = _field_box(self, field, *under) if under else field
            form.addRow(label, box)
            return box

        row(self.tr("&Kind"), self.kind_combo)
        row(self.tr("&Title"), self.title_edit, self.title_error)
        self._role_row = row(self.tr("Target &role"), self.role_edit, self.role_error)
        self._level_row = row(self.tr("Target &level"), self.level_edit, self.level_error)
        form.addRow(
            self.target_date.label(self),
            _field_box(self, _left(self, self.target_date.edit), self.target_date_error),
        )
        self._status_row = row(self.tr("&Status"), _left(self, self.status_combo))
        self._pin_row = _field_box(self, self.pin_check, self.pin_note)
        form.addRow("", self._pin_row)
        description_label = QLabel(self.tr("D&escription"), self)
        description_label.setBuddy(self.description_edit)
        form.addRow(description_label, self.description_edit)
        self._finish_layout(form)
        self._chain(
            self.kind_combo,
            self.title_edit,
            self.role_edit,
            self.level_edit,
            self.target_date.check,
            self.target_date.edit,
            self.status_combo,
            self.pin_check,
            self.description_edit,
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

        self._fill(goal, kind, prefill)
        # Suggest "Promotion to <role>" while the title is blank or still our own suggestion.
        self._title_auto = self._clean_title() in ("", self._suggested_title())
        if self._title_auto:
            self._suggest_title()
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.status_combo.currentIndexChanged.connect(self._update_visibility)
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_edit.textChanged.connect(self._check)
        self.role_edit.textChanged.connect(self._on_role_changed)
        self.role_edit.textEdited.connect(self.role_error.clear_message)
        self.level_edit.textEdited.connect(self.level_error.clear_message)
        self.target_date.changed.connect(self.target_date_error.clear_message)
        self.target_date.date_changed.connect(self.target_date_error.clear_message)
        self._update_visibility()
        self._check()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(
        self, goal: GoalRecord | None, kind: GoalKind | None, prefill: GoalDraft | None
    ) -> None:
        source: GoalRecord | GoalDraft | None = goal if goal is not None else prefill
        chosen = (
            goal.kind
            if goal is not None
            else kind
            if kind is not None
            else prefill.kind
            if prefill is not None
            else GoalKind.PROMOTION
        )
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(GoalKind(chosen).value)))
        if source is not None:
            self.title_edit.setText(source.title)
            self.role_edit.setText(source.target_role_title)
            self.level_edit.setText(source.target_level)
            self.target_date.set_value(source.target_date)
            self.description_edit.setPlainText(source.description)
            self.pin_check.setChecked(source.pinned)
        status = goal.status if goal is not None else GoalStatus.ACTIVE
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value)))
        self._update_placeholder()

    # -- kinds and visibility ---------------------------------------------------------------

    def kind(self) -> GoalKind:
        return GoalKind(str(self.kind_combo.currentData()))

    def status(self) -> GoalStatus:
        return GoalStatus(str(self.status_combo.currentData()))

    def _pinnable(self) -> bool:
        return self.kind() is GoalKind.PROMOTION and self.status() is GoalStatus.ACTIVE

    def _update_placeholder(self) -> None:
        examples = {
            GoalKind.PROMOTION: self.tr("e.g. Promotion to Staff Engineer"),
            GoalKind.SKILL: self.tr("e.g. Reach Expert in system design"),
            GoalKind.CERTIFICATION: self.tr("e.g. AWS Solutions Architect – Associate"),
            GoalKind.LATERAL_MOVE: self.tr("e.g. Move into product management"),
            GoalKind.CUSTOM: self.tr("e.g. Speak at a conference"),
        }
        self.title_edit.setPlaceholderText(examples[self.kind()])

    def _update_visibility(self) -> None:
        has_role = self.kind() in ROLE_KINDS
        self.form.setRowVisible(self._role_row, has_role)
        self.form.setRowVisible(self._level_row, has_role)
        self.form.setRowVisible(self._status_row, self.goal is not None)
        self.form.setRowVisible(self._pin_row, self._pinnable())

    def _on_kind_changed(self) -> None:
        self._update_placeholder()
        self._update_visibility()
        if self._title_auto:
            self._suggest_title()

    # -- the title and its suggestion -------------------------------------------------------

    def _clean_title(self) -> str:
        return _clean_name(self.title_edit.text())

    def _suggested_title(self) -> str:
        role = _clean_name(self.role_edit.text())
        if self.kind() is not GoalKind.PROMOTION or not role:
            return ""
        return self.tr("Promotion to %s") % role

    def _suggest_title(self) -> None:
        suggestion = self._suggested_title()
        if suggestion != self._clean_title():
            self.title_edit.setText(suggestion)

    def _on_role_changed(self, _text: str) -> None:
        if self._title_auto:
            self._suggest_title()

    def _on_title_edited(self, text: str) -> None:
        self._touched = True
        # Typing takes the title over; clearing it hands it back to the suggestion.
        self._title_auto = not _clean_name(text)

    def title_is_suggested(self) -> bool:
        """Whether the title still follows the target role (the user has not typed one)."""
        return self._title_auto

    # -- checks and the draft ---------------------------------------------------------------

    def _check(self) -> bool:
        ok = bool(self._clean_title())
        message = "" if ok or not self._touched else self.tr("A goal needs a title.")
        self.title_error.show_message(message)
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "goal title": self.title_error,
            "title": self.title_error,
            "target role": self.role_error,
            "target level": self.level_error,
            "target date": self.target_date_error,
        }

    def draft(self) -> GoalDraft:
        kind = self.kind()
        has_role = kind in ROLE_KINDS
        status = self.status() if self.goal is not None else GoalStatus.ACTIVE
        closed_on = None  # the service dates a closing today
        if self.goal is not None and status is self.goal.status and status is not GoalStatus.ACTIVE:
            closed_on = self.goal.closed_on  # still closed as it was: keep its date
        return GoalDraft(
            title=self._clean_title(),
            kind=kind,
            description=self.description_edit.toPlainText().strip(),
            target_role_title=_clean_name(self.role_edit.text()) if has_role else "",
            target_level=self.level_edit.text().strip() if has_role else "",
            target_date=self.target_date.value(),
            status=status,
            pinned=self.pin_check.isChecked() and self._pinnable(),
            created_on=self.goal.created_on if self.goal is not None else self.today,
            closed_on=closed_on,
        )

    # -- conflicts (see _FormDialog._settle_conflict) ---------------------------------------

    _record_kind = "goal"

    def _reload(self) -> GoalRecord | None:
        return self._load_goal() if self._load_goal is not None else None

    def _rebase(self, record: GoalRecord) -> None:
        self.goal = record

    def _conflict_rows(self, current: GoalRecord) -> list[ConflictRow]:
        return goal_rows(self.draft(), current, self.goal)

    def _show_record(self, record: GoalRecord, resolved: dict[str, Any] | None = None) -> None:
        shown = dataclasses.replace(record, **(resolved or {}))
        self._title_auto = False  # the title shown is the one stored or chosen
        self._fill(shown, None, None)
        self.status_combo.setCurrentIndex(
            max(0, self.status_combo.findData(GoalStatus(shown.status).value))
        )
        self._update_visibility()
        self._check()

    def _form_values(self) -> GoalDraft:
        return self.draft()

    def accept(self) -> None:
        if not self._check():
            self._touched = True
            self._check()
            self.title_edit.setFocus()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()


# -- milestones -------------------------------------------------------------------------------


class MilestoneDialog(_FormDialog):
    """Add (`milestone=None`) or edit a milestone and how it completes; `draft()` after OK.

    A milestone completes by hand (optionally already done on a date), when a skill reaches a
    level, after N entries of a kind since a date, or with a certification entry carrying a tag.
    A sentence under the choice says what completes it, and where the journal stands now.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        milestone: MilestoneRecord | None = None,
        commit: Callable[[MilestoneDraft], None] | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent, self.tr("Add") if milestone is None else self.tr("Save"), commit)
        self.setObjectName("milestone_dialog")
        self.setWindowTitle(
            self.tr("New Milestone") if milestone is None else self.tr("Edit Milestone")
        )
        self.journal = journal
        #: The milestone as last loaded (its version is the one a save expects); None when adding.
        self.milestone = milestone
        self.today = today or dt.date.today()
        self._touched = False
        self._level_touched = False
        self._level_names = scale_levels(journal.profile.get().skill_scale)
        self._skills = {s.id: s for band in journal.skills.bands() for s in band.skills}

        self.title_edit = _line(
            self, "title", TITLE_LIMIT, self.tr("e.g. Lead a cross-team design")
        )
        self.title_error = ErrorLabel("title", self)

        self.weight_spin = QDoubleSpinBox(self)
        self.weight_spin.setObjectName("weight")
        self.weight_spin.setDecimals(2)
        self.weight_spin.setRange(*WEIGHT_RANGE)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setValue(1.0)
        self.weight_note = _muted(
            QLabel(self.tr("Weights set how much each milestone counts toward the goal"), self)
        )
        self.weight_note.setObjectName("weight_note")
        self.weight_note.setWordWrap(True)
        self.weight_error = ErrorLabel("weight", self)

        self.due_date = _OptionalDate(
            self,
            "due",
            self.tr("D&ue date"),
            self.today + dt.timedelta(days=90),
            self.tr("When you want this milestone done; Alt+Down opens a calendar"),
        )

        self.criterion_combo = QComboBox(self)
        self.criterion_combo.setObjectName("criterion")
        for criterion in CriterionKind:
            self.criterion_combo.addItem(enum_label(criterion), criterion.value)

        # By hand
        self.done_date = _OptionalDate(
            self,
            "done_on",
            self.tr("&Done on"),
            self.today,
            self.tr("Tick to record the milestone as done on this day"),
        )
        # When a skill reaches a level
        self.skill_combo = QComboBox(self)
        self.skill_combo.setObjectName("skill")
        self.skill_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_combo.setMinimumContentsLength(24)
        for band in journal.skills.bands():
            for skill in band.skills:
                self.skill_combo.addItem(f"{band.name} › {skill.name}", skill.id)
        self.skill_combo.setMaxVisibleItems(15)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("level")
        for level in range(1, len(self._level_names) + 1):
            self.level_combo.addItem(level_text(level, self._level_names), level)
        self.level_combo.setMaxVisibleItems(len(self._level_names))
        # After N entries of a kind
        self.kind_combo = KindCombo(self)
        self.kind_combo.setObjectName("entry_kind")
        self.kind_combo.set_kind(EntryKind.PROJECT)
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("count")
        self.count_spin.setRange(1, COUNT_LIMIT)
        self.count_spin.setValue(3)
        self.since_edit = _date_edit(
            self,
            "since",
            self.today,
            self.tr("Entries dated on or after this day count; Alt+Down opens a calendar"),
        )
        # With a certification entry tagged…
        self.tag_edit = _line(self, "tag", validate.MAX_TAG, self.tr("e.g. aws-saa"))
        self.tag_completer = QCompleter([name for name, _n in journal.entries.tags()], self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(self.tag_completer)

        self.criterion_error = ErrorLabel("criterion", self)
        self.sentence_label = QLabel(self)
        self.sentence_label.setObjectName("criterion_sentence")
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence_label.setContentsMargins(0, 4, 0, 0)

        form = _form()
        self.form = form

        def row(text: str, field: QWidget, *under: QWidget) -> QWidget:
            label = QLabel(text, self)
            label.setBuddy(field)
            box = _field_box(self, field, *under) if under else field
            form.addRow(label, box)
            return box

        row(self.tr("&Title"), self.title_edit, self.title_error)
        row(self.tr("&Weight"), _left(self, self.weight_spin), self.weight_note, self.weight_error)
        form.addRow(self.due_date.label(self), _left(self, self.due_date.edit))
        row(self.tr("&Completes"), self.criterion_combo)
        self._rows: dict[CriterionKind, list[QWidget]] = {
            CriterionKind.MANUAL: [],
            CriterionKind.SKILL_LEVEL: [
                row(self.tr("&Skill"), self.skill_combo),
                row(self.tr("&Level"), _left(self, self.level_combo)),
            ],
            CriterionKind.ENTRY_COUNT: [
                row(self.tr("Entry &kind"), _left(self, self.kind_combo)),
                row(self.tr("Cou&nt"), _left(self, self.count_spin)),
                row(self.tr("S&ince"), _left(self, self.since_edit)),
            ],
            CriterionKind.CERTIFICATION_TAG: [row(self.tr("Ta&g"), self.tag_edit)],
        }
        done_row = _left(self, self.done_date.edit)
        form.addRow(self.done_date.label(self), done_row)
        self._rows[CriterionKind.MANUAL].append(done_row)
        form.addRow("", _field_box(self, self.sentence_label, self.criterion_error))
        self._finish_layout(form)
        self._chain(
            self.title_edit,
            self.weight_spin,
            self.due_date.check,
            self.due_date.edit,
            self.criterion_combo,
            self.skill_combo,
            self.level_combo,
            self.kind_combo,
            self.count_spin,
            self.since_edit,
            self.tag_edit,
            self.done_date.check,
            self.done_date.edit,
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)

        if milestone is not None:
            self._fill(milestone)
        else:
            self._propose_level()
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_edit.textChanged.connect(self._check)
        self.weight_spin.valueChanged.connect(self.weight_error.clear_message)
        self.criterion_combo.currentIndexChanged.connect(self._on_criterion_changed)
        self.skill_combo.currentIndexChanged.connect(self._on_skill_changed)
        self.level_combo.activated.connect(self._on_level_chosen)
        for signal in (
            self.level_combo.currentIndexChanged,
            self.kind_combo.currentIndexChanged,
            self.count_spin.valueChanged,
            self.since_edit.dateChanged,
            self.tag_edit.textChanged,
            self.done_date.changed,
            self.done_date.date_changed,
        ):
            signal.connect(self._check)
        self._on_criterion_changed()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, milestone: MilestoneRecord) -> None:
        self.title_edit.setText(milestone.title)
        if milestone.weight < WEIGHT_RANGE[0]:  # a split can leave less: keep it as it is
            self.weight_spin.setMinimum(milestone.weight)
        self.weight_spin.setValue(milestone.weight)
        self.due_date.set_value(milestone.due_on)
        kind = CriterionKind(milestone.criterion_kind)
        self.criterion_combo.setCurrentIndex(max(0, self.criterion_combo.findData(kind.value)))
        criterion = milestone.criterion
        if kind is CriterionKind.MANUAL:
            self.done_date.set_value(milestone.done_on)
        elif kind is CriterionKind.SKILL_LEVEL:
            skill_id = _int(criterion.get("skill_id"))
            index = self.skill_combo.findData(skill_id)
            if index < 0 and skill_id is not None:  # a deleted skill: say so, and refuse it
                self.skill_combo.insertItem(0, self.tr("(a skill that no longer exists)"), None)
                index = 0
            self.skill_combo.setCurrentIndex(max(0, index))
            level = _int(criterion.get("level"))
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))
            self._level_touched = True
        elif kind is CriterionKind.ENTRY_COUNT:
            try:
                self.kind_combo.set_kind(EntryKind(criterion.get("kind", EntryKind.OTHER)))
            except ValueError:
                self.kind_combo.set_kind(EntryKind.OTHER)
            self.count_spin.setValue(_int(criterion.get("count")) or 1)
            since = _as_date(criterion.get("since"))
            if since is not None:
                self.since_edit.setDate(to_qdate(since))
        else:
            self.tag_edit.setText(str(criterion.get("tag", "")))

    # -- the criterion ----------------------------------------------------------------------

    def criterion_kind(self) -> CriterionKind:
        return CriterionKind(str(self.criterion_combo.currentData()))

    def _on_criterion_changed(self) -> None:
        chosen = self.criterion_kind()
        for kind, rows in self._rows.items():
            for widget in rows:
                self.form.setRowVisible(widget, kind is chosen)
        self.criterion_error.clear_message()
        self._check()

    def _skill_id(self) -> int | None:
        data = self.skill_combo.currentData()
        return int(data) if data is not None else None

    def _propose_level(self) -> None:
        """The skill's target level, else one above where it stands (capped at the top)."""
        skill = self._skills.get(self._skill_id() or 0)
        if skill is None:
            return
        top = len(self._level_names)
        level = skill.target_level or min((skill.current_level or 0) + 1, top)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))

    def _on_skill_changed(self) -> None:
        if not self._level_touched:
            self._propose_level()
        self._check()

    def _on_level_chosen(self) -> None:
        self._level_touched = True

    def _tag(self) -> tuple[str, str]:
        """(tag as stored, problem) for what the tag field says."""
        try:
            return validate.tag(self.tag_edit.text()), ""
        except ValidationError as exc:
            return "", exc.message

    def criterion(self) -> dict[str, Any]:
        """The criterion's fields as the service stores them ({} when by hand)."""
        kind = self.criterion_kind()
        if kind is CriterionKind.SKILL_LEVEL:
            return {"skill_id": self._skill_id(), "level": int(self.level_combo.currentData())}
        if kind is CriterionKind.ENTRY_COUNT:
            return {
                "kind": self.kind_combo.kind().value,
                "count": self.count_spin.value(),
                "since": to_pydate(self.since_edit.date()).isoformat(),
            }
        if kind is CriterionKind.CERTIFICATION_TAG:
            return {"tag": self._tag()[0]}
        return {}

    def _level_name(self, level: int) -> str:
        names = self._level_names
        return names[level - 1] if 1 <= level <= len(names) else str(level)

    def sentence(self) -> str:
        """What completes the milestone, in words, with where the journal stands now."""
        kind = self.criterion_kind()
        if kind is CriterionKind.MANUAL:
            done = self.done_date.value()
            if done is None:
                return self.tr("Done when you tick it off by hand.")
            return self.tr("Done on %s (ticked off by hand).") % format_date(done)
        if kind is CriterionKind.SKILL_LEVEL:
            skill = self._skills.get(self._skill_id() or 0)
            if skill is None:
                return self.tr("Done when a skill reaches a level: choose the skill.")
            wanted = self._level_name(int(self.level_combo.currentData()))
            now = (
                self.tr("not assessed yet")
                if skill.current_level is None
                else self.tr("now %s") % self._level_name(skill.current_level)
            )
            return self.tr("Done when %s reaches %s or above (%s).") % (skill.name, wanted, now)
        if kind is CriterionKind.ENTRY_COUNT:
            entry_kind = self.kind_combo.kind()
            count = self.count_spin.value()
            since = to_pydate(self.since_edit.date())
            so_far = self.journal.entries.count(
                EntryQuery(kinds=frozenset({entry_kind}), date_from=since)
            )
            text = (
                self.tr("Done when 1 %s entry is dated %s or later (%d so far).")
                if count == 1
                else self.tr("Done when %d %s entries are dated %s or later (%d so far).")
            )
            values = (kind_label(entry_kind), format_date(since), so_far)
            return text % (values if count == 1 else (count, *values))
        tag, _problem = self._tag()
        if not tag:
            return self.tr("Done with a certification entry tagged…: type the tag.")
        found = self.journal.entries.count(
            EntryQuery(kinds=frozenset({EntryKind.CERTIFICATION}), tags=frozenset({tag}))
        )
        state = self.tr("none yet") if found == 0 else self.tr("%d found") % found
        return self.tr("Done when a %s entry is tagged “%s” (%s).") % (
            kind_label(EntryKind.CERTIFICATION),
            tag.replace("-", "\u2011"),  # a tag is not broken across lines
            state,
        )

    # -- checks and the draft ---------------------------------------------------------------

    def _on_title_edited(self, _text: str) -> None:
        self._touched = True

    def _criterion_problem(self) -> tuple[bool, str]:
        """(complete, message): whether the criterion's fields are filled in, and what is wrong."""
        kind = self.criterion_kind()
        if kind is CriterionKind.SKILL_LEVEL:
            if not self._skills:
                return False, self.tr("There are no skills yet: add some in the Skills area.")
            if self._skills.get(self._skill_id() or 0) is None:
                return False, self.tr("Choose a skill.")
        elif kind is CriterionKind.CERTIFICATION_TAG:
            tag, problem = self._tag()
            return bool(tag), problem
        return True, ""

    def _check(self) -> bool:
        ok = bool(_clean_name(self.title_edit.text()))
        message = "" if ok or not self._touched else self.tr("A milestone needs a title.")
        self.title_error.show_message(message)
        complete, problem = self._criterion_problem()
        self.criterion_error.show_message(problem)
        self.sentence_label.setText(self.sentence())
        ok = ok and complete
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "milestone title": self.title_error,
            "title": self.title_error,
            "weight": self.weight_error,
            "criterion": self.criterion_error,
        }

    def draft(self) -> MilestoneDraft:
        kind = self.criterion_kind()
        return MilestoneDraft(
            title=_clean_name(self.title_edit.text()),
            due_on=self.due_date.value(),
            # An automatic milestone's done date comes from the journal.
            done_on=self.done_date.value() if kind is CriterionKind.MANUAL else None,
            weight=round(self.weight_spin.value(), 2),
            criterion_kind=kind,
            criterion=self.criterion(),
        )

    # -- conflicts (see _FormDialog._settle_conflict) ---------------------------------------

    _record_kind = "milestone"

    def _reload(self) -> MilestoneRecord | None:
        if self.milestone is None:
            return None
        return self.journal.goals.get_milestone(self.milestone.id)

    def _rebase(self, record: MilestoneRecord) -> None:
        self.milestone = record

    def _skill_name(self, skill_id: int) -> str:
        skill = self._skills.get(skill_id)
        return skill.name if skill is not None else self.tr("(a skill that no longer exists)")

    def _conflict_rows(self, current: MilestoneRecord) -> list[ConflictRow]:
        return milestone_rows(self.draft(), current, self.milestone, self._skill_name)

    def _show_record(self, record: MilestoneRecord, resolved: dict[str, Any] | None = None) -> None:
        self._fill(milestone_from(resolved, record) if resolved else record)
        self._on_criterion_changed()

    def _form_values(self) -> MilestoneDraft:
        return self.draft()

    def accept(self) -> None:
        if not self._check():
            self._touched = True
            self._check()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()


def _int(value: object) -> int | None:
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None


def _as_date(value: object) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


# -- evidence ---------------------------------------------------------------------------------


class EvidenceListModel(QAbstractListModel):
    """Entries with a tick each: "d MMM yyyy · kind · title". The ticks outlive the rows shown,
    so narrowing the list never drops a choice."""

    checked_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, checked: Sequence[int] = ()):
        super().__init__(parent)
        self._entries: list[EntryRecord] = []
        self._checked: dict[int, None] = dict.fromkeys(checked)  # an ordered set
        self._row_size = QSize()

    def set_row_height(self, height: int) -> None:
        """Rows this tall and only as wide as the view (so long titles are elided, not cut)."""
        self._row_size = QSize(1, height)

    def set_entries(self, entries: Sequence[EntryRecord]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> EntryRecord:
        return self._entries[row]

    def ids(self) -> list[int]:
        return [e.id for e in self._entries]

    def checked(self) -> list[int]:
        return list(self._checked)

    def is_checked(self, entry_id: int) -> bool:
        return entry_id in self._checked

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self.set_checked(row, not self.is_checked(self._entries[row].id))

    def set_checked(self, row: int, checked: bool) -> None:
        entry_id = self._entries[row].id
        if checked == (entry_id in self._checked):
            return
        if checked:
            self._checked[entry_id] = None
        else:
            del self._checked[entry_id]
        index = self.index(row)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    @staticmethod
    def text(entry: EntryRecord) -> str:
        return f"{format_date(entry.occurred_on)} · {kind_label(entry.kind)} · {entry.title}"

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self.text(entry))
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if entry.id in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DecorationRole:
            return safe_kind_icon(entry.kind)
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._row_size
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = value.value if isinstance(value, Qt.CheckState) else value
        self.set_checked(index.row(), state == Qt.CheckState.Checked.value)
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )


class LinkEvidenceDialog(_FormDialog):
    """Tick the entries that evidence something (a milestone): live entries, newest first.

    Typing in the search field narrows the list (words match as prefixes of words in the title,
    text, tags and result); at most `EVIDENCE_LIMIT` entries show at once. Entries in `already`
    start ticked. After OK: `chosen()` is every ticked entry; `added()` and `removed()` compare
    it with `already`.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        already: Sequence[int] = (),
        title: str,
    ):
        super().__init__(parent, self.tr("Link"))
        self.setObjectName("link_evidence_dialog")
        self.setWindowTitle(title)
        self.journal = journal
        self.already = list(dict.fromkeys(already))
        self.hint.setText(self.tr("Space ticks · Enter links · Esc cancels"))

        self.search_edit = _line(self, "search", 200, self.tr("Type words from an entry"))
        self.model = EvidenceListModel(self, checked=self.already)
        self.list_view = QListView(self)
        self.list_view.setObjectName("entries")
        self.list_view.setModel(self.model)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setIconSize(QSize(16, 16))
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Rows as wide as the list, long titles elided (the tooltip has them whole).
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        lines = self.fontMetrics().lineSpacing()
        self.list_view.setMinimumSize(self.fontMetrics().horizontalAdvance("M") * 30, lines * 18)
        self.model.set_row_height(max(lines, 16) + 6)
        self.list_view.installEventFilter(self)
        self.search_edit.installEventFilter(self)
        self.status_label = _muted(QLabel(self))
        self.status_label.setObjectName("evidence_status")
        self.status_label.setWordWrap(True)

        form = _form()
        search_label = QLabel(self.tr("&Find"), self)
        search_label.setBuddy(self.search_edit)
        form.addRow(search_label, self.search_edit)
        list_label = QLabel(self.tr("&Entries"), self)
        list_label.setBuddy(self.list_view)
        list_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(list_label, _field_box(self, self.list_view, self.status_label))
        self._finish_layout(form)
        self._chain(self.search_edit, self.list_view)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 56)

        self._shown_total = 0
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self._filter_timer.start)
        self.model.checked_changed.connect(self._update_status)
        self.list_view.doubleClicked.connect(self._toggle_index)
        self.apply_filter()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the list ---------------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Show the live entries matching the search text, newest first (at most the limit).

        With no search text, ticked entries older than the newest `EVIDENCE_LIMIT` are listed
        too (at their place by date), so every tick can be seen and undone.
        """
        self._filter_timer.stop()
        text = self.search_edit.text().strip()
        entries = self.journal.entries
        ids = entries.ids(EntryQuery(text=text))
        self._shown_total = len(ids)
        shown = ids[:EVIDENCE_LIMIT]
        if not text:
            listed = set(shown)
            extra = [i for i in self.model.checked() if i not in listed]
            records = entries.get_many([*shown, *extra])
            records.sort(key=lambda e: (e.occurred_on, e.id), reverse=True)
            records = [e for e in records if not e.trashed]
        else:
            records = entries.get_many(shown)
        current = self.list_view.currentIndex()
        current_id = current.data(Qt.ItemDataRole.UserRole) if current.isValid() else None
        self.model.set_entries(records)
        row = self.model.ids().index(current_id) if current_id in self.model.ids() else 0
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(row))
        self._update_status()

    def _update_status(self) -> None:
        ticked = len(self.model.checked())
        added, removed = len(self.added()), len(self.removed())
        if self._shown_total > EVIDENCE_LIMIT:
            shown = self.tr("The newest %d of %d entries; type to narrow.") % (
                EVIDENCE_LIMIT,
                self._shown_total,
            )
        elif self._shown_total == 0:
            shown = (
                self.tr("No entry matches.")
                if self.search_edit.text().strip()
                else self.tr("The journal has no entries yet.")
            )
        else:
            shown = ""
        counts = self.tr("%d ticked: %d to link, %d to unlink.") % (ticked, added, removed)
        self.status_label.setText(f"{shown} {counts}".strip())

    def _toggle_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.model.toggle(index.row())

    def toggle_current(self) -> None:
        self._toggle_index(self.list_view.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if watched is self.search_edit and plain and key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            # Down from the search field goes into the list.
            if self.model.rowCount():
                if not self.list_view.currentIndex().isValid():
                    self.list_view.setCurrentIndex(self.model.index(0))
                self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if watched is self.list_view and plain:
            if key in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                self.toggle_current()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
            if key == Qt.Key.Key_Up and self.list_view.currentIndex().row() <= 0:
                self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    # -- the choice -------------------------------------------------------------------------

    def chosen(self) -> list[int]:
        """Every ticked entry: those of `already` still ticked, then the new ones as ticked."""
        return self.model.checked()

    def added(self) -> list[int]:
        before = set(self.already)
        return [i for i in self.chosen() if i not in before]

    def removed(self) -> list[int]:
        now = set(self.chosen())
        return [i for i in self.already if i not in now]


# -- the role a promotion brings --------------------------------------------------------------


class NewRoleDialog(_FormDialog):
    """ "Record your new role", shown when a promotion goal is achieved; `draft()` after OK.

    Prefilled from the goal (title, level) and the current role (organisation, function); the
    role held on the start date ends the day before (see `RoleService.start`).
    `start_next_goal()` says whether to open a new goal for the next step.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        goal: GoalRecord,
        today: dt.date,
        commit: Callable[[RoleDraft], None] | None = None,
    ):
        super().__init__(parent, self.tr("Record Role"), commit)
        self.setObjectName("new_role_dialog")
        self.setWindowTitle(self.tr("New Role"))
        self.journal = journal
        self.goal = goal
        self.today = today
        self._roles = journal.roles.list()
        self.current: RoleRecord | None = journal.roles.at(today)
        self._touched = False

        heading = QLabel(self.tr("Record your new role"), self)
        heading.setObjectName("heading")
        bold = heading.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        heading.setFont(bold)
        intro = QLabel(self.tr("You achieved “%s”.") % goal.title, self)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        current = self.current
        self.title_edit = _line(self, "title", ROLE_TITLE_LIMIT, self.tr("e.g. Staff Engineer"))
        self.title_error = ErrorLabel("title", self)
        self.level_edit = _line(self, "level", LEVEL_LIMIT, self.tr("e.g. L6, Grade 9"))
        self.organisation_edit = _line(self, "organisation", ORGANISATION_LIMIT)
        self.function_edit = _line(
            self, "function", FUNCTION_LIMIT, self.tr("e.g. Engineering, Product")
        )
        self.start_edit = _date_edit(
            self,
            "start",
            today,
            self.tr("The first day in the new role; Alt+Down opens a calendar"),
        )
        self.start_error = ErrorLabel("start", self)
        self.end_note = _muted(QLabel(self))
        self.end_note.setObjectName("end_note")
        self.end_note.setWordWrap(True)
        self.move_combo = QComboBox(self)
        self.move_combo.setObjectName("move")
        for move in MOVES:
            self.move_combo.addItem(enum_label(move), move.value)
        self.next_goal_check = QCheckBox(self.tr("Start a new &goal for the next step"), self)
        self.next_goal_check.setObjectName("next_goal")
        self.next_goal_check.setChecked(True)

        form = _form()

        def row(text: str, field: QWidget, *under: QWidget) -> None:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, _field_box(self, field, *under) if under else field)

        form.addRow(_field_box(self, heading, intro))
        row(self.tr("&Title"), self.title_edit, self.title_error)
        row(self.tr("&Level"), self.level_edit)
        row(self.tr("&Organisation"), self.organisation_edit)
        row(self.tr("&Function"), self.function_edit)
        row(self.tr("&Starts"), _left(self, self.start_edit), self.start_error, self.end_note)
        row(self.tr("&Move"), _left(self, self.move_combo))
        form.addRow("", self.next_goal_check)
        self._finish_layout(form)
        self._chain(
            self.title_edit,
            self.level_edit,
            self.organisation_edit,
            self.function_edit,
            self.start_edit,
            self.move_combo,
            self.next_goal_check,
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)

        self.title_edit.setText(goal.target_role_title)
        self.level_edit.setText(goal.target_level)
        if current is not None:
            self.organisation_edit.setText(current.organisation)
            self.function_edit.setText(current.function)
        self.move_combo.setCurrentIndex(max(0, self.move_combo.findData(MoveKind.PROMOTION.value)))
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_edit.textChanged.connect(self._check)
        self.start_edit.dateChanged.connect(self._check)
        self._check()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.title_edit.selectAll()

    def _on_title_edited(self, _text: str) -> None:
        self._touched = True

    def start_date(self) -> dt.date:
        return to_pydate(self.start_edit.date())

    def move_kind(self) -> MoveKind:
        return MoveKind(str(self.move_combo.currentData()))

    def ending_role(self) -> RoleRecord | None:
        """The role that ends the day before the new one starts (the open one held then)."""
        start = self.start_date()
        open_roles = [r for r in self._roles if r.end_date is None and r.start_date < start]
        return max(open_roles, key=lambda r: (r.start_date, r.id), default=None)

    def _update_end_note(self) -> None:
        ending = self.ending_role()
        if ending is None:
            self.end_note.setText(self.tr("No current role ends: this starts your role history."))
            return
        last_day = self.start_date() - dt.timedelta(days=1)
        self.end_note.setText(
            self.tr("Your current role, “%s”, ends the day before: %s.")
            % (ending.title, format_date(last_day))
        )

    def _check(self) -> bool:
        ok = True
        title = _clean_name(self.title_edit.text())
        if not title:
            ok = False
        self.title_error.show_message(
            self.tr("A role needs a title.") if not title and self._touched else ""
        )
        current = self.current
        if current is not None and self.start_date() <= current.start_date:
            ok = False
            self.start_error.show_message(
                self.tr("The new role must start after “%s” started (%s).")
                % (current.title, format_date(current.start_date))
            )
        else:
            self.start_error.clear_message()
        self._update_end_note()
        self.end_note.setVisible(not self.start_error.text())  # no role ends on a refused date
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {"title": self.title_error, "start date": self.start_error}

    def level_rank(self) -> int:
        """One above the current role's for a promotion; the same for other moves."""
        rank = self.current.level_rank if self.current is not None else 0
        return rank + 1 if self.move_kind() is MoveKind.PROMOTION else rank

    def draft(self) -> RoleDraft:
        return RoleDraft(
            title=_clean_name(self.title_edit.text()),
            start_date=self.start_date(),
            organisation=self.organisation_edit.text().strip(),
            function=self.function_edit.text().strip(),
            level=self.level_edit.text().strip(),
            level_rank=self.level_rank(),
            move_kind=self.move_kind(),
            currency=self.current.currency if self.current is not None else "",
        )

    def start_next_goal(self) -> bool:
        return self.next_goal_check.isChecked()

    def accept(self) -> None:
        if not self._check():
            self._touched = True
            self._check()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()
