"""Search quality on the sample career: full-text, meaning and hybrid, against a labelled set.

Run by hand: `python benchmarks/eval_search.py [--json FILE] [--fresh]`.

The labelled set (benchmarks/eval_queries.json) holds queries written as a user would type them,
each with rules that find its relevant entries in the sample career by title (regular
expressions), so it survives changes of ids. Queries labelled "paraphrase" share no content word
with their target entries (not even as a search prefix or a plain inflection: tests/
test_eval_queries.py checks it against the real text); "words" queries do.

The sample is the default career (seed, size and day fixed in the set), generated once into
benchmarks/.cache/ and indexed by `journal.meaning.index()`. Reported:

- recall@10 (relevant entries in the first ten, over min(relevant, 10)) and MRR (1 / rank of the
  first relevant entry) per mode ("words", "meaning", "hybrid"), for paraphrase queries, word
  queries and all;
- suggestion precision@3 (right suggestions among those shown, up to three an entry) and hit
  rate (entries with a right one among their first three) for skills, milestones and criteria:
  every entry the sample links to a skill (an assessment's evidence), an open milestone of an
  active goal or a criterion of the active framework is suggested for with its own text, its
  own vector hidden (so its own link is no reason); next to a baseline that always suggests the
  three most linked targets;
- the cost of the compact storage: meaning-only recall@10 and MRR with float32 vectors at the
  model's full dimension against the stored layout (the service's dimension, float16).

Targets (issue 20): hybrid recall@10 at least 30 points above full-text on paraphrase queries and
never below full-text on word queries.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

QUERIES = Path(__file__).with_name("eval_queries.json")
CACHE = Path(__file__).with_name(".cache")
MODES = ("words", "meaning", "hybrid")
K = 10

_WORD = re.compile(r"[^\W_]+")  # the full-text index's words (store/search.py)
_ENDINGS = ("ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "s", "e", "y")


# -- the labelled set ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    text: str
    label: str  # "paraphrase" | "words"
    targets: tuple[str, ...]  # regular expressions searched in entry titles


@dataclass(frozen=True)
class LabelledSet:
    seed: int
    entries: int
    today: dt.date
    stop_words: frozenset[str]
    queries: tuple[Query, ...]


def load_set(path: Path = QUERIES) -> LabelledSet:
    raw = json.loads(path.read_text(encoding="utf-8"))
    sample = raw["sample"]
    return LabelledSet(
        seed=int(sample["seed"]),
        entries=int(sample["entries"]),
        today=dt.date.fromisoformat(sample["today"]),
        stop_words=frozenset(raw["stop_words"]),
        queries=tuple(Query(q["query"], q["label"], tuple(q["targets"])) for q in raw["queries"]),
    )


def words(text: str) -> list[str]:
    """Lower-cased words as the full-text index splits them (letters and digits)."""
    return [w.lower() for w in _WORD.findall(text)]


def content_words(text: str, stop_words: Iterable[str]) -> set[str]:
    stop = set(stop_words)
    return {w for w in words(text) if w not in stop}


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def related(query_word: str, text_word: str) -> bool:
    """Whether a query word would find a text word, or is a plain inflection of it: the same
    word, a prefix of it (full-text search matches prefixes), the same stem, or a shared start
    of five letters or more (mentor/mentoring, present/presented)."""
    if text_word.startswith(query_word) or _stem(query_word) == _stem(text_word):
        return True
    n = 0
    for a, b in zip(query_word, text_word, strict=False):
        if a != b:
            break
        n += 1
    return n >= 5


def shared_words(query: str, text_words: Iterable[str], stop_words: Iterable[str]) -> set[str]:
    """The query's content words related to any of `text_words` (empty for a true paraphrase)."""
    vocabulary = set(text_words)
    return {q for q in content_words(query, stop_words) if any(related(q, t) for t in vocabulary)}


# -- the sample ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleEntry:
    id: int
    title: str
    body: str
    result: str
    tags: tuple[str, ...]

    @property
    def text(self) -> str:
        return " ".join((self.title, self.body, self.result, *self.tags))


def sample_entries(journal: Any) -> list[SampleEntry]:
    """Every live entry of the journal with the text the search sees."""
    from sqlalchemy import text

    with journal.store.read() as session:
        tags: dict[int, list[str]] = {}
        for entry_id, name in session.execute(
            text("SELECT et.entry_id, t.name FROM entry_tag et JOIN tag t ON t.id = et.tag_id")
        ):
            tags.setdefault(int(entry_id), []).append(str(name))
        rows = session.execute(
            text(
                "SELECT id, title, body, measurable_result FROM entry "
                "WHERE trashed_at IS NULL ORDER BY id"
            )
        ).all()
    return [
        SampleEntry(int(i), str(t), str(b or ""), str(r or ""), tuple(sorted(tags.get(int(i), []))))
        for i, t, b, r in rows
    ]


def find_targets(entries: Sequence[SampleEntry], rules: Sequence[str]) -> list[int]:
    """Ids of the entries whose title matches any of the rules."""
    patterns = [re.compile(rule) for rule in rules]
    return [e.id for e in entries if any(p.search(e.title) for p in patterns)]


def generate_sample(path: Path, labelled: LabelledSet) -> None:
    """The set's sample career (its seed, size and day) in a new journal file."""
    from careerjournal.services import Journal, demo

    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    journal = Journal.open(path)
    try:
        demo.generate(journal, entries=labelled.entries, seed=labelled.seed, today=labelled.today)
    finally:
        journal.close()


def sample_journal(labelled: LabelledSet, *, fresh: bool = False) -> Path:
    """The cached sample journal of the set (made when missing, or anew with `fresh`)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"eval-{labelled.seed}-{labelled.entries}-{labelled.today}.sqlite3"
    if fresh or not path.exists():
        print(f"generating the sample career into {path.name} ...", file=sys.stderr)
        generate_sample(path, labelled)
    return path


# -- measures --------------------------------------------------------------------------------------


def recall_at(ranked: Sequence[int], relevant: set[int], k: int = K) -> float:
    """Relevant entries among the first k, over as many as could be there."""
    return len(relevant.intersection(ranked[:k])) / min(len(relevant), k)


def reciprocal_rank(ranked: Sequence[int], relevant: set[int]) -> float:
    return next((1.0 / rank for rank, i in enumerate(ranked, 1) if i in relevant), 0.0)


@dataclass(frozen=True)
class Scores:
    queries: int
    recall: float  # mean recall@10
    mrr: float

    def row(self) -> dict[str, float]:
        return {"queries": self.queries, "recall@10": self.recall, "mrr": self.mrr}


def score(runs: Sequence[tuple[Sequence[int], set[int]]]) -> Scores:
    if not runs:
        return Scores(0, 0.0, 0.0)
    return Scores(
        len(runs),
        statistics.fmean(recall_at(r, rel) for r, rel in runs),
        statistics.fmean(reciprocal_rank(r, rel) for r, rel in runs),
    )


def by_label(
    queries: Sequence[Query], runs: Sequence[tuple[Sequence[int], set[int]]]
) -> dict[str, Scores]:
    return {
        group: score(
            [run for q, run in zip(queries, runs, strict=True) if group in ("all", q.label)]
        )
        for group in ("paraphrase", "words", "all")
    }


# -- search ----------------------------------------------------------------------------------------


def evaluate_search(
    journal: Any, queries: Sequence[Query], relevant: Sequence[set[int]]
) -> tuple[dict[str, dict[str, Scores]], list[dict[str, Any]]]:
    """Scores per mode and label, and each query's first relevant rank per mode."""
    scores: dict[str, dict[str, Scores]] = {}
    detail: list[dict[str, Any]] = [
        {"query": q.text, "label": q.label, "relevant": len(rel)}
        for q, rel in zip(queries, relevant, strict=True)
    ]
    for mode in MODES:
        runs = []
        for q, rel, row in zip(queries, relevant, detail, strict=True):
            ranked = journal.meaning.search(q.text, mode=mode, limit=50)
            runs.append((ranked, rel))
            row[mode] = next((rank for rank, i in enumerate(ranked, 1) if i in rel), None)
        scores[mode] = by_label(queries, runs)
    return scores, detail


# -- suggestions -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class SuggestionScores:
    entries: int  # entries with a link to check
    shown: int  # suggestions shown (up to three each)
    right: int  # of them, a target the entry is linked to
    hits: int  # entries with a linked target among their first three

    @property
    def precision(self) -> float:
        return self.right / self.shown if self.shown else 0.0

    @property
    def hit_rate(self) -> float:
        return self.hits / self.entries if self.entries else 0.0

    def row(self) -> dict[str, float]:
        return {
            "entries": self.entries,
            "shown": self.shown,
            "precision@3": self.precision,
            "hit_rate@3": self.hit_rate,
        }


_LINKS = {
    # Only the links the service suggests from: any skill; open milestones of active goals;
    # criteria of the active framework.
    "skills": "SELECT evidence_entry_id, skill_id FROM skill_assessment "
    "WHERE evidence_entry_id IS NOT NULL",
    "milestones": "SELECT me.entry_id, me.milestone_id FROM milestone_evidence me "
    "JOIN milestone m ON m.id = me.milestone_id JOIN goal g ON g.id = m.goal_id "
    "WHERE m.done_on IS NULL AND g.status = 'active'",
    "criteria": "SELECT ce.entry_id, ce.criterion_id FROM criterion_evidence ce "
    "JOIN framework_criterion c ON c.id = ce.criterion_id "
    "JOIN framework f ON f.id = c.framework_id WHERE f.active",
}


def sample_links(journal: Any) -> dict[str, dict[int, set[int]]]:
    """Per kind of target: entry id -> the targets the sample links it to."""
    from sqlalchemy import text

    links: dict[str, dict[int, set[int]]] = {}
    with journal.store.read() as session:
        for kind, sql in _LINKS.items():
            found = links.setdefault(kind, {})
            for entry_id, target in session.execute(text(sql)):
                found.setdefault(int(entry_id), set()).add(int(target))
    return links


class _Hidden:
    """The journal's vectors with one entry's row hidden: the entry is not its own neighbour,
    so its own link cannot vouch for its target, while the target stays eligible (the service's
    `exclude_entry` also leaves out the targets the entry is linked to, which is right in the
    editor but would hide the answer here)."""

    def __init__(self, vectors: Any, entry_id: int):
        self._vectors = vectors
        self._entry_id = entry_id

    def matrix(self) -> Any:
        from careerjournal.services.meaning.vectors import VectorMatrix

        m = self._vectors.matrix()
        keep = m.ids != self._entry_id
        return VectorMatrix(m.ids[keep], m.vectors[keep], m.signature)


def evaluate_suggestions(
    journal: Any, entries: Sequence[SampleEntry]
) -> dict[str, SuggestionScores]:
    """Each linked entry's own text, suggested for as if the entry were new (its vector hidden):
    is a target it is linked to among the first three? Next to it, a baseline that always
    suggests the three targets with the most links."""
    from careerjournal.services.meaning import model
    from careerjournal.services.meaning.suggest import suggest

    by_id = {e.id: e for e in entries}
    found: dict[str, SuggestionScores] = {}
    for kind, linked in sample_links(journal).items():
        shown = right = hits = 0
        for entry_id, targets in sorted(linked.items()):
            e = by_id[entry_id]
            query = model.embed([model.entry_text(e.title, e.body, e.result, e.tags)])[0]
            hidden = _Hidden(journal.meaning.vectors, entry_id)
            got = suggest(journal.store, hidden, query, exclude_entry=None, limit=3)  # type: ignore[arg-type]
            top = [s.target_id for s in getattr(got, kind)[:3]]
            shown += len(top)
            right += sum(1 for t in top if t in targets)
            hits += any(t in targets for t in top)
        found[kind] = SuggestionScores(len(linked), shown, right, hits)
        found[f"{kind}, baseline"] = _most_linked(linked)
    return found


def _most_linked(linked: dict[int, set[int]]) -> SuggestionScores:
    """Always the three targets with the most linked entries (each entry's own link left out)."""
    counts: dict[int, int] = {}
    for targets in linked.values():
        for t in targets:
            counts[t] = counts.get(t, 0) + 1
    shown = right = hits = 0
    for targets in linked.values():
        own = dict(counts)
        for t in targets:
            own[t] -= 1
        top = sorted(own, key=lambda t: (-own[t], t))[:3]
        shown += len(top)
        right += sum(1 for t in top if t in targets)
        hits += any(t in targets for t in top)
    return SuggestionScores(len(linked), shown, right, hits)


# -- the cost of compact storage -------------------------------------------------------------------


def _full_model() -> tuple[Any, int]:
    """wordllama at its full dimension, built as the service builds its own (no network)."""
    from safetensors import safe_open
    from tokenizers import Tokenizer

    from careerjournal.services.meaning import model

    folder = model._package_dir()
    assert folder is not None, model.why_unavailable()
    tokenizer = Tokenizer.from_file(str(folder.joinpath(*model._TOKENIZER)))
    with safe_open(str(folder.joinpath(*model._WEIGHTS)), framework="np", device="cpu") as f:
        weights = f.get_tensor(model._TENSOR)
    full = model._import_inference()(weights, tokenizer, binary=False)
    tokenizer.enable_truncation(max_length=model.MAX_TOKENS)  # after: the class turns it off
    return full, int(weights.shape[1])


def evaluate_layouts(
    entries: Sequence[SampleEntry], queries: Sequence[Query], relevant: Sequence[set[int]]
) -> dict[str, dict[str, Scores]]:
    """Meaning-only ranking (cosine over every entry) from the model's full float32 vectors,
    from the stored dimension in float32, and from the stored layout (that dimension, float16).
    Pooling is an average, so cutting pooled vectors equals the service's cutting of tokens."""
    import numpy as np

    from careerjournal.services.meaning import model

    full, width = _full_model()

    def pooled(texts: list[str]) -> Any:
        return np.asarray(
            full.embed([t[: model.MAX_TOKENS * 8] for t in texts], norm=False, batch_size=64),
            dtype=np.float32,
        )

    def unit(m: Any) -> Any:
        norms = np.linalg.norm(m, axis=1, keepdims=True)
        return np.divide(m, norms, out=np.zeros_like(m), where=norms > 0)

    ids = np.asarray([e.id for e in entries])
    docs = pooled([model.entry_text(e.title, e.body, e.result, e.tags) for e in entries])
    asked = pooled([q.text for q in queries])
    layouts: dict[str, Callable[[Any], Any]] = {
        f"float32 x {width} (full)": lambda m: unit(m),
        f"float32 x {model.DIM}": lambda m: unit(m[:, : model.DIM]),
        f"float16 x {model.DIM} (stored)": lambda m: (
            unit(m[:, : model.DIM]).astype(np.float16).astype(np.float32)
        ),
    }
    found: dict[str, dict[str, Scores]] = {}
    for name, layout in layouts.items():
        matrix = layout(docs)
        query_vectors = unit(asked[:, : matrix.shape[1]])
        runs = []
        for vector, rel in zip(query_vectors, relevant, strict=True):
            order = np.argsort(-(matrix @ vector), kind="stable")[:50]
            runs.append(([int(i) for i in ids[order]], rel))
        found[name] = by_label(queries, runs)
    return found


# -- report ----------------------------------------------------------------------------------------


def _table(title: str, rows: dict[str, dict[str, Scores]]) -> str:
    head = f"{title:<28}" + "".join(
        f"{g + ' R@10':>17}{'MRR':>7}" for g in ("paraphrase", "words", "all")
    )
    lines = [head, "-" * len(head)]
    for name, groups in rows.items():
        cells = "".join(
            f"{groups[g].recall * 100:>16.1f}%{groups[g].mrr:>7.3f}"
            for g in ("paraphrase", "words", "all")
        )
        lines.append(f"{name:<28}{cells}")
    return "\n".join(lines)


def report(result: dict[str, Any]) -> str:
    search: dict[str, dict[str, Scores]] = result["search"]
    counts = {g: search["words"][g].queries for g in ("paraphrase", "words", "all")}
    parts = [
        f"Sample: {result['sample']['entries']:,} entries (seed {result['sample']['seed']}, "
        f"day {result['sample']['today']}); {counts['all']} queries: {counts['paraphrase']} "
        f"paraphrases, {counts['words']} sharing words. Model {result['model']}; "
        + (
            f"indexing {result['indexed']:,} entries took {result['index_seconds']:.1f} s."
            if result["indexed"]
            else "the cached sample was indexed already (--fresh: anew)."
        ),
        "",
        _table("search mode", search),
        "",
        _table("meaning only, layout", result["layouts"]),
        "",
        f"{'suggestions':<22}{'entries':>9}{'shown':>7}{'precision@3':>13}{'hit rate@3':>12}",
    ]
    for kind, s in result["suggestions"].items():
        parts.append(
            f"{kind:<22}{s.entries:>9}{s.shown:>7}{s.precision * 100:>12.1f}%"
            f"{s.hit_rate * 100:>11.1f}%"
        )
    para = search["hybrid"]["paraphrase"].recall - search["words"]["paraphrase"].recall
    word = search["hybrid"]["words"].recall - search["words"]["words"].recall
    parts += [
        "",
        f"target: hybrid recall@10 on paraphrases >= full-text + 30 points: "
        f"{para * 100:+.1f} points ({'met' if para >= 0.30 else 'MISSED'})",
        f"target: hybrid recall@10 on word queries never below full-text: "
        f"{word * 100:+.1f} points ({'met' if word >= 0 else 'MISSED'})",
    ]
    return "\n".join(parts)


def as_json(result: dict[str, Any]) -> dict[str, Any]:
    def rows(table: dict[str, dict[str, Scores]]) -> dict[str, Any]:
        return {name: {g: s.row() for g, s in groups.items()} for name, groups in table.items()}

    return {
        **{k: v for k, v in result.items() if k not in ("search", "layouts", "suggestions")},
        "search": rows(result["search"]),
        "layouts": rows(result["layouts"]),
        "suggestions": {k: s.row() for k, s in result["suggestions"].items()},
    }


def run(*, fresh: bool = False, layouts: bool = True) -> dict[str, Any]:
    from careerjournal.services import Journal
    from careerjournal.services.meaning import model

    labelled = load_set()
    path = sample_journal(labelled, fresh=fresh)
    journal = Journal.open(path)
    try:
        if not journal.meaning.available:
            raise SystemExit(f"search by meaning is off: {model.why_unavailable()}")
        started = time.perf_counter()
        indexed = journal.meaning.index()
        index_seconds = time.perf_counter() - started
        entries = sample_entries(journal)
        relevant = [set(find_targets(entries, q.targets)) for q in labelled.queries]
        empty = [q.text for q, rel in zip(labelled.queries, relevant, strict=True) if not rel]
        if empty:
            raise SystemExit(f"no entry of the sample matches these queries' rules: {empty}")
        search, detail = evaluate_search(journal, labelled.queries, relevant)
        suggestions = evaluate_suggestions(journal, entries)
    finally:
        journal.close()
    return {
        "sample": {
            "seed": labelled.seed,
            "entries": len(entries),
            "today": labelled.today.isoformat(),
        },
        "model": model.MODEL_NAME,
        "dim": model.DIM,
        "indexed": indexed,
        "index_seconds": index_seconds,
        "search": search,
        "layouts": evaluate_layouts(entries, labelled.queries, relevant) if layouts else {},
        "suggestions": suggestions,
        "queries": detail,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument("--fresh", action="store_true", help="generate and index the sample anew")
    parser.add_argument(
        "--misses", action="store_true", help="list the queries hybrid search misses in its top 10"
    )
    args = parser.parse_args()
    result = run(fresh=args.fresh)
    print(report(result))
    if args.misses:
        print("\nmissed by hybrid (first relevant rank per mode: words / meaning / hybrid):")
        for row in result["queries"]:
            if row["hybrid"] is None or row["hybrid"] > K:
                ranks = " / ".join(str(row[m] or "-") for m in MODES)
                print(f"  [{row['label']}] {row['query']!r}: {ranks}")
    if args.json:
        args.json.write_text(json.dumps(as_json(result), indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {args.json}")


if __name__ == "__main__":
    main()
