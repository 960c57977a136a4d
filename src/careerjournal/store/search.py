"""Full-text search over entries: SQLite FTS5, or PostgreSQL's tsvector, with the same query rules.

A query is split into words; every word must match as a word prefix on both backends, so
search-as-you-type finds "kubernetes" from "kube". Words match title, body, tags and measurable
result; trashed entries are left out unless asked for.
"""

from __future__ import annotations

import re

from sqlalchemy import TextClause, text
from sqlalchemy.orm import Session

_WORD = re.compile(r"[^\W_]+")


def words(query: str) -> list[str]:
    """The words of a query as both backends tokenise them (letters and digits, lower case)."""
    return [w.lower() for w in _WORD.findall(query)]


def _sqlite_match(terms: list[str]) -> str:
    return " AND ".join(f'"{t}"*' for t in terms)


# The accents PostgreSQL's index folds (see cj_search_fold in the first migration); SQLite's
# unicode61 tokenizer folds these and more by itself.
_FOLD = str.maketrans(
    "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž",
    "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz",
)


def _postgres_query(terms: list[str]) -> str:
    return " & ".join(f"{t.translate(_FOLD)}:*" for t in terms)


def search_ids(
    session: Session, query: str, *, limit: int | None = None, include_trashed: bool = False
) -> list[int]:
    """Ids of matching entries, best match first (ties: newest first)."""
    terms = words(query)
    if not terms:
        return []
    dialect = session.get_bind().dialect.name
    trash = "" if include_trashed else "AND e.trashed_at IS NULL"
    lim = "" if limit is None else f"LIMIT {int(limit)}"
    if dialect == "sqlite":
        sql = (
            "SELECT e.id FROM entry_fts f JOIN entry e ON e.id = f.rowid "
            f"WHERE entry_fts MATCH :q {trash} ORDER BY f.rank, e.occurred_on DESC, e.id DESC {lim}"
        )
        params = {"q": _sqlite_match(terms)}
    elif dialect == "postgresql":
        sql = (
            "SELECT e.id FROM entry_search s JOIN entry e ON e.id = s.entry_id "
            f"WHERE s.document @@ to_tsquery('simple', :q) {trash} "
            "ORDER BY ts_rank(s.document, to_tsquery('simple', :q)) DESC, "
            f"e.occurred_on DESC, e.id DESC {lim}"
        )
        params = {"q": _postgres_query(terms)}
    else:  # pragma: no cover - only SQLite and PostgreSQL are supported
        raise ValueError(f"full-text search is not available on {dialect}")
    return [row[0] for row in session.execute(text(sql), params)]


def rebuild(session: Session) -> None:
    """Recompute the whole index from the entries (used by `check --repair` and after imports)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        session.execute(text("DELETE FROM entry_fts"))
        session.execute(
            text(
                "INSERT INTO entry_fts(rowid, title, body, tags, result) "
                "SELECT e.id, e.title, e.body, coalesce((SELECT group_concat(t.name, ' ') "
                "FROM entry_tag et JOIN tag t ON t.id = et.tag_id WHERE et.entry_id = e.id), ''), "
                "e.measurable_result FROM entry e"
            )
        )
    elif dialect == "postgresql":
        session.execute(text("SELECT cj_entry_search_refresh(id) FROM entry"))


def index_mismatches(session: Session) -> int:
    """How many entries are missing from the index, or indexed without existing."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        table, key = "entry_fts", "rowid"
    elif dialect == "postgresql":
        table, key = "entry_search", "entry_id"
    else:  # pragma: no cover
        return 0
    missing = session.execute(
        text(
            f"SELECT count(*) FROM entry e "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table} x WHERE x.{key} = e.id)"
        )
    ).scalar_one()
    orphans = session.execute(
        text(
            f"SELECT count(*) FROM {table} x "
            f"WHERE NOT EXISTS (SELECT 1 FROM entry e WHERE e.id = x.{key})"
        )
    ).scalar_one()
    return int(missing) + int(orphans)


def matching_ids(dialect: str, query: str) -> TextClause | None:
    """Ids of entries matching `query`, for `Entry.id.in_(...)`; None if it has no words."""
    terms = words(query)
    if not terms:
        return None
    if dialect == "sqlite":
        return text("SELECT rowid FROM entry_fts WHERE entry_fts MATCH :fts_q").bindparams(
            fts_q=_sqlite_match(terms)
        )
    return text(
        "SELECT entry_id FROM entry_search WHERE document @@ to_tsquery('simple', :fts_q)"
    ).bindparams(fts_q=_postgres_query(terms))
