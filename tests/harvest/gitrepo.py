"""Building real git repositories for the harvest tests: fixed people, fixed dates.

Every command runs with the user's and the system's git config switched off, so a developer's
own settings (signing, hooks, default branch) cannot change what the tests build.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Person:
    name: str
    email: str


ME_WORK = Person("Ann Example", "me@work.example")
ME_HOME = Person("Ann Example", "Me@Home.example")  # matched case-insensitively
ME_LAPTOP = Person("Ann Example", "ann@laptop.local")  # matched by the name only
BOB = Person("Bob Other", "bob@example.org")
AUTHORS = ("me@work.example", " ME@home.example ", "ann example")


def git_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull, LC_ALL="C")
    env.update(extra or {})
    return env


def run(
    cwd: Path, *args: str, data: bytes | None = None, env: Mapping[str, str] | None = None
) -> str:
    done = subprocess.run(
        ["git", *args], cwd=cwd, input=data, capture_output=True, env=git_env(env), check=False
    )
    if done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed: {done.stderr.decode(errors='replace')}")
    return done.stdout.decode("utf-8", errors="replace").strip()


def when(day: str, hour: int = 10) -> str:
    """A fixed author/committer date: `when("2024-03-04", 9)`."""
    return f"{day}T{hour:02d}:00:00+00:00"


def identity(person: Person, date: str) -> dict[str, str]:
    return {
        "GIT_AUTHOR_NAME": person.name,
        "GIT_AUTHOR_EMAIL": person.email,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_NAME": person.name,
        "GIT_COMMITTER_EMAIL": person.email,
        "GIT_COMMITTER_DATE": date,
    }


class GitRepo:
    """A repository in `path` on branch main; each method runs real git commands."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.mkdir(parents=True, exist_ok=True)
        run(path, "init", "-q", "-b", "main")
        run(path, "config", "commit.gpgSign", "false")

    def git(
        self, *args: str, data: bytes | None = None, env: Mapping[str, str] | None = None
    ) -> str:
        return run(self.path, *args, data=data, env=env)

    def commit(
        self,
        message: str | bytes,
        who: Person,
        date: str,
        *,
        files: Mapping[str, str] | None = None,
        encoding: str | None = None,
    ) -> str:
        """Commit (empty unless `files` are written) and return its hash. A bytes message is
        stored as given; with `encoding`, git records that encoding in the commit."""
        for name, text in (files or {}).items():
            target = self.path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        self.git("add", "-A")
        data = message if isinstance(message, bytes) else message.encode("utf-8")
        options = ["-c", f"i18n.commitEncoding={encoding}"] if encoding else []
        self.git(
            *options,
            "commit",
            "-q",
            "--allow-empty",
            "--no-verify",
            "--cleanup=verbatim",
            "-F",
            "-",
            data=data,
            env=identity(who, date),
        )
        return self.head()

    def commit_raw(self, message: bytes, who: Person, date: str) -> str:
        """A commit object written byte for byte (git commit would re-encode a message that is
        not UTF-8), on top of HEAD with HEAD's tree."""
        stamp = int(dt.datetime.fromisoformat(date).timestamp())
        person = f"{who.name} <{who.email}> {stamp} +0000"
        head = (
            f"tree {self.git('rev-parse', 'HEAD^{tree}')}\nparent {self.head()}\n"
            f"author {person}\ncommitter {person}\n\n"
        )
        sha = self.git("hash-object", "-t", "commit", "-w", "--stdin", data=head.encode() + message)
        self.git("update-ref", "HEAD", sha)
        return sha

    def merge(self, branch: str, message: str, who: Person, date: str) -> str:
        self.git("merge", "-q", "--no-ff", "-m", message, branch, env=identity(who, date))
        return self.head()

    def tag(self, name: str, who: Person, date: str, *, message: str | None = None) -> None:
        """An annotated tag (with `message`) or a lightweight one, on HEAD."""
        args = ["tag", "-a", name, "-m", message] if message is not None else ["tag", name]
        self.git(*args, env=identity(who, date))

    def switch(self, branch: str, *, new: bool = False) -> None:
        self.git("checkout", "-q", *(["-b"] if new else []), branch)

    def head(self) -> str:
        return self.git("rev-parse", "HEAD")
