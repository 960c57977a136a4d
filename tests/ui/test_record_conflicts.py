"""A refused save in the goal, milestone, band and skill dialogs, against a second device.

Two `Journal` objects on one database (SQLite file and PostgreSQL): one behind the view, one
playing the other device. The edit dialog is opened through the view's real action, typed
into, saved with its real OK button; the conflict dialog is answered through its real buttons
while its `exec()` runs. Then the journal is read from the other device.

Every kind follows one script: the record starts as ("Original", <detail>); the other device
renames it and changes the detail; the user appends " and mine" to the name. So the name
changed on both sides (Merge keeps mine by default) and the detail on theirs only (Merge takes
theirs by default).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.services import GoalDraft, Journal, MilestoneDraft
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.conflict_dialog import ConflictDialog
from careerjournal.ui.context import AppContext
from careerjournal.ui.goals.view import GoalsView
from careerjournal.ui.settings import AppSettings
from careerjournal.ui.skills.view import SkillsView

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

LEFT = Qt.MouseButton.LeftButton
TODAY = dt.date(2026, 6, 1)


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


@pytest.fixture
def devices(
    qapp: object, db_location: str, settings: AppSettings
) -> Iterator[tuple[AppContext, Journal]]:
    """The view's journal (wrapped for the GUI) and another device's journal, one database."""
    journal = Journal.open(db_location)
    bridge = ChangeBridge(journal)
    other = Journal.open(db_location)
    yield AppContext(journal=journal, bridge=bridge, settings=settings), other
    bridge.detach()
    other.close()
    journal.close()


# -- the four kinds ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """How to make, open, change elsewhere, read and delete one kind of record."""

    name: str
    #: Makes the record (on the view's journal); its id.
    make: Callable[[Journal], int]
    #: The view, shown, with the record selected; and the action that edits it.
    open_view: Callable[[AppContext, int], QWidget]
    action: str
    #: The other device's edit: name "Their title", detail changed.
    theirs: Callable[[Journal, int], None]
    #: (name, detail, version) as stored.
    stored: Callable[[Journal, int], tuple[Any, Any, int]]
    #: (name, detail) as the edit dialog's form shows them.
    form: Callable[[Any], tuple[Any, Any]]
    delete: Callable[[Journal, int], None]
    #: The conflict rows (field names) that differ.
    differing: tuple[str, str]
    original_detail: Any
    their_detail: Any


def _goals_view(ctx: AppContext) -> GoalsView:
    view = GoalsView(ctx, today=lambda: TODAY)
    view.resize(1200, 800)
    return view


def _make_goal(journal: Journal) -> int:
    return journal.goals.add(GoalDraft("Original", description="first", created_on=TODAY)).id


def _open_goal(ctx: AppContext, goal_id: int) -> QWidget:
    view = _goals_view(ctx)
    view.show()
    assert view.select_goal(goal_id)
    return view


def _their_goal(journal: Journal, goal_id: int) -> None:
    goal = journal.goals.get(goal_id)
    draft = GoalDraft(
        "Their title", kind=goal.kind, description="their notes", created_on=goal.created_on
    )
    journal.goals.update(goal_id, draft, expected_version=goal.version)


def _stored_goal(journal: Journal, goal_id: int) -> tuple[Any, Any, int]:
    goal = journal.goals.get(goal_id)
    return goal.title, goal.description, goal.version


def _make_milestone(journal: Journal) -> int:
    goal = journal.goals.add(
        GoalDraft("A goal", created_on=TODAY), [MilestoneDraft("Original", weight=1.0)]
    )
    return goal.milestones[0].id


def _open_milestone(ctx: AppContext, milestone_id: int) -> QWidget:
    view = _goals_view(ctx)
    view.show()
    assert view.select_milestone(milestone_id)
    return view


def _their_milestone(journal: Journal, milestone_id: int) -> None:
    m = journal.goals.get_milestone(milestone_id)
    journal.goals.update_milestone(
        milestone_id, MilestoneDraft("Their title", weight=3.0), expected_version=m.version
    )


def _stored_milestone(journal: Journal, milestone_id: int) -> tuple[Any, Any, int]:
    m = journal.goals.get_milestone(milestone_id)
    return m.title, m.weight, m.version


def _delete_milestone(journal: Journal, milestone_id: int) -> None:
    m = journal.goals.get_milestone(milestone_id)
    journal.goals.delete_milestone(milestone_id, expected_version=m.version)


def _skills_view(ctx: AppContext, kind: str, item_id: int) -> QWidget:
    view = SkillsView(ctx, today=lambda: TODAY)
    view.resize(1200, 760)
    view.show()
    assert view.select(kind, item_id)
    return view


def _make_band(journal: Journal) -> int:
    return journal.skills.add_band("Original", "first").id


def _their_band(journal: Journal, band_id: int) -> None:
    band = journal.skills.get_band(band_id)
    journal.skills.rename_band(band_id, "Their title", "their notes", expected_version=band.version)


def _stored_band(journal: Journal, band_id: int) -> tuple[Any, Any, int]:
    band = journal.skills.get_band(band_id)
    return band.name, band.description, band.version


def _delete_band(journal: Journal, band_id: int) -> None:
    journal.skills.delete_band(band_id, expected_version=journal.skills.get_band(band_id).version)


def _make_skill(journal: Journal) -> int:
    band = journal.skills.add_band("Craft")
    return journal.skills.add_skill(band.id, "Original", description="first").id


def _their_skill(journal: Journal, skill_id: int) -> None:
    skill = journal.skills.get_skill(skill_id)
    journal.skills.update_skill(
        skill_id,
        name="Their title",
        description="their notes",
        expected_version=skill.version,
    )


def _stored_skill(journal: Journal, skill_id: int) -> tuple[Any, Any, int]:
    skill = journal.skills.get_skill(skill_id)
    return skill.name, skill.description, skill.version


def _delete_skill(journal: Journal, skill_id: int) -> None:
    version = journal.skills.get_skill(skill_id).version
    journal.skills.delete_skill(skill_id, expected_version=version)


def _text_form(dialog: Any) -> tuple[Any, Any]:
    name = dialog.name_edit if hasattr(dialog, "name_edit") else dialog.title_edit
    return name.text(), dialog.description_edit.toPlainText()


KINDS = {
    "goal": Kind(
        "goal",
        _make_goal,
        _open_goal,
        "action_edit_goal",
        _their_goal,
        _stored_goal,
        _text_form,
        lambda j, i: j.goals.delete(i, expected_version=j.goals.get(i).version),
        ("title", "description"),
        "first",
        "their notes",
    ),
    "milestone": Kind(
        "milestone",
        _make_milestone,
        _open_milestone,
        "action_edit_milestone",
        _their_milestone,
        _stored_milestone,
        lambda d: (d.title_edit.text(), d.weight_spin.value()),
        _delete_milestone,
        ("title", "weight"),
        1.0,
        3.0,
    ),
    "band": Kind(
        "band",
        _make_band,
        lambda ctx, i: _skills_view(ctx, "band", i),
        "action_edit",
        _their_band,
        _stored_band,
        _text_form,
        _delete_band,
        ("name", "description"),
        "first",
        "their notes",
    ),
    "skill": Kind(
        "skill",
        _make_skill,
        lambda ctx, i: _skills_view(ctx, "skill", i),
        "action_edit",
        _their_skill,
        _stored_skill,
        _text_form,
        _delete_skill,
        ("name", "description"),
        "first",
        "their notes",
    ),
}

DIALOG_NAMES = {
    "goal": "goal_dialog",
    "milestone": "milestone_dialog",
    "band": "band_dialog",
    "skill": "skill_dialog",
}


# -- driving the dialogs ----------------------------------------------------------------------


def _visible(view: QWidget, name: str) -> QDialog | None:
    found = [d for d in view.findChildren(QDialog, name) if d.isVisible()]
    return found[-1] if found else None


def _later(
    find: Callable[[], Any], act: Callable[[Any], None], errors: list[BaseException]
) -> None:
    """Run `act(found)` once `find()` returns something (polled from the event loop, so it runs
    inside a modal `exec()`). An error is kept for the test, and every dialog is closed so the
    test fails instead of hanging."""

    def attempt(tries: int = 100) -> None:
        found = find()
        if found is None:
            if tries:
                QTimer.singleShot(20, lambda: attempt(tries - 1))
            else:
                errors.append(AssertionError("the expected dialog never opened"))
                _close_all()
            return
        try:
            act(found)
        except BaseException as exc:
            errors.append(exc)
            _close_all()

    QTimer.singleShot(0, attempt)


def _close_all() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
    for widget in QApplication.allWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


@dataclass
class Run:
    """What the script saw: the conflict rows that differ, the edit dialog after the answer."""

    differing: list[str]
    form_after: tuple[Any, Any] | None = None
    still_open: bool = False
    message: str = ""
    conflict_shown: bool = False


def run_script(
    qtbot: QtBot,
    devices: tuple[AppContext, Journal],
    kind: Kind,
    answer: str,
    *,
    deleted: bool = False,
) -> tuple[int, Run]:
    """Open the edit dialog, let the other device change (or delete) the record, type, save,
    answer the conflict dialog with `answer` ("keep_mine", "take_theirs", "merge", "cancel"),
    note what the edit dialog shows, then close it with Cancel if it is still open."""
    ctx, other = devices
    record_id = kind.make(ctx.journal)
    view = kind.open_view(ctx, record_id)
    qtbot.addWidget(view)
    action = getattr(view, kind.action)
    errors: list[BaseException] = []
    run = Run(differing=[])
    name = DIALOG_NAMES[kind.name]

    def after_answer(dialog: Any) -> None:
        run.still_open = dialog.isVisible()
        if run.still_open:
            run.form_after = kind.form(dialog)
            run.message = dialog.form_error.text() if dialog.form_error.isVisible() else ""
            qtbot.mouseClick(dialog.cancel_button, LEFT)

    def in_conflict(conflict: ConflictDialog) -> None:
        run.conflict_shown = True
        run.differing = [row.name for row in conflict.model.rows if row.differs]
        qtbot.mouseClick(getattr(conflict, f"{answer}_button"), LEFT)

    def in_editor(dialog: Any) -> None:
        if deleted:
            kind.delete(other, record_id)
        else:
            kind.theirs(other, record_id)
        edit = dialog.name_edit if hasattr(dialog, "name_edit") else dialog.title_edit
        edit.setFocus()
        edit.end(False)
        qtbot.keyClicks(edit, " and mine")
        _later(lambda: dialog.conflict_dialog, in_conflict, errors)
        qtbot.mouseClick(dialog.ok_button, LEFT)  # the conflict dialog runs inside this
        if deleted:
            run.still_open = dialog.isVisible()
            run.form_after = kind.form(dialog)
            run.message = dialog.form_error.text() if dialog.form_error.isVisible() else ""
            qtbot.mouseClick(dialog.cancel_button, LEFT)
        else:
            after_answer(dialog)

    def watchdog() -> None:
        errors.append(AssertionError("a dialog was still open after 10 s (asked twice?)"))
        _close_all()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(watchdog)
    timer.start(10_000)
    _later(lambda: _visible(view, name), in_editor, errors)
    action.trigger()
    timer.stop()
    if errors:
        raise errors[0]
    return record_id, run


# -- the tests --------------------------------------------------------------------------------


def nothing_saved_here(ctx: AppContext) -> bool:
    """The journal's newest operation is the other device's, not a save of "… and mine"."""
    newest = ctx.journal.history.next_undo()
    return newest is not None and "and mine" not in newest.subject


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_keep_mine_saves_over_theirs(
    qtbot: QtBot, devices: tuple[AppContext, Journal], kind: Kind
) -> None:
    ctx, other = devices
    record_id, run = run_script(qtbot, devices, kind, "keep_mine")

    assert run.conflict_shown
    assert run.differing == list(kind.differing)
    assert not run.still_open
    name, detail, version = kind.stored(other, record_id)
    assert (name, detail) == ("Original and mine", kind.original_detail)
    assert version == 3  # made, theirs, mine: saved over the version read after the conflict
    ctx.history.undo()  # undo goes back to theirs, the version the user resolved against
    assert kind.stored(other, record_id)[:2] == ("Their title", kind.their_detail)


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_merge_saves_the_field_by_field_choice(
    qtbot: QtBot, devices: tuple[AppContext, Journal], kind: Kind
) -> None:
    _ctx, other = devices
    record_id, run = run_script(qtbot, devices, kind, "merge")

    assert run.conflict_shown
    assert not run.still_open
    # The name changed on both sides: mine; the detail on theirs only: theirs.
    assert kind.stored(other, record_id)[:2] == ("Original and mine", kind.their_detail)


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_take_theirs_loads_their_version_into_the_dialog(
    qtbot: QtBot, devices: tuple[AppContext, Journal], kind: Kind
) -> None:
    ctx, other = devices
    record_id, run = run_script(qtbot, devices, kind, "take_theirs")

    assert run.conflict_shown
    assert run.still_open
    assert run.form_after == ("Their title", kind.their_detail)
    assert kind.stored(other, record_id) == ("Their title", kind.their_detail, 2)
    assert nothing_saved_here(ctx)


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_cancel_keeps_the_dialog_and_the_text_and_writes_nothing(
    qtbot: QtBot, devices: tuple[AppContext, Journal], kind: Kind
) -> None:
    ctx, other = devices
    record_id, run = run_script(qtbot, devices, kind, "cancel")

    assert run.conflict_shown
    assert run.still_open
    assert run.form_after == ("Original and mine", kind.original_detail)
    assert kind.stored(other, record_id) == ("Their title", kind.their_detail, 2)
    assert nothing_saved_here(ctx)


@pytest.mark.parametrize("kind", KINDS.values(), ids=list(KINDS))
def test_deleted_elsewhere_says_so_and_keeps_the_text(
    qtbot: QtBot, devices: tuple[AppContext, Journal], kind: Kind
) -> None:
    ctx, _other = devices
    _record_id, run = run_script(qtbot, devices, kind, "cancel", deleted=True)

    assert not run.conflict_shown
    assert run.still_open
    assert run.form_after == ("Original and mine", kind.original_detail)
    assert "deleted" in run.message
    assert nothing_saved_here(ctx)
