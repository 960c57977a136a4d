"""The Levels area's position chart: drawn from a real rubric, empty states, light and dark."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette

from careerjournal.domain import Demonstration
from careerjournal.services import Journal
from careerjournal.services.framework_records import Rubric
from careerjournal.ui.context import AppContext
from careerjournal.ui.levels.chart import SubLevelChart
from careerjournal.ui.theme import dark_palette, light_palette

DATA = Path(__file__).resolve().parents[1] / "data" / "frameworks"
TODAY = dt.date(2026, 12, 6)


def rubric_with_history(journal: Journal) -> Rubric:
    """Acme's level 2 (3 criteria): two shown consistently, on two days, one sometimes."""
    journal.frameworks.import_file(DATA / "acme.yaml")
    first, second, third = journal.rubric.criteria(level=2)
    journal.rubric.assess(first.id, Demonstration.CONSISTENTLY, on=dt.date(2026, 3, 2))
    journal.rubric.assess(second.id, Demonstration.SOMETIMES, on=dt.date(2026, 6, 1))
    journal.rubric.assess(second.id, Demonstration.CONSISTENTLY, on=dt.date(2026, 9, 14))
    journal.rubric.assess(third.id, Demonstration.SOMETIMES, on=dt.date(2026, 9, 14))
    rubric = journal.rubric.rubric(level=2, on=TODAY)
    assert rubric is not None
    return rubric


def make_chart(qtbot) -> SubLevelChart:
    chart = SubLevelChart(None)
    qtbot.addWidget(chart)
    chart.resize(640, 380)
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_the_chart_draws_the_history_with_letters_and_says_how(qtbot, ctx: AppContext) -> None:
    rubric = rubric_with_history(ctx.journal)
    chart = make_chart(qtbot)
    chart.show_rubric(rubric)

    assert not chart.is_empty()
    assert chart.axis_titles() == {
        "bottom": "Date",
        "left": "Criteria shown consistently (%)",
    }
    xs, ys = chart.series()
    assert xs[0] == dt.date(2026, 3, 2).toordinal()
    assert xs[-1] == TODAY.toordinal()  # flat on to today
    assert ys[-1] == pytest.approx(200 / 3)
    assert all(0 <= y <= 100 for y in ys)
    assert [letter for _, letter in chart.chart.letters()] == list("ABCDE")
    assert [y for y, _ in chart.chart.letters()] == pytest.approx([10, 30, 50, 70, 90])
    assert "Today: position D" in chart.legend_labels()
    assert "Sub-level threshold" in chart.legend_labels()
    assert chart.how.isVisible()
    assert chart.how_text() == (
        "Position D: 2 of 3 level 2 criteria assessed “consistently” (66.7 %); "
        "A below 20 %, B below 40 %, C below 60 %, D below 80 %, E from 80 % "
        "(thresholds in Preferences › Levels)."
    )
    assert not chart.grab().isNull()


def test_custom_thresholds_move_the_letters_and_the_words(qtbot, ctx: AppContext) -> None:
    rubric = rubric_with_history(ctx.journal)
    ctx.journal.frameworks.update_settings(rubric.framework.id, thresholds=(0.5, 0.7, 0.8, 0.9))
    rubric = ctx.journal.rubric.rubric(level=2, on=TODAY)
    assert rubric is not None
    chart = make_chart(qtbot)
    chart.show_rubric(rubric)
    assert chart.how_text().startswith("Position B: 2 of 3 level 2 criteria")
    assert "A below 50 %, B below 70 %, C below 80 %, D below 90 %, E from 90 %" in (
        chart.how_text()
    )
    assert chart.chart.letters()[0] == (pytest.approx(25), "A")


def test_without_assessments_the_chart_says_what_to_do(qtbot, ctx: AppContext) -> None:
    ctx.journal.frameworks.import_file(DATA / "acme.yaml")
    rubric = ctx.journal.rubric.rubric(level=1, on=TODAY)
    assert rubric is not None
    assert not rubric.history
    chart = make_chart(qtbot)
    chart.show_rubric(rubric)
    assert chart.is_empty()
    assert chart.hint_text() == "Assess criteria of your level to see your position move."
    assert chart.series() == ([], [])
    assert chart.how_text().startswith("Position A: 0 of 2 level 1 criteria")
    assert not chart.grab().isNull()


def test_no_framework_and_no_level_are_said_too(qtbot, ctx: AppContext) -> None:
    chart = make_chart(qtbot)
    chart.show_rubric(None)
    assert chart.is_empty()
    assert "Import a progression framework" in chart.hint_text()
    assert chart.how_text() == ""
    assert not chart.how.isVisible()

    ctx.journal.frameworks.import_file(DATA / "acme.yaml")
    rubric = ctx.journal.rubric.rubric(on=TODAY)  # no role: no current level
    assert rubric is not None
    assert rubric.current is None
    chart.show_rubric(rubric)
    assert "Choose your current level" in chart.hint_text()
    assert not chart.grab().isNull()


@pytest.mark.parametrize("palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_the_chart_renders_in_both_themes(
    qtbot, ctx: AppContext, palette: Callable[[], QPalette]
) -> None:
    rubric = rubric_with_history(ctx.journal)
    pal = palette()
    chart = make_chart(qtbot)
    chart.setPalette(pal)
    chart.show_rubric(rubric)
    image = chart.chart.grab().toImage()
    assert not image.isNull()
    base = pal.color(QPalette.ColorRole.Base)
    assert chart.chart.graphics.backgroundBrush().color() == base
    text = pal.color(QPalette.ColorRole.WindowText)
    for name in ("left", "bottom", "right"):
        assert chart.chart.plot.getAxis(name).textPen().color() == text
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 8


def test_the_chart_follows_palette_changes(qtbot, ctx: AppContext) -> None:
    chart = make_chart(qtbot)
    chart.show_rubric(rubric_with_history(ctx.journal))
    for pal in (dark_palette(), light_palette()):
        chart.setPalette(pal)
        assert chart.chart.graphics.backgroundBrush().color() == pal.color(QPalette.ColorRole.Base)
        assert chart.chart.legend.labels() == chart.legend_labels() != []
