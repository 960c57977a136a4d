"""Entry point: no command opens the desktop app, a command runs the CLI (which never loads Qt)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from . import cli

    args = list(sys.argv[1:] if argv is None else argv)
    parser = cli.build_parser()
    parsed = parser.parse_args(args)
    if parsed.command is None:
        from .ui.application import run_gui

        return run_gui(
            parsed.database,
            create=parsed.create,
            quit_after_first_paint=parsed.quit_after_first_paint,
        )
    return cli.run_reporting_errors(parsed)
