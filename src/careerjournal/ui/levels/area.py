"""The Levels area's page: light until first shown, then it builds `LevelsView`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, Signal
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..lazy_area import LazyArea

if TYPE_CHECKING:
    from .view import LevelsView


def _build(ctx: AppContext, parent: QWidget) -> LevelsView:
    from .view import LevelsView

    return LevelsView(ctx, parent)


class LevelsArea(LazyArea["LevelsView"]):
    """Forwards the view's "show this goal" (after making the promotion goal)."""

    open_goal_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "levels_view", _build, parent)

    def _built(self, view: LevelsView) -> None:
        view.open_goal_requested.connect(self._open_goal)

    def _open_goal(self, goal_id: int) -> None:
        self.open_goal_requested.emit(goal_id)
        if self.receivers(SIGNAL("open_goal_requested(int)")) > 0:
            return  # the window follows the signal
        # A window that does not connect it yet: ask it directly, when it can show goals.
        show_goal = getattr(self.window(), "show_goal", None)
        if callable(show_goal):
            show_goal(goal_id)
