"""File > Import (the wizard) and File > Export (the dialog) on real journals."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from careerjournal.ui.context import AppContext
from careerjournal.ui.interchange.export_dialog import ExportDialog
from careerjournal.ui.interchange.import_wizard import ImportWizard

SAMPLE = Path(__file__).parents[1] / "data" / "jsonresume" / "sample.resume.json"


def run_to_preview(qtbot, wizard: ImportWizard) -> None:
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.preview_page.wait_until_read()
    qtbot.waitUntil(lambda: wizard.preview_page.status.text() != "", timeout=5000)
    qtbot.waitUntil(lambda: not wizard.preview_page.progress.isVisible(), timeout=10000)


def test_wizard_previews_then_imports_a_resume(qtbot, ctx: AppContext) -> None:
    wizard = ImportWizard(ctx.journal, path=str(SAMPLE))
    qtbot.addWidget(wizard)
    assert wizard.choose.isComplete()
    run_to_preview(qtbot, wizard)
    page = wizard.preview_page
    assert page.isComplete()
    rows = {
        page.counts.item(r, 0).text(): int(page.counts.item(r, 1).text())
        for r in range(page.counts.rowCount())
    }
    assert rows["Roles"] >= 1
    assert rows["Entries"] >= 1
    assert ctx.journal.roles.list() == []  # the preview wrote nothing
    with qtbot.waitSignal(wizard.imported):
        wizard.accept()
    assert len(ctx.journal.roles.list()) == rows["Roles"]
    assert wizard.outcome is not None
    assert not wizard.outcome.dry_run


def test_wizard_second_import_has_nothing_new(qtbot, ctx: AppContext) -> None:
    from careerjournal.interchange.jobs import apply, prepare

    apply(ctx.journal, prepare(SAMPLE, "auto", ctx.journal.profile.get().skill_scale))
    wizard = ImportWizard(ctx.journal, path=str(SAMPLE))
    qtbot.addWidget(wizard)
    run_to_preview(qtbot, wizard)
    assert not wizard.preview_page.isComplete()  # Import stays disabled
    assert "Nothing new" in wizard.preview_page.status.text()


def test_wizard_refuses_a_broken_file_clearly(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    broken = tmp_path / "resume.json"
    broken.write_text('{"work": [ {"name": "Acme", ', encoding="utf-8")
    wizard = ImportWizard(ctx.journal, path=str(broken))
    qtbot.addWidget(wizard)
    run_to_preview(qtbot, wizard)
    text = wizard.preview_page.status.text()
    assert "cannot be imported" in text
    assert "resume.json" in text
    assert not wizard.preview_page.isComplete()
    assert ctx.journal.entries.count() == 0


def test_choose_page_needs_an_existing_path(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    wizard = ImportWizard(ctx.journal, path=str(tmp_path / "missing.json"))
    qtbot.addWidget(wizard)
    assert not wizard.choose.isComplete()


@pytest.mark.parametrize("key", ["backup", "jsonresume", "markdown", "csv"])
def test_export_dialog_writes_each_format(qtbot, ctx: AppContext, tmp_path: Path, key: str) -> None:
    from careerjournal.interchange.jobs import apply, prepare

    apply(ctx.journal, prepare(SAMPLE, "auto", ctx.journal.profile.get().skill_scale))
    dialog = ExportDialog(ctx.journal)
    qtbot.addWidget(dialog)
    dialog.buttons[key].setChecked(True)
    assert dialog.chosen() == key
    written = dialog.export_to(key, tmp_path / "out")
    assert written is not None
    text = written.read_text(encoding="utf-8")
    assert text.strip()
    if written.suffix == ".json":
        json.loads(text)
    assert not list(tmp_path.glob(".out-*"))


def test_export_failure_keeps_the_dialog_open(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    dialog = ExportDialog(ctx.journal)
    qtbot.addWidget(dialog)
    assert dialog.export_to("csv", blocker / "inside.csv") is None  # a file, not a folder
    assert "Not exported" in dialog.error.text()
    shutil.rmtree(tmp_path, ignore_errors=True)
