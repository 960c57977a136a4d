"""Wins, done items and lessons from Markdown daily notes (Obsidian, Logseq-style folders, plain).

A daily note is a `.md` file whose name (or, for patterns with "/", whose last path parts) is a
date in the user's pattern. In a note, every top-level bullet under a heading such as "## 🏆 Wins"
or "### Done today" becomes a candidate; its sub-bullets are the evidence. The heading decides
the kind. Front matter and code fences are not read.

Bounds: notes over `MAX_NOTE_BYTES` are skipped, at most `MAX_FILES` daily notes per folder and
`MAX_ENTRIES` folder entries are looked at, hidden folders (`.obsidian`, `.trash`) are not
entered, and no symlink leads out of the folder (symlinked folders are not followed at all).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import stat
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from ..domain.enums import EntryKind, HarvestSource
from ..interchange.errors import ImportProblem
from ..interchange.safety import decode
from .found import (
    EVIDENCE_LINE_MAX,
    EVIDENCE_LINES,
    Found,
    HarvestReport,
    Link,
    Skipped,
    clip,
    fingerprint_of,
)

MAX_NOTE_BYTES = 2 * 1024 * 1024
MAX_FILES = 20_000  # daily notes per folder
MAX_ENTRIES = 200_000  # files and folders looked at per folder (attachments included)
MAX_TAGS = 20
MAX_BULLETS = 1_000  # per note: more is a generated list, not a day's wins

DEFAULT_HEADINGS: Mapping[str, EntryKind] = MappingProxyType(
    {
        "wins": EntryKind.RECOGNITION,
        "praise": EntryKind.RECOGNITION,
        "achievements": EntryKind.RECOGNITION,
        "done": EntryKind.PROJECT,
        "shipped": EntryKind.PROJECT,
        "learned": EntryKind.LEARNING,
        "til": EntryKind.LEARNING,
        "feedback": EntryKind.FEEDBACK,
        # German
        "erfolge": EntryKind.RECOGNITION,
        "erledigt": EntryKind.PROJECT,
        "gelernt": EntryKind.LEARNING,
    }
)

_TOKENS = {"YYYY": r"(?P<year>\d{4})", "MM": r"(?P<month>\d{2})", "DD": r"(?P<day>\d{2})"}
_BACKREFS = {"YYYY": "(?P=year)", "MM": "(?P=month)", "DD": "(?P=day)"}


def date_regex(pattern: str) -> re.Pattern[str]:
    """The regex a note's name must match in full: "YYYY-MM-DD", "DD.MM.YYYY", "YYYYMMDD",
    "YYYY/MM/DD" (the last path parts; a token may repeat: "YYYY/MM/YYYY-MM-DD").

    Other characters match themselves. A pattern without YYYY, MM and DD is a ValueError.
    """
    parts: list[str] = []
    seen: set[str] = set()
    for piece in re.split(r"(YYYY|MM|DD)", pattern):
        if piece in _TOKENS:
            parts.append(_BACKREFS[piece] if piece in seen else _TOKENS[piece])
            seen.add(piece)
        elif piece:
            parts.append(re.escape(piece))
    if seen != set(_TOKENS):
        raise ValueError(f"date pattern {pattern!r} needs YYYY, MM and DD")
    return re.compile("".join(parts))


def harvest(
    folders: Sequence[Path],
    *,
    pattern: str = "YYYY-MM-DD",
    since: dt.date | None = None,
    headings: Mapping[str, EntryKind] | None = None,
) -> HarvestReport:
    """Read the daily notes in each folder; what cannot be read is skipped with a reason."""
    regex = date_regex(pattern)
    depth = pattern.count("/") + 1  # path parts the pattern spans
    lookup = {_heading_words(name): kind for name, kind in (headings or DEFAULT_HEADINGS).items()}
    report = HarvestReport()
    for folder in folders:
        _harvest_folder(Path(folder), regex, depth, since, lookup, report)
    return report


def _harvest_folder(
    folder: Path,
    regex: re.Pattern[str],
    depth: int,
    since: dt.date | None,
    lookup: Mapping[str, EntryKind],
    report: HarvestReport,
) -> None:
    if not folder.is_dir():
        report.skipped.append(Skipped(str(folder), "unreadable", "is not a folder"))
        return
    root = folder.resolve()
    count = newest = 0
    for path, rel in _markdown_files(folder, report):
        subject = "/".join(rel.split("/")[-depth:])[:-3]  # less ".md"
        match = regex.fullmatch(subject)
        if match is None:
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            report.skipped.append(Skipped(str(path), "outside", "a link out of the folder"))
            continue
        count += 1
        if count > MAX_FILES:
            detail = f"more than {MAX_FILES} daily notes; the rest were not read"
            report.skipped.append(Skipped(str(folder), "too_many_files", detail))
            break
        try:
            day = dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            report.skipped.append(Skipped(str(path), "bad_date", rel))
            continue
        with contextlib.suppress(OSError):  # reading it says why
            newest = max(newest, path.stat().st_mtime_ns)
        if since is not None and day < since:
            continue
        text = _read_note(path, report)
        if text is not None:
            found, bullets = _NoteReader(lookup).read(text, day, rel, str(folder))
            if bullets > MAX_BULLETS:
                detail = f"more than {MAX_BULLETS} bullets; the rest were not read"
                report.skipped.append(Skipped(str(path), "too_many_rows", detail))
            report.found.extend(found)
            report.read += min(bullets, MAX_BULLETS)
    report.states[str(folder)] = {"files": min(count, MAX_FILES), "newest_mtime_ns": newest}


def _markdown_files(folder: Path, report: HarvestReport) -> Iterator[tuple[Path, str]]:
    """(path, path relative to `folder` with "/") of every `.md` file, in a stable order.

    Hidden folders are not entered and symlinked folders not followed (a symlinked file is
    listed: the caller checks where it leads).
    """
    entries = 0

    def unreadable(problem: OSError) -> None:
        where = str(problem.filename or folder)
        report.skipped.append(Skipped(where, "unreadable", problem.strerror or str(problem)))

    for top, dirs, files in os.walk(folder, followlinks=False, onerror=unreadable):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        entries += len(dirs) + len(files)
        if entries > MAX_ENTRIES:
            detail = f"more than {MAX_ENTRIES} files and folders; the rest were not read"
            report.skipped.append(Skipped(str(folder), "too_many_files", detail))
            return
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(".md"):
                continue
            path = Path(top, name)
            yield path, path.relative_to(folder).as_posix()


def _read_note(path: Path, report: HarvestReport) -> str | None:
    """The note's text, or None (and why, in `report`)."""
    where = str(path)
    limit = f"notes over {MAX_NOTE_BYTES // 2**20} MB are not read"
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe named like a note would never end
            report.skipped.append(Skipped(where, "unreadable", "is not a file"))
            return None
        if info.st_size > MAX_NOTE_BYTES:
            detail = f"{info.st_size / 1e6:.1f} MB; {limit}"
            report.skipped.append(Skipped(where, "too_large", detail))
            return None
        with path.open("rb") as handle:
            raw = handle.read(MAX_NOTE_BYTES + 1)
    except OSError as exc:
        report.skipped.append(Skipped(where, "unreadable", exc.strerror or str(exc)))
        return None
    if len(raw) > MAX_NOTE_BYTES:  # it grew since it was measured
        report.skipped.append(Skipped(where, "too_large", limit))
        return None
    try:
        return decode(raw, path)
    except ImportProblem as exc:
        report.skipped.append(Skipped(where, "not_utf8", exc.problem))
        return None


def _heading_words(text: str) -> str:
    """A heading as words: lower-case, emoji, punctuation and Markdown gone ("🏆 **Wins**" →
    "wins")."""
    kept = "".join(c if unicodedata.category(c)[0] in "LN" else " " for c in text.casefold())
    return " ".join(kept.split())


# --- reading one note -----------------------------------------------------------------------

_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*))?$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_BULLET = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$")
_TASK = re.compile(r"^\[(.)\][ \t]+")


@dataclass
class _Bullet:
    text: str
    heading: str
    kind: EntryKind
    details: list[str] = field(default_factory=list)


class _NoteReader:
    """Walks a note's lines once: headings open and close sections, bullets become items."""

    def __init__(self, lookup: Mapping[str, EntryKind]):
        self.lookup = lookup
        self.sections: list[tuple[int, EntryKind, str]] = []  # matched headings still open
        self.base: int | None = None  # the indent of the section's top-level bullets
        self.current: _Bullet | None = None
        self.items: list[_Bullet] = []
        self.fence = ""

    def read(self, text: str, day: dt.date, rel: str, origin: str) -> tuple[list[Found], int]:
        for line in _body(text.splitlines()):
            self._line(line)
        self._close()
        return _found(self.items[:MAX_BULLETS], day, rel, origin), len(self.items)

    def _line(self, line: str) -> None:
        if self.fence:
            stripped = line.strip()
            if stripped.startswith(self.fence) and not stripped.strip(self.fence[0]):
                self.fence = ""
            return
        fence = _FENCE.match(line)
        if fence:
            self.fence = fence[1]
            return
        heading = _HEADING.match(line)
        if heading:
            self._heading(len(heading[1]), _heading_text(heading[2] or ""))
            return
        if not self.sections:
            return
        bullet = _BULLET.match(line)
        if bullet:
            self._bullet(len(bullet[1].expandtabs(4)), bullet[2])
        elif line.strip() and line[:1] in " \t":
            self._detail(line.strip())  # a continuation of the item
        elif line.strip():
            self._close()  # a paragraph ends the list

    def _heading(self, level: int, text: str) -> None:
        self._close()
        while self.sections and self.sections[-1][0] >= level:
            self.sections.pop()
        words = _heading_words(text)
        kind = self.lookup.get(words) or self.lookup.get(words.split(" ")[0])
        if kind is not None:
            self.sections.append((level, kind, clip(text, 100)))
        self.base = None

    def _bullet(self, indent: int, text: str) -> None:
        task = _TASK.match(text)
        if task:
            text = text[task.end() :] if task[1] in "xX" else ""  # an open task is not done
        if self.base is None or indent <= self.base:
            self._close()
            self.base = indent if self.base is None else min(self.base, indent)
            if text.strip():
                _, kind, heading = self.sections[-1]
                self.current = _Bullet(text, heading, kind)
        elif text.strip():
            self._detail(text)

    def _detail(self, text: str) -> None:
        if self.current and len(self.current.details) < EVIDENCE_LINES:
            self.current.details.append(text)

    def _close(self) -> None:
        if self.current and len(self.items) <= MAX_BULLETS:  # one more says "too many"
            self.items.append(self.current)
        self.current = None


def _heading_text(text: str) -> str:
    """The heading's text without the optional closing hashes ("## Wins ##")."""
    text = text.strip()
    bare = text.rstrip("#")
    if bare != text and (not bare or bare[-1] in " \t"):
        text = bare.rstrip()
    return text


def _body(lines: list[str]) -> list[str]:
    """The lines after the front matter (a `---` block at the very top), if any."""
    if lines and lines[0].strip() == "---":
        for index, line in enumerate(lines[1:], start=1):
            if line.strip() in ("---", "..."):
                return lines[index + 1 :]
    return lines


def _found(items: list[_Bullet], day: dt.date, rel: str, origin: str) -> list[Found]:
    found = []
    keys: set[str] = set()
    for item in items:
        title, links, tags = _plain(item.text)
        if not title:
            continue
        evidence = []
        for detail in item.details[:EVIDENCE_LINES]:
            line, more_links, more_tags = _plain(detail)
            links += more_links
            tags += more_tags
            if line:
                evidence.append(clip(line, EVIDENCE_LINE_MAX))
        slug = "-".join(re.findall(r"[^\W_]+", title.casefold()))[:80] or "item"
        key, n = f"{rel}:{slug}", 1
        while key in keys:  # the same bullet twice in one note
            n += 1
            key = f"{rel}:{slug}-{n}"
        keys.add(key)
        found.append(
            Found(
                source=HarvestSource.NOTES,
                key=key,
                occurred_on=day,
                title=title,
                kind=item.kind,
                tags=tuple(dict.fromkeys(tags))[:MAX_TAGS],
                evidence=tuple(evidence),
                links=tuple(dict.fromkeys(links)),
                origin=origin,
                fingerprint=fingerprint_of("note", day.isoformat(), title),
                facts={"heading": item.heading},
            )
        )
    return found


# --- Markdown to plain text -----------------------------------------------------------------

_CODE = re.compile(r"(`+)(.+?)\1")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"\n]*\")?\s*\)")
_WIKI = re.compile(r"!?\[\[([^\]|#^\n]*)(?:[#^][^\]|\n]*)?(?:\|([^\]\n]*))?\]\]")
# <https://…> or a bare address (less the punctuation that ends a sentence)
_ADDRESS = re.compile(
    r"<((?:https?|mailto):[^>\s]+)>|(https?://[^\s<>()\[\]\x00]*[^\s<>()\[\]\x00.,;:!?'\"])"
)
# Obsidian's tags: letters, digits, "_", "-", "/", not only digits ("#123" is an issue number).
_TAG_BODY = r"(?:[^\W\d_][\w/-]*|[\d_][\w/-]*[^\W\d_][\w/-]*)"
_TAG = re.compile(rf"(?<![\w&#/\x00])#({_TAG_BODY})")
_TRAILING_TAG = re.compile(rf"\s#{_TAG_BODY}\s*$")
MAX_BULLET_CHARS = 4_000  # of Markdown read per bullet: bounds the work on a huge line
_EMPHASIS = (
    re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"),
    re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"),
    re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"),
    re.compile(r"==(?=\S)(.+?)(?<=\S)=="),
    re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"),
    re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"),
)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def _plain(text: str) -> tuple[str, list[Link], list[str]]:
    """A bullet's text without Markdown, the links it holds and its #tags.

    Code spans and addresses are set aside first, so `#include` or a URL's `#part` is no tag and
    `snake_case` keeps its underscores. Tags at the end are dropped from the text; a tag inside a
    sentence keeps its word.
    """
    kept: list[str] = []
    links: list[Link] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"\x00{len(kept) - 1}\x00"

    def link(match: re.Match[str]) -> str:
        label, url = match[1].strip(), match[2].strip()
        if url.lower().startswith(_SAFE_SCHEMES):
            links.append(Link(url, clip(label.strip("*_`~"), 100)))
        return label

    def address(match: re.Match[str]) -> str:
        url = match[1] or match[2]
        links.append(Link(url))
        return keep(url)

    text = _CODE.sub(lambda m: keep(m[2].strip()), text[:MAX_BULLET_CHARS])
    text = _ESCAPE.sub(lambda m: keep(m[1]), text)  # \* is a star, not emphasis
    text = _IMAGE.sub(lambda m: m[1], text)
    text = _LINK.sub(link, text)
    text = _WIKI.sub(lambda m: (m[2] or m[1]).strip(), text)
    text = _ADDRESS.sub(address, text)
    tags = [tag.casefold() for tag in _TAG.findall(text)]
    while (trailing := _TRAILING_TAG.search(text)) and trailing.start() > 0:
        text = text[: trailing.start()]
    text = _TAG.sub(lambda m: m[1], text)
    for emphasis in _EMPHASIS:
        text = emphasis.sub(lambda m: m[1], text)
    text = re.sub("\x00(\\d+)\x00", lambda m: kept[int(m[1])], text)
    return clip(text), links, tags
