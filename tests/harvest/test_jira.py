"""Candidates from Jira CSV exports as Jira Cloud, Data Center and a German Excel write them."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from careerjournal.domain.enums import EntryKind, HarvestSource
from careerjournal.harvest import jira
from careerjournal.harvest.found import Found, Link, Skipped, fingerprint_of

DATA = Path(__file__).resolve().parents[1] / "data" / "harvest"
ALL_FIELDS = DATA / "jira_all_fields.csv"
PREAMBLE = DATA / "jira_preamble.csv"
SEMICOLON = DATA / "jira_semicolon.csv"
BAD_DATE = DATA / "jira_bad_date.csv"


def issue(
    path: Path,
    key: str,
    day: str,
    title: str,
    kind: EntryKind,
    impact: int,
    tags: tuple[str, ...],
    evidence: str,
    facts: tuple[str, float | None, str | None],
) -> Found:
    """An issue candidate as the harvest should make it; facts are (type, points, priority)."""
    kind_name, points, priority = facts
    return Found(
        source=HarvestSource.JIRA,
        key=key,
        occurred_on=dt.date.fromisoformat(day),
        title=title,
        kind=kind,
        impact=impact,
        tags=tags,
        evidence=(evidence,),
        links=(Link(f"jira:{key}", key),),
        origin=str(path),
        fingerprint=fingerprint_of("issue", key),
        facts={"issue": key, "type": kind_name, "points": points, "priority": priority},
    )


ALL_FIELDS_FOUND = [
    issue(
        ALL_FIELDS,
        "PAY-412",
        "2024-03-12",
        "Invoice run v2 on the new ledger",
        EntryKind.PROJECT,
        2,
        ("billing", "payments", "ledger"),  # three "Labels" columns
        "PAY-412 · Story · Done · Done",
        ("Story", 5.0, "High"),
    ),
    issue(
        ALL_FIELDS,
        "PAY-431",
        "2024-03-21",
        "Rounding error in VAT for credit notes",
        EntryKind.OTHER,
        2,
        ("hotfix",),
        "PAY-431 · Bug · Closed · Fixed",
        ("Bug", None, "Highest"),
    ),
    issue(
        ALL_FIELDS,
        "PAY-400",
        "2024-04-02",
        "Ledger migration",
        EntryKind.PROJECT,
        4,
        ("ledger",),
        "PAY-400 · Epic · Done · Done",
        ("Epic", 13.0, "Medium"),
    ),
    issue(
        ALL_FIELDS,
        "PAY-460",
        "2024-03-28",
        "Payment retries with backoff",
        EntryKind.PROJECT,
        1,
        ("resilience",),
        "PAY-460 · Story · Done · Done",
        ("Story", 2.0, "Medium"),
    ),
    issue(  # closed without a Resolved date: dated by Updated
        ALL_FIELDS,
        "PAY-461",
        "2024-03-29",
        "Update the runbook",
        EntryKind.OTHER,
        2,
        ("docs",),
        "PAY-461 · Sub-task · Closed",
        ("Sub-task", None, "Low"),
    ),
    issue(
        ALL_FIELDS,
        "PAY-470",
        "2024-04-04",
        "Faster statement search",
        EntryKind.PROJECT,
        4,
        ("search", "performance"),
        "PAY-470 · Improvement · Done · Done",
        ("Improvement", 21.0, "Medium"),
    ),
]


def test_an_all_fields_export_gives_the_resolved_issues() -> None:
    report = jira.harvest([ALL_FIELDS])

    assert report.found == ALL_FIELDS_FOUND  # PAY-455 is still in progress
    assert report.read == 7
    assert report.skipped == []
    stat = ALL_FIELDS.stat()
    assert report.states == {str(ALL_FIELDS): {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}}


@pytest.mark.parametrize("who", [["Ben Ortiz"], ["  ben ortiz "], ["someone else", "BEN ORTIZ"]])
def test_only_the_assignees_issues_are_kept(who: list[str]) -> None:
    report = jira.harvest([ALL_FIELDS], assignees=who)

    assert [f.key for f in report.found] == ["PAY-412", "PAY-431", "PAY-400", "PAY-461", "PAY-470"]
    assert report.read == 7


def test_since_drops_issues_resolved_before_it() -> None:
    report = jira.harvest([ALL_FIELDS], since=dt.date(2024, 3, 29))

    assert [f.key for f in report.found] == ["PAY-400", "PAY-461", "PAY-470"]


def test_a_preamble_reordered_columns_and_iso_dates() -> None:
    report = jira.harvest([PREAMBLE], assignees=["ben@example.com"])

    assert report.found == [
        issue(
            PREAMBLE,
            "OPS-77",
            "2024-03-12",
            "Rotate the TLS certificates, all clusters",
            EntryKind.OTHER,
            1,
            ("security", "certificates"),
            "OPS-77 · Task · Resolved · Done",
            ("Task", 1.0, "Medium"),
        ),
        issue(
            PREAMBLE,
            "OPS-70",
            "2024-02-02",
            "Kafka consumer lag alerting",
            EntryKind.PROJECT,
            2,
            ("observability",),
            "OPS-70 · Story · Resolved · Done",
            ("Story", 3.0, "High"),
        ),
    ]
    assert report.skipped == []


def test_a_semicolon_export_from_a_german_excel() -> None:
    report = jira.harvest([SEMICOLON], assignees=["anna.schmidt@example.com"])

    assert report.found == [
        issue(
            SEMICOLON,
            "CRM-5",
            "2024-03-12",
            "Kundenimport beschleunigt, 10x",
            EntryKind.PROJECT,
            2,
            ("import", "performance"),
            "CRM-5 · Verbesserung · Erledigt · Fertig",
            ("Verbesserung", 3.5, "Hoch"),  # "3,5" story points
        ),
        issue(
            SEMICOLON,
            "CRM-9",
            "2024-04-03",
            "Umlaute im Export",
            EntryKind.OTHER,
            2,
            (),
            "CRM-9 · Fehler · Erledigt · Fertig",
            ("Fehler", None, "Mittel"),
        ),
    ]


def test_an_unparseable_date_skips_that_row_only() -> None:
    report = jira.harvest([BAD_DATE])

    assert [f.key for f in report.found] == ["WEB-1"]
    assert report.skipped == [
        Skipped(str(BAD_DATE), "bad_date", "row 3: sometime in March"),
        Skipped(str(BAD_DATE), "bad_date", "row 4: 31/Feb/24 9:00 AM"),
    ]
    assert report.read == 4


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("12/Mar/24 4:15 PM", dt.date(2024, 3, 12)),
        ("12/Mar/2024 16:15", dt.date(2024, 3, 12)),
        ("2024-03-12 16:15", dt.date(2024, 3, 12)),
        ("2024-03-12T16:15:00.000+0100", dt.date(2024, 3, 12)),
        ("2024-03-12T23:59:59Z", dt.date(2024, 3, 12)),
        ("12.03.2024 16:15", dt.date(2024, 3, 12)),
        ("12.03.24", dt.date(2024, 3, 12)),
        ("1/Dez/23 9:05 AM", dt.date(2023, 12, 1)),
        ("12/MAR/24 12:00 AM", dt.date(2024, 3, 12)),
        ("2024-03-12", dt.date(2024, 3, 12)),
        ("12/Mar/24 13:15 PM", None),
        ("31/Feb/24", None),
        ("12/Foo/24", None),
        ("2024-03-12 25:00", None),
        ("yesterday", None),
        ("", None),
    ],
)
def test_jira_date_formats(text: str, day: dt.date | None) -> None:
    assert jira.parse_date(text) == day


def test_files_without_a_header_or_utf8_are_skipped(tmp_path: Path) -> None:
    no_header = tmp_path / "sprint.csv"
    no_header.write_text("Key,Title\nPAY-1,Something\n", "utf-8")
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes(b"Issue key,Summary,Status\nCRM-1,Gr\xf6\xdfe,Done\n")

    report = jira.harvest([no_header, latin1, BAD_DATE])

    assert [(s.where, s.reason) for s in report.skipped[:2]] == [
        (str(no_header), "no_header"),
        (str(latin1), "not_utf8"),
    ]
    assert "offset 33" in report.skipped[1].detail
    assert [f.key for f in report.found] == ["WEB-1"]  # the other files are still read


def test_a_ten_megabyte_line_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "one_line.csv"
    path.write_text("Issue key,Summary\n" + "A," * 5_000_000 + "\n", "utf-8")

    started = time.monotonic()
    report = jira.harvest([path])

    assert time.monotonic() - started < 3
    assert report.skipped == [
        Skipped(str(path), "line_too_long", "line 2 is longer than 2000000 characters")
    ]
    assert report.found == []


def test_a_field_over_the_csv_limit_makes_the_file_malformed(tmp_path: Path) -> None:
    path = tmp_path / "big_field.csv"
    field = "\n".join(["x" * 1_000] * 200)  # 200 KB in short lines
    path.write_text(
        f'Issue key,Summary,Status,Resolved\nA-1,Fine,Done,2024-03-01\nA-2,"{field}",Done,\n',
        "utf-8",
    )

    report = jira.harvest([path])

    assert [f.key for f in report.found] == ["A-1"]
    assert [(s.reason, s.detail[:6]) for s in report.skipped] == [("malformed", "row 3:")]


def test_rows_beyond_the_cap_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jira, "MAX_ROWS", 3)
    path = tmp_path / "many.csv"
    rows = "".join(f"A-{n},Issue {n},Done,2024-03-01\n" for n in range(1, 6))
    path.write_text("Issue key,Summary,Status,Resolved\n\n" + rows, "utf-8")

    report = jira.harvest([path])

    assert [f.key for f in report.found] == ["A-1", "A-2", "A-3"]
    assert report.skipped == [
        Skipped(str(path), "too_many_rows", "more than 3 rows; from row 6 on nothing was read")
    ]
    assert report.read == 3


def test_rows_without_a_key_and_issues_in_two_files(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "Issue key,Summary,Status,Resolved\n,Orphan,Done,2024-03-01\n"
        "PAY-412,Invoice run v2 (copy),Done,2024-03-12\nPAY-9,Undated,Done,\n",
        "utf-8",
    )

    report = jira.harvest([ALL_FIELDS, path])

    assert [f.key for f in report.found] == [f.key for f in ALL_FIELDS_FOUND]
    assert report.skipped == [
        Skipped(str(path), "no_key", "row 2"),
        Skipped(str(path), "bad_date", "row 4: no date"),
    ]
    assert report.read == 10
