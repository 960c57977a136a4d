"""The page the journal view shows instead of an empty table (its texts are set by the view).

Texts are translated under the context "JournalView", as the view's own are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ..view_parts import secondary


class EmptyPage(NamedTuple):
    page: QWidget
    icon: QLabel
    title: QLabel
    hint: QLabel
    clear: QPushButton


def build_empty_state(parent: QWidget, clear: Callable[[], None]) -> EmptyPage:
    """A picture, a title, a hint and "Clear filters" (which calls `clear`), centred."""
    page = QWidget(parent)
    page.setObjectName("journal_empty_state")
    page.setBackgroundRole(QPalette.ColorRole.Base)
    page.setAutoFillBackground(True)
    layout = QVBoxLayout(page)
    layout.setSpacing(6)
    layout.addStretch(2)
    picture = QLabel(page)
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(picture)
    title = QLabel(page)
    title.setObjectName("empty_title")
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    title.setFont(font)
    hint = QLabel(page)
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint.setWordWrap(True)
    secondary(hint)
    button = QPushButton(QCoreApplication.translate("JournalView", "Clear filters"), page)
    button.setObjectName("empty_clear_filters")
    button.clicked.connect(clear)
    layout.addWidget(title)
    layout.addWidget(hint)
    layout.addSpacing(8)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
    layout.addStretch(3)
    return EmptyPage(page, picture, title, hint, button)
