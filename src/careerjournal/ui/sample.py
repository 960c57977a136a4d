"""Building the sample career journal in the background, with a progress dialog.

The sample goes into its own file, never into the user's journal. It is written to a temporary
name and moved into place only when complete, so an interrupted build leaves nothing half-made.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..errors import CareerJournalError
from ..services import EntryQuery, Journal
from ..store import StoreError


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(str)
    failed = Signal(str)

    def __init__(self, target: Path):
        super().__init__()
        self.target = target

    def run(self) -> None:
        from ..services import demo

        partial = self.target.with_name(self.target.name + ".partial")
        for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        try:
            journal = Journal.open(partial)
            try:
                demo.generate(journal, progress=self.progress.emit)
            finally:
                journal.close()
            os.replace(partial, self.target)
        except (CareerJournalError, OSError) as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(str(self.target))


class SampleCareerBuilder(QObject):
    finished_ok = Signal(Path)
    failed = Signal(str)

    def __init__(self, target: Path, parent_widget: QWidget | None = None):
        super().__init__(parent_widget)
        self.target = target
        self._parent_widget = parent_widget
        self._thread: QThread | None = None
        self._dialog: QProgressDialog | None = None

    def start(self) -> None:
        if self._already_built():
            self.finished_ok.emit(self.target)
            return
        self.target.parent.mkdir(parents=True, exist_ok=True)
        dialog = QProgressDialog(
            self.tr("Writing a sample 12-year career…"), "", 0, 100, self._parent_widget
        )
        dialog.setObjectName("sample_progress")
        dialog.setWindowTitle(self.tr("Sample career"))
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setValue(0)
        self._dialog = dialog
        thread = QThread(self)
        worker = _Worker(self.target)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        worker.done.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(worker.deleteLater)
        self._worker = worker
        self._thread = thread
        thread.start()

    def wait(self, ms: int = 60_000) -> bool:
        """Block until the build ends (tests and the screenshot command)."""
        return self._thread.wait(ms) if self._thread is not None else True

    def _already_built(self) -> bool:
        if not self.target.exists():
            return False
        try:
            journal = Journal.open(self.target)
        except StoreError:
            return False
        try:
            return journal.entries.count(EntryQuery(trashed=None)) > 0
        finally:
            journal.close()

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None:
            self._dialog.setValue(int(done * 100 / max(total, 1)))

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None

    def _on_done(self, path: str) -> None:
        self._close_dialog()
        self.finished_ok.emit(Path(path))

    def _on_failed(self, message: str) -> None:
        self._close_dialog()
        self.failed.emit(self.tr("The sample career could not be written: %s") % message)
