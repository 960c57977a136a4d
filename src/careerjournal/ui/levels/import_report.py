"""What importing a progression framework did, worded from `ImportOutcome` for a message box.

A new framework: its name and its levels, topics and criteria. A re-import (a framework of the
same name was there): criteria added, changed, removed and unchanged, and the evidence links
kept or lost. What the reader approximated or skipped (`ImportOutcome.notes`) goes in the
box's collapsible details, as plain text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ...services.framework_records import FrameworkRecord, ImportOutcome

_PLACE = re.compile(r"%([1-9])")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2, ... replaced in one pass (a value holding "%2" stays as it is)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], text)


def framework_counts(fw: FrameworkRecord) -> str:
    """ "6 levels, 5 topics, 135 criteria"."""
    levels = QCoreApplication.translate("ImportReport", "%n levels", "", len(fw.levels))
    topics = QCoreApplication.translate("ImportReport", "%n topics", "", fw.topic_count)
    criteria = QCoreApplication.translate("ImportReport", "%n criteria", "", fw.criterion_count)
    return fill(_tr("%1, %2, %3"), levels, topics, criteria)


def headline(outcome: ImportOutcome) -> str:
    """One line: what was imported (new) or updated (re-import), by name."""
    fw = outcome.framework
    if outcome.created:
        return fill(_tr("Imported “%1”: %2."), fw.name, framework_counts(fw))
    return fill(_tr("Updated “%1” from %2."), fw.name, fw.source)


def differences(outcome: ImportOutcome) -> str:
    """A re-import's counts in one line ("" for a new import)."""
    if outcome.created:
        return ""
    added = QCoreApplication.translate("ImportReport", "%n criteria added", "", outcome.added)
    changed = QCoreApplication.translate("ImportReport", "%n changed", "", outcome.changed)
    removed = QCoreApplication.translate("ImportReport", "%n removed", "", outcome.removed)
    unchanged = QCoreApplication.translate("ImportReport", "%n unchanged", "", outcome.unchanged)
    kept = QCoreApplication.translate(
        "ImportReport", "evidence kept on %n links", "", outcome.kept_evidence
    )
    lost = QCoreApplication.translate(
        "ImportReport", "%n links lost with removed criteria", "", outcome.lost_evidence
    )
    return fill(_tr("%1, %2, %3, %4; %5, %6."), added, changed, removed, unchanged, kept, lost)


def in_use(outcome: ImportOutcome, active: FrameworkRecord | None) -> str:
    """Whether the imported framework is the one in use, and where to switch ("" when it is)."""
    if outcome.framework.active or (active is not None and active.id == outcome.framework.id):
        return ""
    if active is None:
        return _tr("No framework is in use: choose one in Preferences › Levels.")
    return fill(_tr("“%1” stays in use; switch frameworks in Preferences › Levels."), active.name)


def notes_text(outcome: ImportOutcome) -> str:
    """The reader's notes, one per line ("" when there are none)."""
    return "\n".join(f"• {note}" for note in outcome.notes)


def outcome_box(
    outcome: ImportOutcome, parent: QWidget | None, active: FrameworkRecord | None = None
) -> QMessageBox:
    """The message box that reports `outcome` (not shown yet). `active`: the framework in use
    after the import, when it may be another one."""
    box = QMessageBox(parent)
    box.setObjectName("framework_import_report")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(_tr("Framework Imported"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from the file
    box.setText(headline(outcome))
    lines = [line for line in (differences(outcome), in_use(outcome, active)) if line]
    if outcome.notes:
        lines.append(
            QCoreApplication.translate(
                "ImportReport",
                "%n notes on what the reader approximated or skipped: see Show Details.",
                "",
                len(outcome.notes),
            )
        )
    box.setInformativeText("\n".join(lines))
    if outcome.notes:
        box.setDetailedText(notes_text(outcome))  # plain text, collapsed until asked for
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_outcome(
    outcome: ImportOutcome, parent: QWidget | None, active: FrameworkRecord | None = None
) -> None:
    """Report `outcome` in a modal message box."""
    outcome_box(outcome, parent, active).exec()


__all__ = [
    "differences",
    "framework_counts",
    "headline",
    "in_use",
    "notes_text",
    "outcome_box",
    "show_outcome",
]
