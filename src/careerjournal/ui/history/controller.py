"""Edit › Undo and Redo: the journal's operation log, not a stack kept in the window.

Every change made through the services is an operation in the journal's log, so Undo takes back
the newest one wherever it was made: in this window, after a restart, from the command line.
The actions say what they would undo and follow every change of the journal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence

from ...services import Journal, ServiceError
from ...services.changes import Change
from ...services.operations import NothingToUndoError, OperationRecord, UndoConflictError
from ...store import StoreError
from ..bridge import ChangeBridge
from .labels import conflict_message, describe

log = logging.getLogger(__name__)


class UndoHistory(QObject):
    """Undo and redo of the journal's operations, and what they would do next."""

    changed = Signal()  # what can be undone or redone changed
    done = Signal(object)  # OperationRecord: an undo or redo just happened

    def __init__(self, journal: Journal, bridge: ChangeBridge, parent: QObject | None = None):
        super().__init__(parent)
        self._journal = journal
        self.next_undo: OperationRecord | None = None
        self.next_redo: OperationRecord | None = None
        #: Shows a refused undo or redo; the main window puts up a message box.
        self.report_error: Callable[[str], None] = log.warning
        self._pending = QTimer(self, singleShot=True, interval=0)
        self._pending.timeout.connect(self.refresh)
        bridge.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, _change: Change) -> None:
        self._pending.start()  # many changes in a row: one look at the log

    def refresh(self) -> None:
        try:
            self.next_undo = self._journal.history.next_undo()
            self.next_redo = self._journal.history.next_redo()
        except (ServiceError, StoreError) as exc:  # a journal that cannot be read: nothing to do
            log.warning("cannot read the operation log: %s", exc)
            self.next_undo = self.next_redo = None
        self.changed.emit()

    def can_undo(self) -> bool:
        return self.next_undo is not None

    def can_redo(self) -> bool:
        return self.next_redo is not None

    def undo(self) -> OperationRecord | None:
        return self._step(redo=False)

    def redo(self) -> OperationRecord | None:
        return self._step(redo=True)

    def _step(self, *, redo: bool) -> OperationRecord | None:
        history = self._journal.history
        try:
            record = history.redo() if redo else history.undo()
        except NothingToUndoError:
            record = None
        except UndoConflictError as exc:
            self.report_error(conflict_message(exc, redo=redo))
            record = None
        except (ServiceError, StoreError) as exc:
            self.report_error(str(exc))
            record = None
        self.refresh()
        if record is not None:
            self.done.emit(record)
        return record

    # -- actions ----------------------------------------------------------------------------------

    def create_undo_action(self, parent: QObject) -> QAction:
        action = QAction(self.tr("&Undo"), parent)
        action.setShortcuts(QKeySequence.StandardKey.Undo)
        action.triggered.connect(lambda _checked=False: self.undo())
        self.changed.connect(lambda: self._label(action, redo=False))
        self._label(action, redo=False)
        return action

    def create_redo_action(self, parent: QObject) -> QAction:
        action = QAction(self.tr("&Redo"), parent)
        action.setShortcuts(QKeySequence.StandardKey.Redo)
        action.triggered.connect(lambda _checked=False: self.redo())
        self.changed.connect(lambda: self._label(action, redo=True))
        self._label(action, redo=True)
        return action

    def _label(self, action: QAction, *, redo: bool) -> None:
        record = self.next_redo if redo else self.next_undo
        action.setEnabled(record is not None)
        if record is None:
            action.setText(self.tr("&Redo") if redo else self.tr("&Undo"))
            return
        what = describe(record)
        text = self.tr("&Redo %1") if redo else self.tr("&Undo %1")
        action.setText(text.replace("%1", what.replace("&", "&&")))
        action.setToolTip(what)
