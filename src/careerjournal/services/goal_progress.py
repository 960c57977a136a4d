"""Where a goal stands: its milestones judged from the journal, progress, pace and projection.

Facts only: codes and the numbers behind them. `careerjournal.wording.goals` (CLI, report) and
`careerjournal.ui.goals.wording` (the GUI, translated) put them into words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import (
    CriterionKind,
    Entry,
    EntryKind,
    Goal,
    GoalStatus,
    Milestone,
    Profile,
    Skill,
    SkillAssessment,
    SkillScale,
    Tag,
    entry_tag,
)
from ..domain.scales import level_name, max_level
from .errors import ValidationError
from .goal_records import clean_criterion, goal_record, milestone_record
from .progress import (
    Outlook,
    Pace,
    Projection,
    Schedule,
    Standing,
    Step,
    manual_step,
    pace,
    progress_at,
    progress_series,
    project,
    schedule,
    step_from_states,
)
from .records import GoalRecord, MilestoneRecord


class Completion(StrEnum):
    """What completes a milestone, as far as the journal can tell."""

    BY_HAND = "by_hand"  # a manual milestone: ticked by hand
    SKILL_LEVEL = "skill_level"  # a skill at a level or above
    SKILL_GONE = "skill_gone"  # a skill-level criterion whose skill was deleted
    ENTRY_COUNT = "entry_count"  # so many entries of a kind since a date
    CERTIFICATION = "certification"  # a certification entry with a tag
    UNJUDGEABLE = "unjudgeable"  # a stored criterion that cannot be read (shown as open)
    FRAMEWORK = "framework"  # a framework criterion met under its framework's tick rule
    CRITERION_GONE = "criterion_gone"  # a framework criterion removed by a re-import


@dataclass(frozen=True)
class Criterion:
    """The facts behind "what completes it, and where it stands"; unused fields keep defaults."""

    completion: Completion
    skill: str = ""  # SKILL_LEVEL: the skill's name
    level: int = 0  # SKILL_LEVEL/SKILL_GONE: the level wanted (clipped to the scale's top)
    level_name: str = ""  # ... and its name on the journal's scale
    current_level: int | None = None  # SKILL_LEVEL: the level now, None when not assessed
    current_name: str = ""  # ... and its name ("" when not assessed)
    entry_kind: EntryKind | None = None  # ENTRY_COUNT
    count: int = 0  # ENTRY_COUNT: how many entries are wanted
    since: dt.date | None = None  # ENTRY_COUNT: counted from this day
    so_far: int = 0  # ENTRY_COUNT: how many there are up to the day judged
    tag: str = ""  # CERTIFICATION
    found: bool = False  # CERTIFICATION: a matching entry exists up to the day judged
    criterion_text: str = ""  # FRAMEWORK: the criterion's wording
    rule: str = ""  # FRAMEWORK: the tick rule (TickRule's value)
    evidence_count: int = 0  # FRAMEWORK: entries linked up to the day judged
    shown: str = ""  # FRAMEWORK: the latest assessment (Demonstration's value), "" for none
    problem: str = ""  # UNJUDGEABLE: what is wrong with the stored criterion


@dataclass(frozen=True)
class MilestoneStatus:
    """A milestone as it stands: done or not (automatic ones judged from the journal)."""

    milestone: MilestoneRecord
    step: Step
    done_on: dt.date | None  # when it last became done, if it is done now
    criterion: Criterion  # what completes it, with where it stands
    satisfied_by: tuple[int, ...]  # entries that meet an automatic criterion (evidence too)

    @property
    def done(self) -> bool:
        return self.done_on is not None

    @property
    def automatic(self) -> bool:
        return self.milestone.criterion_kind is not CriterionKind.MANUAL

    @property
    def evidence_ids(self) -> tuple[int, ...]:
        """Linked entries, then entries that meet the criterion; each once."""
        return tuple(dict.fromkeys((*self.milestone.evidence_ids, *self.satisfied_by)))


@dataclass(frozen=True)
class GoalProgress:
    """A goal's progress now and over time, its pace and when it will be ready at that pace.

    `progress` is the done share of milestone weight: `done_weight / total_weight`.
    """

    goal: GoalRecord
    as_of: dt.date
    milestones: tuple[MilestoneStatus, ...]
    progress: float  # 0..1, the done share of milestone weight
    series: tuple[tuple[dt.date, float], ...]  # step curve from the goal's start to as_of
    pace: Pace
    projection: Projection
    schedule: Schedule

    @property
    def open_milestones(self) -> tuple[MilestoneStatus, ...]:
        return tuple(m for m in self.milestones if not m.done)

    @property
    def done_count(self) -> int:
        return sum(1 for m in self.milestones if m.done)

    @property
    def done_weight(self) -> float:
        return sum(m.milestone.weight for m in self.milestones if m.done)

    @property
    def total_weight(self) -> float:
        return sum(m.milestone.weight for m in self.milestones)

    @property
    def starts_later(self) -> bool:
        """The goal's start date is after the day it is judged on (no pace yet)."""
        return self.goal.created_on > self.as_of


def evaluate(session: Session, goal: Goal, today: dt.date, window_days: int) -> GoalProgress:
    """`goal` as it stands at `today` (inside the caller's read session)."""
    return _Evaluator(session).goal_progress(goal, today, window_days)


def evaluate_all(
    session: Session, goals: list[Goal], today: dt.date, window_days: int
) -> list[GoalProgress]:
    """`evaluate` for each of `goals`, sharing one evaluator (the profile is read once)."""
    evaluator = _Evaluator(session)
    return [evaluator.goal_progress(g, today, window_days) for g in goals]


class _Evaluator:
    """Judges automatic milestones from the journal as of a date."""

    def __init__(self, session: Session):
        self._session = session
        profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
        self._scale = profile.skill_scale if profile is not None else SkillScale.DREYFUS

    def goal_progress(self, goal: Goal, today: dt.date, window_days: int) -> GoalProgress:
        record = goal_record(goal)
        end = today
        if goal.closed_on is not None and goal.status is not GoalStatus.ACTIVE:
            end = min(today, goal.closed_on)
        # Milestones as they stood at `end`, so that they agree with the progress figure.
        statuses = tuple(self.milestone_status(m, end) for m in goal.milestones)
        steps = [m.step for m in statuses]
        start = min(goal.created_on, end)
        now = progress_at(steps, end)
        the_pace = pace(steps, end, started=start, window_days=window_days)
        projection = project(steps, end, the_pace)
        standing = schedule(now, projection, started=start, target=goal.target_date, today=end)
        if goal.status is not GoalStatus.ACTIVE:
            # Achieved or dropped: the goal's status and closing date say the rest.
            standing = Schedule(Standing.CLOSED, None, now)
            if projection.outlook is not Outlook.DONE:
                projection = Projection(Outlook.CLOSED)
        return GoalProgress(
            goal=record,
            as_of=end,
            milestones=statuses,
            progress=now,
            series=tuple(progress_series(steps, start, end)),
            pace=the_pace,
            projection=projection,
            schedule=standing,
        )

    def milestone_status(self, m: Milestone, today: dt.date) -> MilestoneStatus:
        record = milestone_record(m)
        kind = CriterionKind(m.criterion_kind)
        satisfied: tuple[int, ...] = ()
        if kind is CriterionKind.MANUAL:
            step = manual_step(m.weight, m.done_on)
            facts = Criterion(Completion.BY_HAND)
        else:
            try:
                criterion = clean_criterion(kind, dict(m.criterion or {}))
            except ValidationError as exc:
                # Stored by an older version or an import: shown as open, never a crash.
                step, facts = Step(m.weight), Criterion(Completion.UNJUDGEABLE, problem=str(exc))
            else:
                judge = {
                    CriterionKind.SKILL_LEVEL: self._skill_level,
                    CriterionKind.ENTRY_COUNT: self._entry_count,
                    CriterionKind.CERTIFICATION_TAG: self._certification,
                    CriterionKind.FRAMEWORK: self._framework,
                }[kind]
                step, facts, satisfied = judge(m.weight, criterion, today)
        done_on = None
        if step.done_at(today):
            done_on = max(w for w, state in step.changes if state and w <= today)
        return MilestoneStatus(record, step, done_on, facts, satisfied)

    def _skill_level(
        self, weight: float, criterion: dict[str, Any], today: dt.date
    ) -> tuple[Step, Criterion, tuple[int, ...]]:
        skill = self._session.get(Skill, criterion["skill_id"])
        top = max_level(self._scale)
        level = min(criterion["level"], top)  # above the scale (after a switch): its top
        wanted = level_name(self._scale, level)
        if skill is None:
            gone = Criterion(Completion.SKILL_GONE, level=level, level_name=wanted)
            return Step(weight), gone, ()
        rows = self._session.execute(
            select(
                SkillAssessment.assessed_on,
                SkillAssessment.level,
                SkillAssessment.evidence_entry_id,
            )
            .where(SkillAssessment.skill_id == skill.id)
            .order_by(SkillAssessment.assessed_on, SkillAssessment.id)
        ).all()
        step = step_from_states(weight, [(day, lv >= level) for day, lv, _ in rows])
        past = [row for row in rows if row[0] <= today]
        now = min(past[-1][1], top) if past else None
        facts = Criterion(
            Completion.SKILL_LEVEL,
            skill=skill.name,
            level=level,
            level_name=wanted,
            current_level=now,
            current_name=level_name(self._scale, now) if now else "",
        )
        evidence = tuple(dict.fromkeys(e for _, lv, e in past if e is not None and lv >= level))
        return step, facts, evidence

    def _framework(
        self, weight: float, criterion: dict[str, Any], today: dt.date
    ) -> tuple[Step, Criterion, tuple[int, ...]]:
        from .goal_framework import judge_framework

        found = judge_framework(self._session, criterion["criterion_id"], today)
        if found is None:
            return Step(weight), Criterion(Completion.CRITERION_GONE), ()
        changes, facts, evidence = found
        step = Step(weight, tuple(changes))
        return step, Criterion(Completion.FRAMEWORK, **facts), evidence

    def _entry_count(
        self, weight: float, criterion: dict[str, Any], today: dt.date
    ) -> tuple[Step, Criterion, tuple[int, ...]]:
        kind = EntryKind(criterion["kind"])
        count: int = criterion["count"]
        since = dt.date.fromisoformat(criterion["since"])
        rows = self._session.execute(
            select(Entry.id, Entry.occurred_on)
            .where(Entry.kind == kind, Entry.trashed_at.is_(None), Entry.occurred_on >= since)
            .order_by(Entry.occurred_on, Entry.id)
        ).all()
        # Done on the day the count was reached; entries dated later have not happened yet.
        step = Step(weight, ((rows[count - 1][1], True),)) if len(rows) >= count else Step(weight)
        past = [row for row in rows if row[1] <= today]
        facts = Criterion(
            Completion.ENTRY_COUNT, entry_kind=kind, count=count, since=since, so_far=len(past)
        )
        return step, facts, tuple(r[0] for r in past[:count])

    def _certification(
        self, weight: float, criterion: dict[str, Any], today: dt.date
    ) -> tuple[Step, Criterion, tuple[int, ...]]:
        tag: str = criterion["tag"]
        rows = self._session.execute(
            select(Entry.id, Entry.occurred_on)
            .join(entry_tag, entry_tag.c.entry_id == Entry.id)
            .join(Tag, Tag.id == entry_tag.c.tag_id)
            .where(
                Entry.kind == EntryKind.CERTIFICATION,
                Entry.trashed_at.is_(None),
                func.lower(Tag.name) == tag,
            )
            .order_by(Entry.occurred_on, Entry.id)
        ).all()
        step = Step(weight, ((rows[0][1], True),)) if rows else Step(weight)
        past = [row for row in rows if row[1] <= today]
        facts = Criterion(Completion.CERTIFICATION, tag=tag, found=bool(past))
        return step, facts, tuple(r[0] for r in past[:1])
