"""The Journal table's columns: the title gets the room, the user picks columns and widths, and
both are remembered in the app settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QHeaderView
from pytestqt.qtbot import QtBot
from test_journal_model import build_sample

from careerjournal.ui.context import AppContext
from careerjournal.ui.journal import JournalView
from careerjournal.ui.journal.model import Column
from careerjournal.ui.journal.view import column_key

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


@pytest.fixture
def sample(ctx: AppContext) -> dict[str, int]:
    return build_sample(ctx.journal)


def open_view(qtbot: QtBot, ctx: AppContext, width: int = 1000) -> JournalView:
    view = JournalView(ctx)
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, sample: dict[str, int]) -> Iterator[JournalView]:
    return open_view(qtbot, ctx)


def drag_section_edge(qtbot: QtBot, header: QHeaderView, column: Column, by: int) -> None:
    """Drag the right edge of a header section, as the user does."""
    edge = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    start = QPoint(edge, header.height() // 2)
    end = QPoint(edge + by, start.y())
    qtbot.mousePress(header.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(header.viewport(), end)
    qtbot.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, pos=end)


def test_role_is_hidden_by_default_and_the_title_takes_the_room(view: JournalView) -> None:
    header = view.table.horizontalHeader()
    assert not view.is_column_visible(Column.ROLE)
    assert header.isSectionHidden(Column.ROLE)
    assert header.sectionResizeMode(Column.TITLE) == QHeaderView.ResizeMode.Stretch
    shown = [c for c in Column if view.is_column_visible(c)]
    assert sum(header.sectionSize(c) for c in shown) == view.table.viewport().width()
    assert header.sectionSize(Column.TITLE) > header.sectionSize(Column.TAGS)


def test_header_menu_shows_and_hides_columns(qtbot: QtBot, view: JournalView) -> None:
    header = view.table.horizontalHeader()
    at = QPoint(10, header.height() // 2)
    right_click = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, at, header.viewport().mapToGlobal(at)
    )
    QApplication.sendEvent(header.viewport(), right_click)  # a right click on the header
    qtbot.waitUntil(view.column_menu.isVisible)
    actions = view.column_actions
    assert [a.text() for a in actions.values()] == [
        "Date",
        "Kind",
        "Title",
        "Tags",
        "Impact",
        "Role",
    ]
    assert not actions[Column.TITLE].isEnabled()  # the title always shows
    assert not actions[Column.ROLE].isChecked()
    actions[Column.ROLE].trigger()
    assert view.is_column_visible(Column.ROLE)
    assert header.sectionSize(Column.ROLE) > 0
    actions[Column.TAGS].trigger()
    assert not view.is_column_visible(Column.TAGS)
    view.column_menu.hide()


def test_columns_survive_a_restart(qtbot: QtBot, ctx: AppContext, sample: dict[str, int]) -> None:
    first = open_view(qtbot, ctx)
    header = first.table.horizontalHeader()
    first.column_actions[Column.ROLE].trigger()
    first.column_actions[Column.IMPACT].trigger()
    kind_width = header.sectionSize(Column.KIND)
    drag_section_edge(qtbot, header, Column.KIND, 40)
    assert header.sectionSize(Column.KIND) == kind_width + 40
    first.close()

    second = open_view(qtbot, ctx)
    again = second.table.horizontalHeader()
    assert second.is_column_visible(Column.ROLE)
    assert not second.is_column_visible(Column.IMPACT)
    assert again.sectionSize(Column.KIND) == kind_width + 40
    assert second.column_actions[Column.ROLE].isChecked()
    assert not second.column_actions[Column.IMPACT].isChecked()
    assert ctx.settings.value(column_key(Column.KIND, "width")) is not None

    second.action_reset_columns.trigger()
    assert not second.is_column_visible(Column.ROLE)
    assert second.is_column_visible(Column.IMPACT)
    assert again.sectionSize(Column.KIND) == kind_width
    assert ctx.settings.value(column_key(Column.KIND, "width")) is None


def test_a_chosen_width_is_kept_when_the_window_resizes(qtbot: QtBot, view: JournalView) -> None:
    header = view.table.horizontalHeader()
    drag_section_edge(qtbot, header, Column.TAGS, 30)
    chosen = header.sectionSize(Column.TAGS)
    view.resize(1300, 600)
    qtbot.wait(10)
    assert header.sectionSize(Column.TAGS) == chosen
    view.column_actions[Column.ROLE].trigger()
    qtbot.wait(10)
    assert header.sectionSize(Column.TAGS) == chosen  # fitting leaves the user's width alone


def test_narrow_table_shows_the_kind_as_an_icon_to_leave_room_for_the_title(
    qtbot: QtBot, ctx: AppContext, sample: dict[str, int]
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    wide = open_view(qtbot, ctx, 1400)
    full = wide.table.horizontalHeader().sectionSize(Column.KIND)
    narrow = open_view(qtbot, ctx, 760)
    header = narrow.table.horizontalHeader()
    assert header.sectionSize(Column.KIND) < full
    index = narrow.model.index(0, Column.KIND)
    option = QStyleOptionViewItem()
    option.initFrom(narrow.table)
    option.rect = narrow.table.visualRect(index)
    narrow.table.itemDelegateForColumn(Column.KIND).initStyleOption(option, index)
    assert option.text == ""  # the icon alone, the kind named on hover
    assert narrow.model.data(index, Qt.ItemDataRole.ToolTipRole) == "Promotion"
    assert header.sectionSize(Column.TITLE) > 2 * header.sectionSize(Column.TAGS)
    narrow.resize(1400, 600)
    qtbot.wait(10)
    assert header.sectionSize(Column.KIND) == full
