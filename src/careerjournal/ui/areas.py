"""The app's areas (Journal, Timeline, ...): names, icons, shortcuts and how each view is built."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from .context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("areas", text)


@dataclass(frozen=True)
class Area:
    key: str  # also the view's objectName prefix: "<key>_view"
    title: str
    icon_name: str
    blurb: str  # what the area shows, in a sentence
    factory: Callable[[AppContext, QWidget | None], QWidget]

    @property
    def object_name(self) -> str:
        return f"{self.key}_view"


def _journal_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .journal.view import JournalView

    return JournalView(ctx, parent)


def _timeline_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .timeline import TimelineArea  # light: the plot is built on first show

    return TimelineArea(ctx, parent)


def _skills_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .skills.area import SkillsArea  # light: the charts are built on first show

    return SkillsArea(ctx, parent)


def _goals_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .goals.area import GoalsArea  # light: the charts are built on first show

    return GoalsArea(ctx, parent)


def _insights_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .insights.area import InsightsArea  # light: the dashboard is built on first show

    return InsightsArea(ctx, parent)


def _summary_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .summary.area import SummaryArea  # light: the print machinery loads on first show

    return SummaryArea(ctx, parent)


def _inbox_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .inbox.area import InboxArea

    return InboxArea(ctx, parent)


def _levels_factory(ctx: AppContext, parent: QWidget | None) -> QWidget:
    from .levels.area import LevelsArea  # light: the rubric is read on first show

    return LevelsArea(ctx, parent)


def areas() -> list[Area]:
    return [
        Area(
            "journal",
            _tr("Journal"),
            "nav-journal",
            _tr("Every entry, newest first, with filters and search."),
            _journal_factory,
        ),
        Area(
            "timeline",
            _tr("Timeline"),
            "nav-timeline",
            _tr(
                "Your roles as a band over time, promotions marked across every lane, and a lane "
                "per kind of micro-progression, with momentum underneath."
            ),
            _timeline_factory,
        ),
        Area(
            "skills",
            _tr("Skills"),
            "nav-skills",
            _tr(
                "Skill bands rising layer by layer: each skill's level against its target, and "
                "what is still missing for the next band level."
            ),
            _skills_factory,
        ),
        Area(
            "goals",
            _tr("Goals"),
            "nav-goals",
            _tr(
                "Goals broken into milestones, the evidence for each, and a burn-up chart of "
                "progress toward your next promotion."
            ),
            _goals_factory,
        ),
        Area(
            "insights",
            _tr("Insights"),
            "nav-insights",
            _tr(
                "Big leaps against incremental gains, momentum, role fragmentation, cadence of "
                "feedback and recognition, and guidance for your career stage."
            ),
            _insights_factory,
        ),
        Area(
            "summary",
            _tr("Summary"),
            "nav-summary",
            _tr("A tidy summary of a period, with evidence, to print or export for an appraisal."),
            _summary_factory,
        ),
        Area(
            "inbox",
            _tr("Inbox"),
            "nav-inbox",
            _tr(
                "Entries suggested from the traces your work leaves (commits, pull requests, "
                "events, tickets, notes), to accept, merge or dismiss."
            ),
            _inbox_factory,
        ),
        Area(
            "levels",
            _tr("Levels"),
            "nav-levels",
            _tr(
                "Your employer's progression framework: the criteria of your current and next "
                "level, the evidence and assessments behind each, and how ready you are."
            ),
            _levels_factory,
        ),
    ]


def build_view(area: Area, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    view = area.factory(ctx, parent)
    view.setObjectName(area.object_name)
    return view
