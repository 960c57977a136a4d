"""Which record Edit › History… is about: the one selected in the area shown, if any.

An area view that can name its selected record has `current_record()`, returning
`(kind, id, title)` (kind as in services.record_history.KINDS) or None; the journal list names
its selected entry.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...services import ServiceError
from ..context import AppContext
from ..lazy_area import LazyArea
from .dialog import HistoryDialog

Record = tuple[str, int, str]


def selected_record(view: QWidget | None, ctx: AppContext) -> Record | None:
    if isinstance(view, LazyArea):
        if not view.is_built():
            return None
        view = view.view()
    if view is None:
        return None
    current = getattr(view, "current_record", None)
    if callable(current):
        found = current()
        return found if found else None
    selected = getattr(view, "selected_ids", None)
    if callable(selected):
        ids = selected()
        if ids:
            try:
                return ("entry", ids[0], ctx.journal.entries.get(ids[0]).title)
            except ServiceError:  # gone meanwhile: the journal's history instead
                return None
    return None


def open_history(ctx: AppContext, parent: QWidget, view: QWidget | None) -> HistoryDialog:
    """The history of the selected record, or of the journal; shown, not modal."""
    record = selected_record(view, ctx)
    if record is None:
        dialog = HistoryDialog(ctx, parent)
    else:
        kind, record_id, title = record
        dialog = HistoryDialog(ctx, parent, kind=kind, record_id=record_id, title=title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    return dialog
