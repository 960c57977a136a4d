"""The Summary area's page: light until first shown, then it builds `SummaryView`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..lazy_area import LazyArea

if TYPE_CHECKING:
    from .view import SummaryView


def _build(ctx: AppContext, parent: QWidget) -> SummaryView:
    from .view import SummaryView

    return SummaryView(ctx, parent)


class SummaryArea(LazyArea["SummaryView"]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "summary_view", _build, parent)
