"""Operations in words: what Edit › Undo says, and how the history lists them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services.operations import OpCode, OperationRecord, UndoConflictError


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("operations", text, None, n)


def _texts() -> dict[OpCode, str]:
    """What each operation did; %1 is the record's title (the user's text, shown plain)."""
    t = _tr
    return {
        OpCode.ENTRY_ADD: t("Add entry “%1”"),
        OpCode.ENTRY_EDIT: t("Edit entry “%1”"),
        OpCode.ENTRIES_TRASH: t("Delete entry “%1”"),
        OpCode.ENTRIES_RESTORE: t("Restore entry “%1”"),
        OpCode.ENTRIES_PURGE: t("Delete entry “%1” for good"),
        OpCode.ROLE_ADD: t("Add role “%1”"),
        OpCode.ROLE_START: t("Start role “%1”"),
        OpCode.ROLE_EDIT: t("Edit role “%1”"),
        OpCode.ROLE_DELETE: t("Delete role “%1”"),
        OpCode.REVIEW_ADD: t("Add review “%1”"),
        OpCode.REVIEW_EDIT: t("Edit review “%1”"),
        OpCode.REVIEW_DELETE: t("Delete review “%1”"),
        OpCode.PROFILE_EDIT: t("Change the profile"),
        OpCode.BAND_ADD: t("Add band “%1”"),
        OpCode.BAND_EDIT: t("Edit band “%1”"),
        OpCode.BAND_DELETE: t("Delete band “%1”"),
        OpCode.BANDS_REORDER: t("Reorder bands"),
        OpCode.SKILL_ADD: t("Add skill “%1”"),
        OpCode.SKILL_EDIT: t("Edit skill “%1”"),
        OpCode.SKILL_DELETE: t("Delete skill “%1”"),
        OpCode.SKILLS_REORDER: t("Reorder the skills of “%1”"),
        OpCode.LEVEL_RECORD: t("Record a level for “%1”"),
        OpCode.LEVEL_DELETE: t("Delete a level of “%1”"),
        OpCode.SCALE_SWITCH: t("Switch the skill scale"),
        OpCode.GOAL_ADD: t("Add goal “%1”"),
        OpCode.GOAL_EDIT: t("Edit goal “%1”"),
        OpCode.GOAL_DELETE: t("Delete goal “%1”"),
        OpCode.MILESTONE_ADD: t("Add milestone “%1”"),
        OpCode.MILESTONE_EDIT: t("Edit milestone “%1”"),
        OpCode.MILESTONE_DONE: t("Tick milestone “%1”"),
        OpCode.MILESTONE_DELETE: t("Delete milestone “%1”"),
        OpCode.MILESTONES_REORDER: t("Reorder the milestones of “%1”"),
        OpCode.MILESTONE_SPLIT: t("Split milestone “%1”"),
        OpCode.EVIDENCE_LINK: t("Link evidence to “%1”"),
        OpCode.EVIDENCE_UNLINK: t("Unlink evidence from “%1”"),
        OpCode.IMPORT: t("Import “%1”"),
        OpCode.RESTORE_VERSION: t("Restore an earlier version of “%1”"),
        OpCode.INBOX_ACCEPT: t("Accept “%1” from the inbox"),
        OpCode.INBOX_MERGE: t("Merge suggestions into “%1”"),
        OpCode.INBOX_DISMISS: t("Dismiss “%1”"),
        OpCode.FRAMEWORK_IMPORT: t("Import framework “%1”"),
        OpCode.FRAMEWORK_USE: t("Use framework “%1”"),
        OpCode.FRAMEWORK_DELETE: t("Remove framework “%1”"),
        OpCode.FRAMEWORK_SETTINGS: t("Change the settings of “%1”"),
        OpCode.ROLE_LEVEL: t("Set the framework level of “%1”"),
        OpCode.CRITERION_ASSESS: t("Assess “%1”"),
        OpCode.CRITERION_UNASSESS: t("Delete an assessment of “%1”"),
        OpCode.CRITERION_LINK: t("Link evidence to “%1”"),
        OpCode.CRITERION_UNLINK: t("Unlink evidence from “%1”"),
        OpCode.PROMOTION_GOAL: t("Make “%1” the promotion goal"),
    }


def describe(record: OperationRecord, *, limit: int = 40) -> str:
    """One line for the operation, e.g. Edit entry “Shipped the API”."""
    code = record.code
    if code is OpCode.BAND_ADD and record.count > 1:
        return _tr("Add %n bands", record.count)
    bulk = (OpCode.ENTRIES_TRASH, OpCode.ENTRIES_RESTORE, OpCode.ENTRIES_PURGE)
    if code in bulk and (record.count != 1 or not record.subject):
        many = {
            OpCode.ENTRIES_TRASH: _tr("Delete %n entries", record.count),
            OpCode.ENTRIES_RESTORE: _tr("Restore %n entries", record.count),
            OpCode.ENTRIES_PURGE: _tr("Delete %n entries for good", record.count),
        }
        return many[code]
    if code is OpCode.INBOX_DISMISS and record.count != 1:
        return _tr("Dismiss %n suggestions", record.count)
    if code is OpCode.INBOX_ACCEPT and record.count != 1:
        return _tr("Accept %n suggestions", record.count)
    if code is OpCode.MILESTONE_DONE and record.count == 0:
        text = _tr("Reopen milestone “%1”")
    else:
        text = _texts().get(code, _tr("Change “%1”"))
    subject = record.subject if len(record.subject) <= limit else record.subject[: limit - 1] + "…"
    return text.replace("%1", subject)


def conflict_message(exc: UndoConflictError, *, redo: bool) -> str:
    """Why an undo or redo was refused, naming what changed."""
    what = describe(exc.operation)
    tables = {
        "entry": _tr("entry"),
        "goal": _tr("goal"),
        "milestone": _tr("milestone"),
        "skill": _tr("skill"),
        "skill_band": _tr("band"),
        "skill_assessment": _tr("level"),
        "role": _tr("role"),
        "review": _tr("review"),
        "tag": _tr("tag"),
        "profile": _tr("profile"),
        "framework": _tr("framework"),
        "framework_criterion": _tr("criterion"),
        "criterion_assessment": _tr("assessment"),
    }
    record = tables.get(exc.table, exc.table.replace("_", " "))
    if exc.title:
        record = f"{record} “{exc.title}”"
    if exc.reason == "deleted":
        reason = _tr("The %1 was deleted since.")
    elif exc.reason == "exists":
        reason = _tr("The %1 exists again.")
    else:
        reason = _tr("The %1 was changed since, here or on another device.")
    head = _tr("Cannot redo “%1”.") if redo else _tr("Cannot undo “%1”.")
    return " ".join(
        (head.replace("%1", what), reason.replace("%1", record), _tr("Nothing was changed."))
    )


def field_label(column: str) -> str:
    """A record's field (its column in the journal) as a user calls it, for "what changed"."""
    t = _tr
    words = {
        "title": t("title"),
        "name": t("name"),
        "body": t("text"),
        "notes": t("notes"),
        "description": t("description"),
        "kind": t("kind"),
        "occurred_on": t("date"),
        "held_on": t("date"),
        "impact": t("impact"),
        "measurable_result": t("measurable result"),
        "starred": t("star"),
        "role_id": t("role"),
        "trashed_at": t("trash"),
        "organisation": t("organisation"),
        "function": t("function"),
        "level": t("level"),
        "level_rank": t("level rank"),
        "start_date": t("start"),
        "end_date": t("end"),
        "move_kind": t("kind of move"),
        "pay": t("pay"),
        "currency": t("currency"),
        "volunteer": t("volunteer"),
        "band_id": t("band"),
        "target_level": t("target level"),
        "target_role_title": t("target role"),
        "target_date": t("target date"),
        "status": t("status"),
        "pinned": t("pinned"),
        "created_on": t("started"),
        "closed_on": t("closed"),
        "goal_id": t("goal"),
        "due_on": t("due date"),
        "done_on": t("done"),
        "weight": t("weight"),
        "criterion_kind": t("automatic criterion"),
        "criterion": t("criterion settings"),
        "outcome": t("outcome"),
    }
    return words.get(column, column.replace("_", " "))
