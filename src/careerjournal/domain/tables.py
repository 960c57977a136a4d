"""A mapped model's Table, typed as one.

SQLAlchemy types a model's `__table__` as any FROM clause, which has no `insert()`, `update()` or
`delete()` and is refused where a Table is expected; every mapped model here has a real Table.
"""

from __future__ import annotations

from sqlalchemy import Table

from .models import Base


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    if not isinstance(table, Table):  # pragma: no cover - every model here maps one table
        raise TypeError(f"{model.__name__} is not mapped to a single table")
    return table
