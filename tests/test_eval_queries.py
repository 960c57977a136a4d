"""The labelled query set of benchmarks/eval_search.py is well formed, checked against the real
sample career: enough queries, enough paraphrases, every rule finds entries, paraphrases share
no content word with their targets and word queries do."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def _load_eval() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_search", BENCHMARKS / "eval_search.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_search"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


es = _load_eval()


@pytest.fixture(scope="module")
def labelled() -> Any:
    return es.load_set()


@pytest.fixture(scope="module")
def entries(labelled: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Any]]:
    """The set's sample career (its seed, size and day), generated once for the module."""
    from careerjournal.services import Journal

    path = tmp_path_factory.mktemp("eval") / "sample.sqlite3"
    es.generate_sample(path, labelled)
    journal = Journal.open(path, create=False)
    try:
        yield es.sample_entries(journal)
    finally:
        journal.close()


def test_enough_queries_most_of_them_paraphrases(labelled: Any) -> None:
    labels = [q.label for q in labelled.queries]
    assert len(labels) >= 60
    assert labels.count("paraphrase") >= 40
    assert labels.count("paraphrase") > len(labels) / 2
    assert set(labels) == {"paraphrase", "words"}
    texts = [q.text.lower() for q in labelled.queries]
    assert len(set(texts)) == len(texts), "a query is listed twice"
    assert all(q.targets for q in labelled.queries)


def test_stop_words_are_only_function_words(labelled: Any) -> None:
    """The check below ignores stop words: they must not hide the words that carry meaning."""
    assert {"the", "a", "i", "my"} <= labelled.stop_words
    meaningful = {"time", "work", "team", "talk", "coach", "money", "review", "new", "old"}
    assert not meaningful & labelled.stop_words


def test_every_rule_finds_entries_in_the_sample(labelled: Any, entries: list[Any]) -> None:
    assert len(entries) == labelled.entries
    for q in labelled.queries:
        for rule in q.targets:
            re.compile(rule)
            assert es.find_targets(entries, [rule]), f"{rule!r} ({q.text!r}) finds no entry"


def test_paraphrases_share_no_word_with_their_targets(labelled: Any, entries: list[Any]) -> None:
    by_id = {e.id: e for e in entries}
    for q in labelled.queries:
        if q.label != "paraphrase":
            continue
        targets = [by_id[i] for i in es.find_targets(entries, q.targets)]
        vocabulary = {w for e in targets for w in es.words(e.text)}
        shared = es.shared_words(q.text, vocabulary, labelled.stop_words)
        assert not shared, f"{q.text!r} shares {sorted(shared)} with its targets"
        assert es.content_words(q.text, labelled.stop_words), f"{q.text!r} has no content word"


def test_word_queries_share_a_word_with_every_target(labelled: Any, entries: list[Any]) -> None:
    by_id = {e.id: e for e in entries}
    for q in labelled.queries:
        if q.label != "words":
            continue
        for i in es.find_targets(entries, q.targets):
            own = set(es.words(by_id[i].text))
            assert es.shared_words(q.text, own, labelled.stop_words), (
                f"{q.text!r} shares no word with {by_id[i].title!r}"
            )


@pytest.mark.parametrize(
    ("query_word", "text_word", "expected"),
    [
        ("coach", "coaching", True),  # a search prefix
        ("mentoring", "mentor", True),  # five letters in common
        ("talks", "talk", True),  # an inflection
        ("presentations", "presented", True),
        ("coached", "mentoring", False),
        ("newcomer", "new", False),
        ("boss", "manager", False),
    ],
)
def test_related_words(query_word: str, text_word: str, expected: bool) -> None:
    assert es.related(query_word, text_word) is expected


def test_shared_words_ignore_stop_words_and_case() -> None:
    text = es.words("Onboarding buddy for Noor. The team asked for help.")
    assert es.shared_words("When I helped the Team", text, {"when", "i", "the"}) == {
        "helped",
        "team",
    }
    assert es.shared_words("the newcomer", text, {"the"}) == set()
