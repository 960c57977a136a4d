"""The QApplication: made once with the app's names and translations, and whether a display is
there to show it on."""

from __future__ import annotations

import gc
import os
import sys

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__
from .translations import install_translators


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName("careerjournal")
    QApplication.setOrganizationName("careerjournal")
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.cj_translators = install_translators(app)  # type: ignore[attr-defined]  # kept alive
    app.cj_gc = GarbageCollector(app)  # type: ignore[attr-defined]
    return app


class GarbageCollector(QObject):
    """Python's cyclic garbage collection on the GUI thread, between events, on a timer.

    Left to itself the collector runs whenever an allocation crosses a threshold: in a worker
    thread, or in the middle of a paint, where freeing a Qt object crashes the process. This
    turns automatic collection off and collects on a timer instead (what pyqtgraph recommends).
    """

    def __init__(self, parent: QObject, interval_ms: int = 1000):
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.threshold[generation]:
                gc.collect(generation)
                return
