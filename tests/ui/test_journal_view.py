"""The Journal view on a real journal: filters, search, trash with undo, the reading pane."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from test_journal_model import build_sample

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft, EntryQuery, LinkRecord
from careerjournal.services.operations import OpCode
from careerjournal.ui import markdown
from careerjournal.ui.context import AppContext
from careerjournal.ui.history.labels import describe
from careerjournal.ui.journal import JournalView
from careerjournal.ui.journal.filters import Period
from careerjournal.ui.journal.model import Column
from careerjournal.ui.journal.view import SPLITTER_KEY

D = dt.date
# Shown as a top-level window, the view's minimum size changes; offscreen Qt warns about it.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")
# A valid 1x1 PNG: if Qt ever loaded it, the document would hold a 1x1 image, not the tile.
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


@pytest.fixture
def sample(ctx: AppContext) -> dict[str, int]:
    return build_sample(ctx.journal)


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, sample: dict[str, int]) -> Iterator[JournalView]:
    v = JournalView(ctx)
    qtbot.addWidget(v)
    v.filter_bar.debounce_ms = 0
    v.resize(1200, 700)
    v.show()
    qtbot.waitExposed(v)
    return v


def titles(view: JournalView) -> list[str]:
    m = view.model
    return [m.data(m.index(r, Column.TITLE)) for r in range(m.rowCount())]


def row_center(view: JournalView, row: int, column: Column = Column.TITLE) -> QPoint:
    return view.table.visualRect(view.model.index(row, column)).center()


def click_row(qtbot: QtBot, view: JournalView, row: int) -> None:
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=row_center(view, row))


# -- layout and basics --------------------------------------------------------------------------


def test_table_setup(view: JournalView) -> None:
    table = view.table
    assert view.objectName() == "journal_view"
    assert table.objectName() == "journal_table"
    assert view.findChild(QWidget, "journal_table") is table
    assert table.isSortingEnabled()
    assert not table.showGrid()
    assert not table.verticalHeader().isVisible()
    assert table.alternatingRowColors()
    header = table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.DATE
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert header.sectionSize(Column.TITLE) > header.sectionSize(Column.DATE)
    assert 22 <= table.verticalHeader().defaultSectionSize() <= 40
    assert view.entry_count() == 5
    assert titles(view)[0] == "Promoted to Senior Engineer"


def test_header_click_sorts_but_not_by_tags(qtbot: QtBot, view: JournalView) -> None:
    header = view.table.horizontalHeader()
    view.table.sortByColumn(Column.TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(view)[0] == "AWS certification"
    x = header.sectionViewportPosition(Column.TAGS) + header.sectionSize(Column.TAGS) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert titles(view)[0] == "AWS certification"
    assert header.sortIndicatorSection() == Column.TITLE


# -- search and filters -------------------------------------------------------------------------


def test_search_narrows_the_table(qtbot: QtBot, ctx: AppContext, view: JournalView) -> None:
    with qtbot.waitSignal(view.entry_count_changed, timeout=1000) as counted:
        view.set_search_text("kube")
    qtbot.waitUntil(lambda: titles(view) == ["Kubernetes migration"], timeout=1000)
    assert counted.args == [1]
    assert counted.args == [ctx.journal.entries.count(view.query())]
    view.set_search_text("")
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=1000)


def test_search_text_is_debounced(qtbot: QtBot, view: JournalView) -> None:
    bar = view.filter_bar
    bar.debounce_ms = 40
    seen: list[EntryQuery] = []
    bar.query_changed.connect(seen.append)
    for text in ("k", "ku", "kub", "kube"):
        view.set_search_text(text)
    assert seen == []  # nothing queried while typing
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=1000)
    assert seen[0].text == "kube"
    qtbot.wait(80)
    assert len(seen) == 1


def test_kind_tag_period_and_starred_filters(qtbot: QtBot, view: JournalView) -> None:
    bar = view.filter_bar
    bar._kind_actions[EntryKind.PROJECT].trigger()  # the kind menu's checkable action
    assert titles(view) == ["Kubernetes migration"]
    assert bar.kind_button.text() == "Project"
    bar._kind_actions[EntryKind.LEARNING].trigger()
    assert titles(view) == ["Kubernetes migration", "Learned Rust basics"]
    assert bar.kind_button.text() == "2 kinds"
    bar.set_kinds(None)
    assert view.model.rowCount() == 5

    line = bar.tag_combo.lineEdit()
    line.setFocus()
    assert "platform" in bar.tag_names()
    qtbot.keyClicks(line, "Platform")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert titles(view) == ["Kubernetes migration", "Feedback from manager"]
    line.clear()  # the clear button empties the field: the filter goes at once
    assert view.model.rowCount() == 5

    bar.set_period(Period.CUSTOM, D(2021, 1, 1), D(2022, 12, 31))
    assert bar.custom_range.isVisible()
    assert titles(view) == ["Feedback from manager", "Learned Rust basics"]
    bar.to_edit.setDate(D(2021, 12, 31))  # editing a date applies it
    assert titles(view) == ["Learned Rust basics"]
    bar.set_period(Period.ANY)
    assert not bar.custom_range.isVisible()

    qtbot.mouseClick(bar.starred_button, Qt.MouseButton.LeftButton)
    assert titles(view) == ["Kubernetes migration", "AWS certification"]
    bar.set_period(Period.CUSTOM, D(2020, 1, 1), D(2024, 12, 31))
    assert bar.clear_button.isEnabled()
    seen: list[EntryQuery] = []
    bar.query_changed.connect(seen.append)
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert seen == [EntryQuery()]  # one query for the whole reset
    assert view.model.rowCount() == 5
    assert not bar.starred_button.isChecked()
    assert not bar.custom_range.isVisible()
    assert bar.period() is Period.ANY
    assert not bar.clear_button.isEnabled()


def test_period_presets(ctx: AppContext, view: JournalView) -> None:
    today = dt.date.today()
    for title, day in (
        ("Three days ago", today - dt.timedelta(days=3)),
        ("Forty days ago", today - dt.timedelta(days=40)),
        ("Four hundred days ago", today - dt.timedelta(days=400)),
        ("New year", dt.date(today.year, 1, 1)),
        ("Old year", dt.date(today.year - 1, 12, 31)),
    ):
        ctx.journal.entries.add(EntryDraft(title, occurred_on=day))
    bar = view.filter_bar
    bar.set_period(Period.LAST_30_DAYS)
    assert "Three days ago" in titles(view)
    assert "Forty days ago" not in titles(view)
    bar.set_period(Period.LAST_12_MONTHS)
    assert {"Three days ago", "Forty days ago"} <= set(titles(view))
    assert "Four hundred days ago" not in titles(view)
    bar.set_period(Period.THIS_YEAR)
    assert "New year" in titles(view)
    assert "Old year" not in titles(view)
    bar.set_period(Period.ANY)
    assert view.model.rowCount() == 10


def test_selection_survives_a_filter_change(
    qtbot: QtBot, view: JournalView, sample: dict[str, int]
) -> None:
    assert view.select_entry(sample["kube"])
    view.filter_bar.set_tag("platform")
    assert view.selected_ids() == [sample["kube"]]
    assert view.detail.title_label.text() == "Kubernetes migration"
    view.filter_bar.set_kinds({EntryKind.FEEDBACK})  # the selected entry drops out
    assert view.selected_ids() == []
    assert view.detail.is_empty()


def test_empty_filter_state(qtbot: QtBot, view: JournalView) -> None:
    assert view.table_stack.currentWidget() is view.table
    view.set_search_text("no-such-words")
    qtbot.waitUntil(lambda: view.table_stack.currentWidget() is view.empty_state, timeout=1000)
    assert view.empty_title.text() == "No entries match these filters"
    assert view.empty_clear.isVisible()
    with qtbot.waitSignal(view.search_cleared, timeout=1000):
        qtbot.mouseClick(view.empty_clear, Qt.MouseButton.LeftButton)
    assert view.table_stack.currentWidget() is view.table
    assert view.model.rowCount() == 5

    view.filter_bar.set_trash_mode(True)  # no filter, empty trash: another message
    assert view.table_stack.currentWidget() is view.empty_state
    assert view.empty_title.text() == "The trash is empty"
    assert not view.empty_clear.isVisible()


# -- trash, restore, undo -----------------------------------------------------------------------


def test_delete_key_trashes_and_undo_redo(
    qtbot: QtBot, ctx: AppContext, view: JournalView, sample: dict[str, int]
) -> None:
    click_row(qtbot, view, 1)
    assert view.selected_ids() == [sample["kube"]]
    before = ctx.journal.entries.get(sample["kube"])
    logged = len(ctx.journal.history.list())
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Kubernetes migration" not in titles(view)
    assert ctx.journal.entries.get(sample["kube"]).trashed
    assert len(ctx.journal.history.list()) == logged + 1
    assert view.selected_ids() == [sample["feedback"]]  # the next row took its place
    assert view.entry_count() == 4

    ctx.history.undo()
    assert titles(view)[1] == "Kubernetes migration"
    assert ctx.journal.entries.get(sample["kube"]) == before
    ctx.history.redo()
    assert "Kubernetes migration" not in titles(view)
    assert ctx.journal.entries.get(sample["kube"]).trashed


def test_trash_several_from_the_detail_and_menu_paths(
    qtbot: QtBot, ctx: AppContext, view: JournalView, sample: dict[str, int]
) -> None:
    click_row(qtbot, view, 0)
    qtbot.mouseClick(
        view.table.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        row_center(view, 2),
    )
    assert view.selected_ids() == [sample["promo"], sample["kube"], sample["feedback"]]
    assert view.detail.empty_label.text() == "3 entries selected"
    logged = len(ctx.journal.history.list())
    view.trash_selected()
    assert titles(view) == ["Learned Rust basics", "AWS certification"]
    newest = ctx.journal.history.next_undo()
    assert newest is not None
    assert (newest.code, newest.count) == (OpCode.ENTRIES_TRASH, 3)  # one operation for three
    assert describe(newest) == "Delete 3 entries"

    view.select_entry(sample["aws"])
    qtbot.mouseClick(view.detail.trash_button, Qt.MouseButton.LeftButton)
    assert titles(view) == ["Learned Rust basics"]
    assert len(ctx.journal.history.list()) == logged + 2


def test_trash_mode_and_restore(
    qtbot: QtBot, ctx: AppContext, view: JournalView, sample: dict[str, int]
) -> None:
    ctx.journal.entries.trash([sample["rust"], sample["aws"]])
    assert view.entry_count() == 3
    view.filter_bar.set_trash_mode(True)
    assert titles(view) == ["Learned Rust basics", "AWS certification"]
    assert view.in_trash_mode()

    click_row(qtbot, view, 0)
    assert view.detail.restore_button.isVisible()
    assert not view.detail.trash_button.isVisible()
    assert not view.detail.edit_button.isVisible()
    assert "In the trash since" in view.detail.trashed_label.text()
    view.table.setFocus()
    newest = ctx.journal.history.next_undo()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # no effect in the trash
    assert ctx.journal.history.next_undo() == newest
    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert titles(view) == ["AWS certification"]
    assert not ctx.journal.entries.get(sample["rust"]).trashed

    view.select_entry(sample["aws"])
    qtbot.mouseClick(view.detail.restore_button, Qt.MouseButton.LeftButton)
    assert view.empty_title.text() == "The trash is empty"
    assert view.table_stack.currentWidget() is view.empty_state

    ctx.history.undo()  # back into the trash
    assert titles(view) == ["AWS certification"]
    assert ctx.journal.entries.get(sample["aws"]).trashed
    view.filter_bar.set_trash_mode(False)
    assert view.entry_count() == 4


# -- the reading pane ---------------------------------------------------------------------------


def test_detail_shows_the_selected_entry(
    qtbot: QtBot, view: JournalView, sample: dict[str, int]
) -> None:
    detail = view.detail
    assert detail.is_empty()
    assert detail.empty_label.text() == "Select an entry to read it here"
    with qtbot.waitSignal(view.selection_changed, timeout=1000):
        click_row(qtbot, view, 1)
    assert detail.title_label.text() == "Kubernetes migration"
    assert detail.kind_label.text() == "Project"
    assert detail.impact_label.toolTip() == "Impact 4 of 5"
    assert detail.role_label.text() == "Architect"
    assert detail.result_label.text() == "Hosting costs down 30%"
    assert detail.result_frame.isVisible()
    assert "Moved forty services onto the cluster." in detail.body.toPlainText()
    chips = [c.text() for c in detail.tags_box.findChildren(QLabel, "tag_chip")]
    assert sorted(chips) == ["k8s", "platform"]

    click_row(qtbot, view, 0)
    assert detail.title_label.text() == "Promoted to Senior Engineer"
    assert not detail.result_frame.isVisible()
    shown = [c.text() for c in detail.tags_box.findChildren(QLabel, "tag_chip") if not c.isHidden()]
    assert shown == ["career"]  # the previous entry's chips are gone at once
    view.table.clearSelection()
    assert detail.is_empty()


def test_detail_follows_an_edit_of_the_shown_entry(
    ctx: AppContext, view: JournalView, sample: dict[str, int]
) -> None:
    view.select_entry(sample["feedback"])
    before = ctx.journal.entries.get(sample["feedback"])
    draft = EntryDraft.from_record(before)
    ctx.journal.entries.update(
        before.id,
        EntryDraft(
            title="Feedback: more ownership",
            occurred_on=draft.occurred_on,
            kind=draft.kind,
            body="Now with **new** notes.",
        ),
        expected_version=before.version,
    )
    assert view.detail.title_label.text() == "Feedback: more ownership"
    assert "Now with new notes." in view.detail.body.toPlainText()


def test_user_text_is_never_markup_in_labels(ctx: AppContext, view: JournalView) -> None:
    entry = ctx.journal.entries.add(
        EntryDraft('<img src="file:///etc/hosts"><b>Bold?</b>', tags=("<i>tag</i>",))
    )
    view.select_entry(entry.id)
    assert view.detail.title_label.textFormat() == Qt.TextFormat.PlainText
    assert view.detail.title_label.text() == '<img src="file:///etc/hosts"><b>Bold?</b>'
    chip = view.detail.tags_box.findChild(QLabel, "tag_chip")
    assert chip is not None
    assert chip.textFormat() == Qt.TextFormat.PlainText


def test_markdown_loads_no_image(
    qtbot: QtBot, ctx: AppContext, view: JournalView, tmp_path: Path
) -> None:
    image_file = tmp_path / "local.png"
    image = QImage(5, 7, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(image_file))
    data_url = "data:image/png;base64," + base64.b64encode(PNG_1X1).decode()
    body = (
        f"Local ![local]({image_file.as_uri()})\n\n"
        "Remote ![remote](http://example.invalid/track.png)\n\n"
        f"Inline ![inline]({data_url})\n\n"
        "Relative ![relative](local.png)\n"
    )
    entry = ctx.journal.entries.add(EntryDraft("Pictures", body=body))
    assert view.select_entry(entry.id)
    browser = view.detail.body
    document = browser.safe_document
    document.size()  # lay the document out: that is when images are asked for
    qtbot.waitUntil(lambda: len(document.blocked) >= 4, timeout=1000)
    schemes = sorted(url.scheme() for url in document.blocked)
    assert schemes == ["", "data", "file", "http"]
    for url in document.blocked:
        resource = document.resource(QTextDocument.ResourceType.ImageResource.value, url)
        assert isinstance(resource, QImage)
        assert resource.size().width() == 24  # the "blocked" tile, not the picture
        assert resource.size().height() == 24


class FakeDesktop:
    def __init__(self) -> None:
        self.opened: list[QUrl] = []

    def openUrl(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


def _anchor_point(document: QTextDocument, browser: markdown.SafeMarkdownView) -> QPoint:
    """The viewport position of the first link in the document."""
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isAnchor():
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError("no link in the document")


def test_link_click_asks_first_and_refusal_opens_nothing(
    qtbot: QtBot, ctx: AppContext, view: JournalView, monkeypatch: pytest.MonkeyPatch
) -> None:
    desktop = FakeDesktop()
    monkeypatch.setattr(markdown, "QDesktopServices", desktop)
    entry = ctx.journal.entries.add(
        EntryDraft(
            "Talk",
            body="See [the recording](https://example.org/talk) for details.",
            links=(LinkRecord("https://example.org/slides", "Slides"),),
        )
    )
    view.select_entry(entry.id)
    browser = view.detail.body
    asked: list[QUrl] = []

    def refuse(url: QUrl) -> bool:
        asked.append(url)
        return False

    browser.confirm = refuse
    point = _anchor_point(browser.document(), browser)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert [u.toString() for u in asked] == ["https://example.org/talk"]
    assert desktop.opened == []

    # Evidence links go through the same question.
    assert "Slides" in view.detail.links_label.text()
    view.detail.links_label.linkActivated.emit("https://example.org/slides")
    assert [u.toString() for u in asked][-1] == "https://example.org/slides"
    assert desktop.opened == []

    browser.confirm = lambda url: True  # agreeing does open it
    view.detail.links_label.linkActivated.emit("https://example.org/slides")
    assert [u.toString() for u in desktop.opened] == ["https://example.org/slides"]


# -- signals ------------------------------------------------------------------------------------


def test_edit_requested_by_double_click_enter_and_button(
    qtbot: QtBot, view: JournalView, sample: dict[str, int]
) -> None:
    viewport = view.table.viewport()
    with qtbot.waitSignal(view.edit_requested, timeout=1000) as edited:
        # A real double click: the first press and release, then the second press as a double.
        click_row(qtbot, view, 3)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=row_center(view, 3))
    assert edited.args == [sample["rust"]]

    view.select_entry(sample["aws"])
    view.table.setFocus()
    with qtbot.waitSignal(view.edit_requested, timeout=1000) as edited:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert edited.args == [sample["aws"]]

    with qtbot.waitSignal(view.edit_requested, timeout=1000) as edited:
        qtbot.mouseClick(view.detail.edit_button, Qt.MouseButton.LeftButton)
    assert edited.args == [sample["aws"]]


def test_select_entry(view: JournalView, sample: dict[str, int]) -> None:
    assert view.select_entry(sample["feedback"])
    assert view.selected_ids() == [sample["feedback"]]
    assert view.table.currentIndex().row() == 2
    view.filter_bar.set_kinds({EntryKind.PROJECT})
    assert not view.select_entry(sample["feedback"])


def test_splitter_sizes_are_kept(qtbot: QtBot, ctx: AppContext, view: JournalView) -> None:
    view.splitter.moveSplitter(600, 1)
    saved = ctx.settings.value(SPLITTER_KEY)
    assert saved is not None
    sizes = [int(s) for s in saved]  # type: ignore[union-attr]
    assert sizes[0] == 600
    again = JournalView(ctx)
    qtbot.addWidget(again)
    again.resize(view.size())
    again.show()
    qtbot.waitExposed(again)
    assert again.splitter.sizes() == view.splitter.sizes()


# -- issue 14 G: captions and quotes ---------------------------------------------------------


def test_captions_are_secondary_text_not_disabled(view: JournalView) -> None:
    from PySide6.QtGui import QPalette

    view.filter_bar.debounce_ms = 0
    view.filter_bar.set_text("nothing matches this")
    hint = view.empty_hint
    assert view.table_stack.currentWidget() is view.empty_state
    assert hint.isEnabled()
    assert hint.foregroundRole() == QPalette.ColorRole.PlaceholderText
    label = view.detail.empty_label
    assert label.isEnabled()
    assert label.foregroundRole() == QPalette.ColorRole.PlaceholderText


def test_quotes_in_the_body_are_indented_a_little(ctx: AppContext, view: JournalView) -> None:
    from PySide6.QtGui import QTextFormat

    entry = ctx.journal.entries.add(
        EntryDraft("Praise", body="Context first.\n\n> You made a stressful week feel calm.\n")
    )
    assert view.select_entry(entry.id)
    document = view.detail.body.document()
    quotes = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel):
            quotes.append(block.blockFormat())
        block = block.next()
    assert quotes
    assert all(q.leftMargin() <= 16 and q.rightMargin() == 0 for q in quotes)
