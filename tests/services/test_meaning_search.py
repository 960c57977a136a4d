"""Vectors in the journal and search by meaning: indexing (progress, cancelling, edits, deletes),
the three search modes, related entries and duplicates, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from careerjournal.domain import EntryVector
from careerjournal.services import EntryDraft, Journal, ValidationError
from careerjournal.services.meaning import MODEL_NAME, RELATED_FLOOR, search, vectors

COACHING = "Paired with a new teammate on his first design review"
TITLES = [
    COACHING,
    "Cut the monthly cloud bill of the billing service",
    "Upgraded PostgreSQL to version 16 on the reporting database",
    "Renewed the AWS Solutions Architect certification",
    "Fixed a memory leak in the image resizer",
    "Moved our container workloads onto a managed orchestration platform",
    "Gave a talk about Kubernetes operators at the meetup",
    "Wrote the quarterly roadmap with product",
]


def add(journal: Journal, *titles: str) -> list[int]:
    return [journal.entries.add(EntryDraft(title=t)).id for t in titles]


def stored(journal: Journal) -> dict[int, tuple[str, str, bytes]]:
    with journal.store.read() as session:
        rows = session.execute(
            select(
                EntryVector.entry_id, EntryVector.model, EntryVector.text_hash, EntryVector.vector
            )
        )
        return {r[0]: (r[1], r[2], bytes(r[3])) for r in rows}


@pytest.fixture
def indexed(journal: Journal) -> dict[str, int]:
    ids = add(journal, *TITLES)
    assert journal.meaning.index() == len(TITLES)
    return dict(zip(TITLES, ids, strict=True))


def test_index_embeds_in_batches_with_progress_and_stores_compact_vectors(
    journal: Journal,
) -> None:
    ids = add(journal, *TITLES[:5])
    assert journal.meaning.missing_count() == 5
    seen: list[tuple[int, int]] = []
    assert journal.meaning.index(progress=lambda d, t: seen.append((d, t)), batch=2) == 5
    assert seen == [(0, 5), (2, 5), (4, 5), (5, 5)]
    assert journal.meaning.missing_count() == 0
    rows = stored(journal)
    assert sorted(rows) == ids
    for model_name, text_hash, blob in rows.values():
        assert model_name == MODEL_NAME
        assert len(text_hash) == 16
        assert len(blob) == 2 * search_dim()  # float16
    assert journal.meaning.index() == 0  # nothing left to do


def search_dim() -> int:
    from careerjournal.services.meaning import DIM

    return DIM


def test_cancelling_stops_between_batches_and_keeps_what_was_written(journal: Journal) -> None:
    add(journal, *TITLES[:5])
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1  # after the first batch

    assert journal.meaning.index(cancelled=cancelled, batch=2) == 2
    assert journal.meaning.missing_count() == 3
    assert journal.meaning.index() == 3


def test_an_edited_entry_is_embedded_again_and_an_untouched_one_is_not(
    journal: Journal, indexed: dict[str, int]
) -> None:
    before = stored(journal)
    entry = journal.entries.get(indexed[COACHING])
    draft = EntryDraft(title=entry.title, body="We went through the feedback together.")
    journal.entries.update(entry.id, draft, expected_version=entry.version)
    journal.entries.trash([indexed[TITLES[1]]])  # a new version, the same text
    assert journal.meaning.index() == 1
    after = stored(journal)
    assert after[entry.id][1] != before[entry.id][1]
    assert after[entry.id][2] != before[entry.id][2]
    assert {k: v for k, v in after.items() if k != entry.id} == {
        k: v for k, v in before.items() if k != entry.id
    }
    # Another journal object (another process) finds nothing stale either: it reads the texts.
    other = Journal.open(journal.store.location)
    try:
        assert other.meaning.index() == 0
    finally:
        other.close()


def test_a_vector_of_another_model_is_made_again(journal: Journal, indexed: dict[str, int]) -> None:
    with journal.store.write() as session:
        row = session.get(EntryVector, indexed[COACHING])
        assert row is not None
        row.model = "older-model"
    journal.meaning.vectors.forget()
    assert journal.meaning.missing_count() == 1
    assert journal.meaning.index() == 1
    assert stored(journal)[indexed[COACHING]][0] == MODEL_NAME


def test_a_deleted_entry_takes_its_vector_with_it_and_a_trashed_one_keeps_it(
    journal: Journal, indexed: dict[str, int]
) -> None:
    gone, trashed = indexed[TITLES[2]], indexed[TITLES[3]]
    journal.entries.purge([gone])
    journal.entries.trash([trashed])
    rows = stored(journal)
    assert gone not in rows
    assert trashed in rows
    assert journal.meaning.search("database upgrade", mode="meaning").count(gone) == 0


def test_vectors_are_not_part_of_the_undo_history(journal: Journal) -> None:
    add(journal, TITLES[0])
    journal.meaning.index()
    with journal.store.read() as session:
        count = session.execute(select(func.count()).select_from(EntryVector)).scalar_one()
    assert count == 1
    journal.history.undo()  # the entry's creation (indexing is no operation): the vector goes too
    assert stored(journal) == {}


def test_a_paraphrase_finds_an_entry_that_shares_no_word_with_it(
    journal: Journal, indexed: dict[str, int]
) -> None:
    query = "mentored a junior colleague"
    assert journal.meaning.search(query, mode="words") == []
    assert journal.meaning.search(query, mode="meaning")[0] == indexed[COACHING]
    assert journal.meaning.search(query)[0] == indexed[COACHING]  # hybrid


def test_hybrid_ranks_an_exact_word_match_first(journal: Journal, indexed: dict[str, int]) -> None:
    kube = indexed["Gave a talk about Kubernetes operators at the meetup"]
    containers = indexed["Moved our container workloads onto a managed orchestration platform"]
    assert journal.meaning.search("kubernetes", mode="words") == [kube]
    hybrid = journal.meaning.search("kubernetes")
    assert hybrid[0] == kube
    assert containers in hybrid  # close in meaning, without the word
    assert journal.meaning.search("kubernetes", limit=1) == [kube]


def test_hybrid_fusion_keeps_word_matches_above_meaning_only_ones() -> None:
    words = [10, 11, 12]
    meaning = [20, 21, 12, 10, 11]
    fused = search.fuse(words, meaning, limit=10)
    # Every word match above every meaning-only one; among them, meaning reorders a little.
    assert fused == [10, 12, 11, 20, 21]
    assert search.fuse(words, [], limit=2) == [10, 11]


def test_trashed_entries_are_found_only_when_asked_for(
    journal: Journal, indexed: dict[str, int]
) -> None:
    target = indexed[COACHING]
    journal.entries.trash([target])
    query = "mentored a junior colleague"
    assert target not in journal.meaning.search(query, mode="meaning")
    assert journal.meaning.search(query, mode="meaning", include_trashed=True)[0] == target


def test_an_unknown_mode_is_refused_in_one_line(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="words, meaning, hybrid"):
        journal.meaning.search("x", mode="fuzzy")


def test_entries_not_indexed_yet_are_missing_from_meaning_results_only(
    journal: Journal, indexed: dict[str, int]
) -> None:
    [late] = add(journal, "Mentored an intern through her first release")
    assert late not in journal.meaning.search("helping a student", mode="meaning")
    assert journal.meaning.search("intern", mode="hybrid")[0] == late  # by its words
    journal.meaning.index()
    assert journal.meaning.search("helping a student", mode="meaning")[0] == late


def test_vectors_written_by_another_process_are_seen_after_the_recheck(
    journal: Journal, indexed: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(journal.meaning.vectors.matrix().ids) == len(TITLES)
    other = Journal.open(journal.store.location)
    try:
        add(other, "Mentored an intern through her first release")
        other.meaning.index()
    finally:
        other.close()
    assert len(journal.meaning.vectors.matrix().ids) == len(TITLES)  # not looked at yet
    monkeypatch.setattr(vectors, "RECHECK_SECONDS", 0.0)
    assert len(journal.meaning.vectors.matrix().ids) == len(TITLES) + 1


def test_related_entries_leave_the_entry_itself_out(
    journal: Journal, indexed: dict[str, int]
) -> None:
    [similar, again] = add(
        journal,
        "Paired with a new colleague on her first code review",
        "Paired with a new teammate on his first design review",
    )
    journal.meaning.index()
    related = journal.meaning.related(indexed[COACHING], limit=3)
    assert [i for i, _ in related] == [again, similar]  # the unrelated ones are not related
    assert 0.99 <= related[0][1] <= 1.0
    assert RELATED_FLOOR <= related[1][1] < related[0][1]
    assert journal.meaning.related(again, limit=1)[0][0] == indexed[COACHING]
    assert journal.meaning.related(99999) == []


def test_related_works_for_an_entry_not_indexed_yet(
    journal: Journal, indexed: dict[str, int]
) -> None:
    [late] = add(journal, "Paired with a new colleague on her first code review")
    related = journal.meaning.related(late, limit=2)
    assert related[0][0] == indexed[COACHING]
    assert late not in [i for i, _ in related]


def test_duplicates_find_the_same_achievement_written_again(
    journal: Journal, indexed: dict[str, int]
) -> None:
    target = indexed[COACHING]
    dupes = journal.meaning.duplicates("Paired with a new teammate on his first design review.")
    assert [i for i, _ in dupes] == [target]
    assert dupes[0][1] >= 0.9
    assert journal.meaning.duplicates(COACHING, exclude=target) == []
    assert journal.meaning.duplicates("Ran the team's first chaos engineering game day") == []
    assert journal.meaning.duplicates("   ") == []


def test_search_results_are_records_of_the_same_shape(journal: Journal) -> None:
    add(journal, *TITLES)
    journal.meaning.index()
    ids = journal.meaning.search("kubernetes")
    records = journal.entries.get_many(ids)
    assert [r.id for r in records] == ids
    assert all(dataclasses.is_dataclass(r) for r in records)
