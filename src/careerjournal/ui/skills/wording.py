"""Skill-band facts in the user's language: level names, the band rule and what a band is
missing. The English for the CLI and the report is `careerjournal.wording.skills`; keep the two
in step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.banding import BandShortfall
from ...services.skill_overview import SkillsOverview
from ..goals.wording import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("SkillWording", text)


def level_name(overview: SkillsOverview, level: int | None) -> str:
    """The scale's name for a level; "Not assessed" for none."""
    return overview.name_of(level) or _tr("Not assessed")


def rule(overview: SkillsOverview) -> str:
    """How a band level is computed, in one line."""
    return fill(
        _tr("A band is at a level when at least %1 of its skills are at that level or above."),
        f"{overview.share:.0%}",
    )


def shortfall_text(
    overview: SkillsOverview, s: BandShortfall | None, *, short: bool = False
) -> str:
    """'2 of 6 skills below Proficient (1 must rise)', or '' when nothing is missing.

    `short` leaves out the noun and how many must rise: '2 of 6 below Proficient'.
    """
    if s is None or s.reached:
        return ""
    below, level = str(len(s.below)), level_name(overview, s.level)
    if short:
        return fill(_tr("%1 of %2 below %3"), below, str(s.skill_count), level)
    text = QCoreApplication.translate(
        "SkillWording", "%1 of %n skills below %2 (%3 must rise)", "", s.skill_count
    )
    return fill(text, below, level, str(s.must_rise))
