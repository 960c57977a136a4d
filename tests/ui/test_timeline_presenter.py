"""The timeline's presenter on a real journal, without widgets: data, ranges, selection, facts."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.services import EntryDraft, EntryQuery, Journal, RoleDraft
from careerjournal.services.timeline import LANE_KINDS
from careerjournal.ui.timeline import presenter as presenter_module
from careerjournal.ui.timeline.presenter import TimelinePresenter, stepped, years_before

D = dt.date


@pytest.fixture
def presenter(sqlite_journal: Journal) -> TimelinePresenter:
    j = sqlite_journal
    j.roles.add(RoleDraft("Engineer", D(2019, 1, 1), end_date=D(2020, 12, 31), function="Backend"))
    j.roles.add(
        RoleDraft(
            "Senior Engineer", D(2021, 1, 1), function="Backend", move_kind=MoveKind.PROMOTION
        )
    )
    j.entries.add(EntryDraft("Kubernetes", occurred_on=D(2019, 3, 4), kind=EntryKind.SKILL))
    j.entries.add(
        EntryDraft("Search page", occurred_on=D(2020, 9, 20), kind=EntryKind.PROJECT, impact=4)
    )
    j.entries.add(EntryDraft("Terraform", occurred_on=D(2021, 8, 30), kind=EntryKind.SKILL))
    j.entries.add(EntryDraft("Promoted", occurred_on=D(2021, 1, 1), kind=EntryKind.PROMOTION))
    shown = TimelinePresenter(j)
    assert not shown.load()  # nothing drawn before: the zoom starts at "all"
    return shown


def test_the_presenter_is_qt_free() -> None:
    tree = ast.parse(Path(presenter_module.__file__).read_text(encoding="utf-8"))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not [name for name in imported if "PySide6" in name or "pyqtgraph" in name]


def test_lanes_promotions_and_role_changes(presenter: TimelinePresenter) -> None:
    counts = presenter.lane_counts()
    assert set(counts) == set(LANE_KINDS)
    assert counts[EntryKind.SKILL] == 2
    assert counts[EntryKind.PROJECT] == 1
    assert sum(counts.values()) == 3  # a promotion entry is a line, not a lane marker
    assert presenter.lane_days(EntryKind.SKILL) == [
        D(2019, 3, 4).toordinal(),
        D(2021, 8, 30).toordinal(),
    ]
    assert presenter.promotion_days() == [D(2021, 1, 1).toordinal()]
    assert presenter.role_changes() == [(D(2021, 1, 1).toordinal(), MoveKind.PROMOTION)]
    assert presenter.functions("none") == ["Backend"]
    assert presenter.load()  # a second read keeps the zoom


def test_ranges_end_at_the_last_day_and_stay_inside_the_data(presenter: TimelinePresenter) -> None:
    low, high = presenter.limits
    assert low < D(2019, 1, 1).toordinal() < presenter.x_end <= high
    assert presenter.range_for("all") == presenter.limits
    one_year = presenter.range_for("1y")
    assert one_year is not None
    end = dt.date.fromordinal(int(presenter.x_end) - 1)
    assert one_year == (years_before(end, 1).toordinal() + 1, presenter.x_end)
    assert presenter.range_for("review") is None  # no appraisal yet


def test_keyboard_steps_zoom_and_pan() -> None:
    assert stepped(100.0, 200.0, "in") == (115.0, 185.0)
    assert stepped(100.0, 200.0, "out") == (80.0, 220.0)
    assert stepped(100.0, 200.0, "left") == (80.0, 180.0)
    assert stepped(100.0, 200.0, "right") == (120.0, 220.0)


def test_selection_only_of_drawn_entries(presenter: TimelinePresenter) -> None:
    journal = presenter.journal
    (terraform,) = journal.entries.search("Terraform")
    (promoted,) = journal.entries.search("Promoted")
    record = presenter.select(terraform.id)
    assert record is not None
    assert record.title == "Terraform"
    assert presenter.selected_ids() == [terraform.id]
    assert presenter.select(promoted.id) is None  # not on a lane
    assert presenter.selected_ids() == []


def test_tooltip_facts(presenter: TimelinePresenter) -> None:
    (search,) = presenter.journal.entries.search("Search page")
    facts = presenter.entry_facts(search.id)
    assert facts is not None
    assert (facts.title, facts.day, facts.kind, facts.impact) == (
        "Search page",
        D(2020, 9, 20),
        EntryKind.PROJECT,
        4,
    )
    skill = LANE_KINDS.index(EntryKind.SKILL)
    column = presenter.column_facts(skill, 0, 2)
    assert (column.count, column.first_day, column.last_day) == (2, D(2019, 3, 4), D(2021, 8, 30))
    assert column.pick_title == "Terraform"  # equal impact: the latest
    momentum = presenter.momentum_at(D(2020, 10, 1).toordinal())
    assert momentum is not None
    assert momentum.value > 0
    assert momentum.window_days == 90


def test_a_filter_that_matches_nothing_leaves_the_lanes_empty(
    presenter: TimelinePresenter,
) -> None:
    presenter.query = EntryQuery(text="nothing like this")
    presenter.load()
    assert sum(presenter.lane_counts().values()) == 0
