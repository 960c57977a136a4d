"""The Skills area: bands and skills against their targets, with charts of how they grew.

Left, the tree of bands and skills (a bar per skill: level reached, gap to target). Right, a radar
of band levels now against target, and below it the chart for the selection: a band's layers over
time, or a skill's level history with its evidence entries (click one to open it).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services import Change, ServiceError, Topic
from ...services.records import AssessmentDraft
from ...services.skills import BandStatus, SkillsOverview, SkillStatus
from ...store import StoreError
from ..context import AppContext
from ..formatting import format_date
from ..icons import icon
from ..undo import push
from ..view_parts import secondary
from . import commands
from .charts import BandLayersChart, BandRadar, SkillHistoryChart
from .delegate import LevelBarDelegate
from .history_model import AssessmentHistoryModel
from .model import Column, Role, SkillsFilter, SkillsTreeModel

#: Bands offered to a new user as a start; renamed or deleted like any other.
STARTER_BANDS = ("Craft", "Delivery", "Leadership", "Communication")


def _heading(text: str = "", scale: float = 1.2) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


def _explanation(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return secondary(label)  # quieter than the content, yet readable


class SkillsView(QWidget):
    """Everything about bands and skills; writes go through the undo stack."""

    entry_requested = Signal(int)  # an evidence entry to open

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
        self._today = today
        self.overview: SkillsOverview | None = None
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
        tr = self.tr
        self.action_new_band = self._action(
            "action_new_band", tr("New &Band…"), self.new_band, "Ctrl+Shift+B", "add"
        )
        self.action_new_skill = self._action(
            "action_new_skill", tr("New &Skill…"), self.new_skill, "Ins", "add"
        )
        self.action_record = self._action(
            "action_record_level",
            tr("&Record Level…"),
            self.record_level,
            "Ctrl+L",
            "kind-skill",
            tr("Record a level for the selected skill (Ctrl+L)"),
        )
        self.action_edit = self._action(
            "action_edit_skill", tr("&Edit…"), self.edit_selected, "F2", "edit"
        )
        self.action_delete = self._action(
            "action_delete_skill",
            tr("&Delete…"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            "trash",
        )
        self.action_up = self._action(
            "action_move_up", tr("Move &Up"), lambda: self.move_selected(-1), "Alt+Up", "up"
        )
        self.action_down = self._action(
            "action_move_down",
            tr("Move Do&wn"),
            lambda: self.move_selected(1),
            "Alt+Down",
            "down",
        )
        self.action_settings = self._action(
            "action_skill_settings",
            tr("Scale and Band &Rule…"),
            self.show_settings,
            None,
            "settings",
        )

    def _build(self) -> None:
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

        # The tree of bands and skills.
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

        # Right: the radar, then the selection's chart.
        self.radar = BandRadar()
        self.radar.setObjectName("band_radar")
        radar_box = QWidget()
        radar_layout = QVBoxLayout(radar_box)
        radar_layout.setContentsMargins(0, 0, 0, 0)
        radar_layout.addWidget(_heading(tr("Bands now and at target"), 1.1))
        radar_layout.addWidget(self.radar, 1)

        self.detail = QStackedWidget()
        self.detail.setObjectName("skills_detail")
        self.hint_page = QLabel(tr("Select a band to see its layers, or a skill for its history."))
        self.hint_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_page.setWordWrap(True)
        secondary(self.hint_page)
        self.detail.addWidget(self.hint_page)
        self.detail.addWidget(self._build_band_page())
        self.detail.addWidget(self._build_skill_page())

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

        self.gaps_only.toggled.connect(self._on_filter)
        self.changed_only.toggled.connect(self._on_filter)

    def _build_band_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.band_title = _heading()
        self.band_title.setObjectName("band_title")
        self.band_title.setTextFormat(Qt.TextFormat.PlainText)  # the band's name
        self.band_missing = QLabel()
        self.band_missing.setObjectName("band_missing")
        self.band_missing.setWordWrap(True)
        self.band_missing.setTextFormat(Qt.TextFormat.PlainText)  # skill names
        self.layers_chart = BandLayersChart()
        self.layers_chart.setObjectName("band_layers_chart")
        layout.addWidget(self.band_title)
        layout.addWidget(self.band_missing)
        layout.addWidget(self.layers_chart, 1)
        return page

    def _build_skill_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        top = QHBoxLayout()
        self.skill_title = _heading()
        self.skill_title.setObjectName("skill_title")
        self.skill_title.setTextFormat(Qt.TextFormat.PlainText)  # the skill's name
        record = QPushButton(icon("kind-skill"), self.tr("Record Level…"))
        record.clicked.connect(lambda: self.record_level())
        top.addWidget(self.skill_title, 1)
        top.addWidget(record)
        self.skill_status = QLabel()
        self.skill_status.setObjectName("skill_status")
        self.skill_status.setWordWrap(True)
        self.skill_status.setTextFormat(Qt.TextFormat.PlainText)
        self.history_chart = SkillHistoryChart()
        self.history_chart.setObjectName("skill_history_chart")
        self.history_chart.entryActivated.connect(self.entry_requested)
        self.history_model = AssessmentHistoryModel(self)
        self.history_table = QTableView()
        self.history_table.setObjectName("assessment_history")
        self.history_table.setModel(self.history_model)
        self.history_table.verticalHeader().hide()
        self.history_table.verticalHeader().setDefaultSectionSize(
            self.history_table.fontMetrics().height() + 8
        )
        self.history_table.setShowGrid(False)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setMaximumHeight(170)
        self.history_table.doubleClicked.connect(self._on_history_double_clicked)
        self.action_delete_level = QAction(self.tr("Delete This Level"), self.history_table)
        self.action_delete_level.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action_delete_level.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.action_delete_level.triggered.connect(self.delete_selected_level)
        self.history_table.addAction(self.action_delete_level)
        self.history_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        layout.addLayout(top)
        layout.addWidget(self.skill_status)
        layout.addWidget(self.history_chart, 1)
        layout.addWidget(self.history_table)
        return page

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("skills_empty")
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon("nav-skills").pixmap(64, 64))
        heading = _heading(self.tr("No skill bands yet"), 1.5)
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
        add.clicked.connect(self.new_band)
        starter = QPushButton(self.tr("Start with &Four Common Bands"))
        starter.setObjectName("add_starter_bands")
        starter.setToolTip(", ".join(self.tr(b) for b in STARTER_BANDS))
        starter.clicked.connect(self.add_starter_bands)
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(starter)
        buttons.addStretch(1)
        for w in (picture, heading, text):
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
        selected = self.selected()
        expanded = self._expanded_band_ids()
        first_load = self.overview is None
        self.overview = self.ctx.journal.skills.overview(self._today())
        self.model.set_overview(self.overview)
        has_bands = bool(self.overview.bands)
        self.pages.setCurrentIndex(1 if has_bands else 0)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            band_id = index.data(Role.ID)
            if first_load or band_id in expanded or self.proxy.is_filtering():
                self.tree.expand(index)
        self.rule_label.setText(self.overview.rule())
        self.radar.set_bands(
            [(b.band.name, b.level, b.target_level) for b in self.overview.bands if b.skills],
            self.overview.top,
        )
        self.radar.setWhatsThis(self.radar.explanation())
        self._fit_level_columns(self.overview.level_names)
        self._update_no_match()
        if selected is not None:
            self.select(*selected)
        elif first_load and has_bands:  # show something useful straight away
            self.select("band", self.overview.bands[0].band.id)
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

    def selected(self) -> tuple[str, int] | None:
        """("band", id) or ("skill", id) of the current row."""
        index = self.proxy.mapToSource(self.tree.currentIndex())
        if not index.isValid():
            return None
        skill = self.model.skill_at(index)
        if skill is not None:
            return ("skill", skill.skill.id)
        band = self.model.band_at(index)
        return ("band", band.band.id) if band else None

    def select(self, kind: str, item_id: int) -> bool:
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

    def selected_band(self) -> BandStatus | None:
        return self.model.band_at(self.proxy.mapToSource(self.tree.currentIndex()))

    def selected_skill(self) -> SkillStatus | None:
        return self.model.skill_at(self.proxy.mapToSource(self.tree.currentIndex()))

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_detail()
        self._update_actions()

    def _update_actions(self) -> None:
        has_bands = bool(self.overview and self.overview.bands)
        selection = self.selected()
        self.action_new_skill.setEnabled(has_bands)
        self.action_record.setEnabled(selection is not None and selection[0] == "skill")
        for action in (self.action_edit, self.action_delete, self.action_up, self.action_down):
            action.setEnabled(selection is not None)

    def _show_detail(self) -> None:
        overview = self.overview
        skill = self.selected_skill()
        band = self.selected_band()
        if overview is None or band is None:
            self.detail.setCurrentIndex(0)
            return
        if skill is None:
            self._show_band(overview, band)
            self.detail.setCurrentIndex(1)
        else:
            self._show_skill(overview, skill)
            self.detail.setCurrentIndex(2)

    def _show_band(self, overview: SkillsOverview, band: BandStatus) -> None:
        level = overview.level_name(band.level) if band.level else self.tr("not yet at level 1")
        self.band_title.setText(self.tr("%s · %s") % (band.band.name, level))
        lines = []
        if not band.skills:
            lines.append(self.tr("No skills in this band yet. Add one with Ins."))
        else:
            if band.next_shortfall is not None and not band.next_shortfall.reached:
                lines.append(
                    self.tr("Next level: %s.") % overview.shortfall_text(band.next_shortfall)
                )
            if band.target_shortfall is not None:
                lines.append(
                    self.tr("Target %s: %s.")
                    % (
                        overview.level_name(band.target_level),
                        overview.shortfall_text(band.target_shortfall),
                    )
                )
            elif band.target_level and band.level >= band.target_level:
                lines.append(self.tr("At its target level."))
        self.band_missing.setText(" ".join(lines))
        self.layers_chart.set_band(band, overview.level_names, overview.as_of, share=overview.share)
        # The chart reads on its own (legend, labelled axis, level strip); the how, on request.
        self.layers_chart.setWhatsThis(self.layers_chart.explanation())
        self.layers_chart.setAccessibleDescription(self.layers_chart.explanation())

    def _show_skill(self, overview: SkillsOverview, status: SkillStatus) -> None:
        skill = status.skill
        self.skill_title.setText(skill.name)
        parts = [self.tr("Now: %s") % overview.level_name(skill.current_level)]
        if skill.target_level is not None:
            parts.append(self.tr("Target: %s") % overview.level_name(skill.target_level))
            if status.gap:
                parts.append(self.tr("%n levels to go", "", status.gap))
            else:
                parts.append(self.tr("target met"))
        if skill.assessed_on is not None:
            parts.append(self.tr("last assessed %s") % format_date(skill.assessed_on))
        self.skill_status.setText(" · ".join(parts))
        history = self.ctx.journal.skills.history(skill.id)
        titles = {}
        for a in history:
            if a.evidence_entry_id is not None and a.evidence_entry_id not in titles:
                with contextlib.suppress(ServiceError):  # purged since: shown as gone
                    titles[a.evidence_entry_id] = self.ctx.journal.entries.get(
                        a.evidence_entry_id
                    ).title
        self.history_model.set_history(history, overview.level_names, titles)
        self.history_table.resizeColumnsToContents()
        self.history_chart.set_history(
            history, overview.level_names, skill.target_level, overview.as_of
        )

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if self.selected_skill() is not None:
            self.record_level()
        else:
            self.edit_selected()

    def _on_history_double_clicked(self, index: QModelIndex) -> None:
        a = self.history_model.assessment_at(index.row())
        if a is not None and a.evidence_entry_id is not None:
            self.entry_requested.emit(a.evidence_entry_id)

    # -- writes -------------------------------------------------------------------------------

    def _push(self, command: object) -> bool:
        try:
            push(self.ctx.undo_stack, command)  # type: ignore[arg-type]
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("Skills"), str(exc))
            return False
        return True

    def new_band(self) -> None:
        from .dialogs import BandDialog

        added: list[int] = []

        def commit(values: tuple[str, str]) -> None:
            command = commands.AddBandCommand(self.ctx.journal, *values)
            push(self.ctx.undo_stack, command)
            if command.band_id is not None:
                added.append(command.band_id)

        names = [b.band.name for b in self.overview.bands] if self.overview else []
        dialog = BandDialog(self, title=self.tr("New Band"), existing_names=names, commit=commit)
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.refresh()
            self.select("band", added[0])

    def add_starter_bands(self) -> None:
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Add the starter bands"))
        try:
            for name in STARTER_BANDS:
                if not self._push(commands.AddBandCommand(self.ctx.journal, self.tr(name))):
                    break
        finally:
            stack.endMacro()
        self.refresh()

    def new_skill(self) -> None:
        from .dialogs import SkillDialog, SkillValues

        overview = self.overview
        if overview is None or not overview.bands:
            return
        band = self.selected_band()
        added: list[int] = []

        def commit(v: SkillValues) -> None:
            command = commands.AddSkillCommand(
                self.ctx.journal, v.band_id, v.name, v.target_level, v.description
            )
            push(self.ctx.undo_stack, command)
            if command.skill_id is not None:
                added.append(command.skill_id)

        dialog = SkillDialog(
            self,
            bands=[b.band for b in overview.bands],
            level_names=overview.level_names,
            band_id=band.band.id if band else None,
            commit=commit,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted and added:
            self.refresh()
            self.select("skill", added[0])

    def edit_selected(self) -> None:
        overview = self.overview
        skill = self.selected_skill()
        band = self.selected_band()
        if overview is None or band is None:
            return
        if skill is None:
            from .dialogs import BandDialog

            def commit_band(values: tuple[str, str]) -> None:
                base = band_dialog.band or band.band  # after a conflict: the version resolved
                before = (base.name, base.description)
                if values != before:
                    push(
                        self.ctx.undo_stack,
                        commands.EditBandCommand(
                            self.ctx.journal,
                            base.id,
                            before,
                            values,
                            version=base.version,
                        ),
                    )

            band_dialog = BandDialog(
                self,
                name=band.band.name,
                description=band.band.description,
                title=self.tr("Edit Band"),
                existing_names=[b.band.name for b in overview.bands],
                commit=commit_band,
                band=band.band,
                reload=lambda: self.ctx.journal.skills.get_band(band.band.id),
            )
            band_dialog.exec()
            return
        from .dialogs import SkillDialog, SkillValues

        def commit_skill(v: SkillValues) -> None:
            push(
                self.ctx.undo_stack,
                commands.EditSkillCommand(
                    self.ctx.journal,
                    skill_dialog.skill or skill.skill,  # after a conflict: the version resolved
                    band_id=v.band_id,
                    name=v.name,
                    target_level=v.target_level,
                    description=v.description,
                ),
            )

        skill_dialog = SkillDialog(
            self,
            bands=[b.band for b in overview.bands],
            level_names=overview.level_names,
            skill=skill.skill,
            commit=commit_skill,
            reload=lambda: self.ctx.journal.skills.get_skill(skill.skill.id),
        )
        skill_dialog.exec()

    def delete_selected(self) -> None:
        skill = self.selected_skill()
        band = self.selected_band()
        if band is None:
            return
        if skill is not None:
            s = skill.skill
            count = len(self.ctx.journal.skills.history(s.id))
            text = self.tr(
                "Delete the skill “{name}” and its {levels}?\n\nEntries used as evidence stay "
                "in the journal. Undo (Ctrl+Z) brings the skill and its history back."
            ).format(name=s.name, levels=self.tr("%n recorded levels", "", count))
            if self._confirm(self.tr("Delete Skill"), text):
                self._push(commands.DeleteSkillCommand(self.ctx.journal, s.id, s.name))
            return
        assessments = sum(len(self.ctx.journal.skills.history(s.skill.id)) for s in band.skills)
        skills = self.tr("%n skills", "", len(band.skills))
        levels = self.tr("%n recorded levels", "", assessments)
        text = self.tr(
            "Delete the band “{name}” with its {skills} and their {levels}?\n\n"
            "Entries used as evidence stay in the journal. Undo (Ctrl+Z) brings it all back."
        ).format(name=band.band.name, skills=skills, levels=levels)
        if self._confirm(self.tr("Delete Band"), text):
            self._push(commands.DeleteBandCommand(self.ctx.journal, band.band.id, band.band.name))

    def _confirm(self, title: str, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # names as typed, never as markup
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def move_selected(self, step: int) -> None:
        overview = self.overview
        band = self.selected_band()
        skill = self.selected_skill()
        if overview is None or band is None:
            return
        if skill is None:
            order = [b.band.id for b in overview.bands]
            moved = _moved(order, band.band.id, step)
            if moved != order:
                self._push(commands.ReorderBandsCommand(self.ctx.journal, order, moved))
        else:
            order = [s.skill.id for s in band.skills]
            moved = _moved(order, skill.skill.id, step)
            if moved != order:
                self._push(
                    commands.ReorderSkillsCommand(self.ctx.journal, band.band.id, order, moved)
                )

    def record_level(self, evidence_entry_id: int | None = None) -> None:
        from .dialogs import AssessmentDialog

        overview = self.overview
        skill = self.selected_skill()
        if overview is None or skill is None:
            return
        dialog: AssessmentDialog

        def commit(draft: AssessmentDraft) -> None:
            push(
                self.ctx.undo_stack,
                commands.RecordAssessmentCommand(
                    self.ctx.journal, draft, skill.skill.name, dialog.evidence_entry_id()
                ),
            )

        dialog = AssessmentDialog(
            self,
            journal=self.ctx.journal,
            skill=skill.skill,
            level_names=overview.level_names,
            today=self._today(),
            commit=commit,
        )
        if evidence_entry_id is not None:
            dialog.set_evidence_entry(evidence_entry_id)
        dialog.exec()

    def delete_selected_level(self) -> None:
        skill = self.selected_skill()
        row = self.history_table.currentIndex().row()
        a = self.history_model.assessment_at(row)
        if skill is None or a is None:
            return
        self._push(commands.DeleteAssessmentCommand(self.ctx.journal, a, skill.skill.name))

    def show_settings(self) -> None:
        from .dialogs import SkillSettingsDialog

        before = self.ctx.journal.profile.get().skill_scale
        dialog = SkillSettingsDialog(self, journal=self.ctx.journal)
        dialog.exec()
        if dialog.applied() and self.ctx.journal.profile.get().skill_scale != before:
            # Commands on the stack hold levels on the old scale; replaying them would be wrong.
            self.ctx.undo_stack.clear()


def _moved(order: list[int], item: int, step: int) -> list[int]:
    """`order` with `item` moved `step` places (clamped)."""
    i = order.index(item)
    j = max(0, min(len(order) - 1, i + step))
    result = list(order)
    result.insert(j, result.pop(i))
    return result
