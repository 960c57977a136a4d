"""The Goals area's page: light until first shown, then it builds `GoalsView` (and pyqtgraph)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..context import AppContext

if TYPE_CHECKING:
    from .view import GoalsView


class GoalsArea(QWidget):
    entry_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("goals_view")
        self.ctx = ctx
        self._view: GoalsView | None = None
        self._pending_goal: int | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._view is not None

    def view(self) -> GoalsView:
        """The goals view, built now if it was not yet."""
        if self._view is None:
            from .view import GoalsView

            view = GoalsView(self.ctx, self)
            view.entry_requested.connect(self.entry_requested)
            self._layout.addWidget(view)
            view.show()
            self._view = view
            if self._pending_goal:
                view.select_goal(self._pending_goal)
        return self._view

    def show_goal(self, goal_id: int) -> None:
        """Select a goal (0: none in particular) once the view is shown."""
        if self._view is not None:
            if goal_id:
                self._view.select_goal(goal_id)
        else:
            self._pending_goal = goal_id

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
