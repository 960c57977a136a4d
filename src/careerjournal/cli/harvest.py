"""`harvest git|ics|jira|github|notes`: find evidence of work and fill the evidence inbox.

Each source runs its reader (`careerjournal.harvest.*`), then the inbox stores what it found:
new suggestions are added, pending ones refreshed, decided ones left alone. Storing is not an
operation on the undo stack (finding evidence is not a user's change); deciding is, through
`careerjournal inbox accept|merge|dismiss`. Nothing here touches the network.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .base import AddCommand, InvalidValue, JournalCommand, Json, UserError
from .inbox import one_line
from .output import is_terminal, plural, print_json
from .parsing import Formatter, Parser, day, global_options

if TYPE_CHECKING:
    from ..harvest import Found, HarvestReport, Skipped
    from ..services import Journal
    from ..services.inbox import StoreResult

DRY_RUN_TITLES = 10  # titles a dry run lists

# The reasons a reader gives for skipping a place (Skipped.reason), worded.
REASONS = {
    "outside": "it points outside the folder",
    "unreadable": "could not be read",
    "no_git": "git is not installed or could not be run",
    "too_many_dirs": "too many folders to search",
    "malformed": "not in the expected format",
    "too_large": "too large",
    "not_utf8": "not UTF-8 text",
    "bad_date": "a date could not be read",
    "no_header": "no header row",
    "too_many_rows": "too many rows",
    "too_many_files": "too many files",
    "unknown_shape": "not an export this source understands",
    "missing": "not there",
    "line_too_long": "a line is too long",
    "no_key": "a row without an issue key",
    "too_many_occurrences": "an event repeats too often",
}


@dataclass(frozen=True)
class Source:
    """One `harvest` subcommand: its inbox source, what its places are, what it reads."""

    command: str
    source: str  # a HarvestSource value (the enum is loaded only when a command runs)
    place: str  # PATH, FILE, FOLDER
    item: str  # what `read` counts: "commit" ("commits")
    help: str


SOURCES = (
    Source("git", "git", "PATH", "commit", "your commits in git repositories"),
    Source("ics", "calendar", "FILE", "event", "talks, trainings, interviews from .ics files"),
    Source("jira", "jira", "FILE", "issue", "issues you resolved, from Jira CSV exports"),
    Source("github", "github", "FILE", "item", "merged pull requests, reviews: gh/glab JSON"),
    Source("notes", "notes", "FOLDER", "item", "dated Markdown notes (a daily-notes folder)"),
)
# What each source's places are, for its help.
PLACES = {
    "git": "a repository, or a folder with repositories in it",
    "ics": "a calendar exported as .ics",
    "jira": "a CSV export of a Jira issue search",
    "github": "JSON saved from gh, glab or the GitHub/GitLab API",
    "notes": "a folder of daily notes named by date (YYYY-MM-DD.md)",
}
BY_COMMAND = {s.command: s for s in SOURCES}


def existing(text: str) -> Path:
    """A type for a file or folder that exists (a missing one: exit status 1, nothing read)."""
    path = Path(text).expanduser()
    if not path.exists():
        raise InvalidValue(f"{text}: no such file or folder.")
    return path


def notes_pattern(text: str) -> str:
    """A type for a notes date pattern: YYYY, MM and DD, other characters as they are."""
    from ..harvest.sources import valid_pattern

    if not valid_pattern(text):
        raise InvalidValue(f"--pattern: {text!r} needs YYYY, MM and DD (like YYYY-MM-DD).")
    return text


def add_parsers(command: AddCommand) -> None:
    p = command(
        "harvest",
        help="find evidence of your work (git, calendars, Jira, GitHub, notes) for the inbox",
        description="Reads a source and fills the evidence inbox with suggested entries "
        "(`careerjournal inbox` lists them). A rescan adds only what is new: suggestions you "
        "accepted or dismissed never come back. Nothing is sent anywhere.",
    )
    sub = p.add_subparsers(
        dest="harvest_source", metavar="SOURCE", parser_class=Parser, required=True
    )
    for s in SOURCES:
        sp = sub.add_parser(s.command, help=s.help, description=s.help, formatter_class=Formatter)
        global_options(sp, argparse.SUPPRESS)
        sp.add_argument("places", nargs="+", type=existing, metavar=s.place, help=PLACES[s.command])
        if s.command == "git":
            sp.add_argument(
                "--author",
                action="extend",
                nargs="+",
                required=True,
                metavar="EMAIL_OR_NAME",
                help="your commit e-mail or name (several for old addresses)",
            )
        elif s.command == "jira":
            sp.add_argument(
                "--assignee", action="extend", nargs="+", default=[], metavar="NAME",
                help="only issues assigned to these people (default: every issue in the file)",
            )  # fmt: skip
        elif s.command == "github":
            sp.add_argument(
                "--login", action="extend", nargs="+", default=[], metavar="LOGIN",
                help="only pull requests by these logins (default: every one in the file)",
            )  # fmt: skip
        elif s.command == "notes":
            sp.add_argument(
                "--pattern",
                type=notes_pattern,
                default="YYYY-MM-DD",
                help="how a note's file name gives its date, from YYYY, MM and DD "
                "(default YYYY-MM-DD; YYYY/MM/DD for notes in year and month folders)",
            )
        sp.add_argument(
            "--since",
            type=day("--since"),
            metavar="YYYY-MM-DD",
            help="only what happened on or after this day",
        )
        sp.add_argument(
            "--dry-run", action="store_true", help="say what would be added; write nothing"
        )
        sp.add_argument("--json", action="store_true")


# -- reading -----------------------------------------------------------------------------------


def progress_printer(stream: TextIO) -> Callable[[int, int], None] | None:
    """Repositories done/total on one line of `stream`, when it is a terminal."""
    if not is_terminal(stream):
        return None

    def show(done: int, total: int) -> None:
        stream.write(f"\rRepositories: {done}/{total}")
        stream.flush()

    return show


def reader(
    args: argparse.Namespace, progress: Callable[[int, int], None] | None
) -> Callable[[dict[str, dict[str, Any]]], HarvestReport]:
    """The source's reader for `args`, as `states -> HarvestReport` (only git uses states)."""
    places: list[Path] = list(args.places)
    since: dt.date | None = args.since
    name = args.harvest_source
    if name == "git":
        from ..harvest import git

        authors = list(args.author)
        return lambda states: git.harvest(
            places, authors, since=since, states=states, progress=progress
        )
    if name == "ics":
        from ..harvest import calendar

        return lambda _states: calendar.harvest(places, since=since)
    if name == "jira":
        from ..harvest import jira

        return lambda _states: jira.harvest(places, assignees=list(args.assignee), since=since)
    if name == "github":
        from ..harvest import github

        return lambda _states: github.harvest(places, logins=list(args.login), since=since)
    from ..harvest import notes

    return lambda _states: notes.harvest(places, pattern=args.pattern, since=since)


def cmd_harvest(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Run one source's reader with the journal's stored states; store (or, dry, only say)."""
    from ..domain import HarvestSource

    spec = BY_COMMAND[args.harvest_source]
    source = HarvestSource(spec.source)
    progress = progress_printer(sys.stderr) if spec.command == "git" else None
    try:
        report = reader(args, progress)(journal.inbox.states(source))
    finally:
        if progress is not None:
            sys.stderr.write("\r\033[K")  # the progress line goes once done
            sys.stderr.flush()
    if _nothing_read(report):
        raise UserError(
            "nothing could be read: " + "; ".join(skip_text(s) for s in report.skipped) + "."
        )
    if spec.command == "git" and not (report.states or report.skipped or report.found):
        names = ", ".join(one_line(str(p)) for p in args.places)
        raise UserError(f"no git repository in {names}: nothing was read.")
    pending = {c.key for c in journal.inbox.pending(source=source)}
    if args.dry_run:
        return _dry_run(report, source.value, spec, args, pending, out)
    keys = {f.key[:300] for f in report.found if f.source is source}
    result = journal.inbox.store(source, report)
    if args.json:
        print_json(result.to_json(), out)
        return 0
    out.write(f"{_label(args.places)}: {summary(result, len(keys & pending), spec.item)}\n")
    for skipped in result.skipped:
        out.write(f"skipped: {skip_text(skipped)}\n")
    if result.added:
        out.write("`careerjournal inbox` lists the suggestions.\n")
    return 0


def _nothing_read(report: HarvestReport) -> bool:
    """Every place skipped: nothing found, read or remembered, only reasons."""
    return bool(report.skipped) and not (report.found or report.read or report.states)


# -- wording -----------------------------------------------------------------------------------


def summary(result: StoreResult, was_pending: int, item: str) -> str:
    """ "12 new suggestions, 3 already decided, 1 duplicate (120 commits read)".

    `known` counts both candidates found again unchanged in the inbox and decided ones;
    `was_pending` (found keys that were pending before the store) tells them apart.
    """
    unchanged = max(0, was_pending - result.updated)
    decided = max(0, result.known - unchanged)
    parts = [
        plural(result.added, "new suggestion") if result.added else "",
        f"{result.updated} updated" if result.updated else "",
        f"{unchanged} already in the inbox" if unchanged else "",
        f"{decided} already decided" if decided else "",
        plural(result.duplicates, "duplicate") if result.duplicates else "",
    ]
    said = ", ".join(p for p in parts if p) or "nothing new"
    return f"{said} ({plural(result.read, item)} read)"


def skip_text(skipped: Skipped) -> str:
    """ "/x/y (it points outside the folder: .git is a link)": the place, then why."""
    reason = REASONS.get(skipped.reason, skipped.reason.replace("_", " "))
    where, detail = one_line(skipped.where), one_line(skipped.detail)
    return f"{where} ({reason}: {detail})" if detail else f"{where} ({reason})"


def _label(places: Sequence[Path]) -> str:
    """The places harvested, by name: "billing-service", "a.ics, b.ics and 3 more"."""
    names = [one_line(p.name or str(p)) for p in places]
    if len(names) <= 3:
        return ", ".join(names)
    return f"{', '.join(names[:2])} and {len(names) - 2} more"


# -- dry run -----------------------------------------------------------------------------------


def found_json(found: Found, pending: bool) -> Json:
    return {
        "source": found.source.value,
        "key": found.key,
        "occurred_on": found.occurred_on.isoformat(),
        "kind": found.kind.value,
        "title": found.title,
        "impact": found.impact,
        "tags": list(found.tags),
        "evidence": list(found.evidence),
        "links": [{"url": link.url, "label": link.label} for link in found.links],
        "origin": found.origin,
        "fingerprint": found.fingerprint,
        "facts": found.facts,
        "in_inbox": pending,
    }


def _dry_run(
    report: HarvestReport,
    source: str,
    spec: Source,
    args: argparse.Namespace,
    pending: set[str],
    out: TextIO,
) -> int:
    """What a harvest found, stored nowhere. Which are new is judged against the inbox only:
    decided suggestions are not looked up (storing would leave those alone)."""
    found = sorted(report.found, key=lambda f: (f.occurred_on, f.title), reverse=True)
    if args.json:
        print_json(
            {
                "dry_run": True,
                "source": source,
                "read": report.read,
                "found": [found_json(f, f.key[:300] in pending) for f in found],
                "skipped": [
                    {"where": s.where, "reason": s.reason, "detail": s.detail}
                    for s in report.skipped
                ],
            },
            out,
        )
        return 0
    fresh = [f for f in found if f.key[:300] not in pending]
    counted = plural(len(found), "suggestion")
    out.write(
        f"Dry run, nothing written. {_label(args.places)}: {counted} found "
        f"({plural(report.read, spec.item)} read)"
    )
    out.write(
        f", {len(found) - len(fresh)} of them already in the inbox"
        if len(fresh) < len(found)
        else ""
    )
    out.write(". Ones you decided before would be left alone.\n")
    for f in fresh[:DRY_RUN_TITLES]:
        out.write(f"  {f.occurred_on.isoformat()}  {one_line(f.title)}\n")
    if len(fresh) > DRY_RUN_TITLES:
        out.write(f"  … and {len(fresh) - DRY_RUN_TITLES} more\n")
    for skipped in report.skipped:
        out.write(f"skipped: {skip_text(skipped)}\n")
    return 0


COMMANDS: dict[str, JournalCommand] = {"harvest": cmd_harvest}
