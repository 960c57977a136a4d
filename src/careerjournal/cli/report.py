"""`report`: the appraisal summary of a period, written to a PDF, HTML or Markdown file."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .base import PROG, AddCommand, JournalCommand, UserError
from .output import check_writable, write_atomically
from .parsing import date_value, day, whole

if TYPE_CHECKING:
    from ..services import Journal

SECTIONS = ("headline", "achievements", "skills", "goals", "quotes", "stats")
REPORT_FORMATS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}


def add_parsers(command: AddCommand) -> None:
    p = command(
        "report", help="write the appraisal summary of a period to a PDF, HTML or Markdown file"
    )
    p.add_argument(
        "--from",
        dest="date_from",
        type=day("--from"),
        metavar="YYYY-MM-DD",
        help="first day (default: your last review, else 12 months before --to)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=day("--to"),
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
        type=whole("--per-kind"),
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


def cmd_report(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Write the appraisal summary; only a PDF loads Qt, and only when it is written."""
    from ..services.summary import Section, SummaryOptions, months_before

    output = Path(args.output).expanduser()
    fmt = REPORT_FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise UserError(
            f"{args.output}: the report is written as PDF, HTML or Markdown; name the file "
            "*.pdf, *.html or *.md."
        )
    date_from, date_to = date_value(args.date_from, "--from"), date_value(args.date_to, "--to")
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
    check_writable(output, args.output)
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
        write_atomically(output, args.output, lambda path: _write_pdf(summary, path))
    else:
        text = _render_text(summary, fmt)

        def write_text(path: Path) -> Path:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            return path

        write_atomically(output, args.output, write_text)
    out.write(f"{output}\n")
    return 0


def _render_text(summary: Any, fmt: str) -> str:
    if fmt == "html":
        from ..report.html import render_html

        return render_html(summary)
    from ..report.markdown import render_markdown

    return render_markdown(summary)


def _sections(text: str | None) -> tuple[str, ...]:
    if text is None:
        return SECTIONS
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown or not names:
        what = f"unknown section {', '.join(unknown)}" if unknown else "no section named"
        raise UserError(f"--sections: {what}; choose from {','.join(SECTIONS)}.")
    return tuple(dict.fromkeys(names))


def _write_pdf(summary: Any, path: Path) -> Path:
    """Lay the summary out as a PDF with Qt, headless (offscreen unless told otherwise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ..report.pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    try:
        return write_pdf(summary, path)
    finally:
        del app


COMMANDS: dict[str, JournalCommand] = {"report": cmd_report}
