"""The Skills area's presenter on a real journal, without widgets: selection, which actions apply,
a skill's history, and that each write is one operation of the journal's log."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from careerjournal.domain import EntryKind
from careerjournal.services import AssessmentDraft, EntryDraft, Journal
from careerjournal.services.operations import OpCode
from careerjournal.ui.skills import presenter as presenter_module
from careerjournal.ui.skills.presenter import SkillsPresenter, SkillValues

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def ids(journal: Journal) -> dict[str, int]:
    s = journal.skills
    craft = s.add_band("Craft").id
    lead = s.add_band("Lead").id
    python = s.add_skill(craft, "Python", target_level=4).id
    sql = s.add_skill(craft, "SQL").id
    entry = journal.entries.add(EntryDraft("Exam", dt.date(2026, 3, 1), EntryKind.CERTIFICATION))
    s.record_assessment(python, 3, assessed_on=dt.date(2026, 3, 1), evidence_entry_id=entry.id)
    return {"craft": craft, "lead": lead, "python": python, "sql": sql, "entry": entry.id}


@pytest.fixture
def p(journal: Journal, ids: dict[str, int]) -> SkillsPresenter:
    presenter = SkillsPresenter(journal, lambda: TODAY)
    presenter.load()
    return presenter


def test_the_presenter_is_qt_free() -> None:
    tree = ast.parse(Path(presenter_module.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    imported += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in imported if m.startswith("PySide6")]
    assert "goals.presenter" in {m.lstrip(".") for m in imported}  # itself Qt-free (tested)


def test_first_load_selects_the_first_band(p: SkillsPresenter, ids: dict[str, int]) -> None:
    assert p.selection == ("band", ids["craft"])
    state = p.actions()
    assert (state.new_skill, state.record, state.selected) == (True, False, True)


def test_a_skill_selected_brings_its_band(p: SkillsPresenter, ids: dict[str, int]) -> None:
    p.select(("skill", ids["sql"]))
    assert p.selected_band is not None
    assert p.selected_band.band.id == ids["craft"]
    assert p.selected_skill is not None
    assert p.selected_skill.skill.name == "SQL"
    assert p.actions().record


def test_a_deleted_selection_is_dropped_on_reload(
    p: SkillsPresenter, journal: Journal, ids: dict[str, int]
) -> None:
    p.select(("skill", ids["sql"]))
    skill = journal.skills.get_skill(ids["sql"])
    p.delete_skill(skill)
    p.load()
    assert p.selection is None
    assert p.selected_band is None
    assert not p.actions().selected


def test_history_names_evidence_and_forgets_a_purged_entry(
    p: SkillsPresenter, journal: Journal, ids: dict[str, int]
) -> None:
    history = p.history(ids["python"])
    assert [a.level for a in history.assessments] == [3]
    assert history.titles == {ids["entry"]: "Exam"}
    journal.entries.purge([ids["entry"]])
    assert p.history(ids["python"]).titles == {}


def test_moves_are_one_operation_each_and_stop_at_the_ends(
    p: SkillsPresenter, journal: Journal, ids: dict[str, int]
) -> None:
    assert not p.move(-1)  # Craft is first already
    assert p.move(1)
    assert [b.name for b in journal.skills.bands()] == ["Lead", "Craft"]
    p.load()
    p.select(("skill", ids["sql"]))
    assert p.move(-1)
    assert [s.name for s in journal.skills.bands()[1].skills] == ["SQL", "Python"]
    newest = journal.history.next_undo()
    assert newest is not None
    assert newest.code is OpCode.SKILLS_REORDER
    journal.history.undo()
    journal.history.undo()
    assert [b.name for b in journal.skills.bands()] == ["Craft", "Lead"]
    assert [s.name for s in journal.skills.bands()[0].skills] == ["Python", "SQL"]


def test_an_unchanged_rename_writes_nothing(
    p: SkillsPresenter, journal: Journal, ids: dict[str, int]
) -> None:
    band = journal.skills.get_band(ids["craft"])
    count = journal.history.count()
    assert p.rename_band(band, band.name, band.description) is None
    assert journal.history.count() == count
    assert p.rename_band(band, "Engineering", "").name == "Engineering"  # type: ignore[union-attr]


def test_skill_moved_to_another_band_comes_back_in_its_place_on_undo(
    p: SkillsPresenter, journal: Journal, ids: dict[str, int]
) -> None:
    before = journal.skills.bands()
    python = journal.skills.get_skill(ids["python"])
    p.update_skill(python, SkillValues(ids["lead"], "Python", None, "the language"))
    moved = journal.skills.get_skill(ids["python"])
    assert (moved.band_id, moved.target_level) == (ids["lead"], None)
    journal.history.undo()
    assert journal.skills.bands() == before


def test_a_level_is_recorded_today_unless_dated(
    p: SkillsPresenter, journal: Journal, ids: dict[str, int]
) -> None:
    p.record_level(AssessmentDraft(ids["sql"], 2), None)
    (a,) = journal.skills.history(ids["sql"])
    assert (a.level, a.assessed_on, a.evidence_entry_id) == (2, TODAY, None)
    p.delete_level(a)
    assert journal.skills.history(ids["sql"]) == []
    journal.history.undo()
    assert journal.skills.history(ids["sql"]) == [a]  # the same assessment, same id
