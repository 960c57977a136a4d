"""The Summary area grouped by theme: the Group by choice, the themes found in a worker, the
themes list (rename with F2 or a double-click, merge with Ctrl+M, reset), the
preview and the exports following, and the fallback to kinds without the model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QToolButton

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft
from careerjournal.services.summary import GroupBy
from careerjournal.ui.context import AppContext
from careerjournal.ui.summary.view import Preset, SummaryView

TODAY = dt.date(2026, 1, 10)
INFRA = (
    "Moved the payment services onto Kubernetes",
    "Upgraded the Kubernetes cluster to version 1.29",
    "Added autoscaling to the Kubernetes node pools",
    "Wrote Terraform modules for the Kubernetes clusters",
    "Cut Kubernetes deploy times with a container image cache",
)
PEOPLE = (
    "Mentored two junior engineers through their first year",
    "Interviewed candidates for the hiring loop",
    "Hired three engineers for the team",
    "Coached a new teammate through his first design review",
    "Wrote the onboarding guide for new hires",
)


@pytest.fixture
def entries(ctx: AppContext) -> None:
    add = ctx.journal.entries.add
    for i, title in enumerate(INFRA):
        add(EntryDraft(title, dt.date(2025, 2 + i, 3), EntryKind.PROJECT))
    for i, title in enumerate(PEOPLE):
        add(EntryDraft(title, dt.date(2025, 2 + i, 10), EntryKind.RESPONSIBILITY))


@pytest.fixture
def view(qtbot, ctx: AppContext, entries: None) -> SummaryView:
    v = SummaryView(ctx, today=lambda: TODAY)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    return v


def text(view: SummaryView) -> str:
    document = view.document()
    assert document is not None
    return document.toPlainText()


def theme_names(view: SummaryView) -> list[str]:
    model = view.theme_model
    return [model.item(row).text() for row in range(model.rowCount())]


def choose_theme(qtbot, view: SummaryView) -> None:
    """Pick "Theme" in the Group by box with the keyboard, as a user would."""
    view.group_by.setFocus()
    qtbot.keyClick(view.group_by, Qt.Key.Key_Down)
    assert view.grouping() is GroupBy.THEME


def wait_for_themes(qtbot, view: SummaryView) -> None:
    def shown() -> bool:
        s = view.summary
        return (
            not view.theme_finder.running()
            and s is not None
            and s.options.group_by is GroupBy.THEME
            and not view._rebuild_timer.isActive()
        )

    qtbot.waitUntil(shown, timeout=60_000)


def click_row(qtbot, view: SummaryView, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.theme_list.visualRect(view.theme_model.index(row, 0))
    qtbot.mouseClick(view.theme_list.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def type_into_editor(qtbot, view: SummaryView, name: str) -> None:
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert view.theme_list.isAncestorOf(editor)
    editor.selectAll()
    qtbot.keyClicks(editor, name)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The list commits the name as soon as it gets back to its events: then it rebuilds soon.
    editing = QAbstractItemView.State.EditingState
    qtbot.waitUntil(lambda: view.theme_list.state() != editing)
    assert view._rebuild_timer.isActive()


def test_group_by_theme_rename_and_merge(qtbot, view: SummaryView, tmp_path: Path) -> None:
    view.rebuild()
    assert "Projects (5)" in text(view)
    assert not view.themes_box.isVisible()

    choose_theme(qtbot, view)
    assert view.themes_box.isVisible()
    wait_for_themes(qtbot, view)
    found = theme_names(view)
    assert len(found) == 2, found
    for name in found:
        assert f"{name} (5)" in text(view)
    assert "Projects (5)" not in text(view)
    assert "F2" in view.theme_note.text()

    # F2 on the first theme: edit its name in place.
    click_row(qtbot, view, 0)
    qtbot.keyClick(view.theme_list, Qt.Key.Key_F2)
    type_into_editor(qtbot, view, "Platform <work>")
    wait_for_themes(qtbot, view)
    assert theme_names(view) == ["Platform <work>", found[1]]
    assert "Platform <work> (5)" in text(view)
    assert found[0] not in text(view).split("\n")
    markdown = view.export_text("md", str(tmp_path / "summary.md"))
    assert markdown is not None
    assert "### Platform \\<work\\> (5)" in markdown.read_text(encoding="utf-8")

    # A double-click renames too.
    # (A double-click is a click and then a second press, as the window system sends it.)
    click_row(qtbot, view, 1)
    rect = view.theme_list.visualRect(view.theme_model.index(1, 0))
    qtbot.mouseDClick(view.theme_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    type_into_editor(qtbot, view, "Growing the team")
    wait_for_themes(qtbot, view)
    assert theme_names(view) == ["Platform <work>", "Growing the team"]
    assert "Growing the team (5)" in text(view)

    # The names are remembered for the period: away and back, they are still there.
    view.set_preset(Preset.THIS_YEAR)
    view.rebuild()
    view.set_preset(Preset.LAST_12)
    view.rebuild()
    wait_for_themes(qtbot, view)
    assert theme_names(view) == ["Platform <work>", "Growing the team"]

    # Select both and press Ctrl+M: one theme, named as the first.
    click_row(qtbot, view, 0)
    assert not view.action_merge_themes.isEnabled()
    click_row(qtbot, view, 1, Qt.KeyboardModifier.ControlModifier)
    assert view.action_merge_themes.isEnabled()
    qtbot.keyClick(view.theme_list, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    wait_for_themes(qtbot, view)
    assert theme_names(view) == ["Platform <work>"]
    assert "Platform <work> (10)" in text(view)
    assert "Growing the team" not in text(view)

    # Reset: the themes as found again.
    reset = next(
        b
        for b in view.themes_box.findChildren(QToolButton)
        if b.defaultAction() is view.action_reset_themes
    )
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    wait_for_themes(qtbot, view)
    assert theme_names(view) == found

    # Back to kinds: the themes box goes, the kinds come back.
    view.group_by.setFocus()
    qtbot.keyClick(view.group_by, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: "Projects (5)" in text(view))
    assert not view.themes_box.isVisible()


def test_without_the_model_the_summary_stays_by_kind_and_says_why(
    qtbot, view: SummaryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerjournal.services.meaning import model

    monkeypatch.setattr(model, "available", lambda: False)
    choose_theme(qtbot, view)
    wait_for_themes(qtbot, view)
    assert not view.theme_finder.running()
    assert "Projects (5)" in text(view)
    assert view.theme_note.text() == (
        "Grouped by kind: themes need the meaning extra: pip install 'careerjournal[meaning]'"
    )
    assert view.theme_model.rowCount() == 0
    assert not view.action_rename_theme.isEnabled()


def test_the_theme_list_offers_its_actions_in_a_context_menu(
    qtbot, view: SummaryView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerjournal.services.meaning import model

    monkeypatch.setattr(model, "available", lambda: False)
    choose_theme(qtbot, view)
    actions = view.theme_list.actions()
    assert [a.objectName() for a in actions] == [
        "action_rename_theme",
        "action_merge_themes",
        "action_reset_themes",
    ]
    assert view.action_rename_theme.shortcut().toString() == "F2"
    assert view.action_merge_themes.shortcut().toString() == "Ctrl+M"
    assert view.theme_list.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_closing_the_area_while_themes_are_found(qtbot, ctx: AppContext, entries: None) -> None:
    view = SummaryView(ctx, today=lambda: TODAY)
    view.show()
    choose_theme(qtbot, view)
    view.rebuild()
    assert view.theme_finder.running()
    assert view.theme_note.text() == "Finding the themes of the period…"
    finder = view.theme_finder
    view.deleteLater()
    qtbot.waitUntil(lambda: not finder.running())
    QApplication.processEvents()  # the search's result arrives for no one: dropped
