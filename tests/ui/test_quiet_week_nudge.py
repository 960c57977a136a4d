"""The quiet-week nudge in the app: the journaling reminder's banner names last week's harvested
evidence and "Review Suggestions" leads to the Inbox; the cadence card shows the same line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSystemTrayIcon, QVBoxLayout, QWidget

from careerjournal.domain import EntryKind, HarvestSource
from careerjournal.harvest import Found, HarvestReport
from careerjournal.reminders import ReminderKind, ReminderSchedule
from careerjournal.services import EntryDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.insights.area import InsightsArea
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.reminders import ReminderBanner, ReminderController

GIT = HarvestSource.GIT
# 2040-03-02 is a Friday (the journal nudge at 16:00); its last complete week (weeks from
# Monday) is 20-26 February.
WEDNESDAY = dt.datetime(2040, 2, 29, 12, 0)
FRIDAY_1600 = dt.datetime(2040, 3, 2, 16, 0)
LAST_MONDAY = dt.date(2040, 2, 20)
NUDGE = "12 commits and 2 merged pull requests last week, nothing written: review 4 suggestions"
NOTHING_YET = "12 commits and 2 merged pull requests last week, nothing written yet"


class FakeClock:
    def __init__(self, now: dt.datetime):
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


class Host(QWidget):
    """A main window stand-in that has an Inbox area: records the areas it is asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        QVBoxLayout(self)

    def add_banner(self, banner: QWidget) -> None:
        self.layout().addWidget(banner)
        banner.show()

    def area_list(self) -> list[SimpleNamespace]:
        return [SimpleNamespace(key=key) for key in ("journal", "inbox", "insights")]

    def show_area(self, key: str) -> None:
        self.shown.append(key)


def found(key: str, days: int, **facts: object) -> Found:
    return Found(
        source=GIT,
        key=key,
        occurred_on=LAST_MONDAY + dt.timedelta(days=days),
        title=f"Work {key}",
        kind=EntryKind.PROJECT,
        origin="/home/me/src/billing",
        facts={"repository": "billing", **facts},
    )


@pytest.fixture
def evidence(ctx: AppContext) -> None:
    """Last week: 12 commits in two weekly groups and 2 merged pull requests (4 suggestions)."""
    items = [
        found("r1:week", 1, commits=5),
        found("r2:week", 3, commits=7),
        found("r1:pr:41", 2, pull_request=41, commits=2),
        found("r1:pr:42", 4, pull_request=42, commits=1),
    ]
    ctx.journal.inbox.store(GIT, HarvestReport(found=items))


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))


@pytest.fixture
def controllers() -> Iterator[list[ReminderController]]:
    made: list[ReminderController] = []
    yield made
    for c in made:
        c.stop()


def due_banner(
    qtbot, ctx: AppContext, host: QWidget, controllers: list[ReminderController]
) -> tuple[ReminderController, ReminderBanner]:
    """The journaling reminder, due on Friday at 16:00 while the app runs."""
    ctx.settings.set_reminder_schedule(ReminderSchedule(ReminderKind.FEEDBACK, enabled=False))
    clock = FakeClock(WEDNESDAY)
    c = ReminderController(ctx, host, clock=clock)
    controllers.append(c)
    c.start()
    assert c.banners() == []
    clock.now = FRIDAY_1600 + dt.timedelta(seconds=30)
    assert [r.kind for r in c.check()] == [ReminderKind.JOURNAL]
    (banner,) = c.banners()
    return c, banner


def test_the_banner_names_the_evidence_and_review_opens_the_inbox(
    qtbot, ctx: AppContext, evidence: None, no_tray: None, controllers: list
) -> None:
    host = Host()
    qtbot.addWidget(host)
    host.show()
    c, banner = due_banner(qtbot, ctx, host, controllers)
    assert banner.text_label.text() == NUDGE
    assert banner.title_label.text() == "Your weekly journal"
    assert banner.reminder.quiet_week is not None
    assert banner.review_button.isVisible()
    assert banner.review_button.text() == "Review Suggestions"
    assert banner.write_button.isVisible()  # writing the entry stays possible

    with qtbot.waitSignal(c.review_requested, timeout=1000):
        qtbot.mouseClick(banner.review_button, Qt.MouseButton.LeftButton)
    assert host.shown == ["inbox"]
    assert c.banners() == []
    assert not banner.isVisible()


def test_in_the_main_window_review_goes_to_the_inbox_area_when_there_is_one(
    qtbot, ctx: AppContext, evidence: None, no_tray: None, controllers: list
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_area("journal")
    c, banner = due_banner(qtbot, ctx, window, controllers)
    assert banner in window.banner_area.findChildren(ReminderBanner)
    with qtbot.waitSignal(c.review_requested, timeout=1000):
        qtbot.mouseClick(banner.review_button, Qt.MouseButton.LeftButton)
    has_inbox = "inbox" in [a.key for a in window.area_list()]
    assert window.current_area() == ("inbox" if has_inbox else "journal")


def test_all_dismissed_says_nothing_written_yet_without_review(
    qtbot, ctx: AppContext, evidence: None, no_tray: None, controllers: list
) -> None:
    ctx.journal.inbox.dismiss([c.id for c in ctx.journal.inbox.pending()])
    host = Host()
    qtbot.addWidget(host)
    host.show()
    _c, banner = due_banner(qtbot, ctx, host, controllers)
    assert banner.text_label.text() == NOTHING_YET
    assert not banner.review_button.isVisible()
    assert banner.write_button.isVisible()


def test_without_evidence_the_usual_reminder(
    qtbot, ctx: AppContext, no_tray: None, controllers: list
) -> None:
    host = Host()
    qtbot.addWidget(host)
    host.show()
    _c, banner = due_banner(qtbot, ctx, host, controllers)
    assert banner.text_label.text() == "Time to note what moved forward this week."
    assert banner.reminder.quiet_week is None
    assert not banner.review_button.isVisible()


def test_an_entry_last_week_means_the_usual_reminder(
    qtbot, ctx: AppContext, evidence: None, no_tray: None, controllers: list
) -> None:
    ctx.journal.entries.add(EntryDraft(title="Shipped refunds", occurred_on=LAST_MONDAY))
    host = Host()
    qtbot.addWidget(host)
    host.show()
    # The entry was written "now", long before 2040: the usual nudge still shows, without facts.
    _c, banner = due_banner(qtbot, ctx, host, controllers)
    assert banner.text_label.text() == "Time to note what moved forward this week."


def test_clicking_the_tray_message_of_a_quiet_week_reviews(
    qtbot,
    ctx: AppContext,
    evidence: None,
    controllers: list,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, str]] = []
    visible: set[int] = set()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda s, t, x, *a: shown.append((t, x)))
    monkeypatch.setattr(QSystemTrayIcon, "show", lambda s: visible.add(id(s)))
    monkeypatch.setattr(QSystemTrayIcon, "hide", lambda s: visible.discard(id(s)))
    monkeypatch.setattr(QSystemTrayIcon, "isVisible", lambda s: id(s) in visible)
    ctx.settings.set_reminder_schedule(ReminderSchedule(ReminderKind.FEEDBACK, enabled=False))
    clock = FakeClock(WEDNESDAY)
    host = Host()
    qtbot.addWidget(host)
    c = ReminderController(ctx, host, clock=clock)
    controllers.append(c)
    c.start()
    clock.now = FRIDAY_1600 + dt.timedelta(seconds=30)
    c.check()
    assert shown == [("Your weekly journal", NUDGE)]
    written: list[bool] = []
    c.write_entry_requested.connect(lambda: written.append(True))
    with qtbot.waitSignal(c.review_requested, timeout=1000):
        c.tray.messageClicked.emit()  # type: ignore[union-attr]
    assert host.shown == ["inbox"]
    assert written == []


# -- the cadence card -------------------------------------------------------------------------


@pytest.fixture
def insights(qtbot, ctx: AppContext) -> InsightsArea:
    area = InsightsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1000, 900)
    area.show()
    qtbot.waitExposed(area)
    return area


def test_the_cadence_card_shows_the_line_and_how_it_is_computed(
    qtbot, ctx: AppContext, evidence: None, insights: InsightsArea
) -> None:
    page = insights.view()
    page.set_today(FRIDAY_1600.date())
    cadence = page.cadence
    assert cadence.quiet_label.text() == NUDGE
    assert cadence.quiet_label.isVisible()
    assert cadence.quiet_note.isVisible()
    assert cadence.quiet_note.text().startswith(
        "Counts harvested evidence of the last complete week that has no entry"
    )

    # Dismissing (an inbox change only) updates the line at once.
    ctx.journal.inbox.dismiss([c.id for c in ctx.journal.inbox.pending()])
    qtbot.waitUntil(lambda: cadence.quiet_label.text() == NOTHING_YET, timeout=2000)

    # An entry that week: the page refreshes and the line goes.
    ctx.journal.entries.add(EntryDraft(title="Shipped refunds", occurred_on=LAST_MONDAY))
    qtbot.waitUntil(lambda: not cadence.quiet_label.isVisible(), timeout=2000)
    assert not cadence.quiet_note.isVisible()


def test_no_line_without_a_quiet_week(
    qtbot, ctx: AppContext, evidence: None, insights: InsightsArea
) -> None:
    page = insights.view()
    page.set_today(FRIDAY_1600.date() + dt.timedelta(weeks=2))  # that week has no evidence
    assert not page.cadence.quiet_label.isVisible()
    assert not page.cadence.quiet_note.isVisible()
    assert page.cadence.quiet_label.text() == ""
