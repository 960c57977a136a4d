"""Rows of the journal as plain JSON values: read, compared and written back by table and key.

The operation log stores what an operation changed as the rows before and after it, encoded here.
Everything is driven by the schema (`Base.metadata`), so a new column or table needs no code here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from enum import Enum as PyEnum
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Enum,
    Numeric,
    Table,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from ..domain.models import Base

#: The log's own tables: never captured, never restored.
LOG_TABLES = frozenset({"operation", "operation_change"})
#: An encrypted journal's own keys and sealed-entry receipts: about the file, not the career.
PRIVATE_TABLES = frozenset({"journal_secret", "sealed_receipt"})
#: Computed from entries (vectors for search by meaning): made again, never undone or restored.
DERIVED_TABLES = frozenset({"entry_vector"})
#: Rows read per query: below SQLite's limit on bound parameters.
CHUNK = 900

Row = dict[str, Any]  # a row as JSON values, by column name
RowKey = tuple[str, str]  # (table name, JSON list of primary-key values)


@cache
def data_tables() -> tuple[Table, ...]:
    """The journal's tables, parents before children (the order to insert in)."""
    skip = LOG_TABLES | PRIVATE_TABLES | DERIVED_TABLES
    return tuple(t for t in Base.metadata.sorted_tables if t.name not in skip)


@cache
def table_order() -> dict[str, int]:
    return {t.name: i for i, t in enumerate(data_tables())}


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def _pk(t: Table) -> list[Column[Any]]:
    return list(t.primary_key.columns)


def key_of(t: Table, row: Mapping[Any, Any]) -> RowKey:
    return (t.name, json.dumps([row[c.name] for c in _pk(t)]))


def key_values(key: RowKey) -> list[Any]:
    values: list[Any] = json.loads(key[1])
    return values


def encode(t: Table, row: Mapping[Any, Any]) -> Row:
    """A row read through SQLAlchemy as JSON values (dates as ISO text, enums as their value)."""
    out: Row = {}
    for c in t.columns:
        value = row[c.name]
        if isinstance(value, PyEnum):
            value = value.value
        elif isinstance(value, dt.date):  # datetime too
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        out[c.name] = value
    return out


def decode(t: Table, data: Mapping[str, Any]) -> dict[str, Any]:
    """The values to write back, typed as the columns expect."""
    out: dict[str, Any] = {}
    for c in t.columns:
        if c.name not in data:
            continue
        value = data[c.name]
        if value is not None:
            kind = c.type
            if isinstance(kind, DateTime):
                value = dt.datetime.fromisoformat(value)
            elif isinstance(kind, Date):
                value = dt.date.fromisoformat(value)
            elif isinstance(kind, Enum) and kind.enum_class is not None:
                value = kind.enum_class(value)
            elif isinstance(kind, Numeric) and kind.asdecimal and not isinstance(kind, JSON):
                value = Decimal(str(value))
        out[c.name] = value
    return out


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def rows_where(session: Session, t: Table, clause: ColumnElement[bool]) -> dict[RowKey, Row]:
    found: dict[RowKey, Row] = {}
    for row in session.execute(select(t).where(clause)).mappings():
        found[key_of(t, row)] = encode(t, row)
    return found


def rows_in(
    session: Session, t: Table, column: Column[Any], values: Iterable[Any]
) -> dict[RowKey, Row]:
    wanted = sorted(set(values))
    found: dict[RowKey, Row] = {}
    for chunk in _chunks(wanted):
        found.update(rows_where(session, t, column.in_(chunk)))
    return found


def rows_by_key(session: Session, keys: Iterable[RowKey]) -> dict[RowKey, Row | None]:
    """The current rows at these keys; None where there is none."""
    by_table: dict[str, list[RowKey]] = {}
    for key in keys:
        by_table.setdefault(key[0], []).append(key)
    out: dict[RowKey, Row | None] = {}
    for name, wanted in by_table.items():
        t = table(name)
        pk = _pk(t)
        if len(pk) == 1:
            found = rows_in(session, t, pk[0], (key_values(k)[0] for k in wanted))
        else:
            found = {}
            for key in wanted:
                values = key_values(key)
                clause = pk[0] == values[0]
                for c, v in zip(pk[1:], values[1:], strict=True):
                    clause = clause & (c == v)
                found.update(rows_where(session, t, clause))
        for key in wanted:
            out[key] = found.get(key)
    return out


@cache
def _children(name: str) -> tuple[tuple[Table, Column[Any], bool], ...]:
    """Tables whose rows point at `name`: (table, column, deleted with it?)."""
    found = []
    for t in data_tables():
        for fk in t.foreign_keys:
            if fk.column.table.name == name:
                found.append((t, fk.parent, (fk.ondelete or "").upper() == "CASCADE"))
    return tuple(found)


def _is_link_table(t: Table) -> bool:
    """A table that only links two others (its key is its foreign keys): entry_tag and the like."""
    return len(_pk(t)) > 1


def closure(
    session: Session, name: str, ids: Iterable[int], *, deep: bool, parents: bool = True
) -> dict[RowKey, Row]:
    """The rows of `name` with these ids and, when `deep`, every row that goes with them.

    What goes with a row: rows deleted with it (ON DELETE CASCADE), recursively; rows that point
    at it and lose that pointer when it goes (SET NULL), but not their own dependants; and, for a
    link table such as entry_tag, the row at its other end (the tag, deleted when unused) when
    `parents` (only before a change: a row newly linked to existed before, unchanged).
    """
    out: dict[RowKey, Row] = {}
    frontier: list[tuple[Table, list[int]]] = [(table(name), sorted(set(ids)))]
    while frontier:
        t, wanted = frontier.pop()
        if not wanted:
            continue
        out.update(rows_in(session, t, _pk(t)[0], wanted))
        if not deep:
            continue
        for child, column, cascade in _children(t.name):
            rows = rows_in(session, child, column, wanted)
            out.update(rows)
            if _is_link_table(child) and parents:
                for fk in child.foreign_keys:
                    if fk.parent is column:
                        continue
                    ends = {r[fk.parent.name] for r in rows.values()}
                    out.update(rows_in(session, fk.column.table, fk.column, ends))
            elif cascade and not _is_link_table(child):
                pk = _pk(child)[0].name
                frontier.append((child, [r[pk] for r in rows.values()]))
    return out


def write(
    session: Session, targets: Mapping[RowKey, Row | None], current: Mapping[RowKey, Row | None]
) -> None:
    """Make each row at `targets` what it says (None: no row): parents first, deletes last-first."""
    order = table_order()
    deletes = [k for k, row in targets.items() if row is None and current.get(k) is not None]
    for key in sorted(deletes, key=lambda k: -order[k[0]]):
        t = table(key[0])
        clause = None
        for c, v in zip(_pk(t), key_values(key), strict=True):
            clause = (c == v) if clause is None else clause & (c == v)
        session.execute(delete(t).where(clause))  # type: ignore[arg-type]
    writes = [k for k, row in targets.items() if row is not None and row != current.get(k)]
    for key in sorted(writes, key=lambda k: order[k[0]]):
        t = table(key[0])
        values = decode(t, targets[key])  # type: ignore[arg-type]
        if current.get(key) is None:
            session.execute(insert(t).values(**values))
        else:
            clause = None
            for c, v in zip(_pk(t), key_values(key), strict=True):
                clause = (c == v) if clause is None else clause & (c == v)
            session.execute(sql_update(t).where(clause).values(**values))  # type: ignore[arg-type]


def highest_ids(session: Session) -> dict[str, int]:
    """Each table's highest id (tables keyed by one integer)."""
    found = {}
    for t in data_tables():
        pk = _pk(t)
        if len(pk) == 1:
            found[t.name] = int(session.scalar(select(func.max(pk[0]))) or 0)
    return found


def rows_above(session: Session, highest: Mapping[str, int]) -> dict[RowKey, Row]:
    """Rows added since `highest_ids`: ids above those, and link rows pointing at such rows."""
    out: dict[RowKey, Row] = {}
    for t in data_tables():
        pk = _pk(t)
        if len(pk) == 1:
            out.update(rows_where(session, t, pk[0] > highest.get(t.name, 0)))
            continue
        clauses = [
            fk.parent > highest[fk.column.table.name]
            for fk in t.foreign_keys
            if fk.column.table.name in highest
        ]
        if clauses:
            out.update(rows_where(session, t, or_(*clauses)))
    return out


def everything(session: Session) -> dict[RowKey, Row]:
    """Every row of the journal (for checking captures in tests; slow on a big journal)."""
    out: dict[RowKey, Row] = {}
    tables = data_tables()
    # One round trip finds the tables that hold rows; only those are read.
    probes = [
        select(literal(i).label("i")).select_from(t).limit(1).subquery().select()
        for i, t in enumerate(tables)
    ]
    filled = {row[0] for row in session.execute(union_all(*probes))}
    for i, t in enumerate(tables):
        if i in filled:
            for row in session.execute(select(t)).mappings():
                out[key_of(t, row)] = encode(t, row)
    return out
