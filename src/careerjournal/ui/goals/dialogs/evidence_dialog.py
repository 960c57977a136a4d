"""Choose the journal entries that evidence a milestone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
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
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QWidget

from ....services import EntryQuery, EntryRecord, Journal
from ...editor.common import safe_kind_icon
from ...formatting import format_date, kind_label
from ...skills.dialogs.form import _field_box, _form, _FormDialog, _muted
from ...view_parts import plain_tip
from .parts import _line

#: How many entries the evidence list shows at most (newest first).
EVIDENCE_LIMIT = 500
#: How long typing in the evidence search may pause before the list follows, in ms.
FILTER_DELAY_MS = 150


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
