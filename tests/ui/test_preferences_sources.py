"""Preferences › Sources, driven like a user: add places, type names, OK, reopen, Rescan Now."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox, QPushButton

from careerjournal.harvest import sources
from careerjournal.harvest.sources import SourceConfig
from careerjournal.services.inbox import StoreResult
from careerjournal.ui.context import AppContext
from careerjournal.ui.preferences import PreferencesDialog

ME = "me@example.org"


def open_sources(qtbot, ctx: AppContext) -> PreferencesDialog:
    """The real dialog, shown, on its Sources tab (chosen with the keyboard)."""
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setFocus()
    qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentWidget() is dialog.sources
    return dialog


def click_ok(qtbot, dialog: PreferencesDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_sources_are_added_saved_and_shown_again(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, notes = tmp_path / "billing", tmp_path / "notes"
    calendar = tmp_path / "work.ics"
    folders = iter([str(repo), str(notes), str(repo)])
    asked: list[tuple[str, str]] = []

    def directory(parent: object, title: str, start: str) -> str:
        asked.append((title, start))
        return next(folders)

    def files(parent: object, title: str, start: str, name_filter: str) -> tuple[list[str], str]:
        asked.append((title, name_filter))
        return [str(calendar)], name_filter

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", directory)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", files)
    dialog = open_sources(qtbot, ctx)
    page = dialog.sources
    assert not page.rescan_now.isHidden()
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(page.git_folders.add_button, click)
    qtbot.mouseClick(page.notes_folders.add_button, click)
    qtbot.mouseClick(page.git_folders.add_button, click)  # the same folder again: kept once
    qtbot.mouseClick(page.calendar_files.add_button, click)
    assert "*.ics" in asked[3][1]
    qtbot.keyClicks(page.authors, f"{ME}, Me Myself ,")
    page.rescan_on_start.setFocus()
    qtbot.keyClick(page.rescan_on_start, Qt.Key.Key_Space)
    click_ok(qtbot, dialog)

    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert ctx.settings.sources == SourceConfig(
        git_folders=(str(repo),),
        authors=(ME, "Me Myself"),
        calendar_files=(str(calendar),),
        notes_folders=(str(notes),),
        rescan_on_start=True,
    )
    reopened = open_sources(qtbot, ctx)
    again = reopened.sources
    assert again.git_folders.places() == (str(repo),)
    assert again.calendar_files.places() == (str(calendar),)
    assert again.authors.text() == f"{ME}, Me Myself"
    assert again.rescan_on_start.isChecked()
    assert again.pattern.currentText() == "YYYY-MM-DD"


def test_remove_takes_the_selected_place_out(qtbot, ctx: AppContext) -> None:
    ctx.settings.sources = SourceConfig(git_folders=("/src/a", "/src/b", "/src/c"))
    dialog = open_sources(qtbot, ctx)
    places = dialog.sources.git_folders
    assert not places.remove_button.isEnabled()  # nothing selected yet
    places.view.setCurrentIndex(places.model.index(1, 0))
    assert places.remove_button.isEnabled()
    qtbot.mouseClick(places.remove_button, Qt.MouseButton.LeftButton)
    assert places.places() == ("/src/a", "/src/c")
    places.view.setFocus()
    places.view.setCurrentIndex(places.model.index(0, 0))
    qtbot.keyClick(places.view, Qt.Key.Key_Delete)
    assert places.places() == ("/src/c",)
    click_ok(qtbot, dialog)
    assert ctx.settings.sources.git_folders == ("/src/c",)


def test_a_bad_date_format_is_named_and_nothing_is_saved(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text)
    )
    ctx.settings.backup_keep = 10
    dialog = open_sources(qtbot, ctx)
    dialog.backup_keep.setValue(30)
    page = dialog.sources
    page.pattern.setFocus()
    page.pattern.lineEdit().selectAll()
    qtbot.keyClicks(page.pattern, "MM-YYYY")
    qtbot.keyClicks(page.authors, ME)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()  # still open, to be put right
    assert warnings == [
        "Date format in notes: “MM-YYYY” needs YYYY, MM and DD (the year, month and day), "
        "as in YYYY-MM-DD."
    ]
    assert ctx.settings.sources == SourceConfig()
    assert ctx.settings.backup_keep == 10  # nothing else was saved either


def test_rescan_now_saves_and_starts_the_rescanner(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[SourceConfig] = []

    def harvest(journal: object, config: SourceConfig, **_: object) -> list[StoreResult]:
        calls.append(config)
        return []

    monkeypatch.setattr(sources, "harvest_all", harvest)
    dialog = open_sources(qtbot, ctx)
    page = dialog.sources
    button: QPushButton = page.rescan_now
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # nothing configured yet
    assert page.state.text() == "Add a folder or file to look in first."
    assert not ctx.rescanner.running

    page.notes_folders.add([str(tmp_path)])
    with qtbot.waitSignal(ctx.rescanner.started, timeout=5_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not button.isEnabled()  # one scan at a time
    qtbot.waitUntil(button.isEnabled, timeout=5_000)
    assert calls == [SourceConfig(notes_folders=(str(tmp_path),))]
    assert ctx.settings.sources.notes_folders == (str(tmp_path),)  # saved before it started
    assert page.state.text() == "No new suggestions"


def test_a_closed_dialog_no_longer_hears_the_rescanner(
    qtbot, ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "harvest_all", lambda *a, **kw: [])
    dialog = open_sources(qtbot, ctx)
    page = dialog.sources
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=2_000)
    ctx.settings.sources = SourceConfig(notes_folders=(str(tmp_path),))
    with qtbot.waitSignal(ctx.rescanner.finished, timeout=5_000):
        assert ctx.rescanner.start()
