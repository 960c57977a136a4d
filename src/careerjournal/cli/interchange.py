"""`import` and `export`: full backups, JSON Resume, LinkedIn data exports, Markdown and CSV."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .base import AddCommand, JournalCommand
from .output import check_writable, write_atomically
from .parsing import one_of

if TYPE_CHECKING:
    from ..services import Journal

IMPORT_FORMATS = ("auto", "backup", "jsonresume", "linkedin", "jrnl", "dayone")
EXPORT_FORMATS = ("backup", "jsonresume", "markdown", "csv")


def add_parsers(command: AddCommand) -> None:
    p = command(
        "import",
        help="import a full backup, a JSON Resume, a LinkedIn data export, "
        "or a jrnl or Day One journal (JSON export)",
    )
    p.add_argument("file", metavar="FILE", help="the file (or a LinkedIn export's folder)")
    p.add_argument(
        "--format",
        type=one_of("--format", IMPORT_FORMATS),
        choices=IMPORT_FORMATS,
        default="auto",
        help="what the file is (default: auto, judged from its content)",
    )
    p.add_argument("--dry-run", action="store_true", help="say what would be added; write nothing")

    p = command("export", help="write the journal as a full backup, a JSON Resume, Markdown or CSV")
    p.add_argument(
        "--format", type=one_of("--format", EXPORT_FORMATS), choices=EXPORT_FORMATS, required=True
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the file to write")


def cmd_import(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Import a file whole, or say what it would add (`--dry-run`); one line per fact."""
    from ..interchange.detect import run_import

    result = run_import(journal, Path(args.file).expanduser(), args.format, dry_run=args.dry_run)
    for line in result.lines():
        out.write(line + "\n")
    return 0


def _export_text(journal: Journal, fmt: str) -> str:
    if fmt == "backup":
        from ..interchange.backup_format import dumps, export_backup

        return dumps(export_backup(journal))
    if fmt == "jsonresume":
        from ..interchange.jsonresume import export_resume

        return json.dumps(export_resume(journal), ensure_ascii=False, indent=2) + "\n"
    from ..interchange import textexport

    return (
        textexport.markdown_export(journal) if fmt == "markdown" else textexport.csv_export(journal)
    )


def cmd_export(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Write the journal in a format, atomically (mode 0600); prints the path written."""
    output = Path(args.output).expanduser()
    check_writable(output, args.output)
    content = _export_text(journal, args.format)

    def write_text(path: Path) -> Path:
        with open(path, "wb") as f:
            f.write(content.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        return path

    write_atomically(output, args.output, write_text, what="export")
    out.write(f"{output}\n")
    return 0


COMMANDS: dict[str, JournalCommand] = {"import": cmd_import, "export": cmd_export}
