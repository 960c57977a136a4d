"""The Skills charts: a skill's step history, a band's layers, and the bands radar (or bars)."""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import AssessmentSource
from careerjournal.domain.scales import DREYFUS_LEVELS
from careerjournal.services.banding import BandPoint
from careerjournal.services.records import AssessmentRecord, BandRecord
from careerjournal.services.skills import BandStatus
from careerjournal.ui.charts.series import step_series
from careerjournal.ui.colors import contrast_ratio
from careerjournal.ui.context import AppContext
from careerjournal.ui.skills.charts import (
    RECORD_SHORTCUT,
    BandLayersChart,
    BandRadar,
    SkillHistoryChart,
    level_colors,
    level_runs,
    wrap_label,
)
from careerjournal.ui.theme import dark_palette, light_palette

D = dt.date
TODAY = D(2025, 6, 30)
NAMES = DREYFUS_LEVELS  # five levels
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


def n(day: dt.date) -> float:
    return float(day.toordinal())


def assessment(id: int, day: dt.date, level: int, evidence: int | None = None) -> AssessmentRecord:
    return AssessmentRecord(
        id=id,
        skill_id=1,
        assessed_on=day,
        level=level,
        source=AssessmentSource.SELF,
        evidence_entry_id=evidence,
        note="",
    )


HISTORY = [
    assessment(1, D(2024, 1, 10), 1),
    assessment(2, D(2024, 6, 1), 2, evidence=41),
    assessment(3, D(2024, 6, 1), 3),  # same day, recorded later: the day ends at 3
    assessment(4, D(2025, 2, 3), 3, evidence=42),  # reassessed at the same level
]


def band_status(history: tuple[BandPoint, ...]) -> BandStatus:
    record = BandRecord(id=1, name="Backend", position=0, description="", skills=())
    return BandStatus(
        band=record,
        level=history[-1].level if history else 0,
        target_level=3,
        next_shortfall=None,
        target_shortfall=None,
        skills=(),
        history=history,
    )


BAND_HISTORY = (
    BandPoint(D(2024, 1, 10), 0, (0.25, 0.0, 0.0, 0.0, 0.0)),
    BandPoint(D(2024, 6, 1), 1, (1.0, 0.5, 0.25, 0.0, 0.0)),
    BandPoint(D(2025, 2, 3), 2, (1.0, 0.75, 0.5, 0.25, 0.0)),
)


def show(qtbot: QtBot, widget: QWidget, size: QSize | None = None) -> None:
    qtbot.addWidget(widget)
    widget.resize(size or QSize(560, 300))
    widget.show()
    qtbot.waitExposed(widget)


# -- helpers ---------------------------------------------------------------------------------------


def test_step_series_holds_each_value_until_the_next_and_on_to_the_end() -> None:
    xs, ys = step_series([(1, 1), (5, 2), (5, 3), (9, 3)], end=12)
    assert list(zip(xs, ys, strict=True)) == [(1, 1), (5, 1), (5, 2), (5, 3), (9, 3), (12, 3)]
    # An end before the last point adds nothing; no points, no line.
    assert step_series([(1, 2)], end=0) == ([1], [2])
    assert step_series([], end=10) == ([], [])
    # Unmerged, the x values follow the points only.
    assert step_series([(1, 1), (5, 1)], end=7, merge=False) == ([1, 5, 5, 7], [1, 1, 1, 1])


@pytest.mark.parametrize("top", [5, 7])  # Dreyfus and SFIA
@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_level_colours_are_a_distinct_ramp_in_both_themes(
    palette: Callable[[], QPalette], top: int
) -> None:
    base = palette().color(QPalette.ColorRole.Base)
    dark = base.lightnessF() < 0.5
    colors = level_colors(top, dark)
    assert len({c.name() for c in colors}) == top
    # Sequential: each level further from the background than the one below it (pale to deep
    # on light, dim to bright on dark) ...
    contrast = [contrast_ratio(c, base) for c in colors]
    assert contrast == sorted(contrast)
    # ... and each apart from its neighbour (the old ramp gave Proficient and Expert one blue).
    for lower, upper in itertools.pairwise(colors):
        assert contrast_ratio(lower, upper) >= 1.25, (lower.name(), upper.name())
    # The lowest level still stands off the background.
    assert contrast[0] >= 1.3


def test_wrap_label_breaks_between_words_and_elides_the_last_line(qapp: object) -> None:
    from PySide6.QtGui import QFont, QFontMetricsF

    metrics = QFontMetricsF(QFont())
    room = metrics.horizontalAdvance("Communication") + 4
    assert wrap_label("Communication and writing", metrics, room) == [
        "Communication",
        "and writing",
    ]
    lines = wrap_label("Communication and writing for many people", metrics, room)
    assert len(lines) == 2
    assert lines[1].endswith("…")
    assert wrap_label("Backend", metrics, room) == ["Backend"]


# -- skill history ---------------------------------------------------------------------------------


def test_history_is_a_step_line_flat_to_today(qtbot: QtBot) -> None:
    chart = SkillHistoryChart()
    show(qtbot, chart)
    chart.set_history(list(reversed(HISTORY)), NAMES, 4, TODAY)  # any order
    xs, ys = chart.series()
    jan, jun, feb = n(D(2024, 1, 10)), n(D(2024, 6, 1)), n(D(2025, 2, 3))
    assert list(zip(xs, ys, strict=True)) == [
        (jan, 1),
        (jun, 1),
        (jun, 2),
        (jun, 3),
        (feb, 3),
        (n(TODAY), 3),
    ]
    assert chart.evidence_points() == [(D(2024, 6, 1), 2, 41), (D(2025, 2, 3), 3, 42)]
    assert chart.target() == 4
    assert chart.legend_labels() == ["Assessment", "With evidence entry", "Target"]
    assert not chart.is_empty()
    # Every assessment has a marker: the plain ones and the evidence ones.
    assert len(chart.markers.points()) == 2
    assert len(chart.evidence.points()) == 2
    # The level axis reads in level names.
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == list(NAMES)
    # The whole history and today are in view.
    (low, high), (bottom, top) = chart.view_box.viewRange()
    assert low < jan
    assert high > n(TODAY)
    assert bottom < 1
    assert top > len(NAMES)


def test_history_without_target_has_no_target_line(qtbot: QtBot) -> None:
    chart = SkillHistoryChart()
    show(qtbot, chart)
    chart.set_history(HISTORY[:1], NAMES, None, TODAY)
    assert chart.target() is None
    assert not chart.target_line.isVisible()
    assert "Target" not in chart.legend_labels()
    assert chart.series() == ([n(D(2024, 1, 10)), n(TODAY)], [1.0, 1.0])
    assert chart.evidence_points() == []


def test_clicking_an_evidence_marker_activates_its_entry(qtbot: QtBot) -> None:
    chart = SkillHistoryChart()
    show(qtbot, chart)
    chart.set_history(HISTORY, NAMES, 4, TODAY)
    viewport = chart.graphics.viewport()
    pos = chart.viewport_pos(n(D(2025, 2, 3)), 3).toPoint()
    with qtbot.waitSignal(chart.entryActivated) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [42]
    # A plain assessment's marker and empty space activate nothing.
    plain = chart.viewport_pos(n(D(2024, 1, 10)), 1).toPoint()
    empty = chart.viewport_pos(n(D(2024, 9, 1)), 5).toPoint()
    with qtbot.assertNotEmitted(chart.entryActivated):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=plain)
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=empty)


def test_evidence_marker_signal_carries_the_entry_id(qtbot: QtBot) -> None:
    chart = SkillHistoryChart()
    qtbot.addWidget(chart)
    chart.set_history(HISTORY, NAMES, None, TODAY)
    first = chart.evidence.points()[0]
    with qtbot.waitSignal(chart.entryActivated) as blocker:
        chart.evidence.sigClicked.emit(chart.evidence, [first], None)
    assert blocker.args == [41]


def test_history_tooltip_names_date_level_and_evidence(qtbot: QtBot) -> None:
    chart = SkillHistoryChart()
    qtbot.addWidget(chart)
    chart.set_history(HISTORY, NAMES, None, TODAY)
    tip = chart._tip(0, 0, 1)  # the second assessment: Advanced Beginner, with evidence
    assert "Advanced Beginner" in tip
    assert "2024" in tip
    assert "evidence" in tip


def test_empty_history_shows_the_hint(qtbot: QtBot) -> None:
    chart = SkillHistoryChart()
    show(qtbot, chart)
    chart.set_history(HISTORY, NAMES, 4, TODAY)
    chart.set_history([], NAMES, 4, TODAY)
    assert chart.is_empty()
    assert chart.hint_text() == f"No assessments yet. Record one with {RECORD_SHORTCUT}."
    assert chart.series() == ([], [])
    assert chart.evidence_points() == []
    assert not chart.grab().isNull()
    chart.clear()
    assert not chart.is_empty()
    assert chart.series() == ([], [])
    assert chart.target() is None


# -- band layers -----------------------------------------------------------------------------------


def test_layers_stack_the_share_of_skills_at_each_level(qtbot: QtBot) -> None:
    chart = BandLayersChart()
    show(qtbot, chart)
    chart.set_band(band_status(BAND_HISTORY), NAMES, TODAY, share=0.75)
    layers = chart.layers()
    assert len(layers) == len(NAMES) + 1  # "not assessed", then level 1..5
    jan, jun, feb, end = n(D(2024, 1, 10)), n(D(2024, 6, 1)), n(D(2025, 2, 3)), n(TODAY)
    days = [jan, jun, jun, feb, feb, end]
    assert all(xs == days for xs, _, _ in layers)
    # Stacked from the top level up: the top level sits on 0, "not assessed" reaches 100%.
    assert layers[5][1] == [0.0] * 6
    assert layers[0][2] == [1.0] * 6
    for upper, lower in itertools.pairwise(layers):  # each layer sits on the next level's
        assert upper[1] == lower[2]
    # The share AT each level, at the end: skills at 4, 3, 2 and 1 -> a quarter each.
    mix = [ys[-1] for _, ys in chart.mix_series()]
    assert mix == pytest.approx([0.0, 0.25, 0.25, 0.25, 0.25, 0.0])
    # At the start one skill of four was at 1, the rest not assessed.
    assert [ys[0] for _, ys in chart.mix_series()] == pytest.approx([0.75, 0.25, 0, 0, 0, 0])
    # Every share is on the 0-100% axis, and the axis says so.
    (_, _), (bottom, top) = chart.view_box.viewRange()
    assert bottom < 0 < 1 < top
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    assert [label for _, label in ticks] == ["0%", "25%", "50%", "75%", "100%"]
    assert chart.plot.getAxis("left").labelText == "Share of skills"
    # The band level has its own strip, not the share axis.
    assert chart.level_series() == (days, [0, 0, 1, 1, 2, 2])
    assert chart.strip_segments() == [(jan, jun, 0), (jun, feb, 1), (feb, end, 2)]
    assert chart.rule() == 0.75
    assert chart.rule_line.value() == 0.75
    assert chart.legend_labels() == ["Not assessed", *NAMES]
    assert "75%" in chart.explanation()
    assert not chart.is_empty()


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_layers_and_strip_paint_each_level_in_its_own_colour(
    qtbot: QtBot, palette: Callable[[], QPalette]
) -> None:
    chart = BandLayersChart()
    chart.setPalette(palette())
    show(qtbot, chart, QSize(640, 360))
    chart.set_band(band_status(BAND_HISTORY), NAMES, TODAY, share=0.75)
    colors = chart.colors()
    assert len({c.name() for c in colors}) == len(NAMES) + 1
    for item, color in zip(chart._fills, colors, strict=True):
        assert item.opts["fillBrush"].color() == color
    image = chart.graphics.grab().toImage()
    # Inside each layer, at the end (skills at 4, 3, 2, 1: a quarter each), its own colour.
    for level, share in ((4, 0.125), (3, 0.375), (2, 0.625), (1, 0.875)):
        pos = chart.viewport_pos(n(TODAY) - 20, share).toPoint()
        assert image.pixelColor(pos) == colors[level], level
    # The strip: each run of the band level in that level's colour, where the plot draws it.
    strip_rects = chart.strip.segment_rects()
    assert [level for _, level in strip_rects] == [0, 1, 2]
    for rect, level in strip_rects[1:]:
        centre = chart.graphics.mapFromScene(chart.strip.mapToScene(rect.topLeft() + QPointF(3, 3)))
        assert image.pixelColor(centre) == colors[level], level
    # The strip lines up with the plot: a level's run starts where the plot's day is.
    (rect, _) = strip_rects[2]
    strip_x = chart.strip.mapToScene(rect.topLeft()).x()
    assert strip_x == pytest.approx(chart.scene_pos(n(D(2025, 2, 3)), 0).x(), abs=1.0)


def test_level_runs_merge_days_at_one_level() -> None:
    history = (
        BandPoint(D(2024, 1, 1), 0, (0.5,)),
        BandPoint(D(2024, 2, 1), 1, (1.0,)),
        BandPoint(D(2024, 3, 1), 1, (1.0,)),
    )
    jan, feb = n(D(2024, 1, 1)), n(D(2024, 2, 1))
    assert level_runs(history, 1e6) == [(jan, feb, 0), (feb, 1e6, 1)]
    assert level_runs(history[:1], 0) == [(jan, jan, 0)]
    assert level_runs((), 5) == []


def test_layers_tooltip_lists_the_share_at_each_level(qtbot: QtBot) -> None:
    chart = BandLayersChart()
    show(qtbot, chart)
    chart.set_band(band_status(BAND_HISTORY), NAMES, TODAY, share=0.75)
    tip = chart.tip_at(n(D(2024, 7, 1)))  # after the June assessments: 1, 2, 3, 3+... levels
    assert "Novice" in tip.splitlines()[0]  # band level 1
    assert "Competent: 25%" in tip
    assert "Advanced Beginner: 25%" in tip
    assert "Novice: 50%" in tip
    assert chart.tip_at(n(D(2023, 1, 1))) == ""  # before the first assessment

    # Hovering the plot (or the strip above it) shows it.
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    viewport = chart.graphics.viewport()
    day_x = chart.scene_pos(n(D(2024, 7, 1)), 0).x()
    strip_y = chart.strip.mapToScene(QPointF(0, 8)).y()
    for pos in (
        chart.viewport_pos(n(D(2024, 7, 1)), 0.5).toPoint(),
        chart.graphics.mapFromScene(QPointF(day_x, strip_y)),
    ):
        QToolTip.hideText()
        event = QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
        QApplication.sendEvent(viewport, event)
        assert QToolTip.text() == tip


def test_layers_from_a_real_journal(qtbot: QtBot, ctx: AppContext) -> None:
    skills = ctx.journal.skills
    band = skills.add_band("Backend")
    ids = [skills.add_skill(band.id, name, target_level=4).id for name in ("Go", "SQL", "APIs")]
    skills.record_assessment(ids[0], 2, assessed_on=D(2024, 3, 1))
    skills.record_assessment(ids[1], 3, assessed_on=D(2024, 3, 1))
    skills.record_assessment(ids[2], 1, assessed_on=D(2024, 9, 1))
    skills.record_assessment(ids[0], 4, assessed_on=D(2025, 1, 15))
    overview = skills.overview(TODAY)
    status = overview.bands[0]
    chart = BandLayersChart()
    show(qtbot, chart)
    chart.set_band(status, overview.level_names, overview.as_of, share=overview.share)
    mix = [ys[-1] for _, ys in chart.mix_series()]
    assert len(mix) == overview.top + 1
    # At the end: levels 4, 3, 1 -> a third each at 1, 3 and 4; the band level is the one 75%
    # reach (3 of 3).
    assert mix == pytest.approx([0, 1 / 3, 0, 1 / 3, 1 / 3, 0])
    xs, ys = chart.level_series()
    assert xs[0] == n(D(2024, 3, 1))
    assert xs[-1] == n(TODAY)
    assert ys[-1] == status.level == 1


def test_empty_band_shows_the_hint(qtbot: QtBot) -> None:
    chart = BandLayersChart()
    show(qtbot, chart)
    chart.set_band(band_status(()), NAMES, TODAY)
    assert chart.is_empty()
    assert RECORD_SHORTCUT in chart.hint_text()
    assert chart.layers() == []
    assert chart.level_series() == ([], [])
    assert chart.strip_segments() == []
    assert chart.rule() is None
    assert "%" not in chart.explanation()
    chart.clear()
    assert not chart.is_empty()


# -- radar -----------------------------------------------------------------------------------------


def test_radar_vertices_sit_on_their_spokes_at_their_levels(qtbot: QtBot) -> None:
    radar = BandRadar()
    show(qtbot, radar, radar.sizeHint())
    bands = [("Backend", 3, 4), ("Frontend", 1, 2), ("People", 5, 5), ("Ops", 0, 3)]
    radar.set_bands(bands, 5)
    assert radar.mode() == "radar"
    points = radar.points()
    assert set(points) == {"now", "target"}
    cx, cy = radar.centre()
    radius = radar.radius()
    assert radius > 60
    for series, key in (("now", 1), ("target", 2)):
        assert len(points[series]) == len(bands)
        for i, ((x, y), band) in enumerate(zip(points[series], bands, strict=True)):
            assert math.hypot(x - cx, y - cy) == pytest.approx(radius * band[key] / 5, abs=1e-6)
            if band[key]:  # spokes clockwise from the top, a quarter turn apart
                angle = math.degrees(math.atan2(x - cx, cy - y)) % 360
                assert angle == pytest.approx(90 * i, abs=1e-6)
    # Hovering a vertex names its band.
    x, y = points["now"][0]
    assert radar.band_at(QPointF(x, y)) == 0
    x, y = points["target"][2]
    assert radar.band_at(QPointF(x, y)) == 2
    assert radar.bars() == []
    assert "spoke" in radar.explanation()


def test_radar_clamps_levels_to_the_scale(qtbot: QtBot) -> None:
    radar = BandRadar()
    show(qtbot, radar, radar.sizeHint())
    radar.set_bands([("A", 9, 9), ("B", -1, 2), ("C", 2, 2)], 5)
    cx, cy = radar.centre()
    (ax, ay), (bx, by), _ = radar.points()["now"]
    assert math.hypot(ax - cx, ay - cy) == pytest.approx(radar.radius())
    assert (bx, by) == pytest.approx((cx, cy))


def test_two_bands_are_bars(qtbot: QtBot) -> None:
    radar = BandRadar()
    show(qtbot, radar, radar.sizeHint())
    radar.set_bands([("Backend", 3, 4), ("Frontend engineering", 1, 3)], 5)
    assert radar.mode() == "bars"
    assert radar.points() == {}
    (name1, now1, target1), (name2, now2, target2) = radar.bars()
    assert (name1, name2) == ("Backend", "Frontend engineering")
    # Bars start at level 0 and grow in proportion to the level; targets outline their level.
    assert now1.left() == now2.left() == target1.left()
    unit = now1.width() / 3
    assert now2.width() == pytest.approx(unit)
    assert target1.width() == pytest.approx(4 * unit)
    assert target2.width() == pytest.approx(3 * unit)
    assert now1.bottom() < now2.top()
    assert now1.right() <= radar.width()
    assert radar.band_at(now2.center()) == 1
    assert "bar" in radar.explanation()


def test_one_band_is_a_bar_and_no_band_a_hint(qtbot: QtBot) -> None:
    radar = BandRadar()
    show(qtbot, radar, radar.sizeHint())
    radar.set_bands([("Backend", 2, 3)], 5)
    assert radar.mode() == "bars"
    assert len(radar.bars()) == 1
    radar.set_bands([], 5)
    assert radar.mode() == "empty"
    assert radar.points() == {}
    assert radar.bars() == []
    assert radar.hint_text()
    assert not radar.grab().isNull()


def test_radar_size_hint(qtbot: QtBot) -> None:
    radar = BandRadar()
    qtbot.addWidget(radar)
    assert radar.sizeHint() == QSize(360, 300)


# -- rendering in both themes ----------------------------------------------------------------------


def make_charts() -> list[QWidget]:
    history = SkillHistoryChart()
    history.set_history(HISTORY, NAMES, 4, TODAY)
    layers = BandLayersChart()
    layers.set_band(band_status(BAND_HISTORY), NAMES, TODAY, share=0.75)
    radar = BandRadar()
    radar.set_bands([("Backend", 3, 4), ("Frontend", 2, 3), ("People", 1, 3)], 5)
    bars = BandRadar()
    bars.set_bands([("Backend", 3, 4), ("Frontend", 2, 3)], 5)
    return [history, layers, radar, bars]


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_charts_render_in_both_themes(qtbot: QtBot, palette: Callable[[], QPalette]) -> None:
    pal = palette()
    base = pal.color(QPalette.ColorRole.Base)
    charts = make_charts()
    for chart in charts:
        qtbot.addWidget(chart)
    for chart in charts:
        chart.setPalette(pal)
        show(qtbot, chart)
        image = chart.grab().toImage()
        assert not image.isNull()
        # The background follows the palette, and the chart is drawn on it.
        assert image.pixelColor(2, 2) == base
        colours = {
            image.pixel(x, y)
            for x in range(0, image.width(), 5)
            for y in range(0, image.height(), 5)
        }
        assert len(colours) > 12, type(chart).__name__
        assert chart.explanation()


def test_time_charts_follow_palette_changes(qtbot: QtBot) -> None:
    chart = BandLayersChart()
    show(qtbot, chart)
    chart.set_band(band_status(BAND_HISTORY), NAMES, TODAY)
    for palette in (dark_palette(), light_palette()):
        chart.setPalette(palette)
        assert chart.graphics.backgroundBrush().color() == palette.color(QPalette.ColorRole.Base)
        axis = chart.plot.getAxis("left")
        assert axis.textPen().color() == palette.color(QPalette.ColorRole.WindowText)


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_radar_ring_numbers_are_drawn_over_the_shapes(
    qtbot: QtBot, palette: Callable[[], QPalette]
) -> None:
    radar = BandRadar()
    pal = palette()
    radar.setPalette(pal)
    show(qtbot, radar, radar.sizeHint())
    # Every band at the top: the "now" shape covers every ring's number.
    radar.set_bands([("Backend", 5, 5), ("Frontend", 5, 5), ("People", 5, 5)], 5)
    labels = radar.ring_labels()
    assert [level for level, _ in labels] == [1, 2, 3, 4, 5]
    image = radar.grab().toImage()
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.WindowText)
    for level, box in labels:
        # The chip is opaque (the background colour, not the shape's fill) ...
        inside = box.adjusted(2, 2, -2, -2)
        chip = image.pixelColor(inside.topLeft().toPoint())
        assert chip == base, level
        # ... and its number is drawn on it in the text colour.
        ink = [
            image.pixelColor(int(x), int(y))
            for x in range(int(inside.left()), int(inside.right()) + 1)
            for y in range(int(inside.top()), int(inside.bottom()) + 1)
        ]
        assert max(contrast_ratio(c, base) for c in ink) >= 4.5, level
        assert min(abs(c.lightnessF() - text.lightnessF()) for c in ink) < 0.2, level


def test_strip_names_only_say_something_when_elided() -> None:
    from careerjournal.ui.skills.charts import readable_elision

    assert readable_elision("Novice", "Novice")
    assert readable_elision("Competent", "Compe…")
    assert not readable_elision("Proficient", "P…")
    assert not readable_elision("No level", "No l…")
    assert not readable_elision("Expert", "…")
