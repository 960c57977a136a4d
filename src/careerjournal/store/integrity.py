"""`check`: integrity and foreign-key checks, and the search index, in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import text

from . import search

if TYPE_CHECKING:
    from .engine import Store


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(store: Store) -> CheckReport:
    report = CheckReport()
    with store.read() as session:
        if store.is_sqlite:
            rows = [r[0] for r in session.execute(text("PRAGMA integrity_check")).all()]
            if rows != ["ok"]:
                report.problems.extend(f"Database structure: {r}" for r in rows[:20])
            else:
                report.notes.append("Database structure is intact (SQLite integrity check).")
            fk = session.execute(text("PRAGMA foreign_key_check")).all()
            if fk:
                for table, rowid, parent, _ in fk[:20]:
                    report.problems.append(
                        f"Row {rowid} of {table} points to a missing row in {parent}."
                    )
            else:
                report.notes.append("Every reference between records points to a record.")
        else:
            report.notes.append(
                f"{store.dialect} checks its own structure; references are enforced."
            )
        mismatches = search.index_mismatches(session)
        if mismatches:
            report.problems.append(
                f"The search index is out of step with the journal for {mismatches:,} "
                f"{'entry' if mismatches == 1 else 'entries'} "
                "(run `careerjournal check --repair` to rebuild it)."
            )
        else:
            report.notes.append("The search index matches the journal.")
    return report


def repair_search_index(store: Store) -> None:
    with store.write() as session:
        search.rebuild(session)
