"""The Timeline view on real journals: what is drawn where, filters, clicks, ranges, lattice."""

from __future__ import annotations

import datetime as dt
import itertools
import math
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.services import EntryDraft, EntryQuery, RoleDraft, demo
from careerjournal.services.timeline import LANE_KINDS
from careerjournal.ui.context import AppContext
from careerjournal.ui.formatting import format_date
from careerjournal.ui.journal.filters import FilterBar, Period
from careerjournal.ui.theme import dark_palette, light_palette
from careerjournal.ui.timeline import TimelineArea
from careerjournal.ui.timeline.plot import DENSITY_COLUMN_PX, Span
from careerjournal.ui.timeline.presenter import nice_ceiling, years_before
from careerjournal.ui.timeline.view import TimelineView

D = dt.date
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

ENTRIES = [  # (date, kind, impact, title)
    (D(2019, 3, 4), EntryKind.SKILL, 2, "Learned Kubernetes basics"),
    (D(2019, 9, 20), EntryKind.PROJECT, 4, "Shipped the search page"),
    (D(2020, 5, 11), EntryKind.SKILL, 3, "Kubernetes operators in production"),
    (D(2020, 11, 2), EntryKind.FEEDBACK, 1, "Asked the team for feedback"),
    (D(2021, 2, 15), EntryKind.RECOGNITION, 5, "Engineer of the quarter"),
    (D(2021, 8, 30), EntryKind.SKILL, 2, "Terraform modules"),
    (D(2022, 3, 7), EntryKind.PROJECT, 3, "Migrated billing to the new cluster"),
    (D(2022, 10, 10), EntryKind.LEARNING, 1, "Read the SRE book"),
    (D(2023, 4, 3), EntryKind.CERTIFICATION, 4, "CKA certified"),
    (D(2023, 4, 3), EntryKind.NETWORK, 2, "Met the platform guild"),
    (D(2021, 1, 1), EntryKind.PROMOTION, 5, "Promoted to senior"),  # not a lane
    (D(2022, 1, 5), EntryKind.OTHER, 1, "Moved desks"),  # not a lane
]
ROLES = [
    RoleDraft(
        "Engineer",
        D(2019, 1, 1),
        end_date=D(2020, 12, 31),
        level="L3",
        level_rank=3,
        function="Backend",
        organisation="Acme",
    ),
    RoleDraft(
        "Senior Engineer",
        D(2021, 1, 1),
        end_date=D(2022, 6, 30),
        level="L4",
        level_rank=4,
        function="Backend",
        organisation="Acme",
        move_kind=MoveKind.PROMOTION,
    ),
    RoleDraft(
        "Site Reliability Engineer",
        D(2022, 7, 1),
        level="L4",
        level_rank=4,
        function="Reliability",
        organisation="Acme",
        move_kind=MoveKind.LATERAL,
    ),
]


def build(ctx: AppContext) -> dict[str, int]:
    for role in ROLES:
        ctx.journal.roles.add(role)
    ids = {}
    for day, kind, impact, title in ENTRIES:
        draft = EntryDraft(title=title, occurred_on=day, kind=kind, impact=impact)
        ids[title] = ctx.journal.entries.add(draft).id
    return ids


def show(qtbot: QtBot, ctx: AppContext) -> TimelineView:
    view = TimelineView(ctx)
    qtbot.addWidget(view)
    view.filter_bar.debounce_ms = 0
    view.resize(1200, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def ids(ctx: AppContext) -> dict[str, int]:
    return build(ctx)


@pytest.fixture
def view(qtbot: QtBot, ctx: AppContext, ids: dict[str, int]) -> TimelineView:
    return show(qtbot, ctx)


def scene_pos(view: TimelineView, kind: EntryKind, day: dt.date) -> QPointF:
    """Where a lane's day is drawn, in scene coordinates."""
    return view.view_box.mapViewToScene(QPointF(day.toordinal(), LANE_KINDS.index(kind)))


def viewport_pos(view: TimelineView, scene: QPointF) -> QPointF:
    """A scene position in the plot widget's viewport coordinates."""
    return QPointF(view.graphics.mapFromScene(scene))


def lane_modes(view: TimelineView) -> dict[EntryKind, str]:
    """How each lane is drawn at the current zoom: "markers", or "density"."""
    return {
        kind: "density" if view.lane_dense(i) else "markers" for i, kind in enumerate(LANE_KINDS)
    }


def role_labels(view: TimelineView) -> list[str]:
    """The role labels as the current zoom shows them (elided, or left out)."""
    view.view_box.prepareForPaint()  # the view's transform follows its range lazily
    item = view.lattice_item if view.presenter.lattice else view.band_item
    return [label.text for label in item.shown_labels()]


def is_empty(view: TimelineView) -> bool:
    return view.stack.currentWidget() is view.empty_state


def viewport_point(view: TimelineView, kind: EntryKind, day: dt.date) -> QPoint:
    return viewport_pos(view, scene_pos(view, kind, day)).toPoint()


def end_day() -> dt.date:
    return max(D(2023, 4, 3), dt.date.today())


# -- what is drawn where ------------------------------------------------------------------------


def test_each_lane_draws_its_kind_at_the_entry_dates(view: TimelineView) -> None:
    expected = Counter(kind for _, kind, _, _ in ENTRIES if kind in LANE_KINDS)
    assert view.presenter.lane_counts() == {kind: expected.get(kind, 0) for kind in LANE_KINDS}
    skill_days = sorted(d.toordinal() for d, k, _, _ in ENTRIES if k is EntryKind.SKILL)
    assert view.presenter.lane_days(EntryKind.SKILL) == skill_days
    assert view.presenter.lane_days(EntryKind.CERTIFICATION) == [D(2023, 4, 3).toordinal()]
    counts = view.presenter.lane_counts()
    assert sum(counts.values()) == len(ENTRIES) - 2  # promotion, other: no lane
    assert not is_empty(view)


def test_promotions_are_lines_and_role_changes_are_marked_by_kind(view: TimelineView) -> None:
    assert view.presenter.promotion_days() == [D(2021, 1, 1).toordinal()]
    assert view.presenter.role_changes() == [
        (D(2021, 1, 1).toordinal(), MoveKind.PROMOTION),
        (D(2022, 7, 1).toordinal(), MoveKind.LATERAL),
    ]
    spans = view.band_item.spans()
    assert [s.title for s in spans] == ["Engineer", "Senior Engineer", "Site Reliability Engineer"]
    # A promotion is a step up: the higher level's rectangle reaches higher (y grows down).
    assert spans[1].top < spans[0].top
    assert spans[2].top == spans[1].top  # lateral: same level
    assert spans[1].start == D(2021, 1, 1).toordinal()
    assert spans[0].end == D(2020, 12, 31).toordinal() + 1


def test_momentum_strip_follows_the_service(view: TimelineView) -> None:
    data = view.presenter.data
    assert data is not None
    day, value = data.momentum.days[-3], data.momentum.values[-3]
    facts = view.presenter.momentum_at(float(day))
    assert facts is not None
    assert (facts.day.toordinal(), facts.value) == (day, value)
    strip = view.view_box.mapViewToScene(QPointF(day, 10.5))
    assert f": {value:g}<br>" in view.tooltip_at(strip)
    assert view.caption.text() == data.momentum.explanation  # the same words, through tr()
    assert "90 days" in view.caption.text()


# -- filters ------------------------------------------------------------------------------------


def test_filters_change_what_is_drawn(qtbot: QtBot, view: TimelineView) -> None:
    view.filter_bar.set_kinds({EntryKind.SKILL})
    qtbot.waitUntil(lambda: view.presenter.lane_counts()[EntryKind.PROJECT] == 0)
    assert view.presenter.lane_counts()[EntryKind.SKILL] == 3
    assert sum(view.presenter.lane_counts().values()) == 3

    view.set_query(EntryQuery(text="kubernetes"))
    qtbot.waitUntil(lambda: view.presenter.lane_counts()[EntryKind.SKILL] == 2)
    assert sum(view.presenter.lane_counts().values()) == 2
    assert view.query() == EntryQuery(text="kubernetes")
    assert view.filter_bar.kinds() is None  # the whole query was applied, kinds included

    view.set_query(EntryQuery(kinds=frozenset({EntryKind.PROJECT}), trashed=True))
    qtbot.waitUntil(lambda: view.presenter.lane_counts()[EntryKind.PROJECT] == 2)
    assert view.query().trashed is False  # the timeline never shows the trash
    assert not view.filter_bar.trash_button.isVisible()


def test_a_filter_matching_nothing_says_so(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.journal.entries.add(EntryDraft(title="Shipped it", kind=EntryKind.PROJECT))
    view = show(qtbot, ctx)
    assert not is_empty(view)
    view.set_query(EntryQuery(text="nothing like this"))
    qtbot.waitUntil(lambda: is_empty(view))
    assert view.empty_state.title.text() == "No entries match these filters"
    assert view.empty_state.clear_button.isVisibleTo(view)
    view.empty_state.clear_button.click()
    qtbot.waitUntil(lambda: not is_empty(view))


def test_filter_bar_applies_a_whole_query(qtbot: QtBot, ctx: AppContext) -> None:
    bar = FilterBar(ctx.journal)
    qtbot.addWidget(bar)
    today = dt.date.today()
    queries = [
        EntryQuery(kinds=frozenset({EntryKind.SKILL, EntryKind.LEARNING}), text="rust"),
        EntryQuery(tags=frozenset({"cloud", "k8s"}), starred=True),
        EntryQuery(date_from=today - dt.timedelta(days=29), date_to=today),
        EntryQuery(date_from=D(2020, 1, 1), date_to=D(2020, 6, 30), trashed=True),
        EntryQuery(),
    ]
    for query in queries:
        with qtbot.waitSignal(bar.query_changed) as signal:
            bar.apply_query(query)
        assert signal.args == [query]
        assert bar.query() == query
    bar.apply_query(EntryQuery(date_from=today - dt.timedelta(days=29), date_to=today))
    assert bar.period() is Period.LAST_30_DAYS


# -- mouse --------------------------------------------------------------------------------------


def test_click_on_a_marker_selects_and_shows_the_entry(
    qtbot: QtBot, view: TimelineView, ids: dict[str, int]
) -> None:
    view.set_x_range(D(2020, 1, 1).toordinal(), D(2021, 1, 1).toordinal())
    target = ids["Kubernetes operators in production"]
    pos = viewport_point(view, EntryKind.SKILL, D(2020, 5, 11))
    with qtbot.waitSignal(view.selection_changed):
        qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.selected_ids() == [target]
    assert view.detail.record is not None
    assert view.detail.record.title == "Kubernetes operators in production"
    # A few pixels off the centre still hits; empty space clears the selection.
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos + QPoint(3, -2))
    assert view.selected_ids() == [target]
    empty = viewport_point(view, EntryKind.NETWORK, D(2020, 5, 11))
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert view.selected_ids() == []
    assert view.detail.is_empty()


def test_double_click_asks_to_edit(qtbot: QtBot, view: TimelineView, ids: dict[str, int]) -> None:
    pos = viewport_point(view, EntryKind.RECOGNITION, D(2021, 2, 15))
    viewport = view.graphics.viewport()
    left = Qt.MouseButton.LeftButton
    # What a mouse sends: press, release, double-click, release (QTest sends only the third).
    with qtbot.waitSignal(view.edit_requested) as signal:
        qtbot.mouseClick(viewport, left, pos=pos)
        qtbot.mouseDClick(viewport, left, pos=pos)
        qtbot.mouseRelease(viewport, left, pos=pos)
    assert signal.args == [ids["Engineer of the quarter"]]
    assert view.selected_ids() == [ids["Engineer of the quarter"]]


def test_hover_explains_entries_roles_and_momentum(
    qtbot: QtBot, view: TimelineView, ids: dict[str, int]
) -> None:
    scene = scene_pos(view, EntryKind.PROJECT, D(2019, 9, 20))
    text = view.tooltip_at(scene)
    assert "<b>Shipped the search page</b>" in text
    assert "20 Sep 2019" in text
    assert "Project" in text
    assert "Impact 4 of 5" in text
    qtbot.mouseMove(view.graphics.viewport(), viewport_pos(view, scene).toPoint())
    qtbot.waitUntil(lambda: view.hover_text == text)

    band = view.view_box.mapViewToScene(QPointF(D(2021, 6, 1).toordinal(), -0.8))
    role = view.tooltip_at(band)
    assert "<b>Senior Engineer</b>" in role
    assert "L4 · Backend · Acme" in role
    assert "Promotion" in role

    strip = view.view_box.mapViewToScene(QPointF(D(2021, 2, 20).toordinal(), 10.5))
    assert view.tooltip_at(strip).startswith("Momentum on ")
    nowhere = scene_pos(view, EntryKind.NETWORK, D(2019, 9, 20))
    assert view.tooltip_at(nowhere) == ""


def test_titles_in_tooltips_are_escaped(qtbot: QtBot, ctx: AppContext) -> None:
    day = D(2022, 2, 2)
    ctx.journal.entries.add(EntryDraft(title="<i>x</i> & y", occurred_on=day, kind=EntryKind.SKILL))
    view = show(qtbot, ctx)
    text = view.tooltip_at(scene_pos(view, EntryKind.SKILL, day))
    assert "&lt;i&gt;x&lt;/i&gt; &amp; y" in text


# -- ranges, zoom -------------------------------------------------------------------------------


def test_range_buttons_set_the_visible_range(qtbot: QtBot, view: TimelineView) -> None:
    end = end_day()
    for key, years in (("1y", 1), ("3y", 3)):
        qtbot.mouseClick(view.toolbar.range_buttons[key], Qt.MouseButton.LeftButton)
        low, high = view.x_range()
        assert low == pytest.approx(years_before(end, years).toordinal() + 1, abs=1)
        assert high == pytest.approx(end.toordinal() + 1, abs=1)
    qtbot.mouseClick(view.toolbar.range_buttons["all"], Qt.MouseButton.LeftButton)
    low, high = view.x_range()
    assert low < D(2019, 1, 1).toordinal() < end.toordinal() < high
    assert not view.toolbar.range_buttons["review"].isEnabled()  # no appraisal yet


def test_since_last_appraisal(qtbot: QtBot, ctx: AppContext, view: TimelineView) -> None:
    ctx.journal.reviews.add(D(2022, 3, 1), outcome="Exceeds")
    qtbot.waitUntil(view.toolbar.range_buttons["review"].isEnabled)
    qtbot.mouseClick(view.toolbar.range_buttons["review"], Qt.MouseButton.LeftButton)
    low, high = view.x_range()
    assert low == pytest.approx(D(2022, 3, 1).toordinal(), abs=1)
    assert high == pytest.approx(end_day().toordinal() + 1, abs=1)


def test_only_time_zooms_and_not_past_the_data(view: TimelineView) -> None:
    _, (top, bottom) = view.view_box.viewRange()
    view.view_box.scaleBy(x=0.5, y=0.5)
    assert view.view_box.viewRange()[1] == pytest.approx([top, bottom])
    view.set_x_range(0, 10**7)
    low, high = view.x_range()
    assert low > D(2018, 1, 1).toordinal()
    assert high < end_day().toordinal() + 400
    assert view.view_box.state["mouseEnabled"] == [True, False]


def test_keys_zoom_and_pan_the_time_axis(qtbot: QtBot, view: TimelineView) -> None:
    view.show_range("3y")
    low, high = view.x_range()
    qtbot.keyClick(view.graphics, Qt.Key.Key_Plus)
    zoomed = view.x_range()
    assert zoomed[1] - zoomed[0] < high - low
    qtbot.keyClick(view.graphics, Qt.Key.Key_Left)
    assert view.x_range()[0] < zoomed[0]
    qtbot.keyClick(view.graphics, Qt.Key.Key_Home)
    assert view.x_range()[1] - view.x_range()[0] > high - low


def test_role_labels_elide_and_hide_to_fit_the_zoom(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.journal.roles.add(
        RoleDraft("Engineer", D(2015, 1, 1), end_date=D(2020, 12, 31), level="L3")
    )
    ctx.journal.roles.add(
        RoleDraft("Interim team lead", D(2021, 1, 1), end_date=D(2021, 1, 20), level="L4")
    )
    ctx.journal.roles.add(RoleDraft("Principal engineer of everything", D(2021, 1, 21), level="L5"))
    view = show(qtbot, ctx)
    labels = role_labels(view)
    assert labels[0] == "Engineer · L3"  # six years: room for all of it
    assert len(labels) == 2  # twenty days of the interim role: no room at this zoom
    # Zoomed in on the interim role, its label is whole and the others are out of the way.
    view.set_x_range(D(2021, 1, 1).toordinal(), D(2021, 1, 21).toordinal())
    assert role_labels(view) == ["Interim team lead · L4"]
    # Narrow enough that the title is elided; the level stays readable.
    view.set_x_range(D(2020, 12, 10).toordinal(), D(2021, 6, 1).toordinal())
    assert any(text.endswith("… · L4") for text in role_labels(view))
    # No two labels on the band overlap, whatever the zoom.
    for low, high in ((2015, 2030), (2020, 2022), (2020.9, 2021.3)):
        view.set_x_range(low * 365.25, high * 365.25)
        view.view_box.prepareForPaint()
        placed = view.band_item.shown_labels()
        assert placed
        for first, second in itertools.pairwise(placed):
            assert first.right <= second.left


# -- lattice ------------------------------------------------------------------------------------


def test_lattice_shows_function_categories(qtbot: QtBot, view: TimelineView) -> None:
    qtbot.mouseClick(view.toolbar.lattice_button, Qt.MouseButton.LeftButton)
    assert view.presenter.lattice
    assert view.presenter.functions("No function given") == ["Backend", "Reliability"]
    ticks = [text for _, text in view.plot.getAxis("left")._tickLevels[0]]
    assert "Backend" in ticks
    assert "Reliability" in ticks
    assert "Skill" not in ticks
    assert not view.lanes_item.isVisible()
    assert view.lattice_item.isVisible()
    spans = view.lattice_item.spans()
    assert spans[0].symbol_y == spans[1].symbol_y  # the promotion stays in its function
    assert spans[2].symbol_y != spans[1].symbol_y  # the lateral move goes across
    assert spans[1].symbol_size > spans[0].symbol_size  # the higher level: a larger marker
    role = view.tooltip_at(
        view.view_box.mapViewToScene(QPointF(spans[2].start + 30, spans[2].symbol_y))
    )
    assert "Site Reliability Engineer" in role
    assert "Lateral move" in role
    assert "Lateral move" in view.legend.labels()
    assert "Skill" not in view.legend.labels()

    qtbot.mouseClick(view.toolbar.lattice_button, Qt.MouseButton.LeftButton)
    assert not view.presenter.lattice
    assert view.lanes_item.isVisible()
    assert "Skill" in [text for _, text in view.plot.getAxis("left")._tickLevels[0]]
    assert "Skill" in view.legend.labels()


# -- refreshing, empty state, theme -------------------------------------------------------------


def test_empty_journal_shows_a_message_until_there_is_something(
    qtbot: QtBot, ctx: AppContext
) -> None:
    view = show(qtbot, ctx)
    assert is_empty(view)
    assert view.empty_state.title.text() == "Nothing on the timeline yet"
    assert not view.empty_state.clear_button.isVisibleTo(view)
    ctx.journal.entries.add(EntryDraft(title="First skill", kind=EntryKind.SKILL))
    qtbot.waitUntil(lambda: not is_empty(view))
    assert view.presenter.lane_counts()[EntryKind.SKILL] == 1


def test_changes_while_hidden_wait_for_the_next_show(
    qtbot: QtBot, ctx: AppContext, view: TimelineView
) -> None:
    view.hide()
    ctx.journal.entries.add(EntryDraft(title="Gave a talk", kind=EntryKind.NETWORK))
    qtbot.wait(20)
    assert view.presenter.lane_counts()[EntryKind.NETWORK] == 1  # not yet
    view.show()
    assert view.presenter.lane_counts()[EntryKind.NETWORK] == 2


def test_trashed_entries_leave_the_timeline(
    qtbot: QtBot, ctx: AppContext, view: TimelineView, ids: dict[str, int]
) -> None:
    target = ids["Engineer of the quarter"]
    before = ctx.journal.entries.get(target)
    assert view.select_entry(target)
    # The button's own click (QTest's synthetic mouse events can be swallowed after many
    # earlier tests; the button, its signal and the trash operation are the same).
    view.detail.trash_button.click()
    qtbot.waitUntil(lambda: view.presenter.lane_counts()[EntryKind.RECOGNITION] == 0)
    assert view.selected_ids() == []
    assert ctx.journal.entries.get(target).trashed
    ctx.history.undo()
    qtbot.waitUntil(lambda: view.presenter.lane_counts()[EntryKind.RECOGNITION] == 1)
    assert ctx.journal.entries.get(target) == before


def test_colours_follow_the_palette(view: TimelineView) -> None:
    for palette in (dark_palette(), light_palette()):
        view.setPalette(palette)
        background = view.graphics.backgroundBrush().color()
        assert background == palette.color(QPalette.ColorRole.Base)
        axis = view.plot.getAxis("left")
        assert axis.textPen().color() == palette.color(QPalette.ColorRole.WindowText)
        assert view.band_item._text == palette.color(QPalette.ColorRole.WindowText)


# -- export -------------------------------------------------------------------------------------


def test_export_writes_png_and_svg(tmp_path: Path, view: TimelineView) -> None:
    png = view.export_plot(tmp_path / "timeline.png")
    image = QImage(str(png))
    assert not image.isNull()
    assert image.width() >= view.graphics.width()  # twice the screen's resolution
    svg = view.export_plot(tmp_path / "timeline.svg")
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") or "<svg" in text[:500]
    assert "<svg" in text
    assert "Skill" in text
    markers = sum(text.count(tag) for tag in ("<circle", "<ellipse"))
    assert markers >= len(ENTRIES) - 2  # every entry a vector marker, not a picture
    assert "<image" not in text
    assert "Certification" in text  # the legend as text
    with pytest.raises(ValueError, match=r"png or \.svg"):
        view.export_plot(tmp_path / "timeline.pdf")


# -- the area page, the axis --------------------------------------------------------------------


def test_area_builds_the_timeline_when_first_shown(qtbot: QtBot, ctx: AppContext) -> None:
    area = TimelineArea(ctx)
    qtbot.addWidget(area)
    assert area.objectName() == "timeline_view"
    query = EntryQuery(kinds=frozenset({EntryKind.SKILL}))
    area.set_query(query)
    assert not area.is_built()
    assert area.query() == query
    area.show()
    assert area.is_built()
    assert area.view().query() == query
    assert area.view().isVisible()


def test_starting_the_main_window_does_not_load_pyqtgraph() -> None:
    code = (
        "import sys\n"
        "import careerjournal.ui.main_window, careerjournal.ui.areas, careerjournal.ui.timeline\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_nice_ceiling() -> None:
    assert [nice_ceiling(v) for v in (0, 1, 7, 12, 118, 124, 161, 900)] == [
        1,
        1,
        8,
        15,
        150,
        150,
        200,
        1000,
    ]


# -- crowded lanes: density strips ----------------------------------------------------------------


@pytest.fixture
def crowded(qtbot: QtBot, ctx: AppContext) -> TimelineView:
    """Twelve years of a generated career, 2,000 entries: lanes too full for a marker each."""
    demo.generate(ctx.journal, entries=2000, seed=7)
    return show(qtbot, ctx)


def column_centre(view: TimelineView, kind: EntryKind, minimum: int) -> tuple[QPointF, list[int]]:
    """The scene position of the middle of a density column of `kind` holding at least
    `minimum` entries, and the days of the entries in it."""
    width = DENSITY_COLUMN_PX * view.view_box.viewPixelSize()[0]
    columns = Counter(math.floor(day / width) for day in view.presenter.lane_days(kind))
    column, _ = next((c, n) for c, n in sorted(columns.items()) if n >= minimum)
    start = column * width
    days = [d for d in view.presenter.lane_days(kind) if start <= d < start + width]
    point = QPointF(start + width / 2, LANE_KINDS.index(kind))
    return view.view_box.mapViewToScene(point), days


def test_crowded_lanes_become_density_strips_until_zoomed_in(
    qtbot: QtBot, crowded: TimelineView
) -> None:
    view = crowded
    skill = LANE_KINDS.index(EntryKind.SKILL)
    qtbot.mouseClick(view.toolbar.range_buttons["all"], Qt.MouseButton.LeftButton)
    modes = lane_modes(view)
    assert modes[EntryKind.SKILL] == "density"  # 400+ entries in under 1,000 pixels
    assert modes[EntryKind.COMPENSATION] == "markers"  # a few dozen: room for each
    view.graphics.grab()  # a real paint
    assert view.lanes_item.dense[skill]
    assert not view.lanes_item.dense[LANE_KINDS.index(EntryKind.COMPENSATION)]

    qtbot.mouseClick(view.toolbar.range_buttons["1y"], Qt.MouseButton.LeftButton)
    assert set(lane_modes(view).values()) == {"markers"}
    view.graphics.grab()
    assert not any(view.lanes_item.dense)

    qtbot.keyClick(view.graphics, Qt.Key.Key_Home)  # everything again
    assert lane_modes(view)[EntryKind.SKILL] == "density"
    for _ in range(12):  # zooming in step by step turns the strip back into markers
        qtbot.keyClick(view.graphics, Qt.Key.Key_Plus)
    assert lane_modes(view)[EntryKind.SKILL] == "markers"


def test_hovering_a_density_column_counts_its_entries(qtbot: QtBot, crowded: TimelineView) -> None:
    view = crowded
    qtbot.mouseClick(view.toolbar.range_buttons["all"], Qt.MouseButton.LeftButton)
    scene, days = column_centre(view, EntryKind.SKILL, 3)
    text = view.tooltip_at(scene)
    assert text.startswith(f"<b>Skill: {len(days)} entries</b>")
    assert format_date(D.fromordinal(days[0])) in text
    assert format_date(D.fromordinal(days[-1])) in text
    qtbot.mouseMove(view.graphics.viewport(), viewport_pos(view, scene).toPoint())
    qtbot.waitUntil(lambda: view.hover_text == text)


def test_clicking_a_density_column_reads_its_weightiest_entry(
    qtbot: QtBot, ctx: AppContext, crowded: TimelineView
) -> None:
    view = crowded
    qtbot.mouseClick(view.toolbar.range_buttons["all"], Qt.MouseButton.LeftButton)
    scene, days = column_centre(view, EntryKind.SKILL, 3)
    pos = viewport_pos(view, scene).toPoint()
    with qtbot.waitSignal(view.selection_changed):
        qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    [chosen] = view.selected_ids()
    record = ctx.journal.entries.get(chosen)
    assert record.kind is EntryKind.SKILL
    assert record.occurred_on.toordinal() in days
    column = ctx.journal.entries.list(
        EntryQuery(
            kinds=frozenset({EntryKind.SKILL}),
            date_from=D.fromordinal(days[0]),
            date_to=D.fromordinal(days[-1]),
        )
    )
    assert record.impact == max(e.impact for e in column)
    assert view.detail.isVisible()


# -- layout at the smallest window ---------------------------------------------------------------


def test_reading_pane_stays_closed_until_an_entry_is_selected(
    qtbot: QtBot, view: TimelineView, ids: dict[str, int]
) -> None:
    assert not view.detail.isVisible()
    assert view.stack.width() == view.splitter.width()  # the plot has all the room
    view.set_x_range(D(2020, 1, 1).toordinal(), D(2021, 1, 1).toordinal())
    pos = viewport_point(view, EntryKind.SKILL, D(2020, 5, 11))
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert view.detail.isVisible()
    qtbot.waitUntil(lambda: view.detail.width() > 150)
    empty = viewport_point(view, EntryKind.NETWORK, D(2020, 5, 11))
    qtbot.mouseClick(view.graphics.viewport(), Qt.MouseButton.LeftButton, pos=empty)
    assert not view.detail.isVisible()


@pytest.mark.parametrize("width", [1200, 760, 560, 400])
def test_toolbar_buttons_are_never_elided(
    qtbot: QtBot, ctx: AppContext, view: TimelineView, width: int
) -> None:
    ctx.journal.reviews.add(D(2022, 3, 1), outcome="Exceeds")
    qtbot.waitUntil(view.toolbar.range_buttons["review"].isEnabled)
    view.resize(width, 700)
    bar = view.findChild(QWidget, "timeline_toolbar")
    bar_ = view.toolbar
    buttons = [*bar_.range_buttons.values(), bar_.lattice_button, bar_.export_button]

    def laid_out_whole() -> bool:
        return bar.width() <= width and all(
            b.isVisible()
            and b.width() >= b.sizeHint().width()  # a narrower button elides its text
            and bar.rect().contains(b.geometry())
            for b in buttons
        )

    qtbot.waitUntil(laid_out_whole)
    assert all(b.toolTip() for b in buttons)
    review = view.toolbar.range_buttons["review"]
    if width >= 1200:
        assert view.toolbar.level == 0
        assert review.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    if width <= 400:
        assert view.toolbar.level == 2
        assert review.toolButtonStyle() is Qt.ToolButtonStyle.ToolButtonIconOnly


def test_role_labels_keep_a_readable_part_of_the_title(qtbot: QtBot) -> None:
    span = Span(0, 1, 0, 1, QColor("red"), QColor("red"), "Software Engineer", " · L2")
    metrics = QFontMetrics(QFont())
    seen = set()
    for room in range(0, 260, 3):
        text = span.fit(metrics, room)
        seen.add(text)
        assert metrics.horizontalAdvance(text) <= room
        if text in ("", "L2", "Software Engineer · L2"):
            continue
        assert text.startswith("Softwa"), text  # never "Sof…"
    assert {"", "L2", "Software Engineer · L2"} <= seen


def test_empty_state_hint_is_secondary_text_not_disabled(qtbot: QtBot, ctx: AppContext) -> None:
    view = show(qtbot, ctx)
    assert is_empty(view)
    assert view.empty_state.hint.isEnabled()
    assert view.empty_state.hint.foregroundRole() is QPalette.ColorRole.PlaceholderText


def test_density_strips_export_as_vector_columns(tmp_path: Path, crowded: TimelineView) -> None:
    crowded.show_range("all")
    assert lane_modes(crowded)[EntryKind.SKILL] == "density"
    text = crowded.export_plot(tmp_path / "timeline.svg").read_text(encoding="utf-8")
    assert "<image" not in text
    png = QImage(str(crowded.export_plot(tmp_path / "timeline.png")))
    assert not png.isNull()
