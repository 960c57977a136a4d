"""Full-text search through the entry service: in step with every write, alike on both backends."""

from __future__ import annotations

import datetime as dt

import pytest

from careerjournal.services import EntryDraft, EntryQuery, EntryRecord, Journal

D = dt.date


def add(journal: Journal, title: str, **fields: object) -> EntryRecord:
    fields.setdefault("occurred_on", D(2024, 1, 10))
    return journal.entries.add(EntryDraft(title=title, **fields))  # type: ignore[arg-type]


def found(journal: Journal, query: str, **options: object) -> set[int]:
    return {e.id for e in journal.entries.search(query, **options)}  # type: ignore[arg-type]


def listed(journal: Journal, query: str, trashed: bool | None = False) -> set[int]:
    return {e.id for e in journal.entries.list(EntryQuery(text=query, trashed=trashed))}


def edit(journal: Journal, record: EntryRecord, **fields: object) -> EntryRecord:
    draft = EntryDraft.from_record(record)
    return journal.entries.update(
        record.id, EntryDraft(**{**draft.__dict__, **fields}), expected_version=record.version
    )


# -- staying in step with writes ----------------------------------------------------------------


def test_a_new_entry_is_found_by_every_field(journal: Journal) -> None:
    record = add(
        journal,
        "Quarterly planning",
        body="Facilitated the roadmap workshop",
        measurable_result="backlog halved",
        tags=("Facilitation",),
    )
    for word in ("quarterly", "roadmap", "halved", "facilitation"):
        assert found(journal, word) == {record.id}, word
        assert listed(journal, word) == {record.id}, word


EDITS = [
    ("title", "Zeppelin launch", "Dirigible launch"),
    ("body", "wrote the zeppelin spec", "wrote the dirigible spec"),
    ("measurable_result", "zeppelin shipped", "dirigible shipped"),
    ("tags", ("zeppelin",), ("dirigible",)),
]


def test_an_edit_replaces_the_old_words(journal: Journal) -> None:
    for field, old, new in EDITS:
        fields = {
            "title": f"Airship {field}",
            "body": "hangar notes",
            "measurable_result": "on budget",
            "tags": ("aviation",),
            field: old,
        }
        record = add(journal, **fields)  # type: ignore[arg-type]
        bystander = add(journal, "Zeppelin museum visit")
        assert found(journal, "zeppelin") == {record.id, bystander.id}, field
        assert found(journal, "dirigible") == set(), field

        edit(journal, record, **{field: new})

        assert found(journal, "zeppelin") == {bystander.id}, field
        assert found(journal, "dirigible") == {record.id}, field
        assert listed(journal, "zeppelin") == {bystander.id}, field
        assert listed(journal, "dirigible") == {record.id}, field
        untouched = "aviation" if field != "tags" else "hangar"
        assert record.id in found(journal, untouched), field  # the other fields still match
        journal.entries.purge([record.id, bystander.id])


def test_trash_hides_from_search_and_restore_brings_back(journal: Journal) -> None:
    record = add(journal, "Terraform modules")
    other = add(journal, "Terraform state cleanup")
    journal.entries.trash([record.id])
    assert found(journal, "terraform") == {other.id}
    assert listed(journal, "terraform") == {other.id}
    assert found(journal, "terraform", include_trashed=True) == {record.id, other.id}
    assert listed(journal, "terraform", trashed=True) == {record.id}
    assert listed(journal, "terraform", trashed=None) == {record.id, other.id}
    journal.entries.restore([record.id])
    assert found(journal, "terraform") == {record.id, other.id}
    assert listed(journal, "terraform") == {record.id, other.id}


def test_purge_removes_from_search_for_good(journal: Journal) -> None:
    live = add(journal, "Grafana dashboards", tags=("monitoring",))
    trashed = add(journal, "Grafana alerts", tags=("monitoring",))
    journal.entries.trash([trashed.id])
    journal.entries.purge([live.id, trashed.id])
    assert found(journal, "grafana", include_trashed=True) == set()
    assert found(journal, "monitoring", include_trashed=True) == set()
    assert listed(journal, "grafana", trashed=None) == set()
    assert journal.check().ok  # no index rows left behind


def test_an_entry_recreated_under_its_old_id_is_found_again(journal: Journal) -> None:
    record = add(journal, "Chaos day", tags=("resilience",), measurable_result="three bugs")
    journal.entries.purge([record.id])
    assert found(journal, "chaos") == set()
    journal.history.undo()  # the purge
    for word in ("chaos", "resilience", "bugs"):
        assert found(journal, word) == {record.id}, word
    assert journal.check().ok


# -- query rules --------------------------------------------------------------------------------


def test_words_match_as_prefixes(journal: Journal) -> None:
    k8s = add(journal, "Kubernetes upgrade")
    add(journal, "Cube sat telemetry")  # "cube" contains "ube" but no word starts with "kube"
    assert found(journal, "kube") == {k8s.id}
    assert found(journal, "k") == {k8s.id}
    assert found(journal, "kubernetes") == {k8s.id}
    assert found(journal, "kubernetesx") == set()
    assert found(journal, "bernetes") == set()  # prefixes of words, not infixes


def test_several_words_must_all_match_in_any_field(journal: Journal) -> None:
    both = add(journal, "Kafka consumer rewrite", tags=("streaming",))
    only_one = add(journal, "Kafka training")
    add(journal, "Consumer research")
    assert found(journal, "kafka consumer") == {both.id}
    assert found(journal, "consumer kafka") == {both.id}  # order does not matter
    assert found(journal, "kafka stream") == {both.id}  # title word AND tag prefix
    assert found(journal, "kafka") == {both.id, only_one.id}
    assert found(journal, "kafka nothing") == set()
    assert listed(journal, "kafka consumer") == {both.id}


def test_a_query_without_words_finds_nothing(journal: Journal) -> None:
    add(journal, "Something to find")
    for query in ("", "   ", "!!!", "-- ** ::", '"()"', "_", "…"):
        assert journal.entries.search(query) == [], query
        assert journal.entries.search(query, include_trashed=True) == [], query
    for query in ("!!!", "-- ** ::", '"()"', "_", "…"):
        assert journal.entries.list(EntryQuery(text=query)) == [], query
        assert journal.entries.count(EntryQuery(text=query)) == 0, query
    assert journal.entries.count(EntryQuery(text="  ")) == 1  # an empty text filter is no filter


def test_search_ignores_case(journal: Journal) -> None:
    record = add(journal, "GraphQL Gateway", body="École partnership", tags=("API",))
    for query in ("graphql", "GRAPHQL", "gRaPhQl gateway", "api", "API", "école", "ÉCOLE"):
        assert found(journal, query) == {record.id}, query


def test_query_syntax_of_the_engines_is_taken_as_plain_words(journal: Journal) -> None:
    record = add(journal, "Kubernetes operator", body="not a toy")
    assert found(journal, '"kube') == {record.id}
    assert found(journal, "kube*") == {record.id}
    assert found(journal, "title:kube") == set()  # "title" is a word the entry lacks
    assert found(journal, "kube:") == {record.id}
    assert found(journal, "kube & operator") == {record.id}
    assert found(journal, "kube | nothing") == set()
    assert found(journal, "kube OR nothing") == set()
    assert found(journal, "NOT toy") == {record.id}  # "not" is a word of the body
    assert found(journal, "kube-operator") == {record.id}
    assert found(journal, "(operator)") == {record.id}


def test_best_match_first_then_newest(journal: Journal) -> None:
    old = add(journal, "Weekly report", occurred_on=D(2020, 1, 1))
    new = add(journal, "Weekly report", occurred_on=D(2023, 1, 1))
    same_day = add(journal, "Weekly report", occurred_on=D(2023, 1, 1))
    assert [e.id for e in journal.entries.search("weekly report")] == [same_day.id, new.id, old.id]


def test_search_limit(journal: Journal) -> None:
    ids = [add(journal, f"Standup notes {i}", occurred_on=D(2024, 1, 1 + i)).id for i in range(5)]
    assert len(journal.entries.search("standup", limit=3)) == 3
    assert {e.id for e in journal.entries.search("standup", limit=None)} == set(ids)
    assert len(journal.entries.search("standup")) == 5


# -- the same answers on SQLite and PostgreSQL --------------------------------------------------

CORPUS = {
    "k8s": (
        "Kubernetes cluster upgrade",
        "Upgraded the production cluster without downtime.",
        "zero downtime",
        ("kubernetes", "ops"),
    ),
    "helm": ("Helm charts for billing", "Wrote charts for the billing service.", "", ("ops",)),
    "talk": ("Conference talk on observability", "Spoke about tracing.", "", ("speaking",)),
    "tracing": (
        "Distributed tracing rollout",
        "Added OpenTelemetry to 12 services.",
        "mean time to resolve down 40 percent",
        ("observability",),
    ),
    "cert": (
        "Passed the CKA exam",
        "Certified Kubernetes Administrator.",
        "",
        ("certification", "kubernetes"),
    ),
    "mentor": ("Mentoring two juniors", "Weekly pairing sessions.", "", ("mentoring",)),
    "review": ("Annual review feedback", "Praised the incident handling.", "", ("feedback",)),
    "incident": (
        "Incident commander for payment outage",
        "Coordinated five teams overnight.",
        "restored in 45 minutes",
        ("oncall",),
    ),
    "rust": ("Rust course", "Finished the async chapter.", "", ("learning", "rust")),
    "budget": ("Cloud budget cut", "Rightsized instances.", "saved 120000 per year", ("cost",)),
    "hiring": ("Interviewed candidates", "Ran ten system design interviews.", "", ("hiring",)),
    "docs": ("Runbook overhaul", "Rewrote the on-call runbooks.", "", ("oncall", "docs")),
    "pay": ("Salary raise", "Eight percent raise after the review.", "", ("compensation",)),
    "lead": ("Tech lead for billing", "Took over the billing team backlog.", "", ("leadership",)),
    "network": ("Coffee with the CTO", "Discussed platform strategy.", "", ()),
    "postgres": ("PostgreSQL migration", "Moved reporting off MySQL.", "reports 3x faster", ()),
    "award": ("Team award", "Platform team of the year.", "", ("recognition",)),
    "blog": ("Blog post on tracing", "Published on the engineering blog.", "", ("writing",)),
    "security": ("Security champion", "Joined the security guild.", "", ()),
    "queue": ("Retired the legacy queue", "Migrated consumers to Kafka.", "", ("kafka",)),
}

QUERIES = [
    ("kube", {"k8s", "cert"}),  # prefix of a title, body and tag word
    ("BILLING", {"helm", "lead"}),
    ("tracing rollout", {"tracing"}),
    ("oncall", {"incident", "docs"}),  # tags only: "on-call" in a body is two words
    ("percent", {"tracing", "pay"}),  # measurable result and body
    ("migr", {"postgres", "queue"}),
    ("team", {"award", "lead", "incident"}),  # "teams" starts with "team"
    ("cloud cost", {"budget"}),
    ("3x", {"postgres"}),
    ("kube billing", set()),
]


@pytest.fixture
def search_corpus(journal: Journal) -> dict[int, str]:
    names = {}
    for i, (key, (title, body, result, tags)) in enumerate(CORPUS.items()):
        record = add(
            journal,
            title,
            body=body,
            measurable_result=result,
            tags=tags,
            occurred_on=D(2020, 1, 1) + dt.timedelta(days=30 * i),
        )
        names[record.id] = key
    return names


def test_fixed_corpus_gives_the_same_answers_on_every_backend(
    journal: Journal, search_corpus: dict[int, str]
) -> None:
    """Every query of QUERIES on both backends (one corpus per backend keeps the suite quick)."""
    wrong = {}
    for query, expected in QUERIES:
        by_search = {search_corpus[e.id] for e in journal.entries.search(query, limit=None)}
        by_filter = {search_corpus[e.id] for e in journal.entries.list(EntryQuery(text=query))}
        if by_search != expected or by_filter != expected:
            wrong[query] = (by_search, by_filter, expected)
    assert wrong == {}


SPLITTING_AND_FOLDING = [
    ("Café culture talk", "cafe"),
    ("Résumé refresh", "resume"),
    ("Moved the site to example.com", "com"),
    ("Node.js service", "js"),
    ("Upgraded to Python 3.12", "12"),
    ("Paths under /usr/local/bin", "local"),
]


def test_search_splits_and_folds_words_alike_on_both_backends(journal: Journal) -> None:
    records = {query: add(journal, title).id for title, query in SPLITTING_AND_FOLDING}
    missed = [query for query, entry_id in records.items() if found(journal, query) != {entry_id}]
    assert missed == []
