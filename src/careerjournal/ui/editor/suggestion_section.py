"""Suggested links in the entry editor: what the entry most likely evidences, found by meaning.

As the user writes (about 0.6 s after typing pauses, in a worker thread: `SuggestRunner`), up to
three skills, three goal milestones and three framework criteria are shown, each with the past
entries already linked to it. Nothing is linked until the user confirms one, and each confirmation
goes where the editor already keeps such links:

- a milestone is ticked under "Counts toward", a criterion added under "Shows…": both are saved
  with the entry, in its one operation (the Inbox's editor links criteria right after instead);
- a skill needs a level: "Link as evidence…" opens the skills area's level dialog with this entry
  as the evidence; the first such level is saved with the entry (unless "Record a skill level"
  already records one), any further one right after it, as its own operation.

Each confirmed row says which. A likely duplicate shows one line, "Looks like “X” (date)", with
Open; it never blocks saving. Without the offline model the section is one line saying why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget

from ...services import AssessmentDraft, EntryDraft, Journal, NotFoundError
from ...services.framework_records import CriterionRecord
from ..context import AppContext
from ..view_parts import plain_tip, secondary
from .assessment_section import AssessmentSection
from .criteria_section import CriteriaSection
from .link_suggest import (
    CRITERION,
    KINDS,
    MILESTONE,
    PER_KIND,
    SKILL,
    Confirmed,
    Findings,
    Likely,
    SuggestRunner,
    apply_after,
    because_text,
    fill,
    follow_entry_date,
    meaning_off,
    split_assessments,
    text_of,
)
from .milestone_section import MilestoneSection
from .suggestion_rows import DuplicateLine, SuggestionRow, level_dialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("SuggestionSection", text)


def off_text(reason: str) -> str:
    return fill(_tr("Suggested links are off: %1"), reason)


def ticked_text() -> str:
    return _tr("Ticked under Counts toward: saved with the entry, one step in Undo.")


def added_text() -> str:
    return _tr("Added under Shows: saved with the entry, one step in Undo.")


def after_text() -> str:
    return _tr("Linked right after saving: a step of its own in Undo.")


class SuggestionSection(QWidget):
    """ "Suggested" in the entry editor. `links` is what the user confirmed beyond the other
    sections (skill levels; criteria when they cannot be saved with the entry)."""

    #: Whether the section has anything to show (the form shows its row only then).
    wanted = Signal(bool)
    #: Rows came or went: the Tab order needs updating.
    rows_changed = Signal()

    def __init__(
        self,
        journal: Journal,
        entry_id: int | None,
        sections: tuple[AssessmentSection, MilestoneSection, CriteriaSection],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("suggestion_section")
        self.journal = journal
        self.entry_id = entry_id
        self.assessment, self.milestones, self.criteria = sections
        #: The form as typed (the form sets it).
        self.draft_source: Callable[[], EntryDraft] | None = None
        #: False in the Inbox's editor: criteria are linked right after saving, not with it.
        self.criteria_with_entry = True
        self.links = Confirmed()
        self.findings = Findings()
        self.rows: list[SuggestionRow] = []
        #: The level dialog or the opened look-alike while one is open (tests answer them).
        self.dialog: QWidget | None = None
        #: Opens an entry (the look-alike) over the editor; the editor sets it.
        self.opener: Callable[[int], QWidget | None] | None = None
        evidenced = journal.skills.evidenced_by(entry_id) if entry_id is not None else []
        self._skip_skills = {a.skill_id for a in evidenced}

        self.off_label = secondary(QLabel(self))
        self.off_label.setObjectName("suggestion_off")
        self.off_label.setTextFormat(Qt.TextFormat.PlainText)
        self.off_label.setWordWrap(True)
        self.duplicate = DuplicateLine(self)
        self.duplicate.open_requested.connect(self._open)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.off_label)
        column.addWidget(self.duplicate)
        column.addLayout(self._rows_layout)

        self.off = meaning_off(journal)
        self.runner = SuggestRunner(journal, self)
        self.runner.ready.connect(self.show_findings)
        self.off_label.setText(off_text(self.off) if self.off else "")
        self.off_label.setVisible(bool(self.off))
        for section in sections:
            section.changed.connect(self.refresh_states)
        self.criteria.meaning_source = self.criteria_for_picker

    # -- asking -------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self.off is None

    def schedule(self, *_args: object) -> None:
        """The entry's text changed: ask again once typing pauses."""
        if self.off is None and self.draft_source is not None:
            self.runner.request(text_of(self.draft_source()), self.entry_id)

    def stop(self) -> None:
        """The editor closes: no more answers."""
        self.runner.stop()

    def has_content(self) -> bool:
        return self.off is not None or bool(self.rows) or self.duplicate.seen is not None

    # -- showing ------------------------------------------------------------------------------

    def show_findings(self, findings: Findings) -> None:
        """Show an answer: the confirmed rows stay, new suggestions fill up to three a kind."""
        if findings.off is not None:
            self.off = findings.off
            self.off_label.setText(off_text(findings.off))
            self.off_label.show()
            findings = Findings()
        elif findings.failed:
            return  # logged by the worker; the rows shown stay
        self.findings = findings
        self.duplicate.show_seen(findings.duplicates[0] if findings.duplicates else None)
        kept = [row for row in self.rows if row.confirmed]
        for row in self.rows:
            if not row.confirmed:
                self._rows_layout.removeWidget(row)
                row.hide()
                row.deleteLater()
        self.rows = []
        for kind in KINDS:
            mine = [row for row in kept if row.item.kind == kind]
            taken = {row.item.target_id for row in mine}
            fresh = [i for i in findings.of(kind) if i.target_id not in taken and self._offer(i)]
            for item in fresh[:PER_KIND]:
                row = SuggestionRow(item, self._label(item), self)
                row.pressed.connect(self._pressed)
                mine.append(row)
            self.rows.extend(mine)
        for row in self.rows:
            self._rows_layout.addWidget(row)  # in kind order (a kept row moves to its place)
            row.show()
        self.refresh_states()
        self.rows_changed.emit()
        self.wanted.emit(self.has_content())

    def _offer(self, item: Likely) -> bool:
        """Whether the editor can link it and it is not linked yet."""
        if item.kind == SKILL:
            return item.target_id not in self._skip_skills
        if item.kind == MILESTONE:
            offered = {c.milestone_id for c in self.milestones.choices}
            return item.target_id in offered and item.target_id not in (
                self.milestones.linked_before
            )
        choice = self.criteria.choice
        linked = {c.id for c in choice.linked_before}
        return item.target_id in {c.id for c in choice.criteria} and item.target_id not in linked

    def _label(self, item: Likely) -> str:
        if item.kind == MILESTONE:
            for choice in self.milestones.choices:
                if choice.milestone_id == item.target_id:
                    return f"{choice.goal_title} › {choice.title}"
        return item.label

    def refresh_states(self, *_args: object) -> None:
        """Each row confirmed or not, and when its link is saved."""
        with_entry, _after = self.assessment_split()
        checked = self.milestones.checked_ids()
        chosen = set(self.criteria.choice.chosen_ids())
        for row in self.rows:
            kind, target = row.key
            if kind == MILESTONE:
                row.set_state(target in checked, ticked_text())
            elif kind == CRITERION and self.criteria_with_entry:
                row.set_state(target in chosen, added_text())
            elif kind == CRITERION:
                row.set_state(target in self.links.criteria, after_text())
            else:
                level = self.links.skills.get(target)
                row.set_state(level is not None, self._skill_state(level, with_entry))

    def _skill_state(
        self, level: AssessmentDraft | None, with_entry: AssessmentDraft | None
    ) -> str:
        if level is None:
            return ""
        said = self.assessment.level_text(level.level)
        if level is with_entry:
            return fill(_tr("Level %1, recorded with the entry: one step in Undo."), said)
        return fill(_tr("Level %1, recorded right after saving: a step of its own in Undo."), said)

    def criteria_for_picker(self) -> list[tuple[CriterionRecord, str]]:
        """The criteria suggested by meaning, for the "Shows…" picker, each with why."""
        offered = {c.id: c for c in self.criteria.choice.criteria}
        return [
            (offered[i.target_id], because_text(i))
            for i in self.findings.criteria[:PER_KIND]
            if i.target_id in offered
        ]

    # -- confirming ---------------------------------------------------------------------------

    def _pressed(self, item: Likely) -> None:
        row = next((r for r in self.rows if r.item is item), None)
        if row is None:
            return
        on = not row.confirmed
        if item.kind == MILESTONE:
            checked = set(self.milestones.checked_ids())
            wanted = checked | {item.target_id} if on else checked - {item.target_id}
            self.milestones.set_checked(wanted)
        elif item.kind == CRITERION and self.criteria_with_entry:
            if on:
                self.criteria.add(item.target_id)
            else:
                self.criteria.remove(item.target_id)
        elif item.kind == CRITERION:
            self.links.toggle(CRITERION, item.target_id, on)
        elif on:
            self._ask_level(item)
            return
        else:
            self.links.skills.pop(item.target_id, None)
        self.refresh_states()

    def _ask_level(self, item: Likely) -> None:
        draft = self.draft_source() if self.draft_source is not None else None
        day = draft.occurred_on if draft is not None else dt.date.today()
        dialog = level_dialog(
            self.window(), self.journal, item.target_id, entry_id=self.entry_id, entry_day=day
        )
        if dialog is None:
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._level_chosen(item, dialog, day))  # type: ignore[attr-defined]
        dialog.finished.connect(self._dialog_closed)  # type: ignore[attr-defined]
        self.dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def _level_chosen(self, item: Likely, dialog: QWidget, day: dt.date) -> None:
        draft = cast(AssessmentDraft, dialog.draft())  # type: ignore[attr-defined]
        self.links.skills[item.target_id] = follow_entry_date(draft, day)
        self.refresh_states()

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _open(self, entry_id: int) -> None:
        opened = self.opener(entry_id) if self.opener is not None else None
        if opened is not None:
            self.dialog = opened
            opened.finished.connect(self._dialog_closed)  # type: ignore[attr-defined]

    def carry(self, links: Confirmed, findings: Findings) -> None:
        """Start from what the user confirmed elsewhere (the Inbox) and the rows they saw."""
        self.show_findings(findings)
        keys = {(MILESTONE, i) for i in links.milestones} | {(SKILL, i) for i in links.skills}
        keys |= {(CRITERION, i) for i in links.criteria}
        for row in self.rows:
            if row.key not in keys:
                continue
            kind, target = row.key
            if kind == MILESTONE:
                self.milestones.set_checked(set(self.milestones.checked_ids()) | {target})
            elif kind == CRITERION and self.criteria_with_entry:
                self.criteria.add(target)
            elif kind == CRITERION:
                self.links.toggle(CRITERION, target, True)
            else:
                self.links.skills[target] = links.skills[target]
        self.refresh_states()

    # -- saving -------------------------------------------------------------------------------

    def assessment_split(self) -> tuple[AssessmentDraft | None, list[AssessmentDraft]]:
        """(the level saved with the entry, the levels recorded right after)."""
        return split_assessments(self.assessment.assessment(), self.links)

    def is_dirty(self) -> bool:
        """Something to save that no other section holds (a confirmed level or criterion)."""
        return bool(self.links)

    def apply_after(self, entry_id: int) -> list[str]:
        """Right after the entry was saved: link what could not be saved with it, each its own
        operation. What failed is said (the entry stays saved); returns it."""
        _with_entry, after = self.assessment_split()
        criteria = [] if self.criteria_with_entry else list(self.links.criteria)
        problems = apply_after(self.journal, entry_id, criteria=criteria, assessments=after)
        if problems:
            self.report_problems(problems)
        return problems

    def report_problems(self, problems: list[str]) -> None:
        """Say which links failed after the entry was saved. Tests replace this."""
        QMessageBox.warning(
            self.window(),
            _tr("Not every link was made"),
            plain_tip("\n".join([_tr("The entry is saved, but:"), *problems])),
        )

    def focus_chain(self) -> list[QWidget]:
        stops: list[QWidget] = []
        if self.duplicate.seen is not None:
            stops.append(self.duplicate.open_button)
        return [*stops, *(row.button for row in self.rows)]


def open_entry(ctx: AppContext, entry_id: int, parent: QWidget) -> QWidget | None:
    """Open the entry an entry looks like, in an editor of its own over `parent`."""
    from .entry_editor import EntryEditor

    try:
        record = ctx.journal.entries.get(entry_id)
    except NotFoundError:
        return None
    editor = EntryEditor(ctx, record, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor


__all__ = ["SuggestionSection", "off_text", "open_entry"]
