"""The commands that show the app: `screenshot` (a view rendered to PNG) and, with no command,
the desktop app itself. Qt is loaded only when one of them runs, never on import."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from .base import AddCommand, JournalCommand, OwnCommand, UserError
from .opening import journal_must_exist, known_passphrase, may_create
from .parsing import one_of, size

VIEWS = (
    "journal",
    "timeline",
    "skills",
    "goals",
    "insights",
    "summary",
    "inbox",
    "levels",
    "unlock",
)
THEMES = ("light", "dark")


def add_parsers(command: AddCommand) -> None:
    p = command("screenshot", help="render a view of the app to a PNG file (offscreen)")
    p.add_argument("--view", type=one_of("--view", VIEWS), choices=VIEWS, default="journal")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png")
    p.add_argument("--size", type=size, default=(1280, 800), metavar="WxH")
    p.add_argument("--theme", type=one_of("--theme", THEMES), choices=THEMES, default="light")


def screenshot(args: argparse.Namespace, out: TextIO) -> int:
    """Render a view to PNG. The only command that loads Qt, and only when it runs."""
    output = Path(args.output)
    if output.suffix.lower() != ".png":
        raise UserError(f"{output}: the screenshot is written as PNG; name the file *.png.")
    if not may_create(args):
        from ..store import check_exists, paths

        with journal_must_exist():
            check_exists(paths.resolve_location(args.database))
    from ..ui.screenshot import render

    shot = render(
        args.database,
        args.view,
        output,
        size=args.size,
        theme=args.theme,
        passphrase=known_passphrase(args),
    )
    out.write(f"{shot}\n")
    return 0


def open_app(args: argparse.Namespace) -> int:
    """No command: open the desktop app on the journal the global options name."""
    from ..ui.application import run_gui

    return run_gui(
        args.database,
        create=args.create,
        quit_after_first_paint=args.quit_after_first_paint,
    )


COMMANDS: dict[str, JournalCommand] = {}
STANDALONE: dict[str, OwnCommand] = {"screenshot": screenshot}
