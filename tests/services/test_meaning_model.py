"""The offline model: it loads from wordllama's own folder with the network and the home folder
out of reach (and without importing wordllama), its vectors are wordllama's own and put
paraphrases closer than unrelated texts, and without wordllama everything says why it is off
instead of failing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.services.meaning import model

# A fresh interpreter: sockets fail before anything is imported, and HOME is an empty folder
# (wordllama's own load() would look in ~/.cache/wordllama and then download).
OFFLINE = """
import os, socket, sys

def refuse(*args, **kwargs):
    raise OSError("network access attempted")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse

from careerjournal.services.meaning import model

assert model.available(), model.why_unavailable()
vectors = model.embed(["Paired with a new teammate on his first design review", "", "x" * 100000])
# wordllama's files are used, its package (slow to import) never is.
print(vectors.shape, vectors.dtype, "wordllama" in sys.modules, "tokenizers" in sys.modules)
print(sorted(os.listdir(os.environ["HOME"])))
"""


def test_the_model_loads_and_embeds_with_no_network_and_an_empty_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    env.pop("HF_HOME", None)
    result = subprocess.run(
        [sys.executable, "-c", OFFLINE], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    shape, listing = result.stdout.splitlines()
    assert shape == f"({3}, {model.DIM}) float32 False True"
    assert listing == "[]"  # nothing cached, nothing downloaded
    assert "network access attempted" not in result.stderr


def test_vectors_have_length_one_and_paraphrases_are_closer_than_unrelated_texts() -> None:
    texts = [
        "mentored a junior colleague",
        "Paired with a new teammate on his first design review",
        "Upgraded PostgreSQL to version 16 on the reporting database",
        "reduced spending on servers",
        "Cut the monthly cloud bill of the billing service",
        "Renewed the AWS Solutions Architect certification",
    ]
    v = model.embed(texts)
    assert v.shape == (len(texts), model.DIM)
    assert v.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
    sim = v @ v.T
    assert sim[0, 1] > sim[0, 2]
    assert sim[0, 1] > sim[0, 5]
    assert sim[3, 4] > sim[3, 2]
    assert sim[3, 4] > sim[3, 5]
    # The same text, the same vector; an empty text, no direction at all.
    assert np.array_equal(model.embed([texts[1]])[0], v[1])
    assert not model.embed([""]).any()
    assert model.embed([]).shape == (0, model.DIM)


def test_entry_text_puts_the_title_first_and_skips_what_is_empty() -> None:
    text = model.entry_text("Shipped search", "", "p95 down 40%", ("api", "search"))
    assert text == "Shipped search\nShipped search\np95 down 40%\napi search"


@pytest.fixture
def no_wordllama(monkeypatch: pytest.MonkeyPatch) -> None:
    """wordllama cannot be imported, and no model is loaded yet (a fresh start without it)."""
    monkeypatch.setitem(sys.modules, "wordllama", None)
    monkeypatch.setattr(model, "_model", None)
    monkeypatch.setattr(model, "_load_error", None)


@pytest.mark.usefixtures("no_wordllama")
def test_without_wordllama_the_model_is_off_and_says_why() -> None:
    assert model.available() is False
    reason = model.why_unavailable()
    assert reason is not None
    assert "careerjournal[meaning]" in reason
    assert "\n" not in reason
    with pytest.raises(model.ModelUnavailable, match="meaning extra"):
        model.embed(["anything"])


@pytest.mark.usefixtures("no_wordllama")
def test_without_wordllama_the_service_answers_empty_and_search_uses_words(
    journal: Journal,
) -> None:
    first = journal.entries.add(EntryDraft(title="Upgraded PostgreSQL on the reporting database"))
    journal.entries.add(EntryDraft(title="Renewed the AWS certification"))
    meaning = journal.meaning
    assert meaning.available is False
    assert meaning.why_unavailable()
    assert meaning.missing_count() == 0
    assert meaning.index() == 0
    for mode in ("hybrid", "meaning", "words"):
        assert meaning.search("postgres", mode=mode) == [first.id]
    assert meaning.related(first.id) == []
    assert meaning.duplicates("Upgraded PostgreSQL on the reporting database") == []
    assert not meaning.suggest("Upgraded PostgreSQL")
    assert meaning.themes([first.id]) == []


def test_a_model_that_fails_to_load_turns_off_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, journal: Journal
) -> None:
    def broken() -> None:
        raise OSError("weights unreadable")

    monkeypatch.setattr(model, "_model", None)
    monkeypatch.setattr(model, "_load_error", None)
    monkeypatch.setattr(model, "_load", broken)
    entry = journal.entries.add(EntryDraft(title="Upgraded PostgreSQL"))
    assert journal.meaning.search("postgres") == [entry.id]  # words, without raising
    assert model.available() is False
    assert "weights unreadable" in (model.why_unavailable() or "")
    assert journal.meaning.index() == 0
