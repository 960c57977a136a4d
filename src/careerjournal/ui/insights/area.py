"""The Insights area's page: light until first shown, then it builds `InsightsPage`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..lazy_area import LazyArea

if TYPE_CHECKING:
    from ..insights_page import InsightsPage


def _build(ctx: AppContext, parent: QWidget) -> InsightsPage:
    from ..insights_page import InsightsPage

    return InsightsPage(ctx, parent)


class InsightsArea(LazyArea["InsightsPage"]):
    open_goal_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "insights_view", _build, parent)

    def _built(self, view: InsightsPage) -> None:
        view.open_goal_requested.connect(self.open_goal_requested)
