"""The Insights dashboard: every card's figures for a small known journal, the cadence heatmap,
refreshing on change, the column layout, and an empty journal."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.services import EntryDraft, Journal, RoleDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.insights.cards import InsightCard
from careerjournal.ui.insights_page import InsightsPage
from careerjournal.wording import insights as words

D = dt.date
TODAY = D(2024, 6, 15)  # a Saturday


@pytest.fixture(autouse=True)
def english_dates() -> object:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield None
    QLocale.setDefault(before)


def add(
    journal: Journal,
    day: dt.date,
    kind: EntryKind = EntryKind.SKILL,
    *,
    impact: int = 2,
    tags: Sequence[str] = (),
) -> None:
    journal.entries.add(
        EntryDraft(title="x", occurred_on=day, kind=kind, impact=impact, tags=tuple(tags))
    )


@pytest.fixture
def known(ctx: AppContext) -> Journal:
    """Eight micro-progressions over four tags, two each (entropy 1.0, nothing recognised); weeks
    with entries: 8 Jan, then 27 May, 3 Jun and 10 Jun (this week) in a row; two on 11 June."""
    journal = ctx.journal
    journal.profile.update(career_start=D(2016, 1, 1))
    add(journal, D(2024, 1, 8), tags=["api"])
    add(journal, D(2024, 5, 27), tags=["docs"])
    add(journal, D(2024, 6, 3), EntryKind.PROJECT, impact=4, tags=["infra"])
    add(journal, D(2024, 6, 11), tags=["ml"])
    add(journal, D(2024, 6, 11), tags=["ml"])
    add(journal, D(2024, 6, 12), tags=["api"])
    add(journal, D(2024, 6, 13), tags=["docs"])
    add(journal, D(2024, 6, 14), tags=["infra"])
    return journal


def page_for(qtbot: QtBot, ctx: AppContext, width: int = 1300) -> InsightsPage:
    page = InsightsPage(ctx)
    qtbot.addWidget(page)
    page.resize(width, 900)
    page.set_today(TODAY)
    page.show()
    qtbot.waitExposed(page)
    return page


def visible_texts(widget: object) -> str:
    return "\n".join(
        label.text()
        for label in widget.findChildren(QLabel)  # type: ignore[attr-defined]
        if label.isVisibleTo(widget)  # type: ignore[arg-type]
    )


def test_cards_show_the_known_figures(qtbot: QtBot, ctx: AppContext, known: Journal) -> None:
    page = page_for(qtbot, ctx)
    ins = known.insights.compute(TODAY)

    # Cadence: a 3-week streak now, the longest 3; 4 of the last 52 weeks.
    assert page.cadence.current.text() == "3 weeks"
    assert page.cadence.longest.text() == "3 weeks"
    assert page.cadence.share.text() == "4/52 (8%)"
    assert page.cadence.feedback.text() == "—"  # no feedback entry yet

    # Momentum: the trend word, and the sentence worded from the service's figures (the same
    # English as the CLI's).
    assert page.momentum.trend_label.text() == words.trend_text(ins.momentum)
    assert page.momentum.trend_label.text().startswith("up: 3-month average")
    assert page.momentum.average_3.text() == f"{ins.momentum.average_3:.1f}"
    chart = page.momentum.chart
    assert chart is not None
    assert not chart.is_empty()
    assert len(chart.bar_values()) == 24  # type: ignore[attr-defined]
    assert chart.average_lines() == pytest.approx(  # type: ignore[attr-defined]
        (ins.momentum.average_3, ins.momentum.average_12)
    )

    # Fragmentation: evenly over four areas, unrecognised: the warning shows, amber-framed.
    assert page.fragmentation.entropy.text() == "1.00"
    assert page.fragmentation.entries.text() == "8"
    assert page.fragmentation.warning
    assert page.fragmentation.warning_box.isVisible()
    assert page.fragmentation.bars.areas() == [("#api", 2), ("#docs", 2), ("#infra", 2), ("#ml", 2)]
    assert page.fragmentation.advice_label.text() == (
        "Your last 12 months' 8 micro-progressions are spread over 4 areas (spread 1.00): "
        "#api 2, #docs 2, #infra 2 and 1 other; none of it was formally recognised. Ask for "
        "a review or recognition of the whole, or choose the area to grow in."
    )
    assert page.fragmentation.advice_label.text() == words.fragmentation_advice(ins.fragmentation)

    # Leaps: no promotions, eight micro-progressions, the cumulative line drawn.
    assert page.leaps.promotions.text() == "0"
    assert page.leaps.micro.text() == "8"
    leaps_chart = page.leaps.chart
    assert leaps_chart is not None
    _xs, ys = leaps_chart.series()  # type: ignore[attr-defined]
    assert ys[-1] == 8

    # Stage: 8.5 years since 1 Jan 2016 from the profile: mid-career.
    assert page.stage.stage.text() == "Mid-career"
    assert page.stage.years.text() == "8.5 years"
    assert "from your profile" in page.stage.source_label.text()
    assert page.stage.guidance_label.text().startswith("• ")
    # The guidance cites the other cards: mid-career, the leaps comparison comes first.
    guidance = page.stage.guidance_label.text().split("\n")
    assert guidance == [f"• {point}" for point in words.guidance(ins)]
    assert guidance[0] == "• No promotions recorded yet."
    assert "Watch fragmentation: Your last 12 months' 8 micro-progressions" in guidance[2]

    # Every card carries its one-line explanation.
    for card in page.cards():
        assert card.explanation_label.text()
        assert card.explanation_label.isVisible()


def test_figures_are_written_as_the_locale_writes_numbers(
    qtbot: QtBot, ctx: AppContext, known: Journal
) -> None:
    """A German window shows "1,00", not "1.00" (the figures were formatted by Python)."""
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    page = page_for(qtbot, ctx)
    ins = known.insights.compute(TODAY)
    assert page.fragmentation.entropy.text() == "1,00"
    for figure, value in (
        (page.momentum.average_3, ins.momentum.average_3),
        (page.momentum.average_12, ins.momentum.average_12),
    ):
        assert figure.text() == f"{value:.1f}".replace(".", ",")


def test_stage_override_and_lattice_moves(qtbot: QtBot, ctx: AppContext) -> None:
    journal = ctx.journal
    journal.roles.add(RoleDraft("Engineer", D(2018, 1, 1), function="Backend"))
    journal.roles.add(
        RoleDraft("Site Reliability Engineer", D(2022, 3, 1), function="Reliability",
                  move_kind=MoveKind.LATERAL)
    )  # fmt: skip
    journal.profile.update(stage_override="late")
    page = page_for(qtbot, ctx)
    assert page.stage.stage.text() == "Late career (set by you)"
    assert page.lattice.lateral.text() == "1"
    assert page.lattice.move_rows() == [
        ("1 Mar 2022", "Lateral", "Site Reliability Engineer", "Backend → Reliability")
    ]
    assert page.lattice.functions_label.text() == "Functions worked in: Backend → Reliability"
    assert not page.lattice.empty_label.isVisible()


def test_heatmap_has_the_last_365_days(qtbot: QtBot, ctx: AppContext, known: Journal) -> None:
    page = page_for(qtbot, ctx)
    heatmap = page.cadence.heatmap
    days = heatmap.days()
    assert len(days) == 365
    assert days[-1][0] == TODAY
    assert heatmap.count_on(D(2024, 6, 11)) == 2
    assert heatmap.tooltip_text(D(2024, 6, 11)) == "Tue 11 Jun 2024: 2 entries"
    assert heatmap.tooltip_text(D(2024, 6, 10)) == "Mon 10 Jun 2024: no entries"
    # Weeks from Monday: Monday is the first row, and the day under its cell is found again.
    assert heatmap.row_of(D(2024, 6, 10)) == 0
    rect = heatmap.cell_rect(D(2024, 6, 11))
    assert heatmap.day_at(rect.center().toPoint()) == D(2024, 6, 11)
    assert heatmap.level(2) > heatmap.level(1) > heatmap.level(0) == 0
    assert heatmap.column_of(TODAY) <= 52

    # Weeks from Sunday: the rows follow the profile.
    known.profile.update(week_start=6)
    qtbot.waitUntil(lambda: heatmap.row_of(D(2024, 6, 9)) == 0)
    assert heatmap.row_of(D(2024, 6, 10)) == 1


def test_page_refreshes_when_an_entry_is_added(
    qtbot: QtBot, ctx: AppContext, known: Journal
) -> None:
    page = page_for(qtbot, ctx)
    assert page.fragmentation.warning_box.isVisible()
    add(known, D(2024, 6, 15), EntryKind.RECOGNITION)
    qtbot.waitUntil(lambda: not page.fragmentation.warning_box.isVisible())
    assert not page.fragmentation.warning
    assert page.fragmentation.recognised.text() == "Yes"
    assert page.cadence.recognition.text() == "0 days"

    # Hidden, it only notes the change and catches up when shown again.
    page.hide()
    add(known, D(2024, 6, 15), EntryKind.FEEDBACK)
    assert page.is_stale
    assert page.cadence.feedback.text() == "—"
    page.show()
    assert page.cadence.feedback.text() == "0 days"


def test_empty_journal_renders_every_card(qtbot: QtBot, ctx: AppContext) -> None:
    page = page_for(qtbot, ctx)
    page.grab()  # paints every card, the bars and the heatmap
    assert page.insights is not None
    assert page.insights.is_empty
    for card in page.cards():
        assert isinstance(card, InsightCard)
        assert card.explanation_label.text()
    assert page.leaps.chart.is_empty()  # type: ignore[union-attr]
    assert page.momentum.chart.is_empty()  # type: ignore[union-attr]
    assert not page.fragmentation.warning_box.isVisible()
    assert page.fragmentation.empty_label.isVisible()
    assert page.lattice.empty_label.isVisible()
    assert page.cadence.current.text() == "0 weeks"
    assert len(page.cadence.heatmap.days()) == 365
    assert page.stage.stage.text() == "Not known yet"
    assert "No next promotion pinned" in visible_texts(page)


def test_two_columns_when_wide_one_when_narrow(qtbot: QtBot, ctx: AppContext) -> None:
    page = page_for(qtbot, ctx, width=1300)
    qtbot.waitUntil(lambda: page.columns == 2)
    assert page.leaps.geometry().top() == page.momentum.geometry().top()
    page.resize(700, 900)
    qtbot.waitUntil(lambda: page.columns == 1)
    qtbot.waitUntil(lambda: page.momentum.geometry().top() > page.leaps.geometry().bottom())
    # No horizontal scrolling when narrow.
    assert not page.scroll.horizontalScrollBar().isVisible()


def test_the_page_does_not_load_pyqtgraph_until_it_refreshes() -> None:
    code = (
        "import sys\n"
        "from careerjournal.ui import insights_page\n"
        "print('pyqtgraph' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


class Marking(QTranslator):
    """A translator that marks every insight sentence it is asked for: what shows unmarked in a
    card did not pass through translation."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return (
            f"«{source}»" if context in ("InsightWords", "ProgressWords") else None
        )  # None: not translated here


def test_card_sentences_pass_through_translation(
    qtbot: QtBot, ctx: AppContext, known: Journal
) -> None:
    marking = Marking()
    QCoreApplication.installTranslator(marking)
    try:
        page = page_for(qtbot, ctx)
    finally:
        QCoreApplication.removeTranslator(marking)
    for card in page.cards():
        assert card.explanation_label.text().startswith("«"), card.key
        if card.advice_label.isVisibleTo(card):
            assert card.advice_label.text().startswith("«"), card.key
    assert page.leaps.comparison_label.text() == "«No promotions recorded yet.»"
    assert page.momentum.trend_label.text().startswith("«up»: «3-month average")
    for line in page.stage.guidance_label.text().split("\n"):
        assert line.startswith("• «"), line
