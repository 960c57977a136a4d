"""Exports to read or to open in a spreadsheet: a Markdown brag document, and CSV.

Both cover the live entries only (the trash stays out) and return text; the caller writes it.

Markdown: grouped by year (newest first), then quarter, then kind; starred entries first, then
those with a measurable result. Titles, results, tags and links are escaped, so a title like
`<img src=x>` or `[x](javascript:…)` shows as those characters and renders as nothing else.
Entry bodies are Markdown already and are kept as written (emphasis, lists, quotes, links,
code), inside their list item, with three exceptions that keep the document safe and its
outline intact: a body's headings become bold lines (the export's headings are the years,
quarters and kinds), raw HTML is escaped, and images and script links become plain text (a
viewer would load or run them).

CSV: RFC 4180 (comma separated, fields quoted when needed, CRLF line ends; write the text with
`newline=""`, and as "utf-8-sig" if Excel is to recognise it as UTF-8). A cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return gets a single quote (`'`) in front, so a
spreadsheet shows it as text instead of running it as a formula ("CSV injection"); strip that
one quote to get the text back. Timestamps are UTC, written as ISO 8601 with a `Z`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain import EntryKind
from ..domain.labels import Form, label
from ..services.records import EntryQuery, EntryRecord

if TYPE_CHECKING:
    from ..services import Journal

APP_NAME = "Career Journal"

KIND_ORDER: tuple[EntryKind, ...] = tuple(EntryKind)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
QUARTERS = {
    1: "Q1 · January to March",
    2: "Q2 · April to June",
    3: "Q3 · July to September",
    4: "Q4 · October to December",
}
EMPTY_MESSAGE = (
    "Nothing to show yet: this journal has no entries. Add a few wins as they happen, "
    "and export again before your next review."
)

CSV_COLUMNS = (
    "id",
    "date",
    "kind",
    "title",
    "impact",
    "starred",
    "measurable_result",
    "tags",
    "role",
    "body",
    "links",
    "created_at",
    "updated_at",
    "trashed",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _live_entries(journal: Journal) -> list[EntryRecord]:
    return journal.entries.list(EntryQuery(trashed=False))


# -- Markdown --------------------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}<>|~#!])")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START = re.compile(r"^([-+=]|\d+[.)])")


def md_escape(text: str) -> str:
    """`text` as one literal line of Markdown: no markup, link, HTML or entity survives.

    Safe at the start of a line too (a leading `-`, `+`, `=` or `1.` is escaped).
    """
    return _LINE_START.sub(lambda m: _escape_marker(m.group(1)), _inline(text))


def _inline(text: str) -> str:
    """`text` as literal Markdown after other text on its line (never at a line's start)."""
    text = " ".join(text.split())
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _ENTITY.sub(r"\\&", text)


def _escape_marker(marker: str) -> str:
    if marker[-1] in ".)":
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^(\s{0,3})#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")
_RAW_HTML = re.compile(r"<(?=[A-Za-z/!?])")
_IMAGE = re.compile(r"!\[")
_SCRIPT_LINK = re.compile(r"\]\((\s*<?\s*(?:javascript|vbscript|data|file):)", re.IGNORECASE)


def _outside_code(line: str, fix: Callable[[str], str]) -> str:
    """`fix` applied to the parts of a line outside its code spans (kept as written)."""
    out, last = [], 0
    for match in _CODE_SPAN.finditer(line):
        out += [fix(line[last : match.start()]), match[0]]
        last = match.end()
    return "".join([*out, fix(line[last:])])


def _safe_inline(text: str) -> str:
    text = _RAW_HTML.sub(r"\\<", text)
    text = _IMAGE.sub(r"\\![", text)
    return _SCRIPT_LINK.sub(r"]\\(\1", text)


def body_markdown(body: str) -> list[str]:
    """An entry's Markdown body as the lines of a list item's content, kept as written but for
    headings (bold lines), raw HTML, images and script links (see the module's doc)."""
    out: list[str] = []
    fence = ""
    previous = ""
    for line in body.strip("\n").splitlines():
        line = line if line.strip() else ""  # trailing spaces stay: a hard line break
        if fence or _FENCE.match(line):
            if not fence:
                fence = _FENCE.match(line)[1][:3]  # type: ignore[index]
            elif line.lstrip().startswith(fence):
                fence = ""
            out.append(line)
            previous = ""
            continue
        if match := _ATX.match(line):
            text = (match[2] or "").strip()
            line = f"{match[1]}**{_outside_code(text, _safe_inline)}**" if text else ""
        elif _SETEXT.match(line) and previous.strip():
            line = "\\" + line.lstrip()  # an underline would make the line above a heading
        else:
            line = _outside_code(line, _safe_inline)
        previous = line
        out.append(line)
    return out


def format_day(day: dt.date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def _order(entry: EntryRecord) -> tuple[bool, bool, int, int]:
    """Starred first, then those with a measurable result, then newest first."""
    return (
        not entry.starred,
        not entry.measurable_result.strip(),
        -entry.occurred_on.toordinal(),
        -entry.id,
    )


def _entry_lines(entry: EntryRecord) -> list[str]:
    star = "★ " if entry.starred else ""
    line = f"- {star}**{_inline(entry.title)}**"
    if entry.measurable_result.strip():
        line += f" — {_inline(entry.measurable_result)}"
    details = [format_day(entry.occurred_on)]
    if entry.role_title:
        details.append(_inline(entry.role_title))
    details.append(f"impact {entry.impact}/5")
    lines = [line + "  ", f"  *{' · '.join(details)}*"]
    body = body_markdown(entry.body)
    if body:
        # Its own paragraphs, indented to stay in the list item.
        lines += ["", *(f"  {text}" if text else "" for text in body), ""]
    extra = []
    if entry.tags:
        extra.append("Tags: " + ", ".join(_inline(t) for t in entry.tags))
    for link in entry.links:
        label = f"{_inline(link.label)}: " if link.label.strip() else ""
        extra.append(f"Evidence: {label}{_inline(link.url)}")
    if extra and not body:
        lines[-1] += "  "
    # A trailing double space is a line break; the indent keeps each line in the list item.
    return [*lines, *(f"  {text}  " for text in extra[:-1]), *(f"  {t}" for t in extra[-1:])]


def markdown_export(journal: Journal) -> str:
    """A brag document of every live entry, newest year first, as CommonMark text."""
    entries = _live_entries(journal)
    name = journal.profile.get().name.strip()
    title = f"Brag document: {name}" if name else "Brag document"
    out = [f"# {_inline(title)}", ""]
    if not entries:
        return "\n".join([*out, md_escape(EMPTY_MESSAGE), ""])
    first = min(e.occurred_on for e in entries)
    last = max(e.occurred_on for e in entries)
    starred = sum(e.starred for e in entries)
    counted = f"{len(entries)} {'entry' if len(entries) == 1 else 'entries'}"
    if starred:
        counted += f", {starred} starred (★)"
    out += [
        f"**{format_day(first)} to {format_day(last)}** · {counted}  ",
        f"*Exported on {format_day(dt.date.today())} from {APP_NAME}*",
        "",
    ]
    grouped: dict[int, dict[int, dict[EntryKind, list[EntryRecord]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(list))
    )
    for entry in entries:
        day = entry.occurred_on
        grouped[day.year][_quarter(day)][EntryKind(entry.kind)].append(entry)
    for year in sorted(grouped, reverse=True):
        out += [f"## {year}", ""]
        for quarter in sorted(grouped[year], reverse=True):
            out += [f"### {QUARTERS[quarter]}", ""]
            by_kind = grouped[year][quarter]
            for kind in KIND_ORDER:
                if kind not in by_kind:
                    continue
                group = sorted(by_kind[kind], key=_order)
                out += [f"#### {label(kind, Form.PLURAL)} ({len(group)})", ""]
                for entry in group:
                    out += _entry_lines(entry)
                out.append("")
    return "\n".join(out).rstrip() + "\n"


# -- CSV -------------------------------------------------------------------------------------------


def neutralise(cell: str) -> str:
    """Prefix a quote to text a spreadsheet would take for a formula."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def _timestamp(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return moment.isoformat() + "Z"


def _csv_row(entry: EntryRecord) -> list[str]:
    values = [
        str(entry.id),
        entry.occurred_on.isoformat(),
        str(EntryKind(entry.kind).value),
        entry.title,
        str(entry.impact),
        "true" if entry.starred else "false",
        entry.measurable_result,
        ";".join(entry.tags),
        entry.role_title,
        entry.body,
        " ".join(link.url.replace(" ", "%20") for link in entry.links),
        _timestamp(entry.created_at),
        _timestamp(entry.updated_at),
        "false",
    ]
    return [neutralise(v) for v in values]


def csv_export(journal: Journal) -> str:
    """Every live entry as one CSV row (oldest first) under a header row; see the module doc."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_COLUMNS)
    for entry in _live_entries(journal):
        writer.writerow(_csv_row(entry))
    return buffer.getvalue()


__all__ = ["CSV_COLUMNS", "csv_export", "markdown_export", "md_escape", "neutralise"]
