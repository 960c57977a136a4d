"""What the Inbox says when nothing is waiting: what it does, and how to fill it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain import HarvestSource
from ...services import Journal, ServiceError
from ...store import StoreError
from ..icons import icon
from ..view_parts import heading, secondary

COMMAND = "careerjournal harvest git ~/src --author you@example.com"
PICTURE = 56


def harvested_before(journal: Journal) -> bool:
    """Whether any source was ever harvested into this journal."""
    try:
        return any(journal.inbox.states(source) for source in HarvestSource)
    except (ServiceError, StoreError):
        return False


class InboxEmptyPage(QWidget):
    sources_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inbox_empty")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        tr = self.tr
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = heading("", 1.4, wrap=True)
        self.title.setObjectName("inbox_empty_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel(
            tr(
                "The inbox reads the traces your work leaves (commits and tags, pull requests "
                "and reviews, calendar events, tickets and dated notes) and suggests journal "
                "entries from them. Accept, edit, merge or dismiss each one: nothing becomes "
                "an entry without you, and nothing leaves this computer."
            ),
            self,
        )
        self.how = QLabel(
            tr(
                "Choose your repositories, calendars and exports in Preferences › Sources, "
                "or harvest from a terminal:"
            ),
            self,
        )
        self.command = QLabel(COMMAND, self)
        self.command.setObjectName("inbox_empty_command")
        self.command.setTextFormat(Qt.TextFormat.PlainText)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        for label in (self.text, self.how, self.command):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        secondary(self.how)
        self.button = QPushButton(icon("settings"), tr("Set Up &Sources…"), self)
        self.button.setObjectName("inbox_set_up_sources")
        self.button.clicked.connect(self.sources_requested)
        # A column of readable width in the middle of the page.
        column = QWidget(self)
        column.setMaximumWidth(620)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        for widget in (self.picture, self.title, self.text, self.how, self.command):
            inner.addWidget(widget)
        inner.addSpacing(6)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)
        self._draw_picture()

    def update_text(self, journal: Journal) -> None:
        """The title: all caught up after a harvest, else an invitation."""
        if harvested_before(journal):
            self.title.setText(self.tr("All caught up"))
        else:
            self.title.setText(self.tr("Nothing in your inbox yet"))

    def _draw_picture(self) -> None:
        self.picture.setPixmap(icon("nav-inbox").pixmap(PICTURE, PICTURE))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "button"):
            self._draw_picture()
            self.button.setIcon(icon("settings"))
        super().changeEvent(event)
