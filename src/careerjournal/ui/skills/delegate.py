"""Paints the Progress column: the level reached as a bar, the gap to the target highlighted."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..theme import is_dark
from .model import Role

# Filled level, the gap still to rise (warm, so it reads as "to do"), and the met-target colour.
LEVEL_COLORS = {False: "#0072b2", True: "#56b4e9"}
GAP_COLORS = {False: "#e69f00", True: "#f4c542"}


class LevelBarDelegate(QStyledItemDelegate):
    """A bar over the scale: filled to the current level, warm from there to the target."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        top = int(index.data(Role.TOP) or 0)
        if top <= 0:
            super().paint(painter, option, index)
            return
        level = int(index.data(Role.LEVEL) or 0)
        target = int(index.data(Role.TARGET) or 0)
        style = option.widget.style() if option.widget else None
        if style is not None:  # selection and hover backgrounds as the other cells
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        dark = is_dark(option.palette)
        rect = QRectF(option.rect).adjusted(6, 0, -6, 0)
        height = min(10.0, rect.height() - 8)
        bar = QRectF(rect.left(), rect.center().y() - height / 2, rect.width(), height)
        step = bar.width() / top
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = option.palette.color(QPalette.ColorRole.Mid)
        track.setAlphaF(0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, height / 2, height / 2)
        if target > level:
            gap = QRectF(bar.left() + level * step, bar.top(), (target - level) * step, height)
            color = QColor(GAP_COLORS[dark])
            painter.setBrush(color)
            painter.drawRoundedRect(gap, height / 2, height / 2)
        if level > 0:
            filled = QRectF(bar.left(), bar.top(), level * step, height)
            painter.setBrush(QColor(LEVEL_COLORS[dark]))
            painter.drawRoundedRect(filled, height / 2, height / 2)
        # Level separators, so "3 of 5" can be counted.
        sep = option.palette.color(QPalette.ColorRole.Base)
        painter.setPen(QPen(sep, 1.5))
        for i in range(1, top):
            x = bar.left() + i * step
            painter.drawLine(int(x), int(bar.top()), int(x), int(bar.bottom()))
        if target > 0:
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Text), 2))
            x = bar.left() + target * step
            painter.drawLine(int(x), int(bar.top() - 3), int(x), int(bar.bottom() + 3))
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 140), max(hint.height(), 24))
