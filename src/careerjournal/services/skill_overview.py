"""Where the skill bands stand: levels, targets, what is missing, histories; and what a scale
switch would do.

Facts only: levels are numbers, shortfalls are `BandShortfall`s, and the band rule is its share.
`careerjournal.wording.skills` (CLI, report) and `careerjournal.ui.skills.wording` (the GUI,
translated) put them into words.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain import Profile, SkillAssessment, SkillScale
from ..domain.scales import levels as scale_levels
from ..domain.scales import map_level, max_level
from .banding import (
    Assessed,
    BandPoint,
    BandShortfall,
    band_history,
    band_level,
    level_on,
    shortfall,
)
from .records import BandRecord, SkillRecord
from .skill_records import band_records, journal_scale

DEFAULT_SHARE = 0.75  # a band's share without a profile


@dataclass(frozen=True)
class ScaleChange:
    band: str
    skill: str
    current: int | None
    new_current: int | None
    target: int | None
    new_target: int | None


@dataclass(frozen=True)
class SkillStatus:
    """One skill as the skills view and `careerjournal skills` show it."""

    skill: SkillRecord
    level_at_year_start: int | None  # level at the end of the previous calendar year

    @property
    def gap(self) -> int:
        """Levels still to rise to the target (unassessed counts as 0); 0 without a target."""
        if self.skill.target_level is None:
            return 0
        return max(0, self.skill.target_level - (self.skill.current_level or 0))

    @property
    def changed_this_year(self) -> bool:
        return self.skill.current_level != self.level_at_year_start


@dataclass(frozen=True)
class BandStatus:
    band: BandRecord
    level: int  # 0: not yet at the first level (or no skills)
    target_level: int  # the level the band reaches once every skill meets its target
    next_shortfall: BandShortfall | None  # toward level + 1; None at the top or when empty
    target_shortfall: BandShortfall | None  # toward target_level, when above level
    skills: tuple[SkillStatus, ...]
    history: tuple[BandPoint, ...]  # level and layers after each day with an assessment

    @property
    def gap_count(self) -> int:
        return sum(1 for s in self.skills if s.gap > 0)


@dataclass(frozen=True)
class SkillsOverview:
    """Every band with its level, what is missing, and its history; on one journal scale.

    The rule behind every band level: a band is at a level when at least `share` of its skills
    are at that level or above.
    """

    scale: SkillScale
    level_names: tuple[str, ...]  # the scale's level names, level 1 first
    share: float
    as_of: dt.date
    bands: tuple[BandStatus, ...]

    @property
    def top(self) -> int:
        return len(self.level_names)

    def name_of(self, level: int | None) -> str | None:
        """The scale's name for `level`; None for no level (not assessed, or 0)."""
        if not level:
            return None
        return self.level_names[min(level, self.top) - 1]


def overview(session: Session, today: dt.date) -> SkillsOverview:
    """Bands with their levels, targets, shortfalls and histories as of `today`."""
    year_start = dt.date(today.year, 1, 1)
    scale = journal_scale(session)
    profile = session.scalar(select(Profile).order_by(Profile.id).limit(1))
    share = profile.band_share if profile is not None else DEFAULT_SHARE
    by_skill: dict[int, list[Assessed]] = {}
    rows = session.execute(
        select(
            SkillAssessment.skill_id,
            SkillAssessment.assessed_on,
            SkillAssessment.level,
            SkillAssessment.id,
        )
    )
    for skill_id, day, level, order in rows:
        by_skill.setdefault(skill_id, []).append(Assessed(skill_id, day, level, order))
    top = max_level(scale)
    statuses = tuple(
        _band_status(band, by_skill, share, top, year_start) for band in band_records(session)
    )
    return SkillsOverview(scale, scale_levels(scale), share, today, statuses)


def _band_status(
    band: BandRecord,
    by_skill: dict[int, list[Assessed]],
    share: float,
    top: int,
    year_start: dt.date,
) -> BandStatus:
    names = [s.name for s in band.skills]
    ids = [s.id for s in band.skills]
    histories = {s.id: by_skill.get(s.id, []) for s in band.skills}
    skills = tuple(SkillStatus(s, _level_before(histories[s.id], year_start)) for s in band.skills)
    current = [s.current_level for s in band.skills]
    wanted = [
        s.target_level if s.target_level is not None else s.current_level for s in band.skills
    ]
    level = band_level(current, share)
    target = max(level, band_level(wanted, share))
    nxt = shortfall(names, current, level + 1, share) if names and level < top else None
    tgt = shortfall(names, current, target, share) if target > level else None
    all_assessed = [a for h in histories.values() for a in h]
    return BandStatus(
        band=band,
        level=level,
        target_level=target,
        next_shortfall=nxt,
        target_shortfall=tgt,
        skills=skills,
        history=tuple(band_history(ids, all_assessed, share, top)),
    )


def _level_before(history: list[Assessed], day: dt.date) -> int | None:
    """The level at the end of the day before `day`."""
    return level_on(history, day - dt.timedelta(days=1))


def mapped(level: int | None, source: SkillScale, target: SkillScale) -> int | None:
    return None if level is None else map_level(level, source, target)


def preview_scale_switch(session: Session, target: SkillScale) -> list[ScaleChange]:
    """What switching the journal's scale would do to each assessed or targeted skill."""
    source = journal_scale(session)
    changes = []
    for band in band_records(session):
        for skill in band.skills:
            if skill.current_level is None and skill.target_level is None:
                continue
            changes.append(
                ScaleChange(
                    band=band.name,
                    skill=skill.name,
                    current=skill.current_level,
                    new_current=mapped(skill.current_level, source, target),
                    target=skill.target_level,
                    new_target=mapped(skill.target_level, source, target),
                )
            )
    return changes
