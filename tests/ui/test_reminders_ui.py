"""Reminders in the app: banner and tray paths with a fake clock, missed ones, preferences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from careerjournal.domain import EntryKind
from careerjournal.reminders import ReminderKind, ReminderSchedule
from careerjournal.services import EntryDraft
from careerjournal.ui.application import AppController
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.preferences import PreferencesDialog
from careerjournal.ui.reminders import ReminderBanner, ReminderController
from careerjournal.ui.settings import AppSettings

# 2040-03-02 is a Friday (journal nudge at 16:00); 2040-03-05 a Monday on the 4-week feedback
# cadence (10:00). Real entries are written "now", long before these dates.
WEDNESDAY = dt.datetime(2040, 2, 29, 12, 0)
FRIDAY_1600 = dt.datetime(2040, 3, 2, 16, 0)
FEEDBACK_MONDAY = dt.datetime(2040, 3, 5, 10, 0)


class FakeClock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def tray(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """A desktop with a system tray: messages are recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    visible: set[int] = set()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))

    def show_message(self: QSystemTrayIcon, title: str, text: str, *args: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QSystemTrayIcon, "showMessage", show_message)
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda self: visible.add(id(self)))
    monkeypatch.setattr(QSystemTrayIcon, "hide", lambda self: visible.discard(id(self)))
    monkeypatch.setattr(QSystemTrayIcon, "isVisible", lambda self: id(self) in visible)
    return shown


@pytest.fixture
def window(qtbot, ctx: AppContext) -> MainWindow:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1000, 640)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def controllers() -> Iterator[list[ReminderController]]:
    made: list[ReminderController] = []
    yield made
    for c in made:
        c.stop()


def make(
    controllers: list[ReminderController],
    ctx: AppContext,
    window: MainWindow | None,
    clock: FakeClock,
    interval_ms: int = 60_000,
) -> ReminderController:
    c = ReminderController(ctx, window, clock=clock, interval_ms=interval_ms)
    controllers.append(c)
    return c


def journal_only(ctx: AppContext) -> None:
    ctx.settings.set_reminder_schedule(ReminderSchedule(ReminderKind.FEEDBACK, enabled=False))


def shown_banners(window: MainWindow) -> list[ReminderBanner]:
    return [b for b in window.banner_area.findChildren(ReminderBanner) if b.isVisible()]


def test_due_reminder_shows_one_banner_then_not_again_after_dismissal(
    qtbot, ctx: AppContext, window: MainWindow, no_tray: None, controllers: list
) -> None:
    journal_only(ctx)
    clock = FakeClock(WEDNESDAY)
    c = make(controllers, ctx, window, clock, interval_ms=10)
    reminded: list[object] = []
    c.reminded.connect(reminded.append)
    c.start()
    qtbot.wait(50)
    assert c.banners() == []
    assert reminded == []

    clock.now = FRIDAY_1600 + dt.timedelta(seconds=30)
    qtbot.waitUntil(lambda: len(shown_banners(window)) == 1)
    qtbot.wait(80)  # the timer keeps ticking: still the one banner, shown once
    assert len(reminded) == 1
    banner = shown_banners(window)[0]
    assert banner.kind is ReminderKind.JOURNAL
    assert banner.text_label.text() == "Time to note what moved forward this week."
    assert not banner.reminder.missed
    assert ctx.settings.reminder_last_shown(ReminderKind.JOURNAL) == clock.now

    banner.dismiss_button.setFocus()
    qtbot.keyClick(banner.dismiss_button, Qt.Key.Key_Escape)  # Esc dismisses it
    qtbot.waitUntil(lambda: not shown_banners(window))
    assert c.banners() == []
    clock.advance(hours=2)
    qtbot.wait(80)
    clock.advance(days=3)
    qtbot.wait(80)
    assert shown_banners(window) == []
    assert len(reminded) == 1

    clock.now = FRIDAY_1600 + dt.timedelta(weeks=1, minutes=1)  # the next Friday
    qtbot.waitUntil(lambda: len(shown_banners(window)) == 1)
    assert len(reminded) == 2


def test_tray_notification_and_its_menu(
    qtbot, ctx: AppContext, tray: list[tuple[str, str]], controllers: list
) -> None:
    journal_only(ctx)
    clock = FakeClock(WEDNESDAY)
    c = make(controllers, ctx, None, clock)
    c.start()
    assert c.tray is not None
    assert c.tray.isVisible()
    menu = c.tray.contextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Write an Entry…", "Open Career Journal", "Snooze a Day", "Reminders Off"]
    assert not c.action_snooze.isEnabled()
    assert c.check() == []

    clock.now = FRIDAY_1600
    assert [r.kind for r in c.check()] == [ReminderKind.JOURNAL]
    assert tray == [("Your weekly journal", "Time to note what moved forward this week.")]
    assert c.banners() == []  # the tray, not a banner
    clock.advance(minutes=1)
    assert c.check() == []
    assert len(tray) == 1

    writes: list[bool] = []
    opens: list[bool] = []
    c.write_entry_requested.connect(lambda: writes.append(True))
    c.open_requested.connect(lambda: opens.append(True))
    c.tray.messageClicked.emit()
    assert writes == [True]
    assert opens == [True]

    # Snooze: the same reminder comes back a day later, once.
    clock.now = FRIDAY_1600 + dt.timedelta(weeks=1)
    assert len(c.check()) == 1
    assert c.action_snooze.isEnabled()
    c.action_snooze.trigger()
    assert ctx.settings.reminder_snoozed_until(ReminderKind.JOURNAL) == clock.now + dt.timedelta(
        days=1
    )
    clock.advance(hours=23)
    assert c.check() == []
    clock.advance(hours=1)
    assert [r.kind for r in c.check()] == [ReminderKind.JOURNAL]
    clock.advance(minutes=5)
    assert c.check() == []
    assert len(tray) == 3

    # Reminders Off: both schedules off, the tray icon goes.
    c.action_off.trigger()
    assert not ctx.settings.reminder_schedule(ReminderKind.JOURNAL).enabled
    assert not ctx.settings.reminder_schedule(ReminderKind.FEEDBACK).enabled
    assert not c.tray.isVisible()
    clock.now = FEEDBACK_MONDAY + dt.timedelta(weeks=4)
    assert c.check() == []


def test_feedback_notification_counts_the_days_and_opens_the_window(
    qtbot, ctx: AppContext, tray: list[tuple[str, str]], controllers: list
) -> None:
    ctx.journal.entries.add(
        EntryDraft(
            title="Asked Sam about my review style",
            kind=EntryKind.FEEDBACK,
            occurred_on=dt.date(2040, 1, 24),
        )
    )
    clock = FakeClock(FEEDBACK_MONDAY - dt.timedelta(hours=1))
    c = make(controllers, ctx, None, clock)
    c.start()
    clock.now = FEEDBACK_MONDAY
    assert [r.kind for r in c.check()] == [ReminderKind.FEEDBACK]
    assert tray == [
        (
            "Ask for feedback",
            "It has been 41 days since you last asked for feedback. Who could you ask this week?",
        )
    ]
    writes: list[bool] = []
    opens: list[bool] = []
    c.write_entry_requested.connect(lambda: writes.append(True))
    c.open_requested.connect(lambda: opens.append(True))
    c.tray.messageClicked.emit()  # type: ignore[union-attr]
    assert (writes, opens) == ([], [True])


def test_missed_reminders_become_one_banner_per_kind_at_start(
    qtbot, ctx: AppContext, window: MainWindow, no_tray: None, controllers: list
) -> None:
    ctx.settings.reminders_last_seen = dt.datetime(2040, 1, 10, 9, 0)  # closed for eight weeks
    clock = FakeClock(FEEDBACK_MONDAY + dt.timedelta(days=1))
    c = make(controllers, ctx, window, clock)
    c.start()
    banners = shown_banners(window)
    assert sorted(b.kind for b in banners) == [ReminderKind.FEEDBACK, ReminderKind.JOURNAL]
    assert all(b.reminder.missed for b in banners)
    assert "missed" in banners[0].title_label.text()
    assert "not recorded any feedback" in c._banners[ReminderKind.FEEDBACK].text_label.text()
    assert ctx.settings.reminders_last_seen == clock.now
    assert c.check() == []  # shown: not a notification as well

    writes: list[bool] = []
    c.write_entry_requested.connect(lambda: writes.append(True))
    journal_banner = c._banners[ReminderKind.JOURNAL]
    qtbot.mouseClick(journal_banner.write_button, Qt.MouseButton.LeftButton)
    assert writes == [True]
    qtbot.waitUntil(lambda: len(shown_banners(window)) == 1)
    c.stop()

    # Started again a minute later: nothing is missed any more.
    controllers.clear()
    clock.advance(minutes=1)
    again = make(controllers, ctx, window, clock)
    again.start()
    qtbot.waitUntil(lambda: not shown_banners(window))
    assert again.banners() == []


def test_first_start_ever_has_nothing_missed(
    ctx: AppContext, window: MainWindow, no_tray: None, controllers: list
) -> None:
    c = make(controllers, ctx, window, FakeClock(FEEDBACK_MONDAY + dt.timedelta(days=30)))
    c.start()
    assert c.banners() == []


def test_journaling_nudge_skipped_after_writing_and_banner_goes_when_writing(
    qtbot, ctx: AppContext, window: MainWindow, no_tray: None, controllers: list
) -> None:
    now = dt.datetime.now().replace(microsecond=0)
    ctx.journal.entries.add(EntryDraft(title="Wrote before the nudge"))
    # This week's Friday occurrence is just ahead of the entry: nothing to remind.
    friday = (now + dt.timedelta(days=(4 - now.weekday()) % 7 or 7)).replace(
        hour=16, minute=0, second=0
    )
    clock = FakeClock(friday - dt.timedelta(hours=1))
    c = make(controllers, ctx, window, clock)
    c.start()
    clock.now = friday
    assert c.check() == []
    assert c.banners() == []

    # A missed banner goes by itself once an entry is written.
    ctx.settings.reminders_last_seen = dt.datetime(2040, 2, 28, 9, 0)
    later = make(controllers, ctx, window, FakeClock(FRIDAY_1600 + dt.timedelta(hours=1)))
    later.start()
    assert [b.kind for b in later.banners()] == [ReminderKind.JOURNAL]
    ctx.journal.entries.add(EntryDraft(title="Shipped the search page"))
    assert later.banners() == []
    qtbot.waitUntil(lambda: not shown_banners(window))


def test_changed_schedule_applies_without_firing_for_the_past(
    ctx: AppContext, window: MainWindow, no_tray: None, controllers: list
) -> None:
    journal_only(ctx)
    clock = FakeClock(WEDNESDAY)
    c = make(controllers, ctx, window, clock)
    c.start()
    # Moved to Wednesday 09:00, which already passed today: not shown now…
    ctx.settings.set_reminder_schedule(
        ReminderSchedule(ReminderKind.JOURNAL, weekday=2, time=dt.time(9, 0))
    )
    c.reload()
    assert c.banners() == []
    # …and no longer on Friday.
    clock.now = FRIDAY_1600
    assert c.check() == []
    clock.now = dt.datetime(2040, 3, 7, 9, 0)  # next Wednesday
    assert [r.kind for r in c.check()] == [ReminderKind.JOURNAL]
    # Turning it off in Preferences removes its banner.
    ctx.settings.set_reminder_schedule(ReminderSchedule(ReminderKind.JOURNAL, enabled=False))
    c.reload()
    assert c.banners() == []


def test_preferences_round_trip(qtbot, ctx: AppContext) -> None:
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    journal, feedback = ReminderKind.JOURNAL, ReminderKind.FEEDBACK
    assert dialog.reminder_enabled[journal].isChecked()
    assert dialog.reminder_day[journal].currentIndex() == 4
    assert dialog.reminder_time[journal].time() == QTime(16, 0)
    assert dialog.reminder_day[feedback].currentIndex() == 0
    assert dialog.feedback_every.value() == 4

    dialog.reminder_enabled[journal].setChecked(False)
    assert not dialog.reminder_day[journal].isEnabled()
    assert not dialog.reminder_time[journal].isEnabled()
    dialog.reminder_day[feedback].setCurrentIndex(2)
    dialog.reminder_time[feedback].setTime(QTime(8, 30))
    dialog.feedback_every.setValue(2)
    dialog.accept()

    saved = ctx.settings.reminder_schedule(journal)
    assert not saved.enabled
    assert (saved.weekday, saved.time) == (4, dt.time(16, 0))
    assert ctx.settings.reminder_schedule(feedback) == ReminderSchedule(
        feedback, True, 2, dt.time(8, 30), 2
    )

    again = PreferencesDialog(ctx)
    qtbot.addWidget(again)
    assert not again.reminder_enabled[journal].isChecked()
    assert again.reminder_day[feedback].currentIndex() == 2
    assert again.reminder_time[feedback].time() == QTime(8, 30)
    assert again.feedback_every.value() == 2


def test_settings_survive_a_reopen_and_bad_values(tmp_path: Path, settings: AppSettings) -> None:
    from PySide6.QtCore import QSettings

    settings.set_reminder_schedule(
        ReminderSchedule(ReminderKind.FEEDBACK, False, 6, dt.time(7, 5), 3)
    )
    settings.set_reminder_last_shown(ReminderKind.FEEDBACK, dt.datetime(2040, 1, 2, 3, 4, 5))
    settings.sync()
    reopened = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert reopened.reminder_schedule(ReminderKind.FEEDBACK) == ReminderSchedule(
        ReminderKind.FEEDBACK, False, 6, dt.time(7, 5), 3
    )
    assert reopened.reminder_last_shown("feedback") == dt.datetime(2040, 1, 2, 3, 4, 5)
    reopened.set_value("reminders/journal/weekday", "9")
    reopened.set_value("reminders/journal/time", "later")
    reopened.set_value("reminders/journal/every_weeks", "x")
    reopened.set_value("reminders/journal/last_shown", "yesterday")
    schedule = reopened.reminder_schedule(ReminderKind.JOURNAL)
    assert (schedule.weekday, schedule.time, schedule.every_weeks) == (4, dt.time(16, 0), 1)
    assert reopened.reminder_last_shown(ReminderKind.JOURNAL) is None


class QuietController(AppController):
    def _inform(self, parent: object, message: str, warn: bool = False) -> None:
        raise AssertionError(message)

    def _recover_drafts(self) -> None:
        pass


def test_app_controller_shows_missed_reminders_in_the_window(
    qtbot, tmp_path: Path, settings: AppSettings, no_tray: None
) -> None:
    settings.reminders_last_seen = WEDNESDAY
    app = QuietController(QApplication.instance(), settings)  # type: ignore[arg-type]
    app.reminder_clock = FakeClock(FRIDAY_1600 + dt.timedelta(days=1))
    try:
        assert app.open(str(tmp_path / "j.sqlite3"))
        assert app.reminders is not None
        assert app.window is not None
        banners = shown_banners(app.window)
        assert [b.kind for b in banners] == [ReminderKind.JOURNAL]
        assert banners[0].geometry().top() == 0  # at the very top of the central widget
    finally:
        app.shutdown()
    assert settings.reminders_last_seen == FRIDAY_1600 + dt.timedelta(days=1)
