"""Preferences: per-computer settings and the journal's own (skill scale, week start)."""

from __future__ import annotations

from pathlib import Path

from careerjournal.domain import MICRO_KINDS, EntryKind, SkillScale
from careerjournal.ui.context import AppContext
from careerjournal.ui.preferences import PreferencesDialog
from careerjournal.ui.settings import AUTO_KIND, ThemeChoice


def make(qtbot, ctx: AppContext, answer: bool = True) -> PreferencesDialog:
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.asked: list[list[str]] = []  # type: ignore[misc]

    def confirm(lines: list[str]) -> bool:
        dialog.asked.append(lines)  # type: ignore[attr-defined]
        return answer

    dialog.confirm_scale_switch = confirm  # type: ignore[method-assign]
    return dialog


def test_shows_current_values(qtbot, ctx: AppContext) -> None:
    ctx.settings.theme = ThemeChoice.DARK
    ctx.settings.default_kind = "skill"
    ctx.journal.profile.update(week_start=6)
    dialog = make(qtbot, ctx)
    assert dialog.theme.currentData() == "dark"
    assert dialog.default_kind.currentData() == "skill"
    assert dialog.week_start.currentIndex() == 6
    assert dialog.scale.currentData() == "dreyfus"
    assert dialog.chosen_journal_location() is None


def test_accept_saves_computer_and_journal_settings(qtbot, ctx: AppContext) -> None:
    dialog = make(qtbot, ctx)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.default_kind.setCurrentIndex(dialog.default_kind.findData(EntryKind.FEEDBACK.value))
    dialog.backup_keep.setValue(25)
    dialog.undo_keep.setValue(2000)
    dialog.undo_days.setValue(90)
    dialog.week_start.setCurrentIndex(2)
    dialog.accept()
    assert (ctx.settings.undo_keep, ctx.settings.undo_days) == (2000, 90)
    assert ctx.settings.theme is ThemeChoice.LIGHT
    assert ctx.settings.default_kind == "feedback"
    assert ctx.settings.backup_keep == 25
    assert ctx.journal.store.backup_keep == 25
    assert ctx.journal.profile.get().week_start == 2
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted


def test_scale_switch_previews_and_maps_levels(qtbot, ctx: AppContext) -> None:
    band = ctx.journal.skills.add_band("Craft")
    skill = ctx.journal.skills.add_skill(band.id, "Testing", target_level=4)
    ctx.journal.skills.record_assessment(skill.id, 5)

    declined = make(qtbot, ctx, answer=False)
    declined.scale.setCurrentIndex(declined.scale.findData(SkillScale.SFIA.value))
    declined.accept()
    assert declined.asked == [["Craft / Testing: 5 → 7 (target 4 → 5)"]]
    assert ctx.journal.profile.get().skill_scale is SkillScale.DREYFUS  # nothing changed
    assert ctx.journal.skills.get_skill(skill.id).current_level == 5

    dialog = make(qtbot, ctx)
    dialog.scale.setCurrentIndex(dialog.scale.findData(SkillScale.SFIA.value))
    dialog.accept()
    assert ctx.journal.profile.get().skill_scale is SkillScale.SFIA
    record = ctx.journal.skills.get_skill(skill.id)
    assert (record.current_level, record.target_level) == (7, 5)
    assert [a.level for a in ctx.journal.skills.history(skill.id)] == [7]


def test_new_journal_location_is_reported(qtbot, ctx: AppContext, tmp_path: Path) -> None:
    dialog = make(qtbot, ctx)
    target = str(tmp_path / "elsewhere.sqlite3")
    dialog.location.setText(target)
    dialog.accept()
    assert dialog.chosen_journal_location() == target
    assert ctx.settings.journal_location == target


def test_default_kind_offers_only_kinds_that_count(qtbot, ctx: AppContext) -> None:
    ctx.settings.default_kind = "other"  # the old default reads as "the kind I use most"
    dialog = make(qtbot, ctx)
    offered = [dialog.default_kind.itemData(i) for i in range(dialog.default_kind.count())]
    assert offered[0] == AUTO_KIND
    assert dialog.default_kind.currentData() == AUTO_KIND
    assert offered[1:] == [k.value for k in MICRO_KINDS]
    assert EntryKind.OTHER.value not in offered
    assert EntryKind.PROMOTION.value not in offered
    dialog.accept()
    assert ctx.settings.default_kind == AUTO_KIND
