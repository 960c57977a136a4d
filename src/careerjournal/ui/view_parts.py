"""Small pieces the area views share: their actions, headings and date conversions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from .icons import icon

Keys = QKeySequence | QKeySequence.StandardKey | str | None


def view_action(
    owner: QWidget,
    name: str,
    text: str,
    slot: Callable[[], object],
    keys: Keys = None,
    icon_name: str | None = None,
    tip: str = "",
) -> QAction:
    """An action of an area view: its keys work while focus is anywhere inside `owner`."""
    action = QAction(text, owner)
    action.setObjectName(name)
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    if icon_name:
        action.setIcon(icon(icon_name))
    action.setToolTip(tip or text.replace("&", "").rstrip("…"))
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def scope_to(owner: QWidget, widget: QWidget, *actions: QAction) -> None:
    """Move `actions` from `owner` to `widget`: their keys then work only while it has focus
    (for keys, like Delete, that another part of the same view also uses)."""
    for action in actions:
        owner.removeAction(action)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        widget.addAction(action)


def heading(text: str = "", scale: float = 1.2, *, wrap: bool = False) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(wrap)
    return label


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
