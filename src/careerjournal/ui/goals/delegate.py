"""Delegates of the Goals area: a goal as a two-line row of the goal list (title; progress bar,
standing, target date), and the milestone table's wrapping rules."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from .model import PROGRESS_ROLE, GoalColumn, MilestoneColumn


class GoalRowDelegate(QStyledItemDelegate):
    """A goal in the list on two lines: icon and title; then a progress bar, its percentage and
    the standing and target date in quieter text. The list then needs only one narrow column."""

    PAD = 6
    BAR_WIDTH = 56

    def _lines(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        line = option.fontMetrics.height()
        return line, 2 * line + 3 * self.PAD

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        title, decoration = opt.text, opt.icon
        opt.text = ""
        opt.icon = QIcon()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_color = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        line, _ = self._lines(opt)
        rect = opt.rect.adjusted(self.PAD, self.PAD, -self.PAD, -self.PAD)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Line 1: the icon and the title.
        icon_size = min(16, line)
        x = rect.left()
        if not decoration.isNull():
            decoration.paint(painter, x, rect.top() + (line - icon_size) // 2, icon_size, icon_size)
            x += icon_size + self.PAD
        painter.setFont(opt.font)
        painter.setPen(text_color)
        metrics = QFontMetrics(opt.font)
        elided = metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.right() - x)
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(QRectF(x, rect.top(), rect.right() - x, line), int(align), elided)
        # Line 2: the bar, its percentage, the standing and the target date.
        top = rect.top() + line + self.PAD
        value = index.data(PROGRESS_ROLE)
        fraction = max(0.0, min(1.0, float(value or 0.0)))
        bar_w = float(min(self.BAR_WIDTH, max(24, rect.width() // 3)))
        height = 8.0
        track = QRectF(rect.left(), top + (line - height) / 2, bar_w, height)
        mid = palette.color(QPalette.ColorRole.Mid)
        mid.setAlphaF(0.45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mid)
        painter.drawRoundedRect(track, height / 2, height / 2)
        if fraction > 0:
            filled = QRectF(track.left(), track.top(), track.width() * fraction, height)
            fill = text_color if selected else palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(fill)
            painter.drawRoundedRect(filled, height / 2, height / 2)
        painter.setFont(option.font)
        small = QFontMetrics(option.font)
        details = [f"{fraction:.0%}"]
        for column in (GoalColumn.STANDING, GoalColumn.TARGET):
            text = index.siblingAtColumn(column).data()
            if text and text != "—":
                details.append(str(text))
        x2 = track.right() + self.PAD
        room = int(rect.right() - x2)
        while len(details) > 1 and small.horizontalAdvance(" · ".join(details)) > room:
            details.pop()  # drop the target date, then the standing, rather than cut them
        rest = small.elidedText(" · ".join(details), Qt.TextElideMode.ElideRight, room)
        painter.setPen(quiet)
        painter.drawText(QRectF(x2, top, rect.right() - x2, line), int(align), rest)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        _, height = self._lines(option)
        return QSize(160, height)


class SingleLineDelegate(QStyledItemDelegate):
    """One elided line in a table that wraps its other columns (the full text is the tooltip)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText


class MilestoneTitleDelegate(QStyledItemDelegate):
    """An open milestone's title wraps onto as many lines as it needs; a done one stays on one
    elided line (its tooltip has it whole), so what is left to do gets the room."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        done = index.siblingAtColumn(MilestoneColumn.DONE).data(Qt.ItemDataRole.CheckStateRole)
        if done == Qt.CheckState.Checked:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
