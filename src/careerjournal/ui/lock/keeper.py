"""The locked state of an encrypted journal, on behalf of the application controller.

While locked, the controller holds the journal's lock (no other app opens it) but no journal:
no window, view, model or undo history holds any of its text; the unlock window stands in for
the main window, at its place. The keeper opens the journal on a worker thread when the right
passphrase is given, and locks it again on File › Lock or after the idle time set in
Preferences. It also runs the passphrase flows (`ui.protection`), which close the journal for
the rewrite and reopen it in a new window.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...errors import CareerJournalError
from ...services import Journal, keychain
from ...store import (
    EncryptionUnavailableError,
    ProtectedJournalError,
    WrongPassphraseError,
    cipher,
    paths,
)
from ...store.integrity import DamagedJournalError
from ...store.lock import JournalLock
from .idle import IdleWatch
from .opener import OpenWorker, Unlocked, receive_sealed
from .shelve import close_dialogs, keep_drafts
from .unlock_window import UnlockWindow

if TYPE_CHECKING:
    from ..application import AppController
    from ..context import AppContext
    from ..main_window import MainWindow

log = logging.getLogger(__name__)

#: A passphrase for scripts and benchmarks (as the command line reads it); used at start only.
ENV_PASSPHRASE = "CAREERJOURNAL_PASSPHRASE"
MINUTE_MS = 60_000


def is_protected(location: str) -> bool:
    """An encrypted SQLite journal (a server database is never locked by the app)."""
    return not paths.is_url(location) and cipher.looks_encrypted(paths.sqlite_path(location))


class LockKeeper(QObject):
    """Unlock, lock, idle lock and the passphrase flows of the controller's journal."""

    locked = Signal()  # the journal was locked (the unlock window shows)
    unlocked = Signal(object)  # MainWindow: the journal was unlocked and its window shown

    def __init__(self, controller: AppController):
        super().__init__(controller)
        self.controller = controller
        self.window: UnlockWindow | None = None
        self.location: str | None = None
        self.idle = IdleWatch(controller.app, parent=self)
        self.idle.idle.connect(self.lock)
        #: Tests: lock after this many ms without input instead of the Preferences' minutes.
        self.idle_ms: int | None = None
        self._worker: OpenWorker | None = None
        self._remember = False  # "Remember on this computer" was ticked for the open in progress
        self._remembered: dict[str, bool] = {}  # per journal file: kept in the keychain

    # -- the unlock window --------------------------------------------------------------------

    def hold_locked(self, location: str, lock: JournalLock) -> bool:
        """An encrypted journal was asked for (at start, File › Open): what was open closes,
        the journal's `lock` (acquired) is held, and its unlock window shows."""
        controller = self.controller
        self.idle.stop()
        with self.app_stays():
            controller._close_current()
            controller._lock = lock
            controller._listen(location)
            self.show_locked(location, auto=True)
        return True

    def show_locked(
        self, location: str, *, auto: bool = False, place: QWidget | None = None
    ) -> None:
        """Show the unlock window for `location` (its lock is held, nothing is open).

        `auto` (at start, or File › Open): after the first paint, a passphrase known from
        CAREERJOURNAL_PASSPHRASE or the keychain unlocks it without typing. After a lock it
        does not: locking would be pointless otherwise. `place`: the main window it stands in
        for (its geometry is taken), else it goes where the main window was last closed."""
        self.close_window()
        self.location = location
        path = paths.sqlite_path(location)
        window = UnlockWindow(path)
        saved = self.controller.settings.geometry
        if place is not None:
            window.setGeometry(place.geometry())
        elif saved is not None:
            window.restoreGeometry(saved)
        window.unlock_requested.connect(self._unlock)
        window.quick_win_requested.connect(self._quick_win)
        window.open_another_requested.connect(self._open_another)
        window.painted.connect(lambda: self._after_first_paint(auto))
        self.window = window
        self._refresh_pending()
        if place is not None and place.isMaximized():
            window.showMaximized()
        else:
            window.show()

    def close_window(self) -> None:
        """The unlock window goes (unlocked, another journal, quitting); a running open is
        waited for, and its journal closed if nobody took it."""
        self._finish_worker()
        if self.window is not None:
            self.window.forget_typed()
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.location = None

    def _after_first_paint(self, auto: bool) -> None:
        window, location = self.window, self.location
        if window is None or location is None:
            return
        path = paths.sqlite_path(location)
        available = keychain.available()
        window.set_keychain(available, self._remembered.get(str(path), False))
        if not auto:
            return
        given = os.environ.get(ENV_PASSPHRASE) or None
        if given is None and not available:
            return
        self._remember = self._remembered.get(str(path), False)
        self._start_worker(given, recall=given is None)

    def _refresh_pending(self) -> None:
        if self.window is None:
            return
        from ...services import sealing

        path = self.window.journal_file
        try:
            count, possible = sealing.pending_count(path), sealing.can_seal(path)
        except OSError:
            count, possible = 0, False
        self.window.set_pending(count)
        self.window.set_capture_possible(possible)

    # -- unlocking ----------------------------------------------------------------------------

    def _unlock(self, passphrase: str, remember: bool) -> None:
        self._remember = remember
        self._start_worker(passphrase, recall=False)

    def _start_worker(self, passphrase: str | None, *, recall: bool) -> None:
        if self.window is None or self.location is None:
            return
        if self._worker is not None and self._worker.isRunning():
            return
        path = paths.sqlite_path(self.location)
        self.window.set_busy(True)
        worker = OpenWorker(
            self.location,
            passphrase,
            backup_keep=self.controller.settings.backup_keep,
            recall=(lambda: keychain.recall(path)) if recall else None,
            parent=self,
        )
        # The worker comes along: what a worker given up on reports is not for this window.
        worker.opened.connect(lambda result, w=worker: self._opened(w, result))
        worker.failed.connect(lambda error, w=worker: self._failed(w, error))
        self._worker = worker
        worker.start()

    def _finish_worker(self) -> None:
        worker, self._worker = self._worker, None
        if worker is None:
            return
        worker.wait()
        leftover = worker.take_result()
        if leftover is not None:  # opened, but the window went meanwhile
            leftover.journal.close()
        worker.deleteLater()

    def _done_with(self, worker: OpenWorker) -> bool:
        """The worker's report is the current one (then it is let go); False for a stale one."""
        if worker is not self._worker:
            return False
        self._worker = None
        worker.wait()
        worker.deleteLater()
        return True

    def _failed(self, worker: OpenWorker, error: BaseException) -> None:
        if not self._done_with(worker) or self.window is None:
            return
        self.window.set_busy(False)
        path = self.window.journal_file
        if isinstance(error, WrongPassphraseError):
            if worker.recalled:  # changed elsewhere: what the keychain keeps is of no use now
                keychain.forget(path)
                self._remembered[str(path)] = False
                self.window.set_keychain(keychain.available(), False)
                message = self.tr(
                    "The passphrase remembered on this computer no longer opens this journal. "
                    "Type it, please."
                )
            else:
                message = self.tr("That passphrase does not open this journal.")
        elif isinstance(error, EncryptionUnavailableError):
            message = str(error)
        elif isinstance(error, ProtectedJournalError):
            if worker.recall is not None:  # the keychain keeps nothing for it
                self._remembered[str(path)] = False
            return  # nothing known to unlock with: the window waits for the passphrase
        elif isinstance(error, OSError):
            message = self.tr("The journal could not be read: %s") % (error.strerror or error)
        else:
            message = str(error)
        self.window.show_error(message)

    def _opened(self, worker: OpenWorker, result: Unlocked) -> None:
        if not self._done_with(worker) or worker.take_result() is None:
            return  # given up on: `close_window` closed its journal
        if self.window is None:
            result.journal.close()
            return
        path = self.window.journal_file
        if result.recalled:
            self._remembered[str(path)] = True
        else:
            self._keep_in_keychain(path, result.passphrase)
        self._show_unlocked(result)

    def _keep_in_keychain(self, path: Path, passphrase: str | None) -> None:
        """Remember the passphrase as the window's box says (unticked: forget it)."""
        if self.window is None or self.window.remember.isHidden() or passphrase is None:
            return
        if self._remember:
            self._remembered[str(path)] = keychain.remember(path, passphrase)
        elif self._remembered.get(str(path)) is not False:  # no needless keychain prompts
            keychain.forget(path)
            self._remembered[str(path)] = False

    def _show_unlocked(self, result: Unlocked) -> None:
        """The journal's main window replaces the unlock window (shown first: the app has a
        window all along)."""
        controller = self.controller
        location = result.journal.store.location
        with self.app_stays():
            try:
                controller._start(result.journal)
            except DamagedJournalError as exc:  # a view met a damaged record while being built
                controller._close_current(keep_lock=True)
                if self.window is not None:
                    self.window.set_busy(False)
                    self.window.show_error(str(exc))
                return
            self.close_window()
        window = controller.window
        if window is not None:
            self.announce(window, result)
            self.unlocked.emit(window)
        log.info("unlocked %s", paths.display_location(location))

    def announce(self, window: MainWindow, result: Unlocked) -> None:
        """Say in the status bar what arrived from the sealed inbox (or why it did not)."""
        parts: list[str] = []
        report = result.received
        if report is not None and report.added:
            parts.append(
                self.tr("%n quick wins captured while locked were added.", "", len(report.added))
            )
        if report is not None and report.skipped:
            parts.append(
                self.tr(
                    "%n sealed quick wins could not be read and were skipped.",
                    "",
                    len(report.skipped),
                )
            )
        if result.problem:
            parts.append(
                self.tr("Quick wins captured while locked wait for the next unlock: %s")
                % result.problem
            )
        if parts:
            window.statusBar().showMessage(" ".join(parts), 30_000)

    # -- locking ------------------------------------------------------------------------------

    def attach(self, window: MainWindow) -> None:
        """A main window was built for the open journal: File › Lock, the passphrase flows,
        and the idle lock of an encrypted journal."""
        window.lock_requested.connect(self.lock)
        window.protection_requested.connect(self.protection)
        window.preferences_changed.connect(self.watch_idle)
        self.watch_idle()

    def watch_idle(self) -> None:
        ctx = self.controller.ctx
        if ctx is None or not ctx.journal.store.encrypted:
            self.idle.stop()
            return
        minutes = self.controller.settings.lock_after_minutes
        self.idle.start(self.idle_ms if self.idle_ms is not None else minutes * MINUTE_MS)

    def lock(self) -> None:
        """File › Lock, or idle: keep what editors hold as drafts, close every dialog, close the
        journal and its window, and show the unlock window in its place."""
        controller = self.controller
        ctx, window = controller.ctx, controller.window
        if ctx is None or window is None or not ctx.journal.store.encrypted:
            return
        self.idle.stop()
        location = ctx.journal.store.location
        keep_drafts(window)
        close_dialogs()
        with self.app_stays():
            self.show_locked(location, auto=False, place=window)
            self._close_journal(ctx)
        self.locked.emit()

    def _close_journal(self, ctx: AppContext) -> None:
        """Close the journal and its window, keeping its lock; drop the undo history too."""
        history, bridge = ctx.history, ctx.bridge
        self.controller._close_current(keep_lock=True)
        history.next_undo = history.next_redo = None
        bridge.deleteLater()  # the undo history is its child

    # -- from the unlock window ---------------------------------------------------------------

    def _quick_win(self) -> None:
        """Capture while locked: the line is sealed for the journal, read when it is unlocked."""
        from ..editor.quick_capture import QuickCaptureDialog

        window = self.window
        if window is None:
            return
        dialog = QuickCaptureDialog.sealed(window.journal_file, self.controller.settings, window)
        dialog.exec()
        dialog.deleteLater()
        self._refresh_pending()

    def _open_another(self) -> None:
        window = self.window
        if window is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            window,
            self.tr("Open Journal"),
            str(window.journal_file.parent),
            self.tr("Career journals (*.sqlite3);;All files (*)"),
        )
        if path:
            with self.app_stays():
                self.controller.open(path, parent=window, create=False)

    # -- the passphrase flows -----------------------------------------------------------------

    def protection(self, kind: str) -> None:
        """Protect, change or remove the passphrase of the open SQLite journal (ui.protection
        closes the journal for the rewrite and calls `reopen`, always)."""
        from ..protection import ProtectionFlows

        controller = self.controller
        ctx, window = controller.ctx, controller.window
        if ctx is None or window is None or ctx.journal.store.path is None:
            return
        location, path = ctx.journal.store.location, ctx.journal.store.path
        current = ctx.journal.store.passphrase
        # The flows' dialogs outlive this window (it closes for the rewrite): they belong to a
        # stand-in at its place.
        host = QWidget()
        host.setGeometry(window.geometry())
        flows = ProtectionFlows(
            host,
            path,
            close_journal=self._close_for_rewrite,
            reopen=lambda passphrase: self.reopen(location, passphrase),
            settings=controller.settings,
        )
        with self.app_stays():
            if kind == "protect":
                flows.protect()
            elif kind == "change" and current is not None:
                flows.change(current)
            elif kind == "remove" and current is not None:
                flows.remove(current)
            if controller.ctx is None and self.window is None:  # never left without a window
                self._reopen_somehow(location, current)
        host.deleteLater()

    def _close_for_rewrite(self) -> None:
        """Before the file is rewritten: drafts kept, the journal closed, its lock kept."""
        controller = self.controller
        if controller.ctx is None:
            return
        self.idle.stop()
        if controller.window is not None:
            keep_drafts(controller.window)
        with self.app_stays():
            self._close_journal(controller.ctx)

    def reopen(self, location: str, passphrase: str | None) -> bool:
        """Open the journal again in a new main window (its lock is still held); False when
        it cannot be opened with `passphrase`."""
        controller = self.controller
        try:
            journal = Journal.open(
                location,
                create=False,
                backup_keep=controller.settings.backup_keep,
                passphrase=passphrase,
            )
        except (CareerJournalError, OSError) as exc:
            log.warning("could not open the journal again: %s", exc)
            return False
        result = Unlocked(journal, passphrase)
        result.received, result.problem = receive_sealed(journal)
        path = paths.sqlite_path(location)
        if self._remembered.get(str(path)):  # the keychain follows the new passphrase
            if passphrase is None:
                keychain.forget(path)
                self._remembered[str(path)] = False
            else:
                keychain.remember(path, passphrase)
        self._show_unlocked(result)
        return controller.ctx is not None

    def _reopen_somehow(self, location: str, passphrase: str | None) -> None:
        if self.reopen(location, passphrase) or self.reopen(location, None):
            return
        if is_protected(location):
            self.show_locked(location)

    # -- helpers ------------------------------------------------------------------------------

    @contextlib.contextmanager
    def app_stays(self) -> Iterator[None]:
        """The app does not quit while one window replaces another."""
        app = self.controller.app
        quits = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            yield
        finally:
            app.setQuitOnLastWindowClosed(quits)

    def shutdown(self) -> None:
        self.idle.stop()
        self.close_window()

    def front(self) -> QWidget | None:
        """The window a second launch brings forward while the journal is locked."""
        return self.window
