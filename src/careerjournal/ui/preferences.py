"""Preferences: look and defaults (this computer), skill scale and week start (this journal);
on the Sources tab, where the evidence inbox looks for evidence (`preferences_sources`); on the
Levels tab, the progression framework in use and its rubric's settings (`preferences_levels`)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain import MICRO_KINDS, SkillScale
from ..reminders import MAX_EVERY_WEEKS, ReminderKind, ReminderSchedule
from ..services import ProfileRecord, ServiceError
from ..store import StoreError, paths
from .context import AppContext
from .formatting import kind_label
from .icons import kind_icon
from .preferences_levels import LevelsPage
from .preferences_sources import SourcesPage
from .settings import AUTO_KIND, MAX_LOCK_MINUTES, AppSettings, ThemeChoice
from .view_parts import secondary


class PreferencesDialog(QDialog):
    """Three tabs. General: this computer's settings, the reminders, and the journal's own
    settings; Sources: where to look for evidence; Levels: the progression framework.

    Groups are built in the order they are shown, which is also the order Tab walks them."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._ctx = ctx
        settings = ctx.settings
        machine = self._build_machine(settings)
        reminders = self._build_reminders(settings)
        journal = self._build_journal(ctx.journal.profile.get())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        general = QWidget()
        general.setObjectName("pref_general")
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(machine)
        general_layout.addWidget(reminders)
        general_layout.addWidget(journal)
        self.sources = SourcesPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("pref_tabs")
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.sources, self.tr("Sources"))
        self.levels = LevelsPage(ctx)
        self.tabs.addTab(self.levels, self.tr("Levels"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._initial_location = settings.journal_location

    def _build_machine(self, settings: AppSettings) -> QGroupBox:
        """On this computer: theme, the kind of new entries, backups kept, the journal file."""
        self.theme = QComboBox()
        self.theme.setObjectName("pref_theme")
        for choice, label in (
            (ThemeChoice.SYSTEM, self.tr("Follow the system")),
            (ThemeChoice.LIGHT, self.tr("Light")),
            (ThemeChoice.DARK, self.tr("Dark")),
        ):
            self.theme.addItem(label, choice.value)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme.value))

        self.default_kind = QComboBox()
        self.default_kind.setObjectName("pref_default_kind")
        # Only kinds that count as progress: "other" and "promotion" would make the
        # one-keystroke capture invisible to Insights.
        self.default_kind.addItem(self.tr("The kind I use most"), AUTO_KIND)
        for kind in MICRO_KINDS:
            self.default_kind.addItem(kind_icon(kind), kind_label(kind), kind.value)
        self.default_kind.setCurrentIndex(max(0, self.default_kind.findData(settings.default_kind)))

        self.backup_keep = QSpinBox()
        self.backup_keep.setObjectName("pref_backup_keep")
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setValue(settings.backup_keep)
        self.backup_keep.setSuffix(self.tr(" backups"))

        self.undo_keep = QSpinBox()
        self.undo_keep.setObjectName("pref_undo_keep")
        self.undo_keep.setRange(100, 1_000_000)
        self.undo_keep.setSingleStep(1000)
        self.undo_keep.setGroupSeparatorShown(True)
        self.undo_keep.setValue(settings.undo_keep)
        self.undo_keep.setSuffix(self.tr(" changes"))
        self.undo_days = QSpinBox()
        self.undo_days.setObjectName("pref_undo_days")
        self.undo_days.setRange(1, 3650)
        self.undo_days.setValue(settings.undo_days)
        self.undo_days.setSuffix(self.tr(" days"))
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.undo_keep)
        undo_row.addWidget(QLabel(self.tr("and all of the last")))
        undo_row.addWidget(self.undo_days)
        undo_row.addStretch(1)

        self.location = QLineEdit(settings.journal_location)
        self.location.setObjectName("pref_location")
        self.location.setPlaceholderText(str(paths.default_database()))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        location_row = QHBoxLayout()
        location_row.addWidget(self.location, 1)
        location_row.addWidget(browse)

        machine = QGroupBox(self.tr("On this computer"))
        form = QFormLayout(machine)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("New entries are of &kind:"), self.default_kind)
        form.addRow(self.tr("&Keep:"), self.backup_keep)
        undo_label = QLabel(self.tr("&Undo history:"))
        undo_label.setBuddy(self.undo_keep)
        undo_label.setToolTip(
            self.tr("Older changes beyond both limits are forgotten when a journal is opened.")
        )
        form.addRow(undo_label, undo_row)
        location_label = QLabel(self.tr("&Journal file:"))
        location_label.setBuddy(self.location)  # a row of a layout gets no buddy by itself
        form.addRow(location_label, location_row)
        form.addRow(self.tr("&Lock after:"), self._build_lock_after(settings))
        return machine

    def _build_lock_after(self, settings: AppSettings) -> QSpinBox:
        """Minutes without use before an encrypted journal locks (only such a journal locks)."""
        self.lock_after = QSpinBox()
        self.lock_after.setObjectName("pref_lock_after")
        self.lock_after.setRange(0, MAX_LOCK_MINUTES)
        self.lock_after.setSpecialValueText(self.tr("never"))
        self.lock_after.setSuffix(self.tr(" minutes without use"))
        self.lock_after.setValue(settings.lock_after_minutes)
        self.lock_after.setAccessibleName(self.tr("Lock after how many minutes without use"))
        encrypted = self._ctx.journal.store.encrypted
        self.lock_after.setEnabled(encrypted)
        if not encrypted:
            self.lock_after.setToolTip(
                self.tr("Protect the journal with a passphrase to lock it (File menu).")
            )
        return self.lock_after

    def _build_journal(self, profile: ProfileRecord) -> QGroupBox:
        """In this journal (they travel with the file): the skill scale and the week's start."""
        self.scale = QComboBox()
        self.scale.setObjectName("pref_scale")
        self.scale.addItem(self.tr("Dreyfus, 5 stages (Novice … Expert)"), SkillScale.DREYFUS.value)
        self.scale.addItem(self.tr("SFIA, 7 levels of responsibility"), SkillScale.SFIA.value)
        self.scale.setCurrentIndex(self.scale.findData(profile.skill_scale.value))

        self.week_start = QComboBox()
        self.week_start.setObjectName("pref_week_start")
        for day in range(1, 8):  # the locale's names, Monday first
            self.week_start.addItem(QLocale().dayName(day, QLocale.FormatType.LongFormat))
        self.week_start.setCurrentIndex(profile.week_start)

        journal = QGroupBox(self.tr("In this journal"))
        form = QFormLayout(journal)
        form.addRow(self.tr("&Skill scale:"), self.scale)
        form.addRow(self.tr("&Weeks start on:"), self.week_start)
        note = QLabel(self.tr("These travel with the journal file."))
        secondary(note)
        form.addRow(note)
        return journal

    def _build_reminders(self, settings: AppSettings) -> QGroupBox:
        """Per reminder: on/off, (for feedback) every N weeks, the weekday and the time."""
        box = QGroupBox(self.tr("Reminders"))
        box.setObjectName("pref_reminders")
        grid = QGridLayout(box)
        grid.setColumnStretch(6, 1)
        labels = {
            ReminderKind.JOURNAL: self.tr("&Remind me to journal"),
            ReminderKind.FEEDBACK: self.tr("Remind me to &ask for feedback"),
        }
        self.reminder_enabled: dict[ReminderKind, QCheckBox] = {}
        self.reminder_day: dict[ReminderKind, QComboBox] = {}
        self.reminder_time: dict[ReminderKind, QTimeEdit] = {}
        self.feedback_every = QSpinBox()
        self.feedback_every.setObjectName("pref_feedback_every")
        self.feedback_every.setRange(1, MAX_EVERY_WEEKS)
        self.feedback_every.setPrefix(self.tr("every "))
        self.feedback_every.setSuffix(self.tr(" weeks"))
        self.feedback_every.setAccessibleName(self.tr("Feedback reminder: every how many weeks"))
        for row, kind in enumerate(ReminderKind):
            schedule = settings.reminder_schedule(kind)
            enabled = QCheckBox(labels[kind])
            enabled.setObjectName(f"pref_{kind.value}_reminder")
            enabled.setChecked(schedule.enabled)
            day = QComboBox()
            day.setObjectName(f"pref_{kind.value}_day")
            for number in range(1, 8):
                day.addItem(QLocale().dayName(number, QLocale.FormatType.LongFormat))
            day.setCurrentIndex(schedule.weekday)
            time = QTimeEdit(QTime(schedule.time.hour, schedule.time.minute))
            time.setObjectName(f"pref_{kind.value}_time")
            time.setDisplayFormat("HH:mm")
            title = labels[kind].replace("&", "")
            day.setAccessibleName(self.tr("%s: day") % title)
            time.setAccessibleName(self.tr("%s: time") % title)
            if kind is ReminderKind.FEEDBACK:
                self.feedback_every.setValue(schedule.every_weeks)
                cadence: QWidget = self.feedback_every
            else:
                cadence = QLabel(self.tr("every week"))
                cadence.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(enabled, row, 0)
            grid.addWidget(cadence, row, 1)
            grid.addWidget(QLabel(self.tr("on")), row, 2)
            grid.addWidget(day, row, 3)
            grid.addWidget(QLabel(self.tr("at")), row, 4)
            grid.addWidget(time, row, 5)
            for widget in (cadence, day, time):
                widget.setEnabled(schedule.enabled)
                enabled.toggled.connect(widget.setEnabled)
            self.reminder_enabled[kind] = enabled
            self.reminder_day[kind] = day
            self.reminder_time[kind] = time
        note = QLabel(
            self.tr(
                "A notification while Career Journal runs; a banner when it starts after a "
                "reminder was missed. The weekly one is skipped when you wrote an entry that week."
            )
        )
        note.setWordWrap(True)
        secondary(note)
        grid.addWidget(note, len(ReminderKind), 0, 1, 7)
        return box

    def reminder_schedules(self) -> list[ReminderSchedule]:
        """The reminders as set in the dialog."""
        result = []
        for kind in ReminderKind:
            time = self.reminder_time[kind].time()
            result.append(
                ReminderSchedule(
                    kind=kind,
                    enabled=self.reminder_enabled[kind].isChecked(),
                    weekday=self.reminder_day[kind].currentIndex(),
                    time=dt.time(time.hour(), time.minute()),
                    every_weeks=(
                        self.feedback_every.value() if kind is ReminderKind.FEEDBACK else 1
                    ),
                )
            )
        return result

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Journal file"),
            self.location.text() or str(paths.default_database()),
            self.tr("Career journals (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.location.setText(path)

    def chosen_journal_location(self) -> str | None:
        """The journal to switch to, if the location changed (None: keep the open one)."""
        text = self.location.text().strip()
        if text == self._initial_location:
            return None
        return text or str(paths.default_database())

    def confirm_scale_switch(self, preview_lines: list[str]) -> bool:
        """Ask before rewriting levels; overridable in tests."""
        shown = "\n".join(preview_lines[:15])
        more = len(preview_lines) - 15
        if more > 0:
            shown += "\n" + self.tr("… and %n more", "", more)
        answer = QMessageBox.question(
            self,
            self.tr("Switch skill scale?"),
            self.tr("Existing levels will be mapped proportionally:\n\n%s") % shown,
            QMessageBox.StandardButton.Apply | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Apply

    def accept(self) -> None:
        problem = self.sources.problem()
        if problem is not None:  # before anything is saved: nothing changes
            self.tabs.setCurrentWidget(self.sources)
            QMessageBox.warning(self, self.windowTitle(), problem)
            self.sources.pattern.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.levels.problem() is not None:  # said under the thresholds, as they change
            self.tabs.setCurrentWidget(self.levels)
            self.levels.show_problem()
            return
        journal = self._ctx.journal
        target = SkillScale(self.scale.currentData())
        try:
            if target != journal.profile.get().skill_scale:
                preview = journal.skills.preview_scale_switch(target)
                lines = [
                    f"{c.band} / {c.skill}: {c.current or '-'} → {c.new_current or '-'}"
                    + (f" (target {c.target} → {c.new_target})" if c.target else "")
                    for c in preview
                ]
                if lines and not self.confirm_scale_switch(lines):
                    return
                journal.skills.switch_scale(target)
            if self.week_start.currentIndex() != journal.profile.get().week_start:
                journal.profile.update(week_start=self.week_start.currentIndex())
            self.levels.save()
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        settings = self._ctx.settings
        settings.theme = ThemeChoice(self.theme.currentData())
        settings.default_kind = str(self.default_kind.currentData())
        settings.backup_keep = self.backup_keep.value()
        settings.undo_keep = self.undo_keep.value()
        settings.undo_days = self.undo_days.value()
        if self.lock_after.isEnabled():
            settings.lock_after_minutes = self.lock_after.value()
        journal.store.backup_keep = settings.backup_keep
        settings.journal_location = self.location.text().strip()
        for schedule in self.reminder_schedules():
            settings.set_reminder_schedule(schedule)
        self.sources.save()
        super().accept()
