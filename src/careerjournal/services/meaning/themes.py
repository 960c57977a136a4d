"""Themes: a period's entries grouped by meaning, each named by its most central entries' words.

Spherical k-means (cosine) with a fixed seed on the entries' vectors (an entry without one yet is
embedded on the spot). How many themes: at most about sqrt(n / 2) of them (a small set gets
fewer: under 5 entries, one) and `max_themes`; from 2 to that, the most themes whose grouping
separates about as well as the best one (the mean silhouette, within `SILHOUETTE_SLACK`), none
of them a single entry. A theme is named by the words its three most central entries' titles
share most (stop words, common verbs and numbers left out; ties go to the words that set the
theme apart from the others), e.g. "Kubernetes migration · cost". The same entries always give
the same themes.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...store import Store
from . import model
from .vectors import Vectors, entry_texts

if TYPE_CHECKING:
    import numpy
    import numpy.typing as npt

    Matrix = npt.NDArray[numpy.float32]
    Labels = npt.NDArray[numpy.intp]

SEED = 20
SILHOUETTE_SLACK = 0.02
CENTRAL = 3  # entries a theme is named after
NAME_WORDS = 3
_ITERATIONS = 50
_SAMPLE = 2000  # entries the silhouette is measured on, at most

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE = re.compile(r"[:;,.!?()\[\]/|—–]")  # words either side are not one phrase
STOP_WORDS = frozenset(
    """a about above across after again against all also am among an and any are around as at be
    because been behind beyond inside near onto outside per since toward towards upon within without
    before being below between both but by can could did do does doing done down during each
    few for from further get got had has have having he her here hers him his how i if in into
    is it its itself just me more most my myself new no nor not now of off on once one only or
    other our ours out over own same she should so some such than that the their them then
    there these they this those through to too two under until up us very via was we were what
    when where which while who whom why will with would you your yours
    added asked attended became began built completed did finished fixed gave got helped joined
    led made make met moved ran read rolled set shipped started took tried turned used using
    watched went worked wrote""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Theme:
    name: str
    entry_ids: tuple[int, ...]  # in the order they were given
    central_ids: tuple[int, ...]  # the most central first (the ones it is named after)


def themes(
    store: Store, vectors: Vectors, entry_ids: Sequence[int], *, max_themes: int = 5
) -> list[Theme]:
    """The entries (those that exist) grouped into at most `max_themes` named themes, the
    largest first."""
    import numpy as np

    given = list(dict.fromkeys(entry_ids))
    found = _vectors(store, vectors, sorted(given))
    titles = _titles(store, list(found))
    ids = [i for i in sorted(found) if i in titles]
    if not ids:
        return []
    data = np.stack([found[i] for i in ids]).astype(np.float32)
    labels = _cluster(data, _most_themes(len(ids), max_themes))
    order = {entry_id: n for n, entry_id in enumerate(given)}
    groups: list[tuple[list[int], list[int]]] = []
    for label in sorted(set(labels.tolist())):
        rows = np.flatnonzero(labels == label)
        centre = _unit(data[rows].mean(axis=0))
        closeness = data[rows] @ centre
        by_centrality = [ids[int(r)] for r in rows[np.argsort(-closeness, kind="stable")]]
        members = sorted((ids[int(r)] for r in rows), key=lambda i: order[i])
        groups.append((members, by_centrality))
    groups.sort(key=lambda g: (-len(g[0]), order[g[0][0]]))
    return _named(groups, titles)


def _most_themes(count: int, max_themes: int) -> int:
    return max(1, min(max_themes, round(math.sqrt(count / 2))))


def _vectors(store: Store, vectors: Vectors, ids: list[int]) -> dict[int, Matrix]:
    """Each entry's stored vector, or its text embedded now."""
    matrix = vectors.matrix()
    out: dict[int, Matrix] = {}
    missing = []
    for entry_id in ids:
        row = matrix.row_of(entry_id)
        if row is None:
            missing.append(entry_id)
        else:
            out[entry_id] = matrix.vectors[row]
    if missing:
        texts = entry_texts(store, missing)
        fresh = [i for i in missing if i in texts]
        for entry_id, vector in zip(fresh, model.embed([texts[i] for i in fresh]), strict=True):
            out[entry_id] = vector
    return out


def _titles(store: Store, ids: list[int]) -> dict[int, str]:
    from sqlalchemy import select

    from ...domain import Entry

    out: dict[int, str] = {}
    with store.read() as session:
        for start in range(0, len(ids), 900):
            chunk = ids[start : start + 900]
            rows = session.execute(select(Entry.id, Entry.title).where(Entry.id.in_(chunk)))
            out.update((int(i), str(t)) for i, t in rows)
    return out


def _unit(vector: Matrix) -> Matrix:
    import numpy as np

    norm = float(np.linalg.norm(vector))
    return vector / norm if norm > 0 else vector


def _cluster(data: Matrix, most: int) -> Labels:
    """Labels of the best k-means grouping into 2..`most` clusters (one cluster if `most` < 2)."""
    import numpy as np

    if most < 2 or len(data) < 4:
        return np.zeros(len(data), dtype=np.intp)
    scored: list[tuple[float, Labels]] = []
    for k in range(2, most + 1):
        labels = _kmeans(data, k)
        if int(np.bincount(labels, minlength=k).min()) < 2:  # a theme of one entry: no theme
            continue
        scored.append((_silhouette(data, labels), labels))
    if not scored:
        return np.zeros(len(data), dtype=np.intp)
    best = max(score for score, _ in scored)
    return [labels for score, labels in scored if score >= best - SILHOUETTE_SLACK][-1]


def _kmeans(data: Matrix, k: int) -> Labels:
    """Spherical k-means, k-means++ seeded with a fixed seed: the same data, the same labels."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    centres = [data[int(rng.integers(len(data)))]]
    for _ in range(1, k):
        distance = np.clip(1.0 - np.max(data @ np.stack(centres).T, axis=1), 0.0, None)
        total = float(distance.sum())
        pick = int(rng.choice(len(data), p=distance / total)) if total > 0 else len(centres)
        centres.append(data[pick % len(data)])
    centre = np.stack(centres)
    labels: Labels = np.argmax(data @ centre.T, axis=1)
    for _ in range(_ITERATIONS):
        for c in range(k):
            members = data[labels == c]
            if len(members):
                centre[c] = _unit(members.mean(axis=0))
        new: Labels = np.argmax(data @ centre.T, axis=1)
        if np.array_equal(new, labels):
            break
        labels = new
    return labels


def _silhouette(data: Matrix, labels: Labels) -> float:
    """The mean silhouette (cosine distance) over at most `_SAMPLE` evenly spaced entries."""
    import numpy as np

    rows = np.linspace(0, len(data) - 1, min(len(data), _SAMPLE)).astype(np.intp)
    distance = 1.0 - data[rows] @ data.T
    clusters = sorted(set(labels.tolist()))
    mean = np.stack([distance[:, labels == c].mean(axis=1) for c in clusters], axis=1)
    sizes = np.array([int((labels == c).sum()) for c in clusters])
    own = np.searchsorted(clusters, labels[rows])
    mine = sizes[own]
    # Within: the mean distance to the others of one's own cluster (itself, at 0, left out).
    a = np.where(mine > 1, mean[np.arange(len(rows)), own] * mine / np.maximum(mine - 1, 1), 0.0)
    mean[np.arange(len(rows)), own] = np.inf
    b = mean.min(axis=1)
    s = np.where(mine > 1, (b - a) / np.maximum(np.maximum(a, b), 1e-9), 0.0)
    return float(s.mean())


def _words(title: str) -> list[str]:
    return [
        w.strip("'’-") for w in _WORD.findall(title) if w.lower().strip("'’-") not in STOP_WORDS
    ]


def _name(central: list[str], theme: list[str], everyone: Counter[str], total: int) -> str:
    """The words the central titles share most; ties go to the words that set the theme apart
    (common in it, rare elsewhere), then to the first seen. Two chosen words next to each other
    in a title read as one phrase."""
    counts = Counter(w.lower() for t in central for w in set(_words(t)))
    here = Counter(w.lower() for t in theme for w in set(_words(t)))
    first = _spellings(central)
    seen = list(first)

    def apart(word: str) -> float:
        return (here[word] / len(theme)) / (everyone[word] / total) if everyone[word] else 0.0

    ranked = sorted(seen, key=lambda w: (-counts[w], -apart(w), seen.index(w)))
    chosen = [w for w in ranked if len(w) > 1][:NAME_WORDS]
    if not chosen:
        return "Other"
    return _phrase(chosen, central, first)


def _unique(name: str, taken: set[str]) -> str:
    """`name`, or with a number when another theme already has it."""
    if name.lower() not in taken:
        return name
    return next(f"{name} {n}" for n in itertools.count(2) if f"{name} {n}".lower() not in taken)


def _spellings(titles: list[str]) -> dict[str, str]:
    """Each word (lower case) as it is written inside a title, in order of first appearance;
    a word seen only at the start of a title is written in lower case (unless it is a name
    like "PostgreSQL" or "AWS", with capitals past its first letter)."""
    inside: dict[str, str] = {}
    starting: dict[str, str] = {}
    for title in titles:
        for n, word in enumerate(_words(title)):
            at_start = n == 0 and title.lstrip().startswith(word)
            (starting if at_start else inside).setdefault(word.lower(), word)
    order = {w: None for t in titles for w in (x.lower() for x in _words(t))}
    out: dict[str, str] = {}
    for key in order:
        word = inside.get(key) or starting[key]
        out[key] = word if key in inside or any(c.isupper() for c in word[1:]) else word.lower()
    return out


def _phrase(chosen: list[str], central: list[str], spelled: dict[str, str]) -> str:
    """The chosen words joined by " · ", those next to each other in a title as one phrase."""
    parts: list[list[str]] = []
    lowered = [
        [w.lower() for w in _WORD.findall(clause)] for t in central for clause in _CLAUSE.split(t)
    ]
    for word in chosen:
        for part in parts:
            if any(_follows(part[-1], word, t) for t in lowered):
                part.append(word)
                break
            if any(_follows(word, part[0], t) for t in lowered):
                part.insert(0, word)
                break
        else:
            parts.append([word])
    text = " · ".join(" ".join(spelled[w] for w in p) for p in parts)
    return text[:1].upper() + text[1:]


def _follows(before: str, word: str, title: list[str]) -> bool:
    return any(a == before and b == word for a, b in itertools.pairwise(title))


def _named(groups: list[tuple[list[int], list[int]]], titles: dict[int, str]) -> list[Theme]:
    everyone = Counter(w.lower() for i in titles for w in set(_words(titles[i])))
    out: list[Theme] = []
    taken: set[str] = set()
    for members, by_centrality in groups:
        central = by_centrality[:CENTRAL]
        name = _name(
            [titles[i] for i in central], [titles[i] for i in members], everyone, len(titles)
        )
        name = _unique(name, taken)
        taken.add(name.lower())
        out.append(Theme(name, tuple(members), tuple(central)))
    return out
