"""File › Protect with a Passphrase…, Change Passphrase…, Remove Passphrase…: ask, close the
journal, rewrite it in a worker thread with a progress dialog, open it again.

The store's rewrite (`careerjournal.store.encryption`) leaves the old journal or the new one
whole, never half of either. The flows keep the window's side of that promise: the journal is
closed only for the rewrite and is always opened again, with the new passphrase when the
rewrite worked and with the old one when it did not (then the one-line reason is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..settings import AppSettings
from .backups import ProtectedDialog, plain_backups_of
from .passphrase import PassphraseDialog, Purpose
from .worker import Job, Progress, StepWords, run_in_worker


class ProtectionFlows(QObject):
    """The passphrase flows for one journal file, run from the window.

    `close_journal()` closes the journal (the window keeps the journal's lock);
    `reopen(passphrase or None)` opens it again and says whether that worked.
    """

    def __init__(
        self,
        parent: QWidget,
        journal_file: Path,
        *,
        close_journal: Callable[[], None],
        reopen: Callable[[str | None], bool],
        settings: AppSettings,
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self.journal_file = Path(journal_file)
        self._close_journal = close_journal
        self._reopen = reopen
        self.settings = settings
        #: The steps the last rewrite's progress dialog named, in order.
        self.last_steps: tuple[str, ...] = ()

    # -- the three flows ----------------------------------------------------------------------

    def protect(self) -> bool:
        """Ask for a passphrase (twice), encrypt the journal, open it again, then say what may
        still be plain (an SSD's old blocks, earlier backups) and offer to deal with backups.
        Returns whether the journal is now encrypted."""
        from ...store import cipher

        if not cipher.available():
            try:
                cipher.module()
            except Exception as exc:  # EncryptionUnavailableError: says how to install
                self._warn(self.tr("Not Protected"), str(exc))
            return False
        dialog = PassphraseDialog(self._window, Purpose.PROTECT)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        new = dialog.passphrase()
        dialog.deleteLater()
        from ...store.encryption import encrypt_journal

        path = self.journal_file

        def job(progress: Progress) -> object:
            return encrypt_journal(path, new, progress=progress)

        if not self._rewrite(self.tr("Protecting the Journal"), job, new=new, old=None):
            return False
        self._after_protect(new)
        return True

    def change(self, current: str) -> bool:
        """Ask for a new passphrase (twice), re-encrypt the journal with it, open it again.
        `current` is the passphrase the journal is open with."""
        dialog = PassphraseDialog(self._window, Purpose.CHANGE, current=current)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        new = dialog.passphrase()
        dialog.deleteLater()
        from ...store.encryption import change_passphrase

        path = self.journal_file

        def job(progress: Progress) -> object:
            return change_passphrase(path, current, new, progress=progress)

        return self._rewrite(self.tr("Changing the Passphrase"), job, new=new, old=current)

    def remove(self, current: str) -> bool:
        """After a confirmation, store the journal in plain text again and open it."""
        if not self._confirm_remove():
            return False
        from ...store.encryption import decrypt_journal

        path = self.journal_file

        def job(progress: Progress) -> object:
            return decrypt_journal(path, current, progress=progress)

        return self._rewrite(self.tr("Removing the Passphrase"), job, new=None, old=current)

    # -- parts --------------------------------------------------------------------------------

    def _rewrite(self, title: str, job: Job, *, new: str | None, old: str | None) -> bool:
        """Close, rewrite in the worker, open again (new passphrase or, on failure, the old)."""
        self._close_journal()
        try:
            outcome = run_in_worker(
                self._window, title, self.tr("Getting ready…"), self._step_words(new), job
            )
        except BaseException:
            self._reopen(old)  # never leave the journal closed
            raise
        self.last_steps = outcome.steps
        if not outcome.ok:
            self._reopen(old)
            self._warn(self._failed_title(new, old), outcome.message)
            return False
        self._reopen(new)
        return True

    def _step_words(self, new: str | None) -> StepWords:
        copying = (
            self.tr("Copying into an encrypted file…")
            if new is not None
            else self.tr("Copying into a plain file…")
        )
        words = {
            "export": copying,
            "verify": self.tr("Checking the copy…"),
            "swap": self.tr("Replacing the journal…"),
        }
        working = self.tr("Working…")

        def step(code: str, done: int, total: int) -> str:
            return words.get(code, working)

        return step

    def _failed_title(self, new: str | None, old: str | None) -> str:
        if old is None:
            return self.tr("Not Protected")
        if new is None:
            return self.tr("Passphrase Not Removed")
        return self.tr("Passphrase Not Changed")

    def _after_protect(self, passphrase: str) -> None:
        try:
            backups = plain_backups_of(self.journal_file)
        except Exception:  # a folder that cannot be read: the SSD note still applies
            backups = []
        dialog = ProtectedDialog(self._window, self.journal_file, passphrase, backups)
        dialog.exec()
        dialog.deleteLater()

    def _confirm_remove(self) -> bool:
        box = QMessageBox(self._window)
        box.setObjectName("remove_passphrase_confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove the Passphrase"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Store the journal in plain text again?"))
        box.setInformativeText(
            self.tr(
                "The journal file will no longer be encrypted: anyone who can read the file can "
                "read your journal. Its earlier backups stay encrypted with the current passphrase."
            )
        )
        remove = box.addButton(self.tr("&Remove Passphrase"), QMessageBox.ButtonRole.AcceptRole)
        remove.setObjectName("remove_passphrase_go")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is remove

    def _warn(self, title: str, message: str) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("protection_error")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message may quote a path
        box.setText(message)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
