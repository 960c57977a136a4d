"""The most used kind: what a new entry (and a quick win) starts as."""

from __future__ import annotations

import datetime as dt

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft, Journal

D = dt.date
TODAY = D(2026, 6, 30)


def add(journal: Journal, day: dt.date, kind: EntryKind, n: int = 1) -> list[int]:
    return [journal.entries.add(EntryDraft("x", occurred_on=day, kind=kind)).id for _ in range(n)]


def test_empty_and_catch_all_only_journals_have_none(journal: Journal) -> None:
    assert journal.entries.most_used_kind(TODAY) is None
    add(journal, D(2026, 6, 1), EntryKind.OTHER, 5)
    add(journal, D(2026, 6, 2), EntryKind.PROMOTION, 2)
    # Other and promotion never: Insights leaves them out of progress and momentum.
    assert journal.entries.most_used_kind(TODAY) is None


def test_the_last_year_decides_then_all_time(journal: Journal) -> None:
    add(journal, D(2020, 1, 1), EntryKind.SKILL, 5)  # long ago
    assert journal.entries.most_used_kind(TODAY) is EntryKind.SKILL  # nothing recent: all time
    add(journal, D(2025, 7, 1), EntryKind.FEEDBACK, 2)  # the window's first day (365 days)
    add(journal, D(2026, 6, 29), EntryKind.OTHER, 9)  # never
    trashed = add(journal, D(2026, 6, 1), EntryKind.LEARNING, 3)
    journal.entries.trash(trashed)  # trashed entries do not count
    add(journal, D(2026, 7, 5), EntryKind.NETWORK, 4)  # after today
    assert journal.entries.most_used_kind(TODAY) is EntryKind.FEEDBACK


def test_a_tie_goes_to_the_earlier_kind(journal: Journal) -> None:
    add(journal, D(2026, 6, 1), EntryKind.RECOGNITION, 2)
    add(journal, D(2026, 6, 2), EntryKind.PROJECT, 2)
    assert journal.entries.most_used_kind(TODAY) is EntryKind.PROJECT
