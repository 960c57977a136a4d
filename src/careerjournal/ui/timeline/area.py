"""The Timeline area's page: light until first shown, then it builds the real timeline.

The main window builds every area when it opens. Importing pyqtgraph and reading the timeline
data is only worth it once the user looks at the timeline, so this page stands in and builds
`TimelineView` the first time it is shown (or when asked for the view).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services import EntryQuery
from ..context import AppContext

if TYPE_CHECKING:
    from .view import TimelineView


class TimelineArea(QWidget):
    """Hosts the timeline; forwards its signals so they can be connected before it exists."""

    edit_requested = Signal(int)
    search_cleared = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline_view")
        self.ctx = ctx
        self._view: TimelineView | None = None
        self._query = EntryQuery()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._view is not None

    def view(self) -> TimelineView:
        """The timeline itself, built now if it was not yet."""
        if self._view is None:
            from .view import TimelineView

            view = TimelineView(self.ctx, self)
            if self._query != EntryQuery():
                view.set_query(self._query)
            view.edit_requested.connect(self.edit_requested)
            view.search_cleared.connect(self.search_cleared)
            self._layout.addWidget(view)
            view.show()
            self._view = view
        return self._view

    def query(self) -> EntryQuery:
        return self._view.query() if self._view is not None else self._query

    def set_query(self, query: EntryQuery) -> None:
        """Show the entries matching `query`; kept for later when the timeline is not built."""
        if self._view is not None:
            self._view.set_query(query)
        else:
            self._query = query

    def set_search_text(self, text: str) -> None:
        if self._view is not None:
            self._view.set_search_text(text)
        else:
            self._query = dataclasses.replace(self._query, text=text)

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
