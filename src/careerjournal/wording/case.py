"""The promotion case in English, for the CLI and the report (Markdown, HTML, PDF): titles,
headings, what an open criterion still lacks, and the one-line explanation that goes with every
figure (readiness, the sub-level, its history). Plain text; each renderer escapes it for its own
format. The document is English, like the appraisal summary (`wording.summary`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..domain import Demonstration, TickRule, labels
from ..report.svg import format_day, format_percent
from ..services.framework_records import (
    LETTERS,
    CriterionState,
    EvidenceRecord,
    Gap,
    LevelRecord,
    LevelSource,
    SubLevel,
    TopicReadiness,
)
from ..services.promotion_case import PromotionCase
from .summary import APP_NAME, collapse, in_quotes

READINESS_TITLE = "Readiness"
HISTORY_TITLE = "Sub-level history"
MET_TITLE = "Met"
OPEN_TITLE = "Still open"
TOPIC_HEADERS = ("Topic", "Met", "Readiness")
HISTORY_HEADERS = ("Date", "Shown consistently", "Sub-level")
NO_EVIDENCE_YET = "No entry linked as evidence yet."
HISTORY_RULE = "The share after every assessment day that changed it, with its sub-level."
NO_HISTORY = "No criterion of the current level has been assessed yet."

GAP_WORDS: dict[Gap, str] = {
    Gap.NO_EVIDENCE: "no evidence",
    Gap.NOT_ASSESSED: "not assessed",
    Gap.NOT_CONSISTENT: "not yet consistent",
}

_MET_RULES: dict[TickRule, str] = {
    TickRule.EVIDENCE_AND_CONSISTENTLY: (
        "A criterion is met when at least one entry is linked to it as evidence and its latest "
        "assessment is “consistently”."
    ),
    TickRule.EVIDENCE: (
        "A criterion is met when at least one entry is linked to it as evidence (this "
        "framework's rule)."
    ),
    TickRule.CONSISTENTLY: (
        "A criterion is met when its latest assessment is “consistently” (this framework's rule)."
    ),
}

#: Link addresses written as links; any other text in a link field is shown as text only.
WEB_SCHEMES = frozenset({"http", "https", "mailto"})


def level_name(level: LevelRecord) -> str:
    """`Engineer II`, or `Level 2` for a level without a name."""
    return collapse(level.name) or f"Level {level.number}"


def level_words(level: LevelRecord) -> str:
    """`Engineer II (level 2)`, or `Level 2`."""
    name = collapse(level.name)
    return f"{name} (level {level.number})" if name else f"Level {level.number}"


def document_title(case: PromotionCase) -> str:
    who = case.name.strip() or "My career journal"
    return f"Promotion case for {level_name(case.target)} — {collapse(who)}"


def subtitle(case: PromotionCase) -> str:
    """The framework and the step: `Acme · from Engineer I (level 1) to Engineer II (level 2)`."""
    step = (
        f"from {level_words(case.current)} to {level_words(case.target)}"
        if case.current is not None
        else f"towards {level_words(case.target)}"
    )
    return f"{collapse(case.framework.name)} · {step}"


def prepared_words(case: PromotionCase) -> str:
    return f"Prepared on {format_day(case.as_of)} with {APP_NAME}"


def source_words(case: PromotionCase) -> str:
    """Where the current level (and so the level to reach) came from, in one line."""
    source = case.level_source
    if source is LevelSource.MAPPED:
        return f"Your current level, as set for your role {in_quotes(case.role_title)}."
    if source is LevelSource.GUESSED:
        return f"Your current level, read from your role's level {in_quotes(case.role_level)}."
    if source is LevelSource.AMBIGUOUS:
        fits = ", ".join(str(n) for n in case.candidates)
        label = in_quotes(case.role_level) if case.role_level.strip() else "(none given)"
        return (
            f"Your role's level {label} does not name one level of the framework (it could be "
            f"{fits}): this case aims at the first level; choose the level to reach instead."
        )
    if source is LevelSource.NO_ROLE:
        return (
            "No role is recorded for this day: this case aims at the framework's first level; "
            "choose the level to reach instead."
        )
    return "The level to reach was chosen for this case."


def met_rule(tick: TickRule) -> str:
    return _MET_RULES[tick]


def readiness_figure(case: PromotionCase) -> str:
    return format_percent(case.readiness)


def readiness_words(case: PromotionCase) -> str:
    if not case.total:
        return f"{level_name(case.target)} has no criteria in this framework."
    return f"{case.met} of {case.total} criteria of {level_name(case.target)} met"


def readiness_rule(case: PromotionCase) -> str:
    """How readiness is computed (per topic and overall), with the framework's tick rule."""
    return (
        "Readiness is the criteria met over all criteria of the level, per topic and overall. "
        + met_rule(case.framework.settings.tick)
    )


def topic_words(topic: TopicReadiness) -> str:
    """`1 of 2 met (50%)`."""
    return f"{topic.met} of {topic.total} met ({format_percent(topic.share)})"


def topic_rows(case: PromotionCase) -> list[tuple[str, str, str]]:
    """(topic, `1 of 2`, `50%`) for the readiness table."""
    return [
        (collapse(t.title), f"{t.readiness.met} of {t.readiness.total}", _share(t.readiness))
        for t in case.topics
    ]


def _share(topic: TopicReadiness) -> str:
    return format_percent(topic.share)


def position_title(case: PromotionCase) -> str:
    if case.current is None:
        return "Position within the current level"
    return f"Position within {level_name(case.current)}"


def sublevel_figure(sub: SubLevel) -> str:
    return f"Sub-level {sub.letter}"


def sublevel_words(case: PromotionCase, sub: SubLevel) -> str:
    """`50%: 1 of 2 criteria of Engineer I shown consistently`."""
    level = level_name(case.current) if case.current is not None else "the level"
    noun = "criterion" if sub.total == 1 else "criteria"
    return (
        f"{format_percent(sub.share)}: {sub.consistent} of {sub.total} {noun} of {level} "
        "shown consistently"
    )


def sublevel_rule(sub: SubLevel) -> str:
    """How the letter is computed, with this framework's thresholds."""
    bounds = [f"{LETTERS[i]} below {format_percent(t)}" for i, t in enumerate(sub.thresholds)]
    top = sub.thresholds[-1] if sub.thresholds else 0.0
    last = LETTERS[min(len(sub.thresholds), len(LETTERS) - 1)]
    return (
        "The sub-level places you within your current level by the share of its criteria whose "
        f"latest assessment is “consistently”: {', '.join(bounds)}, {last} from "
        f"{format_percent(top)} on."
    )


def no_position_words(case: PromotionCase) -> str:
    """Why there is no sub-level to show."""
    if case.current is None:
        return (
            "There is no current level to place you within: the level to reach is the "
            "framework's first."
        )
    return f"{level_name(case.current)} has no criteria, so there is no position within it."


def history_rows(case: PromotionCase) -> list[tuple[str, str, str]]:
    """(day, share, letter) for the sub-level history table, oldest first."""
    return [(format_day(p.day), format_percent(p.share), p.letter) for p in case.history]


def gap_words(state: CriterionState) -> str:
    """What an open criterion lacks: `No evidence; not assessed`, with the latest assessment
    when it is not yet consistent."""
    parts = []
    for gap in state.gaps:
        words = GAP_WORDS[gap]
        if gap is Gap.NOT_CONSISTENT and state.assessments:
            latest = state.assessments[-1]
            shown = labels.label(latest.status).lower()
            words += f" (latest: {shown}, {format_day(latest.assessed_on)})"
        parts.append(words)
    text = "; ".join(parts) or "not met"
    return text[0].upper() + text[1:]


def assessment_words(state: CriterionState) -> str:
    """`Assessed “consistently” on 1 Apr 2025`, or "" when never assessed."""
    if not state.assessments:
        return ""
    latest = state.assessments[-1]
    shown = labels.label(latest.status).lower()
    if latest.status is Demonstration.CONSISTENTLY:
        shown = "“consistently”"
    return f"Assessed {shown} on {format_day(latest.assessed_on)}"


def criterion_text(state: CriterionState) -> str:
    return collapse(state.criterion.text)


def evidence_day(e: EvidenceRecord) -> str:
    return format_day(e.occurred_on)


def web_link(url: str) -> str | None:
    """`url` when it is a web or mail address that may be written as a link, else None."""
    text = url.strip()
    if not text or any(c.isspace() or ord(c) < 32 or c in "<>\"'`" for c in text):
        return None
    try:
        scheme = urlsplit(text).scheme.lower()
    except ValueError:
        return None
    return text if scheme in WEB_SCHEMES else None
