"""Reminder scheduling: when the journaling and feedback nudges are due. No Qt, no clock.

Every function takes the times it needs (an injected clock): local, naive datetimes. A reminder
recurs on a weekday at a time of day, every week or every N weeks. Weeks are counted from a fixed
Monday (`EPOCH`), so "every 4 weeks" lands on the same weeks whenever the app is started.

- `next_due` is the first occurrence after a moment; `previous_occurrence` the last one at or
  before it.
- `due` is the occurrence to show now, while the app runs: it passed since the app started (or
  since the schedule was last changed) and was not shown yet.
- `missed` is the occurrence that passed while the app was closed; however many weeks were
  missed, it is one reminder per kind (the latest occurrence), shown as a banner on start.
- The journaling nudge is skipped when an entry was written since the occurrence before it,
  unless the last complete week is quiet: it has harvested evidence (commits, pull requests,
  events, issues, notes in the inbox) but no entry. Then the nudge names that evidence
  (`quiet_week_nudge` picks the facts; the app words them, `quiet_week_text` is the English).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .services import Journal
    from .services.inbox_records import QuietWeek

EPOCH = dt.date(2024, 1, 1)  # a Monday: week 0 of every "every N weeks" cadence
MAX_EVERY_WEEKS = 52
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class ReminderKind(StrEnum):
    JOURNAL = "journal"  # a weekly nudge to write down what moved forward
    FEEDBACK = "feedback"  # a periodic nudge to ask someone for feedback


@dataclass(frozen=True)
class ReminderSchedule:
    kind: ReminderKind
    enabled: bool = True
    weekday: int = 4  # 0 = Monday … 6 = Sunday
    time: dt.time = dt.time(16, 0)
    every_weeks: int = 1

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), not {self.weekday}")
        if not 1 <= self.every_weeks <= MAX_EVERY_WEEKS:
            raise ValueError(f"every_weeks must be 1 to {MAX_EVERY_WEEKS}, not {self.every_weeks}")

    @property
    def period(self) -> dt.timedelta:
        return dt.timedelta(weeks=self.every_weeks)

    def describe(self) -> str:
        """E.g. "Fridays at 16:00" or "every 4 weeks on Monday at 10:00" or "off"."""
        if not self.enabled:
            return "off"
        at = format_time(self.time)
        day = WEEKDAY_NAMES[self.weekday]
        if self.every_weeks == 1:
            return f"{day}s at {at}"
        return f"every {self.every_weeks} weeks on {day} at {at}"


DEFAULT_SCHEDULES: dict[ReminderKind, ReminderSchedule] = {
    ReminderKind.JOURNAL: ReminderSchedule(ReminderKind.JOURNAL, True, 4, dt.time(16, 0), 1),
    ReminderKind.FEEDBACK: ReminderSchedule(ReminderKind.FEEDBACK, True, 0, dt.time(10, 0), 4),
}


def default_schedule(kind: ReminderKind | str) -> ReminderSchedule:
    return DEFAULT_SCHEDULES[ReminderKind(kind)]


def parse_time(text: str, default: dt.time | None = None) -> dt.time:
    """ "16:00" -> 16:00; a malformed text gives `default` (ValueError when there is none)."""
    try:
        hours, minutes = (int(part) for part in str(text).strip().split(":"))
        return dt.time(hours, minutes)
    except (TypeError, ValueError):
        if default is not None:
            return default
        raise ValueError(f"not a time of day (hh:mm): {text!r}") from None


def format_time(value: dt.time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


# -- occurrences ---------------------------------------------------------------------------------


def _on_cadence(schedule: ReminderSchedule, day: dt.date) -> bool:
    return ((day - EPOCH).days // 7) % schedule.every_weeks == 0


def next_due(schedule: ReminderSchedule, after: dt.datetime) -> dt.datetime | None:
    """The first occurrence strictly after `after` (None when the reminder is off)."""
    if not schedule.enabled:
        return None
    day = after.date() + dt.timedelta(days=(schedule.weekday - after.weekday()) % 7)
    if dt.datetime.combine(day, schedule.time) <= after:
        day += dt.timedelta(weeks=1)
    while not _on_cadence(schedule, day):
        day += dt.timedelta(weeks=1)
    return dt.datetime.combine(day, schedule.time)


def previous_occurrence(schedule: ReminderSchedule, at: dt.datetime) -> dt.datetime | None:
    """The last occurrence at or before `at` (None when the reminder is off)."""
    if not schedule.enabled:
        return None
    day = at.date() - dt.timedelta(days=(at.weekday() - schedule.weekday) % 7)
    if dt.datetime.combine(day, schedule.time) > at:
        day -= dt.timedelta(weeks=1)
    while not _on_cadence(schedule, day):
        day -= dt.timedelta(weeks=1)
    return dt.datetime.combine(day, schedule.time)


def _already_journaled(
    schedule: ReminderSchedule,
    occurrence: dt.datetime,
    last_entry_at: dt.datetime | None,
    quiet_week: bool = False,
) -> bool:
    """The journaling nudge is not needed when an entry was written since the one before, unless
    the last complete week is quiet (evidence harvested, nothing written): then it still is."""
    if schedule.kind is not ReminderKind.JOURNAL or last_entry_at is None or quiet_week:
        return False
    return last_entry_at >= occurrence - schedule.period


def due(
    schedule: ReminderSchedule,
    last_shown: dt.datetime | None,
    now: dt.datetime,
    started: dt.datetime,
    *,
    snoozed_until: dt.datetime | None = None,
    last_entry_at: dt.datetime | None = None,
    quiet_week: bool = False,
) -> dt.datetime | None:
    """The occurrence to show now while the app runs, or None.

    `started` is when the app started watching this schedule (start-up, or the last change of the
    schedule): what passed before it is for `missed`, not a notification. `last_shown` is when
    the reminder was last shown (showing it is enough: it fires once). A snooze postpones the
    reminder to `snoozed_until`, then it is due again once. `quiet_week`: the last complete week
    has harvested evidence and no entry, so the journaling nudge shows whatever `last_entry_at`.
    """
    if not schedule.enabled:
        return None
    if snoozed_until is not None:
        return snoozed_until if now >= snoozed_until else None
    occurrence = previous_occurrence(schedule, now)
    if occurrence is None or occurrence < started:
        return None
    if last_shown is not None and last_shown >= occurrence:
        return None
    if _already_journaled(schedule, occurrence, last_entry_at, quiet_week):
        return None
    return occurrence


def missed(
    schedule: ReminderSchedule,
    last_shown: dt.datetime | None,
    last_seen: dt.datetime | None,
    now: dt.datetime,
    *,
    snoozed_until: dt.datetime | None = None,
    last_entry_at: dt.datetime | None = None,
    quiet_week: bool = False,
) -> dt.datetime | None:
    """The occurrence that passed while the app was closed (the latest one only), or None.

    `last_seen` is the last moment the app was known to run. With neither it nor `last_shown`
    (the first start ever) nothing counts as missed. A snooze that ran out while the app was
    closed is missed too. `quiet_week` as for `due`.
    """
    if not schedule.enabled:
        return None
    if snoozed_until is not None:
        return snoozed_until if now >= snoozed_until else None
    known = [t for t in (last_shown, last_seen) if t is not None]
    if not known:
        return None
    occurrence = previous_occurrence(schedule, now)
    if occurrence is None or occurrence <= max(known):
        return None
    if _already_journaled(schedule, occurrence, last_entry_at, quiet_week):
        return None
    return occurrence


# -- the quiet week: evidence harvested, nothing written -----------------------------------------


class Evidence(StrEnum):
    """The kinds of harvested evidence a quiet-week nudge counts, in the order it names them."""

    COMMITS = "commits"
    PULL_REQUESTS = "pull_requests"  # merged ones
    EVENTS = "events"  # calendar events
    ISSUES = "issues"
    NOTES = "notes"


#: English words per kind, singular and plural (the app words them with tr()).
EVIDENCE_WORDS: dict[Evidence, tuple[str, str]] = {
    Evidence.COMMITS: ("commit", "commits"),
    Evidence.PULL_REQUESTS: ("merged pull request", "merged pull requests"),
    Evidence.EVENTS: ("event", "events"),
    Evidence.ISSUES: ("issue", "issues"),
    Evidence.NOTES: ("note", "notes"),
}


@dataclass(frozen=True)
class QuietWeekNudge:
    """What the quiet-week nudge says: the week, its evidence (non-zero kinds only, in
    `Evidence` order) and how many of its suggestions still wait in the inbox."""

    start: dt.date
    end: dt.date  # inclusive
    evidence: tuple[tuple[Evidence, int], ...]
    pending: int

    @property
    def review(self) -> bool:
        """Whether there is anything to review (else the nudge only says nothing was written)."""
        return self.pending > 0


def quiet_week_nudge(week: QuietWeek | None) -> QuietWeekNudge | None:
    """The nudge for `journal.inbox.quiet_week(...)`'s answer: None when there is no quiet week
    (an entry that week, or no evidence at all)."""
    if week is None:
        return None
    counts = (
        (Evidence.COMMITS, week.commits),
        (Evidence.PULL_REQUESTS, week.pull_requests),
        (Evidence.EVENTS, week.events),
        (Evidence.ISSUES, week.issues),
        (Evidence.NOTES, week.notes),
    )
    evidence = tuple((kind, n) for kind, n in counts if n > 0)
    if not evidence:
        return None
    return QuietWeekNudge(week.start, week.end, evidence, max(0, week.pending))


def find_quiet_week(journal: Journal, today: dt.date) -> QuietWeekNudge | None:
    """The quiet-week nudge as of `today`: the last complete week before it, weeks beginning on
    the profile's week start. Reads the journal (one profile read, one inbox query)."""
    week_start = journal.profile.get().week_start
    return quiet_week_nudge(journal.inbox.quiet_week(today, week_start))


def join_naturally(parts: list[str] | tuple[str, ...]) -> str:
    """ "a", "a and b", "a, b and c"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def quiet_week_text(nudge: QuietWeekNudge) -> str:
    """The English nudge, e.g. "12 commits and 2 merged pull requests last week, nothing
    written: review 3 suggestions"."""
    parts = [f"{n} {EVIDENCE_WORDS[kind][0 if n == 1 else 1]}" for kind, n in nudge.evidence]
    evidence = join_naturally(parts)
    if not nudge.review:
        return f"{evidence} last week, nothing written yet"
    unit = "suggestion" if nudge.pending == 1 else "suggestions"
    return f"{evidence} last week, nothing written: review {nudge.pending} {unit}"


# -- what a reminder says ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    """One reminder to show: its kind, the occurrence it is for, and its words. A journaling
    reminder for a quiet week carries that week's facts (`quiet_week`)."""

    kind: ReminderKind
    occurrence: dt.datetime
    title: str
    text: str
    missed: bool = False
    quiet_week: QuietWeekNudge | None = None

    @property
    def review(self) -> bool:
        """A quiet week with suggestions waiting in the inbox: the nudge offers to review them."""
        return self.quiet_week is not None and self.quiet_week.review


def days_since(day: dt.date | None, now: dt.datetime) -> int | None:
    return None if day is None else max(0, (now.date() - day).days)


def reminder_text(
    kind: ReminderKind | str, now: dt.datetime, last_feedback_on: dt.date | None = None
) -> str:
    if ReminderKind(kind) is ReminderKind.JOURNAL:
        return "Time to note what moved forward this week."
    days = days_since(last_feedback_on, now)
    if days is None:
        return "You have not recorded any feedback yet. Who could you ask this week?"
    if days == 0:
        return "You recorded feedback today. Who else could you ask this week?"
    unit = "day" if days == 1 else "days"
    return (
        f"It has been {days} {unit} since you last asked for feedback. Who could you ask this week?"
    )


def reminder_title(kind: ReminderKind | str) -> str:
    if ReminderKind(kind) is ReminderKind.JOURNAL:
        return "Your weekly journal"
    return "Ask for feedback"


def make_reminder(
    kind: ReminderKind | str,
    occurrence: dt.datetime,
    now: dt.datetime,
    *,
    last_feedback_on: dt.date | None = None,
    missed: bool = False,
    quiet_week: QuietWeekNudge | None = None,
) -> Reminder:
    """The reminder in English; `quiet_week` (journaling only) replaces the usual text."""
    kind = ReminderKind(kind)
    quiet = quiet_week if kind is ReminderKind.JOURNAL else None
    return Reminder(
        kind=kind,
        occurrence=occurrence,
        title=reminder_title(kind),
        text=quiet_week_text(quiet) if quiet else reminder_text(kind, now, last_feedback_on),
        missed=missed,
        quiet_week=quiet,
    )


def with_enabled(schedule: ReminderSchedule, enabled: bool) -> ReminderSchedule:
    return replace(schedule, enabled=enabled)


__all__ = [
    "DEFAULT_SCHEDULES",
    "EPOCH",
    "EVIDENCE_WORDS",
    "Evidence",
    "QuietWeekNudge",
    "Reminder",
    "ReminderKind",
    "ReminderSchedule",
    "days_since",
    "default_schedule",
    "due",
    "find_quiet_week",
    "format_time",
    "join_naturally",
    "make_reminder",
    "missed",
    "next_due",
    "parse_time",
    "previous_occurrence",
    "quiet_week_nudge",
    "quiet_week_text",
    "reminder_text",
    "reminder_title",
    "with_enabled",
]
