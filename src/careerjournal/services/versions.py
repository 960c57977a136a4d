"""Optimistic versions: an edit names the version it read and is refused if the row moved on.

Goals, milestones, roles, bands, skills and reviews carry a `version` that their service raises
by one on every change of content (never on a reorder). An update or delete takes the version
the caller read; a different one means another window or device saved first, and the write is
refused with a `ConflictError` instead of overwriting newer data. The row is read with
`FOR UPDATE` (PostgreSQL; SQLite's write transaction already excludes other writers), so the
check and the write see the same row.
"""

from __future__ import annotations

from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from .errors import ConflictError, NotFoundError

#: How each kind is named in messages.
NOUNS = {
    "goal": "goal",
    "milestone": "milestone",
    "role": "role",
    "band": "skill band",
    "skill": "skill",
    "review": "review",
}


class Versioned(Protocol):
    id: int
    version: int


V = TypeVar("V", bound=Versioned)


def locked(session: Session, model: type[V], record_id: int, kind: str) -> V:
    """The row to change, locked for this transaction, or NotFoundError."""
    row = session.get(model, record_id, with_for_update=True)
    if row is None:
        raise NotFoundError(f"There is no {NOUNS[kind]} {record_id}.")
    return row


def check(row: Versioned, expected: int, kind: str) -> None:
    """Refuse (ConflictError) when `row` is no longer at the `expected` version."""
    if expected is None:  # a caller bug, never a user's doing: no silent "skip the check"
        raise TypeError(f"expected_version is required to change a {NOUNS[kind]}")
    if row.version == expected:
        return
    label = getattr(row, "title", None) or getattr(row, "name", None)
    what = f"The {NOUNS[kind]} “{label}”" if label else f"The {NOUNS[kind]} {row.id}"
    raise ConflictError(
        f"{what} was changed elsewhere (in another window or on another device) since you "
        "opened it; nothing was saved. Reopen it to see the newer version.",
        kind=kind,
        record_id=row.id,
        expected=expected,
        current=row.version,
    )


def bump(row: Versioned) -> None:
    """One more version: the row's content changed."""
    row.version = (row.version or 0) + 1


def checked(session: Session, model: type[V], record_id: int, expected: int, kind: str) -> V:
    """`locked` and `check` in one: the row at the expected version, ready to change."""
    row = locked(session, model, record_id, kind)
    check(row, expected, kind)
    return row
