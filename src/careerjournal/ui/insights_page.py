"""The Insights area until its dashboard arrives: the pinned goal's card, then what is to come.

`InsightsPage` keeps the `NextPromotionCard` current: a change to goals, entries or skills (any of
which can move an automatic milestone) refreshes it, at once while the page is shown and on the
next show otherwise. `open_goal_requested(goal_id)` passes the card's request on (0: the Goals
area itself) for the main window to follow.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..services import Change, ServiceError, Topic
from ..store import StoreError
from .areas import Area, areas
from .context import AppContext
from .goals.pinned_card import NextPromotionCard
from .icons import icon

log = logging.getLogger(__name__)

#: Topics whose changes can move the pinned goal's progress.
REFRESH_TOPICS = (Topic.GOALS, Topic.ENTRIES, Topic.SKILLS)

#: The card's and the text's width at most, so lines stay readable on wide windows.
CONTENT_WIDTH = 720


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightsPage", text)


def _insights_area() -> Area:
    return next(a for a in areas() if a.key == "insights")


class InsightsPage(QWidget):
    """The pinned goal's card at the top, and a note on the insights still to come."""

    #: Forwarded from the card: the goal to open in Goals (0: just the Goals area).
    open_goal_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("insights_view")
        self.ctx = ctx
        self._stale = True
        self._today: dt.date | None = None  # tests pin the day; None is the real today

        self.card = NextPromotionCard(self)
        self.card.setMaximumWidth(CONTENT_WIDTH)
        self.card.open_goal_requested.connect(self.open_goal_requested)

        area = _insights_area()
        picture = QLabel(self)
        picture.setPixmap(icon(area.icon_name).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upcoming_heading = QLabel(_tr("More insights are coming in this area"), self)
        self.upcoming_heading.setObjectName("insights_upcoming_heading")
        self.upcoming_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.upcoming_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.upcoming_heading.setFont(font)
        self.upcoming_text = QLabel(area.blurb, self)
        self.upcoming_text.setObjectName("insights_upcoming_text")
        self.upcoming_text.setWordWrap(True)
        self.upcoming_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upcoming_text.setFixedWidth(520)
        # An aligned item in a box layout is not asked heightForWidth: size it up front.
        self.upcoming_text.setMinimumHeight(self.upcoming_text.heightForWidth(520))
        note = QLabel(_tr("Your entries already feed them; nothing to do until then."), self)
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setEnabled(False)

        body = QWidget(self)
        body.setObjectName("insights_body")
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(12)
        # The card grows up to its maximum width, centred; the margins take what is left.
        card_row = QHBoxLayout()
        card_row.addStretch(1)
        card_row.addWidget(self.card, 100)
        card_row.addStretch(1)
        column.addLayout(card_row)
        column.addSpacing(28)
        for widget in (picture, self.upcoming_heading, self.upcoming_text, note):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setObjectName("insights_scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)  # one refresh for a burst of changes
        self._refresh_timer.timeout.connect(self.refresh)
        ctx.bridge.changed.connect(self._on_change)

    # -- refreshing ---------------------------------------------------------------------------

    def set_today(self, today: dt.date | None) -> None:
        """Judge progress as of `today` (None: the real today); refreshes."""
        self._today = today
        self.refresh()

    def refresh(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        try:
            self.card.refresh(self.ctx.journal, self._today)
        except (ServiceError, StoreError) as exc:
            log.warning("could not read the pinned goal: %s", exc)
            self.card.set_progress(None)

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
