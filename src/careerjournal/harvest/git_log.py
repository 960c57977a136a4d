"""Running git without letting a repository run anything, and reading its refs and log.

A repository's own config can name programs (`gpg.program` for signatures, `core.fsmonitor`, a
credential helper for a lazy fetch); none may run when a folder is merely scanned. So git runs
without a shell or pager, with system and global config off, every such setting overridden on
the command line and every transport forbidden. Output is read in a fixed, NUL-separated format
and decoded leniently; every field is cut to a bound before it is decoded, so a 10 MB message
costs one pass over its bytes and nothing more.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from .found import clip

REFS_TIMEOUT = 60.0  # seconds for the small commands
LOG_TIMEOUT = 900.0  # seconds for one repository's log
MAX_COMMITS = 2_000_000  # per repository and run; older history past it is left out
SUBJECT_MAX = 300  # characters kept of a subject
BODY_MAX = 4000  # ... of a merge's body (the only bodies read: a pull request's title)
CHUNK = 1 << 20
RECORD_KEEP = 64 * 1024  # bytes kept of one log record; the rest of a huge message is dropped
NAMESPACES = ("refs/heads/", "refs/remotes/", "refs/tags/")

# %ad with --date=short: the author's own calendar day (in the author's time zone).
LOG_FORMAT = "%H%x1f%P%x1f%ae%x1f%an%x1f%ad%x1f%s%x1f%b"
REF_FORMAT = (
    "%(objectname)%1f%(refname)%1f%(objecttype)%1f%(taggeremail)%1f%(taggername)"
    "%1f%(taggerdate:short)%1f%(authoremail)%1f%(authorname)%1f%(authordate:short)"
)
# Settings a repository's config could use to make `git log` / `for-each-ref` run a program.
SAFE_CONFIG = (
    "log.showSignature=false",
    "core.fsmonitor=false",
    "i18n.logOutputEncoding=UTF-8",
    "safe.directory=*",
    "protocol.allow=never",  # no lazy fetch of a partial clone: no network, no credential helper
)
SAFE_ENV = {
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_OPTIONAL_LOCKS": "0",
    "GIT_NO_REPLACE_OBJECTS": "1",
    "GIT_NO_LAZY_FETCH": "1",
    "LC_ALL": "C",
}


class GitError(Exception):
    """git could not read a repository; the message is git's first line of complaint."""


def git_env() -> dict[str, str]:
    """The environment git runs in: ours, without any GIT_* variable of the caller (a hook's
    GIT_DIR, a GIT_CONFIG_PARAMETERS) that could point it elsewhere."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("GIT_")}
    env.update(SAFE_ENV)
    return env


def git_command(git: str, gitdir: Path, *args: str) -> list[str]:
    command = [git, "--no-pager"]
    for setting in SAFE_CONFIG:
        command += ["-c", setting]
    return [*command, f"--git-dir={gitdir}", *args]


def run_git(command: Sequence[str], *, stdin: bytes = b"", timeout: float = REFS_TIMEOUT) -> bytes:
    """stdout of a short git command; GitError if it fails or takes too long.
    FileNotFoundError (no git at all) is left to the caller."""
    try:
        done = subprocess.run(
            list(command),
            input=stdin,
            capture_output=True,
            timeout=timeout,
            env=git_env(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise GitError(f"git took longer than {timeout:.0f} s") from None
    if done.returncode != 0:
        raise GitError(first_line(done.stderr) or f"git exited with {done.returncode}")
    return done.stdout


def first_line(stderr: bytes) -> str:
    for line in stderr.decode("utf-8", errors="replace").splitlines():
        if line.strip():
            return clip(line, 300)
    return ""


# -- refs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ref:
    """A ref of refs/heads, refs/remotes or refs/tags, with what a tag candidate needs."""

    name: str  # the full name: refs/tags/v2.3.0
    target: str  # the object it points at (a tag object for an annotated tag)
    annotated: bool
    email: str  # the tagger's for an annotated tag, else the commit author's
    person: str
    day: dt.date | None

    @property
    def tag(self) -> str | None:
        return self.name[len("refs/tags/") :] if self.name.startswith("refs/tags/") else None


def read_refs(git: str, gitdir: Path) -> list[Ref]:
    """Every branch, remote branch and tag: one cheap `git for-each-ref`."""
    out = run_git(git_command(git, gitdir, "for-each-ref", f"--format={REF_FORMAT}", *NAMESPACES))
    refs = []
    for line in out.decode("utf-8", errors="replace").split("\n"):
        fields = line.split("\x1f")
        if len(fields) != 9 or not _is_hash(fields[0]):
            continue
        target, name, kind, t_email, t_name, t_day, a_email, a_name, a_day = fields
        annotated = kind == "tag"
        refs.append(
            Ref(
                name=name,
                target=target,
                annotated=annotated,
                email=(t_email if annotated else a_email).strip().strip("<>"),
                person=t_name if annotated else a_name,
                day=_day(t_day if annotated else a_day),
            )
        )
    return refs


def existing(git: str, gitdir: Path, hashes: Iterable[str]) -> set[str]:
    """Those of `hashes` the repository still has (a rewritten branch's old tip may be gone)."""
    wanted = [h for h in hashes if _is_hash(h)]
    if not wanted:
        return set()
    out = run_git(
        git_command(git, gitdir, "cat-file", "--batch-check=%(objectname)"),
        stdin=("\n".join(wanted) + "\n").encode("ascii"),
    )
    return {line for line in out.decode("ascii", errors="replace").split("\n") if _is_hash(line)}


def _is_hash(text: str) -> bool:
    return len(text) in (40, 64) and all(c in "0123456789abcdef" for c in text)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


# -- the log -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Commit:
    hash: str
    parents: tuple[str, ...]
    mine: bool  # authored by the user (email or name matches)
    day: dt.date  # the author's calendar day
    subject: str  # cut to SUBJECT_MAX + 1 characters (clip() marks the cut); clip() to show
    body: str = ""  # only for merges, cut to BODY_MAX


@dataclass
class Log:
    commits: list[Commit] = field(default_factory=list)  # newest first (git's --date-order)
    read: int = 0
    truncated: bool = False  # stopped at MAX_COMMITS: older history left out
    cancelled: bool = False


class _Parser:
    """Turns one NUL-terminated record into a Commit; caches what repeats (authors, days)."""

    def __init__(self, authors: frozenset[str]) -> None:
        self.authors = authors
        self.who: dict[tuple[bytes, bytes], bool] = {}
        self.days: dict[bytes, dt.date] = {}

    def parse(self, record: bytes) -> Commit | None:
        fields = record.split(b"\x1f", 6)
        if len(fields) < 6 or len(fields[0]) not in (40, 64):
            return None
        sha, parents, email, name, day, subject = fields[:6]
        when = self.days.get(day)
        if when is None:
            try:
                when = self.days[day] = dt.date.fromisoformat(day.decode("ascii"))
            except ValueError:
                return None
        mine = self.who.get((email, name))
        if mine is None:
            mine = self.who[(email, name)] = _matches(email, name, self.authors)
        commit = Commit(
            sha.decode("ascii", errors="replace"),
            tuple(parents.decode("ascii", errors="replace").split()),
            mine,
            when,
            subject[: SUBJECT_MAX * 4].decode("utf-8", errors="replace")[: SUBJECT_MAX + 1],
        )
        if len(commit.parents) > 1 and len(fields) == 7:
            commit.body = fields[6][: BODY_MAX * 4].decode("utf-8", errors="replace")[:BODY_MAX]
        return commit


def _matches(email: bytes, name: bytes, authors: frozenset[str]) -> bool:
    for value in (email, name):
        if value.decode("utf-8", errors="replace").strip().casefold() in authors:
            return True
    return False


def read_log(
    git: str,
    gitdir: Path,
    revs: Sequence[str],
    authors: frozenset[str],
    *,
    cancelled: Callable[[], bool] | None = None,
    limit: int = MAX_COMMITS,
) -> Log:
    """The commits reachable from `revs` (hashes, and `^hash` for those to leave out), read
    from one streaming `git log`; GitError if git fails. `authors` are casefolded."""
    command = git_command(
        git,
        gitdir,
        "log",
        "--stdin",
        "--no-color",
        "--date-order",
        "--date=short",
        "-z",
        f"--format={LOG_FORMAT}",
    )
    log = Log()
    parser = _Parser(authors)
    expired = threading.Event()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=errors,
            env=git_env(),
        )

        def expire() -> None:
            expired.set()
            proc.kill()

        timer = threading.Timer(LOG_TIMEOUT, expire)
        timer.start()
        finished = False
        try:
            _feed(proc, revs)
            _consume(proc, parser, log, cancelled, limit)
            finished = not (log.truncated or log.cancelled)
        finally:
            timer.cancel()
            if not finished:  # we stopped reading (or failed): git must not wait for us
                proc.kill()
            if proc.stdout is not None:
                proc.stdout.close()
            proc.wait()
        if expired.is_set():
            raise GitError(f"git took longer than {LOG_TIMEOUT:.0f} s")
        if finished and proc.returncode != 0:
            errors.seek(0)
            raise GitError(first_line(errors.read(64 * 1024)) or f"git exited {proc.returncode}")
    return log


def _feed(proc: subprocess.Popen[bytes], revs: Sequence[str]) -> None:
    """Write the revisions; git reads them all before it writes anything."""
    assert proc.stdin is not None
    try:
        proc.stdin.write(("\n".join(revs) + "\n").encode("ascii", errors="replace"))
        proc.stdin.close()
    except OSError:  # git quit early (not a repository): its stderr says why
        pass


def _consume(
    proc: subprocess.Popen[bytes],
    parser: _Parser,
    log: Log,
    cancelled: Callable[[], bool] | None,
    limit: int,
) -> None:
    assert proc.stdout is not None
    for record in _records(proc.stdout):
        log.read += 1
        commit = parser.parse(record)
        if commit is not None:
            log.commits.append(commit)
        if log.read >= limit:
            log.truncated = True
            return
        if cancelled is not None and log.read % 4096 == 0 and cancelled():
            log.cancelled = True
            return


def _records(stream: IO[bytes]) -> Iterator[bytes]:
    """NUL-terminated records, each cut to RECORD_KEEP bytes, read in bounded chunks."""
    pending = bytearray()
    dropping = False  # past RECORD_KEEP in the current record: skip to its end
    while chunk := stream.read(CHUNK):
        parts = chunk.split(b"\0")
        for part in parts[:-1]:
            if pending or dropping:
                if not dropping:
                    pending += part[: RECORD_KEEP - len(pending)]
                yield bytes(pending)
                pending.clear()
                dropping = False
            else:
                yield part[:RECORD_KEEP]
        if not dropping:
            pending += parts[-1][: RECORD_KEEP - len(pending) + 1]
            if len(pending) > RECORD_KEEP:
                del pending[RECORD_KEEP:]
                dropping = True
    if pending:
        yield bytes(pending)


# -- what a merge brought in ---------------------------------------------------------------------


def brought_in(commits: Sequence[Commit]) -> dict[int, list[int]]:
    """For each merge (by index), the commits it brought in, newest first: those reachable
    from its other parents but not from its first.

    Linear over the graph: merges are taken oldest first; a walk from a merge's other parents
    stops at commits on the first-parent line of its first parent (an ancestor in the forest
    of first-parent links, answered in O(1) by entry/exit numbers) or already taken by an
    earlier merge, so a pull request merged into a branch keeps its own commits.
    """
    index = {c.hash: i for i, c in enumerate(commits)}
    first = [index.get(c.parents[0], -1) if c.parents else -1 for c in commits]
    enter, leave = _first_parent_tree(first)
    taken = [False] * len(commits)
    out: dict[int, list[int]] = {}
    for m in range(len(commits) - 1, -1, -1):  # parents before children
        parents = commits[m].parents
        if len(parents) < 2:
            continue
        line = first[m]
        mine: list[int] = []
        stack = [index[p] for p in parents[1:] if p in index]
        while stack:
            x = stack.pop()
            if taken[x] or (line >= 0 and enter[x] <= enter[line] and leave[line] <= leave[x]):
                continue
            taken[x] = True
            mine.append(x)
            stack.extend(index[p] for p in commits[x].parents if p in index)
        out[m] = sorted(mine)
    return out


def _first_parent_tree(first: list[int]) -> tuple[list[int], list[int]]:
    """Entry and exit numbers of a depth-first walk of the first-parent forest."""
    children: list[list[int]] = [[] for _ in first]
    roots = []
    for i, parent in enumerate(first):
        if parent >= 0:
            children[parent].append(i)
        else:
            roots.append(i)
    enter = [0] * len(first)
    leave = [0] * len(first)
    clock = 0
    for root in roots:
        stack = [(root, False)]
        while stack:
            node, done = stack.pop()
            clock += 1
            if done:
                leave[node] = clock
                continue
            enter[node] = clock
            stack.append((node, True))
            stack.extend((child, False) for child in children[node])
    return enter, leave
