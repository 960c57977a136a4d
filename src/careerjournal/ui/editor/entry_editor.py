"""The entry editor: a keyboard-first form for one journal entry.

Rules live in the services: the editor checks only what it must to keep Save honest (an empty or
over-long title, via `validate.title`; link addresses, which the services store as given) and shows
every `ValidationError` the services raise under the field it names. Saving is one service call,
one operation in the journal's log (Edit › Undo takes it back): the entry with the skill level it
evidences (`AssessmentSection`, skill and certification entries), the milestones it counts
toward (`MilestoneSection`) and the framework criteria it shows (`CriteriaSection`). Links found
by meaning (`SuggestionSection`) are confirmed into those; what a save cannot carry is linked right
after it. A save that fails writes nothing and leaves the dialog open with the text as typed.

State and the service calls are in `presenter.py`, the fields and their layout in `form.py`.

While the dialog is open, what is typed is kept in a draft file (see `drafts.py`): about a second
after each change and whenever a field loses focus. Saving or discarding deletes it; after a crash
`offer_recovered_drafts()` offers it back.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...services import (
    AssessmentDraft,
    ConflictError,
    EntryDraft,
    EntryRecord,
    NotFoundError,
    ServiceError,
    ValidationError,
    validate,
)
from ...store import StoreError
from ..conflict_dialog import ConflictDialog, ConflictRow, Resolution
from ..context import AppContext
from ..icons import icon
from ..view_parts import to_pydate
from . import prompts
from .assessment_section import ASSESSMENT_FIELDS
from .default_kind import new_entry_kind
from .drafts import DraftStore, key_for
from .entry_conflict import draft_from, entry_rows
from .form import EntryForm
from .links_field import LinkRow
from .presenter import Adder, DraftFile, EditorPresenter, field_for, role_label
from .prompts import ask_restore
from .suggestion_section import open_entry

__all__ = ["EntryEditor", "ask_restore", "offer_recovered_drafts", "role_label"]

log = logging.getLogger(__name__)


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
        add_with: Adder | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("entry_editor")
        self.ctx = ctx
        self.presenter = EditorPresenter(ctx.journal, entry, default_kind=new_entry_kind(ctx))
        self.presenter.adder = add_with  # how a new entry is saved (None: as a plain new entry)
        self.saved_entry_id: int | None = None
        self.drafts = drafts if drafts is not None else DraftStore.for_journal(ctx.journal)
        self.draft_key = draft_key or key_for(entry.id if entry is not None else None)
        self._finished = False
        self._loading = True
        self._title_touched = False
        self._shown_once = False
        self.conflict_dialog: ConflictDialog | None = None  # while one is open (tests answer it)
        self.setWindowTitle(self.tr("New Entry") if entry is None else self.tr("Edit Entry"))
        self.setWindowIcon(icon("new-entry" if entry is None else "edit"))

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(self.AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft_now)

        self._build()
        self._load(self.presenter.opening_draft())
        self.presenter.baseline = self.draft()
        if initial is not None:
            self._load(initial)
        self._sync_assessment()
        self._loading = False
        self._check_title(show=False)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if initial is not None:
            self.save_draft_now()  # the recovered text is this editor's draft from now on

    @property
    def record(self) -> EntryRecord | None:
        """The entry being edited (None for a new one)."""
        return self.presenter.record

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        journal = self.ctx.journal
        tags = [name for name, _count in journal.entries.tags()]
        presenter = self.presenter
        form = EntryForm(
            self, journal, presenter.entry_id, presenter.roles, tags, presenter.criteria
        )
        self.fields = form
        self.errors = form.errors
        self.title_edit, self.date_edit = form.title_edit, form.date_edit
        self.kind_combo, self.role_combo = form.kind_combo, form.role_combo
        self.impact_field, self.result_edit = form.impact_field, form.result_edit
        self.tags_edit, self.body_edit = form.tags_edit, form.body_edit
        self.preview, self.body_tabs = form.preview, form.body_tabs
        self.links_field, self.star_check = form.links_field, form.star_check
        self.assessment_section = form.assessment_section
        self.milestone_section = form.milestone_section
        self.criteria_section = form.criteria_section
        self.suggestion_section = form.suggestion_section
        self.suggestion_section.opener = lambda entry_id: open_entry(self.ctx, entry_id, self)
        if not presenter.links_criteria:  # the inbox saves through an adder that cannot
            self.criteria_section.set_unavailable(
                self.tr("Link criteria once it is accepted: edit the entry then.")
            )
            self.suggestion_section.criteria_with_entry = False  # linked right after instead
        self.buttons, self.status_label = form.buttons, form.status_label
        self.save_button, self.cancel_button = form.save_button, form.cancel_button
        form.lay_out()
        self.setMinimumWidth(560)
        form.update_tab_order()
        self._connect()

    def _connect(self) -> None:
        self.body_tabs.currentChanged.connect(self._on_body_tab)
        self.links_field.row_added.connect(self._on_link_row_added)
        self.links_field.rows_changed.connect(self.fields.update_tab_order)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
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
        self.criteria_section.changed.connect(self._on_changed)
        self.criteria_section.rows_changed.connect(self.fields.update_tab_order)
        self.finished.connect(self.suggestion_section.stop)
        for widget in self.fields.inputs():
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

    # -- loading and reading the form ---------------------------------------------------------

    def _load(self, draft: EntryDraft) -> None:
        self.fields.load(draft, self.presenter.role_to_show(draft))

    def draft(self) -> EntryDraft:
        """The form as typed (not yet checked: tags and links exactly as entered)."""
        return self.fields.draft()

    def is_dirty(self) -> bool:
        """Whether the form differs from the entry as opened (or a level is to be recorded, or a
        milestone ticked or unticked, or a framework criterion chosen or removed)."""
        return self.presenter.is_dirty(
            self.draft(),
            level=self.assessment_section.is_active(),
            links=self.milestone_section.is_dirty() or self.suggestion_section.is_dirty(),
        )

    # -- live reactions -----------------------------------------------------------------------

    def _on_role_picked(self, _index: int) -> None:
        self.presenter.role_picked()

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
        self.fields.form.setRowVisible(section, section.applies)
        self._suggest_skill()

    def _suggest_skill(self) -> None:
        self.assessment_section.suggest(self.title_edit.text(), self.tags_edit.text().split(","))

    def _on_date_changed(self, day: QDate) -> None:
        self.errors["date"].clear_message()
        if self.presenter.role_follows_date and not self._loading:
            self.fields.select_role(self.presenter.role_at(to_pydate(day)))
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
        action = self.presenter.draft_file(current)
        try:
            if action is DraftFile.WRITE:
                self.drafts.save(
                    self.draft_key,
                    current,
                    entry_id=self.presenter.entry_id,
                    base_version=self.presenter.base_version,
                )
            elif action is DraftFile.DELETE:
                self.drafts.delete(self.draft_key)
        except OSError as exc:
            log.warning("could not write the draft %s: %s", self.draft_key, exc)
            self.status_label.setForegroundRole(QPalette.ColorRole.WindowText)  # not a hint
            self.status_label.setText(self.tr("Your text could not be kept as a draft: %s") % exc)
            return
        self.presenter.draft_written(current)

    def _drop_draft(self) -> None:
        self._autosave.stop()
        try:
            self.drafts.delete(self.draft_key)
        except OSError as exc:
            log.warning("could not delete the draft %s: %s", self.draft_key, exc)

    # -- saving and closing -------------------------------------------------------------------

    def _checked_links(self, title_ok: bool) -> bool:
        """Check the form as the services will (links, the skill level); show what is wrong."""
        links_ok = True
        try:
            self.links_field.links()
        except ValidationError as exc:
            self._show_validation(exc)
            bad = self.links_field.first_bad_row()
            if title_ok and bad is not None:
                bad.url_edit.setFocus()
            links_ok = False
        if not title_ok:
            self.title_edit.setFocus()
        problem = self.assessment_section.problem()
        if problem:
            self.assessment_section.error.show_message(problem)
            if title_ok and links_ok:
                self.assessment_section.skill_combo.setFocus()
        return links_ok and not problem

    def save(self) -> bool:
        """Check, then save in one operation; True when saved (and the dialog accepted)."""
        if self._finished:
            return False
        for label in self.errors.values():
            label.clear_message()
        self.assessment_section.error.clear_message()
        title_ok = self._check_title(show=True)
        if not self._checked_links(title_ok) or not title_ok:
            return False
        if self.record is not None and not self.is_dirty():
            self.saved_entry_id = self.record.id  # nothing changed: no new version, no undo step
            self._close_saved()
            return True
        draft = dataclasses.replace(self.draft(), links=self.links_field.links())
        assessment, _after = self.suggestion_section.assessment_split()  # one level goes with it
        try:
            if self.record is None:
                record: EntryRecord | None = self.presenter.add(
                    draft, assessment, self.milestone_section.to_link()
                )
            else:
                record = self._save_edit(draft, assessment)
        except ValidationError as exc:
            self._show_validation(exc)
            return False
        except (ServiceError, StoreError) as exc:
            self.report_error(str(exc))
            return False
        if record is None:
            return False  # a conflict left unresolved, or theirs taken: still editing
        self.saved_entry_id = record.id
        self.suggestion_section.apply_after(record.id)  # what cannot go with it: right after
        self._close_saved()
        return True

    def _save_edit(
        self, draft: EntryDraft, assessment: AssessmentDraft | None
    ) -> EntryRecord | None:
        """Save the edit; when another device changed the entry meanwhile, ask what to keep.

        Keep mine or a merge is saved over the stored version (undo then brings theirs back);
        take theirs loads it into the form. An entry deleted for good elsewhere can be saved as
        a new one. None means nothing was saved and the editor stays open, with the user's text
        unless they took theirs.
        """
        opened = self.record
        assert opened is not None
        over = opened
        milestones = self.milestone_section
        while True:
            try:
                return self.presenter.update(
                    draft, over, assessment, milestones.to_link(), milestones.to_unlink()
                )
            except ConflictError:
                current = self.presenter.stored()
            except NotFoundError:
                current = None
            if current is None:
                return self._save_as_new(draft, assessment)
            rows = entry_rows(draft, current, opened, self.presenter.roles)
            if current.trashed == opened.trashed and not any(r.theirs_changed for r in rows):
                over = current  # only its version moved (trashed and restored, say): no loss
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
            over = current  # the version to overwrite, and what undo restores

    def _save_as_new(
        self, draft: EntryDraft, assessment: AssessmentDraft | None
    ) -> EntryRecord | None:
        """The entry was deleted for good elsewhere: offer to keep the text as a new entry."""
        if not self.confirm_save_as_new():
            self.status_label.setText(
                self.tr("Not saved: the entry was deleted elsewhere. Your text is kept.")
            )
            return None
        return self.presenter.add(draft, assessment, self.milestone_section.to_link())

    def confirm_save_as_new(self) -> bool:
        """Ask whether to save the text of a deleted entry as a new one. Tests replace this."""
        return prompts.confirm_save_as_new(self)

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
        self.presenter.take(current)
        self._loading = True
        try:
            self._load(EntryDraft.from_record(current))
        finally:
            self._loading = False
        self.presenter.baseline = self.draft()
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
        field = field_for(exc.field)
        label = self.errors.get(field)
        if label is None:
            self.report_error(exc.message)
            return
        label.show_message(exc.message)
        focus = self.fields.focus_widget_for(field)
        if focus is not None:
            focus.setFocus()

    def report_error(self, message: str) -> None:
        """Show a failed save that belongs to no field. Tests replace this."""
        QMessageBox.warning(self, self.tr("Entry not saved"), message)

    def confirm_discard(self) -> bool:
        """Ask before throwing away changes; True means discard. Tests replace this."""
        return prompts.confirm_discard(self)

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
