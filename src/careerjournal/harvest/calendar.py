"""Calendar files (.ics): talks, conferences, trainings, interviews and 1:1s as evidence.

Only events whose summary, categories or description name one of those are kept; everything else
is read and counted, never stored. A recurring event is one candidate about the whole series (a
weekly 1:1 is one piece of evidence, not fifty), expanded with `recurring_ical_events` so EXDATE
exceptions and RECURRENCE-ID overrides count the way the calendar shows them.

Expanding a rule is where a hostile file could hang us (FREQ=SECONDLY, COUNT in the millions, a
rule no day can satisfy, which `dateutil` searches until the year 9999). So before expanding, each
rule is costed from its own parts: too many steps before the window is skipped with a reason, a
rule no day can match keeps only its DTSTART and RDATEs, and the window is walked in chunks sized
for the rule's density, stopping at `MAX_OCCURRENCES`; all of a file's series stop together at
`MAX_FILE_OCCURRENCES`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import math
import re
import statistics
from calendar import isleap, monthrange
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar
import recurring_ical_events  # type: ignore[import-untyped]

from ..domain.enums import EntryKind, HarvestSource
from .files import read_text
from .found import EVIDENCE_LINE_MAX, Found, HarvestReport, Link, Skipped, clip, fingerprint_of

MAX_OCCURRENCES = 5_000  # per series; more are not counted
MAX_STEPS_BEFORE = 200_000  # rule steps from DTSTART to the window: more is not a real calendar
ONE_CHUNK_STEPS = 10_000  # a rule this sparse in the window is expanded in one go
CHUNK_STEPS = 2_000  # otherwise the window is walked in chunks of about this many steps
MAX_CHUNKS = 1_000
MAX_FILE_OCCURRENCES = 50_000  # occurrences expanded (and probe days / 10) for all of a file
DESCRIPTION_SCAN = 2_000  # characters of a description searched for keywords
PROBE_DAYS = 8 * 366  # a day rule that matches no day in 8 years matches none (leap days too)


@dataclass(frozen=True)
class _Category:
    code: str
    kind: EntryKind
    impact: int
    pattern: re.Pattern[str]


def _words(alternatives: str) -> re.Pattern[str]:
    """Whole words (any case): `alternatives` is a regular expression of "|"-separated ones."""
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.I)


# Checked in this order in the summary, then the categories, then the description: the first
# word found decides ("Interview training" is a training, "Conference talk" a talk).
_CATEGORIES = (
    _Category("talk", EntryKind.NETWORK, 3, _words(
        r"talks?|presentations?|keynotes?|demo[ -]days?|\w*vortr[aä]ge?|präsentation(?:en)?")),
    _Category("training", EntryKind.LEARNING, 2, _words(
        r"trainings?|\w*workshops?|(?<!\bof )courses?|bootcamps?|\w*schulung(?:en)?"
        r"|\w*weiterbildung(?:en)?|\w*fortbildung(?:en)?")),
    _Category("conference", EntryKind.NETWORK, 2, _words(
        r"conferences?|summits?|meet-?ups?|\w*konferenz(?:en)?|fachtagung(?:en)?|tagung(?:en)?")),
    _Category("interview", EntryKind.RESPONSIBILITY, 2, _words(
        r"interviews?|hiring panels?|vorstellungsgespräche?|bewerbungsgespräche?")),
    _Category("one_on_one", EntryKind.FEEDBACK, 2, _words(
        r"(?<![\d:/.-])1[:-]1s?(?![\d:/.-])|1on1s?|one[ -]on[ -]ones?|one[ -]to[ -]ones?"
        r"|\w*mitarbeitergespräche?")),
)  # fmt: skip

# Seconds per step of each frequency (a month counted short: more steps, the safe side).
_UNIT_SECONDS = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3_600, "DAILY": 86_400}
_UNIT_SECONDS.update(WEEKLY=7 * 86_400, MONTHLY=28 * 86_400, YEARLY=365 * 86_400)
_TIME_PARTS = ("BYHOUR", "BYMINUTE", "BYSECOND")
_FINER = {f: _TIME_PARTS[i:] for i, f in enumerate(("DAILY", "HOURLY", "MINUTELY", "SECONDLY"))}
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_PARTS = ("BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO")  # in `_Days`' order
_Event = icalendar.Component  # a VEVENT
_BYDAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")


class _TooDense(Exception):
    """A series that would cost more than any real calendar: the message says why."""


@dataclass
class _Budget:
    """What is left of a file's `MAX_FILE_OCCURRENCES` (many absurd series, one file)."""

    left: int = field(default_factory=lambda: MAX_FILE_OCCURRENCES)

    def spend(self, amount: int) -> None:
        if self.left <= 0:
            raise _TooDense(f"the file's series repeat more than {MAX_FILE_OCCURRENCES} times")
        self.left -= amount


@dataclass(frozen=True)
class _Window:
    since: dt.date
    until: dt.date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.since <= day <= self.until


@dataclass(frozen=True)
class _Context:
    """One calendar of one file: where it came from and its default zone (X-WR-TIMEZONE)."""

    path: Path
    calendar: icalendar.Calendar
    window: _Window
    zone: ZoneInfo | None
    budget: _Budget


def harvest(
    files: Sequence[Path],
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    today: dt.date | None = None,
) -> HarvestReport:
    """Candidates from the events of `files` between `since` and `until` (both included).

    The default window is the two years up to today; future events are not evidence yet.
    """
    today = today or dt.date.today()
    window = _Window(since or _years_before(today, 2), until or today)
    report = HarvestReport()
    keys: set[str] = set()
    for path in files:
        part = _harvest_file(Path(path), window)
        found, part.found = part.found, []
        for candidate in found:  # the same event in two files (or calendars) is one candidate
            if candidate.key not in keys:
                keys.add(candidate.key)
                part.found.append(candidate)
        report.extend(part)
    return report


def _years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _harvest_file(path: Path, window: _Window) -> HarvestReport:
    report = HarvestReport()
    text = read_text(path, report)
    if text is None:
        return report
    try:
        calendars = _parse(text)
    except Exception as exc:  # a third-party parser on untrusted text: any failure is "malformed"
        report.skipped.append(Skipped(str(path), "malformed", clip(str(exc), EVIDENCE_LINE_MAX)))
        return report
    budget = _Budget()
    for calendar in calendars:
        zone = _zone(calendar.get("X-WR-TIMEZONE"))
        _harvest_calendar(_Context(path, calendar, window, zone, budget), report)
    return report


def _parse(text: str) -> list[icalendar.Calendar]:
    if not text.strip():
        return []
    parsed = icalendar.Calendar.from_ical(text, multiple=True)
    calendars = [c for c in cast(list[Any], parsed) if getattr(c, "name", "") == "VCALENDAR"]
    if not calendars:
        raise ValueError("no BEGIN:VCALENDAR … END:VCALENDAR in it")
    return calendars


def _zone(value: object) -> ZoneInfo | None:
    try:
        return ZoneInfo(str(value).strip()) if value else None
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _harvest_calendar(context: _Context, report: HarvestReport) -> None:
    events = [c for c in context.calendar.subcomponents if c.name == "VEVENT"]
    report.read += len(events)
    cores = [e for e in events if "RECURRENCE-ID" not in e and ("RRULE" in e or "RDATE" in e)]
    recurring = {_uid(e) for e in cores}
    series: dict[str, list[_Event]] = {}
    found: dict[str, Found] = {}
    for event in events:
        uid = _uid(event)
        if uid in recurring:
            series.setdefault(uid, []).append(event)
            continue
        single = _single(event, uid, context, report)
        if single is not None:
            found.setdefault(single.key, single)
    for uid, parts in series.items():
        whole = _series(uid, parts, context, report)
        if whole is not None:
            found.setdefault(whole.key, whole)
    report.found.extend(found.values())


def _uid(event: _Event) -> str:
    """The event's UID; without one, a stable stand-in from its summary and start."""
    uid = clip(str(event.get("UID", "")), 200)
    if uid:
        return uid
    raw = f"{event.get('SUMMARY', '')}|{_raw(event.get('DTSTART'))}"
    return "nouid-" + hashlib.sha1(raw.encode("utf-8", "replace")).hexdigest()[:16]


def _raw(value: Any) -> str:
    try:
        return cast(bytes, value.to_ical()).decode("utf-8", "replace")
    except Exception:  # only a fallback key or a message: any text will do
        return str(value)


def _text(value: object) -> str:
    """A property's text: vText, a list of them, or CATEGORIES (lists of lists)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    cats = getattr(value, "cats", None)
    if isinstance(cats, list):
        return ", ".join(str(c) for c in cats)
    return str(value)


def _classify(event: _Event) -> _Category | None:
    """The kind of event its summary, else its categories, else its description names."""
    for name in ("SUMMARY", "CATEGORIES", "DESCRIPTION"):
        text = _text(event.get(name))[:DESCRIPTION_SCAN]
        for category in _CATEGORIES:
            if category.pattern.search(text):
                return category
    return None


def _start(event: _Event) -> dt.date | None:
    """DTSTART as a date or datetime; None if absent; ValueError if unreadable."""
    value = event.get("DTSTART")
    if value is None:
        return None
    try:
        start = value.dt
    except Exception as exc:  # icalendar's BrokenCalendarProperty and friends
        raise ValueError(f"DTSTART: {exc}") from exc
    if not isinstance(start, dt.date):
        raise ValueError(f"DTSTART is not a date: {start!r}")
    return start


def _local_date(value: dt.date, zone: ZoneInfo | None) -> dt.date:
    """The day in the event's own zone; UTC times in the calendar's zone if it names one."""
    if isinstance(value, dt.datetime):
        if zone is not None and value.tzinfo is not None and value.tzname() == "UTC":
            value = value.astimezone(zone)
        return value.date()
    return value


def _single(event: _Event, uid: str, context: _Context, report: HarvestReport) -> Found | None:
    category = _classify(event)
    if category is None:
        return None
    try:
        start = _start(event)
    except ValueError as exc:
        report.skipped.append(_bad_event(context, uid, exc))
        return None
    if start is None:
        return None  # no DTSTART: counted in `read`, nothing to date it by
    day = _local_date(start, context.zone)
    if day not in context.window:
        return None
    days = _days(event, start, context)
    facts = {"category": category.code, "date": day.isoformat(), "days": days}
    return _found(event, uid, category, facts, context)


def _days(event: _Event, start: dt.date, context: _Context) -> int:
    """How many calendar days the event covers (an all-day DTEND is exclusive)."""
    first, zone = _local_date(start, context.zone), context.zone
    try:
        end = cast(Any, event).end  # an icalendar Event: DTEND, DURATION or the default
        if isinstance(end, dt.datetime):
            last = _local_date(end - dt.timedelta(microseconds=1), zone) if end > start else first
        elif isinstance(end, dt.date):
            last = end - dt.timedelta(days=1)
        else:
            return 1
    except Exception:  # no DTEND/DURATION, or an unreadable one: a one-day event
        return 1
    return max(1, min((last - first).days + 1, 366))


def _bad_event(context: _Context, uid: str, exc: Exception) -> Skipped:
    return Skipped(str(context.path), "malformed", clip(f"event {uid}: {exc}", EVIDENCE_LINE_MAX))


def _found(
    event: _Event, uid: str, category: _Category, facts: dict[str, Any], context: _Context
) -> Found:
    """The candidate for a single event (facts with "date") or a series ("occurrences")."""
    if "occurrences" in facts:  # a series: one candidate, keyed by its UID
        key, day = uid, dt.date.fromisoformat(facts["first"])
        span = f"{facts['first']} … {facts['last']} ({facts['occurrences']})"
    else:
        day = dt.date.fromisoformat(facts["date"])
        key, last = f"{uid}@{day}", day + dt.timedelta(days=facts["days"] - 1)
        span = str(day) if last == day else f"{day} … {last}"
    summary = clip(_text(event.get("SUMMARY"))) or category.code
    evidence = [summary, span]
    location = clip(_text(event.get("LOCATION")), EVIDENCE_LINE_MAX)
    if location:
        evidence.append(location)
    url = _text(event.get("URL")).strip()
    if re.match(r"https?://\S+$", url, re.I) and len(url) <= 2_000:
        link = Link(url, "")
    else:
        link = Link(f"ics:{uid}", context.path.name)
    return Found(
        source=HarvestSource.CALENDAR,
        key=key,
        occurred_on=day,
        title=summary,
        kind=category.kind,
        impact=category.impact,
        tags=(category.code.replace("_", "-"),),
        evidence=tuple(evidence),
        links=(link,),
        origin=str(context.path),
        fingerprint=fingerprint_of("event", uid),
        facts=facts,
    )


def _series(
    uid: str, parts: list[_Event], context: _Context, report: HarvestReport
) -> Found | None:
    """One candidate for a recurring event: how often it happened in the window."""
    cores = [p for p in parts if "RECURRENCE-ID" not in p]
    core = max(cores, key=lambda p: _int(p.get("SEQUENCE")) or 0)
    category = _classify(core)
    if category is None:
        return None
    try:
        start = _start(core)
        if start is None:
            return None
        dates, capped = _occurrences(parts, core, start, context)
    except _TooDense as exc:
        detail = f"event {uid}: {exc}"
        report.skipped.append(Skipped(str(context.path), "too_many_occurrences", detail))
        return None
    except Exception as exc:  # the rule engine on untrusted rules: any failure is "malformed"
        report.skipped.append(_bad_event(context, uid, exc))
        return None
    if not dates:
        return None
    first, last = dates[0], dates[-1]
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    facts: dict[str, Any] = {
        "category": category.code,
        "occurrences": len(dates),
        "first": first.isoformat(),
        "last": last.isoformat(),
        "every_days": round(statistics.median(gaps)) if gaps else None,
    }
    if capped:
        facts["capped"] = True
    return _found(core, uid, category, facts, context)


def _int(value: object) -> int | None:
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def _rules(core: _Event) -> list[Mapping[str, Any]]:
    value = core.get("RRULE")
    values = value if isinstance(value, list) else [] if value is None else [value]
    rules = []
    for rule in values:
        if not isinstance(rule, icalendar.vRecur):
            raise ValueError(f"RRULE cannot be read: {_raw(rule)[:100]}")
        rules.append(cast(Mapping[str, Any], rule))
    return rules


def _part(rule: Mapping[str, Any], name: str) -> list[Any]:
    value = rule.get(name)
    return list(value) if isinstance(value, list | tuple) else [] if value is None else [value]


def _first(rule: Mapping[str, Any], name: str) -> Any:
    values = _part(rule, name)
    return values[0] if values else None


def _naive(value: dt.date) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    return dt.datetime.combine(value, dt.time())


def _steps_per_second(rule: Mapping[str, Any]) -> float:
    """How many instants the rule engine tries per second (an upper bound)."""
    freq = str(_first(rule, "FREQ") or "").upper()
    if freq not in _UNIT_SECONDS:
        raise ValueError(f"RRULE has no known FREQ: {freq[:20]!r}")
    interval = max(1, _int(_first(rule, "INTERVAL")) or 1)
    by = [n for n in rule if str(n).upper().startswith("BY") and str(n).upper() != "BYSETPOS"]
    expansion = math.prod(max(1, len(_part(rule, n))) for n in by)
    return expansion / (_UNIT_SECONDS[freq] * interval)


def _steps_before(rule: Mapping[str, Any], start: dt.date, since: dt.date) -> float:
    """The rule engine's steps from DTSTART to the window (it always starts at DTSTART)."""
    end = dt.datetime.combine(since, dt.time())
    until = _first(rule, "UNTIL")
    if isinstance(until, dt.date):
        end = min(end, _naive(until))
    steps = max(0.0, (end - _naive(start)).total_seconds()) * _steps_per_second(rule)
    count = _int(_first(rule, "COUNT"))
    return min(steps, count) if count is not None and count >= 0 else steps


def _occurrences(
    parts: list[_Event], core: _Event, start: dt.date, context: _Context
) -> tuple[list[dt.date], bool]:
    """The local dates of the series' occurrences in the window (sorted), and if capped."""
    window = context.window
    rules = _rules(core)
    if any(_steps_before(r, start, window.since) > MAX_STEPS_BEFORE for r in rules):
        raise _TooDense(f"more than {MAX_STEPS_BEFORE} repetitions before {window.since}")
    if not all(_possible(r, start, context.budget) for r in rules):
        del core["RRULE"]  # no day can match it: only DTSTART and the RDATEs remain
        rules = []
    rate = max((_steps_per_second(r) for r in rules), default=0.0)
    query = recurring_ical_events.of(_sub_calendar(context.calendar, parts))
    spans, complete = _chunks(rate, start, window)
    seen: set[object] = set()
    dates: list[dt.date] = []
    for begin, end in spans:
        context.budget.spend(0)  # refuses once the file's budget is spent
        chunk = sorted(_occurrence_starts(query.between(begin, end)), key=_naive)
        context.budget.spend(len(chunk))
        for occurrence in chunk:
            day = _local_date(occurrence, context.zone)
            if occurrence in seen or day not in window:
                continue
            seen.add(occurrence)
            dates.append(day)
            if len(dates) >= MAX_OCCURRENCES:
                return sorted(dates), True
    return sorted(dates), not complete


def _occurrence_starts(components: Iterable[_Event]) -> list[dt.date]:
    values = (c.get("DTSTART") for c in components)
    return [v.dt for v in values if v is not None and isinstance(v.dt, dt.date)]


def _chunks(rate: float, start: dt.date, window: _Window) -> tuple[list[tuple[Any, Any]], bool]:
    """Spans of the window to expand one after the other (one span for an ordinary rule), and
    whether they cover all of it (a dense rule gets `MAX_CHUNKS` at most)."""
    end = window.until + dt.timedelta(days=1)
    if rate * (end - window.since).total_seconds() <= ONE_CHUNK_STEPS:
        return [(window.since, end)], True
    step = dt.timedelta(seconds=max(60.0, CHUNK_STEPS / rate))
    # A dense rule has nothing before its DTSTART (overrides moved earlier are rare and tiny).
    begin = max(dt.datetime.combine(window.since, dt.time()), _naive(start) - dt.timedelta(days=1))
    stop = dt.datetime.combine(end, dt.time())
    spans: list[tuple[Any, Any]] = []
    while begin < stop and len(spans) < MAX_CHUNKS:
        spans.append((begin, min(begin + step, stop)))
        begin += step
    return spans, begin >= stop


def _sub_calendar(calendar: icalendar.Calendar, parts: list[_Event]) -> icalendar.Calendar:
    """A calendar holding one series and the time zones it may refer to."""
    sub = icalendar.Calendar()
    for name in ("VERSION", "PRODID", "CALSCALE", "X-WR-TIMEZONE"):
        if name in calendar:
            sub.add(name, calendar[name])
    for component in calendar.subcomponents:
        if component.name == "VTIMEZONE":
            sub.add_component(component)
    for part in parts:
        sub.add_component(part)
    return sub


@dataclass(frozen=True)
class _Days:
    """The day parts of a rule, to probe days with: a rule whose parts no day satisfies makes
    the engine search until the year 9999."""

    months: frozenset[int | None]
    monthdays: frozenset[int | None]  # 1 is the first day, -1 the last
    yeardays: frozenset[int | None]
    weeks: frozenset[int | None]  # ISO weeks (WKST=MO; close enough to probe)
    weekdays: frozenset[tuple[int, int]]  # (weekday, nth): nth 0 is every such weekday
    nth_in_year: bool  # BYDAY=20MO of a YEARLY rule without BYMONTH counts in the year

    def matches(self, day: dt.date) -> bool:
        month_length, yday = monthrange(day.year, day.month)[1], day.timetuple().tm_yday
        year_length = 366 if isleap(day.year) else 365
        iso = day.isocalendar()
        index, length = (yday, year_length) if self.nth_in_year else (day.day, month_length)
        nths = (0, (index - 1) // 7 + 1, -((length - index) // 7 + 1))
        return (
            (not self.months or day.month in self.months)
            and _counted(day.day, month_length, self.monthdays)
            and _counted(yday, year_length, self.yeardays)
            and _counted(iso.week, dt.date(iso.year, 12, 28).isocalendar().week, self.weeks)
            and (
                not self.weekdays or any(w == day.weekday() and n in nths for w, n in self.weekdays)
            )
        )


def _counted(number: int, length: int, wanted: frozenset[int | None]) -> bool:
    """Whether the `number`th of `length` is wanted, counted from the start or from the end."""
    return not wanted or number in wanted or number - length - 1 in wanted


def _possible(rule: Mapping[str, Any], start: dt.date, budget: _Budget) -> bool:
    """Whether any instant can match the rule, probing up to `PROBE_DAYS` days from DTSTART."""
    freq = str(_first(rule, "FREQ") or "").upper()
    positions = [_int(p) for p in _part(rule, "BYSETPOS")]
    if freq in _FINER and positions:
        choices = math.prod(max(1, len(_part(rule, name))) for name in _FINER[freq])
        if any(p is None or p == 0 or abs(p) > choices for p in positions):
            return False
    in_year = freq == "YEARLY" and not _part(rule, "BYMONTH")
    weekdays = set()
    for text in _part(rule, "BYDAY"):
        match = _BYDAY.fullmatch(str(text).strip().upper())
        if match is None:
            return False
        nth = int(match[1] or 0) if freq in ("MONTHLY", "YEARLY") else 0
        if abs(nth) > (53 if in_year else 5):
            return False
        weekdays.add((_WEEKDAYS.index(match[2]), nth))
    months, monthdays, yeardays, weeks = (frozenset(map(_int, _part(rule, n))) for n in _DAY_PARTS)
    if not (months or monthdays or yeardays or weeks or weekdays):
        return True
    days = _Days(months, monthdays, yeardays, weeks, frozenset(weekdays), in_year)
    day = _naive(start).date()
    for probed in range(PROBE_DAYS):
        if days.matches(day):
            budget.spend(probed // 10)
            return True
        if day == dt.date.max:
            break
        day += dt.timedelta(days=1)
    budget.spend(PROBE_DAYS // 10)
    return False
