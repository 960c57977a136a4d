"""The pieces the entry editor and the Inbox show suggestions with: one row per suggestion, the
"looks like" line of a likely duplicate, and the level dialog a confirmed skill opens.

A row reads "Skill: Kubernetes — like “Migrated billing to k8s” (2 Mar 2024)" (plain text: titles
are the user's) with one button: Add (a milestone, a criterion) or Link as evidence… (a skill,
which needs a level). Nothing is confirmed until the user presses it; pressed again (Remove) it
takes the confirmation back. Under a confirmed row one line says when the link is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...domain.scales import levels as scale_levels
from ...services import Journal, NotFoundError
from ..formatting import scale_level_names
from ..view_parts import plain_label, plain_tip, secondary, to_qdate
from .link_suggest import SKILL, Likely, Seen, duplicate_text, fill, quoted, suggestion_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionRows", text)


class SuggestionRow(QWidget):
    """One suggestion and its button; `pressed(item)` asks to confirm it or take it back."""

    pressed = Signal(object)  # the Likely

    def __init__(self, item: Likely, label: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"suggestion_{item.kind}")
        self.item = item
        self.confirmed = False
        self.text_label = plain_label(self, "suggestion_text")
        self.text_label.setText(suggestion_text(item, label))
        self.text_label.setToolTip(plain_tip(self.text_label.text()))
        self.button = QPushButton(self)
        self.button.setObjectName("suggestion_button")
        self.button.setAutoDefault(False)  # Enter saves the entry, never confirms a suggestion
        self.button.clicked.connect(lambda: self.pressed.emit(self.item))
        self.state_label = secondary(plain_label(self, "suggestion_state"))
        self.state_label.hide()
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.text_label, 1)
        top.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(top)
        column.addWidget(self.state_label)
        self.set_state(False)

    @property
    def key(self) -> tuple[str, int]:
        return (self.item.kind, self.item.target_id)

    def set_state(self, confirmed: bool, state: str = "") -> None:
        """Confirmed or not; `state` says when the link is saved (shown under a confirmed one)."""
        self.confirmed = confirmed
        if confirmed:
            self.button.setText(_tr("Remove"))
            self.button.setToolTip(_tr("Do not link it after all"))
        elif self.item.kind == SKILL:
            self.button.setText(_tr("Link as evidence…"))
            self.button.setToolTip(_tr("Record a level of this skill with this entry as evidence"))
        else:
            self.button.setText(_tr("Add"))
            self.button.setToolTip(_tr("Link this entry to it"))
        self.button.setAccessibleName(f"{self.button.text()} — {self.text_label.text()[:80]}")
        self.state_label.setText(state if confirmed else "")
        self.state_label.setVisible(confirmed and bool(state))


class DuplicateLine(QWidget):
    """ "Looks like “X” (2 Mar 2024)" and Open: never in the way of saving. `stacked`: the
    buttons under the sentence (a narrow pane); `row` takes more buttons."""

    open_requested = Signal(int)  # the look-alike entry's id

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False):
        super().__init__(parent)
        self.setObjectName("duplicate_line")
        self.seen: Seen | None = None
        self.label = plain_label(self, "duplicate_text")
        self.open_button = QPushButton(_tr("Open"), self)
        self.open_button.setObjectName("duplicate_open")
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(_tr("Open the entry it looks like"))
        self.open_button.clicked.connect(self._open)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        outer = QVBoxLayout(self) if stacked else self.row
        if stacked:
            outer.setContentsMargins(0, 0, 0, 0)
            outer.setSpacing(4)
            outer.addWidget(self.label)
            outer.addLayout(self.row)
            self.row.addWidget(self.open_button)
            self.row.addStretch(1)
        else:
            self.setLayout(self.row)
            self.row.addWidget(self.label, 1)
            self.row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        self.show_seen(None)

    def show_seen(self, seen: Seen | None, text: str = "") -> None:
        """The look-alike entry (None: hidden), said as `text` ("Looks like “X” (date)")."""
        self.seen = seen
        said = (text or duplicate_text(seen)) if seen is not None else ""
        self.label.setText(said)
        self.open_button.setAccessibleName(fill(_tr("Open %1"), quoted(seen) if seen else ""))
        self.setVisible(seen is not None)

    def _open(self) -> None:
        if self.seen is not None:
            self.open_requested.emit(self.seen.entry_id)


def level_words(journal: Journal, level: int) -> str:
    """`3 · Competent`, in the journal's skill scale."""
    names = scale_level_names(scale_levels(journal.profile.get().skill_scale))
    return f"{level} · {names[level - 1]}" if 1 <= level <= len(names) else str(level)


def level_dialog(
    parent: QWidget,
    journal: Journal,
    skill_id: int,
    *,
    entry_id: int | None,
    entry_day: dt.date,
) -> QWidget | None:
    """The skills area's "Assess" dialog for `skill_id`, its evidence fixed to this entry (the
    saved `entry_id`, or the one being written) and dated like it; None when the skill is gone.

    Not opened: the caller connects `accepted` and opens it (its `draft()` is the level).
    """
    from ..skills.dialogs.assessment_dialog import AssessmentDialog

    try:
        skill = journal.skills.get_skill(skill_id)
    except NotFoundError:
        return None
    names = scale_level_names(scale_levels(journal.profile.get().skill_scale))
    today = dt.date.today()
    dialog = AssessmentDialog(parent, journal=journal, skill=skill, level_names=names, today=today)
    dialog.date_edit.setDate(to_qdate(min(entry_day, today)))
    combo = dialog.evidence_combo
    if entry_id is None or not dialog.set_evidence_entry(entry_id):
        combo.insertItem(1, _tr("This entry, once saved"), None)
        combo.setCurrentIndex(1)
    combo.setEnabled(False)  # the evidence is this entry: that is what confirming means
    combo.setToolTip(_tr("The entry you are confirming this for"))
    return dialog


__all__ = ["DuplicateLine", "SuggestionRow", "level_dialog", "level_words"]
