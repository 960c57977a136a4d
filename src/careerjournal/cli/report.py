"""`report`: the appraisal summary of a period, or with `--case` the promotion case for a level,
written to a PDF, HTML or Markdown file."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from .base import PROG, AddCommand, JournalCommand, UserError
from .output import check_writable, write_atomically
from .parsing import date_value, day, whole

if TYPE_CHECKING:
    from ..services import Journal
    from ..services.promotion_case import PromotionCase
    from ..services.summary import Summary

SECTIONS = ("headline", "achievements", "skills", "goals", "quotes", "stats")
GROUPINGS = ("kind", "theme")
REPORT_FORMATS = {
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
}


def add_parsers(command: AddCommand) -> None:
    p = command(
        "report",
        help="write the appraisal summary of a period, or the promotion case for the next level, "
        "to a PDF, HTML or Markdown file",
    )
    p.add_argument(
        "--case",
        action="store_true",
        help="write the promotion case instead: the next level's criteria topic by topic with "
        "their evidence, what is still open, readiness and your sub-level",
    )
    p.add_argument(
        "--level",
        type=whole("--level", 1),
        metavar="N",
        help="with --case: the level to reach (default: the level after your current role's)",
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
        help="list the best N achievements of each kind (or theme) and 8 quotes; 0 lists them all "
        "(default: 12)",
    )
    p.add_argument(
        "--group-by",
        choices=GROUPINGS,
        metavar="kind|theme",
        help="group the achievements by entry kind, or by theme: a few groups of entries close "
        "in meaning, each named by its most central entries' words (needs the meaning extra; "
        "without it, by kind, and a note says why) (default: kind)",
    )
    p.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write; its extension picks the format: .pdf, .html (.htm) or .md",
    )


def cmd_report(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    """Write the appraisal summary or the promotion case; only a PDF loads Qt, and only when
    it is written."""
    output = Path(args.output).expanduser()
    fmt = REPORT_FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise UserError(
            f"{args.output}: the report is written as PDF, HTML or Markdown; name the file "
            "*.pdf, *.html or *.md."
        )
    document: Summary | PromotionCase
    if args.case:
        document = _case(journal, args)
    elif args.level is not None:
        raise UserError("--level chooses the level of a promotion case: add --case.")
    else:
        document = _summary(journal, args)
    check_writable(output, args.output)
    if fmt == "pdf":
        write_atomically(output, args.output, lambda path: _write_pdf(document, path))
    else:
        text = _render_text(document, fmt)

        def write_text(path: Path) -> Path:
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            return path

        write_atomically(output, args.output, write_text)
    out.write(f"{output}\n")
    return 0


def _summary(journal: Journal, args: argparse.Namespace) -> Summary:
    """The appraisal summary the options ask for (UserError for a period that cannot be)."""
    from ..services.summary import GroupBy, Section, SummaryOptions, months_before

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
    group_by = GroupBy(args.group_by or GroupBy.KIND)
    summary = journal.summary.build(
        SummaryOptions(
            date_from=date_from,
            date_to=date_to,
            sections=frozenset(Section(s) for s in sections),
            include_compensation=args.include_compensation,
            include_other=args.include_other,
            per_kind=None if args.per_kind <= 0 else args.per_kind,
            max_quotes=None if args.per_kind <= 0 else 8,
            group_by=group_by,
        ),
        today,
        meaning=journal.meaning if group_by is GroupBy.THEME else None,
    )
    if group_by is GroupBy.THEME:
        from ..report.themes import themes_off_words

        note = themes_off_words(summary)
        if note:
            sys.stderr.write(f"{note}\n")
    return summary


def _case(journal: Journal, args: argparse.Namespace) -> PromotionCase:
    """The promotion case for --level (default: the next level); the summary's own options are
    refused rather than ignored."""
    from ..services.promotion_case import build_case
    from .frameworks import active_framework

    given = [
        name
        for name, value in (
            ("--from", args.date_from),
            ("--to", args.date_to),
            ("--sections", args.sections),
            ("--include-compensation", args.include_compensation),
            ("--include-other", args.include_other),
            ("--group-by", args.group_by),
        )
        if value not in (None, False)
    ]
    if given:
        raise UserError(f"{given[0]} is for the appraisal summary, not for --case.")
    active_framework(journal)  # a clear line when there is none
    return build_case(journal, target=args.level)


def _render_text(document: Summary | PromotionCase, fmt: str) -> str:
    from ..services.promotion_case import PromotionCase

    if isinstance(document, PromotionCase):
        from ..report.case_html import render_case_html
        from ..report.case_markdown import render_case_markdown

        return render_case_html(document) if fmt == "html" else render_case_markdown(document)
    if fmt == "html":
        from ..report.html import render_html

        return render_html(document)
    from ..report.markdown import render_markdown

    return render_markdown(document)


def _sections(text: str | None) -> tuple[str, ...]:
    if text is None:
        return SECTIONS
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown or not names:
        what = f"unknown section {', '.join(unknown)}" if unknown else "no section named"
        raise UserError(f"--sections: {what}; choose from {','.join(SECTIONS)}.")
    return tuple(dict.fromkeys(names))


def _write_pdf(document: Summary | PromotionCase, path: Path) -> Path:
    """Lay the summary or case out as a PDF with Qt, headless (offscreen unless told otherwise)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ..report.pdf import write_case_pdf, write_pdf
    from ..services.promotion_case import PromotionCase

    app = QGuiApplication.instance() or QGuiApplication([PROG])
    try:
        if isinstance(document, PromotionCase):
            return write_case_pdf(document, path)
        return write_pdf(document, path)
    finally:
        del app


COMMANDS: dict[str, JournalCommand] = {"report": cmd_report}
