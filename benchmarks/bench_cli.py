"""Whole-process timings of `careerjournal search` and `careerjournal list --from/--to`.

Run by hand: `python benchmarks/bench_cli.py [--sizes 10000 100000] [--runs 7] [--word migration]`.
Demo journals are generated once into benchmarks/.cache/ (git-ignored) and reused.

Each row is the median wall time of several runs of a fresh process, next to two baselines
measured in the same run: the floor (`python -c "import sqlite3"`) and a bare script that imports
SQLAlchemy's ORM and runs the same full-text query. Targets at 100,000 entries: search under 0.4 s
and within 1.5x the bare script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

CACHE = Path(__file__).with_name(".cache")

BARE_SEARCH = """
import sys
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session
engine = create_engine("sqlite:///" + sys.argv[1])
with Session(engine) as s:
    rows = s.execute(text(
        "SELECT e.id, e.occurred_on, e.kind, e.title "
        "FROM entry_fts f JOIN entry e ON e.id = f.rowid "
        "WHERE entry_fts MATCH :q AND e.trashed_at IS NULL ORDER BY f.rank LIMIT 50"),
        {"q": '"' + sys.argv[2] + '"*'}).all()
for r in rows:
    print(r.id, r.occurred_on, r.kind, r.title)
"""


def journal(size: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{size}.sqlite3"
    if not path.exists():
        print(f"generating a {size:,}-entry demo journal ...", file=sys.stderr)
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "careerjournal",
                "--database",
                str(path),
                "demo",
                "--entries",
                str(size),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        print(f"  done in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return path


def median_seconds(cmd: list[str], runs: int) -> float:
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # warm the page cache
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--word", default="migration")
    args = parser.parse_args()

    cj = [sys.executable, "-m", "careerjournal", "--database"]
    floor = median_seconds([sys.executable, "-c", "import sqlite3"], args.runs)
    rows = [("floor: python -c 'import sqlite3'", "-", floor, "")]
    for size in args.sizes:
        db = journal(size)
        last = dt.date.today()
        first = last - dt.timedelta(days=90)
        bare = median_seconds([sys.executable, "-c", BARE_SEARCH, str(db), args.word], args.runs)
        search = median_seconds([*cj, str(db), "search", args.word], args.runs)
        listed = median_seconds(
            [*cj, str(db), "list", "--from", first.isoformat(), "--to", last.isoformat()], args.runs
        )
        rows += [
            ("bare SQLAlchemy ORM + FTS query", f"{size:,}", bare, ""),
            (
                f"careerjournal search {args.word}",
                f"{size:,}",
                search,
                f"{search / bare:.2f}x bare",
            ),
            ("careerjournal list --from/--to (90 days)", f"{size:,}", listed, ""),
        ]

    print(f"\n{'what':<44} {'entries':>9} {'median s':>9}  note")
    print("-" * 78)
    for what, size, seconds, note in rows:
        print(f"{what:<44} {size:>9} {seconds:>9.3f}  {note}")


if __name__ == "__main__":
    main()
