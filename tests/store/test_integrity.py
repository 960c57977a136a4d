"""`check`: a sound journal is reported sound; a damaged one is described in plain words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from careerjournal.services import EntryDraft, Journal


def add_entries(journal: Journal) -> list[int]:
    return [
        journal.entries.add(EntryDraft(title=title, tags=tags)).id
        for title, tags in [
            ("Presented the roadmap to the board", ("leadership",)),
            ("Closed the incident review", ("ops", "writing")),
            ("Finished the Rust course", ()),
        ]
    ]


def test_sound_journal_checks_ok_with_notes(journal: Journal) -> None:
    add_entries(journal)
    report = journal.check()
    assert report.ok
    assert report.problems == []
    assert "The search index matches the journal." in report.notes
    if journal.store.is_sqlite:
        assert any("structure is intact" in n for n in report.notes)
        assert any("reference" in n for n in report.notes)
    else:
        assert any("postgresql" in n for n in report.notes)


def test_search_index_out_of_step_is_reported_and_repaired(journal: Journal) -> None:
    ids = add_entries(journal)
    victim = ids[1]
    sql = (
        "DELETE FROM entry_fts WHERE rowid = :id"
        if journal.store.is_sqlite
        else "DELETE FROM entry_search WHERE entry_id = :id"
    )
    with journal.store.engine.begin() as con:
        assert con.execute(text(sql), {"id": victim}).rowcount == 1
    assert journal.entries.search("incident") == []

    report = journal.check()
    assert not report.ok
    assert len(report.problems) == 1
    assert "search index" in report.problems[0]
    assert "for 1 entry (" in report.problems[0]

    journal.repair_search_index()
    assert journal.check().ok
    assert [r.id for r in journal.entries.search("incident")] == [victim]
    assert [r.id for r in journal.entries.search("writing")] == [victim]
    assert [r.id for r in journal.entries.search("leadership")] == [ids[0]]


@pytest.mark.sqlite_only
def test_search_rows_without_an_entry_are_reported(sqlite_journal: Journal) -> None:
    add_entries(sqlite_journal)
    with sqlite_journal.store.engine.begin() as con:
        con.execute(
            text(
                "INSERT INTO entry_fts(rowid, title, body, tags, result) "
                "VALUES (999, 'x', '', '', '')"
            )
        )
    report = sqlite_journal.check()
    assert [p for p in report.problems if "search index" in p] == [
        "The search index is out of step with the journal for 1 entry "
        "(run `careerjournal check --repair` to rebuild it)."
    ]
    sqlite_journal.repair_search_index()
    assert sqlite_journal.check().ok


def test_broken_reference_is_reported_in_plain_words(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        add_entries(journal)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = OFF")
        rowid = con.execute(
            "INSERT INTO evidence_link (entry_id, position, url, label) "
            "VALUES (4242, 0, 'https://example.org/cert', 'certificate')"
        ).lastrowid
        con.commit()
    finally:
        con.close()

    with Journal.open(path) as journal:
        report = journal.check()
    assert not report.ok
    assert report.problems == [f"Row {rowid} of evidence_link points to a missing row in entry."]


def test_damaged_structure_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        add_entries(journal)
    # Make an index disagree with its table: redefine it behind SQLite's back.
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA writable_schema = ON")
        con.execute(
            "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_entry_occurred_on ON entry (title)' "
            "WHERE name = 'ix_entry_occurred_on'"
        )
        con.commit()
    finally:
        con.close()

    with Journal.open(path) as journal:
        report = journal.check()
    assert not report.ok
    assert report.problems
    assert all(p.startswith("Database structure: ") for p in report.problems)
    assert any("ix_entry_occurred_on" in p for p in report.problems)
