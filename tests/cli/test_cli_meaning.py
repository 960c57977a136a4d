"""`careerjournal search` by words, by meaning and both (the default), and `careerjournal index`;
plain commands never load the model.

Run in-process through the console script's entry function (tests/cli_run.py), except where the
process itself is the point (what a command imported).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal.cli import meaning as cli_meaning
from careerjournal.services import EntryDraft, Journal
from careerjournal.services.meaning import model
from cli_run import Result, run_cli

COACHING = "Paired with a new teammate on his first design review"
TITLES = [
    COACHING,
    "Cut the monthly cloud bill of the billing service",
    "Upgraded PostgreSQL to version 16 on the reporting database",
    "Gave a talk about Kubernetes operators at the meetup",
]
PARAPHRASE = "mentored a junior colleague"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        for title in TITLES:
            journal.entries.add(EntryDraft(title=title))
    return path


def cj(db: Path, *argv: str) -> Result:
    return run_cli("--database", str(db), *argv)


def ids(result: Result) -> list[int]:
    assert result.returncode == 0, result.stderr
    if result.stdout == "No entries.\n":
        return []
    return [int(line.split()[0]) for line in result.stdout.splitlines()]


def missing(db: Path) -> int:
    with Journal.open(db) as journal:
        return journal.meaning.missing_count()


def test_index_embeds_what_is_missing_and_says_how_many_and_how_long(db: Path) -> None:
    first = cj(db, "index")
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"Indexed 4 entries in \d+\.\d s\.\n", first.stdout)
    assert first.stderr == ""  # no progress line when stderr is not a terminal
    assert missing(db) == 0
    assert re.fullmatch(r"Indexed 0 entries in \d+\.\d s\.\n", cj(db, "index").stdout)


def test_search_by_default_finds_a_paraphrase_and_indexes_a_few_missing_entries_first(
    db: Path,
) -> None:
    assert missing(db) == 4
    found = cj(db, "search", PARAPHRASE)
    assert ids(found)[0] == 1
    assert found.stderr == ""
    assert missing(db) == 0
    assert ids(cj(db, "search", PARAPHRASE, "--words")) == []
    assert cj(db, "search", PARAPHRASE, "--words").stdout == "No entries.\n"
    assert ids(cj(db, "search", PARAPHRASE, "--semantic", "--limit", "1")) == [1]
    assert ids(cj(db, "search", "kubernetes", "--semantic", "--limit", "1")) == [4]


def test_hybrid_search_puts_the_word_match_first_and_json_keeps_its_shape(db: Path) -> None:
    words = cj(db, "search", "kubernetes", "--words", "--json")
    hybrid = cj(db, "search", "kubernetes", "--json")
    assert words.returncode == hybrid.returncode == 0
    by_words, both = json.loads(words.stdout), json.loads(hybrid.stdout)
    assert [e["id"] for e in by_words] == [4]
    assert both[0] == by_words[0]  # the same entry, the same keys and values
    assert len(both) > 1


def test_many_missing_entries_are_left_for_index_with_one_line(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_meaning, "INDEX_ON_SEARCH", 3)
    found = cj(db, "search", PARAPHRASE, "--semantic")
    assert found.returncode == 0
    assert found.stdout == "No entries.\n"  # nothing indexed yet
    assert found.stderr == "4 entries are not indexed yet: run `careerjournal index`.\n"
    assert missing(db) == 4
    assert "kubernetes" in cj(db, "search", "kubernetes").stdout.lower()  # words still work


def test_semantic_and_words_together_are_a_usage_error(db: Path) -> None:
    both = cj(db, "search", "x", "--semantic", "--words")
    assert both.returncode == 2
    assert "not allowed with argument" in both.stderr


@pytest.fixture
def no_wordllama(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "wordllama", None)
    monkeypatch.setattr(model, "_model", None)
    monkeypatch.setattr(model, "_load_error", None)


@pytest.mark.usefixtures("no_wordllama")
def test_without_the_model_search_uses_words_and_semantic_says_why(db: Path) -> None:
    assert ids(cj(db, "search", "kubernetes")) == [4]
    assert ids(cj(db, "search", PARAPHRASE)) == []
    for argv in (("search", PARAPHRASE, "--semantic"), ("index",)):
        refused = cj(db, *argv)
        assert refused.returncode == 1
        assert refused.stdout == ""
        assert refused.stderr.count("\n") == 1
        assert refused.stderr.startswith("careerjournal: error: Search by meaning is off: ")
        assert "pip install 'careerjournal[meaning]'" in refused.stderr


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_one_line_rewritten_on_a_terminal_only() -> None:
    assert cli_meaning.progress_printer(io.StringIO()) is None
    stream = Terminal()
    show = cli_meaning.progress_printer(stream)
    assert show is not None
    for done in (0, 512, 512, 1024, 1500):
        show(done, 1500)
    assert stream.getvalue() == (
        "\rIndexing for search by meaning:   0% (0 of 1,500)"
        "\rIndexing for search by meaning:  34% (512 of 1,500)"
        "\rIndexing for search by meaning:  68% (1,024 of 1,500)"
        "\rIndexing for search by meaning: 100% (1,500 of 1,500)\n"
    )


IMPORTS = """
import sys
from careerjournal.cli import main
db = sys.argv[1]
assert main(["--database", db, "list"]) == 0
assert main(["--database", db, "search", "kubernetes", "--words"]) == 0
assert main(["search", "--help"]) == 0
heavy = {m.split('.')[0] for m in sys.modules} & {'wordllama', 'tokenizers', 'safetensors', 'numpy'}
print('loaded:', sorted(heavy), file=sys.stderr)
"""


def test_list_and_search_by_words_do_not_load_the_model(db: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", IMPORTS, str(db)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("loaded: []")
