"""The reading pane's "Related entries": up to five entries about the same idea as the one read.

They are found by meaning (`MeaningService.related`) on a worker thread, so the pane never waits
for the model to load; the list shows each entry's date and title as plain text, and choosing one
(a click, or Enter) asks for it to be shown. The section is hidden while nothing is related, and
whenever the meaning model is not available.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import EntryRecord, Journal
from ..formatting import format_date
from ..meaning.runner import LatestRunner
from ..view_parts import plain_tip

RELATED_LIMIT = 5
_ID_ROLE = int(Qt.ItemDataRole.UserRole)


def related_records(journal: Journal, entry_id: int, limit: int) -> list[EntryRecord]:
    """The worker's job: the entries most related to `entry_id`, closest first (none trashed)."""
    pairs = journal.meaning.related(entry_id, limit=limit + 2)  # room for trashed ones
    records = {r.id: r for r in journal.entries.get_many([i for i, _ in pairs])}
    found = [records[i] for i, _ in pairs if i in records and not records[i].trashed]
    return found[:limit]


class RelatedEntries(QWidget):
    """A caption and a short list; `entry_chosen(entry_id)` when the user picks one."""

    entry_chosen = Signal(int)

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detail_related")
        self._journal = journal
        self._entry_id: int | None = None
        self._available = False
        self._locale = QLocale()
        self.runner = LatestRunner("related-entries", self)
        self.runner.done.connect(self._on_found)
        self.runner.failed.connect(lambda _ticket, _message: self._fill([]))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        caption = QLabel(self.tr("Related entries"), self)
        caption.setObjectName("detail_related_caption")
        font = QFont(caption.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        caption.setFont(font)
        self.list = QListWidget(self)
        self.list.setObjectName("detail_related_list")
        self.list.setAccessibleName(self.tr("Related entries"))
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.itemClicked.connect(self._choose)
        self.list.itemActivated.connect(self._choose)
        layout.addWidget(caption)
        layout.addWidget(self.list)
        self.hide()

    def set_available(self, available: bool) -> None:
        """Is the meaning model there? Without it the section stays hidden."""
        self._available = available
        if not available:
            self.clear()

    def show_for(self, record: EntryRecord | None) -> None:
        """Look for the entries related to `record` (in the background); None: hide."""
        self._entry_id = record.id if record is not None else None
        if record is None or not self._available:
            self.clear()
            return
        self.runner.submit(partial(related_records, self._journal, record.id, RELATED_LIMIT))

    def refresh(self) -> None:
        """Look again for the entry shown (its neighbours may have been indexed meanwhile)."""
        if self._entry_id is not None and self._available:
            entry_id = self._entry_id
            self.runner.submit(partial(related_records, self._journal, entry_id, RELATED_LIMIT))

    def clear(self) -> None:
        self.runner.cancel()
        self._fill([])

    def entry_ids(self) -> list[int]:
        """The entries listed, in order."""
        return [int(self.list.item(r).data(_ID_ROLE)) for r in range(self.list.count())]

    def shutdown(self) -> None:
        self.runner.shutdown()

    @Slot(int, object)
    def _on_found(self, _ticket: int, records: object) -> None:
        found = records if isinstance(records, list) else []
        self._fill([r for r in found if r.id != self._entry_id])

    def _fill(self, records: list[EntryRecord]) -> None:
        self.list.clear()
        for record in records:
            text = f"{format_date(record.occurred_on, self._locale)}  {record.title}"
            item = QListWidgetItem(text)  # an item's text is always plain text
            item.setData(_ID_ROLE, record.id)
            item.setToolTip(plain_tip(record.title))  # the whole title, never as HTML
            self.list.addItem(item)
        rows = self.list.count()
        line = self.list.fontMetrics().height() + 4
        height = sum(max(self.list.sizeHintForRow(r), line) for r in range(rows))
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 2)
        self.setVisible(rows > 0)

    @Slot(QListWidgetItem)
    def _choose(self, item: QListWidgetItem) -> None:
        self.entry_chosen.emit(int(item.data(_ID_ROLE)))
