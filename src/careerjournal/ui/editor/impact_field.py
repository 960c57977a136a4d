"""Impact 1–5 as a row of five buttons that is one keyboard stop: digits or arrow keys choose."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QToolButton, QWidget

MIN_IMPACT, MAX_IMPACT = 1, 5


def impact_meaning(value: int) -> str:
    tr = QCoreApplication.translate
    meanings = {
        1: tr("impact", "nano step"),
        2: tr("impact", "small step"),
        3: tr("impact", "solid progress"),
        4: tr("impact", "big step"),
        5: tr("impact", "career-defining"),
    }
    return meanings[value]


# The chosen value stands out in the highlight colour; palette() follows light and dark themes.
_STYLE = """
QToolButton {
    min-width: 1.6em; padding: 2px 4px;
    border: 1px solid palette(mid); border-radius: 4px; background: palette(button);
}
QToolButton:hover:!checked { border-color: palette(highlight); }
QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight);
}
"""


class ImpactField(QWidget):
    """Five checkable buttons and the meaning of the chosen value.

    The buttons take no focus themselves: the widget is a single Tab stop, keys 1–5 pick a value
    and Left/Right (or Up/Down) step it, so the form stays fast to go through by keyboard.
    """

    valueChanged = Signal(int)

    def __init__(self, value: int = 2, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("impact")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Impact"))
        self._value = 0
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.setSpacing(2)
        for n in range(MIN_IMPACT, MAX_IMPACT + 1):
            button = QToolButton(self)
            button.setObjectName(f"impact_{n}")
            button.setText(str(n))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRaise(False)
            button.setToolTip(self.tr("%d – %s (key %d)") % (n, impact_meaning(n), n))
            button.setMinimumWidth(button.sizeHint().height())
            self.group.addButton(button, n)
            layout.addWidget(button)
        self.meaning = QLabel(self)
        self.meaning.setObjectName("impact_meaning")
        self.meaning.setMinimumWidth(self.meaning.fontMetrics().horizontalAdvance("M" * 9))
        layout.addSpacing(6)
        layout.addWidget(self.meaning)
        layout.addStretch(1)
        self.setStyleSheet(_STYLE)
        self.group.idClicked.connect(self.setValue)
        self.setValue(value)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        value = max(MIN_IMPACT, min(MAX_IMPACT, int(value)))
        button = self.group.button(value)
        if not button.isChecked():
            button.setChecked(True)
        if value == self._value:
            return
        self._value = value
        self.meaning.setText(impact_meaning(value))
        self.setAccessibleDescription(f"{value} – {impact_meaning(value)}")
        self.valueChanged.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5 and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            self.setValue(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down, Qt.Key.Key_Minus):
            self.setValue(self._value - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Plus):
            self.setValue(self._value + 1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        # A visible ring around the buttons: the style's own focus frame only shows after a Tab.
        first, last = self.group.button(MIN_IMPACT), self.group.button(MAX_IMPACT)
        ring = QRectF(first.geometry().united(last.geometry())).adjusted(-1.5, -1.5, 1.5, 1.5)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ring, 5, 5)
