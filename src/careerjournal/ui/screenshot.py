"""`careerjournal screenshot`: render one area of the main window to a PNG, offscreen."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

# "unlock": the page an encrypted journal shows while locked (no passphrase needed for it).
VIEWS = (
    "journal",
    "timeline",
    "skills",
    "goals",
    "insights",
    "summary",
    "inbox",
    "levels",
    "unlock",
)


def render(
    database: str | None,
    view: str,
    output: Path,
    *,
    size: tuple[int, int] = (1280, 800),
    theme: str = "light",
    passphrase: str | None = None,
) -> Path:
    """Open the journal read-only in a window of `size`, show `view`, and save it as PNG.

    An encrypted journal needs its `passphrase`, except for the "unlock" view."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer

    from ..services import Journal
    from .application import make_application
    from .bridge import ChangeBridge
    from .context import AppContext
    from .main_window import MainWindow
    from .settings import AppSettings, ThemeChoice
    from .theme import apply_theme

    app = make_application()
    with tempfile.TemporaryDirectory() as tmp:
        # A throwaway settings file: a screenshot never changes the user's window layout.
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.theme = ThemeChoice(theme)
        apply_theme(app, settings.theme)
        if view == "unlock":
            return _render_unlock(database, output, size)
        journal = Journal.open(database, passphrase=passphrase)
        try:
            bridge = ChangeBridge(journal)
            ctx = AppContext(journal, bridge, settings)
            window = MainWindow(ctx)
            window.resize(*size)
            window.show_area(view)
            window.show()
            journal_view = window.journal_view
            if view == "journal" and journal_view.model.rowCount():  # type: ignore[attr-defined]
                # Show the reading pane with the newest entry, as a user who clicked it would.
                journal_view.select_entry(journal_view.model.id_at(0))  # type: ignore[attr-defined]
            loop = QEventLoop()
            QTimer.singleShot(300, loop.quit)  # let lazy loading and layouts settle
            loop.exec()
            QCoreApplication.processEvents()
            output.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(output), "PNG"):
                raise OSError(f"could not write {output}")
            window.close()
            bridge.detach()
        finally:
            journal.close()
    return output


def _render_unlock(database: str | None, output: Path, size: tuple[int, int]) -> Path:
    from PySide6.QtCore import QCoreApplication

    from ..store import paths
    from .lock.unlock_window import UnlockWindow

    location = paths.resolve_location(database)
    window = UnlockWindow(paths.sqlite_path(location))
    window.set_keychain(False)
    window.resize(*size)
    window.show()
    QCoreApplication.processEvents()
    output.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(output), "PNG"):
        raise OSError(f"could not write {output}")
    window.close()
    return output
