"""Reminders in the desktop app: a tray notification while it runs, a banner for missed ones.

`ReminderController` checks the schedules in the settings once a minute against an injected clock
(`careerjournal.reminders` decides what is due). A due reminder becomes a system tray message
when the desktop has a tray, else a `ReminderBanner` at the top of the main window; reminders
that passed while the app was closed become one banner per kind on start. Showing a reminder
records it as shown, so it fires once; a snooze brings it back a day later.
A quiet last week (evidence harvested, no entry) makes the journaling reminder name that
evidence, with "Review Suggestions" to open the Inbox area.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME
from ..domain import EntryKind
from ..errors import CareerJournalError
from ..reminders import (
    QuietWeekNudge,
    Reminder,
    ReminderKind,
    ReminderSchedule,
    days_since,
    due,
    find_quiet_week,
    make_reminder,
    missed,
    with_enabled,
)
from ..services import Action, Change, EntryQuery, Topic
from .context import AppContext
from .icons import app_icon, icon, icon_names, kind_icon

CHECK_INTERVAL_MS = 60_000
SNOOZE = dt.timedelta(days=1)
TRAY_MESSAGE_MS = 15_000

Clock = Callable[[], dt.datetime]


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Reminders", text, None, n)


def reminder_words(kind: ReminderKind, days_since_feedback: int | None) -> tuple[str, str]:
    """A reminder's title and text in the user's language (`careerjournal.reminders` holds the
    English the CLI uses); `days_since_feedback` is None when no feedback was ever recorded."""
    if kind is ReminderKind.JOURNAL:
        return _tr("Your weekly journal"), _tr("Time to note what moved forward this week.")
    if days_since_feedback is None:
        text = _tr("You have not recorded any feedback yet. Who could you ask this week?")
    elif days_since_feedback == 0:
        text = _tr("You recorded feedback today. Who else could you ask this week?")
    else:
        text = _tr(
            "It has been %n days since you last asked for feedback. Who could you ask this week?",
            days_since_feedback,
        )
    return _tr("Ask for feedback"), text


def local_now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _utc_to_local(value: dt.datetime) -> dt.datetime:
    """Stored timestamps are naive UTC; reminders work in naive local time."""
    return value.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None)


def _rgba(color: QColor) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


class ReminderBanner(QFrame):
    """A reminder across the top of the main window: icon, words, "Write an Entry", "Dismiss"
    (and "Review Suggestions" first for a quiet week with suggestions waiting).

    Tab reaches its buttons; Esc while it (or a button in it) has focus dismisses it.
    """

    write_entry = Signal()
    review_suggestions = Signal()
    dismissed = Signal()

    def __init__(self, reminder: Reminder, parent: QWidget | None = None):
        super().__init__(parent)
        self.reminder = reminder
        self._styling = False
        self.setObjectName("reminder_banner")
        self.setProperty("reminder_kind", reminder.kind.value)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(reminder.title)
        self.setAccessibleDescription(reminder.text)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.icon_label = QLabel()
        self.icon_label.setObjectName("reminder_icon")
        self.icon_label.setFixedSize(24, 24)
        heading = reminder.title
        if reminder.missed:
            heading = self.tr("%s (missed while Career Journal was closed)") % reminder.title
        self.title_label = QLabel(heading)
        self.title_label.setObjectName("reminder_title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # goal titles as typed
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.text_label = QLabel(reminder.text)
        self.text_label.setObjectName("reminder_text")
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.setContentsMargins(0, 0, 0, 0)
        words.addWidget(self.title_label)
        words.addWidget(self.text_label)

        self.write_button = QPushButton(self.tr("Write an Entry"))
        self.write_button.setObjectName("reminder_write")
        self.write_button.clicked.connect(self._write)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setObjectName("reminder_dismiss")
        self.dismiss_button.setToolTip(self.tr("Hide this reminder (Esc)"))
        self.dismiss_button.clicked.connect(self.dismiss)
        self.review_button = QPushButton(self.tr("Review Suggestions"))
        self.review_button.setObjectName("reminder_review")
        self.review_button.setToolTip(self.tr("Open the Inbox to turn that evidence into entries"))
        self.review_button.clicked.connect(self._review)
        self.review_button.setVisible(reminder.review)
        self.setFocusProxy(self.review_button if reminder.review else self.write_button)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.setSpacing(10)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(words, 1)
        layout.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._update_style()

    @property
    def kind(self) -> ReminderKind:
        return self.reminder.kind

    def _write(self) -> None:
        self.close_banner()
        self.write_entry.emit()

    def _review(self) -> None:
        self.close_banner()
        self.review_suggestions.emit()

    def dismiss(self) -> None:
        self.dismissed.emit()
        self.close_banner()

    def close_banner(self) -> None:
        self.hide()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            event.accept()
            return
        super().keyPressEvent(event)

    def _update_style(self) -> None:
        """Tinted with the palette's accent, so it reads in light and dark themes alike."""
        if self._styling:
            return
        self._styling = True
        try:
            palette = self.palette()
            accent = palette.color(QPalette.ColorRole.Highlight)
            tint = QColor(accent)
            tint.setAlpha(30)
            line = QColor(accent)
            line.setAlpha(110)
            self.setStyleSheet(
                f"QFrame#reminder_banner {{ background: {_rgba(tint)};"
                f" border: none; border-bottom: 1px solid {_rgba(line)};"
                f" border-left: 4px solid {accent.name()}; }}"
            )
            glyph = (
                kind_icon(EntryKind.FEEDBACK)
                if self.kind is ReminderKind.FEEDBACK
                else icon("nav-journal", accent)
            )
            self.icon_label.setPixmap(glyph.pixmap(24, 24))
            self.write_button.setIcon(icon("new-entry"))
            self.dismiss_button.setIcon(icon("close"))
            inbox = "nav-inbox" if "nav-inbox" in icon_names() else "import"  # the area's icon
            self.review_button.setIcon(icon(inbox))
        finally:
            self._styling = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._update_style()


class ReminderController(QObject):
    """Watches the reminder schedules while a journal is open and shows what is due.

    `clock` gives the local time (tests pass a fake one); `host` is the main window, which shows
    banners through `add_banner(widget)` and, asked to review suggestions, its "inbox" area
    through `show_area` (when it has one). Settings are read on every check, so Preferences
    apply at once; a changed schedule only fires for occurrences after the change.
    """

    write_entry_requested = Signal()  # the user wants to write an entry (journal nudge)
    review_requested = Signal()  # the user wants the inbox's suggestions (quiet-week nudge)
    open_requested = Signal()  # the user wants the main window in front
    reminded = Signal(object)  # a Reminder that was just shown (tray or banner)
    reminders_turned_off = Signal()

    def __init__(
        self,
        ctx: AppContext,
        host: QWidget | None = None,
        *,
        clock: Clock = local_now,
        interval_ms: int = CHECK_INTERVAL_MS,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._ctx = ctx
        self._settings = ctx.settings
        self._host = host
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._schedules: dict[ReminderKind, ReminderSchedule] = {}
        self._armed_since: dict[ReminderKind, dt.datetime] = {}
        self._banners: dict[ReminderKind, ReminderBanner] = {}
        self._pending: list[Reminder] = []  # shown in the tray, not yet acted on
        self._answered: dict[ReminderKind, dt.datetime] = {}  # occurrences already journaled
        self._tray: QSystemTrayIcon | None = None
        self._menu: QMenu | None = None
        self._running = False
        ctx.bridge.changed.connect(self._on_change)

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def timer(self) -> QTimer:
        return self._timer

    @property
    def tray(self) -> QSystemTrayIcon | None:
        return self._tray

    def banners(self) -> list[ReminderBanner]:
        return list(self._banners.values())

    def start(self) -> None:
        """Show what was missed while the app was closed, then check once a minute."""
        now = self._clock()
        self._settings.sync()
        last_seen = self._settings.reminders_last_seen
        for kind in ReminderKind:
            self._schedules[kind] = self._settings.reminder_schedule(kind)
            self._armed_since[kind] = now
        found = [
            reminder
            for kind in ReminderKind
            if (reminder := self._missed(kind, last_seen, now)) is not None
        ]
        for reminder in found:
            self._record_shown(reminder.kind, now)
        self._settings.reminders_last_seen = now
        self._running = True
        self._update_tray()
        for reminder in found:
            self._show_banner(reminder)
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        self._settings.reminders_last_seen = self._clock()
        self._settings.sync()
        if self._tray is not None:
            self._tray.hide()
            self._tray.deleteLater()
            self._tray = None
        if self._menu is not None:
            self._menu.deleteLater()
            self._menu = None
        for banner in self.banners():
            banner.close_banner()
        self._banners.clear()

    def reload(self) -> None:
        """Re-read the settings now (after Preferences): tray, banners of disabled kinds."""
        if not self._running:
            return
        self.check()
        for kind, banner in list(self._banners.items()):
            if not self._schedules[kind].enabled:
                self._forget_banner(kind)
                banner.close_banner()

    # -- checking -----------------------------------------------------------------------------

    def check(self) -> list[Reminder]:
        """Show the reminders due now; returns them (empty when none)."""
        if not self._running:
            return []
        now = self._clock()
        self._settings.sync()  # another running app may have shown one already
        self._settings.reminders_last_seen = now
        found: list[Reminder] = []
        for kind in ReminderKind:
            schedule = self._settings.reminder_schedule(kind)
            if schedule != self._schedules.get(kind):
                # A changed schedule does not fire for what already passed under the old one.
                self._schedules[kind] = schedule
                self._armed_since[kind] = now
                self._settings.set_reminder_snoozed_until(kind, None)
            reminder = self._due(kind, now)
            if reminder is not None:
                found.append(reminder)
        for reminder in found:
            self._record_shown(reminder.kind, now)
        self._update_tray()
        if found:
            self._show(found)
        return found

    def _due(self, kind: ReminderKind, now: dt.datetime) -> Reminder | None:
        schedule = self._schedules[kind]
        args = (schedule, self._settings.reminder_last_shown(kind), now, self._armed_since[kind])
        snoozed = self._settings.reminder_snoozed_until(kind)
        occurrence = due(*args, snoozed_until=snoozed)
        if occurrence is None or self._answered.get(kind) == occurrence:
            return None
        quiet = self._quiet_week(kind, now)
        journaled = kind is ReminderKind.JOURNAL and snoozed is None
        if journaled and due(*args, **self._journaled(quiet)) is None:
            self._answered[kind] = occurrence  # ask the journal once per occurrence
            return None
        return self._make(kind, occurrence, now, was_missed=False, quiet=quiet)

    def _missed(
        self, kind: ReminderKind, last_seen: dt.datetime | None, now: dt.datetime
    ) -> Reminder | None:
        schedule = self._schedules[kind]
        args = (schedule, self._settings.reminder_last_shown(kind), last_seen, now)
        snoozed = self._settings.reminder_snoozed_until(kind)
        occurrence = missed(*args, snoozed_until=snoozed)
        quiet = self._quiet_week(kind, now) if occurrence is not None else None
        if occurrence is not None and kind is ReminderKind.JOURNAL and snoozed is None:
            occurrence = missed(*args, **self._journaled(quiet))
        if occurrence is None:
            return None
        return self._make(kind, occurrence, now, was_missed=True, quiet=quiet)

    def _make(
        self,
        kind: ReminderKind,
        occurrence: dt.datetime,
        now: dt.datetime,
        *,
        was_missed: bool,
        quiet: QuietWeekNudge | None = None,
    ) -> Reminder:
        last_feedback = self._last_feedback_on() if kind is ReminderKind.FEEDBACK else None
        reminder = make_reminder(
            kind, occurrence, now, last_feedback_on=last_feedback, missed=was_missed
        )
        # The core words it in English (for the CLI); the app says it in the user's language.
        title, text = reminder_words(kind, days_since(last_feedback, now))
        if quiet is not None:
            from .insights.words import quiet_week_words  # the cadence card says it too

            text = quiet_week_words(quiet)
        return replace(reminder, title=title, text=text, quiet_week=quiet)

    def _record_shown(self, kind: ReminderKind, now: dt.datetime) -> None:
        self._settings.set_reminder_last_shown(kind, now)
        self._settings.set_reminder_snoozed_until(kind, None)

    # -- the journal (read on the GUI thread, only when a reminder is about to show) ------------

    def _last_entry_at(self) -> dt.datetime | None:
        """When the newest entry was written (ids grow as entries are added)."""
        entries = self._ctx.journal.entries
        try:
            ids = entries.ids(EntryQuery())
            if not ids:
                return None
            return _utc_to_local(entries.get(max(ids)).created_at)
        except CareerJournalError:
            return None

    def _quiet_week(self, kind: ReminderKind, now: dt.datetime) -> QuietWeekNudge | None:
        """Journaling: last week's harvested evidence when nothing was written that week."""
        if kind is not ReminderKind.JOURNAL:
            return None
        try:
            return find_quiet_week(self._ctx.journal, now.date())
        except CareerJournalError:
            return None

    def _journaled(self, quiet: QuietWeekNudge | None) -> dict[str, Any]:
        """`due`/`missed`'s arguments about what was written (a quiet week is still unwritten)."""
        return {"last_entry_at": self._last_entry_at(), "quiet_week": quiet is not None}

    def _last_feedback_on(self) -> dt.date | None:
        entries = self._ctx.journal.entries
        try:
            ids = entries.ids(EntryQuery(kinds=frozenset({EntryKind.FEEDBACK})))
            return entries.get(ids[0]).occurred_on if ids else None
        except CareerJournalError:
            return None

    def _on_change(self, change: Change) -> None:
        """Writing an entry answers the journaling nudge: its banner goes."""
        if self._running and change.topic is Topic.ENTRIES and change.action is Action.ADDED:
            banner = self._banners.get(ReminderKind.JOURNAL)
            if banner is not None:
                self._forget_banner(ReminderKind.JOURNAL)
                banner.close_banner()

    # -- showing ------------------------------------------------------------------------------

    def _show(self, reminders: list[Reminder]) -> None:
        for reminder in reminders:
            self.reminded.emit(reminder)
        if self._tray is not None and self._tray.isVisible():
            self._pending = list(reminders)
            if len(reminders) == 1:
                title, text = reminders[0].title, reminders[0].text
            else:
                title, text = APP_NAME, "\n".join(r.text for r in reminders)
            self._tray.showMessage(title, text, app_icon(), TRAY_MESSAGE_MS)
            self._update_menu()
            return
        for reminder in reminders:
            self._show_banner(reminder)

    def _show_banner(self, reminder: Reminder) -> None:
        old = self._banners.pop(reminder.kind, None)
        if old is not None:
            old.close_banner()
        banner = ReminderBanner(reminder)
        banner.write_entry.connect(lambda kind=reminder.kind: self._write_from_banner(kind))
        banner.review_suggestions.connect(lambda kind=reminder.kind: self._review(kind))
        banner.dismissed.connect(lambda kind=reminder.kind: self._dismiss(kind))
        self._banners[reminder.kind] = banner
        add = getattr(self._host, "add_banner", None)
        if add is not None:
            add(banner)
        self._update_menu()

    def _forget_banner(self, kind: ReminderKind) -> None:
        self._banners.pop(kind, None)
        self._update_menu()

    def _write_from_banner(self, kind: ReminderKind) -> None:
        self._forget_banner(kind)
        self.write_entry_requested.emit()

    def _review(self, kind: ReminderKind) -> None:
        """To the Inbox area: the host's, when it has one; `review_requested` either way."""
        self._forget_banner(kind)
        areas = getattr(self._host, "area_list", None)
        if areas is not None and "inbox" in {area.key for area in areas()}:
            self._host.show_area("inbox")  # type: ignore[union-attr]
        self.review_requested.emit()

    def _dismiss(self, kind: ReminderKind) -> None:
        """Dismissed: it stays shown (recorded), so it does not come back before the next one."""
        self._settings.set_reminder_last_shown(kind, self._clock())
        self._pending = [r for r in self._pending if r.kind is not kind]
        self._forget_banner(kind)

    # -- the tray -----------------------------------------------------------------------------

    def _update_tray(self) -> None:
        """A tray icon while any reminder is on and the desktop has a tray."""
        wanted = any(s.enabled for s in self._schedules.values())
        if not wanted or not QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is not None:
                self._tray.hide()
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(app_icon(), self)
            self._tray.setObjectName("reminder_tray")
            self._tray.setToolTip(APP_NAME)
            self._menu = self._build_menu()
            self._tray.setContextMenu(self._menu)
            self._tray.messageClicked.connect(self._message_clicked)
            self._tray.activated.connect(self._tray_activated)
        if not self._tray.isVisible():
            self._tray.show()

    def _build_menu(self) -> QMenu:
        menu = QMenu()
        menu.setObjectName("reminder_tray_menu")
        self.action_write = QAction(icon("new-entry"), self.tr("Write an Entry…"), menu)
        self.action_write.triggered.connect(self._write_from_tray)
        self.action_open = QAction(app_icon(), self.tr("Open Career Journal"), menu)
        self.action_open.triggered.connect(self.open_requested)
        self.action_snooze = QAction(self.tr("Snooze a Day"), menu)
        self.action_snooze.setToolTip(self.tr("Remind me of this again tomorrow"))
        self.action_snooze.triggered.connect(self.snooze)
        self.action_off = QAction(self.tr("Reminders Off"), menu)
        self.action_off.setToolTip(self.tr("Turn both reminders off (Preferences turns them on)"))
        self.action_off.triggered.connect(self.turn_off)
        menu.addActions([self.action_write, self.action_open])
        menu.addSeparator()
        menu.addActions([self.action_snooze, self.action_off])
        self.action_snooze.setEnabled(False)
        return menu

    def _update_menu(self) -> None:
        if self._menu is not None:
            self.action_snooze.setEnabled(bool(self._pending or self._banners))

    def _write_from_tray(self) -> None:
        self._pending = []
        self._update_menu()
        self.open_requested.emit()
        self.write_entry_requested.emit()

    def _message_clicked(self) -> None:
        """Clicking the notification: the journal nudge opens the editor (the Inbox for a quiet
        week with suggestions), others the window."""
        journal = [r for r in self._pending if r.kind is ReminderKind.JOURNAL]
        self._pending = []
        self._update_menu()
        self.open_requested.emit()
        if any(r.review for r in journal):
            self._review(ReminderKind.JOURNAL)
        elif journal:
            self.write_entry_requested.emit()

    def _tray_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def snooze(self) -> None:
        """Show the reminders on screen now again a day from now."""
        until = self._clock() + SNOOZE
        kinds = {r.kind for r in self._pending} | set(self._banners)
        for kind in kinds:
            self._settings.set_reminder_snoozed_until(kind, until)
            banner = self._banners.pop(kind, None)
            if banner is not None:
                banner.close_banner()
        self._pending = []
        self._update_menu()

    def turn_off(self) -> None:
        """Both reminders off (Preferences turns them back on)."""
        for kind in ReminderKind:
            schedule = with_enabled(self._settings.reminder_schedule(kind), False)
            self._settings.set_reminder_schedule(schedule)
            self._settings.set_reminder_snoozed_until(kind, None)
        self._pending = []
        self.reload()
        self._update_tray()
        self.reminders_turned_off.emit()
