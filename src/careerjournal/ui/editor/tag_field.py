"""Comma-separated tags with completion of the tag being typed (the part after the last comma)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from ...services import validate


def split_segments(text: str) -> tuple[str, str]:
    """(`everything up to and including the last comma`, `the segment being typed`)."""
    head, comma, tail = text.rpartition(",")
    return (head + comma, tail)


class TagField(QLineEdit):
    """A line edit for `tag, tag, tag` whose completer offers known tags for the current segment.

    The completer is attached with `setWidget` (not `setCompleter`, which would complete the whole
    text); choosing a tag replaces the segment after the last comma and adds ", " for the next.
    Tags already in the field are not offered again.
    """

    def __init__(self, known_tags: Iterable[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tags")
        self._known: list[str] = list(dict.fromkeys(known_tags))
        self._model = QStringListModel(self._known, self)
        self.tag_completer = QCompleter(self._model, self)
        self.tag_completer.setObjectName("tag_completer")
        self.tag_completer.setWidget(self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        self.tag_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag_completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)  # most used first
        self.tag_completer.setMaxVisibleItems(8)
        self.tag_completer.activated[str].connect(self.insert_completion)
        self.textEdited.connect(self._update_completion)

    def set_known_tags(self, tags: Iterable[str]) -> None:
        self._known = list(dict.fromkeys(tags))
        self._model.setStringList(self._known)

    def tags(self) -> tuple[str, ...]:
        """The typed tags, cleaned by the service rule (lower case, single spaces, no duplicates).

        Raises `ValidationError("tags", …)` for a tag the services would refuse.
        """
        return validate.split_tags(self.text())

    def set_tags(self, tags: Iterable[str]) -> None:
        self.setText(", ".join(tags))

    def current_segment(self) -> str:
        return split_segments(self.text()[: self.cursorPosition()])[1].lstrip()

    def _update_completion(self, _text: str = "") -> None:
        prefix = self.current_segment()
        if not prefix:
            self.tag_completer.popup().hide()
            return
        typed = {t.strip().lower() for t in self.text().split(",")} - {prefix.lower()}
        offered = [t for t in self._known if t not in typed]
        if offered != self._model.stringList():
            self._model.setStringList(offered)
        self.tag_completer.setCompletionPrefix(prefix)
        if self.tag_completer.completionCount() == 0 or (
            self.tag_completer.completionCount() == 1
            and self.tag_completer.currentCompletion().lower() == prefix.lower()
        ):
            self.tag_completer.popup().hide()
            return
        self.tag_completer.complete()

    def insert_completion(self, completion: str) -> None:
        """Replace the segment being typed with `completion`, keeping what follows the cursor."""
        before = self.text()[: self.cursorPosition()]
        after = self.text()[self.cursorPosition() :]
        head, _segment = split_segments(before)
        lead = " " if head else ""
        new_before = f"{head}{lead}{completion}, "
        after = after.lstrip()
        if after.startswith(","):
            after = after[1:].lstrip()
        self.setText(new_before + after)
        self.setCursorPosition(len(new_before))
        self.tag_completer.popup().hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # While the popup is open, let the completer handle choosing (Enter/Tab) and closing (Esc);
        # otherwise Enter would press the dialog's default button and Esc would close the dialog.
        if self.tag_completer.popup().isVisible() and event.key() in (
            Qt.Key.Key_Enter,
            Qt.Key.Key_Return,
            Qt.Key.Key_Escape,
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            event.ignore()
            return
        super().keyPressEvent(event)
