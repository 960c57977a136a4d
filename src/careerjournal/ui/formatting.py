"""How values read in the app: dates with localised month names, kind names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from ..domain import EntryKind

DATE_FORMAT = "d MMM yyyy"


def format_date(day: dt.date, locale: QLocale | None = None) -> str:
    """`25 Nov 2026` (month name in the user's language)."""
    return (locale or QLocale()).toString(QDate(day), DATE_FORMAT)


def format_datetime(moment: dt.datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDateTime(moment), DATE_FORMAT + " HH:mm")


_KIND_LABELS: dict[EntryKind, str] = {
    EntryKind.PROMOTION: "Promotion",
    EntryKind.SKILL: "Skill",
    EntryKind.CERTIFICATION: "Certification",
    EntryKind.PROJECT: "Project",
    EntryKind.RESPONSIBILITY: "Responsibility",
    EntryKind.RECOGNITION: "Recognition",
    EntryKind.FEEDBACK: "Feedback",
    EntryKind.LEARNING: "Learning",
    EntryKind.NETWORK: "Network",
    EntryKind.COMPENSATION: "Compensation",
    EntryKind.OTHER: "Other",
}


def kind_label(kind: EntryKind) -> str:
    """The kind's name as shown to the user."""
    return QCoreApplication.translate("EntryKind", _KIND_LABELS[EntryKind(kind)])
