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
_STOP_WORDS = (
    "able about above across after again against also among another around because been "
    "before being below between both could does doing down during each either else even "
    "ever every from further have having here into itself just like made make makes many "
    "more most much must need needs only other others ought over same should some such than "
    "that their them then there these they this those through under until upon very want "
    "well were what when where which while will with within without would your yours team "
    "teams work works working"
)
_STOP = frozenset(_STOP_WORDS.split())
#: Short words that are no acronym even in capitals ("SHIPPED IT TO THE TEAM").
_SHORT_STOP_WORDS = (
    "am an and are as at be but by do for go he if in is it me my no of on or our so the to "
    "up us we who why you"
)
_SHORT_STOP = frozenset(_SHORT_STOP_WORDS.split())
#: Endings taken off a word, longest first, with how many letters must be left.
_SUFFIXES = (
    ("ations", "ate", 3),
    ("ation", "ate", 3),
    ("ments", "", 5),
    ("ment", "", 5),
    ("ings", "", 4),
    ("ing", "", 4),
    ("ies", "y", 3),
    ("ied", "y", 3),
    ("ed", "", 4),
    ("ly", "", 4),
)
_VOWELS = frozenset("aeiouy")


def stem(word: str) -> str:
    """A rough stem, enough for the forms of a word to meet: "release", "releases",
    "released" and "releasing" are all "releas"; "ships", "shipped", "shipping" are "ship"."""
    for suffix, replacement, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: -len(suffix)] + replacement
            break
    else:
        if word.endswith(("ches", "shes", "sses", "xes", "zes")) and len(word) >= 5:
            word = word[:-2]  # matches, pushes, processes, fixes
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
            word = word[:-1]  # features, reviews (not process, status, analysis)
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]  # change/changed, release/released
    if len(word) > 4 and word[-1] == word[-2] and word[-1] not in _VOWELS:
        word = word[:-1]  # shipp(ed) -> ship, skill -> skil, process -> proces
    return word


def words(text: str) -> dict[str, str]:
    """Informative words of a text: stem -> the first word seen with it.

    Words of four letters or more that are not stop words, and shorter ones written in capitals
    (CSV, SQL, API, UX): acronyms say a lot.
    """
    found: dict[str, str] = {}
    for match in _WORD.finditer(text):
        written = match.group()
        word = written.casefold()
        if len(word) < 4:
            if len(word) >= 2 and written.isupper() and word not in _SHORT_STOP:
                found.setdefault(word, word)
            continue
        if word not in _STOP:
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
