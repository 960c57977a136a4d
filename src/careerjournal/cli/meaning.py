"""`index`: the vectors search by meaning needs, made for every entry that lacks one; and what
`search` asks of the meaning model (its mode, and indexing the few entries it finds missing).

The model and numpy are imported only by the commands that use them: `careerjournal list` and
`search --words` never load them.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from .base import PROG, AddCommand, JournalCommand, UserError
from .output import is_terminal

if TYPE_CHECKING:
    from ..services import Journal

#: `search` embeds up to this many missing entries itself; more wait for `careerjournal index`.
INDEX_ON_SEARCH = 2000
WORDS, MEANING, HYBRID = "words", "meaning", "hybrid"


def add_parsers(command: AddCommand) -> None:
    command(
        "index",
        help="prepare search by meaning: embed every entry not indexed yet",
        description="Compute the vectors search by meaning, related entries and suggestions use, "
        "for every entry without an up-to-date one (new or edited since), with the offline "
        "model; prints how many and how long it took. `search` does this itself for a few "
        f"hundred missing entries (under {INDEX_ON_SEARCH:,}).",
    )


def _off_reason() -> str | None:
    from ..services.meaning import why_unavailable

    return why_unavailable()


def progress_printer(stream: TextIO) -> Callable[[int, int], None] | None:
    """Percent done on one line of `stream` when it is a terminal, rewritten in place."""
    if not is_terminal(stream):
        return None
    shown: list[int] = []

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if total == 0 or (shown and shown[-1] == percent):
            return
        shown.append(percent)
        stream.write(f"\rIndexing for search by meaning: {percent:3d}% ({done:,} of {total:,})")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def cmd_index(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    reason = _off_reason()
    if reason is not None:
        raise UserError(f"Search by meaning is off: {reason}.")
    start = time.perf_counter()
    count = journal.meaning.index(progress=progress_printer(sys.stderr))
    seconds = time.perf_counter() - start
    word = "entry" if count == 1 else "entries"
    out.write(f"Indexed {count:,} {word} in {seconds:.1f} s.\n")
    return 0


def search_mode(args: argparse.Namespace) -> str:
    """The mode `search` runs in: --words, --semantic (an error when the model is off), else
    hybrid when the model is there and words when it is not."""
    if args.words:
        return WORDS
    reason = _off_reason()
    if args.semantic:
        if reason is not None:
            raise UserError(f"Search by meaning is off: {reason}.")
        return MEANING
    return WORDS if reason is not None else HYBRID


def prepare(journal: Journal) -> None:
    """Before a search by meaning: embed the missing entries when they are few (a progress line
    on a terminal), else say on stderr how many are left out until `careerjournal index`."""
    vectors = journal.meaning.vectors
    missing = vectors.missing_beside(vectors.matrix())  # the matrix is needed anyway
    if not missing:
        return
    if missing < INDEX_ON_SEARCH and not journal.store.read_only:
        journal.meaning.index(progress=progress_printer(sys.stderr))
        return
    entries = "entry is" if missing == 1 else "entries are"
    sys.stderr.write(f"{missing:,} {entries} not indexed yet: run `{PROG} index`.\n")


def search_ids(journal: Journal, query: str, mode: str, limit: int) -> list[int]:
    """Entry ids for `search` in a meaning mode, best first."""
    prepare(journal)
    return journal.meaning.search(query, mode=mode, limit=limit)


COMMANDS: dict[str, JournalCommand] = {"index": cmd_index}
