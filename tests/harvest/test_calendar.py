"""Candidates from calendar files: hand-written Outlook and Google exports, and hostile rules."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from careerjournal.domain.enums import EntryKind, HarvestSource
from careerjournal.harvest import calendar
from careerjournal.harvest.found import Found, HarvestReport, Link, Skipped, fingerprint_of

DATA = Path(__file__).resolve().parents[1] / "data" / "harvest"
OUTLOOK = DATA / "calendar_outlook.ics"
GOOGLE = DATA / "calendar_google.ics"
HOSTILE = DATA / "calendar_hostile.ics"
MALFORMED = DATA / "calendar_malformed.ics"
ONE_ON_ONE = "040000008200E00074C5B7101A82E0080000000010A5C2D1B3E9DA01000000000000000010000000AB"
YEAR_2025 = {"since": dt.date(2025, 1, 1), "until": dt.date(2025, 12, 31)}


def found(
    path: Path,
    uid: str,
    key: str,
    day: dt.date,
    title: str,
    code: str,
    evidence: tuple[str, ...],
    facts: dict[str, Any],
    url: str = "",
) -> Found:
    """A calendar candidate as the harvest should make it."""
    kinds = {
        "talk": EntryKind.NETWORK,
        "conference": EntryKind.NETWORK,
        "training": EntryKind.LEARNING,
        "interview": EntryKind.RESPONSIBILITY,
        "one_on_one": EntryKind.FEEDBACK,
    }
    return Found(
        source=HarvestSource.CALENDAR,
        key=key,
        occurred_on=day,
        title=title,
        kind=kinds[code],
        impact=3 if code == "talk" else 2,
        tags=(code.replace("_", "-"),),
        evidence=evidence,
        links=(Link(url, "") if url else Link(f"ics:{uid}", path.name),),
        origin=str(path),
        fingerprint=fingerprint_of("event", uid),
        facts=facts,
    )


def single(path: Path, uid: str, day: str, title: str, code: str, *more: str, **kw: Any) -> Found:
    days = kw.pop("days", 1)
    date = dt.date.fromisoformat(day)
    span = day if days == 1 else f"{day} … {date + dt.timedelta(days=days - 1)}"
    facts = {"category": code, "date": day, "days": days}
    return found(path, uid, f"{uid}@{day}", date, title, code, (title, span, *more), facts, **kw)


def by_key(report: HarvestReport) -> dict[str, Found]:
    return {f.key: f for f in report.found}


def ics(tmp_path: Path, *events: str, head: str = "") -> Path:
    """A calendar file of the given VEVENT bodies (each without BEGIN/END)."""
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    path = tmp_path / "made.ics"
    path.write_text(f"BEGIN:VCALENDAR\nVERSION:2.0\n{head}{body}END:VCALENDAR\n", "utf-8")
    return path


def test_an_outlook_export_gives_its_talks_trainings_interviews_and_one_series() -> None:
    report = calendar.harvest([OUTLOOK], **YEAR_2025)

    series = found(
        OUTLOOK,
        ONE_ON_ONE,
        ONE_ON_ONE,
        dt.date(2025, 1, 6),
        "1:1 Anna / Ben",
        "one_on_one",
        ("1:1 Anna / Ben", "2025-01-06 … 2025-03-31 (11)", "Room Elbe"),
        # 13 Mondays, less two EXDATEs; the 10 March one moved to Wednesday 12 March.
        {
            "category": "one_on_one",
            "occurrences": 11,
            "first": "2025-01-06",
            "last": "2025-03-31",
            "every_days": 7,
        },
    )
    assert sorted(report.found, key=lambda f: f.key) == sorted(
        [
            series,
            # 00:30 in Berlin is still 1 April in UTC: the event's own zone decides.
            single(
                OUTLOOK,
                "keynote-platform-day-2025",
                "2025-04-02",
                "Keynote: Platform Day night session",
                "talk",
                "Main stage",
            ),
            single(
                OUTLOOK,
                "config-summit-2025",
                "2025-09-23",
                "Config Summit 2025",
                "conference",
                "Berlin",
                days=3,  # DTEND of an all-day event is the day after
                url="https://example.org/config-summit",
            ),
            single(
                OUTLOOK,
                "aws-training-0610",
                "2025-06-10",
                "AWS Solutions Architect Schulung",
                "training",
            ),
            single(  # found by its CATEGORIES
                OUTLOOK, "candidate-interview-7", "2025-07-16", "Backend candidate", "interview"
            ),
        ],
        key=lambda f: f.key,
    )
    # Sprint planning, lunch, the 2022 conference, the 2026 talk and the undated workshop
    # were read and left out.
    assert report.read == 11
    assert report.skipped == []
    stat = OUTLOOK.stat()
    assert report.states == {str(OUTLOOK): {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}}


def test_a_series_counts_only_its_occurrences_in_the_window() -> None:
    report = calendar.harvest([OUTLOOK], since=dt.date(2025, 2, 1), until=dt.date(2025, 3, 30))

    series = by_key(report)[ONE_ON_ONE]
    assert series.occurred_on == dt.date(2025, 2, 10)  # 3 February is an EXDATE
    assert series.facts == {
        "category": "one_on_one",
        "occurrences": 6,  # 10 and 24 Feb, 3, 12 (moved), 17 and 24 Mar
        "first": "2025-02-10",
        "last": "2025-03-24",
        "every_days": 7,
    }
    assert series.evidence[1] == "2025-02-10 … 2025-03-24 (6)"


def test_the_default_window_is_two_years_up_to_today() -> None:
    report = calendar.harvest([OUTLOOK], today=dt.date(2025, 4, 1))

    # The keynote (2 April) is in the future; the 2022 conference is too old.
    assert list(by_key(report)) == [ONE_ON_ONE]
    report = calendar.harvest([OUTLOOK], today=dt.date(2027, 5, 13))
    assert sorted(by_key(report)) == [
        "aws-training-0610@2025-06-10",
        "candidate-interview-7@2025-07-16",
        "config-summit-2025@2025-09-23",
        "talk-2026@2026-01-15",
    ]


def test_a_google_export_with_x_wr_timezone_count_and_rdates() -> None:
    report = calendar.harvest([GOOGLE], **YEAR_2025)

    talk_uid = "5rkq0d3oj1hq5b4d8c1l6m2v2g@google.com"
    monthly = "3m9b1d2c4e5f6g7h8i9j0k@google.com"
    mentoring = "mentoring-rdates@google.com"
    assert by_key(report) == {
        # 22:30 UTC is 00:30 the next day in the calendar's zone.
        f"{talk_uid}@2025-05-16": single(
            GOOGLE, talk_uid, "2025-05-16", "Demo Day rehearsal", "talk"
        ),
        monthly: found(
            GOOGLE,
            monthly,
            monthly,
            dt.date(2025, 9, 4),
            "Mitarbeitergespräch mit Dana",
            "one_on_one",
            ("Mitarbeitergespräch mit Dana", "2025-09-04 … 2025-12-04 (4)"),
            {
                "category": "one_on_one",
                "occurrences": 4,
                "first": "2025-09-04",
                "last": "2025-12-04",
                "every_days": 28,
            },
        ),
        mentoring: found(
            GOOGLE,
            mentoring,
            mentoring,
            dt.date(2025, 3, 1),
            "Mentoring one-to-one",
            "one_on_one",
            ("Mentoring one-to-one", "2025-03-01 … 2025-05-10 (3)"),
            {
                "category": "one_on_one",
                "occurrences": 3,
                "first": "2025-03-01",
                "last": "2025-05-10",
                "every_days": 35,
            },
        ),
    }


def test_hostile_rules_are_capped_or_skipped_without_hanging() -> None:
    started = time.monotonic()
    report = calendar.harvest([HOSTILE], **YEAR_2025)

    assert time.monotonic() - started < 5
    found = by_key(report)
    assert sorted(found) == ["every-second", "never-day", "never-position"]
    assert found["every-second"].facts == {
        "category": "training",
        "occurrences": calendar.MAX_OCCURRENCES,
        "first": "2025-03-01",
        "last": "2025-03-01",
        "every_days": 0,
        "capped": True,
    }
    # A rule no day can match keeps its DTSTART (the engine would search until the year 9999).
    assert found["never-day"].facts["occurrences"] == 1
    assert found["never-position"].facts["occurrences"] == 1
    assert report.skipped == [
        Skipped(
            str(HOSTILE),
            "too_many_occurrences",
            "event every-minute-since-2019: more than 200000 repetitions before 2025-01-01",
        ),
        Skipped(
            str(HOSTILE),
            "malformed",
            "event bad-rule: RRULE cannot be read: FREQ=FORTNIGHTLY\\;COUNT=x",
        ),
    ]
    assert report.read == 5


def test_a_truncated_file_is_skipped_as_malformed_and_the_others_still_read(
    tmp_path: Path,
) -> None:
    text = tmp_path / "notes.ics"
    text.write_text("Meeting notes: talk to Anna\n", "utf-8")

    report = calendar.harvest([MALFORMED, text, GOOGLE], **YEAR_2025)

    assert [(s.where, s.reason) for s in report.skipped] == [
        (str(MALFORMED), "malformed"),
        (str(text), "malformed"),
    ]
    assert "VCALENDAR" in report.skipped[0].detail
    assert report.skipped[1].detail  # the parser's own words
    assert len(report.found) == 3  # the Google file


def test_unreadable_files_are_skipped_with_the_reason(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.ics"
    latin1.write_bytes(b"BEGIN:VCALENDAR\nSUMMARY:Vortrag M\xfcnchen\nEND:VCALENDAR\n")
    huge = tmp_path / "huge.ics"
    with huge.open("wb") as handle:
        handle.truncate(26 * 1024 * 1024)  # sparse: no 26 MB written
    missing = tmp_path / "missing.ics"

    report = calendar.harvest([latin1, huge, missing, tmp_path], **YEAR_2025)

    assert [(s.where, s.reason) for s in report.skipped] == [
        (str(latin1), "not_utf8"),
        (str(huge), "too_large"),
        (str(missing), "unreadable"),
        (str(tmp_path), "unreadable"),
    ]
    assert "offset 33" in report.skipped[0].detail
    assert report.found == []
    assert report.states == {}


def test_the_same_event_in_two_files_is_one_candidate(tmp_path: Path) -> None:
    copy = tmp_path / "copy.ics"
    shutil.copy(GOOGLE, copy)
    os.utime(copy, ns=(1_700_000_000_000_000_000,) * 2)

    report = calendar.harvest([GOOGLE, copy], **YEAR_2025)

    assert len(report.found) == 3
    assert {f.origin for f in report.found} == {str(GOOGLE)}
    assert report.states[str(copy)] == {
        "size": GOOGLE.stat().st_size,
        "mtime_ns": 1_700_000_000_000_000_000,
    }
    assert report.read == 6


@pytest.mark.parametrize(
    ("summary", "code"),
    [
        ("Tech-Talk: Kafka in production", "talk"),
        ("Fachvortrag Datenschutz", "talk"),
        ("Sprint demo day", "talk"),
        ("Präsentation Quartalszahlen", "talk"),
        ("Kundenworkshop Logistik", "training"),
        ("Rust course, day 2", "training"),
        ("Produktschulung", "training"),
        ("Platform Summit", "conference"),
        ("Berlin Go Meetup", "conference"),
        ("Entwicklerkonferenz", "conference"),
        ("Hiring panel: staff engineer", "interview"),
        ("Vorstellungsgespräch Frau Yilmaz", "interview"),
        ("Anna / Ben 1:1", "one_on_one"),
        ("1-1 with Lea", "one_on_one"),
        ("One-on-one Tom", "one_on_one"),
        ("Jahres-Mitarbeitergespräch", "one_on_one"),
        ("Interview training", "training"),  # the first kind in the list wins
        ("Conference talk rehearsal", "talk"),
        ("Standup 11:15", None),
        ("Release 2024-1-1", None),
        ("Of course, the retro", None),
        ("Talking points for the offsite", None),
        ("Sprint planning", None),
    ],
)
def test_summaries_name_the_kind_of_event(tmp_path: Path, summary: str, code: str | None) -> None:
    path = ics(tmp_path, f"UID:u1\nSUMMARY:{summary}\nDTSTART;VALUE=DATE:20250310")

    report = calendar.harvest([path], **YEAR_2025)

    assert [f.facts["category"] for f in report.found] == ([code] if code else [])
    assert report.read == 1


def test_categories_and_description_count_when_the_summary_does_not(tmp_path: Path) -> None:
    path = ics(
        tmp_path,
        "UID:a\nSUMMARY:Platform day\nCATEGORIES:Work,Workshop\nDTSTART;VALUE=DATE:20250310",
        "UID:b\nSUMMARY:Thursday slot\nDESCRIPTION:Slides for my talk\\, 20 minutes"
        "\nDTSTART;VALUE=DATE:20250311",
        "UID:c\nSUMMARY:Lunch\nDESCRIPTION:Of course\\, the usual place\nDTSTART:20250312T110000Z",
    )

    report = calendar.harvest([path], **YEAR_2025)

    assert [(f.key, f.facts["category"]) for f in report.found] == [
        ("a@2025-03-10", "training"),
        ("b@2025-03-11", "talk"),
    ]


def test_an_event_without_uid_gets_a_stable_key_and_a_broken_start_is_reported(
    tmp_path: Path,
) -> None:
    path = ics(
        tmp_path,
        "SUMMARY:Keynote\nDTSTART:20250310T090000Z",
        "UID:bad\nSUMMARY:Workshop\nDTSTART:2025-03-11",
        "UID:none\nSUMMARY:Workshop without a date",
        head="X-WR-TIMEZONE:Not/A_Zone\n",
    )

    first = calendar.harvest([path], **YEAR_2025)
    again = calendar.harvest([path], **YEAR_2025)

    assert [f.key for f in first.found] == [f.key for f in again.found]
    [keynote] = first.found
    assert keynote.key.startswith("nouid-")
    assert keynote.key.endswith("@2025-03-10")
    assert [(s.reason, s.detail.split(":")[0]) for s in first.skipped] == [
        ("malformed", "event bad")
    ]
    assert first.read == 3


def test_only_web_addresses_become_links(tmp_path: Path) -> None:
    path = ics(
        tmp_path,
        "UID:a\nSUMMARY:Talk\nURL:javascript:alert(1)\nDTSTART;VALUE=DATE:20250310",
        "UID:b\nSUMMARY:Talk\nURL:https://example.org/talks/b\nDTSTART;VALUE=DATE:20250311",
    )

    report = calendar.harvest([path], **YEAR_2025)

    assert [f.links for f in report.found] == [
        (Link("ics:a", "made.ics"),),
        (Link("https://example.org/talks/b", ""),),
    ]


def test_many_dense_series_in_one_file_stop_at_the_file_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calendar, "MAX_FILE_OCCURRENCES", 10_000)
    hourly = [
        f"UID:h{n}\nSUMMARY:Training {n}\nDTSTART:20250101T000000Z\nRRULE:FREQ=HOURLY"
        for n in range(3)
    ]
    path = ics(tmp_path, *hourly)

    started = time.monotonic()
    report = calendar.harvest([path], **YEAR_2025)

    assert time.monotonic() - started < 5
    # Each expands a year of hours (8,760) and counts the first 5,000; two spend the budget.
    assert [f.facts["occurrences"] for f in report.found] == [calendar.MAX_OCCURRENCES] * 2
    assert report.skipped == [
        Skipped(
            str(path),
            "too_many_occurrences",
            "event h2: the file's series repeat more than 10000 times",
        )
    ]


@pytest.mark.parametrize(
    ("rule", "occurrences"),
    [
        ("FREQ=MONTHLY;BYDAY=5MO;BYMONTHDAY=1", 1),  # a fifth Monday is never the 1st
        ("FREQ=MONTHLY;BYDAY=6FR", 1),
        ("FREQ=YEARLY;BYWEEKNO=53;BYMONTH=1;BYMONTHDAY=15", 1),
        # Real rules; DTSTART (Saturday 1 March, 9:00) counts besides the rule's own.
        ("FREQ=MONTHLY;BYDAY=-1FR;COUNT=4", 5),  # the last Friday
        ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;COUNT=2", 2),  # 28 Feb 2026 (2027 is later)
        ("FREQ=DAILY;BYHOUR=9,17;BYSETPOS=-1;COUNT=3", 4),  # 17:00 three times
    ],
)
def test_rules_no_day_can_match_keep_their_start_only(
    tmp_path: Path, rule: str, occurrences: int
) -> None:
    path = ics(tmp_path, f"UID:r\nSUMMARY:Workshop\nDTSTART:20250301T090000Z\nRRULE:{rule}")

    report = calendar.harvest([path], since=dt.date(2025, 1, 1), until=dt.date(2026, 12, 31))

    assert [f.facts["occurrences"] for f in report.found] == [occurrences]
    assert report.skipped == []


def test_every_calendar_of_a_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "two.ics"
    path.write_text(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nSUMMARY:Keynote\nDTSTART;VALUE=DATE:20250310\n"
        "END:VEVENT\nEND:VCALENDAR\nBEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:b\nSUMMARY:Workshop\n"
        "DTSTART;VALUE=DATE:20250311\nEND:VEVENT\nEND:VCALENDAR\n",
        "utf-8",
    )

    report = calendar.harvest([path], **YEAR_2025)

    assert [f.key for f in report.found] == ["a@2025-03-10", "b@2025-03-11"]
