"""The Skills area's page: light until first shown, then it builds `SkillsView` (and pyqtgraph)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..lazy_area import LazyArea

if TYPE_CHECKING:
    from .view import SkillsView


def _build(ctx: AppContext, parent: QWidget) -> SkillsView:
    from .view import SkillsView

    return SkillsView(ctx, parent)


class SkillsArea(LazyArea["SkillsView"]):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "skills_view", _build, parent)
