"""What harvesting git costs: a first run over a large repository, and a rescan with nothing new.

Run by hand: `python benchmarks/bench_harvest_git.py [--commits 100000] [--runs 3] [--repo PATH]`.
A repository is generated with `git fast-import` (commits by three authors over five years, a pull
request merged now and then, release tags) into a temporary folder, or into `--repo PATH` to keep
and reuse it. The table gives the median time of each run and the candidates the first one found.
Targets: a first run under 10 s, a rescan with nothing new well under 0.5 s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from careerjournal.harvest.git import harvest

PEOPLE = (
    ("Ann Example", "me@work.example"),
    ("Bob Other", "bob@example.org"),
    ("Cy Third", "cy@example.org"),
)
START = int(dt.datetime(2019, 1, 7, 9, tzinfo=dt.UTC).timestamp())
SPAN = 5 * 365 * 86400
SUBJECTS = (
    "Fix the rounding of monthly totals in the ledger export",
    "feat(ledger): add a CSV export of balances",
    "fix(api): reject negative amounts",
    "Refactor the session handling",
    "wip",
    "Update dependencies",
)
BRANCH = 40  # commits on each pull request's branch
EVERY = 5000  # a pull request merged every so many commits on main


def _data(text: str) -> str:
    return f"data {len(text.encode())}\n{text}\n"


def _commit(ref: str, mark: int, n: int, stamp: int, message: str, extra: str = "") -> str:
    name, email = PEOPLE[n % len(PEOPLE)]
    who = f"{name} <{email}> {stamp} +0000"
    return f"commit {ref}\nmark :{mark}\nauthor {who}\ncommitter {who}\n{_data(message)}{extra}"


def stream(commits: int) -> Iterator[str]:
    """A fast-import stream: `commits` commits in all, pull requests merged and tags on main."""
    step = SPAN // commits
    mark = main = 0
    prs = 0
    while mark < commits:
        mark += 1
        stamp = START + mark * step
        if mark % EVERY == 0 and mark + BRANCH + 1 <= commits:
            prs += 1
            yield f"reset refs/heads/pr-{prs}\nfrom :{main}\n"
            for i in range(BRANCH):
                yield _commit(f"refs/heads/pr-{prs}", mark, i, stamp + i, f"Step {i} of {prs}")
                mark += 1
            message = f"Merge pull request #{prs} from me/pr-{prs}\n\nFeature number {prs}"
            extra = f"from :{main}\nmerge :{mark - 1}\n"
            yield _commit("refs/heads/main", mark, 1, stamp + BRANCH, message, extra)
            who = f"{PEOPLE[0][0]} <{PEOPLE[0][1]}> {stamp + BRANCH} +0000"
            yield f"tag v{prs}.0.0\nfrom :{mark}\ntagger {who}\n{_data(f'Release {prs}')}"
        else:
            extra = f"from :{main}\n" if main and main != mark - 1 else ""
            yield _commit("refs/heads/main", mark, mark, stamp, SUBJECTS[mark % 6], extra)
        main = mark


def generate(path: Path, commits: int) -> None:
    path.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True, env=env)
    feed = subprocess.Popen(
        ["git", "-C", str(path), "fast-import", "--quiet"], stdin=subprocess.PIPE, env=env
    )
    assert feed.stdin is not None
    for part in stream(commits):
        feed.stdin.write(part.encode())
    feed.stdin.close()
    if feed.wait() != 0:
        raise SystemExit("git fast-import failed")


def measure(repo: Path, runs: int) -> tuple[float, float, int, int]:
    """Median seconds of a first run and of a rescan with nothing new; candidates; commits."""
    firsts, rescans = [], []
    found = read = 0
    for _ in range(runs):
        t = time.perf_counter()
        report = harvest([repo], [PEOPLE[0][1]])
        firsts.append(time.perf_counter() - t)
        found, read = len(report.found), report.read
        t = time.perf_counter()
        again = harvest([repo], [PEOPLE[0][1]], states=report.states)
        rescans.append(time.perf_counter() - t)
        if again.read or again.found:
            raise SystemExit("the rescan read something: the state did not hold")
    return statistics.median(firsts), statistics.median(rescans), found, read


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--commits", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repo", type=Path, help="where to generate (or reuse) the repository")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        repo = args.repo or Path(tmp) / "big"
        if not (repo / ".git").exists():
            t = time.perf_counter()
            generate(repo, args.commits)
            print(f"generated {repo} in {time.perf_counter() - t:.1f} s")
        first, rescan, found, read = measure(repo, args.runs)
    print(f"repository: {read:,} commits, median of {args.runs} runs\n")
    print("| run | time (s) | candidates |")
    print("|---|---:|---:|")
    print(f"| first harvest | {first:.2f} | {found:,} |")
    print(f"| rescan, nothing new | {rescan:.3f} | 0 |")


if __name__ == "__main__":
    main()
