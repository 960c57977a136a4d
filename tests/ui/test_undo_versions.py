"""Undo and redo of entry edits: a window's own steps undo in turn; another device's newer
text is never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.ui import undo
from careerjournal.ui.context import AppContext


@pytest.fixture
def undo_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    reported: list[str] = []
    monkeypatch.setattr(undo, "report_error", reported.append)
    return reported


def edit(ctx: AppContext, entry_id: int, title: str) -> None:
    before = ctx.journal.entries.get(entry_id)
    undo.push(ctx.undo_stack, undo.EditEntryCommand(ctx.journal, before, EntryDraft(title)))


def test_two_edits_undo_and_redo_in_turn(ctx: AppContext, undo_errors: list[str]) -> None:
    """Each step moves the version on; undoing the window's own steps is never a conflict
    (it was: the first edit's undo expected the version its redo had left)."""
    entry = ctx.journal.entries.add(EntryDraft("One"))
    edit(ctx, entry.id, "Two")
    edit(ctx, entry.id, "Three")
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert ctx.journal.entries.get(entry.id).title == "One"
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert ctx.journal.entries.get(entry.id).title == "Three"
    assert undo_errors == []


def test_undo_never_overwrites_an_entry_changed_elsewhere(
    tmp_path: Path, ctx: AppContext, undo_errors: list[str]
) -> None:
    entry = ctx.journal.entries.add(EntryDraft("One"))
    edit(ctx, entry.id, "Two")
    with Journal.open(tmp_path / "journal.sqlite3") as other:
        now = other.entries.get(entry.id)
        other.entries.update(entry.id, EntryDraft("Theirs"), expected_version=now.version)
    ctx.undo_stack.undo()
    assert len(undo_errors) == 1
    assert ctx.journal.entries.get(entry.id).title == "Theirs"
