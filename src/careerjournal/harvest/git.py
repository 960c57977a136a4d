"""Harvest git: the user's commits in local repositories, grouped into candidate entries.

`harvest()` finds the repositories under some folders (`git_repos`), reads each with one
`git log` (`git_log`) and groups the user's work: a merged pull/merge request is one candidate,
conventional `feat:`/`fix:` commits one per type, scope and ISO week, the rest one per week, and
release tags one each. Keys hold the repository's oldest root commit, never a path, so a moved or
re-cloned repository gives the same keys.

Dates are the author date as the author's own calendar day (git's `--date=short`: the day in the
author's time zone), so work done at 23:30 counts for that evening wherever it is read. A date
after `today` (a clock set wrong) is shown as today; its week key stays the commit's own.

A rescan starts from each repository's state of the last run: when no branch or tag moved, git
is asked for its refs only (one `git for-each-ref`); otherwise only the new commits are read.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..domain.enums import EntryKind, HarvestSource
from .found import (
    EVIDENCE_LINE_MAX,
    EVIDENCE_LINES,
    Found,
    HarvestReport,
    Link,
    Skipped,
    clip,
    fingerprint_of,
)
from .git_log import MAX_COMMITS, Commit, GitError, Ref, brought_in, existing, read_log, read_refs
from .git_repos import find_repositories, git_dir

__all__ = ["find_repositories", "harvest"]

SCOPE_MAX = 60  # characters of a conventional scope kept in a key
TAG_MAX = 200  # characters of a tag name kept in a key

_GITHUB = re.compile(r"^Merge pull request #(\d{1,9}) from (\S+)")
_GITLAB = re.compile(r"^Merge branch '([^']+)'(?: of \S+)? into '?[^']+'?\s*$")
_GITLAB_REQUEST = re.compile(r"See merge request (\S+)!(\d{1,9})")
_CONVENTIONAL = re.compile(r"^(feat|fix)(?:\(([^()]*)\))?!?:\s*\S", re.IGNORECASE)
_PREFIX = re.compile(
    r"^(?:feat|fix|chore|docs|style|refactor|perf|tests?|build|ci|revert)(?:\([^()]*\))?!?:\s*",
    re.IGNORECASE,
)
_WEAK = re.compile(r"^(?:(?:wip|typo)\b|(?:fixup|squash|amend)!)", re.IGNORECASE)


def harvest(
    roots: Sequence[Path],
    authors: Sequence[str],
    *,
    since: dt.date | None = None,
    states: Mapping[str, Mapping[str, Any]] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> HarvestReport:
    """Candidates from the repositories under `roots` for the commits of `authors` (emails or
    names, either matching the author's email or name, case-insensitively).

    `states` is `HarvestReport.states` of the last run (by repository path); `progress` gets
    (repositories done, repositories found) after each; `cancelled()` is asked between
    repositories (and now and then during a long log): a repository cut short keeps no state.
    """
    report = HarvestReport()
    who = frozenset(a.strip().casefold() for a in authors if a.strip())
    context = _Context(who, since, today or dt.date.today(), cancelled)
    repos = _all_repositories(roots, report)
    if not repos:
        return report
    git = shutil.which("git")
    if git is None:
        report.skipped.append(Skipped("git", "no_git"))
        return report
    for done, repo in enumerate(repos, 1):
        if cancelled is not None and cancelled():
            break
        part = _one(git, repo, (states or {}).get(str(repo)), context)
        if part is None:  # cancelled while reading
            break
        report.extend(part)
        if progress is not None:
            progress(done, len(repos))
    return report


@dataclass(frozen=True)
class _Context:
    who: frozenset[str]
    since: dt.date | None
    today: dt.date
    cancelled: Callable[[], bool] | None

    def mine(self, email: str, name: str) -> bool:
        return email.strip().casefold() in self.who or name.strip().casefold() in self.who


def _all_repositories(roots: Iterable[Path], report: HarvestReport) -> list[Path]:
    """Every repository under the roots, once even where roots overlap."""
    repos: list[Path] = []
    seen: set[str] = set()
    for root in roots:
        found, skipped = find_repositories(Path(root))
        report.skipped.extend(skipped)
        for repo in found:
            real = os.path.realpath(repo)
            if real not in seen:
                seen.add(real)
                repos.append(repo)
    return repos


# -- one repository ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Before:
    """What the last run saw of a repository, when it can be trusted for this run."""

    repo_id: str
    tips: list[str]
    since: str | None


def _previous(state: Any, context: _Context) -> _Before | None:
    """The last run's state if it is well formed and was read for the same authors and at
    least as far back; else None (read everything again)."""
    if not isinstance(state, Mapping):
        return None
    repo_id, tips = state.get("repo_id"), state.get("tips")
    if not isinstance(repo_id, str) or not isinstance(tips, list):
        return None
    if not all(isinstance(t, str) for t in tips):
        return None
    if "authors" in state and state["authors"] != sorted(context.who):
        return None
    old_since = state.get("since")
    if old_since is not None:
        if not isinstance(old_since, str):
            return None
        if context.since is None or context.since.isoformat() < old_since:
            return None  # this run wants older history than was read
    return _Before(repo_id, sorted(tips), old_since)


def _one(git: str, repo: Path, state: Any, context: _Context) -> HarvestReport | None:
    """One repository's report; None if cancelled while its log was read."""
    report = HarvestReport()
    where = str(repo)
    try:
        gitdir = git_dir(repo)
        refs = read_refs(git, gitdir)
        tips = sorted({r.target for r in refs})
        before = _previous(state, context)
        if before is not None and before.tips == tips:
            report.states[where] = _state(before.repo_id, tips, context, before.since)
            return report
        revs = list(tips)
        if before is not None and before.repo_id and before.tips:
            kept = set(before.tips) & set(tips)
            kept |= existing(git, gitdir, set(before.tips) - kept)
            revs += [f"^{h}" for h in sorted(kept)]
        else:
            before = None
        log = (
            read_log(git, gitdir, revs, context.who, cancelled=context.cancelled) if tips else None
        )
    except (GitError, OSError, ValueError, RuntimeError) as exc:
        report.skipped.append(Skipped(where, "unreadable", _detail(exc)))
        return report
    commits = log.commits if log is not None else []
    if log is not None:
        if log.cancelled:
            return None
        report.read = log.read
        if log.truncated:
            report.skipped.append(Skipped(where, "too_large", str(MAX_COMMITS)))
    repo_id = before.repo_id if before is not None else _root(commits)
    if repo_id:
        report.found.extend(_candidates(repo, repo_id, commits, context))
        report.found.extend(_tags(repo, repo_id, refs, context))
    report.found.sort(key=lambda f: (f.occurred_on, f.key))
    since = before.since if before is not None else _iso(context.since)
    report.states[where] = _state(repo_id, tips, context, since)
    return report


def _state(repo_id: str, tips: list[str], context: _Context, since: str | None) -> dict[str, Any]:
    return {"repo_id": repo_id, "tips": tips, "authors": sorted(context.who), "since": since}


def _iso(day: dt.date | None) -> str | None:
    return None if day is None else day.isoformat()


def _root(commits: Sequence[Commit]) -> str:
    """The repository's identity: its oldest root commit (git lists the oldest last); the
    oldest commit read if the log was cut short before any root."""
    for commit in reversed(commits):
        if not commit.parents:
            return commit.hash
    return commits[-1].hash if commits else ""


def _detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return clip(exc.strerror, 300)
    return clip(str(exc) or type(exc).__name__, 300)


# -- grouping ------------------------------------------------------------------------------------


def _candidates(repo: Path, repo_id: str, commits: list[Commit], context: _Context) -> list[Found]:
    """Pull requests first (their commits go nowhere else), then conventional and weekly
    groups of the user's other commits."""
    found: list[Found] = []
    in_requests: set[int] = set()
    for merge, taken in brought_in(commits).items():
        request = pull_request(commits[merge])
        if request is None:
            continue
        in_requests.update(taken)
        commit = commits[merge]
        if context.since is not None and commit.day < context.since:
            continue
        if commit.mine or any(commits[i].mine for i in taken):
            found.append(_request_found(repo, repo_id, commits, merge, taken, request, context))
    groups: dict[tuple[str, str, str], list[int]] = {}
    for i, commit in enumerate(commits):
        if not commit.mine or len(commit.parents) > 1 or i in in_requests:
            continue
        if context.since is not None and commit.day < context.since:
            continue
        year, week, _ = commit.day.isocalendar()
        conventional = _CONVENTIONAL.match(commit.subject)
        if conventional is None:
            group = ("week", "", f"{year}-W{week:02d}")
        else:
            scope = " ".join((conventional.group(2) or "").split()).casefold()[:SCOPE_MAX]
            group = (conventional.group(1).lower(), scope, f"{year}-W{week:02d}")
        groups.setdefault(group, []).append(i)
    for group, members in groups.items():
        found.append(_group_found(repo, repo_id, commits, group, members, context))
    return found


def pull_request(merge: Commit) -> tuple[int, str] | None:
    """(number, title) of a merge of a GitHub pull request or a GitLab merge request; the
    title is the body's first line, else the branch name. None for any other merge."""
    body = [line.strip() for line in merge.body.splitlines() if line.strip()]
    github = _GITHUB.match(merge.subject)
    if github is not None:
        branch = github.group(2).split("/", 1)[-1]
        return int(github.group(1)), (body[0] if body else branch)
    gitlab = _GITLAB.match(merge.subject)
    if gitlab is None:
        return None
    requests = _GITLAB_REQUEST.findall(merge.body)
    if not requests:
        return None
    title = body[0] if body and not _GITLAB_REQUEST.match(body[0]) else gitlab.group(1)
    return int(requests[-1][1]), title


def _request_found(
    repo: Path,
    repo_id: str,
    commits: list[Commit],
    merge: int,
    taken: list[int],
    request: tuple[int, str],
    context: _Context,
) -> Found:
    commit = commits[merge]
    number, title = request
    shown = clip(title) or f"#{number}"
    return Found(
        source=HarvestSource.GIT,
        key=f"{repo_id}:pr:{commit.hash}",
        occurred_on=min(commit.day, context.today),
        title=shown,
        kind=EntryKind.PROJECT,
        impact=impact(len(taken), request=True),
        evidence=_evidence(commits, taken),
        links=(Link(f"git:{repo.name}@{commit.hash[:12]}", "merge"),),
        origin=str(repo),
        fingerprint=fingerprint_of("pr", number, title),
        facts={"repository": repo.name, "commits": len(taken), "pull_request": number},
    )


def _group_found(
    repo: Path,
    repo_id: str,
    commits: list[Commit],
    group: tuple[str, str, str],
    members: list[int],
    context: _Context,
) -> Found:
    kind_code, scope, week = group
    ranked = telling([commits[i].subject for i in members])
    count = len(members)
    facts: dict[str, Any] = {"repository": repo.name, "commits": count}
    if kind_code == "week":
        key = f"{repo_id}:week:{week}"
        kind = EntryKind.PROJECT if count >= 10 else EntryKind.OTHER
    else:
        key = f"{repo_id}:{kind_code}:{scope}:{week}"
        kind = EntryKind.PROJECT if kind_code == "feat" else EntryKind.OTHER
        facts.update(type=kind_code, scope=scope)
    facts["subjects"] = ranked
    newest = commits[members[0]]  # members are in git's order: newest first
    return Found(
        source=HarvestSource.GIT,
        key=key,
        occurred_on=min(max(commits[i].day for i in members), context.today),
        title=ranked[0] if ranked else newest.hash[:12],
        kind=kind,
        impact=impact(count),
        evidence=_evidence(commits, members),
        origin=str(repo),
        facts=facts,
    )


def telling(subjects: Sequence[str], limit: int = 3) -> list[str]:
    """The `limit` most telling of the subjects (given newest first), distinct: a conventional
    prefix stripped, ones starting with wip/typo/fixup!/squash! last, then the longest, then
    the newest."""
    scored = []
    for order, subject in enumerate(subjects):
        text = _PREFIX.sub("", subject, count=1).strip() or subject
        scored.append((_WEAK.match(text) is None, len(text), -order, text))
    out: list[str] = []
    for *_, text in sorted(scored, reverse=True):
        line = clip(text)
        if line and line not in out:
            out.append(line)
            if len(out) == limit:
                break
    return out


def _evidence(commits: list[Commit], members: list[int]) -> tuple[str, ...]:
    lines = (clip(commits[i].subject, EVIDENCE_LINE_MAX) for i in members[:EVIDENCE_LINES])
    return tuple(line for line in lines if line)


def impact(commits: int, *, request: bool = False) -> int:
    """1 for up to 2 commits, 2 up to 9, 3 from 10 or for a pull request, 4 for one of 20+."""
    if request:
        return 4 if commits >= 20 else 3
    return 3 if commits >= 10 else 2 if commits >= 3 else 1


def _tags(repo: Path, repo_id: str, refs: list[Ref], context: _Context) -> list[Found]:
    """Release tags: annotated ones the user tagged, lightweight ones on the user's commits."""
    found = []
    for ref in refs:
        tag = ref.tag
        if tag is None or ref.day is None or not context.mine(ref.email, ref.person):
            continue
        if context.since is not None and ref.day < context.since:
            continue
        found.append(
            Found(
                source=HarvestSource.GIT,
                key=f"{repo_id}:tag:{tag[:TAG_MAX]}",
                occurred_on=min(ref.day, context.today),
                title=clip(tag) or ref.target[:12],
                kind=EntryKind.PROJECT,
                impact=3,
                tags=("release",),
                origin=str(repo),
                facts={"repository": repo.name, "tag": tag},
            )
        )
    return found
