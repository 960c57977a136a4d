"""The sample career: a believable, deterministic twelve years of journal for an empty journal.

`generate` writes roles, a profile, reviews, skill bands with assessment histories, goals with
milestones and N entries in one write transaction with Core bulk inserts (ids are computed here, so
rows can point at each other before they exist). The schema's search triggers index the entries.
Everything random comes from one `random.Random(seed)`; the only date used is `today`, so the same
seed, size and day give the same journal.

After the career, `demo_framework` lays a bundled progression framework over it (role levels,
criteria evidence, dated assessments) and makes its next level a promotion goal, in the same
transaction.

The sample is written through the store directly (bulk), not as logged operations: it fills an
empty journal, it is not an edit to undo. Its parts: `demo_data` (the tables it draws from),
`demo_career` (roles, reviews, salary, skills, entries), `demo_goals` (assessments, goals),
`demo_framework` (the progression framework) and `demo_inbox` (suggestions waiting to be triaged).
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from ..domain import Base, Entry, Goal, Profile, Review, Role, SkillBand, SkillScale, Tag
from . import demo_data as data
from . import validate
from .demo_career import SAMPLE_MICROSECOND, EntrySpec, Generator, years_before
from .demo_framework import add_promotion_goal, draw_framework
from .demo_goals import build_assessments, build_goals
from .demo_inbox import store_sample_inbox
from .errors import ServiceError, ValidationError
from .journal import Journal

__all__ = [
    "DEFAULT_ENTRIES",
    "DEFAULT_SEED",
    "MAX_ENTRIES",
    "MIN_ENTRIES",
    "SAMPLE_MICROSECOND",
    "DemoRefused",
    "DemoSummary",
    "check_target",
    "generate",
    "is_sample",
]

DEFAULT_ENTRIES = 1500
DEFAULT_SEED = 7
MIN_ENTRIES = 50
MAX_ENTRIES = 1_000_000
CHUNK = 5000  # entries per bulk insert (and per progress report)

ProgressCallback = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    entries: int
    roles: int
    bands: int
    skills: int
    assessments: int
    goals: int
    milestones: int
    reviews: int
    framework: str = ""  # the framework laid over the career ("" when the journal had one)
    criterion_links: int = 0  # entries linked as evidence for its criteria
    criterion_assessments: int = 0


# -- writing --------------------------------------------------------------------------------------

_TABLES = Base.metadata.tables
# Every table of the journal, children before parents (the order to empty them in); an
# encrypted journal's own keys are not part of the career and stay.
_KEPT = frozenset({"journal_secret", "sealed_receipt"})  # entry vectors go with their entries
_CLEARING: tuple[Table, ...] = tuple(
    t for t in reversed(Base.metadata.sorted_tables) if t.name not in _KEPT
)
_ID_TABLES: tuple[Table, ...] = tuple(t for t in _CLEARING if "id" in t.c)


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


class DemoRefused(ServiceError):
    """The journal is not empty. `sample_only`: all it holds is an earlier sample career, which
    `force` may replace; otherwise it holds the user's own content, which nothing replaces."""

    def __init__(self, held: str, *, sample_only: bool):
        self.held = held
        self.sample_only = sample_only
        if sample_only:
            message = f"This journal already holds a sample career ({held})."
        else:
            message = (
                f"This journal holds {held} of your own; the sample career never replaces them."
            )
        super().__init__(message)


def is_sample(created_at: dt.datetime) -> bool:
    """Whether an entry created at this moment was written by the sample career."""
    return created_at.microsecond == SAMPLE_MICROSECOND


def check_target(session: Session, *, force: bool) -> None:
    """Raise DemoRefused unless the journal may take the sample.

    An empty journal (a profile alone is settings, not content) always may. One that holds only a
    sample career may with `force`. One with anything of the user's never may: an entry the sample
    did not write, or roles, bands, goals or reviews without any sample entry.
    """
    found = [
        (session.scalar(select(func.count()).select_from(model)) or 0, one, many)
        for model, one, many in (
            (Entry, "entry", "entries"),
            (Role, "role", "roles"),
            (SkillBand, "skill band", "skill bands"),
            (Goal, "goal", "goals"),
            (Review, "review", "reviews"),
        )
    ]
    if not any(n for n, _, _ in found):
        return
    entries = found[0][0]
    own = sum(1 for at in session.scalars(select(Entry.created_at)) if not is_sample(at))
    if own:
        raise DemoRefused(_count(own, "entry", "entries"), sample_only=False)
    if not entries:
        held = " and ".join(_count(*f) for f in found if f[0])
        raise DemoRefused(held, sample_only=False)
    if not force:
        raise DemoRefused(_count(entries, "entry", "entries"), sample_only=True)


def _insert(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    """Core executemany inserts: no ORM objects, ids as given."""
    for start in range(0, len(rows), CHUNK):
        session.execute(insert(_TABLES[table]), rows[start : start + CHUNK])


def _check_size(entries: int, today: dt.date) -> None:
    """Refuse a size out of range, or a `today` whose career would leave the supported dates."""
    if not isinstance(entries, int) or isinstance(entries, bool):
        raise ValidationError(
            "entries", f"The number of entries must be a whole number, not {entries!r}."
        )
    if not MIN_ENTRIES <= entries <= MAX_ENTRIES:
        raise ValidationError(
            "entries",
            f"The sample career takes from {MIN_ENTRIES} to {MAX_ENTRIES:,} entries, "
            f"not {entries:,}.",
        )
    validate.check_date(years_before(today, 13), "career start")
    validate.check_date(today + dt.timedelta(days=500), "goal target date")


def generate(
    journal: Journal,
    *,
    entries: int = DEFAULT_ENTRIES,
    seed: int = DEFAULT_SEED,
    today: dt.date | None = None,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> DemoSummary:
    """Fill an empty journal (or, with `force`, replace an earlier sample) with a sample career.

    Refuses (DemoRefused) a journal that holds anything but a profile, unless all it holds is a
    sample career and `force` is given; the user's own entries are never replaced. A profile on
    its own is kept (its name and skill scale) and given the career's start and next appraisal.
    """
    today = today or dt.date.today()
    _check_size(entries, today)
    if progress is not None:
        progress(0, entries)
    store = journal.store
    with store.write() as session:
        check_target(session, force=force)
        if force:
            for table in _CLEARING:
                session.execute(delete(table))
        profile = session.execute(select(_TABLES["profile"]).order_by(Profile.id).limit(1)).first()
        existing = dict(profile._mapping) if profile is not None else None
        gen, specs, tag_ids = _draw(session, existing, entries, seed, today)
        sample = draw_framework(session, gen, specs)  # drawn last: the rest does not change
        _write(session, gen, specs, tag_ids, existing, progress)
        for name, rows in sample.rows.items():
            _insert(session, name, rows)
        if store.dialect == "postgresql":
            # Ids were given explicitly: move each sequence past them for later inserts.
            for table in _ID_TABLES:
                session.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
                    )
                )
        # The promotion goal takes the next goal and milestone ids: after the sequences moved.
        add_promotion_goal(session, sample)
    store_sample_inbox(journal, today)  # suggestions from the last weeks, waiting in the inbox
    journal.announce_reload()
    plan = gen.plan
    return DemoSummary(
        entries=len(specs),
        roles=len(plan.roles),
        bands=len(plan.bands),
        skills=len(plan.skills),
        assessments=len(plan.assessments),
        goals=len(plan.goals) + (sample.goal_id is not None),
        milestones=len(plan.milestones) + sample.goal_milestones,
        reviews=len(plan.reviews),
        framework=sample.name,
        criterion_links=sample.links,
        criterion_assessments=sample.assessments,
    )


def _draw(
    session: Session, existing: dict[str, Any] | None, entries: int, seed: int, today: dt.date
) -> tuple[Generator, list[EntrySpec], dict[str, int]]:
    """The whole career, drawn in a fixed order with ids after the journal's highest; with the
    journal's tags by name, the sample's new ones added."""
    scale = SkillScale(existing["skill_scale"]) if existing else SkillScale.DREYFUS
    ids = {
        t.name: int(session.scalar(select(func.coalesce(func.max(t.c.id), 0))) or 0) + 1
        for t in _ID_TABLES
    }
    tag_ids = {name: tag_id for tag_id, name in session.execute(select(Tag.id, Tag.name)).all()}
    gen = Generator(random.Random(seed), today, ids, scale)
    gen.build_roles()
    gen.build_reviews()
    gen.build_profile(existing)
    gen.build_skills()
    specs = gen.build_entries(entries)
    used = {name for spec in specs for name in spec.tags}
    for name in (t for t in data.TAGS if t in used):
        if name not in tag_ids:
            tag_ids[name] = gen.next_id("tag")
            gen.plan.tags.append({"id": tag_ids[name], "name": name})
    entry_ids = range(gen.first_entry_id, gen.first_entry_id + len(specs))
    build_assessments(gen, specs, entry_ids)
    build_goals(gen, specs, entry_ids)
    return gen, specs, tag_ids


def _write(
    session: Session,
    gen: Generator,
    specs: list[EntrySpec],
    tag_ids: dict[str, int],
    existing: dict[str, Any] | None,
    progress: ProgressCallback | None,
) -> None:
    """Insert the drawn career: an existing profile is updated, not replaced."""
    plan = gen.plan
    assert plan.profile is not None
    if existing is not None:
        session.execute(
            update(Profile)
            .where(Profile.id == existing["id"])
            .values(career_start=gen.start, next_appraisal=plan.profile["next_appraisal"])
        )
    else:
        session.execute(insert(_TABLES["profile"]), [plan.profile])
    _insert(session, "role", plan.roles)
    _insert(session, "tag", plan.tags)
    _insert(session, "skill_band", plan.bands)
    _insert(session, "skill", plan.skills)
    # Entries with their tags and links, a chunk at a time; the search triggers index them.
    for start in range(0, len(specs), CHUNK):
        chunk = specs[start : start + CHUNK]
        rows, tagged, linked = gen.entry_rows(chunk, gen.first_entry_id + start, tag_ids)
        _insert(session, "entry", rows)
        _insert(session, "entry_tag", tagged)
        _insert(session, "evidence_link", linked)
        if progress is not None:
            progress(start + len(chunk), len(specs))
    _insert(session, "skill_assessment", plan.assessments)
    _insert(session, "goal", plan.goals)
    _insert(session, "milestone", plan.milestones)
    _insert(session, "milestone_evidence", plan.evidence)
    _insert(session, "review", plan.reviews)
