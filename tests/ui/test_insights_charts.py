"""Insights charts: promotion labels beside their own lines, count axes that keep their labels at
100,000 entries, a heatmap whose steps can be told apart, and counts worded with Qt's plurals."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from careerjournal.domain import MoveKind
from careerjournal.services import EntryDraft, RoleDraft
from careerjournal.services.insights import LeapsAdvice, LeapsCard, LeapsComparison
from careerjournal.services.roles import Promotion
from careerjournal.ui.colors import contrast_ratio
from careerjournal.ui.context import AppContext
from careerjournal.ui.insights.cards import HEATMAP_LEVELS, Heatmap, heatmap_colors
from careerjournal.ui.insights.charts import LABEL_GAP, LeapsChart, place_labels
from careerjournal.ui.insights_page import InsightsPage
from careerjournal.ui.theme import dark_palette, light_palette
from careerjournal.ui.timeline.view import TimelineView

D = dt.date
TODAY = D(2026, 11, 26)


def leaps_card(promotions: list[tuple[dt.date, str]], top: int = 1500) -> LeapsCard:
    first = D(2014, 9, 30)
    months = [(first + dt.timedelta(days=30 * i)) for i in range(146)]
    cumulative = tuple((day, round(top * (i + 1) / len(months))) for i, day in enumerate(months))
    return LeapsCard(
        promotions=tuple(Promotion(day, title, "role") for day, title in promotions),
        cumulative=cumulative,
        micro_total=top,
        last_promotion=promotions[-1][0] if promotions else None,
        days_since_last_promotion=None,
        average_interval_days=None,
        comparison=LeapsComparison.INTERVAL,
        advice=LeapsAdvice.KEEP_GOING,
    )


SAMPLE = [
    (D(2016, 6, 15), "Software Engineer"),
    (D(2019, 3, 15), "Senior Software Engineer"),
    (D(2022, 2, 15), "Tech Lead, Developer Platform"),
]


def chart_at(qtbot: QtBot, card: LeapsCard, width: int) -> LeapsChart:
    chart = LeapsChart()
    qtbot.addWidget(chart)
    chart.resize(width, 200)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_leaps(card)
    qtbot.wait(10)
    return chart


def check_places(chart: LeapsChart) -> None:
    """Each label touches its own line, inside the plot, overlapping no other label."""
    places = chart.label_places()
    width = chart.view_box.width()
    assert len(places) == len(chart.promotion_markers())
    rect = chart.view_box.viewRect()
    for i, p in enumerate(places):
        assert p.left >= -0.5
        assert p.right <= width + 0.5
        beside = (
            abs(p.left - (p.line + LABEL_GAP)) < 0.5 or abs(p.right - (p.line - LABEL_GAP)) < 0.5
        )
        assert beside, (i, p)
        for q in places[i + 1 :]:
            empty = q.right - q.left == 0
            assert empty or q.row != p.row or q.left >= p.right or p.left >= q.right, (p, q)
    # The drawn text is where the layout put it.
    for p, label in zip(places, chart._labels, strict=True):
        if p.right - p.left == 0:
            continue
        x = (label.pos().x() - rect.left()) / rect.width() * width
        assert x == pytest.approx(p.left, abs=1.0)


@pytest.mark.parametrize("width", [420, 700, 1000])
def test_promotion_labels_sit_beside_their_own_lines(qtbot: QtBot, width: int) -> None:
    chart = chart_at(qtbot, leaps_card(SAMPLE), width)
    check_places(chart)
    places = chart.label_places()
    # A label that does not fit whole is elided, not dropped; the first always begins at its line.
    assert places[0].left == pytest.approx(places[0].line + LABEL_GAP)
    for (_, title), text in zip(SAMPLE, chart.label_texts(), strict=True):
        assert text == title or (text.endswith("…") and title.startswith(text[:-1]))


def test_many_close_promotions_never_overlap(qtbot: QtBot) -> None:
    crowded = [(D(2015 + i // 2, 1 + 6 * (i % 2), 1), f"Role number {i}") for i in range(14)]
    chart = chart_at(qtbot, leaps_card(crowded), 460)
    check_places(chart)


def test_place_labels_by_hand() -> None:
    # Alone, with room on the right: right of its line, whole, in the first row.
    (alone,) = place_labels([10.0], [60.0], 400.0)
    assert (alone.row, alone.left, alone.elided) == (0, 10 + LABEL_GAP, False)
    # At the right edge: left of its line.
    (edge,) = place_labels([390.0], [60.0], 400.0)
    assert edge.right == pytest.approx(390 - LABEL_GAP)
    # Lines 50 px apart, labels 80 px wide: the first fits left of its line crossing nothing,
    # the second right of its own.
    first, second = place_labels([100.0, 150.0], [80.0, 80.0], 400.0)
    assert (first.left, first.right) == (pytest.approx(16.0), pytest.approx(96.0))
    assert (second.row, second.left) == (0, pytest.approx(154.0))
    # No clean place: whole, right of its line, in the next row free of labels.
    a, b = place_labels([20.0, 60.0], [120.0, 120.0], 400.0)
    assert (a.row, a.left) == (0, pytest.approx(24.0))
    assert (b.row, b.left, b.elided) == (1, pytest.approx(64.0), False)
    # Three rows full: the fourth label is elided to the room left, or not shown at all.
    crowded = place_labels([10.0, 20.0, 30.0, 40.0], [300.0] * 4, 330.0)
    assert [p.row for p in crowded[:3]] == [0, 1, 2]
    assert crowded[3].right - crowded[3].left == 0.0


def text_specs(axis: object) -> list[str]:
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)  # type: ignore[attr-defined]
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


def test_the_count_axis_keeps_its_labels_at_100000_entries(qtbot: QtBot) -> None:
    chart = chart_at(qtbot, leaps_card(SAMPLE, top=95_652), 600)
    labels = text_specs(chart.count_axis)
    assert labels, "the y axis lost its labels"
    assert any(label.endswith("k") for label in labels)  # 50k, 100k: short enough to fit


# -- the heatmap ------------------------------------------------------------------------------


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_heatmap_steps_are_told_apart(palette: QPalette) -> None:
    base = palette.color(QPalette.ColorRole.Base)
    colors = heatmap_colors(base, palette.color(QPalette.ColorRole.Highlight))
    assert len(colors) == HEATMAP_LEVELS
    assert contrast_ratio(colors[0], base) >= 1.25  # an empty day still shows on the card
    for lower, higher in itertools.pairwise(colors):
        assert contrast_ratio(lower, higher) >= 1.4, (lower.name(), higher.name())
    # Busier is further from the card, all the way up.
    distances = [contrast_ratio(c, base) for c in colors]
    assert distances == sorted(distances)


def test_the_heatmap_paints_with_those_steps(qtbot: QtBot) -> None:
    heatmap = Heatmap()
    qtbot.addWidget(heatmap)
    heatmap.setPalette(dark_palette())
    expected = heatmap_colors(
        dark_palette().color(QPalette.ColorRole.Base),
        dark_palette().color(QPalette.ColorRole.Highlight),
    )
    assert [c.name() for c in heatmap.colors()] == [QColor(c).name() for c in expected]


# -- counts and promotions on the page ---------------------------------------------------------


def test_counts_read_right_and_the_lattice_names_a_promotion(qtbot: QtBot, ctx: AppContext) -> None:
    journal = ctx.journal
    journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), function="Backend", level_rank=2))
    journal.roles.add(
        RoleDraft(
            "Lead",
            D(2026, 11, 25),
            function="Platform",
            level_rank=3,
            move_kind=MoveKind.DIAGONAL,
        )
    )
    journal.entries.add(EntryDraft("Shipped", occurred_on=D(2026, 11, 23)))
    page = InsightsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1300, 900)
    page.set_today(TODAY)
    assert page.leaps.promotions.text() == "1"
    assert page.lattice.promotions.text() == "1"  # the same count as the leaps card
    assert page.leaps.since.text() == "1 day"
    assert page.cadence.current.text() == "1 week"
    assert page.cadence.heatmap.tooltip_text(D(2026, 11, 23)).endswith(": 1 entry")
    (row,) = page.lattice.move_rows()
    assert row[1] == "Diagonal, a promotion"


def test_timeline_draws_a_promotion_line_at_every_promotion_insights_counts(
    qtbot: QtBot, sample_window: object
) -> None:
    window = sample_window
    window.show_area("insights")  # type: ignore[attr-defined]
    insights = window.findChild(InsightsPage, "insights_view")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: insights.insights is not None)
    counted = [p.day.toordinal() for p in insights.insights.leaps.promotions]
    assert len(counted) == 3  # two promotions and a diagonal step up
    assert insights.lattice.promotions.text() == "3"

    window.show_area("timeline")  # type: ignore[attr-defined]
    timeline = window.findChild(TimelineView)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: timeline is not None and len(timeline.presenter.promotion_days()) > 0)
    assert timeline.presenter.promotion_days() == counted
