"""The offline embedding model: wordllama's bundled weights, loaded from its own package folder.

`WordLlama.load()` looks for the tokenizer in the wrong folder and then downloads it; the model is
built here instead from the two files the wheel ships (the 256-dimension weights and the
tokenizer's configuration), so nothing ever touches the network or the home folder. The token
embeddings are cut to their first `DIM` dimensions (wordllama is trained Matryoshka-style, so a
prefix is itself an embedding) and the pooled vectors normalised after the cut.

Nothing heavy is imported until `embed()` is first called: the CLI's plain commands and the
window's first paint never load numpy's model or wordllama.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
_BATCH = 64  # texts pooled at once (sorted by length, so little padding)
_NEEDED = ("numpy", "tokenizers", "safetensors")

_lock = threading.Lock()
_model: Any = None  # the WordLlamaInference, once loaded
_load_error: str | None = None  # why loading failed (then the model stays off)


class ModelUnavailable(RuntimeError):
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
    """wordllama and its bundled files are there (checked without importing it); never raises."""
    return why_unavailable() is None


def entry_text(title: str, body: str, result: str, tags: Sequence[str]) -> str:
    """The text an entry is embedded from: the title twice (it says what the entry is about;
    generated or templated bodies would otherwise drown it), then result, tags and body."""
    parts = [title, title, result, " ".join(tags), body]
    return "\n".join(p.strip() for p in parts if p and p.strip())


def _import_inference() -> Any:
    """wordllama's inference class; its package sets up logging on import, which is undone."""
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


def _load() -> Any:
    folder = _package_dir()
    if folder is None:
        raise ModelUnavailable(why_unavailable() or "wordllama is not installed")
    from safetensors import safe_open
    from tokenizers import Tokenizer

    inference_class = _import_inference()
    tokenizer = Tokenizer.from_file(str(folder.joinpath(*_TOKENIZER)))
    with safe_open(str(folder.joinpath(*_WEIGHTS)), framework="np", device="cpu") as f:
        embedding = f.get_tensor(_TENSOR)[:, :DIM]
    model = inference_class(embedding, tokenizer, binary=False)
    # wordllama pads every batch and never truncates: a very long text is cut here.
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    return model


def _get() -> Any:
    """The model, loaded on first use (once, whichever thread asks first)."""
    global _model, _load_error
    if _model is not None:
        return _model
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
    return _model


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
    if not texts:
        return out
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    ordered = [texts[i][:_MAX_CHARS] for i in order]
    pooled = model.embed(ordered, norm=False, batch_size=_BATCH)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    np.divide(pooled, norms, out=pooled, where=norms > 0)
    out[np.asarray(order)] = pooled
    return out
