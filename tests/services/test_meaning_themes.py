"""Themes: entries grouped by meaning into a few themes named by their central entries' words,
the same every time, fewer for a small set, also for entries not indexed yet."""

from __future__ import annotations

import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.services.meaning import Theme, themes

GROUPS = {
    "kubernetes": [
        "Migrated the billing service to Kubernetes",
        "Moved the search API onto the Kubernetes cluster",
        "Wrote Helm charts for the Kubernetes migration",
        "Finished the Kubernetes migration of the payments service",
        "Tuned Kubernetes autoscaling after the migration",
    ],
    "mentoring": [
        "Mentored a junior engineer through her first on-call week",
        "Mentored two interns on their first pull requests",
        "Weekly mentoring sessions with a new graduate engineer",
        "Mentored a new hire through his first design review",
        "Started mentoring a junior engineer on testing",
    ],
    "conference": [
        "Gave a talk at a developer conference in Berlin",
        "Spoke at the conference about our observability stack",
        "Conference talk accepted at an international conference",
        "Presented our conference talk on incident reviews",
        "Keynote talk at the regional developer conference",
    ],
}


@pytest.fixture
def groups(journal: Journal) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for name, titles in GROUPS.items():
        out[name] = [journal.entries.add(EntryDraft(t)).id for t in titles]
    return out


def ids_of(found: list[Theme]) -> list[set[int]]:
    return [set(t.entry_ids) for t in found]


def test_distinct_topics_become_themes_named_by_their_words(
    journal: Journal, groups: dict[str, list[int]]
) -> None:
    journal.meaning.index()
    every = [i for g in groups.values() for i in g]
    found = journal.meaning.themes(every)
    assert sorted(map(sorted, ids_of(found))) == sorted(map(sorted, groups.values()))
    for theme in found:
        topic = next(n for n, g in groups.items() if set(g) == set(theme.entry_ids))
        assert topic in theme.name.lower()
        assert 1 <= len(theme.central_ids) <= themes.CENTRAL
        assert set(theme.central_ids) <= set(theme.entry_ids)
        assert not any(ch.isdigit() for ch in theme.name)
    assert len({t.name for t in found}) == len(found)


def test_themes_are_the_same_every_time_and_keep_the_order_given(
    journal: Journal, groups: dict[str, list[int]]
) -> None:
    every = [i for g in groups.values() for i in g]
    first = journal.meaning.themes(every)
    assert journal.meaning.themes(every) == first
    backwards = journal.meaning.themes(list(reversed(every)))
    # The same themes (listed by size, then by where they start in the order given).
    assert {(t.name, t.central_ids) for t in backwards} == {(t.name, t.central_ids) for t in first}
    for theme in backwards:
        assert list(theme.entry_ids) == [i for i in reversed(every) if i in theme.entry_ids]


def test_entries_not_indexed_yet_are_embedded_for_the_occasion_and_nothing_is_written(
    journal: Journal, groups: dict[str, list[int]]
) -> None:
    every = [i for g in groups.values() for i in g]
    assert journal.meaning.missing_count() == len(every)
    assert len(journal.meaning.themes(every)) == len(groups)
    assert journal.meaning.missing_count() == len(every)


def test_a_small_set_is_one_theme_and_max_themes_is_kept(
    journal: Journal, groups: dict[str, list[int]]
) -> None:
    journal.meaning.index()
    small = journal.meaning.themes(groups["kubernetes"][:3])
    assert len(small) == 1
    assert small[0].entry_ids == tuple(groups["kubernetes"][:3])
    assert "Kubernetes" in small[0].name
    every = [i for g in groups.values() for i in g]
    assert len(journal.meaning.themes(every, max_themes=2)) <= 2
    assert len(journal.meaning.themes(every, max_themes=1)) == 1
    assert journal.meaning.themes([]) == []
    assert journal.meaning.themes([99999]) == []


def test_a_name_leaves_out_stop_words_and_numbers() -> None:
    name = themes._name(
        ["Cut the cloud bill by 40%", "Cut the cloud bill of the API", "Cloud bill review 2024"],
        ["Cut the cloud bill by 40%"],
        themes.Counter(),
        1,
    )
    assert name == "Cloud bill · cut"
