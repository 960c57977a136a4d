"""The Skills area: bands and skills against their targets, with charts of how they grew.

Left, the tree of bands and skills (a bar per skill: level reached, gap to target). Right, a radar
of band levels now against target, and below it the chart for the selection: a band's layers over
time, or a skill's level history with its evidence entries (click one to open it).

The view draws and asks; `SkillsPresenter` holds the state and makes each write one operation of
the journal's log (Edit › Undo takes it back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services import Change, Topic
from ..context import AppContext
from ..formatting import scale_level_names
from ..icons import icon
from ..view_parts import secondary
from . import wording
from .charts import BandRadar
from .delegate import LevelBarDelegate
from .detail import SkillDetail, heading
from .flows import STARTER_BANDS, SkillFlows, starter_bands
from .model import Column, Role, SkillsFilter, SkillsTreeModel
from .presenter import Kind, SkillsPresenter

__all__ = ["STARTER_BANDS", "SkillsView"]


def _explanation(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return secondary(label)  # quieter than the content, yet readable


class SkillsView(QWidget):
    """Everything about bands and skills; each write is one undoable operation."""

    entry_requested = Signal(int)  # an evidence entry to open

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
        self.setObjectName("skills_view")
        self.ctx = ctx
        self.presenter = SkillsPresenter(ctx.journal, today, scale_level_names)
        self.flows = SkillFlows(self, self.presenter)
        self._fitted_names: tuple[str, ...] = ()
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._build_actions()
        self._build()
        ctx.bridge.changed.connect(self._on_change)
        self.refresh()

    # -- building -----------------------------------------------------------------------------

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon_name: str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr, f = self.tr, self.flows
        self.action_new_band = self._action(
            "action_new_band", tr("New &Band…"), f.new_band, "Ctrl+Shift+B", "add"
        )
        self.action_new_skill = self._action(
            "action_new_skill", tr("New &Skill…"), f.new_skill, "Ins", "add"
        )
        self.action_record = self._action(
            "action_record_level",
            tr("&Record Level…"),
            f.record_level,
            "Ctrl+L",
            "kind-skill",
            tr("Record a level for the selected skill (Ctrl+L)"),
        )
        self.action_edit = self._action(
            "action_edit_skill", tr("&Edit…"), f.edit_selected, "F2", "edit"
        )
        self.action_delete = self._action(
            "action_delete_skill",
            tr("&Delete…"),
            f.delete_selected,
            QKeySequence.StandardKey.Delete,
            "trash",
        )
        self.action_up = self._action(
            "action_move_up", tr("Move &Up"), lambda: f.move_selected(-1), "Alt+Up", "up"
        )
        self.action_down = self._action(
            "action_move_down",
            tr("Move Do&wn"),
            lambda: f.move_selected(1),
            "Alt+Down",
            "down",
        )
        self.action_settings = self._action(
            "action_skill_settings",
            tr("Scale and Band &Rule…"),
            f.show_settings,
            None,
            "settings",
        )

    def _build_toolbar(self) -> QToolBar:
        tr = self.tr
        toolbar = QToolBar()
        toolbar.setObjectName("skills_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.action_new_band, self.action_new_skill, self.action_record):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.action_edit, self.action_delete):
            toolbar.addAction(action)
        for action in (self.action_up, self.action_down):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.gaps_only = QCheckBox(tr("&Gaps only"))
        self.gaps_only.setObjectName("gaps_only")
        self.gaps_only.setToolTip(tr("Only skills below their target level"))
        self.changed_only = QCheckBox(tr("Changed this &year"))
        self.changed_only.setObjectName("changed_this_year")
        self.changed_only.setToolTip(
            tr("Only skills whose level now differs from their level on 1 January")
        )
        toolbar.addWidget(self.gaps_only)
        toolbar.addWidget(self.changed_only)
        toolbar.addAction(self.action_settings)
        self.gaps_only.toggled.connect(self._on_filter)
        self.changed_only.toggled.connect(self._on_filter)
        return toolbar

    def _build_tree(self) -> QWidget:
        tr = self.tr
        self.model = SkillsTreeModel(self)
        self.proxy = SkillsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("skills_tree")
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegateForColumn(Column.PROGRESS, LevelBarDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAccessibleName(tr("Skill bands and skills"))
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(Column.NAME, 180)
        header.resizeSection(Column.PROGRESS, 100)
        # Keys that act on the selected row work in the tree only (the level history table has
        # its own Delete).
        for action in (self.action_edit, self.action_delete, self.action_up, self.action_down):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        self.tree.selectionModel().currentChanged.connect(self._on_current)
        self.tree.doubleClicked.connect(self._on_double_clicked)
        self.rule_label = _explanation()
        self.rule_label.setObjectName("band_rule")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.rule_label)
        self.no_match = QLabel(tr("No skill matches these filters."))
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        secondary(self.no_match)
        left_layout.addWidget(self.no_match)
        return left

    def _build(self) -> None:
        toolbar = self._build_toolbar()
        left = self._build_tree()

        # Right: the radar, then the selection's chart.
        self.radar = BandRadar()
        self.radar.setObjectName("band_radar")
        radar_box = QWidget()
        radar_layout = QVBoxLayout(radar_box)
        radar_layout.setContentsMargins(0, 0, 0, 0)
        radar_layout.addWidget(heading(self.tr("Bands now and at target"), 1.1))
        radar_layout.addWidget(self.radar, 1)

        self.detail = SkillDetail()
        self.detail.entry_requested.connect(self.entry_requested)
        self.detail.record_requested.connect(lambda: self.flows.record_level())
        self.detail.action_delete_level.triggered.connect(lambda: self.flows.delete_level())

        right = QSplitter(Qt.Orientation.Vertical)
        right.setChildrenCollapsible(False)
        right.addWidget(radar_box)
        right.addWidget(self.detail)
        # The selection's chart gets the larger part: it has a legend, a strip and two axes.
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setSizes([260, 440])

        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(left)
        self.content.addWidget(right)
        self.content.setStretchFactor(0, 1)
        self.content.setStretchFactor(1, 1)
        self.content.setSizes([560, 440])

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_empty_page())
        self.pages.addWidget(self.content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(toolbar)
        layout.addWidget(self.pages, 1)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("skills_empty")
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon("nav-skills").pixmap(64, 64))
        title = heading(self.tr("No skill bands yet"), 1.5)
        text = QLabel(
            self.tr(
                "Group your skills into a few broad bands, such as craft, delivery and "
                "leadership. Give each skill the level your next role expects; every level you "
                "record then shows how far each band has risen and what is still missing."
            )
        )
        text.setWordWrap(True)
        text.setFixedWidth(520)
        text.setMinimumHeight(text.heightForWidth(520))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        add = QPushButton(icon("add"), self.tr("Add a &Band…"))
        add.setObjectName("add_first_band")
        add.clicked.connect(lambda: self.flows.new_band())
        starter = QPushButton(self.tr("Start with &Four Common Bands"))
        starter.setObjectName("add_starter_bands")
        starter.setToolTip(", ".join(starter_bands()))
        starter.clicked.connect(lambda: self.flows.add_starter_bands())
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(starter)
        buttons.addStretch(1)
        for w in (picture, title, text):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.setSpacing(12)
        layout.addStretch(3)
        return page

    # -- data ---------------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if any(change.touches(t) for t in (Topic.SKILLS, Topic.PROFILE, Topic.ENTRIES, Topic.ALL)):
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Re-read the overview; keep the selection and the expanded bands."""
        p = self.presenter
        expanded = self._expanded_band_ids()
        first_load = p.overview is None
        p.load()
        overview = p.overview
        assert overview is not None
        selection = p.selection  # the model reset below clears the tree's
        self.model.set_overview(overview)
        self.pages.setCurrentIndex(1 if overview.bands else 0)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            band_id = index.data(Role.ID)
            if first_load or band_id in expanded or self.proxy.is_filtering():
                self.tree.expand(index)
        self.rule_label.setText(wording.rule(overview))
        self.radar.set_bands(
            [(b.band.name, b.level, b.target_level) for b in overview.bands if b.skills],
            overview.top,
        )
        self.radar.setWhatsThis(self.radar.explanation())
        self._fit_level_columns(overview.level_names)
        self._update_no_match()
        if selection is None or not self.select(*selection):
            self.presenter.select(self._selected())  # filtered out: nothing is selected
        self._show_detail()
        self._update_actions()

    def _fit_level_columns(self, names: Sequence[str]) -> None:
        """The Now and Target columns as wide as the scale's longest level name (capped), so
        no level name is cut short; only when the scale changes, so a width the user set
        stays."""
        if tuple(names) == self._fitted_names:
            return
        self._fitted_names = tuple(names)
        metrics = self.tree.fontMetrics()
        widest = max((metrics.horizontalAdvance(n) for n in names), default=60)
        header = self.tree.header()
        for column in (Column.NOW, Column.TARGET):
            title = metrics.horizontalAdvance(
                str(self.model.headerData(column, Qt.Orientation.Horizontal))
            )
            header.resizeSection(column, min(150, max(widest, title) + 14))

    def _expanded_band_ids(self) -> set[int]:
        ids = set()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.tree.isExpanded(index):
                ids.add(index.data(Role.ID))
        return ids

    def _on_filter(self) -> None:
        self.proxy.set_gaps_only(self.gaps_only.isChecked())
        self.proxy.set_changed_this_year(self.changed_only.isChecked())
        self.tree.expandAll()
        self._update_no_match()

    def _update_no_match(self) -> None:
        self.no_match.setVisible(self.proxy.is_filtering() and self.proxy.rowCount() == 0)

    # -- selection ----------------------------------------------------------------------------

    def _selected(self) -> tuple[Kind, int] | None:
        """("band", id) or ("skill", id) of the tree's current row."""
        index = self.proxy.mapToSource(self.tree.currentIndex())
        if not index.isValid():
            return None
        skill = self.model.skill_at(index)
        if skill is not None:
            return ("skill", skill.skill.id)
        band = self.model.band_at(index)
        return ("band", band.band.id) if band else None

    def select(self, kind: Kind, item_id: int) -> bool:
        """Make a band or skill the tree's current row; False if the tree does not show it."""
        source = (
            self.model.skill_index(item_id) if kind == "skill" else self.model.band_index(item_id)
        )
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        if kind == "skill":
            self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        return True

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.presenter.select(self._selected())
        self._show_detail()
        self._update_actions()

    def _update_actions(self) -> None:
        state = self.presenter.actions()
        self.action_new_skill.setEnabled(state.new_skill)
        self.action_record.setEnabled(state.record)
        for action in (self.action_edit, self.action_delete, self.action_up, self.action_down):
            action.setEnabled(state.selected)

    def _show_detail(self) -> None:
        p = self.presenter
        overview, band, skill = p.overview, p.selected_band, p.selected_skill
        if overview is None or band is None:
            self.detail.setCurrentIndex(SkillDetail.HINT)
        elif skill is None:
            self.detail.show_band(overview, band)
        else:
            self.detail.show_skill(overview, skill, p.history(skill.skill.id))

    def _on_double_clicked(self, _index: QModelIndex) -> None:
        if self.presenter.selected_skill is not None:
            self.flows.record_level()
        else:
            self.flows.edit_selected()
