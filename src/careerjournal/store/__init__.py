"""Storage: engine and sessions, migrations, backups, integrity checks and search. No Qt here."""

from .engine import Store, open_store
from .errors import (
    BackupError,
    CorruptDatabaseError,
    NotAJournalError,
    SchemaTooNewError,
    StoreError,
)

__all__ = [
    "BackupError",
    "CorruptDatabaseError",
    "NotAJournalError",
    "SchemaTooNewError",
    "Store",
    "StoreError",
    "open_store",
]
