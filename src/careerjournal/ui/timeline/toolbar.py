"""The timeline's toolbar: zoom ranges, the lattice switch and export.

Its width follows the plot's; its buttons drop their text to fit (never elided), in steps.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QWidget

from ..formatting import format_date
from ..icons import icon
from .presenter import RANGES

# Events after which the buttons are fitted to the width again.
_REFIT = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineView", text)  # the timeline's texts


class TimelineToolbar(QWidget):
    range_chosen = Signal(str)  # a key of RANGES
    lattice_toggled = Signal(bool)
    export_clicked = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timeline_toolbar")
        self._layout = layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 2)
        layout.setSpacing(4)
        self.range_buttons: dict[str, QToolButton] = {}
        for key in RANGES:
            text, tip = self._range_texts()[key]
            button = self._button(f"range_{key}", text, tip)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, k=key: self.range_chosen.emit(k))
            layout.addWidget(button)
            self.range_buttons[key] = button
        self.range_buttons["review"].setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addStretch(1)
        self.lattice_button = self._button(
            "lattice_toggle",
            _tr("Lattice"),
            _tr("Show roles by function over time, so lateral and diagonal moves stand out"),
        )
        self.lattice_button.setCheckable(True)
        self.lattice_button.toggled.connect(self.lattice_toggled)
        self.export_button = self._button(
            "timeline_export",
            _tr("Export…"),
            _tr("Save the timeline as a PNG image or SVG drawing"),
        )
        self.export_button.clicked.connect(self.export_clicked)
        for button in (self.lattice_button, self.export_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            layout.addWidget(button)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        #: How far the bar is compacted: 0 all text, 1 and 2 more buttons icon-only.
        self.level = 0
        self.set_icons()

    def _range_texts(self) -> dict[str, tuple[str, str]]:
        return {
            "1y": (_tr("1 year"), _tr("Show the last year")),
            "3y": (_tr("3 years"), _tr("Show the last three years")),
            "5y": (_tr("5 years"), _tr("Show the last five years")),
            "all": (_tr("All"), _tr("Show the whole career")),
            "review": (
                _tr("Since last appraisal"),
                _tr("Show everything since your last appraisal"),
            ),
        }

    def _button(self, name: str, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(tip)
        return button

    def set_icons(self) -> None:
        """Icons again (after a theme switch)."""
        self.lattice_button.setIcon(icon("nav-goals"))
        self.export_button.setIcon(icon("export"))
        self.range_buttons["review"].setIcon(icon("calendar"))

    def set_last_review(self, day: dt.date | None) -> None:
        """ "Since last appraisal" applies only when there was one; its tooltip names the day."""
        review = self.range_buttons["review"]
        review.setEnabled(day is not None)
        if day is not None:
            review.setToolTip(
                _tr("Show everything since your last appraisal on %s") % format_date(day)
            )

    def set_lattice_checked(self, on: bool) -> None:
        """Show the lattice switch as `on` without announcing it."""
        self.lattice_button.blockSignals(True)
        self.lattice_button.setChecked(on)
        self.lattice_button.blockSignals(False)

    # -- fitting ------------------------------------------------------------------------------

    def _steps(self) -> list[list[QToolButton]]:
        """The buttons that show only their icon (and tooltip) at each step of narrowing."""
        return [
            [],
            [self.lattice_button, self.export_button],
            [self.lattice_button, self.export_button, self.range_buttons["review"]],
        ]

    def _set_level(self, level: int) -> int:
        """Show the buttons as `level` of `_steps` says; the width they then need."""
        compact = self._steps()[level]
        for button in (self.range_buttons["review"], self.lattice_button, self.export_button):
            style = (
                Qt.ToolButtonStyle.ToolButtonIconOnly
                if button in compact
                else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)
        layout = self._layout
        buttons = [*self.range_buttons.values(), self.lattice_button, self.export_button]
        margins = layout.contentsMargins()
        return (
            sum(b.sizeHint().width() for b in buttons)
            + layout.spacing() * (len(buttons) - 1)
            + margins.left()
            + margins.right()
        )

    def fit(self) -> None:
        last = len(self._steps()) - 1
        level = 0
        while level < last and self._set_level(level) > self.width():
            level += 1
        self.setMinimumWidth(self._set_level(last))
        self._set_level(level)
        self.level = level

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() in _REFIT:
            self.fit()
        return handled
