"""The journal table model on real SQLite journals: columns, sorting, filters, changes, laziness."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import insert, text

from careerjournal.domain import Entry, EntryKind
from careerjournal.services import EntryDraft, EntryQuery, EntryRecord, Journal, RoleDraft
from careerjournal.store import search
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.journal.model import (
    BLOCK,
    FIRST_BATCH,
    Column,
    EntryRole,
    EntryTableModel,
    IdRole,
)

D = dt.date
DISPLAY = Qt.ItemDataRole.DisplayRole
BIG_ENTRIES = 100_000

# -- a small hand-built journal -----------------------------------------------------------------


def build_sample(journal: Journal) -> dict[str, int]:
    """Two roles and five entries with distinct values in every sortable column; ids by key."""
    journal.roles.add(RoleDraft("Developer", D(2020, 1, 1), end_date=D(2021, 12, 31)))
    journal.roles.add(RoleDraft("Architect", D(2022, 1, 1)))
    drafts = {
        "kube": EntryDraft(
            "Kubernetes migration",
            occurred_on=D(2023, 5, 10),
            kind=EntryKind.PROJECT,
            body="Moved forty services onto the cluster.\nSecond line of notes.",
            impact=4,
            measurable_result="Hosting costs down 30%",
            starred=True,
            tags=("k8s", "platform"),
        ),
        "rust": EntryDraft(
            "Learned Rust basics",
            occurred_on=D(2021, 3, 2),
            kind=EntryKind.LEARNING,
            impact=2,
            tags=("rust",),
        ),
        "promo": EntryDraft(
            "Promoted to Senior Engineer",
            occurred_on=D(2024, 1, 15),
            kind=EntryKind.PROMOTION,
            impact=5,
            tags=("career",),
        ),
        "feedback": EntryDraft(
            "Feedback from manager",
            occurred_on=D(2022, 7, 1),
            kind=EntryKind.FEEDBACK,
            body="Asked for more *ownership*.",
            impact=3,
            tags=("feedback", "platform"),
        ),
        "aws": EntryDraft(
            "AWS certification",
            occurred_on=D(2020, 11, 20),
            kind=EntryKind.CERTIFICATION,
            impact=3,
            starred=True,
            tags=("aws",),
        ),
    }
    return {key: journal.entries.add(d).id for key, d in drafts.items()}


def titles(model: EntryTableModel) -> list[str]:
    return [model.data(model.index(row, Column.TITLE), DISPLAY) for row in range(model.rowCount())]


def keys(model: EntryTableModel, ids: dict[str, int]) -> list[str]:
    by_id = {v: k for k, v in ids.items()}
    return [by_id[model.data(model.index(r, 0), IdRole)] for r in range(model.rowCount())]


class GetManySpy:
    """Records which ids the model asks records for, then asks the real service."""

    def __init__(self, journal: Journal, monkeypatch: pytest.MonkeyPatch):
        self.calls: list[list[int]] = []
        self._real = journal.entries.get_many
        monkeypatch.setattr(journal.entries, "get_many", self)

    def __call__(self, ids: list[int]) -> list[EntryRecord]:
        self.calls.append(list(ids))
        return self._real(ids)

    @property
    def fetched(self) -> list[int]:
        return [i for call in self.calls for i in call]


class Recorder:
    """Counts the model's structural signals."""

    def __init__(self, model: EntryTableModel):
        self.events: list[tuple[str, tuple[int, ...]]] = []

        def on(name: str) -> Callable[..., None]:
            def record(*args: object) -> None:
                rows = tuple(a for a in args if isinstance(a, int))
                if name == "dataChanged":
                    tl, br = args[0], args[1]
                    assert isinstance(tl, QModelIndex)
                    assert isinstance(br, QModelIndex)
                    rows = (tl.row(), br.row())
                self.events.append((name, rows))

            return record

        model.modelReset.connect(on("reset"))
        model.rowsInserted.connect(on("inserted"))
        model.rowsRemoved.connect(on("removed"))
        model.layoutChanged.connect(on("layout"))
        model.dataChanged.connect(on("dataChanged"))

    def names(self) -> list[str]:
        return [name for name, _ in self.events]

    def clear(self) -> None:
        self.events.clear()


@pytest.fixture
def sample(ctx: AppContext) -> dict[str, int]:
    return build_sample(ctx.journal)


@pytest.fixture
def model(ctx: AppContext, sample: dict[str, int]) -> Iterator[EntryTableModel]:
    m = EntryTableModel(ctx.journal, ctx.bridge)
    yield m
    m.deleteLater()


# -- contents -----------------------------------------------------------------------------------


def test_each_column_shows_its_field(model: EntryTableModel, sample: dict[str, int]) -> None:
    assert model.rowCount() == 5
    assert model.columnCount() == len(Column) == 6
    assert titles(model)[0] == "Promoted to Senior Engineer"  # newest first
    row = keys(model, sample).index("kube")

    def cell(column: Column, role: int = DISPLAY) -> object:
        return model.data(model.index(row, column), role)

    short = "10 May 2023"  # day, month name, year: never an ambiguous 10/05
    assert cell(Column.DATE) == short
    assert cell(Column.KIND) == "Project"
    assert cell(Column.TITLE) == "Kubernetes migration"
    assert cell(Column.TAGS) == "k8s, platform"
    assert cell(Column.IMPACT) == "●●●●○"
    assert cell(Column.ROLE) == "Architect"

    kind_icon = cell(Column.KIND, Qt.ItemDataRole.DecorationRole)
    assert isinstance(kind_icon, QIcon)
    assert not kind_icon.isNull()
    assert isinstance(cell(Column.TITLE, Qt.ItemDataRole.DecorationRole), QIcon)  # starred
    rust_row = keys(model, sample).index("rust")
    assert model.data(model.index(rust_row, Column.TITLE), Qt.ItemDataRole.DecorationRole) is None

    record = cell(Column.DATE, EntryRole)
    assert isinstance(record, EntryRecord)
    assert record.id == sample["kube"]
    assert cell(Column.ROLE, IdRole) == sample["kube"]
    assert model.entry_at(row) == record
    assert model.row_of(sample["kube"]) == row
    assert model.ids_at([row, 99, 0]) == [sample["kube"], sample["promo"]]

    alignment = Qt.AlignmentFlag(cell(Column.IMPACT, Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert cell(Column.IMPACT, Qt.ItemDataRole.ToolTipRole) == "Impact 4 of 5"
    tip = cell(Column.TITLE, Qt.ItemDataRole.ToolTipRole)
    assert tip == "<b>Kubernetes migration</b><br>Moved forty services onto the cluster."
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Date",
        "Kind",
        "Title",
        "Tags",
        "Impact",
        "Role",
    ]


def test_tooltips_escape_markup_in_the_users_text(ctx: AppContext) -> None:
    ctx.journal.entries.add(
        EntryDraft('<img src="file:///etc/hosts">Title', body="<b>not bold</b> & more")
    )
    m = EntryTableModel(ctx.journal)
    tip = m.data(m.index(0, Column.TITLE), Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip
    assert "&lt;img src=&quot;file:///etc/hosts&quot;&gt;Title" in tip
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; more" in tip


# -- sorting ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("column", "ascending"),
    [
        (Column.DATE, ["aws", "rust", "feedback", "kube", "promo"]),
        (
            Column.KIND,
            ["aws", "feedback", "rust", "kube", "promo"],
        ),  # certification < ... < promotion
        (Column.TITLE, ["aws", "feedback", "kube", "rust", "promo"]),
        (Column.IMPACT, ["rust", "aws", "feedback", "kube", "promo"]),  # tie 3: older first
        (Column.ROLE, ["feedback", "kube", "promo", "aws", "rust"]),  # Architect < Developer
    ],
)
def test_sorting_by_each_sortable_column(
    model: EntryTableModel, sample: dict[str, int], column: Column, ascending: list[str]
) -> None:
    model.sort(column, Qt.SortOrder.AscendingOrder)
    assert keys(model, sample) == ascending
    assert model.sort_column is column
    model.sort(column, Qt.SortOrder.DescendingOrder)
    assert keys(model, sample) == ascending[::-1]
    assert model.sort_order == Qt.SortOrder.DescendingOrder


def test_tags_column_keeps_the_current_order(
    model: EntryTableModel, sample: dict[str, int], qtbot: QtBot
) -> None:
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    before = keys(model, sample)
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(Column.TAGS, Qt.SortOrder.DescendingOrder)
    assert keys(model, sample) == before
    assert model.sort_column is Column.TITLE


# -- queries ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (EntryQuery(kinds=frozenset({EntryKind.PROJECT})), ["kube"]),
        (
            EntryQuery(kinds=frozenset({EntryKind.PROJECT, EntryKind.LEARNING})),
            ["kube", "rust"],
        ),
        (EntryQuery(tags=frozenset({"platform"})), ["kube", "feedback"]),
        (EntryQuery(date_from=D(2021, 1, 1), date_to=D(2022, 12, 31)), ["feedback", "rust"]),
        (EntryQuery(starred=True), ["kube", "aws"]),
        (EntryQuery(text="kube"), ["kube"]),  # word prefix through full-text search
        (EntryQuery(text="ownership"), ["feedback"]),  # the body is searched too
        (EntryQuery(text="nothing-like-this"), []),
    ],
)
def test_set_query_narrows(
    model: EntryTableModel,
    sample: dict[str, int],
    qtbot: QtBot,
    query: EntryQuery,
    expected: list[str],
) -> None:
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        model.set_query(query)
    assert keys(model, sample) == expected
    assert model.total() == len(expected)
    assert model.query == query


def test_trash_mode_lists_the_trash(ctx: AppContext, sample: dict[str, int]) -> None:
    ctx.journal.entries.trash([sample["rust"], sample["aws"]])
    live = EntryTableModel(ctx.journal, ctx.bridge)
    trash = EntryTableModel(ctx.journal, ctx.bridge)
    trash.set_query(EntryQuery(trashed=True))
    assert keys(trash, sample) == ["rust", "aws"]
    assert keys(live, sample) == ["promo", "kube", "feedback"]
    record = trash.entry_at(0)
    assert record is not None
    assert record.trashed

    ctx.journal.entries.restore([sample["rust"]])  # both follow the change
    assert keys(trash, sample) == ["aws"]
    assert keys(live, sample) == ["promo", "kube", "feedback", "rust"]


# -- following changes --------------------------------------------------------------------------


def test_added_entry_is_inserted_not_reset(
    ctx: AppContext,
    model: EntryTableModel,
    sample: dict[str, int],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    titles(model)  # every row cached
    spy = GetManySpy(ctx.journal, monkeypatch)
    events = Recorder(model)
    with qtbot.waitSignal(model.total_changed, timeout=1000) as total:
        new = ctx.journal.entries.add(EntryDraft("Gave a talk", occurred_on=D(2023, 1, 1)))
    assert total.args == [6]
    assert events.events == [("inserted", (2, 2))]  # between kube (2023-05) and feedback
    assert model.row_of(new.id) == 2
    assert titles(model)[2] == "Gave a talk"
    assert spy.fetched == [new.id]  # the other five stayed cached


def test_edit_refreshes_only_the_edited_row(
    ctx: AppContext, model: EntryTableModel, sample: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    titles(model)
    spy = GetManySpy(ctx.journal, monkeypatch)
    events = Recorder(model)
    row = model.row_of(sample["feedback"])
    before = ctx.journal.entries.get(sample["feedback"])
    ctx.journal.entries.update(
        before.id,
        dataclasses.replace(EntryDraft.from_record(before), title="Feedback: great"),
        expected_version=before.version,
    )
    assert events.events == [("dataChanged", (row, row))]
    assert spy.fetched == [sample["feedback"]]
    assert model.data(model.index(row, Column.TITLE), DISPLAY) == "Feedback: great"
    titles(model)
    assert spy.fetched == [sample["feedback"]]  # nothing else was fetched again


def test_edit_that_moves_an_entry_keeps_persistent_indexes(
    ctx: AppContext, model: EntryTableModel, sample: dict[str, int]
) -> None:
    events = Recorder(model)
    tracked = model.index(model.row_of(sample["aws"]), Column.TITLE)
    persistent = QPersistentModelIndex(tracked)
    before = ctx.journal.entries.get(sample["aws"])
    ctx.journal.entries.update(
        before.id,
        dataclasses.replace(EntryDraft.from_record(before), occurred_on=D(2025, 1, 1)),
        expected_version=before.version,
    )
    assert keys(model, sample)[0] == "aws"
    assert "reset" not in events.names()
    assert "layout" in events.names()
    assert persistent.row() == 0
    assert model.data(persistent, DISPLAY) == "AWS certification"


def test_trash_and_restore_remove_and_insert_rows(
    ctx: AppContext, model: EntryTableModel, sample: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    titles(model)
    spy = GetManySpy(ctx.journal, monkeypatch)
    events = Recorder(model)
    ctx.journal.entries.trash([sample["kube"], sample["feedback"]])  # rows 1 and 2: one run
    assert events.events == [("removed", (1, 2))]
    assert keys(model, sample) == ["promo", "rust", "aws"]
    events.clear()
    ctx.journal.entries.restore([sample["feedback"]])
    assert events.events == [("inserted", (1, 1))]
    assert keys(model, sample) == ["promo", "feedback", "rust", "aws"]
    titles(model)
    assert spy.fetched == [sample["feedback"]]  # only the restored entry was read again
    events.clear()
    ctx.journal.entries.purge([sample["rust"]])
    assert events.events == [("removed", (2, 2))]


def test_edit_out_of_the_query_removes_the_row(
    ctx: AppContext, model: EntryTableModel, sample: dict[str, int]
) -> None:
    model.set_query(EntryQuery(tags=frozenset({"platform"})))
    assert keys(model, sample) == ["kube", "feedback"]
    events = Recorder(model)
    before = ctx.journal.entries.get(sample["kube"])
    ctx.journal.entries.update(
        before.id,
        dataclasses.replace(EntryDraft.from_record(before), tags=("k8s",)),
        expected_version=before.version,
    )
    assert events.names() == ["removed"]
    assert keys(model, sample) == ["feedback"]


def test_role_rename_and_reload_refresh_every_row(
    ctx: AppContext, model: EntryTableModel, sample: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    titles(model)
    (role,) = [r for r in ctx.journal.roles.list() if r.title == "Developer"]
    ctx.journal.roles.update(
        role.id,
        RoleDraft("Software Developer", role.start_date, end_date=role.end_date),
        expected_version=ctx.journal.roles.get(role.id).version,
    )
    row = model.row_of(sample["rust"])
    assert model.data(model.index(row, Column.ROLE), DISPLAY) == "Software Developer"
    spy = GetManySpy(ctx.journal, monkeypatch)
    events = Recorder(model)
    ctx.journal.announce_reload()
    assert "dataChanged" in events.names()
    titles(model)
    assert sorted(spy.fetched) == sorted(sample.values())


# -- a journal of 100,000 entries ---------------------------------------------------------------


@pytest.fixture(scope="session")
def big_journal_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """100,000 entries over 40 years, bulk-inserted into a migrated journal (built once)."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    started = time.perf_counter()
    journal = Journal.open(path)
    kinds = list(EntryKind)
    first = D(1985, 1, 1)
    now = dt.datetime(2025, 1, 1)
    rows = [
        {
            "id": i,
            "occurred_on": first + dt.timedelta(days=(i * 14_600) // BIG_ENTRIES),
            "kind": kinds[i % len(kinds)],
            "title": f"Entry {i}: " + ("Kubernetes upgrade" if i % 1000 == 0 else "steady work"),
            "body": "A line of notes about the week.",
            "impact": 1 + i % 5,
            "measurable_result": "",
            "starred": i % 50 == 0,
            "created_at": now,
            "updated_at": now,
            "version": 1,
        }
        for i in range(1, BIG_ENTRIES + 1)
    ]
    with journal.store.write() as s:
        # Indexing row by row through the trigger triples the build time: fill the index in one
        # statement instead, and put the trigger back as it was, all in this one transaction.
        trigger = s.execute(
            text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :n"),
            {"n": "entry_fts_insert"},
        ).scalar_one()
        s.execute(text("DROP TRIGGER entry_fts_insert"))
        for start in range(0, len(rows), 20_000):
            s.execute(insert(Entry.__table__), rows[start : start + 20_000])
        search.rebuild(s)
        s.execute(text(trigger))
    journal.close()
    print(f"\nbuilt a {BIG_ENTRIES:,}-entry journal in {time.perf_counter() - started:.2f} s")
    return path


@pytest.fixture
def big_journal(big_journal_file: Path, tmp_path: Path) -> Iterator[Journal]:
    """A private copy of the big journal (tests may change it)."""
    copy = tmp_path / "big.sqlite3"
    shutil.copyfile(big_journal_file, copy)
    journal = Journal.open(copy)
    yield journal
    journal.close()


@pytest.mark.slow  # 100,000 entries
def test_big_journal_opens_lazily(
    big_journal: Journal, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Speed is measured in benchmarks; here: opening reads one block, not the journal.
    spy = GetManySpy(big_journal, monkeypatch)
    model = EntryTableModel(big_journal)
    first_title = model.data(model.index(0, Column.TITLE), DISPLAY)
    assert first_title == f"Entry {BIG_ENTRIES}: Kubernetes upgrade"
    assert model.total() == BIG_ENTRIES
    assert model.rowCount() == FIRST_BATCH
    assert model.canFetchMore(QModelIndex())
    assert spy.fetched == list(range(BIG_ENTRIES, BIG_ENTRIES - BLOCK, -1))  # one block only

    table = QTableView()
    qtbot.addWidget(table)
    table.resize(800, 600)
    table.setModel(model)
    table.show()
    qtbot.waitExposed(table)
    shown = model.rowCount()
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > shown, timeout=2000)
    assert model.rowCount() <= shown + 2 * FIRST_BATCH  # grows by batches, not all at once
    fetched_blocks = len(spy.calls)
    assert fetched_blocks <= 6  # only the blocks painted so far

    row = model.row_of(1)  # the oldest entry: the very last row
    assert row == BIG_ENTRIES - 1
    assert model.rowCount() == BIG_ENTRIES
    assert model.data(model.index(row, Column.TITLE), DISPLAY) == "Entry 1: steady work"
    assert model.data(model.index(row, Column.DATE), EntryRole).occurred_on == D(1985, 1, 1)


@pytest.mark.slow  # 100,000 entries
def test_big_journal_search_sort_and_change(big_journal: Journal, qtbot: QtBot) -> None:
    bridge = ChangeBridge(big_journal)
    model = EntryTableModel(big_journal, bridge)
    started = time.perf_counter()
    model.set_query(EntryQuery(text="kube"))
    searched = time.perf_counter() - started
    assert model.total() == BIG_ENTRIES // 1000
    started = time.perf_counter()
    model.sort(Column.TITLE, Qt.SortOrder.AscendingOrder)
    sorted_in = time.perf_counter() - started
    assert model.data(model.index(0, Column.TITLE), DISPLAY) == "Entry 100000: Kubernetes upgrade"

    model.set_query(EntryQuery())
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    events = Recorder(model)
    started = time.perf_counter()
    big_journal.entries.trash([BIG_ENTRIES - 1])
    trashed = time.perf_counter() - started
    assert events.events == [("removed", (1, 1))]
    assert model.total() == BIG_ENTRIES - 1
    events.clear()
    started = time.perf_counter()
    big_journal.entries.restore([BIG_ENTRIES - 1])
    restored = time.perf_counter() - started
    assert events.events == [("inserted", (1, 1))]
    print(
        f"\n{BIG_ENTRIES:,} entries: search {searched * 1000:.0f} ms, "
        f"sort by title {sorted_in * 1000:.0f} ms, trash one {trashed * 1000:.0f} ms, "
        f"restore one {restored * 1000:.0f} ms (service call and model update)"
    )
    bridge.detach()
