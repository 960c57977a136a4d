"""The sample career's evidence inbox: a few weeks of plausible harvests waiting to be triaged.

Ten or so suggestions dated in the weeks before the sample's `today`: weekly commit groups in a
repository "billing-service", a merged pull request and a release tag from it, a talk and a
mentoring 1:1 series from a calendar, two Jira issues, a week of reviews, a "Wins" note, and the
same pull request once more from a GitHub export (stored as a duplicate, so shown once).

Everything is fixed but the dates, which follow `today`; the times the inbox stamps are set to
`today` too, so the same day gives the same rows. The harvests are stored through the inbox
service, quietly: the sample announces one reload of everything when it is done.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import update

from ..domain import Candidate, EntryKind, HarvestSource
from ..harvest import Found, HarvestReport, Link
from ..harvest.found import fingerprint_of
from .changes import ChangeFeed
from .inbox import InboxService
from .journal import Journal

REPO = "billing-service"
REPO_PATH = f"~/src/{REPO}"
PR_NUMBER = 412
PR_TITLE = "Idempotent refund webhooks"
PR_URL = f"https://github.com/acme/{REPO}/pull/{PR_NUMBER}"
CALENDAR = "~/Documents/work-calendar.ics"
JIRA = "~/Downloads/jira-export.csv"
GITHUB = "~/Downloads/github-prs.json"
NOTES = "~/notes/work"
FOUND_AT = dt.time(9, 0)

_WEEKS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (14, "Refund retries and ledger clean-up", (
        "Make refund webhooks idempotent with a request key",
        "Observability: trace refund retries end to end",
        "Add type hints to the ledger module (Python)",
        "Drop the legacy refund table",
    )),
    (9, "Ledger split groundwork", (
        "Split ledger writes from the invoice service",
        "Add contract tests for the ledger client",
        "Fix rounding of partial refunds",
    )),
    (6, "Invoice PDF rendering fixes", (
        "Render invoice PDFs without the headless browser",
        "Cache fonts between renders",
    )),
)  # fmt: skip


def _friday(today: dt.date, weeks_ago: int) -> dt.date:
    """The Friday of the week `weeks_ago` weeks before this one."""
    monday = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=weeks_ago)
    return monday + dt.timedelta(days=4)


def _git(today: dt.date) -> list[Found]:
    found = []
    for ago, (commits, title, subjects) in enumerate(_WEEKS, start=1):
        day = _friday(today, ago)
        year, week, _ = day.isocalendar()
        found.append(
            Found(
                source=HarvestSource.GIT,
                key=f"{REPO}:week:{year}-W{week:02d}",
                occurred_on=day,
                title=title,
                kind=EntryKind.PROJECT,
                impact=3 if commits > 10 else 2,
                tags=("billing",),
                evidence=subjects,
                links=(Link(f"git:{REPO}@{ago:x}3f2a9c1d0e1{ago}", "commit"),),
                origin=REPO_PATH,
                facts={"repository": REPO, "commits": commits, "subjects": len(subjects)},
            )
        )
    merged = _friday(today, 1) - dt.timedelta(days=1)
    found.append(
        Found(
            source=HarvestSource.GIT,
            key=f"{REPO}:pr:{PR_NUMBER}",
            occurred_on=merged,
            title=PR_TITLE,
            kind=EntryKind.PROJECT,
            impact=3,
            tags=("billing", "reliability"),
            evidence=(f"Merge pull request #{PR_NUMBER} from alex/refund-keys", PR_TITLE),
            links=(Link(f"git:{REPO}@9b1e77a04c2d", f"#{PR_NUMBER}"),),
            origin=REPO_PATH,
            fingerprint=fingerprint_of("pr", PR_NUMBER, PR_TITLE),
            facts={"repository": REPO, "pull_request": PR_NUMBER, "commits": 7},
        )
    )
    found.append(
        Found(
            source=HarvestSource.GIT,
            key=f"{REPO}:tag:v2.8.0",
            occurred_on=_friday(today, 2) - dt.timedelta(days=2),
            title=f"Released {REPO} v2.8.0",
            kind=EntryKind.PROJECT,
            impact=2,
            tags=("billing", "release"),
            evidence=("v2.8.0: idempotent refunds, faster invoice PDFs",),
            links=(Link(f"git:{REPO}@v2.8.0", "v2.8.0"),),
            origin=REPO_PATH,
            facts={"repository": REPO, "tag": "v2.8.0"},
        )
    )
    return found


def _calendar(today: dt.date) -> list[Found]:
    talk = _friday(today, 2) - dt.timedelta(days=1)
    first = _friday(today, 6) - dt.timedelta(days=2)
    last = first + dt.timedelta(weeks=5)
    return [
        Found(
            source=HarvestSource.CALENDAR,
            key="event:talk-idempotent-payments",
            occurred_on=talk,
            title="Talk at an external conference: Idempotent payments in practice",
            kind=EntryKind.NETWORK,
            impact=4,
            tags=("speaking", "conference"),
            evidence=("PyConf Berlin, main hall, 30 minutes", "Slides: idempotent-payments.pdf"),
            origin=CALENDAR,
            facts={"category": "talk"},
        ),
        Found(
            source=HarvestSource.CALENDAR,
            key="series:mentor-1-1",
            occurred_on=last,
            title="Mentor 1:1s with two engineers on the payments team",
            kind=EntryKind.RESPONSIBILITY,
            impact=3,
            tags=("mentoring",),
            evidence=("1:1 Priya / Alex (mentoring)", "1:1 Jonas / Alex (mentoring)"),
            origin=CALENDAR,
            facts={
                "category": "one_on_one",
                "occurrences": 6,
                "first": first.isoformat(),
                "last": last.isoformat(),
                "every_days": 7,
            },
        ),
    ]


def _jira(today: dt.date) -> list[Found]:
    def issue(key: str, title: str, issue_type: str, points: int, ago: int, **more: Any) -> Found:
        return Found(
            source=HarvestSource.JIRA,
            key=f"issue:{key}",
            occurred_on=_friday(today, ago) - dt.timedelta(days=3),
            title=title,
            origin=JIRA,
            links=(Link(f"https://acme.atlassian.net/browse/{key}", key),),
            facts={"issue": key, "type": issue_type, "points": points},
            **more,
        )

    return [
        issue(
            "PAY-1287", "Architecture decision record for the ledger split", "Story", 5, 2,
            kind=EntryKind.PROJECT, impact=3, tags=("architecture",),
            evidence=("Wrote the decision record and ran the review with three teams",),
        ),
        issue(
            "PAY-1302", "Refunds double-counted after a webhook retry", "Bug", 3, 1,
            kind=EntryKind.PROJECT, impact=2, tags=("incident", "billing"),
            evidence=("Root cause: retries without a request key", "Fixed by #412"),
        ),
    ]  # fmt: skip


def _github(today: dt.date) -> list[Found]:
    merged = _friday(today, 1) - dt.timedelta(days=1)
    reviewed = _friday(today, 1)
    year, week, _ = reviewed.isocalendar()
    return [
        Found(  # the same pull request as the git one: stored as a duplicate, shown once
            source=HarvestSource.GITHUB,
            key=PR_URL,
            occurred_on=merged,
            title=PR_TITLE,
            kind=EntryKind.PROJECT,
            impact=3,
            evidence=(f"acme/{REPO}#{PR_NUMBER}", "+120 −30"),
            links=(Link(PR_URL, f"acme/{REPO}#{PR_NUMBER}"),),
            origin=GITHUB,
            fingerprint=fingerprint_of("pr", PR_NUMBER, PR_TITLE),
            facts={
                "pull_request": PR_NUMBER,
                "repository": f"acme/{REPO}",
                "additions": 120,
                "deletions": 30,
            },
        ),
        Found(
            source=HarvestSource.GITHUB,
            key=f"reviews:{year}-W{week:02d}",
            occurred_on=reviewed,
            title="Reviewed the ledger client, the PDF cache and the retry helper",
            kind=EntryKind.RESPONSIBILITY,
            impact=2,
            evidence=(
                f"acme/{REPO}#415 Ledger client [APPROVED]",
                f"acme/{REPO}#418 Cache fonts between renders [COMMENTED]",
                "acme/payments-lib#77 Backoff helper [APPROVED]",
            ),
            origin=GITHUB,
            fingerprint=fingerprint_of("reviews", f"{year}-W{week:02d}"),
            facts={"reviews": 3, "repositories": [f"acme/{REPO}", "acme/payments-lib"]},
        ),
    ]


def _notes(today: dt.date) -> list[Found]:
    day = _friday(today, 1)
    return [
        Found(
            source=HarvestSource.NOTES,
            key=f"note:{day.isoformat()}:wins:1",
            occurred_on=day,
            title="Support lead thanked the team for the refund dashboard",
            kind=EntryKind.RECOGNITION,
            impact=2,
            evidence=("Support lead thanked the team for the refund dashboard",),
            origin=NOTES,
            facts={"heading": "Wins"},
        )
    ]


def sample_harvests(today: dt.date) -> dict[HarvestSource, HarvestReport]:
    """What each source of the sample "found", in the order they are stored."""
    found = {
        HarvestSource.GIT: _git(today),
        HarvestSource.CALENDAR: _calendar(today),
        HarvestSource.JIRA: _jira(today),
        HarvestSource.GITHUB: _github(today),
        HarvestSource.NOTES: _notes(today),
    }
    return {source: HarvestReport(found=items, read=len(items)) for source, items in found.items()}


def store_sample_inbox(journal: Journal, today: dt.date) -> int:
    """Store the sample harvests in `journal`'s inbox; returns how many wait there."""
    # The inbox service itself, announcing on a feed nobody hears: the sample's caller
    # announces one reload for everything it wrote.
    inbox = InboxService(journal.store, ChangeFeed(), journal.history)
    pending = 0
    stamp = dt.datetime.combine(today, FOUND_AT)
    for source, report in sample_harvests(today).items():
        pending += inbox.store(source, report).added
        keys = [f.key for f in report.found]
        with journal.store.write() as session:
            where = (Candidate.source == source, Candidate.key.in_(keys))
            session.execute(update(Candidate).where(*where).values(found_at=stamp))
            session.execute(
                update(Candidate)
                .where(*where, Candidate.decided_at.is_not(None))
                .values(decided_at=stamp)
            )
    return pending
