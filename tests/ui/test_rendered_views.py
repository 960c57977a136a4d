"""Every area rendered on the sample career, at the minimum window size and larger, light and dark.

Each rendering is checked for what a user sees first when a layout does not fit: a control drawn
smaller than it needs (a cut spin box, an elided button, a clipped label). The PNGs go to
`$CAREERJOURNAL_RENDER_DIR` when it is set (to look at them), else to a temporary folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGraphicsView,
    QLabel,
    QWidget,
)

from careerjournal.ui import theme
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.settings import ThemeChoice

AREAS = ["journal", "timeline", "skills", "goals", "insights", "summary"]
MINIMUM = (1024, 640)
SIZES = [MINIMUM, (1280, 800)]


@pytest.fixture
def render_dir(tmp_path: Path) -> Path:
    chosen = os.environ.get("CAREERJOURNAL_RENDER_DIR")
    folder = Path(chosen) if chosen else tmp_path / "rendered"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(params=[ThemeChoice.LIGHT, ThemeChoice.DARK], ids=["light", "dark"])
def themed_app(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[ThemeChoice]:
    theme.apply_theme(qapp, request.param)
    yield request.param
    theme.apply_theme(qapp, ThemeChoice.LIGHT)


def in_a_chart(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGraphicsView):
            return True
        parent = parent.parentWidget()
    return False


def cramped(area: QWidget) -> list[str]:
    """Visible controls drawn narrower or lower than their minimum size hint."""
    found = []
    kinds = (QAbstractButton, QAbstractSpinBox, QComboBox, QLabel)
    for widget in area.findChildren(QWidget):
        if not isinstance(widget, kinds) or not widget.isVisible() or in_a_chart(widget):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue  # wrapping labels grow in height; elision is their own choice
        need = widget.minimumSizeHint()
        if widget.width() < need.width() - 1 or widget.height() < need.height() - 1:
            name = widget.objectName() or type(widget).__name__
            text = getattr(widget, "text", lambda: "")()
            found.append(
                f"{name} {text[:30]!r}: {widget.width()}x{widget.height()} "
                f"< {need.width()}x{need.height()}"
            )
    return found


@pytest.mark.slow
def test_every_area_fits_at_every_size(
    qtbot, themed_app: ThemeChoice, sample_window: MainWindow, render_dir: Path
) -> None:
    window = sample_window
    assert (window.minimumWidth(), window.minimumHeight()) == MINIMUM
    problems: list[str] = []
    for width, height in SIZES:
        window.resize(width, height)
        for key in AREAS:
            window.show_area(key)
            QCoreApplication.processEvents()
            qtbot.wait(50)  # lazy areas build, layouts settle
            image = window.grab()
            assert image.width() >= width
            name = f"{key}-{width}x{height}-{themed_app.value}.png"
            assert image.save(str(render_dir / name))
            problems += [f"{name}: {p}" for p in cramped(window.stack.currentWidget())]
    assert not problems, "\n".join(problems)
