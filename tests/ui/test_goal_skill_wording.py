"""Goal progress and skill-band facts reach the screen through translation.

The services return codes and numbers; `ui/goals/wording.py` and `ui/skills/wording.py` word
them with tr(). A translator that marks every message of those contexts shows that each text a
user reads there passed through translation (a sentence built in the core would come out
unmarked), and the English without a translator keeps its meaning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from careerjournal.domain import CriterionKind, GoalStatus
from careerjournal.services import GoalDraft, MilestoneDraft
from careerjournal.services.goal_progress import Completion, Criterion
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor.milestone_section import milestone_choices
from careerjournal.ui.goals import wording as goal_words
from careerjournal.ui.goals.model import GoalColumn, MilestoneColumn
from careerjournal.ui.goals.pinned_card import NextPromotionCard
from careerjournal.ui.goals.view import GoalsView
from careerjournal.ui.skills.model import Column
from careerjournal.ui.skills.view import SkillsView

TODAY = dt.date(2025, 6, 1)
OURS = frozenset({"GoalWording", "SkillWording", "ProgressWords"})


class Marking(QTranslator):
    """Wraps each message of the wording contexts in «…»; leaves every other one alone."""

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if context not in OURS:
            return None
        return f"«{sourceText}»"

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    qapp.installTranslator(translator)
    yield None
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def english_dates() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield None
    QLocale.setDefault(before)


@pytest.fixture
def goal_id(ctx: AppContext) -> int:
    """A pinned goal: one milestone done by hand, one open that waits for Python at Expert."""
    band = ctx.journal.skills.add_band("Craft").id
    python = ctx.journal.skills.add_skill(band, "Python").id
    ctx.journal.skills.record_assessment(python, 3, assessed_on=dt.date(2025, 2, 1))
    return ctx.journal.goals.add(
        GoalDraft(
            "Staff engineer",
            created_on=dt.date(2025, 1, 1),
            target_date=dt.date(2026, 1, 1),
            pinned=True,
        ),
        [
            MilestoneDraft("Lead the migration", done_on=dt.date(2025, 3, 1), weight=2),
            MilestoneDraft(
                "Python at Expert",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": python, "level": 5},
            ),
        ],
    ).id


def test_the_pinned_card_words_the_facts_in_english(qtbot: QtBot, ctx: AppContext, goal_id: int):
    card = NextPromotionCard()
    qtbot.addWidget(card)
    card.refresh(ctx.journal, TODAY)
    assert card.explanation_label.text() == (
        "Done share of milestone weight: 2 of 3 (1 of 2 milestones done)."
    )
    # 2/3 of the goal in the 151 days since 1 Jan: 0.667 / 151 * 30.44 = 13% a month.
    assert card.pace_label.text() == (
        "+13% of the goal per month over the 5 months since the goal started "
        "(1 milestone completed)."
    )
    assert card.schedule_label.text() == ("Ahead by time elapsed: 67% done, 41% of the time gone.")


def test_the_pinned_card_texts_pass_through_translation(
    qtbot: QtBot, ctx: AppContext, goal_id: int, marking: None
) -> None:
    card = NextPromotionCard()
    qtbot.addWidget(card)
    card.refresh(ctx.journal, TODAY)
    for label in (card.explanation_label, card.pace_label, card.schedule_label):
        assert label.text().startswith("«"), label.objectName()
    assert card.projection_label.text().startswith("«Too little history")


def test_goal_and_milestone_tables_word_through_translation(
    qtbot: QtBot, ctx: AppContext, goal_id: int, marking: None
) -> None:
    view = GoalsView(ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.show()
    assert view.select_goal(goal_id)
    goals = view.goal_model
    progress_tip = goals.index(0, GoalColumn.PROGRESS).data(Qt.ItemDataRole.ToolTipRole)
    assert "«Done share of milestone weight: 2 of 3 (1 of 2 milestones done).»" in progress_tip
    standing_tip = goals.index(0, GoalColumn.STANDING).data(Qt.ItemDataRole.ToolTipRole)
    assert "«Ahead by time elapsed: 67% done, 41% of the time gone.»" in standing_tip
    completes = view.milestone_model.index(1, MilestoneColumn.COMPLETES).data()
    assert completes == "«Python at Expert or above (now Competent).»"
    assert "«Ahead by time elapsed" in view.progress_line.text()
    assert view.chart.note_text().startswith("«Too little history: ")


def test_a_closed_goal_says_how_and_when_it_closed(
    qtbot: QtBot, ctx: AppContext, goal_id: int
) -> None:
    goal = ctx.journal.goals.get(goal_id)
    dropped = GoalDraft(
        goal.title,
        created_on=goal.created_on,
        status=GoalStatus.DROPPED,
        closed_on=dt.date(2025, 4, 1),
    )
    ctx.journal.goals.update(goal_id, dropped, expected_version=goal.version)
    gp = ctx.journal.goals.progress(goal_id, TODAY)
    assert goal_words.schedule_text(gp) == "Dropped on 1 Apr 2025 with 67% done."
    assert goal_words.projection_reason(gp) == "Dropped: nothing to project."


def test_user_text_in_a_criterion_is_kept_as_typed() -> None:
    # A skill named with a placeholder must not pull another value into the sentence.
    facts = Criterion(Completion.SKILL_LEVEL, skill="C%2 and %3", level=3, level_name="Competent")
    assert goal_words.criterion_text(facts) == (
        "C%2 and %3 at Competent or above (now not assessed)."
    )


@pytest.fixture
def skills_view(qtbot: QtBot, ctx: AppContext) -> SkillsView:
    s = ctx.journal.skills
    craft = s.add_band("Craft").id
    python = s.add_skill(craft, "Python", target_level=4).id
    s.add_skill(craft, "Docs")
    s.record_assessment(python, 3, assessed_on=dt.date(2025, 2, 1))
    view = SkillsView(ctx, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    assert view.select("band", craft)
    return view


def test_band_texts_in_english(skills_view: SkillsView) -> None:
    craft = skills_view.proxy.index(0, 0)
    assert skills_view.rule_label.text() == (
        "A band is at a level when at least 75% of its skills are at that level or above."
    )
    assert craft.siblingAtColumn(Column.NOTES).data() == "1 of 2 below Novice"
    assert "Next level: 1 of 2 skills below Novice (1 must rise)." in (
        skills_view.detail.band_missing.text()
    )
    docs = skills_view.proxy.index(1, 0, craft)
    assert docs.siblingAtColumn(Column.NOW).data() == "Not assessed"


def test_band_texts_pass_through_translation(
    qtbot: QtBot, ctx: AppContext, marking: None, skills_view: SkillsView
) -> None:
    skills_view.refresh()  # worded again with the translator installed
    craft = skills_view.proxy.index(0, 0)
    assert skills_view.rule_label.text() == (
        "«A band is at a level when at least 75% of its skills are at that level or above.»"
    )
    assert craft.siblingAtColumn(Column.NOTES).data() == "«1 of 2 below Novice»"
    tip = craft.data(Qt.ItemDataRole.ToolTipRole)
    assert "«1 of 2 skills below Novice (1 must rise)»" in tip
    docs = skills_view.proxy.index(1, 0, craft)
    assert docs.siblingAtColumn(Column.NOW).data() == "«Not assessed»"


def test_the_entry_editor_names_what_completes_a_milestone_in_the_users_language(
    ctx: AppContext, goal_id: int, marking: None
) -> None:
    choices, _linked = milestone_choices(ctx.journal, today=TODAY)
    details = {c.title: c.detail for c in choices}
    assert details["Python at Expert"] == "«Python at Expert or above (now Competent).»"
