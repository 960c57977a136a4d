"""Readable in both themes: secondary text at 4.5:1 or more, check boxes visible on dark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
)

from careerjournal.ui import theme
from careerjournal.ui.colors import contrast_ratio
from careerjournal.ui.settings import ThemeChoice
from careerjournal.ui.view_parts import secondary

R = QPalette.ColorRole


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    theme.apply_theme(qapp, ThemeChoice.LIGHT)


@pytest.mark.parametrize("palette", [theme.light_palette(), theme.dark_palette()])
@pytest.mark.parametrize("background", [R.Window, R.Base, R.AlternateBase])
def test_secondary_text_reads_at_4_5_to_1(palette: QPalette, background: QPalette.ColorRole):
    ratio = contrast_ratio(palette.color(R.PlaceholderText), palette.color(background))
    assert ratio >= 4.5, f"{background.name}: {ratio:.2f}:1"


def test_secondary_labels_use_the_placeholder_role_and_stay_enabled(qapp) -> None:
    label = secondary(QLabel("How it is computed"))
    assert label.isEnabled()
    assert label.foregroundRole() == R.PlaceholderText


def indicator_outline_contrast_ratio(widget: QCheckBox | QRadioButton) -> float:
    """The best contrast, against the window colour, of any pixel inside the indicator."""
    widget.resize(widget.sizeHint())
    image: QImage = widget.grab().toImage()
    option = QStyleOptionButton()
    widget.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(widget, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = widget.style().subElementRect(element, option, widget)
    window = widget.palette().color(R.Window)
    scale = image.devicePixelRatio()
    best = 1.0
    for x in range(rect.left(), rect.right() + 1):
        for y in range(rect.top(), rect.bottom() + 1):
            pixel = image.pixelColor(QPoint(int(x * scale), int(y * scale)))
            best = max(best, contrast_ratio(pixel, window))
    return best


@pytest.mark.parametrize("choice", [ThemeChoice.LIGHT, ThemeChoice.DARK])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_unchecked_indicators_are_visible(qtbot, themed, choice: ThemeChoice, kind) -> None:
    theme.apply_theme(themed, choice)
    widget = kind("Gaps only")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    # WCAG 1.4.11: the boundary of a control needs 3:1 against what is next to it.
    assert indicator_outline_contrast_ratio(widget) >= 3.0
