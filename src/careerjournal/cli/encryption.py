"""`encrypt`, `decrypt` and `passphrase`: protecting a journal file with a passphrase, removing
the protection, changing the passphrase (see store/encryption.py for the safe rewrite).

Passphrases come from `--passphrase-file` / $CAREERJOURNAL_PASSPHRASE (the new one for
`encrypt`, the current one otherwise), `--new-passphrase-file` / $CAREERJOURNAL_NEW_PASSPHRASE
(the new one for `passphrase`), or are asked for in a terminal; never from the command line.
Each command takes the journal's lock, so it refuses while the app has the journal open.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .base import PROG, AddCommand, JournalCommand, OwnCommand, UserError
from .opening import (
    ENV_NEW_PASSPHRASE,
    ENV_PASSPHRASE,
    TRIES,
    ask_passphrase,
    can_ask,
    journal_must_exist,
    known_passphrase,
    may_create,
    open_journal,
    passphrase_source,
    read_passphrase_file,
    receive_sealed,
    refuse_on_command_line,
)
from .output import is_terminal, plural
from .parsing import one_of

if TYPE_CHECKING:
    from ..services import Journal
    from ..store.encryption import Progress

BACKUP_ACTIONS = ("encrypt", "delete", "keep")
STEP_WORDS = {
    "export": "Writing the new copy of the journal",
    "verify": "Verifying the copy",
    "swap": "Putting it in the journal's place",
}
LEFT_BEHIND = (
    "The old file was replaced, but its content may still be readable on the disk (SSDs and "
    "some file systems keep old blocks), in file history or cloud copies, and in earlier backups."
)


def add_parsers(command: AddCommand) -> None:
    p = command(
        "encrypt",
        help="protect the journal file with a passphrase",
        description="Replace the journal file by an encrypted copy (SQLCipher), verified before "
        "it takes the journal's place. The new passphrase is read from --passphrase-file or "
        f"${ENV_PASSPHRASE}, or asked for twice in a terminal. Not while the app has the "
        "journal open. A journal on a PostgreSQL server is encrypted by the server instead.",
    )
    p.add_argument(
        "--backups",
        type=one_of("--backups", BACKUP_ACTIONS),
        choices=BACKUP_ACTIONS,
        default="keep",
        help="what to do with the journal's earlier backups that are plain files: encrypt them "
        "with the same passphrase, delete them, or keep them as they are and report them "
        "(default: keep). On a journal encrypted already, handles just its backups.",
    )
    command(
        "decrypt",
        help="remove the passphrase: the journal file becomes plain again",
        description="Replace the encrypted journal file by a plain copy, verified before it "
        "takes the journal's place. The current passphrase is read from --passphrase-file or "
        f"${ENV_PASSPHRASE}, or asked for in a terminal.",
    )
    p = command(
        "passphrase",
        help="change the passphrase of an encrypted journal",
        description="Re-encrypt the journal file with a new passphrase. The current one is read "
        f"from --passphrase-file or ${ENV_PASSPHRASE}, the new one from --new-passphrase-file "
        f"or ${ENV_NEW_PASSPHRASE}; either is asked for in a terminal when not given.",
    )
    p.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        help=f"read the new passphrase from the first line of FILE (else ${ENV_NEW_PASSPHRASE}, "
        "else it is asked for twice in a terminal)",
    )
    p.add_argument("--new-passphrase", type=refuse_on_command_line, help=argparse.SUPPRESS)


# -- the commands -------------------------------------------------------------------------------


def cmd_encrypt(args: argparse.Namespace, out: TextIO) -> int:
    from ..store import encryption

    path = _journal_file(args)
    with _locked(path):
        if _is_encrypted(path):
            return _backups_only(path, args, out)
        new = _new_passphrase(args, known_passphrase(args), passphrase_source(args))
        open_journal(args, ask=False).close()  # made, migrated and checked before it is copied
        result = encryption.encrypt_journal(path, new, progress=_progress())
        with _reopened(path, new) as journal:
            receive_sealed(journal)  # its capture key, so `add` works while it is locked
        out.write(f"Encrypted {path}: {_verified(result.tables)}\n")
        out.write(LEFT_BEHIND + "\n")
        _handle_backups(path, args.backups, new, out)
    return 0


def cmd_decrypt(args: argparse.Namespace, out: TextIO) -> int:
    from ..store import encryption

    path = _journal_file(args)
    with _locked(path):
        if not _is_encrypted(path):
            raise UserError(f"{path} is not protected by a passphrase; nothing was changed.")
        current = _current_passphrase(args)
        result = encryption.decrypt_journal(path, current, progress=_progress())
        with _reopened(path, None) as journal:
            journal.sealing.ensure_keys()  # no capture key beside a plain journal
        out.write(
            f"Removed the passphrase of {path}: it is a plain file now; "
            f"{_verified(result.tables)}\n"
        )
        out.write("Backups made while it was encrypted still need the passphrase.\n")
    return 0


def cmd_passphrase(args: argparse.Namespace, out: TextIO) -> int:
    from ..store import encryption

    path = _journal_file(args)
    with _locked(path):
        if not _is_encrypted(path):
            raise UserError(
                f"{path} is not protected by a passphrase; `{PROG} encrypt` protects it with one."
            )
        current = _current_passphrase(args)
        given = getattr(args, "new_passphrase_file", None)
        known = os.environ.get(ENV_NEW_PASSPHRASE) or None
        source = f"${ENV_NEW_PASSPHRASE}"
        if given:
            known = read_passphrase_file(given, "--new-passphrase-file")
            source = f"--new-passphrase-file {given}"
        new = _new_passphrase(args, known, source, new_only=True)
        if new == current:
            raise UserError("The new passphrase is the current one; nothing was changed.")
        result = encryption.change_passphrase(path, current, new, progress=_progress())
        out.write(f"Changed the passphrase of {path}: {_verified(result.tables)}\n")
        out.write("Backups made before now still open with the old passphrase only.\n")
    return 0


# -- shared steps -------------------------------------------------------------------------------


def _journal_file(args: argparse.Namespace) -> Path:
    """The journal file the command names; a server journal or a missing file is refused."""
    from ..store import check_exists, paths
    from ..store.encryption import SERVER_NOTE, is_server

    location = paths.resolve_location(args.database)
    if paths.is_url(location) and is_server(location):
        raise UserError(SERVER_NOTE)
    if paths.is_url(location):
        raise UserError(
            f"{paths.display_location(location)} is not a journal file; only a journal file "
            "can be encrypted here."
        )
    path = paths.sqlite_path(location)
    if not may_create(args):
        with journal_must_exist():
            check_exists(location)
    return path


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    from ..store.lock import JournalInUseError, JournalLock

    lock = JournalLock(str(path))
    try:
        lock.acquire()
    except JournalInUseError:
        raise UserError(
            f"{path} is open in the app: close it first. Nothing was changed."
        ) from None
    try:
        yield
    finally:
        lock.release()


def _is_encrypted(path: Path) -> bool:
    from ..store import cipher

    return path.exists() and cipher.looks_encrypted(path)


def _current_passphrase(args: argparse.Namespace) -> str:
    """The current passphrase, checked by opening the journal with it (entries sealed to it
    while it was locked arrive now, before its protection changes)."""
    journal = open_journal(args)
    try:
        passphrase = journal.store.passphrase
    finally:
        journal.close()
    assert passphrase is not None  # the file is encrypted: it opened with one
    return passphrase


@contextmanager
def _reopened(path: Path, passphrase: str | None) -> Iterator[Journal]:
    from ..services import Journal

    journal = Journal.open(str(path), create=False, passphrase=passphrase)
    try:
        yield journal
    finally:
        journal.close()


def _new_passphrase(
    args: argparse.Namespace, known: str | None, source: str, *, new_only: bool = False
) -> str:
    """A new passphrase: `known` (from `source`) if given, else typed twice in a terminal."""
    from ..store.encryption import check_passphrase

    if known is not None:
        problem = check_passphrase(known)
        if problem is not None:
            raise UserError(f"{_worded(problem)} ({source}); nothing was changed.")
        return known
    if not can_ask():
        how = (
            f"--new-passphrase-file FILE or ${ENV_NEW_PASSPHRASE}"
            if new_only
            else f"--passphrase-file FILE or ${ENV_PASSPHRASE}"
        )
        raise UserError(
            f"No new passphrase: give it with {how}, or run the command in a terminal to type it."
        )
    for attempt in range(1, TRIES + 1):
        typed = ask_passphrase("New passphrase: ")
        problem = check_passphrase(typed)
        if problem is None and ask_passphrase("Type it again: ") == typed:
            return typed
        why = _worded(problem) if problem else "The two passphrases differ."
        if attempt < TRIES:
            print(f"{why} Try again.", file=sys.stderr)
        else:
            raise UserError(f"{why} Nothing was changed.")
    raise AssertionError("unreachable")


def _worded(code: str) -> str:
    from ..store.encryption import MIN_PASSPHRASE

    if code == "empty":
        return "The passphrase is empty."
    if code == "short":
        return f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters."
    return f"The passphrase is refused ({code})."


def _verified(tables: dict[str, int]) -> str:
    entries = tables.get("entry", 0)
    rows = sum(tables.values())
    return (
        f"the copy was verified ({plural(entries, 'entry', 'entries')}, "
        f"{rows:,} rows in {plural(len(tables), 'table')})."
    )


def _progress() -> Progress | None:
    """Each step on its own line of a terminal's stderr; nothing into a pipe or a file."""
    if not is_terminal(sys.stderr):
        return None
    shown: set[str] = set()

    def show(step: str, _done: int, _total: int) -> None:
        if step in shown or step not in STEP_WORDS:
            return
        shown.add(step)
        sys.stderr.write(f"{STEP_WORDS[step]}...\n")
        sys.stderr.flush()

    return show


# -- backups ------------------------------------------------------------------------------------


def _backups_only(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    """`encrypt` on a journal encrypted already: only its plain backups, if asked to."""
    from ..store.encryption import plain_backups

    if args.backups == "keep":
        found = len(plain_backups(path))
        hint = (
            f" {plural(found, 'earlier backup')} of it "
            f"{'is' if found == 1 else 'are'} plain: add --backups encrypt or --backups delete."
            if found
            else ""
        )
        raise UserError(
            f"{path} is already protected by a passphrase; `{PROG} passphrase` changes it, "
            f"`{PROG} decrypt` removes it.{hint}"
        )
    current = _current_passphrase(args) if args.backups == "encrypt" else ""
    _handle_backups(path, args.backups, current, out)
    return 0


def _handle_backups(path: Path, action: str, passphrase: str, out: TextIO) -> None:
    from ..store.backup import backup_folder
    from ..store.encryption import delete_backups, encrypt_backups, plain_backups

    plain = plain_backups(path)
    folder = backup_folder(path)
    if not plain:
        out.write(f"No plain backups of it in {folder}.\n")
        return
    if action == "encrypt":
        done = encrypt_backups(plain, passphrase)
        out.write(f"Encrypted {plural(done, 'earlier backup')} in {folder}.\n")
    elif action == "delete":
        done = delete_backups(plain)
        out.write(f"Deleted {plural(done, 'plain backup')} in {folder}.\n")
    else:
        out.write(
            f"{plural(len(plain), 'earlier backup')} in {folder} "
            f"{'is' if len(plain) == 1 else 'are'} plain: `{PROG} encrypt --backups encrypt` "
            f"encrypts {'it' if len(plain) == 1 else 'them'} with the same passphrase, "
            f"`{PROG} encrypt --backups delete` deletes {'it' if len(plain) == 1 else 'them'}.\n"
        )


COMMANDS: dict[str, JournalCommand] = {}
STANDALONE: dict[str, OwnCommand] = {
    "encrypt": cmd_encrypt,
    "decrypt": cmd_decrypt,
    "passphrase": cmd_passphrase,
}
