"""Colours and the application theme (Fusion style, light/dark palettes, kind colours).

Kind and move colours come in two variants: a deeper one that reads on light backgrounds and a
lighter one for dark backgrounds. They were searched for to stay apart under colour-vision
deficiencies (see KIND_COLORS); with eleven kinds no pair is far apart, so every kind also has its
own icon shape and colour is never the only cue.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.enums import EntryKind, MoveKind
from . import icons
from .settings import ThemeChoice
from .style import CareerStyle


class ColorPair(NamedTuple):
    """One colour as hex strings: for light backgrounds and for dark backgrounds."""

    light: str
    dark: str


#: Chosen so that every pair of kinds but OTHER stays at least 12 (light) and 10.9 (dark) CIEDE2000
#: apart for normal vision and for protanopia, deuteranopia and tritanopia (Machado et al. 2009
#: simulations), with at least 3:1 contrast against the window, base and alternate base colours of
#: their theme; tests/ui/test_kind_palette.py checks both. OTHER is the one grey.
KIND_COLORS: dict[EntryKind, ColorPair] = {
    EntryKind.PROMOTION: ColorPair("#930000", "#fc4c12"),  # red / vermillion
    EntryKind.SKILL: ColorPair("#003dba", "#9673ff"),  # blue / blue violet
    EntryKind.CERTIFICATION: ColorPair("#967eae", "#a690cf"),  # greyish lilac
    EntryKind.PROJECT: ColorPair("#01997f", "#00c5a0"),  # bluish green
    EntryKind.RESPONSIBILITY: ColorPair("#8b704b", "#b2835a"),  # brown / tan
    EntryKind.RECOGNITION: ColorPair("#b97b00", "#ffa100"),  # gold / amber
    EntryKind.FEEDBACK: ColorPair("#15747d", "#0d9b9a"),  # teal
    EntryKind.LEARNING: ColorPair("#8a6fff", "#d9b3ff"),  # violet / lavender
    EntryKind.NETWORK: ColorPair("#663852", "#feb0d3"),  # plum / pink
    EntryKind.COMPENSATION: ColorPair("#2f573a", "#9cd58b"),  # forest / leaf green
    EntryKind.OTHER: ColorPair("#6b7078", "#a4a9b1"),  # grey
}

MOVE_COLORS: dict[MoveKind, ColorPair] = {  # told apart by their symbols too (arrows, star)
    MoveKind.FIRST: KIND_COLORS[EntryKind.OTHER],
    MoveKind.PROMOTION: KIND_COLORS[EntryKind.PROMOTION],
    MoveKind.LATERAL: KIND_COLORS[EntryKind.SKILL],
    MoveKind.DIAGONAL: KIND_COLORS[EntryKind.LEARNING],
    MoveKind.NEW_EMPLOYER: KIND_COLORS[EntryKind.PROJECT],
}


def kind_color(kind: EntryKind | str, dark: bool | None = None) -> QColor:
    """The colour of an entry kind; `dark=None` asks the application palette."""
    pair = KIND_COLORS[EntryKind(kind)]
    return QColor(pair.dark if (is_dark() if dark is None else dark) else pair.light)


def move_color(move: MoveKind | str, dark: bool | None = None) -> QColor:
    """The colour of a role change kind; `dark=None` asks the application palette."""
    pair = MOVE_COLORS[MoveKind(move)]
    return QColor(pair.dark if (is_dark() if dark is None else dark) else pair.light)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether a palette (default: the application's) has a dark window background."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightnessF() < 0.5


# --- palettes -----------------------------------------------------------------------------------

_LIGHT = {
    "window": "#f6f7f9",
    "window_text": "#1f2328",
    "base": "#ffffff",
    "alternate_base": "#f1f3f6",
    "text": "#1f2328",
    "button": "#eef0f3",
    "button_text": "#1f2328",
    "bright_text": "#d1242f",
    "tooltip_base": "#ffffff",
    "tooltip_text": "#1f2328",
    "placeholder": "#5c636d",  # secondary text: >= 4.5:1 on window and base
    "highlight": "#2f6fde",
    "highlighted_text": "#ffffff",
    "link": "#1a5fd0",
    "link_visited": "#7044b8",
    "light": "#ffffff",
    "midlight": "#e3e6ea",
    "mid": "#c5cad1",
    "dark": "#9aa1ab",
    "shadow": "#6b7078",
    "disabled_text": "#a3a8b0",
    "disabled_highlight": "#c9cdd3",
}

_DARK = {
    "window": "#1e1f22",
    "window_text": "#e3e5e8",
    "base": "#2b2d31",
    "alternate_base": "#313338",
    "text": "#e3e5e8",
    "button": "#2b2d31",
    "button_text": "#e3e5e8",
    "bright_text": "#ff7b72",
    "tooltip_base": "#2b2d31",
    "tooltip_text": "#e3e5e8",
    "placeholder": "#a0a4ad",  # secondary text: >= 4.5:1 on window and base
    "highlight": "#3b82f6",
    "highlighted_text": "#ffffff",
    "link": "#6ea8fe",
    "link_visited": "#b392f0",
    "light": "#404249",
    "midlight": "#35373c",
    "mid": "#4e5058",
    "dark": "#151618",
    "shadow": "#0b0b0c",
    "disabled_text": "#6d7078",
    "disabled_highlight": "#3a3c42",
}


def _build_palette(c: dict[str, str]) -> QPalette:
    R = QPalette.ColorRole
    G = QPalette.ColorGroup
    pal = QPalette()
    roles = {
        R.Window: "window",
        R.WindowText: "window_text",
        R.Base: "base",
        R.AlternateBase: "alternate_base",
        R.Text: "text",
        R.Button: "button",
        R.ButtonText: "button_text",
        R.BrightText: "bright_text",
        R.ToolTipBase: "tooltip_base",
        R.ToolTipText: "tooltip_text",
        R.PlaceholderText: "placeholder",
        R.Highlight: "highlight",
        R.HighlightedText: "highlighted_text",
        R.Link: "link",
        R.LinkVisited: "link_visited",
        R.Light: "light",
        R.Midlight: "midlight",
        R.Mid: "mid",
        R.Dark: "dark",
        R.Shadow: "shadow",
    }
    if hasattr(R, "Accent"):  # Qt >= 6.6
        roles[R.Accent] = "highlight"
    for role, key in roles.items():
        pal.setColor(role, QColor(c[key]))
    for role in (R.WindowText, R.Text, R.ButtonText, R.HighlightedText):
        pal.setColor(G.Disabled, role, QColor(c["disabled_text"]))
    pal.setColor(G.Disabled, R.Highlight, QColor(c["disabled_highlight"]))
    pal.setColor(G.Disabled, R.Base, QColor(c["window"]))
    # Unfocused windows keep a readable, slightly calmer selection.
    pal.setColor(G.Inactive, R.Highlight, QColor(c["highlight"]).darker(110))
    return pal


def light_palette() -> QPalette:
    return _build_palette(_LIGHT)


def dark_palette() -> QPalette:
    return _build_palette(_DARK)


# Minimal on purpose: the palette does the styling; this only evens out spacing.
APP_STYLESHEET = """
QToolBar { spacing: 4px; padding: 2px; }
QListView#nav::item { padding: 6px 8px; }
"""


_FUSION_MARK = "careerjournal_fusion"


def _ensure_fusion(app: QApplication) -> None:
    """Use Fusion (through `CareerStyle`), without re-polishing every widget when it is in place.

    Once an application stylesheet is set, `app.style()` is Qt's stylesheet wrapper (empty name),
    so a property remembers that the style underneath is the one set here.
    """
    current = app.style()
    if isinstance(current, CareerStyle) or (not current.name() and app.property(_FUSION_MARK)):
        return
    style = CareerStyle()
    app.setStyle(style)
    app.cj_style = style  # type: ignore[attr-defined]  # the application owns it; keep it alive
    app.setProperty(_FUSION_MARK, True)


def _set_color_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Ask the platform for a scheme (title bars, native dialogs); Qt >= 6.8 only."""
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)


def _system_is_dark(app: QApplication) -> bool | None:
    """The platform's preference: True/False, or None when unknown (or Qt < 6.5)."""
    hints = app.styleHints()
    if not hasattr(hints, "colorScheme"):
        return None
    scheme = hints.colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return None


def apply_theme(app: QApplication, choice: ThemeChoice | str) -> None:
    """Style the whole application: Fusion, a palette for `choice`, and a small stylesheet.

    SYSTEM follows the platform's colour scheme (re-apply on `styleHints().colorSchemeChanged`);
    when the platform does not say, it uses the style's standard palette. Icons are uncached, so
    callers should fetch them again after this returns.
    """
    choice = ThemeChoice(choice)
    _ensure_fusion(app)
    if choice == ThemeChoice.SYSTEM:
        # Drop any earlier explicit request so the platform's own preference shows through.
        _set_color_scheme(app, Qt.ColorScheme.Unknown)
        dark = _system_is_dark(app)
        if dark is None:
            palette = app.style().standardPalette()
        else:
            palette = dark_palette() if dark else light_palette()
    else:
        dark = choice == ThemeChoice.DARK
        _set_color_scheme(app, Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        palette = dark_palette() if dark else light_palette()
    app.setPalette(palette)
    if app.styleSheet() != APP_STYLESHEET:
        app.setStyleSheet(APP_STYLESHEET)
    icons.clear_cache()
