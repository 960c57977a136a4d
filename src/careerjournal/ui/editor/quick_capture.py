"""Quick capture: one line, Enter, done. A nano entry (impact 1, today): one undoable operation.

Its kind starts as the Preferences setting, by default the kind used most (`new_entry_kind`):
never "other", which Insights leaves out, so the one-keystroke win counts.

Esc closes without asking. What was typed is not thrown away: the line is kept as the journal's
quick-capture draft (also about a second after each keystroke, so it survives a crash) and comes
back, selected, the next time quick capture opens; typing replaces it, saving or clearing the
line deletes it. It is not offered by the start-up recovery prompt, which is for the full editor.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import AUTO, EntryDraft, ServiceError, ValidationError
from ...store import StoreError
from ..context import AppContext
from ..icons import icon
from ..view_parts import secondary
from .common import ErrorLabel, KindCombo
from .default_kind import new_entry_kind
from .drafts import QUICK_CAPTURE_KEY, DraftStore

log = logging.getLogger(__name__)

QUICK_IMPACT = 1


class QuickCaptureDialog(QDialog):
    """A compact one-line capture. After Accepted, `saved_entry_id` is the new entry's id."""

    AUTOSAVE_DELAY_MS = 1000

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, *, drafts: DraftStore | None = None
    ):
        super().__init__(parent)
        self.setObjectName("quick_capture")
        self.ctx = ctx
        self.saved_entry_id: int | None = None
        self.drafts = drafts if drafts is not None else DraftStore.for_journal(ctx.journal)
        self._finished = False
        self.setWindowTitle(self.tr("Quick Win"))
        self.setWindowIcon(icon("quick-capture"))

        self.text_edit = QLineEdit(self)
        self.text_edit.setObjectName("title")
        self.text_edit.setPlaceholderText(self.tr("What moved forward?"))
        self.text_edit.setAccessibleName(self.tr("What moved forward?"))
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 26)
        self.kind_combo = KindCombo(self)
        self.kind_combo.setObjectName("kind")
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        self.kind_combo.set_kind(new_entry_kind(ctx))
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.error_title = ErrorLabel("title", self)
        hint = QLabel(
            self.tr("Enter saves a small win dated today · Esc closes and keeps the text"), self
        )
        hint.setObjectName("hint")
        secondary(hint)

        row = QHBoxLayout()
        row.setSpacing(6)
        row.addWidget(self.text_edit, 1)
        row.addWidget(self.kind_combo)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.error_title)
        layout.addWidget(hint)

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(self.AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.save_draft_now)

        kept = self._load_kept()
        if kept is not None:
            self.text_edit.setText(kept.title)
            self.kind_combo.set_kind(kept.kind)
            self.text_edit.selectAll()
        self.text_edit.textChanged.connect(self._on_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_changed)
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def autosave_delay_ms(self) -> int:
        return self._autosave.interval()

    @autosave_delay_ms.setter
    def autosave_delay_ms(self, value: int) -> None:
        self._autosave.setInterval(max(0, int(value)))

    def draft(self) -> EntryDraft:
        return EntryDraft(
            title=self.text_edit.text(),
            occurred_on=dt.date.today(),
            kind=self.kind_combo.kind(),
            impact=QUICK_IMPACT,
            role_id=AUTO,
        )

    def _load_kept(self) -> EntryDraft | None:
        saved = self.drafts.load(QUICK_CAPTURE_KEY)
        return None if saved is None or not saved.draft.title.strip() else saved.draft

    def _on_changed(self, *_args: object) -> None:
        self.error_title.clear_message()
        if not self._finished:
            self._autosave.start()

    def save_draft_now(self) -> None:
        """Keep the line for next time (or forget it when empty)."""
        self._autosave.stop()
        try:
            if self.text_edit.text().strip():
                self.drafts.save(QUICK_CAPTURE_KEY, self.draft())
            else:
                self.drafts.delete(QUICK_CAPTURE_KEY)
        except OSError as exc:
            log.warning("could not keep the quick-capture line: %s", exc)

    def save(self) -> bool:
        if self._finished:
            return False
        draft = self.draft()
        try:
            record = self.ctx.journal.entries.add(draft)
        except ValidationError as exc:
            if exc.field == "title":
                self.error_title.show_message(exc.message)
            else:
                self.report_error(exc.message)
            return False
        except (ServiceError, StoreError) as exc:
            self.report_error(str(exc))
            return False
        self.saved_entry_id = record.id
        self._finished = True
        self._autosave.stop()
        try:
            self.drafts.delete(QUICK_CAPTURE_KEY)
        except OSError as exc:
            log.warning("could not delete the quick-capture line: %s", exc)
        self.accept()
        return True

    def report_error(self, message: str) -> None:
        """Show a failed save. Tests replace this."""
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def reject(self) -> None:
        if not self._finished:
            self._finished = True
            self.save_draft_now()
        super().reject()
