"""Skill-band facts in English, for the CLI and the report: level names, the band rule and what
a band is missing. The GUI words the same facts with tr() in `careerjournal/ui/skills/wording.py`;
keep the two in step.
"""

from __future__ import annotations

from ..services.banding import BandShortfall
from ..services.skill_overview import SkillsOverview

NOT_ASSESSED = "Not assessed"


def level_name(overview: SkillsOverview, level: int | None) -> str:
    """The scale's name for a level; "Not assessed" for none."""
    return overview.name_of(level) or NOT_ASSESSED


def rule(overview: SkillsOverview) -> str:
    """How a band level is computed, in one line."""
    return (
        f"A band is at a level when at least {overview.share:.0%} of its skills are at that "
        "level or above."
    )


def shortfall_text(
    overview: SkillsOverview, s: BandShortfall | None, *, short: bool = False
) -> str:
    """'2 of 6 skills below Proficient (1 must rise)', or '' when nothing is missing.

    `short` leaves out the noun and how many must rise: '2 of 6 below Proficient'.
    """
    if s is None or s.reached:
        return ""
    below = level_name(overview, s.level)
    if short:
        return f"{len(s.below)} of {s.skill_count} below {below}"
    noun = "skill" if s.skill_count == 1 else "skills"
    return f"{len(s.below)} of {s.skill_count} {noun} below {below} ({s.must_rise} must rise)"
