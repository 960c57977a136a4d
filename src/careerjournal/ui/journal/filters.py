"""The journal's filter bar: kinds, tag, period, starred, trash, and the search text from outside.

Every control narrows one field of an `EntryQuery`; the bar emits `query_changed` with the whole
query whenever it changes. The search text is typed in the main window's toolbar and handed in
through `set_text`, debounced so a fast typist does not query the journal on every key.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...domain import EntryKind
from ...services import Change, EntryQuery, Journal, Topic, ValidationError, validate
from ..bridge import ChangeBridge
from ..icons import icon, kind_icon
from .detail import FlowLayout
from .model import kind_label

DEFAULT_DEBOUNCE_MS = 150


class Period(StrEnum):
    ANY = "any"
    LAST_30_DAYS = "last_30_days"
    LAST_12_MONTHS = "last_12_months"
    THIS_YEAR = "this_year"
    CUSTOM = "custom"


def period_range(
    period: Period, today: dt.date, custom: tuple[dt.date, dt.date] | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a period (None: open); `custom` is used for Period.CUSTOM."""
    if period is Period.LAST_30_DAYS:
        return today - dt.timedelta(days=29), today
    if period is Period.LAST_12_MONTHS:
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        return year_ago + dt.timedelta(days=1), today
    if period is Period.THIS_YEAR:
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if period is Period.CUSTOM and custom is not None:
        start, end = custom
        return (start, end) if start <= end else (end, start)
    return None, None


def parse_tags(text: str) -> frozenset[str] | None:
    """Tags typed in the tag filter (commas separate several: any of them); None when empty."""
    tags = set()
    for part in text.split(","):
        try:
            tag = validate.tag(part)
        except ValidationError:  # too long to be a tag: it cannot match one either
            continue
        if tag:
            tags.add(tag)
    return frozenset(tags) or None


class _StayOpenMenu(QMenu):
    """A menu of checkable actions that stays open while they are toggled with the mouse."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class _TagCombo(QComboBox):
    """Editable tag picker that asks for a fresh tag list just before it is used."""

    about_to_use = Signal()

    def showPopup(self) -> None:
        self.about_to_use.emit()
        super().showPopup()


class FilterBar(QWidget):
    """Filters above the journal table. `query_changed(EntryQuery)` carries the whole query."""

    query_changed = Signal(object)  # EntryQuery
    #: Clear filters also emptied the search text: the owner of the search field should too.
    text_cleared = Signal()

    def __init__(
        self, journal: Journal, bridge: ChangeBridge | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("journal_filter_bar")
        self._journal = journal
        self._text = ""
        self._pending_text = ""
        self._kinds: frozenset[EntryKind] | None = None
        self._tags_stale = True
        self._batch = False
        self._emitted = EntryQuery()
        self.debounce_ms = DEFAULT_DEBOUNCE_MS

        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.timeout.connect(self._apply_text)

        # The filters wrap onto a second line in a narrow window; the buttons stay on the right.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        filters = QWidget(self)
        filters.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        flow = FlowLayout(filters, spacing=6)
        layout.addWidget(filters, 1, Qt.AlignmentFlag.AlignTop)
        flow.addWidget(self._build_kind_button(filters))
        flow.addWidget(self._build_tag_combo(filters))
        for widget in self._build_period(filters):
            flow.addWidget(widget)

        self.starred_button = QToolButton(filters)
        self.starred_button.setObjectName("starred_filter")
        self.starred_button.setCheckable(True)
        self.starred_button.setText(self.tr("Starred"))
        self.starred_button.setToolTip(self.tr("Show only starred entries (those in summaries)"))
        self.starred_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.starred_button.toggled.connect(self._starred_toggled)
        flow.addWidget(self.starred_button)

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clear_filters")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show every entry again"))
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)

        self.trash_button = QToolButton(self)
        self.trash_button.setObjectName("trash_toggle")
        self.trash_button.setCheckable(True)
        self.trash_button.setText(self.tr("Trash"))
        self.trash_button.setToolTip(self.tr("Show the entries in the trash instead"))
        self.trash_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.trash_button.toggled.connect(self._changed)
        layout.addWidget(self.trash_button, 0, Qt.AlignmentFlag.AlignTop)

        self._update_icons()
        self._update_controls()
        if bridge is not None:
            bridge.changed.connect(self._on_change)

    def _build_kind_button(self, filters: QWidget) -> QPushButton:
        """The kinds menu: all kinds, or those ticked."""
        self.kind_button = QPushButton(filters)  # a push button keeps room for the menu arrow
        self.kind_button.setObjectName("kind_filter")
        self.kind_button.setToolTip(self.tr("Show only entries of these kinds"))
        self._kind_menu = _StayOpenMenu(self.kind_button)
        self._all_kinds_action = self._kind_menu.addAction(self.tr("All kinds"))
        self._all_kinds_action.triggered.connect(lambda: self.set_kinds(None))
        self._kind_menu.addSeparator()
        self._kind_actions: dict[EntryKind, QAction] = {}
        for kind in EntryKind:
            action = self._kind_menu.addAction(kind_icon(kind), kind_label(kind))
            action.setCheckable(True)
            action.toggled.connect(self._kind_toggled)
            self._kind_actions[kind] = action
        self.kind_button.setMenu(self._kind_menu)
        return self.kind_button

    def _build_tag_combo(self, filters: QWidget) -> QComboBox:
        """The tag field: typed (several with commas) or picked, completed as typed."""
        self.tag_combo = _TagCombo(filters)
        self.tag_combo.setObjectName("tag_filter")
        self.tag_combo.setEditable(True)
        self.tag_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag_combo.setMinimumContentsLength(12)
        self.tag_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_combo.setToolTip(
            self.tr("Show only entries with this tag (separate several with commas)")
        )
        line = self.tag_combo.lineEdit()
        line.setPlaceholderText(self.tr("Any tag"))
        line.setClearButtonEnabled(True)
        completer = QCompleter(self.tag_combo.model(), self.tag_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag_combo.setCompleter(completer)
        self.tag_combo.about_to_use.connect(self._fill_tags)
        line.installEventFilter(self)
        line.editingFinished.connect(self._changed)
        line.textChanged.connect(self._tag_text_edited)
        self.tag_combo.activated.connect(self._changed)
        completer.activated.connect(self._changed)
        return self.tag_combo

    def _build_period(self, filters: QWidget) -> list[QWidget]:
        """The period choice, and the custom range shown for "Custom…"."""
        self.period_combo = QComboBox(filters)
        self.period_combo.setObjectName("period_filter")
        self.period_combo.setToolTip(self.tr("Show only entries from this period"))
        for period, text in (
            (Period.ANY, self.tr("Any time")),
            (Period.LAST_30_DAYS, self.tr("Last 30 days")),
            (Period.LAST_12_MONTHS, self.tr("Last 12 months")),
            (Period.THIS_YEAR, self.tr("This year")),
            (Period.CUSTOM, self.tr("Custom…")),
        ):
            self.period_combo.addItem(text, period.value)
        self.period_combo.currentIndexChanged.connect(self._period_changed)

        today = QDate.currentDate()
        self.custom_range = QWidget(filters)
        self.custom_range.setObjectName("custom_range")
        range_layout = QHBoxLayout(self.custom_range)
        range_layout.setContentsMargins(0, 0, 0, 0)
        range_layout.setSpacing(4)
        self.from_edit = self._date_edit("date_from", today.addYears(-1), self.tr("From"))
        self.to_edit = self._date_edit("date_to", today, self.tr("To"))
        range_layout.addWidget(self.from_edit)
        range_layout.addWidget(QLabel("–", self.custom_range))
        range_layout.addWidget(self.to_edit)
        self.custom_range.setVisible(False)
        return [self.period_combo, self.custom_range]

    def _date_edit(self, name: str, date: QDate, label: str) -> QDateEdit:
        edit = QDateEdit(date, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(label)
        edit.setToolTip(label)
        edit.dateChanged.connect(self._changed)
        return edit

    # -- the query -----------------------------------------------------------------------------

    def query(self) -> EntryQuery:
        """The query the controls describe now (with the search text last applied)."""
        custom = (self.from_edit.date().toPython(), self.to_edit.date().toPython())
        start, end = period_range(self.period(), dt.date.today(), custom)  # type: ignore[arg-type]
        return EntryQuery(
            date_from=start,
            date_to=end,
            kinds=self._kinds,
            tags=parse_tags(self.tag_combo.currentText()),
            text=self._text.strip(),
            trashed=self.trash_mode(),
            starred=True if self.starred_button.isChecked() else None,
        )

    def is_filtered(self) -> bool:
        """Does anything narrow the list (the search text included, trash mode not)?"""
        q = self.query()
        return q != EntryQuery(trashed=q.trashed)

    # -- setting the filters ---------------------------------------------------------------------

    def text(self) -> str:
        return self._pending_text

    def set_text(self, text: str) -> None:
        """The search text typed outside the bar; applied after `debounce_ms` of quiet.

        An emptied field (Esc, its clear button) shows every entry again at once."""
        self._pending_text = text
        if self.debounce_ms <= 0 or not text:
            self._text_timer.stop()
            self._apply_text()
        else:
            self._text_timer.start(self.debounce_ms)

    @Slot()
    def _apply_text(self) -> None:
        self._text = self._pending_text
        self._changed()

    def kinds(self) -> frozenset[EntryKind] | None:
        return self._kinds

    def set_kinds(self, kinds: frozenset[EntryKind] | set[EntryKind] | None) -> None:
        """Show only these kinds; None or every kind means all."""
        chosen = frozenset(kinds) if kinds else None
        if chosen is not None and len(chosen) == len(EntryKind):
            chosen = None
        for kind, action in self._kind_actions.items():
            action.blockSignals(True)
            action.setChecked(chosen is not None and kind in chosen)
            action.blockSignals(False)
        self._kinds = chosen
        self._changed()

    def set_tag(self, text: str) -> None:
        self.tag_combo.setEditText(text)
        self._changed()

    def period(self) -> Period:
        return Period(self.period_combo.currentData())

    def set_period(
        self, period: Period, start: dt.date | None = None, end: dt.date | None = None
    ) -> None:
        """Choose a period; for Period.CUSTOM, `start` and `end` set the two dates."""
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            if day is not None:
                edit.blockSignals(True)
                edit.setDate(QDate(day))
                edit.blockSignals(False)
        index = self.period_combo.findData(Period(period).value)
        if index == self.period_combo.currentIndex():
            self._changed()
        else:
            self.period_combo.setCurrentIndex(index)

    def set_starred_only(self, on: bool) -> None:
        self.starred_button.setChecked(on)

    def trash_mode(self) -> bool:
        return self.trash_button.isChecked()

    def set_trash_mode(self, on: bool) -> None:
        self.trash_button.setChecked(on)

    def apply_query(self, query: EntryQuery) -> None:
        """Set every control from `query` (e.g. another view's filters); one `query_changed`.

        The search text is applied at once (no debounce). A date range that is one of the
        periods on offer selects that period; any other range becomes a custom one. `role_id`
        has no control here and is ignored.
        """
        self._text_timer.stop()
        self._text = self._pending_text = query.text
        self._batch = True
        try:
            self.set_kinds(query.kinds)
            self.tag_combo.setEditText(", ".join(sorted(query.tags or ())))
            self._apply_dates(query.date_from, query.date_to)
            self.starred_button.setChecked(query.starred is True)
            self.trash_button.setChecked(query.trashed is True)
        finally:
            self._batch = False
        self._changed()

    def _apply_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        if start is None and end is None:
            self.set_period(Period.ANY)
            return
        today = dt.date.today()
        for period in (Period.LAST_30_DAYS, Period.LAST_12_MONTHS, Period.THIS_YEAR):
            if period_range(period, today) == (start, end):
                self.set_period(period)
                return
        self.set_period(Period.CUSTOM, start or dt.date.min, end or today)

    @Slot()
    def clear(self) -> None:
        """Every filter back to "all", the search text too; trash mode stays as it is."""
        had_text = bool(self._pending_text or self._text)
        self._text_timer.stop()
        self._text = self._pending_text = ""
        self._batch = True  # one query for the whole reset, not one per control
        try:
            self.starred_button.setChecked(False)
            self.period_combo.setCurrentIndex(0)
            self.tag_combo.setEditText("")
            self.set_kinds(None)
        finally:
            self._batch = False
        self._changed()
        if had_text:
            self.text_cleared.emit()

    # -- reacting ------------------------------------------------------------------------------

    @Slot()
    def _changed(self) -> None:
        self._update_controls()
        if self._batch:
            return
        query = self.query()
        if query != self._emitted:
            self._emitted = query
            self.query_changed.emit(query)

    @Slot(bool)
    def _kind_toggled(self, _checked: bool) -> None:
        self.set_kinds({k for k, a in self._kind_actions.items() if a.isChecked()})

    @Slot(bool)
    def _starred_toggled(self, _checked: bool) -> None:
        self._update_icons()
        self._changed()

    @Slot(int)
    def _period_changed(self, _index: int) -> None:
        self.custom_range.setVisible(self.period() is Period.CUSTOM)
        self._changed()

    @Slot(str)
    def _tag_text_edited(self, text: str) -> None:
        if not text.strip():  # the clear button, or everything deleted: apply at once
            self._changed()

    def _update_controls(self) -> None:
        kinds = self._kinds
        if kinds is None:
            self.kind_button.setText(self.tr("All kinds"))
            self.kind_button.setIcon(icon("filter"))
        elif len(kinds) == 1:
            (kind,) = kinds
            self.kind_button.setText(kind_label(kind))
            self.kind_button.setIcon(kind_icon(kind))
        else:
            self.kind_button.setText(self.tr("%n kinds", "", len(kinds)))
            self.kind_button.setIcon(icon("filter"))
        self._all_kinds_action.setEnabled(kinds is not None)
        self.clear_button.setEnabled(self.is_filtered())

    def _update_icons(self) -> None:
        self.starred_button.setIcon(
            icon("star-filled" if self.starred_button.isChecked() else "star")
        )
        self.trash_button.setIcon(icon("trash"))
        for i in range(self.period_combo.count()):
            self.period_combo.setItemIcon(i, icon("calendar"))
        self.clear_button.setIcon(icon("filter"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update_icons()
            self._update_controls()
        super().changeEvent(event)

    # -- the tag list --------------------------------------------------------------------------

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        if change.touches(Topic.ENTRIES) or change.touches(Topic.TAGS):
            self._tags_stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tag_combo.lineEdit() and event.type() == QEvent.Type.FocusIn:
            self._fill_tags()
        return super().eventFilter(watched, event)

    @Slot()
    def _fill_tags(self) -> None:
        """Refill the tag list (most used first) if entries changed since it was filled."""
        if not self._tags_stale:
            return
        self._tags_stale = False
        text = self.tag_combo.currentText()
        line = self.tag_combo.lineEdit()
        self.tag_combo.blockSignals(True)
        line.blockSignals(True)
        self.tag_combo.clear()
        for name, count in self._journal.entries.tags():
            self.tag_combo.addItem(name)
            self.tag_combo.setItemData(
                self.tag_combo.count() - 1,
                self.tr("%n entries", "", count),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.tag_combo.setCurrentIndex(-1)
        self.tag_combo.setEditText(text)
        line.blockSignals(False)
        self.tag_combo.blockSignals(False)

    def tag_names(self) -> list[str]:
        """The tags offered in the tag filter (filled on first use)."""
        self._fill_tags()
        return [self.tag_combo.itemText(i) for i in range(self.tag_combo.count())]
