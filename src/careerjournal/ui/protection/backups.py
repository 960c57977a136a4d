"""After protecting: it worked; the plain file is gone, but an SSD or a backup tool may keep an
old copy; and the journal's earlier backups are still plain, with the offer to encrypt them,
delete them or keep them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..view_parts import secondary
from .worker import Progress, failure_words, run_in_worker


def plain_backups_of(journal_file: Path) -> list[Path]:
    from ...store.encryption import plain_backups

    return plain_backups(journal_file)


def _backup_folder(journal_file: Path) -> Path:
    from ...store.backup import backup_folder

    return backup_folder(journal_file)


class ProtectedDialog(QDialog):
    """Shown once the journal is encrypted and open again."""

    def __init__(
        self,
        parent: QWidget | None,
        journal_file: Path,
        passphrase: str,
        backups: list[Path],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("protected_dialog")
        self.setWindowTitle(self.tr("Journal Protected"))
        self._journal_file = journal_file
        self._passphrase = passphrase
        self.backups = list(backups)
        layout = QVBoxLayout(self)
        done = QLabel(self.tr("Your journal is now encrypted with your passphrase."))
        done.setWordWrap(True)
        layout.addWidget(done)
        ssd = QLabel(
            self.tr(
                "The plain file was removed. An SSD, or a file history or backup tool, may still "
                "hold an old copy of it."
            )
        )
        ssd.setObjectName("protected_ssd_note")
        ssd.setWordWrap(True)
        layout.addWidget(ssd)
        self.backups_note = QLabel()
        self.backups_note.setObjectName("protected_backups_note")
        self.backups_note.setTextFormat(Qt.TextFormat.PlainText)  # names a folder
        self.backups_note.setWordWrap(True)
        self.backups_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.backups_note)
        self.outcome_note = secondary(QLabel())
        self.outcome_note.setObjectName("protected_result")
        self.outcome_note.setTextFormat(Qt.TextFormat.PlainText)  # may quote an error with a path
        self.outcome_note.setWordWrap(True)
        layout.addWidget(self.outcome_note)

        box = QDialogButtonBox()
        self.encrypt_button = self._button(box, "encrypt_backups", self.tr("&Encrypt Backups"))
        self.delete_button = self._button(box, "delete_backups", self.tr("&Delete Backups"))
        self.keep_button = self._button(box, "keep_backups", self.tr("&Keep Them"))
        self.close_button = box.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("protected_close")
        self.encrypt_button.clicked.connect(self._encrypt)
        self.delete_button.clicked.connect(self._delete)
        self.keep_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(box)
        self._show_backups()
        self.resize(520, self.sizeHint().height())

    @staticmethod
    def _button(box: QDialogButtonBox, name: str, text: str) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    def _show_backups(self) -> None:
        """The backups line and the buttons that fit: the three offers, or just Close."""
        count = len(self.backups)
        if count:
            folder = str(_backup_folder(self._journal_file))
            self.backups_note.setText(
                self.tr(
                    "Earlier backups of this journal are plain files: %n of them, in %1.", "", count
                ).replace("%1", folder)
            )
        self.backups_note.setVisible(bool(count))
        for button in (self.encrypt_button, self.delete_button, self.keep_button):
            button.setVisible(bool(count))
        self.close_button.setVisible(not count)
        (self.encrypt_button if count else self.close_button).setDefault(True)

    def _encrypt(self) -> None:
        from ...store.encryption import encrypt_backups

        backups, passphrase = list(self.backups), self._passphrase
        total = len(backups)

        def job(progress: Progress) -> object:
            return encrypt_backups(backups, passphrase, progress=progress)

        def words(code: str, done: int, total_: int) -> str:
            return (
                self.tr("Encrypting backup %1 of %2…")
                .replace("%1", str(min(done + 1, total_ or total)))
                .replace("%2", str(total_ or total))
            )

        outcome = run_in_worker(
            self,
            self.tr("Encrypting Backups"),
            self.tr("Encrypting the backups…"),
            words,
            job,
        )
        if outcome.ok:
            done = outcome.result if isinstance(outcome.result, int) else 0
            self._report(self.tr("%n backups encrypted.", "", done))
        else:
            self._report(self.tr("Not every backup was encrypted: %s") % outcome.message)

    def _delete(self) -> None:
        from ...store.encryption import delete_backups

        try:
            done = delete_backups(list(self.backups))
        except Exception as exc:  # an OSError or a StoreError: say it, offer again
            self._report(self.tr("Not every backup was deleted: %s") % failure_words(exc))
            return
        self._report(self.tr("%n backups deleted.", "", done))

    def _report(self, text: str) -> None:
        """Say what was done; offer again for whatever plain backups remain."""
        self.outcome_note.setText(text)
        self.backups = plain_backups_of(self._journal_file)
        self._show_backups()
