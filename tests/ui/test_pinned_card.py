"""The pinned goal's card, and the Insights page that carries it at the top of its dashboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from careerjournal.domain import GoalKind
from careerjournal.services import GoalDraft, GoalRecord, MilestoneDraft
from careerjournal.services.progress import Basis, Outlook, Projection
from careerjournal.ui.areas import areas, build_view
from careerjournal.ui.context import AppContext
from careerjournal.ui.goals import wording
from careerjournal.ui.goals.pinned_card import NextPromotionCard, projection_text
from careerjournal.ui.insights_page import InsightsPage

TODAY = dt.date(2025, 1, 1)


@pytest.fixture(autouse=True)
def english_dates() -> object:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield None
    QLocale.setDefault(before)


@pytest.fixture
def staff(ctx: AppContext) -> GoalRecord:
    """A pinned promotion goal started 1 Jan 2024: two of five equal milestones done in 2024."""
    return ctx.journal.goals.add(
        GoalDraft(
            "Staff Engineer promotion",
            kind=GoalKind.PROMOTION,
            target_role_title="Staff Engineer",
            target_level="L6",
            target_date=dt.date(2026, 6, 30),
            pinned=True,
            created_on=dt.date(2024, 1, 1),
        ),
        [
            MilestoneDraft("Lead the platform RFC", done_on=dt.date(2024, 4, 1)),
            MilestoneDraft("Mentor two engineers", done_on=dt.date(2024, 10, 1)),
            MilestoneDraft("Own an incident review", due_on=dt.date(2025, 3, 31)),
            MilestoneDraft("Speak at an external conference"),
            MilestoneDraft("Sponsorship from the VP"),
        ],
    )


def texts(widget: object) -> str:
    return "\n".join(
        label.text()
        for label in widget.findChildren(QLabel)  # type: ignore[attr-defined]
        if label.isVisibleTo(widget)  # type: ignore[arg-type]
    )


def test_card_summarises_the_pinned_goal(qtbot: QtBot, ctx: AppContext, staff: GoalRecord) -> None:
    card = NextPromotionCard()
    qtbot.addWidget(card)
    card.refresh(ctx.journal, TODAY)
    card.show()

    gp = ctx.journal.goals.progress(staff.id, TODAY)
    assert card.goal_id == staff.id
    assert card.caption.text() == "Next promotion"
    assert card.title_label.text() == "Staff Engineer promotion"
    assert card.target_label.text() == "Staff Engineer · L6 · by 30 Jun 2026"
    assert card.progress_bar.value() == 40
    assert card.percent_label.text() == "40%"
    assert card.explanation_label.text() == wording.explanation(gp)
    assert card.explanation_label.text().startswith("Done share of milestone weight: ")
    assert "2 of 5 milestones" in card.explanation_label.text()
    assert card.pace_label.text() == wording.pace_text(gp)
    assert " of the goal per month over the last 12 months (" in card.pace_label.text()
    assert gp.projection.outlook is Outlook.PROJECTED
    assert card.projection_label.text() == projection_text(gp.projection)
    assert card.projection_label.text().startswith("Ready between ")
    assert ", most likely " in card.projection_label.text()
    assert card.schedule_label.text() == wording.schedule_text(gp)
    assert card.schedule_label.text().startswith(("Ahead", "On track", "Behind"))
    assert card.milestones_label.text().splitlines() == [
        "•  Own an incident review · due 31 Mar 2025",
        "•  Speak at an external conference",
        "•  Sponsorship from the VP",
    ]
    assert card.content.isVisible()
    assert not card.empty.isVisible()

    with qtbot.waitSignal(card.open_goal_requested) as blocker:
        card.open_button.click()
    assert blocker.args == [staff.id]


def test_projection_reads_as_a_month_range_or_the_reason() -> None:
    projected = Projection(
        Outlook.PROJECTED,
        likely=dt.date(2028, 5, 30),
        earliest=dt.date(2027, 11, 11),
        latest=dt.date(2030, 6, 21),
    )
    assert projection_text(projected) == (
        "Ready between Nov 2027 and Jun 2030, most likely May 2028."
    )
    open_ended = Projection(
        Outlook.PROJECTED, likely=dt.date(2028, 5, 30), earliest=dt.date(2027, 11, 11)
    )
    assert projection_text(open_ended).startswith("Ready from Nov 2027 at the earliest")
    stalled = Projection(Outlook.STALLED, basis=Basis.NO_PROGRESS, window_days=365)
    assert projection_text(stalled) == (
        "No progress in the last 12 months: at this pace the goal is not reached."
    )
    assert projection_text(Projection(Outlook.CLOSED), achieved=False) == (
        "Dropped: nothing to project."
    )


def test_card_without_a_pinned_goal_says_how_to_pin_one(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.journal.goals.add(GoalDraft("Learn Rust"), [MilestoneDraft("Finish the book")])
    card = NextPromotionCard()
    qtbot.addWidget(card)
    card.refresh(ctx.journal, TODAY)
    card.show()
    assert card.goal_id is None
    assert not card.content.isVisible()
    assert card.empty.isVisible()
    assert texts(card) == (
        "No next promotion pinned. Pin a promotion goal in Goals to follow it here."
    )
    with qtbot.waitSignal(card.open_goal_requested) as blocker:
        card.empty_button.click()
    assert blocker.args == [0]


def test_a_pinned_goal_without_milestones_says_what_to_do(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.journal.goals.add(GoalDraft("Become a tech lead", pinned=True))
    card = NextPromotionCard()
    qtbot.addWidget(card)
    card.refresh(ctx.journal, TODAY)
    card.show()
    assert card.caption.text() == "Pinned goal"  # not a promotion goal
    assert card.progress_bar.value() == 0
    assert card.milestones_heading.text() == "No milestones yet"
    assert card.projection_label.text() == "No milestones yet: nothing to project."
    assert card.explanation_label.text() == (
        "No milestones yet: progress is the done share of milestone weight."
    )
    assert not card.target_label.isVisible()


def test_insights_page_refreshes_when_a_milestone_is_marked_done(
    qtbot: QtBot, ctx: AppContext, staff: GoalRecord
) -> None:
    page = InsightsPage(ctx)
    qtbot.addWidget(page)
    page.set_today(TODAY)
    page.show()
    assert page.objectName() == "insights_view"
    assert page.card.progress_bar.value() == 40
    assert "More insights are coming in this area" not in texts(page)
    assert "Big leaps vs incremental gains" in texts(page)

    incident = staff.milestones[2]
    ctx.journal.goals.set_done(
        incident.id,
        dt.date(2024, 12, 1),
        expected_version=ctx.journal.goals.get_milestone(incident.id).version,
    )
    qtbot.waitUntil(lambda: page.card.progress_bar.value() == 60)
    assert "Own an incident review" not in page.card.milestones_label.text()

    # Hidden, it only notes the change and catches up when shown again.
    page.hide()
    ctx.journal.goals.update(
        staff.id,
        GoalDraft(staff.title, kind=GoalKind.PROMOTION, created_on=staff.created_on),
        expected_version=ctx.journal.goals.get(staff.id).version,
    )  # unpinned
    assert page.is_stale
    assert page.card.goal_id == staff.id
    page.show()
    assert page.card.goal_id is None
    assert page.card.empty.isVisible()


def test_insights_page_forwards_the_card_request(
    qtbot: QtBot, ctx: AppContext, staff: GoalRecord
) -> None:
    page = InsightsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.open_goal_requested) as blocker:
        page.card.open_button.click()
    assert blocker.args == [staff.id]


def test_insights_area_builds_the_page(qtbot: QtBot, ctx: AppContext) -> None:
    (insights,) = (a for a in areas() if a.key == "insights")
    area = build_view(insights, ctx)
    qtbot.addWidget(area)
    assert area.objectName() == "insights_view"
    view = area.view()  # type: ignore[attr-defined]
    assert isinstance(view, InsightsPage)
