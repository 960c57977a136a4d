"""The evidence matrix: a goal's milestones against the entries that evidence them.

Rows are the goal's milestones in order; columns are the entries linked to any of them or meeting
any automatic criterion, newest first, then an "Evidence" column with each row's count. A cell
shows ✓ when you linked the entry to the milestone and ◆ when the entry meets the milestone's
automatic criterion. Rows without any evidence are amber.

`EvidenceMatrixView` shows the table with a one-line key above it. It never writes: it asks for
a link to be made or removed (`toggle_link_requested`) and for an entry to be opened
(`entry_activated`); the Goals view performs both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.goals import GoalProgress, MilestoneStatus
from ...services.records import EntryRecord
from ..formatting import format_date, kind_label
from ..icons import kind_icon
from ..theme import ColorPair, is_dark
from ..view_parts import plain_tip
from .wording import criterion_text

_Index = QModelIndex | QPersistentModelIndex

LINKED_MARK = "✓"
CRITERION_MARK = "◆"
HEADER_TITLE_PX = 110  # entry titles in the column headers are elided to this width
ROW_HEADER_MAX_PX = 280  # milestone titles beyond this are elided

#: Rows without evidence (warm, "to do"), done milestones, and the ◆ mark.
NO_EVIDENCE_COLORS = ColorPair("#fde7b0", "#5c4613")
DONE_COLORS = ColorPair("#007a5a", "#36d2a2")
CRITERION_COLORS = ColorPair("#8e44ad", "#c98ee6")
OPEN_COLORS = ColorPair("#8a9099", "#80848e")


def _color(pair: ColorPair, dark: bool) -> QColor:
    return QColor(pair.dark if dark else pair.light)


def state_icon(done: bool, dark: bool, size: int = 14) -> QIcon:
    """A milestone's state: a filled circle with a tick when done, an empty ring when open."""
    scale = 2
    pixmap = QPixmap(size * scale, size * scale)
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = size / 2 - 1.5
    centre = QPointF(size / 2, size / 2)
    if done:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_color(DONE_COLORS, dark))
        p.drawEllipse(centre, r + 0.5, r + 0.5)
        tick = QPainterPath()
        tick.moveTo(size * 0.29, size * 0.53)
        tick.lineTo(size * 0.44, size * 0.68)
        tick.lineTo(size * 0.72, size * 0.36)
        pen = QPen(QColor("#ffffff") if not dark else QColor("#1e1f22"), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(tick)
    else:
        p.setPen(QPen(_color(OPEN_COLORS, dark), 1.5))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawEllipse(centre, r, r)
    p.end()
    return QIcon(pixmap)


class EvidenceMatrixModel(QAbstractTableModel):
    """Milestones (rows) against evidence entries (columns, newest first), then a count column.

    Entries missing from the mapping given to `set_goal` (gone since) are left out.
    """

    #: Whether the entry in a cell is linked to / meets the criterion of the row's milestone.
    LinkedRole = Qt.ItemDataRole.UserRole + 1
    SatisfiesRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._gp: GoalProgress | None = None
        self._rows: list[MilestoneStatus] = []
        self._entries: list[EntryRecord] = []
        self._linked: list[set[int]] = []
        self._satisfies: list[set[int]] = []
        self._counts: list[int] = []
        self._dark = is_dark()
        self._icons: dict[tuple[bool, bool], QIcon] = {}

    # -- API --------------------------------------------------------------------------------------

    def set_goal(self, gp: GoalProgress | None, entries: Mapping[int, EntryRecord]) -> None:
        """Show a goal's milestones and the entries (from `entries`) that evidence them."""
        self.beginResetModel()
        self._gp = gp
        self._rows = list(gp.milestones) if gp is not None else []
        wanted = {e for m in self._rows for e in m.evidence_ids if e in entries}
        self._entries = sorted(
            (entries[e] for e in wanted), key=lambda r: (r.occurred_on, r.id), reverse=True
        )
        shown = {r.id for r in self._entries}
        self._linked = [set(m.milestone.evidence_ids) & shown for m in self._rows]
        self._satisfies = [set(m.satisfied_by) & shown for m in self._rows]
        self._counts = [
            len(linked | met) for linked, met in zip(self._linked, self._satisfies, strict=True)
        ]
        self.endResetModel()

    def clear(self) -> None:
        self.set_goal(None, {})

    def set_dark(self, dark: bool) -> None:
        """Colours for a dark (or light) background."""
        if dark == self._dark:
            return
        self._dark = dark
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)

    def goal_progress(self) -> GoalProgress | None:
        return self._gp

    def entry_count(self) -> int:
        """How many entry columns there are (the count column comes after them)."""
        return len(self._entries)

    def evidence_column(self) -> int:
        """The column of per-row evidence counts (the last)."""
        return len(self._entries)

    def entry_id_at(self, column: int) -> int | None:
        return self._entries[column].id if 0 <= column < len(self._entries) else None

    def milestone_id_at(self, row: int) -> int | None:
        return self._rows[row].milestone.id if 0 <= row < len(self._rows) else None

    def column_of(self, entry_id: int) -> int | None:
        return next((i for i, e in enumerate(self._entries) if e.id == entry_id), None)

    def row_of(self, milestone_id: int) -> int | None:
        return next((i for i, m in enumerate(self._rows) if m.milestone.id == milestone_id), None)

    def cell_state(self, row: int, column: int) -> tuple[bool, bool]:
        """(linked by you, meets the automatic criterion) for a cell; (False, False) outside."""
        entry = self.entry_id_at(column)
        if entry is None or not 0 <= row < len(self._rows):
            return False, False
        return entry in self._linked[row], entry in self._satisfies[row]

    def rows_without_evidence(self) -> list[int]:
        """Milestone ids (in order) with no linked or satisfying entry."""
        return [m.milestone.id for m, n in zip(self._rows, self._counts, strict=True) if n == 0]

    def evidence_counts(self) -> list[int]:
        return list(self._counts)

    # -- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._rows:
            return 0
        return len(self._entries) + 1

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        value = self._data(index, role)
        # Tooltips hold milestone and entry titles: shown as typed, never as rich text.
        return plain_tip(value) if role == Qt.ItemDataRole.ToolTipRole and value else value

    def _data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        m = self._rows[row]
        empty_row = self._counts[row] == 0
        R = Qt.ItemDataRole
        if role == R.BackgroundRole:
            return QBrush(_color(NO_EVIDENCE_COLORS, self._dark)) if empty_row else None
        if role == R.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if column == self.evidence_column():
            if role == R.DisplayRole:
                return str(self._counts[row])
            if role in (R.ToolTipRole, R.AccessibleTextRole):
                if empty_row:
                    return self.tr("No evidence yet for this milestone")
                return self.tr("%n entries evidence “{title}”", "", self._counts[row]).format(
                    title=m.milestone.title
                )
            return None
        linked, met = self.cell_state(row, column)
        if role == R.DisplayRole:
            return " ".join(
                mark for mark, on in ((LINKED_MARK, linked), (CRITERION_MARK, met)) if on
            )
        if role == self.LinkedRole:
            return linked
        if role == self.SatisfiesRole:
            return met
        if role == R.ForegroundRole:
            return _color(CRITERION_COLORS, self._dark) if met and not linked else None
        if role == R.FontRole and (linked or met):
            font = QFont(QGuiApplication.font())
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.15)
            return font
        if role in (R.ToolTipRole, R.AccessibleTextRole):
            return self._cell_tip(row, column, linked, met)
        return None

    def _cell_tip(self, row: int, column: int, linked: bool, met: bool) -> str:
        m = self._rows[row]
        entry = self._entries[column]
        title = m.milestone.title
        lines = [f"{format_date(entry.occurred_on)} · {entry.title}"]
        if linked:
            lines.append(self.tr("✓ Linked by you as evidence for “{title}”.").format(title=title))
        if met:
            lines.append(
                self.tr("◆ Meets the automatic criterion: {criterion}").format(
                    criterion=criterion_text(m.criterion)
                )
            )
        if linked:
            lines.append(self.tr("Space unlinks it; double-click opens the entry."))
        elif met:
            lines.append(self.tr("Space links it by hand too; double-click opens the entry."))
        else:
            lines.append(
                self.tr("Not evidence for “{title}”. Space or double-click links it.").format(
                    title=title
                )
            )
        if self._counts[row] == 0:
            lines.append(self.tr("No evidence yet for this milestone"))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        value = self._header_data(section, orientation, role)
        return plain_tip(value) if role == Qt.ItemDataRole.ToolTipRole and value else value

    def _header_data(self, section: int, orientation: Qt.Orientation, role: int) -> Any:
        R = Qt.ItemDataRole
        if orientation == Qt.Orientation.Horizontal:
            return self._column_header(section, role)
        if not 0 <= section < len(self._rows):
            return None
        m = self._rows[section]
        if role == R.DisplayRole:
            return m.milestone.title
        if role == R.DecorationRole:
            key = (m.done, self._dark)
            if key not in self._icons:
                self._icons[key] = state_icon(m.done, self._dark)
            return self._icons[key]
        if role == R.ForegroundRole and m.done:
            return _color(DONE_COLORS, self._dark)
        if role == R.BackgroundRole and self._counts[section] == 0:
            return QBrush(_color(NO_EVIDENCE_COLORS, self._dark))
        if role in (R.ToolTipRole, R.AccessibleTextRole):
            state = (
                self.tr("Done on {date}").format(date=format_date(m.done_on))
                if m.done_on is not None
                else self.tr("Open")
            )
            kind = self.tr("Automatic") if m.automatic else self.tr("Manual")
            criterion = criterion_text(m.criterion)
            lines = [m.milestone.title, f"{state} · {kind}: {criterion}"]
            if self._counts[section] == 0:
                lines.append(self.tr("No evidence yet for this milestone"))
            return "\n".join(lines)
        return None

    def _column_header(self, section: int, role: int) -> Any:
        R = Qt.ItemDataRole
        if section == self.evidence_column():
            if role == R.DisplayRole:
                return self.tr("Evidence")
            if role == R.ToolTipRole:
                return self.tr("How many entries evidence each milestone")
            return None
        if not 0 <= section < len(self._entries):
            return None
        entry = self._entries[section]
        if role == R.DisplayRole:
            metrics = QFontMetrics(QGuiApplication.font())
            title = metrics.elidedText(entry.title, Qt.TextElideMode.ElideRight, HEADER_TITLE_PX)
            return f"{format_date(entry.occurred_on)}\n{title}"
        if role == R.DecorationRole:
            return kind_icon(entry.kind)
        if role in (R.ToolTipRole, R.AccessibleTextRole):
            return self.tr("{title}\n{kind} · {date}\nDouble-click to open the entry.").format(
                title=entry.title, kind=kind_label(entry.kind), date=format_date(entry.occurred_on)
            )
        return None


class EvidenceMatrixView(QWidget):
    """The evidence matrix with its key; asks for links to be toggled and entries opened.

    Space on a cell toggles the manual link between its milestone and entry (a ◆ cell gets a
    link too); double-click on an empty cell links it; double-click on a marked cell, or on a
    column header, and Enter on a cell, open the entry.
    """

    entry_activated = Signal(int)
    toggle_link_requested = Signal(int, int, bool)  # milestone id, entry id, link (or unlink)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = EvidenceMatrixModel(self)
        self.model.set_dark(is_dark(self.palette()))

        self.key = QLabel(
            self.tr(
                "✓ linked by you · ◆ meets the milestone's automatic criterion · rows in amber "
                "have no evidence yet"
            )
        )
        self.key.setObjectName("evidence_matrix_key")
        self.key.setWordWrap(True)
        self.key.setTextFormat(Qt.TextFormat.PlainText)
        self.key.setContentsMargins(4, 2, 4, 0)

        self.table = QTableView()
        self.table.setObjectName("evidence_matrix_table")
        self.table.setAccessibleName(self.tr("Evidence matrix: milestones against entries"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(True)
        header.sectionDoubleClicked.connect(self._on_header_double_clicked)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        rows.setMaximumWidth(ROW_HEADER_MAX_PX)
        rows.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows.setHighlightSections(True)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.table.installEventFilter(self)

        self.empty = QLabel()
        self.empty.setObjectName("evidence_matrix_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty.setContentsMargins(16, 16, 16, 16)

        pages = QWidget()
        self.stack = QStackedLayout(pages)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.key)
        layout.addWidget(pages, 1)
        self.setFocusProxy(self.table)
        self.clear()

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    # -- API --------------------------------------------------------------------------------------

    def set_goal(self, gp: GoalProgress, entries: Mapping[int, EntryRecord]) -> None:
        """Show a goal's matrix, keeping the current cell (by milestone and entry) when it can."""
        current = self.table.currentIndex()
        keep = (
            (self.model.milestone_id_at(current.row()), self.model.entry_id_at(current.column()))
            if current.isValid()
            else None
        )
        old_column = current.column() if current.isValid() else 0
        self.model.set_dark(is_dark(self.palette()))
        self.model.set_goal(gp, entries)
        if not gp.milestones:
            self._show_empty(
                self.tr("No milestones yet. Add milestones to collect evidence for them here.")
            )
            return
        if self.model.entry_count() == 0:
            self._show_empty(
                self.tr(
                    "No evidence yet. Link entries to the goal's milestones, or give a milestone "
                    "an automatic criterion that entries can meet."
                )
            )
            return
        self.stack.setCurrentWidget(self.table)
        if keep is not None:
            row = self.model.row_of(keep[0]) if keep[0] is not None else None
            column = self.model.column_of(keep[1]) if keep[1] is not None else None
            if row is not None:
                if column is None:
                    column = min(old_column, self.model.columnCount() - 1)
                self.table.setCurrentIndex(self.model.index(row, column))

    def clear(self) -> None:
        """No goal: an empty matrix and no message."""
        self.model.clear()
        self._show_empty("")

    def is_empty(self) -> bool:
        return self.stack.currentWidget() is self.empty

    def empty_text(self) -> str:
        return self.empty.text() if self.is_empty() else ""

    def toggle_current(self) -> bool:
        """Ask to link or unlink the current cell's entry and milestone; False when the current
        cell is not an entry's."""
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        return self._toggle(index.row(), index.column())

    # -- interaction ------------------------------------------------------------------------------

    def _toggle(self, row: int, column: int) -> bool:
        milestone = self.model.milestone_id_at(row)
        entry = self.model.entry_id_at(column)
        if milestone is None or entry is None:
            return False
        linked, _ = self.model.cell_state(row, column)
        self.toggle_link_requested.emit(milestone, entry, not linked)
        return True

    def _open(self, column: int) -> bool:
        entry = self.model.entry_id_at(column)
        if entry is None:
            return False
        self.entry_activated.emit(entry)
        return True

    def _on_double_clicked(self, index: QModelIndex) -> None:
        linked, met = self.model.cell_state(index.row(), index.column())
        if linked or met:
            self._open(index.column())
        else:
            self._toggle(index.row(), index.column())

    def _on_header_double_clicked(self, section: int) -> None:
        self._open(section)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if key == Qt.Key.Key_Space and plain:
                self.toggle_current()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                index = self.table.currentIndex()
                if index.isValid() and self._open(index.column()):
                    return True
        return super().eventFilter(watched, event)

    # -- helpers ----------------------------------------------------------------------------------

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_dark(is_dark(self.palette()))
        super().changeEvent(event)


__all__ = [
    "CRITERION_MARK",
    "LINKED_MARK",
    "EvidenceMatrixModel",
    "EvidenceMatrixView",
    "state_icon",
]
