"""The pinned goal at a glance: "Next promotion" with its progress, pace and projected ready date.

`NextPromotionCard` shows what `GoalService.progress` says about the pinned goal, in words; it
reads nothing itself except through `refresh(journal, today)`. "Open in Goals" asks for the goal
with `open_goal_requested(goal_id)`; with nothing pinned the card says how to pin a goal and its
button asks for the Goals area with `open_goal_requested(0)`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import GoalKind
from ...services import Journal
from ...services.goals import GoalProgress
from ...services.progress import Outlook, Projection, Standing
from .. import progress_words
from ..editor.common import warning_color
from ..formatting import format_date
from ..view_parts import plain_label
from . import wording

#: How many open milestones the card lists.
NEXT_MILESTONES = 3

MONTH_FORMAT = "MMM yyyy"


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextPromotionCard", text)


def format_month(day: dt.date, locale: QLocale | None = None) -> str:
    """`Nov 2027` (month name in the user's language)."""
    return (locale or QLocale()).toString(QDate(day), MONTH_FORMAT)


def projection_text(projection: Projection, *, achieved: bool | None = None) -> str:
    """The projected ready date as a month range, or why there is none, in one line; a closed
    goal's `achieved` (True, or False when dropped) says how it closed."""
    if projection.outlook is Outlook.PROJECTED and projection.likely is not None:
        likely = format_month(projection.likely)
        earliest = format_month(projection.earliest or projection.likely)
        if projection.latest is None:
            text = _tr("Ready from %s at the earliest, most likely %s; no latest date in sight.")
            return text % (earliest, likely)
        latest = format_month(projection.latest)
        if earliest == latest:
            return _tr("Ready around %s.") % likely
        return _tr("Ready between %s and %s, most likely %s.") % (earliest, latest, likely)
    if projection.outlook is Outlook.DONE and projection.likely is not None:
        return _tr("Ready: every milestone is done, the last on %s.") % format_date(
            projection.likely
        )
    return progress_words.projection_reason(projection, achieved=achieved)


def target_text(gp: GoalProgress) -> str:
    """ "Principal Engineer · L5 · by 29 Sep 2027", or '' when the goal names no target."""
    goal = gp.goal
    parts = [p for p in (goal.target_role_title, goal.target_level) if p]
    if goal.target_date is not None:
        parts.append(_tr("by %s") % format_date(goal.target_date))
    return " · ".join(parts)


def _blend(a: QColor, b: QColor, share_a: float) -> QColor:
    return QColor.fromRgbF(
        a.redF() * share_a + b.redF() * (1 - share_a),
        a.greenF() * share_a + b.greenF() * (1 - share_a),
        a.blueF() * share_a + b.blueF() * (1 - share_a),
    )


class NextPromotionCard(QFrame):
    """The pinned goal summarised; `set_progress(None)` shows how to pin one."""

    #: The goal to open in the Goals area; 0 asks for the area itself (nothing pinned).
    open_goal_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("next_promotion_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._progress: GoalProgress | None = None
        self._styling = False

        self._build_labels()
        self._lay_out_content()
        self._build_empty()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.addWidget(self.content)
        layout.addWidget(self.empty)

        self._update_style()
        self.set_progress(None)

    def _build_labels(self) -> None:
        """A pinned goal: its caption, title, target, bar, projection and milestones."""
        self.content = QWidget(self)
        self.content.setObjectName("card_content")

        self.caption = plain_label(self.content, "card_caption", wrap=False)
        caption_font = self.caption.font()
        caption_font.setBold(True)
        caption_font.setCapitalization(caption_font.Capitalization.AllUppercase)
        caption_font.setLetterSpacing(caption_font.SpacingType.PercentageSpacing, 108)
        caption_font.setPointSizeF(caption_font.pointSizeF() * 0.85)
        self.caption.setFont(caption_font)

        self.open_button = QPushButton(_tr("Open in Goals"), self.content)
        self.open_button.setObjectName("open_goal")
        self.open_button.setFlat(True)
        self.open_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.open_button.setToolTip(_tr("Show this goal, its milestones and evidence in Goals"))
        self.open_button.clicked.connect(self._open_goal)

        self.title_label = plain_label(self.content, "card_title")
        title_font = self.title_label.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.35)
        self.title_label.setFont(title_font)

        self.target_label = plain_label(self.content, "card_target")

        self.progress_bar = QProgressBar(self.content)
        self.progress_bar.setObjectName("card_progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(max(10, self.fontMetrics().height() // 2 + 4))
        self.percent_label = plain_label(self.content, "card_percent", wrap=False)
        percent_font = self.percent_label.font()
        percent_font.setBold(True)
        percent_font.setPointSizeF(percent_font.pointSizeF() * 1.2)
        self.percent_label.setFont(percent_font)
        self.percent_label.setMinimumWidth(
            self.percent_label.fontMetrics().horizontalAdvance("100%")
        )
        self.percent_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.explanation_label = plain_label(self.content, "card_explanation")
        self.pace_label = plain_label(self.content, "card_pace")
        self.projection_label = plain_label(self.content, "card_projection")
        projection_font = self.projection_label.font()
        projection_font.setBold(True)
        self.projection_label.setFont(projection_font)
        self.schedule_label = plain_label(self.content, "card_schedule")

        self.milestones_heading = plain_label(self.content, "card_milestones_heading", wrap=False)
        heading_font = self.milestones_heading.font()
        heading_font.setBold(True)
        self.milestones_heading.setFont(heading_font)
        self.milestones_label = plain_label(self.content, "card_milestones")

    def _lay_out_content(self) -> None:
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.caption, 1, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        bar_row = QHBoxLayout()
        bar_row.setContentsMargins(0, 0, 0, 0)
        bar_row.setSpacing(10)
        bar_row.addWidget(self.progress_bar, 1, Qt.AlignmentFlag.AlignVCenter)
        bar_row.addWidget(self.percent_label, 0, Qt.AlignmentFlag.AlignVCenter)

        column = QVBoxLayout(self.content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(header)
        column.addWidget(self.title_label)
        column.addWidget(self.target_label)
        column.addSpacing(6)
        column.addLayout(bar_row)
        column.addWidget(self.explanation_label)
        column.addSpacing(6)
        column.addWidget(self.projection_label)
        column.addWidget(self.schedule_label)
        column.addWidget(self.pace_label)
        column.addSpacing(6)
        column.addWidget(self.milestones_heading)
        column.addWidget(self.milestones_label)

    def _build_empty(self) -> None:
        """Nothing pinned: how to pin a goal, and the way to Goals."""
        self.empty = QWidget(self)
        self.empty.setObjectName("card_empty")
        self.empty_label = plain_label(self.empty, "card_empty_text")
        self.empty_label.setText(
            _tr("No next promotion pinned. Pin a promotion goal in Goals to follow it here.")
        )
        self.empty_button = QPushButton(_tr("Go to Goals"), self.empty)
        self.empty_button.setObjectName("open_goals")
        self.empty_button.clicked.connect(lambda: self.open_goal_requested.emit(0))
        empty_row = QHBoxLayout(self.empty)
        empty_row.setContentsMargins(0, 0, 0, 0)
        empty_row.setSpacing(12)
        empty_row.addWidget(self.empty_label, 1)
        empty_row.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignVCenter)

    # -- data ---------------------------------------------------------------------------------

    @property
    def goal_id(self) -> int | None:
        return self._progress.goal.id if self._progress is not None else None

    def refresh(self, journal: Journal, today: dt.date | None = None) -> None:
        """Read the pinned goal's progress from the journal and show it."""
        pinned = journal.goals.pinned()
        self.set_progress(None if pinned is None else journal.goals.progress(pinned.id, today))

    def set_progress(self, gp: GoalProgress | None) -> None:
        self._progress = gp
        self.content.setVisible(gp is not None)
        self.empty.setVisible(gp is None)
        if gp is None:
            self.setAccessibleName(_tr("No next promotion pinned"))
            return
        goal = gp.goal
        promotion = goal.kind is GoalKind.PROMOTION
        self.caption.setText(_tr("Next promotion") if promotion else _tr("Pinned goal"))
        # Capital umlauts reach above this small font's ascent: room for them, or their dots go.
        metrics = self.caption.fontMetrics()
        above = max(0, -metrics.boundingRect("ÄÖÜÉÅ").top() - metrics.ascent())
        self.caption.setContentsMargins(0, above + 1, 0, 0)
        self.title_label.setText(goal.title)
        target = target_text(gp)
        self.target_label.setText(target)
        self.target_label.setVisible(bool(target))

        percent = round(gp.progress * 100)
        self.progress_bar.setValue(percent)
        self.percent_label.setText(f"{percent}%")
        self.progress_bar.setAccessibleName(_tr("%d%% done") % percent)
        self.explanation_label.setText(wording.explanation(gp))
        self.pace_label.setText(wording.pace_text(gp))
        self.projection_label.setText(projection_text(gp.projection, achieved=wording.achieved(gp)))
        self.projection_label.setToolTip(
            wording.projection_reason(gp) if gp.projection.outlook is Outlook.PROJECTED else ""
        )
        self.schedule_label.setText(wording.schedule_text(gp))

        open_ones = gp.open_milestones
        if open_ones:
            self.milestones_heading.setText(_tr("Next milestones"))
            lines = []
            for status in open_ones[:NEXT_MILESTONES]:
                m = status.milestone
                due = _tr(" · due %s") % format_date(m.due_on) if m.due_on is not None else ""
                lines.append(f"•  {m.title}{due}")
            more = len(open_ones) - NEXT_MILESTONES
            if more > 0:
                lines.append(_tr("   and %d more in Goals") % more)
            self.milestones_label.setText("\n".join(lines))
        elif gp.milestones:
            self.milestones_heading.setText(_tr("Every milestone is done"))
            self.milestones_label.setText("")
        else:
            self.milestones_heading.setText(_tr("No milestones yet"))
            self.milestones_label.setText(
                _tr("Break the goal into milestones in Goals to see progress here.")
            )
        self.milestones_label.setVisible(bool(self.milestones_label.text()))
        self.setAccessibleName(f"{self.caption.text()}: {goal.title}, {percent}%")
        self._color_schedule()

    @property
    def progress(self) -> GoalProgress | None:
        return self._progress

    def _open_goal(self) -> None:
        if self._progress is not None:
            self.open_goal_requested.emit(self._progress.goal.id)

    # -- style --------------------------------------------------------------------------------

    def _update_style(self) -> None:
        """Card colours from the palette, so it reads in light and dark alike."""
        if self._styling:
            return
        self._styling = True
        try:
            palette = self.palette()
            base = palette.color(QPalette.ColorRole.Base)
            text = palette.color(QPalette.ColorRole.Text)
            border = palette.color(QPalette.ColorRole.Mid)
            accent = palette.color(QPalette.ColorRole.Highlight)
            self.setStyleSheet(
                f"QFrame#next_promotion_card {{ background: {base.name()};"
                f" border: 1px solid {border.name()}; border-left: 4px solid {accent.name()};"
                " border-radius: 6px; }"
            )
            muted = _blend(text, base, 0.68)  # softer than the text, still well above 4.5:1
            for label in (
                self.caption,
                self.target_label,
                self.explanation_label,
                self.pace_label,
            ):
                self._set_text_color(label, muted)
            for label in (
                self.empty_label,
                self.title_label,
                self.percent_label,
                self.projection_label,
                self.milestones_heading,
                self.milestones_label,
            ):
                self._set_text_color(label, text)
            link = palette.color(QPalette.ColorRole.Link)
            button_palette = self.open_button.palette()
            button_palette.setColor(QPalette.ColorRole.ButtonText, link)
            self.open_button.setPalette(button_palette)
            self._color_schedule()
        finally:
            self._styling = False

    def _color_schedule(self) -> None:
        gp = self._progress
        behind = gp is not None and gp.schedule.standing in (Standing.BEHIND, Standing.OVERDUE)
        color = warning_color(self) if behind else self.palette().color(QPalette.ColorRole.Text)
        self._set_text_color(self.schedule_label, color)

    @staticmethod
    def _set_text_color(label: QLabel, color: QColor) -> None:
        palette = label.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText, color)
        label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_style()


__all__ = [
    "NEXT_MILESTONES",
    "NextPromotionCard",
    "format_month",
    "projection_text",
    "target_text",
]
