"""The promotion case: the level to reach, topic by topic, with the evidence for each criterion.

For each topic of the target level: the criteria met (under the framework's tick rule) with the
entries that show them, the criteria still open with what they lack (`Gap`), and the topic's
readiness; overall readiness; the position within the current level (sub-level letter and share)
and its history. Built from the rubric (`journal.rubric.rubric(target=...)`), as plain values:
`careerjournal.wording.case` words it, `careerjournal.report` writes it as Markdown, HTML or PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import ValidationError
from .framework_records import (
    CriterionState,
    FrameworkRecord,
    LevelRecord,
    LevelRubric,
    LevelSource,
    Rubric,
    SubLevel,
    TopicReadiness,
)
from .rubric_maths import letter

if TYPE_CHECKING:
    from .journal import Journal
    from .records import RoleRecord


@dataclass(frozen=True)
class CaseTopic:
    """One topic of the target level: its criteria met and open (framework order each)."""

    readiness: TopicReadiness
    met: tuple[CriterionState, ...]
    open: tuple[CriterionState, ...]

    @property
    def key(self) -> str:
        return self.readiness.key

    @property
    def title(self) -> str:
        return self.readiness.title


@dataclass(frozen=True)
class HistoryPoint:
    """The position within the current level after an assessment day that changed it."""

    day: dt.date
    share: float
    letter: str


@dataclass(frozen=True)
class PromotionCase:
    framework: FrameworkRecord
    as_of: dt.date
    name: str  # the profile's name; "" when not given
    role_title: str  # the role held on `as_of`; "" without one
    role_level: str  # that role's level label as typed
    level_source: LevelSource  # where the current level came from
    current: LevelRecord | None  # None: the target is the framework's first level
    target: LevelRecord
    topics: tuple[CaseTopic, ...]  # the target level's topics, framework order
    sublevel: SubLevel | None  # position within the current level
    history: tuple[HistoryPoint, ...]
    candidates: tuple[int, ...] = ()  # AMBIGUOUS: the levels the role's label could mean

    @property
    def total(self) -> int:
        return sum(t.readiness.total for t in self.topics)

    @property
    def met(self) -> int:
        return sum(t.readiness.met for t in self.topics)

    @property
    def open_count(self) -> int:
        return self.total - self.met

    @property
    def readiness(self) -> float:
        """Met criteria over all criteria of the target level (0 without criteria)."""
        return self.met / self.total if self.total else 0.0


def case_from_rubric(
    rubric: Rubric, *, name: str = "", role: RoleRecord | None = None
) -> PromotionCase:
    """The case for `rubric.next` (ValidationError when there is no next level)."""
    if rubric.next is None:
        raise ValidationError("level", _no_next_level(rubric))
    thresholds = rubric.framework.settings.thresholds
    return PromotionCase(
        framework=rubric.framework,
        as_of=rubric.as_of,
        name=name.strip(),
        role_title=role.title if role is not None else "",
        role_level=role.level if role is not None else "",
        level_source=rubric.level_source,
        current=rubric.current.level if rubric.current is not None else None,
        target=rubric.next.level,
        topics=_topics(rubric.next),
        sublevel=rubric.sublevel,
        history=tuple(HistoryPoint(d, s, letter(s, thresholds)) for d, s in rubric.history),
        candidates=rubric.candidates,
    )


def build_case(
    journal: Journal, *, target: int | None = None, on: dt.date | None = None
) -> PromotionCase:
    """The promotion case for `target` (default: the level after the current role's) as of `on`.

    ValidationError (one line, for the user) without an active framework, for a level the
    framework does not have, or when the current level is its last.
    """
    rubric = journal.rubric.rubric(target=target, on=on)
    if rubric is None:
        raise ValidationError(
            "framework",
            "There is no progression framework in this journal: import one to make a "
            "promotion case.",
        )
    role = journal.roles.get(rubric.role_id) if rubric.role_id is not None else None
    return case_from_rubric(rubric, name=journal.profile.get().name, role=role)


def _topics(level: LevelRubric) -> tuple[CaseTopic, ...]:
    by_topic: dict[str, list[CriterionState]] = {}
    for state in level.criteria:
        by_topic.setdefault(state.criterion.topic_key, []).append(state)
    topics = []
    for readiness in level.topics:
        states = sorted(by_topic.get(readiness.key, []), key=lambda s: s.criterion.position)
        topics.append(
            CaseTopic(
                readiness,
                tuple(s for s in states if s.met),
                tuple(s for s in states if not s.met),
            )
        )
    return tuple(topics)


def _no_next_level(rubric: Rubric) -> str:
    name = rubric.framework.name
    if not rubric.framework.levels:
        return f"“{name}” has no levels to make a promotion case for."
    top = rubric.current.level if rubric.current is not None else rubric.framework.levels[-1]
    label = f"{top.name} (level {top.number})" if top.name else f"level {top.number}"
    return (
        f"{label} is the last level of “{name}”: there is no next level to make a "
        "promotion case for."
    )


__all__ = [
    "CaseTopic",
    "HistoryPoint",
    "PromotionCase",
    "build_case",
    "case_from_rubric",
]
