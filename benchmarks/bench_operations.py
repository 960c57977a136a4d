"""What an operation costs: transactions per user action, rows logged, time to do and to undo.

Run by hand: `python benchmarks/bench_operations.py [--entries 1500] [--runs 30]`.
A demo journal of the given size is generated into benchmarks/.cache/ and copied per run.

For each user action the table prints how many write transactions it took (one is the target: one
action, one transaction, one undo step), how many rows its log entry holds, its median time, and the
median time of its undo. The log's size on disk is printed at the end.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import event

from careerjournal.services import (
    AssessmentDraft,
    EntryDraft,
    GoalDraft,
    Journal,
    MilestoneDraft,
)

CACHE = Path(__file__).with_name(".cache")


def sample(entries: int) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"ops-{entries}.sqlite3"
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


def actions(j: Journal) -> dict[str, Callable[[], object]]:
    band = j.skills.bands()[0]
    skill = band.skills[0]
    goal = j.goals.list()[0]
    entry = j.entries.list()[-1]
    milestones = [m.id for m in goal.milestones[:2]]
    return {
        "add entry": lambda: j.entries.add(EntryDraft("Benchmark", tags=("bench",))),
        "add entry + level + 2 links": lambda: j.entries.add(
            EntryDraft("Benchmark 2", tags=("bench",)),
            assessment=AssessmentDraft(skill.id, 3),
            link_milestones=milestones,
        ),
        "edit entry": lambda: j.entries.update(
            entry.id,
            EntryDraft("Edited", tags=("x",)),
            expected_version=j.entries.get(entry.id).version,
        ),
        "trash 100 entries": lambda: j.entries.trash([e.id for e in j.entries.list()[:100]]),
        "add goal + 3 milestones": lambda: j.goals.add(
            GoalDraft("Bench goal"), [MilestoneDraft("a"), MilestoneDraft("b"), MilestoneDraft("c")]
        ),
        "delete goal": lambda: j.goals.delete(
            goal.id, expected_version=j.goals.get(goal.id).version
        ),
        "delete band": lambda: j.skills.delete_band(
            band.id, expected_version=j.skills.get_band(band.id).version
        ),
    }


def _once(path: Path, name: str) -> tuple[int, int, float, float]:
    with Journal.open(path) as j:
        action = actions(j)[name]
        commits = [0]

        def on_commit(*_: object) -> None:
            commits[0] += 1

        event.listen(j.store.engine, "commit", on_commit)
        t = time.perf_counter()
        action()
        done = time.perf_counter() - t
        transactions = commits[0]
        last = j.history.last
        t = time.perf_counter()
        j.history.undo()
        undone = time.perf_counter() - t
    return transactions, 0 if last is None else len(last.changes), done, undone


def measure(base: Path, runs: int) -> list[tuple[str, int, int, float, float]]:
    with Journal.open(base) as j:
        names = list(actions(j))
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            results = []
            for run in range(runs):
                path = Path(tmp) / f"{run}.sqlite3"
                shutil.copyfile(base, path)
                results.append(_once(path, name))
                path.unlink()
            commits, logged = results[0][0], results[0][1]
            do = statistics.median(r[2] for r in results)
            undo = statistics.median(r[3] for r in results)
            table.append((name, commits, logged, do, undo))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=1500)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    base = sample(args.entries)
    rows = measure(base, args.runs)
    print(f"journal: {args.entries:,} entries, median of {args.runs} runs")
    print(f"{'action':32} {'transactions':>12} {'rows logged':>11} {'do (ms)':>8} {'undo (ms)':>9}")
    for name, commits, logged, do, undo in rows:
        print(f"{name:32} {commits:>12} {logged:>11} {do * 1000:>8.1f} {undo * 1000:>9.1f}")


if __name__ == "__main__":
    main()
