"""The status bar while the journal's meaning is indexed: "Indexing meaning: 1,200 of 100,000"
and a bar; a failure said once, in the status bar (never a dialog)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

#: Runs embedding fewer entries than this show no progress (an edit's one or two entries).
SHOW_FROM = 50
FAILURE_MS = 15_000  # how long a failure stays in the status bar


class IndexStatus(QObject):
    """A label and a progress bar in `status`, shown while a run embeds many entries."""

    def __init__(self, status: QStatusBar, parent: QObject | None = None):
        super().__init__(parent if parent is not None else status)
        self._status = status
        self._failure_shown = False
        self.label = QLabel()
        self.label.setObjectName("status_meaning")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setContentsMargins(4, 0, 8, 0)
        self.bar = QProgressBar()
        self.bar.setObjectName("status_meaning_progress")
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(self.label.sizeHint().height())
        for part in (self.label, self.bar):
            part.hide()
            status.addPermanentWidget(part)

    def is_shown(self) -> bool:
        return not self.label.isHidden()

    def show_progress(self, done: int, total: int) -> None:
        """`done` of `total` entries embedded so far."""
        if total < SHOW_FROM:
            return
        number = self.label.locale().toString
        text = self.tr("Indexing meaning: %1 of %2")
        self.label.setText(text.replace("%1", number(done)).replace("%2", number(total)))
        self.label.setToolTip(
            self.tr("Search by meaning learns these entries; keep working meanwhile")
        )
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(max(0, min(done, total)))
        self.bar.setAccessibleName(self.label.text())
        self.label.show()
        self.bar.show()

    def finish(self, _count: int = 0) -> None:
        self.label.hide()
        self.bar.hide()
        self.label.clear()

    def fail(self, message: str) -> None:
        """Hide the progress; say why, the first time only (a broken model fails every time)."""
        self.finish()
        if not self._failure_shown:
            self._failure_shown = True
            self._status.showMessage(message, FAILURE_MS)
