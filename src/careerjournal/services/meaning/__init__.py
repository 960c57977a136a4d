"""Meaning, offline: search by idea, related entries, suggested links, duplicates and themes.

`MeaningService(journal)` (`journal.meaning`) is Qt-free and safe to call from a worker thread
(every call opens its own short sessions). The model (`model.py`) is loaded on first use only;
when it is not installed every method returns empty results (search falls back to full-text
words) and `why_unavailable()` says why. Vectors are derived data (`vectors.py`): `index()`
makes the missing and stale ones; until then an entry is simply absent from meaning results.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from ...store import Store
from ..errors import ValidationError
from . import model
from .model import DIM, MODEL_NAME, available, embed, entry_text, why_unavailable
from .search import HYBRID, MEANING, MODES, WORDS
from .suggest import Because, Suggestion, Suggestions
from .themes import Theme
from .vectors import Vectors

if TYPE_CHECKING:
    from .search import Vector

__all__ = [
    "DIM",
    "DUPLICATE_THRESHOLD",
    "HYBRID",
    "MEANING",
    "MODEL_NAME",
    "MODES",
    "RELATED_FLOOR",
    "WORDS",
    "Because",
    "MeaningService",
    "Suggestion",
    "Suggestions",
    "Theme",
    "available",
    "embed",
    "entry_text",
    "why_unavailable",
]

log = logging.getLogger(__name__)

#: Cosine from which two texts are likely the same achievement written twice.
DUPLICATE_THRESHOLD = 0.9
#: Cosine from which another entry counts as related (about one pair of entries in twenty).
RELATED_FLOOR = 0.35
_NO_SUGGESTIONS = Suggestions((), (), ())


class OpenJournal(Protocol):
    """What the service uses of `services.Journal` (named so, not imported: journal.py builds
    this service)."""

    @property
    def store(self) -> Store: ...


class MeaningService:
    """Search by meaning, related entries, suggestions, duplicates and themes of one journal."""

    def __init__(self, journal: OpenJournal):
        self._store = journal.store
        self.vectors = Vectors(journal.store)

    @property
    def available(self) -> bool:
        """The model is installed (it loads on first use); False: see `why_unavailable()`."""
        return model.available()

    @staticmethod
    def why_unavailable() -> str | None:
        return model.why_unavailable()

    # -- vectors ------------------------------------------------------------------------------

    def missing_count(self) -> int:
        """Entries without a vector of the current model (one query). 0 when the model is off."""
        if not self.available:
            return 0
        return self.vectors.missing_count()

    def index(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        batch: int = 512,
    ) -> int:
        """Embed what is missing or stale, a batch per transaction; returns how many.

        `progress(done, total)` after each batch; `cancelled()` stops between batches. Store
        errors (a read-only journal) are raised; without the model nothing happens (0).
        """
        try:
            return self.vectors.index(progress=progress, cancelled=cancelled, batch=batch)
        except model.ModelUnavailable as exc:  # failed to load: off from now on, with why
            log.warning("%s", exc)
            return 0

    def _embed_one(self, text: str) -> Vector | None:
        """The query's vector, or None when there is nothing to embed or no model."""
        if not text.strip() or not self.available:
            return None
        try:
            vector: Vector = model.embed([text])[0]
        except model.ModelUnavailable as exc:  # the model failed to load: now unavailable, with why
            log.warning("%s", exc)
            return None
        return vector

    # -- search -------------------------------------------------------------------------------

    def search(
        self, text: str, *, mode: str = HYBRID, limit: int = 50, include_trashed: bool = False
    ) -> list[int]:
        """Entry ids, best first. "words": full-text; "meaning": the nearest vectors (those at
        least half as close as the best); "hybrid": both fused by reciprocal rank, the word
        matches first. Without the model (or for entries not indexed yet): full-text words."""
        from . import search

        if mode not in MODES:
            raise ValidationError("mode", f"A search mode is one of {', '.join(MODES)}.")
        words = mode != MEANING or not self.available
        word_ids: list[int] = []
        if words:
            fetch = limit if mode == WORDS else max(2 * limit, 100)
            word_ids = search.word_ids(
                self._store, text, limit=fetch, include_trashed=include_trashed
            )
        if mode == WORDS:
            return word_ids
        query = self._embed_one(text)
        if query is None:
            return word_ids[:limit]
        size = limit if mode == MEANING else max(2 * limit, 100)
        near = search.nearest(
            self._store, self.vectors, query, limit=size, include_trashed=include_trashed
        )
        meaning_ids = search.closest_share(near)
        if mode == MEANING:
            return meaning_ids[:limit]
        return search.fuse(word_ids, meaning_ids, limit=limit)

    def related(self, entry_id: int, *, limit: int = 5) -> list[tuple[int, float]]:
        """The live entries closest in meaning to this one (itself left out; none less similar
        than `RELATED_FLOOR`), with their similarity 0..1, best first; empty for an unknown
        entry or without the model."""
        from . import search

        query = self._entry_vector(entry_id)
        if query is None:
            return []
        near = search.nearest(
            self._store, self.vectors, query, limit=limit, exclude=(entry_id,), floor=RELATED_FLOOR
        )
        return [(i, _clip(s)) for i, s in near]

    def _entry_vector(self, entry_id: int) -> Vector | None:
        """The stored vector of an entry, or its text embedded now when it has none yet."""
        if not self.available:
            return None
        matrix = self.vectors.matrix()
        row = matrix.row_of(entry_id)
        if row is not None:
            stored: Vector = matrix.vectors[row]
            return stored
        from .vectors import entry_texts

        texts = entry_texts(self._store, [entry_id])
        return self._embed_one(texts[entry_id]) if entry_id in texts else None

    def duplicates(
        self, text: str, *, exclude: int | None = None, threshold: float = DUPLICATE_THRESHOLD
    ) -> list[tuple[int, float]]:
        """Live entries whose meaning is at least `threshold` close to `text` (likely the same
        achievement), closest first; `exclude` (the entry being edited) is left out."""
        from . import search

        query = self._embed_one(text)
        if query is None:
            return []
        left_out = () if exclude is None else (exclude,)
        near = search.nearest(
            self._store, self.vectors, query, limit=10, exclude=left_out, floor=threshold
        )
        return [(i, _clip(s)) for i, s in near]

    # -- suggestions and themes ---------------------------------------------------------------

    def suggest(
        self, text: str, *, exclude_entry: int | None = None, limit: int = 3
    ) -> Suggestions:
        """Skills, open milestones of active goals and criteria of the active framework that
        `text` most likely evidences, each with the nearest past entries linked to it. Never
        writes; targets `exclude_entry` is already linked to are left out."""
        query = self._embed_one(text)
        if query is None:
            return _NO_SUGGESTIONS
        from .suggest import suggest

        return suggest(self._store, self.vectors, query, exclude_entry=exclude_entry, limit=limit)

    def themes(self, entry_ids: Sequence[int], *, max_themes: int = 5) -> list[Theme]:
        """The entries grouped into at most `max_themes` named themes (deterministic)."""
        if not entry_ids or not self.available:
            return []
        from .themes import themes

        try:
            return themes(self._store, self.vectors, entry_ids, max_themes=max_themes)
        except model.ModelUnavailable as exc:
            log.warning("%s", exc)
            return []


def _clip(similarity: float) -> float:
    return min(1.0, max(0.0, similarity))
