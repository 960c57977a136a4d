"""The Skills charts' colours and label rules: evidence and target hues, the level ramps.

Qt only (no pyqtgraph), so the radar, painted with QPainter, needs no plotting library.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QColor

from ..charts.style import BLUISH_GREEN, VERMILLION
from ..colors import blend

#: Colours beyond the palette's: for light and for dark backgrounds (Okabe-Ito hues).
EVIDENCE_COLORS = VERMILLION  # assessments with evidence
TARGET_COLORS = BLUISH_GREEN  # targets

#: Sequential ramps for the levels, lowest level first: they run from near the background to far
#: from it (pale to deep on a light background, dim to bright on a dark one), and their hues move
#: too (yellow-green, teal, blue; ColorBrewer YlGnBu and viridis), so neighbours stay apart.
LEVEL_RAMP_LIGHT = ("#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
LEVEL_RAMP_DARK = ("#3b528b", "#2c728e", "#21918c", "#28ae80", "#5ec962", "#addc30", "#fde725")


def level_colors(top: int, dark: bool) -> list[QColor]:
    """One colour per level 1..`top`, evenly spaced along the theme's ramp."""
    ramp = [QColor(c) for c in (LEVEL_RAMP_DARK if dark else LEVEL_RAMP_LIGHT)]
    if top <= 1:
        return [ramp[-1]] if top == 1 else []
    colors = []
    for i in range(top):
        pos = i * (len(ramp) - 1) / (top - 1)
        j = min(int(pos), len(ramp) - 2)
        colors.append(QColor(blend(ramp[j], ramp[j + 1], pos - j).name()))  # 8 bits, as drawn
    return colors


def readable_elision(full: str, shown: str) -> bool:
    """Whether an elided label still says something: all of it, or at least three characters
    that do not end in a word's first letter or two ("Compe…" yes; "P…", "No l…" no)."""
    if shown == full:
        return True
    kept = shown.rstrip("…").rstrip()
    return len(kept) >= 3 and re.search(r"\s\S{1,2}$", kept) is None


__all__ = [
    "EVIDENCE_COLORS",
    "LEVEL_RAMP_DARK",
    "LEVEL_RAMP_LIGHT",
    "TARGET_COLORS",
    "level_colors",
    "readable_elision",
]
