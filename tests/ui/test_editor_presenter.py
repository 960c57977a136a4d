"""The entry editor's presenter on a real journal, without widgets: what the form starts from,
when it is dirty, what the draft file needs, and that a save is one operation."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from careerjournal.domain import EntryKind
from careerjournal.services import (
    AUTO,
    ConflictError,
    EntryDraft,
    GoalDraft,
    Journal,
    MilestoneDraft,
    NotFoundError,
    RoleDraft,
)
from careerjournal.services.operations import OpCode
from careerjournal.ui.editor import presenter as presenter_module
from careerjournal.ui.editor.presenter import DraftFile, EditorPresenter, field_for

D = dt.date


def test_the_presenter_is_qt_free() -> None:
    tree = ast.parse(Path(presenter_module.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not [name for name in imported if "PySide6" in name]


def test_a_new_entry_starts_today_with_the_default_kind(sqlite_journal: Journal) -> None:
    shown = EditorPresenter(sqlite_journal, None, default_kind=EntryKind.PROJECT)
    draft = shown.opening_draft()
    assert (draft.title, draft.occurred_on, draft.kind, draft.role_id) == (
        "",
        dt.date.today(),
        EntryKind.PROJECT,
        AUTO,
    )
    assert shown.is_new
    assert shown.entry_id is None


def test_the_role_follows_the_date_until_one_is_picked(sqlite_journal: Journal) -> None:
    early = sqlite_journal.roles.add(RoleDraft("Engineer", D(2015, 1, 1), end_date=D(2019, 12, 31)))
    late = sqlite_journal.roles.add(RoleDraft("Senior", D(2020, 1, 1)))
    shown = EditorPresenter(sqlite_journal, None, default_kind=EntryKind.SKILL)
    assert shown.role_to_show(EntryDraft("x", occurred_on=D(2017, 1, 1), role_id=AUTO)) == early.id
    assert shown.role_follows_date
    # A role matching the date keeps following it; another one was chosen by hand.
    assert (
        shown.role_to_show(EntryDraft("x", occurred_on=D(2021, 1, 1), role_id=late.id)) == late.id
    )
    assert shown.role_follows_date
    assert (
        shown.role_to_show(EntryDraft("x", occurred_on=D(2021, 1, 1), role_id=early.id)) == early.id
    )
    assert not shown.role_follows_date
    shown.role_picked()
    assert not shown.role_follows_date


def test_dirty_and_the_draft_file(sqlite_journal: Journal) -> None:
    record = sqlite_journal.entries.add(EntryDraft("Shipped"))
    shown = EditorPresenter(sqlite_journal, record, default_kind=EntryKind.SKILL)
    shown.baseline = shown.opening_draft()
    typed = EntryDraft("Shipped it", occurred_on=record.occurred_on)
    assert not shown.is_dirty(shown.baseline)
    assert shown.is_dirty(shown.baseline, level=True)  # a level to record is a change
    assert shown.is_dirty(shown.baseline, links=True)
    assert shown.is_dirty(typed)
    assert shown.draft_file(typed) is DraftFile.WRITE
    shown.draft_written(typed)
    assert shown.draft_file(typed) is DraftFile.KEEP
    assert shown.draft_file(shown.baseline) is DraftFile.DELETE
    assert shown.base_version == record.version


def test_field_names_of_the_services_map_to_the_form() -> None:
    assert field_for("occurred_on") == "date"
    assert field_for("result") == "measurable_result"
    assert field_for("role_id") == "role"
    assert field_for("title") == "title"


def test_a_save_with_links_is_one_operation_and_all_or_nothing(sqlite_journal: Journal) -> None:
    goal = sqlite_journal.goals.add(GoalDraft("Staff"), [MilestoneDraft("Lead a review")])
    (milestone,) = sqlite_journal.goals.get(goal.id).milestones
    shown = EditorPresenter(sqlite_journal, None, default_kind=EntryKind.PROJECT)
    logged = len(sqlite_journal.history.list())
    record = shown.add(EntryDraft("Ran the review"), link=[milestone.id])
    assert shown.record == record
    assert len(sqlite_journal.history.list()) == logged + 1
    assert sqlite_journal.history.next_undo().code is OpCode.ENTRY_ADD
    assert sqlite_journal.goals.get_milestone(milestone.id).evidence_ids == (record.id,)

    edited = shown.update(EntryDraft("Ran the design review"), record, unlink=[milestone.id])
    assert edited.version == record.version + 1
    assert sqlite_journal.goals.get_milestone(milestone.id).evidence_ids == ()
    with pytest.raises(ConflictError):
        shown.update(EntryDraft("Stale"), record)  # the version the editor opened is gone
    assert shown.record == edited
    assert shown.stored() == edited

    with pytest.raises(NotFoundError):  # a missing milestone: nothing saved at all
        shown.update(EntryDraft("With a gone milestone"), edited, link=[milestone.id + 99])
    assert sqlite_journal.entries.get(record.id) == edited


# -- framework criteria ("Shows…") -------------------------------------------------------------

ACME = Path(__file__).parents[1] / "data" / "frameworks" / "acme.yaml"


def test_without_a_framework_no_criteria_are_offered(sqlite_journal: Journal) -> None:
    shown = EditorPresenter(sqlite_journal, None, default_kind=EntryKind.PROJECT)
    assert not shown.criteria.available
    assert shown.criteria.suggest("Wrote the design doc") == []
    shown.criteria.choose([1])  # nothing offered: nothing chosen
    assert shown.criteria.chosen_ids() == ()
    assert not shown.criteria.is_dirty()


def test_criteria_are_suggested_chosen_and_saved_in_the_entrys_operation(
    sqlite_journal: Journal,
) -> None:
    sqlite_journal.frameworks.import_file(ACME)
    ids = {c.text: c.id for c in sqlite_journal.rubric.criteria()}
    tests, early = ids["Writes tests that catch real bugs"], ids["Asks for help early"]
    shown = EditorPresenter(sqlite_journal, None, default_kind=EntryKind.PROJECT)
    assert shown.criteria.available
    assert [c.level for c in shown.criteria.criteria] == [1, 1, 2, 2, 2, 3, 3, 3]
    assert shown.criteria.level_name(2) == "Engineer II"
    (best, *_rest) = shown.criteria.suggest("Fixed flaky tests that caught bugs")
    assert (best.criterion.id, best.shared) == (tests, ("tests", "bugs"))
    assert shown.criteria.suggest("   ") == []
    assert shown.criteria.chosen_ids() == ()  # a suggestion is not a choice

    shown.criteria.choose([tests, early])
    assert shown.criteria.to_link() == (early, tests)  # framework order
    assert shown.is_dirty(EntryDraft("x"))
    logged = len(sqlite_journal.history.list())
    record = shown.add(EntryDraft("Fixed flaky tests"))
    assert len(sqlite_journal.history.list()) == logged + 1
    assert [c.id for c in sqlite_journal.rubric.for_entry(record.id)] == [early, tests]

    editing = EditorPresenter(sqlite_journal, record, default_kind=EntryKind.PROJECT)
    editing.baseline = editing.opening_draft()
    assert [c.id for c in editing.criteria.chosen()] == [early, tests]  # preloaded
    assert not editing.is_dirty(editing.baseline)
    editing.criteria.remove(early)
    assert editing.is_dirty(editing.baseline)
    assert (editing.criteria.to_link(), editing.criteria.to_unlink()) == ((), (early,))
    edited = editing.update(editing.baseline, record)
    assert [c.id for c in sqlite_journal.rubric.for_entry(record.id)] == [tests]
    assert len(sqlite_journal.history.list()) == logged + 2
    sqlite_journal.history.undo()
    assert [c.id for c in sqlite_journal.rubric.for_entry(record.id)] == [early, tests]
    assert sqlite_journal.entries.get(record.id).version == edited.version - 1


def test_an_adder_saves_no_criteria(sqlite_journal: Journal) -> None:
    sqlite_journal.frameworks.import_file(ACME)
    shown = EditorPresenter(sqlite_journal, None, default_kind=EntryKind.PROJECT)
    shown.adder = lambda draft, assessment, link: sqlite_journal.entries.add(draft)
    assert not shown.links_criteria
    shown.criteria.choose([sqlite_journal.rubric.criteria()[0].id])
    with pytest.raises(ValueError, match="no framework criteria"):
        shown.add(EntryDraft("Accepted"))
