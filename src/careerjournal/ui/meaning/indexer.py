"""Keeping the journal's meaning vectors up to date, in the background.

When a journal opens with entries that have no up-to-date vector (an existing journal on first
use, or entries written by the command line), `MeaningIndexer` embeds them on a worker thread,
reporting its progress; after entries change, it embeds the changed ones once the changes have
stopped for a moment. The window never waits for it: `MeaningService.index` uses its own
sessions, writes derived data only (no operation, no change announced) and checks between
batches whether it should stop, which closing the window asks.

A read-only journal is skipped, as is a journal without the model (the search field says why).
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...services import Action, Change, Journal, ServiceError, Topic
from ...store import StoreError
from ..bridge import ChangeBridge
from .modes import meaning_available

log = logging.getLogger(__name__)

#: Milliseconds of quiet after entries changed before the changed ones are embedded.
DEBOUNCE_MS = 2000
#: Entries embedded per transaction (and progress step); cancelling waits for one batch at most.
BATCH = 256
#: Seconds closing the window waits for a cancelled run to stop (it stops between batches).
SHUTDOWN_WAIT = 10.0
#: Changes after which nothing needs embedding (the vectors of trashed entries are kept).
_NOTHING_NEW = frozenset({Action.TRASHED, Action.DELETED})


class MeaningIndexer(QObject):
    """Embeds what is missing; every signal is emitted on the GUI thread.

    `progress(done, total)` while a run embeds, `finished(count)` when it ended (cancelled: what
    was stored until then), `failed(message)` when it stopped on an error (the error's line)."""

    started = Signal()
    progress = Signal(int, int)
    finished = Signal(int)
    failed = Signal(str)
    # From the worker thread, queued to this object's (the GUI) thread.
    _stepped = Signal(int, int)
    _ended = Signal(object, object)  # the count, or None and the error

    def __init__(
        self,
        journal: Journal,
        bridge: ChangeBridge | None = None,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
    ):
        super().__init__(parent)
        self._journal = journal
        self._worker: threading.Thread | None = None
        self._busy = False
        self._again = False  # entries changed during a run: run once more after it
        self._closed = False
        self._cancel = threading.Event()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._start_after_changes)
        queued = Qt.ConnectionType.QueuedConnection
        self._stepped.connect(self._on_step, queued)
        self._ended.connect(self._on_end, queued)
        if bridge is not None:
            bridge.changed.connect(self._on_change)

    @property
    def running(self) -> bool:
        return self._busy

    @property
    def debounce_ms(self) -> int:
        """Quiet after entries changed before they are embedded."""
        return self._timer.interval()

    @debounce_ms.setter
    def debounce_ms(self, value: int) -> None:
        self._timer.setInterval(max(0, value))

    def enabled(self) -> bool:
        """Can anything be embedded here: a writable journal, the model available, not closed."""
        return not self._closed and not self._journal.store.read_only and meaning_available()

    def start(self) -> bool:
        """When entries have no vector yet (a journal opened), embed them on the worker thread.

        False when nothing was started: one runs already (another follows it), or the journal is
        read-only, the model is not available or the window is closing."""
        return self._start(only_if_missing=True)

    def _start_after_changes(self) -> bool:
        """Entries changed: embed the new and the edited ones (their vector is stale)."""
        return self._start(only_if_missing=False)

    def _start(self, *, only_if_missing: bool) -> bool:
        if self._busy:
            self._again = self._again or not only_if_missing
            return False
        if not self.enabled():
            return False
        self._busy = True
        self._again = False
        self._cancel.clear()
        self._worker = threading.Thread(
            target=self._run, args=(only_if_missing,), name="meaning-index", daemon=True
        )
        self._worker.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Ask a run to stop after the batch it is embedding."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the worker to end; False when it still runs after `timeout` seconds."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
            return not worker.is_alive()
        return True

    def shutdown(self, timeout: float = SHUTDOWN_WAIT) -> None:
        """The window is closing: cancel a run, wait for it (bounded), start and report nothing
        more."""
        self._closed = True
        self._timer.stop()
        self.cancel()
        if not self.wait(timeout):
            log.warning("meaning indexing did not stop within %s s", timeout)

    def _run(self, only_if_missing: bool) -> None:
        """The worker: embed what is missing or stale; how it ended goes back to the GUI
        thread. At opening only a count is read when every entry has its vector."""
        try:
            meaning = self._journal.meaning
            count = 0
            if not only_if_missing or meaning.missing_count() > 0:
                count = meaning.index(
                    progress=self._stepped.emit, cancelled=self._cancel.is_set, batch=BATCH
                )
        except (ServiceError, StoreError, RuntimeError, OSError) as exc:
            log.info("meaning indexing stopped: %s", exc)
            self._ended.emit(None, exc)
        except Exception as exc:  # a bug, or the journal was closed meanwhile
            log.exception("meaning indexing failed")
            self._ended.emit(None, exc)
        else:
            self._ended.emit(count, None)

    def _on_change(self, change: Change) -> None:
        if self._closed or not change.touches(Topic.ENTRIES):
            return
        if change.topic is Topic.ALL or change.action not in _NOTHING_NEW:
            self._timer.start()  # restarted by every change: once they stop for a moment

    def _on_step(self, done: int, total: int) -> None:
        if not self._closed:
            self.progress.emit(done, total)

    def _on_end(self, count: object, error: object) -> None:
        self._busy = False
        if self._closed:
            return
        if count is None:
            self.failed.emit(self._message(error))
        else:
            self.finished.emit(count)
        if self._again and count is not None:
            self._timer.start()

    def _message(self, error: object) -> str:
        if isinstance(error, ServiceError | StoreError | RuntimeError):
            detail = str(error)
        elif isinstance(error, OSError):
            detail = error.strerror or str(error)
        else:
            detail = self.tr("an unexpected error (%s); the details are in the log") % (
                type(error).__name__
            )
        return self.tr("Search by meaning is not up to date: %s") % detail
