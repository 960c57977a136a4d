"""Recording a skill level from the entry editor, with the entry as its evidence.

Shown for Skill and Certification entries only. Ticking "Record a skill level" and saving the
entry appends one assessment (dated like the entry) in the same transaction; nothing is ever
overwritten, so an entry that already evidences a level shows it read-only and records another
only when the box is ticked again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain import AssessmentSource, EntryKind
from ...domain.scales import levels as scale_levels
from ...services import AssessmentDraft, BandRecord, Journal, SkillRecord
from ..formatting import enum_label, format_date, scale_level_names
from .common import ErrorLabel

#: Entry kinds that can record a skill level.
ASSESSING_KINDS = frozenset({EntryKind.SKILL, EntryKind.CERTIFICATION})

#: ValidationError fields that belong to this section rather than to the entry.
ASSESSMENT_FIELDS = frozenset({"assessment", "level", "assessment date", "evidence"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentSection", text)


def _words(text: str) -> str:
    return " ".join(text.casefold().split())


class _CheckGroup(QGroupBox):
    """A checkable group whose Alt+letter ticks it and, when ticked, goes on to `first`."""

    first: QWidget | None = None

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Shortcut and self.isChecked() and self.first is not None:
            self.first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return handled


class AssessmentSection(QWidget):
    """ "Record a skill level" in the entry editor. `assessment()` is what to save, or None."""

    #: The choice changed (ticked, skill, level or source).
    changed = Signal()

    def __init__(
        self, journal: Journal, entry_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("assessment_section")
        self._journal = journal
        self._applies = False
        self._skill_by_hand = False
        self._source_by_hand = False
        self._kind: EntryKind | None = None
        self._level_names = scale_level_names(scale_levels(journal.profile.get().skill_scale))
        self._skills: dict[int, SkillRecord] = {}
        bands = journal.skills.bands()
        for band in bands:
            for skill in band.skills:
                self._skills[skill.id] = skill

        self.recorded_label = QLabel(self)
        self.recorded_label.setObjectName("assessment_recorded")
        self.recorded_label.setTextFormat(Qt.TextFormat.PlainText)  # skill names as typed
        self.recorded_label.setWordWrap(True)
        self.recorded_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        recorded = self._recorded_lines(entry_id) if entry_id is not None else []
        self.recorded_label.setText("\n".join(recorded))
        self.recorded_label.setVisible(bool(recorded))

        self.group = _CheckGroup(_tr("Record &a skill level"), self)
        self.group.setObjectName("assessment_group")
        self.group.setCheckable(True)
        self.group.setChecked(False)

        self._build_combos(bands)
        self.now_label = QLabel(self.group)
        self.now_label.setObjectName("assessment_now")
        self.now_label.setWordWrap(True)
        self.error = ErrorLabel("assessment", self.group)

        self._lay_out_group()

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.recorded_label)
        column.addWidget(self.group)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.group.toggled.connect(self._on_toggled)
        self.skill_combo.currentIndexChanged.connect(self._on_skill_changed)
        self.skill_combo.activated.connect(self._on_skill_picked)
        self.level_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.source_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.source_combo.activated.connect(self._on_source_picked)
        self._on_skill_changed()

    def _build_combos(self, bands: Sequence[BandRecord]) -> None:
        """Skill (grouped by band), level (in the journal's scale) and source."""
        self.skill_combo = QComboBox(self.group)
        self.skill_combo.setObjectName("assessment_skill")
        self.skill_combo.addItem(_tr("Choose a skill…"), None)
        for index, band in enumerate(b for b in bands if b.skills):
            if index:
                self.skill_combo.insertSeparator(self.skill_combo.count())
            for skill in band.skills:
                self.skill_combo.addItem(f"{band.name} › {skill.name}", skill.id)
        self.skill_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_combo.setMinimumContentsLength(18)
        self.skill_combo.setMaxVisibleItems(16)
        self.group.first = self.skill_combo

        self.level_combo = QComboBox(self.group)
        self.level_combo.setObjectName("assessment_level")
        for number, name in enumerate(self._level_names, start=1):
            self.level_combo.addItem(f"{number} · {name}", number)
        self.level_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.level_combo.setMinimumContentsLength(12)

        self.source_combo = QComboBox(self.group)
        self.source_combo.setObjectName("assessment_source")
        for source in AssessmentSource:
            self.source_combo.addItem(enum_label(source), source.value)

    def _lay_out_group(self) -> None:
        """Skill on one row, level and source on the next; or why there is nothing to choose."""
        skill_label = QLabel(_tr("Skill"), self.group)
        skill_label.setBuddy(self.skill_combo)
        level_label = QLabel(_tr("Le&vel"), self.group)
        level_label.setBuddy(self.level_combo)
        source_label = QLabel(_tr("So&urce"), self.group)
        source_label.setBuddy(self.source_combo)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        grid = QGridLayout(self.group)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(skill_label, 0, 0, right)
        grid.addWidget(self.skill_combo, 0, 1, 1, 3)
        grid.addWidget(level_label, 1, 0, right)
        grid.addWidget(self.level_combo, 1, 1)
        grid.addWidget(source_label, 1, 2, right)
        grid.addWidget(self.source_combo, 1, 3)
        grid.addWidget(self.now_label, 2, 1, 1, 3)
        grid.addWidget(self.error, 3, 1, 1, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.empty_label = QLabel(
            _tr("No skills yet: add bands and skills in the Skills area."), self.group
        )
        self.empty_label.setObjectName("assessment_empty")
        self.empty_label.setWordWrap(True)
        if not self._skills:
            for widget in (skill_label, self.skill_combo, level_label, self.level_combo):
                widget.hide()
            for widget in (source_label, self.source_combo, self.now_label):
                widget.hide()
            grid.addWidget(self.empty_label, 0, 0, 1, 4)
            self.group.setEnabled(False)
        else:
            self.empty_label.hide()

    # -- state --------------------------------------------------------------------------------

    @property
    def applies(self) -> bool:
        """Whether the entry's kind records levels (the section is shown only then)."""
        return self._applies

    @property
    def has_skills(self) -> bool:
        return bool(self._skills)

    def is_active(self) -> bool:
        """Shown, and the box ticked: saving the entry will record a level (or refuse)."""
        return self._applies and self.has_skills and self.group.isChecked()

    def skill_id(self) -> int | None:
        data = self.skill_combo.currentData()
        return data if isinstance(data, int) else None

    def level(self) -> int:
        return int(self.level_combo.currentData())

    def source(self) -> AssessmentSource:
        return AssessmentSource(str(self.source_combo.currentData()))

    def assessment(self) -> AssessmentDraft | None:
        """The level to record with the entry (dated like it), or None when nothing is to be."""
        skill_id = self.skill_id()
        if not self.is_active() or skill_id is None:
            return None
        return AssessmentDraft(skill_id=skill_id, level=self.level(), source=self.source())

    def problem(self) -> str:
        """Why the ticked box cannot be saved as it is, or '' when it can (or is not ticked)."""
        if self.is_active() and self.skill_id() is None:
            return _tr("Choose the skill this entry shows, or untick “Record a skill level”.")
        return ""

    def focus_chain(self) -> list[QWidget]:
        """The Tab stops, in order, for the editor's tab order."""
        return [self.group, self.skill_combo, self.level_combo, self.source_combo]

    # -- following the entry ------------------------------------------------------------------

    def set_kind(self, kind: EntryKind) -> None:
        """Apply the entry's kind: shown for skills and certifications; the default source."""
        self._kind = EntryKind(kind)
        self._applies = self._kind in ASSESSING_KINDS
        if not self._source_by_hand:
            source = (
                AssessmentSource.CERTIFICATION
                if self._kind is EntryKind.CERTIFICATION
                else AssessmentSource.SELF
            )
            self.source_combo.setCurrentIndex(max(0, self.source_combo.findData(source.value)))
        if not self._applies:
            self.error.clear_message()

    def suggest(self, title: str, tags: Iterable[str]) -> None:
        """Preselect the skill the entry names (by title or tag), unless one was picked by hand."""
        if self._skill_by_hand or not self._skills:
            return
        match = self.matching_skill(title, tags)
        if match is not None:
            self._select_skill(match)

    def matching_skill(self, title: str, tags: Iterable[str]) -> int | None:
        """A skill named exactly by the title or a tag, else the longest one named in the title."""
        names = {_words(tag) for tag in tags} | {_words(title)}
        for skill in self._skills.values():
            if _words(skill.name) in names:
                return skill.id
        said = _words(title)
        best: SkillRecord | None = None
        for skill in self._skills.values():
            name = _words(skill.name)
            if not name:
                continue
            if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", said) and (
                best is None or len(name) > len(best.name)
            ):
                best = skill
        return best.id if best is not None else None

    def show_error(self, message: str) -> None:
        self.error.show_message(message)
        if self.group.isChecked():
            self.skill_combo.setFocus()

    # -- reactions ----------------------------------------------------------------------------

    def _select_skill(self, skill_id: int | None) -> None:
        index = self.skill_combo.findData(skill_id) if skill_id is not None else 0
        self.skill_combo.setCurrentIndex(max(0, index))

    def _on_toggled(self, _on: bool) -> None:
        self.error.clear_message()
        self.changed.emit()

    def _on_skill_picked(self, _index: int) -> None:
        self._skill_by_hand = True

    def _on_source_picked(self, _index: int) -> None:
        self._source_by_hand = True

    def _on_skill_changed(self, *_args: object) -> None:
        """Preselect the next level up and show where the skill stands."""
        self.error.clear_message()
        skill = self._skills.get(self.skill_id() or -1)
        top = len(self._level_names)
        if skill is None:
            self.now_label.setText(_tr("Choose a skill to see its level and target."))
            self.level_combo.setCurrentIndex(0)
        else:
            current = skill.current_level
            wanted = 1 if current is None else min(current + 1, top)
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(wanted)))
            target = (
                _tr("Target: %s") % self._name(skill.target_level)
                if skill.target_level is not None
                else _tr("No target")
            )
            self.now_label.setText(_tr("Now: %s · %s") % (self._name(current), target))
        self.changed.emit()

    def _on_choice_changed(self, *_args: object) -> None:
        self.error.clear_message()
        self.changed.emit()

    # -- text ---------------------------------------------------------------------------------

    def level_text(self, level: int) -> str:
        """`3 · Competent`, in the journal's skill scale."""
        return f"{level} · {self._name(level)}"

    def _name(self, level: int | None) -> str:
        if not level:
            return _tr("Not assessed")
        if 1 <= level <= len(self._level_names):
            return self._level_names[level - 1]
        return str(level)

    def _recorded_lines(self, entry_id: int) -> Sequence[str]:
        lines = []
        for a in self._journal.skills.evidenced_by(entry_id):
            skill = self._skills.get(a.skill_id)
            name = skill.name if skill is not None else _tr("a deleted skill")
            lines.append(
                _tr("Recorded with this entry: %s → %s (%s)")
                % (name, self._name(a.level), format_date(a.assessed_on))
            )
        return lines


__all__ = ["ASSESSING_KINDS", "ASSESSMENT_FIELDS", "AssessmentSection"]
