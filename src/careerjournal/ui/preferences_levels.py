"""Preferences › Levels: the progression framework in use and how its rubric is computed.

The settings travel with the journal (they are the framework's, `frameworks.update_settings`):
the sub-level thresholds (where B, C, D and E start, as shares of the level's criteria last
assessed "consistently") and the tick rule (when a criterion counts as met). Switching the
framework, and the settings, are saved with the dialog's OK; removing a framework happens at
once, after a confirmation (Edit › Undo brings it back). Without a framework the page is
disabled and says where to get one.
"""

from __future__ import annotations

import itertools
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..domain import TickRule
from ..services import ServiceError
from ..services.framework_records import LETTERS, FrameworkRecord
from ..store import StoreError
from .context import AppContext
from .editor.common import ErrorLabel
from .formatting import enum_label, format_datetime
from .levels.import_report import framework_counts
from .view_parts import plain_label, secondary

_PLACE = re.compile(r"%([1-9])")

#: A framework's settings as the page holds them: thresholds in whole percent, and the rule.
Pending = tuple[tuple[int, ...], TickRule]


def fill(text: str, *values: str) -> str:
    """`text` with %1, %2, ... replaced in one pass (a value holding "%2" stays as it is)."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1], text)


def stored_percent(record: FrameworkRecord) -> tuple[int, ...]:
    """The framework's thresholds in whole percent, as the spin boxes show them."""
    return tuple(round(t * 100) for t in record.settings.thresholds)


class LevelsPage(QWidget):
    """The Levels tab: framework in use, Remove Framework…, sub-level thresholds, tick rule."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pref_levels")
        self._ctx = ctx
        self._records: dict[int, FrameworkRecord] = {}
        self._pending: dict[int, Pending] = {}  # edits of frameworks shown earlier
        self._shown: int | None = None
        self._build()
        self.reload()

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        # One mnemonic only (the tick rule's "y"): the dialog's other tabs, in English and in
        # German, use every other letter these labels have.
        self.notice = plain_label(self, "pref_levels_notice")
        secondary(self.notice)
        self.framework = QComboBox()
        self.framework.setObjectName("pref_framework")
        self.framework.setPlaceholderText(self.tr("None in use"))
        self.framework.currentIndexChanged.connect(self._framework_changed)
        self.remove_button = QPushButton(self.tr("Remove Framework…"))
        self.remove_button.setObjectName("pref_framework_remove")
        self.remove_button.clicked.connect(self.remove_framework)
        self.about = plain_label(self, "pref_framework_about")
        secondary(self.about)
        row = QHBoxLayout()
        row.addWidget(self.framework, 1)
        row.addWidget(self.remove_button)
        form = QFormLayout()
        label = QLabel(self.tr("Framework in use:"))
        label.setBuddy(self.framework)
        form.addRow(label, row)
        form.addRow("", self.about)
        self.position_box = self._build_thresholds()
        self.tick_box = self._build_tick()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.position_box)
        layout.addWidget(self.tick_box)
        layout.addStretch(1)

    def _build_thresholds(self) -> QGroupBox:
        box = QGroupBox(self.tr("Position within a level"))
        box.setObjectName("pref_levels_position")
        texts = [self.tr("B from"), self.tr("C from"), self.tr("D from"), self.tr("E from")]
        self.thresholds: list[QSpinBox] = []
        row = QHBoxLayout()
        for letter, text in zip(LETTERS[1:], texts, strict=True):
            spin = QSpinBox()
            spin.setObjectName(f"pref_threshold_{letter.lower()}")
            spin.setRange(1, 99)
            spin.setSuffix(self.tr(" %"))
            spin.setAccessibleName(fill(self.tr("Sub-level %1 starts at"), letter))
            spin.valueChanged.connect(self._check)
            label = QLabel(text)
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
            row.addSpacing(8)
            self.thresholds.append(spin)
        row.addStretch(1)
        self.threshold_error = ErrorLabel("thresholds", box)
        note = QLabel(
            self.tr(
                "Your position is the share of your level's criteria whose latest assessment "
                "is “consistently”: A below the B threshold, E from the E threshold on."
            )
        )
        note.setWordWrap(True)
        secondary(note)
        layout = QVBoxLayout(box)
        layout.addLayout(row)
        layout.addWidget(self.threshold_error)
        layout.addWidget(note)
        return box

    def _build_tick(self) -> QGroupBox:
        box = QGroupBox(self.tr("Readiness for a level"))
        box.setObjectName("pref_levels_readiness")
        self.tick = QComboBox()
        self.tick.setObjectName("pref_tick_rule")
        for rule in TickRule:
            self.tick.addItem(enum_label(rule), rule.value)
        note = QLabel(
            self.tr(
                "Readiness is the share of a level's criteria that count as met under this rule, "
                "overall and topic by topic."
            )
        )
        note.setWordWrap(True)
        secondary(note)
        form = QFormLayout(box)
        label = QLabel(self.tr("Criteria count as met b&y:"))
        label.setBuddy(self.tick)
        form.addRow(label, self.tick)
        form.addRow(note)
        return box

    # -- showing ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the frameworks again (pending edits of ones still there are kept)."""
        records = self._ctx.journal.frameworks.list()
        self._records = {r.id: r for r in records}
        if self._shown is not None:
            self._pending[self._shown] = self._values()
        self._pending = {k: v for k, v in self._pending.items() if k in self._records}
        self._shown = None
        self.framework.blockSignals(True)
        self.framework.clear()
        for record in records:
            self.framework.addItem(record.name, record.id)
        active = next((r.id for r in records if r.active), None)
        self.framework.setCurrentIndex(self.framework.findData(active) if active else -1)
        self.framework.blockSignals(False)
        self._framework_changed()

    def _framework_changed(self, *_: object) -> None:
        if self._shown is not None:
            self._pending[self._shown] = self._values()
        chosen = self.chosen_id()
        self._shown = chosen
        record = self._records.get(chosen) if chosen is not None else None
        if record is not None:
            values, rule = self._pending.get(
                record.id, (stored_percent(record), record.settings.tick)
            )
            for spin, value in zip(self.thresholds, values, strict=False):
                spin.blockSignals(True)
                spin.setValue(value)
                spin.blockSignals(False)
            self.tick.setCurrentIndex(max(0, self.tick.findData(rule.value)))
            self.about.setText(
                fill(
                    self.tr("%1; imported from %2 on %3."),
                    framework_counts(record),
                    record.source,
                    format_datetime(record.imported_at),
                )
            )
        else:
            self.about.clear()
        self._enable(record)
        self._check()

    def _enable(self, record: FrameworkRecord | None) -> None:
        read_only = self._ctx.journal.store.read_only
        any_framework = bool(self._records)
        self.framework.setEnabled(any_framework and not read_only)
        self.remove_button.setEnabled(record is not None and not read_only)
        for box in (self.position_box, self.tick_box):
            box.setEnabled(record is not None and not read_only)
        if not any_framework:
            self.notice.setText(
                self.tr(
                    "No progression framework in this journal yet: use a published one or "
                    "import your own in the Levels area, then set how its rubric is computed here."
                )
            )
        elif read_only:
            self.notice.setText(
                self.tr("This journal is read-only: its framework settings cannot be changed.")
            )
        elif record is None:
            self.notice.setText(self.tr("No framework is in use: choose one."))
        else:
            self.notice.setText(
                self.tr("These settings are the framework's: they travel with the journal file.")
            )

    # -- values -----------------------------------------------------------------------------------

    def chosen_id(self) -> int | None:
        """The framework chosen in the combo (None: none)."""
        data = self.framework.currentData()
        return int(data) if isinstance(data, int) else None

    def _values(self) -> Pending:
        values = tuple(spin.value() for spin in self.thresholds)
        return values, TickRule(self.tick.currentData())

    def problem(self) -> str | None:
        """What keeps the page from being saved, worded for the user (None: nothing)."""
        if self._shown is None:
            return None
        values, _ = self._values()
        if all(a < b for a, b in itertools.pairwise(values)):
            return None
        return self.tr(
            "Each threshold must be higher than the one before: B from, then C, D and E from "
            "ever larger shares."
        )

    def _check(self, *_: object) -> None:
        problem = self.problem()
        if problem is None:
            self.threshold_error.clear_message()
        else:
            self.threshold_error.show_message(problem)

    def show_problem(self) -> None:
        """Point at what keeps the page from being saved (call when `problem()` says so)."""
        self._check()
        values, _ = self._values()
        bad = next((i + 1 for i, (a, b) in enumerate(itertools.pairwise(values)) if a >= b), 0)
        self.thresholds[bad].setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Write the changed settings, then switch the framework in use (call `problem()`
        first). ServiceError or StoreError when the journal refuses."""
        frameworks = self._ctx.journal.frameworks
        edits = dict(self._pending)
        if self._shown is not None:
            edits[self._shown] = self._values()
        for framework_id, (values, rule) in edits.items():
            record = self._records.get(framework_id)
            if record is None:
                continue
            thresholds = None
            if values != stored_percent(record):
                thresholds = tuple(v / 100 for v in values)
            tick = rule if rule is not record.settings.tick else None
            if thresholds is not None or tick is not None:
                frameworks.update_settings(framework_id, thresholds=thresholds, tick=tick)
        chosen = self.chosen_id()
        active = next((r.id for r in self._records.values() if r.active), None)
        if chosen is not None and chosen != active:
            frameworks.use(chosen)

    # -- removing ---------------------------------------------------------------------------------

    def confirm_remove(self, record: FrameworkRecord) -> bool:
        box = QMessageBox(self)
        box.setObjectName("pref_framework_remove_confirm")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove Framework"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name comes from a file
        box.setText(fill(self.tr("Remove “%1” from this journal?"), record.name))
        box.setInformativeText(
            self.tr(
                "Its criteria go, with your assessments and the entries' links to them; the "
                "entries stay. Edit › Undo brings it all back."
            )
        )
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    def remove_framework(self) -> None:
        """Remove Framework…: the one shown, after a confirmation, at once."""
        chosen = self.chosen_id()
        record = self._records.get(chosen) if chosen is not None else None
        if record is None or not self.confirm_remove(record):
            return
        try:
            self._ctx.journal.frameworks.delete(record.id)
        except (ServiceError, StoreError) as exc:
            self.notice.setText(str(exc))
            return
        self._pending.pop(record.id, None)
        self._shown = None
        self.reload()


__all__ = ["LevelsPage"]
