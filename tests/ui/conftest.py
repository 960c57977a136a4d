"""Widget-test fixtures: an AppContext over a real journal file, settings in a temp file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from careerjournal.services import Journal
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.settings import AppSettings
from careerjournal.ui.translations import SOURCE_PLURALS


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(qapp: object, tmp_path: Path, settings: AppSettings) -> Iterator[AppContext]:
    """A fresh, empty journal wrapped for the GUI."""
    journal = Journal.open(tmp_path / "journal.sqlite3")
    bridge = ChangeBridge(journal)
    stack = QUndoStack()
    context = AppContext(journal=journal, bridge=bridge, undo_stack=stack, settings=settings)
    yield context
    stack.clear()
    bridge.detach()
    journal.close()


@pytest.fixture(scope="session", autouse=True)
def source_plurals(qapp: QApplication) -> Iterator[None]:
    """English plural forms, as the app installs them: "1 entry", not "1 entries"."""
    translator = QTranslator(qapp)
    assert translator.load(str(SOURCE_PLURALS)), SOURCE_PLURALS
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
