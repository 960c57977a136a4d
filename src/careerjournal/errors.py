"""The one base of every error Career Journal raises for a user to read.

`ServiceError` (bad input, a missing record, a conflict), `StoreError` (the journal's storage)
and the importers' `ImportProblem` all derive from `CareerJournalError`, so the CLI and the
GUI's last-resort handlers catch one type. Its message is fit to show as it is: one line that
names what is wrong and where, never a traceback or a database password. Qt-free.
"""

from __future__ import annotations


class CareerJournalError(Exception):
    """A problem to tell the user in one line; nothing was changed."""
