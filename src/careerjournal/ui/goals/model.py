"""Goals as a list with progress, and one goal's milestones as a checklist.

Both are rebuilt from `GoalProgress` values (a few goals, tens of milestones). The checklist
supports ticking (manual milestones only) and drag-and-drop reordering; it does not write: it
emits what the user asked for and the view makes that one operation (undone with Edit › Undo).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ...domain import GoalStatus
from ...services.goals import GoalProgress, MilestoneStatus
from ...services.progress import Standing
from ..formatting import enum_label, format_date
from ..icons import icon
from ..view_parts import plain_tip
from . import wording

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2  # 0..1 for the progress bar delegate
MIME_ROWS = "application/x-careerjournal-milestone-row"


class GoalColumn(IntEnum):
    TITLE = 0
    PROGRESS = 1
    TARGET = 2
    STANDING = 3


class GoalListModel(QAbstractTableModel):
    def standing_label(self, standing: Standing) -> str:
        """Where a goal stands, in a word or two."""
        words = {
            Standing.NO_TARGET: self.tr("No target date"),
            Standing.DONE: self.tr("Done"),
            Standing.AHEAD: self.tr("Ahead"),
            Standing.ON_TRACK: self.tr("On track"),
            Standing.BEHIND: self.tr("Behind"),
            Standing.OVERDUE: self.tr("Overdue"),
            Standing.CLOSED: self.tr("Closed"),
        }
        return words[standing]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._goals: list[GoalProgress] = []
        self._headers = (
            self.tr("Goal"),
            self.tr("Progress"),
            self.tr("Target"),
            self.tr("Standing"),
        )

    def set_goals(self, goals: Sequence[GoalProgress]) -> None:
        self.beginResetModel()
        self._goals = list(goals)
        self.endResetModel()

    def goal_at(self, row: int) -> GoalProgress | None:
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def row_of(self, goal_id: int) -> int:
        return next((i for i, g in enumerate(self._goals) if g.goal.id == goal_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._goals)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(GoalColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        gp = self._goals[index.row()]
        goal = gp.goal
        column = GoalColumn(index.column())
        if role == ID_ROLE:
            return goal.id
        if role == PROGRESS_ROLE:
            return gp.progress
        if role == Qt.ItemDataRole.DisplayRole:
            if column == GoalColumn.TITLE:
                return goal.title
            if column == GoalColumn.PROGRESS:
                return f"{gp.progress:.0%}"
            if column == GoalColumn.TARGET:
                return format_date(goal.target_date) if goal.target_date else "—"
            if column == GoalColumn.STANDING:
                if goal.status is not GoalStatus.ACTIVE:
                    return enum_label(goal.status)
                return self.standing_label(gp.schedule.standing)
        if role == Qt.ItemDataRole.DecorationRole and column == GoalColumn.TITLE:
            return icon("star-filled" if goal.pinned else "nav-goals")
        if role == Qt.ItemDataRole.FontRole and goal.pinned and column == GoalColumn.TITLE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and goal.status is not GoalStatus.ACTIVE:
            return QColor(128, 128, 128)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == GoalColumn.PROGRESS:
                return plain_tip(wording.explanation(gp))
            if column == GoalColumn.STANDING:
                return plain_tip(wording.schedule_text(gp))
            facts = [enum_label(goal.kind)]
            if goal.pinned:
                facts.append(self.tr("Pinned as the next promotion"))
            # The list may elide the title: the tip gives it whole, with what the row sums up.
            schedule = wording.schedule_text(gp)
            return plain_tip("\n".join((goal.title, " · ".join(facts), schedule)))
        return None


class MilestoneColumn(IntEnum):
    DONE = 0
    TITLE = 1
    WEIGHT = 2
    DUE = 3
    COMPLETES = 4
    EVIDENCE = 5


class MilestoneModel(QAbstractTableModel):
    """One goal's milestones in order; tick to complete, drag to reorder."""

    toggle_requested = Signal(int, bool)  # milestone id, done
    reorder_requested = Signal(list)  # milestone ids in the new order

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[MilestoneStatus] = []
        self._headers = (
            self.tr("Done"),
            self.tr("Milestone"),
            self.tr("Weight"),
            self.tr("Due"),
            self.tr("Completes"),
            self.tr("Evidence"),
        )

    def set_milestones(self, milestones: Sequence[MilestoneStatus]) -> None:
        self.beginResetModel()
        self._rows = list(milestones)
        self.endResetModel()

    def milestone_at(self, row: int) -> MilestoneStatus | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, milestone_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.milestone.id == milestone_id), -1)

    def ids(self) -> list[int]:
        return [m.milestone.id for m in self._rows]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MilestoneColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        status = self._rows[index.row()]
        m = status.milestone
        column = MilestoneColumn(index.column())
        if role == ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.CheckStateRole and column == MilestoneColumn.DONE:
            return Qt.CheckState.Checked if status.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MilestoneColumn.DONE:
                return format_date(status.done_on) if status.done_on else ""
            if column == MilestoneColumn.TITLE:
                return m.title
            if column == MilestoneColumn.WEIGHT:
                return f"{m.weight:g}"
            if column == MilestoneColumn.DUE:
                return format_date(m.due_on) if m.due_on else "—"
            if column == MilestoneColumn.COMPLETES:
                if not status.automatic:
                    return self.tr("By hand")
                return wording.criterion_text(status.criterion)
            if column == MilestoneColumn.EVIDENCE:
                return str(len(status.evidence_ids)) if status.evidence_ids else "—"
        if role == Qt.ItemDataRole.DecorationRole and column == MilestoneColumn.COMPLETES:
            return icon("settings") if status.automatic else None
        if role == Qt.ItemDataRole.FontRole and status.done and column == MilestoneColumn.TITLE:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MilestoneColumn.DONE and status.automatic:
                criterion = wording.criterion_text(status.criterion)
                return plain_tip(self.tr("Completes itself: %s") % criterion)
            if column == MilestoneColumn.EVIDENCE and not status.evidence_ids:
                return self.tr("No evidence yet: link entries with Ctrl+E")
            if column == MilestoneColumn.COMPLETES:
                return plain_tip(wording.criterion_text(status.criterion))
            if column == MilestoneColumn.TITLE:
                return plain_tip(m.title)  # whole, however narrow the column
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MilestoneColumn.WEIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled
        status = self._rows[index.row()]
        if index.column() == MilestoneColumn.DONE and not status.automatic:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != MilestoneColumn.DONE:
            return False
        status = self._rows[index.row()]
        if status.automatic:
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
        self.toggle_requested.emit(status.milestone.id, done)
        return False  # the change comes back through the journal, not from here

    # -- drag and drop ------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_ROWS]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(MIME_ROWS, QByteArray(",".join(map(str, rows)).encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        return data.hasFormat(MIME_ROWS)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: _Index,
    ) -> bool:
        if not data.hasFormat(MIME_ROWS):
            return False
        try:
            moved = [int(r) for r in bytes(data.data(MIME_ROWS).data()).decode().split(",")]
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        self.reorder_requested.emit(moved_order(self.ids(), moved, row))
        return False  # nothing is removed by the view; the reorder arrives as a refresh


def moved_order(ids: Sequence[int], rows: Sequence[int], to_row: int) -> list[int]:
    """`ids` with the items at `rows` moved (in order) to before `to_row`."""
    picked = [ids[r] for r in rows if 0 <= r < len(ids)]
    rest = [i for r, i in enumerate(ids) if r not in set(rows)]
    insert_at = to_row - sum(1 for r in rows if r < to_row)
    insert_at = max(0, min(insert_at, len(rest)))
    return rest[:insert_at] + picked + rest[insert_at:]
