"""A milestone completed by a framework criterion, made and edited in the milestone dialog."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import CriterionKind, Demonstration
from careerjournal.services import EntryDraft, GoalDraft, MilestoneDraft, MilestoneRecord
from careerjournal.ui.context import AppContext
from careerjournal.ui.goals.dialogs import MilestoneDialog
from careerjournal.ui.record_conflicts import milestone_rows

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

ACME = Path(__file__).parents[1] / "data" / "frameworks" / "acme.yaml"
TODAY = dt.date(2025, 3, 15)
TESTS = "Writes tests that catch real bugs"
DOCS = "Writes clear design docs, see the guide (https://example.com/docs)"


@pytest.fixture
def criteria(ctx: AppContext) -> dict[str, int]:
    ctx.journal.frameworks.import_file(ACME)
    return {c.text: c.id for c in ctx.journal.rubric.criteria()}


def delivery(ctx: AppContext) -> str:
    """The title of the topic "Delivery" as the reader keeps it."""
    return next(c.topic_title for c in ctx.journal.rubric.criteria() if c.topic_key == "delivery")


def show(qtbot: QtBot, dialog: MilestoneDialog) -> MilestoneDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def alt(qtbot: QtBot, dialog: QDialog, key: Qt.Key) -> None:
    qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)


def framework_item_enabled(dialog: MilestoneDialog) -> tuple[bool, str]:
    model = dialog.criterion_combo.model()
    assert isinstance(model, QStandardItemModel)
    item = model.item(dialog.criterion_combo.findData(CriterionKind.FRAMEWORK.value))
    return item.isEnabled(), item.toolTip()


def status_of(ctx: AppContext, goal_id: int) -> tuple[bool, str]:
    (status,) = ctx.journal.goals.progress(goal_id).milestones
    return status.done, status.criterion.completion.value


def test_a_framework_milestone_made_in_the_dialog_opens_until_evidence_and_consistently(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    goal = ctx.journal.goals.add(GoalDraft("Engineer II", created_on=dt.date(2025, 1, 1)))
    dialog = show(
        qtbot,
        MilestoneDialog(
            journal=ctx.journal,
            today=TODAY,
            commit=lambda d: ctx.journal.goals.add_milestone(goal.id, d),
        ),
    )
    assert framework_item_enabled(dialog) == (True, "")
    assert not dialog.framework_combo.isVisible()

    alt(qtbot, dialog, Qt.Key.Key_C)  # "&Completes"
    assert focused() is dialog.criterion_combo
    qtbot.keyClick(dialog.criterion_combo, Qt.Key.Key_End)  # the last kind: a framework criterion
    assert dialog.criterion_kind() is CriterionKind.FRAMEWORK
    assert dialog.framework_combo.isVisible()
    assert [dialog.framework_combo.itemText(i) for i in range(3)] == [
        f"Engineer I · {delivery(ctx)} · Ships small changes with help",
        "Engineer I · Communication · Asks for help early",
        f"Engineer II · {delivery(ctx)} · Ships features end to end, from design to rollout",
    ]
    assert dialog.title_edit.text() == f"{delivery(ctx)}: Ships small changes with help"  # proposed

    alt(qtbot, dialog, Qt.Key.Key_R)  # "C&riterion"
    assert focused() is dialog.framework_combo
    for _ in range(4):
        qtbot.keyClick(dialog.framework_combo, Qt.Key.Key_Down)
    assert dialog.framework_combo.currentText() == f"Engineer II · Craft · {TESTS}"
    assert dialog.title_edit.text() == f"Craft: {TESTS}"  # follows while not typed over
    assert dialog.sentence_label.text() == (
        "Done when this criterion is met. Evidence linked and assessed “consistently” "
        "(now 0 entries, not assessed)."
    )
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    (milestone,) = ctx.journal.goals.get(goal.id).milestones
    assert milestone.criterion_kind is CriterionKind.FRAMEWORK
    assert milestone.criterion == {"criterion_id": criteria[TESTS]}
    assert milestone.title == f"Craft: {TESTS}"
    assert status_of(ctx, goal.id) == (False, "framework")

    ctx.journal.entries.add(
        EntryDraft("Caught the rounding bug", occurred_on=dt.date(2025, 2, 1)),
        link_criteria=[criteria[TESTS]],
    )
    assert status_of(ctx, goal.id) == (False, "framework")  # evidence alone: still open
    ctx.journal.rubric.assess(criteria[TESTS], Demonstration.SOMETIMES, on=dt.date(2025, 2, 2))
    assert status_of(ctx, goal.id) == (False, "framework")
    ctx.journal.rubric.assess(criteria[TESTS], Demonstration.CONSISTENTLY, on=dt.date(2025, 2, 3))
    assert status_of(ctx, goal.id) == (True, "framework")  # evidence and "consistently"

    ctx.history.undo()  # the assessment taken back: open again
    assert status_of(ctx, goal.id) == (False, "framework")


def test_a_title_of_ones_own_is_kept(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    dialog = show(qtbot, MilestoneDialog(journal=ctx.journal, today=TODAY))
    qtbot.keyClicks(dialog.title_edit, "Test what matters")
    dialog.criterion_combo.setCurrentIndex(
        dialog.criterion_combo.findData(CriterionKind.FRAMEWORK.value)
    )
    dialog.framework_combo.setCurrentIndex(dialog.framework_combo.findData(criteria[TESTS]))
    assert dialog.title_edit.text() == "Test what matters"
    assert dialog.draft().criterion == {"criterion_id": criteria[TESTS]}


def test_editing_a_framework_milestone_selects_its_criterion(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    draft = MilestoneDraft(
        "Design docs",
        criterion_kind=CriterionKind.FRAMEWORK,
        criterion={"criterion_id": criteria[DOCS]},
    )
    goal = ctx.journal.goals.add(GoalDraft("Goal", created_on=dt.date(2024, 1, 1)), [draft])
    milestone = goal.milestones[0]
    for title in ("Wrote the search RFC", "Wrote the billing RFC"):
        ctx.journal.entries.add(EntryDraft(title), link_criteria=[criteria[DOCS]])
    ctx.journal.rubric.assess(criteria[DOCS], Demonstration.CONSISTENTLY, on=TODAY)

    def save(d: MilestoneDraft) -> MilestoneRecord:
        version = ctx.journal.goals.get_milestone(milestone.id).version
        return ctx.journal.goals.update_milestone(milestone.id, d, expected_version=version)

    dialog = show(
        qtbot, MilestoneDialog(journal=ctx.journal, milestone=milestone, today=TODAY, commit=save)
    )
    assert dialog.criterion_kind() is CriterionKind.FRAMEWORK
    assert dialog.framework_combo.currentData() == criteria[DOCS]
    assert dialog.title_edit.text() == "Design docs"  # not replaced by a proposal
    assert dialog.draft() == draft
    assert dialog.sentence_label.text() == (
        "Done when this criterion is met. Evidence linked and assessed “consistently” "
        "(now 2 entries, consistently)."
    )
    dialog.framework_combo.setFocus()
    qtbot.keyClick(dialog.framework_combo, Qt.Key.Key_Down)  # the next one: "Writes tests…"
    qtbot.keyClick(dialog.framework_combo, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.journal.goals.get_milestone(milestone.id).criterion == {
        "criterion_id": criteria[TESTS]
    }


def test_a_criterion_removed_by_a_reimport_is_said_and_refused(
    qtbot: QtBot, ctx: AppContext, criteria: dict[str, int]
) -> None:
    gone = max(criteria.values()) + 50
    draft = MilestoneDraft(
        "Old", criterion_kind=CriterionKind.FRAMEWORK, criterion={"criterion_id": gone}
    )
    goal = ctx.journal.goals.add(GoalDraft("Goal", created_on=dt.date(2024, 1, 1)), [draft])
    dialog = show(
        qtbot, MilestoneDialog(journal=ctx.journal, milestone=goal.milestones[0], today=TODAY)
    )
    assert dialog.framework_combo.currentText() == "(a criterion that no longer exists)"
    assert not dialog.ok_button.isEnabled()
    assert dialog.criterion_error.text() == "Choose a criterion."


def test_without_a_framework_the_kind_is_disabled_and_says_why(
    qtbot: QtBot, ctx: AppContext
) -> None:
    dialog = show(qtbot, MilestoneDialog(journal=ctx.journal, today=TODAY))
    enabled, tip = framework_item_enabled(dialog)
    assert not enabled
    assert tip == "Import a progression framework in Levels to use its criteria."
    dialog.criterion_combo.setFocus()
    qtbot.keyClick(dialog.criterion_combo, Qt.Key.Key_End)  # the last kind that can be chosen
    assert dialog.criterion_kind() is CriterionKind.CERTIFICATION_TAG
    assert dialog.framework_combo.count() == 0


def test_conflict_rows_name_the_criterion(ctx: AppContext, criteria: dict[str, int]) -> None:
    mine = MilestoneDraft(
        "Tests", criterion_kind=CriterionKind.FRAMEWORK, criterion={"criterion_id": criteria[TESTS]}
    )
    goal = ctx.journal.goals.add(
        GoalDraft("Goal", created_on=dt.date(2024, 1, 1)),
        [
            MilestoneDraft(
                "Tests",
                criterion_kind=CriterionKind.FRAMEWORK,
                criterion={"criterion_id": criteria[DOCS]},
            )
        ],
    )
    names = {v: k for k, v in criteria.items()}
    rows = milestone_rows(mine, goal.milestones[0], None, str, criterion_name=lambda i: names[i])
    (row,) = (r for r in rows if r.name == "criterion")
    assert row.text(row.mine) == f"When the framework criterion “{TESTS}” is met"
    assert row.text(row.theirs) == f"When the framework criterion “{DOCS}” is met"
