"""Whole-process timings of `careerjournal report` for the last 12 months of large journals.

Run by hand: `python benchmarks/bench_report.py [--sizes 10000 100000] [--runs 5]`.
Demo journals are generated once into benchmarks/.cache/ (git-ignored) and reused (shared with
bench_cli.py).

Each row is the median wall time of several fresh processes writing the report for the 12 months
up to today, next to the floor (`python -c "import sqlite3"`) and the time the summary builder
alone takes in-process (no renderer). Target at 100,000 entries: the PDF under 3 s on a 2-core
machine, the builder well under 1 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_cli import journal, median_seconds  # this folder is first on sys.path

CJ = [sys.executable, "-m", "careerjournal", "--database"]

BUILD_ONLY = """
import datetime as dt, statistics, sys, time
from careerjournal.services import Journal
from careerjournal.services.summary import SummaryOptions
start, end = dt.date.fromisoformat(sys.argv[2]), dt.date.fromisoformat(sys.argv[3])
with Journal.open(sys.argv[1]) as j:
    times = []
    for _ in range(int(sys.argv[4])):
        t = time.perf_counter()
        s = j.summary.build(SummaryOptions(start, end), end)
        times.append(time.perf_counter() - t)
print(statistics.median(times), len(s.candidates))
"""


def last_12_months(today: dt.date) -> tuple[dt.date, dt.date]:
    from careerjournal.services.summary import months_before

    return months_before(today, 12), today


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--formats", nargs="+", default=["pdf", "html", "md"])
    args = parser.parse_args()

    first, last = last_12_months(dt.date.today())
    period = ["--from", first.isoformat(), "--to", last.isoformat()]
    floor = median_seconds([sys.executable, "-c", "import sqlite3"], args.runs)
    rows = [("floor: python -c 'import sqlite3'", "-", floor, "")]
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            db = str(journal(size))
            build = subprocess.run(
                [sys.executable, "-c", BUILD_ONLY, db, *period[1::2], str(args.runs)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.split()
            seconds, entries = float(build[0]), int(build[1])
            note = f"{entries:,} entries in the period"
            rows.append(("summary builder alone (in-process)", f"{size:,}", seconds, note))
            for fmt in args.formats:
                target = Path(tmp) / f"report-{size}.{fmt}"
                cmd = [*CJ, db, "report", *period, "-o", str(target)]
                t = median_seconds(cmd, args.runs)
                note = f"{target.stat().st_size / 1e6:.1f} MB"
                pages = _pages(target) if fmt == "pdf" else None
                if pages:
                    note += f", {pages} pages"
                rows.append((f"careerjournal report -o x.{fmt} (12 months)", f"{size:,}", t, note))

    print(f"\n{'what':<44} {'entries':>9} {'median s':>9}  note")
    print("-" * 86)
    for what, size, seconds, note in rows:
        print(f"{what:<44} {size:>9} {seconds:>9.3f}  {note}")


def _pages(path: Path) -> int | None:
    try:
        import pypdf
    except ImportError:
        return None
    return len(pypdf.PdfReader(path).pages)


if __name__ == "__main__":
    main()
