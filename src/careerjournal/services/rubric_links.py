"""Entries as evidence for framework criteria, inside a caller's transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain import FrameworkCriterion, criterion_evidence
from .errors import NotFoundError


def relink_criteria(
    session: Session, entry_id: int, link: Sequence[int], unlink: Sequence[int]
) -> bool:
    """Make the entry evidence for the `link` criteria and no longer for `unlink` ones.

    The caller's operation must watch the entry deeply (its evidence rows are its children).
    True when something changed.
    """
    wanted = dict.fromkeys(link)
    asked = [*wanted, *unlink]
    if asked:
        found = set(
            session.scalars(select(FrameworkCriterion.id).where(FrameworkCriterion.id.in_(asked)))
        )
        missing = [c for c in asked if c not in found]
        if missing:
            raise NotFoundError(f"There is no framework criterion {missing[0]}.")
    have = set(
        session.scalars(
            select(criterion_evidence.c.criterion_id).where(
                criterion_evidence.c.entry_id == entry_id
            )
        )
    )
    add = [c for c in wanted if c not in have]
    drop = [c for c in dict.fromkeys(unlink) if c in have and c not in wanted]
    if add:
        session.execute(
            criterion_evidence.insert(), [{"criterion_id": c, "entry_id": entry_id} for c in add]
        )
    if drop:
        session.execute(
            delete(criterion_evidence).where(
                criterion_evidence.c.entry_id == entry_id,
                criterion_evidence.c.criterion_id.in_(drop),
            )
        )
    return bool(add or drop)


def criteria_of_entry(session: Session, entry_id: int) -> list[int]:
    return list(
        session.scalars(
            select(criterion_evidence.c.criterion_id)
            .where(criterion_evidence.c.entry_id == entry_id)
            .order_by(criterion_evidence.c.criterion_id)
        )
    )
