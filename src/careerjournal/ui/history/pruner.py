"""The undo history's upkeep: operations beyond the bound are forgotten on a worker thread.

The bound is a setting (Preferences): at least `undo_keep` operations, and every operation younger
than `undo_days`, whichever keeps more. Pruning is one short transaction on its own connection,
started after the window is up, so opening a journal never waits for it.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from ...services import Journal, ServiceError
from ...store import StoreError

log = logging.getLogger(__name__)


class HistoryPruner(QObject):
    """Prunes once per `start()`; `finished(int)` (on the GUI thread) says how many went."""

    finished = Signal(int)

    def __init__(self, journal: Journal, keep: int, days: int, parent: QObject | None = None):
        super().__init__(parent)
        self._journal, self._keep, self._days = journal, keep, days
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="history-pruner", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            removed = self._journal.history.prune(keep=self._keep, days=self._days)
        except (ServiceError, StoreError) as exc:  # a read-only or damaged journal: keep all
            log.info("undo history not pruned: %s", exc)
            removed = 0
        except Exception:  # the journal was closed meanwhile: nothing to do
            log.exception("undo history pruning failed")
            removed = 0
        self.finished.emit(removed)
