"""Killing `encrypt`, `decrypt` and `passphrase` at random moments: the journal always opens
with one of its two passphrases (or plain and key, for encrypt and decrypt), with nothing lost.

Each round starts a process that runs the store function on a copy of a journal of about 200
entries whose last writes are still in its write-ahead log (as if the app had been killed), and
SIGKILLs it after a random delay spread over the time an uncut run takes. The journal is then
read with whichever passphrase opens it and compared, row by row, with the original.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import queue
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from careerjournal.services import EntryDraft, Journal, demo
from careerjournal.store import cipher
from careerjournal.store import encryption as enc
from careerjournal.store.errors import WrongPassphraseError

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.skipif(not cipher.available(), reason="SQLCipher (sqlcipher3) missing"),
]

OLD, NEW = "the old passphrase", "the new passphrase"
ROUNDS = {"encrypt": 18, "decrypt": 18, "passphrase": 18}
SEED = 19
CHANGE_ROUNDS = 4  # of each operation's rounds: killed at the 1st, 2nd... change of the file
# For each operation: the passphrase of the journal before and after (None: plain).
BEFORE_AFTER = {"encrypt": (None, NEW), "decrypt": (OLD, None), "passphrase": (OLD, NEW)}

# Imports once, then forks one process per round (a new interpreter would spend more time
# importing than working): each line "OP<TAB>PATH" on stdin forks a child that runs the
# operation on PATH; the child's pid is printed, then how it ended ("exit N" or "signal N").
ZYGOTE = """
import os, sys, traceback
from pathlib import Path
from careerjournal.store import cipher, encryption
cipher.module()
old, new = os.environ.get("CJ_OLD"), os.environ.get("CJ_NEW")
print("ready", flush=True)
for line in sys.stdin:
    op, path = line.rstrip("\\n").split("\\t")
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            if op == "encrypt":
                encryption.encrypt_journal(Path(path), new)
            elif op == "decrypt":
                encryption.decrypt_journal(Path(path), old)
            else:
                encryption.change_passphrase(Path(path), old, new)
        except BaseException:
            traceback.print_exc()
            code = 1
        sys.stdout.flush()
        os._exit(code)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        print("signal", os.WTERMSIG(status), flush=True)
    else:
        print("exit", os.WEXITSTATUS(status), flush=True)
"""


def contents(con: Any) -> str:
    """Every row of every ordinary table, hashed (independently of the code under test)."""
    digest = hashlib.sha256()
    tables = con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
    ).fetchall()
    for (name,) in tables:
        rows = sorted(repr(tuple(r)) for r in con.execute(f'SELECT * FROM "{name}"'))
        digest.update(f"{name}\n{len(rows)}\n".encode() + "\n".join(rows).encode())
    return digest.hexdigest()


def read(path: Path, passphrase: str | None) -> str:
    con = cipher.connect(path, passphrase)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return contents(con)
    finally:
        con.close()


def side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def crashed_copy(journal: Journal, folder: Path) -> Path:
    """The journal's files as a killed app leaves them: the last entries only in the -wal."""
    source = journal.store.path
    assert source is not None
    folder.mkdir()
    target = folder / source.name
    for suffix in ("", "-wal"):
        shutil.copy2(side(source, suffix), side(target, suffix))
    assert side(target, "-wal").stat().st_size > 0
    return target


@dataclass(frozen=True)
class Original:
    files: Path  # the journal file, with its -wal beside it
    digest: str


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Original]:
    """A plain and an encrypted journal, each with writes left in its -wal."""
    root = tmp_path_factory.mktemp("kill")
    path = root / "live" / "journal.sqlite3"
    path.parent.mkdir()
    with Journal.open(path) as journal:
        demo.generate(journal, entries=200, seed=5)
    shutil.copy2(path, root / "encrypted.sqlite3")
    found: dict[str, Original] = {}
    for kind, key in (("plain", None), ("encrypted", OLD)):
        if key is not None:
            path = root / "encrypted.sqlite3"
            enc.encrypt_journal(path, key)
        with Journal.open(path, create=False, passphrase=key) as journal:
            for n in range(5):
                journal.entries.add(EntryDraft(title=f"Written just before the crash {n}"))
            files = crashed_copy(journal, root / kind)
        check = root / f"{kind}-check" / files.name
        shutil.copytree(files.parent, check.parent)
        found[kind] = Original(files, read(check, key))
    return found


Kill = float | Callable[[], bool] | None


class Zygote:
    """One process that has imported the store and forks a child per round."""

    def __init__(self) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERJOURNAL_")}
        env.update(CJ_OLD=OLD, CJ_NEW=NEW)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", ZYGOTE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.line() == "ready"

    def line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def run(self, op: str, path: Path, kill: Kill) -> tuple[str, float]:
        """Run `op` on `path` in a new child, SIGKILLed after `kill` seconds, or as soon as
        `kill()` is true (None: let it finish). Returns how it ended ("exit 0", "signal 9")
        and how long it ran."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"{op}\t{path}\n")
        self.proc.stdin.flush()
        pid = int(self.line())
        began = time.monotonic()
        with contextlib.suppress(ProcessLookupError):  # it ended (and was reaped) first
            if isinstance(kill, float):
                time.sleep(kill)
                os.kill(pid, signal.SIGKILL)
            elif kill is not None:
                while not kill():
                    os.kill(pid, 0)  # still running?
                    time.sleep(0.0005)
                os.kill(pid, signal.SIGKILL)
        ended = self.line()
        return ended, time.monotonic() - began

    def close(self) -> None:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()


class Zygotes:
    """Two zygotes, one per core; each round takes whichever is free."""

    def __init__(self) -> None:
        self.free: queue.Queue[Zygote] = queue.Queue()
        self.all = [Zygote(), Zygote()]
        for zygote in self.all:
            self.free.put(zygote)

    def run(self, op: str, path: Path, kill: Kill) -> tuple[str, float]:
        zygote = self.free.get()
        try:
            return zygote.run(op, path, kill)
        finally:
            self.free.put(zygote)

    def close(self) -> None:
        for zygote in self.all:
            zygote.close()


@pytest.fixture(scope="module")
def zygotes() -> Iterator[Zygotes]:
    started = Zygotes()
    try:
        yield started
    finally:
        started.close()


def after_changes(path: Path, count: int) -> Callable[[], bool]:
    """A kill condition: true once the journal file has changed `count` times (its inode, size
    or modification time, as seen by polling)."""

    def state() -> tuple[int, int, int] | None:
        try:
            st = path.stat()
        except FileNotFoundError:
            return None
        return st.st_ino, st.st_size, st.st_mtime_ns

    seen = [state()]

    def changed() -> bool:
        now = state()
        if now != seen[-1]:
            seen.append(now)
        return len(seen) > count

    return changed


def prepare(op: str, originals: dict[str, Original], folder: Path) -> tuple[Path, str]:
    original = originals["plain" if op == "encrypt" else "encrypted"]
    shutil.copytree(original.files.parent, folder)
    return folder / original.files.name, original.digest


def outcome(op: str, path: Path, digest: str) -> str:
    """ "old" or "new": which passphrase opens the journal; its content must be the original's."""
    old, new = BEFORE_AFTER[op]
    plain = cipher.header(path) == cipher.SQLITE_HEADER
    for name, key in (("old", old), ("new", new)):
        if (key is None) != plain:
            continue
        try:
            found = read(path, key)
        except WrongPassphraseError:
            continue
        assert found == digest, f"{op}: the {name} journal lost or changed rows"
        return name
    raise AssertionError(f"{op}: the journal opens with neither passphrase")


def test_a_kill_at_any_moment_leaves_one_whole_journal(
    originals: dict[str, Original], tmp_path: Path, zygotes: Zygotes
) -> None:
    ops = list(ROUNDS)

    def uncut(op: str) -> float:
        """One whole run, two at a time as the rounds run: how long the work takes."""
        path, digest = prepare(op, originals, tmp_path / f"{op}-uncut")
        ended, took = zygotes.run(op, path, None)
        assert ended == "exit 0"
        assert outcome(op, path, digest) == "new"
        assert enc.rewrite_leftovers(path) == []
        return took

    with ThreadPoolExecutor(max_workers=2) as pool:
        durations = dict(zip(ops, pool.map(uncut, ops), strict=True))
    rng = random.Random(SEED)
    # Most rounds kill after a random delay; the last few of each operation kill as soon as
    # the journal file has changed 1, 2, 3... times (a checkpoint, leaving WAL mode, the
    # swap): moments too short for a random delay to hit often.
    plan: list[tuple[str, int, float | int]] = []
    for op, rounds in ROUNDS.items():
        random_rounds = rounds - CHANGE_ROUNDS
        plan += [(op, n, rng.uniform(0.0, durations[op] * 1.1)) for n in range(random_rounds)]
        plan += [(op, random_rounds + k, k + 1) for k in range(CHANGE_ROUNDS)]
    rng.shuffle(plan)

    def one_round(index: int) -> tuple[str, str, str, bool]:
        op, n, when = plan[index]
        path, digest = prepare(op, originals, tmp_path / f"{op}-{n}")
        kill = when if isinstance(when, float) else after_changes(path, when)
        ended, _ = zygotes.run(op, path, kill)
        assert ended in ("exit 0", f"signal {signal.SIGKILL.value}"), ended
        return op, ended, outcome(op, path, digest), bool(enc.rewrite_leftovers(path))

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one_round, range(len(plan))))

    assert len(results) >= 50
    killed = [r for r in results if r[1] != "exit 0"]
    assert len(killed) >= len(results) // 2, "most kills came after the work had ended"
    # Kills came before the swap for every operation (and "new" was seen: the uncut runs),
    # some before the copy was begun and some while it was written or checked.
    for op in ops:
        assert (op, "old") in {(r[0], r[2]) for r in killed}, f"{op}: never killed mid-work"
    assert {leftover for *_, leftover in killed} == {False, True}


def test_a_kill_while_the_copy_is_written_leaves_the_old_journal_and_a_leftover(
    originals: dict[str, Original], tmp_path: Path, zygotes: Zygotes
) -> None:
    """Killed with half a copy written: the old journal is whole; the next run removes the
    copy and succeeds."""
    path, digest = prepare("decrypt", originals, tmp_path / "decrypt")
    tmp = path.with_name(f".{path.name}.rewrite")

    ended, _ = zygotes.run("decrypt", path, lambda: tmp.exists() and tmp.stat().st_size > 0)

    assert ended == f"signal {signal.SIGKILL.value}"
    assert enc.rewrite_leftovers(path) != []
    assert outcome("decrypt", path, digest) == "old"

    enc.decrypt_journal(path, OLD)

    assert enc.rewrite_leftovers(path) == []
    assert outcome("decrypt", path, digest) == "new"
    with Journal.open(path, create=False) as journal:
        assert journal.check().ok


@pytest.mark.parametrize("op", list(ROUNDS))
def test_a_kill_right_after_the_swap_leaves_the_new_journal(
    originals: dict[str, Original], tmp_path: Path, zygotes: Zygotes, op: str
) -> None:
    for attempt in range(5):  # the moment between the swap and the end is short
        path, digest = prepare(op, originals, tmp_path / f"{op}-{attempt}")
        inode = path.stat().st_ino

        def swapped(path: Path = path, inode: int = inode) -> bool:
            with contextlib.suppress(FileNotFoundError):
                return path.stat().st_ino != inode
            return False

        ended, _ = zygotes.run(op, path, swapped)

        assert outcome(op, path, digest) == "new"
        assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
        if ended == f"signal {signal.SIGKILL.value}":
            return
    pytest.skip("the process ended each time before it could be killed after the swap")
