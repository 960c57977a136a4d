"""The chart kit's colours: from the palette, and the theme's light/dark pairs for the rest.

Charts take their background, text, axis and accent colours from the widget's palette (so they
follow the theme and its changes) and any further hues from `ColorPair`s, the light colour for
a light background and the dark one for a dark background. The pairs here are the Okabe-Ito
hues the charts share: apart from the accent blue and from each other, also for colour-blind
readers. No pyqtgraph here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette

from ..colors import contrast_ratio
from ..theme import ColorPair

VERMILLION = ColorPair("#d55e00", "#ff8c4a")
BLUISH_GREEN = ColorPair("#007a5a", "#36d2a2")


def pair_color(pair: ColorPair, dark: bool) -> QColor:
    """The colour of a light/dark pair for a dark (or light) background."""
    return QColor(pair.dark if dark else pair.light)


def chart_colors(palette: QPalette) -> dict[str, QColor]:
    """The colours every chart uses: background, text, axis lines ("mid") and the accent."""
    return {
        "background": palette.color(QPalette.ColorRole.Base),
        "text": palette.color(QPalette.ColorRole.WindowText),
        "mid": palette.color(QPalette.ColorRole.Mid),
        "accent": palette.color(QPalette.ColorRole.Highlight),
    }


def with_alpha(color: QColor, alpha: int) -> QColor:
    """`color` with its opacity set to `alpha` (0-255)."""
    out = QColor(color)
    out.setAlpha(alpha)
    return out


def ink_on(fill: QColor) -> QColor:
    """Black or white, whichever reads better on `fill`."""
    black, white = QColor(Qt.GlobalColor.black), QColor(Qt.GlobalColor.white)
    return black if contrast_ratio(fill, black) >= contrast_ratio(fill, white) else white


__all__ = [
    "BLUISH_GREEN",
    "VERMILLION",
    "chart_colors",
    "ink_on",
    "pair_color",
    "with_alpha",
]
