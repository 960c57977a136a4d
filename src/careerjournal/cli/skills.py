"""`skills`: the bands, their levels and targets, and what is missing."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from .base import AddCommand, JournalCommand, Json
from .output import print_json, table

if TYPE_CHECKING:
    from ..services import Journal
    from ..services.banding import BandShortfall
    from ..services.skills import BandStatus, SkillsOverview, SkillStatus

NO_BANDS = (
    "No skill bands yet. Add one in the Skills area of the app (run careerjournal with no "
    "command to open it).\n"
)


def add_parsers(command: AddCommand) -> None:
    p = command("skills", help="skill bands: levels, targets and what is missing")
    p.add_argument("--json", action="store_true")


def cmd_skills(journal: Journal, args: argparse.Namespace, out: TextIO) -> int:
    overview = journal.skills.overview()
    if args.json:
        print_json(skills_json(overview), out)
    elif not overview.bands:
        out.write(NO_BANDS)
    else:
        _print_skills(overview, out)
    return 0


def skills_json(o: SkillsOverview) -> Json:
    """The stable JSON shape of `skills --json` (docs/cli.md)."""
    from ..wording import skills as words

    def name(level: int | None) -> str | None:
        return None if level is None else words.level_name(o, level)

    def short(s: BandShortfall | None) -> dict[str, Any] | None:
        if s is None or s.reached:
            return None
        return {
            "level": s.level,
            "level_name": words.level_name(o, s.level),
            "below": list(s.below),
            "must_rise": s.must_rise,
            "text": words.shortfall_text(o, s),
        }

    def skill(s: SkillStatus) -> dict[str, Any]:
        current, target, day = s.skill.current_level or 0, s.skill.target_level, s.skill.assessed_on
        return {
            "id": s.skill.id,
            "name": s.skill.name,
            "level": current,
            "level_name": name(current),
            "target_level": target,
            "target_level_name": name(target),
            "gap": s.gap,
            "assessed_on": None if day is None else day.isoformat(),
            "changed_this_year": s.changed_this_year,
        }

    return {
        "scale": o.scale.value,
        "level_names": list(o.level_names),
        "share": o.share,
        "rule": words.rule(o),
        "as_of": o.as_of.isoformat(),
        "bands": [
            {
                "id": b.band.id,
                "name": b.band.name,
                "description": b.band.description,
                "level": b.level,
                "level_name": name(b.level),
                "target_level": b.target_level,
                "target_level_name": name(b.target_level),
                "next": short(b.next_shortfall),
                "toward_target": short(b.target_shortfall),
                "skills": [skill(s) for s in b.skills],
            }
            for b in o.bands
        ],
    }


def _band_lines(o: SkillsOverview, b: BandStatus) -> list[str]:
    """The band's one-line status and what stands between it and its next level and target."""
    from ..wording import skills as words

    def named(level: int) -> str:
        return f"{level} {words.level_name(o, level)}"

    target = f", target {named(b.target_level)}" if b.target_level > b.level else ""
    lines = [f"{b.band.name}: level {named(b.level)}{target}"]
    if not b.skills:
        return [*lines, "  No skills in this band yet."]
    nxt = words.shortfall_text(o, b.next_shortfall)
    lines.append(f"  Next level: {nxt}" if nxt else "  Next level: at the top of the scale")
    tgt = words.shortfall_text(o, b.target_shortfall)
    if tgt:
        lines.append(f"  To target:  {tgt}")
    elif any(s.skill.target_level is not None for s in b.skills):
        lines.append("  To target:  reached")
    return lines


def _print_skills(o: SkillsOverview, out: TextIO) -> None:
    from ..wording import skills as words

    out.write(words.rule(o) + "\n")

    def named(level: int | None) -> str:
        return "-" if level is None else f"{level} {words.level_name(o, level)}"

    for b in o.bands:
        out.write("\n" + "\n".join(_band_lines(o, b)) + "\n")
        if not b.skills:
            continue
        out.write("\n")
        rows = [("Skill", "Level", "Target", "Gap", "Assessed", f"Changed in {o.as_of.year}")]
        rows += [
            (
                s.skill.name,
                named(s.skill.current_level or 0),
                named(s.skill.target_level),
                str(s.gap),
                s.skill.assessed_on.isoformat() if s.skill.assessed_on else "-",
                "yes" if s.changed_this_year else "no",
            )
            for s in b.skills
        ]
        table(rows, frozenset({3}), out)


COMMANDS: dict[str, JournalCommand] = {"skills": cmd_skills}
