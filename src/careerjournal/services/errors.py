"""Errors the services raise; every message names what is wrong and where, fit for a user."""

from __future__ import annotations

from ..errors import CareerJournalError


class ServiceError(CareerJournalError):
    """A user-level problem: bad input, a missing record, a conflicting edit."""


class ValidationError(ServiceError):
    """Input that breaks a rule. `field` names the offending field for inline messages."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """The record changed since it was read (another window or process saved it first).

    `kind` ("entry", "goal", "milestone", "role", "band", "skill", "review"), `record_id`,
    `expected` (the version the caller read) and `current` (the version now; None when unknown)
    say what changed, for a view that words it itself.
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str = "",
        record_id: int | None = None,
        expected: int | None = None,
        current: int | None = None,
    ):
        super().__init__(message)
        self.kind = kind
        self.record_id = record_id
        self.expected = expected
        self.current = current
