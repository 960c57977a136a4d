"""The Goals area's page: light until first shown, then it builds `GoalsView` (and pyqtgraph)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..lazy_area import LazyArea

if TYPE_CHECKING:
    from .view import GoalsView


def _build(ctx: AppContext, parent: QWidget) -> GoalsView:
    from .view import GoalsView

    return GoalsView(ctx, parent)


class GoalsArea(LazyArea["GoalsView"]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "goals_view", _build, parent)
        self._pending_goal = 0

    def show_goal(self, goal_id: int) -> None:
        """Select a goal (0: none in particular), now or once the view is built."""
        if self.is_built():
            if goal_id:
                self.view().select_goal(goal_id)
        else:
            self._pending_goal = goal_id

    def _built(self, view: GoalsView) -> None:
        if self._pending_goal:
            view.select_goal(self._pending_goal)
