"""The Milestones tab of a goal: the checklist with its tool bar, a notice line, and the evidence
of the selected milestone. It draws; the Goals view decides (see `GoalsPresenter`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListView,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.goals import MilestoneStatus
from ..formatting import format_date, kind_label
from ..icons import kind_icon
from ..view_parts import secondary
from .delegate import MilestoneTitleDelegate, SingleLineDelegate
from .model import MilestoneColumn, MilestoneModel
from .presenter import EvidenceRow

COMPLETES_SHARE = 0.38  # of the milestone table's room for words; the title gets the rest
SHORT_TAB_PX = 260  # below this the tab shows one row of evidence, not three


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translated in the Goals view's context, where these words have always been."""
    return QCoreApplication.translate("GoalsView", text, disambiguation, n)


class MilestonesPane(QWidget):
    """`actions`: the tool bar's, in order; `compact` of them show their icon only."""

    def __init__(
        self,
        actions: Sequence[QAction],
        compact: Sequence[QAction],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("milestones_tab")
        #: What Space on a milestone that ticks itself says (None: it can be ticked).
        self.why_untickable: Callable[[], str | None] = lambda: None
        self.model = MilestoneModel(self)
        self.table = self._build_table()
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(bar.iconSize() * 0.8)
        for action in actions:
            bar.addAction(action)
        for action in compact:  # icons with tooltips: the row stays on one line
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self._build_evidence()
        # Said when Space is pressed on a milestone that ticks itself; gone on the next move.
        self.notice = QLabel()
        self.notice.setObjectName("milestone_notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence_list)
        self.installEventFilter(self)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("milestone_list")
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Long titles wrap onto more lines (rows grow to fit) rather than being cut short.
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        row_height = table.fontMetrics().height() + 10
        vh = table.verticalHeader()
        vh.setMinimumSectionSize(row_height)
        vh.setDefaultSectionSize(row_height)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mh = table.horizontalHeader()
        # The title and the criterion share the room the dates and numbers leave (see
        # `share_columns`): the title the larger part.
        mh.setSectionResizeMode(MilestoneColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        mh.setSectionResizeMode(MilestoneColumn.COMPLETES, QHeaderView.ResizeMode.Fixed)
        # Kept as attributes: a view does not own its delegates, and Python must not drop them.
        self.completes_delegate = SingleLineDelegate(table)
        self.title_delegate = MilestoneTitleDelegate(table)
        table.setItemDelegateForColumn(MilestoneColumn.COMPLETES, self.completes_delegate)
        table.setItemDelegateForColumn(MilestoneColumn.TITLE, self.title_delegate)
        metrics = table.fontMetrics()
        date_width = metrics.horizontalAdvance("22 Sep 2026") + 14
        mh.resizeSection(MilestoneColumn.DONE, date_width + 22)  # the tick box and the date
        mh.resizeSection(MilestoneColumn.WEIGHT, metrics.horizontalAdvance(_tr("Weight")) + 14)
        mh.resizeSection(MilestoneColumn.DUE, date_width)
        mh.resizeSection(MilestoneColumn.EVIDENCE, metrics.horizontalAdvance(_tr("Evidence")) + 14)
        table.installEventFilter(self)
        return table

    def _build_evidence(self) -> None:
        self.evidence_model = QStandardItemModel(self)
        self.evidence_list = QListView()
        self.evidence_list.setObjectName("milestone_evidence")
        self.evidence_list.setModel(self.evidence_model)
        self.evidence_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._evidence_row = self.evidence_list.fontMetrics().height() + 6
        self.evidence_list.setMinimumHeight(self._evidence_row + 8)
        self.evidence_label = secondary(QLabel(_tr("Evidence for the selected milestone")))
        self.evidence_label.setObjectName("milestone_evidence_label")
        self.evidence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence_label.setWordWrap(True)

    # -- content ------------------------------------------------------------------------------

    def set_milestones(self, milestones: Sequence[MilestoneStatus]) -> None:
        self.model.set_milestones(milestones)
        self.share_columns()

    def select(self, milestone_id: int) -> bool:
        row = self.model.row_of(milestone_id)
        if row < 0:
            return False
        index = self.model.index(row, MilestoneColumn.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def current_id(self) -> int | None:
        m = self.model.milestone_at(self.table.currentIndex().row())
        return m.milestone.id if m else None

    def show_evidence(self, m: MilestoneStatus | None, rows: Sequence[EvidenceRow]) -> None:
        self.evidence_model.clear()
        if m is None:
            self.evidence_label.setText(_tr("Select a milestone to see its evidence."))
            self.evidence_list.hide()  # no empty box
            return
        for row in rows:
            record = row.entry
            how = _tr("linked") if row.linked else _tr("meets the criterion")
            item = QStandardItem(
                kind_icon(record.kind),
                f"{format_date(record.occurred_on)} · {record.title}  ({how})",
            )
            item.setData(record.id, Qt.ItemDataRole.UserRole)
            item.setToolTip(kind_label(record.kind))
            self.evidence_model.appendRow(item)
        count = len(rows)
        self.evidence_list.setVisible(count > 0)
        self.evidence_list.setToolTip(
            _tr("Double-click opens an entry; link more with Ctrl+E.") if count else ""
        )
        self.evidence_label.setText(
            _tr("Evidence for “%s”: %n entries", "", count) % m.milestone.title
            if count
            else _tr("No evidence yet for “%s”. Link entries with Ctrl+E.") % m.milestone.title
        )

    def evidence_entry(self, index: QModelIndex) -> int | None:
        entry_id = index.data(Qt.ItemDataRole.UserRole)
        return None if entry_id is None else int(entry_id)

    # -- layout -------------------------------------------------------------------------------

    def share_columns(self) -> None:
        """The criterion column gets what its texts need, up to COMPLETES_SHARE of what the fixed
        columns leave; the title (stretching) the rest."""
        header = self.table.horizontalHeader()
        fixed = sum(
            header.sectionSize(c)
            for c in MilestoneColumn
            if c not in (MilestoneColumn.TITLE, MilestoneColumn.COMPLETES)
        )
        room = self.table.viewport().width() - fixed
        needed = max(
            header.sectionSizeHint(MilestoneColumn.COMPLETES),
            self.table.sizeHintForColumn(MilestoneColumn.COMPLETES),
        )
        header.resizeSection(
            MilestoneColumn.COMPLETES, min(needed, max(90, int(room * COMPLETES_SHARE)))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a milestone that ticks itself says why nothing happens (its tick action is
        disabled, so the key would otherwise pass silently)."""
        table = getattr(self, "table", None)  # events arrive while the pane is being built
        if (
            watched is table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            why = self.why_untickable()
            if why is not None:
                self.notice.setText(why)
                self.notice.show()
                return True
        if watched is table and event.type() == QEvent.Type.Resize:
            self.share_columns()
        if watched is self and event.type() == QEvent.Type.Resize and table is not None:
            # A short tab keeps its room for the milestones: the evidence list shrinks first.
            rows = 3 if self.height() >= SHORT_TAB_PX else 1
            self.evidence_list.setMaximumHeight(rows * self._evidence_row + 8)
        return super().eventFilter(watched, event)
