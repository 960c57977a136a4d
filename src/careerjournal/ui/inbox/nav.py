"""The Inbox's item in the window's navigation: its name with a count badge ("Inbox  12").

The count is kept on the item (`CountRole`) and drawn by `NavCountDelegate` as a small pill at the
item's right edge, in the palette's highlight colours (inverted on the selected row), so it reads
in light and dark themes alike. Screen readers hear "Inbox, 12 suggestions".
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QStandardItem
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .words import suggestion_count

CountRole = int(Qt.ItemDataRole.UserRole) + 10
MAX_SHOWN = 999  # more reads as "999+"
RIGHT_MARGIN = 8


def set_nav_count(item: QStandardItem, title: str, count: int) -> None:
    """Show `count` on the navigation item (0: no badge)."""
    count = max(0, int(count))
    item.setData(count, CountRole)
    accessible = f"{title}, {suggestion_count(count)}" if count else title
    item.setData(accessible, Qt.ItemDataRole.AccessibleTextRole)
    item.setToolTip(suggestion_count(count) if count else "")


def nav_count(item: QStandardItem) -> int:
    value = item.data(CountRole)
    return int(value) if isinstance(value, int) else 0


def badge_text(count: int) -> str:
    return f"{MAX_SHOWN}+" if count > MAX_SHOWN else str(count)


class NavCountDelegate(QStyledItemDelegate):
    """Paints items as usual, plus a count badge where an item has one."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        count = index.data(CountRole)
        if not isinstance(count, int) or count <= 0:
            return
        text = badge_text(count)
        font = option.font
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        painter.save()
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 2
        width = max(height, metrics.horizontalAdvance(text) + 12)
        rect = QRectF(
            option.rect.right() - RIGHT_MARGIN - width,
            option.rect.center().y() - height / 2 + 0.5,
            width,
            height,
        )
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        ink = palette.color(
            QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.HighlightedText
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(ink)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
