"""Storage: engine and sessions, migrations, backups, integrity checks and search. No Qt here."""

from .engine import Store, check_exists, open_store
from .errors import (
    BackupError,
    CorruptDatabaseError,
    DriverMissingError,
    JournalNotFoundError,
    NotAJournalError,
    SchemaTooNewError,
    StoreError,
)

__all__ = [
    "BackupError",
    "CorruptDatabaseError",
    "DriverMissingError",
    "JournalNotFoundError",
    "NotAJournalError",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "check_exists",
    "open_store",
]
