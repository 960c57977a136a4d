"""Entries through the public service surface: writes, validation, trash, queries and sorting."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from careerjournal.domain import EntryKind, Tag
from careerjournal.services import (
    ConflictError,
    EntryDraft,
    EntryQuery,
    Journal,
    LinkRecord,
    NotFoundError,
    RoleDraft,
    ValidationError,
)
from careerjournal.services.entries import SortKey

D = dt.date
EVERYTHING = EntryQuery(trashed=None)


def draft(title: str = "Shipped the billing export", **fields: object) -> EntryDraft:
    fields.setdefault("occurred_on", D(2024, 3, 1))
    return EntryDraft(title=title, **fields)  # type: ignore[arg-type]


def tag_rows(journal: Journal) -> list[str]:
    """Every row of the tag table, used or not (the public surface only shows used ones)."""
    with journal.store.read() as session:
        return sorted(session.scalars(select(Tag.name)))


def snapshot(journal: Journal) -> tuple[object, ...]:
    return (journal.entries.list(EVERYTHING), tag_rows(journal))


def add_roles(journal: Journal) -> tuple[int, int, int]:
    """Analyst 2020-2021, Engineer from 2022, and a volunteer role overlapping from mid-2023."""
    analyst = journal.roles.add(RoleDraft("Analyst", D(2020, 1, 1), end_date=D(2021, 12, 31)))
    engineer = journal.roles.add(RoleDraft("Engineer", D(2022, 1, 1)))
    mentor = journal.roles.add(RoleDraft("Mentor", D(2023, 6, 1), volunteer=True))
    return analyst.id, engineer.id, mentor.id


# -- add ----------------------------------------------------------------------------------------


def test_add_with_every_field_normalises_and_round_trips(journal: Journal) -> None:
    _, engineer, _ = add_roles(journal)
    links = (
        LinkRecord("  https://example.org/pr/1  ", "  the change  "),
        LinkRecord("https://example.org/doc", ""),
        LinkRecord("file:///home/me/cert.pdf", "certificate"),
    )
    record = journal.entries.add(
        draft(
            "  Led   the\tmigration  ",
            occurred_on=D(2024, 2, 29),
            kind=EntryKind.PROJECT,
            body="Moved 40 services.\n\n",
            impact=4,
            measurable_result="  cut deploy time by 30%  ",
            starred=True,
            tags=("Kubernetes", " kubernetes ", "#Cloud", "big   data", "", "CLOUD"),
            links=links,
            role_id=engineer,
        )
    )

    assert record.id > 0
    assert record.title == "Led the migration"
    assert record.occurred_on == D(2024, 2, 29)
    assert record.kind is EntryKind.PROJECT
    assert record.body == "Moved 40 services."
    assert record.impact == 4
    assert record.measurable_result == "cut deploy time by 30%"
    assert record.starred is True
    assert record.tags == ("big data", "cloud", "kubernetes")  # as get() gives them
    assert record.links == (
        LinkRecord("https://example.org/pr/1", "the change"),
        LinkRecord("https://example.org/doc", ""),
        LinkRecord("file:///home/me/cert.pdf", "certificate"),
    )
    assert record.role_id == engineer
    assert record.role_title == "Engineer"
    assert record.version == 1
    assert record.trashed_at is None
    assert not record.trashed
    assert record.created_at is not None
    assert record.updated_at is not None
    assert journal.entries.get(record.id) == record
    assert tag_rows(journal) == ["big data", "cloud", "kubernetes"]


def test_add_defaults(journal: Journal) -> None:
    record = journal.entries.add(EntryDraft("Read the SRE book"))
    assert record.occurred_on == dt.date.today()
    assert record.kind is EntryKind.OTHER
    assert (record.body, record.measurable_result) == ("", "")
    assert record.impact == 2
    assert record.starred is False
    assert (record.tags, record.links) == ((), ())
    assert record.role_id is None
    assert record.role_title == ""


ROLE_BY_DATE = [
    (D(2019, 12, 31), None),  # before any role
    (D(2020, 1, 1), "Analyst"),  # first day of a role
    (D(2021, 12, 31), "Analyst"),  # last day of a role is still inside it
    (D(2022, 1, 1), "Engineer"),
    (D(2023, 5, 31), "Engineer"),
    (D(2023, 6, 1), "Mentor"),  # overlapping roles: the latest started wins
    (D(2030, 1, 1), "Mentor"),  # open-ended role
]


def test_add_assigns_the_role_held_on_the_date(journal: Journal) -> None:
    ids = dict(zip(["Analyst", "Engineer", "Mentor"], add_roles(journal), strict=True))
    for day, expected in ROLE_BY_DATE:
        record = journal.entries.add(draft(occurred_on=day))
        got = (record.role_id, record.role_title)
        assert got == (ids.get(expected), expected or ""), day


def test_explicit_role_and_no_role_override_the_date(journal: Journal) -> None:
    analyst, _, _ = add_roles(journal)
    explicit = journal.entries.add(draft(occurred_on=D(2024, 1, 1), role_id=analyst))
    none = journal.entries.add(draft(occurred_on=D(2024, 1, 1), role_id=None))
    assert (explicit.role_id, explicit.role_title) == (analyst, "Analyst")
    assert (none.role_id, none.role_title) == (None, "")
    assert journal.entries.get(none.id).role_id is None


def test_boundary_values_are_accepted(journal: Journal) -> None:
    record = journal.entries.add(
        draft(
            "t" * 300,
            occurred_on=D(1900, 1, 1),
            impact=1,
            tags=("x" * 80,),
            links=(LinkRecord("https://e.org/" + "a" * 1986, "l" * 200),),
        )
    )
    assert len(record.title) == 300
    assert len(record.links[0].url) == 2000
    high = journal.entries.add(draft(occurred_on=D(2200, 12, 31), impact=5))
    assert (high.occurred_on, high.impact) == (D(2200, 12, 31), 5)


def test_measurable_result_is_cut_to_its_column(journal: Journal) -> None:
    record = journal.entries.add(draft(measurable_result="r" * 350))
    assert record.measurable_result == "r" * 300
    assert journal.entries.get(record.id).measurable_result == "r" * 300


INVALID = [
    ({"title": ""}, "title"),
    ({"title": "  \n\t "}, "title"),
    ({"title": "t" * 301}, "title"),
    ({"impact": 0}, "impact"),
    ({"impact": 6}, "impact"),
    ({"impact": True}, "impact"),
    ({"impact": 2.5}, "impact"),
    ({"links": (LinkRecord("   ", "label"),)}, "links"),
    ({"links": (LinkRecord("https://ok.org"), LinkRecord(""))}, "links"),
    ({"links": (LinkRecord("h" * 2001),)}, "links"),
    ({"links": (LinkRecord("https://ok.org", "l" * 201),)}, "links"),
    ({"occurred_on": D(1899, 12, 31)}, "date"),
    ({"occurred_on": D(2201, 1, 1)}, "date"),
    ({"tags": ("ok", "a,b")}, "tags"),
    ({"tags": ("x" * 81,)}, "tags"),
    ({"role_id": 9999}, "role"),
]


def test_invalid_add_raises_and_writes_nothing(journal: Journal) -> None:
    good = {"tags": ("new-tag",), "links": (LinkRecord("https://x.org"),)}
    for fields, field in INVALID:
        with pytest.raises(ValidationError) as info:
            journal.entries.add(draft(**{**good, **fields}))
        assert info.value.field == field, fields
        assert str(info.value)
        assert journal.entries.count(EVERYTHING) == 0, fields
        assert tag_rows(journal) == [], fields


def test_invalid_update_raises_and_changes_nothing(journal: Journal) -> None:
    record = journal.entries.add(draft(tags=("kept",), links=(LinkRecord("https://kept.org"),)))
    before = snapshot(journal)
    for fields, field in INVALID:
        new = {"title": "Changed", "tags": ("new-tag",), **fields}
        with pytest.raises(ValidationError) as info:
            journal.entries.update(record.id, draft(**new), expected_version=1)
        assert info.value.field == field, fields
        assert snapshot(journal) == before, fields
    assert journal.entries.get(record.id).version == 1


# -- update -------------------------------------------------------------------------------------


def test_update_replaces_every_field_and_bumps_version(journal: Journal) -> None:
    analyst, engineer, _ = add_roles(journal)
    old = journal.entries.add(
        draft(
            "Old title",
            occurred_on=D(2021, 6, 1),
            kind=EntryKind.LEARNING,
            body="old body",
            impact=1,
            measurable_result="old result",
            starred=True,
            tags=("gone", "kept"),
            links=(LinkRecord("https://old.org", "old"), LinkRecord("https://kept.org")),
        )
    )
    assert old.role_id == analyst

    new = journal.entries.update(
        old.id,
        draft(
            "New title",
            occurred_on=D(2022, 6, 1),
            kind=EntryKind.RECOGNITION,
            body="new body",
            impact=5,
            measurable_result="new result",
            starred=False,
            tags=("kept", "Fresh"),
            links=(LinkRecord("https://kept.org"), LinkRecord("https://new.org", "new")),
        ),
        expected_version=old.version,
    )

    assert new.id == old.id
    assert new.version == old.version + 1
    assert (new.title, new.occurred_on, new.kind) == (
        "New title",
        D(2022, 6, 1),
        EntryKind.RECOGNITION,
    )
    assert (new.body, new.impact, new.measurable_result, new.starred) == (
        "new body",
        5,
        "new result",
        False,
    )
    assert new.tags == ("fresh", "kept")
    assert new.links == (LinkRecord("https://kept.org"), LinkRecord("https://new.org", "new"))
    assert new.role_id == engineer  # "auto" follows the new date
    assert new.created_at == old.created_at
    assert journal.entries.get(old.id) == new
    assert tag_rows(journal) == ["fresh", "kept"]  # "gone" is used nowhere any more


def test_update_can_clear_role_tags_and_links(journal: Journal) -> None:
    _, engineer, _ = add_roles(journal)
    old = journal.entries.add(
        draft(occurred_on=D(2022, 2, 2), tags=("a",), links=(LinkRecord("https://a.org"),))
    )
    assert old.role_id == engineer
    new = journal.entries.update(
        old.id, draft(occurred_on=D(2022, 2, 2), role_id=None), expected_version=old.version
    )
    assert (new.role_id, new.tags, new.links) == (None, (), ())
    assert journal.entries.get(old.id) == new
    assert tag_rows(journal) == []


def test_update_keeps_a_tag_another_entry_uses(journal: Journal) -> None:
    first = journal.entries.add(draft("First", tags=("shared", "solo")))
    journal.entries.add(draft("Second", tags=("shared",)))
    journal.entries.update(first.id, draft("First"), expected_version=first.version)
    assert tag_rows(journal) == ["shared"]
    assert journal.entries.tags() == [("shared", 1)]


def test_update_of_tags_or_links_only_is_a_new_version(journal: Journal) -> None:
    """Otherwise a stale editor could save over it without a conflict (a lost update)."""
    base = {"tags": ("a", "b"), "links": (LinkRecord("https://a.org"), LinkRecord("https://b.org"))}
    changes = [
        {"tags": ("a", "c")},
        {"links": (LinkRecord("https://b.org"), LinkRecord("https://a.org"))},  # order
        {"links": (LinkRecord("https://a.org", "relabelled"), LinkRecord("https://b.org"))},
    ]
    for change in changes:
        old = journal.entries.add(draft(**base))
        new = journal.entries.update(old.id, draft(**{**base, **change}), expected_version=1)
        assert new.version == 2, change
        for key, value in change.items():
            assert getattr(journal.entries.get(old.id), key) == value
        with pytest.raises(ConflictError):
            journal.entries.update(old.id, draft("Stale save"), expected_version=old.version)


def test_each_update_is_a_new_version(journal: Journal) -> None:
    record = journal.entries.add(draft())
    versions = [
        journal.entries.update(record.id, draft(f"Take {i}"), expected_version=i + 1).version
        for i in range(3)
    ]
    assert versions == [2, 3, 4]
    assert journal.entries.get(record.id).title == "Take 2"


def test_update_with_current_expected_version_succeeds(journal: Journal) -> None:
    record = journal.entries.add(draft())
    updated = journal.entries.update(record.id, draft("Mine"), expected_version=record.version)
    assert (updated.title, updated.version) == ("Mine", 2)


def test_update_with_stale_version_conflicts_and_changes_nothing(journal: Journal) -> None:
    record = journal.entries.add(draft("Original", tags=("one",)))
    theirs = journal.entries.update(
        record.id, draft("Theirs", tags=("two",)), expected_version=record.version
    )
    before = snapshot(journal)
    with pytest.raises(ConflictError) as info:
        journal.entries.update(
            record.id, draft("Mine", tags=("three",)), expected_version=record.version
        )
    assert f"Entry {record.id}" in str(info.value)
    assert snapshot(journal) == before
    assert journal.entries.get(record.id) == theirs


def test_trash_makes_an_open_editor_stale(journal: Journal) -> None:
    record = journal.entries.add(draft())
    journal.entries.trash([record.id])
    with pytest.raises(ConflictError):
        journal.entries.update(record.id, draft("Mine"), expected_version=record.version)


def test_missing_entries_are_not_found(journal: Journal) -> None:
    journal.entries.add(draft())
    with pytest.raises(NotFoundError, match="no entry 4242"):
        journal.entries.get(4242)
    with pytest.raises(NotFoundError):
        journal.entries.update(4242, draft("Nope"), expected_version=1)
    assert journal.entries.count(EVERYTHING) == 1


# -- trash, restore, purge ------------------------------------------------------------------


def test_trash_hides_entries_everywhere_and_restore_brings_them_back(journal: Journal) -> None:
    a = journal.entries.add(draft("Alpha launch", occurred_on=D(2020, 1, 1), tags=("x", "only-a")))
    b = journal.entries.add(draft("Beta launch", occurred_on=D(2021, 1, 1), tags=("x",)))
    c = journal.entries.add(draft("Gamma launch", occurred_on=D(2022, 1, 1), tags=("x",)))

    assert sorted(journal.entries.trash([a.id, b.id, 9999])) == [a.id, b.id]
    trashed = journal.entries.get(a.id)
    assert trashed.trashed
    assert trashed.trashed_at is not None
    assert trashed.version == a.version + 1

    assert [e.id for e in journal.entries.list()] == [c.id]
    assert journal.entries.ids() == [c.id]
    assert journal.entries.count() == 1
    assert [e.id for e in journal.entries.search("launch")] == [c.id]
    assert [e.id for e in journal.entries.list(EntryQuery(text="launch"))] == [c.id]
    assert journal.entries.tags() == [("x", 1)]
    assert journal.entries.date_span() == (D(2022, 1, 1), D(2022, 1, 1))
    assert [e.id for e in journal.entries.list(EntryQuery(trashed=True))] == [a.id, b.id]
    assert journal.entries.count(EntryQuery(trashed=True)) == 2
    assert [e.id for e in journal.entries.list(EVERYTHING)] == [a.id, b.id, c.id]
    assert journal.entries.count(EVERYTHING) == 3
    assert tag_rows(journal) == ["only-a", "x"]  # trash keeps tags: the entry may come back

    assert journal.entries.trash([a.id, b.id]) == []  # already in the trash
    assert journal.entries.get(a.id).version == a.version + 1

    assert journal.entries.restore([a.id, c.id]) == [a.id]  # c was never trashed
    assert journal.entries.restore([a.id]) == []
    restored = journal.entries.get(a.id)
    assert restored.trashed_at is None
    assert restored.version == a.version + 2
    assert [e.id for e in journal.entries.list()] == [a.id, c.id]
    assert journal.entries.tags() == [("x", 2), ("only-a", 1)]
    assert {e.id for e in journal.entries.search("launch")} == {a.id, c.id}


def test_trash_and_restore_many_ids_at_once(journal: Journal) -> None:
    first = journal.entries.add(draft("First"))
    last = journal.entries.add(draft("Last"))
    many = [first.id, *range(10_000, 11_000), last.id]  # more than one 900-id chunk
    assert sorted(journal.entries.trash(many)) == [first.id, last.id]
    assert journal.entries.count() == 0
    assert sorted(journal.entries.restore(many)) == [first.id, last.id]
    assert journal.entries.count() == 2


def test_purge_deletes_for_good_and_drops_unused_tags(journal: Journal) -> None:
    a = journal.entries.add(draft("Alpha", tags=("shared", "only-a")))
    b = journal.entries.add(draft("Beta", tags=("shared", "only-b")))
    c = journal.entries.add(draft("Gamma", tags=("shared",)))
    journal.entries.trash([b.id])

    assert sorted(journal.entries.purge([a.id, b.id, 9999, a.id])) == [a.id, b.id]
    for gone in (a.id, b.id):
        with pytest.raises(NotFoundError):
            journal.entries.get(gone)
    assert [e.id for e in journal.entries.list(EVERYTHING)] == [c.id]
    assert tag_rows(journal) == ["shared"]
    assert journal.entries.purge([a.id]) == []
    assert journal.entries.purge([]) == []


def test_empty_trash_purges_only_the_trash(journal: Journal) -> None:
    assert journal.entries.empty_trash() == 0
    a = journal.entries.add(draft("Alpha", tags=("t-a",)))
    b = journal.entries.add(draft("Beta", tags=("t-b",)))
    c = journal.entries.add(draft("Gamma", tags=("t-c",)))
    journal.entries.trash([a.id, c.id])
    assert journal.entries.empty_trash() == 2
    assert [e.id for e in journal.entries.list(EVERYTHING)] == [b.id]
    assert journal.entries.list(EntryQuery(trashed=True)) == []
    assert tag_rows(journal) == ["t-b"]
    assert journal.entries.empty_trash() == 0


def test_a_purged_entry_comes_back_under_its_old_id(journal: Journal) -> None:
    _, engineer, _ = add_roles(journal)
    old = journal.entries.add(
        draft(
            "Incident commander",
            occurred_on=D(2022, 5, 5),
            tags=("oncall",),
            links=(LinkRecord("https://postmortem.org", "postmortem"),),
        )
    )
    later = journal.entries.add(draft("Later entry"))
    journal.entries.purge([old.id])

    journal.history.undo()  # the purge
    again = journal.entries.get(old.id)

    assert again.id == old.id
    comparable = ("title", "occurred_on", "kind", "tags", "links", "role_id", "version")
    assert [getattr(again, f) for f in comparable] == [getattr(old, f) for f in comparable]
    assert again.role_id == engineer
    assert [e.id for e in journal.entries.search("commander")] == [old.id]
    assert journal.entries.tags() == [("oncall", 1)]
    # New entries keep getting fresh ids.
    assert journal.entries.add(draft("Newer")).id not in (old.id, later.id)


def test_purged_ids_are_not_reused(journal: Journal) -> None:
    """Undo of a purge re-creates the entry under its id, so no other entry may take it."""
    journal.entries.add(draft("First"))
    last = journal.entries.add(draft("Last"))
    journal.entries.purge([last.id])
    newcomer = journal.entries.add(draft("Newcomer"))
    assert newcomer.id != last.id


# -- queries ------------------------------------------------------------------------------------


@pytest.fixture
def sortable(journal: Journal) -> dict[str, int]:
    """Six entries with ties on every sort key; ids grow in the order e1..e6."""
    backend = journal.roles.add(
        RoleDraft("Backend Engineer", D(2020, 1, 1), end_date=D(2021, 12, 31))
    )
    architect = journal.roles.add(RoleDraft("architect", D(2022, 1, 1)))
    rows = [
        ("e1", "beta", D(2021, 5, 1), EntryKind.PROJECT, 3, backend.id),
        ("e2", "Alpha", D(2022, 2, 1), EntryKind.LEARNING, 3, architect.id),
        ("e3", "alpha", D(2022, 2, 1), EntryKind.PROJECT, 5, architect.id),
        ("e4", "Gamma", D(2019, 7, 1), EntryKind.LEARNING, 1, None),
        ("e5", "beta", D(2021, 5, 1), EntryKind.SKILL, 3, backend.id),
        ("e6", "delta", D(2023, 1, 1), EntryKind.PROJECT, 3, None),
    ]
    ids = {}
    for key, title, day, kind, impact, role in rows:
        ids[key] = journal.entries.add(
            draft(title, occurred_on=day, kind=kind, impact=impact, role_id=role)
        ).id
    assert list(ids.values()) == sorted(ids.values())
    return ids


ASCENDING = {
    SortKey.DATE: ["e4", "e1", "e5", "e2", "e3", "e6"],
    SortKey.KIND: ["e4", "e2", "e1", "e3", "e6", "e5"],  # learning < project < skill
    SortKey.TITLE: ["e2", "e3", "e1", "e5", "e6", "e4"],  # case-insensitive
    SortKey.IMPACT: ["e4", "e1", "e5", "e2", "e6", "e3"],
    SortKey.ROLE: ["e4", "e6", "e2", "e3", "e1", "e5"],  # no role first, then by title
}


def test_ids_sort_by_every_key_with_stable_ties(journal: Journal, sortable: dict[str, int]) -> None:
    assert set(ASCENDING) == set(SortKey)
    for sort, order in ASCENDING.items():
        expected = [sortable[k] for k in order]
        assert journal.entries.ids(sort=sort, descending=False) == expected, sort
        # Ties (date, then id) break in the same direction as the key: the exact reverse.
        assert journal.entries.ids(sort=sort, descending=True) == expected[::-1], sort


def test_ids_default_is_newest_first_and_honours_the_query(
    journal: Journal, sortable: dict[str, int]
) -> None:
    assert journal.entries.ids() == [sortable[k] for k in reversed(ASCENDING[SortKey.DATE])]
    projects = EntryQuery(kinds=frozenset({EntryKind.PROJECT}))
    assert journal.entries.ids(projects, sort=SortKey.TITLE, descending=False) == [
        sortable["e3"],
        sortable["e1"],
        sortable["e6"],
    ]
    journal.entries.trash([sortable["e3"]])
    assert journal.entries.ids(projects, sort=SortKey.ROLE) == [sortable["e1"], sortable["e6"]]
    assert journal.entries.ids(EntryQuery(trashed=True), sort=SortKey.ROLE) == [sortable["e3"]]


def test_title_sort_folds_case_beyond_ascii(journal: Journal) -> None:
    upper = journal.entries.add(draft("Éb"))
    lower = journal.entries.add(draft("éa"))
    assert journal.entries.ids(sort=SortKey.TITLE, descending=False) == [lower.id, upper.id]


@pytest.fixture
def corpus(journal: Journal) -> dict[str, int]:
    analyst, engineer, _ = add_roles(journal)
    rows = [
        ("k8s", "Kubernetes rollout", D(2021, 3, 1), EntryKind.PROJECT, ("ops", "cloud"), True),
        ("talk", "Conference talk", D(2021, 9, 9), EntryKind.NETWORK, ("speaking",), False),
        ("cert", "AWS certification", D(2022, 1, 1), EntryKind.CERTIFICATION, ("cloud",), True),
        ("mentor", "Mentored two juniors", D(2022, 7, 1), EntryKind.RESPONSIBILITY, (), False),
        ("course", "Rust course", D(2023, 2, 1), EntryKind.LEARNING, ("Rust", "learning"), False),
        ("award", "Team award", D(2023, 12, 31), EntryKind.RECOGNITION, ("ops",), True),
    ]
    ids = {}
    for key, title, day, kind, tags, starred in rows:
        ids[key] = journal.entries.add(
            draft(title, occurred_on=day, kind=kind, tags=tags, starred=starred)
        ).id
    ids["analyst"], ids["engineer"] = analyst, engineer
    return ids


def keys(corpus: dict[str, int], records: list) -> list[str]:  # type: ignore[type-arg]
    names = {v: k for k, v in corpus.items() if k not in ("analyst", "engineer")}
    return [names[r.id] for r in records]


FILTERS = [
    (EntryQuery(), ["k8s", "talk", "cert", "mentor", "course", "award"]),
    (
        EntryQuery(date_from=D(2021, 9, 9), date_to=D(2023, 2, 1)),
        ["talk", "cert", "mentor", "course"],
    ),
    (EntryQuery(date_from=D(2023, 1, 1)), ["course", "award"]),
    (EntryQuery(date_to=D(2021, 3, 1)), ["k8s"]),
    (EntryQuery(date_from=D(2024, 1, 1)), []),
    (EntryQuery(kinds=frozenset({EntryKind.PROJECT, EntryKind.LEARNING})), ["k8s", "course"]),
    (EntryQuery(kinds=frozenset()), []),
    (EntryQuery(tags=frozenset({"cloud"})), ["k8s", "cert"]),
    (EntryQuery(tags=frozenset({"#RUST", "speaking"})), ["talk", "course"]),  # any, normalised
    (EntryQuery(tags=frozenset({"nobody-uses-this"})), []),
    (EntryQuery(starred=True), ["k8s", "cert", "award"]),
    (EntryQuery(starred=False), ["talk", "mentor", "course"]),
    (EntryQuery(text="juniors"), ["mentor"]),
    (EntryQuery(text="  "), ["k8s", "talk", "cert", "mentor", "course", "award"]),
    (EntryQuery(text="!!"), []),
    (
        EntryQuery(tags=frozenset({"cloud", "ops"}), starred=True, date_from=D(2022, 1, 1)),
        ["cert", "award"],
    ),
    (
        EntryQuery(
            kinds=frozenset({EntryKind.PROJECT, EntryKind.CERTIFICATION, EntryKind.RECOGNITION}),
            tags=frozenset({"ops", "cloud"}),
            starred=True,
            date_to=D(2023, 6, 1),
            text="certification",
        ),
        ["cert"],
    ),
]


def test_list_and_count_filter_combinations(journal: Journal, corpus: dict[str, int]) -> None:
    for query, expected in FILTERS:
        assert keys(corpus, journal.entries.list(query)) == expected, query
        assert journal.entries.count(query) == len(expected), query
        assert journal.entries.ids(query, descending=False) == [corpus[k] for k in expected]


def test_list_by_role(journal: Journal, corpus: dict[str, int]) -> None:
    assert keys(corpus, journal.entries.list(EntryQuery(role_id=corpus["analyst"]))) == [
        "k8s",
        "talk",
    ]
    by_engineer = EntryQuery(role_id=corpus["engineer"], kinds=frozenset({EntryKind.LEARNING}))
    assert keys(corpus, journal.entries.list(by_engineer)) == ["course"]
    assert journal.entries.count(EntryQuery(role_id=4242)) == 0


def test_list_limit_and_trash_filters(journal: Journal, corpus: dict[str, int]) -> None:
    assert keys(corpus, journal.entries.list(limit=2)) == ["k8s", "talk"]
    journal.entries.trash([corpus["cert"], corpus["award"]])
    starred = EntryQuery(starred=True)
    assert keys(corpus, journal.entries.list(starred)) == ["k8s"]
    trashed_starred = EntryQuery(starred=True, trashed=True)
    assert keys(corpus, journal.entries.list(trashed_starred)) == ["cert", "award"]
    assert journal.entries.count(EntryQuery(starred=True, trashed=None)) == 3


def test_tags_counts_live_entries_most_used_first(journal: Journal, corpus: dict[str, int]) -> None:
    assert journal.entries.tags() == [
        ("cloud", 2),
        ("ops", 2),
        ("learning", 1),
        ("rust", 1),
        ("speaking", 1),
    ]
    journal.entries.trash([corpus["k8s"], corpus["talk"]])
    assert journal.entries.tags() == [("cloud", 1), ("learning", 1), ("ops", 1), ("rust", 1)]


def test_date_span(journal: Journal) -> None:
    assert journal.entries.date_span() is None
    first = journal.entries.add(draft(occurred_on=D(2019, 4, 2)))
    journal.entries.add(draft(occurred_on=D(2023, 8, 9)))
    last = journal.entries.add(draft(occurred_on=D(2024, 1, 15)))
    journal.entries.add(draft(occurred_on=D(2020, 1, 1)))
    assert journal.entries.date_span() == (D(2019, 4, 2), D(2024, 1, 15))
    journal.entries.trash([first.id, last.id])
    assert journal.entries.date_span() == (D(2020, 1, 1), D(2023, 8, 9))
    journal.entries.trash(journal.entries.ids())
    assert journal.entries.date_span() is None


def test_get_many_keeps_the_requested_order_and_skips_missing(journal: Journal) -> None:
    a, b, c = (journal.entries.add(draft(t)).id for t in ("A", "B", "C"))
    journal.entries.trash([b])
    records = journal.entries.get_many([c, 9999, a, b])
    assert [r.id for r in records] == [c, a, b]
    assert [r.title for r in records] == ["C", "A", "B"]
    assert records[2].trashed
    assert journal.entries.get_many([]) == []
    assert journal.entries.get_many([9998, 9999]) == []


def test_get_many_with_more_ids_than_one_query_takes(journal: Journal) -> None:
    a, b, c = (journal.entries.add(draft(t, tags=(t.lower(),))).id for t in ("A", "B", "C"))
    missing = list(range(100_000, 101_900))  # spreads the real ids over three chunks
    wanted = [c, *missing[:950], a, *missing[950:], b]
    records = journal.entries.get_many(wanted)
    assert [(r.id, r.tags) for r in records] == [(c, ("c",)), (a, ("a",)), (b, ("b",))]


def test_records_are_plain_values(journal: Journal) -> None:
    record = journal.entries.add(draft(tags=("a",)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.title = "changed"  # type: ignore[misc]
    assert EntryDraft.from_record(record).title == record.title
