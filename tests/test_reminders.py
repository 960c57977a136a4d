"""Reminder scheduling with an injected clock: when the journaling and feedback nudges are due."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from careerjournal.reminders import (
    EPOCH,
    ReminderKind,
    ReminderSchedule,
    default_schedule,
    due,
    format_time,
    make_reminder,
    missed,
    next_due,
    parse_time,
    previous_occurrence,
    reminder_text,
)

JOURNAL = default_schedule(ReminderKind.JOURNAL)  # Fridays 16:00
FEEDBACK = default_schedule(ReminderKind.FEEDBACK)  # every 4 weeks, Monday 10:00


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_defaults() -> None:
    assert (JOURNAL.enabled, JOURNAL.weekday, JOURNAL.time, JOURNAL.every_weeks) == (
        True,
        4,
        dt.time(16, 0),
        1,
    )
    assert (FEEDBACK.enabled, FEEDBACK.weekday, FEEDBACK.time, FEEDBACK.every_weeks) == (
        True,
        0,
        dt.time(10, 0),
        4,
    )
    assert EPOCH.weekday() == 0


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("2025-03-05 09:00", "2025-03-07 16:00"),  # Wednesday -> this Friday
        ("2025-03-07 15:59", "2025-03-07 16:00"),  # Friday, just before
        ("2025-03-07 16:00", "2025-03-14 16:00"),  # exactly at it: strictly after
        ("2025-03-08 10:00", "2025-03-14 16:00"),  # Saturday -> next week
        ("2025-03-09 23:59", "2025-03-14 16:00"),  # Sunday night, across the week boundary
        ("2025-12-27 12:00", "2026-01-02 16:00"),  # across the year boundary
        ("2024-02-24 12:00", "2024-03-01 16:00"),  # across a leap day
    ],
)
def test_next_weekly_occurrence(after: str, expected: str) -> None:
    assert next_due(JOURNAL, at(after)) == at(expected)


def test_naive_times_have_no_dst_shift() -> None:
    # Late March (European DST switch): still 16:00 wall-clock, exactly a week apart.
    first = next_due(JOURNAL, at("2025-03-24 00:00"))
    second = next_due(JOURNAL, first)  # type: ignore[arg-type]
    assert first == at("2025-03-28 16:00")
    assert second == at("2025-04-04 16:00")
    assert second - first == dt.timedelta(weeks=1)  # type: ignore[operator]


def test_sunday_and_midnight_schedules() -> None:
    sunday = ReminderSchedule(ReminderKind.JOURNAL, weekday=6, time=dt.time(0, 0))
    assert next_due(sunday, at("2025-03-09 00:00")) == at("2025-03-16 00:00")
    assert next_due(sunday, at("2025-03-08 23:59")) == at("2025-03-09 00:00")
    assert previous_occurrence(sunday, at("2025-03-09 00:00")) == at("2025-03-09 00:00")


def test_every_four_weeks_cadence() -> None:
    occurrences = []
    moment = at("2025-01-01 00:00")
    for _ in range(5):
        moment = next_due(FEEDBACK, moment)  # type: ignore[assignment]
        occurrences.append(moment)
    assert all(o.weekday() == 0 and o.time() == dt.time(10, 0) for o in occurrences)
    gaps = {b - a for a, b in itertools.pairwise(occurrences)}
    assert gaps == {dt.timedelta(weeks=4)}
    # Weeks count from the fixed epoch: the same weeks whenever the app starts.
    assert all(((o.date() - EPOCH).days // 7) % 4 == 0 for o in occurrences)
    assert occurrences[0] == at("2025-01-27 10:00")
    assert previous_occurrence(FEEDBACK, at("2025-02-20 08:00")) == at("2025-01-27 10:00")


def test_invalid_schedules_are_refused() -> None:
    with pytest.raises(ValueError, match="weekday"):
        ReminderSchedule(ReminderKind.JOURNAL, weekday=7)
    with pytest.raises(ValueError, match="every_weeks"):
        ReminderSchedule(ReminderKind.FEEDBACK, every_weeks=0)


def test_time_text_round_trip() -> None:
    assert parse_time("16:00") == dt.time(16, 0)
    assert parse_time(" 7:05 ") == dt.time(7, 5)
    assert format_time(dt.time(7, 5)) == "07:05"
    assert parse_time("25:00", dt.time(9, 0)) == dt.time(9, 0)
    with pytest.raises(ValueError, match="hh:mm"):
        parse_time("soon")


def test_fires_once_while_running() -> None:
    started = at("2025-03-03 09:00")  # Monday
    assert due(JOURNAL, None, at("2025-03-07 15:59"), started) is None  # not yet
    occurrence = due(JOURNAL, None, at("2025-03-07 16:00"), started)
    assert occurrence == at("2025-03-07 16:00")
    # Shown at 16:00: not again a minute later, nor the next morning.
    shown = at("2025-03-07 16:00")
    assert due(JOURNAL, shown, at("2025-03-07 16:01"), started) is None
    assert due(JOURNAL, shown, at("2025-03-08 09:00"), started) is None
    # The next Friday it is due again.
    assert due(JOURNAL, shown, at("2025-03-14 16:00:30"), started) == at("2025-03-14 16:00")


def test_not_again_after_dismissal() -> None:
    started = at("2025-03-07 08:00")
    first = due(JOURNAL, None, at("2025-03-07 16:02"), started)
    assert first == at("2025-03-07 16:00")
    dismissed = at("2025-03-07 16:10")
    for later in ("2025-03-07 16:11", "2025-03-07 23:00", "2025-03-13 12:00"):
        assert due(JOURNAL, dismissed, at(later), started) is None


def test_what_passed_before_the_start_is_not_a_notification() -> None:
    started = at("2025-03-07 17:00")  # started after Friday 16:00
    assert due(JOURNAL, None, at("2025-03-07 17:01"), started) is None


def test_a_late_check_after_sleep_still_fires() -> None:
    started = at("2025-03-06 09:00")
    # The computer slept over 16:00; the first check after waking is on Saturday.
    assert due(JOURNAL, None, at("2025-03-08 08:00"), started) == at("2025-03-07 16:00")


def test_disabled_never_fires() -> None:
    off = ReminderSchedule(ReminderKind.JOURNAL, enabled=False)
    started = at("2025-01-01 00:00")
    assert next_due(off, started) is None
    assert previous_occurrence(off, started) is None
    for day in range(60):
        now = started + dt.timedelta(days=day, hours=16, minutes=30)
        assert due(off, None, now, started) is None
        assert missed(off, None, started, now) is None
    assert due(off, None, at("2025-01-10 17:00"), started, snoozed_until=at("2025-01-10")) is None


def test_missed_while_closed_becomes_one_banner_per_kind() -> None:
    last_seen = at("2025-02-03 09:00")  # closed on a Monday morning, reopened five weeks later
    now = at("2025-03-10 11:00")
    journal = missed(JOURNAL, None, last_seen, now)
    feedback = missed(FEEDBACK, None, last_seen, now)
    # Five Fridays and two feedback Mondays passed: one reminder each, the latest occurrence.
    assert journal == at("2025-03-07 16:00")
    assert feedback == at("2025-02-24 10:00")


def test_nothing_missed_when_it_was_shown_or_the_app_ran() -> None:
    now = at("2025-03-10 11:00")
    assert missed(JOURNAL, at("2025-03-07 16:00:20"), at("2025-03-07 17:00"), now) is None
    assert missed(JOURNAL, None, at("2025-03-07 16:30"), now) is None  # ran past it
    # The first start ever: nothing to have missed.
    assert missed(JOURNAL, None, None, now) is None
    # Shown last week, closed since, this week's was missed.
    assert missed(JOURNAL, at("2025-02-28 16:00"), at("2025-03-01 10:00"), now) == at(
        "2025-03-07 16:00"
    )


def test_journaling_nudge_skipped_after_an_entry_since_the_previous_occurrence() -> None:
    started = at("2025-03-03 09:00")
    now = at("2025-03-07 16:01")
    wrote_wednesday = at("2025-03-05 12:00")
    wrote_last_thursday = at("2025-02-27 12:00")
    assert due(JOURNAL, None, now, started, last_entry_at=wrote_wednesday) is None
    assert due(JOURNAL, None, now, started, last_entry_at=at("2025-02-28 16:00")) is None
    assert due(JOURNAL, None, now, started, last_entry_at=wrote_last_thursday) == at(
        "2025-03-07 16:00"
    )
    # The same rule for a missed one.
    last_seen = at("2025-03-03 18:00")
    assert missed(JOURNAL, None, last_seen, at("2025-03-10 09:00"), last_entry_at=now) is None
    # Feedback nudges are not skipped by journaling.
    feedback_started = at("2025-02-24 09:00")
    assert due(FEEDBACK, None, at("2025-02-24 10:00"), feedback_started, last_entry_at=now) == at(
        "2025-02-24 10:00"
    )


def test_snooze_brings_it_back_once() -> None:
    started = at("2025-03-07 08:00")
    shown = at("2025-03-07 16:00")
    until = at("2025-03-08 16:05")
    assert due(JOURNAL, shown, at("2025-03-08 16:04"), started, snoozed_until=until) is None
    assert due(JOURNAL, shown, at("2025-03-08 16:05"), started, snoozed_until=until) == until
    # A snooze that ran out while the app was closed is missed.
    assert missed(JOURNAL, shown, at("2025-03-07 18:00"), at("2025-03-09"), snoozed_until=until)


def test_texts() -> None:
    now = at("2025-03-10 10:00")
    assert reminder_text(ReminderKind.JOURNAL, now) == "Time to note what moved forward this week."
    assert reminder_text(ReminderKind.FEEDBACK, now, dt.date(2025, 1, 28)) == (
        "It has been 41 days since you last asked for feedback. Who could you ask this week?"
    )
    assert "1 day since" in reminder_text(ReminderKind.FEEDBACK, now, dt.date(2025, 3, 9))
    assert "not recorded any feedback" in reminder_text(ReminderKind.FEEDBACK, now, None)
    reminder = make_reminder("feedback", at("2025-03-10 10:00"), now, missed=True)
    assert reminder.kind is ReminderKind.FEEDBACK
    assert reminder.missed
    assert reminder.title == "Ask for feedback"


def test_describe() -> None:
    assert JOURNAL.describe() == "Fridays at 16:00"
    assert FEEDBACK.describe() == "every 4 weeks on Monday at 10:00"
    assert ReminderSchedule(ReminderKind.JOURNAL, enabled=False).describe() == "off"


def test_importable_without_qt() -> None:
    import subprocess
    import sys

    code = (
        "import importlib.abc, sys\n"
        "class Block(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('blocked: ' + name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "import careerjournal.reminders\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
