"""The command line: argparse over the services. Never imports Qt at import time; only the
commands that draw (`screenshot`, `report -o FILE.pdf`) load it, and only when they run.

Exit status (docs/cli.md): 0 on success; 1 when a value is refused or the command cannot be done
(one line on stderr, no traceback); 2 when the command line is not understood (an unknown command
or option, a missing argument: argparse's usage errors). Values are checked by the type functions
in cli/parsing.py, which raise InvalidValue (exit 1), never argparse's own errors (exit 2).
The `--json` shapes are documented in docs/cli.md and kept stable for scripts.

One module per group of commands. Each has `add_parsers(command)`, which adds its subcommands'
parsers through `command(name, help=..., ...)`, and `COMMANDS`, a dict from a subcommand's name
to its function `(journal, args, out) -> exit status`, run on the open journal; a command that
opens the journal itself (or needs none) goes in the module's `STANDALONE` dict as
`(args, out) -> exit status` instead. To add a group (say `history.py` with undo, redo and
history), write the module and name it in MODULES below: a one-line change. `--help` lists the
commands in MODULES' order.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from types import ModuleType
from typing import Any, TextIO

from .. import __version__
from . import (
    admin,
    encryption,
    entries,
    frameworks,
    goals,
    harvest,
    history,
    inbox,
    insights,
    interchange,
    meaning,
    report,
    rubric,
    skills,
    views,
)
from .admin import DEMO_ENTRIES, DEMO_MAX, DEMO_MIN, DEMO_SEED, SAMPLE_FILE
from .base import PROG, InvalidValue, JournalCommand, OwnCommand, UserError
from .entries import KINDS, LIST_PAGE, entry_json
from .goals import goals_json
from .insights import insights_json, insights_lines
from .interchange import EXPORT_FORMATS, IMPORT_FORMATS
from .opening import check_command, open_journal, passphrase_options
from .parsing import Formatter, Parser, global_options
from .report import REPORT_FORMATS, SECTIONS
from .skills import skills_json
from .views import THEMES, VIEWS

__all__ = [
    "COMMANDS",
    "DEMO_ENTRIES",
    "DEMO_MAX",
    "DEMO_MIN",
    "DEMO_SEED",
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "KINDS",
    "LIST_PAGE",
    "PROG",
    "REPORT_FORMATS",
    "SAMPLE_FILE",
    "SECTIONS",
    "THEMES",
    "VIEWS",
    "InvalidValue",
    "UserError",
    "build_parser",
    "entry_json",
    "goals_json",
    "insights_json",
    "insights_lines",
    "main",
    "run",
    "run_reporting_errors",
    "skills_json",
]

# The command modules, in the order `--help` lists their commands.
MODULES: tuple[ModuleType, ...] = (
    entries,
    meaning,
    skills,
    goals,
    frameworks,
    rubric,
    insights,
    history,
    harvest,
    inbox,
    admin,
    encryption,
    report,
    interchange,
    views,
)

# Commands run on the open journal, and commands that open it themselves (or need none).
COMMANDS: dict[str, JournalCommand] = {k: v for m in MODULES for k, v in m.COMMANDS.items()}
STANDALONE: dict[str, OwnCommand] = {
    k: v for m in MODULES for k, v in getattr(m, "STANDALONE", {}).items()
}


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog=PROG,
        formatter_class=Formatter,
        description="Career Journal: journal your promotions and micro-progressions. "
        "With no command, opens the desktop app.",
        epilog="Exit status: 0 success, 1 a value refused or the command failed, 2 the command "
        "line not understood. Global options may also follow the command.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    global_options(parser, None)
    passphrase_options(parser, None)
    common = Parser(add_help=False)
    global_options(common, argparse.SUPPRESS)
    passphrase_options(common, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], formatter_class=Formatter, **kw)

    for module in MODULES:
        module.add_parsers(command)

    # For start-up benchmarks: open the app and quit once its window has painted.
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The program: run the command in `argv` (default: sys.argv[1:]) and return the exit status;
    no command opens the desktop app. Tests call it in-process, like the console script does."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        parsed = build_parser().parse_args(args)
    except SystemExit as exc:  # --help, --version or a usage error: argparse has said it
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
    if parsed.command is None:
        return views.open_app(parsed)
    return run_reporting_errors(parsed)


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a parsed command. Raises UserError, ServiceError or StoreError for user errors."""
    out = sys.stdout if out is None else out  # looked up now: sys.stdout may have been replaced
    own = STANDALONE.get(args.command)
    if own is not None:
        return own(args, out)
    from ..store.integrity import DamagedJournalError, damage_reason

    try:
        journal = open_journal(args)
    except DamagedJournalError as exc:
        raise UserError(f"{exc} `{check_command(exc.path)}` says how to recover it.") from None
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
            f"`{check_command(path)}` says how to recover it."
        ) from None
    finally:
        journal.close()


def run_reporting_errors(args: argparse.Namespace) -> int:
    """Run a command; a user error becomes one line on stderr and exit status 1."""
    from ..services.errors import ServiceError
    from ..store import failures, paths
    from ..store.errors import StoreError

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
