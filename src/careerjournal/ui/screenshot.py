"""`careerjournal screenshot`: render one area of the main window to a PNG, offscreen."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

VIEWS = ("journal", "timeline", "skills", "goals", "insights", "summary", "inbox", "levels")


def render(
    database: str | None,
    view: str,
    output: Path,
    *,
    size: tuple[int, int] = (1280, 800),
    theme: str = "light",
) -> Path:
    """Open the journal read-only in a window of `size`, show `view`, and save it as PNG."""
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
        journal = Journal.open(database)
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
