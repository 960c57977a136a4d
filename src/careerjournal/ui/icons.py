"""The app's line icons: packaged SVGs recoloured to follow the palette, crisp at any size.

Icons are drawn with `stroke="currentColor"`; `icon()` substitutes a concrete colour (by default
the palette's WindowText, so icons follow light and dark themes) and renders the SVG at whatever
size Qt asks for. Call `clear_cache()` after the palette changes (`theme.apply_theme` does) and
fetch icons again.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..domain.enums import EntryKind

APP_ICON = "app"
DISABLED_OPACITY = 0.4

_ICON_DIR = files("careerjournal") / "resources" / "icons"
_cache: dict[tuple[str, str, str], QIcon] = {}


@cache
def _source(name: str) -> str:
    """The SVG text of a packaged icon; KeyError naming the icon when there is none."""
    resource = _ICON_DIR / f"{name}.svg"
    if "/" in name or "\\" in name or not resource.is_file():
        raise KeyError(name)
    return resource.read_text(encoding="utf-8")


def icon_names() -> list[str]:
    """Every packaged icon name (without `.svg`), sorted; includes "app"."""
    return sorted(
        entry.name.removesuffix(".svg")
        for entry in _ICON_DIR.iterdir()
        if entry.name.endswith(".svg")
    )


def svg_data(name: str, color: QColor | None = None) -> bytes:
    """The SVG of an icon with `currentColor` replaced by `color` (as given, or the default)."""
    text = _source(name)
    if color is not None:
        text = _recolor(text, color)
    return text.encode("utf-8")


def _recolor(svg: str, color: QColor) -> str:
    # SVG 1.1 (QtSvg's dialect) has no #rrggbbaa, so alpha goes into the opacity attributes.
    text = svg.replace("currentColor", color.name(QColor.NameFormat.HexRgb))
    if color.alpha() < 255:
        opacity = f"{color.alphaF():.3f}"
        text = text.replace("<svg ", f'<svg opacity="{opacity}" ', 1)
    return text


def _default_color() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.WindowText)


class _SvgIconEngine(QIconEngine):
    """Renders one SVG per requested size; disabled is dimmed, selected may use another colour."""

    def __init__(self, svg: bytes, selected_svg: bytes | None = None) -> None:
        super().__init__()
        self._svg = svg
        self._selected_svg = selected_svg
        self._renderer = QSvgRenderer(QByteArray(svg))
        self._selected_renderer = (
            QSvgRenderer(QByteArray(selected_svg)) if selected_svg is not None else None
        )

    def is_valid(self) -> bool:
        return self._renderer.isValid()

    def _renderer_for(self, mode: QIcon.Mode) -> QSvgRenderer:
        if mode == QIcon.Mode.Selected and self._selected_renderer is not None:
            return self._selected_renderer
        return self._renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        renderer = self._renderer_for(mode)
        # Keep the drawing square and centred whatever the rectangle's shape.
        side = min(rect.width(), rect.height())
        target = QRectF(
            rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side
        )
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(painter.opacity() * DISABLED_OPACITY)
        renderer.render(painter, target)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Render at device pixels so HiDPI screens get a sharp icon, not an upscaled one."""
        device = QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap = QPixmap(device)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), device), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg, self._selected_svg)

    def key(self) -> str:
        return "careerjournal-svg"

    def isNull(self) -> bool:
        return not self._renderer.isValid()


def _make_icon(svg: bytes, selected_svg: bytes | None = None) -> QIcon:
    return QIcon(_SvgIconEngine(svg, selected_svg))


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named line icon in `color` (default: the palette's text colour).

    Raises KeyError(name) when there is no such icon. With the default colour, the Selected mode
    (a highlighted list row) uses the palette's HighlightedText colour so it stays readable.
    """
    palette = QGuiApplication.palette()
    explicit = color is not None
    fg = QColor(color) if color is not None else _default_color()
    selected = "" if explicit else palette.color(QPalette.ColorRole.HighlightedText).name()
    key = (name, fg.name(QColor.NameFormat.HexArgb), selected)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    svg = svg_data(name, fg)
    selected_svg = None if explicit else svg_data(name, QColor(selected))
    result = _make_icon(svg, selected_svg)
    _cache[key] = result
    return result


def kind_icon(kind: EntryKind | str) -> QIcon:
    """The icon of an entry kind, in the kind's colour for the current (light or dark) palette."""
    from .theme import is_dark, kind_color  # theme imports this module

    kind = EntryKind(kind)
    return icon(f"kind-{kind.value}", kind_color(kind, is_dark()))


def app_icon() -> QIcon:
    """The colourful application icon (not recoloured)."""
    key = (APP_ICON, "", "")
    cached = _cache.get(key)
    if cached is None:
        cached = _make_icon(svg_data(APP_ICON))
        _cache[key] = cached
    return cached


def clear_cache() -> None:
    """Forget rendered icons, e.g. after a theme switch; callers then fetch icons again."""
    _cache.clear()
