"""Suggested links: the skills, milestones and criteria a text most likely evidences, with why.

The journal suggests from its own links: the past entries nearest in meaning to the text (the
entry being edited, or a harvested candidate) are looked up, and every skill, open milestone of
an active goal and criterion of the active framework those neighbours are evidence for scores the
summed similarity of the neighbours linked to it. Each suggestion carries its reasons: the
nearest linked entries. Reads only; the user confirms before anything is linked.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from ...domain import (
    Entry,
    Framework,
    FrameworkCriterion,
    Goal,
    GoalStatus,
    Milestone,
    Skill,
    SkillAssessment,
    criterion_evidence,
    milestone_evidence,
)
from ...store import Store
from .vectors import Vectors

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .search import Vector

SKILL, MILESTONE, CRITERION = "skill", "milestone", "criterion"
#: Past entries looked at, and the similarity below which one is no reason for anything.
NEIGHBOURS = 20
NEIGHBOUR_FLOOR = 0.2
#: Reasons shown per suggestion.
REASONS = 3


@dataclass(frozen=True)
class Because:
    """A past entry already linked to the suggested target, and how close it is to the text."""

    entry_id: int
    title: str
    similarity: float


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "skill" | "milestone" | "criterion"
    target_id: int
    label: str
    score: float  # the summed similarity of the neighbours linked to it
    because: tuple[Because, ...]  # the nearest of them, closest first


@dataclass(frozen=True)
class Suggestions:
    skills: tuple[Suggestion, ...]
    milestones: tuple[Suggestion, ...]
    criteria: tuple[Suggestion, ...]

    def __bool__(self) -> bool:
        return bool(self.skills or self.milestones or self.criteria)


#: (target id, linked entry id, label) rows of one kind of link.
Links = list[tuple[int, int, str]]


def suggest(
    store: Store,
    vectors: Vectors,
    query: Vector,
    *,
    exclude_entry: int | None = None,
    limit: int = 3,
) -> Suggestions:
    """The best `limit` targets of each kind for the text whose vector is `query`.

    `exclude_entry` (the entry being edited) is not its own reason, and the targets it is
    already linked to are left out.
    """
    from .search import nearest

    left_out = () if exclude_entry is None else (exclude_entry,)
    near = nearest(store, vectors, query, limit=NEIGHBOURS, exclude=left_out, floor=NEIGHBOUR_FLOOR)
    if not near:
        return Suggestions((), (), ())
    similarity = dict(near)
    with store.read() as session:
        ids = [*similarity, *left_out]
        links = {
            SKILL: _skill_links(session, ids),
            MILESTONE: _milestone_links(session, ids),
            CRITERION: _criterion_links(session, ids),
        }
        rows = session.execute(select(Entry.id, Entry.title).where(Entry.id.in_(list(similarity))))
        titles = {int(i): str(t) for i, t in rows}
    ranked = {
        kind: _rank(kind, rows, similarity, titles, exclude_entry, limit)
        for kind, rows in links.items()
    }
    return Suggestions(ranked[SKILL], ranked[MILESTONE], ranked[CRITERION])


def _rank(
    kind: str,
    rows: Links,
    similarity: dict[int, float],
    titles: dict[int, str],
    exclude_entry: int | None,
    limit: int,
) -> tuple[Suggestion, ...]:
    if limit <= 0:
        return ()
    linked_already = {t for t, e, _ in rows if e == exclude_entry}
    reasons: dict[int, set[int]] = {}
    labels: dict[int, str] = {}
    for target, entry_id, label in rows:
        if target in linked_already or entry_id not in similarity:
            continue
        reasons.setdefault(target, set()).add(entry_id)
        labels[target] = label
    scored = sorted(
        ((sum(similarity[e] for e in linked), target) for target, linked in reasons.items()),
        key=lambda item: (-item[0], item[1]),
    )
    out = []
    for score, target in scored[:limit]:
        nearest = sorted(reasons[target], key=lambda e: (-similarity[e], e))[:REASONS]
        because = tuple(
            Because(e, titles.get(e, ""), min(1.0, max(0.0, similarity[e]))) for e in nearest
        )
        out.append(Suggestion(kind, target, labels[target], score, because))
    return tuple(out)


def _chunked(session: Session, stmt: Any, column: Any, ids: Sequence[int]) -> Links:
    rows: Links = []
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        rows.extend(
            (int(t), int(e), str(label))
            for t, e, label in session.execute(stmt.where(column.in_(chunk)))
        )
    return rows


def _skill_links(session: Session, ids: Iterable[int]) -> Links:
    """Skills whose assessments name one of the entries as evidence."""
    stmt = (
        select(Skill.id, SkillAssessment.evidence_entry_id, Skill.name)
        .join(Skill, Skill.id == SkillAssessment.skill_id)
        .distinct()
    )
    return _chunked(session, stmt, SkillAssessment.evidence_entry_id, list(ids))


def _milestone_links(session: Session, ids: Iterable[int]) -> Links:
    """Open milestones of active goals the entries are evidence for."""
    stmt = (
        select(Milestone.id, milestone_evidence.c.entry_id, Milestone.title)
        .join(Milestone, Milestone.id == milestone_evidence.c.milestone_id)
        .join(Goal, Goal.id == Milestone.goal_id)
        .where(Milestone.done_on.is_(None), Goal.status == GoalStatus.ACTIVE)
    )
    return _chunked(session, stmt, milestone_evidence.c.entry_id, list(ids))


def _criterion_links(session: Session, ids: Iterable[int]) -> Links:
    """Criteria of the active framework the entries are evidence for."""
    stmt = (
        select(FrameworkCriterion.id, criterion_evidence.c.entry_id, FrameworkCriterion.text)
        .join(FrameworkCriterion, FrameworkCriterion.id == criterion_evidence.c.criterion_id)
        .join(Framework, Framework.id == FrameworkCriterion.framework_id)
        .where(Framework.active.is_(True))
    )
    return _chunked(session, stmt, criterion_evidence.c.entry_id, list(ids))
