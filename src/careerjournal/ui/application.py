"""Starting the desktop app: one journal at a time, one running app per journal.

`AppController` owns what outlives a window: the journal lock, the open journal, the undo stack
and the activation server a second launch talks to. Switching journals closes the window and
opens a new one on the other journal, so no view ever has to forget a journal.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME
from ..services import Journal
from ..store import (
    CorruptDatabaseError,
    EncryptionUnavailableError,
    JournalNotFoundError,
    NotAJournalError,
    ProtectedJournalError,
    SchemaTooNewError,
    StoreError,
    check_exists,
    paths,
)
from ..store.backup import BackupInfo, newest_good_backup, restore_as_copy
from ..store.integrity import DamagedJournalError
from ..store.lock import JournalInUseError, JournalLock
from .bridge import ChangeBridge
from .context import AppContext
from .icons import app_icon
from .lock import LockKeeper
from .qapp import has_display, make_application
from .reminders import ReminderController, local_now
from .settings import AppSettings, ThemeChoice
from .theme import apply_theme

if TYPE_CHECKING:
    from ..store.recover import RecoveryResult
    from .damage_watch import DamageBanner, DamageHook, DamageWatch
    from .history.pruner import HistoryPruner
    from .main_window import MainWindow

BACKUP_INTERVAL_MS = 30 * 60 * 1000
RESCAN_DELAY_MS = 2000  # a rescan on start waits until the window is up and settled
SAMPLE_FILENAME = paths.SAMPLE_FILENAME


def server_name(location: str) -> str:
    """The local-socket name a running app listens on for its journal."""
    digest = hashlib.sha256(os.path.abspath(location).encode()).hexdigest()[:20]
    return f"careerjournal-{digest}"


def ask_running_app_to_activate(location: str) -> bool:
    """Tell the app that has `location` open to come to the front; False if none answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(location))
    if not socket.waitForConnected(500):
        return False
    socket.write(b"activate\n")
    socket.waitForBytesWritten(500)
    socket.disconnectFromServer()
    return True


class FirstPaintWatcher(QObject):
    """Notes when the main window first painted (an encrypted journal's: once unlocked), then
    quits; prints `first-paint <unix time>` on stderr for a harness (start-up benchmarks)."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or obj.objectName() != "main_window":
            return False
        if obj.property("cj_painted") is None:
            obj.setProperty("cj_painted", True)
            print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


class AppController(QObject):
    activated = Signal()  # a second launch asked this app to come forward

    def __init__(self, app: QApplication, settings: AppSettings):
        super().__init__()
        self.app = app
        self.settings = settings
        self.window = None  # MainWindow
        self.ctx: AppContext | None = None
        self._lock: JournalLock | None = None
        self._server: QLocalServer | None = None
        self.reminders: ReminderController | None = None
        self.reminder_clock = local_now  # tests move time along
        self._changed_since_backup = False
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self._backup_timer.timeout.connect(self._periodic_backup)
        # Damage inside a record of the open journal: the background read-back, the last-resort
        # hook for views that meet it, and the banner that offers recovery.
        self.damage_watch: DamageWatch | None = None
        self.pruner: HistoryPruner | None = None
        self._damage_hook: DamageHook | None = None
        self._damage_banner: DamageBanner | None = None
        self.keeper = LockKeeper(self)  # an encrypted journal locked: lock held, no ctx/window

    # -- opening and closing journals ---------------------------------------------------------

    def open(self, location: str, *, parent: QWidget | None = None, create: bool = True) -> bool:
        """Open `location` in a new main window; on failure explain and keep what was open.

        `create=False` (File › Open, Recent Journals, a journal named on the command line) refuses
        a missing file instead of making a new, empty journal that looks like lost data.
        """
        location = paths.resolve_location(location)
        if not create:
            try:
                check_exists(location)
            except JournalNotFoundError as exc:
                self._inform(parent, str(exc), warn=True)
                return False
        lock = JournalLock(location)
        try:
            lock.acquire()
        except JournalInUseError as exc:
            if ask_running_app_to_activate(location):
                self._inform(parent, self.tr("%s\nIt has been brought to the front.") % exc)
            else:
                self._inform(parent, str(exc), warn=True)
            return False
        except OSError as exc:
            where = paths.display_location(location)  # never a password
            self._inform(parent, self.tr("Cannot use %s: %s") % (where, exc.strerror), True)
            return False
        try:
            journal = Journal.open(location, backup_keep=self.settings.backup_keep)
        except (ProtectedJournalError, EncryptionUnavailableError):  # encrypted: nothing opened
            return self.keeper.hold_locked(location, lock)  # the unlock window
        except DamagedJournalError as exc:
            try:  # recovered under the lock: no second app opens it half-way
                recovered = self._offer_recovery(exc, parent)
            finally:
                lock.release()
            return recovered and self.open(location, parent=parent, create=False)
        except (SchemaTooNewError, NotAJournalError, CorruptDatabaseError) as exc:
            lock.release()
            return self._offer_backup(location, exc, parent)
        except StoreError as exc:
            lock.release()
            self._inform(parent, str(exc), warn=True)
            return False
        self._close_current()
        self._lock = lock
        try:
            self._start(journal)
        except DamagedJournalError as exc:  # a view met a damaged record while being built
            self._close_current()
            return self._recover_closed(location, exc, parent)
        return True

    def _start(self, journal: Journal) -> None:
        from .main_window import MainWindow

        bridge = ChangeBridge(journal)
        self.ctx = AppContext(journal, bridge, self.settings)
        bridge.changed.connect(self._note_change)
        journal.listen_for_other_devices()  # other devices' and processes' writes refresh views
        window = MainWindow(self.ctx)
        window.setWindowIcon(app_icon())
        window.open_journal_requested.connect(self._switch)
        window.new_journal_requested.connect(self._switch_creating)
        window.load_sample_requested.connect(self.load_sample)
        window.theme_requested.connect(self.apply_theme)
        self.window = window
        self.keeper.attach(window)  # File › Lock, the passphrase flows, the idle lock
        self.settings.add_recent_journal(journal.store.location)
        if self._server is None:  # kept while it was locked
            self._listen(journal.store.location)
        self._backup_timer.start()
        window.show()
        self._watch_for_damage(journal, window)
        self._prune_history(journal)
        self._start_reminders(window)
        self._follow_rescans(window)
        QTimer.singleShot(0, self._recover_drafts)

    def _prune_history(self, journal: Journal) -> None:
        from .history.pruner import HistoryPruner

        if journal.store.read_only:
            return
        self.pruner = HistoryPruner(journal, self.settings.undo_keep, self.settings.undo_days, self)
        self.pruner.start()

    def _follow_rescans(self, window: MainWindow) -> None:
        """The status bar shows a rescan's progress; with "Rescan when the app starts", one
        starts a little after the (shown) window, never on a read-only journal."""
        assert self.ctx is not None
        rescanner, parts = self.ctx.rescanner, window.status_parts
        rescanner.progress.connect(parts.show_progress)
        rescanner.finished.connect(parts.finish_progress)
        rescanner.failed.connect(parts.fail_progress)
        if self.settings.sources.rescan_on_start and not self.ctx.journal.store.read_only:
            QTimer.singleShot(RESCAN_DELAY_MS, rescanner, rescanner.start)

    def _close_current(self, *, keep_lock: bool = False) -> None:
        if self.pruner is not None:
            self.pruner.wait(10)
            self.pruner = None
        if self.damage_watch is not None:
            self.damage_watch.cancel()
            self.damage_watch.deleteLater()
            self.damage_watch = None
        if self._damage_hook is not None:
            self._damage_hook.uninstall()
            self._damage_hook = None
        self._damage_banner = None
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None
        if self.window is not None:
            self._periodic_backup()
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.ctx is not None:
            self.ctx.rescanner.shutdown()  # cancelled and waited for (bounded)
            self.ctx.bridge.detach()
            self.ctx.journal.close()
            self.ctx = None
        if keep_lock:  # locked, or its file rewritten: the journal stays this app's
            return
        self.keeper.close_window()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def shutdown(self) -> None:
        self._backup_timer.stop()
        self.keeper.shutdown()
        self._close_current()

    def _switch(self, location: str) -> None:
        """File › Open and Recent Journals: an existing journal only."""
        self.open(location, parent=self.window, create=False)

    def _switch_creating(self, location: str) -> None:
        """File › New Journal (and a location chosen in Preferences): created when missing."""
        self.open(location, parent=self.window, create=True)

    # -- activation by a second launch --------------------------------------------------------

    def _listen(self, location: str) -> None:
        name = server_name(location)
        QLocalServer.removeServer(name)  # a crashed app's leftover socket
        server = QLocalServer(self)
        if server.listen(name):
            server.newConnection.connect(self._activate)
            self._server = server

    def _activate(self) -> None:
        assert self._server is not None
        socket = self._server.nextPendingConnection()
        if socket is not None:
            socket.readyRead.connect(lambda s=socket: s.readAll())
            socket.disconnected.connect(socket.deleteLater)
        if self.window is not None or self.keeper.window is not None:
            self._bring_forward()
            self.activated.emit()

    def _bring_forward(self) -> None:
        window = self.window or self.keeper.window  # locked: the unlock window
        if window is None:
            return
        window.showNormal()
        if QApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            window.raise_()
            window.activateWindow()

    # -- failures -----------------------------------------------------------------------------

    def _offer_backup(self, location: str, error: StoreError, parent: QWidget | None) -> bool:
        """Explain why a journal cannot be opened; offer its newest good backup as a copy."""
        backup = None if paths.is_url(location) else newest_good_backup(Path(location))
        if backup is None or isinstance(error, SchemaTooNewError):
            self._inform(parent, self.tr("This journal cannot be opened.") + f"\n\n{error}", True)
            return False
        if not self.confirm_open_backup(str(error), backup.created, parent):
            return False
        try:
            copy = restore_as_copy(backup.path, Path(location))
        except StoreError as exc:
            self._inform(parent, str(exc), warn=True)
            return False
        return self.open(str(copy), parent=parent)

    def _offer_recovery(self, damage: DamagedJournalError, parent: QWidget | None) -> bool:
        """A damaged journal is not opened: offer to salvage it or to put back its newest good
        backup (the damaged file is kept as `….damaged`). True when it was recovered."""
        backup = newest_good_backup(damage.path)
        choice = self.choose_recovery(damage, backup, parent)
        if choice is None:
            return False
        return self._recover(damage, choice, parent)

    def _recover(self, damage: DamagedJournalError, choice: str, parent: QWidget | None) -> bool:
        """Salvage (or put back the backup of) a journal that is closed and locked by us."""
        from ..store.recover import recover

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a large journal takes seconds
        try:
            result = recover(damage.path, from_backup=choice == "backup")
        except StoreError as exc:
            failure: StoreError | None = exc
        else:
            failure = None
        finally:
            QApplication.restoreOverrideCursor()
        if failure is not None:
            self._inform(parent, str(failure), warn=True)
            return False
        self._inform(parent, self._recovery_summary(result))
        return True

    def _recover_closed(
        self, location: str, damage: DamagedJournalError, parent: QWidget | None
    ) -> bool:
        """Offer recovery of a journal that is not open (any more); reopen it when recovered."""
        lock = JournalLock(location)
        try:
            lock.acquire()
        except (JournalInUseError, OSError) as exc:
            self._inform(parent, str(exc), warn=True)
            return False
        try:
            recovered = self._offer_recovery(damage, parent)
        finally:
            lock.release()
        return recovered and self.open(location, parent=parent, create=False)

    # -- damage found while the journal is open -----------------------------------------------

    def _watch_for_damage(self, journal: Journal, window: QWidget) -> None:
        from .damage_watch import DamageHook, DamageWatch

        hook = DamageHook(journal.store, self._damage_found)
        hook.install()
        self._damage_hook = hook
        watch = DamageWatch(journal.store, self)
        watch.damaged.connect(self._damage_found)
        watch.start_after_first_paint(window)
        self.damage_watch = watch

    def _damage_found(self, damage: DamagedJournalError) -> None:
        """Damage in the open journal (writes are refused now): say so once, offer recovery."""
        from .damage_watch import DamageBanner

        if self.window is None or self._damage_banner is not None:
            return
        banner = DamageBanner(damage)
        banner.recover_requested.connect(lambda: self._recover_open_journal(damage))
        self.window.add_banner(banner)
        self._damage_banner = banner

    def _recover_open_journal(self, damage: DamagedJournalError) -> None:
        """The banner's Recover…: the same choice as at open; the journal is closed for it and
        reopened afterwards (recovered, or still damaged when that failed)."""
        if self.ctx is None:
            return
        backup = newest_good_backup(damage.path)
        choice = self.choose_recovery(damage, backup, self.window, in_use=True)
        if choice is None:
            return
        location = self.ctx.journal.store.location
        with self.keeper.app_stays():  # the window closes for a moment
            self._close_current(keep_lock=True)  # recovered under the journal's lock
            try:
                self._recover(damage, choice, None)
            finally:
                self._close_current()  # opening takes the lock again
            self.open(location, create=False)

    def _recovery_summary(self, result: RecoveryResult) -> str:
        if result.backup is not None:
            lines = [
                self.tr("The backup from %s was put back in place of the damaged journal.")
                % result.backup.created.strftime("%Y-%m-%d %H:%M")
            ]
        else:
            entries = result.of("entry")
            copied = entries.copied if entries else 0
            unread = entries.lost if entries else 0
            others = result.lost - unread
            number = QLocale().toString
            lines = [self.tr("Entries salvaged from the damaged journal: %s") % number(copied)]
            if unread:
                lines.append(self.tr("Entries that could not be read (lost): %s") % number(unread))
            if others:
                lines.append(
                    self.tr("Other records that could not be kept (tags, links, …): %s")
                    % number(others)
                )
            if not result.lost:
                lines.append(self.tr("Nothing was lost."))
        lines.append(self.tr("The damaged file is kept as %s.") % result.damaged)
        return "\n".join(lines)

    def choose_recovery(
        self,
        damage: DamagedJournalError,
        backup: BackupInfo | None,
        parent: QWidget | None,
        *,
        in_use: bool = False,
    ) -> str | None:
        """Ask what to do with a damaged journal: "salvage", "backup" or None (do not open;
        for the open journal, `in_use`: leave it open as it is, read-only)."""
        from ..store.recover import damaged_name

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is not markup
        if in_use:
            box.setText(self.tr("This journal is damaged. Nothing more is written to it."))
        else:
            box.setText(self.tr("This journal is damaged and was not opened."))
        details = [
            str(damage),
            self.tr(
                "Salvage makes a new journal of everything that can still be read; what sat on "
                "the damaged part of the file is lost."
            ),
        ]
        if backup is not None:
            details.append(
                self.tr(
                    "Or put back the newest good backup, from %s; what was written after it "
                    "is not in it."
                )
                % backup.created.strftime("%Y-%m-%d %H:%M")
            )
        details.append(
            self.tr("Either way the damaged file is kept as %s.") % damaged_name(damage.path).name
        )
        box.setInformativeText("\n\n".join(details))
        salvage = box.addButton(self.tr("Salvage"), QMessageBox.ButtonRole.AcceptRole)
        restore = (
            box.addButton(self.tr("Put Back Backup"), QMessageBox.ButtonRole.AcceptRole)
            if backup is not None
            else None
        )
        box.addButton(
            self.tr("Not Now") if in_use else self.tr("Don't Open"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(salvage)
        box.exec()
        clicked = box.clickedButton()
        if clicked is salvage:
            return "salvage"
        if restore is not None and clicked is restore:
            return "backup"
        return None

    def confirm_open_backup(
        self, problem: str, backup_time: dt.datetime, parent: QWidget | None
    ) -> bool:
        """Ask whether to open a copy of the newest good backup (overridable in tests)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(APP_NAME)
        box.setText(self.tr("This journal cannot be opened."))
        box.setInformativeText(
            problem
            + "\n\n"
            + self.tr(
                "The newest good backup is from %s. Open a copy of it? The damaged file stays "
                "as it is."
            )
            % backup_time.strftime("%Y-%m-%d %H:%M")
        )
        open_copy = box.addButton(self.tr("Open Backup Copy"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_copy

    def _inform(self, parent: QWidget | None, message: str, warn: bool = False) -> None:
        """Tell the user something in a message box (tests replace this)."""
        if warn:
            QMessageBox.warning(parent, APP_NAME, message)
        else:
            QMessageBox.information(parent, APP_NAME, message)

    # -- background duties --------------------------------------------------------------------

    def _note_change(self, *_: object) -> None:
        self._changed_since_backup = True

    def _periodic_backup(self) -> None:
        """Back up when data changed since the last backup (SQLite files and PostgreSQL)."""
        if self.ctx is None or not self._changed_since_backup:
            return
        if not self.ctx.journal.can_back_up or self.ctx.journal.store.damage is not None:
            return  # a damaged file is no backup
        try:
            self.ctx.journal.backup(reason="auto")
        except StoreError as exc:
            if self.window is not None:
                self.window.statusBar().showMessage(str(exc), 10000)
            return
        self._changed_since_backup = False
        if self.window is not None:
            self.window.set_last_backup(dt.datetime.now())

    def _start_reminders(self, window: MainWindow) -> None:
        """The journaling and feedback nudges: tray messages, banners for missed ones."""
        assert self.ctx is not None
        reminders = ReminderController(self.ctx, window, clock=self.reminder_clock, parent=window)
        reminders.write_entry_requested.connect(window.new_entry)
        reminders.open_requested.connect(self._bring_forward)
        reminders.reminders_turned_off.connect(
            lambda: window.statusBar().showMessage(
                self.tr("Reminders are off. Preferences turns them back on."), 10_000
            )
        )
        window.preferences_changed.connect(reminders.reload)
        self.reminders = reminders
        reminders.start()

    def _recover_drafts(self) -> None:
        if self.ctx is None or self.window is None:
            return
        from .editor import offer_recovered_drafts

        offer_recovered_drafts(self.ctx, self.window)

    def apply_theme(self, choice: ThemeChoice | None = None) -> None:
        apply_theme(self.app, choice or self.settings.theme)

    def follow_system_scheme(self, *_: object) -> None:
        if self.settings.theme is ThemeChoice.SYSTEM:
            self.apply_theme(ThemeChoice.SYSTEM)

    # -- the sample career --------------------------------------------------------------------

    def load_sample(self) -> None:
        """Open the sample journal, generating it first (with progress) if it does not exist."""
        from .sample import SampleCareerBuilder

        target = paths.sample_database()
        builder = SampleCareerBuilder(target, self.window)
        builder.finished_ok.connect(lambda path: self.open(str(path), parent=self.window))
        builder.failed.connect(lambda msg: self._inform(self.window, msg, warn=True))
        builder.start()


def run_gui(
    database: str | None, *, create: bool = False, quit_after_first_paint: bool = False
) -> int:
    """Open the app on a journal: `database`, else $CAREERJOURNAL_DATABASE, else the one chosen
    in Preferences, else the default. A named journal must exist unless `create` (--create)."""
    if not has_display():
        print(
            "careerjournal: error: no display found (DISPLAY/WAYLAND_DISPLAY unset); the "
            "command line works without one, see `careerjournal --help`.",
            file=sys.stderr,
        )
        return 1
    app = make_application()
    settings = AppSettings()
    app.setWindowIcon(app_icon())
    apply_theme(app, settings.theme)
    controller = AppController(app, settings)
    hints = app.styleHints()
    if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+: follow the desktop's light/dark switch
        hints.colorSchemeChanged.connect(controller.follow_system_scheme)
    # A journal named on the command line or in the environment must exist (a typo must not
    # become an empty journal); the default one, or the one chosen in Preferences, is created.
    named = database or os.environ.get(paths.ENV_DATABASE, "").strip()
    location = named or settings.journal_location or None
    if not controller.open(paths.resolve_location(location), create=create or not named):
        return 1
    if quit_after_first_paint:
        app.installEventFilter(FirstPaintWatcher(app))
    app.aboutToQuit.connect(controller.shutdown)
    return app.exec()
