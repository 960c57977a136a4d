"""Exports of an encrypted journal are plain files: the export flows say so once per computer,
and Cancel stops the export. A plain journal exports without the notice. The PDF is written
only where the user saves it."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox
from test_protection_support import answer_box

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft, Journal
from careerjournal.store import cipher
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.interchange import export_dialog as export_module
from careerjournal.ui.interchange.export_dialog import ExportDialog
from careerjournal.ui.settings import AppSettings
from careerjournal.ui.summary import view as view_module
from careerjournal.ui.summary.view import SummaryView

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher is not installed")

PASSPHRASE = "correct horse battery"
TODAY = dt.date(2026, 6, 15)
NOTICE = "plain_export_notice"


def encrypted_copy(blank: Path, target: Path) -> Path:
    """An encrypted journal: the blank one exported through SQLCipher with a key."""
    con = cipher.module().connect(str(blank))
    try:
        cipher.export(con, target, PASSPHRASE)
    finally:
        con.close()
    return target


def context(path: Path, settings: AppSettings, passphrase: str | None) -> AppContext:
    journal = Journal.open(path, passphrase=passphrase)
    journal.entries.add(
        EntryDraft("Shipped the billing rewrite", dt.date(2026, 3, 1), EntryKind.PROJECT)
    )
    return AppContext(journal=journal, bridge=ChangeBridge(journal), settings=settings)


@pytest.fixture
def contexts() -> Iterator[list[AppContext]]:
    made: list[AppContext] = []
    yield made
    for ctx in made:
        ctx.bridge.detach()
        ctx.journal.close()


@pytest.fixture
def encrypted_ctx(
    qapp, tmp_path: Path, blank_sqlite: Path, settings: AppSettings, contexts: list
) -> AppContext:
    path = encrypted_copy(blank_sqlite, tmp_path / "journal.sqlite3")
    ctx = context(path, settings, PASSPHRASE)
    assert ctx.journal.store.encrypted
    contexts.append(ctx)
    return ctx


@pytest.fixture
def plain_ctx(
    qapp, tmp_path: Path, blank_sqlite: Path, settings: AppSettings, contexts: list
) -> AppContext:
    path = tmp_path / "plain.sqlite3"
    shutil.copyfile(blank_sqlite, path)
    ctx = context(path, settings, None)
    contexts.append(ctx)
    return ctx


def summary_view(qtbot, ctx: AppContext) -> SummaryView:
    view = SummaryView(ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.rebuild()
    return view


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, module, path: Path) -> list[str]:
    """The save dialog, answered with `path`; returns the titles it was opened with."""
    asked: list[str] = []

    def get_save_file_name(parent, title, *args, **kwargs):
        asked.append(title)
        return str(path), ""

    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", get_save_file_name)
    return asked


def refuse_any_box(seen: list[str]) -> QTimer:
    """While it runs: any message box that opens is noted and closed (none should open)."""
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.reject()

    timer.timeout.connect(check)
    timer.start()
    return timer


def test_summary_export_says_once_that_exports_are_plain(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, encrypted_ctx: AppContext
) -> None:
    view = summary_view(qtbot, encrypted_ctx)
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    asked = answer_save_dialog(monkeypatch, view_module, target)

    # First export: the notice; Cancel stops the export before the save dialog.
    seen: list[str] = []
    answer_box(qtbot, "Cancel", seen, name=NOTICE)
    view.action_pdf.trigger()
    assert len(seen) == 1
    assert "Exports are plain files" in seen[0]
    assert "Your journal stays encrypted" in seen[0]
    assert asked == []
    assert not target.exists()

    # Cancel did not count as read: the notice comes again; Export goes on.
    answer_box(qtbot, "Export", seen, name=NOTICE)
    view.action_pdf.trigger()
    assert len(seen) == 2
    assert asked == ["Export PDF"]
    assert target.exists()

    # Once read, never again on this computer: not for Markdown, not for the PDF.
    more: list[str] = []
    timer = refuse_any_box(more)
    try:
        view.action_md.trigger()
        target.unlink()
        view.action_pdf.trigger()
    finally:
        timer.stop()
    assert more == []
    assert target.exists()
    assert target.with_suffix(".md").exists()


def test_html_export_asks_too(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, encrypted_ctx: AppContext
) -> None:
    view = summary_view(qtbot, encrypted_ctx)
    asked = answer_save_dialog(monkeypatch, view_module, tmp_path / "summary.html")
    seen: list[str] = []
    answer_box(qtbot, "Cancel", seen, name=NOTICE)
    view.action_html.trigger()
    assert len(seen) == 1
    assert asked == []


def test_a_plain_journal_exports_without_the_notice(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, plain_ctx: AppContext
) -> None:
    view = summary_view(qtbot, plain_ctx)
    target = tmp_path / "summary.pdf"
    answer_save_dialog(monkeypatch, view_module, target)
    seen: list[str] = []
    timer = refuse_any_box(seen)
    try:
        view.action_pdf.trigger()
    finally:
        timer.stop()
    assert seen == []
    assert target.exists()


def test_journal_export_dialog_says_it_and_cancel_stops(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, encrypted_ctx: AppContext
) -> None:
    dialog = ExportDialog(encrypted_ctx.journal, None, settings=encrypted_ctx.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    target = tmp_path / "journal.md"
    asked = answer_save_dialog(monkeypatch, export_module, target)
    markdown = dialog.buttons["markdown"]  # on its round indicator, left of the label
    qtbot.mouseClick(markdown, Qt.MouseButton.LeftButton, pos=QPoint(6, markdown.height() // 2))
    assert dialog.chosen() == "markdown"
    export = next(
        b for b in dialog.findChildren(QAbstractButton) if b.text().replace("&", "") == "Export…"
    )
    seen: list[str] = []
    answer_box(qtbot, "Cancel", seen, name=NOTICE)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert len(seen) == 1
    assert "Exports are plain files" in seen[0]
    assert asked == []
    assert dialog.isVisible()
    answer_box(qtbot, "Export", seen, name=NOTICE)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert asked == ["Export"]
    assert "Shipped the billing rewrite" in target.read_text(encoding="utf-8")


def test_pdf_export_writes_nothing_outside_the_chosen_folder(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, encrypted_ctx: AppContext
) -> None:
    """Nothing plain at rest: the PDF goes through a temporary file beside the chosen one, never
    through the system's temporary folder."""
    import tempfile

    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    encrypted_ctx.settings.set_value("privacy/plain_export_noted", True)
    view = summary_view(qtbot, encrypted_ctx)
    chosen = tmp_path / "chosen"
    chosen.mkdir()
    answer_save_dialog(monkeypatch, view_module, chosen / "summary.pdf")
    view.action_pdf.trigger()
    assert sorted(p.name for p in chosen.iterdir()) == ["summary.pdf"]
    assert list(system_tmp.iterdir()) == []
    assert os.environ["TMPDIR"] == str(system_tmp)
