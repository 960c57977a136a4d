"""The fast paths of search by meaning give the same answers as the plain ones: the model's own
embedding equals wordllama's (mapped rows for a query, the whole matrix for a batch), and the
vectors matrix read in slices from the driver's cursor equals the stored rows, leaving out what
is not ours and keeping trashed entries (a search of the trash uses them)."""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import insert, select, update

from careerjournal.domain import EntryVector
from careerjournal.services import EntryDraft, Journal
from careerjournal.services.meaning import MODEL_NAME, model, vectors

needs_model = pytest.mark.skipif(not model.available(), reason=str(model.why_unavailable()))

TEXTS = [
    "Paired with a new teammate on his first design review",
    "mentored a junior colleague",
    "Cut the monthly cloud bill of the billing service",
    "reduced spending on servers",
    "Upgraded PostgreSQL to version 16 on the reporting database",
    "Renewed the AWS Solutions Architect certification",
    "Fixed a memory leak in the image resizer",
    "Gave a talk about Kubernetes operators at the meetup",
    "Wrote the quarterly roadmap with product",
    "Shipped search\nShipped search\np95 down 40%\napi search",
    "Coffee with Mateo from the Identity team",
    "Zone outage: kept checkout up while eu-west-1a was down",
    "Réduit la facture du cloud de 30 % — café ☕ et 日本語",
    "a",
    "   ",
    "",
    "x" * 10_000,  # cut at MAX_TOKENS tokens, as the service always cut
    "word " * 700,
    "Migrated 40 services off the legacy message bus in Q3 2024 (p99 < 200ms)",
    "\n\n\tTabs,\nnew lines and    spaces\n",
]


def wordllama_vectors(texts: list[str]) -> Any:
    """The reference: wordllama's own inference class, set up as the service once set it up
    (its weights cut to DIM, truncation at MAX_TOKENS, each pooled vector normalised)."""
    from safetensors import safe_open
    from tokenizers import Tokenizer

    folder = model._package_dir()
    assert folder is not None
    tokenizer = Tokenizer.from_file(str(folder.joinpath(*model._TOKENIZER)))
    with safe_open(str(folder.joinpath(*model._WEIGHTS)), framework="np", device="cpu") as f:
        weights = f.get_tensor(model._TENSOR)[:, : model.DIM]
    inference = model._import_inference()(weights, tokenizer, binary=False)
    tokenizer.enable_truncation(max_length=model.MAX_TOKENS)  # after: the class turns it off
    pooled = inference.embed([t[: model._MAX_CHARS] for t in texts], norm=False, batch_size=64)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    np.divide(pooled, norms, out=pooled, where=norms > 0)
    return pooled


@needs_model
def test_the_vectors_are_wordllamas_own_one_by_one_and_in_a_batch() -> None:
    expected = wordllama_vectors(TEXTS)
    assert expected.shape == (len(TEXTS), model.DIM)
    batch = model.embed(TEXTS * 2)  # from _DENSE_FROM texts: the whole matrix, converted
    assert len(TEXTS) * 2 >= model._DENSE_FROM
    one_by_one = np.vstack([model.embed([t]) for t in TEXTS])  # rows read from the mapped file
    np.testing.assert_allclose(batch[: len(TEXTS)], expected, atol=1e-5)
    np.testing.assert_allclose(batch[len(TEXTS) :], expected, atol=1e-5)
    np.testing.assert_allclose(one_by_one, expected, atol=1e-5)
    empty = TEXTS.index("")
    assert not expected[empty].any()
    assert not batch[empty].any()
    assert np.delete(batch[: len(TEXTS)], empty, axis=0).any(axis=1).all()


@needs_model
def test_a_long_text_is_cut_at_max_tokens() -> None:
    head = "migrated the billing database " * 200  # well over MAX_TOKENS tokens
    assert np.allclose(model.embed([head + "kubernetes " * 50]), model.embed([head]), atol=1e-6)


def safetensors_file(path: Path, header: dict[str, Any], data: bytes) -> Path:
    raw = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(raw)) + raw + data)
    return path


def test_the_weights_are_mapped_from_the_safetensors_layout(tmp_path: Path) -> None:
    rows = np.arange(4 * (model.DIM + 2), dtype=np.float16).reshape(4, model.DIM + 2)
    head = {"__metadata__": {}, "other": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}
    head["w"] = {"dtype": "F16", "shape": [4, model.DIM + 2], "data_offsets": [4, 4 + rows.nbytes]}
    path = safetensors_file(tmp_path / "w.safetensors", head, b"\0" * 4 + rows.tobytes())
    mapped = model._map_tensor(path, "w")
    assert np.array_equal(np.asarray(mapped), rows)
    assert np.array_equal(mapped[[3, 1], : model.DIM], rows[[3, 1], : model.DIM])


@pytest.mark.parametrize(
    "entry",
    [
        {"dtype": "F32", "shape": [4, 200], "data_offsets": [0, 3200]},  # not float16
        {"dtype": "F16", "shape": [4, 200], "data_offsets": [0, 100]},  # bytes do not fit
        {"dtype": "F16", "shape": [4, 8], "data_offsets": [0, 64]},  # narrower than DIM
    ],
)
def test_weights_of_another_layout_are_refused(tmp_path: Path, entry: dict[str, Any]) -> None:
    path = safetensors_file(tmp_path / "w.safetensors", {"w": entry}, b"\0" * 3200)
    with pytest.raises(ValueError, match=r"w\.safetensors"):
        model._map_tensor(path, "w")
    with pytest.raises(ValueError, match="no float16 tensor"):
        model._map_tensor(path, "missing")


def test_unreadable_weights_turn_the_model_off_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "wordllama"
    for parts in (model._WEIGHTS, model._TOKENIZER):
        folder.joinpath(*parts).parent.mkdir(parents=True, exist_ok=True)
    safetensors_file(folder.joinpath(*model._WEIGHTS), {}, b"")
    folder.joinpath(*model._TOKENIZER).write_text("{}", encoding="utf-8")
    monkeypatch.setattr(model, "_package_dir", lambda: folder)
    monkeypatch.setattr(model, "_model", None)
    monkeypatch.setattr(model, "_load_error", None)
    assert model.available()
    with pytest.raises(model.ModelUnavailable, match=r"no float16 tensor embedding\.weight"):
        model.embed(["anything"])
    assert not model.available()
    assert "\n" not in (model.why_unavailable() or "")


# -- the matrix searched --------------------------------------------------------------------------


def put_vectors(journal: Journal, rows: dict[int, bytes], name: str = MODEL_NAME) -> None:
    with journal.store.write() as session:
        session.execute(
            insert(EntryVector),
            [
                {"entry_id": i, "model": name, "text_hash": "0" * 16, "vector": v}
                for i, v in rows.items()
            ],
        )


def vector(seed: int) -> bytes:
    return np.random.default_rng(seed).standard_normal(model.DIM).astype(np.float16).tobytes()


def test_the_matrix_is_every_stored_row_of_the_model_in_order_across_slices(
    journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(vectors, "_SLICE", 2)  # several slices, a bad row in the middle of one
    ids = [journal.entries.add(EntryDraft(title=f"Entry {n}")).id for n in range(7)]
    good = {i: vector(i) for i in ids if i != ids[3]}
    put_vectors(journal, good | {ids[3]: b"\1" * 10})  # not ours: left out, the others shift
    other = journal.entries.add(EntryDraft(title="Another model's")).id
    put_vectors(journal, {other: vector(99)}, name="someone-else-64-f32")
    journal.entries.trash([ids[5]])  # trashed: its vector stays in the matrix

    matrix = journal.meaning.vectors.matrix()
    assert list(matrix.ids) == sorted(good)
    assert matrix.vectors.dtype == np.float32
    assert matrix.vectors.shape == (len(good), model.DIM)
    expected = np.vstack([np.frombuffer(good[i], dtype=np.float16) for i in sorted(good)])
    assert np.array_equal(matrix.vectors, expected.astype(np.float32))
    assert matrix.signature == (len(ids), ids[-1])  # every row of the model, the bad one too
    assert matrix.row_of(ids[3]) is None
    assert matrix.row_of(ids[4]) == 3


def test_a_trashed_entry_is_searched_only_when_the_trash_is(journal: Journal) -> None:
    texts = ["Paired with a new teammate on his first design review", "Renewed a certificate"]
    first, second = (journal.entries.add(EntryDraft(title=t)).id for t in texts)
    rows = {first: vector(1), second: vector(2)}
    put_vectors(journal, rows)
    journal.entries.trash([first])
    query = np.frombuffer(rows[first], dtype=np.float16).astype(np.float32)
    query /= np.linalg.norm(query)
    from careerjournal.services.meaning import search

    live = search.nearest(journal.store, journal.meaning.vectors, query, limit=5, floor=-1.0)
    assert [i for i, _ in live] == [second]
    every = search.nearest(
        journal.store, journal.meaning.vectors, query, limit=5, floor=-1.0, include_trashed=True
    )
    assert next(i for i, _ in every) == first


class ViewCursor:
    """A driver's cursor handing blobs out as memoryview (as psycopg2 does)."""

    def __init__(self, cursor: Any):
        self._cursor = cursor

    def execute(self, sql: str) -> None:
        self._cursor.execute(sql)

    def fetchall(self) -> list[tuple[int, memoryview]]:
        return [(i, memoryview(bytes(v))) for i, v in self._cursor.fetchall()]

    def close(self) -> None:
        self._cursor.close()


def test_blobs_read_as_memoryview_give_the_same_matrix(
    sqlite_journal: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = sqlite_journal
    ids = [journal.entries.add(EntryDraft(title=f"Entry {n}")).id for n in range(5)]
    put_vectors(journal, {i: vector(i) for i in ids[:-1]} | {ids[-1]: b"\0" * 6})
    with journal.store.read() as session:
        plain = vectors._read_matrix(session)
        raw = session.connection().connection
        driver = raw.dbapi_connection
        assert driver is not None
        monkeypatch.setattr(raw, "cursor", lambda: ViewCursor(driver.cursor()))
        viewed = vectors._read_matrix(session)
    assert list(viewed.ids) == list(plain.ids) == ids[:-1]
    assert np.array_equal(viewed.vectors, plain.vectors)
    assert viewed.signature == plain.signature == (5, ids[-1])


def test_an_empty_table_gives_an_empty_matrix(journal: Journal) -> None:
    journal.entries.add(EntryDraft(title="Not indexed"))
    matrix = journal.meaning.vectors.matrix()
    assert matrix.ids.shape == (0,)
    assert matrix.vectors.shape == (0, model.DIM)
    assert matrix.signature == (0, 0)


def test_the_matrix_is_read_again_after_a_vector_is_replaced(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft(title="Entry")).id
    put_vectors(journal, {entry: vector(1)})
    before = journal.meaning.vectors.matrix()
    with journal.store.write() as session:
        session.execute(update(EntryVector).values(vector=vector(2)))
        assert session.scalar(select(EntryVector.entry_id)) == entry
    journal.meaning.vectors.forget()
    after = journal.meaning.vectors.matrix()
    assert not np.array_equal(before.vectors, after.vectors)
    assert np.array_equal(after.vectors[0], np.frombuffer(vector(2), np.float16).astype(np.float32))
