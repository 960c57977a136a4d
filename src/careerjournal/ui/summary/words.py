"""The Summary area's words for the summary's facts, with tr(): the sections' titles and the
period's name. The printed document itself is English (`careerjournal.wording.summary`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.summary import Period, PeriodKind, Section
from ..formatting import format_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("SummaryWords", text)


def section_title(section: Section) -> str:
    return {
        Section.HEADLINE: _tr("Headline"),
        Section.ACHIEVEMENTS: _tr("Achievements"),
        Section.SKILLS: _tr("Skill levels"),
        Section.GOALS: _tr("Goals and readiness"),
        Section.QUOTES: _tr("Feedback and recognition"),
        Section.STATS: _tr("The period in numbers"),
    }[section]


def period_words(period: Period) -> str:
    """ "Since your review on 3 Mar 2026", "The last 12 months", "2026 so far", two dates."""
    kind = period.kind
    if kind is PeriodKind.SINCE_REVIEW and period.review is not None:
        return _tr("Since your review on %1").replace("%1", format_date(period.review))
    if kind is PeriodKind.LAST_12_MONTHS:
        return _tr("The last 12 months")
    if kind is PeriodKind.LAST_6_MONTHS:
        return _tr("The last 6 months")
    if kind is PeriodKind.YEAR_SO_FAR:
        return _tr("%1 so far").replace("%1", str(period.date_to.year))
    if kind is PeriodKind.DAY:
        return format_date(period.date_from)
    return (
        _tr("%1 to %2")
        .replace("%1", format_date(period.date_from))
        .replace("%2", format_date(period.date_to))
    )
