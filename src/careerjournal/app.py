"""Entry point: no command opens the desktop app, a command runs the CLI (which never loads Qt)."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from .cli import main as cli_main

    return cli_main(argv)
