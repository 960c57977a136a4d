"""What the Levels area says before there is a framework: what one is, and how to get one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..icons import icon
from ..view_parts import heading

PICTURE = 56


class LevelsEmptyPage(QWidget):
    #: "Start From a Published Framework…"
    start_requested = Signal()
    #: "Import a Framework File…"
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("levels_empty")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        tr = self.tr
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = heading(tr("No progression framework yet"), 1.4, wrap=True)
        self.title.setObjectName("levels_empty_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(
            tr(
                "A progression framework is your employer's description of each level: what "
                "someone at that level is expected to show, topic by topic. Bring yours in to "
                "see which criteria of your next level you already meet, link journal entries "
                "as evidence, and turn the rest into a promotion goal."
            ),
            self,
        )
        self.text.setObjectName("levels_empty_text")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = QPushButton(icon("add"), tr("Start From a &Published Framework…"), self)
        self.start_button.setObjectName("levels_empty_start")
        self.start_button.clicked.connect(self.start_requested)
        self.import_button = QPushButton(icon("import"), tr("&Import a Framework File…"), self)
        self.import_button.setObjectName("levels_empty_import")
        self.import_button.clicked.connect(self.import_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        # A column of readable width in the middle of the page.
        column = QWidget(self)
        column.setMaximumWidth(620)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        for widget in (self.picture, self.title, self.text):
            inner.addWidget(widget)
        inner.addSpacing(6)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self._draw_icons()

    def set_read_only(self, read_only: bool) -> None:
        self.start_button.setEnabled(not read_only)
        self.import_button.setEnabled(not read_only)

    def _draw_icons(self) -> None:
        self.picture.setPixmap(icon("nav-levels").pixmap(PICTURE, PICTURE))
        self.start_button.setIcon(icon("add"))
        self.import_button.setIcon(icon("import"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "import_button"):
            self._draw_icons()
        super().changeEvent(event)
