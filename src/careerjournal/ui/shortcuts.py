"""Help > Keyboard Shortcuts: every action with a shortcut, read from the actions themselves,
grouped by where the keys work (the menus, then each area)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

#: A group title and the actions whose keys work there.
Group = tuple[str, Iterable[QAction]]


def _is_dedicated_key(sequence: QKeySequence) -> bool:
    """Keys only some keyboards have ("Undo", "Find", "Help"): Qt binds them to standard
    actions, but a list of shortcuts is clearer without them."""
    if sequence.count() != 1:
        return False
    combo = sequence[0]
    key = combo.key()
    return combo.keyboardModifiers() == Qt.KeyboardModifier.NoModifier and (
        key == Qt.Key.Key_Help or int(key) >= int(Qt.Key.Key_Back)
    )


def key_text(action: QAction) -> str:
    """The action's shortcuts as the user types them, e.g. "Ctrl+Y, Ctrl+Shift+Z"."""
    keys: list[str] = []
    for sequence in action.shortcuts():
        if _is_dedicated_key(sequence):
            continue
        text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        if text and text not in keys:
            keys.append(text)
    return ", ".join(keys)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(action text, keys) for the actions that have keys, in their order; one row per text."""
    rows: dict[str, list[str]] = {}
    for action in actions:
        keys = key_text(action)
        if not keys:
            continue
        text = action.text().replace("&", "").rstrip("…").strip()
        merged = rows.setdefault(text, [])
        for key in keys.split(", "):
            if key not in merged:
                merged.append(key)
    return [(text, ", ".join(keys)) for text, keys in rows.items()]


def shortcut_groups(groups: Sequence[Group]) -> list[tuple[str, list[tuple[str, str]]]]:
    """The groups that have any shortcut, each with its rows."""
    found = []
    for title, actions in groups:
        rows = shortcut_rows(actions)
        if rows:
            found.append((title.replace("&", ""), rows))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, groups: Sequence[Group], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        bold = QFont()
        bold.setBold(True)
        for title, rows in shortcut_groups(groups):
            group = QStandardItem(title)
            group.setFont(bold)
            group.setEditable(False)
            for text, keys in rows:
                cells = [QStandardItem(text), QStandardItem(keys)]
                for cell in cells:
                    cell.setEditable(False)
                group.appendRow(cells)
            self.model.appendRow([group, QStandardItem()])
        self.tree = QTreeView()
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, self.tree.rootIndex(), True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(480, 600)

    def groups(self) -> list[str]:
        """The group titles, top to bottom."""
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def rows(self, group: str) -> list[tuple[str, str]]:
        """(action, keys) rows of one group."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.text() == group:
                return [
                    (item.child(i, 0).text(), item.child(i, 1).text())
                    for i in range(item.rowCount())
                ]
        return []
