"""Entry commands: add, list, search, show, delete, restore."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .base import AddCommand, JournalCommand, Json, OwnCommand, UserError
from .output import is_terminal, print_json
from .parsing import date_value, day, one_of, whole

if TYPE_CHECKING:
    from ..domain import EntryKind
    from ..services import EntryDraft, EntryRecord, Journal

KINDS = (
    "promotion",
    "skill",
    "certification",
    "project",
    "responsibility",
    "recognition",
    "feedback",
    "learning",
    "network",
    "compensation",
    "other",
)
LIST_PAGE = 50  # `list` on a terminal shows the newest this many unless --limit says otherwise


def entry_json(e: EntryRecord) -> Json:
    """The stable JSON shape of one entry (docs/cli.md)."""
    return {
        "id": e.id,
        "date": e.occurred_on.isoformat(),
        "kind": e.kind.value,
        "title": e.title,
        "body": e.body,
        "impact": e.impact,
        "measurable_result": e.measurable_result,
        "starred": e.starred,
        "tags": list(e.tags),
        "links": [{"url": link.url, "label": link.label} for link in e.links],
        "role": None if e.role_id is None else {"id": e.role_id, "title": e.role_title},
        "trashed": e.trashed,
        "created_at": e.created_at.isoformat(timespec="seconds"),
        "updated_at": e.updated_at.isoformat(timespec="seconds"),
        "version": e.version,
    }


def _print_entries(entries: Sequence[EntryRecord], out: TextIO) -> None:
    if not entries:
        out.write("No entries.\n")
        return
    width = max(len(str(e.id)) for e in entries)
    for e in entries:
        tags = "  " + " ".join(f"#{t}" for t in e.tags) if e.tags else ""
        star = "*" if e.starred else " "
        out.write(
            f"{e.id:>{width}}  {e.occurred_on.isoformat()}  {e.kind.value:<14}{star} "
            f"{e.title}{tags}\n"
        )


def _print_entry(e: EntryRecord, out: TextIO) -> None:
    rows = [
        ("Entry", str(e.id) + ("  (in the trash)" if e.trashed else "")),
        ("Date", e.occurred_on.isoformat()),
        ("Kind", e.kind.value),
        ("Title", e.title),
        ("Impact", f"{e.impact} of 5"),
        ("Result", e.measurable_result),
        ("Starred", "yes" if e.starred else ""),
        ("Tags", ", ".join(e.tags)),
        ("Role", e.role_title),
    ]
    for label, value in rows:
        if value:
            out.write(f"{label + ':':<9}{value}\n")
    for link in e.links:
        out.write(f"{'Link:':<9}{link.url}" + (f"  ({link.label})" if link.label else "") + "\n")
    if e.body:
        out.write("\n" + e.body + "\n")


# -- the command line ---------------------------------------------------------------------------


def add_parsers(command: AddCommand) -> None:
    _add_add(command)
    _add_list(command)

    p = command(
        "search",
        help="search by words and meaning, best match first",
        description="Search the journal, best match first. By default words and meaning "
        "together: entries with the query's words first, then the ones closest in meaning "
        "(found with an offline model; nothing leaves the computer). Without the model, by "
        "words only.",
    )
    p.add_argument("query", metavar="QUERY")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--semantic",
        action="store_true",
        help="by meaning only: the entries closest in meaning, whatever their words",
    )
    mode.add_argument(
        "--words", action="store_true", help="by words only (full-text search, the fastest)"
    )
    p.add_argument(
        "--limit",
        type=whole("--limit", 1),
        default=50,
        metavar="N",
        help="at most N matches (default: 50)",
    )
    p.add_argument("--json", action="store_true")

    p = command("show", help="show one entry")
    p.add_argument("id", type=whole("ID", 1), metavar="ID")
    p.add_argument("--json", action="store_true")

    p = command("delete", help="move entries to the trash")
    p.add_argument("ids", type=whole("ID", 1), nargs="+", metavar="ID")

    p = command("restore", help="bring entries back from the trash")
    p.add_argument("ids", type=whole("ID", 1), nargs="+", metavar="ID")


def _add_add(command: AddCommand) -> None:
    p = command("add", help="add an entry and print its id")
    p.add_argument("title", metavar="TITLE")
    p.add_argument(
        "--kind",
        type=one_of("--kind", KINDS),
        choices=KINDS,
        default=None,
        metavar="KIND",
        help=f"one of {', '.join(KINDS)} (default: the kind you used most in the last year, "
        "else project; never other, which Insights leaves out)",
    )
    p.add_argument(
        "--date",
        type=day("--date"),
        metavar="YYYY-MM-DD",
        help="when it happened (default: today)",
    )
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    p.add_argument(
        "--impact",
        type=whole("--impact", 1, 5),
        default=2,
        metavar="1-5",
        help="how much it mattered, 1 to 5 (default: 2)",
    )
    p.add_argument("--body", default="", metavar="TEXT", help="details, in Markdown")
    p.add_argument("--result", default="", metavar="TEXT", help="measurable result")
    p.add_argument("--star", action="store_true", help="include in the appraisal summary")
    p.add_argument(
        "--json",
        action="store_true",
        help="print the new entry as JSON (a sealed one: what was sealed and how many wait)",
    )


def _add_list(command: AddCommand) -> None:
    p = command(
        "list",
        help="list entries, oldest first",
        description="List entries, oldest first. With --limit N (or on a terminal, where N is "
        f"{LIST_PAGE} unless given), the newest N of them, and a line on stderr saying how many "
        "more there are.",
    )
    p.add_argument("--from", dest="date_from", type=day("--from"), metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=day("--to"), metavar="YYYY-MM-DD")
    p.add_argument(
        "--kind",
        type=one_of("--kind", KINDS),
        choices=KINDS,
        action="append",
        metavar="K",
        help=f"only entries of this kind (repeatable): {', '.join(KINDS)}",
    )
    p.add_argument("--tag", action="append", metavar="T", help="only this tag (repeatable)")
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.add_argument(
        "--limit",
        type=whole("--limit", 0),
        default=None,
        metavar="N",
        help=f"the newest N entries; 0 lists all (default: {LIST_PAGE} on a terminal, else all)",
    )
    p.add_argument("--json", action="store_true")


# -- the commands -------------------------------------------------------------------------------


def _add_draft(args: argparse.Namespace, kind: EntryKind) -> EntryDraft:
    from ..services import EntryDraft

    return EntryDraft(
        title=args.title,
        occurred_on=date_value(args.date, "--date") or dt.date.today(),
        kind=kind,
        body=args.body,
        impact=args.impact,
        measurable_result=args.result,
        starred=args.star,
        tags=tuple(args.tag),
    )


def cmd_add(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..domain import EntryKind

    kind = EntryKind(args.kind) if args.kind else journal.entries.capture_kind()
    record = journal.entries.add(_add_draft(args, kind))
    if getattr(args, "json", False):
        print_json(entry_json(record), out)
    else:
        out.write(f"{record.id}\n")
    return 0


def cmd_add_or_seal(args: argparse.Namespace, out: TextIO) -> int:
    """`add`: on an encrypted journal whose passphrase is not given, seal the entry to it (no
    prompt, no database); it joins the journal when the journal is next unlocked."""
    locked = _locked_journal(args)
    if locked is not None:
        return _seal_add(locked, args, out)
    from ..store.integrity import DamagedJournalError
    from .opening import check_command, open_journal

    try:
        journal = open_journal(args)
    except DamagedJournalError as exc:
        raise UserError(f"{exc} `{check_command(exc.path)}` says how to recover it.") from None
    try:
        return cmd_add(journal, args, out)
    finally:
        journal.close()


def _locked_journal(args: argparse.Namespace) -> Path | None:
    """The journal file when it is encrypted and no passphrase was given, else None."""
    from ..store import cipher, paths

    location = paths.resolve_location(args.database)
    if paths.is_url(location):
        return None
    path = paths.sqlite_path(location)
    if not path.is_file() or not cipher.looks_encrypted(path):
        return None
    from .opening import known_passphrase

    return path if known_passphrase(args) is None else None


def _seal_add(journal_file: Path, args: argparse.Namespace, out: TextIO) -> int:
    from ..domain import EntryKind
    from ..services import sealing

    kind = EntryKind(args.kind) if args.kind else EntryKind.OTHER
    draft = _add_draft(args, kind)
    try:
        record_id = sealing.seal_entry(journal_file, draft, pick_kind=not args.kind)
    except sealing.SealingError as exc:
        raise UserError(
            f"{exc} To add the entry now, give the journal's passphrase with --passphrase-file "
            "FILE or $CAREERJOURNAL_PASSPHRASE."
        ) from None
    waiting = sealing.pending_count(journal_file)
    title = " ".join(draft.title.split())
    if getattr(args, "json", False):
        print_json({"sealed": True, "record": record_id, "title": title, "waiting": waiting}, out)
    else:
        out.write(
            f"Sealed “{title}”: it joins the journal the next time it is unlocked "
            f"({waiting} waiting).\n"
        )
    return 0


def cmd_list(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Entries oldest first; with a limit (given, or a page on a terminal) the newest N of them."""
    from ..domain import EntryKind
    from ..services import EntryQuery

    date_from, date_to = date_value(args.date_from, "--from"), date_value(args.date_to, "--to")
    if date_from and date_to and date_to < date_from:
        raise UserError(f"--to {date_to} is before --from {date_from}.")
    query = EntryQuery(
        date_from=date_from,
        date_to=date_to,
        kinds=frozenset(EntryKind(k) for k in args.kind) if args.kind else None,
        tags=frozenset(args.tag) if args.tag else None,
        trashed=bool(args.trash),
    )
    limit = args.limit
    if limit is None and not args.json and is_terminal(out):
        limit = LIST_PAGE
    if not limit:  # None or 0: every entry
        _output_entries(journal.entries.list(query), args.json, out)
        return 0
    ids = journal.entries.ids(query)  # newest first
    shown = list(reversed(journal.entries.get_many(ids[:limit])))
    _output_entries(shown, args.json, out)
    hidden = len(ids) - len(shown)
    if hidden:
        out.flush()
        older = "older entry is" if hidden == 1 else "older entries are"
        sys.stderr.write(
            f"{hidden:,} {older} not shown; --limit 0 lists them all, --limit N the newest N.\n"
        )
    return 0


def cmd_search(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from . import meaning

    mode = meaning.search_mode(args)
    if mode == meaning.WORDS:
        found = journal.entries.search(args.query, limit=args.limit)
    else:
        found = journal.entries.get_many(meaning.search_ids(journal, args.query, mode, args.limit))
    _output_entries(found, args.json, out)
    return 0


def _output_entries(entries: Sequence[EntryRecord], as_json: bool, out: TextIO) -> None:
    if as_json:
        print_json([entry_json(e) for e in entries], out)
    else:
        _print_entries(entries, out)


def cmd_show(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    entry = journal.entries.get(args.id)
    if args.json:
        print_json(entry_json(entry), out)
    else:
        _print_entry(entry, out)
    return 0


def _trash_or_restore(journal: Journal, ids: list[int], restore: bool, out: TextIO) -> int:
    existing = {e.id: e for e in journal.entries.get_many(ids)}
    missing = [i for i in ids if i not in existing]
    if missing:
        raise UserError(f"There is no {_ids('entry', missing)}; nothing was changed.")
    changed = journal.entries.restore(ids) if restore else journal.entries.trash(ids)
    verb = "Restored" if restore else "Moved to the trash:"
    already = [i for i in ids if i not in changed]
    if changed:
        out.write(f"{verb} {_ids('entry', changed)}.\n")
    if already:
        state = "not in the trash" if restore else "already in the trash"
        were = "was" if len(already) == 1 else "were"
        out.write(f"{_ids('Entry', already)} {were} {state}.\n")
    return 0


def _ids(word: str, ids: Sequence[int]) -> str:
    """`entry 3` or `entries 3, 5` (`Entry`/`Entries` at the start of a sentence)."""
    many = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{word if len(ids) == 1 else many} {', '.join(map(str, ids))}"


def cmd_delete(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    return _trash_or_restore(journal, args.ids, False, out)


def cmd_restore(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    return _trash_or_restore(journal, args.ids, True, out)


COMMANDS: dict[str, JournalCommand] = {
    "list": cmd_list,
    "search": cmd_search,
    "show": cmd_show,
    "delete": cmd_delete,
    "restore": cmd_restore,
}

# `add` opens the journal itself: a locked one is not opened at all (the entry is sealed).
STANDALONE: dict[str, OwnCommand] = {"add": cmd_add_or_seal}
