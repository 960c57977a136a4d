"""Preferences › Levels, driven like a user: thresholds and tick rule, the framework in use,
Remove Framework…, refusals shown inline, and the page without a framework."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QSpinBox

from careerjournal.domain import TickRule
from careerjournal.services.framework_records import DEFAULT_THRESHOLDS
from careerjournal.ui.context import AppContext
from careerjournal.ui.preferences import PreferencesDialog

DATA = Path(__file__).resolve().parents[1] / "data" / "frameworks"
MONZO = Path(__file__).resolve().parents[2] / "src/careerjournal/resources/frameworks"


def open_levels(qtbot, ctx: AppContext) -> PreferencesDialog:
    """The real dialog, shown, on its Levels tab (chosen with the keyboard)."""
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setFocus()
    while dialog.tabs.currentWidget() is not dialog.levels:
        qtbot.keyClick(dialog.tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    return dialog


def click_ok(qtbot, dialog: PreferencesDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def type_value(qtbot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))


def choose_in_combo(qtbot, combo, text: str) -> None:
    """Arrow keys until `text` is the current item (as a user would)."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_thresholds_and_tick_rule_are_saved_with_ok(qtbot, ctx: AppContext) -> None:
    framework = ctx.journal.frameworks.import_file(DATA / "acme.yaml").framework
    dialog = open_levels(qtbot, ctx)
    page = dialog.levels
    assert page.framework.currentText() == "Acme Engineering"
    assert [s.value() for s in page.thresholds] == [20, 40, 60, 80]
    assert page.tick.currentText() == "Evidence linked and assessed “consistently”"
    assert "3 levels, 3 topics, 8 criteria" in page.about.text()

    type_value(qtbot, page.thresholds[0], 25)
    type_value(qtbot, page.thresholds[3], 90)
    choose_in_combo(qtbot, page.tick, "Assessed “consistently”")
    assert page.threshold_error.isHidden()
    click_ok(qtbot, dialog)

    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    settings = ctx.journal.frameworks.get(framework.id).settings
    assert settings.thresholds == pytest.approx((0.25, 0.4, 0.6, 0.9))
    assert settings.tick is TickRule.CONSISTENTLY


def test_ok_without_changes_writes_nothing(qtbot, ctx: AppContext) -> None:
    ctx.journal.frameworks.import_file(DATA / "acme.yaml")
    operations = ctx.journal.history.count()
    dialog = open_levels(qtbot, ctx)
    click_ok(qtbot, dialog)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert ctx.journal.history.count() == operations


def test_thresholds_that_do_not_rise_are_refused_inline(qtbot, ctx: AppContext) -> None:
    framework = ctx.journal.frameworks.import_file(DATA / "acme.yaml").framework
    dialog = open_levels(qtbot, ctx)
    page = dialog.levels
    type_value(qtbot, page.thresholds[1], 70)  # C from 70 %, but D from 60 %
    assert page.threshold_error.isVisible()
    assert page.threshold_error.text().startswith("Each threshold must be higher than the one")

    dialog.tabs.setCurrentIndex(0)
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page  # back where the problem is
    # The focus is on the threshold that is not above the one before.
    assert dialog.focusWidget() is page.thresholds[2]
    assert ctx.journal.frameworks.get(framework.id).settings.thresholds == DEFAULT_THRESHOLDS

    type_value(qtbot, page.thresholds[2], 75)  # 20, 70, 75, 80: rising again
    assert page.threshold_error.isHidden()
    click_ok(qtbot, dialog)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert ctx.journal.frameworks.get(framework.id).settings.thresholds == pytest.approx(
        (0.2, 0.7, 0.75, 0.8)
    )


def test_switching_the_framework_in_use_keeps_each_ones_settings(qtbot, ctx: AppContext) -> None:
    acme = ctx.journal.frameworks.import_file(DATA / "acme.yaml").framework
    generic = ctx.journal.frameworks.import_file(MONZO / "monzo-generic.md").framework
    dialog = open_levels(qtbot, ctx)
    page = dialog.levels
    type_value(qtbot, page.thresholds[0], 10)  # Acme's
    choose_in_combo(qtbot, page.framework, generic.name)
    assert [s.value() for s in page.thresholds] == [20, 40, 60, 80]  # the generic one's
    assert "6 levels" in page.about.text()
    choose_in_combo(qtbot, page.tick, "Evidence linked")
    click_ok(qtbot, dialog)

    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    active = ctx.journal.frameworks.active()
    assert active is not None
    assert active.id == generic.id
    assert active.settings.tick is TickRule.EVIDENCE
    assert ctx.journal.frameworks.get(acme.id).settings.thresholds[0] == pytest.approx(0.1)


def test_remove_framework_asks_then_removes_at_once(
    qtbot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    acme = ctx.journal.frameworks.import_file(DATA / "acme.yaml").framework
    asked: list[str] = []
    answer = {"button": "Cancel"}

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == answer["button"]]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialog = open_levels(qtbot, ctx)
    page = dialog.levels
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Remove “Acme Engineering” from this journal?"]
    assert [f.id for f in ctx.journal.frameworks.list()] == [acme.id]  # cancelled

    answer["button"] = "Remove"
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert ctx.journal.frameworks.list() == []
    assert not page.framework.isEnabled()
    assert not page.position_box.isEnabled()
    assert "No progression framework" in page.notice.text()
    click_ok(qtbot, dialog)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted

    ctx.journal.history.undo()  # Edit › Undo brings it back
    assert [f.name for f in ctx.journal.frameworks.list()] == ["Acme Engineering"]


def test_without_a_framework_the_page_says_where_to_get_one(qtbot, ctx: AppContext) -> None:
    dialog = open_levels(qtbot, ctx)
    page = dialog.levels
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Levels"
    assert "No progression framework in this journal yet" in page.notice.text()
    assert page.notice.isVisible()
    for widget in (page.framework, page.remove_button, page.position_box, page.tick_box):
        assert not widget.isEnabled()
    click_ok(qtbot, dialog)
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
