"""Run a rewrite of the journal (or of its backups) in a worker thread behind a modal progress
dialog, which names each step as the store reports it. The window keeps painting; the dialog
cannot be cancelled or closed: the rewrite is short and must finish whole."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QProgressDialog, QWidget

from ...errors import CareerJournalError

#: The store's progress callback: (step code, done, total).
Progress = Callable[[str, int, int], None]
#: The work: called in the worker thread with the progress callback; returns its result.
Job = Callable[[Progress], object]
#: A step's words for the dialog: (step code, done, total) -> text.
StepWords = Callable[[str, int, int], str]


@dataclass(frozen=True)
class Outcome:
    ok: bool
    result: object = None
    message: str = ""  # one line, when not ok
    steps: tuple[str, ...] = ()  # the steps the dialog named, in order


def failure_words(exc: BaseException) -> str:
    """One line: a store error's own message, an OS error's reason and file."""
    if isinstance(exc, CareerJournalError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__


class _Worker(QObject):
    progress = Signal(str, int, int)
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self.outcome: Outcome | None = None  # set before `done`/`failed` are emitted

    @Slot()
    def run(self) -> None:
        try:
            result = self._job(self.progress.emit)
        except Exception as exc:  # a StoreError, an OSError, or anything: close and say it
            self.outcome = Outcome(False, message=failure_words(exc))
            self.failed.emit(self.outcome.message)
        else:
            self.outcome = Outcome(True, result)
            self.done.emit(result)


class BusyDialog(QProgressDialog):
    """A modal progress dialog without Cancel, that neither Escape nor the title bar closes
    while the work runs."""

    def __init__(self, parent: QWidget | None, title: str, first: str, words: StepWords) -> None:
        super().__init__(first, "", 0, 0, parent)
        self.setObjectName("protection_progress")
        self.setWindowTitle(title)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        label = QLabel(first)
        label.setObjectName("protection_step")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.setLabel(label)
        self._step = label
        self._words = words
        self._busy = True
        self.outcome: Outcome | None = None
        self.steps: list[str] = []  # every step shown, in order (tests read it)

    def step_text(self) -> str:
        return self._step.text()

    @Slot(str, int, int)
    def on_progress(self, code: str, done: int, total: int) -> None:
        text = self._words(code, done, total)
        if not self.steps or self.steps[-1] != text:
            self.steps.append(text)
        self._step.setText(text)
        if total > 0:
            self.setMaximum(total)
            self.setValue(min(done, total))
        else:
            self.setRange(0, 0)

    @Slot(object)
    def on_done(self, result: object) -> None:
        self._finish(Outcome(True, result))

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self._finish(Outcome(False, message=message))

    def _finish(self, outcome: Outcome) -> None:
        self.outcome = outcome
        self._busy = False
        self.done(0)

    def reject(self) -> None:
        if not self._busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._busy and event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)


def run_in_worker(
    parent: QWidget | None, title: str, first: str, words: StepWords, job: Job
) -> Outcome:
    """Run `job` in a worker thread while a modal progress dialog shows its steps; return when
    it has ended, with its result or its one-line error."""
    dialog = BusyDialog(parent, title, first, words)
    thread = QThread()
    worker = _Worker(job)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    # Connected to the dialog's slots: delivered on the GUI thread, queued.
    worker.progress.connect(dialog.on_progress)
    worker.done.connect(dialog.on_done)
    worker.failed.connect(dialog.on_failed)
    thread.start()
    try:
        if dialog.outcome is None:
            dialog.exec()
    finally:
        thread.quit()
        thread.wait()
    steps = tuple(dialog.steps)
    dialog.deleteLater()
    # The worker's own record: it holds even if the dialog ended before the news arrived.
    return replace(worker.outcome or Outcome(False, message=title), steps=steps)
