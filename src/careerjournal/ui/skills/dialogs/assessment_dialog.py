"""Record a level for a skill, with its date, source, evidence entry and note."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QHBoxLayout, QLabel, QWidget

from ....domain import AssessmentSource, EntryKind
from ....services import (
    AssessmentDraft,
    EntryQuery,
    EntryRecord,
    Journal,
    NotFoundError,
    SkillRecord,
    validate,
)
from ...editor.common import DATE_FORMAT, ErrorLabel, safe_kind_icon
from ...formatting import enum_label, format_date
from ...view_parts import to_pydate, to_qdate
from .form import _field_box, _form, _FormDialog, _text_edit, level_text

#: How many recent entries the evidence list offers.
EVIDENCE_LIMIT = 300
#: Entry kinds that usually evidence a skill; listed first.
EVIDENCE_KINDS: tuple[EntryKind, ...] = (
    EntryKind.SKILL,
    EntryKind.CERTIFICATION,
    EntryKind.PROJECT,
    EntryKind.LEARNING,
    EntryKind.RECOGNITION,
    EntryKind.FEEDBACK,
)
#: An entry mentioning the skill is suggested as evidence when it is at most this many days old.
SUGGEST_DAYS = 60

SOURCES: tuple[AssessmentSource, ...] = (
    AssessmentSource.SELF,
    AssessmentSource.MANAGER,
    AssessmentSource.PEER,
    AssessmentSource.CERTIFICATION,
)


def _mentions(name: str, entry: EntryRecord) -> bool:
    """Whether the entry's title or one of its tags names the skill (as whole words)."""

    def words(text: str) -> str:
        return " ".join(re.sub(r"[-_/]+", " ", text).split()).casefold()

    wanted = words(name)
    if not wanted:
        return False
    pattern = re.compile(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)")
    return bool(pattern.search(words(entry.title))) or any(
        pattern.search(words(tag)) for tag in entry.tags
    )


class AssessmentDialog(_FormDialog):
    """Record a level for one skill: date, level, source, an evidence entry and a note.

    After Accepted, `draft()` is the assessment and `evidence_entry_id()` its evidence (None: none).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        skill: SkillRecord,
        level_names: Sequence[str],
        today: dt.date,
        commit: Callable[[AssessmentDraft], None] | None = None,
    ):
        super().__init__(parent, self.tr("Record"), commit)
        self.setObjectName("assessment_dialog")
        self.setWindowTitle(self.tr("Assess “%s”") % skill.name)
        self.journal = journal
        self.skill = skill
        self.today = today
        self._level_names = tuple(level_names)
        top = len(self._level_names)

        self.status_label = QLabel(self._status_text(), self)
        self.status_label.setObjectName("skill_status")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDateRange(
            QDate(validate.MIN_YEAR, 1, 1), QDate(validate.MAX_YEAR, 12, 31)
        )
        self.date_edit.setDate(to_qdate(today))
        self.date_edit.setToolTip(self.tr("When the level was reached; Alt+Down opens a calendar"))
        self.date_error = ErrorLabel("date", self)

        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("level")
        for level in range(1, top + 1):
            self.level_combo.addItem(level_text(level, self._level_names), level)
        self.level_combo.setMaxVisibleItems(max(top, 1))
        proposed = min((skill.current_level or 0) + 1, top)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(proposed)))
        self.level_error = ErrorLabel("level", self)

        self.source_combo = QComboBox(self)
        self.source_combo.setObjectName("source")
        for source in SOURCES:
            self.source_combo.addItem(enum_label(source), source.value)

        self._build_evidence_field()
        self.note_edit = _text_edit(
            self, "note", 3, self.tr("Optional: what shows this level, who said so")
        )

        self._build_form()
        self.date_edit.dateChanged.connect(self._check_date)
        self.level_combo.currentIndexChanged.connect(self.level_error.clear_message)
        self._check_date()
        self.level_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_form(self) -> None:
        skill_label = QLabel(self.skill.name, self)
        skill_label.setObjectName("skill_name")
        skill_label.setTextFormat(Qt.TextFormat.PlainText)
        skill_label.setWordWrap(True)
        bold = skill_label.font()
        bold.setBold(True)
        skill_label.setFont(bold)
        form = _form()

        def row(text: str, field: QWidget, *under: QWidget) -> None:
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, _field_box(self, field, *under) if under else field)

        date_row = QWidget(self)
        date_layout = QHBoxLayout(date_row)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.date_edit)
        date_layout.addStretch(1)
        form.addRow(QLabel(self.tr("Skill"), self), skill_label)
        form.addRow(QLabel(self.tr("Now"), self), self.status_label)
        date_label = QLabel(self.tr("&Date"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, _field_box(self, date_row, self.date_error))
        row(self.tr("&Level"), self.level_combo, self.level_error)
        row(self.tr("&Source"), self.source_combo)
        row(self.tr("&Evidence"), self.evidence_combo, self.evidence_error)
        row(self.tr("N&ote"), self.note_edit)
        self._finish_layout(form)
        self._chain(
            self.date_edit, self.level_combo, self.source_combo, self.evidence_combo, self.note_edit
        )

    def _build_evidence_field(self) -> None:
        """The evidence entry: a searchable list, the suggested entry first."""
        self.evidence_combo = QComboBox(self)
        self.evidence_combo.setObjectName("evidence")
        self.evidence_combo.setEditable(True)
        self.evidence_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.evidence_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.evidence_combo.setMinimumContentsLength(44)
        self.evidence_combo.setMaxVisibleItems(15)
        self.evidence_combo.setToolTip(
            self.tr("The entry that shows this level; type part of its title or date to find it")
        )
        line = self.evidence_combo.lineEdit()
        line.setPlaceholderText(self.tr("Type to find an entry"))
        line.setClearButtonEnabled(True)
        self.evidence_completer = QCompleter(self.evidence_combo.model(), self.evidence_combo)
        self.evidence_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.evidence_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.evidence_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.evidence_completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
        self.evidence_completer.setMaxVisibleItems(12)
        # Lists wider than the field, so long titles and their dates can be read.
        wide = self.fontMetrics().horizontalAdvance("M") * 56
        self.evidence_completer.popup().setMinimumWidth(wide)
        self.evidence_combo.view().setMinimumWidth(wide)
        self.evidence_combo.setCompleter(self.evidence_completer)
        self.evidence_error = ErrorLabel("evidence", self)
        self.suggested_entry_id: int | None = None
        self._fill_evidence()
        line.textEdited.connect(self.evidence_error.clear_message)
        # A chosen entry shows from its start (its date), not scrolled to the end of its title.
        self.evidence_combo.currentIndexChanged.connect(self._show_evidence_start)
        self.evidence_completer.activated.connect(self._show_evidence_start)
        self._show_evidence_start()

    def _status_text(self) -> str:
        """`5 · Expert since 19 Oct 2026; target 5 · Expert`."""
        skill = self.skill
        if skill.current_level is None:
            now = self.tr("Not assessed yet")
        else:
            now = level_text(skill.current_level, self._level_names)
            if skill.assessed_on is not None:
                now = self.tr("%s since %s") % (now, format_date(skill.assessed_on))
        if skill.target_level is not None:
            target = level_text(skill.target_level, self._level_names)
            now = self.tr("%s; target %s") % (now, target)
        return now

    # -- evidence ---------------------------------------------------------------------------

    def _entry_text(self, entry: EntryRecord) -> str:
        return f"{format_date(entry.occurred_on)} · {entry.title}"

    def _add_entry(self, entry: EntryRecord, index: int | None = None) -> None:
        icon = safe_kind_icon(entry.kind)
        text = self._entry_text(entry)
        if index is None:
            self.evidence_combo.addItem(icon, text, entry.id)
        else:
            self.evidence_combo.insertItem(index, icon, text, entry.id)

    def _fill_evidence(self) -> None:
        """'No evidence entry', then recent live entries: evidence kinds first, newest first."""
        entries = self.journal.entries
        ids = entries.ids(EntryQuery())[:EVIDENCE_LIMIT]  # newest first
        recent = entries.get_many(ids)
        likely_kinds = frozenset(EVIDENCE_KINDS)
        likely = [e for e in recent if e.kind in likely_kinds]
        others = [e for e in recent if e.kind not in likely_kinds]
        self.evidence_combo.addItem(self.tr("No evidence entry"), None)
        for entry in (*likely, *others):
            self._add_entry(entry)
        self.evidence_combo.setCurrentIndex(0)
        # Suggest the newest entry of the last SUGGEST_DAYS that names the skill (on one day,
        # a likely kind first).
        since = self.today - dt.timedelta(days=SUGGEST_DAYS)
        newest = sorted(
            recent, key=lambda e: (-e.occurred_on.toordinal(), e.kind not in likely_kinds)
        )
        for entry in newest:
            if since <= entry.occurred_on <= self.today and _mentions(self.skill.name, entry):
                self.suggested_entry_id = entry.id
                self.set_evidence_entry(entry.id)
                break

    def set_evidence_entry(self, entry_id: int | None) -> bool:
        """Choose the evidence entry (None: none); an entry not listed is added to the list.

        False when there is no such entry (the choice is left as it was).
        """
        if entry_id is None:
            self.evidence_combo.setCurrentIndex(0)
            return True
        index = self.evidence_combo.findData(entry_id)
        if index < 0:
            try:
                entry = self.journal.entries.get(entry_id)
            except NotFoundError:
                return False
            self._add_entry(entry, 1)
            index = 1
        self.evidence_combo.setCurrentIndex(index)
        self._show_evidence_start()
        self.evidence_error.clear_message()
        return True

    def _show_evidence_start(self, *_args: object) -> None:
        self.evidence_combo.lineEdit().setCursorPosition(0)

    def _resolve_evidence(self) -> tuple[bool, int | None]:
        """(understood, entry id) for what the evidence field says.

        Blank means none; otherwise the text is a listed entry as shown, or part of exactly one
        listed entry's text (as the filter matches: any case). Anything else is not understood.
        """
        combo = self.evidence_combo
        text = combo.currentText()
        wanted = text.strip().casefold()
        if not wanted:
            return True, None
        index = combo.currentIndex()
        if index < 0 or combo.itemText(index) != text:
            index = combo.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            matches = [i for i in range(1, combo.count()) if wanted in combo.itemText(i).casefold()]
            if len(matches) != 1:
                return False, None
            index = matches[0]
        data = combo.itemData(index)
        return True, int(data) if data is not None else None

    def evidence_entry_id(self) -> int | None:
        """The chosen evidence entry's id; None for none (or for text that names no entry)."""
        return self._resolve_evidence()[1]

    # -- checks and values ------------------------------------------------------------------

    def _check_date(self) -> bool:
        if to_pydate(self.date_edit.date()) > self.today:
            self.date_error.show_message(self.tr("An assessment cannot be in the future."))
            self.ok_button.setEnabled(False)
            return False
        self.date_error.clear_message()
        self.ok_button.setEnabled(True)
        return True

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "assessment date": self.date_error,
            "level": self.level_error,
            "evidence": self.evidence_error,
        }

    def draft(self) -> AssessmentDraft:
        return AssessmentDraft(
            skill_id=self.skill.id,
            level=int(self.level_combo.currentData()),
            source=AssessmentSource(self.source_combo.currentData()),
            assessed_on=to_pydate(self.date_edit.date()),
            note=self.note_edit.toPlainText().strip(),
        )

    def accept(self) -> None:
        if not self._check_date():
            self.date_edit.setFocus()
            return
        understood, _entry = self._resolve_evidence()
        if not understood:
            self.evidence_error.show_message(
                self.tr("“%s” is not one listed entry: pick one from the list, or clear it.")
                % self.evidence_combo.currentText().strip()
            )
            self.evidence_combo.setFocus()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()
