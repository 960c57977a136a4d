"""Per-machine preferences (QSettings). Settings that belong to the data live in the Profile."""

from __future__ import annotations

import datetime as dt
import json
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from ..domain import MICRO_KINDS
from ..reminders import (
    MAX_EVERY_WEEKS,
    ReminderKind,
    ReminderSchedule,
    default_schedule,
    format_time,
    parse_time,
)

if TYPE_CHECKING:
    from ..harvest.sources import SourceConfig

MAX_RECENT = 8
#: The longest idle time Preferences offers before an encrypted journal locks (a day).
MAX_LOCK_MINUTES = 24 * 60
#: The default-kind setting meaning "the kind I use most" (`EntryService.most_used_kind`).
AUTO_KIND = "auto"
_MICRO_VALUES = frozenset(k.value for k in MICRO_KINDS)


class ThemeChoice(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


class AppSettings:
    """Typed access to the app's QSettings; pass a QSettings to use another store (tests)."""

    def __init__(self, settings: QSettings | None = None):
        self._s = settings if settings is not None else QSettings()

    def _get(self, key: str, default: object) -> object:
        value = self._s.value(key, default)
        return default if value is None else value

    @property
    def theme(self) -> ThemeChoice:
        try:
            return ThemeChoice(str(self._get("appearance/theme", ThemeChoice.SYSTEM.value)))
        except ValueError:
            return ThemeChoice.SYSTEM

    @theme.setter
    def theme(self, value: ThemeChoice) -> None:
        self._s.setValue("appearance/theme", ThemeChoice(value).value)

    @property
    def default_kind(self) -> str:
        """The kind new entries start with: a micro-progression kind's value, or `AUTO_KIND`
        (the kind used most). Anything else (the old default "other", or "promotion": kinds
        Insights leaves out of progress) reads as `AUTO_KIND`."""
        value = str(self._get("entries/default_kind", AUTO_KIND))
        return value if value in _MICRO_VALUES else AUTO_KIND

    @default_kind.setter
    def default_kind(self, value: str) -> None:
        self._s.setValue("entries/default_kind", value)

    @property
    def backup_keep(self) -> int:
        try:
            return max(1, min(100, int(str(self._get("data/backup_keep", 10)))))
        except ValueError:
            return 10

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        self._s.setValue("data/backup_keep", int(value))

    @property
    def undo_keep(self) -> int:
        """Operations the undo history keeps at least (older ones go after `undo_days`)."""
        try:
            return max(100, min(1_000_000, int(str(self._get("data/undo_keep", 10_000)))))
        except ValueError:
            return 10_000

    @undo_keep.setter
    def undo_keep(self, value: int) -> None:
        self._s.setValue("data/undo_keep", int(value))

    @property
    def undo_days(self) -> int:
        """Days the undo history keeps every operation, however many there are."""
        try:
            return max(1, min(3650, int(str(self._get("data/undo_days", 365)))))
        except ValueError:
            return 365

    @undo_days.setter
    def undo_days(self, value: int) -> None:
        self._s.setValue("data/undo_days", int(value))

    @property
    def lock_after_minutes(self) -> int:
        """Lock an encrypted journal after this many minutes without input (0: never)."""
        try:
            return max(0, min(MAX_LOCK_MINUTES, int(str(self._get("security/lock_after", 0)))))
        except ValueError:
            return 0

    @lock_after_minutes.setter
    def lock_after_minutes(self, value: int) -> None:
        self._s.setValue("security/lock_after", int(value))

    @property
    def journal_location(self) -> str:
        """The journal to open on start ("" = the default file in the data folder)."""
        return str(self._get("data/journal", ""))

    @journal_location.setter
    def journal_location(self, value: str) -> None:
        self._s.setValue("data/journal", value)

    @property
    def recent_journals(self) -> list[str]:
        value = self._get("data/recent", [])
        items = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
        return [str(v) for v in items if v][:MAX_RECENT]

    def add_recent_journal(self, location: str) -> None:
        items = [location, *(r for r in self.recent_journals if r != location)]
        self._s.setValue("data/recent", items[:MAX_RECENT])

    @property
    def last_view(self) -> str:
        return str(self._get("window/last_view", "journal"))

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._s.setValue("window/last_view", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    # -- reminders (per kind: the schedule, when it was last shown, a snooze) ------------------

    def reminder_schedule(self, kind: ReminderKind | str) -> ReminderSchedule:
        kind = ReminderKind(kind)
        default = default_schedule(kind)
        base = f"reminders/{kind.value}"
        try:
            weekday = int(str(self._get(f"{base}/weekday", default.weekday)))
            every = int(str(self._get(f"{base}/every_weeks", default.every_weeks)))
        except ValueError:
            weekday, every = default.weekday, default.every_weeks
        return ReminderSchedule(
            kind=kind,
            enabled=_as_bool(self._get(f"{base}/enabled", default.enabled)),
            weekday=weekday if 0 <= weekday <= 6 else default.weekday,
            time=parse_time(str(self._get(f"{base}/time", "")), default.time),
            every_weeks=max(1, min(MAX_EVERY_WEEKS, every)),
        )

    def set_reminder_schedule(self, schedule: ReminderSchedule) -> None:
        base = f"reminders/{schedule.kind.value}"
        self._s.setValue(f"{base}/enabled", bool(schedule.enabled))
        self._s.setValue(f"{base}/weekday", int(schedule.weekday))
        self._s.setValue(f"{base}/time", format_time(schedule.time))
        self._s.setValue(f"{base}/every_weeks", int(schedule.every_weeks))

    def reminder_last_shown(self, kind: ReminderKind | str) -> dt.datetime | None:
        return self._datetime(f"reminders/{ReminderKind(kind).value}/last_shown")

    def set_reminder_last_shown(self, kind: ReminderKind | str, when: dt.datetime | None) -> None:
        self._set_datetime(f"reminders/{ReminderKind(kind).value}/last_shown", when)

    def reminder_snoozed_until(self, kind: ReminderKind | str) -> dt.datetime | None:
        return self._datetime(f"reminders/{ReminderKind(kind).value}/snoozed_until")

    def set_reminder_snoozed_until(
        self, kind: ReminderKind | str, when: dt.datetime | None
    ) -> None:
        self._set_datetime(f"reminders/{ReminderKind(kind).value}/snoozed_until", when)

    @property
    def reminders_last_seen(self) -> dt.datetime | None:
        """The last moment the app was known to run (missed reminders are those after it)."""
        return self._datetime("reminders/last_seen")

    @reminders_last_seen.setter
    def reminders_last_seen(self, when: dt.datetime | None) -> None:
        self._set_datetime("reminders/last_seen", when)

    def _datetime(self, key: str) -> dt.datetime | None:
        text = str(self._get(key, ""))
        try:
            return dt.datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def _set_datetime(self, key: str, when: dt.datetime | None) -> None:
        if when is None:
            self._s.remove(key)
        else:
            self._s.setValue(key, when.replace(microsecond=0).isoformat())

    # -- the evidence inbox ------------------------------------------------------------------

    @property
    def sources(self) -> SourceConfig:
        """Where a rescan looks for evidence (Preferences › Sources); a value that cannot be
        read gives the defaults (nothing configured)."""
        from ..harvest.sources import SourceConfig

        try:
            data = json.loads(str(self._get("inbox/sources", "")))
        except (ValueError, RecursionError):  # unset, or not JSON
            return SourceConfig()
        return SourceConfig.from_json(data)

    @sources.setter
    def sources(self, config: SourceConfig) -> None:
        self._s.setValue("inbox/sources", json.dumps(config.to_json()))

    # -- free-form ----------------------------------------------------------------------------

    def value(self, key: str, default: object = None) -> object:
        """Free-form per-view state (splitter sizes, column widths)."""
        return self._get(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)

    def sync(self) -> None:
        self._s.sync()


def _as_bool(value: object) -> bool:
    """QSettings gives bools back as strings from INI files and the registry."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)
