"""Add or edit a milestone: title, dates, weight, and what completes it (by hand, a skill level,
a number of entries, a certification tag or a criterion of the active progression framework)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QDoubleSpinBox, QLabel, QSpinBox, QWidget

from ....domain import CriterionKind, EntryKind
from ....domain.scales import levels as scale_levels
from ....services import (
    EntryQuery,
    Journal,
    MilestoneDraft,
    MilestoneRecord,
    NotFoundError,
    ValidationError,
    validate,
)
from ....services.framework_records import CriterionRecord
from ....services.goal_progress import Completion, Criterion
from ...conflict_dialog import ConflictRow
from ...editor.common import ErrorLabel, KindCombo
from ...formatting import enum_label, format_date, kind_label
from ...record_conflicts import milestone_from, milestone_rows
from ...skills.dialogs.form import _clean_name, _field_box, _form, _FormDialog, _muted, level_text
from ...view_parts import plain_tip, to_pydate, to_qdate
from .. import wording
from .parts import (
    COUNT_LIMIT,
    TITLE_LIMIT,
    WEIGHT_RANGE,
    _as_date,
    _date_edit,
    _int,
    _left,
    _line,
    _OptionalDate,
)


class MilestoneDialog(_FormDialog):
    """Add (`milestone=None`) or edit a milestone and how it completes; `draft()` after OK.

    A milestone completes by hand (optionally already done on a date), when a skill reaches a
    level, after N entries of a kind since a date, with a certification entry carrying a tag, or
    when a criterion of the active framework is met (under its tick rule; offered only while a
    framework is active). A sentence under the choice says what completes it, and where the
    journal stands now.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        milestone: MilestoneRecord | None = None,
        commit: Callable[[MilestoneDraft], None] | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent, self.tr("Add") if milestone is None else self.tr("Save"), commit)
        self.setObjectName("milestone_dialog")
        self.setWindowTitle(
            self.tr("New Milestone") if milestone is None else self.tr("Edit Milestone")
        )
        self.journal = journal
        #: The milestone as last loaded (its version is the one a save expects); None when adding.
        self.milestone = milestone
        self.today = today or dt.date.today()
        self._touched = False
        self._level_touched = False
        self._level_names = scale_levels(journal.profile.get().skill_scale)
        self._skills = {s.id: s for band in journal.skills.bands() for s in band.skills}
        self._framework = journal.frameworks.active()
        criteria = journal.rubric.criteria() if self._framework is not None else []
        self._criteria: list[CriterionRecord] = sorted(criteria, key=lambda c: c.level)
        self._proposed_title = ""

        self._build_fields()
        self._build_criterion_fields()
        self._build_form()
        if milestone is not None:
            self._fill(milestone)
        else:
            self._propose_level()
        self.title_edit.textEdited.connect(self._on_title_edited)
        self.title_edit.textChanged.connect(self._check)
        self.weight_spin.valueChanged.connect(self.weight_error.clear_message)
        self.criterion_combo.currentIndexChanged.connect(self._on_criterion_changed)
        self.framework_combo.currentIndexChanged.connect(self._on_framework_criterion)
        self.skill_combo.currentIndexChanged.connect(self._on_skill_changed)
        self.level_combo.activated.connect(self._on_level_chosen)
        for signal in (
            self.level_combo.currentIndexChanged,
            self.kind_combo.currentIndexChanged,
            self.count_spin.valueChanged,
            self.since_edit.dateChanged,
            self.tag_edit.textChanged,
            self.done_date.changed,
            self.done_date.date_changed,
        ):
            signal.connect(self._check)
        self._on_criterion_changed()
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_form(self) -> None:
        form = _form()
        self.form = form

        def row(text: str, field: QWidget, *under: QWidget) -> QWidget:
            label = QLabel(text, self)
            label.setBuddy(field)
            box = _field_box(self, field, *under) if under else field
            form.addRow(label, box)
            return box

        row(self.tr("&Title"), self.title_edit, self.title_error)
        row(self.tr("&Weight"), _left(self, self.weight_spin), self.weight_note, self.weight_error)
        form.addRow(self.due_date.label(self), _left(self, self.due_date.edit))
        row(self.tr("&Completes"), self.criterion_combo)
        self._rows: dict[CriterionKind, list[QWidget]] = {
            CriterionKind.MANUAL: [],
            CriterionKind.SKILL_LEVEL: [
                row(self.tr("&Skill"), self.skill_combo),
                row(self.tr("&Level"), _left(self, self.level_combo)),
            ],
            CriterionKind.ENTRY_COUNT: [
                row(self.tr("Entry &kind"), _left(self, self.kind_combo)),
                row(self.tr("Cou&nt"), _left(self, self.count_spin)),
                row(self.tr("S&ince"), _left(self, self.since_edit)),
            ],
            CriterionKind.CERTIFICATION_TAG: [row(self.tr("Ta&g"), self.tag_edit)],
            CriterionKind.FRAMEWORK: [row(self.tr("C&riterion"), self.framework_combo)],
        }
        done_row = _left(self, self.done_date.edit)
        form.addRow(self.done_date.label(self), done_row)
        self._rows[CriterionKind.MANUAL].append(done_row)
        form.addRow("", _field_box(self, self.sentence_label, self.criterion_error))
        self._finish_layout(form)
        self._chain(
            self.title_edit,
            self.weight_spin,
            self.due_date.check,
            self.due_date.edit,
            self.criterion_combo,
            self.skill_combo,
            self.level_combo,
            self.kind_combo,
            self.count_spin,
            self.since_edit,
            self.tag_edit,
            self.framework_combo,
            self.done_date.check,
            self.done_date.edit,
        )
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 42)

    def _build_criterion_fields(self) -> None:
        """The fields of each way a milestone completes (shown for the chosen one)."""
        # By hand
        self.done_date = _OptionalDate(
            self,
            "done_on",
            self.tr("&Done on"),
            self.today,
            self.tr("Tick to record the milestone as done on this day"),
        )
        # When a skill reaches a level
        self.skill_combo = QComboBox(self)
        self.skill_combo.setObjectName("skill")
        self.skill_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.skill_combo.setMinimumContentsLength(24)
        for band in self.journal.skills.bands():
            for skill in band.skills:
                self.skill_combo.addItem(f"{band.name} › {skill.name}", skill.id)
        self.skill_combo.setMaxVisibleItems(15)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("level")
        for level in range(1, len(self._level_names) + 1):
            self.level_combo.addItem(level_text(level, self._level_names), level)
        self.level_combo.setMaxVisibleItems(len(self._level_names))
        # After N entries of a kind
        self.kind_combo = KindCombo(self)
        self.kind_combo.setObjectName("entry_kind")
        self.kind_combo.set_kind(EntryKind.PROJECT)
        self.count_spin = QSpinBox(self)
        self.count_spin.setObjectName("count")
        self.count_spin.setRange(1, COUNT_LIMIT)
        self.count_spin.setValue(3)
        self.since_edit = _date_edit(
            self,
            "since",
            self.today,
            self.tr("Entries dated on or after this day count; Alt+Down opens a calendar"),
        )
        # With a certification entry tagged…
        self.tag_edit = _line(self, "tag", validate.MAX_TAG, self.tr("e.g. aws-saa"))
        self.tag_completer = QCompleter([name for name, _n in self.journal.entries.tags()], self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(self.tag_completer)
        self._build_framework_field()

        self.criterion_error = ErrorLabel("criterion", self)
        self.sentence_label = QLabel(self)
        self.sentence_label.setObjectName("criterion_sentence")
        self.sentence_label.setWordWrap(True)
        self.sentence_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence_label.setContentsMargins(0, 4, 0, 0)

    def _build_framework_field(self) -> None:
        """The active framework's criteria, "level · topic · criterion"; without a framework the
        kind is offered disabled, saying where to import one."""
        self.framework_combo = QComboBox(self)
        self.framework_combo.setObjectName("framework_criterion")
        self.framework_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.framework_combo.setMinimumContentsLength(24)
        self.framework_combo.setMaxVisibleItems(15)
        for c in self._criteria:
            self._add_framework_item(self.framework_combo.count(), c)
        if self._criteria:
            return
        model = self.criterion_combo.model()
        index = self.criterion_combo.findData(CriterionKind.FRAMEWORK.value)
        if isinstance(model, QStandardItemModel) and index >= 0:
            item = model.item(index)
            item.setEnabled(False)
            item.setToolTip(
                self.tr("Import a progression framework in Levels to use its criteria.")
            )

    def _add_framework_item(self, index: int, c: CriterionRecord) -> None:
        same = self._framework is not None and c.framework_id == self._framework.id
        level = self._framework.level(c.level) if same and self._framework else None
        level_text = level.name if level is not None and level.name else str(c.level)
        self.framework_combo.insertItem(index, f"{level_text} · {c.topic_title} · {c.text}", c.id)
        self.framework_combo.setItemData(index, plain_tip(c.text), Qt.ItemDataRole.ToolTipRole)

    def _build_fields(self) -> None:
        self.title_edit = _line(
            self, "title", TITLE_LIMIT, self.tr("e.g. Lead a cross-team design")
        )
        self.title_error = ErrorLabel("title", self)

        self.weight_spin = QDoubleSpinBox(self)
        self.weight_spin.setObjectName("weight")
        self.weight_spin.setDecimals(2)
        self.weight_spin.setRange(*WEIGHT_RANGE)
        self.weight_spin.setSingleStep(0.5)
        self.weight_spin.setValue(1.0)
        self.weight_note = _muted(
            QLabel(self.tr("Weights set how much each milestone counts toward the goal"), self)
        )
        self.weight_note.setObjectName("weight_note")
        self.weight_note.setWordWrap(True)
        self.weight_error = ErrorLabel("weight", self)

        self.due_date = _OptionalDate(
            self,
            "due",
            self.tr("D&ue date"),
            self.today + dt.timedelta(days=90),
            self.tr("When you want this milestone done; Alt+Down opens a calendar"),
        )

        self.criterion_combo = QComboBox(self)
        self.criterion_combo.setObjectName("criterion")
        for criterion in CriterionKind:
            self.criterion_combo.addItem(enum_label(criterion), criterion.value)

    def _fill(self, milestone: MilestoneRecord) -> None:
        self.title_edit.setText(milestone.title)
        if milestone.weight < WEIGHT_RANGE[0]:  # a split can leave less: keep it as it is
            self.weight_spin.setMinimum(milestone.weight)
        self.weight_spin.setValue(milestone.weight)
        self.due_date.set_value(milestone.due_on)
        kind = CriterionKind(milestone.criterion_kind)
        self.criterion_combo.setCurrentIndex(max(0, self.criterion_combo.findData(kind.value)))
        criterion = milestone.criterion
        if kind is CriterionKind.MANUAL:
            self.done_date.set_value(milestone.done_on)
        elif kind is CriterionKind.SKILL_LEVEL:
            skill_id = _int(criterion.get("skill_id"))
            index = self.skill_combo.findData(skill_id)
            if index < 0 and skill_id is not None:  # a deleted skill: say so, and refuse it
                self.skill_combo.insertItem(0, self.tr("(a skill that no longer exists)"), None)
                index = 0
            self.skill_combo.setCurrentIndex(max(0, index))
            level = _int(criterion.get("level"))
            self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))
            self._level_touched = True
        elif kind is CriterionKind.ENTRY_COUNT:
            try:
                self.kind_combo.set_kind(EntryKind(criterion.get("kind", EntryKind.OTHER)))
            except ValueError:
                self.kind_combo.set_kind(EntryKind.OTHER)
            self.count_spin.setValue(_int(criterion.get("count")) or 1)
            since = _as_date(criterion.get("since"))
            if since is not None:
                self.since_edit.setDate(to_qdate(since))
        elif kind is CriterionKind.FRAMEWORK:
            self._select_framework_criterion(_int(criterion.get("criterion_id")))
        else:
            self.tag_edit.setText(str(criterion.get("tag", "")))

    def _select_framework_criterion(self, criterion_id: int | None) -> None:
        """Select the milestone's criterion; one of another framework, or one a re-import
        removed, is listed first (the latter refused)."""
        index = self.framework_combo.findData(criterion_id)
        if index < 0 and criterion_id is not None:
            try:
                self._add_framework_item(0, self.journal.rubric.state(criterion_id).criterion)
            except NotFoundError:
                gone = self.tr("(a criterion that no longer exists)")
                self.framework_combo.insertItem(0, gone, None)
            index = 0
        self.framework_combo.setCurrentIndex(max(0, index))
        self._proposed_title = ""  # the milestone's own title stays

    # -- the criterion ----------------------------------------------------------------------

    def criterion_kind(self) -> CriterionKind:
        return CriterionKind(str(self.criterion_combo.currentData()))

    def _on_criterion_changed(self) -> None:
        chosen = self.criterion_kind()
        for kind, rows in self._rows.items():
            for widget in rows:
                self.form.setRowVisible(widget, kind is chosen)
        self.criterion_error.clear_message()
        if chosen is CriterionKind.FRAMEWORK:
            self._on_framework_criterion()
        self._check()

    def _framework_criterion_id(self) -> int | None:
        data = self.framework_combo.currentData()
        return int(data) if data is not None else None

    def _on_framework_criterion(self) -> None:
        """An empty title (or the one proposed) becomes "Topic: criterion", as in a promotion
        goal made from the framework."""
        c = next((c for c in self._criteria if c.id == self._framework_criterion_id()), None)
        title = self.title_edit.text()
        if c is not None and (not title.strip() or title == self._proposed_title):
            proposed = f"{c.topic_title}: {c.text}" if c.topic_title else c.text
            if len(proposed) > TITLE_LIMIT:
                proposed = proposed[: TITLE_LIMIT - 1] + "…"
            self._proposed_title = proposed
            self.title_edit.setText(proposed)
        self._check()

    def _skill_id(self) -> int | None:
        data = self.skill_combo.currentData()
        return int(data) if data is not None else None

    def _propose_level(self) -> None:
        """The skill's target level, else one above where it stands (capped at the top)."""
        skill = self._skills.get(self._skill_id() or 0)
        if skill is None:
            return
        top = len(self._level_names)
        level = skill.target_level or min((skill.current_level or 0) + 1, top)
        self.level_combo.setCurrentIndex(max(0, self.level_combo.findData(level)))

    def _on_skill_changed(self) -> None:
        if not self._level_touched:
            self._propose_level()
        self._check()

    def _on_level_chosen(self) -> None:
        self._level_touched = True

    def _tag(self) -> tuple[str, str]:
        """(tag as stored, problem) for what the tag field says."""
        try:
            return validate.tag(self.tag_edit.text()), ""
        except ValidationError as exc:
            return "", exc.message

    def criterion(self) -> dict[str, Any]:
        """The criterion's fields as the service stores them ({} when by hand)."""
        kind = self.criterion_kind()
        if kind is CriterionKind.SKILL_LEVEL:
            return {"skill_id": self._skill_id(), "level": int(self.level_combo.currentData())}
        if kind is CriterionKind.ENTRY_COUNT:
            return {
                "kind": self.kind_combo.kind().value,
                "count": self.count_spin.value(),
                "since": to_pydate(self.since_edit.date()).isoformat(),
            }
        if kind is CriterionKind.CERTIFICATION_TAG:
            return {"tag": self._tag()[0]}
        if kind is CriterionKind.FRAMEWORK:
            return {"criterion_id": self._framework_criterion_id()}
        return {}

    def _level_name(self, level: int) -> str:
        names = self._level_names
        return names[level - 1] if 1 <= level <= len(names) else str(level)

    def sentence(self) -> str:
        """What completes the milestone, in words, with where the journal stands now."""
        kind = self.criterion_kind()
        if kind is CriterionKind.MANUAL:
            done = self.done_date.value()
            if done is None:
                return self.tr("Done when you tick it off by hand.")
            return self.tr("Done on %s (ticked off by hand).") % format_date(done)
        if kind is CriterionKind.SKILL_LEVEL:
            skill = self._skills.get(self._skill_id() or 0)
            if skill is None:
                return self.tr("Done when a skill reaches a level: choose the skill.")
            wanted = self._level_name(int(self.level_combo.currentData()))
            now = (
                self.tr("not assessed yet")
                if skill.current_level is None
                else self.tr("now %s") % self._level_name(skill.current_level)
            )
            return self.tr("Done when %s reaches %s or above (%s).") % (skill.name, wanted, now)
        if kind is CriterionKind.ENTRY_COUNT:
            entry_kind = self.kind_combo.kind()
            count = self.count_spin.value()
            since = to_pydate(self.since_edit.date())
            so_far = self.journal.entries.count(
                EntryQuery(kinds=frozenset({entry_kind}), date_from=since)
            )
            text = (
                self.tr("Done when 1 %s entry is dated %s or later (%d so far).")
                if count == 1
                else self.tr("Done when %d %s entries are dated %s or later (%d so far).")
            )
            values = (kind_label(entry_kind), format_date(since), so_far)
            return text % (values if count == 1 else (count, *values))
        if kind is CriterionKind.FRAMEWORK:
            return self._framework_sentence()
        tag, _problem = self._tag()
        if not tag:
            return self.tr("Done with a certification entry tagged…: type the tag.")
        found = self.journal.entries.count(
            EntryQuery(kinds=frozenset({EntryKind.CERTIFICATION}), tags=frozenset({tag}))
        )
        state = self.tr("none yet") if found == 0 else self.tr("%d found") % found
        return self.tr("Done when a %s entry is tagged “%s” (%s).") % (
            kind_label(EntryKind.CERTIFICATION),
            tag.replace("-", "\u2011"),  # a tag is not broken across lines
            state,
        )

    def _framework_sentence(self) -> str:
        criterion_id = self._framework_criterion_id()
        if criterion_id is None:
            return self.tr("Done when a criterion of the framework is met: choose the criterion.")
        try:
            state = self.journal.rubric.state(criterion_id)
            rule = self.journal.frameworks.get(state.criterion.framework_id).settings.tick
        except NotFoundError:
            return self.tr("Done when a criterion of the framework is met: choose the criterion.")
        facts = Criterion(
            Completion.FRAMEWORK,
            criterion_text=state.criterion.text,
            rule=rule.value,
            evidence_count=len(state.evidence),
            shown=state.latest.value if state.latest is not None else "",
        )
        return self.tr("Done when this criterion is met. %s") % wording.criterion_text(facts)

    # -- checks and the draft ---------------------------------------------------------------

    def _on_title_edited(self, _text: str) -> None:
        self._touched = True

    def _criterion_problem(self) -> tuple[bool, str]:
        """(complete, message): whether the criterion's fields are filled in, and what is wrong."""
        kind = self.criterion_kind()
        if kind is CriterionKind.SKILL_LEVEL:
            if not self._skills:
                return False, self.tr("There are no skills yet: add some in the Skills area.")
            if self._skills.get(self._skill_id() or 0) is None:
                return False, self.tr("Choose a skill.")
        elif kind is CriterionKind.CERTIFICATION_TAG:
            tag, problem = self._tag()
            return bool(tag), problem
        elif kind is CriterionKind.FRAMEWORK and self._framework_criterion_id() is None:
            if not self._criteria:
                return False, self.tr("There is no progression framework: import one in Levels.")
            return False, self.tr("Choose a criterion.")
        return True, ""

    def _check(self) -> bool:
        ok = bool(_clean_name(self.title_edit.text()))
        message = "" if ok or not self._touched else self.tr("A milestone needs a title.")
        self.title_error.show_message(message)
        complete, problem = self._criterion_problem()
        self.criterion_error.show_message(problem)
        self.sentence_label.setText(self.sentence())
        ok = ok and complete
        self.ok_button.setEnabled(ok)
        return ok

    def _field_errors(self) -> dict[str, ErrorLabel]:
        return {
            "milestone title": self.title_error,
            "title": self.title_error,
            "weight": self.weight_error,
            "criterion": self.criterion_error,
        }

    def draft(self) -> MilestoneDraft:
        kind = self.criterion_kind()
        return MilestoneDraft(
            title=_clean_name(self.title_edit.text()),
            due_on=self.due_date.value(),
            # An automatic milestone's done date comes from the journal.
            done_on=self.done_date.value() if kind is CriterionKind.MANUAL else None,
            weight=round(self.weight_spin.value(), 2),
            criterion_kind=kind,
            criterion=self.criterion(),
        )

    # -- conflicts (see _FormDialog._settle_conflict) ---------------------------------------

    _record_kind = "milestone"

    def _reload(self) -> MilestoneRecord | None:
        if self.milestone is None:
            return None
        return self.journal.goals.get_milestone(self.milestone.id)

    def _rebase(self, record: MilestoneRecord) -> None:
        self.milestone = record

    def _skill_name(self, skill_id: int) -> str:
        skill = self._skills.get(skill_id)
        return skill.name if skill is not None else self.tr("(a skill that no longer exists)")

    def _criterion_name(self, criterion_id: int) -> str:
        known = next((c.text for c in self._criteria if c.id == criterion_id), None)
        if known is not None:
            return known
        try:
            return self.journal.rubric.state(criterion_id).criterion.text
        except NotFoundError:
            return self.tr("(a criterion that no longer exists)")

    def _conflict_rows(self, current: MilestoneRecord) -> list[ConflictRow]:
        return milestone_rows(
            self.draft(),
            current,
            self.milestone,
            self._skill_name,
            criterion_name=self._criterion_name,
        )

    def _show_record(self, record: MilestoneRecord, resolved: dict[str, Any] | None = None) -> None:
        self._fill(milestone_from(resolved, record) if resolved else record)
        self._on_criterion_changed()

    def _form_values(self) -> MilestoneDraft:
        return self.draft()

    def accept(self) -> None:
        if not self._check():
            self._touched = True
            self._check()
            return
        if not self._run_commit(self.draft()):
            return
        super().accept()
