"""The quiet-week nudge's Qt-free part: which week, which facts, and when the journaling reminder
still shows although an entry was written. Real journals; harvests stored through the inbox."""

from __future__ import annotations

import datetime as dt

import pytest

from careerjournal.domain import CandidateStatus, EntryKind, HarvestSource
from careerjournal.harvest import Found, HarvestReport
from careerjournal.reminders import (
    Evidence,
    QuietWeekNudge,
    ReminderKind,
    default_schedule,
    due,
    find_quiet_week,
    join_naturally,
    make_reminder,
    missed,
    quiet_week_nudge,
    quiet_week_text,
)
from careerjournal.services import EntryDraft, Journal
from careerjournal.services.inbox_records import QuietWeek

D = dt.date
TODAY = D(2026, 12, 9)  # a Wednesday
LAST_MONDAY = D(2026, 11, 30)  # last complete week: Monday 30 Nov - Sunday 6 Dec
JOURNAL = default_schedule(ReminderKind.JOURNAL)  # Fridays 16:00


def found(source: HarvestSource, key: str, day: D, **facts: object) -> Found:
    return Found(
        source=source,
        key=key,
        occurred_on=day,
        title=f"Work {key}",
        kind=EntryKind.PROJECT,
        origin="/home/me/src/billing",
        facts=dict(facts),
    )


def harvest(journal: Journal, source: HarvestSource, *items: Found) -> None:
    journal.inbox.store(source, HarvestReport(found=list(items)))


def last_week_evidence(journal: Journal) -> None:
    """12 commits in two weekly groups, 2 merged pull requests, 3 calendar events: 7 suggestions,
    plus one commit group the week before (not counted)."""
    git = HarvestSource.GIT
    harvest(
        journal,
        git,
        found(
            git, "r1:week:a", LAST_MONDAY + dt.timedelta(days=1), repository="billing", commits=5
        ),
        found(git, "r2:week:a", LAST_MONDAY + dt.timedelta(days=4), repository="ledger", commits=7),
        found(git, "r1:pr:1", LAST_MONDAY + dt.timedelta(days=2), pull_request=41, commits=3),
        found(git, "r1:pr:2", LAST_MONDAY + dt.timedelta(days=6), pull_request=42, commits=1),
        found(git, "r1:week:old", LAST_MONDAY - dt.timedelta(days=3), commits=20),
    )
    cal = HarvestSource.CALENDAR
    harvest(
        journal,
        cal,
        *(
            found(cal, f"ev{i}", LAST_MONDAY + dt.timedelta(days=i), category="talk")
            for i in range(3)
        ),
    )


def test_evidence_last_week_and_no_entry_gives_the_nudge_facts(journal: Journal) -> None:
    last_week_evidence(journal)
    nudge = find_quiet_week(journal, TODAY)
    assert nudge == QuietWeekNudge(
        start=LAST_MONDAY,
        end=D(2026, 12, 6),
        evidence=((Evidence.COMMITS, 12), (Evidence.PULL_REQUESTS, 2), (Evidence.EVENTS, 3)),
        pending=7,
    )
    assert nudge.review
    assert quiet_week_text(nudge) == (
        "12 commits, 2 merged pull requests and 3 events last week, nothing written: "
        "review 7 suggestions"
    )


def test_an_entry_that_week_means_no_nudge(journal: Journal) -> None:
    last_week_evidence(journal)
    journal.entries.add(EntryDraft(title="Shipped refunds", occurred_on=LAST_MONDAY))
    assert find_quiet_week(journal, TODAY) is None


def test_an_entry_in_another_week_leaves_the_nudge(journal: Journal) -> None:
    last_week_evidence(journal)
    journal.entries.add(EntryDraft(title="This week's work", occurred_on=TODAY))
    journal.entries.add(
        EntryDraft(title="The week before", occurred_on=LAST_MONDAY - dt.timedelta(days=1))
    )
    nudge = find_quiet_week(journal, TODAY)
    assert nudge is not None
    assert nudge.start == LAST_MONDAY


def test_no_evidence_means_no_nudge(journal: Journal) -> None:
    assert find_quiet_week(journal, TODAY) is None
    last_week_evidence(journal)
    assert find_quiet_week(journal, TODAY + dt.timedelta(weeks=3)) is None  # a week with nothing


def test_the_profiles_week_start_picks_the_week(journal: Journal) -> None:
    """Weeks from Sunday: as of Wednesday 9 Dec, last week is Sunday 29 Nov - Saturday 5 Dec, so
    Sunday 6 Dec's pull request is this week's."""
    last_week_evidence(journal)
    journal.profile.update(week_start=6)
    nudge = find_quiet_week(journal, TODAY)
    assert nudge is not None
    assert (nudge.start, nudge.end) == (D(2026, 11, 29), D(2026, 12, 5))
    assert dict(nudge.evidence)[Evidence.PULL_REQUESTS] == 1


def test_all_dismissed_says_nothing_written_yet(journal: Journal) -> None:
    last_week_evidence(journal)
    ids = [c.id for c in journal.inbox.pending()]
    journal.inbox.dismiss(ids)
    assert all(journal.inbox.get(i).status is CandidateStatus.DISMISSED for i in ids)
    nudge = find_quiet_week(journal, TODAY)
    assert nudge is not None
    assert (nudge.pending, nudge.review) == (0, False)
    assert quiet_week_text(nudge) == (
        "12 commits, 2 merged pull requests and 3 events last week, nothing written yet"
    )


def test_facts_list_only_the_kinds_there_are_in_order() -> None:
    def week(**counts: int) -> QuietWeek:
        values = dict.fromkeys(("commits", "pull_requests", "events", "issues", "notes"), 0)
        values.update(counts)
        return QuietWeek(LAST_MONDAY, D(2026, 12, 6), pending=1, **values)

    assert quiet_week_nudge(None) is None
    assert quiet_week_nudge(week()) is None  # nothing to name
    nudge = quiet_week_nudge(week(notes=2, issues=1, commits=4))
    assert nudge is not None
    assert nudge.evidence == ((Evidence.COMMITS, 4), (Evidence.ISSUES, 1), (Evidence.NOTES, 2))
    assert quiet_week_text(nudge) == (
        "4 commits, 1 issue and 2 notes last week, nothing written: review 1 suggestion"
    )


@pytest.mark.parametrize(
    ("parts", "expected"),
    [((), ""), (("a",), "a"), (("a", "b"), "a and b"), (("a", "b", "c"), "a, b and c")],
)
def test_join_naturally(parts: tuple[str, ...], expected: str) -> None:
    assert join_naturally(parts) == expected


NUDGE = QuietWeekNudge(LAST_MONDAY, D(2026, 12, 6), ((Evidence.COMMITS, 12),), 3)


def test_the_journaling_reminder_carries_the_quiet_week() -> None:
    at = dt.datetime(2026, 12, 11, 16, 0)
    reminder = make_reminder(ReminderKind.JOURNAL, at, at, quiet_week=NUDGE)
    assert reminder.quiet_week == NUDGE
    assert reminder.review
    assert reminder.text == "12 commits last week, nothing written: review 3 suggestions"
    plain = make_reminder(ReminderKind.JOURNAL, at, at)
    assert plain.quiet_week is None
    assert not plain.review
    assert plain.text == "Time to note what moved forward this week."
    feedback = make_reminder(ReminderKind.FEEDBACK, at, at, quiet_week=NUDGE)
    assert feedback.quiet_week is None  # the feedback nudge is about something else


def test_a_quiet_week_shows_the_nudge_although_an_entry_was_written_since() -> None:
    """An entry written this week (about this week) skips the usual nudge, not the quiet one."""
    now = dt.datetime(2026, 12, 11, 16, 5)
    occurrence = dt.datetime(2026, 12, 11, 16, 0)
    started = dt.datetime(2026, 12, 11, 9, 0)
    wrote = dt.datetime(2026, 12, 9, 12, 0)
    assert due(JOURNAL, None, now, started, last_entry_at=wrote) is None
    assert due(JOURNAL, None, now, started, last_entry_at=wrote, quiet_week=True) == occurrence
    seen = dt.datetime(2026, 12, 10, 18, 0)
    assert missed(JOURNAL, None, seen, now, last_entry_at=wrote) is None
    assert missed(JOURNAL, None, seen, now, last_entry_at=wrote, quiet_week=True) == occurrence
