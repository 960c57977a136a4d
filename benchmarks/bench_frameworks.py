"""What progression frameworks cost: import, re-import, the rubric, the promotion goal, suggestions.

Run by hand: `python benchmarks/bench_frameworks.py [--entries 1500 100000] [--runs 5]`.
A demo journal of each size is generated into benchmarks/.cache/ and copied; the largest bundled
framework (Monzo web, 165 criteria) is imported into it, a third of its criteria get evidence
(up to 20 entries each) and two assessments, and each step is timed (median of the runs).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import insert, select

from careerjournal.domain import CriterionAssessment, Demonstration, Entry, criterion_evidence
from careerjournal.services import Journal
from careerjournal.services.frameworks import bundled_files

CACHE = Path(__file__).with_name(".cache")


def sample(entries: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"frameworks-{entries}.sqlite3"
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "careerjournal",
                "--database",
                str(path),
                "demo",
                "--entries",
                str(entries),
                "--force",
            ],
            check=True,
            capture_output=True,
        )
    return path


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def evidence(j: Journal, framework_id: int) -> int:
    """Link a third of the criteria to up to 20 entries each, with two assessments; bulk SQL."""
    criteria = [c.id for c in j.rubric.criteria(framework_id=framework_id)][::3]
    with j.store.write() as session:
        ids = list(session.scalars(select(Entry.id).order_by(Entry.id).limit(20 * len(criteria))))
        links = [
            {"criterion_id": c, "entry_id": ids[(i * 20 + k) % len(ids)]}
            for i, c in enumerate(criteria)
            for k in range(20)
        ]
        session.execute(
            insert(criterion_evidence), [dict(t) for t in {tuple(d.items()) for d in links}]
        )
        day = dt.date.today() - dt.timedelta(days=200)
        session.execute(
            insert(CriterionAssessment),
            [
                {
                    "criterion_id": c,
                    "assessed_on": day + dt.timedelta(days=n * 90 + i % 30),
                    "status": s,
                    "note": "",
                }
                for i, c in enumerate(criteria)
                for n, s in enumerate((Demonstration.SOMETIMES, Demonstration.CONSISTENTLY))
            ],
        )
    return len(links)


def measure(base: Path, runs: int) -> list[tuple[str, float]]:
    web = next(p for p in bundled_files() if p.stem == "monzo-web")
    rows: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "j.sqlite3"
        shutil.copy(base, path)
        with Journal.open(path) as j:
            start = time.perf_counter()
            outcome = j.frameworks.import_file(web)
            rows.append(("first import (165 criteria)", time.perf_counter() - start))
            rows.append(
                ("re-import, unchanged", timed(lambda: j.frameworks.import_file(web), runs))
            )
            fid = outcome.framework.id
            j.frameworks.use(fid)  # a demo journal may follow another framework already
            evidence(j, fid)
            rows.append(
                ("rubric (current + next level)", timed(lambda: j.rubric.rubric(level=3), runs))
            )
            rows.append(
                (
                    "rubric, every level in turn",
                    timed(lambda: [j.rubric.rubric(level=n) for n in range(1, 7)], runs),
                )
            )
            text = "Paired with a new teammate on the design review of the payments API"
            rows.append(
                ("suggest criteria for an entry", timed(lambda: j.rubric.suggest(text), runs))
            )
            goal = j.rubric.make_goal(title="Reach level 4", target=4)
            rows.append(("promotion goal progress", timed(lambda: j.goals.progress(goal), runs)))
            criterion = j.rubric.criteria(level=4)[0].id
            rows.append(
                (
                    "assess + undo",
                    timed(
                        lambda: (j.rubric.assess(criterion, "sometimes"), j.history.undo()), runs
                    ),
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, nargs="+", default=[1500])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results = {n: measure(sample(n), args.runs) for n in args.entries}
    names = [name for name, _ in results[args.entries[0]]]
    print(f"median of {args.runs} runs, milliseconds")
    print(f"{'step':34}" + "".join(f"{f'{n:,} entries':>18}" for n in args.entries))
    for i, name in enumerate(names):
        print(f"{name:34}" + "".join(f"{results[n][i][1] * 1000:>18.1f}" for n in args.entries))


if __name__ == "__main__":
    main()
