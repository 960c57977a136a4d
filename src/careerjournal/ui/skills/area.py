"""The Skills area's page: light until first shown, then it builds `SkillsView` (and pyqtgraph)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..context import AppContext

if TYPE_CHECKING:
    from .view import SkillsView


class SkillsArea(QWidget):
    entry_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skills_view")
        self.ctx = ctx
        self._view: SkillsView | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._view is not None

    def view(self) -> SkillsView:
        """The skills view, built now if it was not yet."""
        if self._view is None:
            from .view import SkillsView

            view = SkillsView(self.ctx, self)
            view.entry_requested.connect(self.entry_requested)
            self._layout.addWidget(view)
            view.show()
            self._view = view
        return self._view

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
