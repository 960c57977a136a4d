"""Small pieces the area views share: their actions, headings and date conversions."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from .icons import icon

W = TypeVar("W", bound=QWidget)
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
    # `triggered` passes `checked`; the slot is called without it (a slot with an optional first
    # parameter would otherwise receive False, as Export PDF once did).
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def scope_to(owner: QWidget, widget: QWidget, *actions: QAction) -> None:
    """Move `actions` from `owner` to `widget`: their keys then work only while it has focus
    (for keys, like Delete, that another part of the same view also uses)."""
    for action in actions:
        owner.removeAction(action)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        widget.addAction(action)


def secondary(widget: W) -> W:
    """Quieter text for captions, hints and notes, still readable.

    Uses the palette's placeholder colour, which the app's palettes keep at 4.5:1 contrast or more
    on both the window and the base colour. (A disabled label is only 2-3:1, and reads as inactive.)
    """
    widget.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return widget


def plain_tip(text: str) -> str:
    """`text` as a tooltip (or other text whose format Qt guesses) that shows it as typed.

    Qt renders a tooltip whose first line looks like HTML as rich text, loading the images it
    names: a goal titled `<img src="file:///…">` would show a local file. Such text is escaped
    into a preformatted paragraph (kept on its lines, like a plain tooltip); other text is kept.
    Also for the label of `QInputDialog.getText`, which has no plain-text switch.
    """
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre">{html.escape(text, quote=False)}</p>'


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


def plain_label(parent: QWidget, name: str, *, wrap: bool = True) -> QLabel:
    """A label for text the user (or their tools) wrote: never read as HTML, selectable."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def kind_badge(parent: QWidget, name: str) -> tuple[QWidget, QLabel, QLabel]:
    """An entry kind's icon and name side by side: (the box, its icon label, its text label)."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(5)
    icon_label = QLabel(box)
    text_label = plain_label(box, name, wrap=False)
    layout.addWidget(icon_label)
    layout.addWidget(text_label)
    return box, icon_label, text_label


class StatusLabel(QLabel):
    """One line of plain text, elided at the right when the room runs out (full text as tip)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # It takes the toolbar's spare room, whatever its text: the buttons never move.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(8, 0, 8, 0)

    def sizeHint(self) -> QSize:
        return QSize(40, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text if self.fontMetrics().horizontalAdvance(text) > self.width() else "")

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
        )
        painter.end()
