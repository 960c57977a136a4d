"""A writer killed at any moment loses nothing it reported saved, and leaves a sound journal."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from careerjournal.services import Journal

CHILD = Path(__file__).with_name("crash_child.py")
ROUNDS = 22
SEED = 1789


def parse(lines: list[str], round_no: int, saved: dict[int, str]) -> None:
    """Record the entries a child reported committed, with the title each was given."""
    for line in lines:
        entry_id, n = (int(x) for x in line.split())
        assert entry_id not in saved, f"id {entry_id} reported twice"
        saved[entry_id] = f"Round {round_no} entry {n}"


def start_writer(path: Path, round_no: int) -> subprocess.Popen[str]:
    """A writer that has done its imports and waits to be told to open the journal."""
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(round_no)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_round(proc: subprocess.Popen[str], round_no: int, saved: dict[int, str]) -> str:
    """Let a writer go, kill it at a moment this round's seed picks; returns which moment."""
    rng = random.Random(SEED * 1000 + round_no)
    # Round 0 creates the journal: kill it while opening, to cut the first migration short.
    early = round_no == 0 or rng.random() < 0.2
    wanted = rng.randint(0, 25)
    pause = rng.choice([0.0, rng.uniform(0.0, 0.003), rng.uniform(0.0, 0.03)])
    lines: list[str] = []
    how = "early" if early else f"after {wanted} + {pause * 1000:.1f} ms"
    try:
        assert proc.stdin is not None
        assert proc.stdout is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
        if proc.stdout.readline() == "opening\n":
            if early:
                # While opening: checking the schema, migrating, connecting; or the first entry.
                time.sleep(rng.uniform(0.0, 0.1))
            elif proc.stdout.readline() == "ready\n":
                while len(lines) < wanted and (line := proc.stdout.readline()):
                    lines.append(line)
                time.sleep(pause)
    finally:
        proc.kill()  # SIGKILL: no clean-up of any kind in the child
        rest, err = proc.communicate(timeout=30)
    # Killed by us, not dead of an error of its own.
    assert proc.returncode == -signal.SIGKILL, err
    assert early or len(lines) == wanted
    # Whatever it printed before dying was committed too.
    lines += [line for line in rest.splitlines(keepends=True) if line[0].isdigit()]
    assert all(line.endswith("\n") for line in lines), lines
    parse(lines, round_no, saved)
    return how


@pytest.mark.slow
def test_killed_writers_lose_no_committed_entry(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    saved: dict[int, str] = {}
    kinds = []
    writer = start_writer(path, 0)
    try:
        for n in range(ROUNDS):
            current = writer
            # The next writer imports meanwhile; it opens the journal only once this one is dead.
            if n + 1 < ROUNDS:
                writer = start_writer(path, n + 1)
            kinds.append(run_round(current, n, saved))
    finally:
        if writer.returncode is None:  # the loop stopped early: a writer is still waiting
            writer.kill()
            writer.communicate(timeout=30)
    assert any(k == "early" for k in kinds)
    assert any(k.endswith("+ 0.0 ms") for k in kinds)
    assert len(saved) > 2 * ROUNDS

    with Journal.open(path) as journal:
        report = journal.check()
        assert report.ok, report.problems
        ids = sorted(saved)
        found = journal.entries.get_many(ids)
        assert [r.id for r in found] == ids
        assert all(r.title == saved[r.id] for r in found)
        # Tagged entries and the search index survived together.
        assert journal.entries.search("crash", limit=None) != []
