"""Edit › History…: the journal's changes, or one record's versions, with Restore.

For a record (an entry, goal, skill…) each row is the record as one operation left it and what
that operation changed; "Restore This Version" writes it back as a new operation (Ctrl+Z takes
it back). Without a record, the journal's latest changes, with Undo and Redo.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import ServiceError
from ...services.operations import OperationRecord, row_title
from ...services.record_history import RecordVersion, restore, versions
from ...store import StoreError
from ..context import AppContext
from ..view_parts import secondary
from .labels import describe, field_label

Index = QModelIndex | QPersistentModelIndex

#: Columns a user does not think of as the record's content.
_HIDDEN = frozenset({"id", "version", "created_at", "updated_at", "position"})


def _local(moment: dt.datetime) -> str:
    """A UTC time from the log in the user's time zone."""
    local = moment.replace(tzinfo=dt.UTC).astimezone()
    return local.strftime("%Y-%m-%d %H:%M")


class _Rows(QAbstractTableModel):
    """Operations (or a record's versions): when, what, what changed, state."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._ops: list[OperationRecord] = []
        self._changed: list[str] = []
        self._before: list[str] = []

    def set_rows(
        self, ops: list[OperationRecord], changed: list[str], before: list[str] | None = None
    ) -> None:
        """`before`: per row, the title of a version from before the log ("" for others)."""
        self.beginResetModel()
        self._ops, self._changed = ops, changed
        self._before = before or [""] * len(ops)
        self.endResetModel()

    def operation(self, row: int) -> OperationRecord:
        return self._ops[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ops)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("What"), self.tr("Changed"), self.tr("State"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        op = self._ops[index.row()]
        column = index.column()
        if column == 0:
            if self._before[index.row()]:
                return self.tr("before %1").replace("%1", _local(op.done_at))
            return _local(op.done_at)
        if column == 1:
            if self._before[index.row()]:
                title = self._before[index.row()]
                return self.tr("“%1”, as it was before its first logged change").replace(
                    "%1", title
                )
            return describe(op, limit=80)
        if column == 2:
            return self._changed[index.row()] if self._changed else ""
        return self.tr("Undone") if op.undone else ""


class HistoryDialog(QDialog):
    """The history of one record (`kind`, `record_id`), or of the whole journal."""

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        kind: str | None = None,
        record_id: int | None = None,
        title: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("history_dialog")
        self.ctx = ctx
        self._kind, self._record_id = kind, record_id
        self._versions: list[RecordVersion] = []
        self.setWindowTitle(
            self.tr("History of “%1”").replace("%1", title) if kind else self.tr("History")
        )
        self.resize(760, 420)
        self._build()
        self.reload()
        ctx.bridge.changed.connect(self._on_change)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        secondary(self.caption)
        layout.addWidget(self.caption)
        self.model = _Rows(self)
        self.table = QTableView()
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore This Version"))
        self.restore_button.setObjectName("restore_version")
        self.restore_button.clicked.connect(self.restore_selected)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("history_undo")
        self.undo_button.clicked.connect(lambda: self.ctx.history.undo())
        self.redo_button = QPushButton(self.tr("Re&do"))
        self.redo_button.setObjectName("history_redo")
        self.redo_button.clicked.connect(lambda: self.ctx.history.redo())
        if self._kind is None:
            for button in (self.undo_button, self.redo_button):
                buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button.setShortcut(QKeySequence("Ctrl+R"))

    def _on_change(self, _change: object) -> None:
        self.reload()

    def reload(self) -> None:
        try:
            if self._kind is None or self._record_id is None:
                ops = self.ctx.journal.history.list(limit=500)
                self.model.set_rows(ops, [])
                self.table.setColumnHidden(2, True)  # what changed: a record's history says
                self.caption.setText(
                    self.tr(
                        "The journal's latest changes, made here, from the command line or on "
                        "another device. Undo takes back the newest first."
                    )
                )
            else:
                self._versions = versions(self.ctx.journal, self._kind, self._record_id)
                changed = [self._what_changed(v) for v in self._versions]
                self.model.set_rows(
                    [v.operation for v in self._versions],
                    changed,
                    [(row_title(v.fields) or "…") if v.before else "" for v in self._versions],
                )
                self.caption.setText(
                    self.tr(
                        "Each row is this record as one change left it, newest first. "
                        "Restore writes an earlier version back as a new change (Ctrl+Z undoes it)."
                    )
                )
        except (ServiceError, StoreError) as exc:
            self.caption.setText(str(exc))
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update_buttons()

    @staticmethod
    def _what_changed(version: RecordVersion) -> str:
        if version.fields is None:
            return "—"
        if version.previous is None:
            return ""
        names = [
            field_label(name)
            for name, value in version.fields.items()
            if name not in _HIDDEN and version.previous.get(name) != value
        ]
        return ", ".join(names)

    def _selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self._selected_row()
        restorable = (
            row is not None
            and self._kind is not None
            and row < len(self._versions)
            and self._versions[row].restorable
            and row > 0  # the newest version is the record as it is
        )
        self.restore_button.setEnabled(restorable)
        self.undo_button.setEnabled(self.ctx.history.can_undo())
        self.redo_button.setEnabled(self.ctx.history.can_redo())

    def restore_selected(self) -> None:
        row = self._selected_row()
        if row is None or not self.restore_button.isEnabled() or self._kind is None:
            return
        assert self._record_id is not None
        version = self._versions[row]
        try:
            restore(
                self.ctx.journal,
                self._kind,
                self._record_id,
                version.operation.id,
                before=version.before,
            )
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Cannot Restore"), str(exc))
            return
        self.reload()
