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
from ...services.records import AssessmentDraft, BandRecord
from ..undo import expected_version


def _tr(text: str) -> str:
    return QCoreApplication.translate("skills", text)


def _band_content(band: BandRecord) -> tuple[str, str]:
    return band.name, band.description


def _skill_content(skill: SkillRecord) -> tuple[int, str, int | None, str]:
    return skill.band_id, skill.name, skill.target_level, skill.description


class _Written:
    """The version bookkeeping of a command that changes one band or skill: what it last
    wrote and at which version (see `ui.undo.expected_version`)."""

    def __init__(self, version: int | None = None):
        self.version = version
        self.content: object = None

    def wrote(self, version: int, content: object) -> None:
        self.version, self.content = version, content

    def expected(self, current_version: int, current: object) -> int | None:
        if self.content is None:
            return self.version
        return expected_version(current_version, current, self.content, self.version or 0)


class AddBandCommand(QUndoCommand):
    def __init__(self, journal: Journal, name: str, description: str = ""):
        super().__init__(_tr("Add band “%s”") % name.strip()[:40])
        self._journal = journal
        self._name = name
        self._description = description
        self.band_id: int | None = None
        self._written = _Written()

    def redo(self) -> None:
        band = self._journal.skills.add_band(self._name, self._description)
        self.band_id = band.id
        self._written.wrote(band.version, _band_content(band))

    def undo(self) -> None:
        if self.band_id is not None:
            now = self._journal.skills.get_band(self.band_id)
            self._journal.skills.delete_band(
                self.band_id,
                expected_version=self._written.expected(now.version, _band_content(now)),
            )


class EditBandCommand(QUndoCommand):
    """`version` is the band's as the dialog loaded it: a band renamed elsewhere since is not
    overwritten (the service refuses with a ConflictError)."""

    def __init__(
        self,
        journal: Journal,
        band_id: int,
        before: tuple[str, str],
        after: tuple[str, str],
        *,
        version: int | None = None,
    ):
        super().__init__(_tr("Rename band “%s”") % after[0].strip()[:40])
        self._journal = journal
        self._id = band_id
        self._before = before
        self._after = after
        self._written = _Written(version)

    def _write(self, values: tuple[str, str]) -> None:
        expected = self._written.version
        if self._written.content is not None:
            now = self._journal.skills.get_band(self._id)
            expected = self._written.expected(now.version, _band_content(now))
        band = self._journal.skills.rename_band(self._id, *values, expected_version=expected)
        self._written.wrote(band.version, _band_content(band))

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)


class DeleteBandCommand(QUndoCommand):
    def __init__(self, journal: Journal, band_id: int, name: str):
        super().__init__(_tr("Delete band “%s”") % name[:40])
        self._journal = journal
        self._id = band_id
        self._snapshot = journal.skills.snapshot_band(band_id)

    def redo(self) -> None:
        self._snapshot = self._journal.skills.snapshot_band(self._id)  # as it is now
        # Exactly that: a change after the snapshot is refused, not deleted unseen.
        self._journal.skills.delete_band(self._id, expected_version=self._snapshot.version)

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
        self._written = _Written()

    def redo(self) -> None:
        record = self._journal.skills.add_skill(
            self._band_id, self._name, target_level=self._target, description=self._description
        )
        self.skill_id = record.id
        self._written.wrote(record.version, _skill_content(record))

    def undo(self) -> None:
        if self.skill_id is not None:
            now = self._journal.skills.get_skill(self.skill_id)
            self._journal.skills.delete_skill(
                self.skill_id,
                expected_version=self._written.expected(now.version, _skill_content(now)),
            )


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
        self._written = _Written(before.version)

    def _apply(self, band_id: int, name: str, target: int | None, description: str) -> None:
        expected = self._written.version
        if self._written.content is not None:
            now = self._journal.skills.get_skill(self._before.id)
            expected = self._written.expected(now.version, _skill_content(now))
        record = self._journal.skills.update_skill(
            self._before.id,
            name=name,
            band_id=band_id,
            target_level=target,
            clear_target=target is None,
            description=description,
            expected_version=expected,
        )
        self._written.wrote(record.version, _skill_content(record))

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
        self._journal.skills.delete_skill(self._id, expected_version=self._snapshot.version)

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
