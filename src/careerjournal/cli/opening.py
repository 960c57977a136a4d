"""Opening the journal a command names: which one, whether a missing one may be created, and
the one-line errors when it is missing."""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .base import PROG, UserError

if TYPE_CHECKING:
    from ..services import Journal


def may_create(args: argparse.Namespace) -> bool:
    """Whether a missing journal may be created: only the default one, `demo`'s, or --create.

    Anything else named (--database, $CAREERJOURNAL_DATABASE) must exist, so a mistyped path is
    an error instead of a new, empty journal that looks as if everything were lost.
    """
    from ..store import paths

    named = args.database or os.environ.get(paths.ENV_DATABASE, "").strip()
    return bool(args.create or args.command == "demo" or not named)


def open_journal(args: argparse.Namespace) -> Journal:
    from ..services import Journal
    from ..store import paths

    location = args.database
    if args.command == "demo" and not location:
        location = str(paths.sample_database())  # never the user's journal
    with journal_must_exist():
        return Journal.open(location, create=may_create(args))


@contextlib.contextmanager
def journal_must_exist() -> Iterator[None]:
    """A missing journal as one line that says how to go on."""
    from ..store import JournalNotFoundError

    try:
        yield
    except JournalNotFoundError as exc:
        raise UserError(
            f"{exc} Check the path, or add --create to start a new journal there."
        ) from None


def check_command(path: Path, *options: str) -> str:
    """The `careerjournal ... check` command line for the journal at `path`."""
    import shlex

    return " ".join([PROG, "--database", shlex.quote(str(path)), "check", *options])
