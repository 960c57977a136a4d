"""JSON Resume basics: the format's constants, seniority and skill levels read from words, and
the shapes of a document (sections, text, partial dates, links) with the place of each problem.

Shared by the importer (jsonresume) and the exporter (jsonresume_export).
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..domain import EntryKind, SkillScale
from ..domain.scales import levels, max_level
from ..services.records import LinkRecord
from ..services.validate import MIN_YEAR
from .errors import ImportProblem

FORMAT = "jsonresume"
SCHEMA_URL = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
SCHEMA_VERSION = "v1.0.0"
TAG = "imported"
VOLUNTEERING = "volunteering"
SKILL_BAND = "From résumé"
HIGHLIGHT_TITLE = 120  # a highlight longer than this is cut at a word; the body keeps it all
MAX_ENTRY_TITLE = 300  # validate.MAX_TITLE
MAX_ROLE_TITLE = 200
MAX_ORGANISATION = 200
MAX_SKILL_NAME = 120
MAX_PROFILE_NAME = 200
MAX_URL = 2000
MAX_TEXT = 100_000  # a body or notes; anything longer is cut (and said so)
FUTURE_YEARS = 10  # a date more than this many years ahead is refused
EXPORT_HIGHLIGHTS = 5
LINK_SCHEMES = ("http", "https", "mailto")
SECTIONS = (
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
)
NOT_IMPORTED = ("education", "publications", "languages", "interests")
HIGHLIGHT_KINDS = frozenset({EntryKind.PROJECT, EntryKind.RESPONSIBILITY})
CURRENT_WORDS = frozenset({"present", "current", "now", "today", "ongoing"})

# -- seniority, judged by the words of a title -----------------------------------------------------

DEFAULT_RANK = 2  # a title without a seniority word ("Software Engineer")
_RANK_WORDS: dict[str, int] = {
    **dict.fromkeys(("intern", "internship", "trainee", "apprentice", "student"), 0),
    **dict.fromkeys(("junior", "jr", "associate", "graduate", "entry"), 1),
    **dict.fromkeys(("senior", "sr"), 3),
    **dict.fromkeys(("staff", "lead", "leader"), 4),
    **dict.fromkeys(("principal", "distinguished", "fellow"), 5),
    **dict.fromkeys(("head", "director"), 6),
    **dict.fromkeys(("vp", "svp", "evp", "avp"), 7),
    **dict.fromkeys(
        (
            "chief",
            "cto",
            "ceo",
            "cfo",
            "coo",
            "cio",
            "cpo",
            "ciso",
            "cmo",
            "founder",
            "cofounder",
            "president",
        ),
        8,
    ),
}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}


def seniority(title: str) -> tuple[int, ...]:
    """A comparable seniority key: the highest rank word, a trailing grade ("II", "3"), modifiers.

    intern < junior < (none) < senior < staff/lead < principal < head/director < VP < C-level; a
    grade breaks ties ("Engineer II" > "Engineer"), then the other rank words, relative to a plain
    title ("Senior Director" > "Director" > "Associate Director").
    """
    words = re.findall(r"[a-z0-9]+", title.casefold())
    if "vice" in words:
        words = ["vp" if w == "president" else w for w in words if w != "vice"]
    ranks = sorted((_RANK_WORDS[w] for w in words if w in _RANK_WORDS), reverse=True)
    top = ranks[0] if ranks else DEFAULT_RANK
    grade = 1
    if words:
        last = words[-1]
        if last in _ROMAN and len(words) > 1:
            grade = _ROMAN[last]
        elif last.isdigit() and len(last) == 1 and len(words) > 1:
            grade = int(last)
    return (top, grade, sum(r - DEFAULT_RANK for r in ranks[1:]))


def level_rank(title: str) -> int:
    return seniority(title)[0]


# -- skill levels ----------------------------------------------------------------------------------

_LEVEL_WORDS: tuple[tuple[str, float], ...] = (
    ("advanced beginner", 0.25),
    ("upper intermediate", 0.5),
    ("very good", 0.75),
    ("working knowledge", 0.5),
    ("beginner", 0.0),
    ("novice", 0.0),
    ("basic", 0.0),
    ("basics", 0.0),
    ("elementary", 0.0),
    ("familiar", 0.0),
    ("learning", 0.0),
    ("entry", 0.0),
    ("awareness", 0.0),
    ("fundamental", 0.0),
    ("fundamentals", 0.0),
    ("intermediate", 0.5),
    ("competent", 0.5),
    ("moderate", 0.5),
    ("average", 0.5),
    ("good", 0.5),
    ("advanced", 0.75),
    ("proficient", 0.75),
    ("strong", 0.75),
    ("experienced", 0.75),
    ("skilled", 0.75),
    ("fluent", 0.75),
    ("expert", 1.0),
    ("master", 1.0),
    ("mastery", 1.0),
    ("guru", 1.0),
    ("excellent", 1.0),
    ("native", 1.0),
    ("authority", 1.0),
)
_NUMBER = r"(\d+(?:[.,]\d+)?)"


def _on_scale(fraction: float, scale: SkillScale) -> int:
    fraction = min(1.0, max(0.0, fraction))
    return 1 + math.floor(fraction * (max_level(scale) - 1) + 0.5)


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def map_skill_level(raw: str, scale: SkillScale) -> int | None:
    """A résumé's skill level on the journal's scale, or None when it is not understood.

    The scale's own level names match exactly (other scales' names map proportionally); words
    (Beginner/Novice lowest, Intermediate/Competent the middle, Advanced/Proficient upper,
    Expert/Master top), "3/5", "3 of 5", "60%", a bare 1-5 (or 6-10, read out of 10) and star
    ratings ("★★★☆☆") map proportionally.
    """
    text = " ".join(raw.casefold().replace("_", " ").split())
    if not text:
        return None
    for scl in (scale, *(s for s in SkillScale if s != scale)):
        names = [n.casefold() for n in levels(scl)]
        if text in names:
            fraction = names.index(text) / (len(names) - 1)
            return names.index(text) + 1 if scl == scale else _on_scale(fraction, scale)
    full, empty = raw.count("★"), raw.count("☆")
    if full + empty > 0:
        return _on_scale((full - 1) / max(1, full + empty - 1), scale)
    if m := re.fullmatch(_NUMBER + r"\s*(?:/|of|out of)\s*" + _NUMBER, text):
        n, d = _number(m[1]), _number(m[2])
        if d > 0 and 0 <= n <= d:
            return _on_scale((n - 1) / (d - 1) if d > 1 else n / d, scale)
        return None
    if m := re.fullmatch(_NUMBER + r"\s*%", text):
        p = _number(m[1])
        return _on_scale(p / 100, scale) if 0 <= p <= 100 else None
    if m := re.fullmatch(_NUMBER, text):
        n = _number(m[1])
        if 0 <= n <= 5:
            return _on_scale((n - 1) / 4, scale)
        if n <= 10:
            return _on_scale((n - 1) / 9, scale)
        return None
    for phrase, fraction in _LEVEL_WORDS:
        if re.search(rf"\b{re.escape(phrase)}\b", text):
            return _on_scale(fraction, scale)
    return None


# -- small helpers ---------------------------------------------------------------------------------


def kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__  # pragma: no cover - json gives nothing else


def key_path(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def cut(text: str, limit: int) -> tuple[str, bool]:
    """One line of at most `limit` characters, cut at a word with "…"; and whether it was cut."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line, False
    head = line[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:.-") + "…", True


@dataclass
class DocReader:
    """The reader's state, and the shapes of a JSON Resume: sections, text, dates, links."""

    source: Path
    scale: SkillScale
    today: dt.date
    partial: bool = False
    clipped: bool = False
    cut_text: bool = False
    dropped_links: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    # -- shapes ---------------------------------------------------------------------------------

    def problem(self, problem: str, where: str) -> ImportProblem:
        return ImportProblem(self.source, problem, where)

    def section(self, doc: dict[str, Any], key: str) -> Iterator[tuple[str, dict[str, Any]]]:
        value = doc.get(key)
        if value is None:
            return
        if not isinstance(value, list):
            raise self.problem(f"should be a list of objects, not {kind_of(value)}", key)
        for i, item in enumerate(value):
            where = f"{key}[{i}]"
            if not isinstance(item, dict):
                raise self.problem(f"should be an object, not {kind_of(item)}", where)
            yield where, item

    def text(self, item: dict[str, Any], key: str, where: str, limit: int = MAX_TEXT) -> str:
        value = item.get(key)
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.problem(f"should be text, not {kind_of(value)}", key_path(where, key))
        value = value.replace("\r\n", "\n").strip()
        if len(value) > limit:
            self.cut_text = True
            value = value[:limit].rstrip()
        return value

    def line(self, item: dict[str, Any], key: str, where: str, limit: int) -> str:
        value, was_cut = cut(self.text(item, key, where), limit)
        self.cut_text |= was_cut
        return value

    def texts(self, item: dict[str, Any], key: str, where: str) -> list[str]:
        value = item.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.problem(
                f"should be a list of text, not {kind_of(value)}", key_path(where, key)
            )
        out = []
        for i, v in enumerate(value):
            if not isinstance(v, str):
                raise self.problem(f"should be text, not {kind_of(v)}", f"{where}.{key}[{i}]")
            v = v.strip()
            if len(v) > MAX_TEXT:
                self.cut_text = True
                v = v[:MAX_TEXT]
            if v:
                out.append(v)
        return out

    def date(
        self, item: dict[str, Any], key: str, where: str, *, end: bool = False
    ) -> dt.date | None:
        """A full or partial date; a year or month means its first (or, for `end`, last) day."""
        value = item.get(key)
        place = key_path(where, key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.problem(
                f'should be a date written as text ("2019-03-01", "2019-03" or "2019"), '
                f"not {kind_of(value)}",
                place,
            )
        text = value.strip()
        if not text or (end and text.casefold() in CURRENT_WORDS):
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ][0-9:.+\-Z]*)?)?)?", text)
        if m is None:
            raise self.problem(
                f'{value!r} is not a date; write it as "2019-03-01", "2019-03" or "2019"', place
            )
        year, month, day = int(m[1]), m[2], m[3]
        if year < MIN_YEAR:
            raise self.problem(f"{value!r} is before {MIN_YEAR}", place)
        if year > self.today.year + FUTURE_YEARS:
            raise self.problem(f"{value!r} is too far in the future", place)
        try:
            if month is None:
                self.partial = True
                return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
            if day is None:
                self.partial = True
                last = calendar.monthrange(year, int(month))[1] if 1 <= int(month) <= 12 else 0
                return dt.date(year, int(month), last if end else 1)
            return dt.date(year, int(month), int(day))
        except ValueError:
            raise self.problem(f"{value!r} does not exist on the calendar", place) from None

    def link(self, url: str, label: str, where: str) -> tuple[LinkRecord, ...]:
        url = url.strip()
        if not url:
            return ()
        parts = urlsplit(url) if len(url) <= MAX_URL else None
        ok = (
            parts is not None
            and parts.scheme.lower() in LINK_SCHEMES
            and (parts.scheme.lower() == "mailto" or bool(parts.netloc))
            and not any(c.isspace() for c in url)
        )
        if not ok:
            self.dropped_links.append(where)
            return ()
        return (LinkRecord(url, label),)
