"""Undoable changes to bands, skills and assessments, pushed with `ui.undo.push`.

Deleting a band or skill takes a snapshot first (rows with their ids), so undo puts back the
same band, skills and history, and milestones that name a skill keep pointing at it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ...domain import AssessmentSource
from ...services import AssessmentRecord, Journal, SkillRecord
from ...services.records import AssessmentDraft


def _tr(text: str) -> str:
    return QCoreApplication.translate("skills", text)


class AddBandCommand(QUndoCommand):
    def __init__(self, journal: Journal, name: str, description: str = ""):
        super().__init__(_tr("Add band “%s”") % name.strip()[:40])
        self._journal = journal
        self._name = name
        self._description = description
        self.band_id: int | None = None

    def redo(self) -> None:
        self.band_id = self._journal.skills.add_band(self._name, self._description).id

    def undo(self) -> None:
        if self.band_id is not None:
            self._journal.skills.delete_band(self.band_id)


class EditBandCommand(QUndoCommand):
    def __init__(
        self, journal: Journal, band_id: int, before: tuple[str, str], after: tuple[str, str]
    ):
        super().__init__(_tr("Rename band “%s”") % after[0].strip()[:40])
        self._journal = journal
        self._id = band_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._journal.skills.rename_band(self._id, *self._after)

    def undo(self) -> None:
        self._journal.skills.rename_band(self._id, *self._before)


class DeleteBandCommand(QUndoCommand):
    def __init__(self, journal: Journal, band_id: int, name: str):
        super().__init__(_tr("Delete band “%s”") % name[:40])
        self._journal = journal
        self._id = band_id
        self._snapshot = journal.skills.snapshot_band(band_id)

    def redo(self) -> None:
        self._snapshot = self._journal.skills.snapshot_band(self._id)  # as it is now
        self._journal.skills.delete_band(self._id)

    def undo(self) -> None:
        self._journal.skills.restore(self._snapshot)


class ReorderBandsCommand(QUndoCommand):
    def __init__(self, journal: Journal, before: Sequence[int], after: Sequence[int]):
        super().__init__(_tr("Move band"))
        self._journal = journal
        self._before = list(before)
        self._after = list(after)

    def redo(self) -> None:
        self._journal.skills.reorder_bands(self._after)

    def undo(self) -> None:
        self._journal.skills.reorder_bands(self._before)


class ReorderSkillsCommand(QUndoCommand):
    def __init__(self, journal: Journal, band_id: int, before: Sequence[int], after: Sequence[int]):
        super().__init__(_tr("Move skill"))
        self._journal = journal
        self._band_id = band_id
        self._before = list(before)
        self._after = list(after)

    def redo(self) -> None:
        self._journal.skills.reorder_skills(self._band_id, self._after)

    def undo(self) -> None:
        self._journal.skills.reorder_skills(self._band_id, self._before)


class AddSkillCommand(QUndoCommand):
    def __init__(
        self,
        journal: Journal,
        band_id: int,
        name: str,
        target_level: int | None,
        description: str = "",
    ):
        super().__init__(_tr("Add skill “%s”") % name.strip()[:40])
        self._journal = journal
        self._band_id = band_id
        self._name = name
        self._target = target_level
        self._description = description
        self.skill_id: int | None = None

    def redo(self) -> None:
        record = self._journal.skills.add_skill(
            self._band_id, self._name, target_level=self._target, description=self._description
        )
        self.skill_id = record.id

    def undo(self) -> None:
        if self.skill_id is not None:
            self._journal.skills.delete_skill(self.skill_id)


class EditSkillCommand(QUndoCommand):
    """Name, band, target and description; undo restores all four (and the old position)."""

    def __init__(
        self,
        journal: Journal,
        before: SkillRecord,
        *,
        band_id: int,
        name: str,
        target_level: int | None,
        description: str,
    ):
        super().__init__(_tr("Edit skill “%s”") % name.strip()[:40])
        self._journal = journal
        self._before = before
        self._after = (band_id, name, target_level, description)
        self._old_order: list[int] = []

    def _apply(self, band_id: int, name: str, target: int | None, description: str) -> None:
        self._journal.skills.update_skill(
            self._before.id,
            name=name,
            band_id=band_id,
            target_level=target,
            clear_target=target is None,
            description=description,
        )

    def redo(self) -> None:
        band = next(b for b in self._journal.skills.bands() if b.id == self._before.band_id)
        self._old_order = [s.id for s in band.skills]
        self._apply(*self._after)

    def undo(self) -> None:
        b = self._before
        self._apply(b.band_id, b.name, b.target_level, b.description)
        if self._after[0] != b.band_id:  # moved back: put it where it was
            self._journal.skills.reorder_skills(b.band_id, self._old_order)


class DeleteSkillCommand(QUndoCommand):
    def __init__(self, journal: Journal, skill_id: int, name: str):
        super().__init__(_tr("Delete skill “%s”") % name[:40])
        self._journal = journal
        self._id = skill_id
        self._snapshot = journal.skills.snapshot_skill(skill_id)

    def redo(self) -> None:
        self._snapshot = self._journal.skills.snapshot_skill(self._id)  # as it is now
        self._journal.skills.delete_skill(self._id)

    def undo(self) -> None:
        self._journal.skills.restore(self._snapshot)


class RecordAssessmentCommand(QUndoCommand):
    def __init__(
        self,
        journal: Journal,
        draft: AssessmentDraft,
        skill_name: str,
        evidence_entry_id: int | None = None,
    ):
        super().__init__(_tr("Record a level for “%s”") % skill_name[:40])
        self._journal = journal
        self._draft = draft
        self._evidence = evidence_entry_id
        self.assessment_id: int | None = None

    def redo(self) -> None:
        d = self._draft
        record = self._journal.skills.record_assessment(
            d.skill_id,
            d.level,
            assessed_on=d.assessed_on or dt.date.today(),
            source=d.source,
            evidence_entry_id=self._evidence,
            note=d.note,
        )
        self.assessment_id = record.id

    def undo(self) -> None:
        if self.assessment_id is not None:
            self._journal.skills.delete_assessment(self.assessment_id)


class DeleteAssessmentCommand(QUndoCommand):
    """Undo records the same level, date, source, evidence and note again."""

    def __init__(self, journal: Journal, assessment: AssessmentRecord, skill_name: str):
        super().__init__(_tr("Delete a level of “%s”") % skill_name[:40])
        self._journal = journal
        self._record = assessment
        self._current_id = assessment.id

    def redo(self) -> None:
        self._journal.skills.delete_assessment(self._current_id)

    def undo(self) -> None:
        a = self._record
        again = self._journal.skills.record_assessment(
            a.skill_id,
            a.level,
            assessed_on=a.assessed_on,
            source=AssessmentSource(a.source),
            evidence_entry_id=a.evidence_entry_id,
            note=a.note,
        )
        self._current_id = again.id
