"""Counting an entry toward goal milestones, from the entry editor.

The other side of the Goals area's evidence lists: the editor shows the milestones of active goals
that can still take evidence (open ones, and manual ones already ticked done), as "Goal ›
Milestone" with the pinned goal first, and pre-ticks those this entry already evidences. Saving
the entry links and unlinks the difference in the same operation (`entries.add` / `update`).

Shown for every kind of entry; hidden entirely while no active goal has such a milestone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import GoalStatus
from ...services import Journal
from ..formatting import format_date
from ..goals.wording import criterion_text
from ..view_parts import plain_tip, secondary

#: At most this many milestones are shown without scrolling.
MAX_VISIBLE_ROWS = 6

#: The section asks for at most this width (in pixels) for long milestone names.
MAX_HINT_WIDTH = 640

_ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("MilestoneSection", text)


@dataclass(frozen=True)
class MilestoneChoice:
    """One milestone the entry can count toward."""

    milestone_id: int
    goal_id: int
    goal_title: str
    title: str
    done: bool
    pinned: bool
    detail: str  # what completes it and when it is due, for the tooltip

    @property
    def label(self) -> str:
        text = f"{self.goal_title} › {self.title}"
        return _tr("%s (done)") % text if self.done else text


def milestone_choices(
    journal: Journal, entry_id: int | None = None, today: dt.date | None = None
) -> tuple[list[MilestoneChoice], frozenset[int]]:
    """The milestones of active goals an entry can count toward, pinned goal first, and the ids
    of those among them that `entry_id` already evidences.

    Listed: open milestones, manual ones already ticked done (evidence still backs them up), and
    any milestone already linked to the entry (so the link can be taken back). A done automatic
    milestone completes itself from the journal and is left out otherwise.
    """
    choices: list[MilestoneChoice] = []
    linked: set[int] = set()
    for gp in journal.goals.progress_all(today, status=GoalStatus.ACTIVE):
        goal = gp.goal
        for status in gp.milestones:
            m = status.milestone
            is_linked = entry_id is not None and entry_id in m.evidence_ids
            if status.done and status.automatic and not is_linked:
                continue
            if is_linked:
                linked.add(m.id)
            due = _tr(" Due %s.") % format_date(m.due_on) if m.due_on is not None else ""
            choices.append(
                MilestoneChoice(
                    milestone_id=m.id,
                    goal_id=goal.id,
                    goal_title=goal.title,
                    title=m.title,
                    done=status.done,
                    pinned=goal.pinned,
                    detail=f"{criterion_text(status.criterion)}{due}",
                )
            )
    return choices, frozenset(linked)


class MilestoneSection(QWidget):
    """ "Counts toward" in the entry editor: a checkable list of milestones.

    `to_link()` and `to_unlink()` are what saving the entry should change.
    """

    #: A milestone was ticked or unticked.
    changed = Signal()

    def __init__(
        self,
        journal: Journal,
        entry_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("milestone_section")
        choices, linked = milestone_choices(journal, entry_id, today)
        self._choices = choices
        self._linked = linked

        self.list = QListWidget(self)
        self.list.setObjectName("milestone_list")
        # Ticks are the state: no selection colour competing with them, only the focus frame.
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setAccessibleName(_tr("Milestones this entry counts toward"))
        self.list.setToolTip(_tr("Space ticks the milestone this entry is evidence for"))
        row_height = self.list.fontMetrics().height() + 8
        for choice in choices:
            item = QListWidgetItem(choice.label, self.list)
            item.setSizeHint(QSize(0, row_height))
            item.setData(_ID_ROLE, choice.milestone_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            checked = choice.milestone_id in linked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setToolTip(plain_tip(f"{choice.goal_title} › {choice.title}\n{choice.detail}"))

        self.hint = QLabel(
            _tr("Ticked milestones list this entry as their evidence in Goals."), self
        )
        self.hint.setObjectName("milestone_hint")
        self.hint.setWordWrap(True)
        secondary(self.hint)

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.list)
        column.addWidget(self.hint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._fit_height()

        self.list.itemChanged.connect(self._on_item_changed)

    # -- state --------------------------------------------------------------------------------

    @property
    def applies(self) -> bool:
        """Whether there is any milestone to count toward (the section is shown only then)."""
        return bool(self._choices)

    @property
    def choices(self) -> list[MilestoneChoice]:
        return list(self._choices)

    @property
    def linked_before(self) -> frozenset[int]:
        """The milestones the entry evidenced when the editor opened."""
        return self._linked

    def checked_ids(self) -> frozenset[int]:
        return frozenset(
            int(item.data(_ID_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, milestone_ids: Iterable[int]) -> None:
        wanted = set(milestone_ids)
        for item in self._items():
            on = int(item.data(_ID_ROLE)) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def to_link(self) -> tuple[int, ...]:
        """Milestones newly ticked, in list order."""
        checked = self.checked_ids()
        return tuple(
            c.milestone_id
            for c in self._choices
            if c.milestone_id in checked and c.milestone_id not in self._linked
        )

    def to_unlink(self) -> tuple[int, ...]:
        """Milestones that were linked and are now unticked, in list order."""
        checked = self.checked_ids()
        return tuple(
            c.milestone_id
            for c in self._choices
            if c.milestone_id in self._linked and c.milestone_id not in checked
        )

    def is_dirty(self) -> bool:
        return self.checked_ids() != self._linked

    def focus_chain(self) -> list[QWidget]:
        """The Tab stops, in order, for the editor's tab order (none while hidden)."""
        return [self.list] if self.applies else []

    # -- helpers ------------------------------------------------------------------------------

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _fit_height(self) -> None:
        """As tall as the milestones, up to `MAX_VISIBLE_ROWS`; then it scrolls."""
        rows = max(1, min(self.list.count(), MAX_VISIBLE_ROWS))
        row = self.list.sizeHintForRow(0) if self.list.count() else 0
        row = max(row, self.list.fontMetrics().height() + 8)
        frame = self.list.frameWidth() * 2
        self.list.setFixedHeight(rows * row + frame)

    def sizeHint(self) -> QSize:
        """Wide enough for the longest "Goal › Milestone" (up to `MAX_HINT_WIDTH`): the editor
        opens wider for long names instead of eliding them."""
        hint = super().sizeHint()
        metrics = self.list.fontMetrics()
        longest = max((metrics.horizontalAdvance(c.label) for c in self._choices), default=0)
        check = self.list.style().pixelMetric(self.list.style().PixelMetric.PM_IndicatorWidth)
        scroll = self.list.verticalScrollBar().sizeHint().width()
        wanted = longest + check + scroll + 6 * self.list.frameWidth() + 16
        return QSize(max(hint.width(), min(wanted, MAX_HINT_WIDTH)), hint.height())

    def _on_item_changed(self, _item: QListWidgetItem) -> None:
        self.changed.emit()


__all__ = ["MAX_VISIBLE_ROWS", "MilestoneChoice", "MilestoneSection", "milestone_choices"]
