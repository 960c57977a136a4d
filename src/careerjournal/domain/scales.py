"""Skill scales: the level names a journal uses for its assessments."""

from __future__ import annotations

from .enums import SkillScale

DREYFUS_LEVELS: tuple[str, ...] = (
    "Novice",
    "Advanced Beginner",
    "Competent",
    "Proficient",
    "Expert",
)

SFIA_LEVELS: tuple[str, ...] = (
    "Follow",
    "Assist",
    "Apply",
    "Enable",
    "Ensure, advise",
    "Initiate, influence",
    "Set strategy, inspire, mobilise",
)

_LEVELS = {SkillScale.DREYFUS: DREYFUS_LEVELS, SkillScale.SFIA: SFIA_LEVELS}


def levels(scale: SkillScale) -> tuple[str, ...]:
    return _LEVELS[scale]


def max_level(scale: SkillScale) -> int:
    return len(_LEVELS[scale])


def level_name(scale: SkillScale, level: int) -> str:
    names = _LEVELS[scale]
    if not 1 <= level <= len(names):
        raise ValueError(f"level {level} is outside the {scale.value} scale (1-{len(names)})")
    return names[level - 1]


def map_level(level: int, source: SkillScale, target: SkillScale) -> int:
    """Map a level proportionally from one scale to another (1 -> 1, top -> top)."""
    src_max, dst_max = max_level(source), max_level(target)
    if source == target:
        return level
    fraction = (level - 1) / (src_max - 1)
    return 1 + round(fraction * (dst_max - 1))
