"""The Skills area with another device writing to the same journal: an edit dialog opened on an
older copy, and undo, never write over the other device's newer band or skill.

Undo takes back the journal's newest operation, whichever device made it; a change it cannot see
in the log (another program, an older version of the app) makes an undo over it refused."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import update

from careerjournal.domain import Skill, SkillBand
from careerjournal.services import Journal
from careerjournal.ui.context import AppContext
from careerjournal.ui.skills import dialogs
from careerjournal.ui.skills.view import SkillsView


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, int]:
    band = ctx.journal.skills.add_band("Craft", "How the work is done")
    skill = ctx.journal.skills.add_skill(band.id, "Python", target_level=4)
    return {"band": band.id, "skill": skill.id}


@pytest.fixture
def other(tmp_path: Path, ctx: AppContext) -> Iterator[Journal]:
    """Another device on the same journal file (its writes do not reach this window's views)."""
    journal = Journal.open(tmp_path / "journal.sqlite3")
    yield journal
    journal.close()


@pytest.fixture
def view(qtbot, ctx: AppContext, ids: dict[str, int]) -> SkillsView:
    v = SkillsView(ctx)
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.show()
    return v


@pytest.fixture
def undo_errors(ctx: AppContext) -> list[str]:
    """What a refused undo or redo reports (the main window shows it in a message box)."""
    reported: list[str] = []
    ctx.history.report_error = reported.append
    return reported


def unlogged(other: Journal, model: type[SkillBand | Skill], row_id: int, **values: object) -> None:
    """A program that does not log its changes changes a band or skill."""
    with other.store.write() as session:
        session.execute(
            update(model).where(model.id == row_id).values(version=model.version + 1, **values)
        )


def run_dialog(
    monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: Callable[[QDialog], None]
) -> list[str]:
    """Make `cls.exec` fill the form, press OK, and note the form error it is left with."""
    errors: list[str] = []

    def fake_exec(dialog: QDialog) -> int:
        fill(dialog)
        dialog.ok_button.click()  # type: ignore[attr-defined]
        errors.append(dialog.form_error.text())  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(cls, "exec", fake_exec)
    return errors


def test_band_dialog_refuses_to_overwrite_a_newer_band(
    monkeypatch: pytest.MonkeyPatch,
    ids: dict[str, int],
    view: SkillsView,
    ctx: AppContext,
    other: Journal,
) -> None:
    view.select("band", ids["band"])
    band = other.skills.get_band(ids["band"])
    other.skills.rename_band(band.id, "Engineering craft", expected_version=band.version)

    errors = run_dialog(
        monkeypatch,
        dialogs.BandDialog,
        lambda d: d.name_edit.setText("Craft and care"),  # type: ignore[attr-defined]
    )
    # The refusal asks how to resolve it (tests/ui/test_record_conflicts.py answers for real).
    from careerjournal.ui.conflict_dialog import ConflictDialog

    asked: list[str] = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: asked.append(d.windowTitle()) or 0)
    view.action_edit.trigger()

    assert len(errors) == 1
    assert asked == ["Band Changed Elsewhere"]
    assert ctx.journal.skills.get_band(ids["band"]).name == "Engineering craft"
    newest = ctx.journal.history.next_undo()
    assert newest is not None
    assert newest.subject == "Engineering craft"  # theirs: nothing saved from this window


def test_undo_of_a_band_rename_refuses_a_band_changed_elsewhere(
    monkeypatch: pytest.MonkeyPatch,
    ids: dict[str, int],
    view: SkillsView,
    ctx: AppContext,
    other: Journal,
    undo_errors: list[str],
) -> None:
    view.select("band", ids["band"])
    errors = run_dialog(
        monkeypatch,
        dialogs.BandDialog,
        lambda d: d.name_edit.setText("Craft and care"),  # type: ignore[attr-defined]
    )
    view.action_edit.trigger()
    assert errors == [""]
    assert other.skills.get_band(ids["band"]).name == "Craft and care"
    unlogged(other, SkillBand, ids["band"], description="Their words")

    ctx.history.undo()

    assert len(undo_errors) == 1
    assert "“Craft and care” was changed since" in undo_errors[0]
    band = ctx.journal.skills.get_band(ids["band"])
    assert (band.name, band.description) == ("Craft and care", "Their words")


def test_skill_edits_undo_in_turn_but_not_over_a_newer_skill(
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
    ids: dict[str, int],
    view: SkillsView,
    ctx: AppContext,
    other: Journal,
    undo_errors: list[str],
) -> None:
    names = iter(["Python 3", "Python 3.12"])
    errors = run_dialog(
        monkeypatch,
        dialogs.SkillDialog,
        lambda d: d.name_edit.setText(next(names)),  # type: ignore[attr-defined]
    )
    for name in ("Python 3", "Python 3.12"):
        view.select("skill", ids["skill"])
        view.action_edit.trigger()
        qtbot.waitUntil(lambda n=name: view.detail.skill_title.text() == n)
    assert errors == ["", ""]
    ctx.history.undo()
    assert ctx.journal.skills.get_skill(ids["skill"]).name == "Python 3"
    assert undo_errors == []

    unlogged(other, Skill, ids["skill"], target_level=5)
    ctx.history.undo()  # would put back target 4 and the name Python

    assert len(undo_errors) == 1
    skill = ctx.journal.skills.get_skill(ids["skill"])
    assert (skill.name, skill.target_level) == ("Python 3", 5)
