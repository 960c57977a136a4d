"""Goals and their milestones (vertical micro-stepping), and the entries that evidence them."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from ..domain import (
    CriterionKind,
    Entry,
    EntryKind,
    Goal,
    GoalKind,
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
from . import validate, versions
from .base import Service
from .changes import Action, Change, Topic
from .errors import NotFoundError, ValidationError
from .progress import (
    DEFAULT_WINDOW_DAYS,
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
    window_words,
)
from .records import GoalDraft, GoalRecord, MilestoneDraft, MilestoneRecord


@dataclass(frozen=True)
class MilestoneStatus:
    """A milestone as it stands: done or not (automatic ones judged from the journal)."""

    milestone: MilestoneRecord
    step: Step
    done_on: dt.date | None  # when it last became done, if it is done now
    criterion_text: str  # what completes it, in words, with where it stands
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
    """A goal's progress now and over time, its pace and when it will be ready at that pace."""

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
    def done_weight(self) -> float:
        return sum(m.milestone.weight for m in self.milestones if m.done)

    @property
    def total_weight(self) -> float:
        return sum(m.milestone.weight for m in self.milestones)

    def explanation(self) -> str:
        """How the percentage is computed, in one line."""
        if not self.milestones:
            return "No milestones yet: progress is the done share of milestone weight."
        return (
            f"Done share of milestone weight: {_num(self.done_weight)} of "
            f"{_num(self.total_weight)} ({len(self.milestones) - len(self.open_milestones)} of "
            f"{len(self.milestones)} milestones)."
        )

    def pace_text(self) -> str:
        p = self.pace
        if p.days <= 0:
            if self.goal.created_on > self.as_of:
                start = self.goal.created_on
                return f"No pace yet: the goal starts on {start.day} {start:%b %Y}."
            return "No pace yet: the goal started today."
        return (
            f"{p.per_month:+.0%} of the goal per month over "
            f"{window_words(p.days, since_start=p.since_start)} "
            f"({p.completions} milestone{'s' if p.completions != 1 else ''} completed)."
        )


def _num(value: float) -> str:
    return f"{value:g}"


def _list_order(g: GoalRecord) -> tuple[bool, bool, dt.date, int]:
    """Pinned first, then active before closed, then by target date (none last), then id."""
    return (not g.pinned, g.status is not GoalStatus.ACTIVE, g.target_date or dt.date.max, g.id)


def milestone_record(m: Milestone) -> MilestoneRecord:
    return MilestoneRecord(
        id=m.id,
        goal_id=m.goal_id,
        position=m.position,
        title=m.title,
        due_on=m.due_on,
        done_on=m.done_on,
        weight=m.weight,
        criterion_kind=m.criterion_kind,
        criterion=dict(m.criterion or {}),
        evidence_ids=tuple(sorted(e.id for e in m.evidence)),
        version=m.version,
    )


def goal_record(g: Goal) -> GoalRecord:
    return GoalRecord(
        id=g.id,
        kind=g.kind,
        title=g.title,
        description=g.description,
        target_role_title=g.target_role_title,
        target_level=g.target_level,
        target_date=g.target_date,
        status=g.status,
        pinned=g.pinned,
        created_on=g.created_on,
        closed_on=g.closed_on,
        milestones=tuple(milestone_record(m) for m in g.milestones),
        version=g.version,
    )


def _validate_goal(draft: GoalDraft) -> GoalDraft:
    validate.check_date(draft.created_on, "start date")
    if draft.target_date is not None:
        validate.check_date(draft.target_date, "target date")
    if draft.closed_on is not None:
        validate.date_range(draft.created_on, draft.closed_on, "closing date")
    status = GoalStatus(draft.status)
    closed_on = draft.closed_on
    if status is GoalStatus.ACTIVE:
        closed_on = None
    elif closed_on is None:
        closed_on = max(dt.date.today(), draft.created_on)
    return GoalDraft(
        title=validate.title(draft.title, "goal title", 200),
        kind=GoalKind(draft.kind),
        description=draft.description.strip(),
        target_role_title=validate.text(draft.target_role_title, "target role", 200),
        target_level=validate.text(draft.target_level, "target level", 50),
        target_date=draft.target_date,
        status=status,
        pinned=bool(draft.pinned) and status is GoalStatus.ACTIVE,
        created_on=draft.created_on,
        closed_on=closed_on,
    )


_REQUIRED = {
    CriterionKind.MANUAL: (),
    CriterionKind.SKILL_LEVEL: ("skill_id", "level"),
    CriterionKind.ENTRY_COUNT: ("kind", "count", "since"),
    CriterionKind.CERTIFICATION_TAG: ("tag",),
}


def clean_criterion(kind: CriterionKind, criterion: dict[str, Any]) -> dict[str, Any]:
    """An automatic criterion checked and in its stored form, or ValidationError("criterion").

    SKILL_LEVEL {skill_id: int, level: int >= 1}; ENTRY_COUNT {kind: an entry kind, count: int
    >= 1, since: "YYYY-MM-DD"} (a date is accepted too); CERTIFICATION_TAG {tag: a tag, stored
    as tags are: lower case, single-spaced}. A manual milestone has no criterion ({}); other keys
    of an automatic one are kept as they are.
    """
    kind = CriterionKind(kind)
    if kind is CriterionKind.MANUAL:
        return {}
    clean = dict(criterion)
    missing = [k for k in _REQUIRED[kind] if clean.get(k) in (None, "")]
    if missing:
        raise ValidationError(
            "criterion", f"An automatic milestone of type {kind.value} needs {', '.join(missing)}."
        )
    if kind is CriterionKind.SKILL_LEVEL:
        clean["skill_id"] = _whole(clean["skill_id"], "skill_id", 1)
        clean["level"] = _whole(clean["level"], "level", 1)
    elif kind is CriterionKind.ENTRY_COUNT:
        try:
            clean["kind"] = EntryKind(clean["kind"]).value
        except ValueError:
            raise ValidationError(
                "criterion", f"{clean['kind']!r} is not a kind of entry."
            ) from None
        clean["count"] = _whole(clean["count"], "count", 1)
        since = clean["since"]
        if isinstance(since, dt.datetime):
            since = since.date()
        try:
            day = (
                validate.check_date(since, "since")
                if isinstance(since, dt.date)
                else validate.parse_date(str(since), "since")
            )
        except ValidationError as exc:
            raise ValidationError("criterion", str(exc)) from None
        clean["since"] = day.isoformat()
    else:
        try:
            tag = validate.tag(str(clean["tag"]))
        except ValidationError as exc:
            raise ValidationError("criterion", str(exc)) from None
        if not tag:
            raise ValidationError(
                "criterion", f"An automatic milestone of type {kind.value} needs tag."
            )
        clean["tag"] = tag
    return clean


def _whole(value: object, key: str, least: int) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    if number is None or number < least:
        raise ValidationError(
            "criterion",
            f"The criterion's {key} must be a whole number from {least}, not {value!r}.",
        )
    return number


def _validate_milestone(draft: MilestoneDraft) -> MilestoneDraft:
    if not (draft.weight > 0 and math.isfinite(draft.weight)):
        raise ValidationError(
            "weight", f"A milestone's weight must be a number above 0, not {draft.weight}."
        )
    kind = CriterionKind(draft.criterion_kind)
    criterion = clean_criterion(kind, dict(draft.criterion))
    for day in (draft.due_on, draft.done_on):
        if day is not None:
            validate.check_date(day, "milestone date")
    return MilestoneDraft(
        title=validate.title(draft.title, "milestone title", 200),
        due_on=draft.due_on,
        done_on=draft.done_on,
        weight=float(draft.weight),
        criterion_kind=kind,
        criterion=criterion,
    )


class GoalService(Service):
    # -- goals --------------------------------------------------------------------------------

    def add(self, draft: GoalDraft, milestones: Sequence[MilestoneDraft] = ()) -> GoalRecord:
        clean = _validate_goal(draft)
        steps = [_validate_milestone(m) for m in milestones]
        with self._store.write() as session:
            if clean.pinned:
                self._unpin_all(session)
            goal = Goal(**clean.__dict__)
            goal.milestones = [Milestone(position=i, **m.__dict__) for i, m in enumerate(steps)]
            session.add(goal)
            session.flush()
            record = goal_record(goal)
        self._announce(Change.of(Topic.GOALS, Action.ADDED, [record.id]))
        return record

    def update(self, goal_id: int, draft: GoalDraft, *, expected_version: int) -> GoalRecord:
        """Replace a goal's fields; refused (ConflictError) if it is no longer at
        `expected_version`, the version the caller read."""
        clean = _validate_goal(draft)
        with self._store.write() as session:
            goal = versions.checked(session, Goal, goal_id, expected_version, "goal")
            if clean.pinned and not goal.pinned:
                self._unpin_all(session)
            for key, value in clean.__dict__.items():
                setattr(goal, key, value)
            versions.bump(goal)
            session.flush()
            record = goal_record(goal)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))
        return record

    def delete(self, goal_id: int, *, expected_version: int) -> None:
        """Delete a goal with its milestones; refused if it changed since `expected_version`."""
        with self._store.write() as session:
            session.delete(versions.checked(session, Goal, goal_id, expected_version, "goal"))
        self._announce(Change.of(Topic.GOALS, Action.DELETED, [goal_id]))

    def get(self, goal_id: int) -> GoalRecord:
        with self._store.read() as session:
            return goal_record(self._goal(session, goal_id))

    def list(self, *, status: GoalStatus | None = None) -> list[GoalRecord]:
        """Goals, pinned first, then active before closed, then by target date."""
        with self._store.read() as session:
            goals = [goal_record(g) for g in self._goals(session, status)]
        return sorted(goals, key=_list_order)

    def pinned(self) -> GoalRecord | None:
        return next((g for g in self.list() if g.pinned), None)

    # -- milestones ---------------------------------------------------------------------------

    def add_milestone(
        self, goal_id: int, draft: MilestoneDraft, *, position: int | None = None
    ) -> MilestoneRecord:
        clean = _validate_milestone(draft)
        with self._store.write() as session:
            goal = self._goal(session, goal_id)
            milestone = Milestone(**clean.__dict__)
            index = (
                len(goal.milestones)
                if position is None
                else max(0, min(position, len(goal.milestones)))
            )
            goal.milestones.insert(index, milestone)
            for i, m in enumerate(goal.milestones):
                m.position = i
            session.flush()
            record = milestone_record(milestone)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))
        return record

    def update_milestone(
        self, milestone_id: int, draft: MilestoneDraft, *, expected_version: int
    ) -> MilestoneRecord:
        clean = _validate_milestone(draft)
        with self._store.write() as session:
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            for key, value in clean.__dict__.items():
                setattr(m, key, value)
            versions.bump(m)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def set_done(
        self, milestone_id: int, done_on: dt.date | None, *, expected_version: int
    ) -> MilestoneRecord:
        """Mark a milestone done on a date, or not done with None (manual milestones only)."""
        with self._store.write() as session:
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            if m.criterion_kind is not CriterionKind.MANUAL:
                raise ValidationError(
                    "done",
                    f"“{m.title}” completes itself from the journal; change its criterion or "
                    "make it a manual milestone to tick it by hand.",
                )
            m.done_on = None if done_on is None else validate.check_date(done_on, "done date")
            versions.bump(m)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def delete_milestone(self, milestone_id: int, *, expected_version: int) -> None:
        with self._store.write() as session:
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            goal = m.goal
            goal.milestones.remove(m)
            for i, other in enumerate(goal.milestones):
                other.position = i
            goal_id = goal.id
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))

    def reorder_milestones(self, goal_id: int, milestone_ids: Sequence[int]) -> None:
        """Set the order of a goal's milestones (all of them).

        Unversioned on purpose: positions are no milestone's content, so a reorder never
        overwrites an edit made elsewhere, and of two reorders the later simply wins.
        """
        with self._store.write() as session:
            goal = self._goal(session, goal_id)
            by_id = {m.id: m for m in goal.milestones}
            if sorted(by_id) != sorted(milestone_ids):
                raise ValidationError("milestones", "Reordering must list every milestone once.")
            for i, mid in enumerate(milestone_ids):
                by_id[mid].position = i
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [goal_id]))

    def get_milestone(self, milestone_id: int) -> MilestoneRecord:
        with self._store.read() as session:
            return milestone_record(self._milestone(session, milestone_id))

    def link_evidence(self, milestone_id: int, entry_ids: Sequence[int]) -> MilestoneRecord:
        """Add entries to a milestone's evidence.

        Unversioned on purpose: it adds to a set instead of writing a copy of it, so links made
        on two devices add up rather than one overwriting the other.
        """
        with self._store.write() as session:
            m = self._milestone(session, milestone_id)
            have = {e.id for e in m.evidence}
            for entry_id in entry_ids:
                if entry_id in have:
                    continue
                entry = session.get(Entry, entry_id)
                if entry is None:
                    raise ValidationError("evidence", f"There is no entry {entry_id}.")
                m.evidence.append(entry)
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def unlink_evidence(self, milestone_id: int, entry_ids: Sequence[int]) -> MilestoneRecord:
        """Remove entries from a milestone's evidence (unversioned, like `link_evidence`)."""
        with self._store.write() as session:
            m = self._milestone(session, milestone_id)
            drop = set(entry_ids)
            m.evidence = [e for e in m.evidence if e.id not in drop]
            session.flush()
            record = milestone_record(m)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    def split_milestone(
        self,
        milestone_id: int,
        new_title: str,
        *,
        share: float = 0.5,
        expected_version: int,
    ) -> MilestoneRecord:
        """Split a milestone in two: a new one with `share` of its weight goes right after it.

        The original keeps its title, criterion, dates and evidence; the new one is manual and
        open. Returns the new milestone.
        """
        if not 0 < share < 1:
            raise ValidationError("share", "The split share must be between 0 and 1.")
        title = validate.title(new_title, "milestone title", 200)
        with self._store.write() as session:
            m = versions.checked(session, Milestone, milestone_id, expected_version, "milestone")
            goal = m.goal
            new = Milestone(
                title=title,
                due_on=m.due_on,
                weight=m.weight * share,
                criterion_kind=CriterionKind.MANUAL,
                criterion={},
            )
            m.weight = m.weight * (1 - share)
            versions.bump(m)
            goal.milestones.insert(goal.milestones.index(m) + 1, new)
            for i, other in enumerate(goal.milestones):
                other.position = i
            session.flush()
            record = milestone_record(new)
        self._announce(Change.of(Topic.GOALS, Action.UPDATED, [record.goal_id]))
        return record

    # -- progress -----------------------------------------------------------------------------

    def progress(
        self,
        goal_id: int,
        today: dt.date | None = None,
        *,
        window_days: int = DEFAULT_WINDOW_DAYS,
    ) -> GoalProgress:
        """Where a goal stands at `today`: milestones, progress over time, pace, projection."""
        today = today or dt.date.today()
        with self._store.read() as session:
            goal = self._goal(session, goal_id)
            return _Evaluator(session).goal_progress(goal, today, window_days)

    def progress_all(
        self,
        today: dt.date | None = None,
        *,
        status: GoalStatus | None = None,
        window_days: int = DEFAULT_WINDOW_DAYS,
    ) -> list[GoalProgress]:
        """`progress` for every goal (in `list` order), read in one session."""
        today = today or dt.date.today()
        with self._store.read() as session:
            evaluator = _Evaluator(session)
            found = [
                evaluator.goal_progress(g, today, window_days) for g in self._goals(session, status)
            ]
        return sorted(found, key=lambda gp: _list_order(gp.goal))

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _goals(session: Session, status: GoalStatus | None) -> list[Goal]:
        stmt = select(Goal).options(selectinload(Goal.milestones).selectinload(Milestone.evidence))
        if status is not None:
            stmt = stmt.where(Goal.status == status)
        return list(session.scalars(stmt))

    @staticmethod
    def _goal(session: Session, goal_id: int) -> Goal:
        goal = session.get(Goal, goal_id)
        if goal is None:
            raise NotFoundError(f"There is no goal {goal_id}.")
        return goal

    @staticmethod
    def _milestone(session: Session, milestone_id: int) -> Milestone:
        m = session.get(Milestone, milestone_id)
        if m is None:
            raise NotFoundError(f"There is no milestone {milestone_id}.")
        return m

    @staticmethod
    def _unpin_all(session: Session) -> None:
        session.execute(update(Goal).where(Goal.pinned.is_(True)).values(pinned=False))


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
            word = "Achieved" if goal.status is GoalStatus.ACHIEVED else "Dropped"
            closed = goal.closed_on or end
            standing = Schedule(
                Standing.CLOSED, None, f"{word} on {closed.day} {closed:%b %Y} with {now:.0%} done."
            )
            if projection.outlook is not Outlook.DONE:
                projection = Projection(Outlook.CLOSED, reason=f"{word}: nothing to project.")
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
            text = "Ticked by hand."
        else:
            try:
                criterion = clean_criterion(kind, dict(m.criterion or {}))
            except ValidationError as exc:
                # Stored by an older version or an import: shown as open, never a crash.
                step, text = Step(m.weight), f"A criterion that cannot be judged: {exc}"
            else:
                judge = {
                    CriterionKind.SKILL_LEVEL: self._skill_level,
                    CriterionKind.ENTRY_COUNT: self._entry_count,
                    CriterionKind.CERTIFICATION_TAG: self._certification,
                }[kind]
                step, text, satisfied = judge(m.weight, criterion, today)
        done_on = None
        if step.done_at(today):
            done_on = max(w for w, state in step.changes if state and w <= today)
        return MilestoneStatus(record, step, done_on, text, satisfied)

    def _skill_level(
        self, weight: float, criterion: dict[str, Any], today: dt.date
    ) -> tuple[Step, str, tuple[int, ...]]:
        skill = self._session.get(Skill, criterion["skill_id"])
        top = max_level(self._scale)
        level = min(criterion["level"], top)  # above the scale (after a switch): its top
        wanted = level_name(self._scale, level)
        if skill is None:
            return Step(weight), f"A skill that no longer exists at {wanted} or above.", ()
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
        now = past[-1][1] if past else None
        now_text = level_name(self._scale, min(now, top)) if now else "not assessed"
        evidence = tuple(dict.fromkeys(e for _, lv, e in past if e is not None and lv >= level))
        return step, f"{skill.name} at {wanted} or above (now {now_text}).", evidence

    def _entry_count(
        self, weight: float, criterion: dict[str, Any], today: dt.date
    ) -> tuple[Step, str, tuple[int, ...]]:
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
        noun = f"{kind.value} entry" if count == 1 else f"{kind.value} entries"
        text = f"{count} {noun} since {since.day} {since:%b %Y} ({len(past)} so far)."
        return step, text, tuple(r[0] for r in past[:count])

    def _certification(
        self, weight: float, criterion: dict[str, Any], today: dt.date
    ) -> tuple[Step, str, tuple[int, ...]]:
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
        state = "found" if past else "none yet"
        return (
            step,
            f"A certification entry tagged “{tag}” ({state}).",
            tuple(r[0] for r in past[:1]),
        )
