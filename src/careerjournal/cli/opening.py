"""Opening the journal a command names: which one, whether a missing one may be created, the
one-line errors when it is missing, and the passphrase of an encrypted one.

A passphrase never comes from the command line (it would show in `ps` and the shell's
history): it is read from the file `--passphrase-file` names, else from the environment
variable CAREERJOURNAL_PASSPHRASE, else asked for in a terminal.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .base import PROG, InvalidValue, UserError

if TYPE_CHECKING:
    from ..services import Journal

ENV_PASSPHRASE = "CAREERJOURNAL_PASSPHRASE"
ENV_NEW_PASSPHRASE = "CAREERJOURNAL_NEW_PASSPHRASE"
TRIES = 3
HOW_TO_GIVE = (
    f"give its passphrase with --passphrase-file FILE or the environment variable "
    f"{ENV_PASSPHRASE}, or run the command in a terminal to type it"
)


def passphrase_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--passphrase-file, a global option like --database (see parsing.global_options); and a
    hidden --passphrase that refuses any value, so a passphrase typed on the command line is
    never taken (nor taken for an abbreviation of --passphrase-file)."""
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=default,
        help="read the passphrase of an encrypted journal from the first line of FILE (else "
        f"${ENV_PASSPHRASE}, else it is asked for in a terminal); never give it on the "
        "command line",
    )
    parser.add_argument(
        "--passphrase", type=refuse_on_command_line, default=default, help=argparse.SUPPRESS
    )


def refuse_on_command_line(_text: str) -> str:
    """The type of the hidden --passphrase options: every value is refused, none is shown."""
    raise InvalidValue(
        "a passphrase is never given on the command line (it would show in the process list "
        f"and your shell's history): use --passphrase-file FILE or ${ENV_PASSPHRASE}, or type "
        "it when asked."
    )


def read_passphrase_file(given: str, option: str = "--passphrase-file") -> str:
    """The first line of the file `given` names, its line ending stripped; one-line errors for
    a missing, unreadable or empty file."""
    path = Path(given).expanduser()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{option} {given}: there is no such file.") from None
    except IsADirectoryError:
        raise UserError(f"{option} {given}: is a folder, not a file.") from None
    except OSError as exc:
        raise UserError(f"{option} {given}: cannot be read ({exc.strerror}).") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(f"{option} {given}: is not UTF-8 text.") from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise UserError(f"{option} {given}: its first line is empty; write the passphrase there.")
    return first


def known_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase from --passphrase-file or $CAREERJOURNAL_PASSPHRASE; None when neither is
    given. Never asks."""
    given = getattr(args, "passphrase_file", None)
    if given:
        return read_passphrase_file(given)
    return os.environ.get(ENV_PASSPHRASE) or None


def passphrase_source(args: argparse.Namespace) -> str:
    """Where the known passphrase came from, for an error message."""
    if getattr(args, "passphrase_file", None):
        return f"--passphrase-file {args.passphrase_file}"
    return f"${ENV_PASSPHRASE}"


def can_ask() -> bool:
    """Whether a passphrase may be asked for: the command runs in a terminal."""
    isatty = getattr(sys.stdin, "isatty", None)
    return bool(isatty and isatty())


def ask_passphrase(prompt: str) -> str:
    """Read a passphrase from the terminal without echoing it."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise UserError("No passphrase was typed; nothing was opened or changed.") from None


def may_create(args: argparse.Namespace) -> bool:
    """Whether a missing journal may be created: only the default one, `demo`'s, or --create.

    Anything else named (--database, $CAREERJOURNAL_DATABASE) must exist, so a mistyped path is
    an error instead of a new, empty journal that looks as if everything were lost.
    """
    from ..store import paths

    named = args.database or os.environ.get(paths.ENV_DATABASE, "").strip()
    return bool(args.create or args.command == "demo" or not named)


def open_journal(args: argparse.Namespace, *, ask: bool = True) -> Journal:
    """The journal the command names, open. An encrypted one is opened with the known
    passphrase, else (with `ask`, in a terminal) with one typed at a prompt; without either it is
    ProtectedJournalError saying how to give it. Entries sealed to it while it was locked arrive
    now (one line on stderr says so)."""
    from ..services import Journal
    from ..store import paths
    from ..store.errors import ProtectedJournalError, WrongPassphraseError

    location = args.database
    if args.command == "demo" and not location:
        location = str(paths.sample_database())  # never the user's journal
    create = may_create(args)
    known = known_passphrase(args)
    with journal_must_exist():
        try:
            journal = Journal.open(location, create=create, passphrase=known)
        except WrongPassphraseError:
            where = paths.display_location(paths.resolve_location(location))
            raise WrongPassphraseError(
                f"The passphrase from {passphrase_source(args)} does not open {where}. "
                "Nothing was opened or changed."
            ) from None
        except ProtectedJournalError as exc:
            if known is not None or not ask or not can_ask():
                raise ProtectedJournalError(f"{exc} To open it, {HOW_TO_GIVE}.") from None
            journal = _open_asking(location, create)
    try:
        remove_rewrite_leftovers(journal)
        receive_sealed(journal)
    except BaseException:
        journal.close()
        raise
    return journal


def remove_rewrite_leftovers(journal: Journal) -> None:
    """Remove the copy a killed `encrypt`, `decrypt` or `passphrase` left beside the journal (a
    killed `decrypt` leaves a plain one): only when no other program holds the journal's lock,
    since a rewrite that is still running holds it."""
    path = journal.store.path
    if path is None or journal.store.read_only:
        return
    from ..store import encryption
    from ..store.lock import JournalInUseError, JournalLock

    if not encryption.rewrite_leftovers(path):
        return
    lock = JournalLock(str(path))
    try:
        lock.acquire()
    except JournalInUseError:
        return
    try:
        encryption.remove_rewrite_leftovers(path)
    finally:
        lock.release()


def _open_asking(location: str | None, create: bool) -> Journal:
    from ..services import Journal
    from ..store import paths
    from ..store.errors import WrongPassphraseError

    where = paths.display_location(paths.resolve_location(location))
    for attempt in range(1, TRIES + 1):
        typed = ask_passphrase(f"Passphrase for {where}: ")
        try:
            return Journal.open(location, create=create, passphrase=typed)
        except WrongPassphraseError:
            if attempt < TRIES:
                print("Wrong passphrase, try again.", file=sys.stderr)
    raise WrongPassphraseError(
        f"The passphrase typed {TRIES} times does not open {where}. Nothing was opened or changed."
    )


def receive_sealed(journal: Journal) -> None:
    """A journal file: (encrypted) its capture key made sure of, and the entries sealed to it
    while it was locked (also before a decrypt) added now; one line on stderr when any arrived or
    were skipped. Without an inbox file this reads nothing."""
    if journal.store.path is None:
        return
    report = journal.sealing.receive()  # makes sure of the keys first
    if not (report.added or report.skipped):
        return
    from .output import plural

    line = f"{PROG}: {plural(len(report.added), 'entry', 'entries')} captured while the journal "
    line += "was locked arrived"
    if report.skipped:
        numbers = ", ".join(str(n) for n, _ in report.skipped)
        line += (
            f"; {plural(len(report.skipped), 'sealed record')} could not be read and "
            f"{'was' if len(report.skipped) == 1 else 'were'} skipped (number {numbers})"
        )
    print(line + ".", file=sys.stderr)


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
