"""The QApplication: made once with the app's names and translations, and whether a display is
there to show it on."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication

from .. import APP_ID, APP_NAME, __version__
from .translations import install_translators


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QApplication.setApplicationName("careerjournal")
    QApplication.setOrganizationName("careerjournal")
    QApplication.setApplicationDisplayName(APP_NAME)
    QApplication.setApplicationVersion(__version__)
    QApplication.setDesktopFileName(APP_ID)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.cj_translators = install_translators(app)  # type: ignore[attr-defined]  # kept alive
    return app
