"""The Goals area: goals with progress, and for the selected goal its burn-up chart, milestone
checklist, evidence and the matrix of milestones against evidence entries.

The view draws and asks; `GoalsPresenter` holds the state and makes each write one operation of
the journal's log (Edit › Undo takes it back). Automatic milestones are judged from the journal on
each refresh, so they tick and untick themselves as entries and assessments change.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
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

from ...domain import GoalKind
from ...services import Change, ServiceError, Topic
from ...services.goals import GoalProgress, MilestoneStatus
from ...store import StoreError
from ..context import AppContext
from ..formatting import enum_label, format_date
from ..icons import icon
from ..reading_splitter import ReadingSplitter
from ..view_parts import heading, plain_tip, scope_to, secondary, view_action
from . import wording
from .charts import BurnUpChart
from .delegate import GoalRowDelegate
from .flows import GoalFlows
from .matrix import EvidenceMatrixView
from .milestones_pane import MilestonesPane
from .model import GoalColumn, GoalListModel, MilestoneColumn
from .pinned_card import projection_text
from .presenter import GoalsPresenter

SPLITTER_KEY = "goals/splitter_sizes"
DEFAULT_SPLIT = (240, 860)  # the list keeps its width (at least its minimum); the detail grows


def month_range(gp: GoalProgress) -> str:
    """The projection in words, as precise as it honestly is: months, not days."""
    return projection_text(gp.projection, achieved=wording.achieved(gp))


class GoalsView(QWidget):
    entry_requested = Signal(int)  # open an evidence entry

    def current_record(self) -> tuple[str, int, str] | None:
        """The selected record, for Edit › History…"""
        return self.presenter.current_record()

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
        self.presenter = GoalsPresenter(ctx.journal, today)
        self.flows = GoalFlows(self, self.presenter)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build_goal_actions()
        self._build_milestone_actions()
        self._build()
        ctx.bridge.changed.connect(self._on_change)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str = "",
    ) -> QAction:
        return view_action(self, name, text, slot, keys, icon_name, tip)

    def _build_goal_actions(self) -> None:
        tr, f = self.tr, self.flows
        delete = QKeySequence.StandardKey.Delete
        self.action_new_goal = self._action(
            "action_new_goal", tr("New &Goal…"), f.new_goal, "Ctrl+Shift+G", "add"
        )
        self.action_edit_goal = self._action(
            "action_edit_goal", tr("&Edit Goal…"), f.edit_goal, "F2", "edit"
        )
        self.action_delete_goal = self._action(
            "action_delete_goal", tr("&Delete Goal…"), f.delete_goal, delete, "trash"
        )
        self.action_pin = self._action(
            "action_pin_goal",
            tr("&Pin as Next Promotion"),
            f.toggle_pin,
            None,
            "star",
            tr("Follow this goal at the top of Insights (one goal at a time)"),
        )
        self.action_pin.setCheckable(True)
        self.action_achieved = self._action(
            "action_goal_achieved", tr("Mark &Achieved…"), f.mark_achieved, None, "star-filled"
        )
        self.action_dropped = self._action(
            "action_goal_dropped", tr("Mark D&ropped"), f.mark_dropped, None, "close"
        )

    def _build_milestone_actions(self) -> None:
        tr, f = self.tr, self.flows
        self.action_add_milestone = self._action(
            "action_add_milestone", tr("Add &Milestone…"), f.add_milestone, "Ins", "add"
        )
        self.action_edit_milestone = self._action(
            "action_edit_milestone", tr("Edit Milestone…"), f.edit_milestone, "F2", "edit"
        )
        self.action_delete_milestone = self._action(
            "action_delete_milestone",
            tr("Delete Milestone"),
            f.delete_milestone,
            QKeySequence.StandardKey.Delete,
            "trash",
        )
        self.action_toggle_done = self._action(
            "action_toggle_done",
            tr("Done / Not Done"),
            f.toggle_done,
            "Space",
            "restore",
            tr("Tick or untick the selected milestone (Space)"),
        )
        self.action_split = self._action(
            "action_split_milestone", tr("&Split…"), f.split_milestone, None, "split"
        )
        self.action_up = self._action(
            "action_milestone_up", tr("Move Up"), lambda: f.move_milestone(-1), "Alt+Up", "up"
        )
        self.action_down = self._action(
            "action_milestone_down",
            tr("Move Down"),
            lambda: f.move_milestone(1),
            "Alt+Down",
            "down",
        )
        self.action_link = self._action(
            "action_link_evidence",
            tr("&Link Evidence…"),
            f.link_evidence,
            "Ctrl+E",
            "link",
            tr("Link journal entries to the selected milestone (Ctrl+E)"),
        )

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName("goals_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (
            self.action_new_goal,
            self.action_edit_goal,
            self.action_pin,
            self.action_achieved,
            self.action_dropped,
            self.action_delete_goal,
        ):
            toolbar.addAction(action)
        for action in (self.action_edit_goal, self.action_delete_goal):
            button = toolbar.widgetForAction(action)  # icons with tooltips: room for the filter
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.show_closed = QCheckBox(self.tr("Show achieved and &dropped"))
        self.show_closed.setObjectName("show_closed_goals")
        self.show_closed.toggled.connect(self._on_show_closed)
        toolbar.addWidget(self.show_closed)
        return toolbar

    def _build_goal_list(self) -> QTableView:
        self.goal_model = GoalListModel(self)
        table = QTableView()
        table.setObjectName("goal_list")
        table.setModel(self.goal_model)
        # One column of two-line rows (title; bar, standing, target): narrow yet complete.
        self.goal_delegate = GoalRowDelegate(self)
        table.setItemDelegateForColumn(GoalColumn.TITLE, self.goal_delegate)
        table.verticalHeader().hide()
        table.horizontalHeader().hide()
        table.setShowGrid(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setDefaultSectionSize(
            2 * table.fontMetrics().height() + 3 * GoalRowDelegate.PAD
        )
        for column in (GoalColumn.PROGRESS, GoalColumn.TARGET, GoalColumn.STANDING):
            table.setColumnHidden(column, True)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMinimumWidth(170)
        table.selectionModel().currentRowChanged.connect(self._on_goal_changed)
        table.doubleClicked.connect(lambda _i: self.flows.edit_goal())
        scope_to(self, table, self.action_edit_goal, self.action_delete_goal)
        return table

    def _build_empty_page(self) -> QWidget:
        tr = self.tr
        page = QWidget()
        page.setObjectName("goals_empty")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
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
        first.clicked.connect(lambda: self.flows.new_goal(GoalKind.PROMOTION))
        for w in (picture, title, text):
            layout.addWidget(w)
        layout.addWidget(first, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _build(self) -> None:
        toolbar = self._build_toolbar()
        self.goal_table = self._build_goal_list()
        self.left = QStackedWidget()
        self.left.addWidget(self._build_empty_page())
        self.left.addWidget(self.goal_table)

        # Right: the selected goal.
        self.detail = QStackedWidget()
        self.detail.setObjectName("goal_detail")
        hint = QLabel(self.tr("Select a goal to see its milestones and progress."))
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

    def _build_milestones_pane(self) -> MilestonesPane:
        pane = MilestonesPane(
            (
                self.action_add_milestone,
                self.action_edit_milestone,
                self.action_toggle_done,
                self.action_split,
                self.action_link,
                self.action_delete_milestone,
                self.action_up,
                self.action_down,
            ),
            compact=(
                self.action_edit_milestone,
                self.action_split,
                self.action_delete_milestone,
                self.action_up,
                self.action_down,
            ),
        )
        pane.why_untickable = self._why_untickable
        pane.model.toggle_requested.connect(self.flows.set_done)
        pane.model.reorder_requested.connect(self.flows.reorder)
        pane.table.selectionModel().currentRowChanged.connect(self._on_milestone_changed)
        pane.table.doubleClicked.connect(self._on_milestone_double_clicked)
        pane.evidence_list.doubleClicked.connect(self._on_evidence_activated)
        scope_to(
            self,
            pane.table,
            self.action_edit_milestone,
            self.action_delete_milestone,
            self.action_toggle_done,
            self.action_up,
            self.action_down,
        )
        # The pane's parts, by the names the rest of the app knows them.
        self.milestones, self.milestone_model = pane.table, pane.model
        self.evidence_list, self.evidence_model = pane.evidence_list, pane.evidence_model
        self.milestone_notice, self.evidence_label = pane.notice, pane.evidence_label
        return pane

    def _build_detail(self) -> QWidget:
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
        self.milestones_pane = self._build_milestones_pane()
        self.matrix = EvidenceMatrixView()
        self.matrix.setObjectName("evidence_matrix")
        self.matrix.entry_activated.connect(self.entry_requested)
        self.matrix.toggle_link_requested.connect(self.flows.toggle_link)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.milestones_pane, icon("nav-goals"), self.tr("&Milestones"))
        self.tabs.addTab(self.matrix, icon("link"), self.tr("Evidence Matri&x"))

        # The words above the splitter (a layout gives wrapped lines their height; a splitter
        # would not), the chart and the tabs in it.
        layout.setSpacing(3)
        for w in (self.goal_title, self.goal_target, self.progress_line, self.projection_line):
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

    def _on_show_closed(self, checked: bool) -> None:
        self.presenter.show_closed = checked
        self.refresh()

    def refresh(self) -> None:
        """Re-read every goal's progress; keep the selected goal and milestone."""
        p = self.presenter
        p.load()
        goal_id, milestone_id = p.selected_goal_id, p.selected_milestone_id  # models reset next
        self.goal_model.set_goals(p.goals)
        self.left.setCurrentIndex(1 if p.has_any else 0)
        self._set_current_goal(goal_id)
        self._show_goal()
        if milestone_id is not None:
            self.select_milestone(milestone_id)
        self._update_actions()

    # -- selection ----------------------------------------------------------------------------

    def _set_current_goal(self, goal_id: int | None) -> None:
        self.presenter.select_goal(goal_id)
        row = self.goal_model.row_of(goal_id) if goal_id is not None else -1
        if row >= 0:
            self.goal_table.selectionModel().setCurrentIndex(
                self.goal_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def select_goal(self, goal_id: int) -> bool:
        """Select a listed goal (the area asks for one to show); False if it is not listed."""
        if self.goal_model.row_of(goal_id) < 0:
            return False
        self._set_current_goal(goal_id)
        return True

    def select_milestone(self, milestone_id: int) -> bool:
        """Select a milestone of the shown goal; False if it has none of that id."""
        return self.milestones_pane.select(milestone_id)

    def _on_goal_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        gp = self.goal_model.goal_at(current.row())
        self.presenter.select_goal(gp.goal.id if gp else None)
        self._show_goal()
        self._update_actions()

    def _on_milestone_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.presenter.select_milestone(self.milestones_pane.current_id())
        self.milestone_notice.hide()
        self._show_evidence()
        self._update_actions()

    def _update_actions(self) -> None:
        state = self.presenter.actions()
        for action in (self.action_edit_goal, self.action_delete_goal, self.action_add_milestone):
            action.setEnabled(state.goal)
        for action in (self.action_pin, self.action_achieved, self.action_dropped):
            action.setEnabled(state.active)
        self.action_pin.setChecked(state.pinned)
        for action in (
            self.action_edit_milestone,
            self.action_delete_milestone,
            self.action_split,
            self.action_link,
            self.action_up,
            self.action_down,
        ):
            action.setEnabled(state.milestone)
        self.action_toggle_done.setEnabled(state.tick)
        self.action_toggle_done.setToolTip(
            plain_tip(self._ticks_itself(state.ticks_itself))  # names a skill or tag as typed
            if state.ticks_itself is not None
            else self.tr("Tick or untick the selected milestone (Space)")
        )

    def _ticks_itself(self, m: MilestoneStatus) -> str:
        return self.tr("“%s” ticks itself when: %s. It cannot be ticked by hand.") % (
            m.milestone.title,
            wording.criterion_text(m.criterion).rstrip("."),  # the sentence goes on
        )

    def _why_untickable(self) -> str | None:
        m = self.presenter.actions().ticks_itself
        return None if m is None else self._ticks_itself(m)

    # -- showing ------------------------------------------------------------------------------

    def _show_goal(self) -> None:
        gp = self.presenter.selected_goal
        if gp is None:
            self.detail.setCurrentIndex(0)
            self.milestones_pane.set_milestones([])
            self.chart.clear()
            return
        self.detail.setCurrentIndex(1)
        goal = gp.goal
        self.goal_title.setText(("★ " if goal.pinned else "") + goal.title)
        parts = [enum_label(goal.kind)]
        if goal.target_role_title or goal.target_level:
            target = " · ".join(p for p in (goal.target_role_title, goal.target_level) if p)
            parts.append(self.tr("to %s") % target)
        if goal.target_date:
            parts.append(self.tr("target date %s") % format_date(goal.target_date))
        parts.append(self.tr("started %s") % format_date(goal.created_on))
        self.goal_target.setText(" · ".join(parts))
        self.progress_line.setText(self._progress_text(gp))
        # The pace behind the projection on hover: the line stays one line at the minimum width.
        self.projection_line.setText(month_range(gp))
        self.projection_line.setToolTip(plain_tip(wording.pace_text(gp)))
        self.chart.set_progress(gp)
        # How to read the chart: on hover, so the words never crowd the chart out.
        self.chart.graphics.setToolTip(
            plain_tip(
                wording.pace_text(gp)
                + "\n"
                + self.chart.explanation(gp)
                + " "
                + self.tr(
                    "The dashed line extends the recent pace; the shaded range is wider when "
                    "fewer milestones back that pace."
                )
            )
        )
        self.milestones_pane.set_milestones(gp.milestones)
        self.matrix.set_goal(gp, self.presenter.entries)
        self._show_evidence()

    def _progress_text(self, gp: GoalProgress) -> str:
        done = len(gp.milestones) - len(gp.open_milestones)
        counts = self.tr("%1 of %n milestones", "", len(gp.milestones)).replace("%1", str(done))
        share = (
            self.tr("<b>%1</b> done (%2 of %3 weight; %4). %5")
            if gp.milestones
            else self.tr("<b>%1</b> done. %5")
        )
        return (
            share.replace("%1", f"{gp.progress:.0%}")
            .replace("%2", f"{gp.done_weight:g}")
            .replace("%3", f"{gp.total_weight:g}")
            .replace("%4", counts)
            .replace("%5", html.escape(wording.schedule_text(gp)))
        )

    def _show_evidence(self) -> None:
        self.milestones_pane.show_evidence(
            self.presenter.selected_milestone, self.presenter.evidence()
        )

    def _on_evidence_activated(self, index: QModelIndex) -> None:
        entry_id = self.milestones_pane.evidence_entry(index)
        if entry_id is not None:
            self.entry_requested.emit(entry_id)

    def _on_milestone_double_clicked(self, index: QModelIndex) -> None:
        if index.column() != MilestoneColumn.DONE:
            self.flows.edit_milestone()

    # -- for the flows ------------------------------------------------------------------------

    def warn(self, error: ServiceError | StoreError) -> None:
        """A write was refused: say why (nothing was changed)."""
        QMessageBox.warning(self, self.tr("Goals"), str(error))
