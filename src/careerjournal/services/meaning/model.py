"""The offline embedding model: wordllama's bundled weights, used without importing wordllama.

wordllama's inference is small: tokenise (its Llama-2 tokenizer, no special tokens), take each
token's row of one embedding matrix, and average the rows. It is done here with `tokenizers` and
numpy from the two files the wheel ships (the 256-dimension weights and the tokenizer's
configuration), so nothing touches the network or the home folder, and the package itself (its
import costs more than a search) is never imported: its folder is found with
`importlib.util.find_spec`, which does not run its `__init__`. The vectors are those of
`WordLlamaInference.embed` (a test compares them).

The token embeddings are cut to their first `DIM` dimensions (wordllama is trained
Matryoshka-style, so a prefix is itself an embedding) and the pooled vectors normalised after
the cut. The weights are mapped, not read: a query's few tokens read a few rows of the file;
a large batch (indexing) converts the whole cut matrix once.

Nothing heavy is imported until `embed()` is first called: the CLI's plain commands and the
window's first paint never load numpy, the tokenizer or the weights.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import struct
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import CareerJournalError

if TYPE_CHECKING:
    import numpy
    import numpy.typing as npt

    Matrix = npt.NDArray[numpy.float32]

#: Which model and layout made a stored vector (entry_vector.model): vectors of another are
#: made again.
MODEL_NAME = "wordllama-l2s-128-f16"
#: The stored dimension: the first 128 of the model's 256 (float16, 256 bytes an entry).
DIM = 128

_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
_TENSOR = "embedding.weight"
#: Tokens read per text: an entry's meaning is in its first few hundred words.
MAX_TOKENS = 512
_MAX_CHARS = MAX_TOKENS * 8  # cut before tokenising, so a huge body costs nothing
_BATCH = 64  # texts pooled at once (bounds the memory of the gathered rows)
#: From this many texts in one call the cut matrix is converted whole (once) rather than
#: each text's rows read from the mapped file.
_DENSE_FROM = 32
_NEEDED = ("numpy", "tokenizers")

_lock = threading.Lock()
_model: Any = None  # the _Model, once loaded
_load_error: str | None = None  # why loading failed (then the model stays off)


class ModelUnavailable(CareerJournalError, RuntimeError):
    """The model cannot be used; the message is one plain line saying why."""


def _package_dir() -> Path | None:
    """wordllama's own folder, found without importing it; None when it is not installed."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def _missing() -> str | None:
    if _load_error is not None:
        return _load_error
    folder = _package_dir()
    if folder is None:
        return "search by meaning needs the meaning extra: pip install 'careerjournal[meaning]'"
    for name in _NEEDED:
        if importlib.util.find_spec(name) is None:
            return f"search by meaning needs {name}, which is not installed"
    for parts in (_WEIGHTS, _TOKENIZER):
        if not folder.joinpath(*parts).is_file():
            return f"the meaning model's file {'/'.join(parts)} is missing from wordllama"
    return None


def why_unavailable() -> str | None:
    """One plain line saying why the meaning features are off; None when they are on."""
    try:
        return _missing()
    except Exception as exc:  # a broken installation: say so, never raise
        return f"the meaning model cannot be found: {type(exc).__name__}: {exc}"


def available() -> bool:
    """wordllama's bundled files and the libraries reading them are there (checked without
    importing anything); never raises."""
    return why_unavailable() is None


def entry_text(title: str, body: str, result: str, tags: Sequence[str]) -> str:
    """The text an entry is embedded from: the title twice (it says what the entry is about;
    generated or templated bodies would otherwise drown it), then result, tags and body."""
    parts = [title, title, result, " ".join(tags), body]
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _import_inference() -> Any:
    """wordllama's own inference class (the reference the vectors are checked against); its
    package sets up logging on import, which is undone. Not used to embed."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        from wordllama.inference import WordLlamaInference  # type: ignore[import-untyped]
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
    return WordLlamaInference


def _map_tensor(path: Path, name: str) -> Any:
    """The tensor `name` of a safetensors file, mapped read-only (nothing read yet): the file
    is an 8-byte little-endian header length, a JSON header (dtype, shape and byte offsets of
    each tensor) and the tensors' bytes."""
    import numpy as np

    with path.open("rb") as f:
        (length,) = struct.unpack("<Q", f.read(8))
        header = json.loads(f.read(length))
    info = header.get(name)
    if not isinstance(info, dict) or info.get("dtype") != "F16":
        raise ValueError(f"{path.name} has no float16 tensor {name}")
    rows, width = (int(n) for n in info["shape"])
    start, end = (int(n) for n in info["data_offsets"])
    if end - start != rows * width * 2 or width < DIM:
        raise ValueError(f"{path.name}: tensor {name} has an unexpected layout")
    return np.memmap(path, dtype="<f2", mode="r", offset=8 + length + start, shape=(rows, width))


class _Model:
    """The tokenizer and the (mapped) token embeddings."""

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        self.weights = _map_tensor(folder.joinpath(*_WEIGHTS), _TENSOR)
        self.vocabulary = int(self.weights.shape[0])
        self.tokenizer = Tokenizer.from_file(str(folder.joinpath(*_TOKENIZER)))
        # As WordLlamaInference (which pads, a mask leaving the padding out); a very long text
        # is cut here, where wordllama would read it whole.
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._dense: Matrix | None = None

    def dense(self) -> Matrix:
        """The cut matrix in float32, converted on first use (about 16 MB)."""
        import numpy as np

        if self._dense is None:
            self._dense = np.ascontiguousarray(self.weights[:, :DIM], dtype=np.float32)
        return self._dense

    def pooled(self, texts: list[str], *, dense: bool) -> Matrix:
        """The mean of each text's token rows (not normalised; zeros for no tokens)."""
        import numpy as np

        out = np.zeros((len(texts), DIM), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts, add_special_tokens=False)
        counts = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(texts))
        if not counts.any():
            return out
        ids = np.fromiter(
            (i for e in encodings for i in e.ids), dtype=np.int64, count=int(counts.sum())
        )
        np.clip(ids, 0, self.vocabulary - 1, out=ids)  # as wordllama: never out of range
        rows = self.dense()[ids] if dense else self.weights[ids, :DIM].astype(np.float32)
        some = counts > 0
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))[some]
        out[some] = np.add.reduceat(rows, starts, axis=0) / counts[some, None].astype(np.float32)
        return out


def _load() -> _Model:
    folder = _package_dir()
    if folder is None:
        raise ModelUnavailable(why_unavailable() or "wordllama is not installed")
    return _Model(folder)


def _get() -> _Model:
    """The model, loaded on first use (once, whichever thread asks first)."""
    global _model, _load_error
    if _model is not None:
        loaded_model: _Model = _model
        return loaded_model
    with _lock:
        if _model is None:
            reason = why_unavailable()
            if reason is not None:
                raise ModelUnavailable(reason)
            try:
                _model = _load()
            except Exception as exc:
                _load_error = f"the meaning model could not be loaded: {type(exc).__name__}: {exc}"
                raise ModelUnavailable(_load_error) from exc
    new_model: _Model = _model
    return new_model


def loaded() -> bool:
    """The model is in memory (the first `embed` has run)."""
    return _model is not None


def embed(texts: list[str]) -> Matrix:
    """(len(texts), DIM) float32 vectors, each of length 1 (an empty text: all zeros).

    Loads the model on first use; never touches the network. ModelUnavailable (one plain line)
    when the model is not available.
    """
    import numpy as np

    model = _get()
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    dense = len(texts) >= _DENSE_FROM
    for start in range(0, len(texts), _BATCH):
        chunk = [t[:_MAX_CHARS] for t in texts[start : start + _BATCH]]
        out[start : start + len(chunk)] = model.pooled(chunk, dense=dense)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out
