"""Which framework criteria an entry's text may show: shared words, rarer words counting more.

A plain, explainable match (the words are shown as the reason); the user always confirms.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .framework_records import CriterionMatch, CriterionRecord

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_STOP = frozenset(
    [
        "able",
        "about",
        "above",
        "across",
        "after",
        "again",
        "against",
        "also",
        "among",
        "another",
        "around",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "could",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "either",
        "else",
        "even",
        "ever",
        "every",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "itself",
        "just",
        "like",
        "made",
        "make",
        "makes",
        "many",
        "more",
        "most",
        "much",
        "must",
        "need",
        "needs",
        "only",
        "other",
        "others",
        "ought",
        "over",
        "same",
        "should",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "upon",
        "very",
        "want",
        "well",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "within",
        "without",
        "would",
        "your",
        "yours",
        "team",
        "teams",
        "work",
        "works",
        "working",
    ]
)
_SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "ly", "s")


def stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words(text: str) -> dict[str, str]:
    """Informative words of a text: stem -> the first word seen with it."""
    found: dict[str, str] = {}
    for match in _WORD.finditer(text.casefold()):
        word = match.group()
        if len(word) < 4 or word in _STOP:
            continue
        found.setdefault(stem(word), word)
    return found


def rank_criteria(
    text: str, criteria: Sequence[CriterionRecord], *, limit: int = 5
) -> list[CriterionMatch]:
    """The criteria sharing most (rare) words with `text`, best first; none sharing none."""
    wanted = words(text)
    if not wanted or not criteria:
        return []
    bags = [words(" ".join((c.text, *c.examples))) for c in criteria]
    df: Counter[str] = Counter(s for bag in bags for s in bag)
    n = len(criteria)
    scored: list[CriterionMatch] = []
    for c, bag in zip(criteria, bags, strict=True):
        shared = [s for s in wanted if s in bag]
        if not shared:
            continue
        weight = sum(math.log(1 + n / df[s]) for s in shared)
        score = weight / math.sqrt(len(bag) or 1)
        scored.append(CriterionMatch(c, score, tuple(_unique(wanted[s] for s in shared))))
    scored.sort(key=lambda m: (-m.score, m.criterion.level, m.criterion.position))
    return scored[:limit]


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
