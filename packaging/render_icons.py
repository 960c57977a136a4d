"""Render the application icon's PNG sizes from its SVG, offscreen.

Run from anywhere: ``python packaging/render_icons.py``. It rewrites
``resources/icons/hicolor/<size>x<size>/apps/<app id>.png`` for every size in ``SIZES``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.careerjournal.CareerJournal"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def render(svg: Path, size: int, target: Path) -> None:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")


def main() -> int:
    # Painting needs a Qt application object alive for the whole run.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = RESOURCES / f"{APP_ID}.svg"
    for size in SIZES:
        target = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(svg, size, target)
        print(target.relative_to(RESOURCES.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
