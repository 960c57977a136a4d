"""What an encrypted journal keeps about its own keys, inside the encrypted file.

`JournalSecret` holds named secrets: the private half of the key pair that entries captured while
the journal was locked are sealed to, and the key that encrypts editor drafts. A plain journal
has none. `SealedReceipt` remembers which sealed records already arrived, so a record is added
once even if the app stops between adding it and removing the sealed inbox file.

Neither is part of the undo history, the backup export or the sync of entries: they describe the
file, not the career.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base, utc_now


class JournalSecret(Base):
    __tablename__ = "journal_secret"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)


class SealedReceipt(Base):
    __tablename__ = "sealed_receipt"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    received_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
