"""Carries the journal's change feed into Qt: one signal that views connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..services import Change, Journal


class ChangeBridge(QObject):
    """Re-emits every `Change` the services announce as the Qt signal `changed`."""

    changed = Signal(object)  # careerjournal.services.Change

    def __init__(self, journal: Journal, parent: QObject | None = None):
        super().__init__(parent)
        self._unsubscribe = journal.changes.subscribe(self._emit)

    def _emit(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._unsubscribe()
