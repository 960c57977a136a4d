"""The Insights area's page: light until first shown, then it builds `InsightsPage`.

It also answers the cadence card with last week's harvested evidence (the quiet-week line): the
inbox is asked as of the card's day whenever the card is shown or the inbox changes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...reminders import QuietWeekNudge, quiet_week_nudge
from ...services import Change, ServiceError, Topic
from ...store import StoreError
from ..context import AppContext
from ..lazy_area import LazyArea

if TYPE_CHECKING:
    from ...services.insights import CadenceCard  # not at start: the insights load lazily
    from ..insights_page import InsightsPage

log = logging.getLogger(__name__)


def _build(ctx: AppContext, parent: QWidget) -> InsightsPage:
    from ..insights_page import InsightsPage

    return InsightsPage(ctx, parent)


class InsightsArea(LazyArea["InsightsPage"]):
    open_goal_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, "insights_view", _build, parent)

    def _built(self, view: InsightsPage) -> None:
        view.open_goal_requested.connect(self.open_goal_requested)
        view.cadence.card_shown.connect(self._show_quiet_week)
        self.ctx.bridge.changed.connect(self._on_change)
        if view.cadence.card is not None:
            self._show_quiet_week(view.cadence.card)

    def quiet_week(self, card: CadenceCard) -> QuietWeekNudge | None:
        """Last complete week's evidence as of the card's day (its heatmap ends on it), when that
        week has no entry; None otherwise, or when the inbox cannot be read."""
        if not card.heatmap:
            return None
        try:
            week = self.ctx.journal.inbox.quiet_week(card.heatmap[-1][0], card.week_start)
        except (ServiceError, StoreError) as exc:
            log.warning("could not read last week's evidence: %s", exc)
            return None
        return quiet_week_nudge(week)

    def _show_quiet_week(self, card: CadenceCard) -> None:
        if self.is_built():
            self.view().cadence.show_quiet_week(self.quiet_week(card))

    def _on_change(self, change: Change) -> None:
        """A harvest or a triage changes last week's evidence: the line follows at once."""
        if not self.is_built() or not change.touches(Topic.INBOX):
            return
        card = self.view().cadence.card
        if card is not None:
            self._show_quiet_week(card)
