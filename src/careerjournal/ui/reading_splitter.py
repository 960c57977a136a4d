"""Content on the left, the entry's reading pane on the right; the split is remembered."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

from .settings import AppSettings


class ReadingSplitter(QSplitter):
    """A horizontal splitter whose sizes are stored in the settings under `key`."""

    def __init__(
        self,
        content: QWidget,
        reading_pane: QWidget,
        settings: AppSettings,
        key: str,
        default: Sequence[int],
        parent: QWidget | None = None,
    ):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._settings = settings
        self._key = key
        self._default = list(default)
        self.setChildrenCollapsible(False)
        self.addWidget(content)
        self.addWidget(reading_pane)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        self.setSizes(self._stored_sizes())
        self.splitterMoved.connect(self._save)

    def _stored_sizes(self) -> list[int]:
        value = self._settings.value(self._key)
        sizes: list[int] = []
        if isinstance(value, list | tuple):
            try:
                sizes = [int(v) for v in value]
            except (TypeError, ValueError):
                sizes = []
        if len(sizes) != 2 or min(sizes) <= 0:
            sizes = self._default  # proportions: the splitter scales them to its width
        return sizes

    def _save(self) -> None:
        self._settings.set_value(self._key, self.sizes())
