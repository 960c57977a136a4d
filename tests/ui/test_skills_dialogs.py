"""Skills dialogs on a real journal: bands, skills, assessments, and the scale and band share."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import AssessmentSource, EntryKind, SkillScale
from careerjournal.domain.scales import levels
from careerjournal.services import AssessmentDraft, EntryDraft, SkillRecord, ValidationError
from careerjournal.store import BackupError, Store
from careerjournal.ui.context import AppContext
from careerjournal.ui.formatting import format_date
from careerjournal.ui.skills.dialogs import (
    AssessmentDialog,
    BandDialog,
    SkillDialog,
    SkillSettingsDialog,
    SkillValues,
    assessment_dialog,
)

# The offscreen platform cannot pass size hints or grab the keyboard for popups.
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")

TODAY = dt.date(2025, 3, 15)
DREYFUS = levels(SkillScale.DREYFUS)


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


def key(qtbot: QtBot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), k, modifier)


def mnemonics(dialog: QDialog) -> list[str]:
    """The Alt+letters of the dialog's labels; each label with one has a buddy."""
    letters = []
    for label in dialog.findChildren(QLabel):
        found = re.search(r"&(\w)", label.text())
        if found:
            assert label.buddy() is not None, label.text()
            letters.append(found.group(1).lower())
    return letters


class Known:
    """Two bands: Craft (Testing 2→3, target 4; Kubernetes 5, target 5), Delivery (Planning
    with a target only; Estimation with neither)."""

    def __init__(self, ctx: AppContext):
        skills = ctx.journal.skills
        self.craft = skills.add_band("Craft")
        self.delivery = skills.add_band("Delivery")
        testing = skills.add_skill(self.craft.id, "Testing", target_level=4)
        skills.record_assessment(testing.id, 2, assessed_on=dt.date(2024, 1, 10))
        skills.record_assessment(testing.id, 3, assessed_on=dt.date(2024, 6, 1))
        kubernetes = skills.add_skill(self.craft.id, "Kubernetes", target_level=5)
        skills.record_assessment(kubernetes.id, 5, assessed_on=dt.date(2024, 2, 1))
        planning = skills.add_skill(self.delivery.id, "Planning", target_level=2)
        estimation = skills.add_skill(self.delivery.id, "Estimation")
        self.testing = skills.get_skill(testing.id)
        self.kubernetes = skills.get_skill(kubernetes.id)
        self.planning = skills.get_skill(planning.id)
        self.estimation = skills.get_skill(estimation.id)
        self.bands = skills.bands()


def entry(ctx: AppContext, title: str, days_ago: int, kind: EntryKind, *tags: str) -> int:
    draft = EntryDraft(title, occurred_on=TODAY - dt.timedelta(days=days_ago), kind=kind, tags=tags)
    return ctx.journal.entries.add(draft).id


# -- bands ------------------------------------------------------------------------------------


def test_band_dialog_values_and_blank_name(qtbot: QtBot) -> None:
    dialog = show(qtbot, BandDialog(title="New Band"))
    assert dialog.windowTitle() == "New Band"
    assert focused() is dialog.name_edit
    assert not dialog.ok_button.isEnabled()
    assert not dialog.name_error.isVisible()  # nothing typed yet: no scolding

    qtbot.keyClicks(dialog.name_edit, "  Engineering   craft ")
    assert dialog.ok_button.isEnabled()
    dialog.description_edit.setPlainText("  Building software \n")
    assert dialog.values() == ("Engineering craft", "Building software")

    dialog.name_edit.selectAll()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    assert dialog.name_error.isVisible()
    assert dialog.name_error.text() == "A band needs a name."
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter with a blank name does nothing
    assert sorted(mnemonics(dialog)) == ["d", "n"]


def test_band_dialog_keyboard_accept_and_cancel(qtbot: QtBot) -> None:
    dialog = show(qtbot, BandDialog(title="New Band"))
    qtbot.keyClicks(dialog.name_edit, "Delivery")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.description_edit
    qtbot.keyClicks(dialog.description_edit, "Getting things out")
    key(qtbot, Qt.Key.Key_Return)  # a new line in the description, not OK
    assert dialog.isVisible()
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == ("Delivery", "Getting things out")

    enter = show(qtbot, BandDialog(title="New Band"))
    qtbot.keyClicks(enter.name_edit, "Leadership")
    key(qtbot, Qt.Key.Key_Return)
    assert enter.result() == QDialog.DialogCode.Accepted

    escape = show(qtbot, BandDialog(title="New Band"))
    qtbot.keyClicks(escape.name_edit, "Leadership")
    key(qtbot, Qt.Key.Key_Escape)
    assert escape.result() == QDialog.DialogCode.Rejected


def test_band_dialog_refuses_another_bands_name(qtbot: QtBot) -> None:
    dialog = show(qtbot, BandDialog(title="New Band", existing_names=["Craft", "Delivery"]))
    qtbot.keyClicks(dialog.name_edit, "delivery")
    assert not dialog.ok_button.isEnabled()
    assert dialog.name_error.text() == "There is already a band called “delivery”."

    rename = show(
        qtbot,
        BandDialog(title="Rename Band", name="Craft", description="Old", existing_names=["Craft"]),
    )
    assert rename.ok_button.isEnabled()  # its own name is not "taken"
    assert rename.values() == ("Craft", "Old")


def test_band_dialog_commit_refused_keeps_it_open(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.journal.skills.add_band("Craft")
    dialog = show(
        qtbot,
        BandDialog(title="New Band", commit=lambda v: ctx.journal.skills.add_band(*v)),
    )
    qtbot.keyClicks(dialog.name_edit, "craft")  # not told about the existing band: the service is
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.name_error.text() == "There is already a band called 'craft'."
    qtbot.keyClicks(dialog.name_edit, "manship")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [b.name for b in ctx.journal.skills.bands()] == ["Craft", "craftmanship"]


# -- skills -----------------------------------------------------------------------------------


def test_new_skill_in_a_band(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    dialog = show(
        qtbot, SkillDialog(bands=known.bands, level_names=DREYFUS, band_id=known.delivery.id)
    )
    assert dialog.windowTitle() == "New Skill"
    assert dialog.current_label is None
    assert dialog.band_combo.currentText() == "Delivery"
    assert dialog.target_combo.currentText() == "No target"
    assert [dialog.target_combo.itemText(i) for i in range(dialog.target_combo.count())] == [
        "No target",
        "1 · Novice",
        "2 · Advanced Beginner",
        "3 · Competent",
        "4 · Proficient",
        "5 · Expert",
    ]
    assert focused() is dialog.name_edit
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Stakeholder  updates")
    dialog.target_combo.setCurrentIndex(3)
    dialog.description_edit.setPlainText("Weekly, in writing")
    assert dialog.values() == SkillValues(
        known.delivery.id, "Stakeholder updates", 3, "Weekly, in writing"
    )
    assert sorted(mnemonics(dialog)) == ["b", "d", "n", "t"]


def test_skill_name_must_be_free_in_its_band(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    dialog = show(qtbot, SkillDialog(bands=known.bands, level_names=DREYFUS))
    assert dialog.band_combo.currentText() == "Craft"  # the first band without a band_id
    qtbot.keyClicks(dialog.name_edit, "testing")
    assert not dialog.ok_button.isEnabled()
    assert dialog.name_error.text() == "Band “Craft” already has a skill “testing”."
    dialog.band_combo.setCurrentIndex(dialog.band_combo.findData(known.delivery.id))
    assert dialog.ok_button.isEnabled()  # Delivery has no Testing
    assert not dialog.name_error.isVisible()


def test_edit_skill_shows_current_level(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    dialog = show(qtbot, SkillDialog(bands=known.bands, level_names=DREYFUS, skill=known.testing))
    assert dialog.windowTitle() == "Edit Skill"
    assert dialog.current_label is not None
    assert dialog.current_label.text() == (
        f"3 · Competent, assessed {format_date(dt.date(2024, 6, 1))}"
    )
    assert dialog.ok_button.isEnabled()  # its own name
    assert dialog.values() == SkillValues(known.craft.id, "Testing", 4, "")
    dialog.target_combo.setCurrentIndex(0)
    dialog.band_combo.setCurrentIndex(dialog.band_combo.findData(known.delivery.id))
    assert dialog.values() == SkillValues(known.delivery.id, "Testing", None, "")
    # Moving it next to a skill of the same name is refused.
    dialog.name_edit.setText("planning")
    assert not dialog.ok_button.isEnabled()

    fresh = show(qtbot, SkillDialog(bands=known.bands, level_names=DREYFUS, skill=known.planning))
    assert fresh.current_label.text() == "Not assessed yet"
    assert fresh.target_combo.currentData() == 2


def test_skill_dialog_without_bands(qtbot: QtBot) -> None:
    dialog = show(qtbot, SkillDialog(bands=[], level_names=DREYFUS))
    qtbot.keyClicks(dialog.name_edit, "Testing")
    assert not dialog.ok_button.isEnabled()
    assert dialog.band_error.isVisible()


# -- assessments ------------------------------------------------------------------------------


def assess(qtbot: QtBot, ctx: AppContext, skill: SkillRecord, **kwargs) -> AssessmentDialog:
    dialog = AssessmentDialog(
        journal=ctx.journal, skill=skill, level_names=DREYFUS, today=TODAY, **kwargs
    )
    return show(qtbot, dialog)


def test_assessment_defaults_and_draft(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    dialog = assess(qtbot, ctx, known.testing)
    assert dialog.windowTitle() == "Assess “Testing”"
    assert dialog.status_label.text() == (
        f"3 · Competent since {format_date(dt.date(2024, 6, 1))}; target 4 · Proficient"
    )
    assert dialog.date_edit.date() == QDate(2025, 3, 15)
    assert dialog.date_edit.calendarPopup()
    assert dialog.level_combo.currentText() == "4 · Proficient"  # one up from now
    assert dialog.source_combo.currentText() == "Self"
    assert dialog.evidence_combo.currentText() == "No evidence entry"
    assert dialog.evidence_entry_id() is None
    assert focused() is dialog.level_combo

    dialog.date_edit.setDate(QDate(2025, 2, 1))
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(5))
    dialog.source_combo.setCurrentIndex(dialog.source_combo.findText("Manager"))
    dialog.note_edit.setPlainText(" Said so in my review \n")
    assert dialog.draft() == AssessmentDraft(
        skill_id=known.testing.id,
        level=5,
        source=AssessmentSource.MANAGER,
        assessed_on=dt.date(2025, 2, 1),
        note="Said so in my review",
    )
    key(qtbot, Qt.Key.Key_Return)  # from the level combo
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sorted(mnemonics(dialog)) == ["d", "e", "l", "o", "s"]


def test_assessment_level_is_capped_and_starts_at_one(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    assert assess(qtbot, ctx, known.kubernetes).level_combo.currentData() == 5
    fresh = assess(qtbot, ctx, known.estimation)
    assert fresh.level_combo.currentData() == 1
    assert fresh.status_label.text() == "Not assessed yet"


def test_assessment_in_the_future_is_refused(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    dialog = assess(qtbot, ctx, known.testing)
    dialog.date_edit.setDate(QDate(2025, 3, 16))
    assert dialog.date_error.isVisible()
    assert dialog.date_error.text() == "An assessment cannot be in the future."
    assert not dialog.ok_button.isEnabled()
    dialog.date_edit.setFocus()
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    dialog.accept()
    assert dialog.isVisible()
    dialog.date_edit.setDate(QDate(2025, 3, 15))
    assert not dialog.date_error.isVisible()
    assert dialog.ok_button.isEnabled()


def test_assessment_tab_order(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    dialog = assess(qtbot, ctx, known.testing)
    assert focused() is dialog.level_combo
    order = []
    for _ in range(6):  # from the level (where it opens) round to the date
        key(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        order.append(widget.objectName() or widget.parent().objectName())
    assert order == ["source", "evidence", "note", "ok", "cancel", "date"]


def test_evidence_lists_recent_live_entries_likely_kinds_first(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = Known(ctx)
    note = entry(ctx, "Coffee with the team", 1, EntryKind.NETWORK)
    course = entry(ctx, "Finished a course", 5, EntryKind.LEARNING)
    award = entry(ctx, "Team award", 3, EntryKind.RECOGNITION)
    old = entry(ctx, "Old project", 400, EntryKind.PROJECT)
    trashed = entry(ctx, "Binned", 2, EntryKind.SKILL)
    ctx.journal.entries.trash([trashed])
    dialog = assess(qtbot, ctx, known.estimation)
    combo = dialog.evidence_combo
    ids = [combo.itemData(i) for i in range(combo.count())]
    assert ids == [None, award, course, old, note]
    assert combo.itemText(1) == f"{format_date(TODAY - dt.timedelta(days=3))} · Team award"

    monkeypatch.setattr(assessment_dialog, "EVIDENCE_LIMIT", 2)  # the two newest entries only
    few = assess(qtbot, ctx, known.estimation)
    assert [few.evidence_combo.itemData(i) for i in range(few.evidence_combo.count())] == [
        None,
        award,
        note,
    ]
    # Opened from an entry that is not listed (old, or in the trash): it is added and chosen.
    assert few.set_evidence_entry(trashed)
    assert few.evidence_entry_id() == trashed
    assert few.evidence_combo.itemData(1) == trashed
    assert few.set_evidence_entry(course)
    assert few.evidence_entry_id() == course
    assert not few.set_evidence_entry(9999)
    assert few.evidence_entry_id() == course
    assert few.set_evidence_entry(None)
    assert few.evidence_entry_id() is None


def test_evidence_mentioning_the_skill_is_preselected(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    entry(ctx, "Kubernetes upgrade, long ago", 90, EntryKind.PROJECT)
    entry(ctx, "Google cloud talk", 2, EntryKind.LEARNING)  # "go" is not the skill
    tagged = entry(ctx, "Rolled out the cluster", 20, EntryKind.PROJECT, "kubernetes")
    entry(ctx, "Unrelated", 1, EntryKind.PROJECT)
    dialog = assess(qtbot, ctx, known.kubernetes)
    assert dialog.suggested_entry_id == tagged
    assert dialog.evidence_entry_id() == tagged

    titled = entry(ctx, "Wrote the KUBERNETES runbook", 10, EntryKind.OTHER)
    assert assess(qtbot, ctx, known.kubernetes).evidence_entry_id() == titled
    # Nothing within 60 days mentions Testing.
    entry(ctx, "Testing strategy", 61, EntryKind.SKILL)
    assert assess(qtbot, ctx, known.testing).evidence_entry_id() is None
    go = ctx.journal.skills.add_skill(known.craft.id, "Go")
    assert assess(qtbot, ctx, go).evidence_entry_id() is None


def test_evidence_filters_as_you_type(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    helm = entry(ctx, "Helm charts for the team", 4, EntryKind.PROJECT)
    upgrade = entry(ctx, "Cluster upgrade (kube 1.30)", 3, EntryKind.PROJECT)
    entry(ctx, "Kubecon talk", 40, EntryKind.LEARNING)
    dialog = assess(qtbot, ctx, known.testing)
    combo = dialog.evidence_combo
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "KUBE")
    completer = dialog.evidence_completer
    qtbot.waitUntil(completer.popup().isVisible)
    model = completer.completionModel()
    offered = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert [o.split(" · ", 1)[1] for o in offered] == [
        "Cluster upgrade (kube 1.30)",
        "Kubecon talk",
    ]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.evidence_entry_id() == upgrade
    assert dialog.isVisible()  # Enter chose the entry; it did not close the dialog

    # Typed text that fits one entry names it; text that fits none or several is refused inline.
    combo.lineEdit().setText("helm CHARTS")
    assert dialog.evidence_entry_id() == helm
    for text in ("no such thing", "kube"):
        combo.lineEdit().setText(text)
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.evidence_error.isVisible()
        assert dialog.evidence_entry_id() is None
    # A blank field means no evidence.
    combo.lineEdit().setText("")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.evidence_entry_id() is None


def test_assessment_commit_records_or_shows_the_refusal(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    evidence = entry(ctx, "Testing talk", 1, EntryKind.LEARNING)
    calls: list[AssessmentDraft] = []

    def refuse(draft: AssessmentDraft) -> None:
        calls.append(draft)
        raise ValidationError("level", "Not on this scale.")

    refused = assess(qtbot, ctx, known.testing, commit=refuse)
    refused.accept()
    assert refused.isVisible()
    assert refused.level_error.text() == "Not on this scale."
    assert len(calls) == 1

    def record(draft: AssessmentDraft) -> None:
        ctx.journal.skills.record_assessment(
            draft.skill_id,
            draft.level,
            assessed_on=draft.assessed_on,
            source=draft.source,
            note=draft.note,
            evidence_entry_id=dialog.evidence_entry_id(),
        )

    dialog = assess(qtbot, ctx, known.testing, commit=record)
    assert dialog.evidence_entry_id() == evidence  # it mentions Testing
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    latest = ctx.journal.skills.history(known.testing.id)[-1]
    assert (latest.level, latest.assessed_on, latest.evidence_entry_id) == (4, TODAY, evidence)


# -- scale and band share ---------------------------------------------------------------------


def settings(qtbot: QtBot, ctx: AppContext) -> SkillSettingsDialog:
    return show(qtbot, SkillSettingsDialog(journal=ctx.journal))


def preview_rows(dialog: SkillSettingsDialog) -> list[list[str]]:
    model = dialog.preview_table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_settings_show_the_journals_values(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = settings(qtbot, ctx)
    assert dialog.scale() is SkillScale.DREYFUS
    assert "1\u00a0Novice" in dialog.levels_label.text()
    assert "5\u00a0Expert" in dialog.levels_label.text()
    assert dialog.share_spin.value() == 75
    assert dialog.share_spin.suffix() == " %"
    assert (dialog.share_spin.minimum(), dialog.share_spin.maximum()) == (10, 100)
    assert dialog.rule_label.text() == (
        "A band reaches a level when at least 75 % of its skills are at that level or above."
    )
    dialog.share_spin.setValue(80)
    assert "at least 80 % of its skills" in dialog.rule_label.text()
    assert not dialog.preview_box.isVisible()
    assert sorted(mnemonics(dialog)) == ["b", "s"]


def test_settings_preview_dreyfus_to_sfia(qtbot: QtBot, ctx: AppContext) -> None:
    Known(ctx)
    dialog = settings(qtbot, ctx)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(SkillScale.SFIA.value))
    assert dialog.preview_box.isVisible()
    assert "7\u00a0Set\u00a0strategy" in dialog.levels_label.text()
    assert preview_rows(dialog) == [
        ["Craft", "Testing", "3 · Competent → 4 · Enable", "4 · Proficient → 5 · Ensure, advise"],
        [
            "Craft",
            "Kubernetes",
            "5 · Expert → 7 · Set strategy, inspire, mobilise",
            "5 · Expert → 7 · Set strategy, inspire, mobilise",
        ],
        ["Delivery", "Planning", "—", "2 · Advanced Beginner → 3 · Apply"],
    ]
    warning = dialog.warning_label.text()
    assert warning.startswith(
        "Every assessment and target is mapped proportionally (1 → 1, top → top). "
        "A backup is made first; switching back may not give the same levels."
    )
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(SkillScale.DREYFUS.value))
    assert not dialog.preview_box.isVisible()


def test_settings_switch_maps_levels_after_a_backup(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    assert ctx.journal.backups() == []
    dialog = settings(qtbot, ctx)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(SkillScale.SFIA.value))
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.applied()
    assert ctx.journal.profile.get().skill_scale is SkillScale.SFIA
    assert ctx.journal.profile.get().band_share == 0.75  # untouched
    assert [a.level for a in ctx.journal.skills.history(known.testing.id)] == [3, 4]
    testing = ctx.journal.skills.get_skill(known.testing.id)
    assert (testing.current_level, testing.target_level) == (4, 5)
    assert ctx.journal.skills.get_skill(known.planning.id).target_level == 3
    backups = ctx.journal.backups()
    assert [b.path for b in backups] == [dialog.backup_path]
    assert "scale-switch" in backups[0].path.name


def test_settings_share_change_is_stored(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = settings(qtbot, ctx)
    dialog.share_spin.setValue(60)
    dialog.accept()
    assert dialog.applied()
    assert ctx.journal.profile.get().band_share == pytest.approx(0.6)
    assert ctx.journal.profile.get().skill_scale is SkillScale.DREYFUS
    assert ctx.journal.backups() == []  # only a scale switch is backed up

    unchanged = settings(qtbot, ctx)
    unchanged.accept()
    assert unchanged.result() == QDialog.DialogCode.Accepted
    assert not unchanged.applied()


def test_settings_cancel_changes_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    known = Known(ctx)
    dialog = settings(qtbot, ctx)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(SkillScale.SFIA.value))
    dialog.share_spin.setValue(50)
    key(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.applied()
    profile = ctx.journal.profile.get()
    assert (profile.skill_scale, profile.band_share) == (SkillScale.DREYFUS, 0.75)
    assert ctx.journal.skills.get_skill(known.testing.id).current_level == 3
    assert ctx.journal.backups() == []


def test_settings_failed_backup_stops_the_switch(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = Known(ctx)

    def fail(**_kwargs: object) -> None:
        raise BackupError("The disk is full.")

    monkeypatch.setattr(ctx.journal, "backup", fail)
    dialog = settings(qtbot, ctx)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(SkillScale.SFIA.value))
    dialog.accept()
    assert dialog.isVisible()
    assert not dialog.applied()
    assert "The disk is full." in dialog.form_error.text()
    assert ctx.journal.profile.get().skill_scale is SkillScale.DREYFUS
    assert ctx.journal.skills.get_skill(known.testing.id).current_level == 3


def test_settings_server_journal_switches_without_a_backup(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    known = Known(ctx)
    # What a PostgreSQL journal looks like to the dialog: no file, so backups raise BackupError.
    monkeypatch.setattr(Store, "path", property(lambda _self: None))
    dialog = settings(qtbot, ctx)
    dialog.scale_combo.setCurrentIndex(dialog.scale_combo.findData(SkillScale.SFIA.value))
    assert "no backup is made here" in dialog.warning_label.text()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.applied()
    assert dialog.backup_path is None
    assert ctx.journal.skills.get_skill(known.testing.id).current_level == 4
    monkeypatch.undo()
    assert ctx.journal.backups() == []


def test_dialog_notes_are_secondary_text_not_disabled(qtbot: QtBot, ctx: AppContext) -> None:
    """The hint under a dialog is quieter, yet readable: not a disabled (2-3:1) label."""
    from PySide6.QtGui import QPalette

    dialog = show(qtbot, BandDialog(title="New Band"))
    assert dialog.hint.isEnabled()
    assert dialog.hint.foregroundRole() == QPalette.ColorRole.PlaceholderText
    settings = show(qtbot, SkillSettingsDialog(None, journal=ctx.journal))
    assert settings.levels_label.isEnabled()
    assert settings.levels_label.foregroundRole() == QPalette.ColorRole.PlaceholderText
