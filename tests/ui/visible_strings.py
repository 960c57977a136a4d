"""Every string a user can see in a window, and whether it went through translation.

`collect_visible` reads a window's (or dialog's) visible widgets: labels, buttons, group box and
tab titles, tooltips, placeholders, spin box affixes, combo box items, read-only documents, the
headers and first rows of item views, and in chart scenes the axis and tick labels, legends and
text items. `collect_actions` reads the text and tooltip of every action (menus, toolbars,
context menus).

`Checker.leftover` tells what is left of a string once pseudo-translated pieces ("[Ĵöúŕñåļ···]"),
the user's own text, QLocale's month and day names, shortcut key names and an allow-list are
taken out: any letter left is English that skipped `tr()`. Used by test_pseudo_locale.py.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyqtgraph as pg
from PySide6 import QtGui
from PySide6.QtCore import QLocale, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QDoubleSpinBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from careerjournal.ui.charts.legend import FlowLegend

#: How many rows of each item view are read (displayed cells and tooltips).
FIRST_ROWS = 3

# The user's own text, column by column (enum columns such as `kind` are codes, not user text).
USER_COLUMNS = {
    "profile": ["name"],
    "role": ["title", "organisation", "function", "level", "currency", "notes"],
    "tag": ["name"],
    "entry": ["title", "body", "measurable_result"],
    "evidence_link": ["url", "label"],
    "skill_band": ["name", "description"],
    "skill": ["name", "description"],
    "skill_assessment": ["note"],
    "goal": ["title", "description", "target_role_title", "target_level"],
    "milestone": ["title"],
    "review": ["outcome", "notes"],
    # An imported progression framework is the employer's text, shown as it is.
    "framework": ["name", "source"],
    "framework_level": ["name"],
    "framework_topic": ["title"],
    "framework_criterion": ["text"],
    "criterion_assessment": ["note"],
}

# A pseudo-translated piece with no other piece inside it: "[", text, the "·" padding, "]".
PSEUDO_PIECE = re.compile(r"\[([^\[\]]*?)·+\]")
LETTER = re.compile(r"[^\W\d_]")
ASCII_WORD = re.compile(r"[A-Za-z]+")
WORD = re.compile(r"[^\W\d_][\w'’-]*")
# A mnemonic's letter stays ASCII in a pseudo-translated word ("[Éẋþöŕţ ÞDƑ]" from "P&DF"); it
# still shows where Qt drops the "&" (tooltips, tool buttons). An English word has no accents.
_ACCENTED = r"[^\W\d_A-Za-z]"
MNEMONIC_LETTER = re.compile(
    rf"(?<={_ACCENTED})[A-Za-z](?![A-Za-z])|(?<![A-Za-z])[A-Za-z](?={_ACCENTED})"
)
# Text cut short with an ellipsis, from the start of its line or field.
SHORTENED = re.compile(r"([^\n·\[\]“”\x00]+)…")
TAG = re.compile(r"<[^<>]+>")
MNEMONIC = re.compile(r"&(&|.)")
# Placeholders the pseudo translator keeps; in a visible string they were never filled in.
PLACEHOLDER = re.compile(r"%L?\d+|%L?n|%[sdif]|\{\w*\}")
UNFILLED = re.compile(r"%L?(?:\d+|[^\W\d_])|\{[A-Za-z_]\w*\}")
# A file path or URL (the default journal's place): data, not words.
PATH_OR_URL = re.compile(r"(?<!\S)(?:[a-z][a-z0-9+.-]*://|~?/|[A-Za-z]:\\)\S*")
GAP = "\x00"  # stands for text taken out, so words on both sides do not join


@dataclass
class Seen:
    """Every visible string, once, with the first place it was seen."""

    where: dict[str, str] = field(default_factory=dict)

    def add(self, text: object, where: str) -> None:
        if text is None:
            return
        value = str(text)
        if value.strip() and value not in self.where:
            self.where[value] = where


# --- what the journal's user wrote and what needs no translation ------------------------------


def plain_lines(markdown: str) -> set[str]:
    """Each line of `markdown` as typed and as a reading pane shows it (rendered)."""
    document = QTextDocument()
    document.setMarkdown(markdown)
    lines = set(markdown.splitlines()) | set(document.toPlainText().splitlines())
    return {line.strip() for line in lines if line.strip()}


def user_texts(path: Path) -> list[str]:
    """All text the user typed into the SQLite journal at `path`, and its file name."""
    found: set[str] = {path.name, path.stem, str(path)}
    with sqlite3.connect(path) as connection:
        for table, columns in USER_COLUMNS.items():
            for row in connection.execute(f"SELECT {', '.join(columns)} FROM {table}"):
                for value in row:
                    if value:
                        found.add(value.strip())
                        found |= plain_lines(value)
        for (examples,) in connection.execute("SELECT examples FROM framework_criterion"):
            found |= {e.strip() for e in json.loads(examples or "[]") if e.strip()}
    return sorted(found, key=len, reverse=True)


def locale_words() -> set[str]:
    """Month and day names and AM/PM, as QLocale formats dates and times."""
    locale = QLocale()
    words = {locale.amText(), locale.pmText()}
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
        words |= {locale.monthName(m, form) for m in range(1, 13)}
        words |= {locale.standaloneMonthName(m, form) for m in range(1, 13)}
        words |= {locale.dayName(d, form) for d in range(1, 8)}
    return {w.rstrip(".") for w in words if w}


def shortcut_names(root: QWidget) -> set[str]:
    """How the shortcuts of `root`'s actions read (Qt keeps key names untranslated)."""
    sequences = [s for action in root.findChildren(QAction) for s in action.shortcuts()]
    for shortcut in root.findChildren(QShortcut):
        sequences.extend(shortcut.keys())
    forms = (QKeySequence.SequenceFormat.NativeText, QKeySequence.SequenceFormat.PortableText)
    return {n for s in sequences for form in forms if (n := s.toString(form))}


class Checker:
    """Decides whether a visible string went through translation (or needs none)."""

    def __init__(self, user: list[str], kept: Iterable[str]):
        self.user_texts = user
        self.user = re.compile(_whole_words(user))
        self.kept = re.compile(_whole_words([*kept, *locale_words()]))

    def _shortened(self, match: re.Match[str]) -> str:
        """A user text cut short with "…" (a title in a narrow header) counts as user text."""
        stem = match.group(1)
        for start in [0] + [m.end() for m in re.finditer(r"\W+", stem)]:
            head = stem[start:].strip()
            if head and any(text.startswith(head) for text in self.user_texts):
                return stem[:start] + GAP
        return match.group(0)

    def leftover(self, text: str) -> str:
        """What of `text` should have been translated but was not ('' when nothing)."""
        text = self.user.sub(GAP, SHORTENED.sub(self._shortened, text))
        text = PATH_OR_URL.sub(GAP, self.kept.sub(GAP, text))
        wrong = [f"unfilled {p}" for p in UNFILLED.findall(text)]
        text = MNEMONIC.sub(lambda m: "&" if m.group(1) == "&" else GAP, text)
        while True:  # innermost pieces first: a piece may hold another piece's translation
            pieces = PSEUDO_PIECE.findall(text)
            if not pieces:
                break
            for inner in pieces:
                inner = MNEMONIC_LETTER.sub(GAP, PLACEHOLDER.sub(GAP, TAG.sub(GAP, inner)))
                wrong += ASCII_WORD.findall(inner)
            text = PSEUDO_PIECE.sub(GAP, text)
        return " ".join(wrong + WORD.findall(text))


def _whole_words(texts: Iterable[str]) -> str:
    """A pattern for any of `texts` as whole words: a tag "go" must not excuse "Goals"."""
    ordered = sorted({t for t in texts if t}, key=len, reverse=True)
    body = "|".join(re.escape(t) for t in ordered)
    return rf"(?<!\w)(?:{body})(?!\w)" if body else r"(?!x)x"


# --- collecting visible strings ---------------------------------------------------------------


def path_of(thing: QObject | None) -> str:
    """A widget's (or action's parent's) place: object or class names from the window down."""
    parts = []
    while thing is not None:
        parts.append(thing.objectName() or type(thing).__name__)
        thing = thing.parent()
    return "/".join(reversed(parts))


def rich(text: str) -> bool:
    """Whether Qt shows `text` as rich text where it guesses (tooltips, AutoText labels)."""
    return bool(QtGui.Qt.mightBeRichText(text))


def shown_text(text: str, is_rich: bool) -> str:
    if not is_rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def label_text(label: QLabel) -> str:
    text = label.text()
    fmt = label.textFormat()
    is_rich = fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and rich(text))
    return shown_text(text, is_rich)


def collect_visible(root: QWidget, seen: Seen) -> None:
    """Every visible widget of `root` (a window or a dialog), and its title."""
    seen.add(root.windowTitle(), f"{path_of(root)}:title")
    for widget in root.findChildren(QWidget):
        if widget.isVisible():
            collect_widget(widget, seen)


def collect_widget(widget: QWidget, seen: Seen) -> None:
    where = path_of(widget)
    if widget.toolTip():
        seen.add(shown_text(widget.toolTip(), rich(widget.toolTip())), where)
    for text in _texts(widget):
        seen.add(text, where)
    if isinstance(widget, QAbstractItemView):
        collect_item_view(widget, seen, where)
    if isinstance(widget, QGraphicsView) and widget.scene() is not None:
        collect_scene(widget, seen, where)


def _texts(widget: QWidget) -> list[str]:
    """The strings a widget of a known kind shows itself."""
    if isinstance(widget, QLabel):
        return [label_text(widget)]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QDockWidget):
        return [widget.windowTitle()]
    if isinstance(widget, QTabBar):
        return [t for i in range(widget.count()) for t in (widget.tabText(i), widget.tabToolTip(i))]
    if isinstance(widget, QComboBox):
        edit = widget.lineEdit()
        return [widget.itemText(i) for i in range(widget.count())] + (
            [edit.placeholderText()] if edit is not None else []
        )
    if isinstance(widget, QLineEdit):
        return [widget.placeholderText()] + ([widget.text()] if widget.isReadOnly() else [])
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        lines = widget.toPlainText().splitlines() if widget.isReadOnly() else []
        return [widget.placeholderText(), *lines]
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return [widget.prefix(), widget.suffix(), widget.specialValueText()]
    if isinstance(widget, QAbstractSpinBox):
        return [widget.specialValueText()]
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        return [widget.text()]
    return []


def collect_item_view(view: QAbstractItemView, seen: Seen, where: str) -> None:
    """The visible headers of `view` and the displayed cells and tooltips of its first rows."""
    model = view.model()
    if model is None:
        return
    try:
        columns = list(range(model.columnCount(QModelIndex())))
    except TypeError:  # a list model's columnCount is private in PySide6
        columns = [0]
    header = view.header() if isinstance(view, QTreeView) else None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    if isinstance(header, QHeaderView):
        columns = [c for c in columns if not header.isSectionHidden(c)]
        if not header.isHidden():
            for column in columns:
                seen.add(model.headerData(column, Qt.Orientation.Horizontal), f"{where}:header")
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    for row in range(min(FIRST_ROWS, model.rowCount(QModelIndex()))):
        for column in columns:
            for role in roles:
                value = model.data(model.index(row, column), role)
                if isinstance(value, str):
                    seen.add(shown_text(value, rich(value)), f"{where}:row{row}")


def collect_scene(view: QGraphicsView, seen: Seen, where: str) -> None:
    """A chart's axis labels and ticks, legends, text items and item tooltips."""
    for item in view.scene().items():
        if not item.isVisible():
            continue
        if item.toolTip():
            seen.add(shown_text(item.toolTip(), rich(item.toolTip())), where)
        if isinstance(item, pg.AxisItem):
            collect_axis(item, seen, f"{where}:axis")
        elif isinstance(item, FlowLegend):
            for text in item.labels():
                seen.add(text, f"{where}:legend")
        elif isinstance(item, pg.LegendItem):
            for _, label in item.items:
                seen.add(shown_text(label.text, True), f"{where}:legend")
        elif isinstance(item, pg.LabelItem):
            seen.add(shown_text(item.text, True), f"{where}:label")
        elif isinstance(item, QGraphicsTextItem):
            seen.add(item.toPlainText(), f"{where}:text")
        elif isinstance(item, QGraphicsSimpleTextItem):
            seen.add(item.text(), f"{where}:text")


def collect_axis(axis: pg.AxisItem, seen: Seen, where: str) -> None:
    if axis.label.isVisible():
        seen.add(shown_text(axis.labelText, True), where)
    if not axis.style.get("showValues", True) or axis.linkedView() is None:
        return
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:  # the tick labels as the axis would draw them now
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    for spec in texts:
        seen.add(spec[2], f"{where}:tick")


def collect_actions(root: QWidget, seen: Seen) -> None:
    """Every action of `root`: menus, toolbars, context menus (their text and tooltip)."""
    for action in root.findChildren(QAction):
        if action.isSeparator() or type(action.parent()).__module__.startswith("pyqtgraph"):
            continue  # pyqtgraph's own scene menu: the charts switch it off
        where = f"action {action.objectName() or '?'} of {path_of(action.parent())}"
        seen.add(action.text(), where)
        seen.add(action.toolTip(), where)
        seen.add(action.iconText(), where)
