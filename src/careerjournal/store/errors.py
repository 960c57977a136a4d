"""Errors the store raises, each with a message fit to show a user as it is."""

from __future__ import annotations

from ..errors import CareerJournalError


class StoreError(CareerJournalError):
    """Base class: something about the journal's storage is wrong."""


class JournalNotFoundError(StoreError):
    """No journal at the path given, and creating one there was not asked for."""


class DriverMissingError(StoreError):
    """The database URL needs a driver that is not installed (psycopg for PostgreSQL)."""


class SchemaTooNewError(StoreError):
    """The journal was written by a newer Career Journal; we must not touch it."""


class NotAJournalError(StoreError):
    """The file is a database (or something else) that is not a Career Journal."""


class CorruptDatabaseError(StoreError):
    """SQLite could not read the file, or its integrity check failed."""


class BackupError(StoreError):
    """A backup could not be written or did not verify."""


class ReadOnlyJournalError(StoreError):
    """The journal is read-only (its file or its folder is not writable); nothing was written."""


class DiskFullError(StoreError):
    """A write failed because the disk is full; the transaction was rolled back."""


class ProtectedJournalError(StoreError):
    """The journal is encrypted and no passphrase was given: nothing was opened."""


class WrongPassphraseError(ProtectedJournalError):
    """The passphrase given does not open the journal; nothing was opened or changed."""


class EncryptionUnavailableError(DriverMissingError):
    """Encryption needs SQLCipher (the `encryption` extra), which is not installed here."""
