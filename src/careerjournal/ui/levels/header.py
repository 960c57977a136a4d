"""The top of the Levels area: the framework, the level picker, position and readiness.

Each figure has a line under it saying how it is computed (the thresholds and the tick rule in
use). Readiness per topic is a compact table. When the current role's level label fits several
levels (or none), a bar asks which level the role is. The sub-level history chart (its own
module) sits at the right when it is available.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.framework_records import FrameworkRecord, LevelSource, Rubric
from ..view_parts import heading, plain_label, plain_tip, secondary
from .words import (
    level_name,
    position_how,
    position_line,
    readiness_how,
    readiness_line,
    role_question,
    topic_cells,
)

#: Topic rows the readiness table shows before it scrolls.
TOPIC_ROWS = 6


class RubricHeader(QWidget):
    """What the rubric says overall; the level picker and the "which level?" question."""

    #: The level picked: a level number, or None for "from my role".
    level_chosen = Signal(object)
    #: "Choose…" on the which-level bar.
    role_level_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levels_header")
        self._levels: tuple[str, ...] = ()  # the picker's level names
        self.chart: QWidget | None = None
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(4)
        left.addLayout(self._build_title_row())
        left.addWidget(self._build_role_bar())
        self.position_label = plain_label(self, "levels_position")
        self.position_how = secondary(plain_label(self, "levels_position_how"))
        self.readiness_label = plain_label(self, "levels_readiness")
        self.readiness_how = secondary(plain_label(self, "levels_readiness_how"))
        bold = self.position_label.font()
        bold.setBold(True)
        self.position_label.setFont(bold)
        self.readiness_label.setFont(bold)
        for widget in (
            self.position_label,
            self.position_how,
            self.readiness_label,
            self.readiness_how,
        ):
            left.addWidget(widget)
        self.topics = self._build_topics()
        left.addWidget(self.topics)
        columns.addLayout(left, 3)
        self._add_chart(columns)

    # -- building -----------------------------------------------------------------------------

    def _build_title_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.name_label = heading("", 1.3)
        self.name_label.setObjectName("levels_framework_name")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name_label.setWordWrap(True)  # a long name wraps; the level picker keeps its width
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levels_level_picker")
        self.level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        fixed = QSizePolicy.Policy.Fixed
        self.level_combo.setSizePolicy(fixed, fixed)
        self.level_combo.activated.connect(self._on_level)
        picker_label = QLabel(self.tr("C&urrent level:"), self)
        picker_label.setBuddy(self.level_combo)
        row.addWidget(self.name_label, 1)
        row.addWidget(picker_label)
        row.addWidget(self.level_combo)
        return row

    def _build_role_bar(self) -> QFrame:
        self.role_bar = QFrame(self)
        self.role_bar.setObjectName("levels_role_bar")
        self.role_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.role_bar.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.role_bar.setAutoFillBackground(True)
        row = QHBoxLayout(self.role_bar)
        row.setContentsMargins(8, 4, 8, 4)
        self.role_question = plain_label(self.role_bar, "levels_role_question")
        self.role_button = QPushButton(self.tr("Ch&oose…"), self.role_bar)
        self.role_button.setObjectName("levels_choose_role_level")
        self.role_button.clicked.connect(self.role_level_requested)
        row.addWidget(self.role_question, 1)
        row.addWidget(self.role_button)
        self.role_bar.hide()
        return self.role_bar

    def _build_topics(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setObjectName("levels_topics")
        table.setAccessibleName(self.tr("Readiness per topic"))
        table.setHorizontalHeaderLabels([self.tr("Topic"), self.tr("Met"), self.tr("Ready")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        table.setTabKeyNavigation(False)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return table

    def _add_chart(self, columns: QHBoxLayout) -> None:
        """The sub-level history chart, when its module is there (it is optional)."""
        try:
            from .chart import SubLevelChart
        except ImportError:
            return
        self.chart = SubLevelChart(self)
        self.chart.setObjectName("levels_chart")
        columns.addWidget(self.chart, 2)

    # -- what is shown ------------------------------------------------------------------------

    def show_rubric(self, rubric: Rubric, chosen: int | None, role: str = "") -> None:
        """Show `rubric`; `chosen` is the level picked in the list (None: from the role)."""
        self.name_label.setText(rubric.framework.name)
        self.name_label.setToolTip(plain_tip(rubric.framework.name))
        self._fill_levels(rubric.framework, chosen)
        ambiguous = rubric.level_source is LevelSource.AMBIGUOUS and bool(role)
        self.role_question.setText(role_question(role) if ambiguous else "")
        self.role_bar.setVisible(ambiguous)
        self.position_label.setText(position_line(rubric))
        self.position_how.setText(position_how(rubric) if rubric.current is not None else "")
        self.position_how.setVisible(rubric.current is not None)
        self.readiness_label.setText(readiness_line(rubric))
        self.readiness_how.setText(readiness_how(rubric.framework.settings))
        self.readiness_how.setVisible(rubric.next is not None and rubric.next.total > 0)
        self._fill_topics(rubric)
        show = getattr(self.chart, "show_rubric", None)
        if callable(show):
            show(rubric)

    def _fill_levels(self, framework: FrameworkRecord, chosen: int | None) -> None:
        combo = self.level_combo
        names = tuple(level_name(lv) for lv in framework.levels)
        combo.blockSignals(True)
        if names != self._levels:  # another framework, or its levels renamed
            combo.clear()
            combo.addItem(self.tr("From my role"), None)
            for level, name in zip(framework.levels, names, strict=True):
                combo.addItem(name, level.number)
            self._levels = names
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_topics(self, rubric: Rubric) -> None:
        table = self.topics
        topics = rubric.next.topics if rubric.next is not None else ()
        table.setRowCount(len(topics))
        for row, topic in enumerate(topics):
            for column, text in enumerate(topic_cells(topic)):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(plain_tip(topic.title))
                table.setItem(row, column, item)
        shown = min(TOPIC_ROWS, len(topics))  # then it scrolls
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        table.setFixedHeight(height + sum(table.rowHeight(r) for r in range(shown)))
        table.setVisible(bool(topics))

    def chosen_level(self) -> int | None:
        data = self.level_combo.currentData()
        return int(data) if isinstance(data, int) else None

    def _on_level(self, _index: int) -> None:
        self.level_chosen.emit(self.chosen_level())
