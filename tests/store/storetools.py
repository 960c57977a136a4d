"""Helpers shared by the store's tests (imported by name: tests have no packages)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class FileSnapshot:
    """A file's bytes and modification time, and what else is in its folder."""

    data: bytes
    mtime_ns: int
    neighbours: tuple[str, ...]

    @classmethod
    def of(cls, path: Path) -> FileSnapshot:
        return cls(
            path.read_bytes(),
            path.stat().st_mtime_ns,
            tuple(sorted(p.name for p in path.parent.iterdir())),
        )


def side_files(path: Path) -> list[str]:
    """The SQLite side files (-wal, -shm, -journal) present next to `path`."""
    return [
        path.name + s
        for s in ("-wal", "-shm", "-journal")
        if path.with_name(path.name + s).exists()
    ]


def sqlite_tables(path: Path) -> set[str]:
    """Table names of an SQLite file (not SQLite's own), read without creating side files."""
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        rows = con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {r[0] for r in rows if not r[0].startswith("sqlite_")}
    finally:
        con.close()
