"""Both versions of a record side by side, when a save was refused because it changed elsewhere.

Generic over rows of (field name, label, mine, theirs[, base]): the entry editor uses it, and any
other editor whose service raises `ConflictError` can. The user keeps theirs wholesale, keeps
mine wholesale, or merges field by field; `values()` is then the merged record as a dict by field
name. Rows that differ are highlighted (a tinted background and a bold label, so colour is not
the only cue). With a `base` (the record as the editor opened it), the merge starts from a
three-way guess: a field only the other device changed takes theirs, every other field mine.

The table is a Qt item model; the side kept for a field is the checked cell (Space toggles it,
arrows move). The full text of the current row shows below in two read-only plain-text panes,
so long notes can be compared; user text is never interpreted as rich text (no tooltips either).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QFont, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .colors import blend
from .view_parts import secondary

_NO_BASE = object()
_ROOT = QModelIndex()

Index = QModelIndex | QPersistentModelIndex


class Side(Enum):
    MINE = "mine"
    THEIRS = "theirs"


class Resolution(Enum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    MERGE = "merge"


@dataclass(frozen=True)
class ConflictRow:
    """One field of the record: its key in `values()`, its label, and each side's value.

    `text` turns a value into what the user reads (default `str`); `base` is the value when the
    editor opened the record, if known.
    """

    name: str
    label: str
    mine: Any
    theirs: Any
    base: Any = _NO_BASE
    text: Callable[[Any], str] = field(default=str, compare=False)

    @property
    def differs(self) -> bool:
        return bool(self.mine != self.theirs)

    @property
    def both_changed(self) -> bool:
        """Whether each side changed this field its own way (needs a human choice)."""
        return self.differs and self.base is not _NO_BASE and self.mine != self.base != self.theirs

    @property
    def theirs_changed(self) -> bool:
        """Whether the other side changed this field (True when the base is not known)."""
        return self.base is _NO_BASE or bool(self.theirs != self.base)

    def default_side(self) -> Side:
        """Theirs when only the other device changed it; otherwise mine (the user's own text)."""
        if self.differs and self.base is not _NO_BASE and self.mine == self.base:
            return Side.THEIRS
        return Side.MINE

    def shown(self, side: Side) -> str:
        return self.text(self.mine if side is Side.MINE else self.theirs)


def _one_line(text: str, limit: int = 120) -> str:
    flat = " ⏎ ".join(line for line in text.splitlines() if line.strip()) or ""
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ConflictModel(QAbstractTableModel):
    """Field | Yours | Theirs; the kept side of a differing row is its checked cell."""

    FIELD, MINE, THEIRS = range(3)

    def __init__(self, rows: Sequence[ConflictRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = list(rows)
        self.choices = [row.default_side() for row in self.rows]
        self.highlight = QBrush()
        self.strong_highlight = QBrush()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Field"), self.tr("Yours"), self.tr("Theirs"))[section]

    @staticmethod
    def side_of(column: int) -> Side | None:
        return {ConflictModel.MINE: Side.MINE, ConflictModel.THEIRS: Side.THEIRS}.get(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        side = self.side_of(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if side is None:
                return row.label
            return _one_line(row.shown(side))
        if role == Qt.ItemDataRole.CheckStateRole and side is not None and row.differs:
            chosen = self.choices[index.row()] is side
            return Qt.CheckState.Checked if chosen else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and row.differs:
            return self.strong_highlight if row.both_changed else self.highlight
        if role == Qt.ItemDataRole.FontRole and row.differs and side is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and row.differs:
            return self.tr("differs")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.rows[index.row()].differs and self.side_of(index.column()):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        side = self.side_of(index.column()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or side is None:
            return False
        if not self.rows[index.row()].differs:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        # Two cells, one choice: checking one side chooses it, unchecking chooses the other.
        other = Side.THEIRS if side is Side.MINE else Side.MINE
        self.choose(index.row(), side if checked else other)
        return True

    def choose(self, row: int, side: Side) -> None:
        self.choices[row] = side
        self.dataChanged.emit(
            self.index(row, self.MINE),
            self.index(row, self.THEIRS),
            [Qt.ItemDataRole.CheckStateRole],
        )

    def merged(self) -> dict[str, Any]:
        return {
            row.name: row.mine if side is Side.MINE else row.theirs
            for row, side in zip(self.rows, self.choices, strict=True)
        }


class ConflictDialog(QDialog):
    """Ask how to resolve a refused save. After `exec()` returns Accepted, read `resolution`
    and `values()`; Rejected (Cancel, Esc) means decide nothing (the caller keeps the user's text).
    """

    def __init__(
        self,
        rows: Sequence[ConflictRow],
        parent: QWidget | None = None,
        *,
        title: str = "",
        message: str = "",
        note: str = "",
    ):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(title or self.tr("Changed Elsewhere"))
        self.resolution: Resolution | None = None
        self.model = ConflictModel(rows, self)

        intro = QLabel(
            message
            or self.tr(
                "This record was changed on another device or in another window while you "
                "were editing it. Keep your version, take theirs, or merge them field by field."
            ),
            self,
        )
        intro.setObjectName("conflict_message")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label = QLabel(note, self)
        self.note_label.setObjectName("conflict_note")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_label.setVisible(bool(note))
        hint = QLabel(
            self.tr(
                "Fields that differ are highlighted. For Merge, tick the side to keep in each: "
                "arrows move, Space ticks."
            ),
            self,
        )
        hint.setObjectName("conflict_hint")
        hint.setWordWrap(True)
        secondary(hint)

        self._build_table()

        splitter = self._build_splitter()

        self._build_buttons()

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.note_label)
        layout.addWidget(hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

        self._apply_palette()
        self.table.selectionModel().currentChanged.connect(self._show_current)
        first = next((i for i, row in enumerate(self.model.rows) if row.differs), 0)
        if self.model.rows:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(first, ConflictModel.MINE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._sized = False
        self.resize(860, 620)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("conflict_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ConflictModel.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ConflictModel.MINE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ConflictModel.THEIRS, QHeaderView.ResizeMode.Stretch)

    def _build_splitter(self) -> QSplitter:
        """The table above, the two full values of the current field below."""
        self.mine_view = self._pane("conflict_mine")
        self.theirs_view = self._pane("conflict_theirs")
        detail = QWidget(self)
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(self)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        secondary(self.detail_label)
        grid.addWidget(self.detail_label, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Yours"), self), 1, 0)
        grid.addWidget(QLabel(self.tr("Theirs"), self), 1, 1)
        grid.addWidget(self.mine_view, 2, 0)
        grid.addWidget(self.theirs_view, 2, 1)
        splitter = self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        return splitter

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(self)
        self.keep_mine_button = self._button(
            self.tr("Keep &Mine"), "keep_mine", Resolution.KEEP_MINE
        )
        self.take_theirs_button = self._button(
            self.tr("Take &Theirs"), "take_theirs", Resolution.TAKE_THEIRS
        )
        self.merge_button = self._button(self.tr("Mer&ge"), "merge", Resolution.MERGE)
        self.keep_mine_button.setToolTip(self.tr("Save your version over theirs"))
        self.take_theirs_button.setToolTip(self.tr("Show their version; yours is dropped"))
        self.merge_button.setToolTip(self.tr("Save the ticked side of each field"))
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.clicked.connect(self.reject)
        # No button answers a bare Enter: every choice here drops someone's text.
        for button in (self.keep_mine_button, self.take_theirs_button, self.merge_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.cancel_button.setAutoDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Start in the table (QDialog would focus a button), on the first difference.
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self._sized:
            self._sized = True
            self._fit_table()

    def _fit_table(self) -> None:
        """Give the table the height of all its rows if it can; the panes keep 4 lines or more."""
        table = self.table
        need = (
            table.horizontalHeader().height()
            + table.verticalHeader().length()
            + 2 * table.frameWidth()
        )
        total = sum(self.splitter.sizes())
        panes = self.mine_view.fontMetrics().lineSpacing() * 4 + 60
        top = max(min(need, total - panes), total // 3)
        self.splitter.setSizes([top, total - top])

    def _pane(self, name: str) -> QPlainTextEdit:
        pane = QPlainTextEdit(self)
        pane.setObjectName(name)
        pane.setReadOnly(True)
        pane.setTabChangesFocus(True)
        return pane

    def _button(self, text: str, name: str, resolution: Resolution) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: self._resolve(resolution))
        return button

    def _apply_palette(self) -> None:
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        tint = palette.color(QPalette.ColorRole.Highlight)
        self.model.highlight = QBrush(blend(base, tint, 0.18))
        self.model.strong_highlight = QBrush(blend(base, tint, 0.32))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.rows[current.row()]
        if not row.differs:
            text = self.tr("%s: the same in both")
        elif row.both_changed:
            text = self.tr("%s: changed on both sides")
        elif row.base is _NO_BASE:
            text = self.tr("%s: differs")
        elif row.theirs_changed:
            text = self.tr("%s: changed there only")
        else:
            text = self.tr("%s: changed by you only")
        self.detail_label.setText(text % row.label)
        self.mine_view.setPlainText(row.shown(Side.MINE))
        self.theirs_view.setPlainText(row.shown(Side.THEIRS))

    def _resolve(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.accept()

    def choose(self, name: str, side: Side) -> None:
        """Pick the side of one field for Merge (as ticking its cell does)."""
        for i, row in enumerate(self.model.rows):
            if row.name == name:
                self.model.choose(i, side)

    def ask(self, holder: Any) -> tuple[Resolution, dict[str, Any]] | None:
        """Run the dialog; the answer and the resolved values, or None for Cancel.

        `holder.conflict_dialog` is this dialog while it is open (tests answer it there).
        """
        holder.conflict_dialog = self
        try:
            accepted = self.exec() == QDialog.DialogCode.Accepted
            if not accepted or self.resolution is None:
                return None
            return self.resolution, self.values()
        finally:
            holder.conflict_dialog = None
            self.deleteLater()

    def values(self) -> dict[str, Any]:
        """The record as resolved: all mine, all theirs, or the ticked side of each field."""
        if self.resolution is Resolution.TAKE_THEIRS:
            return {row.name: row.theirs for row in self.model.rows}
        if self.resolution is Resolution.KEEP_MINE:
            return {row.name: row.mine for row in self.model.rows}
        return self.model.merged()
