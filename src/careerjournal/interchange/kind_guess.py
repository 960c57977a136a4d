"""What the journal importers (jrnl, Day One) share: an entry's kind guessed from its words and
tags, and a title, body and tags shaped into an `EntryDraft` the journal accepts.

A diary entry says nothing about its kind, so the kind is guessed from a small keyword table:
the tags are looked at first (a tag is the writer's own label), then the title, then the body;
within each, the first row of the table that matches wins. Keywords match at the start of a word
("promot" finds "promoted" and "promotion", never "unpromoted" in the middle of a word). The
guess depends only on the entry, so importing the same file twice guesses the same kinds, which
is what lets `ImportService` recognise the entries the second time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..domain import EntryKind
from ..services.records import EntryDraft
from ..services.validate import MAX_TAG, MAX_TITLE
from .errors import ImportProblem
from .plan import counted

KEYWORDS: tuple[tuple[EntryKind, tuple[str, ...]], ...] = (
    (EntryKind.PROMOTION, ("promot",)),
    (EntryKind.CERTIFICATION, ("certif",)),
    (EntryKind.LEARNING, ("learn", "course")),
    (EntryKind.PROJECT, ("shipped", "launched", "released")),
    (EntryKind.FEEDBACK, ("feedback",)),
    (EntryKind.RECOGNITION, ("praise", "kudos", "award")),
)
_PATTERNS = tuple(
    (kind, re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + ")")) for kind, words in KEYWORDS
)
_NOT_A_COURSE = re.compile(r"\bof course\b")  # "of course" is not a course
_TAG_SYMBOLS = re.compile(r"^[^\w]+")  # "@work", "#work": jrnl's tagsymbols, whatever they are

MAX_BODY = 200_000  # characters of one entry's text; a longer one is refused, naming the entry
MAX_ENTRIES = 50_000  # entries in one import


def guess_kind(title: str, body: str = "", tags: Iterable[str] = ()) -> EntryKind:
    """The kind suggested by the tags, else the title, else the body; OTHER when nothing fits."""
    for text in (" ".join(tags), title, body):
        words = _NOT_A_COURSE.sub(" ", text.casefold())
        for kind, pattern in _PATTERNS:
            if pattern.search(words):
                return kind
    return EntryKind.OTHER


def tag_name(raw: str) -> str:
    """A tag as the journal stores it: without its symbol ("@", "#"), single-spaced, no commas."""
    text = _TAG_SYMBOLS.sub("", raw.strip())
    return " ".join(text.replace(",", " ").split()).lower()


@dataclass
class Tally:
    """What reading left out or changed, counted over a whole import for one note each."""

    empty: int = 0  # entries without any text, left out
    long_titles: int = 0  # titles cut, their rest moved to the body
    long_tags: int = 0  # tags over the journal's limit, left out
    renamed: int = 0  # titles numbered to tell apart entries sharing a day, kind and title

    def notes(self) -> list[str]:
        notes = []
        if self.empty:
            verb = "was" if self.empty == 1 else "were"
            notes.append(f"{counted(self.empty, 'entries')} without any text {verb} left out.")
        if self.long_titles:
            notes.append(
                f"{counted(self.long_titles, 'entries')} had a title over {MAX_TITLE} characters: "
                "the title was cut and the rest begins the entry's text."
            )
        if self.long_tags:
            many = "tag" if self.long_tags == 1 else "tags"
            notes.append(
                f"{self.long_tags} {many} longer than {MAX_TAG} characters "
                f"{'was' if self.long_tags == 1 else 'were'} left out."
            )
        if self.renamed:
            notes.append(
                f"{counted(self.renamed, 'entries')} shared a day, kind and title with another "
                "entry of the file; “(2)”, “(3)”, … was added to their titles so that all are kept."
            )
        return notes


def fit_title(title: str, body: str, tally: Tally) -> tuple[str, str]:
    """The title on one line within the journal's limit; an over-long title is cut at a word
    and its rest begins the body (nothing is lost)."""
    line = " ".join(title.split())
    if len(line) <= MAX_TITLE:
        return line, body
    tally.long_titles += 1
    head = line[: MAX_TITLE - 1]
    space = head.rfind(" ")
    if space > MAX_TITLE // 2:
        head = head[:space]
    rest = line[len(head) :].strip()
    return head.rstrip() + "…", "…" + rest + ("\n\n" + body if body.strip() else "")


def journal_draft(
    title: str,
    body: str,
    day: dt.date,
    tags: Sequence[str],
    starred: bool,
    tally: Tally,
) -> EntryDraft | None:
    """One diary entry as a draft; None (counted) when it has no text at all.

    An empty title borrows the body's first non-empty line."""
    body = body.strip()
    if not " ".join(title.split()):
        lines = body.splitlines()
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            tally.empty += 1
            return None
        title, body = lines[first], "\n".join(lines[first + 1 :]).strip()
    title, body = fit_title(title, body, tally)
    names: dict[str, None] = {}
    for raw in tags:
        name = tag_name(raw)
        if len(name) > MAX_TAG:
            tally.long_tags += 1
        elif name:
            names.setdefault(name, None)
    clean_tags = tuple(names)
    return EntryDraft(
        title=title,
        occurred_on=day,
        kind=guess_kind(title, body, clean_tags),
        body=body,
        starred=starred,
        tags=clean_tags,
    )


def checked_draft(
    item: dict[str, Any],
    title: str,
    body: str,
    size: int,
    day: dt.date,
    where: tuple[str | Path, str],
    tally: Tally,
) -> EntryDraft | None:
    """A diary entry's draft once its text is read: its `size` (characters), “tags” and “starred”
    checked; `where` is (the file, the entry) for the message."""
    source, entry = where
    if size > MAX_BODY:
        raise ImportProblem(
            source,
            f"the entry is {size:,} characters long; "
            f"entries over {MAX_BODY:,} characters are not imported",
            entry,
        )
    tags = item.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ImportProblem(source, "“tags” must be a list of words", entry)
    starred = item.get("starred", False)
    if starred is None:
        starred = False
    if not isinstance(starred, bool):
        raise ImportProblem(source, "“starred” must be true or false", entry)
    return journal_draft(title, body, day, tags, starred, tally)


def keep_apart(drafts: Sequence[EntryDraft], tally: Tally) -> list[EntryDraft]:
    """Number the titles of entries that would collide with an earlier one of the same file.

    `ImportService` takes (day, kind, title) for one entry; two diary entries "Standup" on one day
    would otherwise come out as one. The numbering depends on the file's order only, so a second
    import of the file gives the same titles and finds them all already there.
    """
    seen: set[tuple[dt.date, EntryKind, str]] = set()
    out = []
    for draft in drafts:
        title = draft.title
        key = (draft.occurred_on, draft.kind, title.lower())
        n = 1
        while key in seen:
            n += 1
            suffix = f" ({n})"
            title = draft.title[: MAX_TITLE - len(suffix)].rstrip() + suffix
            key = (draft.occurred_on, draft.kind, title.lower())
        if n > 1:
            tally.renamed += 1
            draft = replace(draft, title=title)
        seen.add(key)
        out.append(draft)
    return out


__all__ = [
    "KEYWORDS",
    "MAX_BODY",
    "MAX_ENTRIES",
    "Tally",
    "fit_title",
    "guess_kind",
    "journal_draft",
    "keep_apart",
    "tag_name",
]
