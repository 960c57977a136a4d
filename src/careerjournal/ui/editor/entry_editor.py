"""The entry editor: a keyboard-first form for one journal entry, saved through the undo stack.

Rules live in the services: the editor checks only what it must to keep Save honest (an empty or
over-long title, via `validate.title`; link addresses, which the services store as given) and shows
every `ValidationError` the services raise under the field it names. Saving pushes an
`AddEntryCommand` or `EditEntryCommand`, so undo and redo work from any view; a save that fails
leaves the dialog open with the text as typed, and nothing written.

While the dialog is open, what is typed is kept in a draft file (see `drafts.py`): about a second
after each change and whenever a field loses focus. Saving or discarding deletes it; after a crash
`offer_recovered_drafts()` offers it back.

Skill and certification entries can also record a skill level with the entry as its evidence
(`AssessmentSection`); it is saved in the same transaction and undone with the entry.

Any entry can count toward milestones of active goals (`MilestoneSection`, "Counts toward"): the
links ticked or unticked are written right after the entry, in the same undo step.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QObject,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
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
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import (
    AUTO,
    AssessmentDraft,
    ConflictError,
    EntryDraft,
    EntryRecord,
    NotFoundError,
    RoleRecord,
    ServiceError,
    ValidationError,
    validate,
)
from ...store import StoreError
from ..conflict_dialog import ConflictDialog, ConflictRow, Resolution
from ..context import AppContext
from ..icons import icon
from ..markdown import SafeMarkdownView
from ..undo import AddEntryCommand, EditEntryCommand, push
from ..view_parts import secondary, to_pydate, to_qdate
from .assessment_section import ASSESSMENT_FIELDS, AssessmentSection
from .common import DATE_FORMAT, ErrorLabel, KindCombo
from .default_kind import new_entry_kind
from .drafts import DraftStore, SavedDraft, key_for
from .entry_conflict import draft_from, entry_rows
from .impact_field import ImpactField
from .links_field import LinkRow, LinksField
from .milestone_section import MilestoneSection
from .tag_field import TagField

log = logging.getLogger(__name__)

#: Fields that have an inline message; a ValidationError naming another field goes to a dialog.
FIELDS = ("title", "date", "kind", "role", "impact", "measurable_result", "tags", "body", "links")
_FIELD_ALIASES = {"result": "measurable_result", "occurred_on": "date", "role_id": "role"}


def role_label(role: RoleRecord) -> str:
    years = f"{role.start_date.year}–{role.end_date.year if role.end_date else ''}"
    where = f" · {role.organisation}" if role.organisation else ""
    return f"{role.title}{where} ({years})"


class EntryEditor(QDialog):
    """Create (`entry=None`) or edit an entry. `initial` pre-fills the form (a recovered draft).

    After `exec()` returns Accepted, `saved_entry_id` is the entry's id. `drafts` and `draft_key`
    choose where the crash-safety draft goes (default: the journal's drafts folder, one file per
    edited entry or per new-entry editor).
    """

    #: Debounce of the draft autosave in milliseconds; tests set `autosave_delay_ms = 0`.
    AUTOSAVE_DELAY_MS = 1000

    def __init__(
        self,
        ctx: AppContext,
        entry: EntryRecord | None = None,
        parent: QWidget | None = None,
        *,
        initial: EntryDraft | None = None,
        drafts: DraftStore | None = None,
        draft_key: str | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("entry_editor")
        self.ctx = ctx
        self.record = entry
        self.saved_entry_id: int | None = None
        self.drafts = drafts if drafts is not None else DraftStore.for_journal(ctx.journal)
        self.draft_key = draft_key or key_for(entry.id if entry is not None else None)
        self._finished = False
        self._loading = True
        self._title_touched = False
        self._shown_once = False
        self._role_follows_date = True
        self._last_written: EntryDraft | None = None
        self.conflict_dialog: ConflictDialog | None = None  # while one is open (tests answer it)
        self._roles = ctx.journal.roles.list()
        self.setWindowTitle(self.tr("New Entry") if entry is None else self.tr("Edit Entry"))
        self.setWindowIcon(icon("new-entry" if entry is None else "edit"))

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(self.AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft_now)

        self._build()
        baseline = EntryDraft.from_record(entry) if entry is not None else self._new_defaults()
        self._load(baseline)
        self._baseline = self.draft()
        if initial is not None:
            self._load(initial)
        self._sync_assessment()
        self._loading = False
        self._check_title(show=False)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if initial is not None:
            self.save_draft_now()  # the recovered text is this editor's draft from now on

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        self.errors: dict[str, ErrorLabel] = {f: ErrorLabel(f, self) for f in FIELDS}

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(tr("What moved forward? e.g. Led the checkout rewrite"))
        self.title_edit.setClearButtonEnabled(True)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDateRange(
            QDate(validate.MIN_YEAR, 1, 1), QDate(validate.MAX_YEAR, 12, 31)
        )
        self.date_edit.setToolTip(tr("When it happened; Alt+Down opens a calendar"))

        self.kind_combo = KindCombo(self)
        self.kind_combo.setObjectName("kind")

        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("role")
        self.role_combo.addItem(tr("No role"), None)
        for role in reversed(self._roles):  # the current role first
            self.role_combo.addItem(role_label(role), role.id)
        self.role_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_combo.setMinimumContentsLength(18)
        self.role_combo.setToolTip(tr("Follows the date until you choose a role yourself"))

        self.impact_field = ImpactField(parent=self)
        self.impact_field.setToolTip(
            tr("How big a step: 1 nano step … 5 career-defining. Keys 1–5 or arrows.")
        )

        self.result_edit = QLineEdit(self)
        self.result_edit.setObjectName("measurable_result")
        self.result_edit.setPlaceholderText(tr("Optional, e.g. p95 latency down 38%"))
        self.result_edit.setMaxLength(300)

        self.tags_edit = TagField(
            [name for name, _count in self.ctx.journal.entries.tags()], parent=self
        )
        self.tags_edit.setPlaceholderText(tr("Comma-separated, e.g. python, mentoring"))

        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setObjectName("body")
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setPlaceholderText(
            tr("What happened, what you did, who noticed. Markdown works.")
        )
        self.preview = SafeMarkdownView(self)
        self.preview.setObjectName("body_preview")
        self.preview.setPlaceholderText(tr("Nothing to preview yet."))
        self.body_tabs = QTabWidget(self)
        self.body_tabs.setObjectName("body_tabs")
        self.body_tabs.setDocumentMode(True)
        self.body_tabs.addTab(self.body_edit, tr("&Write"))
        self.body_tabs.addTab(self.preview, tr("&Preview"))
        # One Tab stop for the body (the text itself); Alt+W / Alt+P switch the tabs.
        self.body_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_tabs.currentChanged.connect(self._on_body_tab)
        line = self.body_edit.fontMetrics().lineSpacing()
        self.body_edit.setMinimumHeight(line * 6)

        self.links_field = LinksField(self)
        self.links_field.row_added.connect(self._on_link_row_added)

        self.star_check = QCheckBox(tr("&Star: include in the appraisal summary"), self)
        self.star_check.setObjectName("starred")
        self.star_check.setIcon(icon("star"))

        self.assessment_section = AssessmentSection(
            self.ctx.journal, self.record.id if self.record is not None else None, self
        )
        self.milestone_section = MilestoneSection(
            self.ctx.journal, self.record.id if self.record is not None else None, self
        )

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(tr("Save (Ctrl+Enter)"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("draft_status")
        secondary(self.status_label)
        save_keys = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.status_label.setText(tr("%s saves · Esc cancels") % save_keys)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        # Where a label's Alt+letter lands when the field is a container.
        buddies: dict[QWidget, QWidget] = {
            self.body_tabs: self.body_edit,
            self.links_field: self.links_field.add_button,
        }

        def add_row(text: str, field: str | None, widget: QWidget) -> None:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            if field is not None:
                column.addWidget(self.errors[field])
            label = QLabel(text, self) if text else None
            if label is not None:
                label.setBuddy(buddies.get(widget, widget))
            if widget is self.body_tabs:
                box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            form.addRow(label if label is not None else QLabel(self), box)

        kind_label = QLabel(tr("&Kind"), self)
        kind_label.setBuddy(self.kind_combo)
        add_row(tr("&Title"), "title", self.title_edit)
        date_row = QWidget(self)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.setSpacing(6)
        date_layout.addWidget(self.date_edit)
        date_layout.addSpacing(12)
        date_layout.addWidget(kind_label)
        date_layout.addWidget(self.kind_combo, 1)
        date_label = QLabel(tr("&Date"), self)
        date_label.setBuddy(self.date_edit)
        date_box = QWidget(self)
        date_column = QVBoxLayout(date_box)
        date_column.setContentsMargins(0, 0, 0, 0)
        date_column.setSpacing(2)
        date_column.addWidget(date_row)
        date_column.addWidget(self.errors["date"])
        date_column.addWidget(self.errors["kind"])
        form.addRow(date_label, date_box)
        add_row(tr("R&ole"), "role", self.role_combo)
        add_row(tr("&Impact"), "impact", self.impact_field)
        add_row(tr("&Result"), "measurable_result", self.result_edit)
        add_row(tr("Ta&gs"), "tags", self.tags_edit)
        add_row(tr("&Notes"), "body", self.body_tabs)
        add_row(tr("&Evidence"), "links", self.links_field)
        add_row("", None, self.star_check)
        form.addRow(QLabel(self), self.assessment_section)
        milestone_label = QLabel(tr("&Counts toward"), self)
        milestone_label.setBuddy(self.milestone_section.list)
        milestone_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(milestone_label, self.milestone_section)
        # Hidden entirely while no active goal has a milestone to count toward.
        form.setRowVisible(self.milestone_section, self.milestone_section.applies)
        self._form = form

        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addSpacing(4)
        layout.addLayout(bottom)
        self.setMinimumWidth(560)

        self._update_tab_order()
        self.links_field.rows_changed.connect(self._update_tab_order)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(self.save)

        # Changes: restart the autosave timer; focus leaving a field writes the draft at once.
        self.title_edit.textChanged.connect(self._on_title_changed)
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.date_edit.dateChanged.connect(self._on_date_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.role_combo.currentIndexChanged.connect(self._on_changed)
        self.role_combo.activated.connect(self._on_role_picked)
        self.impact_field.valueChanged.connect(self._on_changed)
        self.result_edit.textChanged.connect(self._on_changed)
        self.tags_edit.textChanged.connect(self._on_tags_changed)
        self.body_edit.textChanged.connect(self._on_changed)
        self.links_field.changed.connect(self._on_links_changed)
        self.star_check.toggled.connect(self._on_star_toggled)
        self.milestone_section.changed.connect(self._on_changed)
        for widget in (
            self.title_edit,
            self.date_edit,
            self.kind_combo,
            self.role_combo,
            self.impact_field,
            self.result_edit,
            self.tags_edit,
            self.body_edit,
            self.star_check,
        ):
            widget.installEventFilter(self)

    def setVisible(self, visible: bool) -> None:
        super().setVisible(visible)
        if visible and not self._shown_once:
            # Start in the title with the cursor at its end: typing adds to an existing title
            # instead of replacing it (QDialog focuses it "by Tab", which selects it all).
            self._shown_once = True
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.title_edit.deselect()
            self.title_edit.end(False)

    def _update_tab_order(self) -> None:
        """Tab goes down the form as it looks, through every link row, then to the buttons."""
        chain: list[QWidget] = [
            self.title_edit,
            self.date_edit,
            self.kind_combo,
            self.role_combo,
            self.impact_field,
            self.result_edit,
            self.tags_edit,
            self.body_edit,
            *self.links_field.focus_chain(),
            self.star_check,
            *self.assessment_section.focus_chain(),
            *self.milestone_section.focus_chain(),
            self.save_button,
            self.cancel_button,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        # The button box passes focus on to its default button: as a stop of its own it would
        # send Tab from Cancel back to Save instead of round to the title.
        self.buttons.setFocusProxy(None)

    # -- loading and reading the form ---------------------------------------------------------

    def _new_defaults(self) -> EntryDraft:
        return EntryDraft(
            title="",
            occurred_on=dt.date.today(),
            kind=new_entry_kind(self.ctx),
            role_id=AUTO,
        )

    def _load(self, draft: EntryDraft) -> None:
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
        held = self._role_at(draft.occurred_on)
        if draft.role_id == AUTO:
            self._role_follows_date = True
            self._select_role(held)
        else:
            # A role matching the date keeps following it; one chosen by hand stays put.
            self._role_follows_date = draft.role_id == held
            self._select_role(draft.role_id if isinstance(draft.role_id, int) else None)

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

    def is_dirty(self) -> bool:
        """Whether the form differs from the entry as opened (or a level is to be recorded, or a
        milestone ticked or unticked)."""
        return (
            self.draft() != self._baseline
            or self.assessment_section.is_active()
            or self.milestone_section.is_dirty()
        )

    # -- roles --------------------------------------------------------------------------------

    def _role_at(self, day: dt.date) -> int | None:
        role = self.ctx.journal.roles.at(day)
        return None if role is None else role.id

    def _select_role(self, role_id: int | None) -> None:
        index = self.role_combo.findData(role_id) if role_id is not None else 0
        self.role_combo.setCurrentIndex(max(0, index))

    def _on_role_picked(self, _index: int) -> None:
        self._role_follows_date = False

    @property
    def role_follows_date(self) -> bool:
        return self._role_follows_date

    # -- live reactions -----------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        if self._loading or self._finished:
            return
        self._autosave.start()

    def _on_title_edited(self, _text: str) -> None:
        self._title_touched = True

    def _on_title_changed(self, _text: str) -> None:
        self._check_title(show=self._title_touched)
        self._suggest_skill()
        self._on_changed()

    def _on_kind_changed(self, _index: int) -> None:
        self._sync_assessment()
        self._on_changed()

    def _sync_assessment(self) -> None:
        """Show the skill-level section for skill and certification entries only."""
        section = self.assessment_section
        section.set_kind(self.kind_combo.kind())
        self._form.setRowVisible(section, section.applies)
        self._suggest_skill()

    def _suggest_skill(self) -> None:
        self.assessment_section.suggest(self.title_edit.text(), self.tags_edit.text().split(","))

    def _on_date_changed(self, day: QDate) -> None:
        self.errors["date"].clear_message()
        if self._role_follows_date and not self._loading:
            self._select_role(self._role_at(to_pydate(day)))
            self.errors["role"].clear_message()
        self._on_changed()

    def _on_tags_changed(self, _text: str) -> None:
        self.errors["tags"].clear_message()
        self._suggest_skill()
        self._on_changed()

    def _on_links_changed(self) -> None:
        if self.errors["links"].isVisible():
            try:
                self.links_field.links()
                self.errors["links"].clear_message()
            except ValidationError as exc:
                self.errors["links"].show_message(exc.message)
        self._on_changed()

    def _on_star_toggled(self, on: bool) -> None:
        self.star_check.setIcon(icon("star-filled" if on else "star"))
        self._on_changed()

    def _on_body_tab(self, index: int) -> None:
        if self.body_tabs.widget(index) is self.preview:
            self.preview.set_markdown(self.body_edit.toPlainText())
            if self.body_tabs.isAncestorOf(self.focusWidget()):
                self.preview.setFocus()
        elif self.preview.hasFocus():
            self.body_edit.setFocus()

    def _on_link_row_added(self, row: LinkRow) -> None:
        for widget in (row.url_edit, row.label_edit):
            widget.installEventFilter(self)

    def _check_title(self, *, show: bool) -> bool:
        """Apply the service's title rule live; Save is enabled only for a valid title."""
        try:
            validate.title(self.title_edit.text())
        except ValidationError as exc:
            if show:
                self.errors["title"].show_message(exc.message)
            self.save_button.setEnabled(False)
            return False
        self.errors["title"].clear_message()
        self.save_button.setEnabled(True)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut and not self._finished and not self._loading:
            self.save_draft_now()
        return super().eventFilter(watched, event)

    # -- drafts -------------------------------------------------------------------------------

    @property
    def autosave_delay_ms(self) -> int:
        return self._autosave.interval()

    @autosave_delay_ms.setter
    def autosave_delay_ms(self, value: int) -> None:
        self._autosave.setInterval(max(0, int(value)))

    def save_draft_now(self) -> None:
        """Write the draft file now (or delete it when the form is back to the saved entry).

        The draft keeps the entry's fields only: a skill level still to be recorded and milestones
        ticked are not kept (a few clicks to choose again, and drafts stay plain entry text).
        """
        self._autosave.stop()
        if self._finished:
            return
        current = self.draft()
        if current == self._last_written:
            return
        try:
            if current != self._baseline:
                self.drafts.save(
                    self.draft_key,
                    current,
                    entry_id=self.record.id if self.record is not None else None,
                    base_version=self.record.version if self.record is not None else None,
                )
            else:
                self.drafts.delete(self.draft_key)
        except OSError as exc:
            log.warning("could not write the draft %s: %s", self.draft_key, exc)
            self.status_label.setForegroundRole(QPalette.ColorRole.WindowText)  # not a hint
            self.status_label.setText(self.tr("Your text could not be kept as a draft: %s") % exc)
            return
        self._last_written = current

    def _drop_draft(self) -> None:
        self._autosave.stop()
        try:
            self.drafts.delete(self.draft_key)
        except OSError as exc:
            log.warning("could not delete the draft %s: %s", self.draft_key, exc)

    # -- saving and closing -------------------------------------------------------------------

    def save(self) -> bool:
        """Check, then save through the undo stack; True when saved (and the dialog accepted)."""
        if self._finished:
            return False
        for label in self.errors.values():
            label.clear_message()
        self.assessment_section.error.clear_message()
        title_ok = self._check_title(show=True)
        try:
            links = self.links_field.links()
        except ValidationError as exc:
            self._show_validation(exc)
            bad = self.links_field.first_bad_row()
            if title_ok and bad is not None:
                bad.url_edit.setFocus()
            links = None
        if not title_ok:
            self.title_edit.setFocus()
        problem = self.assessment_section.problem()
        if problem:
            self.assessment_section.error.show_message(problem)
            if title_ok and links is not None:
                self.assessment_section.skill_combo.setFocus()
        if links is None or not title_ok or problem:
            return False

        if self.record is not None and not self.is_dirty():
            self.saved_entry_id = self.record.id  # nothing changed: no new version, no undo step
            self._close_saved()
            return True
        draft = dataclasses.replace(self.draft(), links=links)
        assessment = self.assessment_section.assessment()
        milestones = self.milestone_section
        command: AddEntryCommand | EditEntryCommand
        try:
            if self.record is None:
                command = AddEntryCommand(
                    self.ctx.journal,
                    draft,
                    assessment=assessment,
                    link_milestones=milestones.to_link(),
                )
                push(self.ctx.undo_stack, command)
                self.saved_entry_id = command.entry_id
            else:
                edited = self._push_edit(draft, assessment)
                if edited is None:
                    return False  # a conflict left unresolved, or theirs taken: still editing
                command = edited
                self.saved_entry_id = (
                    edited.entry_id if isinstance(edited, AddEntryCommand) else self.record.id
                )
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except (ServiceError, StoreError) as exc:
            self.report_error(str(exc))
            return False
        self._close_saved()
        if command.link_error:
            # The entry is saved (and on the undo stack); only some milestone links are not.
            self.report_link_error(command.link_error)
        return True

    def _push_edit(
        self, draft: EntryDraft, assessment: AssessmentDraft | None
    ) -> EditEntryCommand | AddEntryCommand | None:
        """Save the edit; when another device changed the entry meanwhile, ask what to keep.

        Keep mine or a merge is saved over the stored version (undo then brings theirs back);
        take theirs loads it into the form. An entry deleted for good elsewhere can be saved as
        a new one. None means nothing was saved and the editor stays open, with the user's text
        unless they took theirs.
        """
        assert self.record is not None
        opened = self.record
        before = opened
        milestones = self.milestone_section
        while True:
            command = EditEntryCommand(
                self.ctx.journal,
                before,
                draft,
                assessment=assessment,
                link_milestones=milestones.to_link(),
                unlink_milestones=milestones.to_unlink(),
            )
            try:
                push(self.ctx.undo_stack, command)
                self.record = before
                return command
            except ConflictError:
                pass
            except NotFoundError:
                return self._save_as_new(draft, assessment)
            try:
                current = self.ctx.journal.entries.get(opened.id)
            except NotFoundError:
                return self._save_as_new(draft, assessment)
            rows = entry_rows(draft, current, opened, self._roles)
            if current.trashed == opened.trashed and not any(r.theirs_changed for r in rows):
                # Only its version moved (trashed and restored, say): saving loses nothing.
                before = current
                continue
            answer = self.ask_conflict(rows, current)
            if answer is None:
                self.status_label.setText(
                    self.tr("Not saved: the entry was changed elsewhere. Your text is kept.")
                )
                return None
            resolution, values = answer
            if resolution is Resolution.TAKE_THEIRS:
                self._take_theirs(current)
                return None
            draft = draft_from(values)
            before = current  # the version to overwrite, and what undo restores

    def _save_as_new(
        self, draft: EntryDraft, assessment: AssessmentDraft | None
    ) -> AddEntryCommand | None:
        """The entry was deleted for good elsewhere: offer to keep the text as a new entry."""
        if not self.confirm_save_as_new():
            self.status_label.setText(
                self.tr("Not saved: the entry was deleted elsewhere. Your text is kept.")
            )
            return None
        command = AddEntryCommand(
            self.ctx.journal,
            draft,
            assessment=assessment,
            link_milestones=self.milestone_section.to_link(),
        )
        push(self.ctx.undo_stack, command)
        return command

    def confirm_save_as_new(self) -> bool:
        """Ask whether to save the text of a deleted entry as a new one. Tests replace this."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Entry Deleted Elsewhere"))
        box.setText(self.tr("This entry was deleted on another device or in another window."))
        box.setInformativeText(self.tr("Save what you typed as a new entry?"))
        save = box.addButton(self.tr("&Save as New Entry"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep Editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is save

    def ask_conflict(
        self, rows: list[ConflictRow], current: EntryRecord
    ) -> tuple[Resolution, dict[str, Any]] | None:
        """Show both versions; the user's answer, or None for Cancel (decide nothing)."""
        note = (
            self.tr("It was also moved to the trash there; saving keeps it in the trash.")
            if current.trashed
            else ""
        )
        dialog = ConflictDialog(
            rows,
            self,
            title=self.tr("Entry Changed Elsewhere"),
            message=self.tr(
                "This entry was changed on another device or in another window while you were "
                "editing it. Keep your version, take theirs, or merge them field by field."
            ),
            note=note,
        )
        return dialog.ask(self)

    def _take_theirs(self, current: EntryRecord) -> None:
        """Show the stored version in the form; saving from here edits it."""
        self.record = current
        self._loading = True
        try:
            self._load(EntryDraft.from_record(current))
        finally:
            self._loading = False
        self._baseline = self.draft()
        self._check_title(show=False)
        self.save_draft_now()  # the form equals the entry again: no draft to keep
        self.status_label.setText(self.tr("Their version is loaded; save to edit it further."))
        self.title_edit.setFocus()

    def _close_saved(self) -> None:
        self._finished = True
        self._drop_draft()
        self.accept()

    def _show_validation(self, exc: ValidationError) -> None:
        if exc.field in ASSESSMENT_FIELDS and self.assessment_section.is_active():
            self.assessment_section.show_error(exc.message)
            return
        field = _FIELD_ALIASES.get(exc.field, exc.field)
        label = self.errors.get(field)
        if label is None:
            self.report_error(exc.message)
            return
        label.show_message(exc.message)
        focus = {
            "title": self.title_edit,
            "date": self.date_edit,
            "kind": self.kind_combo,
            "role": self.role_combo,
            "impact": self.impact_field,
            "measurable_result": self.result_edit,
            "tags": self.tags_edit,
            "body": self.body_edit,
        }.get(field)
        if focus is not None:
            focus.setFocus()

    def report_error(self, message: str) -> None:
        """Show a failed save that belongs to no field. Tests replace this."""
        QMessageBox.warning(self, self.tr("Entry not saved"), message)

    def report_link_error(self, message: str) -> None:
        """Show milestone links that failed after the entry itself was saved. Tests replace this."""
        QMessageBox.warning(self.parentWidget(), self.tr("Milestones not updated"), message)

    def confirm_discard(self) -> bool:
        """Ask before throwing away changes; True means discard. Tests replace this."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard changes?"))
        box.setText(self.tr("Discard changes?"))
        box.setInformativeText(self.tr("What you typed in this entry will be lost."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep Editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask first if anything changed."""
        if self._finished:
            super().reject()
            return
        if self.is_dirty() and not self.confirm_discard():
            return
        self._finished = True
        self._drop_draft()
        super().reject()


# -- recovering drafts after a crash ------------------------------------------------------------


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryEditor", text)


def ask_restore(saved: SavedDraft, parent: QWidget | None, *, changed_since: bool = False) -> bool:
    """The start-up prompt for one leftover draft; True means Restore."""
    saved_at = saved.saved_at
    when = QLocale().toString(
        QDateTime(to_qdate(saved_at.date()), QTime(saved_at.hour, saved_at.minute)),
        QLocale.FormatType.ShortFormat,
    )
    title = " ".join(saved.draft.title.split())[:80] or "…"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Unsaved Text"))
    box.setText(_tr("You have unsaved text from %s: “%s”. Restore it?") % (when, title))
    if changed_since:
        box.setInformativeText(
            _tr("The entry was changed since; saving the restored text replaces those changes.")
        )
    restore = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Discard)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


AskRestore = Callable[..., bool]


def offer_recovered_drafts(
    ctx: AppContext,
    parent: QWidget | None = None,
    *,
    ask: AskRestore | None = None,
    drafts: DraftStore | None = None,
) -> int:
    """Offer each leftover draft back; returns how many editors were opened.

    Call once on start, after the main window is shown. Restore opens a (non-modal) editor
    pre-filled with the text for its entry, or a new entry if the entry is gone; Discard deletes
    the draft. `ask(saved, parent, changed_since=...)` replaces the prompt (tests).
    """
    store = drafts if drafts is not None else DraftStore.for_journal(ctx.journal)
    prompt = ask if ask is not None else ask_restore
    opened = 0
    for saved in store.pending():
        record: EntryRecord | None = None
        if saved.entry_id is not None:
            try:
                record = ctx.journal.entries.get(saved.entry_id)
            except NotFoundError:
                record = None  # deleted meanwhile: the text comes back as a new entry
        changed = (
            record is not None
            and saved.base_version is not None
            and record.version != saved.base_version
        )
        if not prompt(saved, parent, changed_since=changed):
            store.delete(saved.key)
            continue
        editor = EntryEditor(
            ctx, record, parent, initial=saved.draft, drafts=store, draft_key=saved.key
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        opened += 1
    return opened
