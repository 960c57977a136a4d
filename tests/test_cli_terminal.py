"""What the command line does differently on a terminal: `list` shows a page, `demo` shows its
progress. Each runs as a real process with a pseudo-terminal as stdout or stderr; the same
commands into pipes run in-process."""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal
from cli_run import run_cli

ENTRIES = 60  # more than the page of 50


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("terminal") / "journal.sqlite3"
    with Journal.open(path) as journal:
        start = dt.date(2024, 1, 1)
        for i in range(ENTRIES):
            journal.entries.add(
                EntryDraft(title=f"Win {i + 1}", occurred_on=start + dt.timedelta(days=i))
            )
    return path


def run(*args: str, stdout_tty: bool = False, stderr_tty: bool = False) -> tuple[int, str, str]:
    """Run careerjournal with stdout and/or stderr on a pseudo-terminal; (status, out, err).

    With neither on a terminal (both pipes) it runs in this process (cli_run.py), faster."""
    if not (stdout_tty or stderr_tty):
        result = run_cli(*args)
        return result.returncode, result.stdout, result.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("CAREERJOURNAL_DEBUG", "COLUMNS")}
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "careerjournal", *args],
        stdin=subprocess.DEVNULL,
        stdout=slave if stdout_tty else subprocess.PIPE,
        stderr=slave if stderr_tty else subprocess.PIPE,
        env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    out, err = proc.communicate(timeout=120)
    terminal = b"".join(chunks).decode().replace("\r\n", "\n")
    return (
        proc.returncode,
        terminal if stdout_tty else out.decode(),
        terminal if stderr_tty else err.decode(),
    )


def titles(text: str) -> list[str]:
    return [line.split("  ")[-1].strip() for line in text.splitlines() if "Win " in line]


def test_list_on_a_terminal_shows_the_newest_page_and_says_how_many_more(db: Path) -> None:
    code, out, err = run("--database", str(db), "list", stdout_tty=True)
    assert code == 0, err
    assert titles(out) == [f"Win {i}" for i in range(11, ENTRIES + 1)]  # newest 50, oldest first
    assert err == (
        "10 older entries are not shown; --limit 0 lists them all, --limit N the newest N.\n"
    )


def test_list_on_a_terminal_with_limit_0_shows_everything(db: Path) -> None:
    code, out, err = run("--database", str(db), "list", "--limit", "0", stdout_tty=True)
    assert code == 0
    assert len(titles(out)) == ENTRIES
    assert err == ""


def test_list_into_a_pipe_or_as_json_lists_everything(db: Path) -> None:
    code, out, err = run("--database", str(db), "list")
    assert (code, err) == (0, "")
    assert len(titles(out)) == ENTRIES
    code, out, err = run("--database", str(db), "list", "--json", stdout_tty=True)
    assert (code, err) == (0, "")
    assert len(json.loads(out)) == ENTRIES


def test_list_limit_gives_the_newest_n_in_a_pipe_too(db: Path) -> None:
    code, out, err = run("--database", str(db), "list", "--limit", "3")
    assert code == 0
    assert titles(out) == ["Win 58", "Win 59", "Win 60"]
    assert err.startswith("57 older entries are not shown;")
    code, out, err = run("--database", str(db), "list", "--limit", "59", "--json")
    assert json.loads(out)[0]["title"] == "Win 2"
    assert err.startswith("1 older entry is not shown;")


def test_demo_shows_progress_on_a_terminal_only(tmp_path: Path) -> None:
    path = tmp_path / "sample.sqlite3"
    code, out, err = run("--database", str(path), "demo", "--entries", "60", stderr_tty=True)
    assert code == 0, err
    assert err.startswith("Writing a sample career of 60 entries...\n")
    assert "100% (60 of 60 entries)\n" in err
    assert "Wrote a sample career" in out

    other = tmp_path / "piped.sqlite3"
    code, out, err = run("--database", str(other), "demo", "--entries", "60")
    assert (code, err) == (0, "")
    assert "Wrote a sample career" in out
