"""Choosing the framework criteria an entry shows: the picker behind "Shows…" in the editor.

Suggestions come first, each with the words the entry shares with the criterion, or (found by
meaning) the entries already linked to it that this one is like ("why"); then
every criterion of the active framework, grouped by level and topic. Nothing is ticked for the
user: a suggestion is a proposal to confirm. A filter field narrows the list by words of the
criterion, its topic or its level, and a level choice narrows it to one level. All of it works
from the keyboard: type to filter, Down to the list, Space ticks, Enter confirms.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.framework_records import CriterionMatch, CriterionRecord
from ..view_parts import plain_tip, secondary

_ID_ROLE = Qt.ItemDataRole.UserRole
#: What a filter matches in a row (criterion text, topic and level), lower case.
_WORDS_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("CriteriaPicker", text)


def level_text(number: int, name: str) -> str:
    """A level as the framework names it, or its number."""
    return name or _tr("Level %1").replace("%1", str(number))


def place_text(criterion: CriterionRecord, level_name: str) -> str:
    """Where a criterion sits: "Engineer II · Communication"."""
    return f"{level_text(criterion.level, level_name)} · {criterion.topic_title}"


def shares_text(words: Sequence[str]) -> str:
    """Why a criterion is suggested: the words the entry shares with it."""
    return _tr("shares: %1").replace("%1", ", ".join(words))


class _CriteriaTree(QTreeWidget):
    """The criteria under their headings; the arrow keys step over the headings."""

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if not index.isValid() or index.data(_ID_ROLE) is not None:
            return index
        up = action in (
            QAbstractItemView.CursorAction.MoveUp,
            QAbstractItemView.CursorAction.MovePageUp,
            QAbstractItemView.CursorAction.MovePrevious,
        )
        steps = (self.indexAbove, self.indexBelow) if up else (self.indexBelow, self.indexAbove)
        for step in steps:
            beside = step(index)
            if beside.isValid() and beside.data(_ID_ROLE) is not None:
                return beside
        return self.currentIndex()


class CriteriaPicker(QDialog):
    """Tick the criteria an entry shows; `chosen_ids()` after OK.

    `criteria` are the active framework's (in level and topic order), `level_names` their
    level names by number, `suggestions` the best matches for the entry's text and `chosen`
    the criteria ticked when the picker opens (the entry's choice so far).
    """

    def __init__(
        self,
        criteria: Sequence[CriterionRecord],
        level_names: dict[int, str],
        suggestions: Sequence[CriterionMatch] = (),
        chosen: Iterable[int] = (),
        parent: QWidget | None = None,
        *,
        framework: str = "",
        meaning: Sequence[tuple[CriterionRecord, str]] = (),
    ):
        super().__init__(parent)
        self.setObjectName("criteria_picker")
        self.setWindowTitle(self.tr("Criteria This Entry Shows"))
        self._criteria = list(criteria)
        self._levels = {c.id: c.level for c in self._criteria}
        self._names = level_names
        self._syncing = False
        ticked = set(chosen)

        intro = QLabel(self)
        intro.setObjectName("criteria_intro")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setText(
            self.tr("Tick the criteria of %1 this entry is evidence for.").replace("%1", framework)
        )
        secondary(intro)

        filters = self._build_filters()
        self.tree = _CriteriaTree(self)
        self.tree.setObjectName("criteria_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.tree.setToolTip(self.tr("Space ticks the criterion this entry shows"))
        self.suggested_group: QTreeWidgetItem | None = None
        self._fill(suggestions, ticked, meaning)

        self.empty_label = QLabel(self.tr("No criterion matches the filter."), self)
        self.empty_label.setObjectName("criteria_none")
        secondary(self.empty_label)
        self.empty_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("criteria_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(filters)
        column.addWidget(self.tree, 1)
        column.addWidget(self.empty_label)
        column.addWidget(self.buttons)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 48, 460)

        self.filter_edit.textChanged.connect(self._apply_filter)
        self.level_combo.currentIndexChanged.connect(self._apply_filter)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.filter_edit.installEventFilter(self)
        self._start_focus()

    # -- building -----------------------------------------------------------------------------

    def _build_filters(self) -> QHBoxLayout:
        """The filter field and the level choice, side by side."""
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("criteria_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Words of a criterion, topic or level"))
        filter_label = QLabel(self.tr("&Filter"), self)
        filter_label.setBuddy(self.filter_edit)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("criteria_level")
        self.level_combo.addItem(self.tr("All levels"), None)
        for number in sorted({c.level for c in self._criteria}):
            self.level_combo.addItem(level_text(number, self._names.get(number, "")), number)
        level_label = QLabel(self.tr("&Level"), self)
        level_label.setBuddy(self.level_combo)
        filters = QHBoxLayout()
        filters.addWidget(filter_label)
        filters.addWidget(self.filter_edit, 1)
        filters.addSpacing(8)
        filters.addWidget(level_label)
        filters.addWidget(self.level_combo)
        return filters

    def _fill(
        self,
        suggestions: Sequence[CriterionMatch],
        ticked: set[int],
        meaning: Sequence[tuple[CriterionRecord, str]] = (),
    ) -> None:
        # Sharing words first; then those like entries already linked to them ("like “X”").
        found: dict[int, tuple[CriterionRecord, list[str]]] = {}
        for match in suggestions:
            found[match.criterion.id] = (match.criterion, [shares_text(match.shared)])
        for c, why in meaning:
            found.setdefault(c.id, (c, []))[1].append(why)
        if found:
            group = self._group(self.tr("Suggested from the entry's text"))
            group.setToolTip(
                0,
                self.tr(
                    "Criteria sharing words with the title, result or notes, or like the "
                    "entries already linked to them"
                ),
            )
            self.suggested_group = group
            for c, reasons in found.values():
                place = place_text(c, self._names.get(c.level, ""))
                why = " · ".join([place, *(r for r in reasons if r)])
                item = self._item(group, c, ticked, f"{c.text}\n{why}")
                item.setData(0, _WORDS_ROLE, f"{c.text} {place}".casefold())
        groups: dict[tuple[int, str], QTreeWidgetItem] = {}
        for c in self._criteria:
            place = place_text(c, self._names.get(c.level, ""))
            key = (c.level, c.topic_key)
            if key not in groups:
                groups[key] = self._group(place)
            item = self._item(groups[key], c, ticked, c.text)
            item.setData(0, _WORDS_ROLE, f"{c.text} {place}".casefold())
        self.tree.expandAll()

    def _group(self, text: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.tree, [text])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not ticked, not selected
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        return group

    def _item(
        self, group: QTreeWidgetItem, c: CriterionRecord, ticked: set[int], text: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(group, [text])
        item.setData(0, _ID_ROLE, c.id)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(0, Qt.CheckState.Checked if c.id in ticked else Qt.CheckState.Unchecked)
        examples = "\n".join(f"• {e}" for e in c.examples)
        item.setToolTip(0, plain_tip(f"{c.text}\n{examples}" if examples else c.text))
        return item

    def _start_focus(self) -> None:
        """On the first suggestion (Space ticks it), else in the filter."""
        first = self.suggested_group.child(0) if self.suggested_group is not None else None
        if first is not None:
            self.tree.setCurrentItem(first)
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- state --------------------------------------------------------------------------------

    def _groups(self) -> list[QTreeWidgetItem]:
        """The headings: suggestions, then each level and topic."""
        found = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [group for group in found if group is not None]

    @staticmethod
    def _rows(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = (group.child(i) for i in range(group.childCount()))
        return [item for item in found if item is not None]

    def items(self) -> list[QTreeWidgetItem]:
        """Every criterion row (a suggested criterion has two: its suggestion and its own)."""
        return [item for group in self._groups() for item in self._rows(group)]

    def suggestion_items(self) -> list[QTreeWidgetItem]:
        group = self.suggested_group
        return self._rows(group) if group is not None else []

    def item_for(self, criterion_id: int, *, suggested: bool = False) -> QTreeWidgetItem | None:
        """The row of a criterion: its suggestion (`suggested`), else its place in its topic."""
        for item in self.items():
            in_suggestions = item.parent() is self.suggested_group
            if int(item.data(0, _ID_ROLE)) == criterion_id and in_suggestions == suggested:
                return item
        return None

    def chosen_ids(self) -> list[int]:
        """The ticked criteria, in framework order."""
        ticked = {
            int(item.data(0, _ID_ROLE))
            for item in self.items()
            if item.checkState(0) == Qt.CheckState.Checked
        }
        return [c.id for c in self._criteria if c.id in ticked]

    def visible_items(self) -> list[QTreeWidgetItem]:
        return [item for item in self.items() if not item.isHidden()]

    # -- reactions ----------------------------------------------------------------------------

    def _on_item_changed(self, changed: QTreeWidgetItem) -> None:
        """A criterion listed twice (suggested, and in its topic) is ticked in both places."""
        if self._syncing or changed.data(0, _ID_ROLE) is None:
            return
        self._syncing = True
        try:
            state = changed.checkState(0)
            for item in self.items():
                if item is not changed and item.data(0, _ID_ROLE) == changed.data(0, _ID_ROLE):
                    item.setCheckState(0, state)
        finally:
            self._syncing = False

    def _apply_filter(self) -> None:
        words = self.filter_edit.text().casefold().split()
        level = self.level_combo.currentData()
        shown = 0
        for group in self._groups():
            visible = 0
            for item in self._rows(group):
                c_level = self._levels.get(int(item.data(0, _ID_ROLE)))
                text = str(item.data(0, _WORDS_ROLE))
                match = all(w in text for w in words) and level in (None, c_level)
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
            shown += visible
        self.empty_label.setVisible(shown == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the filter field goes to the first criterion still listed."""
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
        ):
            visible = self.visible_items()
            if visible:
                self.tree.setCurrentItem(visible[0])
                self.tree.setFocus(Qt.FocusReason.TabFocusReason)
                return True
        return super().eventFilter(watched, event)


__all__ = ["CriteriaPicker", "level_text", "place_text", "shares_text"]
