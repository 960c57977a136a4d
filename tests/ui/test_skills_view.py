"""The Skills area on a real journal: the tree, filters, charts, and each kind of change taken
back with Edit › Undo (the real action of the main window)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from careerjournal.domain import AssessmentSource, EntryKind
from careerjournal.services import BandRecord, EntryDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.skills import dialogs
from careerjournal.ui.skills.model import Column, Role
from careerjournal.ui.skills.view import STARTER_BANDS, SkillsView

TODAY = dt.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def no_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refused write or undo fails the test at once (instead of waiting on a message box)."""

    def fail(*args: object) -> None:
        raise AssertionError(f"unexpected warning: {args[2:]}")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


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


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    """The main window showing the Skills area (ask for `known` first to start with data)."""
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    w.show_area("skills")
    qtbot.waitUntil(lambda: w.findChild(SkillsView) is not None)
    yield w
    w.close()


def skills_view(window: MainWindow) -> SkillsView:
    view = window.findChild(SkillsView)
    assert isinstance(view, SkillsView)
    return view


def undo(qtbot: QtBot, window: MainWindow, what: str) -> None:
    """Edit › Undo, once it names `what` (the menu follows the log after each change)."""
    qtbot.waitUntil(lambda: what in window.action_undo.text())
    window.action_undo.trigger()


def redo(qtbot: QtBot, window: MainWindow, what: str) -> None:
    qtbot.waitUntil(lambda: what in window.action_redo.text())
    window.action_redo.trigger()


def bands(ctx: AppContext) -> list[BandRecord]:
    """Every band with its skills: ids, names, order, targets, levels and versions."""
    return ctx.journal.skills.bands()


def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def rows(v: SkillsView) -> list[str]:
    """The visible tree as 'Band' and '  Skill' lines."""
    out = []
    for r in range(v.proxy.rowCount()):
        band = v.proxy.index(r, 0)
        out.append(band.data())
        for c in range(v.proxy.rowCount(band)):
            out.append("  " + v.proxy.index(c, 0, band).data())
    return out


def test_empty_journal_offers_to_start(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    view = skills_view(window)
    assert view.pages.currentIndex() == 0
    assert not view.action_new_skill.isEnabled()
    starter = view.findChild(QPushButton, "add_starter_bands")
    qtbot.mouseClick(starter, Qt.MouseButton.LeftButton)
    assert [b.name for b in bands(ctx)] == list(STARTER_BANDS)
    assert view.pages.currentIndex() == 1
    undo(qtbot, window, f"Add {len(STARTER_BANDS)} bands")  # one operation, one undo
    assert bands(ctx) == []
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
    detail = view.detail
    assert detail.currentIndex() == 2
    assert detail.skill_title.text() == "Python"
    assert "Now: Proficient" in detail.skill_status.text()
    assert "1 level to go" in detail.skill_status.text()
    model = detail.history_model
    assert model.rowCount() == 2
    assert model.index(0, 1).data() == "4 · Proficient"  # newest first
    assert model.index(0, 3).data() == "Passed the Python exam"
    assert model.index(1, 3).data() == "—"
    points = detail.history_chart.evidence_points()
    assert points == [(dt.date(2026, 3, 1), 4, known["evidence"])]


def test_evidence_opens_from_the_history_table(
    qtbot, known: dict[str, int], view: SkillsView
) -> None:
    view.select("skill", known["python"])
    detail = view.detail
    with qtbot.waitSignal(view.entry_requested) as signal:
        detail.history_table.doubleClicked.emit(detail.history_model.index(0, 3))
    assert signal.args == [known["evidence"]]


def test_selecting_a_band_shows_its_layers(known: dict[str, int], view: SkillsView) -> None:
    assert view.select("band", known["craft"])
    detail = view.detail
    assert detail.currentIndex() == 1
    assert detail.band_title.text() == "Craft · Advanced Beginner"
    assert "below Competent" in detail.band_missing.text()
    assert detail.layers_chart.layers()  # one series per level, and "not assessed"
    # Docs is not assessed: a quarter of the band; the band rule's share is drawn.
    assert detail.layers_chart.mix_series()[0][1][-1] == 0.25
    assert detail.layers_chart.rule() == 0.75
    assert "75%" in detail.layers_chart.whatsThis()


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
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    known: dict[str, int],
    window: MainWindow,
    ctx: AppContext,
) -> None:
    view = skills_view(window)
    view.select("skill", known["sql"])
    before = bands(ctx)

    def fake_exec(dialog: QDialog) -> int:
        combo = dialog.level_combo  # type: ignore[attr-defined]
        combo.setCurrentIndex(combo.findData(3))
        dialog.ok_button.click()  # type: ignore[attr-defined]  # runs the dialog's commit
        return dialog.result()

    monkeypatch.setattr(dialogs.AssessmentDialog, "exec", fake_exec)
    view.action_record.trigger()
    assert ctx.journal.skills.get_skill(known["sql"]).current_level == 3
    after = ctx.journal.skills.history(known["sql"])
    qtbot.waitUntil(lambda: "Now: Competent" in view.detail.skill_status.text())
    undo(qtbot, window, "Record a level for “SQL”")
    assert bands(ctx) == before
    redo(qtbot, window, "Record a level for “SQL”")
    assert ctx.journal.skills.history(known["sql"]) == after  # the same assessment, same id


def test_delete_band_asks_with_counts_and_undo_brings_it_back(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    known: dict[str, int],
    window: MainWindow,
    ctx: AppContext,
) -> None:
    view = skills_view(window)
    asked = yes(monkeypatch)
    before = bands(ctx)
    history = ctx.journal.skills.history(known["python"])
    view.select("band", known["craft"])
    view.action_delete.trigger()
    assert "with its 4 skills and their 4 recorded levels?" in asked[0]
    assert [b.name for b in bands(ctx)] == ["Lead"]
    undo(qtbot, window, "Delete band “Craft”")
    assert bands(ctx) == before  # the same band and skills: ids, order, levels
    assert ctx.journal.skills.history(known["python"]) == history  # evidence link too
    qtbot.waitUntil(lambda: rows(view)[0] == "Craft")


def test_delete_and_edit_a_skill_then_undo_both(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    known: dict[str, int],
    window: MainWindow,
    ctx: AppContext,
) -> None:
    view = skills_view(window)
    before = bands(ctx)

    def rename(dialog: QDialog) -> int:
        dialog.name_edit.setText("Structured Query Language")  # type: ignore[attr-defined]
        dialog.ok_button.click()  # type: ignore[attr-defined]
        return dialog.result()

    monkeypatch.setattr(dialogs.SkillDialog, "exec", rename)
    view.select("skill", known["sql"])
    view.action_edit.trigger()
    assert ctx.journal.skills.get_skill(known["sql"]).name == "Structured Query Language"
    qtbot.waitUntil(lambda: "  Structured Query Language" in rows(view))
    yes(monkeypatch)
    view.action_delete.trigger()
    assert [s.name for s in bands(ctx)[0].skills] == ["Python", "Testing", "Docs"]
    undo(qtbot, window, "Delete skill “Structured Query Language”")
    undo(qtbot, window, "Edit skill “Structured Query Language”")
    assert bands(ctx) == before


def test_add_a_band_and_a_skill_rename_the_band_then_undo_all(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    known: dict[str, int],
    window: MainWindow,
    ctx: AppContext,
) -> None:
    view = skills_view(window)
    before = bands(ctx)

    def name(text: str) -> Callable[[QDialog], int]:
        def fake_exec(dialog: QDialog) -> int:
            dialog.name_edit.setText(text)  # type: ignore[attr-defined]
            dialog.ok_button.click()  # type: ignore[attr-defined]
            return dialog.result()

        return fake_exec

    monkeypatch.setattr(dialogs.BandDialog, "exec", name("Product sense"))
    view.action_new_band.trigger()
    band = next(b for b in bands(ctx) if b.name == "Product sense")
    assert view.presenter.selection == ("band", band.id)  # the new band is selected
    monkeypatch.setattr(dialogs.SkillDialog, "exec", name("Discovery"))
    view.action_new_skill.trigger()
    assert [s.name for s in ctx.journal.skills.get_band(band.id).skills] == ["Discovery"]
    qtbot.waitUntil(lambda: "  Discovery" in rows(view))
    view.select("band", band.id)
    monkeypatch.setattr(dialogs.BandDialog, "exec", name("Product"))
    view.action_edit.trigger()
    assert ctx.journal.skills.get_band(band.id).name == "Product"
    undo(qtbot, window, "Edit band “Product”")
    assert ctx.journal.skills.get_band(band.id).name == "Product sense"
    undo(qtbot, window, "Add skill “Discovery”")
    undo(qtbot, window, "Add band “Product sense”")
    assert bands(ctx) == before
    qtbot.waitUntil(lambda: "Product sense" not in rows(view))


def test_move_keeps_order_and_undoes(
    qtbot: QtBot, known: dict[str, int], window: MainWindow, ctx: AppContext
) -> None:
    view = skills_view(window)
    before = bands(ctx)
    view.select("skill", known["sql"])
    view.action_up.trigger()
    band = bands(ctx)[0]
    assert [s.name for s in band.skills] == ["Python", "SQL", "Testing", "Docs"]
    qtbot.waitUntil(lambda: rows(view)[2] == "  SQL")
    assert view.presenter.selection == ("skill", known["sql"])  # selection follows the move
    view.select("band", known["lead"])
    view.action_up.trigger()
    assert [b.name for b in bands(ctx)] == ["Lead", "Craft"]
    undo(qtbot, window, "Reorder bands")
    undo(qtbot, window, "Reorder the skills of “Craft”")
    assert bands(ctx) == before


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

    for label in (view.rule_label, view.no_match, view.detail.hint_page):
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
    parts = [view.radar, view.detail.layers_chart, *labels]
    for label in labels:  # a wrapped text has the height it needs
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
    for i, a in enumerate(parts):
        for b in parts[i + 1 :]:
            assert not where(a).intersects(where(b)), (a.objectName(), b.objectName())
    # The charts have room to be read.
    assert view.radar.height() >= 140
    assert view.detail.layers_chart.height() >= 200
