"""The lower right of the Skills area: a hint, a band's layers over time, or a skill's level
history (chart and table, each evidence entry a click away). It draws what it is given."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.skills import BandStatus, SkillsOverview, SkillStatus
from ..formatting import format_date
from ..icons import icon
from ..view_parts import secondary
from . import wording
from .charts import BandLayersChart, SkillHistoryChart
from .history_model import AssessmentHistoryModel
from .presenter import SkillHistory


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translated in the Skills view's context, where these words have always been."""
    return QCoreApplication.translate("SkillsView", text, disambiguation, n)


def heading(text: str = "", scale: float = 1.2) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    return label


class SkillDetail(QStackedWidget):
    HINT, BAND, SKILL = range(3)

    entry_requested = Signal(int)  # an evidence entry to open
    record_requested = Signal()  # "Record Level…" on the skill page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skills_detail")
        self.hint_page = QLabel(_tr("Select a band to see its layers, or a skill for its history."))
        self.hint_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_page.setWordWrap(True)
        secondary(self.hint_page)
        self.addWidget(self.hint_page)
        self.addWidget(self._build_band_page())
        self.addWidget(self._build_skill_page())

    def _build_band_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.band_title = heading()
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
        self.skill_title = heading()
        self.skill_title.setObjectName("skill_title")
        self.skill_title.setTextFormat(Qt.TextFormat.PlainText)  # the skill's name
        record = QPushButton(icon("kind-skill"), _tr("Record Level…"))
        record.clicked.connect(lambda: self.record_requested.emit())
        top.addWidget(self.skill_title, 1)
        top.addWidget(record)
        self.skill_status = QLabel()
        self.skill_status.setObjectName("skill_status")
        self.skill_status.setWordWrap(True)
        self.skill_status.setTextFormat(Qt.TextFormat.PlainText)
        self.history_chart = SkillHistoryChart()
        self.history_chart.setObjectName("skill_history_chart")
        self.history_chart.entryActivated.connect(self.entry_requested)
        layout.addLayout(top)
        layout.addWidget(self.skill_status)
        layout.addWidget(self.history_chart, 1)
        layout.addWidget(self._build_history_table())
        return page

    def _build_history_table(self) -> QTableView:
        self.history_model = AssessmentHistoryModel(self)
        table = QTableView()
        table.setObjectName("assessment_history")
        table.setModel(self.history_model)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.setMaximumHeight(170)
        table.doubleClicked.connect(self._on_history_double_clicked)
        self.action_delete_level = QAction(_tr("Delete This Level"), table)
        self.action_delete_level.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action_delete_level.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        table.addAction(self.action_delete_level)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.history_table = table
        return table

    def _on_history_double_clicked(self, index: QModelIndex) -> None:
        a = self.history_model.assessment_at(index.row())
        if a is not None and a.evidence_entry_id is not None:
            self.entry_requested.emit(a.evidence_entry_id)

    # -- showing ------------------------------------------------------------------------------

    def show_band(self, overview: SkillsOverview, band: BandStatus) -> None:
        level = (
            wording.level_name(overview, band.level) if band.level else _tr("not yet at level 1")
        )
        self.band_title.setText(_tr("%s · %s") % (band.band.name, level))
        lines = []
        if not band.skills:
            lines.append(_tr("No skills in this band yet. Add one with Ins."))
        else:
            if band.next_shortfall is not None and not band.next_shortfall.reached:
                lines.append(
                    _tr("Next level: %s.") % wording.shortfall_text(overview, band.next_shortfall)
                )
            if band.target_shortfall is not None:
                lines.append(
                    _tr("Target %s: %s.")
                    % (
                        wording.level_name(overview, band.target_level),
                        wording.shortfall_text(overview, band.target_shortfall),
                    )
                )
            elif band.target_level and band.level >= band.target_level:
                lines.append(_tr("At its target level."))
        self.band_missing.setText(" ".join(lines))
        self.layers_chart.set_band(band, overview.level_names, overview.as_of, share=overview.share)
        # The chart reads on its own (legend, labelled axis, level strip); the how, on request.
        self.layers_chart.setWhatsThis(self.layers_chart.explanation())
        self.layers_chart.setAccessibleDescription(self.layers_chart.explanation())
        self.setCurrentIndex(self.BAND)

    def show_skill(
        self, overview: SkillsOverview, status: SkillStatus, history: SkillHistory
    ) -> None:
        skill = status.skill
        self.skill_title.setText(skill.name)
        parts = [_tr("Now: %s") % wording.level_name(overview, skill.current_level)]
        if skill.target_level is not None:
            parts.append(_tr("Target: %s") % wording.level_name(overview, skill.target_level))
            if status.gap:
                parts.append(_tr("%n levels to go", "", status.gap))
            else:
                parts.append(_tr("target met"))
        if skill.assessed_on is not None:
            parts.append(_tr("last assessed %s") % format_date(skill.assessed_on))
        self.skill_status.setText(" · ".join(parts))
        self.history_model.set_history(history.assessments, overview.level_names, history.titles)
        self.history_table.resizeColumnsToContents()
        self.history_chart.set_history(
            history.assessments, overview.level_names, skill.target_level, overview.as_of
        )
        self.setCurrentIndex(self.SKILL)
