"""The sample career's progression framework: Monzo's backend ladder, laid over the career.

`draw_framework` runs after the career is drawn. It takes the bundled framework that fits the
sample person (a backend engineer: `monzo-backend.md`) and plans its rows, ids included, like
the rest of the sample: the framework with its levels, topics and criteria (as an import writes
them, active), each role's level (the first role level 1, each promotion one level up, as the
roles' "L1".."L4" labels say), entries linked as evidence to criteria of the level being worked
towards (the words they share, `rubric_match.rank_criteria`, then picks by topic so each topic
gets some), and dated self-assessments that climb not yet -> sometimes -> consistently in the
months before each promotion and after it. The current level ends around C/D with criteria
still open and several without evidence; the next level is partly met.

`add_promotion_goal` then makes the next level a promotion goal through
`goal_framework.make_promotion_goal`, in the sample's transaction, once the ids are settled.

Nothing here is an operation: like the rest of the sample it fills an empty journal, one write
transaction, nothing to undo. A journal that already holds a framework keeps it; the sample then
adds none. Everything random comes from the generator's stream, drawn after the rest of the
career, so the other rows of the sample do not change.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import Demonstration, EntryKind, Framework
from ..interchange import framework as reader
from ..interchange.errors import ImportProblem
from .demo_career import EntrySpec, Generator
from .framework_records import CriterionRecord, RubricSettings
from .frameworks import bundled_files
from .goal_framework import make_promotion_goal
from .rubric_match import rank_criteria, words
from .rubric_maths import guess_level

FRAMEWORK_FILE = "monzo-backend.md"  # the sample person is a backend (then platform) engineer
MAX_EVIDENCE = 4  # entries linked to one criterion at most
IMPORTED_AT = dt.time(9, 0)

_DAY = dt.timedelta(days=1)
_EVIDENCE_KINDS = frozenset(
    {
        EntryKind.PROJECT,
        EntryKind.RESPONSIBILITY,
        EntryKind.RECOGNITION,
        EntryKind.FEEDBACK,
        EntryKind.LEARNING,
        EntryKind.NETWORK,
        EntryKind.SKILL,
        EntryKind.CERTIFICATION,
    }
)
# The kinds of entry that show a topic's criteria (Monzo's topic keys), for the picks by topic.
_TOPIC_KINDS: dict[str, tuple[EntryKind, ...]] = {
    "communication": (EntryKind.FEEDBACK, EntryKind.RESPONSIBILITY),
    "impact": (EntryKind.PROJECT, EntryKind.RESPONSIBILITY),
    "leadership": (EntryKind.RESPONSIBILITY, EntryKind.RECOGNITION, EntryKind.FEEDBACK),
    "influence": (EntryKind.NETWORK, EntryKind.RECOGNITION, EntryKind.RESPONSIBILITY),
    "mastery": (EntryKind.SKILL, EntryKind.PROJECT, EntryKind.CERTIFICATION),
}
_ANY_KINDS = (EntryKind.PROJECT, EntryKind.RESPONSIBILITY, EntryKind.SKILL)
# Notes of the check-ins at which the criteria were assessed.
_NOTES = (
    "Quarterly self-review.",
    "Check-in with my manager.",
    "Went through the quarter's entries.",
    "Calibrated against peer feedback.",
)
_PREP_NOTE = "Promotion case, reviewed with my manager."
# Chance that a criterion gets evidence, by its latest assessment (None: never assessed).
_EVIDENCE_CHANCE: dict[Demonstration | None, float] = {
    Demonstration.CONSISTENTLY: 0.9,
    Demonstration.SOMETIMES: 0.55,
    Demonstration.NOT_YET: 0.1,
    None: 0.1,
}

Step = tuple[dt.date, Demonstration]


@dataclass(frozen=True)
class Stage:
    """When a level's criteria are worked on: from `start` (the role before the level was
    reached, or the career's start for the first level) to `end`. `reached` is the promotion
    day (the career's start for the first level, None for the next level); `before` and
    `after` are the shares shown consistently by `reached` and by `end`."""

    level: int
    start: dt.date
    reached: dt.date | None
    end: dt.date
    before: float
    after: float


@dataclass
class SampleFramework:
    """The planned rows of the sample's framework, table by table, ready for bulk inserts
    (none, and no name, when the sample adds no framework)."""

    name: str = ""
    framework_id: int = 0
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    next_level: int | None = None  # the level the promotion goal is made of
    next_name: str = ""
    milestones: int = 0  # criteria of the next level: the goal's milestones
    goal_created: dt.date | None = None
    goal_target: dt.date | None = None
    goal_id: int | None = None  # set by `add_promotion_goal`

    @property
    def goal_milestones(self) -> int:
        return self.milestones if self.goal_id is not None else 0

    @property
    def links(self) -> int:
        return len(self.rows.get("criterion_evidence", []))

    @property
    def assessments(self) -> int:
        return len(self.rows.get("criterion_assessment", []))


class _Entries:
    """The sample's entries that can be evidence, by kind and in date order, for quick picks."""

    def __init__(self, specs: Sequence[EntrySpec], first_id: int) -> None:
        self.specs = specs
        self.first_id = first_id
        self.days = [s.day for s in specs]
        self.by_kind: dict[EntryKind, list[int]] = {}
        for i, spec in enumerate(specs):
            if spec.kind in _EVIDENCE_KINDS and spec.impact >= 2:
                self.by_kind.setdefault(spec.kind, []).append(i)
        self.kind_days = {k: [specs[i].day for i in v] for k, v in self.by_kind.items()}

    def between(self, lo: dt.date, hi: dt.date) -> list[int]:
        """Indexes of the evidence-worthy entries from `lo` to `hi`, in date order."""
        start, stop = bisect.bisect_left(self.days, lo), bisect.bisect_right(self.days, hi)
        return [
            i
            for i in range(start, stop)
            if self.specs[i].kind in _EVIDENCE_KINDS and self.specs[i].impact >= 2
        ]

    def of_kind(self, kind: EntryKind, lo: dt.date, hi: dt.date) -> list[int]:
        days = self.kind_days.get(kind, [])
        start, stop = bisect.bisect_left(days, lo), bisect.bisect_right(days, hi)
        return self.by_kind.get(kind, [])[start:stop]


def draw_framework(session: Session, gen: Generator, specs: Sequence[EntrySpec]) -> SampleFramework:
    """Plan the sample's framework rows (none when the journal has a framework of its own, or
    none ships with the app)."""
    if session.scalar(select(Framework.id).limit(1)) is not None:
        return SampleFramework()  # the journal's own framework stays in use
    path = next((p for p in bundled_files() if p.name == FRAMEWORK_FILE), None)
    try:
        fw = reader.read_framework(path) if path is not None else None
    except ImportProblem:
        fw = None
    if fw is None:
        return SampleFramework()
    sample = SampleFramework(fw.name, gen.next_id("framework"))
    criteria = _framework_rows(gen, fw, sample)
    numbers = [lv.number for lv in fw.levels]
    levels = _role_levels(gen, fw, sample)
    stages = _stages(gen, levels, numbers)
    sessions = _sessions(gen, [s.reached for s in stages if s.reached and s.reached > gen.start])
    entries = _Entries(specs, gen.first_entry_id)
    assessed: list[tuple[dt.date, int, Demonstration]] = []
    links: set[tuple[int, int]] = set()
    days = sorted(sessions)
    for stage in stages:
        level_criteria = criteria.get(stage.level, [])
        plans = _assess_level(gen, stage, level_criteria, days)
        assessed.extend((day, cid, status) for cid, steps in plans.items() for day, status in steps)
        links |= _link_level(gen, stage, level_criteria, plans, entries)
    first_day = min((day for day, _, _ in assessed), default=gen.today)
    sample.rows["framework"][0]["imported_at"] = dt.datetime.combine(first_day, IMPORTED_AT)
    sample.rows["criterion_assessment"] = [
        {
            "id": gen.next_id("criterion_assessment"),
            "criterion_id": cid,
            "assessed_on": day,
            "status": status,
            "note": sessions[day],
        }
        for day, cid, status in sorted(assessed)
    ]
    sample.rows["criterion_evidence"] = [
        {"criterion_id": cid, "entry_id": eid} for cid, eid in sorted(links)
    ]
    _plan_goal(gen, stages, sample, criteria)
    return sample


def _framework_rows(
    gen: Generator, fw: reader.Framework, sample: SampleFramework
) -> dict[int, list[CriterionRecord]]:
    """The framework, its levels, topics and criteria as an import writes them (the first one,
    so active); returns the criteria by level, in topic then framework order."""
    fid = sample.framework_id
    sample.rows["framework"] = [
        {
            "id": fid,
            "name": fw.name,
            "source": fw.source,
            "active": True,
            "imported_at": None,  # set to the first assessment's day once drawn
            "settings": RubricSettings().to_json(),
            "version": 1,
        }
    ]
    sample.rows["framework_level"] = [
        {"id": gen.next_id("framework_level"), "framework_id": fid, "number": lv.number,
         "name": lv.name}
        for lv in fw.levels
    ]  # fmt: skip
    topics: dict[str, tuple[int, int, str]] = {}  # key -> (id, position, title)
    for position, topic in enumerate(fw.topics):
        topics[topic.key] = (gen.next_id("framework_topic"), position, topic.title)
    sample.rows["framework_topic"] = [
        {"id": tid, "framework_id": fid, "key": key, "title": title, "position": position}
        for key, (tid, position, title) in topics.items()
    ]
    rows: list[dict[str, Any]] = []
    records: list[tuple[int, CriterionRecord]] = []
    for position, c in enumerate(fw.criteria):
        tid, topic_position, title = topics[c.topic]
        cid = gen.next_id("framework_criterion")
        rows.append(
            {"id": cid, "framework_id": fid, "topic_id": tid, "level": c.level, "key": c.key,
             "text": c.text, "examples": list(c.examples), "position": position}
        )  # fmt: skip
        record = CriterionRecord(cid, fid, c.topic, title, c.level, c.text, c.examples, position)
        records.append((topic_position, record))
    sample.rows["framework_criterion"] = rows
    by_level: dict[int, list[CriterionRecord]] = {}
    for _, record in sorted(records, key=lambda p: (p[0], p[1].level, p[1].position)):
        by_level.setdefault(record.level, []).append(record)
    return by_level


def _role_levels(gen: Generator, fw: reader.Framework, sample: SampleFramework) -> list[int]:
    """Each role's level: the first role's label names level 1 or 2 (else level 1), and each
    step up the career's ranks is one level up; stored as role_level rows."""
    numbers = [lv.number for lv in fw.levels]
    roles = gen.plan.roles
    guessed, _ = guess_level(roles[0]["level"], [(lv.number, lv.name) for lv in fw.levels])
    first = numbers.index(guessed) if guessed in numbers[:2] else 0
    rank0 = roles[0]["level_rank"]
    levels = [numbers[min(first + r["level_rank"] - rank0, len(numbers) - 1)] for r in roles]
    sample.rows["role_level"] = [
        {"role_id": r["id"], "framework_id": sample.framework_id, "level": level}
        for r, level in zip(roles, levels, strict=True)
    ]
    return levels


def _stages(gen: Generator, levels: list[int], numbers: list[int]) -> list[Stage]:
    """A stage per level reached, and one for the next level (if the framework has one)."""
    rng, today = gen.rng, gen.today
    reached: dict[int, dt.date] = {}
    for level, start in zip(levels, gen.role_starts, strict=True):
        reached.setdefault(level, start)
    order = sorted(reached)
    current = levels[-1]
    stages: list[Stage] = []
    for k, level in enumerate(order):
        start = reached[order[k - 1]] if k else gen.start
        end = reached[order[k + 1]] - _DAY if k + 1 < len(order) else today
        before = rng.uniform(0.4, 0.52) if k else 0.0
        after = rng.uniform(0.6, 0.76) if level == current else rng.uniform(0.85, 0.95)
        stages.append(Stage(level, start, reached[level], end, before, after))
    following = [n for n in numbers if n > current]
    if following:
        stages.append(
            Stage(following[0], reached[current], None, today, 0.0, rng.uniform(0.22, 0.34))
        )
    return stages


def _sessions(gen: Generator, promotions: list[dt.date]) -> dict[dt.date, str]:
    """The check-ins at which criteria were assessed, with their note: about quarterly, and a
    promotion-case review a month or two before each promotion."""
    rng = gen.rng
    found: dict[dt.date, str] = {}
    day = gen.start + dt.timedelta(days=rng.randint(60, 100))
    while day <= gen.today:
        found[day] = rng.choice(_NOTES)
        day += dt.timedelta(days=rng.randint(80, 125))
    for promotion in promotions:
        found[promotion - dt.timedelta(days=rng.randint(30, 60))] = _PREP_NOTE
    return found


def _between(lo: dt.date, hi: dt.date, frac: float) -> dt.date:
    return lo + dt.timedelta(days=int(frac * max((hi - lo).days, 0)))


def _consistent_day(stage: Stage, u: float) -> dt.date | None:
    """When the criterion at rank `u` (0..1) is first shown consistently; None: not by `end`."""
    if stage.reached is not None and u < stage.before:  # before the promotion
        return _between(stage.start, stage.reached, 0.3 + 0.65 * u / stage.before)
    if u < stage.after:
        base = stage.reached or _between(stage.start, stage.end, 0.3)
        return _between(base, stage.end, 0.97 * (u - stage.before) / (stage.after - stage.before))
    return None


def _assess_level(
    gen: Generator, stage: Stage, criteria: list[CriterionRecord], sessions: list[dt.date]
) -> dict[int, list[Step]]:
    """Each criterion's assessments: not yet, then sometimes, then consistently, each at the
    first check-in on or after the day it was drawn for (none after the stage's end)."""
    rng = gen.rng
    order = list(criteria)
    rng.shuffle(order)
    plans: dict[int, list[Step]] = {}
    for i, c in enumerate(order):
        u = (i + rng.random()) / len(order)
        steps: list[Step] = []
        consistent = _consistent_day(stage, u)
        if consistent is not None:
            sometimes = _between(stage.start, consistent, rng.uniform(0.25, 0.75))
            steps = [(sometimes, Demonstration.SOMETIMES), (consistent, Demonstration.CONSISTENTLY)]
        elif rng.random() < 0.6:
            steps = [
                (_between(stage.start, stage.end, rng.uniform(0.35, 0.95)), Demonstration.SOMETIMES)
            ]
        first = steps[0][0] if steps else stage.end
        if rng.random() < 0.45:
            steps.insert(
                0, (_between(stage.start, first, rng.uniform(0.0, 0.5)), Demonstration.NOT_YET)
            )
        snapped: dict[dt.date, Demonstration] = {}
        for day, status in steps:
            at = bisect.bisect_left(sessions, day)
            if at < len(sessions) and sessions[at] <= stage.end:
                snapped[sessions[at]] = status  # the later step wins a shared check-in
        plans[c.id] = sorted(snapped.items())
    return plans


def _latest(plans: dict[int, list[Step]], criterion_id: int) -> Demonstration | None:
    steps = plans.get(criterion_id, [])
    return steps[-1][1] if steps else None


def _wanted(
    gen: Generator, stage: Stage, criteria: list[CriterionRecord], plans: dict[int, list[Step]]
) -> dict[int, dt.date]:
    """The criteria that get evidence, with the latest day it may have: most of those shown
    consistently (evidence before that day), some shown sometimes, few others; and in each
    topic at least one."""
    rng = gen.rng
    wanted: dict[int, dt.date] = {}
    for c in criteria:
        if rng.random() < _EVIDENCE_CHANCE[_latest(plans, c.id)]:
            shown = [d for d, s in plans[c.id] if s is Demonstration.CONSISTENTLY]
            wanted[c.id] = shown[0] if shown else stage.end
    for topic in dict.fromkeys(c.topic_key for c in criteria):
        mine = [c for c in criteria if c.topic_key == topic]
        if not any(c.id in wanted for c in mine):
            steady = [c for c in mine if _latest(plans, c.id) is Demonstration.CONSISTENTLY]
            wanted[(steady or mine)[0].id] = stage.end
    return wanted


def _link_level(
    gen: Generator,
    stage: Stage,
    criteria: list[CriterionRecord],
    plans: dict[int, list[Step]],
    entries: _Entries,
) -> set[tuple[int, int]]:
    """(criterion id, entry id) links: a sample of the stage's entries matched to the wanted
    criteria by their words (`rank_criteria`), then, for a criterion still without any, an
    entry of a kind that shows its topic."""
    rng = gen.rng
    wanted = _wanted(gen, stage, criteria, plans)
    chosen = [c for c in criteria if c.id in wanted]
    bags = {c.id: set(words(" ".join((c.text, *c.examples)))) for c in chosen}
    pool = entries.between(stage.start, stage.end)
    count = dict.fromkeys(wanted, 0)
    links: set[tuple[int, int]] = set()
    for i in sorted(rng.sample(pool, min(len(pool), 3 * len(chosen) + 4))):
        spec = entries.specs[i]
        text = f"{spec.title}\n{spec.body}\n{spec.result}"
        stems = set(words(text))  # only criteria sharing a word can match: rank just those
        usable = [
            c
            for c in chosen
            if spec.day <= wanted[c.id] and count[c.id] < MAX_EVIDENCE and stems & bags[c.id]
        ]
        for match in rank_criteria(text, usable, limit=1) if usable else ():
            count[match.criterion.id] += 1
            links.add((match.criterion.id, entries.first_id + i))
    for c in chosen:
        fits = _TOPIC_KINDS.get(c.topic_key, _ANY_KINDS)
        kinds = [k for k in fits if entries.of_kind(k, stage.start, wanted[c.id])] or [
            k for k in entries.by_kind if entries.of_kind(k, stage.start, wanted[c.id])
        ]  # a small sample may have none of the topic's kinds: any kind then
        if count[c.id] or not kinds:
            continue
        for _ in range(2 if rng.random() < 0.4 else 1):
            found = entries.of_kind(rng.choice(kinds), stage.start, wanted[c.id])
            links.add((c.id, entries.first_id + rng.choice(found)))
    return links


def _plan_goal(
    gen: Generator,
    stages: list[Stage],
    sample: SampleFramework,
    criteria: dict[int, list[CriterionRecord]],
) -> None:
    """The promotion goal's level and dates: the next level, begun some months ago."""
    following = stages[-1] if stages and stages[-1].reached is None else None
    if following is None or not criteria.get(following.level):
        return
    rng, today = gen.rng, gen.today
    names = {r["number"]: r["name"] for r in sample.rows["framework_level"]}
    created = max(following.start + dt.timedelta(days=180), today - dt.timedelta(days=420))
    sample.next_level = following.level
    sample.next_name = names.get(following.level, "")
    sample.milestones = len(criteria[following.level])
    sample.goal_created = min(created, today - dt.timedelta(days=90))
    sample.goal_target = today + dt.timedelta(days=rng.randint(300, 480))


def add_promotion_goal(session: Session, sample: SampleFramework) -> None:
    """The next level as a promotion goal (in the caller's transaction, after the sample's ids
    are settled: it takes the next goal and milestone ids); its id goes in `sample.goal_id`."""
    if sample.next_level is None or sample.goal_created is None:
        return
    level = sample.next_level
    name = re.sub(r"^\W+", "", sample.name) or sample.name
    goal = make_promotion_goal(
        session,
        sample.framework_id,
        level,
        title=f"Reach level {level} of the {name}",
        target_level=sample.next_name or str(level),
        target_date=sample.goal_target,
        today=sample.goal_created,
    )
    goal.target_role_title = "Principal Engineer"  # as the pinned goal: the same promotion
    goal.description = (
        f"Level {level} of the framework, one milestone per criterion. Each ticks itself once "
        "an entry backs it as evidence and I assess it as shown consistently."
    )
    session.flush()
    sample.goal_id = goal.id
