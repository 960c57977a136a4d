"""The Skills area on a real journal: the tree, filters, charts, and undoable edits."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from careerjournal.domain import AssessmentSource, EntryKind
from careerjournal.services import EntryDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.skills.model import Column, Role
from careerjournal.ui.skills.view import STARTER_BANDS, SkillsView

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def known(ctx: AppContext) -> dict[str, int]:
    """Two bands: Craft (Python 4->5, Testing 3->4, SQL 2->4, Docs unassessed), Lead (empty)."""
    s = ctx.journal.skills
    craft = s.add_band("Craft").id
    lead = s.add_band("Lead").id
    python = s.add_skill(craft, "Python", target_level=5).id
    testing = s.add_skill(craft, "Testing", target_level=4).id
    sql = s.add_skill(craft, "SQL", target_level=4).id
    docs = s.add_skill(craft, "Docs").id
    evidence = ctx.journal.entries.add(
        EntryDraft("Passed the Python exam", dt.date(2026, 3, 1), EntryKind.CERTIFICATION)
    ).id
    s.record_assessment(python, 3, assessed_on=dt.date(2025, 5, 1))
    s.record_assessment(
        python,
        4,
        assessed_on=dt.date(2026, 3, 1),
        source=AssessmentSource.CERTIFICATION,
        evidence_entry_id=evidence,
    )
    s.record_assessment(testing, 3, assessed_on=dt.date(2025, 6, 1))
    s.record_assessment(sql, 2, assessed_on=dt.date(2025, 7, 1))
    return {
        "craft": craft,
        "lead": lead,
        "python": python,
        "testing": testing,
        "sql": sql,
        "docs": docs,
        "evidence": evidence,
    }


@pytest.fixture
def view(qtbot, ctx: AppContext) -> SkillsView:
    v = SkillsView(ctx, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.resize(1200, 760)
    v.show()
    return v


def rows(v: SkillsView) -> list[str]:
    """The visible tree as 'Band' and '  Skill' lines."""
    out = []
    for r in range(v.proxy.rowCount()):
        band = v.proxy.index(r, 0)
        out.append(band.data())
        for c in range(v.proxy.rowCount(band)):
            out.append("  " + v.proxy.index(c, 0, band).data())
    return out


def test_empty_journal_offers_to_start(qtbot, view: SkillsView, ctx: AppContext) -> None:
    assert view.pages.currentIndex() == 0
    assert not view.action_new_skill.isEnabled()
    view.add_starter_bands()
    assert [b.name for b in ctx.journal.skills.bands()] == list(STARTER_BANDS)
    assert view.pages.currentIndex() == 1
    ctx.undo_stack.undo()  # one step takes all four away
    assert ctx.journal.skills.bands() == []
    qtbot.waitUntil(lambda: view.pages.currentIndex() == 0)


def test_tree_shows_levels_targets_and_gaps(known: dict[str, int], view: SkillsView) -> None:
    assert rows(view) == ["Craft", "  Python", "  Testing", "  SQL", "  Docs", "Lead"]
    craft = view.proxy.index(0, 0)
    # 75% of 4 skills = 3 must be at a level: levels 4, 3, 2, none -> the band is at 2.
    assert craft.siblingAtColumn(Column.NOW).data() == "Advanced Beginner"
    notes = craft.siblingAtColumn(Column.NOTES).data()
    assert "below" in notes
    python = view.proxy.index(0, 0, craft)
    assert python.siblingAtColumn(Column.NOW).data() == "Proficient"
    assert python.siblingAtColumn(Column.TARGET).data() == "Expert"
    assert python.data(Role.GAP) == 1
    docs = view.proxy.index(3, 0, craft)
    assert docs.siblingAtColumn(Column.NOW).data() == "Not assessed"
    assert docs.siblingAtColumn(Column.TARGET).data() == "No target"
    assert view.rule_label.text().startswith("A band is at a level when at least 75%")
    lead = view.proxy.index(1, 0)
    assert lead.siblingAtColumn(Column.NOTES).data() == "No skills yet"


def test_filters_gaps_only_and_changed_this_year(
    qtbot, known: dict[str, int], view: SkillsView
) -> None:
    view.gaps_only.setChecked(True)
    assert rows(view) == ["Craft", "  Python", "  Testing", "  SQL"]
    view.gaps_only.setChecked(False)
    view.changed_only.setChecked(True)  # only Python's level moved in 2026
    assert rows(view) == ["Craft", "  Python"]
    view.gaps_only.setChecked(True)
    assert rows(view) == ["Craft", "  Python"]
    assert not view.no_match.isVisibleTo(view)


def test_a_filter_with_no_match_says_so(qtbot, ctx: AppContext, view: SkillsView) -> None:
    band = ctx.journal.skills.add_band("Craft").id
    ctx.journal.skills.add_skill(band, "Python")
    view.refresh()
    view.changed_only.setChecked(True)
    assert view.proxy.rowCount() == 0
    assert view.no_match.isVisibleTo(view)


def test_selecting_a_skill_shows_its_history(known: dict[str, int], view: SkillsView) -> None:
    assert view.select("skill", known["python"])
    assert view.detail.currentIndex() == 2
    assert view.skill_title.text() == "Python"
    assert "Now: Proficient" in view.skill_status.text()
    assert "1 level to go" in view.skill_status.text()
    model = view.history_model
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "4 · Proficient"  # newest first
    assert model.index(0, 3).data() == "Passed the Python exam"
    assert model.index(1, 3).data() == "—"
    points = view.history_chart.evidence_points()
    assert points == [(dt.date(2026, 3, 1), 4, known["evidence"])]


def test_evidence_opens_from_the_history_table(
    qtbot, known: dict[str, int], view: SkillsView
) -> None:
    view.select("skill", known["python"])
    with qtbot.waitSignal(view.entry_requested) as signal:
        view.history_table.doubleClicked.emit(view.history_model.index(0, 3))
    assert signal.args == [known["evidence"]]


def test_selecting_a_band_shows_its_layers(known: dict[str, int], view: SkillsView) -> None:
    assert view.select("band", known["craft"])
    assert view.detail.currentIndex() == 1
    assert view.band_title.text() == "Craft · Advanced Beginner"
    assert "below Competent" in view.band_missing.text()
    assert view.layers_chart.layers()  # one series per level, and "not assessed"
    # Docs is not assessed: a quarter of the band; the band rule's share is drawn.
    assert view.layers_chart.mix_series()[0][1][-1] == 0.25
    assert view.layers_chart.rule() == 0.75
    assert "75%" in view.layers_chart.whatsThis()


def test_radar_has_every_band_with_skills(
    ctx: AppContext, known: dict[str, int], view: SkillsView
) -> None:
    assert view.radar.mode() == "bars"  # Craft only (Lead has no skills): bars, not a radar
    assert [name for name, _now, _target in view.radar.bars()] == ["Craft"]
    for name in ("Delivery", "Communication"):
        band = ctx.journal.skills.add_band(name).id
        ctx.journal.skills.add_skill(band, "Anything", target_level=3)
    view.refresh()
    assert view.radar.mode() == "radar"
    assert len(view.radar.points()["now"]) == 3


def test_record_level_is_undoable(
    qtbot, monkeypatch, known: dict[str, int], view: SkillsView, ctx: AppContext
) -> None:
    from careerjournal.ui.skills import dialogs

    view.select("skill", known["sql"])

    def fake_exec(dialog: QDialog) -> int:
        combo = dialog.level_combo  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData(3))
        dialog.accept()  # runs the dialog's commit: the undoable write
        return dialog.result()

    monkeypatch.setattr(dialogs.AssessmentDialog, "exec", fake_exec)
    view.record_level()
    assert ctx.journal.skills.get_skill(known["sql"]).current_level == 3
    qtbot.waitUntil(lambda: "Now: Competent" in view.skill_status.text())
    ctx.undo_stack.undo()
    assert ctx.journal.skills.get_skill(known["sql"]).current_level == 2
    ctx.undo_stack.redo()
    assert ctx.journal.skills.get_skill(known["sql"]).current_level == 3


def test_delete_band_asks_with_counts_and_undo_brings_it_back(
    qtbot, monkeypatch, known: dict[str, int], view: SkillsView, ctx: AppContext
) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    view.select("band", known["craft"])
    view.delete_selected()
    assert "with its 4 skills and their 4 recorded levels?" in asked[0]
    assert [b.name for b in ctx.journal.skills.bands()] == ["Lead"]
    ctx.undo_stack.undo()
    bands = ctx.journal.skills.bands()
    assert [b.name for b in bands] == ["Craft", "Lead"]
    assert len(ctx.journal.skills.history(known["python"])) == 2
    qtbot.waitUntil(lambda: rows(view)[0] == "Craft")


def test_move_keeps_order_and_undoes(
    qtbot, known: dict[str, int], view: SkillsView, ctx: AppContext
) -> None:
    view.select("skill", known["sql"])
    view.action_up.trigger()
    band = ctx.journal.skills.bands()[0]
    assert [s.name for s in band.skills] == ["Python", "SQL", "Testing", "Docs"]
    qtbot.waitUntil(lambda: rows(view)[2] == "  SQL")
    assert view.selected() == ("skill", known["sql"])  # selection follows the move
    view.select("band", known["lead"])
    view.action_up.trigger()
    assert [b.name for b in ctx.journal.skills.bands()] == ["Lead", "Craft"]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    band = ctx.journal.skills.bands()[0]
    assert band.name == "Craft"
    assert [s.name for s in band.skills] == ["Python", "Testing", "SQL", "Docs"]


def test_keyboard_shortcuts_are_bound(known: dict[str, int], view: SkillsView) -> None:
    keys = {
        a.objectName(): a.shortcut().toString()
        for a in (view.action_new_band, view.action_new_skill, view.action_record)
    }
    assert keys == {
        "action_new_band": "Ctrl+Shift+B",
        "action_new_skill": "Ins",
        "action_record_level": "Ctrl+L",
    }
    view.select("band", known["craft"])
    assert not view.action_record.isEnabled()
    view.select("skill", known["python"])
    assert view.action_record.isEnabled()


def test_renders_in_light_and_dark(qtbot, known: dict[str, int], view: SkillsView) -> None:
    view.select("skill", known["python"])
    assert not view.grab().isNull()
    assert view.tree.header().sectionSize(Column.PROGRESS) > 0
    assert view.tree.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole) == "Craft"


def test_delete_skill_asks_with_a_singular_count(
    qtbot, monkeypatch, known: dict[str, int], view: SkillsView, ctx: AppContext
) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", answer)
    view.select("skill", known["sql"])
    view.tree.setFocus()
    view.action_delete.trigger()
    assert asked[0].startswith("Delete the skill “SQL” and its 1 recorded level?")
    assert ctx.journal.skills.get_skill(known["sql"]).current_level == 2  # cancelled


def test_notes_column_counts_levels_to_go(known: dict[str, int], view: SkillsView) -> None:
    view.select("skill", known["sql"])  # 2 -> 4
    index = view.tree.currentIndex().siblingAtColumn(Column.NOTES)
    assert index.data() == "2 levels to go"
    view.select("skill", known["python"])  # 4 -> 5
    index = view.tree.currentIndex().siblingAtColumn(Column.NOTES)
    assert index.data() == "1 level to go"
    assert "1 level to go" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_captions_are_secondary_text_not_disabled(
    ctx: AppContext, known: dict[str, int], view: SkillsView
) -> None:
    from PySide6.QtGui import QPalette

    for label in (view.rule_label, view.no_match, view.hint_page):
        assert label.isEnabled()
        assert label.foregroundRole() == QPalette.ColorRole.PlaceholderText


@pytest.mark.parametrize("size", [(860, 560), (1110, 720), (1750, 1000)])
def test_the_right_side_lays_out_without_overlap(
    qtbot, ctx: AppContext, known: dict[str, int], view: SkillsView, size: tuple[int, int]
) -> None:
    """The radar, the headings, texts and the band chart each get their own room, none over
    the next (a wrapped caption once overprinted the radar's legend in a 1024x640 window).
    Sizes: the view's part of 1024x640, 1280x800 and 1920x1080 windows."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel, QWidget

    for name in ("Delivery", "Communication"):
        band = ctx.journal.skills.add_band(name).id
        ctx.journal.skills.add_skill(band, "Anything", target_level=3)
    view.refresh()
    view.resize(*size)
    view.select("band", known["craft"])
    qtbot.wait(20)
    assert view.radar.mode() == "radar"

    def where(w: QWidget) -> QRect:
        return QRect(w.mapTo(view, w.rect().topLeft()), w.size())

    right = view.content.widget(1)
    labels = [w for w in right.findChildren(QLabel) if w.isVisibleTo(view) and w.text()]
    parts = [view.radar, view.layers_chart, *labels]
    for label in labels:  # a wrapped text has the height it needs
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for i, a in enumerate(parts):
        for b in parts[i + 1 :]:
            assert not where(a).intersects(where(b)), (a.objectName(), b.objectName())
    # The charts have room to be read.
    assert view.radar.height() >= 140
    assert view.layers_chart.height() >= 200
