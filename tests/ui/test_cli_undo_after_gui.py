"""A change made in the window, undone from the command line: the log is the journal's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careerjournal.cli import main
from careerjournal.services import Journal
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import QuickCaptureDialog
from careerjournal.ui.settings import AppSettings


def cli(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--database", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_undo_from_the_command_line_takes_back_a_change_made_in_the_window(
    qtbot: QtBot, tmp_path: Path, settings: AppSettings, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "j.sqlite3"
    journal = Journal.open(path)
    ctx = AppContext(journal, ChangeBridge(journal), settings)
    dialog = QuickCaptureDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.text_edit, "Fixed the flaky deploy test")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    ctx.bridge.detach()
    journal.close()

    code, out, _ = cli(capsys, path, "undo")
    assert code == 0
    assert out == "Undone: Add entry “Fixed the flaky deploy test”\n"
    with Journal.open(path) as again:
        assert again.entries.count() == 0
    code, out, _ = cli(capsys, path, "redo")
    assert (code, out) == (0, "Redone: Add entry “Fixed the flaky deploy test”\n")
