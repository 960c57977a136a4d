"""Colours and the application theme (Fusion style, light/dark palettes, kind colours).

Kind and move colours come in two variants: a deeper one that reads on light backgrounds and a
lighter one for dark backgrounds. The hues follow Okabe-Ito and Paul Tol's colour-blind-aware
schemes where they can; with eleven kinds some pairs are necessarily close, so every kind also has
its own icon shape and colour is never the only cue.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.enums import EntryKind, MoveKind
from . import icons
from .settings import ThemeChoice


class ColorPair(NamedTuple):
    """One colour as hex strings: for light backgrounds and for dark backgrounds."""

    light: str
    dark: str


KIND_COLORS: dict[EntryKind, ColorPair] = {
    EntryKind.PROMOTION: ColorPair("#d55e00", "#ff8c4a"),  # vermillion
    EntryKind.SKILL: ColorPair("#0072b2", "#56b4e9"),  # blue
    EntryKind.CERTIFICATION: ColorPair("#8e44ad", "#c98ee6"),  # purple
    EntryKind.PROJECT: ColorPair("#009e73", "#36d2a2"),  # bluish green
    EntryKind.RESPONSIBILITY: ColorPair("#8c5a33", "#d3a37c"),  # brown
    EntryKind.RECOGNITION: ColorPair("#b07800", "#f4c542"),  # gold
    EntryKind.FEEDBACK: ColorPair("#00869a", "#4fd0e0"),  # cyan
    EntryKind.LEARNING: ColorPair("#4b4bc8", "#9d9dff"),  # indigo
    EntryKind.NETWORK: ColorPair("#c0397f", "#f28cc4"),  # magenta
    EntryKind.COMPENSATION: ColorPair("#5b8a1e", "#a2d462"),  # leaf green
    EntryKind.OTHER: ColorPair("#6b7078", "#a4a9b1"),  # grey
}

MOVE_COLORS: dict[MoveKind, ColorPair] = {
    MoveKind.FIRST: ColorPair("#6b7078", "#a4a9b1"),
    MoveKind.PROMOTION: KIND_COLORS[EntryKind.PROMOTION],
    MoveKind.LATERAL: ColorPair("#0072b2", "#56b4e9"),
    MoveKind.DIAGONAL: ColorPair("#8e44ad", "#c98ee6"),
    MoveKind.NEW_EMPLOYER: ColorPair("#009e73", "#36d2a2"),
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
    """Use Fusion, without re-polishing every widget when it is already in place.

    Once an application stylesheet is set, `app.style()` is Qt's stylesheet wrapper (empty name),
    so a property remembers that the style underneath is the Fusion set here.
    """
    name = app.style().name().lower()
    if name == "fusion" or (not name and app.property(_FUSION_MARK)):
        return
    app.setStyle("Fusion")
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
