"""The kind colours stay apart for people with colour-vision deficiencies, and read as markers.

Each kind colour is simulated for protanopia, deuteranopia and tritanopia (Machado, Oliveira and
Fernandes 2009, severity 1.0, applied to linear sRGB), converted to CIELAB (D65), and every pair
is compared with CIEDE2000, in the light and the dark variant. Normal vision is checked the same
way.

OTHER is left out of the pairs: it is the neutral grey for "anything else", has no lane on the
timeline and no series in the charts, and is told apart by being the one colourless kind (and by
its icon); it is checked to stay grey instead. Colour is never the only cue anyway: every kind has
its own icon shape, and each timeline lane is named.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from careerjournal.domain import EntryKind
from careerjournal.report import svg
from careerjournal.ui import theme

# The palette reaches 12.06 (light) and 10.9 (dark) ΔE00 at the closest pair under any of the four
# visions (ΔE00 10 is a difference seen at a glance), with contrast of 3.2:1 or more on every
# background. The palette before had pairs at 1.2 ΔE00 under deuteranopia (Skill and Certification
# one colour) and 1.7 under protanopia (Recognition and Compensation).
MIN_DELTA_E = 10.5
MIN_MARKER_CONTRAST = 3.0  # WCAG 2.x non-text contrast (SC 1.4.11)

MACHADO = {  # severity 1.0
    "protanopia": np.array(
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ]
    ),
    "deuteranopia": np.array(
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ]
    ),
    "tritanopia": np.array(
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ]
    ),
}
VISIONS = ("normal", *MACHADO)
SRGB_TO_XYZ = np.array(
    [
        [0.4124564, 0.3575761, 0.1804375],
        [0.2126729, 0.7151522, 0.0721750],
        [0.0193339, 0.1191920, 0.9503041],
    ]
)
D65 = np.array([0.95047, 1.0, 1.08883])
KINDS = [k for k in EntryKind if k is not EntryKind.OTHER]


def linear(color: QColor) -> np.ndarray:
    c = np.array([color.redF(), color.greenF(), color.blueF()])
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def seen(color: QColor, vision: str) -> np.ndarray:
    """Linear RGB as someone with `vision` sees it."""
    rgb = linear(color)
    return rgb if vision == "normal" else np.clip(MACHADO[vision] @ rgb, 0.0, 1.0)


def lab(rgb_linear: np.ndarray) -> np.ndarray:
    xyz = SRGB_TO_XYZ @ rgb_linear / D65
    e, k = 216 / 24389, 24389 / 27
    f = np.where(xyz > e, np.cbrt(xyz), (k * xyz + 16) / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def ciede2000(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), kL = kC = kH = 1."""
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_bar = (np.hypot(a1, b1) + np.hypot(a2, b2)) / 2
    g = 0.5 * (1 - np.sqrt(c_bar**7 / (c_bar**7 + 25.0**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p = np.degrees(np.arctan2(b1, a1p)) % 360
    h2p = np.degrees(np.arctan2(b2, a2p)) % 360
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    d_l, d_c = l2 - l1, c2p - c1p
    d_h = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    l_bar, c_bar_p = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * np.cos(np.radians(h_bar - 30))
        + 0.24 * np.cos(np.radians(2 * h_bar))
        + 0.32 * np.cos(np.radians(3 * h_bar + 6))
        - 0.20 * np.cos(np.radians(4 * h_bar - 63))
    )
    d_theta = 30 * np.exp(-(((h_bar - 275) / 25) ** 2))
    r_c = 2 * np.sqrt(c_bar_p**7 / (c_bar_p**7 + 25.0**7))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / np.sqrt(20 + (l_bar - 50) ** 2)
    s_c = 1 + 0.045 * c_bar_p
    s_h = 1 + 0.015 * c_bar_p * t
    r_t = -np.sin(np.radians(2 * d_theta)) * r_c
    return float(
        np.sqrt(
            (d_l / s_l) ** 2 + (d_c / s_c) ** 2 + (d_h / s_h) ** 2 + r_t * (d_c / s_c) * (d_h / s_h)
        )
    )


def luminance(color: QColor) -> float:
    return float(linear(color) @ np.array([0.2126, 0.7152, 0.0722]))


def contrast(one: QColor, other: QColor) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# -- the maths, against published values ---------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17, 25
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ],
)
def test_ciede2000_matches_the_published_test_data(
    first: tuple[float, float, float], second: tuple[float, float, float], expected: float
) -> None:
    assert ciede2000(np.array(first), np.array(second)) == pytest.approx(expected, abs=1e-4)


def test_simulations_keep_grey_grey_and_merge_what_they_should() -> None:
    grey = QColor("#777777")
    for vision in VISIONS:
        assert lab(seen(grey, vision))[1:] == pytest.approx([0, 0], abs=1.5)
    red, green = QColor("#cc3333"), QColor("#669900")  # a classic red/green confusion
    normal = ciede2000(lab(seen(red, "normal")), lab(seen(green, "normal")))
    deutan = ciede2000(lab(seen(red, "deuteranopia")), lab(seen(green, "deuteranopia")))
    assert deutan < normal / 3


# -- the palette ----------------------------------------------------------------------------------


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("vision", VISIONS)
def test_kind_colours_stay_apart(dark: bool, vision: str) -> None:
    labs = {k: lab(seen(theme.kind_color(k, dark), vision)) for k in KINDS}
    closest = min(
        (ciede2000(labs[a], labs[b]), a.value, b.value) for a, b in itertools.combinations(KINDS, 2)
    )
    assert closest[0] >= MIN_DELTA_E, closest


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_other_is_the_one_grey_kind(dark: bool) -> None:
    other = lab(linear(theme.kind_color(EntryKind.OTHER, dark)))
    assert np.hypot(other[1], other[2]) < 6
    for kind in KINDS:
        color = lab(linear(theme.kind_color(kind, dark)))
        assert np.hypot(color[1], color[2]) > 20, kind


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_kind_colours_stand_out_as_markers(qapp: QApplication, dark: bool) -> None:
    palette = theme.dark_palette() if dark else theme.light_palette()
    roles = (QPalette.ColorRole.Base, QPalette.ColorRole.Window, QPalette.ColorRole.AlternateBase)
    for kind in EntryKind:
        for role in roles:
            ratio = contrast(theme.kind_color(kind, dark), palette.color(role))
            assert ratio >= MIN_MARKER_CONTRAST, (kind.value, role.name, round(ratio, 2))


def test_reports_use_the_apps_light_colours() -> None:
    """The Qt-free report module keeps its own copy of the light variants; it must not drift."""
    assert {k: pair.light for k, pair in theme.KIND_COLORS.items()} == svg.KIND_COLORS
    assert {m: pair.light for m, pair in theme.MOVE_COLORS.items()} == svg.MOVE_COLORS
