"""Looking for evidence in the background: one rescan of every configured source at a time.

The rescan runs `harvest.sources.harvest_all` on a worker thread, like the history pruner: the
inbox's writes happen there, each source in its own short transaction, and what they change
reaches the views through the journal's change feed and the `ChangeBridge`. The GUI thread only
starts it and hears back, through queued signals, so it never waits for git or a large file.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from ...services import Journal, ServiceError
from ...store import StoreError
from ..settings import AppSettings

if TYPE_CHECKING:
    from ...harvest.sources import SourceConfig
    from ...services.inbox import StoreResult

    HarvestAll = Callable[..., list[StoreResult]]

log = logging.getLogger(__name__)

#: Seconds closing the journal waits for a cancelled rescan to stop.
SHUTDOWN_WAIT = 10.0


class Rescanner(QObject):
    """Starts rescans and reports on them; every signal is emitted on the GUI thread.

    `progress(step, steps, source)`: `source` (a `HarvestSource` value), the `step`th source
    (from 1) of `steps`, is being read now. `finished(list[StoreResult])` when it ended
    (cancelled: what was stored until then); `failed(message)` when it stopped on an error,
    worded for the user."""

    started = Signal()
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    # From the worker thread, queued to this object's (the GUI) thread.
    _stepped = Signal(int, int, str)
    _ended = Signal(object, object)  # the results, or None and the error

    def __init__(self, journal: Journal, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._journal, self._settings = journal, settings
        self._worker: threading.Thread | None = None
        self._busy = False
        self._closed = False
        self._cancel = threading.Event()
        queued = Qt.ConnectionType.QueuedConnection
        self._stepped.connect(self._on_step, queued)
        self._ended.connect(self._on_end, queued)

    @property
    def running(self) -> bool:
        return self._busy

    def start(self) -> bool:
        """Start a rescan with the sources in the settings; False when one is running already,
        nothing is configured, the journal is read-only or closing."""
        if self._busy or self._closed or self._journal.store.read_only:
            return False
        config = self._settings.sources
        if config.empty:
            return False
        from ...harvest.sources import harvest_all  # the readers load in the worker

        self._busy = True
        self._cancel.clear()
        self._worker = threading.Thread(
            target=self._run, args=(harvest_all, config), name="inbox-rescan", daemon=True
        )
        self._worker.start()
        self.started.emit()
        return True

    def cancel(self) -> None:
        """Ask a running rescan to stop after the source (or repository) it is reading."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the worker to end; False when it still runs after `timeout` seconds."""
        worker = self._worker
        if worker is not None:
            worker.join(timeout)
            return not worker.is_alive()
        return True

    def shutdown(self, timeout: float = SHUTDOWN_WAIT) -> None:
        """The journal is closing: cancel a running rescan, wait for it (bounded), report
        nothing more and start no other."""
        self._closed = True
        self.cancel()
        if not self.wait(timeout):
            log.warning("the inbox rescan did not stop within %s s", timeout)

    def _run(self, harvest_all: HarvestAll, config: SourceConfig) -> None:
        """The worker: harvest everything; what ends it goes back to the GUI thread."""
        try:
            results = harvest_all(
                self._journal, config, progress=self._stepped.emit, cancelled=self._cancel.is_set
            )
        except (ServiceError, StoreError, OSError) as exc:
            log.info("inbox rescan stopped: %s", exc)
            self._ended.emit(None, exc)
        except Exception as exc:  # a reader's bug, or the journal was closed meanwhile
            log.exception("inbox rescan failed")
            self._ended.emit(None, exc)
        else:
            self._ended.emit(results, None)

    def _on_step(self, step: int, steps: int, source: str) -> None:
        if not self._closed:
            self.progress.emit(step, steps, source)

    def _on_end(self, results: object, error: object) -> None:
        self._busy = False
        if self._closed:
            return
        if results is None:
            self.failed.emit(self._message(error))
        else:
            self.finished.emit(results)

    def _message(self, error: object) -> str:
        if isinstance(error, ServiceError | StoreError):
            detail = str(error)
        elif isinstance(error, OSError):
            detail = error.strerror or str(error)
        else:
            detail = self.tr("an unexpected error (%s); the details are in the log") % (
                type(error).__name__
            )
        return self.tr("Looking for evidence stopped: %s") % detail
