"""The app collects Python's garbage cycles on the GUI thread, between events."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from careerjournal.ui.qapp import GarbageCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_runs_on_the_timer_not_on_allocation(qtbot: QtBot) -> None:
    was = gc.isenabled()
    parent = QObject()
    try:
        collector = GarbageCollector(parent, interval_ms=10)
        assert not gc.isenabled()
        for _ in range(collector.threshold[0] * 3):
            _Cycle()
        assert gc.get_count()[0] > collector.threshold[0]  # nothing collected on allocation
        qtbot.waitUntil(lambda: gc.get_count()[0] < collector.threshold[0], timeout=2000)
    finally:
        parent.deleteLater()
        if was:
            gc.enable()
