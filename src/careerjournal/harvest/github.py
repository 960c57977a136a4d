"""Merged pull requests and reviews from JSON saved from GitHub or GitLab.

The user saves what `gh` or `glab` prints (or a REST / GraphQL answer) and picks the files; the
shape is recognised by content, never by file name:

1. `gh pr list --state merged --json number,title,mergedAt,url,...`: a list of pull requests;
2. `gh search prs --merged --json number,title,closedAt,url,repository`, and REST pull lists
   (`merged_at`, `html_url`, `user.login`), also a REST search answer (`{"items": [...]}`);
3. a GraphQL answer: `contributionsCollection` of `user` or `viewer` (pull requests and reviews
   given, also the "...ByRepository" variants), or a `search` of pull requests;
4. GitLab merge requests (`/merge_requests?state=merged`, `glab mr list -F json`).

A merged pull request becomes one candidate, fingerprinted like the git harvester fingerprints
its merge commit, so the same work found in a repository and here is shown once. Reviews given
become one candidate per ISO week, gathered over every file of one harvest (exports that overlap
in time give the week once). Nothing here touches the network.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from ..domain.enums import EntryKind, HarvestSource
from ..interchange.errors import ImportProblem
from ..interchange.safety import check_size, decode, parse_json
from .found import EVIDENCE_LINE_MAX, Found, HarvestReport, Link, Skipped, clip, fingerprint_of

MAX_BYTES = 20 * 1024 * 1024
MAX_TAGS = 20
MAX_ITEMS = 50_000  # pull requests and reviews read per file

# The repository part of a pull / merge request address: github.com/o/r/pull/12,
# gitlab.com/group/sub/proj/-/merge_requests/7 (also api.github.com/repos/o/r/pulls/12).
_REPO_IN_URL = re.compile(
    r"^https?://[^/\s]+/(?:repos/)?(?P<repo>[^\s?#]+?)/(?:-/)?(?:pull|pulls|merge_requests)/\d+"
)

_LOGIN = re.compile(r"[^\s@]+")  # a GitHub or GitLab user name, not an email or full name
_ISSUE_URL = re.compile(r"/issues/\d+(?:$|[?#])")


@dataclass(frozen=True)
class _Pull:
    number: int
    title: str
    merged_on: dt.date
    url: str
    repo: str
    sign: str  # "#" on GitHub, "!" for a GitLab merge request
    additions: int | None
    deletions: int | None
    labels: tuple[str, ...]

    @property
    def ref(self) -> str:
        return f"{self.repo}{self.sign}{self.number}" if self.repo else f"{self.sign}{self.number}"


@dataclass(frozen=True)
class _Review:
    occurred_on: dt.date
    ref: str
    title: str
    url: str
    state: str
    repo: str
    identity: str  # the same review in two files is counted once
    origin: str


def harvest(
    files: Sequence[Path], *, logins: Sequence[str] = (), since: dt.date | None = None
) -> HarvestReport:
    """Read each file; a file that cannot be read or understood is skipped with a reason."""
    report = HarvestReport()
    wanted = _wanted(logins)
    reviews: dict[str, _Review] = {}
    for path in files:
        for review in _harvest_file(Path(path), report, wanted, since):
            reviews.setdefault(review.identity, review)
    report.found.extend(_weekly_reviews(reviews.values()))
    return report


def _harvest_file(
    path: Path, report: HarvestReport, wanted: frozenset[str], since: dt.date | None
) -> list[_Review]:
    """Add the file's merged pull requests to `report`; return its reviews (grouped later)."""
    where = str(path)
    loaded = _load(path)
    if isinstance(loaded, Skipped):
        report.skipped.append(loaded)
        return []
    data, info = loaded
    report.states[where] = {"size": info.st_size, "mtime_ns": info.st_mtime_ns}
    shape = _shape(data)
    if shape is None:
        report.skipped.append(Skipped(where, "unknown_shape", _shape_detail(data)))
        return []
    pulls, review_nodes = shape
    if len(pulls) + len(review_nodes) > MAX_ITEMS:
        detail = f"more than {MAX_ITEMS} pull requests and reviews; the rest were not read"
        report.skipped.append(Skipped(where, "too_many_rows", detail))
        pulls = pulls[:MAX_ITEMS]
        review_nodes = review_nodes[: MAX_ITEMS - len(pulls)]
    seen: set[str] = set()
    for item, repo_hint in pulls:
        report.read += 1
        if wanted and (names := _author(item)) and names.isdisjoint(wanted):
            continue
        pull = _pull(item, repo_hint, where, report)
        if pull is None or (since is not None and pull.merged_on < since):
            continue
        found = _pull_found(pull, where)
        if found.key not in seen:  # GraphQL lists a pull request under two headings
            seen.add(found.key)
            report.found.append(found)
    reviews = []
    for node, repo_hint in review_nodes:
        report.read += 1
        review = _review(node, repo_hint, where, report)
        if review is not None and (since is None or review.occurred_on >= since):
            reviews.append(review)
    return reviews


def _load(path: Path) -> tuple[Any, os.stat_result] | Skipped:
    """The file's JSON and its stat, or why it was skipped (bounded like every import)."""
    where = str(path)
    try:
        check_size(path, MAX_BYTES)
        info = path.stat()
    except ImportProblem as exc:
        # check_size refuses a file it can stat only for its size.
        return Skipped(where, "too_large" if path.is_file() else "unreadable", exc.problem)
    except OSError as exc:
        return Skipped(where, "unreadable", exc.strerror or str(exc))
    if not stat.S_ISREG(info.st_mode):  # pragma: no cover - check_size refused it
        return Skipped(where, "unreadable", "is not a file")
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return Skipped(where, "unreadable", exc.strerror or str(exc))
    if len(raw) > MAX_BYTES:  # it grew since it was measured
        return Skipped(where, "too_large", f"files over {MAX_BYTES // 2**20} MB are not read")
    try:
        text = decode(raw, path)
    except ImportProblem as exc:
        return Skipped(where, "not_utf8", exc.problem)
    try:
        return parse_json(text, path), info
    except ImportProblem as exc:
        detail = f"{exc.problem} ({exc.where})" if exc.where else exc.problem
        return Skipped(where, "malformed", detail)


# --- shapes ---------------------------------------------------------------------------------

_Items = list[tuple[dict[str, Any], str]]  # (object, the repository named around it)


def _shape(data: Any) -> tuple[_Items, _Items] | None:
    """(pull request objects, review contribution nodes), or None when the shape is unknown."""
    if isinstance(data, dict) and "data" in data:
        return _graphql(data["data"])
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        data = data["items"]  # a REST search answer
    if not isinstance(data, list):
        return None
    if data and all(isinstance(page, list) for page in data):
        data = [item for page in data for item in page]  # `gh api --paginate --slurp`
    items = [item for item in data if _looks_like_pull(item)]
    if data and not items:
        return None
    return [(item, "") for item in items], []


def _looks_like_pull(item: Any) -> TypeGuard[dict[str, Any]]:
    if not isinstance(item, dict) or not isinstance(item.get("title"), str):
        return False
    number = item.get("iid", item.get("number"))
    return isinstance(number, int) and not isinstance(number, bool)


def _graphql(body: Any) -> tuple[_Items, _Items] | None:
    if not isinstance(body, dict):
        return None
    search = body.get("search")
    if isinstance(search, dict):
        return [(node, "") for node in _nodes(search) if _looks_like_pull(node)], []
    for holder in ("viewer", "user"):
        person = body.get(holder)
        if isinstance(person, dict) and isinstance(person.get("contributionsCollection"), dict):
            collection = person["contributionsCollection"]
            break
    else:
        return None
    pulls = [
        (node["pullRequest"], hint)
        for node, hint in _contributions(collection, "pullRequestContributions")
        if _looks_like_pull(node.get("pullRequest"))
    ]
    reviews = list(_contributions(collection, "pullRequestReviewContributions"))
    return pulls, reviews


def _contributions(collection: dict[str, Any], name: str) -> Iterator[tuple[dict[str, Any], str]]:
    """The nodes of `name` and of `name`ByRepository, with the repository each group names."""
    plain = collection.get(name)
    groups: list[tuple[Any, str]] = [(plain, "")] if isinstance(plain, dict) else []
    by_repo = collection.get(name + "ByRepository")
    for group in by_repo if isinstance(by_repo, list) else []:
        if isinstance(group, dict):
            groups.append((group.get("contributions"), _repo_of(group)))
    for connection, hint in groups:
        for node in _nodes(connection):
            yield node, hint


def _nodes(connection: Any) -> list[dict[str, Any]]:
    """A GraphQL connection's `nodes`, or its `edges[].node`."""
    if not isinstance(connection, dict):
        return []
    nodes = connection.get("nodes")
    if not isinstance(nodes, list):
        edges = connection.get("edges")
        nodes = (
            [e.get("node") for e in edges if isinstance(e, dict)] if isinstance(edges, list) else []
        )
    return [node for node in nodes if isinstance(node, dict)]


def _shape_detail(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("errors"), list) and data["errors"]:
        first = data["errors"][0]
        message = first.get("message") if isinstance(first, dict) else first
        return clip(f"the answer holds an error: {message}", EVIDENCE_LINE_MAX)
    return (
        "expected a list of pull or merge requests, or a GraphQL contributions answer; "
        f"found {type(data).__name__}"
    )


# --- pull requests --------------------------------------------------------------------------


def _pull(item: dict[str, Any], repo_hint: str, where: str, report: HarvestReport) -> _Pull | None:
    """The merged pull (or merge) request `item` describes, or None when it is not merged."""
    gitlab = "iid" in item
    number = item["iid"] if gitlab else item["number"]
    # REST's `url` is the API's address; gh's `url` and REST's `html_url` are the page.
    url = _text(item.get("web_url") if gitlab else item.get("html_url") or item.get("url"))
    repo = _repo_of(item) or repo_hint or _repo_in_url(url)
    if (not url and not repo) or _ISSUE_URL.search(url):
        return None  # an issue list saved by mistake is not merged work
    stamp = _merged_stamp(item)
    if stamp is None:
        return None
    merged_on = _utc_date(stamp)
    sign = "!" if gitlab else "#"
    if merged_on is None:
        ref = f"{repo}{sign}{number}"
        report.skipped.append(Skipped(where, "bad_date", clip(f"{ref}: {stamp}", 200)))
        return None
    return _Pull(
        number=number,
        title=clip(item["title"]) or f"{repo}{sign}{number}",
        merged_on=merged_on,
        url=url,
        repo=repo,
        sign=sign,
        additions=_count(item.get("additions")),
        deletions=_count(item.get("deletions")),
        labels=_labels(item.get("labels")),
    )


def _merged_stamp(item: dict[str, Any]) -> str | None:
    """When it was merged (as written), or None for an open or closed-unmerged request.

    gh writes `mergedAt: null` for an unmerged pull request; `gh search prs` has no merge time
    but says `state: "merged"` and the time in `closedAt` (the zero time "0001-01-01T00:00:00Z"
    when not closed); REST search answers keep it under `pull_request.merged_at`.
    """
    if item.get("merged") is False:
        return None
    state = item.get("state")
    state = state.casefold() if isinstance(state, str) else ""
    nested = item.get("pull_request")
    for holder in (item, nested if isinstance(nested, dict) else {}):
        for name in ("mergedAt", "merged_at"):
            if name in holder:
                value = holder[name]
                if isinstance(value, str) and not _is_zero(value):
                    return value
                if not (value is None and state == "merged"):  # GitLab can forget merged_at
                    return None
    if state and state != "merged":
        return None
    for name in ("closedAt", "closed_at", "updated_at", "updatedAt"):
        value = item.get(name)
        if isinstance(value, str) and not _is_zero(value):
            return value
    return None


def _pull_found(pull: _Pull, origin: str) -> Found:
    facts: dict[str, Any] = {"pull_request": pull.number, "repository": pull.repo}
    evidence = [pull.ref]
    if pull.additions is not None and pull.deletions is not None:
        facts["additions"], facts["deletions"] = pull.additions, pull.deletions
        evidence.append(f"+{pull.additions} −{pull.deletions}")
    return Found(
        source=HarvestSource.GITHUB,
        key=pull.url or pull.ref,
        occurred_on=pull.merged_on,
        title=pull.title,
        kind=EntryKind.PROJECT,
        impact=_impact(pull.additions, pull.deletions),
        tags=pull.labels,
        evidence=tuple(clip(line, EVIDENCE_LINE_MAX) for line in evidence),
        links=(Link(pull.url, pull.ref),) if pull.url else (),
        origin=origin,
        fingerprint=fingerprint_of("pr", pull.number, pull.title),
        facts=facts,
    )


def _impact(additions: int | None, deletions: int | None) -> int:
    if additions is None or deletions is None:
        return 2
    size = additions + deletions
    return 2 if size < 50 else 3 if size < 500 else 4


# --- reviews --------------------------------------------------------------------------------


def _review(
    node: dict[str, Any], repo_hint: str, where: str, report: HarvestReport
) -> _Review | None:
    pull = node.get("pullRequest")
    review = node.get("pullRequestReview")
    review = review if isinstance(review, dict) else {}
    if not _looks_like_pull(pull):
        return None
    url = _text(pull.get("url"))
    repo = _repo_of(pull) or repo_hint or _repo_in_url(url)
    ref = f"{repo}#{pull['number']}"
    stamp = next(
        (
            value
            for value in (
                node.get("occurredAt"),
                review.get("submittedAt"),
                review.get("occurredAt"),
                review.get("createdAt"),
            )
            if isinstance(value, str)
        ),
        "",
    )
    occurred_on = _utc_date(stamp)
    if occurred_on is None:
        report.skipped.append(Skipped(where, "bad_date", clip(f"{ref}: {stamp}", 200)))
        return None
    state = _text(review.get("state"))
    review_url = _text(review.get("url"))
    return _Review(
        occurred_on=occurred_on,
        ref=ref,
        title=clip(pull["title"]),
        url=url or review_url,
        state=state,
        repo=repo,
        identity=review_url or f"{url or ref}|{stamp}|{state}",
        origin=where,
    )


def _weekly_reviews(reviews: Iterable[_Review]) -> list[Found]:
    """One candidate per ISO week: the pull requests reviewed that week."""
    weeks: dict[tuple[int, int], list[_Review]] = {}
    for review in reviews:
        year, week, _ = review.occurred_on.isocalendar()
        weeks.setdefault((year, week), []).append(review)
    found = []
    for (year, week), group in sorted(weeks.items()):
        group.sort(key=lambda r: (r.occurred_on, r.ref, r.state))
        titles = list(dict.fromkeys(r.title for r in group))
        links = list(dict.fromkeys(Link(r.url, r.ref) for r in group if r.url))
        week_key = f"{year}-W{week:02d}"
        found.append(
            Found(
                source=HarvestSource.GITHUB,
                key=f"reviews:{week_key}",
                occurred_on=max(r.occurred_on for r in group),
                title=clip("; ".join(titles)),
                kind=EntryKind.RESPONSIBILITY,
                evidence=tuple(_review_line(r) for r in group),
                links=tuple(links),
                origin=group[0].origin,
                fingerprint=fingerprint_of("reviews", week_key),
                facts={
                    "reviews": len(group),
                    "repositories": sorted({r.repo for r in group if r.repo}),
                },
            )
        )
    return found


def _review_line(review: _Review) -> str:
    state = f" [{review.state}]" if review.state else ""
    return clip(f"{review.ref} {review.title}{state}", EVIDENCE_LINE_MAX)


# --- values ---------------------------------------------------------------------------------


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _count(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    return None


def _is_zero(stamp: str) -> bool:
    """Go's zero time, which gh writes for a time that is not set."""
    return stamp.startswith("0001-01-01")


def _utc_date(stamp: str) -> dt.date | None:
    """The UTC date of an ISO 8601 timestamp (a time without an offset is taken as UTC)."""
    try:
        moment = dt.datetime.fromisoformat(stamp.strip())
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return moment.date()


def _repo_of(item: dict[str, Any]) -> str:
    """The "owner/name" an object names: GraphQL/gh `repository`, REST `base.repo`, GitLab
    `references.full` ("group/project!12")."""
    repository = item.get("repository")
    if isinstance(repository, dict):
        name = _text(repository.get("nameWithOwner")) or _text(repository.get("full_name"))
        if name:
            return name
    base = item.get("base")
    if isinstance(base, dict) and isinstance(base.get("repo"), dict):
        name = _text(base["repo"].get("full_name"))
        if name:
            return name
    references = item.get("references")
    if isinstance(references, dict):
        full = _text(references.get("full"))
        if "!" in full:
            return full.rpartition("!")[0]
    return ""


def _repo_in_url(url: str) -> str:
    match = _REPO_IN_URL.match(url)
    return match["repo"] if match else ""


def _wanted(logins: Sequence[str]) -> frozenset[str]:
    """Who "you" are, casefolded, or nothing to filter by.

    The list may mix logins with the emails and full names the git reader uses. Only a login
    can rule a pull request out (REST data names nobody by full name): a list without any
    (no entry free of spaces and "@") filters nothing.
    """
    names = frozenset(
        login.strip().removeprefix("@").casefold() for login in logins if login.strip()
    )
    return names if any(_LOGIN.fullmatch(name) for name in names) else frozenset()


def _author(item: dict[str, Any]) -> frozenset[str]:
    """The author's login and name as the data gives them (casefolded); empty when unnamed."""
    for holder in ("author", "user"):
        person = item.get(holder)
        if isinstance(person, dict):
            login = _text(person.get("login")) or _text(person.get("username"))
            if login:
                name = _text(person.get("name"))
                return frozenset(n.casefold() for n in (login, name) if n)
    return frozenset()


def _labels(value: Any) -> tuple[str, ...]:
    """Label names, lower-cased: gh's [{"name"}], GraphQL's {"nodes": [...]}, GitLab's [str]."""
    if isinstance(value, dict):
        value = _nodes(value)
    names: list[str] = []
    for label in value if isinstance(value, list) else []:
        name = label.get("name") if isinstance(label, dict) else label
        if isinstance(name, str) and (tag := clip(name, 60).casefold()):
            names.append(tag)
    return tuple(dict.fromkeys(names))[:MAX_TAGS]
