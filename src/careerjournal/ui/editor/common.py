"""Small pieces the entry editor and quick capture share: labels, kinds, inline error labels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QSizePolicy, QWidget

from ...domain import EntryKind
from ..formatting import kind_label
from ..icons import kind_icon

#: Dates are typed in ISO order, as on the command line; shown elsewhere as "25 Nov 2026".
DATE_FORMAT = "yyyy-MM-dd"

__all__ = ["DATE_FORMAT", "ErrorLabel", "KindCombo", "kind_from_setting", "kind_label"]


def kind_from_setting(value: str) -> EntryKind:
    try:
        return EntryKind(value)
    except ValueError:
        return EntryKind.OTHER


def safe_kind_icon(kind: EntryKind) -> QIcon:
    try:
        return kind_icon(kind)
    except KeyError:  # a kind without a packaged icon: text alone is fine
        return QIcon()


class KindCombo(QComboBox):
    """Entry kinds with their icons; `kind()` / `set_kind()` speak EntryKind."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setIconSize(QSize(16, 16))
        for kind in EntryKind:
            self.addItem(safe_kind_icon(kind), kind_label(kind), kind.value)
        self.setMaxVisibleItems(len(EntryKind))

    def kind(self) -> EntryKind:
        return EntryKind(str(self.currentData()))

    def set_kind(self, kind: EntryKind) -> None:
        self.setCurrentIndex(max(0, self.findData(EntryKind(kind).value)))


def warning_color(widget: QWidget) -> QColor:
    """A red readable on the widget's background, light or dark (the theme's "bright text")."""
    background = widget.palette().color(QPalette.ColorRole.Window)
    return QColor("#ff7b72") if background.lightnessF() < 0.5 else QColor("#d1242f")


class ErrorLabel(QLabel):
    """An inline message under a field (objectName `error_<field>`), hidden while empty."""

    def __init__(self, field: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"error_{field}")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._color = ""
        self._recolor()
        self.hide()

    def _recolor(self) -> None:
        color = warning_color(self).name()
        if color != self._color:  # setting a style sheet sends change events itself
            self._color = color
            self.setStyleSheet(f"color: {color};")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._recolor()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")
