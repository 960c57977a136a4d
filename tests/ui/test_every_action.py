"""Every action of the window, triggered the way a user triggers it, on the sample career.

The window opens on a generated sample journal; each area is shown in turn, something is selected
in its lists, and every enabled `QAction` (the window's and the area's) is fired with
`QAction.trigger()`. File and message dialogs are answered by fixtures (a file name in a temporary
folder, "Yes" to questions) and every other dialog is shown, then cancelled. Any exception that
reaches `sys.excepthook` and any Qt warning fails the test, so a new action is covered the moment it
is added, without a test of its own.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from careerjournal.ui.main_window import MainWindow

AREAS = ["journal", "timeline", "skills", "goals", "insights", "summary", "inbox", "levels"]
# Leaving the app is not something to trigger in a test.
SKIPPED = {"action_quit"}


@dataclass
class Answers:
    """What the fixtures answered, so a test can see the dialogs were really reached."""

    folder: Path
    saved: list[Path] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    opened_urls: list[str] = field(default_factory=list)

    def save_name(self, file_filter: str) -> str:
        match = re.search(r"\*\.(\w+)", file_filter or "")
        path = self.folder / f"saved-{len(self.saved) + 1}.{match.group(1) if match else 'out'}"
        self.saved.append(path)
        return str(path)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qapp: QApplication) -> Answers:
    folder = tmp_path / "answers"
    folder.mkdir()
    record = Answers(folder)

    def save(parent=None, caption="", directory="", file_filter="", *args, **kwargs):
        file_filter = kwargs.get("filter", file_filter)
        return record.save_name(file_filter), file_filter

    def cancel_open(*args, **kwargs):
        record.asked.append("open file")
        return "", ""

    def ask(parent, title, text, *args, **kwargs):
        record.asked.append(text)
        return QMessageBox.StandardButton.Yes

    def tell(parent, title, text, *args, **kwargs):
        record.asked.append(text)
        return QMessageBox.StandardButton.Ok

    def about(parent, title, text):
        record.asked.append(text)

    def show_then_cancel(dialog: QDialog) -> int:
        record.shown.append(type(dialog).__name__)
        dialog.show()
        QCoreApplication.processEvents()
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(cancel_open))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(cancel_open))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(tell))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(about))
    for cls in (QDialog, QMessageBox, QFileDialog, QPrintDialog):
        monkeypatch.setattr(cls, "exec", show_then_cancel)
    monkeypatch.setattr(QMenu, "exec", lambda *a, **k: None)

    def open_url(url: QUrl) -> bool:
        record.opened_urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return record


class ExceptionTrap:
    """Collects every exception that reaches `sys.excepthook` (slots, virtual methods)."""

    def __init__(self) -> None:
        self.caught: list[str] = []

    def __call__(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        self.caught.append(f"{kind.__name__}: {value}")


def select_something(area: QWidget) -> None:
    """What a user does first in a view: pick the first row of each list it shows."""
    for view in area.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None or model.rowCount() == 0:
            continue
        if view.currentIndex().isValid():
            continue
        index = model.index(0, 0)
        if view.selectionModel() is not None:
            view.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )


def area_actions(window: MainWindow, key: str) -> list[QAction]:
    area = window.stack.currentWidget()
    return [a for a in area.findChildren(QAction) if a.objectName() not in SKIPPED]


def fire(qtbot, action: QAction, fired: list[str]) -> None:
    if not action.isEnabled() or not action.isVisible() or action.menu() is not None:
        return
    if action.isSeparator() or action.objectName() in SKIPPED:
        return
    if type(action.parent()).__module__.startswith("pyqtgraph"):
        # pyqtgraph's own scene menu ("Export..."): the charts switch their menus off, so a
        # user never reaches it (and it only works from a right click on an item).
        return
    fired.append(action.objectName() or action.text())
    action.trigger()
    QCoreApplication.processEvents()


def test_every_enabled_action_of_the_window_works(
    qtbot, monkeypatch: pytest.MonkeyPatch, answers: Answers, sample_window: MainWindow
) -> None:
    trap = ExceptionTrap()
    monkeypatch.setattr(sys, "excepthook", trap)
    window = sample_window
    fired: list[str] = []
    window_actions = [a for a in window.actions() if a.objectName() not in SKIPPED]
    for key in AREAS:
        window.show_area(key)
        qtbot.waitUntil(lambda key=key: window.current_area() == key)
        QCoreApplication.processEvents()
        area = window.stack.currentWidget()
        select_something(area)
        QCoreApplication.processEvents()
        for action in area_actions(window, key):
            fire(qtbot, action, fired)
            if window.current_area() != key:  # an action may switch areas: come back
                window.show_area(key)
                select_something(window.stack.currentWidget())
        for action in window_actions:
            fire(qtbot, action, fired)
            if window.current_area() != key:
                window.show_area(key)
        assert not trap.caught, f"in {key}: {trap.caught}"
    assert not trap.caught, trap.caught
    # The test really reached the areas' own actions and the dialogs behind them.
    assert len(set(fired)) >= 40, sorted(set(fired))
    assert "action_export_pdf" in fired or any("pdf" in f.lower() for f in fired), fired
    assert answers.shown, "no dialog was opened"
    # The inbox's decisions were reached on the sample's suggestions, its dialogs answered.
    for name in ("inbox_accept", "inbox_edit_accept", "inbox_dismiss", "inbox_dismiss_origin"):
        assert name in fired, name
    assert "EntryEditor" in answers.shown, answers.shown
    assert any("Dismiss all" in text for text in answers.asked), answers.asked


def test_summary_export_pdf_writes_the_file(
    qtbot, answers: Answers, sample_window: MainWindow
) -> None:
    """Summary › Export PDF from its real action: the file exists and is a PDF."""
    window = sample_window
    window.show_area("summary")
    qtbot.waitUntil(lambda: window.current_area() == "summary")
    area = window.stack.currentWidget()
    pdf_actions = [
        a for a in area.findChildren(QAction) if "pdf" in (a.objectName() + a.text()).lower()
    ]
    assert pdf_actions, "no Export PDF action in the Summary area"
    pdf_actions[0].trigger()
    written = [p for p in answers.saved if p.suffix == ".pdf"]
    assert written, answers.saved
    qtbot.waitUntil(lambda: written[0].exists() and written[0].stat().st_size > 0, timeout=20_000)
    assert written[0].read_bytes().startswith(b"%PDF")


def test_no_area_draws_its_text_as_disabled(qtbot, sample_window: MainWindow) -> None:
    """Secondary text uses `secondary()` (4.5:1), never a disabled label (2-3:1)."""
    window = sample_window
    offenders: list[str] = []
    for key in AREAS:
        window.show_area(key)
        QCoreApplication.processEvents()
        area = window.stack.currentWidget()
        select_something(area)
        QCoreApplication.processEvents()
        for label in area.findChildren(QLabel):
            parent = label.parentWidget()
            if label.isVisible() and label.text() and not label.isEnabled() and parent.isEnabled():
                offenders.append(f"{key}: {label.objectName() or label.text()[:40]!r}")
    assert not offenders, offenders
