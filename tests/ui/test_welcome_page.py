"""The welcome page of an empty journal: its tip is quieter text, yet readable."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from careerjournal.ui.welcome import WelcomePage


def test_the_tip_is_secondary_text_not_a_disabled_label(qtbot) -> None:
    page = WelcomePage()
    qtbot.addWidget(page)
    (tip,) = [w for w in page.findChildren(QLabel) if w.text().startswith("Tip:")]
    assert tip.isEnabled()  # a disabled label is 2-3:1 contrast and reads as inactive
    assert tip.foregroundRole() is QPalette.ColorRole.PlaceholderText
