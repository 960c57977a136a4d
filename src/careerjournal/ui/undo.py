"""Undoable journal edits. Each command calls the services; the views follow the change signal.

`push()` performs a command first and puts it on the stack only if that worked, so a failed save
raises to its caller (which keeps the user's text). A later undo or redo that fails (say the entry
was changed by another program) is reported through `report_error` and the command is dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..services import (
    AssessmentDraft,
    EntryDraft,
    EntryRecord,
    Journal,
    NotFoundError,
    ServiceError,
)
from ..store import StoreError

log = logging.getLogger(__name__)

#: Shows a failed undo/redo to the user; the main window replaces this with a message box.
report_error: Callable[[str], None] = log.error


def _tr(text: str) -> str:
    return QCoreApplication.translate("undo", text)


def expected_version(current_version: int, current: object, written: object, version: int) -> int:
    """The version an undo or redo hands its service, so it never writes over newer data.

    `version` is the one this command's last write left. If the record still holds what that
    write put there (`current == written`), only this stack's own later steps, undone since,
    moved the version on: the current one is fine. Otherwise another window or device changed
    it, and `version` makes the service refuse with a ConflictError, reported like any failed
    undo.
    """
    return current_version if written is not None and current == written else version


def _skill_name(journal: Journal, assessment: AssessmentDraft) -> str:
    try:
        return journal.skills.get_skill(assessment.skill_id).name
    except ServiceError:
        return _tr("skill")  # the save itself reports the missing skill


def _newest_evidenced(journal: Journal, entry_id: int) -> int | None:
    """The id of the assessment just recorded with `entry_id` as its evidence."""
    recorded = journal.skills.evidenced_by(entry_id)
    return recorded[-1].id if recorded else None


def _forget_assessment(journal: Journal, assessment_id: int | None) -> None:
    if assessment_id is None:
        return
    try:
        journal.skills.delete_assessment(assessment_id)
    except NotFoundError:
        log.info("assessment %s was already deleted", assessment_id)


def _relink(
    journal: Journal, entry_id: int, link: Sequence[int], unlink: Sequence[int]
) -> str | None:
    """Make `entry_id` evidence for the `link` milestones and no longer for the `unlink` ones.

    Each milestone is its own small write after the entry's, so one that fails (say it was
    deleted meanwhile) does not stop the others. Returns what failed, in words, or None.
    """
    problems: list[str] = []
    for milestone_id in unlink:
        try:
            journal.goals.unlink_evidence(milestone_id, [entry_id])
        except NotFoundError:
            log.info("milestone %s is gone: nothing to unlink", milestone_id)
        except (ServiceError, StoreError) as exc:
            problems.append(str(exc))
    for milestone_id in link:
        try:
            journal.goals.link_evidence(milestone_id, [entry_id])
        except (ServiceError, StoreError) as exc:
            problems.append(str(exc))
    if not problems:
        return None
    return _tr("The entry is saved, but its milestones could not all be updated: %s") % " ".join(
        problems
    )


class _MilestoneLinks:
    """The milestone links an entry command changes after writing the entry, and undoes.

    Links are written after the entry, each in a transaction of its own (the goals service has no
    way to join the entry's). That is a choice: if linking fails, the entry (the user's text) is
    still saved and the command stays on the undo stack, and the failure is reported instead of
    raised, in `link_error` on the first run (the editor shows it) and through `report_error` on
    a later undo or redo. Undo takes back the links before the entry is purged or reverted.
    """

    def __init__(self, journal: Journal, link: Sequence[int], unlink: Sequence[int]):
        self._journal = journal
        self.link = tuple(dict.fromkeys(link))
        self.unlink = tuple(m for m in dict.fromkeys(unlink) if m not in self.link)
        self.error: str | None = None
        self._runs = 0

    def __bool__(self) -> bool:
        return bool(self.link or self.unlink)

    def apply(self, entry_id: int) -> None:
        self._run(entry_id, self.link, self.unlink)

    def revert(self, entry_id: int) -> None:
        self._run(entry_id, self.unlink, self.link)

    def _run(self, entry_id: int, link: Sequence[int], unlink: Sequence[int]) -> None:
        if not (link or unlink):
            return
        error = _relink(self._journal, entry_id, link, unlink)
        self._runs += 1
        if self._runs == 1:
            self.error = error  # the first run is the save: the editor reports it
        elif error is not None:
            report_error(error)


class AddEntryCommand(QUndoCommand):
    """Undo purges the new entry; redo re-creates it under the same id.

    With `assessment`, the entry is saved together with a skill level it evidences; undo deletes
    that level first, redo records it again (as a new assessment: history is append-only).
    With `link_milestones`, the new entry then becomes evidence for those milestones (see
    `_MilestoneLinks`); undo unlinks them before purging the entry, redo links them again.
    """

    def __init__(
        self,
        journal: Journal,
        draft: EntryDraft,
        *,
        assessment: AssessmentDraft | None = None,
        link_milestones: Sequence[int] = (),
        unlink_milestones: Sequence[int] = (),
    ):
        title = draft.title.strip()[:40]
        if assessment is None:
            text = _tr("Add entry “%s”") % title
        else:
            text = _tr("Add entry “%s” and a %s level") % (title, _skill_name(journal, assessment))
        super().__init__(text)
        self._journal = journal
        self._draft = draft
        self._assessment = assessment
        self._links = _MilestoneLinks(journal, link_milestones, unlink_milestones)
        self.entry_id: int | None = None
        self.assessment_id: int | None = None

    @property
    def link_error(self) -> str | None:
        """Why the milestones could not all be linked on the first run (the entry is saved)."""
        return self._links.error

    def redo(self) -> None:
        record = self._journal.entries.add(
            self._draft, entry_id=self.entry_id, assessment=self._assessment
        )
        self.entry_id = record.id
        if self._assessment is not None:
            self.assessment_id = _newest_evidenced(self._journal, record.id)
        self._links.apply(record.id)

    def undo(self) -> None:
        if self.entry_id is not None:
            self._links.revert(self.entry_id)
        _forget_assessment(self._journal, self.assessment_id)
        self.assessment_id = None
        if self.entry_id is not None:
            self._journal.entries.purge([self.entry_id])


class EditEntryCommand(QUndoCommand):
    """Undo restores the entry as it was; with `assessment`, also the level recorded with it.

    Undo reverts the entry first (the step that can fail on a conflicting edit elsewhere) and only
    then deletes the recorded level, so a refused undo leaves both as they were. With
    `link_milestones` / `unlink_milestones`, the entry then becomes (or stops being) evidence for
    those milestones (see `_MilestoneLinks`); undo puts the links back after reverting the entry.
    """

    def __init__(
        self,
        journal: Journal,
        before: EntryRecord,
        after: EntryDraft,
        *,
        assessment: AssessmentDraft | None = None,
        link_milestones: Sequence[int] = (),
        unlink_milestones: Sequence[int] = (),
    ):
        title = after.title.strip()[:40]
        if assessment is None:
            text = _tr("Edit entry “%s”") % title
        else:
            text = _tr("Edit entry “%s” and record a %s level") % (
                title,
                _skill_name(journal, assessment),
            )
        super().__init__(text)
        self._journal = journal
        self._id = before.id
        self._before = EntryDraft.from_record(before)
        self._after = after
        self._assessment = assessment
        self._links = _MilestoneLinks(journal, link_milestones, unlink_milestones)
        self._expected = before.version
        self._written: EntryDraft | None = None  # the entry as this command last left it
        self.assessment_id: int | None = None

    @property
    def link_error(self) -> str | None:
        """Why the milestones could not all be (un)linked on the first run (the entry is saved)."""
        return self._links.error

    def _version(self) -> int:
        if self._written is None:
            return self._expected  # the first save: the version the editor opened
        current = self._journal.entries.get(self._id)
        return expected_version(
            current.version, EntryDraft.from_record(current), self._written, self._expected
        )

    def _saved(self, record: EntryRecord) -> None:
        self._expected, self._written = record.version, EntryDraft.from_record(record)

    def redo(self) -> None:
        record = self._journal.entries.update(
            self._id, self._after, expected_version=self._version(), assessment=self._assessment
        )
        self._saved(record)
        if self._assessment is not None:
            self.assessment_id = _newest_evidenced(self._journal, self._id)
        self._links.apply(self._id)

    def undo(self) -> None:
        record = self._journal.entries.update(
            self._id, self._before, expected_version=self._version()
        )
        self._saved(record)
        _forget_assessment(self._journal, self.assessment_id)
        self.assessment_id = None
        self._links.revert(self._id)


class _MoveEntriesCommand(QUndoCommand):
    """Moves entries into or out of the trash; undo moves back exactly those that moved."""

    to_trash: bool

    def __init__(self, journal: Journal, ids: Sequence[int], one: str, many: str):
        super().__init__(_tr(one) if len(ids) == 1 else _tr(many) % len(ids))
        self._journal = journal
        self._ids = list(ids)
        self._changed: list[int] = []

    def _move(self, ids: list[int], to_trash: bool) -> list[int]:
        entries = self._journal.entries
        return entries.trash(ids) if to_trash else entries.restore(ids)

    def redo(self) -> None:
        self._changed = self._move(self._ids, self.to_trash)

    def undo(self) -> None:
        self._move(self._changed, not self.to_trash)


class TrashEntriesCommand(_MoveEntriesCommand):
    to_trash = True

    def __init__(self, journal: Journal, ids: Sequence[int]):
        super().__init__(journal, ids, "Delete entry", "Delete %d entries")


class RestoreEntriesCommand(_MoveEntriesCommand):
    to_trash = False

    def __init__(self, journal: Journal, ids: Sequence[int]):
        super().__init__(journal, ids, "Restore entry", "Restore %d entries")


def push(stack: QUndoStack, command: QUndoCommand) -> None:
    """Perform `command` and put it on the stack; a service error propagates, nothing is pushed.

    QUndoStack.push runs redo() itself and keeps the command even if it raised, so the first
    run happens here, and the stack's own redo() call on push is skipped.
    """
    command.redo()
    wrapper = _AlreadyDone(command)
    stack.push(wrapper)


class _AlreadyDone(QUndoCommand):
    """Wraps a command whose first redo() already ran; later redo/undo are delegated."""

    def __init__(self, inner: QUndoCommand):
        super().__init__(inner.text())
        self._inner = inner
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self._inner.redo)

    def undo(self) -> None:
        self._guarded(self._inner.undo)

    def _guarded(self, action: Callable[[], None]) -> None:
        try:
            action()
        except (ServiceError, StoreError) as exc:
            self.setObsolete(True)
            report_error(str(exc))
