"""Bands and their skills as a two-level tree, with the filters "gaps only" and "changed this year".

The tree is small (tens of skills), so a change to any skill rebuilds it from a fresh
`SkillsOverview`; the view keeps the selection and the expanded bands by id across rebuilds.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from ...services.skills import BandStatus, SkillsOverview, SkillStatus
from ..formatting import format_date
from ..view_parts import plain_tip
from . import wording

_Index = QModelIndex | QPersistentModelIndex
_NO_PARENT = 0xFFFFFFFF  # internalId of band rows; skill rows carry their band's row


class Column(IntEnum):
    NAME = 0
    NOW = 1
    TARGET = 2
    PROGRESS = 3
    NOTES = 4


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # "band" or "skill"
    ID = Qt.ItemDataRole.UserRole + 2
    LEVEL = Qt.ItemDataRole.UserRole + 3  # current level, 0 when none
    TARGET = Qt.ItemDataRole.UserRole + 4  # target level, 0 when none
    TOP = Qt.ItemDataRole.UserRole + 5  # the scale's top level
    GAP = Qt.ItemDataRole.UserRole + 6
    CHANGED = Qt.ItemDataRole.UserRole + 7


class SkillsTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._overview: SkillsOverview | None = None
        self._headers = (
            self.tr("Band / skill"),
            self.tr("Now"),
            self.tr("Target"),
            self.tr("Progress"),
            self.tr("Notes"),
        )

    # -- data in ------------------------------------------------------------------------------

    def set_overview(self, overview: SkillsOverview) -> None:
        self.beginResetModel()
        self._overview = overview
        self.endResetModel()

    def overview(self) -> SkillsOverview | None:
        return self._overview

    def _bands(self) -> tuple[BandStatus, ...]:
        return self._overview.bands if self._overview else ()

    # -- structure ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._bands())
        if parent.internalId() == _NO_PARENT and parent.column() == 0:
            return len(self._bands()[parent.row()].skills)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    # -- lookups ------------------------------------------------------------------------------

    def band_at(self, index: _Index) -> BandStatus | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == _NO_PARENT else int(index.internalId())
        return self._bands()[row]

    def skill_at(self, index: _Index) -> SkillStatus | None:
        if not index.isValid() or index.internalId() == _NO_PARENT:
            return None
        return self._bands()[int(index.internalId())].skills[index.row()]

    def band_index(self, band_id: int) -> QModelIndex:
        for row, band in enumerate(self._bands()):
            if band.band.id == band_id:
                return self.index(row, 0)
        return QModelIndex()

    def skill_index(self, skill_id: int) -> QModelIndex:
        for row, band in enumerate(self._bands()):
            for srow, status in enumerate(band.skills):
                if status.skill.id == skill_id:
                    return self.index(srow, 0, self.index(row, 0))
        return QModelIndex()

    # -- data out -----------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        overview = self._overview
        if overview is None or not index.isValid():
            return None
        skill = self.skill_at(index)
        band = self.band_at(index)
        assert band is not None
        column = Column(index.column())
        if skill is None:
            return self._band_data(overview, band, column, role)
        return self._skill_data(overview, skill, column, role)

    def _band_data(
        self, overview: SkillsOverview, band: BandStatus, column: Column, role: int
    ) -> object:
        if role == Role.KIND:
            return "band"
        if role == Role.ID:
            return band.band.id
        if role == Role.LEVEL:
            return band.level
        if role == Role.TARGET:
            return band.target_level
        if role == Role.TOP:
            return overview.top
        if role == Role.GAP:
            return max(0, band.target_level - band.level)
        if role == Role.CHANGED:
            return any(s.changed_this_year for s in band.skills)
        if role == Qt.ItemDataRole.FontRole and column == Column.NAME:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return band.band.name
            if column == Column.NOW:
                return self._level_text(overview, band.level) if band.skills else ""
            if column == Column.TARGET:
                return self._level_text(overview, band.target_level) if band.skills else ""
            if column == Column.NOTES:
                return self._band_notes(overview, band)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [wording.rule(overview)]
            text = wording.shortfall_text(overview, band.next_shortfall)
            if text:
                lines.append(self.tr("Toward the next level: %s") % text)
            return plain_tip("\n".join(lines))
        return None

    def _band_notes(self, overview: SkillsOverview, band: BandStatus) -> str:
        if not band.skills:
            return self.tr("No skills yet")
        if band.level >= overview.top:
            return self.tr("At the top of the scale")
        shortfall = band.target_shortfall or band.next_shortfall
        return wording.shortfall_text(overview, shortfall, short=True)

    def _skill_data(
        self, overview: SkillsOverview, status: SkillStatus, column: Column, role: int
    ) -> object:
        skill = status.skill
        if role == Role.KIND:
            return "skill"
        if role == Role.ID:
            return skill.id
        if role == Role.LEVEL:
            return skill.current_level or 0
        if role == Role.TARGET:
            return skill.target_level or 0
        if role == Role.TOP:
            return overview.top
        if role == Role.GAP:
            return status.gap
        if role == Role.CHANGED:
            return status.changed_this_year
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.NAME:
                return skill.name
            if column == Column.NOW:
                return self._level_text(overview, skill.current_level)
            if column == Column.TARGET:
                if skill.target_level is None:
                    return self.tr("No target")
                return self._level_text(overview, skill.target_level)
            if column == Column.NOTES:
                return self._skill_notes(status)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._skill_tooltip(overview, status))
        return None

    def _skill_notes(self, status: SkillStatus) -> str:
        skill = status.skill
        if skill.assessed_on is None:
            return self.tr("Not assessed yet")
        if skill.target_level is None:
            return self.tr("No target")
        if status.gap:
            return self.tr("%n levels to go", "", status.gap)
        return self.tr("Target met")

    def _skill_tooltip(self, overview: SkillsOverview, status: SkillStatus) -> str:
        skill = status.skill
        now = wording.level_name(overview, skill.current_level)
        if skill.assessed_on is not None:
            now += self.tr(" (assessed %s)") % format_date(skill.assessed_on)
        if skill.target_level is None:
            return self.tr("Now: %s. No target set.") % now
        target = wording.level_name(overview, skill.target_level)
        if status.gap:
            to_go = self.tr("%n levels to go", "", status.gap)
            return self.tr("Now: %s. Target: %s: %s.") % (now, target, to_go)
        return self.tr("Now: %s. Target: %s: met.") % (now, target)

    @staticmethod
    def _level_text(overview: SkillsOverview, level: int | None) -> str:
        return wording.level_name(overview, level)  # the number shows in the bar and the tooltip

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SkillsFilter(QSortFilterProxyModel):
    """Shows skills with a gap and/or changed this year; a band shows while any skill does."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._gaps_only = False
        self._changed_only = False
        self.setRecursiveFilteringEnabled(True)

    def set_gaps_only(self, on: bool) -> None:
        self._change_filter(lambda: setattr(self, "_gaps_only", on))

    def set_changed_this_year(self, on: bool) -> None:
        self._change_filter(lambda: setattr(self, "_changed_only", on))

    def _change_filter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 replaced invalidateFilter() with begin/endFilterChange().
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def is_filtering(self) -> bool:
        return self._gaps_only or self._changed_only

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self.is_filtering():
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(Role.KIND) == "band":
            return False  # shown only through a matching skill (recursive filtering)
        if self._gaps_only and not index.data(Role.GAP):
            return False
        return not (self._changed_only and not index.data(Role.CHANGED))
