"""Run the command line in this process, through the entry function the console script calls
(`careerjournal.cli.main(argv) -> int`), with stdout and stderr captured.

Most CLI tests check what a command prints and what it returns, which needs no new interpreter:
this runs them ten times faster than `python -m careerjournal` in a subprocess. The few tests
where the process itself is the point (the console script, exit statuses as the shell sees them,
Qt never loaded, a terminal, an interrupted write) still start a real one.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from careerjournal.cli import main

# Variables a command reads that the tests' own environment must not leak into it.
CLEARED = ("CAREERJOURNAL_DEBUG", "CAREERJOURNAL_DATABASE")


@dataclass
class Result:
    """What `subprocess.run(..., capture_output=True, text=True)` gives, for the same asserts."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str = field(repr=False)


@contextlib.contextmanager
def environment(env: Mapping[str, str] | None) -> Iterator[None]:
    """os.environ for one command: the tests' own, less CLEARED, plus `env`; restored after."""
    saved = dict(os.environ)
    try:
        for name in CLEARED:
            os.environ.pop(name, None)
        os.environ.update(env or {})
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run_cli(*argv: str, env: Mapping[str, str] | None = None, cwd: Path | None = None) -> Result:
    """`careerjournal ARGV...` in this process (in the folder `cwd`, if given); a failed command
    gives its exit status and message, as a process would, never an exception."""
    out, err = io.StringIO(), io.StringIO()
    folder = contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext()
    with environment(env), folder, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return Result(list(argv), code, out.getvalue(), err.getvalue())
