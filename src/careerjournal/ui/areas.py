"""The app's areas (Journal, Timeline, ...): names, icons, shortcuts and how each view is built.

Areas whose view has not been built yet show an "in this area" page that says what will appear
there, so the navigation is complete from the first release.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .context import AppContext
from .icons import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("areas", text)


@dataclass(frozen=True)
class Area:
    key: str  # also the view's objectName prefix: "<key>_view"
    title: str
    icon_name: str
    blurb: str  # what the area shows, for its page until the view exists
    factory: Callable[[AppContext, QWidget | None], QWidget] | None = None

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
    from .insights_page import InsightsPage  # the pinned goal's card until the dashboard arrives

    return InsightsPage(ctx, parent)


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
        ),
    ]


class UpcomingAreaPage(QWidget):
    """The page of an area whose view arrives in a later version."""

    def __init__(self, area: Area, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(area.object_name)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        picture = QLabel()
        picture.setPixmap(icon(area.icon_name).pixmap(64, 64))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading = QLabel(self.tr("%s is coming in this area") % area.title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        text = QLabel(area.blurb)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedWidth(520)
        # An aligned item in a box layout is not asked heightForWidth: size it up front.
        text.setMinimumHeight(text.heightForWidth(520))
        note = QLabel(self.tr("Your entries already feed it; nothing to do until then."))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note.setEnabled(False)
        for w in (picture, heading, text, note):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.setSpacing(12)
        layout.addStretch(3)


def build_view(area: Area, ctx: AppContext, parent: QWidget | None = None) -> QWidget:
    view = area.factory(ctx, parent) if area.factory else UpcomingAreaPage(area, parent)
    view.setObjectName(area.object_name)
    return view
