"""An area page that stays light until first shown, then builds its real view.

The main window builds every area when it opens. Views with charts import pyqtgraph or the print
machinery, which is only worth it once the user looks at them; a `LazyArea` stands in and builds
the view the first time it is shown (or when asked for it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from .context import AppContext

V = TypeVar("V", bound=QWidget)


class LazyArea(QWidget, Generic[V]):
    """Hosts a view built on first show. Views may emit `entry_requested(int)`; it is forwarded."""

    entry_requested = Signal(int)

    def __init__(
        self,
        ctx: AppContext,
        object_name: str,
        factory: Callable[[AppContext, QWidget], V],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.ctx = ctx
        self._factory = factory
        self._view: V | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._view is not None

    def view(self) -> V:
        """The view, built now if it was not yet."""
        if self._view is None:
            view = self._factory(self.ctx, self)
            forward = getattr(view, "entry_requested", None)
            if forward is not None:
                forward.connect(self.entry_requested)
            self._layout.addWidget(view)
            view.show()
            self._view = view
            self._built(view)
        return self._view

    def _built(self, view: V) -> None:
        """Called once, right after the view is built."""

    def showEvent(self, event: QShowEvent) -> None:
        self.view()
        super().showEvent(event)
