"""Before the journal locks or closes for a rewrite: what is being typed is kept, and every
dialog goes away without asking anything (a question would wait for an answer that a locked
app must not take)."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QApplication, QDialog, QWidget

log = logging.getLogger(__name__)

_MAX_NESTED = 64  # modal dialogs over one another; more means one refuses to close


def keep_drafts(window: QWidget) -> int:
    """Every open editor in `window` (and any modal dialog) writes its draft now; how many."""
    kept = 0
    seen: set[int] = set()
    candidates = [w for w in window.findChildren(QWidget) if w.isWindow()]
    modal = QApplication.activeModalWidget()
    if modal is not None:
        candidates.append(modal)
    for widget in candidates:
        if id(widget) in seen:
            continue
        seen.add(id(widget))
        kept += _keep_draft(widget)
    return kept


def close_dialogs(keep: QWidget | None = None) -> None:
    """Close every modal dialog (innermost first), open menu and other dialog window, as
    Cancel would but without a question (`QDialog.done`, which sends no close event)."""
    for _ in range(_MAX_NESTED):
        modal = QApplication.activeModalWidget()
        if modal is None or modal is keep:
            break
        _keep_draft(modal)
        if isinstance(modal, QDialog):
            modal.done(int(QDialog.DialogCode.Rejected))
        modal.hide()
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    for widget in QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible() or not isinstance(widget, QDialog):
            continue
        _keep_draft(widget)
        widget.done(int(QDialog.DialogCode.Rejected))


def _keep_draft(widget: QWidget) -> int:
    save = getattr(widget, "save_draft_now", None)
    if not callable(save):
        return 0
    try:
        save()
    except Exception as exc:  # a draft that cannot be written must not stop the lock
        log.warning("a draft could not be kept before locking: %s", type(exc).__name__)
        return 0
    return 1
