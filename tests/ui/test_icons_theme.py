"""The icon set (every name present, valid, recolourable) and the light/dark themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from careerjournal.domain.enums import EntryKind, MoveKind
from careerjournal.ui import icons, theme
from careerjournal.ui.settings import ThemeChoice
from careerjournal.ui.style import CareerStyle

KIND_ICONS = [f"kind-{kind.value}" for kind in EntryKind]
NAV_ICONS = [
    "nav-journal",
    "nav-timeline",
    "nav-skills",
    "nav-goals",
    "nav-insights",
    "nav-summary",
    "nav-inbox",
    "nav-levels",
]
ACTION_ICONS = [
    "new-entry",
    "quick-capture",
    "search",
    "filter",
    "trash",
    "restore",
    "undo",
    "redo",
    "star",
    "star-filled",
    "edit",
    "backup",
    "import",
    "export",
    "print",
    "settings",
    "help",
    "folder",
    "sample",
    "link",
    "calendar",
    "close",
    "add",
    "up",
    "down",
    "split",
]
ALL_ICONS = [*KIND_ICONS, *NAV_ICONS, *ACTION_ICONS]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test application, put back to its original look afterwards."""
    palette, sheet, style = qapp.palette(), qapp.styleSheet(), qapp.style().name()
    icons.clear_cache()
    yield qapp
    qapp.setStyleSheet(sheet)
    if style:
        qapp.setStyle(style)
    qapp.setPalette(palette)
    icons.clear_cache()


def opaque_pixels(image: QImage, min_alpha: int = 200) -> list[QColor]:
    return [
        image.pixelColor(x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > min_alpha
    ]


def total_alpha(image: QImage) -> int:
    return sum(
        image.pixelColor(x, y).alpha() for y in range(image.height()) for x in range(image.width())
    )


def render(ic: QIcon, size: int, mode: QIcon.Mode = QIcon.Mode.Normal) -> QImage:
    image = ic.pixmap(QSize(size, size), 1.0, mode).toImage()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def test_the_package_holds_exactly_the_expected_icons() -> None:
    assert sorted(icons.icon_names()) == sorted([*ALL_ICONS, "app"])


@pytest.mark.parametrize("name", [*ALL_ICONS, "app"])
def test_icon_is_valid_svg_in_the_house_style(app: QApplication, name: str) -> None:
    svg = icons.svg_data(name)
    assert QSvgRenderer(QByteArray(svg)).isValid()
    text = svg.decode()
    if name == "app":
        assert 'viewBox="0 0 256 256"' in text
        assert "currentColor" not in text
    else:
        assert 'viewBox="0 0 24 24"' in text
        assert 'stroke="currentColor"' in text
        assert 'stroke-width="2"' in text


@pytest.mark.parametrize("name", ALL_ICONS)
@pytest.mark.parametrize("size", [16, 48])
def test_icon_renders_visible_pixels(app: QApplication, name: str, size: int) -> None:
    image = render(icons.icon(name), size)
    assert image.size() == QSize(size, size)
    # Enough ink to be seen (thin strokes are partly antialiased at 16 px), not a filled square.
    assert opaque_pixels(image)
    ink = len(opaque_pixels(image, min_alpha=100))
    assert size * 2 <= ink < size * size * 0.8, ink


@pytest.mark.parametrize("size", [16, 48])
def test_app_icon_renders(app: QApplication, size: int) -> None:
    image = render(icons.app_icon(), size)
    pixels = opaque_pixels(image)
    assert len(pixels) > size * size // 2
    assert len({p.name() for p in pixels}) > 10  # colourful, not one flat colour


def test_recolouring_changes_the_pixels(app: QApplication) -> None:
    red = opaque_pixels(render(icons.icon("search", QColor("#ff0000")), 48))
    blue = opaque_pixels(render(icons.icon("search", QColor("#0000ff")), 48))
    assert red
    assert blue
    assert all(p.red() > 200 and p.blue() < 60 for p in red)
    assert all(p.blue() > 200 and p.red() < 60 for p in blue)


def test_default_colour_follows_the_palette(app: QApplication) -> None:
    theme.apply_theme(app, ThemeChoice.LIGHT)
    light_ink = opaque_pixels(render(icons.icon("trash"), 24))
    theme.apply_theme(app, ThemeChoice.DARK)
    dark_ink = opaque_pixels(render(icons.icon("trash"), 24))
    assert max(p.lightness() for p in light_ink) < 100
    assert min(p.lightness() for p in dark_ink) > 150


def test_disabled_mode_is_dimmed(app: QApplication) -> None:
    ic = icons.icon("close", QColor("#000000"))
    normal = render(ic, 32)
    disabled = render(ic, 32, QIcon.Mode.Disabled)
    assert 0 < total_alpha(disabled) < total_alpha(normal) * 0.6


def test_icons_are_cached_until_cleared(app: QApplication) -> None:
    first = icons.icon("star")
    assert icons.icon("star").cacheKey() == first.cacheKey()
    assert icons.icon("star", QColor("red")).cacheKey() != first.cacheKey()
    icons.clear_cache()
    assert icons.icon("star").cacheKey() != first.cacheKey()


def test_icon_survives_cache_clearing_while_in_use(app: QApplication) -> None:
    kept = QIcon(icons.icon("folder", QColor("#00aa00")))
    icons.clear_cache()
    assert opaque_pixels(render(kept, 24))


def test_crisp_at_high_dpi(app: QApplication) -> None:
    pixmap = icons.icon("calendar").pixmap(QSize(24, 24), 2.0)
    assert pixmap.devicePixelRatio() == 2.0
    assert pixmap.toImage().size() == QSize(48, 48)


@pytest.mark.parametrize("name", ["no-such-icon", "kind-promotoin", "../app", ""])
def test_missing_icon_raises_key_error_with_the_name(app: QApplication, name: str) -> None:
    with pytest.raises(KeyError) as info:
        icons.icon(name)
    assert info.value.args == (name,)


@pytest.mark.parametrize("kind", list(EntryKind))
def test_every_kind_has_colours_and_an_icon(app: QApplication, kind: EntryKind) -> None:
    light, dark = theme.kind_color(kind, dark=False), theme.kind_color(kind, dark=True)
    assert light.isValid()
    assert dark.isValid()
    assert dark.lightness() > light.lightness()
    ink = opaque_pixels(render(icons.kind_icon(kind), 24))
    assert ink
    expected = theme.kind_color(kind)
    assert any(p.rgb() == expected.rgb() for p in ink)


def test_kind_colours_are_distinct() -> None:
    for variant in ("light", "dark"):
        values = [getattr(pair, variant).lower() for pair in theme.KIND_COLORS.values()]
        assert len(set(values)) == len(EntryKind)
    assert set(theme.KIND_COLORS) == set(EntryKind)


def test_every_move_kind_has_a_colour() -> None:
    assert set(theme.MOVE_COLORS) == set(MoveKind)
    for move in MoveKind:
        assert theme.move_color(move, dark=False).isValid()
        assert theme.move_color(move, dark=True).isValid()


def test_light_and_dark_palettes(app: QApplication) -> None:
    light, dark = theme.light_palette(), theme.dark_palette()
    window = QPalette.ColorRole.Window
    assert light.color(window) != dark.color(window)
    assert not theme.is_dark(light)
    assert theme.is_dark(dark)
    # Readable: text far from its background in both.
    for pal in (light, dark):
        text = pal.color(QPalette.ColorRole.Text).lightness()
        base = pal.color(QPalette.ColorRole.Base).lightness()
        assert abs(text - base) > 150
    assert dark.color(window) != QColor(Qt.GlobalColor.black)


@pytest.mark.parametrize("choice", list(ThemeChoice))
def test_apply_theme(app: QApplication, choice: ThemeChoice) -> None:
    # Any Qt warning fails the test (qt_log_level_fail = WARNING).
    theme.apply_theme(app, choice)
    theme.apply_theme(app, choice)  # twice: idempotent
    assert app.styleSheet() == theme.APP_STYLESHEET
    if choice == ThemeChoice.DARK:
        assert theme.is_dark()
        assert app.palette().color(QPalette.ColorRole.Window) == QColor("#1e1f22")
    elif choice == ThemeChoice.LIGHT:
        assert not theme.is_dark()


def test_apply_theme_uses_fusion_and_clears_icons(app: QApplication) -> None:
    app.setStyleSheet("")
    app.setStyle("Windows")
    theme.apply_theme(app, ThemeChoice.LIGHT)
    assert app.property("careerjournal_fusion")
    app.setStyleSheet("")
    assert isinstance(app.style(), CareerStyle)
    assert app.style().baseStyle().name() == "fusion"
    app.setStyleSheet(theme.APP_STYLESHEET)
    before = icons.icon("help")
    theme.apply_theme(app, ThemeChoice.DARK)
    assert icons.icon("help").cacheKey() != before.cacheKey()
    theme.apply_theme(app, ThemeChoice.SYSTEM)
    assert app.palette().color(QPalette.ColorRole.Window).isValid()


def test_selected_mode_uses_the_highlighted_text_colour(app: QApplication) -> None:
    theme.apply_theme(app, ThemeChoice.LIGHT)  # dark text, white highlighted text
    ink = opaque_pixels(render(icons.icon("nav-journal"), 24, QIcon.Mode.Selected))
    assert ink
    assert min(p.lightness() for p in ink) > 200
    # An explicit colour stays as asked.
    red = opaque_pixels(render(icons.icon("nav-journal", QColor("red")), 24, QIcon.Mode.Selected))
    assert all(p.red() > 200 and p.green() < 60 for p in red)
