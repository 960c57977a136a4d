"""The rubric: the active framework's current and next level, criterion by criterion.

For each criterion: the entries linked as evidence, the user's dated assessments (not yet /
sometimes / consistently) and what is missing under the framework's tick rule. Per level: the
share met (readiness) per topic and overall, and the position within the current level as a
sub-level letter, with its history. Assessing and linking are operations of the journal's log.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain import (
    CriterionAssessment,
    Demonstration,
    Entry,
    EvidenceLink,
    Framework,
    FrameworkCriterion,
    FrameworkTopic,
    criterion_evidence,
)
from . import validate
from .base import Service
from .changes import Action, Change, Topic
from .entries import role_id_at
from .errors import NotFoundError, ValidationError
from .framework_records import (
    AssessmentRecord,
    CriterionMatch,
    CriterionRecord,
    CriterionState,
    EvidenceRecord,
    FrameworkRecord,
    LevelRecord,
    LevelRubric,
    LevelSource,
    Rubric,
    RubricSettings,
    SubLevel,
    TopicReadiness,
)
from .frameworks import framework_record, role_level
from .operations import OpCode
from .rubric_links import criteria_of_entry, relink_criteria
from .rubric_match import rank_criteria
from .rubric_maths import gaps, is_met, letter, share_history


def _criterion_record(c: FrameworkCriterion, topic: FrameworkTopic) -> CriterionRecord:
    return CriterionRecord(
        id=c.id,
        framework_id=c.framework_id,
        topic_key=topic.key,
        topic_title=topic.title,
        level=c.level,
        text=c.text,
        examples=tuple(c.examples or ()),
        position=c.position,
    )


def _assessment_record(a: CriterionAssessment) -> AssessmentRecord:
    return AssessmentRecord(a.id, a.criterion_id, a.assessed_on, a.status, a.note)


def criteria_rows(
    session: Session, framework_id: int, levels: Sequence[int] | None = None
) -> list[tuple[CriterionRecord, int]]:
    """Criteria (with their topic's position), in topic then framework order."""
    stmt = (
        select(FrameworkCriterion, FrameworkTopic)
        .join(FrameworkTopic, FrameworkTopic.id == FrameworkCriterion.topic_id)
        .where(FrameworkCriterion.framework_id == framework_id)
        .order_by(FrameworkTopic.position, FrameworkCriterion.level, FrameworkCriterion.position)
    )
    if levels is not None:
        stmt = stmt.where(FrameworkCriterion.level.in_(list(levels)))
    return [(_criterion_record(c, t), t.position) for c, t in session.execute(stmt).all()]


def evidence_of(session: Session, ids: Sequence[int]) -> dict[int, list[EvidenceRecord]]:
    """Live entries linked to each criterion, oldest first."""
    found: dict[int, list[EvidenceRecord]] = defaultdict(list)
    if not ids:
        return found
    rows = session.execute(
        select(criterion_evidence.c.criterion_id, Entry)
        .join(Entry, Entry.id == criterion_evidence.c.entry_id)
        .where(criterion_evidence.c.criterion_id.in_(list(ids)), Entry.trashed_at.is_(None))
        .order_by(Entry.occurred_on, Entry.id)
    ).all()
    pairs = list(rows)
    entry_ids = {e.id for _, e in pairs}
    urls: dict[int, list[str]] = defaultdict(list)
    if entry_ids:
        for link in session.scalars(
            select(EvidenceLink)
            .where(EvidenceLink.entry_id.in_(entry_ids))
            .order_by(EvidenceLink.entry_id, EvidenceLink.position)
        ):
            urls[link.entry_id].append(link.url)
    for cid, e in pairs:
        found[cid].append(
            EvidenceRecord(e.id, e.title, e.occurred_on, e.measurable_result, tuple(urls[e.id]))
        )
    return found


def assessments_of(session: Session, ids: Sequence[int]) -> dict[int, list[AssessmentRecord]]:
    found: dict[int, list[AssessmentRecord]] = defaultdict(list)
    if not ids:
        return found
    for a in session.scalars(
        select(CriterionAssessment)
        .where(CriterionAssessment.criterion_id.in_(list(ids)))
        .order_by(CriterionAssessment.assessed_on, CriterionAssessment.id)
    ):
        found[a.criterion_id].append(_assessment_record(a))
    return found


def level_rubric(
    session: Session,
    level: LevelRecord,
    rows: list[tuple[CriterionRecord, int]],
    settings: RubricSettings,
    as_of: dt.date,
) -> LevelRubric:
    ids = [c.id for c, _ in rows]
    evidence = evidence_of(session, ids)
    assessments = assessments_of(session, ids)
    states: list[tuple[CriterionState, int]] = []
    for c, topic_position in rows:
        ev = tuple(e for e in evidence.get(c.id, []) if e.occurred_on <= as_of)
        past = tuple(a for a in assessments.get(c.id, []) if a.assessed_on <= as_of)
        latest = past[-1].status if past else None
        met = is_met(settings.tick, bool(ev), latest)
        states.append(
            (
                CriterionState(c, ev, past, met, gaps(settings.tick, bool(ev), latest)),
                topic_position,
            )
        )
    topics: dict[str, list[CriterionState]] = {}
    for state, _ in states:
        topics.setdefault(state.criterion.topic_key, []).append(state)
    readiness = tuple(
        TopicReadiness(
            key=key,
            title=group[0].criterion.topic_title,
            total=len(group),
            met=sum(1 for s in group if s.met),
            evidenced=sum(1 for s in group if s.evidence),
            consistent=sum(1 for s in group if s.latest is Demonstration.CONSISTENTLY),
        )
        for key, group in topics.items()
    )
    ordered = sorted(states, key=lambda p: (bool(p[0].evidence), p[1], p[0].criterion.position))
    return LevelRubric(level, tuple(s for s, _ in ordered), readiness)


class RubricService(Service):
    def rubric(
        self,
        level: int | None = None,
        *,
        target: int | None = None,
        on: dt.date | None = None,
        framework_id: int | None = None,
    ) -> Rubric | None:
        """The rubric of the active (or the given) framework; None when there is none.

        The current level is `level`, or the one before `target`, or the current role's level
        (as mapped, or guessed from its label). Without one, `current` is None and `next` is the
        framework's first level.
        """
        as_of = on or dt.date.today()
        with self._store.read() as session:
            f = self._framework(session, framework_id)
            if f is None:
                return None
            record = framework_record(session, f)
            numbers = [lv.number for lv in record.levels]
            role_id = role_id_at(session, as_of)
            candidates: tuple[int, ...] = ()
            if target is not None:
                _check_level(record, target)
                before = [n for n in numbers if n < target]
                current_no = before[-1] if before else None
                source = LevelSource.CHOSEN
            elif level is not None:
                _check_level(record, level)
                current_no, source = level, LevelSource.CHOSEN
            elif role_id is None:
                current_no, source = None, LevelSource.NO_ROLE
            else:
                current_no, candidates = role_level(session, role_id, f.id)
                if current_no is not None:
                    mapped = _mapped_level(session, role_id, f.id) == current_no
                    source = LevelSource.MAPPED if mapped else LevelSource.GUESSED
                else:
                    source = LevelSource.AMBIGUOUS
            current = record.level(current_no) if current_no is not None else None
            if target is not None:
                following = record.level(target)
            elif current is not None:
                following = record.next_level(current.number)
            else:
                following = record.levels[0] if record.levels else None
            wanted = [lv.number for lv in (current, following) if lv is not None]
            rows = criteria_rows(session, f.id, wanted)
            by_level: dict[int, list[tuple[CriterionRecord, int]]] = defaultdict(list)
            for c, pos in rows:
                by_level[c.level].append((c, pos))
            cur = nxt = None
            settings = record.settings
            if current is not None:
                cur = level_rubric(session, current, by_level[current.number], settings, as_of)
            if following is not None:
                nxt = level_rubric(session, following, by_level[following.number], settings, as_of)
            sub, history = _position(session, cur, settings, as_of)
            return Rubric(record, as_of, source, cur, nxt, sub, history, role_id, candidates)

    def criteria(
        self, *, level: int | None = None, framework_id: int | None = None
    ) -> list[CriterionRecord]:
        with self._store.read() as session:
            f = self._framework(session, framework_id)
            if f is None:
                return []
            return [c for c, _ in criteria_rows(session, f.id, None if level is None else [level])]

    def state(self, criterion_id: int, on: dt.date | None = None) -> CriterionState:
        as_of = on or dt.date.today()
        with self._store.read() as session:
            c = self._criterion(session, criterion_id)
            topic = session.get(FrameworkTopic, c.topic_id)
            assert topic is not None
            f = session.get(Framework, c.framework_id)
            assert f is not None
            settings = framework_record(session, f).settings
            record = _criterion_record(c, topic)
            lr = level_rubric(session, LevelRecord(c.level, ""), [(record, 0)], settings, as_of)
            return lr.criteria[0]

    def for_entry(self, entry_id: int) -> list[CriterionRecord]:
        """The criteria this entry is evidence for (every framework)."""
        with self._store.read() as session:
            ids = criteria_of_entry(session, entry_id)
            if not ids:
                return []
            rows = session.execute(
                select(FrameworkCriterion, FrameworkTopic)
                .join(FrameworkTopic, FrameworkTopic.id == FrameworkCriterion.topic_id)
                .where(FrameworkCriterion.id.in_(ids))
                .order_by(FrameworkCriterion.level, FrameworkTopic.position)
            ).all()
            return [_criterion_record(c, t) for c, t in rows]

    def suggest(
        self, text: str, *, levels: Sequence[int] | None = None, limit: int = 5
    ) -> list[CriterionMatch]:
        """Criteria of the active framework whose words an entry's text shares, best first."""
        with self._store.read() as session:
            f = self._framework(session, None)
            if f is None:
                return []
            rows = [c for c, _ in criteria_rows(session, f.id, levels)]
        return rank_criteria(text, rows, limit=limit)

    # -- writes -------------------------------------------------------------------------------

    def assess(
        self,
        criterion_id: int,
        status: Demonstration | str,
        *,
        note: str = "",
        on: dt.date | None = None,
    ) -> AssessmentRecord:
        """Record how often the criterion is shown, as of `on` (today); history is kept."""
        try:
            shown = Demonstration(status)
        except ValueError as exc:
            choices = ", ".join(d.value for d in Demonstration)
            raise ValidationError("status", f"An assessment is one of {choices}.") from exc
        day = validate.check_date(on or dt.date.today(), "assessment date")
        with self._log.record(OpCode.CRITERION_ASSESS) as op:
            session = op.session
            c = self._criterion(session, criterion_id)
            op.subject = c.text[:200]
            row = CriterionAssessment(
                criterion_id=criterion_id, assessed_on=day, status=shown, note=note.strip()
            )
            session.add(row)
            session.flush()
            op.created("criterion_assessment", [row.id], deep=False)
            record = _assessment_record(row)
        self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED, [criterion_id]))
        return record

    def delete_assessment(self, assessment_id: int) -> None:
        with self._log.record(OpCode.CRITERION_UNASSESS) as op:
            session = op.session
            row = session.get(CriterionAssessment, assessment_id)
            if row is None:
                raise NotFoundError(f"There is no assessment {assessment_id}.")
            c = self._criterion(session, row.criterion_id)
            op.subject = c.text[:200]
            op.watch("criterion_assessment", [assessment_id])
            session.execute(
                delete(CriterionAssessment).where(CriterionAssessment.id == assessment_id)
            )
        self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED))

    def link(self, entry_id: int, criterion_id: int) -> bool:
        """Make the entry evidence for the criterion; False when it already was."""
        return self._relink(entry_id, [criterion_id], [], OpCode.CRITERION_LINK)

    def unlink(self, entry_id: int, criterion_id: int) -> bool:
        return self._relink(entry_id, [], [criterion_id], OpCode.CRITERION_UNLINK)

    def _relink(self, entry_id: int, link: list[int], unlink: list[int], code: OpCode) -> bool:
        with self._log.record(code) as op:
            session = op.session
            entry = session.get(Entry, entry_id)
            if entry is None:
                raise NotFoundError(f"There is no entry {entry_id}.")
            if entry.trashed_at is not None:
                raise ValidationError(
                    "entry", f"“{entry.title}” is in the trash: restore it first."
                )
            c = self._criterion(session, (link or unlink)[0])
            op.subject = c.text[:200]
            op.watch_where(
                "criterion_evidence",
                (criterion_evidence.c.entry_id == entry_id)
                & criterion_evidence.c.criterion_id.in_([*link, *unlink]),
            )
            changed = relink_criteria(session, entry_id, link, unlink)
        if changed:
            self._announce(Change.of(Topic.FRAMEWORKS, Action.UPDATED))
        return changed

    def make_goal(
        self,
        *,
        title: str,
        target: int | None = None,
        target_date: dt.date | None = None,
        today: dt.date | None = None,
    ) -> int:
        """A promotion goal whose milestones are the next (or `target`) level's criteria.

        `title` is the caller's words (the window's language). Returns the new goal's id.
        """
        rubric = self.rubric(target=target, on=today)
        if rubric is None:
            raise ValidationError("framework", "No framework is in use: import one first.")
        if rubric.next is None:
            raise ValidationError("level", "There is no next level to make a goal of.")
        if not rubric.next.total:
            raise ValidationError("level", "That level has no criteria to make milestones of.")
        from .goal_framework import make_promotion_goal

        level = rubric.next.level
        clean = validate.title(title, "goal title", 200)
        with self._log.record(OpCode.PROMOTION_GOAL, clean) as op:
            goal = make_promotion_goal(
                op.session,
                rubric.framework.id,
                level.number,
                title=clean,
                target_level=level.name or str(level.number),
                target_date=target_date,
                today=today or dt.date.today(),
            )
            op.created("goal", [goal.id])
            goal_id = goal.id
        self._announce(Change.of(Topic.GOALS, Action.ADDED, [goal_id]))
        return goal_id

    # -- helpers ------------------------------------------------------------------------------

    @staticmethod
    def _framework(session: Session, framework_id: int | None) -> Framework | None:
        if framework_id is not None:
            found = session.get(Framework, framework_id)
            if found is None:
                raise NotFoundError(f"There is no framework {framework_id}.")
            return found
        return session.scalar(select(Framework).where(Framework.active.is_(True)).limit(1))

    @staticmethod
    def _criterion(session: Session, criterion_id: int) -> FrameworkCriterion:
        found = session.get(FrameworkCriterion, criterion_id)
        if found is None:
            raise NotFoundError(f"There is no framework criterion {criterion_id}.")
        return found


def _check_level(record: FrameworkRecord, number: int) -> None:
    if record.level(number) is None:
        have = ", ".join(str(lv.number) for lv in record.levels)
        raise ValidationError("level", f"“{record.name}” has no level {number} (it has {have}).")


def _mapped_level(session: Session, role_id: int, framework_id: int) -> int | None:
    """The level the user said the role is (None when not said)."""
    from ..domain import RoleLevel

    found = session.get(RoleLevel, (role_id, framework_id))
    return found.level if found is not None else None


def _position(
    session: Session, cur: LevelRubric | None, settings: RubricSettings, as_of: dt.date
) -> tuple[SubLevel | None, tuple[tuple[dt.date, float], ...]]:
    if cur is None or not cur.total:
        return None, ()
    consistent = sum(1 for s in cur.criteria if s.latest is Demonstration.CONSISTENTLY)
    share = consistent / cur.total
    sub = SubLevel(
        letter(share, settings.thresholds), share, consistent, cur.total, settings.thresholds
    )
    history = share_history(
        {s.criterion.id: [(a.assessed_on, a.status) for a in s.assessments] for s in cur.criteria},
        cur.total,
        as_of,
    )
    return sub, tuple(history)
