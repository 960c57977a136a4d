"""Entry vectors in the journal: which are missing or stale, embedding them, the matrix searched.

One row of `entry_vector` per entry: the float16 vector of its text (see `model.entry_text`),
the model that made it and a short hash of the text. Derived data: written in short
transactions of their own, never through the operation log (nothing to undo), and a vector made
by another model or from an older text is simply made again. Trashed entries keep theirs (a
search of the trash uses them); a deleted entry's vector goes with it (ON DELETE CASCADE).

The matrix every search multiplies with lives in memory, read once and read again only when the
table changed: after this process wrote vectors, or when the rows' count or newest id differ.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, func, insert, select, text
from sqlalchemy.exc import IntegrityError

from ...domain import Entry, EntryVector
from ...store import Store
from . import model

if TYPE_CHECKING:
    import numpy
    import numpy.typing as npt

    Ids = npt.NDArray[numpy.int64]
    Matrix = npt.NDArray[numpy.float32]

#: How often the table is looked at for other processes' vectors (a count of its rows costs
#: tens of milliseconds at 100,000 entries: not on every keystroke).
RECHECK_SECONDS = 10.0
_CHUNK = 900  # ids per IN (...): below SQLite's limit on bound parameters
_SLICE = 2048  # rows converted at once when the matrix is read (their bytes stay in cache)
#: Per entry: its version and last change (its text changes only with these), and the hash
#: of the text its vector of the current model was made from (NULL: none).
_STATE = text(
    "SELECT e.id, e.version, e.updated_at, v.text_hash FROM entry e "
    "LEFT JOIN entry_vector v ON v.entry_id = e.id AND v.model = :m"
)
Stamp = tuple[int, Any]  # an entry's (version, updated_at): its text changes only with these


def text_hash(text_: str) -> str:
    """16 hex characters identifying an entry's text (so an edited entry is embedded again)."""
    return hashlib.blake2b(text_.encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True)
class Pending:
    """An entry to embed: its text, that text's hash and the version it was read at."""

    entry_id: int
    text: str
    hash: str
    stamp: Stamp


@dataclass(frozen=True)
class VectorMatrix:
    """Every up-to-date vector of the journal: `ids[i]` is the entry of row `vectors[i]`."""

    ids: Ids
    vectors: Matrix  # (n, DIM) float32, rows of length 1 (or 0 for an empty text)
    signature: tuple[int, int]

    def row_of(self, entry_id: int) -> int | None:
        import numpy as np

        at = int(np.searchsorted(self.ids, entry_id))
        return at if at < len(self.ids) and int(self.ids[at]) == entry_id else None


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Vectors:
    """The vectors of one journal: what is missing, embedding it, and the cached matrix.

    Safe to use from several threads (the indexing worker and the searching window).
    """

    def __init__(self, store: Store):
        self._store = store
        self._lock = threading.Lock()
        self._matrix: VectorMatrix | None = None
        self._stale_matrix = True  # this process wrote vectors since the matrix was read
        self._checked_at = 0.0  # time.monotonic() of the last look at the table
        # Entries whose stored vector was checked against their text, at this stamp.
        self._checked: dict[int, Stamp] = {}

    # -- what needs embedding -----------------------------------------------------------------

    def missing_count(self) -> int:
        """Entries without a vector of the current model (one query; an edited entry's older
        vector is found stale by `index`, which reads the texts)."""
        with self._store.read() as session:
            has = (
                select(EntryVector.entry_id)
                .where(EntryVector.entry_id == Entry.id, EntryVector.model == model.MODEL_NAME)
                .exists()
            )
            return int(session.execute(select(func.count(Entry.id)).where(~has)).scalar_one())

    def missing_beside(self, matrix: VectorMatrix) -> int:
        """`missing_count()` the quick way, from a matrix just read: the entries less its rows
        (a vector goes with its entry), without looking at every row again."""
        with self._store.read() as session:  # count(*): SQLite counts an index's pages
            entries = int(session.execute(select(func.count()).select_from(Entry)).scalar_one())
        return max(0, entries - matrix.signature[0])

    def pending(self) -> list[Pending]:
        """Entries whose vector is missing, made by another model or from an older text."""
        with self._store.read() as session:
            # Plain rows (no ORM processing): 100,000 of them come back in a fraction of a second.
            rows = session.connection().execute(_STATE, {"m": model.MODEL_NAME}).all()
            stored = {r[0]: r[3] for r in rows if r[3] is not None}
            candidates = [
                int(r[0]) for r in rows if r[3] is None or self._checked.get(r[0]) != (r[1], r[2])
            ]
            out: list[Pending] = []
            for chunk in _chunks(candidates, _CHUNK):
                for item in _texts(session, chunk):
                    if stored.get(item.entry_id) == item.hash:
                        self._checked[item.entry_id] = item.stamp
                    else:
                        out.append(item)
        return out

    # -- embedding ----------------------------------------------------------------------------

    def index(
        self,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        batch: int = 512,
    ) -> int:
        """Embed every pending entry, `batch` at a time (at most 900), each batch its own
        transaction.

        `progress(done, total)` after each batch (and once at the start); `cancelled()` is
        asked before each batch and stops the work (what was written stays). Returns how many
        entries were embedded. Errors of the store (a read-only journal) are raised.
        """
        if not model.available():
            return 0
        todo = self.pending()
        total, done = len(todo), 0
        if progress is not None:
            progress(0, total)
        for chunk in _chunks(todo, min(max(1, batch), _CHUNK)):
            if cancelled is not None and cancelled():
                break
            vectors = model.embed([p.text for p in chunk])
            self._write(chunk, vectors)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
        return done

    def _write(self, chunk: Sequence[Pending], vectors: Matrix) -> None:
        import numpy as np

        blobs = vectors.astype(np.float16)
        ids = [p.entry_id for p in chunk]
        try:
            with self._store.write() as session:
                alive = set(session.scalars(select(Entry.id).where(Entry.id.in_(ids))))
                rows = [
                    {
                        "entry_id": p.entry_id,
                        "model": model.MODEL_NAME,
                        "text_hash": p.hash,
                        "vector": blobs[i].tobytes(),
                    }
                    for i, p in enumerate(chunk)
                    if p.entry_id in alive
                ]
                session.execute(delete(EntryVector).where(EntryVector.entry_id.in_(ids)))
                if rows:
                    session.execute(insert(EntryVector), rows)
        except IntegrityError:  # an entry deleted meanwhile: it has no vector to make
            return
        with self._lock:
            self._stale_matrix = True
            for p in chunk:
                if p.entry_id in alive:
                    self._checked[p.entry_id] = p.stamp

    # -- the matrix searched ------------------------------------------------------------------

    def matrix(self) -> VectorMatrix:
        """Every vector of the current model, read again only when the table changed: at once
        after this process wrote vectors; for another process's writes, when a check (the rows'
        count and newest id, at most every `RECHECK_SECONDS`) finds them different."""
        with self._lock:
            current, now = self._matrix, time.monotonic()
            fresh = not self._stale_matrix
            if current is not None and fresh and now - self._checked_at < RECHECK_SECONDS:
                return current
            with self._store.read() as session:
                if current is None or not fresh or current.signature != _signature(session):
                    current = self._matrix = _read_matrix(session)
            self._stale_matrix, self._checked_at = False, now
            return current

    def forget(self) -> None:
        """Read everything again next time (after the journal was replaced or reloaded)."""
        with self._lock:
            self._matrix = None
            self._stale_matrix = True
            self._checked.clear()


def _signature(session: Any) -> tuple[int, int]:
    count, newest = session.execute(
        select(func.count(), func.max(EntryVector.entry_id)).where(
            EntryVector.model == model.MODEL_NAME
        )
    ).one()
    return int(count), int(newest or 0)


def _read_matrix(session: Any) -> VectorMatrix:
    """Every vector of the current model, read on the driver's own cursor (SQLAlchemy's result
    rows would double the time) and converted a slice of rows at a time into one float32
    matrix (no copy of all the bytes first): 100,000 rows in about a tenth of a second."""
    import numpy as np

    cursor = session.connection().connection.cursor()
    try:
        # The model name is ours, not the user's: a literal is safe, and the same on every driver.
        cursor.execute(
            "SELECT entry_id, vector FROM entry_vector "
            f"WHERE model = '{model.MODEL_NAME}' ORDER BY entry_id"
        )
        rows = cursor.fetchall()
    finally:
        cursor.close()
    signature = (len(rows), int(rows[-1][0]) if rows else 0)
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    vectors = np.empty((len(rows), model.DIM), dtype=np.float32)
    width, kept = model.DIM * 2, 0
    for start in range(0, len(rows), _SLICE):
        part = rows[start : start + _SLICE]
        # bytes (SQLite, psycopg 3) or memoryview (psycopg2): len and join take both.
        blobs = [r[1] for r in part]
        if set(map(len, blobs)) != {width}:  # some not ours: left out (made again)
            ok = [n for n, b in enumerate(blobs) if len(b) == width]
            ids[kept : kept + len(ok)] = ids[start : start + len(part)][ok]
            blobs = [blobs[n] for n in ok]
        elif kept != start:
            ids[kept : kept + len(part)] = ids[start : start + len(part)]
        joined = b"".join(blobs)
        done = len(joined) // width
        block = np.frombuffer(joined, dtype=np.float16).reshape(done, model.DIM)
        vectors[kept : kept + done] = block
        kept += done
    return VectorMatrix(ids[:kept], vectors[:kept], signature)


_TAGS = text(
    "SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id "
    "WHERE et.entry_id IN :ids ORDER BY t.name"
).bindparams(bindparam("ids", expanding=True))
_TEXTS = text(
    "SELECT id, title, body, measurable_result, version, updated_at FROM entry WHERE id IN :ids"
).bindparams(bindparam("ids", expanding=True))


def _texts(session: Any, ids: Sequence[int]) -> list[Pending]:
    """The embedding text of each entry in `ids` (one chunk), with its hash and stamp (the
    stamp as `_STATE` reads it: plain rows, so the two compare equal)."""
    con = session.connection()
    tags: dict[int, list[str]] = {}
    for entry_id, name in con.execute(_TAGS, {"ids": list(ids)}):
        tags.setdefault(entry_id, []).append(name)
    out = []
    for row in con.execute(_TEXTS, {"ids": list(ids)}):
        body = model.entry_text(row[1], row[2] or "", row[3] or "", tags.get(row[0], ()))
        out.append(Pending(int(row[0]), body, text_hash(body), (row[4], row[5])))
    return out


def entry_texts(store: Store, ids: Sequence[int]) -> dict[int, str]:
    """The embedding text of each existing entry in `ids`."""
    out: dict[int, str] = {}
    with store.read() as session:
        for chunk in _chunks(list(ids), _CHUNK):
            out.update((p.entry_id, p.text) for p in _texts(session, chunk))
    return out
