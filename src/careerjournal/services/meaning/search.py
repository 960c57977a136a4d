"""Search by meaning: the nearest vectors, full-text words, and the two fused.

"words" is the journal's full-text search (store/search.py); "meaning" ranks every indexed entry
by the cosine of its vector with the query's; "hybrid" fuses the two rankings by reciprocal rank
fusion, with the words weighted above the meaning, so an entry that has the query's words stays
above one that only means something close (all of a query's words must match, so a word match
is a strong sign), and among the word matches the closest in meaning come first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select

from ...domain import Entry
from ...store import Store
from ...store import search as full_text
from .vectors import VectorMatrix, Vectors

if TYPE_CHECKING:
    import numpy
    import numpy.typing as npt

    Vector = npt.NDArray[numpy.float32]

WORDS, MEANING, HYBRID = "words", "meaning", "hybrid"
MODES = (WORDS, MEANING, HYBRID)
#: Reciprocal rank fusion: score = sum of weight / (RRF_K + rank) over the two rankings.
RRF_K = 60
WORDS_WEIGHT = 1.0
MEANING_WEIGHT = 0.6
#: Below this cosine an entry has nothing to do with the query: left out of meaning results
#: (paraphrases of a short query can be as low as 0.1, so only the unrelated go).
MIN_SIMILARITY = 0.05
#: A search result by meaning is at least this share as close as the best one: the few that
#: are about the query, not every entry that happens to score above nothing.
RELATIVE_FLOOR = 0.5
_CHUNK = 900


def word_ids(store: Store, text: str, *, limit: int | None, include_trashed: bool) -> list[int]:
    """The full-text search's ids, best first."""
    with store.read() as session:
        return full_text.search_ids(session, text, limit=limit, include_trashed=include_trashed)


def existing(store: Store, ids: Sequence[int], *, include_trashed: bool) -> set[int]:
    """Those of `ids` that exist (and are live, unless trashed ones are wanted)."""
    found: set[int] = set()
    with store.read() as session:
        for start in range(0, len(ids), _CHUNK):
            stmt = select(Entry.id).where(Entry.id.in_(ids[start : start + _CHUNK]))
            if not include_trashed:
                stmt = stmt.where(Entry.trashed_at.is_(None))
            found.update(session.scalars(stmt))
    return found


def similarities(matrix: VectorMatrix, query: Vector) -> Vector:
    """The cosine of every indexed entry with `query` (a vector of length 1)."""
    result: Vector = matrix.vectors @ query
    return result


def nearest(
    store: Store,
    vectors: Vectors,
    query: Vector,
    *,
    limit: int,
    include_trashed: bool = False,
    exclude: Iterable[int] = (),
    floor: float = MIN_SIMILARITY,
) -> list[tuple[int, float]]:
    """The `limit` entries closest to `query` with a cosine of at least `floor`, best first.

    Only the best few hundred rows are looked up (trashed and deleted ones dropped), so a search
    never reads the whole journal.
    """
    import numpy as np

    matrix = vectors.matrix()
    if limit <= 0 or len(matrix.ids) == 0:
        return []
    scores = similarities(matrix, query)
    left_out = set(exclude)
    wanted = limit + len(left_out)
    while True:
        take = min(len(scores), max(2 * wanted, wanted + 50))
        top = np.argpartition(-scores, take - 1)[:take] if take < len(scores) else np.arange(take)
        top = top[np.argsort(-scores[top], kind="stable")]
        top = top[scores[top] >= floor]
        ids = [int(i) for i in matrix.ids[top]]
        keep = existing(store, ids, include_trashed=include_trashed) - left_out
        found = [(i, float(scores[row])) for i, row in zip(ids, top, strict=True) if i in keep]
        if len(found) >= limit or take >= len(scores) or len(top) < take:
            return found[:limit]
        wanted *= 4


def closest_share(found: list[tuple[int, float]]) -> list[int]:
    """The ids of `found` (best first) at least `RELATIVE_FLOOR` as close as the best."""
    if not found:
        return []
    cut = found[0][1] * RELATIVE_FLOOR
    return [i for i, s in found if s >= cut]


def fuse(words: Sequence[int], meaning: Sequence[int], *, limit: int) -> list[int]:
    """Reciprocal rank fusion of the two rankings (ties: the word ranking's order)."""
    score: dict[int, float] = {}
    for rank, entry_id in enumerate(words, start=1):
        score[entry_id] = score.get(entry_id, 0.0) + WORDS_WEIGHT / (RRF_K + rank)
    for rank, entry_id in enumerate(meaning, start=1):
        score[entry_id] = score.get(entry_id, 0.0) + MEANING_WEIGHT / (RRF_K + rank)
    return sorted(score, key=lambda i: -score[i])[:limit]
