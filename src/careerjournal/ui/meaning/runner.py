"""One background job at a time, newest first: what search-as-you-type needs.

A search by meaning, or the entries related to the one being read, takes a few milliseconds to a
few hundred (the first one loads the model). The GUI thread hands the job to `LatestRunner`, which
runs it on its own worker thread; a job handed in while another waits replaces it (the older one
never runs), and the result of a job that was superseded while it ran is dropped. Results come
back on the GUI thread through a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

#: Seconds closing the window waits for a running job to end.
SHUTDOWN_WAIT = 5.0

Job = Callable[[], object]


class LatestRunner(QObject):
    """Runs the newest job handed to `submit` on a worker thread.

    `done(ticket, result)` and `failed(ticket, message)` are emitted on the GUI thread, only for
    the newest ticket (and never after `shutdown`)."""

    done = Signal(int, object)
    failed = Signal(int, str)
    _ended = Signal(int, object, object)  # from the worker: ticket, result, error

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self._name = name
        self._ticket = 0
        self._pending: tuple[int, Job] | None = None
        self._running = False  # the worker runs a job
        self._in_flight = 0  # results sent by the worker, not yet handled here
        self._closed = False
        self._wake = threading.Condition()
        self._thread: threading.Thread | None = None
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)

    @property
    def ticket(self) -> int:
        """The newest ticket handed out (its result is the only one delivered)."""
        return self._ticket

    def submit(self, job: Job) -> int:
        """Run `job` after the running one (a waiting one is dropped); returns its ticket."""
        self._ticket += 1
        if self._closed:
            return self._ticket
        with self._wake:
            self._pending = (self._ticket, job)
            self._wake.notify()
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
            self._thread.start()
        return self._ticket

    def cancel(self) -> None:
        """Forget the waiting job; the running one's result will be dropped."""
        self._ticket += 1
        with self._wake:
            self._pending = None

    def is_idle(self) -> bool:
        """No job waits or runs, and every result was handled."""
        with self._wake:
            return self._pending is None and not self._running and not self._in_flight

    def shutdown(self, timeout: float = SHUTDOWN_WAIT) -> None:
        """Run nothing more, deliver nothing more; wait (bounded) for a running job."""
        self._closed = True
        self.cancel()
        with self._wake:
            self._wake.notify()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("%s did not stop within %s s", self._name, timeout)

    def _loop(self) -> None:
        while True:
            with self._wake:
                while self._pending is None and not self._closed:
                    self._wake.wait()
                if self._closed:
                    return
                assert self._pending is not None
                ticket, job = self._pending
                self._pending = None
                self._running = True
            result: object = None
            error: Exception | None = None
            try:
                result = job()
            except Exception as exc:  # reported on the GUI thread, worded there
                log.info("%s: %s", self._name, exc, exc_info=not isinstance(exc, RuntimeError))
                error = exc
            with self._wake:
                self._running = False
                self._in_flight += 1
            try:
                self._ended.emit(ticket, result, error)
            except RuntimeError:  # this object is gone (its window closed): no one to tell
                return

    def _on_ended(self, ticket: int, result: object, error: object) -> None:
        with self._wake:
            self._in_flight -= 1
        if self._closed or ticket != self._ticket:
            return  # superseded: a newer job runs or waits
        if error is not None:
            self.failed.emit(ticket, str(error))
        else:
            self.done.emit(ticket, result)
