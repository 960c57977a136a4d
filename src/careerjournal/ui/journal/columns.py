"""The journal table's columns: where their widths and visibility are kept, and the kind column."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from .model import Column

COLUMNS_KEY = "journal/columns"  # per column: <name>/width, <name>/visible
HIDDEN_BY_DEFAULT = frozenset({Column.ROLE})  # the same title on row after row: on request


def column_key(column: Column, what: str) -> str:
    """Where a column's `width` or `visible` is kept in the settings."""
    return f"{COLUMNS_KEY}/{column.name.lower()}/{what}"


def as_bool(value: object) -> bool:
    """QSettings gives bools back as strings from INI files."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes", "on")
    return bool(value)


class KindDelegate(QStyledItemDelegate):
    """The kind as icon and word; the icon alone where the column is too narrow for the word
    (the tooltip still names it)."""

    def initStyleOption(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        if not option.text:
            return
        room = option.rect.width() - option.decorationSize.width() - 12
        if option.fontMetrics.horizontalAdvance(option.text) > room:
            option.text = ""
