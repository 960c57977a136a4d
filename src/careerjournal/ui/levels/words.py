"""The Levels area's words: levels, gaps, position and readiness, each with how it is computed.

The rubric service hands over facts (counts, shares, enum members); this module words them in the
user's language, with plurals through `%n`. Level names, topic titles and criterion texts come
from the framework file and are only ever inserted, never interpreted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain import Demonstration
from ...services.framework_records import (
    CriterionState,
    Gap,
    LevelRecord,
    LevelSource,
    Rubric,
    RubricSettings,
    TopicReadiness,
)
from ..formatting import enum_label, format_date
from ..inbox.words import fill

SEPARATOR = " · "
#: How much of a criterion's text a status line quotes.
QUOTE_LENGTH = 60


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("LevelsWords", text, None, n)


def percent(share: float) -> str:
    """`35%` (rounded down, so 99.6% never reads as done)."""
    return fill(_tr("%1%"), int(share * 100 + 1e-9))


def level_name(level: LevelRecord) -> str:
    """`Level 4 — Senior Engineer`, or `Level 4` when the framework names none."""
    if level.name:
        return fill(_tr("Level %1 — %2"), level.number, level.name)
    return fill(_tr("Level %1"), level.number)


def level_short(level: LevelRecord) -> str:
    """`4 (Senior Engineer)`, or `4`: a level inside a sentence."""
    if level.name:
        return fill(_tr("%1 (%2)"), level.number, level.name)
    return str(level.number)


def quote(text: str) -> str:
    """A criterion's text on one line, shortened for a status line."""
    line = " ".join(text.split())
    return line if len(line) <= QUOTE_LENGTH else line[: QUOTE_LENGTH - 1].rstrip() + "…"


# -- the table's cells --------------------------------------------------------------------------


def gap_word(gap: Gap) -> str:
    if gap is Gap.NO_EVIDENCE:
        return _tr("No evidence")
    if gap is Gap.NOT_ASSESSED:
        return _tr("Not assessed")
    return _tr("Not yet consistent")


def gap_text(state: CriterionState) -> str:
    """`Met`, or what is missing: `No evidence · Not assessed`."""
    if state.met:
        return _tr("Met")
    words = [gap_word(g) for g in state.gaps]
    return SEPARATOR.join(words) if words else _tr("Not met")


def evidence_text(state: CriterionState, locale: QLocale | None = None) -> str:
    """`2 · 3 Mar 2026` (how many entries, the latest one's date), or `None`."""
    if not state.evidence:
        return _tr("None")
    latest = max(e.occurred_on for e in state.evidence)
    return f"{len(state.evidence)}{SEPARATOR}{format_date(latest, locale)}"


def evidence_tip(state: CriterionState) -> str:
    if not state.evidence:
        return _tr("No entry is linked as evidence yet.")
    return _tr("%n entries linked as evidence.", len(state.evidence))


def assessment_text(state: CriterionState, locale: QLocale | None = None) -> str:
    """`Consistently · 5 Dec 2026` (the latest assessment), or `Not assessed`."""
    if not state.assessments:
        return _tr("Not assessed")
    latest = state.assessments[-1]
    return f"{enum_label(latest.status)}{SEPARATOR}{format_date(latest.assessed_on, locale)}"


def demonstration(status: Demonstration) -> str:
    return enum_label(status)


# -- the header ---------------------------------------------------------------------------------


def position_line(rubric: Rubric) -> str:
    """`Level 3 · position C (9 of 20 criteria shown consistently)`."""
    current, sub = rubric.current, rubric.sublevel
    if current is None:
        if rubric.level_source is LevelSource.NO_ROLE:
            return _tr("No current role: choose your level in the list.")
        return _tr("Your current level is not known yet: choose it in the list.")
    if sub is None:
        return fill(_tr("%1 · this level has no criteria"), level_name(current.level))
    return fill(
        _tr("%1 · position %2 (%3 of %n criteria shown consistently)", sub.total),
        level_name(current.level),
        sub.letter,
        sub.consistent,
    )


def position_how(rubric: Rubric) -> str:
    """How the position is computed, with the thresholds in use, and where the level came from."""
    marks = [percent(t) for t in rubric.framework.settings.thresholds]
    if len(marks) == 4:
        how = fill(
            _tr(
                "Position: the share of this level's criteria whose latest assessment is "
                "“consistently”; A below %1, B below %2, C below %3, D below %4, else E."
            ),
            *marks,
        )
    else:
        how = _tr(
            "Position: the share of this level's criteria whose latest assessment is "
            "“consistently”, against the framework's thresholds."
        )
    source = source_text(rubric.level_source)
    return f"{how} {source}".strip()


def source_text(source: LevelSource) -> str:
    if source is LevelSource.CHOSEN:
        return _tr("Level chosen in the list.")
    if source is LevelSource.MAPPED:
        return _tr("Level as you set it for your role.")
    if source is LevelSource.GUESSED:
        return _tr("Level read from your role's level label.")
    return ""


def readiness_line(rubric: Rubric) -> str:
    """`Ready for level 4 (Staff): 35% — 7 of 20 criteria met`."""
    nxt = rubric.next
    if nxt is None:
        current = rubric.current
        if current is None:
            return _tr("This framework has no levels.")
        return fill(_tr("%1 is the highest level of this framework."), level_name(current.level))
    if not nxt.total:
        return fill(_tr("Level %1 has no criteria."), level_short(nxt.level))
    return fill(
        _tr("Ready for level %1: %2 — %3 of %n criteria met", nxt.total),
        level_short(nxt.level),
        percent(nxt.readiness),
        nxt.met,
    )


def readiness_how(settings: RubricSettings) -> str:
    """How readiness is computed, naming the framework's tick rule."""
    return fill(
        _tr("Readiness: met criteria over all criteria of the level. Met: %1 (the tick rule)."),
        enum_label(settings.tick),
    )


def topic_cells(topic: TopicReadiness) -> tuple[str, str, str]:
    """(title, `2/5`, `40%`) of one topic's readiness row."""
    return topic.title, fill(_tr("%1/%2"), topic.met, topic.total), percent(topic.share)


def role_name(title: str, level: str) -> str:
    """`Backend Engineer (Staff)`: the role and the level label the framework did not place."""
    title, level = " ".join(title.split()), " ".join(level.split())
    return fill(_tr("%1 (%2)"), title, level) if level and title else (title or level)


def role_question(role: str) -> str:
    return fill(_tr("Which level is your role “%1”?"), role)


# -- the detail pane ----------------------------------------------------------------------------


def evidence_facts(day: dt.date, result: str, locale: QLocale | None = None) -> str:
    """`3 Mar 2026 · Cut refunds by 30%` (the result only when there is one)."""
    text = format_date(day, locale)
    result = " ".join(result.split())
    return f"{text}{SEPARATOR}{result}" if result else text


def assessment_line(day: dt.date, status: Demonstration, locale: QLocale | None = None) -> str:
    return f"{format_date(day, locale)}{SEPARATOR}{enum_label(status)}"


def goal_title(level: LevelRecord) -> str:
    """The promotion goal's title: `Reach level 4 — Senior Engineer`."""
    if level.name:
        return fill(_tr("Reach level %1 — %2"), level.number, level.name)
    return fill(_tr("Reach level %1"), level.number)
