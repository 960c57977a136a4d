"""Storage: engine and sessions, migrations, backups, integrity checks and search. No Qt here."""

from .engine import Store, check_exists, open_store
from .errors import (
    BackupError,
    CorruptDatabaseError,
    DriverMissingError,
    EncryptionUnavailableError,
    JournalNotFoundError,
    NotAJournalError,
    ProtectedJournalError,
    SchemaTooNewError,
    StoreError,
    WrongPassphraseError,
)

__all__ = [
    "BackupError",
    "CorruptDatabaseError",
    "DriverMissingError",
    "EncryptionUnavailableError",
    "JournalNotFoundError",
    "NotAJournalError",
    "ProtectedJournalError",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "WrongPassphraseError",
    "check_exists",
    "open_store",
]
