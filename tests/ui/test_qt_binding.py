"""Guards against a Qt binding bug seen in PySide6 6.12.0 that crashes Python 3.11 at exit.

There, every read of a Python model's `None` through `QModelIndex.data()` released one reference
to `None` too many; after enough reads the interpreter aborted while shutting down. The package
pins PySide6 below 6.12; this test fails loudly if an installed version has the bug again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def test_reading_none_through_qt_keeps_its_reference_count(qapp: object) -> None:
    model = _Model()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(200):
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert sys.getrefcount(None) - before > -50
