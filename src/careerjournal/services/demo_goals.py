"""The sample career's skill assessments and goals, drawn after its entries so they can cite them.

Functions of a `demo_career.Generator`: they draw from its random stream, in a fixed order, and
add rows to its plan.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from ..domain import AssessmentSource, CriterionKind, EntryKind, GoalKind, GoalStatus, MoveKind
from . import demo_data as data
from .demo_career import EntrySpec, Generator

# pick(kinds, from, to, k): up to k ids of entries of those kinds between the two days, sorted
Picker = Callable[[Sequence[EntryKind], dt.date, dt.date, int], list[int]]

_WORK = (EntryKind.PROJECT, EntryKind.RESPONSIBILITY)
_PEOPLE = (EntryKind.RESPONSIBILITY, EntryKind.RECOGNITION, EntryKind.FEEDBACK)
_WRITING = (EntryKind.SKILL, EntryKind.PROJECT, EntryKind.LEARNING)


def build_assessments(gen: Generator, specs: list[EntrySpec], ids: Sequence[int]) -> None:
    """Each skill's history rises from its first to its latest level, with evidence.

    A certificate passed since the previous assessment makes the next one a certification
    assessment pointing at that entry; otherwise a recent skill entry may back it.
    """
    rng = gen.rng
    # (skill, is a passed certificate) -> days and entry indexes, in date order
    about: dict[tuple[int, bool], tuple[list[int], list[int]]] = {}
    for i, spec in enumerate(specs):
        if spec.skill is not None and (spec.kind is EntryKind.SKILL or spec.impact >= 3):
            on_days, at = about.setdefault((spec.skill, spec.kind is not EntryKind.SKILL), ([], []))
            on_days.append(spec.day.toordinal())
            at.append(i)

    def latest(skill: int, cert: bool, lo: dt.date, hi: dt.date) -> int | None:
        days, found = about.get((skill, cert), ([], []))
        i = bisect.bisect_right(days, hi.toordinal()) - 1
        return found[i] if i >= 0 and days[i] > lo.toordinal() else None

    sources = (AssessmentSource.SELF, AssessmentSource.MANAGER, AssessmentSource.PEER)
    for s, skill in enumerate(data.SKILLS):
        dates: list[dt.date] = []
        day = gen.skill_first[s]
        while day <= gen.today:
            dates.append(day)
            day += dt.timedelta(days=rng.randint(210, 450))
        high, previous = 1, gen.start
        for j, day in enumerate(dates):
            frac = j / (len(dates) - 1) if len(dates) > 1 else 1.0
            rising = skill.first + (skill.latest - skill.first) * frac
            level = int(rising + rng.uniform(0.2, 0.8))
            level = skill.latest if j == len(dates) - 1 else max(high, min(level, skill.latest))
            high = level
            found = latest(s, True, previous, day)
            if found is not None:
                source, note = (
                    AssessmentSource.CERTIFICATION,
                    f"Backed by the {specs[found].cert}.",
                )
            else:
                source = rng.choices(sources, weights=(55, 28, 17))[0]
                note = {
                    AssessmentSource.SELF: "Self-assessment after a stretch of practice.",
                    AssessmentSource.MANAGER: f"My manager's view, {day.year} check-in.",
                    AssessmentSource.PEER: f"Peer view from {rng.choice(data.POOLS['person'])}.",
                }[source]
                if source is AssessmentSource.PEER and j and level > 1 and rng.random() < 0.2:
                    level -= 1  # a peer sees it a notch lower; the history keeps both views
                if rng.random() < 0.55:
                    found = latest(s, False, day - dt.timedelta(days=180), day)
            previous = day
            gen.plan.assessments.append(
                {
                    "id": gen.next_id("skill_assessment"),
                    "skill_id": gen.skill_ids[s],
                    "assessed_on": day,
                    "level": gen.level(level),
                    "source": source,
                    "evidence_entry_id": None if found is None else ids[found],
                    "note": note,
                }
            )


def build_goals(gen: Generator, specs: list[EntrySpec], ids: Sequence[int]) -> None:
    """An achieved goal (senior), a dropped one (management) and the active, pinned one."""
    rng, days = gen.rng, [s.day for s in specs]

    def pick(kinds: Sequence[EntryKind], lo: dt.date, hi: dt.date, k: int) -> list[int]:
        start, stop = bisect.bisect_left(days, lo), bisect.bisect_right(days, hi)
        found = [ids[i] for i in range(start, stop) if specs[i].kind in kinds]
        return sorted(rng.sample(found, min(k, len(found))))

    _senior_goal(gen, pick)
    _management_goal(gen, pick)
    _principal_goal(gen, specs, pick)


def _senior_goal(gen: Generator, pick: Picker) -> None:
    """Achieved: the promotion to senior."""
    senior = next(r for r in gen.plan.roles if r["level_rank"] == 3)
    created = senior["start_date"] - dt.timedelta(days=300 + gen.rng.randint(0, 60))
    _closed_goal(
        gen,
        GoalKind.PROMOTION, "Promotion to Senior Software Engineer",
        (senior["title"], senior["level"]),
        "Make the case for senior within a year: own a service, lead on-call, write designs.",
        created, created + dt.timedelta(days=365), GoalStatus.ACHIEVED, senior["start_date"],
        [
            ("Own a service end to end", 2.0, 60, _WORK),
            ("Lead the on-call rotation for a quarter", 1.5, 140, _PEOPLE),
            ("Write three design docs", 1.0, 220, _WRITING),
            ("Manager's sign-off at the appraisal", 1.0, 280, (EntryKind.FEEDBACK,)),
        ],
        pick,
    )  # fmt: skip


def _management_goal(gen: Generator, pick: Picker) -> None:
    """Dropped: a try at management that turned back to the technical track."""
    roles = gen.plan.roles
    lateral = next(r for r in roles if r["move_kind"] is MoveKind.LATERAL)
    diagonal = next(r for r in roles if r["move_kind"] is MoveKind.DIAGONAL)
    created = lateral["start_date"] + dt.timedelta(days=90 + gen.rng.randint(0, 30))
    closed = min(diagonal["start_date"] + dt.timedelta(days=60), gen.today)
    _closed_goal(
        gen,
        GoalKind.LATERAL_MOVE, "Move into engineering management",
        ("Engineering Manager", "M1"),
        "Tried the manager track with a stretch assignment. Dropped: I want to stay hands-on "
        "and grow on the staff track instead.",
        created, created + dt.timedelta(days=540), GoalStatus.DROPPED, closed,
        [
            ("Run 1:1s for two engineers for a quarter", 1.5, 100, _PEOPLE),
            ("Complete the new-manager course", 1.0, 160, (EntryKind.LEARNING,)),
            ("Take over the team's hiring plan", 1.0, None, (EntryKind.RESPONSIBILITY,)),
        ],
        pick,
    )  # fmt: skip


def _principal_goal(gen: Generator, specs: list[EntrySpec], pick: Picker) -> None:
    """Active and pinned: principal engineer, some milestones done, some measured."""
    rng, today = gen.rng, gen.today
    staff = gen.plan.roles[-1]
    created = max(staff["start_date"], today - dt.timedelta(days=420)) + dt.timedelta(
        days=rng.randint(60, 120)
    )
    created = min(created, today - dt.timedelta(days=120))
    target = today + dt.timedelta(days=rng.randint(270, 420))
    goal_id = gen.next_id("goal")
    gen.plan.goals.append(
        {
            "id": goal_id,
            "kind": GoalKind.PROMOTION,
            "title": "Principal engineer",
            "description": (
                "Reach principal (L5) by showing direction-setting impact across teams:\n\n"
                "- a written technical strategy people use\n"
                "- engineers I mentored moving up\n"
                "- decisions that outlive my involvement"
            ),
            "target_role_title": "Principal Engineer",
            "target_level": "L5 Principal",
            "target_date": target,
            "status": GoalStatus.ACTIVE,
            "pinned": True,
            "created_on": created,
            "closed_on": None,
        }
    )
    feedback_days = [s.day for s in specs if s.kind is EntryKind.FEEDBACK and s.day >= created]
    feedback_done = feedback_days[5] if len(feedback_days) >= 6 else None
    steps = _principal_steps(gen, created, target, feedback_done)
    for position, (title, weight, due, done, kind, criterion, kinds) in enumerate(steps):
        if done is not None and done > today:
            done = None
        _milestone(gen, goal_id, position, title, due, done, weight, kind, criterion)
        hi = done or today
        count = rng.randint(2, 4) if done is not None else rng.randint(0, 2)
        _link(gen, gen.plan.milestones[-1]["id"], pick(kinds, created, hi, count))


_Step = tuple[
    str, float, dt.date | None, dt.date | None, CriterionKind, dict[str, Any], Sequence[EntryKind]
]


def _principal_steps(
    gen: Generator, created: dt.date, target: dt.date, feedback_done: dt.date | None
) -> list[_Step]:
    """The principal goal's milestones: (title, weight, due, done, criterion kind, criterion,
    kinds of the entries that back it)."""
    rng, today = gen.rng, gen.today
    since = created.isoformat()
    direction = data.SKILL_INDEX["Technical direction"]
    steps: list[_Step] = [
        ("Lead a cross-team architecture decision", 2.0,
         created + dt.timedelta(days=75), created + dt.timedelta(days=rng.randint(40, 90)),
         CriterionKind.MANUAL, {}, _WORK),
        ("Mentor two engineers through their next promotion", 1.5,
         created + dt.timedelta(days=110), created + dt.timedelta(days=rng.randint(60, 110)),
         CriterionKind.MANUAL, {}, _PEOPLE),
        ("Seek feedback from six senior colleagues", 1.0,
         today + dt.timedelta(days=30), feedback_done,
         CriterionKind.ENTRY_COUNT, {"kind": "feedback", "count": 6, "since": since},
         (EntryKind.FEEDBACK,)),
        ("Reach Expert in technical direction", 2.0,
         target - dt.timedelta(days=60), None,
         CriterionKind.SKILL_LEVEL,
         {"skill_id": gen.skill_ids[direction], "level": gen.level(5)}, _WRITING),
        ("Publish a two-year platform strategy", 2.5,
         today + dt.timedelta(days=rng.randint(45, 90)), None,
         CriterionKind.MANUAL, {}, _WRITING),
    ]  # fmt: skip
    if rng.random() < 0.7:
        steps.append(
            ("Give a talk at an external conference", 1.0,
             today + dt.timedelta(days=rng.randint(120, 200)), None,
             CriterionKind.MANUAL, {}, (EntryKind.NETWORK,))
        )  # fmt: skip
    if rng.random() < 0.7:
        steps.append(
            ("Sponsorship from the VP of Engineering", 1.5, target, None,
             CriterionKind.MANUAL, {}, (EntryKind.FEEDBACK, EntryKind.RECOGNITION))
        )  # fmt: skip
    return steps


def _closed_goal(
    gen: Generator,
    kind: GoalKind,
    title: str,
    target: tuple[str, str],
    description: str,
    created: dt.date,
    target_date: dt.date,
    status: GoalStatus,
    closed: dt.date,
    steps: Sequence[tuple[str, float, int | None, Sequence[EntryKind]]],
    pick: Picker,
) -> None:
    """A closed goal; each step is done `days` after the start (None: never done)."""
    goal_id = gen.next_id("goal")
    gen.plan.goals.append(
        {
            "id": goal_id,
            "kind": kind,
            "title": title,
            "description": description,
            "target_role_title": target[0],
            "target_level": target[1],
            "target_date": target_date,
            "status": status,
            "pinned": False,
            "created_on": created,
            "closed_on": closed,
        }
    )
    for position, (title, weight, days, kinds) in enumerate(steps):
        done = None if days is None else min(created + dt.timedelta(days=days), closed)
        due = created + dt.timedelta(days=(days or 200) + 30)
        _milestone(gen, goal_id, position, title, due, done, weight, CriterionKind.MANUAL, {})
        found = pick(kinds, created, done or closed, gen.rng.randint(1, 3))
        _link(gen, gen.plan.milestones[-1]["id"], found)


def _milestone(
    gen: Generator,
    goal_id: int,
    position: int,
    title: str,
    due: dt.date | None,
    done: dt.date | None,
    weight: float,
    kind: CriterionKind,
    criterion: dict[str, Any],
) -> None:
    gen.plan.milestones.append(
        {
            "id": gen.next_id("milestone"),
            "goal_id": goal_id,
            "position": position,
            "title": title,
            "due_on": due,
            "done_on": done,
            "weight": weight,
            "criterion_kind": kind,
            "criterion": criterion,
        }
    )


def _link(gen: Generator, milestone_id: int, entry_ids: Sequence[int]) -> None:
    gen.plan.evidence.extend({"milestone_id": milestone_id, "entry_id": e} for e in entry_ids)
