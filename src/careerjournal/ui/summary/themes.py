"""The Summary area's grouping: achievements by kind, or by theme (clusters by meaning), and the
user's names and merges of the themes.

A mixin of `SummaryView` (like `CaseReport`): it builds the "Group by" choice and the "Themes"
box (a list of the themes shown: double-click or F2 renames one, Ctrl+M merges the selected
ones, Reset Themes forgets both) and keeps the overrides per period while the app runs. The
themes are found in a worker (`ThemeFinder`: the model loads and embeds what it has not read
yet); the preview stays grouped by kind meanwhile. Its words are in the view's translation
context.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...services.summary import (
    FoundTheme,
    GroupBy,
    Summary,
    SummaryOptions,
    ThemeGroup,
    ThemesOff,
    ThemeSource,
    achievements_of,
    themed_groups,
)
from ..context import AppContext
from ..view_parts import plain_tip, scope_to, secondary, view_action
from .theme_finder import ThemeFinder

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SummaryView", text, None, n)


@dataclass
class ThemeOverrides:
    """The user's changes to one period's themes: names by theme key, merges (into, other)."""

    names: dict[str, str] = field(default_factory=dict)
    merges: list[tuple[str, str]] = field(default_factory=list)


Period = tuple[dt.date, dt.date]


class _Found:
    """Themes the worker found, given to the summary as the meaning model would give them."""

    available = True

    def __init__(self, found: Sequence[FoundTheme]) -> None:
        self._found = found

    def themes(self, entry_ids: Sequence[int], *, max_themes: int = 5) -> Sequence[FoundTheme]:
        return self._found


class ThemeChoices:
    """The grouping choice, the themes list with its actions, and the reading worker."""

    ctx: AppContext
    summary: Summary | None
    _schedule: Callable[[], None]  # SummaryView's: rebuild soon
    case_chosen: Callable[[], bool]  # CaseReport's: the promotion case is shown
    group_by: QComboBox
    themes_box: QGroupBox
    theme_list: QListView
    theme_model: QStandardItemModel
    theme_note: QLabel
    action_rename_theme: QAction
    action_merge_themes: QAction
    action_reset_themes: QAction
    _overrides: dict[Period, ThemeOverrides]
    theme_finder: ThemeFinder
    _theme_problem = ""  # why the themes of the period could not be found
    _filling = False

    def _build_group_by(self) -> QHBoxLayout:
        """The "Group by: Kind / Theme" row of the Sections box."""
        assert isinstance(self, QWidget)
        self._overrides = {}
        self.group_by = QComboBox()
        self.group_by.setObjectName("summary_group_by")
        self.group_by.addItem(_tr("Kind"), GroupBy.KIND)
        self.group_by.addItem(_tr("Theme"), GroupBy.THEME)
        self.group_by.setToolTip(
            _tr("Theme: a few groups of entries close in meaning, named by their central entries")
        )
        self.group_by.currentIndexChanged.connect(self._group_by_changed)
        label = QLabel(_tr("&Group by:"))
        label.setBuddy(self.group_by)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.group_by)
        row.addStretch(1)
        self.theme_finder = ThemeFinder(self.ctx.journal, self)
        self.theme_finder.found.connect(self._schedule)
        finder = self.theme_finder
        self.destroyed.connect(lambda _obj=None: finder.stop())  # before the journal closes
        return row

    def _build_themes(self) -> QGroupBox:
        """The themes shown, to rename (double-click, F2) and merge (Ctrl+M)."""
        assert isinstance(self, QWidget)
        self.themes_box = QGroupBox(_tr("Themes"))
        self.themes_box.setObjectName("summary_themes")
        self.theme_model = QStandardItemModel(self)
        self.theme_model.itemChanged.connect(self._theme_edited)
        self.theme_list = QListView()
        self.theme_list.setObjectName("summary_theme_list")
        self.theme_list.setModel(self.theme_model)
        self.theme_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.theme_list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked)
        self.theme_list.setAccessibleName(_tr("Themes of the summary"))
        self.theme_list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action_rename_theme = view_action(
            self, "action_rename_theme", _tr("&Rename Theme"), self.rename_theme, "F2"
        )
        self.action_merge_themes = view_action(
            self,
            "action_merge_themes",
            _tr("&Merge Selected Themes"),
            self.merge_themes,
            "Ctrl+M",
        )
        self.action_reset_themes = view_action(
            self, "action_reset_themes", _tr("Rese&t Themes"), self.reset_themes
        )
        self.action_reset_themes.setToolTip(_tr("Forget the names and merges of this period"))
        actions = (self.action_rename_theme, self.action_merge_themes, self.action_reset_themes)
        for action, short in zip(actions, (_tr("Rename"), _tr("Merge"), _tr("Reset")), strict=True):
            action.setIconText(short)  # on the buttons; menus keep the full names and keys
        scope_to(self, self.theme_list, *actions)
        selection = self.theme_list.selectionModel()
        selection.selectionChanged.connect(self._enable_theme_actions)
        selection.currentChanged.connect(self._enable_theme_actions)
        self.theme_note = secondary(QLabel())
        self.theme_note.setObjectName("summary_theme_note")
        self.theme_note.setTextFormat(Qt.TextFormat.PlainText)  # may quote the model's words
        self.theme_note.setWordWrap(True)
        buttons = QHBoxLayout()
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.themes_box)
        layout.addWidget(self.theme_list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.theme_note)
        self.theme_list.setMinimumHeight(self.theme_list.sizeHintForRow(0) * 4 + 8)
        self._enable_theme_actions()
        self.themes_box.setVisible(False)
        return self.themes_box

    # -- choices ------------------------------------------------------------------------------

    def grouping(self) -> GroupBy:
        return GroupBy(self.group_by.currentData())

    def set_grouping(self, group_by: GroupBy) -> None:
        self.group_by.setCurrentIndex(self.group_by.findData(group_by))

    def _group_by_changed(self) -> None:
        self._show_themes_box(not self.case_chosen())
        self._schedule()

    def _show_themes_box(self, summary_shown: bool) -> None:
        self.themes_box.setVisible(summary_shown and self.grouping() is GroupBy.THEME)

    def theme_overrides(self, period: Period) -> ThemeOverrides:
        """The user's names and merges of `period`'s themes (a copy)."""
        kept = self._overrides.get(period, ThemeOverrides())
        return ThemeOverrides(dict(kept.names), list(kept.merges))

    def with_themes(self, summary: Summary, options: SummaryOptions) -> Summary:
        """`summary` (built by kind) grouped by theme as `options` ask, once its themes are
        found; until then by kind while the worker finds them (the note says so)."""
        self._theme_problem = ""
        chosen = [e for e in summary.candidates if e.id not in options.excluded_ids]
        chosen.sort(key=lambda e: (e.occurred_on, e.id))  # as the summary service asks
        listed = achievements_of(chosen, options.include_compensation)
        meaning = self.ctx.journal.meaning
        source: ThemeSource = meaning
        if meaning.available and listed:
            asked = (tuple(e.id for e in listed), options.max_themes)
            found = self.theme_finder.result(asked)
            self._theme_problem = self.theme_finder.problem(asked)
            if found is None:
                if not self._theme_problem:
                    self.theme_finder.find(asked)
                    self._fill_themes(())
                    self.theme_note.setText(_tr("Finding the themes of the period…"))
                return summary
            source = _Found(found)
        themes, off, reason = themed_groups(listed, options, source)
        return replace(
            summary, options=options, themes=themes, themes_off=off, themes_off_reason=reason
        )

    def themes_changed(self) -> None:
        """Entries changed: their themes are found afresh."""
        self.theme_finder.forget()

    # -- the themes shown ---------------------------------------------------------------------

    def show_themes(self, summary: Summary) -> None:
        """After a build: the summary's themes in the list, and what to say about them."""
        if summary.options.group_by is not GroupBy.THEME:
            if self._theme_problem and self.grouping() is GroupBy.THEME:  # finding them failed
                self._fill_themes(())
                self.theme_note.setText(
                    _tr("The themes could not be found: %1").replace("%1", self._theme_problem)
                )
            return  # by kind, or still finding them (the note says so)
        self._fill_themes(summary.themes)
        if summary.themes_off is ThemesOff.NEEDS_EXTRA:
            note = _tr(
                "Grouped by kind: themes need the meaning extra: "
                "pip install 'careerjournal[meaning]'"
            )
        elif summary.themes_off is ThemesOff.UNAVAILABLE:
            note = _tr("Grouped by kind: themes are off (%1).").replace(
                "%1", summary.themes_off_reason.rstrip(".")
            )
        elif not summary.themes:
            note = _tr("No achievements in this period to group.")
        else:
            note = _tr(
                "Double-click a theme or press F2 to rename it; select two or more and press "
                "Ctrl+M to merge them."
            )
        self.theme_note.setText(note)

    def _fill_themes(self, themes: tuple[ThemeGroup, ...]) -> None:
        self._filling = True
        try:
            self.theme_model.clear()
            for group in themes:
                item = QStandardItem(group.name or _tr("Other achievements"))
                item.setData(group.key, KEY_ROLE)
                tip = _tr("%n achievements", group.total)
                if group.unthemed:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    tip += "\n" + _tr("In no theme")
                else:
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsEditable
                    )
                    if group.renamed:
                        tip += "\n" + _tr("Found as “%1”").replace("%1", group.found_name)
                item.setToolTip(plain_tip(tip))
                self.theme_model.appendRow(item)
        finally:
            self._filling = False
        self._enable_theme_actions()

    def _selected_keys(self) -> list[str]:
        rows = sorted(i.row() for i in self.theme_list.selectionModel().selectedRows())
        keys = [str(self.theme_model.item(r).data(KEY_ROLE) or "") for r in rows]
        return [k for k in keys if k]

    def _enable_theme_actions(self) -> None:
        current = self.theme_list.currentIndex()
        editable = current.isValid() and bool(current.flags() & Qt.ItemFlag.ItemIsEditable)
        self.action_rename_theme.setEnabled(editable)
        self.action_merge_themes.setEnabled(len(self._selected_keys()) >= 2)
        period = self._period()
        self.action_reset_themes.setEnabled(period in self._overrides)

    def _period(self) -> Period | None:
        if self.summary is None:
            return None
        return (self.summary.options.date_from, self.summary.options.date_to)

    # -- the user's overrides -----------------------------------------------------------------

    def rename_theme(self) -> None:
        """Edit the current theme's name in place (Enter keeps it, Escape does not)."""
        current = self.theme_list.currentIndex()
        if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
            self.theme_list.edit(current)

    def _theme_edited(self, item: QStandardItem) -> None:
        period = self._period()
        key = str(item.data(KEY_ROLE) or "")
        if self._filling or period is None or not key or self.summary is None:
            return
        found = next((g for g in self.summary.themes if g.key == key), None)
        name = " ".join(item.text().split())
        overrides = self._overrides.setdefault(period, ThemeOverrides())
        if not name or (found is not None and name == found.found_name):
            overrides.names.pop(key, None)  # an empty name brings the found one back
        else:
            overrides.names[key] = name
        self._schedule()

    def merge_themes(self) -> None:
        """Merge the selected themes into the first of them (it keeps its name)."""
        keys = self._selected_keys()
        period = self._period()
        if len(keys) < 2 or period is None:
            return
        overrides = self._overrides.setdefault(period, ThemeOverrides())
        overrides.merges.extend((keys[0], other) for other in keys[1:])
        self._schedule()
        self.theme_list.selectionModel().clearSelection()

    def reset_themes(self) -> None:
        """Forget this period's names and merges: the themes as found."""
        period = self._period()
        if period is not None and self._overrides.pop(period, None) is not None:
            self._schedule()
