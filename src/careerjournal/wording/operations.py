"""Operations of the journal's log in English, for the command line (the GUI words them with tr)."""

from __future__ import annotations

from ..services.operations import OpCode, OperationRecord, UndoConflictError

TEXTS: dict[OpCode, str] = {
    OpCode.ENTRY_ADD: "Add entry “{}”",
    OpCode.ENTRY_EDIT: "Edit entry “{}”",
    OpCode.ENTRIES_TRASH: "Delete entry “{}”",
    OpCode.ENTRIES_RESTORE: "Restore entry “{}”",
    OpCode.ENTRIES_PURGE: "Delete entry “{}” for good",
    OpCode.ROLE_ADD: "Add role “{}”",
    OpCode.ROLE_START: "Start role “{}”",
    OpCode.ROLE_EDIT: "Edit role “{}”",
    OpCode.ROLE_DELETE: "Delete role “{}”",
    OpCode.REVIEW_ADD: "Add review “{}”",
    OpCode.REVIEW_EDIT: "Edit review “{}”",
    OpCode.REVIEW_DELETE: "Delete review “{}”",
    OpCode.PROFILE_EDIT: "Change the profile",
    OpCode.BAND_ADD: "Add band “{}”",
    OpCode.BAND_EDIT: "Edit band “{}”",
    OpCode.BAND_DELETE: "Delete band “{}”",
    OpCode.BANDS_REORDER: "Reorder bands",
    OpCode.SKILL_ADD: "Add skill “{}”",
    OpCode.SKILL_EDIT: "Edit skill “{}”",
    OpCode.SKILL_DELETE: "Delete skill “{}”",
    OpCode.SKILLS_REORDER: "Reorder the skills of “{}”",
    OpCode.LEVEL_RECORD: "Record a level for “{}”",
    OpCode.LEVEL_DELETE: "Delete a level of “{}”",
    OpCode.SCALE_SWITCH: "Switch the skill scale",
    OpCode.GOAL_ADD: "Add goal “{}”",
    OpCode.GOAL_EDIT: "Edit goal “{}”",
    OpCode.GOAL_DELETE: "Delete goal “{}”",
    OpCode.MILESTONE_ADD: "Add milestone “{}”",
    OpCode.MILESTONE_EDIT: "Edit milestone “{}”",
    OpCode.MILESTONE_DONE: "Tick milestone “{}”",
    OpCode.MILESTONE_DELETE: "Delete milestone “{}”",
    OpCode.MILESTONES_REORDER: "Reorder the milestones of “{}”",
    OpCode.MILESTONE_SPLIT: "Split milestone “{}”",
    OpCode.EVIDENCE_LINK: "Link evidence to “{}”",
    OpCode.EVIDENCE_UNLINK: "Unlink evidence from “{}”",
    OpCode.IMPORT: "Import “{}”",
    OpCode.RESTORE_VERSION: "Restore an earlier version of “{}”",
    OpCode.INBOX_ACCEPT: "Accept “{}” from the inbox",
    OpCode.INBOX_MERGE: "Merge suggestions into “{}”",
    OpCode.INBOX_DISMISS: "Dismiss “{}”",
    OpCode.FRAMEWORK_IMPORT: "Import framework “{}”",
    OpCode.FRAMEWORK_USE: "Use framework “{}”",
    OpCode.FRAMEWORK_DELETE: "Remove framework “{}”",
    OpCode.FRAMEWORK_SETTINGS: "Change the settings of “{}”",
    OpCode.ROLE_LEVEL: "Set the framework level of “{}”",
    OpCode.CRITERION_ASSESS: "Assess “{}”",
    OpCode.CRITERION_UNASSESS: "Delete an assessment of “{}”",
    OpCode.CRITERION_LINK: "Link evidence to “{}”",
    OpCode.CRITERION_UNLINK: "Unlink evidence from “{}”",
    OpCode.PROMOTION_GOAL: "Make “{}” the promotion goal",
}

_MANY = {
    OpCode.INBOX_ACCEPT: "Accept {} suggestions",
    OpCode.INBOX_DISMISS: "Dismiss {} suggestions",
    OpCode.ENTRIES_TRASH: "Delete {} entries",
    OpCode.ENTRIES_RESTORE: "Restore {} entries",
    OpCode.ENTRIES_PURGE: "Delete {} entries for good",
}

_TABLES = {
    "skill_band": "band",
    "skill_assessment": "level",
    "framework_criterion": "criterion",
    "criterion_assessment": "assessment",
}


def describe(record: OperationRecord) -> str:
    code = record.code
    if code is OpCode.BAND_ADD and record.count > 1:
        return f"Add {record.count} bands"
    if code in _MANY and (record.count != 1 or not record.subject):
        return _MANY[code].format(record.count)
    if code is OpCode.MILESTONE_DONE and record.count == 0:
        return f"Reopen milestone “{record.subject}”"
    return TEXTS.get(code, "Change “{}”").format(record.subject)


def conflict(exc: UndoConflictError, *, redo: bool) -> str:
    what = _TABLES.get(exc.table, exc.table.replace("_", " "))
    if exc.title:
        what = f"{what} “{exc.title}”"
    reason = {
        "deleted": "was deleted since",
        "exists": "exists again",
    }.get(exc.reason, "was changed since, here or on another device")
    verb = "redo" if redo else "undo"
    return f"cannot {verb} “{describe(exc.operation)}”: the {what} {reason}. Nothing was changed."
