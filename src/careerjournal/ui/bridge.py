"""Carries the journal's change feed into Qt: one signal that views connect to."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal

from ..services import Change, Journal


class ChangeBridge(QObject):
    """Re-emits every `Change` the services announce as the Qt signal `changed`.

    Local changes are announced on the GUI thread and emitted at once (a view that saved sees its
    change before the save returns). Changes from other devices arrive on the journal's listener
    thread; they are queued to the GUI thread and emitted there, like local ones.
    """

    changed = Signal(object)  # careerjournal.services.Change
    _arrived = Signal(object)  # a Change announced on another thread

    def __init__(self, journal: Journal, parent: QObject | None = None):
        super().__init__(parent)
        self._attached = True
        self._arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = journal.changes.subscribe(self._emit)

    def _emit(self, change: Change) -> None:
        if QThread.currentThread() == self.thread():
            self.changed.emit(change)
        else:
            self._arrived.emit(change)

    def _deliver(self, change: Change) -> None:
        if self._attached:  # nothing reaches views after the journal was closed
            self.changed.emit(change)

    def detach(self) -> None:
        self._attached = False
        self._unsubscribe()
