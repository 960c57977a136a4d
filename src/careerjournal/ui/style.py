"""The application style: Fusion, with check boxes and radio buttons that stay visible.

Fusion outlines its indicators with the window colour made darker: about 2:1 on the light window,
and nearly black on nearly black (about 1.2:1) on the dark one. This proxy draws the outline again
in a colour with at least 3:1 contrast against the window and base colours (WCAG's minimum for
the boundary of a control).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

# (enabled, disabled) outlines: >= 3:1 on the palette's window and base colours when enabled.
OUTLINES = {False: ("#6b7179", "#c5cad1"), True: ("#8b9099", "#555860")}  # by "is dark"

_INDICATORS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorRadioButton,
)


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


class CareerStyle(QProxyStyle):
    """Fusion with indicator outlines that can be seen."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in _INDICATORS:
            return
        enabled, disabled = OUTLINES[_is_dark(option.palette)]
        color = QColor(enabled if option.state & QStyle.StateFlag.State_Enabled else disabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        else:
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.restore()
