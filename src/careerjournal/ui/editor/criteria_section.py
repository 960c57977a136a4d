"""Which framework criteria an entry shows, from the entry editor ("Shows…").

The button opens `CriteriaPicker` over the active framework's criteria, with suggestions from
what the entry says so far (title, result, notes) at the top, each with the words it shares;
nothing is ticked for the user. The chosen criteria are listed under the button, each removable.
Saving the entry links and unlinks the difference in the same operation (`EditorPresenter`).

Without an active framework the button is disabled and one line says where to import one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.framework_records import CriterionRecord
from ..icons import icon
from ..view_parts import plain_label, plain_tip, secondary
from .criteria_picker import CriteriaPicker, place_text
from .presenter import CriteriaChoice


def _tr(text: str) -> str:
    return QCoreApplication.translate("CriteriaSection", text)


def no_framework_text() -> str:
    return _tr("Import a progression framework in Levels to link criteria.")


class CriterionChip(QWidget):
    """One chosen criterion: its text (plain) and a button that removes it."""

    remove_requested = Signal(int)  # the criterion's id

    def __init__(self, criterion: CriterionRecord, place: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("criterion_chip")
        self.criterion = criterion
        self.label = plain_label(self, "criterion_chip_text")
        self.label.setText(criterion.text)
        self.label.setToolTip(plain_tip(place))
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("criterion_remove")
        self.remove_button.setIcon(icon("close"))
        self.remove_button.setIconSize(QSize(14, 14))
        self.remove_button.setToolTip(_tr("Remove: this entry does not show it"))
        self.remove_button.setAccessibleName(_tr("Remove “%1”").replace("%1", criterion.text[:60]))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(criterion.id))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.label, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)


class CriteriaSection(QWidget):
    """ "Shows…" in the entry editor: the button, the chosen criteria, and a one-line note."""

    #: The chosen criteria changed (picked or removed).
    changed = Signal()
    #: A chip was added or removed: the Tab order needs updating.
    rows_changed = Signal()

    def __init__(self, choice: CriteriaChoice, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("criteria_section")
        self.choice = choice
        #: The entry's text so far, for the suggestions (the form sets it).
        self.text_source: Callable[[], str] = lambda: ""
        #: Criteria suggested by meaning, each with why (the editor's suggestions set it).
        self.meaning_source: Callable[[], Sequence[tuple[CriterionRecord, str]]] = lambda: ()
        #: The picker while it is open (tests answer it).
        self.picker: CriteriaPicker | None = None
        self.chips: list[CriterionChip] = []

        self.button = QPushButton(icon("nav-levels"), _tr("S&hows…"), self)
        self.button.setObjectName("criteria_button")
        self.button.setAutoDefault(False)
        self.button.setToolTip(_tr("Choose the framework criteria this entry is evidence for"))
        self.button.clicked.connect(self.open_picker)
        self.note = QLabel(self)
        self.note.setObjectName("criteria_note")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        secondary(self.note)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.button)
        top.addWidget(self.note, 1)
        self._chips_layout = QVBoxLayout()
        self._chips_layout.setContentsMargins(0, 0, 0, 0)
        self._chips_layout.setSpacing(2)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(top)
        column.addLayout(self._chips_layout)

        if choice.available:
            name = choice.framework.name if choice.framework is not None else ""
            self.note.setText(_tr("Criteria of %1 this entry is evidence for.").replace("%1", name))
        else:
            self.set_unavailable(no_framework_text())
        self._show_chips()

    # -- state --------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self.button.isEnabled()

    def set_unavailable(self, reason: str) -> None:
        """Offer no criteria to choose, saying why in one line (chosen ones stay removable)."""
        self.button.setEnabled(False)
        self.note.setText(reason)

    def chosen_texts(self) -> list[str]:
        return [chip.label.text() for chip in self.chips]

    def is_dirty(self) -> bool:
        return self.choice.is_dirty()

    def focus_chain(self) -> list[QWidget]:
        """The Tab stops, in order: the button (when enabled), then each chip's remove button."""
        first: list[QWidget] = [self.button] if self.button.isEnabled() else []
        return [*first, *(chip.remove_button for chip in self.chips)]

    # -- picking and removing -----------------------------------------------------------------

    def open_picker(self) -> None:
        """Open the picker (window-modal); OK takes its ticks as the entry's choice."""
        if not self.choice.available or self.picker is not None:
            return
        choice = self.choice
        names = {c.level: choice.level_name(c.level) for c in choice.criteria}
        picker = CriteriaPicker(
            choice.criteria,
            names,
            choice.suggest(self.text_source()),
            choice.chosen_ids(),
            self.window(),
            framework=choice.framework.name if choice.framework is not None else "",
            meaning=self.meaning_source(),
        )
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.accepted.connect(lambda: self._picked(picker))
        picker.finished.connect(self._closed)
        self.picker = picker
        picker.open()

    def _picked(self, picker: CriteriaPicker) -> None:
        before = self.choice.chosen_ids()
        self.choice.choose(picker.chosen_ids())
        if self.choice.chosen_ids() != before:
            self._show_chips()
            self.changed.emit()

    def _closed(self) -> None:
        self.picker = None
        self.button.setFocus(Qt.FocusReason.OtherFocusReason)

    def add(self, criterion_id: int) -> None:
        """Add one of the active framework's criteria to the entry's choice (saved with it)."""
        before = self.choice.chosen_ids()
        self.choice.choose([*before, criterion_id])
        if self.choice.chosen_ids() != before:
            self._show_chips()
            self.changed.emit()

    def remove(self, criterion_id: int) -> None:
        """Take a criterion off the entry's choice (saved with the entry)."""
        index = next((i for i, c in enumerate(self.chips) if c.criterion.id == criterion_id), -1)
        if index < 0:
            return
        focused = self.focusWidget()
        had_focus = focused is not None and self.chips[index].isAncestorOf(focused)
        self.choice.remove(criterion_id)
        self._show_chips()
        if had_focus:  # on to the next chip, else back up the list
            stops = self.focus_chain()
            if stops:
                stops[min(len(stops) - len(self.chips) + index, len(stops) - 1)].setFocus()
        self.changed.emit()

    def _show_chips(self) -> None:
        for chip in self.chips:
            self._chips_layout.removeWidget(chip)
            chip.hide()  # gone now, not only once the event loop deletes it
            chip.deleteLater()
        self.chips = []
        for criterion in self.choice.chosen():
            place = place_text(criterion, self.choice.level_name_of(criterion))
            chip = CriterionChip(criterion, place, self)
            chip.remove_requested.connect(self.remove)
            self._chips_layout.addWidget(chip)
            chip.show()
            self.chips.append(chip)
        self.rows_changed.emit()


__all__ = ["CriteriaSection", "CriterionChip", "no_framework_text"]
