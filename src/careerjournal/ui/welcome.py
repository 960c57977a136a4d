"""The first thing a new user sees: an empty journal's welcome, and the journal area around it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import Change, EntryQuery, Topic
from .context import AppContext
from .icons import app_icon, icon
from .view_parts import secondary


class WelcomePage(QWidget):
    """Shown instead of the journal table while the journal holds no entry at all."""

    write_first = Signal()
    load_sample = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome_page")
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addStretch(2)
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(96, 96))
        heading = QLabel(self.tr("Welcome to your career journal"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(
            self.tr(
                "Write down what moves your career forward as it happens: the promotions and new "
                "roles, and the small steps between them — a skill learned, a project shipped, "
                "praise received, feedback asked for. When the next appraisal comes, the evidence "
                "is already here."
            )
        )
        text.setWordWrap(True)
        text.setFixedWidth(560)
        # An aligned item in a box layout is not asked heightForWidth: size it up front.
        text.setMinimumHeight(text.heightForWidth(560))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.write_button = QPushButton(icon("new-entry"), self.tr("Write your first entry"))
        self.write_button.setObjectName("welcome_write_first")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_first)
        self.sample_button = QPushButton(icon("sample"), self.tr("Load a sample career"))
        self.sample_button.setObjectName("welcome_load_sample")
        self.sample_button.setToolTip(
            self.tr("Opens a separate sample journal with a generated 12-year career to explore.")
        )
        self.sample_button.clicked.connect(self.load_sample)
        hint = QLabel(self.tr("Tip: Ctrl+Shift+N captures a quick win from anywhere in the app."))
        secondary(hint)
        for w in (logo, heading, text, self.write_button, self.sample_button, hint):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        for button in (self.write_button, self.sample_button):
            button.setMinimumWidth(240)
            button.setMinimumHeight(36)


class JournalArea(QStackedWidget):
    """The Journal area: the welcome page for an empty journal, else the journal view."""

    def __init__(self, ctx: AppContext, journal_view: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("journal_area")
        self._ctx = ctx
        self.welcome = WelcomePage(self)
        self.journal_view = journal_view
        self.addWidget(self.welcome)
        self.addWidget(journal_view)
        ctx.bridge.changed.connect(self._on_change)
        self.refresh()

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.welcome

    def refresh(self) -> None:
        total = self._ctx.journal.entries.count(EntryQuery(trashed=None))
        self.setCurrentWidget(self.welcome if total == 0 else self.journal_view)

    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.ENTRIES):
            self.refresh()
