"""The Levels area in the main window: the rubric of the active framework, driven like a user.

The journal has the Acme framework (three levels, eight criteria), a current role whose level
label is "Engineer I" (so the current level is 1 and the next is 2, "Engineer II", with three
criteria) and a few entries, one of them already evidence for "Writes tests that catch real
bugs".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from careerjournal.domain import Demonstration
from careerjournal.services import EntryDraft
from careerjournal.services.records import RoleDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.levels.area import LevelsArea
from careerjournal.ui.levels.link_dialog import CriterionLinkDialog
from careerjournal.ui.levels.model import Column
from careerjournal.ui.levels.view import CURRENT_TAB, LevelsView
from careerjournal.ui.main_window import MainWindow

D = dt.date
ACME = Path(__file__).resolve().parents[1] / "data" / "frameworks" / "acme.yaml"
TESTS = "Writes tests that catch real bugs"
SHIPS = "Ships features end to end, from design to rollout"
EXAMPLES = ("Led the CSV export from ticket to release", "Wrote the rollout plan for search")
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


def add_entry(ctx: AppContext, title: str, day: D, result: str = "") -> int:
    draft = EntryDraft(title=title, occurred_on=day, measurable_result=result)
    return ctx.journal.entries.add(draft).id


def criterion_id(ctx: AppContext, text: str) -> int:
    return next(c.id for c in ctx.journal.rubric.criteria() if c.text == text)


@pytest.fixture
def acme(ctx: AppContext) -> AppContext:
    ctx.journal.frameworks.import_file(ACME)
    ctx.journal.roles.add(
        RoleDraft(title="Backend Engineer", start_date=D(2024, 1, 1), level="Engineer I")
    )
    add_entry(ctx, "Release plan for search", D(2026, 2, 3), "Rolled out to 100% in a week")
    add_entry(ctx, "CSV export shipped end to end", D(2026, 3, 10), "Used by 40 customers")
    tests = add_entry(ctx, "Regression tests for billing", D(2026, 4, 1))
    ctx.journal.rubric.link(tests, criterion_id(ctx, TESTS))
    return ctx


def open_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


@pytest.fixture
def window(qtbot: QtBot, acme: AppContext) -> Iterator[MainWindow]:
    w = open_window(qtbot, acme)
    qtbot.keyClick(w, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    yield w
    w.close()


def levels(window: MainWindow) -> LevelsView:
    area = window.view("levels")
    assert isinstance(area, LevelsArea)
    return area.view()


def texts(view: LevelsView) -> list[str]:
    return [s.criterion.text for s in view.model.states()]


def cell(view: LevelsView, row: int, column: Column) -> str:
    return str(view.model.index(row, column).data())


def click_row(qtbot: QtBot, view: LevelsView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, Column.CRITERION))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_text(qtbot: QtBot, view: LevelsView, text: str) -> None:
    click_row(qtbot, view, texts(view).index(text))
    state = view.current_state()
    assert state is not None
    assert state.criterion.text == text


def undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(window.action_undo.isEnabled)
    window.action_undo.trigger()


# -- the area in the window ---------------------------------------------------------------------


def test_ctrl_8_shows_the_levels_area_with_the_framework(window: MainWindow) -> None:
    assert [a.key for a in window.area_list()][-1] == "levels"
    titles = [window.nav_model.item(r).text() for r in range(window.nav_model.rowCount())]
    assert titles[7] == "Levels"
    assert window.current_area() == "levels"
    view = levels(window)
    assert view.isVisible()
    assert view.header.name_label.text() == "Acme Engineering"
    assert view.header.level_combo.currentText() == "From my role"
    assert view.header.position_label.text() == (
        "Level 1 — Engineer I · position A (0 of 2 criteria shown consistently)"
    )
    assert view.header.readiness_label.text() == (
        "Ready for level 2 (Engineer II): 0% — 0 of 3 criteria met"
    )
    how = view.header.readiness_how.text()
    assert "Evidence linked and assessed “consistently”" in how
    assert "below 20%" in view.header.position_how.text()
    assert not view.header.role_bar.isVisible()


def test_the_table_lists_the_next_levels_criteria_without_evidence_first(
    window: MainWindow,
) -> None:
    view = levels(window)
    assert view.tabs.tabText(0) == "Next level: Level 2 — Engineer II"
    assert texts(view)[-1] == TESTS
    assert set(texts(view)[:2]) == {
        SHIPS,
        "Writes clear design docs, see the guide (https://example.com/docs)",
    }
    last = len(texts(view)) - 1
    assert cell(view, 0, Column.EVIDENCE) == "None"
    assert cell(view, 0, Column.GAP) == "No evidence · Not assessed"
    assert cell(view, last, Column.EVIDENCE).startswith("1 · ")
    assert cell(view, last, Column.GAP) == "Not assessed"
    assert cell(view, last, Column.ASSESSMENT) == "Not assessed"
    topics = view.header.topics
    rows = [tuple(topics.item(r, c).text() for c in range(3)) for r in range(topics.rowCount())]
    assert rows == [
        ("Delivery", "0/1", "0%"),
        ("Communication", "0/1", "0%"),
        ("Craft", "0/1", "0%"),
    ]
    # The first row is selected and shown.
    assert view.detail.text_label.text() == texts(view)[0]


def test_the_current_level_tab_lists_its_criteria(qtbot: QtBot, window: MainWindow) -> None:
    view = levels(window)
    view.tabs.setFocus()
    qtbot.keyClick(view.tabs, Qt.Key.Key_Right)
    assert view.tabs.currentIndex() == CURRENT_TAB
    assert sorted(texts(view)) == ["Asks for help early", "Ships small changes with help"]


def test_consistently_in_the_pane_records_an_assessment_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = levels(window)
    select_text(qtbot, view, TESTS)
    qtbot.keyClicks(view.detail.note_edit, "Caught two refund bugs")
    button = view.detail.assess_buttons[Demonstration.CONSISTENTLY]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    cid = criterion_id(window.ctx, TESTS)
    state = window.ctx.journal.rubric.state(cid)
    assert state.latest is Demonstration.CONSISTENTLY
    assert state.assessments[-1].note == "Caught two refund bugs"
    assert state.met
    row = texts(view).index(TESTS)
    assert cell(view, row, Column.GAP) == "Met"
    assert cell(view, row, Column.ASSESSMENT).startswith("Consistently · ")
    assert view.header.readiness_label.text() == (
        "Ready for level 2 (Engineer II): 33% — 1 of 3 criteria met"
    )
    assert view.current_state().criterion.text == TESTS  # the selection stayed
    assert view.detail.note_edit.text() == ""
    lines = [
        w.text()
        for w in view.detail.findChildren(QLabel, "levels_assessment_line")
        if w.isVisible()
    ]
    assert len(lines) == 1
    assert lines[0].endswith(" · Consistently")
    assert "takes it back" in view.status_label.text()

    undo(qtbot, window)
    assert window.ctx.journal.rubric.state(cid).assessments == ()
    qtbot.waitUntil(lambda: cell(view, texts(view).index(TESTS), Column.GAP) == "Not assessed")
    assert view.header.readiness_label.text().endswith("0 of 3 criteria met")


def test_keys_assess_in_the_table_and_delete_takes_an_assessment_out(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = levels(window)
    select_text(qtbot, view, SHIPS)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_2)
    cid = criterion_id(window.ctx, SHIPS)
    assert window.ctx.journal.rubric.state(cid).latest is Demonstration.SOMETIMES
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert window.ctx.journal.rubric.state(cid).latest is Demonstration.NOT_YET
    assert cell(view, texts(view).index(SHIPS), Column.GAP) == "No evidence · Not yet consistent"

    # Newest first in the pane; "Delete" on it leaves the older one.
    deletes = [b for b in view.detail.findChildren(QPushButton, "levels_delete_assessment")]
    shown = [b for b in deletes if b.isVisible()]
    assert len(shown) == 2
    qtbot.mouseClick(shown[0], Qt.MouseButton.LeftButton)
    assert window.ctx.journal.rubric.state(cid).latest is Demonstration.SOMETIMES
    assert view.status_label.text().startswith("Assessment deleted.")

    # Enter goes into the pane (the note field), Esc comes back.
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.detail.note_edit
    qtbot.keyClick(view.detail.note_edit, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is view.table


def test_link_evidence_searches_links_and_unlink_takes_it_off(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = levels(window)
    select_text(qtbot, view, SHIPS)
    seen: dict[str, object] = {}

    def link_in_the_dialog() -> None:
        dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, CriterionLinkDialog) and w.isVisible()
        ]
        if not dialogs:
            QTimer.singleShot(20, link_in_the_dialog)
            return
        dialog = dialogs[0]
        seen["suggested"] = dialog.search_edit.text()
        seen["criterion"] = dialog.criterion_label.text()
        dialog.search_edit.clear()
        qtbot.keyClicks(dialog.search_edit, "csv export")
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, link_in_the_dialog)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    assert seen["criterion"] == SHIPS
    words = str(seen["suggested"]).split()
    assert 1 <= len(words) <= 3
    written = f"{SHIPS} {' '.join(EXAMPLES)}".casefold()
    assert all(word in written for word in words)
    cid = criterion_id(window.ctx, SHIPS)
    evidence = window.ctx.journal.rubric.state(cid).evidence
    assert [e.title for e in evidence] == ["CSV export shipped end to end"]
    assert cell(view, texts(view).index(SHIPS), Column.EVIDENCE).startswith("1 · ")
    titles = [
        w.text() for w in view.detail.findChildren(QLabel, "levels_evidence_title") if w.isVisible()
    ]
    assert titles == ["CSV export shipped end to end"]

    unlinks = [b for b in view.detail.findChildren(QPushButton, "levels_unlink") if b.isVisible()]
    qtbot.mouseClick(unlinks[0], Qt.MouseButton.LeftButton)
    assert window.ctx.journal.rubric.state(cid).evidence == ()
    assert cell(view, texts(view).index(SHIPS), Column.EVIDENCE) == "None"


def test_make_this_my_promotion_goal_makes_a_goal_of_the_next_level(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer_yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer_yes))
    view = levels(window)
    assert view.action_make_goal.isEnabled()
    view.action_make_goal.trigger()

    goals = window.ctx.journal.goals.list()
    assert [g.title for g in goals] == ["Reach level 2 — Engineer II"]
    assert len(goals[0].milestones) == 3
    assert "3 milestones" in asked[0]
    qtbot.waitUntil(lambda: window.current_area() == "goals")


def test_the_level_picker_treats_a_chosen_level_as_current(qtbot: QtBot, window: MainWindow):
    view = levels(window)
    combo = view.header.level_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Level 1 — Engineer I"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Level 2 — Engineer II"
    assert combo.currentText() == "Level 2 — Engineer II"
    assert view.header.position_label.text().startswith("Level 2 — Engineer II · position A")
    assert view.header.readiness_label.text().startswith("Ready for level 3 (Senior Engineer)")
    assert view.tabs.tabText(0) == "Next level: Level 3 — Senior Engineer"
    assert len(texts(view)) == 3
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the highest level: no next one
    assert view.header.readiness_label.text() == (
        "Level 3 — Senior Engineer is the highest level of this framework."
    )
    assert view.tabs.currentIndex() == CURRENT_TAB
    assert not view.action_make_goal.isEnabled()


def test_a_role_level_the_framework_does_not_name_is_asked_about(
    qtbot: QtBot, ctx: AppContext
) -> None:
    ctx.journal.frameworks.import_file(ACME)
    ctx.journal.roles.add(RoleDraft(title="Platform Lead", start_date=D(2024, 1, 1), level="L7"))
    window = open_window(qtbot, ctx)
    window.show_area("levels")
    view = levels(window)
    assert view.header.role_bar.isVisible()
    assert view.header.role_question.text() == "Which level is your role “Platform Lead (L7)”?"
    assert view.header.role_question.textFormat() == Qt.TextFormat.PlainText
    window.close()


# -- without a framework, and hostile text ------------------------------------------------------


def test_without_a_framework_the_area_explains_and_offers_two_ways_in(
    qtbot: QtBot, ctx: AppContext
) -> None:
    window = open_window(qtbot, ctx)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    view = levels(window)
    assert view.stack.currentWidget() is view.empty_page
    assert view.empty_page.isVisible()
    assert view.empty_page.start_button.text() == "Start From a &Published Framework…"
    assert view.empty_page.import_button.text() == "&Import a Framework File…"
    assert not view.action_make_goal.isEnabled()
    assert not view.action_link.isEnabled()
    window.close()


def test_criterion_text_with_markup_stays_literal(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "markup.yaml"
    path.write_text(
        "framework: Markup <i>Inc</i>\n"
        "levels:\n  - {level: 1, name: One}\n  - {level: 2, name: Two}\n"
        "topics:\n  - topic: Craft\n    criteria:\n"
        '      - {level: 1, criterion: "Uses <b>tags</b> & <img src=x>", examples: ["<u>x</u>"]}\n',
        encoding="utf-8",
    )
    ctx.journal.frameworks.import_file(path)
    window = open_window(qtbot, ctx)
    window.show_area("levels")
    view = levels(window)
    text = view.model.states()[0].criterion.text
    assert "<b>tags</b>" in text
    assert cell(view, 0, Column.CRITERION) == text
    assert view.detail.text_label.text() == text
    for label in (
        view.detail.text_label,
        view.detail.examples_label,
        view.detail.topic_label,
        view.header.name_label,
    ):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
    assert view.header.name_label.text() == "Markup <i>Inc</i>"
    assert "<u>x</u>" in view.detail.examples_label.text()
    window.close()


def test_alt_keys_of_the_area_reach_one_control_each(window: MainWindow) -> None:
    """Alt+letter inside Levels (its pane, header and empty page) never clashes with a menu."""
    view = levels(window)
    texts_with_keys = [action.text() for action in window.menuBar().actions()]
    texts_with_keys += [b.text() for b in view.findChildren(QPushButton)]
    texts_with_keys += [label.text() for label in view.findChildren(QLabel) if label.buddy()]
    keys = [
        text[text.index("&") + 1].lower()
        for text in texts_with_keys
        if "&" in text.replace("&&", "")
    ]
    assert len(keys) >= 10
    assert len(keys) == len(set(keys)), sorted(keys)
