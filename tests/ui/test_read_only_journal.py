"""A read-only journal in the GUI: said in the title bar, writes refused with a message, and no
database password in the window's title, status bar or menus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.services import EntryDraft, Journal
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import QuickCaptureDialog
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.settings import AppSettings

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would block offscreen: record their text instead."""
    shown: list[str] = []

    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


@pytest.fixture
def read_only_ctx(qapp: object, tmp_path: Path, settings: AppSettings) -> Iterator[AppContext]:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.entries.add(EntryDraft(title="Led the on-call rotation"))
    os.chmod(path, 0o400)
    journal = Journal.open(path, create=False)
    bridge = ChangeBridge(journal)
    stack = QUndoStack()
    yield AppContext(journal=journal, bridge=bridge, settings=settings)
    stack.clear()
    bridge.detach()
    journal.close()


def test_the_title_bar_says_read_only(qtbot: QtBot, read_only_ctx: AppContext) -> None:
    window = MainWindow(read_only_ctx)
    qtbot.addWidget(window)
    assert "(read-only)" in window.windowTitle()
    assert "(read-only)" in window.file_label.text()


def test_a_writable_journal_is_not_called_read_only(qtbot: QtBot, ctx: AppContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert "read-only" not in window.windowTitle()


def test_a_quick_win_on_a_read_only_journal_is_refused_with_a_message(
    qtbot: QtBot, read_only_ctx: AppContext, warnings_shown: list[str]
) -> None:
    dialog = QuickCaptureDialog(read_only_ctx)
    qtbot.addWidget(dialog)
    dialog.autosave_delay_ms = 0
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    qtbot.keyClicks(dialog.text_edit, "Should not be written")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)

    assert len(warnings_shown) == 1
    assert warnings_shown[0].startswith("This journal is read-only")
    assert dialog.isVisible()  # the text is kept, nothing was lost
    assert read_only_ctx.journal.entries.count() == 1


def test_recent_journals_never_show_a_password(qtbot: QtBot, ctx: AppContext) -> None:
    secret = "Sup3r-s3cret-pw"
    ctx.settings.add_recent_journal(f"postgresql://me:{secret}@db.example/career")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.recent_menu.aboutToShow.emit()  # what opening the menu does
    texts = [action.text() for action in window.recent_menu.actions()]
    assert any("db.example" in text for text in texts)
    assert not any(secret in text for text in texts)
    assert secret not in window.windowTitle()


def test_the_app_opens_a_journal_in_a_read_only_folder(
    qtbot: QtBot,
    tmp_path: Path,
    settings: AppSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import subprocess

    from careerjournal.ui.application import AppController

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where the lock then goes
    folder = tmp_path / "mnt"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        path = folder / "journal.sqlite3"
        with Journal.open(path) as journal:
            journal.entries.add(EntryDraft(title="Wrote the runbook"))
        if subprocess.run(["mount", "-o", "remount,ro", str(folder)]).returncode != 0:
            pytest.skip("cannot remount read-only")

        messages: list[str] = []
        controller = AppController(QApplication.instance(), settings)  # type: ignore[arg-type]
        monkeypatch.setattr(controller, "_inform", lambda _p, m, warn=False: messages.append(m))
        monkeypatch.setattr(controller, "_recover_drafts", lambda: None)
        try:
            assert controller.open(str(path), create=False), messages
            assert messages == []
            assert "(read-only)" in controller.window.windowTitle()
            assert controller.ctx.journal.entries.count() == 1
        finally:
            controller.shutdown()
        assert sorted(p.name for p in folder.iterdir()) == ["journal.sqlite3"]
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
