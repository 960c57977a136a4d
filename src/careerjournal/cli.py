"""The command line: argparse over the services. Never imports Qt at import time; only the
commands that draw (`screenshot`, `report -o FILE.pdf`) load it, and only when they run.

Exit status (docs/cli.md): 0 on success; 1 when a value is refused or the command cannot be done
(one line on stderr, no traceback); 2 when the command line is not understood (an unknown command
or option, a missing argument: argparse's usage errors). Values are checked by the type functions
below, which raise InvalidValue (exit 1), never argparse's own errors (exit 2).
The `--json` shapes are documented in docs/cli.md and kept stable for scripts.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__

if TYPE_CHECKING:
    from .services import EntryRecord, Journal
    from .services.banding import BandShortfall
    from .services.goals import GoalProgress, MilestoneStatus
    from .services.insights import Insights
    from .services.skills import BandStatus, SkillsOverview, SkillStatus

PROG = "careerjournal"
VIEWS = ("journal", "timeline", "skills", "goals", "insights", "summary")
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

SECTIONS = ("headline", "achievements", "skills", "goals", "quotes", "stats")
REPORT_FORMATS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}
IMPORT_FORMATS = ("auto", "backup", "jsonresume", "linkedin")
EXPORT_FORMATS = ("backup", "jsonresume", "markdown", "csv")
THEMES = ("light", "dark")
LIST_PAGE = 50  # `list` on a terminal shows the newest this many unless --limit says otherwise
# The sample career's limits (services.demo; repeated so `--help` does not import it).
DEMO_ENTRIES, DEMO_MIN, DEMO_MAX, DEMO_SEED = 1500, 50, 1_000_000, 7
SAMPLE_FILE = "sample-career.sqlite3"  # store.paths.SAMPLE_FILENAME, for the help


class UserError(Exception):
    """A problem to report in one line with exit status 1."""


class InvalidValue(UserError):
    """A value on the command line is refused: exit status 1, like every other invalid value."""


# -- output helpers ----------------------------------------------------------------------------


def entry_json(e: EntryRecord) -> dict[str, Any]:
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


def _print_json(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


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


# -- argument parsing --------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse, but a refused value is one line and exit status 1 (see the module docstring)."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        try:
            return super().parse_known_args(args, namespace)
        except InvalidValue as exc:
            self.exit(1, f"{PROG}: error: {exc}\n")


class _Formatter(argparse.HelpFormatter):
    """Help text wrapped between words only: never inside sample-career.sqlite3 or --per-kind."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        import textwrap

        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        return textwrap.fill(
            " ".join(text.split()),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        )


def _whole(name: str, low: int | None = None, high: int | None = None) -> Callable[[str], int]:
    """A type for a whole number from `low` to `high` (either may be open)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise InvalidValue(f"{name}: {text!r} is not a whole number.") from None
        if low is not None and high is not None and not low <= value <= high:
            raise InvalidValue(f"{name}: {value} is outside {low:,} to {high:,}.")
        if low is not None and value < low:
            raise InvalidValue(f"{name}: {value} must be {low} or more.")
        return value

    return parse


def _one_of(name: str, options: Sequence[str]) -> Callable[[str], str]:
    """A type for one of `options` (give `choices` too, for the help)."""

    def parse(text: str) -> str:
        if text not in options:
            raise InvalidValue(f"{name}: {text!r} is not one of {', '.join(options)}.")
        return text

    return parse


def _day(name: str) -> Callable[[str], dt.date]:
    """A type for a YYYY-MM-DD date that exists on the calendar."""

    def parse(text: str) -> dt.date:
        from .services.errors import ValidationError
        from .services.validate import parse_date

        try:
            return parse_date(text, name)
        except ValidationError as exc:
            raise InvalidValue(str(exc)) from None

    return parse


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise InvalidValue(f"--size: {text!r} is not a size like 1280x800.") from None
    if not (320 <= w <= 7680 and 240 <= h <= 4320):
        raise InvalidValue(f"--size: {text!r} is outside 320x240 to 7680x4320.")
    return w, h


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--database and --create, which go before the command or after it.

    The commands' copies default to SUPPRESS, so they set the value only when given there.
    """
    parser.add_argument(
        "--database",
        metavar="PATH|URL",
        default=default,
        help="journal file or SQLAlchemy URL (default: $CAREERJOURNAL_DATABASE, else the file "
        "in your user data folder); a missing file is refused unless --create is given "
        "(demo creates it)",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help="start a new journal if there is none at --database (a mistyped path is refused "
        "without it)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        formatter_class=_Formatter,
        description="Career Journal: journal your promotions and micro-progressions. "
        "With no command, opens the desktop app.",
        epilog="Exit status: 0 success, 1 a value refused or the command failed, 2 the command "
        "line not understood. Global options may also follow the command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _global_options(parser, None)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], formatter_class=_Formatter, **kw)

    p = command("add", help="add an entry and print its id")
    p.add_argument("title", metavar="TITLE")
    p.add_argument(
        "--kind",
        type=_one_of("--kind", KINDS),
        choices=KINDS,
        default=None,
        metavar="KIND",
        help=f"one of {', '.join(KINDS)} (default: the kind you used most in the last year, "
        "else project; never other, which Insights leaves out)",
    )
    p.add_argument(
        "--date",
        type=_day("--date"),
        metavar="YYYY-MM-DD",
        help="when it happened (default: today)",
    )
    p.add_argument("--tag", action="append", default=[], metavar="T", help="a tag (repeatable)")
    p.add_argument(
        "--impact",
        type=_whole("--impact", 1, 5),
        default=2,
        metavar="1-5",
        help="how much it mattered, 1 to 5 (default: 2)",
    )
    p.add_argument("--body", default="", metavar="TEXT", help="details, in Markdown")
    p.add_argument("--result", default="", metavar="TEXT", help="measurable result")
    p.add_argument("--star", action="store_true", help="include in the appraisal summary")

    p = command(
        "list",
        help="list entries, oldest first",
        description="List entries, oldest first. With --limit N (or on a terminal, where N is "
        f"{LIST_PAGE} unless given), the newest N of them, and a line on stderr saying how many "
        "more there are.",
    )
    p.add_argument("--from", dest="date_from", type=_day("--from"), metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", type=_day("--to"), metavar="YYYY-MM-DD")
    p.add_argument(
        "--kind",
        type=_one_of("--kind", KINDS),
        choices=KINDS,
        action="append",
        metavar="K",
        help=f"only entries of this kind (repeatable): {', '.join(KINDS)}",
    )
    p.add_argument("--tag", action="append", metavar="T", help="only this tag (repeatable)")
    p.add_argument("--trash", action="store_true", help="list the trash instead")
    p.add_argument(
        "--limit",
        type=_whole("--limit", 0),
        default=None,
        metavar="N",
        help=f"the newest N entries; 0 lists all (default: {LIST_PAGE} on a terminal, else all)",
    )
    p.add_argument("--json", action="store_true")

    p = command("search", help="full-text search, best match first")
    p.add_argument("query", metavar="QUERY")
    p.add_argument(
        "--limit",
        type=_whole("--limit", 1),
        default=50,
        metavar="N",
        help="at most N matches (default: 50)",
    )
    p.add_argument("--json", action="store_true")

    p = command("show", help="show one entry")
    p.add_argument("id", type=_whole("ID", 1), metavar="ID")
    p.add_argument("--json", action="store_true")

    p = command("delete", help="move entries to the trash")
    p.add_argument("ids", type=_whole("ID", 1), nargs="+", metavar="ID")

    p = command("restore", help="bring entries back from the trash")
    p.add_argument("ids", type=_whole("ID", 1), nargs="+", metavar="ID")

    p = command("skills", help="skill bands: levels, targets and what is missing")
    p.add_argument("--json", action="store_true")

    p = command("goals", help="goals: progress, pace, projected ready date, open milestones")
    p.add_argument("--all", action="store_true", help="include achieved and dropped goals")
    p.add_argument("--json", action="store_true")

    p = command(
        "insights",
        help="momentum, promotions, fragmentation, lattice, cadence, career stage, next promotion",
    )
    p.add_argument("--json", action="store_true")

    p = command(
        "demo",
        help="write a generated sample career into a journal of its own",
        description="Write a generated 12-year sample career (roles, reviews, skill bands, goals "
        "and entries) into an empty journal. Without --database it goes into "
        f"{SAMPLE_FILE} in your user data folder ($CAREERJOURNAL_DATABASE is not used), "
        "never into your journal; the journal is created if needed. A journal with entries of "
        "your own is always refused.",
    )
    p.add_argument(
        "--entries",
        type=_whole("--entries", DEMO_MIN, DEMO_MAX),
        default=DEMO_ENTRIES,
        metavar="N",
        help=f"how many entries, {DEMO_MIN} to {DEMO_MAX:,} (default: {DEMO_ENTRIES:,})",
    )
    p.add_argument(
        "--seed",
        type=_whole("--seed"),
        default=DEMO_SEED,
        metavar="S",
        help="any whole number; the same seed, size and day give the same career "
        f"(default: {DEMO_SEED})",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace an earlier sample career in the journal (it is backed up first); "
        "entries of your own are never replaced",
    )

    p = command("check", help="check the journal's integrity")
    p.add_argument("--repair", action="store_true", help="rebuild the search index if needed")
    p.add_argument(
        "--recover",
        action="store_true",
        help="replace a damaged journal by a new one holding what can still be read from it; "
        "the damaged file is kept as NAME.damaged",
    )
    p.add_argument(
        "--from-backup",
        action="store_true",
        help="with --recover: put back the newest good backup instead (what was written after "
        "it is not in it)",
    )

    p = command("backup", help="write a verified backup copy")
    p.add_argument("-o", "--output", metavar="FILE", help="where (default: the backup folder)")

    p = command(
        "report", help="write the appraisal summary of a period to a PDF, HTML or Markdown file"
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=_day("--from"),
        metavar="YYYY-MM-DD",
        help="first day (default: your last review, else 12 months before --to)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=_day("--to"),
        metavar="YYYY-MM-DD",
        help="last day (default: today)",
    )
    p.add_argument(
        "--sections",
        metavar="S,S,...",
        help=f"only these sections, comma-separated: {','.join(SECTIONS)} (default: all)",
    )
    p.add_argument(
        "--include-compensation",
        action="store_true",
        help="list pay changes among the achievements (left out by default)",
    )
    p.add_argument(
        "--include-other",
        action="store_true",
        help="include entries of kind Other, such as chores (left out by default)",
    )
    p.add_argument(
        "--per-kind",
        type=_whole("--per-kind"),
        default=12,
        metavar="N",
        help="list the best N achievements of each kind and 8 quotes; 0 lists them all "
        "(default: 12)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write; its extension picks the format: .pdf, .html (.htm) or .md",
    )

    p = command("import", help="import a full backup, a JSON Resume or a LinkedIn data export")
    p.add_argument("file", metavar="FILE", help="the file (or a LinkedIn export's folder)")
    p.add_argument(
        "--format",
        type=_one_of("--format", IMPORT_FORMATS),
        choices=IMPORT_FORMATS,
        default="auto",
        help="what the file is (default: auto, judged from its content)",
    )
    p.add_argument("--dry-run", action="store_true", help="say what would be added; write nothing")

    p = command("export", help="write the journal as a full backup, a JSON Resume, Markdown or CSV")
    p.add_argument(
        "--format", type=_one_of("--format", EXPORT_FORMATS), choices=EXPORT_FORMATS, required=True
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")

    p = command("screenshot", help="render a view of the app to a PNG file (offscreen)")
    p.add_argument("--view", type=_one_of("--view", VIEWS), choices=VIEWS, default="journal")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png")
    p.add_argument("--size", type=_size, default=(1280, 800), metavar="WxH")
    p.add_argument("--theme", type=_one_of("--theme", THEMES), choices=THEMES, default="light")

    # For start-up benchmarks: open the app and quit once its window has painted.
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


# -- commands ----------------------------------------------------------------------------------


def _date(value: dt.date | str | None, field: str) -> dt.date | None:
    """A date option's value: parsed already by `_day`, or text from a caller of `run`."""
    if value is None or isinstance(value, dt.date):
        return value
    from .services.validate import parse_date

    return parse_date(value, field)


def cmd_add(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from .domain import EntryKind
    from .services import EntryDraft

    draft = EntryDraft(
        title=args.title,
        occurred_on=_date(args.date, "--date") or dt.date.today(),
        kind=EntryKind(args.kind) if args.kind else journal.entries.capture_kind(),
        body=args.body,
        impact=args.impact,
        measurable_result=args.result,
        starred=args.star,
        tags=tuple(args.tag),
    )
    out.write(f"{journal.entries.add(draft).id}\n")
    return 0


def _is_terminal(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def cmd_list(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Entries oldest first; with a limit (given, or a page on a terminal) the newest N of them."""
    from .domain import EntryKind
    from .services import EntryQuery

    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
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
    if limit is None and not args.json and _is_terminal(out):
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
    _output_entries(journal.entries.search(args.query, limit=args.limit), args.json, out)
    return 0


def _output_entries(entries: Sequence[EntryRecord], as_json: bool, out: TextIO) -> None:
    if as_json:
        _print_json([entry_json(e) for e in entries], out)
    else:
        _print_entries(entries, out)


def cmd_show(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    entry = journal.entries.get(args.id)
    if args.json:
        _print_json(entry_json(entry), out)
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


NO_BANDS = (
    "No skill bands yet. Add one in the Skills area of the app (run careerjournal with no "
    "command to open it).\n"
)


def cmd_skills(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    overview = journal.skills.overview()
    if args.json:
        _print_json(skills_json(overview), out)
    elif not overview.bands:
        out.write(NO_BANDS)
    else:
        _print_skills(overview, out)
    return 0


def skills_json(o: SkillsOverview) -> dict[str, Any]:
    """The stable JSON shape of `skills --json` (docs/cli.md)."""

    def name(level: int | None) -> str | None:
        return None if level is None else o.level_name(level)

    def short(s: BandShortfall | None) -> dict[str, Any] | None:
        if s is None or s.reached:
            return None
        return {
            "level": s.level,
            "level_name": o.level_name(s.level),
            "below": list(s.below),
            "must_rise": s.must_rise,
            "text": o.shortfall_text(s),
        }

    def skill(s: SkillStatus) -> dict[str, Any]:
        current, target, day = s.skill.current_level or 0, s.skill.target_level, s.skill.assessed_on
        return {
            "id": s.skill.id,
            "name": s.skill.name,
            "level": current,
            "level_name": name(current),
            "target_level": target,
            "target_level_name": name(target),
            "gap": s.gap,
            "assessed_on": None if day is None else day.isoformat(),
            "changed_this_year": s.changed_this_year,
        }

    return {
        "scale": o.scale.value,
        "level_names": list(o.level_names),
        "share": o.share,
        "rule": o.rule(),
        "as_of": o.as_of.isoformat(),
        "bands": [
            {
                "id": b.band.id,
                "name": b.band.name,
                "description": b.band.description,
                "level": b.level,
                "level_name": name(b.level),
                "target_level": b.target_level,
                "target_level_name": name(b.target_level),
                "next": short(b.next_shortfall),
                "toward_target": short(b.target_shortfall),
                "skills": [skill(s) for s in b.skills],
            }
            for b in o.bands
        ],
    }


def _table(rows: Sequence[Sequence[str]], right: frozenset[int], out: TextIO) -> None:
    """Rows as aligned columns, two spaces apart; columns in `right` are right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [
            cell.rjust(w) if i in right else cell.ljust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        out.write(("  " + "  ".join(cells)).rstrip() + "\n")


def _band_lines(o: SkillsOverview, b: BandStatus) -> list[str]:
    """The band's one-line status and what stands between it and its next level and target."""

    def named(level: int) -> str:
        return f"{level} {o.level_name(level)}"

    target = f", target {named(b.target_level)}" if b.target_level > b.level else ""
    lines = [f"{b.band.name}: level {named(b.level)}{target}"]
    if not b.skills:
        return [*lines, "  No skills in this band yet."]
    nxt = o.shortfall_text(b.next_shortfall)
    lines.append(f"  Next level: {nxt}" if nxt else "  Next level: at the top of the scale")
    tgt = o.shortfall_text(b.target_shortfall)
    if tgt:
        lines.append(f"  To target:  {tgt}")
    elif any(s.skill.target_level is not None for s in b.skills):
        lines.append("  To target:  reached")
    return lines


def _print_skills(o: SkillsOverview, out: TextIO) -> None:
    out.write(o.rule() + "\n")

    def named(level: int | None) -> str:
        return "-" if level is None else f"{level} {o.level_name(level)}"

    for b in o.bands:
        out.write("\n" + "\n".join(_band_lines(o, b)) + "\n")
        if not b.skills:
            continue
        out.write("\n")
        rows = [("Skill", "Level", "Target", "Gap", "Assessed", f"Changed in {o.as_of.year}")]
        rows += [
            (
                s.skill.name,
                named(s.skill.current_level or 0),
                named(s.skill.target_level),
                str(s.gap),
                s.skill.assessed_on.isoformat() if s.skill.assessed_on else "-",
                "yes" if s.changed_this_year else "no",
            )
            for s in b.skills
        ]
        _table(rows, frozenset({3}), out)


NO_GOALS = (
    "No goals yet. Add one in the Goals area of the app (run careerjournal with no command to "
    "open it).\n"
)
NO_ACTIVE_GOALS = (
    "No active goals. (careerjournal goals --all lists achieved and dropped ones too.)\n"
)


def cmd_goals(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    from .domain import GoalStatus

    today = dt.date.today()
    status = None if args.all else GoalStatus.ACTIVE
    found = journal.goals.progress_all(today, status=status)
    if args.json:
        _print_json(goals_json(found, today), out)
    elif not found:
        out.write(NO_ACTIVE_GOALS if not args.all and journal.goals.list() else NO_GOALS)
    else:
        out.write("\n\n".join("\n".join(_goal_lines(gp)) for gp in found) + "\n")
    return 0


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def goals_json(found: Sequence[GoalProgress], today: dt.date) -> dict[str, Any]:
    """The stable JSON shape of `goals --json` (docs/cli.md)."""

    def milestone(m: MilestoneStatus) -> dict[str, Any]:
        r = m.milestone
        return {
            "id": r.id,
            "title": r.title,
            "position": r.position,
            "weight": r.weight,
            "due_on": _iso(r.due_on),
            "done_on": _iso(m.done_on),
            "done": m.done,
            "automatic": m.automatic,
            "criterion_kind": r.criterion_kind.value,
            "criterion": dict(r.criterion),
            "criterion_text": m.criterion_text,
            "evidence_ids": list(m.evidence_ids),
        }

    def goal(gp: GoalProgress) -> dict[str, Any]:
        g, p, pr, sc = gp.goal, gp.pace, gp.projection, gp.schedule
        return {
            "id": g.id,
            "title": g.title,
            "kind": g.kind.value,
            "description": g.description,
            "status": g.status.value,
            "pinned": g.pinned,
            "target_role_title": g.target_role_title,
            "target_level": g.target_level,
            "target_date": _iso(g.target_date),
            "created_on": g.created_on.isoformat(),
            "closed_on": _iso(g.closed_on),
            "as_of": gp.as_of.isoformat(),
            "progress": round(gp.progress, 4),
            "explanation": gp.explanation(),
            "pace": {
                "window_start": p.window_start.isoformat(),
                "window_end": p.window_end.isoformat(),
                "gained": round(p.gained, 4),
                "per_month": round(p.per_month, 4),
                "completions": p.completions,
                "text": gp.pace_text(),
            },
            "projection": {
                "outlook": pr.outlook.value,
                "likely": _iso(pr.likely),
                "earliest": _iso(pr.earliest),
                "latest": _iso(pr.latest),
                "reason": pr.reason,
            },
            "schedule": {"standing": sc.standing.value, "days": sc.days, "text": sc.text},
            "milestones": [milestone(m) for m in gp.milestones],
            "open_milestones": [m.milestone.id for m in gp.open_milestones],
        }

    return {"as_of": today.isoformat(), "goals": [goal(gp) for gp in found]}


def _goal_lines(gp: GoalProgress) -> list[str]:
    """A goal's header, progress, pace, ready date, schedule and open milestones."""
    from .domain import GoalKind, GoalStatus
    from .services.summary import readiness_text

    g = gp.goal
    marks = [g.kind.value.replace("_", " ")]
    if g.pinned:
        marks.append("next promotion")
    if g.status is not GoalStatus.ACTIVE:
        marks.append(g.status.value)
    header = f"{g.title} ({', '.join(marks)})"
    if g.kind is GoalKind.PROMOTION and (g.target_role_title or g.target_level):
        header += " to " + ", ".join(t for t in (g.target_role_title, g.target_level) if t)
    if g.target_date is not None:
        header += f", target {g.target_date.isoformat()}"
    lines = [
        header,
        f"  Progress  {gp.progress:.0%}: {gp.explanation()}",
        f"  Pace      {gp.pace_text()}",
        f"  Outlook   {readiness_text(gp)}",
        f"  Schedule  {gp.schedule.text}",
    ]
    open_ = gp.open_milestones
    if open_:
        lines.append(f"  Open milestones ({len(open_)} of {len(gp.milestones)}):")
        for m in open_:
            r = m.milestone
            details = [f"weight {r.weight:g}"]
            if r.due_on is not None:
                details.append(f"due {r.due_on.isoformat()}")
            if m.automatic:
                details.append("automatic")
            line = f"    - {r.title} ({', '.join(details)})"
            if m.automatic:
                line += f": {m.criterion_text}"
            lines.append(line)
    elif gp.milestones:
        lines.append("  Every milestone is done.")
    return lines


def cmd_insights(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    today = dt.date.today()
    insights = journal.insights.compute(today)
    if args.json:
        _print_json(insights_json(insights), out)
    else:
        out.write("\n".join(insights_lines(insights)) + "\n")
    return 0


def _r(value: float | None, places: int = 2) -> float | None:
    return None if value is None else round(value, places)


def insights_json(ins: Insights) -> dict[str, Any]:
    """The stable JSON shape of `insights --json` (docs/cli.md)."""
    le, mo, fr, la, ca, st = (
        ins.leaps,
        ins.momentum,
        ins.fragmentation,
        ins.lattice,
        ins.cadence,
        ins.stage,
    )
    gp = ins.next_promotion
    return {
        "as_of": ins.as_of.isoformat(),
        "empty": ins.is_empty,
        "entry_count": ins.entry_count,
        "role_count": ins.role_count,
        "leaps": {
            "promotions": [
                {"date": p.day.isoformat(), "title": p.title, "source": p.source}
                for p in le.promotions
            ],
            "micro_progressions": le.micro_total,
            "cumulative": [{"date": d.isoformat(), "count": n} for d, n in le.cumulative],
            "last_promotion": _iso(le.last_promotion),
            "days_since_last_promotion": le.days_since_last_promotion,
            "average_interval_days": _r(le.average_interval_days, 1),
            "comparison": le.comparison,
            "explanation": le.explanation,
            "advice": le.advice,
        },
        "momentum": {
            "months": [{"month": m.isoformat(), "impact": _r(v)} for m, v in mo.months],
            "average_3": _r(mo.average_3),
            "average_12": _r(mo.average_12),
            "trend": mo.trend.value,
            "trend_text": mo.trend_text,
            "explanation": mo.explanation,
            "advice": mo.advice,
        },
        "fragmentation": {
            "window_start": fr.window_start.isoformat(),
            "window_end": fr.window_end.isoformat(),
            "entries": fr.entries,
            "areas": [{"area": a, "count": n} for a, n in fr.areas],
            "entropy": _r(fr.entropy, 4),
            "recognised": fr.recognised,
            "recognition": [{"date": d.isoformat(), "what": w} for d, w in fr.recognition],
            "warning": fr.warning,
            "explanation": fr.explanation,
            "advice": fr.advice,
        },
        "lattice": {
            "moves": [
                {
                    "date": m.day.isoformat(),
                    "kind": m.kind.value,
                    "title": m.title,
                    "function": m.function,
                    "from_function": m.from_function,
                    "level": m.level,
                    "organisation": m.organisation,
                }
                for m in la.moves
            ],
            "functions": list(la.functions),
            "lateral_count": la.lateral_count,
            "diagonal_count": la.diagonal_count,
            "promotion_count": la.promotion_count,
            "new_employer_count": la.new_employer_count,
            "explanation": la.explanation,
            "advice": la.advice,
        },
        "cadence": {
            "week_start": ca.week_start,
            "weeks_with_entries": ca.weeks_with_entries,
            "current_streak": ca.current_streak,
            "longest_streak": ca.longest_streak,
            "weeks_active_last_52": ca.weeks_active_last_52,
            "share_last_52": _r(ca.share_last_52, 4),
            "last_feedback": _iso(ca.last_feedback),
            "days_since_feedback": ca.days_since_feedback,
            "last_recognition": _iso(ca.last_recognition),
            "days_since_recognition": ca.days_since_recognition,
            "heatmap": [{"date": d.isoformat(), "count": n} for d, n in ca.heatmap],
            "explanation": ca.explanation,
            "advice": ca.advice,
        },
        "stage": {
            "stage": st.stage,
            "computed_stage": st.computed_stage,
            "overridden": st.overridden,
            "career_start": _iso(st.career_start),
            "career_start_source": st.career_start_source,
            "years": _r(st.years),
            "guidance": list(st.guidance),
            "explanation": st.explanation,
        },
        "next_promotion": None if gp is None else goals_json([gp], ins.as_of)["goals"][0],
        "readiness": ins.readiness,
    }


def _card(title: str, rows: Sequence[str], explanation: str, advice: str = "") -> list[str]:
    lines = [title, *(f"  {row}" for row in rows), f"  How: {explanation}"]
    if advice:
        lines.append(f"  Advice: {advice}")
    return lines


def _plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def insights_lines(ins: Insights) -> list[str]:
    """Every figure of `insights`, grouped by card, each card with how it is computed."""
    from .services.insights import WEEKDAYS

    le, mo, fr, la, ca, st = (
        ins.leaps,
        ins.momentum,
        ins.fragmentation,
        ins.lattice,
        ins.cadence,
        ins.stage,
    )
    lines = [f"Insights as of {ins.as_of.isoformat()}", ""]

    rows = [f"Promotions: {len(le.promotions)}"]
    rows += [
        f"  {p.day.isoformat()}  {p.title}" + ("  (promotion entry)" if p.source == "entry" else "")
        for p in le.promotions
    ]
    rows.append(f"Micro-progressions: {le.micro_total}")
    if le.cumulative:
        first, last = le.cumulative[0], le.cumulative[-1]
        rows.append(
            f"Cumulative curve: {len(le.cumulative)} months, {first[1]} by "
            f"{first[0].isoformat()} to {last[1]} by {last[0].isoformat()}"
        )
    if le.days_since_last_promotion is not None and le.last_promotion is not None:
        average = (
            "none (fewer than 2 promotions)"
            if le.average_interval_days is None
            else f"{le.average_interval_days:.0f} days"
        )
        rows.append(
            f"Since the last promotion: {_plural(le.days_since_last_promotion, 'day')} "
            f"(on {le.last_promotion.isoformat()}); average interval: {average}"
        )
    rows.append(le.comparison)
    lines += _card("Big leaps and incremental gains", rows, le.explanation, le.advice)

    months = [f"{m:%Y-%m} {v:g}" for m, v in mo.months]
    rows = ["Impact per month, the last 24 months:"]
    rows += ["  " + "  ".join(months[i : i + 6]) for i in range(0, len(months), 6)]
    rows.append(f"3-month average: {mo.average_3:.1f}; 12-month average: {mo.average_12:.1f}")
    rows.append(f"Trend: {mo.trend_text}")
    lines += ["", *_card("Momentum", rows, mo.explanation, mo.advice)]

    rows = [
        f"Micro-progressions: {fr.entries} in {_plural(len(fr.areas), 'area')}",
    ]
    if fr.areas:
        rows.append("Areas: " + ", ".join(f"{a} {n}" for a, n in fr.areas))
    rows.append(f"Spread (normalised entropy): {fr.entropy:.2f}")
    recognition = "none"
    if fr.recognition:
        recognition = "; ".join(f"{d.isoformat()} {w}" for d, w in fr.recognition)
    rows.append(f"Formal recognition: {recognition}")
    rows.append(f"Warning: {'yes' if fr.warning else 'no'}")
    title = f"Role fragmentation ({fr.window_start.isoformat()} to {fr.window_end.isoformat()})"
    lines += ["", *_card(title, rows, fr.explanation, fr.advice)]

    rows = [
        "Functions: " + (" -> ".join(la.functions) if la.functions else "none recorded"),
        f"Roles begun by a move: {la.lateral_count} lateral, {la.diagonal_count} diagonal, "
        f"{la.new_employer_count} at a new employer; promotions: {la.promotion_count}",
    ]
    for m in la.moves:
        change = f"{m.from_function or '?'} -> {m.function or '?'}"
        rows.append(f"  {m.day.isoformat()}  {m.kind.value:<8}  {m.title} ({change})")
    lines += ["", *_card("Lattice", rows, la.explanation, la.advice)]

    def since(day: dt.date | None, days: int | None) -> str:
        if day is None or days is None:
            return "never recorded"
        return f"{day.isoformat()} ({_plural(days, 'day')} ago)"

    busy = [(d, n) for d, n in ca.heatmap if n]
    rows = [
        f"Weeks with an entry: {ca.weeks_with_entries}",
        f"Current streak: {_plural(ca.current_streak, 'week')}; longest: "
        f"{_plural(ca.longest_streak, 'week')}",
        f"Last 52 weeks: {ca.weeks_active_last_52} with an entry ({ca.share_last_52:.0%})",
        f"Feedback last sought: {since(ca.last_feedback, ca.days_since_feedback)}",
        f"Recognition last received: {since(ca.last_recognition, ca.days_since_recognition)}",
    ]
    if ca.heatmap:
        heat = (
            f"Last {len(ca.heatmap)} days: {sum(n for _, n in busy)} entries on "
            f"{_plural(len(busy), 'day')}"
        )
        if busy:
            top = max(busy, key=lambda item: (item[1], item[0]))
            heat += f"; busiest {top[0].isoformat()} ({top[1]})"
        rows.append(heat + " (--json lists every day)")
    title = f"Cadence (weeks start on {WEEKDAYS[ca.week_start]})"
    lines += ["", *_card(title, rows, ca.explanation, ca.advice)]

    stage = st.stage or "unknown"
    if st.overridden:
        stage += f" (set in your profile; computed: {st.computed_stage or 'unknown'})"
    rows = [f"Stage: {stage}"]
    if st.career_start is not None and st.years is not None:
        rows.append(
            f"Career start: {st.career_start.isoformat()} ({st.career_start_source}), "
            f"{st.years:.1f} years ago"
        )
    rows += [f"- {point}" for point in st.guidance]
    lines += ["", *_card("Career stage", rows, st.explanation)]

    gp = ins.next_promotion
    if gp is None:
        lines += ["", "Next promotion", f"  {ins.readiness}"]
    else:
        lines += ["", "Next promotion", *(f"  {line}" for line in _goal_lines(gp))]
    return lines


def cmd_demo(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Write the sample career; refuses a journal with the user's own content (DemoRefused)."""
    from .services import demo

    try:
        # Nothing is written when the journal is refused: check before the backup and the work.
        with journal.store.read() as session:
            demo.check_target(session, force=args.force)
        # --force replaces an earlier sample (roles, goals...), so keep a copy first.
        if args.force and journal.can_back_up and not _is_empty(journal):
            out.write(f"Backed up the journal to {journal.backup(reason='before-demo')}\n")
        terminal = _is_terminal(sys.stderr)
        if terminal:
            sys.stderr.write(f"Writing a sample career of {args.entries:,} entries...\n")
        summary = demo.generate(
            journal,
            entries=args.entries,
            seed=args.seed,
            force=args.force,
            progress=_progress_printer(sys.stderr) if terminal else None,
        )
    except demo.DemoRefused as exc:
        if exc.sample_only:
            raise UserError(
                f"{journal.name} already holds a sample career ({exc.held}); add --force to "
                "replace it (it is backed up first)."
            ) from None
        hint = f"{PROG} --database sample.sqlite3 demo"
        if args.database:  # the default sample file is another way out
            hint = f"{PROG} demo (into {SAMPLE_FILE} in your user data folder) or {hint}"
        raise UserError(
            f"{journal.name} holds {exc.held} of your own, which the sample career never "
            f"replaces; write the sample into a journal of its own: {hint}."
        ) from None
    out.write(
        f"Wrote a sample career to {journal.name}: {summary.entries:,} entries, "
        f"{_plural(summary.roles, 'role')}, {_plural(summary.skills, 'skill')} in "
        f"{_plural(summary.bands, 'band')}, {_plural(summary.goals, 'goal')}.\n"
    )
    if args.database is None:
        out.write(f"Open it with: {PROG} --database {journal.name}\n")
    return 0


def _is_empty(journal: Journal) -> bool:
    from .services import EntryQuery

    return journal.entries.count(EntryQuery(trashed=None)) == 0


def _progress_printer(stream: TextIO) -> Callable[[int, int], None]:
    """Percent done on one line of a terminal, rewritten in place; a newline at the end."""
    shown: list[int] = []

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if shown and shown[-1] == percent:
            return
        shown.append(percent)
        stream.write(f"\r{percent:3d}% ({done:,} of {total:,} entries)")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def cmd_check(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    report = journal.check()
    if not report.ok and args.repair:
        journal.repair_search_index()
        report = journal.check()
        out.write("Rebuilt the search index.\n")
    for note in report.notes:
        out.write(f"ok: {note}\n")
    for problem in report.problems:
        out.write(f"PROBLEM: {problem}\n")
    if report.damaged and journal.store.path is not None:
        _recovery_offer(journal.store.path, out)
        raise UserError(f"{journal.store.path} is damaged.")
    if not report.ok:
        found = _plural(len(report.problems), "problem")
        raise UserError(f"{found} found in {journal.name}.")
    out.write(f"{journal.name}: no problems found.\n")
    return 0


# The tables a salvage reports on, as a person calls their rows (see store/recover.py).
SALVAGED_ROWS = {
    "entry": ("entry", "entries"),
    "entry_tag": ("tag on an entry", "tags on entries"),
    "evidence_link": ("evidence link", "evidence links"),
    "milestone_evidence": ("milestone's evidence", "milestones' evidence"),
    "skill_assessment": ("skill assessment", "skill assessments"),
    "goal": ("goal", "goals"),
    "milestone": ("milestone", "milestones"),
    "role": ("role", "roles"),
    "review": ("review", "reviews"),
    "skill": ("skill", "skills"),
    "skill_band": ("skill band", "skill bands"),
    "tag": ("tag", "tags"),
    "profile": ("profile", "profiles"),
}


def _rows(n: int, table: str) -> str:
    one, many = SALVAGED_ROWS.get(table, (f"row of {table}", f"rows of {table}"))
    return f"{n:,} {one if n == 1 else many}"


def _id_ranges(ids: Sequence[int], limit: int = 12) -> str:
    """`3, 7–9, 12` for [3, 7, 8, 9, 12]; long lists end in `and N more`."""
    ranges: list[tuple[int, int]] = []
    for i in ids:
        if ranges and i == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], i)
        else:
            ranges.append((i, i))
    shown = [f"{a}" if a == b else f"{a}\u2013{b}" for a, b in ranges[:limit]]
    rest = len(ranges) - limit
    return ", ".join(shown) + (f" and {rest} more ranges" if rest > 0 else "")


def _check_command(path: Path, *options: str) -> str:
    import shlex

    return " ".join([PROG, "--database", shlex.quote(str(path)), "check", *options])


def check_journal(args: argparse.Namespace, out: TextIO) -> int:
    """`check`, which unlike the other commands also works on a journal too damaged to open:
    it says what is wrong and, with --recover, recovers it."""
    from .store.integrity import DamagedJournalError

    if args.from_backup and not args.recover:
        raise UserError("--from-backup goes with --recover: `check --recover --from-backup`.")
    try:
        journal = _open(args)
    except DamagedJournalError as damage:
        if args.recover:
            return _recover(damage.path, args, out)
        return _report_damage(damage, out)
    try:
        if args.recover:
            path = journal.store.path
            if path is not None and journal.check().damaged:
                journal.close()  # damage inside rows: the file opens, but needs recovering
                return _recover(path, args, out)
            out.write(f"{journal.name} is not damaged: there is nothing to recover.\n")
        return cmd_check(journal, args, out)
    finally:
        journal.close()


def _report_damage(damage: Exception, out: TextIO) -> int:
    path: Path = damage.path  # type: ignore[attr-defined]
    findings: list[str] = damage.findings  # type: ignore[attr-defined]
    out.write(f"PROBLEM: {damage}\n")
    for finding in findings[1:]:
        out.write(f"  also: {finding}\n")
    _recovery_offer(path, out)
    raise UserError(f"{path} is damaged; nothing was written to it.")


def _recovery_offer(path: Path, out: TextIO) -> None:
    from .store.backup import newest_good_backup

    out.write(
        f"To recover it, `{_check_command(path, '--recover')}` makes a new journal of what can "
        f"still be read and keeps the damaged file as {path.name}.damaged.\n"
    )
    backup = newest_good_backup(path)
    if backup is None:
        out.write("There is no good backup of it to go back to.\n")
    else:
        out.write(
            f"Or `{_check_command(path, '--recover', '--from-backup')}` puts back the newest "
            f"good backup, {backup.path.name} of {backup.created:%Y-%m-%d %H:%M}; what was "
            "written after it is not in it.\n"
        )


def _recover(path: Path, args: argparse.Namespace, out: TextIO) -> int:
    from .store.lock import JournalLock
    from .store.recover import recover

    lock = JournalLock(str(path))
    lock.acquire()  # not while the app has it open
    try:
        result = recover(path, from_backup=args.from_backup)
    finally:
        lock.release()
    if result.backup is not None:
        out.write(
            f"Put back the backup {result.backup.path} of "
            f"{result.backup.created:%Y-%m-%d %H:%M} as {result.journal}.\n"
        )
    else:
        entries = result.of("entry")
        if entries is not None:
            total = entries.copied + entries.lost
            out.write(
                f"Salvaged {entries.copied:,} of {total:,} entries into a new {result.journal}.\n"
            )
        for t in result.tables:
            if t.unreadable:
                ids = "" if not t.unreadable_ids else f" (ids {_id_ranges(t.unreadable_ids)})"
                out.write(f"Lost: {_rows(t.unreadable, t.table)} could not be read{ids}.\n")
            if t.dropped:
                out.write(
                    f"Lost: {_rows(t.dropped, t.table)}, which belonged to records that were "
                    "lost.\n"
                )
            if t.detached:
                out.write(
                    f"Kept {_rows(t.detached, t.table)} without the lost record they referred to.\n"
                )
        if not result.lost:
            out.write("Nothing was lost.\n")
    out.write(f"The damaged file is kept as {result.damaged}.\n")
    return 0


def cmd_backup(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    destination = Path(args.output) if args.output else None
    out.write(f"{journal.backup(destination)}\n")
    return 0


def cmd_report(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Write the appraisal summary; only a PDF loads Qt, and only when it is written."""
    from .services.summary import Section, SummaryOptions, months_before

    output = Path(args.output).expanduser()
    fmt = REPORT_FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise UserError(
            f"{args.output}: the report is written as PDF, HTML or Markdown; name the file "
            "*.pdf, *.html or *.md."
        )
    date_from, date_to = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    sections = _sections(args.sections)
    today = dt.date.today()
    if date_to is None:
        if date_from is not None and date_from > today:
            raise UserError(f"--from {date_from} is after --to, which defaults to today ({today}).")
        date_to = today
    if date_from is None:
        if args.date_to is None:
            date_from = journal.summary.default_options(today)[0].date_from
        else:
            date_from = months_before(date_to, 12)
    if date_to < date_from:
        raise UserError(f"--to {date_to} is before --from {date_from}.")
    _check_writable(output, args.output)
    summary = journal.summary.build(
        SummaryOptions(
            date_from=date_from,
            date_to=date_to,
            sections=frozenset(Section(s) for s in sections),
            include_compensation=args.include_compensation,
            include_other=args.include_other,
            per_kind=None if args.per_kind <= 0 else args.per_kind,
            max_quotes=None if args.per_kind <= 0 else 8,
        ),
        today,
    )
    if fmt == "pdf":
        _write_atomically(output, args.output, lambda path: _write_pdf(summary, path))
    else:
        if fmt == "html":
            from .report.html import render_html

            text = render_html(summary)
        else:
            from .report.markdown import render_markdown

            text = render_markdown(summary)

        def write_text(path: Path) -> Path:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            return path

        _write_atomically(output, args.output, write_text)
    out.write(f"{output}\n")
    return 0


def _sections(text: str | None) -> tuple[str, ...]:
    if text is None:
        return SECTIONS
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown or not names:
        what = f"unknown section {', '.join(unknown)}" if unknown else "no section named"
        raise UserError(f"--sections: {what}; choose from {','.join(SECTIONS)}.")
    return tuple(dict.fromkeys(names))


def _check_writable(output: Path, given: str) -> None:
    """Refuse early (before any work) a target that cannot be written."""
    if output.is_dir():
        raise UserError(f"{given} is a folder; name the file to write.")
    folder = output.parent
    if not folder.is_dir():
        raise UserError(f"{given}: the folder {folder} does not exist.")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"{given}: cannot write in the folder {folder} (permission denied).")


def _write_atomically(
    output: Path, given: str, write: Callable[[Path], object], *, what: str = "report"
) -> None:
    """Write whole or not at all (see `fileio.write_atomic`); errors as one line."""
    from .fileio import write_atomic

    try:
        write_atomic(output, write)
    except OSError as exc:
        raise UserError(
            f"{given}: the {what} could not be written ({exc.strerror or exc})."
        ) from None


def _write_pdf(summary: Any, path: Path) -> Path:
    """Lay the summary out as a PDF with Qt, headless (offscreen unless told otherwise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from .report.pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    try:
        return write_pdf(summary, path)
    finally:
        del app


def cmd_import(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Import a file whole, or say what it would add (`--dry-run`); one line per fact."""
    from .interchange.detect import run_import

    result = run_import(journal, Path(args.file).expanduser(), args.format, dry_run=args.dry_run)
    for line in result.lines():
        out.write(line + "\n")
    return 0


def _export_text(journal: Journal, fmt: str) -> str:
    if fmt == "backup":
        from .interchange.backup_format import dumps, export_backup

        return dumps(export_backup(journal))
    if fmt == "jsonresume":
        from .interchange.jsonresume import export_resume

        return json.dumps(export_resume(journal), ensure_ascii=False, indent=2) + "\n"
    from .interchange import textexport

    return (
        textexport.markdown_export(journal) if fmt == "markdown" else textexport.csv_export(journal)
    )


def cmd_export(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Write the journal in a format, atomically (mode 0600); prints the path written."""
    output = Path(args.output).expanduser()
    _check_writable(output, args.output)
    content = _export_text(journal, args.format)

    def write_text(path: Path) -> Path:
        with open(path, "wb") as f:
            f.write(content.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        return path

    _write_atomically(output, args.output, write_text, what="export")
    out.write(f"{output}\n")
    return 0


def screenshot(args: argparse.Namespace, out: TextIO) -> int:
    """Render a view to PNG. The only command that loads Qt, and only when it runs."""
    output = Path(args.output)
    if output.suffix.lower() != ".png":
        raise UserError(f"{output}: the screenshot is written as PNG; name the file *.png.")
    if not _may_create(args):
        from .store import check_exists, paths

        with _journal_must_exist():
            check_exists(paths.resolve_location(args.database))
    from .ui.screenshot import render

    out.write(f"{render(args.database, args.view, output, size=args.size, theme=args.theme)}\n")
    return 0


COMMANDS: dict[str, Callable[[Journal, argparse.Namespace, TextIO], int]] = {
    "add": cmd_add,
    "list": cmd_list,
    "search": cmd_search,
    "show": cmd_show,
    "delete": cmd_delete,
    "restore": cmd_restore,
    "skills": cmd_skills,
    "goals": cmd_goals,
    "insights": cmd_insights,
    "demo": cmd_demo,
    "check": cmd_check,
    "backup": cmd_backup,
    "report": cmd_report,
    "import": cmd_import,
    "export": cmd_export,
}


def _may_create(args: argparse.Namespace) -> bool:
    """Whether a missing journal may be created: only the default one, `demo`'s, or --create.

    Anything else named (--database, $CAREERJOURNAL_DATABASE) must exist, so a mistyped path is
    an error instead of a new, empty journal that looks as if everything were lost.
    """
    from .store import paths

    named = args.database or os.environ.get(paths.ENV_DATABASE, "").strip()
    return bool(args.create or args.command == "demo" or not named)


def _open(args: argparse.Namespace) -> Journal:
    from .services import Journal
    from .store import paths

    location = args.database
    if args.command == "demo" and not location:
        location = str(paths.sample_database())  # never the user's journal
    with _journal_must_exist():
        return Journal.open(location, create=_may_create(args))


@contextlib.contextmanager
def _journal_must_exist() -> Iterator[None]:
    """A missing journal as one line that says how to go on."""
    from .store import JournalNotFoundError

    try:
        yield
    except JournalNotFoundError as exc:
        raise UserError(
            f"{exc} Check the path, or add --create to start a new journal there."
        ) from None


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a parsed command. Raises UserError, ServiceError or StoreError for user errors."""
    out = sys.stdout if out is None else out  # looked up now: sys.stdout may have been replaced
    if args.command == "screenshot":
        return screenshot(args, out)
    if args.command == "check":
        return check_journal(args, out)
    from .store.integrity import DamagedJournalError, damage_reason

    try:
        journal = _open(args)
    except DamagedJournalError as exc:
        raise UserError(f"{exc} `{_check_command(exc.path)}` says how to recover it.") from None
    try:
        return COMMANDS[args.command](journal, args, out)
    except Exception as exc:
        # Damage inside a row passes the check at open; reading that row is where it shows.
        reason = damage_reason(exc)
        path = journal.store.path
        if reason is None or path is None:
            raise
        raise UserError(
            f"{path} is damaged: reading it failed ({reason}); the command changed nothing. "
            f"`{_check_command(path)}` says how to recover it."
        ) from None
    finally:
        journal.close()


def run_reporting_errors(args: argparse.Namespace) -> int:
    """Run a command; a user error becomes one line on stderr and exit status 1."""
    from .services.errors import ServiceError
    from .store import failures, paths
    from .store.errors import StoreError

    def say(message: str) -> None:
        # No message shows a database password, whatever raised it.
        for location in (getattr(args, "database", None), os.environ.get(paths.ENV_DATABASE)):
            message = paths.mask_secrets(message, location)
        print(message, file=sys.stderr)

    try:
        return run(args)
    except (UserError, ServiceError, StoreError) as exc:
        say(f"{PROG}: error: {exc}")
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `careerjournal list | head`: the reader left; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        location = paths.resolve_location(getattr(args, "database", None))
        path = None if paths.is_url(location) else paths.sqlite_path(location)
        known = failures.translate(exc, paths.display_location(location), path)
        if known is not None:  # a full disk, a read-only database: words, not a traceback
            say(f"{PROG}: error: {known}")
            return 1
        if os.environ.get("CAREERJOURNAL_DEBUG"):
            raise
        first = str(exc).splitlines()[0] if str(exc) else ""
        say(
            f"{PROG}: internal error: {type(exc).__name__}: {first} "
            "(set CAREERJOURNAL_DEBUG=1 to see the details)"
        )
        return 1
