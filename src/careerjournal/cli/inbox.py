"""`inbox`: the suggestions harvesting found, and their triage (accept, merge, dismiss).

Each decision is one operation in the journal's log, so `careerjournal undo` (or Edit › Undo in
the app) takes it back. A decided suggestion never comes back on a rescan.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TextIO

from .base import AddCommand, JournalCommand, Json, UserError
from .entries import KINDS
from .output import plural, print_json, table
from .parsing import Formatter, Parser, global_options, one_of, whole

if TYPE_CHECKING:
    from ..services import Journal
    from ..services.inbox_records import CandidateRecord

SOURCES = ("git", "calendar", "jira", "github", "notes")
UNDO = "`careerjournal undo` takes it back."
EMPTY = "The inbox is empty. `careerjournal harvest` finds evidence of your work to fill it.\n"

# Calendar categories (facts["category"]), worded.
CATEGORIES = {
    "talk": "talk",
    "conference": "conference",
    "training": "training",
    "interview": "interview",
    "one_on_one": "one-on-one",
}


def add_parsers(command: AddCommand) -> None:
    p = command(
        "inbox",
        help="the evidence inbox: suggestions found by `harvest`; accept, merge or dismiss them",
        usage="%(prog)s [--json] [--source SOURCE] [--limit N] [accept|merge|dismiss ...]",
        description="With no action, lists the pending suggestions, newest first. Every "
        "decision is one change that `careerjournal undo` takes back.",
    )
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--source",
        type=one_of("--source", SOURCES),
        choices=SOURCES,
        metavar="SOURCE",
        help=f"only this source's: {', '.join(SOURCES)}",
    )
    p.add_argument(
        "--limit", type=whole("--limit", 1), metavar="N", help="at most this many (newest first)"
    )
    sub = p.add_subparsers(dest="inbox_action", metavar="ACTION", parser_class=Parser)

    def action(name: str, **kw: Any) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, formatter_class=Formatter, **kw)
        global_options(sp, argparse.SUPPRESS)
        return sp

    sp = action("accept", help="make one suggestion an entry (as suggested, or changed)")
    sp.add_argument("id", type=whole("ID", 1), metavar="ID")
    sp.add_argument("--kind", type=one_of("--kind", KINDS), choices=KINDS, metavar="KIND")
    sp.add_argument("--title", help="the entry's title (default: the suggestion's)")
    sp = action("merge", help="make several suggestions one entry")
    sp.add_argument("ids", type=whole("ID", 1), nargs="+", metavar="ID")
    sp.add_argument("--title", required=True, help="the merged entry's title")
    sp = action("dismiss", help="dismiss suggestions: a rescan never brings them back")
    sp.add_argument("ids", type=whole("ID", 1), nargs="*", metavar="ID")
    sp.add_argument(
        "--all-from",
        type=whole("--all-from", 1),
        metavar="ID",
        help="every pending suggestion from the same place (repository, file) as this one",
    )


def cmd_inbox(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    action = getattr(args, "inbox_action", None)
    if action == "accept":
        return _accept(journal, args, out)
    if action == "merge":
        return _merge(journal, args, out)
    if action == "dismiss":
        return _dismiss(journal, args, out)
    return _list(journal, args, out)


# -- listing -----------------------------------------------------------------------------------


def _list(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from ..domain import HarvestSource

    source = None if args.source is None else HarvestSource(args.source)
    found = journal.inbox.pending(source=source)
    shown = found if args.limit is None else found[: args.limit]
    if args.json:
        print_json(inbox_json(journal, shown), out)
        return 0
    if not shown:
        out.write(EMPTY if source is None else f"No {args.source} suggestions in the inbox.\n")
        return 0
    out.write("\n".join(candidate_lines(shown)) + "\n")
    left = len(found) - len(shown)
    if left:
        print(
            f"{plural(left, 'older suggestion')} not shown; drop --limit to see them.",
            file=sys.stderr,
        )
    return 0


def candidate_lines(candidates: list[CandidateRecord]) -> list[str]:
    """An aligned row per suggestion (id, date, source, kind, title), its facts underneath."""
    from ..domain.labels import HARVEST_SOURCE

    rows = [("ID", "Date", "Source", "Kind", "Title")]
    for c in candidates:
        rows.append(
            (
                str(c.id),
                c.occurred_on.isoformat(),
                HARVEST_SOURCE[c.source],
                c.kind.value,
                one_line(c.title),
            )
        )
    buffer = io.StringIO()
    table(rows, frozenset({0}), buffer)
    lines = buffer.getvalue().splitlines()
    indent = " " * (2 + max(len(r[0]) for r in rows) + 2)
    out = [lines[0]]
    for c, line in zip(candidates, lines[1:], strict=True):
        out.append(line)
        said = facts_line(c.facts)
        if said:
            out.append(indent + said)
    return out


def one_line(text: str) -> str:
    """The user's text on one line, control characters dropped (shown as plain text)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def facts_line(facts: Mapping[str, Any]) -> str:
    """What a source counted, in words: "14 commits in billing-service; +120 −30 lines"."""
    parts: list[str] = []
    repo = _text(facts.get("repository"))
    where = f" in {repo}" if repo else ""
    commits = _number(facts.get("commits"))
    if commits is not None:
        parts.append(plural(commits, "commit") + where + _change_type(facts))
    if (n := _number(facts.get("pull_request"))) is not None:
        parts.append(f"pull request #{n}" + ("" if commits is not None else where))
    if tag := _text(facts.get("tag")):
        parts.append(f"tag {tag}" + ("" if parts else where))
    if (n := _number(facts.get("reviews"))) is not None:
        repos = [_text(r) for r in facts.get("repositories") or () if _text(r)]
        parts.append(plural(n, "review") + (f" in {', '.join(repos)}" if repos else ""))
    if (added := _number(facts.get("additions"))) is not None and (
        deleted := _number(facts.get("deletions"))
    ) is not None:
        parts.append(f"+{added} −{deleted} lines")
    if issue := _text(facts.get("issue")):
        parts.append(_issue(issue, facts))
    if category := _text(facts.get("category")):
        parts.append(_event(category, facts))
    if heading := _text(facts.get("heading")):
        parts.append(f"under “{heading}”")
    if not parts and repo:
        parts.append(repo)
    return "; ".join(parts)


def _change_type(facts: Mapping[str, Any]) -> str:
    """A git group's conventional-commit type and scope: " (feat(refunds))"."""
    kind = _text(facts.get("type"))
    if not kind or "issue" in facts:  # a Jira issue's type is worded with the issue
        return ""
    scope = _text(facts.get("scope"))
    return f" ({kind}({scope}))" if scope else f" ({kind})"


def _issue(issue: str, facts: Mapping[str, Any]) -> str:
    kind = _text(facts.get("type"))
    points = facts.get("points")
    extra = [kind] if kind else []
    if isinstance(points, int | float) and not isinstance(points, bool):
        shown = f"{points:g}"
        extra.append(f"{shown} point" if shown == "1" else f"{shown} points")
    return f"issue {issue}" + (f" ({', '.join(extra)})" if extra else "")


def _event(category: str, facts: Mapping[str, Any]) -> str:
    said = CATEGORIES.get(category, category.replace("_", " "))
    times = _number(facts.get("occurrences"))
    if times is not None and times > 1:
        said += f", {times}{'+' if facts.get('capped') else ''} times"
    days = _number(facts.get("days"))
    if days is not None and days > 1:
        said += f", {days} days"
    first, last = _text(facts.get("first")), _text(facts.get("last"))
    if first and last and first != last:
        said += f" from {first} to {last}"
    every = _number(facts.get("every_days"))
    if every:
        weeks, rest = divmod(every, 7)
        if rest:
            said += f", every {plural(every, 'day')}"
        else:
            said += ", every week" if weeks == 1 else f", every {weeks} weeks"
    return said


def _number(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> str:
    return one_line(str(value)) if isinstance(value, str | int) and value != "" else ""


# -- deciding ----------------------------------------------------------------------------------


def _accept(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """One suggestion becomes an entry; --kind/--title change the suggested draft."""
    import dataclasses

    from ..domain import EntryKind

    changes: dict[str, Any] = {}
    if args.kind is not None:
        changes["kind"] = EntryKind(args.kind)
    if args.title is not None:
        changes["title"] = args.title
    if changes:
        draft = dataclasses.replace(journal.inbox.draft([args.id]), **changes)
        record = journal.inbox.accept([args.id], draft)
    else:
        record = journal.inbox.accept([args.id])
    out.write(f"Added entry {record.id} “{one_line(record.title)}”. {UNDO}\n")
    return 0


def _merge(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    ids = list(dict.fromkeys(args.ids))
    if len(ids) < 2:
        raise UserError("merge takes two or more suggestions; `inbox accept ID` takes one.")
    if not args.title.strip():
        raise UserError("--title is empty; name the merged entry.")
    record = journal.inbox.accept(ids, title=args.title)
    out.write(
        f"Merged {len(ids)} suggestions into entry {record.id} “{one_line(record.title)}”. {UNDO}\n"
    )
    return 0


def _dismiss(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    if args.all_from is not None and args.ids:
        raise UserError("give suggestion ids or --all-from ID, not both.")
    if args.all_from is not None:
        one = journal.inbox.get(args.all_from)
        count = journal.inbox.dismiss_origin(args.all_from)
        place = one.origin or one.source.value
        if not count:
            out.write(f"Nothing to dismiss: no suggestion from {place} is in the inbox.\n")
            return 0
        out.write(f"Dismissed {plural(count, 'suggestion')} from {place}. {_undo(count)}\n")
        return 0
    if not args.ids:
        raise UserError("name the suggestions to dismiss (their ids), or --all-from ID.")
    count = journal.inbox.dismiss(args.ids)
    out.write(f"Dismissed {plural(count, 'suggestion')}. {_undo(count)}\n")
    return 0


def _undo(count: int) -> str:
    return UNDO if count == 1 else "`careerjournal undo` takes them back."


def inbox_json(journal: Journal, candidates: list[CandidateRecord]) -> list[Json]:
    """`inbox --json`: each pending suggestion with the skills and milestones it points at."""
    hints = journal.inbox.suggestions([c.id for c in candidates])
    return [{**c.to_json(), "suggestions": hints[c.id].to_json()} for c in candidates]


COMMANDS: dict[str, JournalCommand] = {"inbox": cmd_inbox}
