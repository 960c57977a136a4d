"""Enum labels reach the user through one translated lookup (context "labels"), in every place
that lists them: the goals dialogs' kind, status, criterion and move choices among them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QDialog
from pytestqt.qtbot import QtBot

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, GoalStatus, MoveKind
from careerjournal.domain.labels import Form, disambiguation, label
from careerjournal.services import GoalDraft, RoleDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.formatting import enum_label, kind_label
from careerjournal.ui.goals.dialogs import GoalDialog, MilestoneDialog, NewRoleDialog
from careerjournal.ui.record_conflicts import goal_rows

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

TODAY = dt.date(2025, 3, 15)


class Marking(QTranslator):
    """Translates each label of the "labels" context to `«word|disambiguation»`, nothing else."""

    def translate(
        self,
        context: str,
        sourceText: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if context != "labels":
            return None  # not ours: Qt asks the next translator, then uses the source
        return f"«{sourceText}|{disambiguation or ''}»"

    def isEmpty(self) -> bool:
        return False


def marked(member: GoalKind | GoalStatus | CriterionKind | MoveKind | EntryKind) -> str:
    return f"«{label(member)}|{disambiguation(member)}»"


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[None]:
    translator = Marking()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    assert QCoreApplication.translate("labels", "Project", "EntryKind") == "Project"


def show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_enum_label_asks_the_translator_with_the_enum_as_disambiguation(marking: None) -> None:
    assert kind_label(EntryKind.PROJECT) == "«Project|EntryKind»"
    assert kind_label("project") == "«Project|EntryKind»"
    assert enum_label(MoveKind.PROMOTION) == "«Promotion|MoveKind»"
    assert enum_label(EntryKind.PROJECT, Form.PLURAL) == "«Projects|EntryKind plural»"
    assert enum_label(MoveKind.LATERAL, Form.SHORT) == "«Lateral|MoveKind short»"


def test_enum_label_without_a_translation_is_the_english_word(qapp: QApplication) -> None:
    assert enum_label(GoalKind.LATERAL_MOVE) == "Lateral move"
    assert kind_label(EntryKind.RESPONSIBILITY) == "Responsibility"


def test_goal_dialog_lists_translated_kinds_and_statuses(qtbot: QtBot, marking: None) -> None:
    dialog = show(qtbot, GoalDialog(today=TODAY))
    assert isinstance(dialog, GoalDialog)
    assert items(dialog.kind_combo) == [marked(k) for k in GoalKind]
    assert items(dialog.status_combo) == [marked(s) for s in GoalStatus]
    # The value behind each choice is still the enum's.
    dialog.kind_combo.setCurrentIndex(items(dialog.kind_combo).index(marked(GoalKind.CUSTOM)))
    assert dialog.kind() is GoalKind.CUSTOM


def test_milestone_dialog_lists_translated_criteria(
    qtbot: QtBot, ctx: AppContext, marking: None
) -> None:
    dialog = show(qtbot, MilestoneDialog(journal=ctx.journal, today=TODAY))
    assert isinstance(dialog, MilestoneDialog)
    assert items(dialog.criterion_combo) == [marked(c) for c in CriterionKind]


def test_new_role_dialog_lists_translated_moves(
    qtbot: QtBot, ctx: AppContext, marking: None
) -> None:
    ctx.journal.roles.add(
        RoleDraft("Senior Engineer", dt.date(2022, 4, 1), level="L5", level_rank=5)
    )
    goal = ctx.journal.goals.add(
        GoalDraft("Promotion to Staff", kind=GoalKind.PROMOTION, target_role_title="Staff")
    )
    dialog = show(qtbot, NewRoleDialog(journal=ctx.journal, goal=goal, today=TODAY))
    assert isinstance(dialog, NewRoleDialog)
    moves = [MoveKind.PROMOTION, MoveKind.LATERAL, MoveKind.DIAGONAL, MoveKind.NEW_EMPLOYER]
    assert items(dialog.move_combo) == [marked(m) for m in moves]


def test_goal_conflict_rows_word_kind_and_status_through_the_labels(
    ctx: AppContext, marking: None
) -> None:
    theirs = ctx.journal.goals.add(GoalDraft("Reach Expert in Go", kind=GoalKind.SKILL))
    mine = GoalDraft("Reach Expert in Go", kind=GoalKind.CUSTOM, status=GoalStatus.DROPPED)
    rows = {row.name: row for row in goal_rows(mine, theirs, None)}
    kind, status = rows["kind"], rows["status"]
    assert (kind.text(kind.mine), kind.text(kind.theirs)) == (
        marked(GoalKind.CUSTOM),
        marked(GoalKind.SKILL),
    )
    assert status.text(status.mine) == marked(GoalStatus.DROPPED)
