"""What the framework and rubric services hand out: plain, immutable values (facts, not words)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from ..domain import Demonstration, TickRule

#: Sub-level letters, lowest first; `thresholds` has one value fewer.
LETTERS = "ABCDE"
DEFAULT_THRESHOLDS: tuple[float, ...] = (0.2, 0.4, 0.6, 0.8)


@dataclass(frozen=True)
class RubricSettings:
    """How position and readiness are computed; kept with the framework (the CLI agrees).

    The sub-level is the first letter whose threshold the share of the level's criteria shown
    consistently has not reached: share < 0.2 is A, < 0.4 B, ... >= 0.8 E (the defaults).
    """

    thresholds: tuple[float, ...] = DEFAULT_THRESHOLDS
    tick: TickRule = TickRule.EVIDENCE_AND_CONSISTENTLY

    def to_json(self) -> dict[str, object]:
        return {"thresholds": list(self.thresholds), "tick": self.tick.value}


@dataclass(frozen=True)
class LevelRecord:
    number: int
    name: str  # "" when the framework gives none


@dataclass(frozen=True)
class FrameworkRecord:
    id: int
    name: str
    source: str
    active: bool
    imported_at: dt.datetime
    levels: tuple[LevelRecord, ...]
    topic_count: int
    criterion_count: int
    settings: RubricSettings = field(default_factory=RubricSettings)
    version: int = 1

    def level(self, number: int) -> LevelRecord | None:
        return next((lv for lv in self.levels if lv.number == number), None)

    def next_level(self, number: int) -> LevelRecord | None:
        return next((lv for lv in self.levels if lv.number > number), None)


@dataclass(frozen=True)
class ImportOutcome:
    """What importing a framework file did: new, or re-imported with these differences."""

    framework: FrameworkRecord
    created: bool
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    kept_evidence: int = 0  # links on criteria that survived a re-import
    lost_evidence: int = 0  # links on criteria that the new file removed
    notes: tuple[str, ...] = ()  # what the reader approximated or skipped


@dataclass(frozen=True)
class CriterionRecord:
    id: int
    framework_id: int
    topic_key: str
    topic_title: str
    level: int
    text: str
    examples: tuple[str, ...]
    position: int


@dataclass(frozen=True)
class AssessmentRecord:
    id: int
    criterion_id: int
    assessed_on: dt.date
    status: Demonstration
    note: str


@dataclass(frozen=True)
class EvidenceRecord:
    """An entry linked to a criterion, with what a promotion case shows of it."""

    entry_id: int
    title: str
    occurred_on: dt.date
    measurable_result: str
    links: tuple[str, ...] = ()


class Gap(StrEnum):
    """What a criterion still lacks under the tick rule."""

    NO_EVIDENCE = "no_evidence"
    NOT_ASSESSED = "not_assessed"
    NOT_CONSISTENT = "not_consistent"  # assessed, but "not yet" or "sometimes"


@dataclass(frozen=True)
class CriterionState:
    criterion: CriterionRecord
    evidence: tuple[EvidenceRecord, ...]
    assessments: tuple[AssessmentRecord, ...]  # oldest first
    met: bool
    gaps: tuple[Gap, ...]

    @property
    def latest(self) -> Demonstration | None:
        return self.assessments[-1].status if self.assessments else None


@dataclass(frozen=True)
class TopicReadiness:
    """Criteria of one topic at one level: how many are met (the tick rule) and evidenced."""

    key: str
    title: str
    total: int
    met: int
    evidenced: int
    consistent: int

    @property
    def share(self) -> float:
        return self.met / self.total if self.total else 0.0


@dataclass(frozen=True)
class SubLevel:
    """Position within a level: `letter` from `share` = consistent / total and the thresholds."""

    letter: str
    share: float
    consistent: int
    total: int
    thresholds: tuple[float, ...]


@dataclass(frozen=True)
class LevelRubric:
    level: LevelRecord
    criteria: tuple[CriterionState, ...]  # criteria without evidence first, then topic order
    topics: tuple[TopicReadiness, ...]

    @property
    def total(self) -> int:
        return len(self.criteria)

    @property
    def met(self) -> int:
        return sum(1 for c in self.criteria if c.met)

    @property
    def evidenced(self) -> int:
        return sum(1 for c in self.criteria if c.evidence)

    @property
    def readiness(self) -> float:
        """Met criteria over all criteria of the level (0 for a level without criteria)."""
        return self.met / self.total if self.total else 0.0


class LevelSource(StrEnum):
    """Where the rubric's "current level" came from."""

    CHOSEN = "chosen"  # asked for (--level, the level picker)
    MAPPED = "mapped"  # the user said which level the current role is
    GUESSED = "guessed"  # the role's level label names exactly one level
    AMBIGUOUS = "ambiguous"  # the label fits several levels, or none: ask once
    NO_ROLE = "no_role"  # no current role


@dataclass(frozen=True)
class Rubric:
    """Where the user stands against the current and the next level of the active framework."""

    framework: FrameworkRecord
    as_of: dt.date
    level_source: LevelSource
    current: LevelRubric | None
    next: LevelRubric | None
    sublevel: SubLevel | None  # position within the current level
    history: tuple[tuple[dt.date, float], ...]  # share shown consistently of the current level
    role_id: int | None = None
    candidates: tuple[int, ...] = ()  # AMBIGUOUS: levels the role's label could mean


@dataclass(frozen=True)
class CriterionMatch:
    """A criterion an entry's text may show, with the words they share (for "why")."""

    criterion: CriterionRecord
    score: float
    shared: tuple[str, ...]
