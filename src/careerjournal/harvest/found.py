"""What a harvest source returns: candidate entries with their evidence, and what it skipped."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from ..domain.enums import EntryKind, HarvestSource

TITLE_MAX = 300
EVIDENCE_LINES = 30  # raw evidence lines kept per candidate
EVIDENCE_LINE_MAX = 300


@dataclass(frozen=True)
class Link:
    """Where the evidence lives; kept on the entry the candidate becomes."""

    url: str  # a URL, or a reference such as "git:billing-service@3f2a9c1"
    label: str = ""


@dataclass(frozen=True)
class Found:
    """One candidate entry as a source found it.

    `key` identifies it within its source across rescans (never a local path, so a moved or
    re-cloned repository gives the same keys). `facts` are numbers and codes for the interface to
    word ("commits": 14); `title` and `evidence` are the user's own text (subjects, summaries).
    """

    source: HarvestSource
    key: str
    occurred_on: dt.date
    title: str
    kind: EntryKind = EntryKind.OTHER
    impact: int = 2
    tags: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    origin: str = ""  # the place it came from, shown and used to dismiss a whole source
    fingerprint: str = ""  # the same work in another source gives the same fingerprint
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Skipped:
    """A place a source could not read, and why (a code and the detail for the message)."""

    where: str
    reason: str  # a code: "unreadable", "outside", "too_large", "not_utf8", "malformed", ...
    detail: str = ""


@dataclass
class HarvestReport:
    """What one harvest found, what it skipped, and the state to remember for the next rescan."""

    found: list[Found] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    # Per location (a repository path, a file): what the next rescan starts from.
    states: dict[str, dict[str, Any]] = field(default_factory=dict)
    read: int = 0  # items read (commits, events, issues, bullets)

    def extend(self, other: HarvestReport) -> None:
        self.found.extend(other.found)
        self.skipped.extend(other.skipped)
        self.states.update(other.states)
        self.read += other.read


def clip(text: str, limit: int = TITLE_MAX) -> str:
    """One line of at most `limit` characters, control characters removed."""
    line = " ".join(
        "".join(c for c in text if unicodedata.category(c)[0] != "C" or c in "\t\n").split()
    )
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fingerprint_of(*parts: object) -> str:
    """A fingerprint that survives case, punctuation and spacing: "pr|12|fix-the-ledger"."""
    words = []
    for part in parts:
        words.append("-".join(_WORD.findall(str(part).casefold()))[:120])
    return "|".join(words)[:300]
