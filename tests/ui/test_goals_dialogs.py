"""Goals dialogs on a real journal: goals, milestones and their criteria, evidence, new roles."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, GoalStatus, MoveKind
from careerjournal.services import (
    EntryDraft,
    GoalDraft,
    GoalRecord,
    MilestoneDraft,
    RoleDraft,
    ServiceError,
    ValidationError,
)
from careerjournal.ui.context import AppContext
from careerjournal.ui.formatting import format_date
from careerjournal.ui.goals.dialogs import (
    GoalDialog,
    LinkEvidenceDialog,
    MilestoneDialog,
    NewRoleDialog,
    evidence_dialog,
)

# The offscreen platform cannot pass size hints or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

TODAY = dt.date(2025, 3, 15)


def show(qtbot: QtBot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def mnemonics(dialog: QDialog) -> list[str]:
    """The Alt+letters of the dialog's labels and checkboxes (each label has a buddy)."""
    letters = []
    for widget in dialog.findChildren(QWidget):
        text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
        found = re.search(r"&(\w)", text) if isinstance(text, str) else None
        if found:
            if isinstance(widget, QLabel):
                assert widget.buddy() is not None, text
            letters.append(found.group(1).lower())
    return letters


def clear_and_type(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(widget, text)


def entry(ctx: AppContext, title: str, days_ago: int, kind: EntryKind, *tags: str) -> int:
    draft = EntryDraft(title, occurred_on=TODAY - dt.timedelta(days=days_ago), kind=kind, tags=tags)
    return ctx.journal.entries.add(draft).id


def promotion_goal(ctx: AppContext, **changes: object) -> GoalRecord:
    values: dict[str, object] = {
        "title": "Promotion to Staff Engineer",
        "kind": GoalKind.PROMOTION,
        "target_role_title": "Staff Engineer",
        "target_level": "L6",
        "target_date": dt.date(2025, 12, 1),
        "created_on": dt.date(2024, 6, 1),
        "description": "Lead across teams.",
    }
    values.update(changes)
    return ctx.journal.goals.add(GoalDraft(**values))  # type: ignore[arg-type]


# -- goals ------------------------------------------------------------------------------------


def test_new_goal_defaults_and_draft(qtbot: QtBot) -> None:
    dialog = show(qtbot, GoalDialog(today=TODAY))
    assert dialog.windowTitle() == "New Goal"
    assert dialog.ok_button.text() == "Add"
    assert focused() is dialog.title_edit
    assert dialog.kind() is GoalKind.PROMOTION
    assert not dialog.ok_button.isEnabled()  # no title yet
    assert not dialog.title_error.isVisible()  # and no scolding before typing
    assert not dialog.status_combo.isVisible()  # a new goal is active
    assert dialog.role_edit.isVisible()
    assert dialog.level_edit.isVisible()
    assert dialog.pin_check.isVisible()
    assert dialog.pin_note.isVisible()
    assert "unpins any other" in dialog.pin_note.text()
    assert not dialog.target_date.edit.isEnabled()

    qtbot.keyClicks(dialog.role_edit, "Staff Engineer")
    qtbot.keyClicks(dialog.level_edit, " L6 ")
    dialog.target_date.check.click()
    assert dialog.target_date.edit.isEnabled()
    assert focused() is dialog.target_date.edit
    dialog.target_date.edit.setDate(QDate(2025, 12, 31))
    dialog.pin_check.setChecked(True)
    dialog.description_edit.setPlainText("  Lead the platform group.\n")
    assert dialog.ok_button.isEnabled()
    assert dialog.draft() == GoalDraft(
        title="Promotion to Staff Engineer",
        kind=GoalKind.PROMOTION,
        description="Lead the platform group.",
        target_role_title="Staff Engineer",
        target_level="L6",
        target_date=dt.date(2025, 12, 31),
        status=GoalStatus.ACTIVE,
        pinned=True,
        created_on=TODAY,
        closed_on=None,
    )
    dialog.target_date.check.click()
    assert dialog.draft().target_date is None
    assert sorted(mnemonics(dialog)) == sorted("ktrldspe")


def test_blank_goal_title_keeps_ok_disabled(qtbot: QtBot) -> None:
    dialog = show(qtbot, GoalDialog(kind=GoalKind.CUSTOM, today=TODAY))
    qtbot.keyClicks(dialog.title_edit, "Speak")
    assert dialog.ok_button.isEnabled()
    clear_and_type(qtbot, dialog.title_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.title_error.isVisible()
    assert dialog.title_error.text() == "A goal needs a title."
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_title_follows_target_role_until_typed(qtbot: QtBot) -> None:
    dialog = show(qtbot, GoalDialog(today=TODAY))
    assert dialog.title_edit.placeholderText() == "e.g. Promotion to Staff Engineer"
    qtbot.keyClicks(dialog.role_edit, "Staff")
    assert dialog.title_edit.text() == "Promotion to Staff"
    qtbot.keyClicks(dialog.role_edit, " Engineer")
    assert dialog.title_edit.text() == "Promotion to Staff Engineer"
    assert dialog.title_is_suggested()
    assert dialog.ok_button.isEnabled()
    clear_and_type(qtbot, dialog.role_edit, "")
    assert dialog.title_edit.text() == ""  # the suggestion goes with the role

    # Once the user types a title, the role no longer touches it.
    qtbot.keyClicks(dialog.role_edit, "Principal")
    qtbot.keyClicks(dialog.title_edit, " (2026)")
    assert dialog.title_edit.text() == "Promotion to Principal (2026)"
    assert not dialog.title_is_suggested()
    qtbot.keyClicks(dialog.role_edit, " Engineer")
    assert dialog.title_edit.text() == "Promotion to Principal (2026)"

    # Clearing the title hands it back to the suggestion.
    clear_and_type(qtbot, dialog.title_edit, "")
    assert dialog.title_is_suggested()
    qtbot.keyClicks(dialog.role_edit, "!")
    assert dialog.title_edit.text() == "Promotion to Principal Engineer!"


def test_title_suggestion_is_for_promotions_only(qtbot: QtBot) -> None:
    dialog = show(qtbot, GoalDialog(kind=GoalKind.LATERAL_MOVE, today=TODAY))
    qtbot.keyClicks(dialog.role_edit, "Product Manager")
    assert dialog.title_edit.text() == ""
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(GoalKind.PROMOTION.value))
    assert dialog.title_edit.text() == "Promotion to Product Manager"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(GoalKind.SKILL.value))
    assert dialog.title_edit.text() == ""  # a stale suggestion does not stay behind


def test_kind_decides_what_shows(qtbot: QtBot) -> None:
    dialog = show(qtbot, GoalDialog(today=TODAY))
    qtbot.keyClicks(dialog.role_edit, "Staff Engineer")
    dialog.pin_check.setChecked(True)
    expected = {
        GoalKind.PROMOTION: (True, True),
        GoalKind.SKILL: (False, False),
        GoalKind.CERTIFICATION: (False, False),
        GoalKind.LATERAL_MOVE: (True, False),
        GoalKind.CUSTOM: (False, False),
    }
    for kind, (role, pin) in expected.items():
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
        assert dialog.role_edit.isVisible() is role, kind
        assert dialog.level_edit.isVisible() is role, kind
        assert dialog.pin_check.isVisible() is pin, kind
        qtbot.keyClicks(dialog.title_edit, "x")  # a title of the user's own
        draft = dialog.draft()
        assert draft.kind is kind
        assert draft.target_role_title == ("Staff Engineer" if role else "")
        assert draft.pinned is pin


def test_edit_goal_keeps_dates_and_shows_status(qtbot: QtBot, ctx: AppContext) -> None:
    goal = promotion_goal(ctx, pinned=True)
    dialog = show(qtbot, GoalDialog(goal=goal, today=TODAY))
    assert dialog.windowTitle() == "Edit Goal"
    assert dialog.ok_button.text() == "Save"
    assert dialog.status_combo.isVisible()
    assert dialog.pin_check.isChecked()
    assert dialog.title_is_suggested()  # its title is what the role suggests: it follows it
    assert dialog.draft() == GoalDraft(
        title=goal.title,
        kind=GoalKind.PROMOTION,
        description="Lead across teams.",
        target_role_title="Staff Engineer",
        target_level="L6",
        target_date=dt.date(2025, 12, 1),
        status=GoalStatus.ACTIVE,
        pinned=True,
        created_on=dt.date(2024, 6, 1),
        closed_on=None,
    )
    # Achieving it: no pin, and the service dates the closing.
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(GoalStatus.ACHIEVED.value))
    assert not dialog.pin_check.isVisible()
    draft = dialog.draft()
    assert draft.status is GoalStatus.ACHIEVED
    assert not draft.pinned
    assert draft.closed_on is None


def test_edit_closed_goal_keeps_its_closing_date(qtbot: QtBot, ctx: AppContext) -> None:
    goal = promotion_goal(
        ctx, status=GoalStatus.DROPPED, closed_on=dt.date(2024, 9, 1), target_date=None
    )
    dialog = show(qtbot, GoalDialog(goal=goal, today=TODAY))
    assert dialog.status() is GoalStatus.DROPPED
    assert not dialog.target_date.check.isChecked()
    assert dialog.draft().closed_on == dt.date(2024, 9, 1)
    assert dialog.draft().target_date is None
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(GoalStatus.ACTIVE.value))
    assert dialog.draft().closed_on is None  # reopened


def test_goal_prefill_and_kind(qtbot: QtBot) -> None:
    prefill = GoalDraft(
        "", kind=GoalKind.PROMOTION, target_role_title="Principal Engineer", target_level="L7"
    )
    dialog = show(qtbot, GoalDialog(prefill=prefill, today=TODAY))
    assert dialog.title_edit.text() == "Promotion to Principal Engineer"
    assert dialog.title_is_suggested()
    assert dialog.level_edit.text() == "L7"
    assert dialog.draft().created_on == TODAY
    assert dialog.ok_button.isEnabled()

    other = show(qtbot, GoalDialog(kind=GoalKind.CERTIFICATION, today=TODAY))
    assert other.kind() is GoalKind.CERTIFICATION
    assert not other.role_edit.isVisible()


def test_goal_commit_refusal_keeps_the_dialog_open(qtbot: QtBot, ctx: AppContext) -> None:
    def refuse(_draft: GoalDraft) -> None:
        raise ValidationError("target role", "Too long a role.")

    dialog = show(qtbot, GoalDialog(today=TODAY, commit=refuse))
    qtbot.keyClicks(dialog.role_edit, "Staff Engineer")
    qtbot.keyClick(dialog.role_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.role_error.isVisible()
    assert dialog.role_error.text() == "Too long a role."
    assert dialog.title_edit.text() == "Promotion to Staff Engineer"  # nothing typed is lost

    def broken(_draft: GoalDraft) -> None:
        raise ServiceError("The journal is read-only.")

    dialog._commit = broken
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.form_error.text() == "The journal is read-only."

    added: list[GoalRecord] = []
    dialog._commit = lambda draft: added.append(ctx.journal.goals.add(draft))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.form_error.isVisible()
    assert [g.title for g in ctx.journal.goals.list()] == ["Promotion to Staff Engineer"]
    assert added[0].created_on == TODAY


# -- milestones -------------------------------------------------------------------------------


class Skills:
    """Craft › Testing (Competent, target Expert) and Craft › Kubernetes (not assessed)."""

    def __init__(self, ctx: AppContext):
        skills = ctx.journal.skills
        craft = skills.add_band("Craft")
        self.testing = skills.add_skill(craft.id, "Testing", target_level=5)
        skills.record_assessment(self.testing.id, 3, assessed_on=dt.date(2024, 6, 1))
        self.kubernetes = skills.add_skill(craft.id, "Kubernetes")


def milestone_dialog(qtbot: QtBot, ctx: AppContext, **kwargs: object) -> MilestoneDialog:
    dialog = MilestoneDialog(journal=ctx.journal, today=TODAY, **kwargs)  # type: ignore[arg-type]
    show(qtbot, dialog)
    return dialog


def choose(dialog: MilestoneDialog, kind: CriterionKind) -> None:
    dialog.criterion_combo.setCurrentIndex(dialog.criterion_combo.findData(kind.value))


def test_new_milestone_by_hand(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = milestone_dialog(qtbot, ctx)
    assert dialog.windowTitle() == "New Milestone"
    assert focused() is dialog.title_edit
    assert not dialog.ok_button.isEnabled()
    assert dialog.weight_spin.value() == 1.0
    assert (dialog.weight_spin.minimum(), dialog.weight_spin.maximum()) == (0.1, 100.0)
    assert dialog.weight_note.text() == (
        "Weights set how much each milestone counts toward the goal"
    )
    assert dialog.criterion_kind() is CriterionKind.MANUAL
    assert dialog.done_date.check.isVisible()
    assert not dialog.skill_combo.isVisible()
    assert not dialog.tag_edit.isVisible()
    assert dialog.sentence_label.text() == "Done when you tick it off by hand."

    qtbot.keyClicks(dialog.title_edit, "Run the design review")
    assert dialog.ok_button.isEnabled()
    dialog.weight_spin.setValue(2.5)
    dialog.due_date.check.click()
    dialog.due_date.edit.setDate(QDate(2025, 6, 30))
    assert dialog.draft() == MilestoneDraft(
        title="Run the design review",
        due_on=dt.date(2025, 6, 30),
        done_on=None,
        weight=2.5,
        criterion_kind=CriterionKind.MANUAL,
        criterion={},
    )
    dialog.done_date.check.click()
    assert dialog.draft().done_on == TODAY
    assert dialog.sentence_label.text() == (f"Done on {format_date(TODAY)} (ticked off by hand).")
    assert sorted(mnemonics(dialog)) == sorted("twucslknigdr")


def test_blank_milestone_title(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = milestone_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title_edit, "x")
    clear_and_type(qtbot, dialog.title_edit, "")
    assert not dialog.ok_button.isEnabled()
    assert dialog.title_error.text() == "A milestone needs a title."
    dialog.accept()
    assert dialog.isVisible()


def test_skill_level_criterion(qtbot: QtBot, ctx: AppContext) -> None:
    known = Skills(ctx)
    dialog = milestone_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title_edit, "Expert tester")
    choose(dialog, CriterionKind.SKILL_LEVEL)
    assert dialog.skill_combo.isVisible()
    assert dialog.level_combo.isVisible()
    assert not dialog.done_date.check.isVisible()
    items = [dialog.skill_combo.itemText(i) for i in range(dialog.skill_combo.count())]
    assert items == ["Craft › Testing", "Craft › Kubernetes"]
    levels = [dialog.level_combo.itemText(i) for i in range(dialog.level_combo.count())]
    assert levels == [
        "1 · Novice",
        "2 · Advanced Beginner",
        "3 · Competent",
        "4 · Proficient",
        "5 · Expert",
    ]
    assert dialog.level_combo.currentData() == 5  # the skill's target
    assert dialog.sentence_label.text() == (
        "Done when Testing reaches Expert or above (now Competent)."
    )
    assert dialog.draft().criterion == {"skill_id": known.testing.id, "level": 5}
    assert dialog.draft().criterion_kind is CriterionKind.SKILL_LEVEL

    dialog.skill_combo.setCurrentIndex(1)  # no target, not assessed: one above nothing
    assert dialog.level_combo.currentData() == 1
    assert dialog.sentence_label.text() == (
        "Done when Kubernetes reaches Novice or above (not assessed yet)."
    )
    dialog.level_combo.setCurrentIndex(3)
    dialog.level_combo.activated.emit(3)  # as a user choosing it
    dialog.skill_combo.setCurrentIndex(0)
    assert dialog.level_combo.currentData() == 4  # a chosen level stays
    assert dialog.draft().criterion == {"skill_id": known.testing.id, "level": 4}
    assert dialog.ok_button.isEnabled()


def test_skill_level_needs_a_skill(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = milestone_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title_edit, "Expert tester")
    choose(dialog, CriterionKind.SKILL_LEVEL)
    assert not dialog.ok_button.isEnabled()
    assert dialog.criterion_error.isVisible()
    assert "no skills yet" in dialog.criterion_error.text()
    choose(dialog, CriterionKind.MANUAL)
    assert dialog.ok_button.isEnabled()
    assert not dialog.criterion_error.isVisible()


def test_entry_count_criterion(qtbot: QtBot, ctx: AppContext) -> None:
    entry(ctx, "Old project", 400, EntryKind.PROJECT)
    entry(ctx, "New project", 10, EntryKind.PROJECT)
    entry(ctx, "Feedback", 5, EntryKind.FEEDBACK)
    dialog = milestone_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title_edit, "Ship projects")
    choose(dialog, CriterionKind.ENTRY_COUNT)
    assert dialog.kind_combo.isVisible()
    assert dialog.count_spin.isVisible()
    assert dialog.since_edit.date() == QDate(2025, 3, 15)  # today
    dialog.since_edit.setDate(QDate(2025, 1, 1))
    dialog.count_spin.setValue(2)
    assert dialog.draft().criterion == {"kind": "project", "count": 2, "since": "2025-01-01"}
    since = format_date(dt.date(2025, 1, 1))
    assert dialog.sentence_label.text() == (
        f"Done when 2 Project entries are dated {since} or later (1 so far)."
    )
    dialog.count_spin.setValue(1)
    dialog.kind_combo.set_kind(EntryKind.FEEDBACK)
    assert dialog.sentence_label.text() == (
        f"Done when 1 Feedback entry is dated {since} or later (1 so far)."
    )
    assert dialog.count_spin.minimum() == 1
    assert dialog.ok_button.isEnabled()


def test_certification_tag_criterion(qtbot: QtBot, ctx: AppContext) -> None:
    entry(ctx, "Passed SAA", 20, EntryKind.CERTIFICATION, "aws-saa")
    entry(ctx, "Read about it", 30, EntryKind.LEARNING, "ckad")
    dialog = milestone_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title_edit, "Certified")
    choose(dialog, CriterionKind.CERTIFICATION_TAG)
    assert dialog.tag_edit.isVisible()
    assert not dialog.ok_button.isEnabled()  # the tag is required
    assert dialog.sentence_label.text() == (
        "Done with a certification entry tagged…: type the tag."
    )
    completions = dialog.tag_completer.model()
    assert sorted(completions.index(i, 0).data() for i in range(completions.rowCount())) == [
        "aws-saa",
        "ckad",
    ]
    qtbot.keyClicks(dialog.tag_edit, " #CKAD ")
    assert dialog.ok_button.isEnabled()
    assert dialog.draft().criterion == {"tag": "ckad"}
    assert dialog.sentence_label.text() == (
        "Done when a Certification entry is tagged “ckad” (none yet)."
    )
    clear_and_type(qtbot, dialog.tag_edit, "aws-saa")
    assert dialog.sentence_label.text() == (
        "Done when a Certification entry is tagged “aws\u2011saa” (1 found)."
    )
    clear_and_type(qtbot, dialog.tag_edit, "a,b")
    assert not dialog.ok_button.isEnabled()
    assert "comma" in dialog.criterion_error.text()


@pytest.mark.parametrize(
    ("kind", "criterion"),
    [
        (CriterionKind.MANUAL, {}),
        (CriterionKind.SKILL_LEVEL, {"skill_id": None, "level": 4}),
        (CriterionKind.ENTRY_COUNT, {"kind": "learning", "count": 5, "since": "2024-02-03"}),
        (CriterionKind.CERTIFICATION_TAG, {"tag": "aws-saa"}),
    ],
)
def test_edit_milestone_round_trips(
    qtbot: QtBot, ctx: AppContext, kind: CriterionKind, criterion: dict[str, object]
) -> None:
    known = Skills(ctx)
    if kind is CriterionKind.SKILL_LEVEL:
        criterion = {**criterion, "skill_id": known.kubernetes.id}
    done = dt.date(2025, 2, 1) if kind is CriterionKind.MANUAL else None
    draft = MilestoneDraft(
        "Step",
        due_on=dt.date(2025, 9, 1),
        done_on=done,
        weight=0.25,  # less than the spin box offers: kept as it is
        criterion_kind=kind,
        criterion=criterion,
    )
    goal = ctx.journal.goals.add(GoalDraft("Goal", created_on=dt.date(2024, 1, 1)), [draft])
    milestone = goal.milestones[0]
    saved: list[MilestoneDraft] = []
    dialog = milestone_dialog(
        qtbot,
        ctx,
        milestone=milestone,
        commit=lambda d: (
            saved.append(d)
            or ctx.journal.goals.update_milestone(
                milestone.id,
                d,
                expected_version=ctx.journal.goals.get_milestone(milestone.id).version,
            )
        ),
    )
    assert dialog.windowTitle() == "Edit Milestone"
    assert dialog.draft() == draft
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.title_edit, " two")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert ctx.journal.goals.get(goal.id).milestones[0].title == "Step two"
    assert saved[0].criterion == criterion


def test_switching_to_automatic_drops_the_done_date(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = milestone_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.title_edit, "Certified")
    dialog.done_date.check.click()
    choose(dialog, CriterionKind.ENTRY_COUNT)
    assert dialog.draft().done_on is None


def test_milestone_commit_refusal_shows_under_the_field(qtbot: QtBot, ctx: AppContext) -> None:
    def refuse(_draft: MilestoneDraft) -> None:
        raise ValidationError("weight", "Too heavy.")

    dialog = milestone_dialog(qtbot, ctx, commit=refuse)
    qtbot.keyClicks(dialog.title_edit, "Step")
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.weight_error.isVisible()
    assert dialog.weight_error.text() == "Too heavy."
    dialog.weight_spin.setValue(3)
    assert not dialog.weight_error.isVisible()


# -- evidence ---------------------------------------------------------------------------------


class Entries:
    def __init__(self, ctx: AppContext):
        self.old = entry(ctx, "Kubernetes migration", 300, EntryKind.PROJECT, "k8s")
        self.mid = entry(ctx, "Design review feedback", 100, EntryKind.FEEDBACK)
        self.new = entry(ctx, "Kubernetes talk", 10, EntryKind.LEARNING)
        self.trashed = entry(ctx, "Kubernetes draft", 5, EntryKind.OTHER)
        ctx.journal.entries.trash([self.trashed])


def link_dialog(qtbot: QtBot, ctx: AppContext, already: tuple[int, ...] = ()) -> LinkEvidenceDialog:
    dialog = LinkEvidenceDialog(journal=ctx.journal, already=already, title="Evidence for “Step”")
    show(qtbot, dialog)
    return dialog


def listed(dialog: LinkEvidenceDialog) -> list[int]:
    return dialog.model.ids()


def test_evidence_lists_live_entries_newest_first(qtbot: QtBot, ctx: AppContext) -> None:
    known = Entries(ctx)
    dialog = link_dialog(qtbot, ctx, already=(known.mid,))
    assert dialog.windowTitle() == "Evidence for “Step”"
    assert focused() is dialog.search_edit
    assert listed(dialog) == [known.new, known.mid, known.old]
    model = dialog.model
    first = model.index(0)
    assert (
        first.data() == f"{format_date(TODAY - dt.timedelta(days=10))} · Learning · Kubernetes talk"
    )
    checks = [model.index(r).data(Qt.ItemDataRole.CheckStateRole) for r in range(3)]
    assert checks == [Qt.CheckState.Unchecked, Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert dialog.chosen() == [known.mid]
    assert dialog.added() == []
    assert dialog.removed() == []
    assert dialog.status_label.text() == "1 ticked: 0 to link, 0 to unlink."

    # A click on a row's box sets its check state through the model.
    role = Qt.ItemDataRole.CheckStateRole
    assert model.setData(model.index(0), Qt.CheckState.Checked.value, role)
    assert model.setData(model.index(1), Qt.CheckState.Unchecked, role)
    assert dialog.chosen() == [known.new]
    assert dialog.added() == [known.new]
    assert dialog.removed() == [known.mid]


def test_evidence_filters_and_keeps_ticks(qtbot: QtBot, ctx: AppContext) -> None:
    known = Entries(ctx)
    dialog = link_dialog(qtbot, ctx, already=(known.mid, known.old))
    qtbot.keyClicks(dialog.search_edit, "kube")
    qtbot.waitUntil(lambda: listed(dialog) == [known.new, known.old])
    # Down goes into the list; Space ticks the current row.
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Down)
    assert focused() is dialog.list_view
    assert dialog.list_view.currentIndex().row() == 0
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Space)  # unticks the old one
    assert dialog.chosen() == [known.mid, known.new]  # mid is filtered out but still ticked
    assert dialog.added() == [known.new]
    assert dialog.removed() == [known.old]
    assert dialog.status_label.text() == "2 ticked: 1 to link, 1 to unlink."

    clear_and_type(qtbot, dialog.search_edit, "nothing-like-it")
    qtbot.waitUntil(lambda: listed(dialog) == [])
    assert dialog.status_label.text().startswith("No entry matches.")
    clear_and_type(qtbot, dialog.search_edit, "")
    qtbot.waitUntil(lambda: len(listed(dialog)) == 3)

    dialog.list_view.setFocus()
    dialog.list_view.setCurrentIndex(dialog.model.index(0))
    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)  # Enter links
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.added() == [known.new]


def test_evidence_list_is_limited(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence_dialog, "EVIDENCE_LIMIT", 2)
    known = Entries(ctx)
    dialog = link_dialog(qtbot, ctx, already=(known.old,))
    # The newest two, and the ticked older one so its tick can be seen.
    assert listed(dialog) == [known.new, known.mid, known.old]
    assert dialog.status_label.text().startswith("The newest 2 of 3 entries; type to narrow.")
    dialog.search_edit.setText("kubernetes")
    dialog.apply_filter()
    assert listed(dialog) == [known.new, known.old]


def test_evidence_in_an_empty_journal(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = link_dialog(qtbot, ctx)
    assert listed(dialog) == []
    assert dialog.status_label.text().startswith("The journal has no entries yet.")
    qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected


# -- the new role -----------------------------------------------------------------------------


def current_role(ctx: AppContext) -> int:
    draft = RoleDraft(
        "Senior Engineer",
        dt.date(2022, 4, 1),
        organisation="Acme Ltd",
        function="Engineering",
        level="L5",
        level_rank=5,
        move_kind=MoveKind.PROMOTION,
        currency="EUR",
    )
    return ctx.journal.roles.add(draft).id


def test_new_role_prefill_and_draft(qtbot: QtBot, ctx: AppContext) -> None:
    current_role(ctx)
    goal = promotion_goal(ctx)
    dialog = show(qtbot, NewRoleDialog(journal=ctx.journal, goal=goal, today=TODAY))
    assert dialog.findChild(QLabel, "heading").text() == "Record your new role"
    assert dialog.title_edit.text() == "Staff Engineer"
    assert dialog.level_edit.text() == "L6"
    assert dialog.organisation_edit.text() == "Acme Ltd"
    assert dialog.function_edit.text() == "Engineering"
    assert dialog.start_date() == TODAY
    assert dialog.move_kind() is MoveKind.PROMOTION
    assert dialog.start_next_goal()
    assert dialog.end_note.text() == (
        "Your current role, “Senior Engineer”, ends the day before: "
        f"{format_date(TODAY - dt.timedelta(days=1))}."
    )
    moves = [dialog.move_combo.itemText(i) for i in range(dialog.move_combo.count())]
    assert moves == ["Promotion", "Lateral move", "Diagonal move", "New employer"]
    assert dialog.draft() == RoleDraft(
        title="Staff Engineer",
        start_date=TODAY,
        organisation="Acme Ltd",
        function="Engineering",
        level="L6",
        level_rank=6,
        move_kind=MoveKind.PROMOTION,
        currency="EUR",
    )
    dialog.move_combo.setCurrentIndex(dialog.move_combo.findData(MoveKind.LATERAL.value))
    assert dialog.draft().level_rank == 5
    dialog.next_goal_check.setChecked(False)
    assert not dialog.start_next_goal()
    assert sorted(mnemonics(dialog)) == sorted("tlofsmg")


def test_new_role_validation(qtbot: QtBot, ctx: AppContext) -> None:
    current_role(ctx)
    goal = promotion_goal(ctx, target_role_title="", target_level="")
    dialog = show(qtbot, NewRoleDialog(journal=ctx.journal, goal=goal, today=TODAY))
    assert dialog.title_edit.text() == ""
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Staff")
    assert dialog.ok_button.isEnabled()
    dialog.start_edit.setDate(QDate(2022, 4, 1))  # not after the current role started
    assert not dialog.ok_button.isEnabled()
    assert dialog.start_error.isVisible()
    assert "must start after “Senior Engineer” started" in dialog.start_error.text()
    assert not dialog.end_note.isVisible()
    dialog.start_edit.setDate(QDate(2025, 1, 1))
    assert dialog.ok_button.isEnabled()
    assert dialog.end_note.isVisible()
    assert format_date(dt.date(2024, 12, 31)) in dialog.end_note.text()


def test_new_role_without_a_current_role(qtbot: QtBot, ctx: AppContext) -> None:
    goal = promotion_goal(ctx)
    dialog = show(qtbot, NewRoleDialog(journal=ctx.journal, goal=goal, today=TODAY))
    assert dialog.organisation_edit.text() == ""
    assert dialog.end_note.text() == "No current role ends: this starts your role history."
    assert dialog.draft().level_rank == 1


def test_new_role_commit(qtbot: QtBot, ctx: AppContext) -> None:
    current_role(ctx)
    goal = promotion_goal(ctx)

    def refuse(_draft: RoleDraft) -> None:
        raise ValidationError("currency", "No such currency.")

    dialog = show(qtbot, NewRoleDialog(journal=ctx.journal, goal=goal, today=TODAY, commit=refuse))
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.form_error.text() == "No such currency."

    dialog._commit = lambda draft: ctx.journal.roles.add(draft)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [r.title for r in ctx.journal.roles.list()] == ["Senior Engineer", "Staff Engineer"]
