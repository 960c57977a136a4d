"""What the app says about encryption outside the passphrase flows: a PostgreSQL journal's
encryption at rest is the server's job, and exports of an encrypted journal are plain files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services import Journal
from ..settings import AppSettings

#: Set once the user has read (and accepted) the "exports are plain" notice on this computer.
PLAIN_EXPORT_NOTED = "privacy/plain_export_noted"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Protection", text)


def _noted(settings: AppSettings) -> bool:
    value = settings.value(PLAIN_EXPORT_NOTED, False)
    if isinstance(value, str):  # INI files and the registry give bools back as strings
        return value.strip().lower() in ("true", "1")
    return bool(value)


def journal_is_encrypted(journal: Journal) -> bool:
    """Whether the journal's file is encrypted (a PostgreSQL journal never is, here)."""
    return bool(getattr(journal.store, "encrypted", False))


def show_server_encryption_note(parent: QWidget) -> None:
    """For a PostgreSQL journal: encryption at rest is the server's job, and how to get it."""
    box = QMessageBox(parent)
    box.setObjectName("server_encryption_note")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Encryption at Rest"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        _tr(
            "This journal is kept on a PostgreSQL server: keeping it encrypted on disk is "
            "the server's job."
        )
    )
    box.setInformativeText(
        _tr(
            "Use full-disk encryption on the database server (LUKS, BitLocker or FileVault) or "
            "your hosting provider's encrypted storage, and an encrypted connection: add "
            "sslmode=verify-full to the journal's URL. Career Journal offers passphrase "
            "protection for journal files only."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def exports_are_plain_notice(
    parent: QWidget, settings: AppSettings, journal_encrypted: bool
) -> bool:
    """Before the first export of an encrypted journal on this computer: say that exports are
    plain files. Returns False when the user cancels the export; True otherwise (and always for
    a plain journal, or once the notice has been accepted here)."""
    if not journal_encrypted or _noted(settings):
        return True
    box = QMessageBox(parent)
    box.setObjectName("plain_export_notice")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Exports Are Plain"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        _tr(
            "Exports are plain files: anyone who can read the file can read what it holds. "
            "Your journal stays encrypted."
        )
    )
    box.setInformativeText(_tr("This is said once on this computer."))
    export = box.addButton(_tr("&Export"), QMessageBox.ButtonRole.AcceptRole)
    export.setObjectName("plain_export_go")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(export)
    box.setEscapeButton(cancel)
    box.exec()
    if box.clickedButton() is not export:
        return False
    settings.set_value(PLAIN_EXPORT_NOTED, True)
    settings.sync()
    return True
