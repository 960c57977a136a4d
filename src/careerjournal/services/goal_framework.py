"""Goals from a progression framework: a level's criteria as milestones, judged from the rubric.

A milestone of kind FRAMEWORK is met while its criterion is, under the framework's tick rule
(evidence linked and/or assessed "consistently"); it unticks when the evidence or assessment
behind it is removed. `make_promotion_goal` turns the next level into such a goal: one milestone
per criterion, grouped by topic, each topic weighing the same (1 / its criteria per milestone).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import (
    CriterionAssessment,
    CriterionKind,
    Entry,
    Framework,
    FrameworkCriterion,
    Goal,
    GoalKind,
    Milestone,
    criterion_evidence,
)
from .rubric_maths import met_changes, settings_from

MAX_TITLE = 200


def judge_framework(
    session: Session, criterion_id: int, today: dt.date
) -> tuple[list[tuple[dt.date, bool]], dict[str, Any], tuple[int, ...]] | None:
    """(state changes, facts for `goal_progress.Criterion`, evidence ids) or None when gone."""
    c = session.get(FrameworkCriterion, criterion_id)
    if c is None:
        return None
    f = session.get(Framework, c.framework_id)
    rule = settings_from(f.settings if f is not None else {}).tick
    evidence = session.execute(
        select(Entry.id, Entry.occurred_on)
        .join(criterion_evidence, criterion_evidence.c.entry_id == Entry.id)
        .where(criterion_evidence.c.criterion_id == criterion_id, Entry.trashed_at.is_(None))
        .order_by(Entry.occurred_on, Entry.id)
    ).all()
    assessed = session.execute(
        select(CriterionAssessment.assessed_on, CriterionAssessment.status)
        .where(CriterionAssessment.criterion_id == criterion_id)
        .order_by(CriterionAssessment.assessed_on, CriterionAssessment.id)
    ).all()
    changes = met_changes(rule, [d for _, d in evidence], [(d, s) for d, s in assessed])
    past_evidence = [i for i, d in evidence if d <= today]
    past = [s for d, s in assessed if d <= today]
    facts = {
        "criterion_text": c.text,
        "level": c.level,
        "rule": rule.value,
        "evidence_count": len(past_evidence),
        "shown": past[-1].value if past else "",
    }
    return changes, facts, tuple(past_evidence)


def topic_weights(topics: list[str]) -> list[float]:
    """A weight per milestone (given its criterion's topic) so that each topic weighs 1 in all:
    1/n each, the topic's last milestone taking exactly what the others leave (no rounding, which
    made a topic of 3 weigh 0.9999 and one of 30 over 3 % off)."""
    counts: dict[str, int] = {}
    for key in topics:
        counts[key] = counts.get(key, 0) + 1
    given: dict[str, list[float]] = {}
    weights = []
    for key in topics:
        so_far = given.setdefault(key, [])
        share = 1.0 / counts[key]
        if len(so_far) == counts[key] - 1:
            share = 1.0 - math.fsum(so_far)
        so_far.append(share)
        weights.append(share)
    return weights


def make_promotion_goal(
    session: Session,
    framework_id: int,
    level: int,
    *,
    title: str,
    target_level: str,
    target_date: dt.date | None,
    today: dt.date,
) -> Goal:
    """A promotion goal whose milestones are `level`'s criteria (caller's transaction)."""
    from .rubric import criteria_rows

    rows = [c for c, _ in criteria_rows(session, framework_id, [level])]
    weights = topic_weights([c.topic_key for c in rows])
    goal = Goal(
        kind=GoalKind.PROMOTION,
        title=title[:MAX_TITLE],
        target_level=target_level[:50],
        target_date=target_date,
        created_on=today,
    )
    session.add(goal)
    session.flush()
    for position, c in enumerate(rows):
        prefix = f"{c.topic_title}: " if c.topic_title else ""
        text = f"{prefix}{c.text}"
        if len(text) > MAX_TITLE:
            text = text[: MAX_TITLE - 1] + "…"
        session.add(
            Milestone(
                goal_id=goal.id,
                position=position,
                title=text,
                weight=weights[position],
                criterion_kind=CriterionKind.FRAMEWORK,
                criterion={"criterion_id": c.id},
            )
        )
    session.flush()
    return goal
