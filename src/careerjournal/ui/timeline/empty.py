"""What the timeline shows instead of a plot when there is nothing to draw."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..icons import icon
from ..view_parts import secondary


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineView", text)  # the timeline's texts


class TimelineEmptyState(QWidget):
    """A picture, a title and a hint; "Clear filters" when filters hid everything."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline_empty_state")
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(6)
        layout.addStretch(2)
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("timeline_empty_title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        secondary(self.hint)
        self.clear_button = QPushButton(_tr("Clear filters"), self)
        self.clear_button.setObjectName("timeline_empty_clear")
        layout.addWidget(self.icon_label)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def show_for(self, *, filtered: bool) -> None:
        """Say why nothing is drawn: the filters, or an empty journal."""
        if filtered:
            picture = "search"
            title = _tr("No entries match these filters")
            hint = _tr("Try fewer filters or other search words.")
        else:
            picture = "nav-timeline"
            title = _tr("Nothing on the timeline yet")
            hint = _tr(
                "Add your roles and journal your small steps (skills, projects, feedback, "
                "recognition…): they appear here over time, with your promotions marked."
            )
        self.icon_label.setPixmap(icon(picture).pixmap(48, 48, QIcon.Mode.Disabled))  # quiet
        self.title.setText(title)
        self.hint.setText(hint)
        self.clear_button.setVisible(filtered)
