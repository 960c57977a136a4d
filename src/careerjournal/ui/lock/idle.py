"""Idle lock: `idle` after a while without the user's keyboard, mouse, touch or pen.

An application-wide event filter only notes the time of each input (no timer is restarted per
mouse move); one single-shot timer wakes up when the interval could have passed and looks how
long ago the last input was. Only spontaneous events count: what the window system delivers
from the user, not what the app sends itself (a repaint, a synthetic hover after a layout).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_T = QEvent.Type
INPUT_EVENTS = frozenset(
    {
        _T.KeyPress,
        _T.MouseButtonPress,
        _T.MouseMove,
        _T.Wheel,
        _T.TouchBegin,
        _T.TouchUpdate,
        _T.TabletPress,
        _T.TabletMove,
    }
)


class IdleWatch(QObject):
    """Emits `idle` once the user has not touched the app for `interval_ms` (then stops)."""

    idle = Signal()

    def __init__(
        self,
        app: QCoreApplication,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._app = app
        self.clock = clock  # seconds; tests move a clock of their own along
        self._interval_ms = 0
        self._last_input = clock()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    @property
    def active(self) -> bool:
        return self._interval_ms > 0

    @property
    def interval_ms(self) -> int:
        return self._interval_ms

    def start(self, interval_ms: int) -> None:
        """Watch for `interval_ms` without input (0 or less: do not watch)."""
        self.stop()
        if interval_ms <= 0:
            return
        self._interval_ms = int(interval_ms)
        self._last_input = self.clock()
        self._app.installEventFilter(self)
        self._timer.start(self._interval_ms)

    def stop(self) -> None:
        if self._interval_ms:
            self._app.removeEventFilter(self)
        self._interval_ms = 0
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and event.spontaneous():
            self._last_input = self.clock()
        return False

    def _check(self) -> None:
        if not self._interval_ms:
            return
        quiet_ms = (self.clock() - self._last_input) * 1000
        if quiet_ms >= self._interval_ms:
            self.stop()
            self.idle.emit()
            return
        self._timer.start(max(1, int(self._interval_ms - quiet_ms)))
