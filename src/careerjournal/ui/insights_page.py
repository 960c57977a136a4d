"""The Insights area: a dashboard of cards, each with its figures, a small chart where it helps,
a one-line explanation of how it is computed and, when there is one, advice.

The pinned goal's `NextPromotionCard` runs full width at the top; under it the cards from
`InsightsService.compute` (big leaps, momentum, fragmentation, lattice, cadence, career stage) sit
in two columns on a wide page and one on a narrow one. The page is built with the main window but
the pyqtgraph charts are not: they are created on the first refresh (the first show, or
`set_today`), so pyqtgraph never loads at application start.

A change to entries, roles, reviews, the profile, goals or skills refreshes the page, at once
while it is shown and on the next show otherwise. `open_goal_requested(goal_id)` passes the
card's request on (0: the Goals area itself) for the main window to follow.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ..services import Change, ServiceError, Topic
from ..services.insights import Insights
from ..store import StoreError
from .context import AppContext
from .goals.pinned_card import NextPromotionCard
from .insights.cards import (
    CadenceView,
    FragmentationView,
    InsightCard,
    LatticeView,
    LeapsView,
    MomentumView,
    StageView,
)

log = logging.getLogger(__name__)

#: Topics whose changes can move an insight or the pinned goal's progress.
REFRESH_TOPICS = (
    Topic.GOALS,
    Topic.ENTRIES,
    Topic.SKILLS,
    Topic.ROLES,
    Topic.REVIEWS,
    Topic.PROFILE,
    Topic.TAGS,
)

#: At this viewport width or more the cards sit in two columns.
TWO_COLUMNS_WIDTH = 980
#: The dashboard's width at most, so lines stay readable on very wide windows.
CONTENT_WIDTH = 1400
MARGIN = 24
SPACING = 16
TOP = Qt.AlignmentFlag.AlignTop


class InsightsPage(QWidget):
    """The pinned goal's card, then a card per insight."""

    #: Forwarded from the card: the goal to open in Goals (0: just the Goals area).
    open_goal_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("insights_view")
        self.ctx = ctx
        self._stale = True
        self._today: dt.date | None = None  # tests pin the day; None is the real today
        self._charts_built = False
        self._columns = 0
        self.insights: Insights | None = None

        body = QWidget(self)
        body.setObjectName("insights_body")
        body.setMaximumWidth(CONTENT_WIDTH)
        self.body = body
        self.card = NextPromotionCard(body)
        self.card.open_goal_requested.connect(self.open_goal_requested)
        self.leaps = LeapsView(body)
        self.momentum = MomentumView(body)
        self.fragmentation = FragmentationView(body)
        self.lattice = LatticeView(body)
        self.cadence = CadenceView(body)
        self.stage = StageView(body)

        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(SPACING)
        self.grid.setVerticalSpacing(SPACING)
        column = QVBoxLayout(body)
        column.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        column.setSpacing(SPACING)
        column.addWidget(self.card)
        column.addLayout(self.grid)
        column.addStretch(1)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("insights_scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.viewport().installEventFilter(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._arrange(1)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # one refresh for a burst of changes
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bridge.changed.connect(self._on_change)

    # -- the cards ----------------------------------------------------------------------------

    def cards(self) -> list[InsightCard]:
        """The insight cards, in reading order (the pinned goal's card not included)."""
        return [
            self.leaps,
            self.momentum,
            self.fragmentation,
            self.lattice,
            self.cadence,
            self.stage,
        ]

    @property
    def columns(self) -> int:
        return self._columns

    def _arrange(self, columns: int) -> None:
        """Place the cards in one or two columns; the cadence calendar spans both."""
        if columns == self._columns:
            return
        self._columns = columns
        for card in self.cards():
            self.grid.removeWidget(card)
        if columns == 1:
            for row, card in enumerate(self.cards()):
                self.grid.addWidget(card, row, 0, TOP)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(self.leaps, 0, 0, TOP)
            self.grid.addWidget(self.momentum, 0, 1, TOP)
            self.grid.addWidget(self.fragmentation, 1, 0, TOP)
            self.grid.addWidget(self.stage, 1, 1, TOP)
            self.grid.addWidget(self.cadence, 2, 0, 1, 2, TOP)
            self.grid.addWidget(self.lattice, 3, 0, 1, 2, TOP)
            self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(0, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            width = self.scroll.viewport().width()
            self._arrange(2 if width >= TWO_COLUMNS_WIDTH else 1)
        return super().eventFilter(watched, event)

    def _build_charts(self) -> None:
        """The pyqtgraph charts, once: imported here so pyqtgraph loads only when needed."""
        if self._charts_built:
            return
        self._charts_built = True
        from .insights.charts import LeapsChart, MomentumChart

        self.leaps.set_chart(LeapsChart())
        self.momentum.set_chart(MomentumChart())

    # -- refreshing ---------------------------------------------------------------------------

    def set_today(self, today: dt.date | None) -> None:
        """Compute as of `today` (None: the real today); refreshes."""
        self._today = today
        self.refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        self._build_charts()
        try:
            self.card.refresh(self.ctx.journal, self._today)
        except (ServiceError, StoreError) as exc:
            log.warning("could not read the pinned goal: %s", exc)
            self.card.set_progress(None)
        try:
            insights = self.ctx.journal.insights.compute(self._today)
        except (ServiceError, StoreError) as exc:
            log.warning("could not compute the insights: %s", exc)
            return
        self.insights = insights
        self.leaps.show_card(insights.leaps)
        self.momentum.show_card(insights.momentum)
        self.fragmentation.show_card(insights.fragmentation)
        self.lattice.show_card(insights.lattice)
        self.cadence.show_card(insights.cadence)
        self.stage.show_card(insights.stage, insights)

    def _on_change(self, change: Change) -> None:
        if not any(change.touches(topic) for topic in REFRESH_TOPICS):
            return
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    @property
    def is_stale(self) -> bool:
        return self._stale


__all__ = ["REFRESH_TOPICS", "InsightsPage"]
