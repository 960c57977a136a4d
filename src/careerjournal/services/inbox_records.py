"""The evidence inbox's records: candidates as plain values, drafts built from them, suggestions.

Qt-free facts: the interface words them (a group of 14 commits is `facts["commits"] == 14`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from ..domain import Candidate, CandidateStatus, EntryKind, HarvestSource
from ..harvest import Found
from . import validate
from .records import EntryDraft, LinkRecord

BODY_LINES = 40  # evidence lines copied into an accepted entry's body
MAX_LINKS = 20


@dataclass(frozen=True)
class CandidateRecord:
    """A candidate entry as the inbox shows it."""

    id: int
    source: HarvestSource
    key: str
    origin: str
    occurred_on: dt.date
    kind: EntryKind
    title: str
    impact: int
    tags: tuple[str, ...]
    evidence: tuple[str, ...]
    links: tuple[LinkRecord, ...]
    facts: dict[str, Any]
    fingerprint: str
    status: CandidateStatus
    entry_id: int | None
    found_at: dt.datetime
    decided_at: dt.datetime | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.value,
            "key": self.key,
            "origin": self.origin,
            "occurred_on": self.occurred_on.isoformat(),
            "kind": self.kind.value,
            "title": self.title,
            "impact": self.impact,
            "tags": list(self.tags),
            "evidence": list(self.evidence),
            "links": [{"url": link.url, "label": link.label} for link in self.links],
            "facts": self.facts,
            "status": self.status.value,
            "entry_id": self.entry_id,
        }


def to_record(row: Candidate) -> CandidateRecord:
    return CandidateRecord(
        id=row.id,
        source=row.source,
        key=row.key,
        origin=row.origin,
        occurred_on=row.occurred_on,
        kind=row.kind,
        title=row.title,
        impact=row.impact,
        tags=tuple(row.tags or ()),
        evidence=tuple(row.evidence or ()),
        links=tuple(LinkRecord(str(u), str(label)) for u, label in (row.links or ())),
        facts=dict(row.facts or {}),
        fingerprint=row.fingerprint,
        status=row.status,
        entry_id=row.entry_id,
        found_at=row.found_at,
        decided_at=row.decided_at,
    )


def apply_found(row: Candidate, found: Found) -> bool:
    """Write what a source found onto a candidate row; True if anything changed."""
    values: dict[str, Any] = {
        "origin": found.origin[:500],
        "occurred_on": found.occurred_on,
        "kind": found.kind,
        "title": (found.title.strip() or found.key)[: validate.MAX_TITLE],
        "impact": min(5, max(1, int(found.impact))),
        "tags": _clean_tags(found.tags),
        "evidence": [line[:300] for line in found.evidence[:30]],
        "links": [[link.url[:2000], link.label[:200]] for link in found.links[:MAX_LINKS]],
        "facts": dict(found.facts),
        "fingerprint": found.fingerprint[:300],
    }
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def grown(row: Candidate, found: Found) -> Found:
    """A group found again by an incremental rescan holds only its new items (a week's new
    commits): add them to what the pending candidate already has. A full reread (every item
    again) is taken as it is."""
    old_lines = list(row.evidence or ())
    if "commits" not in found.facts or "commits" not in (row.facts or {}):
        return found
    if set(old_lines) <= set(found.evidence):
        return found  # everything seen before is there again: a full reread
    lines = list(dict.fromkeys([*found.evidence, *old_lines]))[:30]
    facts = dict(found.facts)
    facts["commits"] = int(row.facts.get("commits", 0) or 0) + int(found.facts["commits"] or 0)
    return replace(found, evidence=tuple(lines), facts=facts)


def _clean_tags(tags: Iterable[str]) -> list[str]:
    out: list[str] = []
    for tag in tags:
        text = " ".join(str(tag).split())[: validate.MAX_TAG]
        if text and text not in out:
            out.append(text)
    return out[:10]


def draft_of(candidates: Sequence[CandidateRecord], title: str = "") -> EntryDraft:
    """The entry a candidate (or several, merged) suggests: the user may change every field."""
    if not candidates:
        raise ValueError("no candidates")
    first = candidates[0]
    if len(candidates) == 1:
        body = _bullets(first.evidence)
        kind = first.kind
    else:
        parts = []
        for c in candidates:
            parts.append(f"- {c.title}")
            parts.extend(f"  - {line}" for line in c.evidence[:10])
        body = "\n".join(parts[:BODY_LINES])
        kinds = Counter(c.kind for c in candidates if c.kind is not EntryKind.OTHER)
        kind = kinds.most_common(1)[0][0] if kinds else EntryKind.OTHER
    links: list[LinkRecord] = []
    for c in candidates:
        for link in c.links:
            if link.url not in {k.url for k in links}:
                links.append(link)
    tags: list[str] = []
    for c in candidates:
        tags.extend(t for t in c.tags if t not in tags)
    return EntryDraft(
        title=(title.strip() or first.title)[: validate.MAX_TITLE],
        occurred_on=max(c.occurred_on for c in candidates),
        kind=kind,
        body=body,
        impact=max(c.impact for c in candidates),
        tags=tuple(tags[:10]),
        links=tuple(links[:MAX_LINKS]),
    )


def _bullets(lines: Sequence[str]) -> str:
    return "\n".join(f"- {line}" for line in lines[:BODY_LINES])


# -- suggestions: skills and milestones a candidate's text points at --------------------------


@dataclass(frozen=True)
class SkillHint:
    skill_id: int
    name: str
    band: str


@dataclass(frozen=True)
class MilestoneHint:
    milestone_id: int
    title: str
    goal: str


@dataclass(frozen=True)
class Suggestions:
    skills: tuple[SkillHint, ...] = ()
    milestones: tuple[MilestoneHint, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "skills": [{"id": s.skill_id, "name": s.name, "band": s.band} for s in self.skills],
            "milestones": [
                {"id": m.milestone_id, "title": m.title, "goal": m.goal} for m in self.milestones
            ],
        }


_TOKEN = re.compile(r"[^\W_]+(?:[+#.][^\W_]*)*", re.UNICODE)
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "that",
        "this",
        "have",
        "has",
        "was",
        "were",
        "will",
        "your",
        "our",
        "their",
        "about",
        "over",
        "than",
        "then",
        "them",
        "they",
        "what",
        "when",
        "which",
        "while",
        "also",
        "more",
        "most",
        "some",
        "such",
        "only",
        "other",
        "first",
        "der",
        "die",
        "das",
        "und",
        "mit",
        "für",
        "von",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "einen",
        "zum",
        "zur",
        "auf",
        "aus",
    ]
)


def tokens(text: str) -> set[str]:
    return {t for t in _TOKEN.findall(text.casefold()) if len(t) >= 3 and t not in _STOP}


def _contains(haystack: str, phrase: str) -> bool:
    """`phrase` as whole words in `haystack` (both casefolded)."""
    if not phrase:
        return False
    pattern = r"(?<![\w])" + re.escape(phrase) + r"(?![\w])"
    return re.search(pattern, haystack) is not None


@dataclass(frozen=True)
class OpenMilestone:
    milestone_id: int
    title: str
    goal: str
    criterion_kind: str
    criterion: dict[str, Any]


def suggest(
    candidate: CandidateRecord,
    skills: Sequence[SkillHint],
    milestones: Sequence[OpenMilestone],
) -> Suggestions:
    """Skills named in the candidate's text; open milestones its text, skills or tags point at."""
    text = " ".join([candidate.title, *candidate.evidence, *candidate.tags]).casefold()
    words = tokens(text)
    named = tuple(s for s in skills if _contains(text, s.name.casefold()))
    named_ids = {s.skill_id for s in named}
    tags = {t.casefold() for t in candidate.tags}
    found: list[MilestoneHint] = []
    for m in milestones:
        hit = False
        if m.criterion_kind == "skill_level":
            hit = m.criterion.get("skill_id") in named_ids
        elif m.criterion_kind == "certification_tag":
            hit = str(m.criterion.get("tag", "")).casefold() in tags
        elif m.criterion_kind == "entry_count":
            hit = m.criterion.get("kind") == candidate.kind.value and (
                candidate.kind is not EntryKind.OTHER
            )
        if not hit:
            own = tokens(m.title)
            hit = bool(own) and len(own & words) >= min(2, len(own))
        if hit:
            found.append(MilestoneHint(m.milestone_id, m.title, m.goal))
    return Suggestions(named[:5], tuple(found[:5]))


# -- quiet weeks: evidence found, nothing written ---------------------------------------------


@dataclass(frozen=True)
class QuietWeek:
    """A week with harvested evidence and no entry: the facts the nudge words."""

    start: dt.date
    end: dt.date  # inclusive
    commits: int
    pull_requests: int
    events: int
    issues: int
    notes: int
    pending: int  # suggestions of that week still in the inbox

    @property
    def evidence(self) -> int:
        return self.commits + self.pull_requests + self.events + self.issues + self.notes

    def to_json(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "commits": self.commits,
            "pull_requests": self.pull_requests,
            "events": self.events,
            "issues": self.issues,
            "notes": self.notes,
            "pending": self.pending,
        }


def week_facts(start: dt.date, rows: Iterable[CandidateRecord]) -> QuietWeek:
    commits = prs = events = issues = notes = pending = 0
    for c in rows:
        if c.status is CandidateStatus.NEW:
            pending += 1
        if "pull_request" in c.facts:
            prs += 1
        elif c.source is HarvestSource.GIT:
            commits += int(c.facts.get("commits", 0) or 0)
        elif c.source is HarvestSource.CALENDAR:
            events += 1
        elif c.source is HarvestSource.JIRA:
            issues += 1
        elif c.source is HarvestSource.NOTES:
            notes += 1
    end = start + dt.timedelta(days=6)
    return QuietWeek(start, end, commits, prs, events, issues, notes, pending)
