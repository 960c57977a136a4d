"""The Levels area's view: the active framework's rubric against your current and next level.

At the top, the framework, the level picker, the position within the current level and the
readiness for the next (each saying how it is computed), per topic too. Below, the criteria of
the next (or the current) level, those without evidence first; at the right, the selected
criterion with its evidence and assessments. The keys 1, 2 and 3 assess the selected criterion
while the table has focus; Enter goes into the pane, Esc comes back. The view follows the
journal's change signal (an assessment, a link, an undo, a new role, another window), keeping
the selected criterion by id. Without a framework, a page says what one is and how to get one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain import Demonstration
from ...services import Change, ServiceError, Topic, ValidationError
from ...services.framework_records import CriterionState, LevelRubric, Rubric
from ...store import StoreError
from ..context import AppContext
from ..icons import icon
from ..reading_splitter import ReadingSplitter
from ..view_parts import StatusLabel, scope_to, secondary, view_action
from .detail import CriterionDetail
from .empty import LevelsEmptyPage
from .flows import LevelsFlows
from .header import RubricHeader
from .model import Column, CriterionModel
from .words import level_name, role_name

SPLITTER_KEY = "levels/splitter_sizes"
DEFAULT_SPLIT = (680, 400)  # proportions: the splitter scales them to its width
_ICONS = "careerjournal_levels_icon"  # an action's icon name, to redraw it in a new palette
NEXT_TAB, CURRENT_TAB = 0, 1
#: What the view follows: the rubric reads frameworks, entries (evidence) and roles (the level).
TOPICS = (Topic.FRAMEWORKS, Topic.ENTRIES, Topic.ROLES)


class LevelsView(QWidget):
    """The rubric and one criterion at a time; writes through `flows`."""

    #: "Show it in Goals" after making the promotion goal: the goal's id.
    open_goal_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levels_page")
        self.ctx = ctx
        self.rubric: Rubric | None = None
        self._chosen: int | None = None
        self.model = CriterionModel(self)
        self.flows = LevelsFlows(self)
        self._build_actions()
        self.header = RubricHeader(self)
        self.header.level_chosen.connect(self._on_level_chosen)
        self.header.role_level_requested.connect(self.flows.choose_role_level)
        self.tabs = self._build_tabs()
        self.table = self._build_table()
        self.detail = self._build_detail()
        self.splitter = ReadingSplitter(
            self.table, self.detail, ctx.settings, SPLITTER_KEY, DEFAULT_SPLIT, self
        )
        self.splitter.setObjectName("levels_splitter")
        self.empty_page = LevelsEmptyPage(self)
        self.empty_page.start_requested.connect(self.flows.start_published)
        self.empty_page.import_requested.connect(self.flows.import_framework)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_rubric_page())
        self.stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self._build_toolbar())
        layout.addWidget(self.stack, 1)

        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        ctx.bridge.changed.connect(self._on_change)
        self.reload()

    # -- building -----------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: str | None = None,
        icon_name: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = view_action(self, name, text, slot, keys, icon_name, tip)
        if icon_name:
            action.setProperty(_ICONS, icon_name)
        return action

    def _build_actions(self) -> None:
        tr, f = self.tr, self.flows
        self.action_make_goal = self._action(
            "levels_make_goal", tr("Make This My &Promotion Goal"), f.make_goal, None,
            "nav-goals", tr("A goal whose milestones are the next level's criteria"),
        )  # fmt: skip
        self.action_link = self._action(
            "levels_link_evidence", tr("&Link Evidence…"), f.link_evidence, "Ctrl+E", "link",
            tr("Link journal entries to the selected criterion (Ctrl+E)"),
        )  # fmt: skip
        self.action_consistently = self._action(
            "levels_assess_consistently", tr("Assess: &Consistently"),
            lambda: f.assess(Demonstration.CONSISTENTLY), "1", None,
            tr("You show the selected criterion consistently, as of today (1)"),
        )  # fmt: skip
        self.action_sometimes = self._action(
            "levels_assess_sometimes", tr("Assess: &Sometimes"),
            lambda: f.assess(Demonstration.SOMETIMES), "2", None,
            tr("You show the selected criterion sometimes, as of today (2)"),
        )  # fmt: skip
        self.action_not_yet = self._action(
            "levels_assess_not_yet", tr("Assess: &Not Yet"),
            lambda: f.assess(Demonstration.NOT_YET), "3", None,
            tr("You do not show the selected criterion yet, as of today (3)"),
        )  # fmt: skip
        self.action_import = self._action(
            "levels_import_framework", tr("&Import Framework…"), f.import_framework, None,
            "import", tr("Import your employer's framework from a file (again, to update it)"),
        )  # fmt: skip
        self.action_start = self._action(
            "levels_start_published", tr("&Start From a Published Framework…"),
            f.start_published, None, "add",
            tr("Begin with one of the published frameworks that come with the app"),
        )  # fmt: skip

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar(self)
        toolbar.setObjectName("levels_toolbar")
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.action_make_goal)
        toolbar.addAction(self.action_link)
        toolbar.addSeparator()
        self.status_label = secondary(StatusLabel(toolbar))
        self.status_label.setObjectName("levels_status")
        toolbar.addWidget(self.status_label)
        toolbar.addAction(self.action_import)
        toolbar.addAction(self.action_start)
        return toolbar

    def _build_tabs(self) -> QTabBar:
        tabs = QTabBar(self)
        tabs.setObjectName("levels_tabs")
        tabs.setAccessibleName(self.tr("Which level's criteria"))
        tabs.addTab(self.tr("Next level"))
        tabs.addTab(self.tr("Current level"))
        tabs.setDrawBase(False)
        tabs.setExpanding(False)
        tabs.currentChanged.connect(self._on_tab)
        return tabs

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("levels_table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAccessibleName(self.tr("Criteria"))
        metrics = table.fontMetrics()
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(24, metrics.height() + 10))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(40)
        em = metrics.horizontalAdvance("M")
        widths = {
            Column.TOPIC: em * 10,
            Column.EVIDENCE: metrics.horizontalAdvance("00 · 00 Mmm 0000") + em * 2,
            Column.ASSESSMENT: metrics.horizontalAdvance("Consistently · 00 Mmm 0000") + em * 2,
            Column.GAP: metrics.horizontalAdvance("Not yet consistent") + em * 2,
        }
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.CRITERION, QHeaderView.ResizeMode.Stretch)
        table.setMinimumWidth(360)
        table.activated.connect(self._on_activated)
        # 1, 2 and 3 assess while the table has focus (the note field takes digits as typed).
        scope_to(self, table, self.action_consistently, self.action_sometimes, self.action_not_yet)
        return table

    def _build_detail(self) -> CriterionDetail:
        detail = CriterionDetail(self)
        detail.assess_requested.connect(self.flows.assess)
        detail.link_requested.connect(self.flows.link_evidence)
        detail.unlink_requested.connect(self.flows.unlink)
        detail.delete_assessment_requested.connect(self.flows.delete_assessment)
        detail.leave_requested.connect(
            lambda: self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        return detail

    def _build_rubric_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("levels_rubric_page")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        layout.addWidget(self.splitter, 1)
        self.rubric_page = page
        return page

    # -- what is selected ---------------------------------------------------------------------

    def current_state(self) -> CriterionState | None:
        """The selected criterion's state, as of the last reload."""
        return self.model.state_at(self.table.currentIndex().row())

    def current_record(self) -> tuple[str, int, str] | None:
        """Edit › History… has no history of a criterion: the journal's is shown instead."""
        return None

    def shown_level(self) -> LevelRubric | None:
        """The level whose criteria the table lists (the tab's)."""
        if self.rubric is None:
            return None
        return self.rubric.current if self.tabs.currentIndex() == CURRENT_TAB else self.rubric.next

    def select_criterion(self, criterion_id: int) -> bool:
        row = self.model.row_of(criterion_id)
        if row < 0:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, Column.CRITERION)
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def show_status(self, text: str) -> None:
        self.status_label.setText(text)

    # -- reloading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the rubric again; the tab and the selected criterion stay."""
        try:
            rubric = self._read_rubric()
        except (ServiceError, StoreError) as exc:
            self.show_status(str(exc))
            return
        self.rubric = rubric
        if rubric is None:
            self.stack.setCurrentWidget(self.empty_page)
            self.model.set_states([])
            self.detail.show_empty()
            self._update_actions()
            return
        self.stack.setCurrentWidget(self.rubric_page)
        self.header.show_rubric(rubric, self._chosen, self._role_text(rubric))
        self._update_tabs(rubric)
        self._fill_table()

    def _read_rubric(self) -> Rubric | None:
        service = self.ctx.journal.rubric
        if self._chosen is not None:
            try:
                return service.rubric(level=self._chosen)
            except ValidationError:  # the framework changed: that level is gone
                self._chosen = None
        return service.rubric()

    def _role_text(self, rubric: Rubric) -> str:
        if rubric.role_id is None:
            return ""
        try:
            role = self.ctx.journal.roles.get(rubric.role_id)
        except (ServiceError, StoreError):
            return ""
        return role_name(role.title, role.level)

    def _update_tabs(self, rubric: Rubric) -> None:
        tabs = self.tabs
        tabs.blockSignals(True)
        for tab, level in ((NEXT_TAB, rubric.next), (CURRENT_TAB, rubric.current)):
            base = self.tr("Next level") if tab == NEXT_TAB else self.tr("Current level")
            text = f"{base}: {level_name(level.level)}" if level is not None else base
            tabs.setTabText(tab, text)
            tabs.setTabEnabled(tab, level is not None)
        if not tabs.isTabEnabled(tabs.currentIndex()):
            other = CURRENT_TAB if tabs.currentIndex() == NEXT_TAB else NEXT_TAB
            if tabs.isTabEnabled(other):
                tabs.setCurrentIndex(other)
        tabs.blockSignals(False)

    def _fill_table(self) -> None:
        kept = self.model.id_at(self.table.currentIndex().row())
        level = self.shown_level()
        self.model.set_states(level.criteria if level is not None else ())
        if not (kept is not None and self.select_criterion(kept)):
            self.select_row(0)
        self._update_detail()
        self._update_actions()

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if any(change.touches(topic) for topic in TOPICS):
            self.reload()

    # -- reacting -----------------------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_detail()
        self._update_actions()

    @Slot(int)
    def _on_tab(self, _index: int) -> None:
        self._fill_table()

    def _on_level_chosen(self, level: object) -> None:
        self._chosen = level if isinstance(level, int) else None
        self.reload()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.detail.focus_first()

    def _update_detail(self) -> None:
        state = self.current_state()
        level = self.shown_level()
        if state is None:
            empty = "" if self.model.rowCount() else self.tr("This level has no criteria.")
            self.detail.show_empty(empty)
        else:
            self.detail.show_state(state, level_name(level.level) if level is not None else "")

    def _update_actions(self) -> None:
        writable = not self.ctx.journal.store.read_only
        selected = writable and self.current_state() is not None
        for action in (
            self.action_link,
            self.action_consistently,
            self.action_sometimes,
            self.action_not_yet,
        ):
            action.setEnabled(selected)
        nxt = self.rubric.next if self.rubric is not None else None
        self.action_make_goal.setEnabled(writable and nxt is not None and nxt.total > 0)
        self.action_import.setEnabled(writable)
        self.action_start.setEnabled(writable)
        self.detail.set_read_only(not writable)
        self.empty_page.set_read_only(not writable)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "stack"):
            for action in self.findChildren(QAction):
                name = action.property(_ICONS)
                if name:
                    action.setIcon(icon(str(name)))
        super().changeEvent(event)
