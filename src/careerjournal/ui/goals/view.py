"""The Goals area: goals with progress, and for the selected goal its burn-up chart, milestone
checklist, evidence and the matrix of milestones against evidence entries.

Every write goes through the undo stack. Automatic milestones are judged from the journal on each
refresh, so they tick and untick themselves as entries and assessments change.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import GoalKind, GoalStatus
from ...services import Change, GoalDraft, GoalRecord, ServiceError, Topic
from ...services.goals import GoalProgress, MilestoneStatus
from ...store import StoreError
from ..context import AppContext
from ..formatting import format_date, kind_label
from ..icons import icon, kind_icon
from ..reading_splitter import ReadingSplitter
from ..undo import push
from ..view_parts import heading, plain_tip, scope_to, secondary, view_action
from . import commands
from .charts import BurnUpChart
from .delegate import GoalRowDelegate, MilestoneTitleDelegate, SingleLineDelegate
from .matrix import EvidenceMatrixView
from .model import KIND_LABELS, GoalColumn, GoalListModel, MilestoneColumn, MilestoneModel
from .pinned_card import projection_text

SPLITTER_KEY = "goals/splitter_sizes"
DEFAULT_SPLIT = (240, 860)  # the list keeps its width (at least its minimum); the detail grows
COMPLETES_SHARE = 0.38  # of the milestone table's room for words; the title gets the rest
SHORT_TAB_PX = 260  # below this the milestones tab shows one row of evidence, not three


def month_range(gp: GoalProgress) -> str:
    """The projection in words, as precise as it honestly is: months, not days."""
    return projection_text(gp.projection)


class GoalsView(QWidget):
    entry_requested = Signal(int)  # open an evidence entry

    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ):
        super().__init__(parent)
        self.setObjectName("goals_view")
        self.ctx = ctx
        self._today = today
        self._goals: list[GoalProgress] = []
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build_actions()
        self._build()
        ctx.bridge.changed.connect(self._on_change)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        tr = self.tr
        self.action_new_goal = view_action(
            self, "action_new_goal", tr("New &Goal…"), self.new_goal, "Ctrl+Shift+G", "add"
        )
        self.action_edit_goal = view_action(
            self, "action_edit_goal", tr("&Edit Goal…"), self.edit_goal, "F2", "edit"
        )
        self.action_delete_goal = view_action(
            self,
            "action_delete_goal",
            tr("&Delete Goal…"),
            self.delete_goal,
            QKeySequence.StandardKey.Delete,
            "trash",
        )
        self.action_pin = view_action(
            self,
            "action_pin_goal",
            tr("&Pin as Next Promotion"),
            self.toggle_pin,
            None,
            "star",
            tr("Follow this goal at the top of Insights (one goal at a time)"),
        )
        self.action_pin.setCheckable(True)
        self.action_achieved = view_action(
            self,
            "action_goal_achieved",
            tr("Mark &Achieved…"),
            self.mark_achieved,
            None,
            "star-filled",
        )
        self.action_dropped = view_action(
            self, "action_goal_dropped", tr("Mark D&ropped"), self.mark_dropped, None, "close"
        )
        self.action_add_milestone = view_action(
            self, "action_add_milestone", tr("Add &Milestone…"), self.add_milestone, "Ins", "add"
        )
        self.action_edit_milestone = view_action(
            self, "action_edit_milestone", tr("Edit Milestone…"), self.edit_milestone, "F2", "edit"
        )
        self.action_delete_milestone = view_action(
            self,
            "action_delete_milestone",
            tr("Delete Milestone"),
            self.delete_milestone,
            QKeySequence.StandardKey.Delete,
            "trash",
        )
        self.action_toggle_done = view_action(
            self,
            "action_toggle_done",
            tr("Done / Not Done"),
            self.toggle_done,
            "Space",
            "restore",
            tr("Tick or untick the selected milestone (Space)"),
        )
        self.action_split = view_action(
            self, "action_split_milestone", tr("&Split…"), self.split_milestone, None, "split"
        )
        self.action_up = view_action(
            self,
            "action_milestone_up",
            tr("Move Up"),
            lambda: self.move_milestone(-1),
            "Alt+Up",
            "up",
        )
        self.action_down = view_action(
            self,
            "action_milestone_down",
            tr("Move Down"),
            lambda: self.move_milestone(1),
            "Alt+Down",
            "down",
        )
        self.action_link = view_action(
            self,
            "action_link_evidence",
            tr("&Link Evidence…"),
            self.link_evidence,
            "Ctrl+E",
            "link",
            tr("Link journal entries to the selected milestone (Ctrl+E)"),
        )

    def _build(self) -> None:
        tr = self.tr
        toolbar = QToolBar()
        toolbar.setObjectName("goals_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.action_new_goal)
        toolbar.addAction(self.action_edit_goal)
        toolbar.addAction(self.action_pin)
        toolbar.addAction(self.action_achieved)
        toolbar.addAction(self.action_dropped)
        toolbar.addAction(self.action_delete_goal)
        for action in (self.action_edit_goal, self.action_delete_goal):
            button = toolbar.widgetForAction(action)  # icons with tooltips: room for the filter
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.show_closed = QCheckBox(tr("Show achieved and &dropped"))
        self.show_closed.setObjectName("show_closed_goals")
        self.show_closed.toggled.connect(self.refresh)
        toolbar.addWidget(self.show_closed)

        # Left: the goals.
        self.goal_model = GoalListModel(self)
        self.goal_table = QTableView()
        self.goal_table.setObjectName("goal_list")
        self.goal_table.setModel(self.goal_model)
        # One column of two-line rows (title; bar, standing, target): narrow yet complete.
        self.goal_delegate = GoalRowDelegate(self)
        self.goal_table.setItemDelegateForColumn(GoalColumn.TITLE, self.goal_delegate)
        self.goal_table.verticalHeader().hide()
        self.goal_table.horizontalHeader().hide()
        self.goal_table.setShowGrid(False)
        self.goal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goal_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goal_table.verticalHeader().setDefaultSectionSize(
            2 * self.goal_table.fontMetrics().height() + 3 * GoalRowDelegate.PAD
        )
        for column in (GoalColumn.PROGRESS, GoalColumn.TARGET, GoalColumn.STANDING):
            self.goal_table.setColumnHidden(column, True)
        self.goal_table.horizontalHeader().setStretchLastSection(True)
        self.goal_table.setMinimumWidth(170)
        self.goal_table.selectionModel().currentRowChanged.connect(self._on_goal_changed)
        self.goal_table.doubleClicked.connect(lambda _i: self.edit_goal())
        scope_to(self, self.goal_table, self.action_edit_goal, self.action_delete_goal)

        self.empty_goals = QWidget()
        self.empty_goals.setObjectName("goals_empty")
        empty_layout = QVBoxLayout(self.empty_goals)
        empty_layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon("nav-goals").pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = heading(tr("No goals yet"), 1.4, wrap=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            tr(
                "Break your next promotion into milestones: some you tick by hand, others tick "
                "themselves when a skill reaches a level or enough entries are journaled. The "
                "app then shows how far you are and, at your pace, when you will be ready."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        first = QPushButton(icon("add"), tr("Set Your Next &Promotion Goal…"))
        first.setObjectName("add_first_goal")
        first.clicked.connect(lambda: self.new_goal(GoalKind.PROMOTION))
        for w in (picture, title, text):
            empty_layout.addWidget(w)
        empty_layout.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.left = QStackedWidget()
        self.left.addWidget(self.empty_goals)
        self.left.addWidget(self.goal_table)

        # Right: the selected goal.
        self.detail = QStackedWidget()
        self.detail.setObjectName("goal_detail")
        hint = QLabel(tr("Select a goal to see its milestones and progress."))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        secondary(hint)
        self.detail.addWidget(hint)
        self.detail.addWidget(self._build_detail())

        self.splitter = ReadingSplitter(
            self.left, self.detail, self.ctx.settings, SPLITTER_KEY, DEFAULT_SPLIT
        )
        self.splitter.setObjectName("goals_splitter")
        self.splitter.setStretchFactor(0, 0)  # a wider window widens the goal's detail
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(toolbar)
        layout.addWidget(self.splitter, 1)

    def _build_detail(self) -> QWidget:
        tr = self.tr
        self._milestones_tab: QWidget | None = None  # the event filter runs before it exists
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 0, 0, 0)
        self.goal_title = heading(scale=1.3, wrap=True)
        self.goal_title.setObjectName("goal_title")
        self.goal_target = QLabel()
        self.goal_target.setObjectName("goal_target")
        self.progress_line = QLabel()
        self.progress_line.setObjectName("goal_progress")
        self.progress_line.setTextFormat(Qt.TextFormat.RichText)  # the share in bold
        self.projection_line = QLabel()
        self.projection_line.setObjectName("goal_projection")
        for label in (self.goal_title, self.goal_target, self.projection_line):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles and roles the user typed
        for label in (self.goal_target, self.progress_line, self.projection_line):
            label.setWordWrap(True)
        self.chart = BurnUpChart()
        self.chart.setObjectName("burn_up_chart")
        self.chart.setMinimumHeight(175)

        # Milestones tab: the checklist and the selected milestone's evidence.
        self.milestone_model = MilestoneModel(self)
        self.milestone_model.toggle_requested.connect(self._on_toggle_requested)
        self.milestone_model.reorder_requested.connect(self._on_reorder_requested)
        self.milestones = QTableView()
        self.milestones.setObjectName("milestone_list")
        self.milestones.setModel(self.milestone_model)
        self.milestones.verticalHeader().hide()
        self.milestones.setShowGrid(False)
        self.milestones.setAlternatingRowColors(True)
        self.milestones.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.milestones.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.milestones.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.milestones.setDragEnabled(True)
        self.milestones.setAcceptDrops(True)
        self.milestones.setDropIndicatorShown(True)
        self.milestones.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.milestones.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Long titles wrap onto more lines (rows grow to fit) rather than being cut short.
        self.milestones.setWordWrap(True)
        self.milestones.setTextElideMode(Qt.TextElideMode.ElideRight)
        row_height = self.milestones.fontMetrics().height() + 10
        vh = self.milestones.verticalHeader()
        vh.setMinimumSectionSize(row_height)
        vh.setDefaultSectionSize(row_height)
        vh.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        mh = self.milestones.horizontalHeader()
        # The title and the criterion share the room the dates and numbers leave (see
        # `_share_columns`): the title the larger part.
        mh.setSectionResizeMode(MilestoneColumn.TITLE, QHeaderView.ResizeMode.Stretch)
        mh.setSectionResizeMode(MilestoneColumn.COMPLETES, QHeaderView.ResizeMode.Fixed)
        # Kept as attributes: a view does not own its delegates, and Python must not drop them.
        self.completes_delegate = SingleLineDelegate(self.milestones)
        self.title_delegate = MilestoneTitleDelegate(self.milestones)
        self.milestones.setItemDelegateForColumn(MilestoneColumn.COMPLETES, self.completes_delegate)
        self.milestones.setItemDelegateForColumn(MilestoneColumn.TITLE, self.title_delegate)
        metrics = self.milestones.fontMetrics()
        date_width = metrics.horizontalAdvance("22 Sep 2026") + 14
        mh.resizeSection(MilestoneColumn.DONE, date_width + 22)  # the tick box and the date
        mh.resizeSection(MilestoneColumn.WEIGHT, metrics.horizontalAdvance(self.tr("Weight")) + 14)
        mh.resizeSection(MilestoneColumn.DUE, date_width)
        mh.resizeSection(
            MilestoneColumn.EVIDENCE, metrics.horizontalAdvance(self.tr("Evidence")) + 14
        )
        self.milestones.installEventFilter(self)
        self.milestones.selectionModel().currentRowChanged.connect(self._on_milestone_changed)
        self.milestones.doubleClicked.connect(self._on_milestone_double_clicked)
        scope_to(
            self,
            self.milestones,
            self.action_edit_milestone,
            self.action_delete_milestone,
            self.action_toggle_done,
            self.action_up,
            self.action_down,
        )
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(bar.iconSize() * 0.8)
        for action in (
            self.action_add_milestone,
            self.action_edit_milestone,
            self.action_toggle_done,
            self.action_split,
            self.action_link,
            self.action_delete_milestone,
        ):
            bar.addAction(action)
        bar.addAction(self.action_up)
        bar.addAction(self.action_down)
        for action in (
            self.action_edit_milestone,
            self.action_split,
            self.action_delete_milestone,
            self.action_up,
            self.action_down,
        ):  # icons with tooltips: the row stays on one line
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

        self.evidence_model = QStandardItemModel(self)
        self.evidence_list = QListView()
        self.evidence_list.setObjectName("milestone_evidence")
        self.evidence_list.setModel(self.evidence_model)
        self.evidence_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._evidence_row = self.evidence_list.fontMetrics().height() + 6
        self.evidence_list.setMinimumHeight(self._evidence_row + 8)
        self.evidence_list.doubleClicked.connect(self._on_evidence_activated)
        self.evidence_label = secondary(QLabel(tr("Evidence for the selected milestone")))
        self.evidence_label.setObjectName("milestone_evidence_label")
        self.evidence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.evidence_label.setWordWrap(True)
        # Said when Space is pressed on a milestone that ticks itself; gone on the next move.
        self.milestone_notice = QLabel()
        self.milestone_notice.setObjectName("milestone_notice")
        self.milestone_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.milestone_notice.setWordWrap(True)
        self.milestone_notice.hide()

        milestones_tab = QWidget()
        milestones_tab.setObjectName("milestones_tab")
        milestones_tab.installEventFilter(self)
        self._milestones_tab = milestones_tab
        tab_layout = QVBoxLayout(milestones_tab)
        tab_layout.setContentsMargins(0, 4, 0, 0)
        tab_layout.addWidget(bar)
        tab_layout.addWidget(self.milestones, 1)
        tab_layout.addWidget(self.milestone_notice)
        tab_layout.addWidget(self.evidence_label)
        tab_layout.addWidget(self.evidence_list)

        self.matrix = EvidenceMatrixView()
        self.matrix.setObjectName("evidence_matrix")
        self.matrix.entry_activated.connect(self.entry_requested)
        self.matrix.toggle_link_requested.connect(self._on_matrix_toggle)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(milestones_tab, icon("nav-goals"), tr("&Milestones"))
        self.tabs.addTab(self.matrix, icon("link"), tr("Evidence Matri&x"))

        # The words above the splitter (a layout gives wrapped lines their height; a splitter
        # would not), the chart and the tabs in it.
        layout.setSpacing(3)
        for w in (
            self.goal_title,
            self.goal_target,
            self.progress_line,
            self.projection_line,
        ):
            layout.addWidget(w)
        layout.addSpacing(3)
        inner = QSplitter(Qt.Orientation.Vertical)
        inner.setObjectName("goal_detail_splitter")
        inner.setChildrenCollapsible(False)
        inner.addWidget(self.chart)
        inner.addWidget(self.tabs)
        inner.setStretchFactor(0, 1)
        inner.setStretchFactor(1, 1)
        inner.setSizes([300, 380])
        layout.addWidget(inner, 1)
        return page

    # -- data ---------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        topics = (Topic.GOALS, Topic.ENTRIES, Topic.SKILLS, Topic.TAGS, Topic.ALL, Topic.PROFILE)
        if any(change.touches(t) for t in topics):
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Re-read every goal's progress; keep the selected goal and milestone."""
        goal_id = self.selected_goal_id()
        milestone = self.selected_milestone()
        milestone_id = milestone.milestone.id if milestone else None
        status = None if self.show_closed.isChecked() else GoalStatus.ACTIVE
        self._goals = self.ctx.journal.goals.progress_all(self._today(), status=status)
        self.goal_model.set_goals(self._goals)
        has_any = bool(self._goals) or bool(self.ctx.journal.goals.list())
        self.left.setCurrentIndex(1 if has_any else 0)
        if goal_id is None and self._goals:
            goal_id = self._goals[0].goal.id
        if goal_id is not None and not self.select_goal(goal_id) and self._goals:
            self.select_goal(self._goals[0].goal.id)
        self._show_goal()
        if milestone_id is None or not self.select_milestone(milestone_id):
            gp = self.selected_goal()
            upcoming = gp.open_milestones if gp else ()
            if upcoming:  # the next thing to do
                self.select_milestone(upcoming[0].milestone.id)
        self._update_actions()

    # -- selection ----------------------------------------------------------------------------

    def selected_goal(self) -> GoalProgress | None:
        return self.goal_model.goal_at(self.goal_table.currentIndex().row())

    def selected_goal_id(self) -> int | None:
        gp = self.selected_goal()
        return gp.goal.id if gp else None

    def select_goal(self, goal_id: int) -> bool:
        row = self.goal_model.row_of(goal_id)
        if row < 0:
            return False
        self.goal_table.selectionModel().setCurrentIndex(
            self.goal_model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        return True

    def selected_milestone(self) -> MilestoneStatus | None:
        return self.milestone_model.milestone_at(self.milestones.currentIndex().row())

    def select_milestone(self, milestone_id: int) -> bool:
        row = self.milestone_model.row_of(milestone_id)
        if row < 0:
            return False
        index = self.milestone_model.index(row, MilestoneColumn.TITLE)
        self.milestones.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.milestones.scrollTo(index)
        return True

    def _on_goal_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_goal()
        self._update_actions()

    def _on_milestone_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.milestone_notice.hide()
        self._show_evidence()
        self._update_actions()

    def _update_actions(self) -> None:
        gp = self.selected_goal()
        has_goal = gp is not None
        active = has_goal and gp.goal.status is GoalStatus.ACTIVE
        for action in (self.action_edit_goal, self.action_delete_goal, self.action_add_milestone):
            action.setEnabled(has_goal)
        self.action_pin.setEnabled(bool(active))
        self.action_pin.setChecked(bool(gp and gp.goal.pinned))
        self.action_achieved.setEnabled(bool(active))
        self.action_dropped.setEnabled(bool(active))
        m = self.selected_milestone()
        for action in (
            self.action_edit_milestone,
            self.action_delete_milestone,
            self.action_split,
            self.action_link,
            self.action_up,
            self.action_down,
        ):
            action.setEnabled(m is not None)
        self.action_toggle_done.setEnabled(m is not None and not m.automatic)
        self.action_toggle_done.setToolTip(
            plain_tip(self._ticks_itself(m))  # names a skill or tag as typed
            if m is not None and m.automatic
            else self.tr("Tick or untick the selected milestone (Space)")
        )

    def _share_columns(self) -> None:
        """The criterion column gets what its texts need, up to COMPLETES_SHARE of what the fixed
        columns leave; the title (stretching) the rest."""
        header = self.milestones.horizontalHeader()
        fixed = sum(
            header.sectionSize(c)
            for c in MilestoneColumn
            if c not in (MilestoneColumn.TITLE, MilestoneColumn.COMPLETES)
        )
        room = self.milestones.viewport().width() - fixed
        needed = max(
            header.sectionSizeHint(MilestoneColumn.COMPLETES),
            self.milestones.sizeHintForColumn(MilestoneColumn.COMPLETES),
        )
        header.resizeSection(
            MilestoneColumn.COMPLETES, min(needed, max(90, int(room * COMPLETES_SHARE)))
        )

    def _ticks_itself(self, m: MilestoneStatus) -> str:
        return self.tr("“%s” ticks itself when: %s. It cannot be ticked by hand.") % (
            m.milestone.title,
            m.criterion_text,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space on a milestone that ticks itself says why nothing happens (its tick action is
        disabled, so the key would otherwise pass silently)."""
        if (
            watched is self.milestones
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            m = self.selected_milestone()
            if m is not None and m.automatic:
                self.milestone_notice.setText(self._ticks_itself(m))
                self.milestone_notice.show()
                return True
        if watched is self.milestones and event.type() == QEvent.Type.Resize:
            self._share_columns()
        tab = self._milestones_tab
        if tab is not None and watched is tab and event.type() == QEvent.Type.Resize:
            # A short tab keeps its room for the milestones: the evidence list shrinks first.
            rows = 3 if tab.height() >= SHORT_TAB_PX else 1
            self.evidence_list.setMaximumHeight(rows * self._evidence_row + 8)
        return super().eventFilter(watched, event)

    def _show_goal(self) -> None:
        gp = self.selected_goal()
        if gp is None:
            self.detail.setCurrentIndex(0)
            self.milestone_model.set_milestones([])
            self.chart.clear()
            return
        self.detail.setCurrentIndex(1)
        goal = gp.goal
        self.goal_title.setText(("★ " if goal.pinned else "") + goal.title)
        parts = [self.tr(KIND_LABELS[goal.kind])]
        if goal.target_role_title or goal.target_level:
            target = " · ".join(p for p in (goal.target_role_title, goal.target_level) if p)
            parts.append(self.tr("to %s") % target)
        if goal.target_date:
            parts.append(self.tr("target date %s") % format_date(goal.target_date))
        parts.append(self.tr("started %s") % format_date(goal.created_on))
        self.goal_target.setText(" · ".join(parts))
        done = len(gp.milestones) - len(gp.open_milestones)
        counts = self.tr("%1 of %n milestones", "", len(gp.milestones)).replace("%1", str(done))
        share = (
            self.tr("<b>%1</b> done (%2 of %3 weight; %4). %5")
            if gp.milestones
            else self.tr("<b>%1</b> done. %5")
        )
        self.progress_line.setText(
            share.replace("%1", f"{gp.progress:.0%}")
            .replace("%2", f"{gp.done_weight:g}")
            .replace("%3", f"{gp.total_weight:g}")
            .replace("%4", counts)
            .replace("%5", html.escape(gp.schedule.text))
        )
        # The pace behind the projection on hover: the line stays one line at the minimum width.
        self.projection_line.setText(month_range(gp))
        self.projection_line.setToolTip(plain_tip(gp.pace_text()))
        self.chart.set_progress(gp)
        # How to read the chart: on hover, so the words never crowd the chart out.
        self.chart.graphics.setToolTip(
            plain_tip(
                gp.pace_text()
                + "\n"
                + self.chart.explanation(gp)
                + " "
                + self.tr(
                    "The dashed line extends the recent pace; the shaded range is wider when "
                    "fewer milestones back that pace."
                )
            )
        )
        self.milestone_model.set_milestones(gp.milestones)
        self._share_columns()
        ids = sorted({e for m in gp.milestones for e in m.evidence_ids})
        entries = {e.id: e for e in self.ctx.journal.entries.get_many(ids)} if ids else {}
        self._entries = entries
        self.matrix.set_goal(gp, entries)
        self._show_evidence()

    def _show_evidence(self) -> None:
        self.evidence_model.clear()
        m = self.selected_milestone()
        if m is None:
            self.evidence_label.setText(self.tr("Select a milestone to see its evidence."))
            self.evidence_list.hide()  # no empty box
            return
        entries = getattr(self, "_entries", {})
        linked = set(m.milestone.evidence_ids)
        for entry_id in m.evidence_ids:
            record = entries.get(entry_id)
            if record is None:
                continue
            how = self.tr("linked") if entry_id in linked else self.tr("meets the criterion")
            item = QStandardItem(
                kind_icon(record.kind),
                f"{format_date(record.occurred_on)} · {record.title}  ({how})",
            )
            item.setData(entry_id, Qt.ItemDataRole.UserRole)
            item.setToolTip(kind_label(record.kind))
            self.evidence_model.appendRow(item)
        count = self.evidence_model.rowCount()
        self.evidence_list.setVisible(count > 0)
        self.evidence_list.setToolTip(
            self.tr("Double-click opens an entry; link more with Ctrl+E.") if count else ""
        )
        self.evidence_label.setText(
            self.tr("Evidence for “%s”: %n entries", "", count) % m.milestone.title
            if count
            else self.tr("No evidence yet for “%s”. Link entries with Ctrl+E.") % m.milestone.title
        )

    def _on_evidence_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(Qt.ItemDataRole.UserRole)
        if entry_id is not None:
            self.entry_requested.emit(int(entry_id))

    def _on_milestone_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != MilestoneColumn.DONE:
            self.edit_milestone()

    # -- writes -------------------------------------------------------------------------------

    def _push(self, command: object) -> bool:
        try:
            push(self.ctx.undo_stack, command)  # type: ignore[arg-type]
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Goals"), str(exc))
            return False
        return True

    def new_goal(self, kind: GoalKind | None = None, prefill: GoalDraft | None = None) -> None:
        from .dialogs import GoalDialog

        added: list[int] = []

        def commit(draft: GoalDraft) -> None:
            command = commands.AddGoalCommand(self.ctx.journal, draft)
            push(self.ctx.undo_stack, command)
            if command.goal_id is not None:
                added.append(command.goal_id)

        dialog = GoalDialog(
            self, kind=kind if isinstance(kind, GoalKind) else None, prefill=prefill, commit=commit
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.refresh()
            self.select_goal(added[0])

    def edit_goal(self) -> None:
        from .dialogs import GoalDialog

        gp = self.selected_goal()
        if gp is None:
            return
        before = gp.goal
        became_achieved: list[bool] = []

        def commit(draft: GoalDraft) -> None:
            base = dialog.goal or before  # after a conflict: the version the user resolved
            push(self.ctx.undo_stack, commands.EditGoalCommand(self.ctx.journal, base, draft))
            became_achieved.append(
                draft.status is GoalStatus.ACHIEVED and base.status is not GoalStatus.ACHIEVED
            )

        dialog = GoalDialog(
            self, goal=before, commit=commit, reload=lambda: self.ctx.journal.goals.get(before.id)
        )
        accepted = dialog.exec()
        if accepted == QDialog.DialogCode.Accepted and any(became_achieved):
            self._after_achieved(before)

    def delete_goal(self) -> None:
        gp = self.selected_goal()
        if gp is None:
            return
        goal = gp.goal
        evidence = sum(len(m.evidence_ids) for m in goal.milestones)
        milestones = self.tr("%n milestones", "", len(goal.milestones))
        links = self.tr("%n links to evidence", "", evidence)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete Goal"),
            self.tr(
                "Delete the goal “%1” with its %2 and %3?\n\n"
                "The linked entries stay in the journal. Undo (Ctrl+Z) brings the goal back."
            )
            .replace("%2", milestones)
            .replace("%3", links)
            .replace("%1", goal.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the title as typed, never as markup
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Yes:
            self._push(commands.DeleteGoalCommand(self.ctx.journal, goal))

    def _goal_now(self) -> GoalRecord | None:
        """The selected goal as the journal holds it now: "Pin" and the status actions change
        one field of that, never of an older copy (another device may have saved since)."""
        gp = self.selected_goal()
        if gp is None:
            return None
        try:
            return self.ctx.journal.goals.get(gp.goal.id)
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Goals"), str(exc))
            return None

    def toggle_pin(self) -> None:
        goal = self._goal_now()
        if goal is None:
            return
        draft = dataclasses.replace(commands.goal_draft(goal), pinned=not goal.pinned)
        self._push(commands.EditGoalCommand(self.ctx.journal, goal, draft))

    def mark_dropped(self) -> None:
        goal = self._goal_now()
        if goal is None:
            return
        draft = dataclasses.replace(
            commands.goal_draft(goal),
            status=GoalStatus.DROPPED,
            pinned=False,
            closed_on=max(self._today(), goal.created_on),
        )
        self._push(commands.EditGoalCommand(self.ctx.journal, goal, draft))

    def mark_achieved(self) -> None:
        goal = self._goal_now()
        if goal is None:
            return
        draft = dataclasses.replace(
            commands.goal_draft(goal),
            status=GoalStatus.ACHIEVED,
            pinned=False,
            closed_on=max(self._today(), goal.created_on),
        )
        if self._push(commands.EditGoalCommand(self.ctx.journal, goal, draft)):
            self._after_achieved(goal)

    def _after_achieved(self, goal: object) -> None:
        """A promotion reached: offer to record the new role, then to set the next goal."""
        from .dialogs import NewRoleDialog

        record = self.ctx.journal.goals.get(goal.id)  # type: ignore[attr-defined]
        if record.kind is not GoalKind.PROMOTION:
            return
        started: list[int] = []

        def commit(draft: object) -> None:
            command = commands.StartRoleCommand(self.ctx.journal, draft)  # type: ignore[arg-type]
            push(self.ctx.undo_stack, command)
            if command.role_id is not None:
                started.append(command.role_id)

        dialog = NewRoleDialog(
            self, journal=self.ctx.journal, goal=record, today=self._today(), commit=commit
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.start_next_goal():
            self.new_goal(
                GoalKind.PROMOTION,
                prefill=GoalDraft(
                    title="", kind=GoalKind.PROMOTION, pinned=True, created_on=self._today()
                ),
            )

    # -- milestones ---------------------------------------------------------------------------

    def add_milestone(self) -> None:
        from .dialogs import MilestoneDialog

        gp = self.selected_goal()
        if gp is None:
            return
        added: list[int] = []
        current = self.selected_milestone()
        position = current.milestone.position + 1 if current else None

        def commit(draft: object) -> None:
            command = commands.AddMilestoneCommand(
                self.ctx.journal,
                gp.goal.id,
                draft,  # type: ignore[arg-type]
                position,
            )
            push(self.ctx.undo_stack, command)
            if command.milestone_id is not None:
                added.append(command.milestone_id)

        dialog = MilestoneDialog(self, journal=self.ctx.journal, commit=commit)
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.refresh()
            self.select_milestone(added[0])

    def edit_milestone(self) -> None:
        from .dialogs import MilestoneDialog

        m = self.selected_milestone()
        if m is None:
            return

        def commit(draft: object) -> None:
            push(
                self.ctx.undo_stack,
                commands.EditMilestoneCommand(
                    self.ctx.journal,
                    dialog.milestone or m.milestone,  # after a conflict: the version resolved
                    draft,  # type: ignore[arg-type]
                ),
            )

        dialog = MilestoneDialog(
            self, journal=self.ctx.journal, milestone=m.milestone, commit=commit
        )
        dialog.exec()

    def delete_milestone(self) -> None:
        m = self.selected_milestone()
        if m is not None:
            self._push(commands.DeleteMilestoneCommand(self.ctx.journal, m.milestone))

    def toggle_done(self) -> None:
        m = self.selected_milestone()
        if m is not None and not m.automatic:
            self._on_toggle_requested(m.milestone.id, not m.done)

    def _on_toggle_requested(self, milestone_id: int, done: bool) -> None:
        row = self.milestone_model.row_of(milestone_id)
        m = self.milestone_model.milestone_at(row)
        if m is None or m.automatic:
            return
        self._push(
            commands.SetMilestoneDoneCommand(
                self.ctx.journal, m.milestone, self._today() if done else None
            )
        )

    def split_milestone(self) -> None:
        m = self.selected_milestone()
        if m is None:
            return
        title, ok = QInputDialog.getText(
            self,
            self.tr("Split Milestone"),
            plain_tip(  # the dialog guesses the format: the title must stay text
                self.tr(
                    "“%s” keeps half its weight; a new milestone with the other half follows it."
                    "\nTitle of the new milestone:"
                )
                % m.milestone.title
            ),
        )
        if ok and title.strip():
            command = commands.SplitMilestoneCommand(self.ctx.journal, m.milestone, title)
            if self._push(command) and command.new_id is not None:
                self.refresh()
                self.select_milestone(command.new_id)

    def move_milestone(self, step: int) -> None:
        gp = self.selected_goal()
        m = self.selected_milestone()
        if gp is None or m is None:
            return
        order = self.milestone_model.ids()
        i = order.index(m.milestone.id)
        j = max(0, min(len(order) - 1, i + step))
        if i == j:
            return
        moved = list(order)
        moved.insert(j, moved.pop(i))
        self._push(commands.ReorderMilestonesCommand(self.ctx.journal, gp.goal.id, order, moved))

    def _on_reorder_requested(self, order: list[int]) -> None:
        gp = self.selected_goal()
        current = self.milestone_model.ids()
        if gp is not None and order != current:
            self._push(
                commands.ReorderMilestonesCommand(self.ctx.journal, gp.goal.id, current, order)
            )

    def link_evidence(self) -> None:
        from .dialogs import LinkEvidenceDialog

        m = self.selected_milestone()
        if m is None:
            return
        dialog = LinkEvidenceDialog(
            self,
            journal=self.ctx.journal,
            already=m.milestone.evidence_ids,
            title=self.tr("Evidence for “%s”") % m.milestone.title,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        added, removed = list(dialog.added()), list(dialog.removed())
        if added or removed:
            self._push(
                commands.LinkEvidenceCommand(
                    self.ctx.journal, m.milestone.id, link=added, unlink=removed
                )
            )

    def _on_matrix_toggle(self, milestone_id: int, entry_id: int, link: bool) -> None:
        self._push(
            commands.LinkEvidenceCommand(
                self.ctx.journal,
                milestone_id,
                link=[entry_id] if link else [],
                unlink=[] if link else [entry_id],
            )
        )
