"""Progression-framework facts in English, for the CLI: what a criterion still lacks, where the
current level came from, and how the position (sub-level) and the readiness are computed. The
GUI words the same facts with tr() in its rubric view; keep the two in step.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import Demonstration, TickRule
from ..services.framework_records import (
    LETTERS,
    FrameworkRecord,
    Gap,
    ImportOutcome,
    LevelRecord,
    LevelRubric,
    LevelSource,
    Rubric,
    SubLevel,
)

NOT_ASSESSED = "not assessed"
MET = "met"
SET_LEVEL = "`careerjournal framework level N` sets it"

_GAPS = {
    Gap.NO_EVIDENCE: "no evidence",
    Gap.NOT_ASSESSED: "not assessed",
    Gap.NOT_CONSISTENT: "not yet consistently",
}
_SHOWN = {
    Demonstration.NOT_YET: "not yet",
    Demonstration.SOMETIMES: "sometimes",
    Demonstration.CONSISTENTLY: "consistently",
}
_RULES = {
    TickRule.EVIDENCE_AND_CONSISTENTLY: "it has evidence linked and its latest assessment is "
    "“consistently”",
    TickRule.EVIDENCE: "it has evidence linked",
    TickRule.CONSISTENTLY: "its latest assessment is “consistently”",
}


def percent(share: float) -> str:
    """A share as a whole percentage: 0.375 -> "38%"."""
    return f"{share:.0%}"


def threshold(value: float) -> str:
    """A threshold as written in the settings: 0.2 -> "20%", 0.125 -> "12.5%"."""
    return f"{round(value * 100, 4):g}%"


def count(n: int, word: str, words: str | None = None) -> str:
    return f"{n} {word if n == 1 else (words or word + 's')}"


def gap_text(gap: Gap) -> str:
    return _GAPS[gap]


def gaps_text(gaps: Sequence[Gap]) -> str:
    """What a criterion lacks, "no evidence, not assessed"; "met" when it lacks nothing."""
    return ", ".join(_GAPS[g] for g in gaps) if gaps else MET


def shown_text(status: Demonstration | None) -> str:
    """An assessment in words: "not yet", "sometimes", "consistently", or "not assessed"."""
    return NOT_ASSESSED if status is None else _SHOWN[status]


def level_name(level: LevelRecord) -> str:
    """ "level 2, Engineer II", or "level 2" for a level without a name."""
    return f"level {level.number}, {level.name}" if level.name else f"level {level.number}"


def levels_text(numbers: Sequence[int]) -> str:
    """ "1, 2 or 3"."""
    shown = [str(n) for n in numbers]
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + " or " + shown[-1]


def level_source_text(rubric: Rubric, role_title: str = "", role_label: str = "") -> str:
    """Where the current level came from, and how to change it, in one line."""
    source = rubric.level_source
    role = f"“{role_title}”" if role_title else "your current role"
    if source is LevelSource.CHOSEN:
        return "chosen on the command line (--level or --target)."
    if source is LevelSource.MAPPED:
        return f"mapped: you set it for {role} (`careerjournal framework level N` changes it)."
    if source is LevelSource.GUESSED:
        return (
            f"guessed from the level “{role_label}” of {role}; "
            "`careerjournal framework level N` sets it for sure."
        )
    if source is LevelSource.AMBIGUOUS:
        every = [lv.number for lv in rubric.framework.levels]
        if role_label and list(rubric.candidates) == every:
            why = f"the level “{role_label}” of {role} names none of this framework's levels"
        elif role_label:
            could = levels_text(rubric.candidates)
            why = f"the level “{role_label}” of {role} could be level {could} of this framework"
        else:
            why = f"{role} has no level label to guess from"
        return f"not known: {why}; {SET_LEVEL}."
    return (
        "not known: the journal has no current role; `careerjournal rubric --level N` shows "
        "the rubric of a level."
    )


def tick_rule_text(rule: TickRule) -> str:
    """When a criterion is met under `rule`: "it has evidence linked and ..."."""
    return _RULES[rule]


def sublevel_text(sub: SubLevel) -> str:
    """ "C, 3 of 8 criteria assessed “consistently” (38%)."."""
    criteria = count(sub.total, "criterion", "criteria")
    return (
        f"{sub.letter}, {sub.consistent} of {criteria} assessed “consistently” "
        f"({percent(sub.share)})."
    )


def thresholds_text(thresholds: Sequence[float]) -> str:
    """ "A below 20%, B below 40%, C below 60%, D below 80%, E from 80%"."""
    parts = [f"{LETTERS[i]} below {threshold(t)}" for i, t in enumerate(thresholds)]
    parts.append(f"{LETTERS[len(thresholds)]} from {threshold(thresholds[-1])}")
    return ", ".join(parts)


def sublevel_rule(thresholds: Sequence[float]) -> str:
    """How the position within a level is computed, in one line."""
    return (
        "How computed: the share of the level's criteria whose latest assessment is "
        f"“consistently”; {thresholds_text(thresholds)} "
        "(`careerjournal framework settings --thresholds` changes them)."
    )


def readiness_text(lr: LevelRubric) -> str:
    """ "25% (2 of 8 criteria met)"."""
    return f"{percent(lr.readiness)} ({lr.met} of {count(lr.total, 'criterion', 'criteria')} met)"


def readiness_rule(rule: TickRule) -> str:
    """How readiness is computed, in one line."""
    return (
        "How computed: criteria met / criteria of the level, per topic and overall; a criterion "
        f"is met when {tick_rule_text(rule)} (`careerjournal framework settings --tick` changes "
        "the rule)."
    )


def framework_size(f: FrameworkRecord) -> str:
    """ "3 levels, 3 topics, 8 criteria"."""
    return ", ".join(
        (
            count(len(f.levels), "level"),
            count(f.topic_count, "topic"),
            count(f.criterion_count, "criterion", "criteria"),
        )
    )


def import_lines(outcome: ImportOutcome, file_name: str) -> list[str]:
    """What an import did: what was added, or for a re-import what changed and what evidence
    was kept or lost."""
    f = outcome.framework
    if outcome.created:
        return [f"Imported “{f.name}” from {file_name}: {framework_size(f)}."]
    criteria = count(f.criterion_count, "criterion", "criteria")
    return [
        f"Re-imported “{f.name}” from {file_name}: {framework_size(f)}.",
        f"Criteria: {outcome.added} added, {outcome.changed} changed, {outcome.removed} removed, "
        f"{outcome.unchanged} unchanged ({criteria} now).",
        f"Evidence links: {outcome.kept_evidence} kept, {outcome.lost_evidence} lost with the "
        "removed criteria.",
    ]
