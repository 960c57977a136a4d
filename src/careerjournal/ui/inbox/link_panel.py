"""For the selected Inbox suggestion: the links it likely evidences, and a likely duplicate.

Found by meaning in a worker thread (`SuggestRunner`), only while the Inbox is on screen (the
window's first paint never loads the model): up to three skills, goal milestones and framework
criteria, each with the past entries already linked to it, and the journal entry it looks like,
if any. Nothing is linked until the user confirms a row; accepting the suggestion (A or E) then
applies the confirmed links: milestones and the first skill level with the entry, in the accept's
one operation; criteria and further levels right after it, each its own operation. Each row says
which. Without the offline model the section is one line saying why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from ...services import AssessmentDraft, Journal, ServiceError
from ...services.inbox_records import CandidateRecord, draft_of
from ...store import StoreError
from ..editor.link_suggest import (
    CRITERION,
    KINDS,
    MILESTONE,
    PER_KIND,
    Confirmed,
    Findings,
    Likely,
    Seen,
    SuggestRunner,
    fill,
    follow_entry_date,
    meaning_off,
    quoted,
    text_of,
)
from ..editor.milestone_section import milestone_choices
from ..editor.suggestion_rows import DuplicateLine, SuggestionRow, level_dialog, level_words
from ..editor.suggestion_section import off_text
from ..view_parts import heading, secondary


def _tr(text: str) -> str:
    return QCoreApplication.translate("InboxLinks", text)


class LinkPanel(QWidget):
    """ "Likely evidence for" under the suggestion; `duplicate` is placed under its title."""

    #: The current suggestion's look-alike entry changed (the dismiss-as-duplicate action).
    duplicate_changed = Signal()
    #: Open an entry (the look-alike).
    open_requested = Signal(int)

    #: Stepping through the list (J, J, J) asks only for the suggestion the user stops at.
    DELAY_MS = 200

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inbox_links")
        self.journal = journal
        self.record: CandidateRecord | None = None
        self.rows: list[SuggestionRow] = []
        self.off: str | None = None
        self._checked_off = False
        self._findings: dict[int, Findings] = {}
        self._links: dict[int, Confirmed] = {}
        self._asked: int | None = None
        self._open_milestones: dict[int, str] | None = None
        #: The level dialog while one is open (tests answer it).
        self.dialog: QWidget | None = None

        self.heading = heading(_tr("Likely evidence for"), 1.0)
        self.heading.setObjectName("inbox_links_heading")
        self.hint = secondary(QLabel(_tr("Confirmed links are saved when you accept it."), self))
        self.hint.setObjectName("inbox_links_hint")
        self.hint.setWordWrap(True)
        self.off_label = secondary(QLabel(self))
        self.off_label.setObjectName("inbox_links_off")
        self.off_label.setTextFormat(Qt.TextFormat.PlainText)
        self.off_label.setWordWrap(True)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.heading)
        column.addWidget(self.hint)
        column.addWidget(self.off_label)
        column.addLayout(self._rows_layout)

        self.duplicate = DuplicateLine(parent, stacked=True)
        self.duplicate.setObjectName("inbox_duplicate")
        self.duplicate.open_requested.connect(self.open_requested)

        self.runner = SuggestRunner(journal, self)
        self.runner.delay_ms = self.DELAY_MS
        self.runner.ready.connect(self._ready)
        self._render()

    # -- the suggestion shown -----------------------------------------------------------------

    def show_for(self, record: CandidateRecord | None) -> None:
        """Show what is known for `record` (None: nothing selected), asking if need be."""
        self.record = record
        self._render()
        self._ask()

    def invalidate(self) -> None:
        """Skills, goals, criteria or entries changed: ask again (confirmations stay)."""
        self._findings.clear()
        self._open_milestones = None
        self._ask()

    def keep_only(self, ids: set[int]) -> None:
        """Forget suggestions no longer pending."""
        for store in (self._findings, self._links):
            for gone in [i for i in store if i not in ids]:
                del store[gone]

    def confirmed_for(self, candidate_id: int) -> Confirmed:
        return self._links.get(candidate_id, Confirmed())

    def findings_for(self, candidate_id: int) -> Findings:
        return self._findings.get(candidate_id, Findings())

    def forget(self, candidate_id: int) -> None:
        """It was accepted: what was confirmed for it is done."""
        self._links.pop(candidate_id, None)

    def current_duplicate(self) -> Seen | None:
        return self.duplicate.seen

    def add_duplicate_action(self, action: QAction) -> QToolButton:
        """A button for `action` (dismiss as duplicate) on the look-alike's line."""
        button = QToolButton(self.duplicate)
        button.setObjectName("inbox_duplicate_dismiss")
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.duplicate.row.insertWidget(1, button)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._ask()

    def _ask(self) -> None:
        record = self.record
        if record is None or record.id in self._findings or not self.isVisible():
            return
        if not self._checked_off:
            self._checked_off = True
            self.off = meaning_off(self.journal)
            if self.off is not None:
                self._render()
        if self.off is not None or (self._asked == record.id and self.runner.busy):
            return
        self._asked = record.id
        self.runner.request(text_of(draft_of([record])), None)

    def _ready(self, findings: Findings) -> None:
        if findings.failed or self._asked is None:
            return
        if findings.off is not None:
            self.off = findings.off
        self._findings[self._asked] = findings
        if self.record is not None and self.record.id == self._asked:
            self._render()

    # -- drawing ------------------------------------------------------------------------------

    def _render(self) -> None:
        for row in self.rows:
            self._rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        record = self.record
        found = self._findings.get(record.id) if record is not None else None
        self.off_label.setText(off_text(self.off) if self.off else "")
        self.off_label.setVisible(bool(self.off) and record is not None)
        if found is not None and self.off is None:
            for kind in KINDS:
                for item in [i for i in found.of(kind) if self._offer(i)][:PER_KIND]:
                    row = SuggestionRow(item, self._label(item), self)
                    row.pressed.connect(self._pressed)
                    self._rows_layout.addWidget(row)
                    self.rows.append(row)
        self.heading.setVisible(bool(self.rows) or (bool(self.off) and record is not None))
        self.hint.setVisible(bool(self.rows))
        twin = found.duplicates[0] if found is not None and found.duplicates else None
        before = self.duplicate.seen
        said = fill(_tr("Looks like %1, already in the journal"), quoted(twin)) if twin else ""
        self.duplicate.show_seen(twin, said)
        self._refresh_states()
        if twin != before:
            self.duplicate_changed.emit()

    def _milestones(self) -> dict[int, str]:
        """The milestones an entry can count toward, "Goal › Milestone" by id."""
        if self._open_milestones is None:
            try:
                choices, _linked = milestone_choices(self.journal)
            except (ServiceError, StoreError):
                choices = []
            self._open_milestones = {c.milestone_id: f"{c.goal_title} › {c.title}" for c in choices}
        return self._open_milestones

    def _offer(self, item: Likely) -> bool:
        return item.kind != MILESTONE or item.target_id in self._milestones()

    def _label(self, item: Likely) -> str:
        if item.kind == MILESTONE:
            return self._milestones().get(item.target_id, item.label)
        return item.label

    def _refresh_states(self) -> None:
        links = self.confirmed_for(self.record.id) if self.record is not None else Confirmed()
        first = next(iter(links.skills), None)
        for row in self.rows:
            kind, target = row.key
            if kind == MILESTONE:
                row.set_state(target in links.milestones, with_accept_text())
            elif kind == CRITERION:
                row.set_state(target in links.criteria, after_accept_text())
            else:
                level = links.skills.get(target)
                said = level_words(self.journal, level.level) if level is not None else ""
                text = (
                    fill(_tr("Level %1, recorded with the entry when you accept it."), said)
                    if target == first
                    else fill(_tr("Level %1, recorded right after accepting it."), said)
                )
                row.set_state(level is not None, text)

    # -- confirming ---------------------------------------------------------------------------

    def _pressed(self, item: Likely) -> None:
        record = self.record
        row = next((r for r in self.rows if r.item is item), None)
        if record is None or row is None:
            return
        links = self._links.setdefault(record.id, Confirmed())
        on = not row.confirmed
        if item.kind in (MILESTONE, CRITERION):
            links.toggle(item.kind, item.target_id, on)
        elif on:
            self._ask_level(record, item)
            return
        else:
            links.skills.pop(item.target_id, None)
        self._refresh_states()

    def _ask_level(self, record: CandidateRecord, item: Likely) -> None:
        dialog = level_dialog(
            self.window(), self.journal, item.target_id, entry_id=None, entry_day=record.occurred_on
        )
        if dialog is None:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen() -> None:
            draft: AssessmentDraft = dialog.draft()  # type: ignore[attr-defined]
            draft = follow_entry_date(draft, record.occurred_on)
            self._links.setdefault(record.id, Confirmed()).skills[item.target_id] = draft
            self._refresh_states()

        dialog.accepted.connect(chosen)  # type: ignore[attr-defined]
        dialog.finished.connect(self._dialog_closed)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _dialog_closed(self) -> None:
        self.dialog = None


def with_accept_text() -> str:
    return _tr("Saved with the entry when you accept it: one step in Undo.")


def after_accept_text() -> str:
    return _tr("Linked right after accepting it: a step of its own in Undo.")


__all__ = ["LinkPanel"]
