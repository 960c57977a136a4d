"""What the journal's entries mean, as vectors from the offline embedding model (issue 20).

One row per entry: the vector of its title, body, result and tags (stored compactly, see
`services.meaning`), and a short hash of that text, so an edited entry is embedded again and an
unchanged one never is. Derived data: not part of the undo history, backups or sync; deleting an
entry deletes its vector.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class EntryVector(Base):
    __tablename__ = "entry_vector"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    model: Mapped[str] = mapped_column(String(40))  # which model and layout made it
    text_hash: Mapped[str] = mapped_column(String(16))
    vector: Mapped[bytes] = mapped_column(LargeBinary)
