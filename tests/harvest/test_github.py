"""Merged pull requests and reviews from saved gh / REST / GraphQL / GitLab JSON.

The fixtures in tests/data/harvest are what the commands print (trimmed), nulls included.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from careerjournal.domain.enums import EntryKind, HarvestSource
from careerjournal.harvest import github
from careerjournal.harvest.found import Found, HarvestReport, Link, Skipped

DATA = Path(__file__).resolve().parents[1] / "data" / "harvest"
PR_LIST = DATA / "github_pr_list.json"
SEARCH = DATA / "github_search_prs.json"
REST = DATA / "github_rest_pulls.json"
CONTRIBUTIONS = DATA / "github_graphql_contributions.json"
BY_REPOSITORY = DATA / "github_graphql_by_repository.json"
GITLAB = DATA / "gitlab_merge_requests.json"


def summary(report: HarvestReport) -> list[tuple[str, str, int, tuple[str, ...]]]:
    """(key, date, impact, tags) of each candidate, in the order found."""
    return [(f.key, f.occurred_on.isoformat(), f.impact, f.tags) for f in report.found]


def write(folder: Path, name: str, value: object) -> Path:
    path = folder / name
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def test_gh_pr_list_gives_each_merged_pull_request() -> None:
    report = github.harvest([PR_LIST])

    assert report.found[0] == Found(
        source=HarvestSource.GITHUB,
        key="https://github.com/acme/billing-service/pull/482",
        occurred_on=dt.date(2024, 3, 4),
        title="Fix rounding of VAT on credit notes",
        kind=EntryKind.PROJECT,
        impact=2,
        tags=(),
        evidence=("acme/billing-service#482", "+12 −3"),
        links=(
            Link("https://github.com/acme/billing-service/pull/482", "acme/billing-service#482"),
        ),
        origin=str(PR_LIST),
        fingerprint="pr|482|fix-rounding-of-vat-on-credit-notes",
        facts={
            "pull_request": 482,
            "repository": "acme/billing-service",
            "additions": 12,
            "deletions": 3,
        },
    )
    # Sizes: 15 lines → 2, 325 → 3, 1582 → 4, 8 → 2. #495 (mergedAt null) is not merged.
    assert summary(report) == [
        ("https://github.com/acme/billing-service/pull/482", "2024-03-04", 2, ()),
        (
            "https://github.com/acme/billing-service/pull/490",
            "2024-03-06",
            3,
            ("performance", "backend"),
        ),
        ("https://github.com/acme/billing-service/pull/501", "2024-03-11", 4, ("feature",)),
        ("https://github.com/acme/billing-service/pull/488", "2024-03-05", 2, ("dependencies",)),
    ]
    assert all(f.kind is EntryKind.PROJECT for f in report.found)
    assert report.skipped == []
    assert report.read == 5
    info = PR_LIST.stat()
    assert report.states == {str(PR_LIST): {"size": info.st_size, "mtime_ns": info.st_mtime_ns}}


def test_logins_keep_only_what_the_named_people_wrote() -> None:
    keys = [f.key for f in github.harvest([PR_LIST], logins=["@Mara-K"]).found]
    assert keys == [
        "https://github.com/acme/billing-service/pull/482",
        "https://github.com/acme/billing-service/pull/490",
        "https://github.com/acme/billing-service/pull/501",
    ]  # not dependabot's #488
    rest = github.harvest([REST], logins=["mara-k"]).found
    assert [f.key for f in rest] == ["https://github.com/acme/web-shop/pull/1203"]
    gitlab = github.harvest([GITLAB], logins=["mara.keller"]).found
    assert [f.facts["pull_request"] for f in gitlab] == [57, 12]  # not other.dev's !60
    # Data that names no author (gh search without the author field) is kept.
    assert len(github.harvest([SEARCH], logins=["someone-else"]).found) == 2


def test_logins_mixed_with_emails_and_names() -> None:
    """The rescan passes the git identities too: a full name matches gh's author name, and a
    list without any login filters nothing (REST data names nobody by full name)."""
    mixed = ["mara@acme.example", "Mara Keller", "mara.k@gmail.com", "octo-cat"]
    keys = [f.key for f in github.harvest([PR_LIST], logins=mixed).found]
    assert keys == [
        "https://github.com/acme/billing-service/pull/482",
        "https://github.com/acme/billing-service/pull/490",
        "https://github.com/acme/billing-service/pull/501",
    ]
    no_login = ["mara@acme.example", "Mara Keller"]
    assert len(github.harvest([REST], logins=no_login).found) == 2
    assert len(github.harvest([REST], logins=[*no_login, "octo-cat"]).found) == 0


def test_gh_search_prs_is_dated_by_closed_at_and_skips_the_zero_time() -> None:
    report = github.harvest([SEARCH])
    assert summary(report) == [
        ("https://github.com/acme/billing-service/pull/482", "2024-03-04", 2, ()),
        ("https://github.com/acme/docs/pull/77", "2024-02-27", 2, ()),
    ]  # #80 has closedAt "0001-01-01T00:00:00Z": gh's way of saying "not closed"
    docs = report.found[1]
    assert docs.facts == {"pull_request": 77, "repository": "acme/docs"}  # size unknown
    assert docs.evidence == ("acme/docs#77",)
    assert docs.links == (Link("https://github.com/acme/docs/pull/77", "acme/docs#77"),)


def test_gh_search_prs_state_decides_when_present(tmp_path: Path) -> None:
    item = {
        "closedAt": "2024-03-01T10:00:00Z",
        "number": 5,
        "repository": {"name": "api", "nameWithOwner": "acme/api"},
        "title": "Closed without merging",
        "url": "https://github.com/acme/api/pull/5",
    }
    merged = {**item, "number": 6, "state": "merged", "url": "https://github.com/acme/api/pull/6"}
    path = write(tmp_path, "search.json", [{**item, "state": "closed"}, merged])
    assert [f.facts["pull_request"] for f in github.harvest([path]).found] == [6]


def test_rest_pulls_use_the_page_address_and_skip_the_unmerged() -> None:
    report = github.harvest([REST])
    assert summary(report) == [
        ("https://github.com/acme/web-shop/pull/1203", "2024-03-08", 2, ("ux",)),
        ("https://github.com/acme/web-shop/pull/1207", "2024-03-09", 2, ()),
    ]  # #1199: merged_at null
    assert report.found[0].facts == {"pull_request": 1203, "repository": "acme/web-shop"}


def test_graphql_contributions_give_pull_requests_and_reviews_per_week() -> None:
    report = github.harvest([CONTRIBUTIONS, BY_REPOSITORY])

    pulls = [f for f in report.found if f.kind is EntryKind.PROJECT]
    assert [(f.key, f.origin, f.impact) for f in pulls] == [
        ("https://github.com/acme/ledger/pull/31", str(CONTRIBUTIONS), 3),  # 430 lines
        ("https://github.com/acme/ledger/pull/31", str(BY_REPOSITORY), 3),
        ("acme/ledger#40", str(BY_REPOSITORY), 2),  # no address: the reference is the key
    ]  # #35 is not merged
    assert (
        pulls[0].fingerprint == pulls[1].fingerprint == "pr|31|split-ledger-posting-into-two-phases"
    )
    assert pulls[2].links == ()
    assert pulls[2].facts == {
        "pull_request": 40,
        "repository": "acme/ledger",  # from the group it is listed under
        "additions": 20,
        "deletions": 5,
    }

    reviews = [f for f in report.found if f.kind is EntryKind.RESPONSIBILITY]
    assert reviews == [
        Found(
            source=HarvestSource.GITHUB,
            key="reviews:2024-W10",
            occurred_on=dt.date(2024, 3, 8),
            title="Add Klarna as a payment method; Nightly reconciliation job",
            kind=EntryKind.RESPONSIBILITY,
            impact=2,
            evidence=(
                "acme/web-shop#1210 Add Klarna as a payment method [CHANGES_REQUESTED]",
                "acme/web-shop#1210 Add Klarna as a payment method [APPROVED]",
                "acme/ledger#33 Nightly reconciliation job [COMMENTED]",  # dated by submittedAt
            ),
            links=(
                Link("https://github.com/acme/web-shop/pull/1210", "acme/web-shop#1210"),
                Link("https://github.com/acme/ledger/pull/33", "acme/ledger#33"),
            ),
            origin=str(CONTRIBUTIONS),
            fingerprint="reviews|2024-w10",
            facts={"reviews": 3, "repositories": ["acme/ledger", "acme/web-shop"]},
        ),
        Found(
            source=HarvestSource.GITHUB,
            key="reviews:2024-W11",
            occurred_on=dt.date(2024, 3, 14),
            title="Remove the legacy CSV import; Speed up the trial balance query",
            kind=EntryKind.RESPONSIBILITY,
            impact=2,
            evidence=(
                "acme/ledger#36 Remove the legacy CSV import [APPROVED]",  # in both files: once
                "acme/ledger#38 Speed up the trial balance query [COMMENTED]",
            ),
            links=(
                Link("https://github.com/acme/ledger/pull/36", "acme/ledger#36"),
                Link("https://github.com/acme/ledger/pull/38", "acme/ledger#38"),
            ),
            origin=str(CONTRIBUTIONS),
            fingerprint="reviews|2024-w11",
            facts={"reviews": 2, "repositories": ["acme/ledger"]},
        ),
    ]
    assert report.read == 2 + 4 + 2 + 2
    assert set(report.states) == {str(CONTRIBUTIONS), str(BY_REPOSITORY)}


def test_the_same_pull_request_in_two_files_gives_one_fingerprint() -> None:
    report = github.harvest([PR_LIST, SEARCH])
    same = [f for f in report.found if f.facts["pull_request"] == 482]
    assert [f.origin for f in same] == [str(PR_LIST), str(SEARCH)]
    assert {f.fingerprint for f in same} == {"pr|482|fix-rounding-of-vat-on-credit-notes"}
    assert {f.key for f in same} == {"https://github.com/acme/billing-service/pull/482"}


def test_gitlab_merge_requests() -> None:
    report = github.harvest([GITLAB])
    ref = "platform/notifications!57"
    url = "https://gitlab.example.com/platform/notifications/-/merge_requests/57"
    assert report.found[0] == Found(
        source=HarvestSource.GITHUB,
        key=url,
        occurred_on=dt.date(2024, 3, 7),  # 00:30 at +01:00 is the 7th in UTC
        title="Retry webhook deliveries with backoff",
        kind=EntryKind.PROJECT,
        impact=2,  # GitLab's list gives no line counts
        tags=("backend", "reliability"),
        evidence=(ref,),
        links=(Link(url, ref),),
        origin=str(GITLAB),
        fingerprint="pr|57|retry-webhook-deliveries-with-backoff",
        facts={"pull_request": 57, "repository": "platform/notifications"},
    )
    # !58 is open; !12 is merged but old GitLab left merged_at empty: dated by its last update.
    assert [(f.facts["pull_request"], f.occurred_on.isoformat()) for f in report.found] == [
        (57, "2024-03-07"),
        (12, "2019-06-03"),
        (60, "2024-03-10"),
    ]


def test_since_leaves_out_older_work() -> None:
    report = github.harvest([PR_LIST, CONTRIBUTIONS], since=dt.date(2024, 3, 6))
    assert [f.key for f in report.found] == [
        "https://github.com/acme/billing-service/pull/490",
        "https://github.com/acme/billing-service/pull/501",
        "https://github.com/acme/ledger/pull/31",
        "reviews:2024-W10",
        "reviews:2024-W11",
    ]
    week = report.found[3]
    assert week.facts["reviews"] == 2  # the review of the 5th is before `since`
    assert week.title == "Add Klarna as a payment method; Nightly reconciliation job"


def test_a_paginated_rest_answer_and_a_search_answer(tmp_path: Path) -> None:
    pull = json.loads(REST.read_text(encoding="utf-8"))[0]
    slurped = write(tmp_path, "pages.json", [[pull], []])
    issue = {
        "number": 9,
        "title": "Checkout: show the VAT breakdown",
        "html_url": "https://github.com/acme/web-shop/pull/9",
        "state": "closed",
        "pull_request": {"merged_at": "2024-03-02T10:00:00Z", "html_url": "…"},
        "repository_url": "https://api.github.com/repos/acme/web-shop",
    }
    searched = write(tmp_path, "search.json", {"total_count": 1, "items": [issue]})
    report = github.harvest([slurped, searched])
    assert summary(report) == [
        ("https://github.com/acme/web-shop/pull/1203", "2024-03-08", 2, ("ux",)),
        ("https://github.com/acme/web-shop/pull/9", "2024-03-02", 2, ()),
    ]


def test_an_issue_list_saved_by_mistake_gives_nothing(tmp_path: Path) -> None:
    issues = [
        {
            "number": 3,
            "title": "Crash on login",
            "closedAt": "2024-03-01T10:00:00Z",
            "url": "https://github.com/acme/api/issues/3",
        }
    ]
    report = github.harvest([write(tmp_path, "issues.json", issues)])
    assert report.found == []


def test_an_empty_answer_is_no_problem(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.json", [])
    report = github.harvest([path])
    assert (report.found, report.skipped, list(report.states)) == ([], [], [str(path)])


def test_files_that_cannot_be_used_are_skipped_with_a_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('[{"number": 1, "title": "x",', encoding="utf-8")
    error = write(tmp_path, "error.json", {"message": "Bad credentials", "status": "401"})
    graphql_error = write(
        tmp_path,
        "graphql.json",
        {"data": None, "errors": [{"type": "NOT_FOUND", "message": "Could not resolve to a User"}]},
    )
    numbers = write(tmp_path, "numbers.json", [1, 2, 3])
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('[{"title": "Caf\u00e9"}]'.encode("latin-1"))
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100 + "]" * 100, encoding="utf-8")
    missing = tmp_path / "missing.json"
    big = tmp_path / "big.json"
    shutil.copy(PR_LIST, big)
    monkeypatch.setattr(github, "MAX_BYTES", 1000)

    report = github.harvest([broken, error, graphql_error, numbers, latin1, deep, missing, big])

    assert report.found == []
    assert [(s.where, s.reason) for s in report.skipped] == [
        (str(broken), "malformed"),
        (str(error), "unknown_shape"),
        (str(graphql_error), "unknown_shape"),
        (str(numbers), "unknown_shape"),
        (str(latin1), "not_utf8"),
        (str(deep), "malformed"),
        (str(missing), "unreadable"),
        (str(big), "too_large"),
    ]
    details = [s.detail for s in report.skipped]
    assert details[0].startswith("is not valid JSON")
    assert "line 1" in details[0]
    assert details[2] == "the answer holds an error: Could not resolve to a User"
    assert "offset 15" in details[4]  # the é
    assert "nests deeper than 64 levels" in details[5]
    # The files that were read are remembered, even when their shape is unknown.
    assert set(report.states) == {str(error), str(graphql_error), str(numbers)}


def test_an_unreadable_date_is_skipped_and_named(tmp_path: Path) -> None:
    pulls = [
        {
            "number": 7,
            "title": "Bad date",
            "mergedAt": "last Tuesday",
            "url": "https://github.com/acme/api/pull/7",
        },
        {
            "number": 8,
            "title": "Good date",
            "mergedAt": "2024-03-01T10:00:00+05:30",
            "url": "https://github.com/acme/api/pull/8",
        },
    ]
    path = write(tmp_path, "dates.json", pulls)
    report = github.harvest([path])
    assert [f.facts["pull_request"] for f in report.found] == [8]
    assert report.found[0].occurred_on == dt.date(2024, 3, 1)
    assert report.skipped == [Skipped(str(path), "bad_date", "acme/api#7: last Tuesday")]


def test_a_long_title_is_clipped_to_one_line(tmp_path: Path) -> None:
    pull = {
        "number": 1,
        "title": "Line one\nline two " + "x" * 1000,
        "mergedAt": "2024-03-01T10:00:00Z",
        "url": "https://github.com/acme/api/pull/1",
    }
    found = github.harvest([write(tmp_path, "long.json", [pull])]).found[0]
    assert len(found.title) == 300
    assert found.title.startswith("Line one line two xxx")
    assert found.title.endswith("…")


def test_a_graphql_search_and_a_pull_request_listed_twice_in_one_answer(tmp_path: Path) -> None:
    pull = {
        "number": 9,
        "title": "Speed up the nightly export",
        "mergedAt": "2024-03-02T10:00:00Z",
        "url": "https://github.com/acme/api/pull/9",
        "additions": 700,
        "deletions": 20,
        "author": {"login": "mara-k"},
    }
    search = write(tmp_path, "search.json", {"data": {"search": {"nodes": [pull, {}]}}})
    collection = {
        "pullRequestContributions": {"nodes": [{"pullRequest": pull}]},
        "pullRequestContributionsByRepository": [
            {
                "repository": {"nameWithOwner": "acme/api"},
                "contributions": {"nodes": [{"pullRequest": pull}]},
            }
        ],
    }
    twice = write(
        tmp_path, "twice.json", {"data": {"user": {"contributionsCollection": collection}}}
    )
    report = github.harvest([search, twice], logins=["mara-k"])
    assert [(f.key, f.origin, f.impact) for f in report.found] == [
        ("https://github.com/acme/api/pull/9", str(search), 4),
        ("https://github.com/acme/api/pull/9", str(twice), 4),
    ]


def test_a_file_with_too_many_items_is_cut(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(github, "MAX_ITEMS", 2)
    pulls = [
        {
            "number": n,
            "title": f"Change {n}",
            "mergedAt": "2024-03-01T10:00:00Z",
            "url": f"https://github.com/acme/api/pull/{n}",
        }
        for n in range(1, 6)
    ]
    path = write(tmp_path, "many.json", pulls)
    report = github.harvest([path])
    assert [f.facts["pull_request"] for f in report.found] == [1, 2]
    assert report.skipped == [
        Skipped(
            str(path),
            "too_many_rows",
            "more than 2 pull requests and reviews; the rest were not read",
        )
    ]
