"""Saving the timeline's plot as a PNG image (twice the screen resolution) or an SVG drawing.

PNG goes through pyqtgraph's `ImageExporter`. SVG does not go through pyqtgraph's `SVGExporter`:
with Qt 6.11 it fails to parse the path data QSvgGenerator now writes. The scene is rendered
straight into an SVG 1.1 `QSvgGenerator` instead (1.1 keeps the plot's clipping), with the items
in export mode (markers as vectors).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QMessageBox, QWidget

PNG_SCALE = 2  # exported images are sharper than the screen


def _set_export_mode(item: QGraphicsItem, on: bool, opts: dict[str, object]) -> None:
    for child in [item, *item.childItems()]:
        if child is not item:
            _set_export_mode(child, on, opts)
        elif hasattr(child, "setExportMode"):
            child.setExportMode(on, opts if on else None)


def svg_bytes(item: QGraphicsItem, background: QColor, title: str = "") -> bytes:
    """`item` (and what it contains) as an SVG document."""
    source = item.sceneBoundingRect()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)  # 1.1: with clip paths
    generator.setOutputDevice(buffer)
    # The axes replay QPictures recorded at the screen's resolution: keep it, or they scale.
    screen = QGuiApplication.primaryScreen()
    generator.setResolution(round(screen.logicalDotsPerInchX()) if screen else 96)
    generator.setSize(QSize(round(source.width()), round(source.height())))
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        painter.fillRect(QRectF(0, 0, source.width(), source.height()), background)
        opts = {"antialias": True, "background": background, "painter": painter}
        _set_export_mode(item, True, opts)
        try:
            scene = item.scene()
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        finally:
            _set_export_mode(item, False, opts)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


def export_item(item: QGraphicsItem, path: Path, background: QColor, title: str = "") -> Path:
    """Write `item` (a plot or layout in a pyqtgraph scene) to `path`, `.png` or `.svg`.

    Raises ValueError for another suffix and OSError when the file cannot be written.
    """
    suffix = path.suffix.lower()
    if suffix == ".svg":
        path.write_bytes(svg_bytes(item, background, title))
    elif suffix == ".png":
        from pyqtgraph.exporters import ImageExporter  # loads the parameter tree

        exporter = ImageExporter(item)
        params = exporter.parameters()
        params["background"] = background
        params["width"] = int(item.boundingRect().width() * PNG_SCALE)
        image = exporter.export(toBytes=True)
        if not isinstance(image, QImage) or not image.save(str(path), "PNG"):
            raise OSError(f"Could not write {path}")
    else:
        raise ValueError(
            f"Cannot export to {suffix or 'a file without a suffix'}: use .png or .svg"
        )
    return path


def ask_and_export(parent: QWidget, item: QGraphicsItem, background: QColor) -> Path | None:
    """Ask where to save the timeline (PNG or SVG), save it; a failure is shown, not raised."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("TimelineView", text)

    path, chosen = QFileDialog.getSaveFileName(
        parent, tr("Export Timeline"), "timeline.png", tr("PNG image (*.png);;SVG drawing (*.svg)")
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".png", ".svg"):
        target = target.with_suffix(".svg" if "svg" in chosen.lower() else ".png")
    try:
        return export_item(item, target, background)
    except OSError as exc:
        QMessageBox.warning(parent, tr("Not exported"), str(exc))
        return None
