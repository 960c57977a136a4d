"""Passphrase protection of a journal file (protect, change, remove), the note for PostgreSQL
journals, and the notice that exports of an encrypted journal are plain files."""

from .flows import ProtectionFlows
from .notices import exports_are_plain_notice, journal_is_encrypted, show_server_encryption_note

__all__ = [
    "ProtectionFlows",
    "exports_are_plain_notice",
    "journal_is_encrypted",
    "show_server_encryption_note",
]
