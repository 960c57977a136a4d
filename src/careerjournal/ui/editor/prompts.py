"""The entry editor's questions: discard changes, save a deleted entry as new, restore a draft.

Texts keep the editor's translation context ("EntryEditor").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from ..view_parts import to_qdate
from .drafts import SavedDraft


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryEditor", text)


def _ask(parent: QWidget | None, title: str, text: str, informative: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def confirm_save_as_new(parent: QWidget | None) -> bool:
    """Whether to save the text of an entry deleted elsewhere as a new entry."""
    box = _ask(
        parent,
        _tr("Entry Deleted Elsewhere"),
        _tr("This entry was deleted on another device or in another window."),
        _tr("Save what you typed as a new entry?"),
    )
    save = box.addButton(_tr("&Save as New Entry"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(_tr("&Keep Editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is save


def confirm_discard(parent: QWidget | None) -> bool:
    """Whether to throw away what was typed; Keep Editing is the default."""
    box = _ask(
        parent,
        _tr("Discard changes?"),
        _tr("Discard changes?"),
        _tr("What you typed in this entry will be lost."),
    )
    discard = box.addButton(_tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(_tr("&Keep Editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


def ask_restore(saved: SavedDraft, parent: QWidget | None, *, changed_since: bool = False) -> bool:
    """The start-up prompt for one leftover draft; True means Restore."""
    saved_at = saved.saved_at
    when = QLocale().toString(
        QDateTime(to_qdate(saved_at.date()), QTime(saved_at.hour, saved_at.minute)),
        QLocale.FormatType.ShortFormat,
    )
    title = " ".join(saved.draft.title.split())[:80] or "…"
    informative = (
        _tr("The entry was changed since; saving the restored text replaces those changes.")
        if changed_since
        else ""
    )
    box = _ask(
        parent,
        _tr("Unsaved Text"),
        _tr("You have unsaved text from %s: “%s”. Restore it?") % (when, title),
        informative,
    )
    restore = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Discard)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore
