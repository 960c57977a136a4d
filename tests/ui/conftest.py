"""Widget-test fixtures: an AppContext over a real journal file, settings in a temp file."""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from careerjournal.services import Journal, demo
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.settings import AppSettings
from careerjournal.ui.translations import SOURCE_PLURALS


@pytest.fixture(autouse=True)
def no_collection_inside_a_test() -> Iterator[None]:
    """As in the app (ui/qapp.GarbageCollector): Python's cyclic collection never runs in the
    middle of a paint, where freeing a chart's Qt objects crashes; it runs between tests."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def no_popup_left_open(qapp: QApplication) -> Iterator[None]:
    """A menu or completer a test left open grabs the mouse: later clicks would never arrive."""
    yield
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def ctx(
    qapp: object, tmp_path: Path, settings: AppSettings, blank_sqlite: Path
) -> Iterator[AppContext]:
    """A fresh, empty journal wrapped for the GUI (a copy of the blank one: no migration)."""
    path = tmp_path / "journal.sqlite3"
    shutil.copyfile(blank_sqlite, path)
    path.chmod(0o600)
    journal = Journal.open(path)
    bridge = ChangeBridge(journal)
    context = AppContext(journal=journal, bridge=bridge, settings=settings)
    yield context
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


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A generated sample career (400 entries), written once per run; copy it, never open it."""
    path = tmp_path_factory.mktemp("sample") / "sample.sqlite3"
    journal = Journal.open(path)
    try:
        demo.generate(journal, entries=400, seed=7)
    finally:
        journal.close()
    return path


@pytest.fixture
def sample_window(
    qtbot, tmp_path: Path, settings: AppSettings, sample_template: Path
) -> Iterator[MainWindow]:
    """The main window, shown at 1280x800, on a copy of the sample career."""
    path = tmp_path / "journal.sqlite3"
    shutil.copyfile(sample_template, path)
    journal = Journal.open(path)
    bridge = ChangeBridge(journal)
    window = MainWindow(AppContext(journal, bridge, settings))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    bridge.detach()
    journal.close()
