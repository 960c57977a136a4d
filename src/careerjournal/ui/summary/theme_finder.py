"""Finds a summary's themes in a worker thread, so the window never waits for the meaning model:
`journal.meaning.themes()` loads the model on first use and embeds the entries it has not read
yet, which can take seconds. Results are kept by what was asked (the entries and the number of
themes); `forget()` drops them, and a search still running then, when the entries change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from ...services import Journal
from ...services.summary import FoundTheme

#: What is asked: the achievements' ids (in date order) and the most themes wanted.
Asked = tuple[tuple[int, ...], int]


class _Worker(QObject):
    # generation, asked, the themes found (None on failure), why not
    done = Signal(int, object, object, str)

    def __init__(self, journal: Journal, asked: Asked, generation: int) -> None:
        super().__init__()
        self._journal = journal
        self._asked = asked
        self._generation = generation

    @Slot()
    def run(self) -> None:
        ids, most = self._asked
        try:
            found = self._journal.meaning.themes(list(ids), max_themes=most)
        except Exception as exc:  # a store error, the model failing to load: say it, go on
            why = str(exc).strip() or type(exc).__name__
            self.done.emit(self._generation, self._asked, None, why)
        else:
            self.done.emit(self._generation, self._asked, list(found), "")


class ThemeFinder(QObject):
    """One search at a time; `found` when its result (or why there is none) is kept."""

    found = Signal()

    def __init__(self, journal: Journal, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._results: dict[Asked, Sequence[FoundTheme]] = {}
        self._problems: dict[Asked, str] = {}
        self._generation = 0  # a search started before `forget()` is dropped

    def result(self, asked: Asked) -> Sequence[FoundTheme] | None:
        return self._results.get(asked)

    def problem(self, asked: Asked) -> str:
        """Why the themes of `asked` could not be found ("" when they were, or not yet)."""
        return self._problems.get(asked, "")

    def running(self) -> bool:
        return self._thread is not None

    def find(self, asked: Asked) -> None:
        """Start looking for `asked`'s themes, unless a search runs (`found` then asks again)."""
        if self._thread is not None:
            return
        thread = QThread()
        worker = _Worker(self._journal, asked, self._generation)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.done.connect(self._on_done)  # queued: it runs in this (the window's) thread
        # Direct: the thread stops its loop at once, so `_on_done` can wait for it to end.
        worker.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread, self._worker = thread, worker
        thread.start()

    @Slot(int, object, object, str)
    def _on_done(
        self, generation: int, asked: Asked, themes: list[FoundTheme] | None, problem: str
    ) -> None:
        self._release()
        if generation == self._generation:
            if len(self._results) > 16:  # the last few periods and choices are enough
                self._results.clear()
            if themes is None:
                self._problems[asked] = problem
            else:
                self._results[asked] = themes
        self.found.emit()

    def forget(self) -> None:
        """The entries changed: find themes afresh (a search running now is dropped)."""
        self._results.clear()
        self._problems.clear()
        self._generation += 1

    def _release(self) -> None:
        thread, self._thread, self._worker = self._thread, None, None
        if thread is not None:
            thread.wait()

    def wait(self, ms: int = 60_000) -> bool:
        """Block until the search ends (tests)."""
        return self._thread.wait(ms) if self._thread is not None else True

    def stop(self) -> None:
        """Wait for a running search to end, its result dropped (before the journal closes)."""
        self._generation += 1
        self._release()
