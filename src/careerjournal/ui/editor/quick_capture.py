"""Quick capture: one line, Enter, done. A nano entry (impact 1, today): one undoable operation.

Its kind starts as the Preferences setting, by default the kind used most (`new_entry_kind`):
never "other", which Insights leaves out, so the one-keystroke win counts.

Esc closes without asking. What was typed is not thrown away: the line is kept as the journal's
quick-capture draft (also about a second after each keystroke, so it survives a crash) and comes
back, selected, the next time quick capture opens; typing replaces it, saving or clearing the
line deletes it. It is not offered by the start-up recovery prompt, which is for the full editor.

Sealed (`QuickCaptureDialog.sealed`): on a locked journal, the line is sealed to the journal's
public key (`services.sealing.seal_entry`) and added when the journal is next unlocked. Nothing is
kept as a draft then: a draft could not be encrypted without the passphrase.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

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

from ...domain import EntryKind
from ...services import AUTO, EntryDraft, ServiceError, ValidationError
from ...services.entries import CAPTURE_FALLBACK_KIND
from ...store import StoreError
from ..context import AppContext
from ..icons import icon
from ..settings import AUTO_KIND, AppSettings
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
        self,
        ctx: AppContext | None,
        parent: QWidget | None = None,
        *,
        drafts: DraftStore | None = None,
        sealed_to: Path | None = None,
        settings: AppSettings | None = None,
    ):
        """`ctx`: the open journal. Sealed capture (no journal open) passes `ctx=None` with the
        journal's file as `sealed_to` and the app's `settings`; `sealed()` says it shorter."""
        super().__init__(parent)
        self.setObjectName("quick_capture")
        self.ctx = ctx
        self.sealed_to = sealed_to
        self.saved_entry_id: int | None = None
        self.sealed_record_id: str | None = None  # sealed: the id of the record written
        if ctx is not None:
            self.drafts: DraftStore | None = (
                drafts if drafts is not None else DraftStore.for_journal(ctx.journal)
            )
        else:
            if sealed_to is None or settings is None:
                raise ValueError("sealed capture needs the journal file and the settings")
            self.drafts = None
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
        self.kind_combo.set_kind(new_entry_kind(ctx) if ctx is not None else _sealed_kind(settings))
        # Sealed with "the kind I use most": the journal picks it when the win arrives, unless
        # a kind is chosen here.
        self._journal_picks = settings is not None and settings.default_kind == AUTO_KIND
        self.kind_combo.activated.connect(self._kind_chosen)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.error_title = ErrorLabel("title", self)
        hint = self._hint()

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

    def _hint(self) -> QLabel:
        if self.sealed_to is None:
            text = self.tr("Enter saves a small win dated today · Esc closes and keeps the text")
        else:
            text = self.tr(
                "Enter seals a small win dated today; it is added when the journal is unlocked"
            )
        hint = QLabel(text, self)
        hint.setObjectName("hint")
        secondary(hint)
        return hint

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

    @classmethod
    def sealed(
        cls, journal_file: Path, settings: AppSettings, parent: QWidget | None = None
    ) -> QuickCaptureDialog:
        """Quick capture on a locked journal: the line is sealed for the next unlock."""
        return cls(None, parent, sealed_to=journal_file, settings=settings)

    def _load_kept(self) -> EntryDraft | None:
        if self.drafts is None:
            return None
        saved = self.drafts.load(QUICK_CAPTURE_KEY)
        return None if saved is None or not saved.draft.title.strip() else saved.draft

    def _kind_chosen(self, _index: int) -> None:
        self._journal_picks = False

    def _on_changed(self, *_args: object) -> None:
        self.error_title.clear_message()
        if not self._finished:
            self._autosave.start()

    def save_draft_now(self) -> None:
        """Keep the line for next time (or forget it when empty)."""
        self._autosave.stop()
        if self.drafts is None:  # sealed: nothing is kept in plain text
            return
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
        if self.ctx is None:
            return self._seal(draft)
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
            if self.drafts is not None:
                self.drafts.delete(QUICK_CAPTURE_KEY)
        except OSError as exc:
            log.warning("could not delete the quick-capture line: %s", exc)
        self.accept()
        return True

    def _seal(self, draft: EntryDraft) -> bool:
        """Seal the line for the locked journal (it cannot be read until the journal is
        unlocked, not even here)."""
        from ...services import sealing

        assert self.sealed_to is not None
        try:
            record_id = sealing.seal_entry(self.sealed_to, draft, pick_kind=self._journal_picks)
        except ValidationError as exc:
            if exc.field == "title":
                self.error_title.show_message(exc.message)
            else:
                self.report_error(exc.message)
            return False
        except (ServiceError, StoreError) as exc:
            self.report_error(str(exc))
            return False
        except OSError as exc:
            self.report_error(self.tr("The win could not be sealed: %s") % exc.strerror)
            return False
        self.sealed_record_id = record_id
        self._finished = True
        self._autosave.stop()
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


def _sealed_kind(settings: AppSettings | None) -> EntryKind:
    """The kind shown for a sealed quick win: the Preferences setting; "the kind I use most"
    cannot be known while the journal is locked (the journal picks it on arrival)."""
    setting = settings.default_kind if settings is not None else AUTO_KIND
    return CAPTURE_FALLBACK_KIND if setting == AUTO_KIND else EntryKind(setting)
