"""`undo`, `redo`, `history`, `restore-version`: the journal's operation log on the command line.

The log is the journal's, so `careerjournal undo` takes back the newest change wherever it was
made: in the app, by another command, on another device.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from .base import AddCommand, UserError
from .output import print_json, table

if TYPE_CHECKING:
    from ..services import Journal


def add_parsers(command: AddCommand) -> None:
    p = command("undo", help="undo the newest change to the journal (made anywhere)")
    p.add_argument("--json", action="store_true")
    p = command("redo", help="redo the change undone last")
    p.add_argument("--json", action="store_true")
    p = command(
        "history",
        help="the journal's changes, newest first (or those of one record)",
        description="Lists the operations in the journal's log, newest first. With --of KIND ID, "
        "only those that changed that record (entry, goal, milestone, skill, band, role, review).",
    )
    p.add_argument("--limit", type=int, default=20, help="how many (default 20)")
    p.add_argument("--of", nargs=2, metavar=("KIND", "ID"), help="one record's history")
    p.add_argument("--json", action="store_true")
    p = command(
        "restore-version",
        help="restore a record as an earlier operation left it (itself undoable)",
    )
    p.add_argument("kind", help="entry, goal, milestone, skill, band, role or review")
    p.add_argument("id", type=int)
    p.add_argument("operation", type=int, help="the operation's number, from `history --of`")
    p.add_argument(
        "--before",
        action="store_true",
        help="the record as it was before that operation (say, as imported, before its first edit)",
    )


def _step(journal: Journal, args: argparse.Namespace, out: TextIO, *, redo: bool) -> int:
    from ..services.operations import NothingToUndoError, UndoConflictError, payload
    from ..wording.operations import conflict, describe

    try:
        record = journal.history.redo() if redo else journal.history.undo()
    except NothingToUndoError as exc:
        raise UserError(str(exc)) from None
    except UndoConflictError as exc:
        raise UserError(conflict(exc, redo=redo)) from None
    if args.json:
        print_json(payload(record), out)
    else:
        out.write(f"{'Redone' if redo else 'Undone'}: {describe(record)}\n")
    return 0


def cmd_undo(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    return _step(journal, args, out, redo=False)


def cmd_redo(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    return _step(journal, args, out, redo=True)


def cmd_history(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..services.operations import payload
    from ..services.record_history import table_of
    from ..wording.operations import describe

    if args.limit < 1:
        raise UserError("--limit must be at least 1.")
    if args.of:
        kind, raw = args.of
        try:
            record_id = int(raw)
        except ValueError:
            raise UserError(f"--of {kind} {raw}: the id must be a whole number.") from None
        found = journal.history.of_record(table_of(kind), record_id)[: args.limit]
    else:
        found = journal.history.list(limit=args.limit)
    if args.json:
        print_json([payload(r) for r in found], out)
        return 0
    if not found:
        out.write("No changes in the log.\n")
        return 0
    rows = [("#", "When (UTC)", "State", "What")]
    for r in found:
        state = "undone" if r.undone else ""
        rows.append((str(r.id), r.done_at.strftime("%Y-%m-%d %H:%M"), state, describe(r)))
    table(rows, frozenset({0}), out)
    return 0


def cmd_restore(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..services.record_history import restore
    from ..wording.operations import describe

    restore(journal, args.kind, args.id, args.operation, before=args.before)
    last = journal.history.last
    how = "found" if args.before else "left"
    out.write(f"Restored {args.kind} {args.id} as operation {args.operation} {how} it.")
    out.write(f" ({describe(last)}; `careerjournal undo` takes it back.)\n" if last else "\n")
    return 0


COMMANDS = {
    "undo": cmd_undo,
    "redo": cmd_redo,
    "history": cmd_history,
    "restore-version": cmd_restore,
}
