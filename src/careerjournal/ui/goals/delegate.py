"""Paints a goal's progress as a slim bar with its percentage beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .model import PROGRESS_ROLE


class ProgressBarDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, widget)
        fraction = max(0.0, min(1.0, float(value)))
        text = f"{fraction:.0%}"
        metrics = option.fontMetrics
        text_width = metrics.horizontalAdvance("100%") + 6
        rect = QRectF(option.rect).adjusted(6, 0, -6 - text_width, 0)
        height = min(10.0, rect.height() - 8)
        track = QRectF(rect.left(), rect.center().y() - height / 2, rect.width(), height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        mid = option.palette.color(QPalette.ColorRole.Mid)
        mid.setAlphaF(0.35)
        painter.setBrush(mid)
        painter.drawRoundedRect(track, height / 2, height / 2)
        if fraction > 0:
            filled = QRectF(track.left(), track.top(), track.width() * fraction, height)
            painter.setBrush(option.palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled, height / 2, height / 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(role))
        text_rect = QRectF(track.right() + 6, option.rect.top(), text_width, option.rect.height())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, int(align), text)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 120), max(hint.height(), 26))
