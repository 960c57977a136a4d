"""How values read in the app: dates with localised month names, enum labels."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from ..domain import EntryKind
from ..domain.labels import Form, disambiguation, label

DATE_FORMAT = "d MMM yyyy"


def format_date(day: dt.date, locale: QLocale | None = None) -> str:
    """`25 Nov 2026` (month name in the user's language)."""
    return (locale or QLocale()).toString(QDate(day), DATE_FORMAT)


def format_datetime(moment: dt.datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(QDateTime(moment), DATE_FORMAT + " HH:mm")


def enum_label(member: Enum, form: Form = Form.NAME) -> str:
    """A domain enum member's word (`domain.labels`) in the user's language."""
    return QCoreApplication.translate("labels", label(member, form), disambiguation(member, form))


def kind_label(kind: EntryKind | str) -> str:
    """The entry kind's name as shown to the user."""
    return enum_label(EntryKind(kind))


def scale_level_names(names: Sequence[str]) -> tuple[str, ...]:
    """A skill scale's level names ("Novice" … "Expert") in the user's language."""
    return tuple(QCoreApplication.translate("scales", name) for name in names)
