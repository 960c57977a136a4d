"""The Skills area's skill history chart: a skill's level over time.

`SkillHistoryChart` draws the level as a step line through the skill's assessments, flat on to
today, a marker per assessment (a diamond when an evidence entry backs it: click it to open the
entry; hover any marker for its date, level, source and note), and the target level dashed.
x is the day number (`date.toordinal()`) on the kit's `DateAxis`. This module imports
pyqtgraph, so import it lazily (when the Skills area is shown).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...domain import AssessmentSource
from ...domain.labels import Form
from ...services.records import AssessmentRecord
from ..charts.legend import Swatch, line_swatch
from ..charts.plots import hover_scatter
from ..charts.series import day_x, step_series, time_range
from ..charts.style import pair_color
from ..formatting import enum_label, format_date
from ..theme import is_dark
from .chart_base import RECORD_SHORTCUT, _TimeChart
from .chart_style import EVIDENCE_COLORS, TARGET_COLORS

MARKER_SIZE = 9.0
EVIDENCE_SIZE = 13.0


class SkillHistoryChart(_TimeChart):
    """A skill's level over time: a step line through its assessments, flat to today.

    x is the day number (`date.toordinal()`), y the level (1..top). Assessments backed by an
    evidence entry are diamonds; clicking one emits `entryActivated` with the entry's id.
    """

    entryActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("skill_history_chart", parent)
        self.graphics.setAccessibleName(self.tr("Level history of the skill"))
        self._history: list[AssessmentRecord] = []
        self._target: int | None = None
        self._series: tuple[list[float], list[float]] = ([], [])

        self.target_line = pg.InfiniteLine(angle=0, movable=False)
        self.curve = pg.PlotDataItem()
        self.markers = hover_scatter("o", MARKER_SIZE, self._tip)
        self.evidence = hover_scatter("d", EVIDENCE_SIZE, self._tip)
        for z, item in enumerate((self.target_line, self.curve, self.markers, self.evidence)):
            item.setZValue(z + 1)
            self.plot.addItem(item, ignoreBounds=True)
        self.target_line.hide()
        self.evidence.sigClicked.connect(self._on_evidence_clicked)
        self.evidence.sigHovered.connect(self._on_evidence_hovered)

        self._built = True
        self._apply_palette()
        self.clear()

    # -- API --------------------------------------------------------------------------------------

    def set_history(
        self,
        history: Sequence[AssessmentRecord],
        level_names: Sequence[str],
        target: int | None,
        today: dt.date,
    ) -> None:
        """Draw a skill's assessments (any order) on a scale with `level_names` (level 1 first),
        its target level (None: no target line), the step line running on to `today`."""
        self._history = sorted(history, key=lambda a: (a.assessed_on, a.id))
        self._target = target
        top = max(1, len(level_names))
        self._set_level_axis(level_names)
        if not self._history:
            self._clear_items()
            self._show_hint(
                self.tr("No assessments yet. Record one with {shortcut}.").format(
                    shortcut=RECORD_SHORTCUT
                )
            )
            return
        points = [(day_x(a.assessed_on), float(a.level)) for a in self._history]
        end = day_x(today)
        self._series = step_series(points, end)
        self.curve.setData(*self._series)
        plain = [i for i, a in enumerate(self._history) if a.evidence_entry_id is None]
        backed = [i for i, a in enumerate(self._history) if a.evidence_entry_id is not None]
        for item, indexes in ((self.markers, plain), (self.evidence, backed)):
            item.setData(
                x=[points[i][0] for i in indexes],
                y=[points[i][1] for i in indexes],
                data=indexes,
            )
        if target is not None:
            self.target_line.setValue(float(target))
        self.target_line.setVisible(target is not None)
        self.view_box.setXRange(*time_range(points[0][0], max(points[-1][0], end)), padding=0)
        self.view_box.setYRange(0.5, top + 0.5, padding=0)
        self._fill_legend()
        self._show_chart()

    def clear(self) -> None:
        """Show nothing (no skill chosen): an empty chart without a hint."""
        self._history = []
        self._target = None
        self._clear_items()
        self._fill_legend()
        self.hint.setText("")
        self._show_chart()

    def series(self) -> tuple[list[float], list[float]]:
        """The step line's vertices: x as day numbers (`date.toordinal()`), y as levels."""
        return list(self._series[0]), list(self._series[1])

    def evidence_points(self) -> list[tuple[dt.date, int, int]]:
        """The evidence markers: (day, level, entry id), oldest first."""
        return [
            (a.assessed_on, a.level, a.evidence_entry_id)
            for a in self._history
            if a.evidence_entry_id is not None
        ]

    def target(self) -> int | None:
        """The target line's level (None when none is drawn)."""
        return self._target if self._history else None

    def explanation(self) -> str:
        return self.tr(
            "Each step is the level from one assessment until the next; diamonds mark "
            "assessments backed by an evidence entry (click one to open it)."
        )

    # -- internals --------------------------------------------------------------------------------

    def _clear_items(self) -> None:
        self._series = ([], [])
        self.curve.setData([], [])
        self.markers.setData(x=[], y=[])
        self.evidence.setData(x=[], y=[])
        self.target_line.hide()

    def _tip(self, x: float, y: float, data: object) -> str:
        if not isinstance(data, int) or not 0 <= data < len(self._history):
            return ""
        a = self._history[data]
        name = self._names[a.level - 1] if 0 < a.level <= len(self._names) else str(a.level)
        source = self._source_label(a.source)
        lines = [f"{format_date(a.assessed_on)} · {name}", source]
        if a.note:
            lines.append(a.note)
        if a.evidence_entry_id is not None:
            lines.append(self.tr("Click to open the evidence entry"))
        return "\n".join(lines)

    def _source_label(self, source: AssessmentSource | str) -> str:
        return enum_label(AssessmentSource(source), Form.LONG)

    def _on_evidence_clicked(self, item: object, points: Sequence[object], event: object) -> None:
        for point in points:
            index = point.data()  # type: ignore[attr-defined]
            if isinstance(index, int) and 0 <= index < len(self._history):
                entry = self._history[index].evidence_entry_id
                if entry is not None:
                    self.entryActivated.emit(entry)
                    return

    def _on_evidence_hovered(self, item: object, points: Sequence[object], event: object) -> None:
        if len(points):
            self.graphics.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        else:
            self.graphics.viewport().unsetCursor()

    def _fill_legend(self) -> None:
        colors = self._colors()
        dark = is_dark(self.palette())
        background = colors["background"]
        entries: list[tuple[Swatch, str]] = [
            (Swatch("o", colors["accent"], background, MARKER_SIZE), self.tr("Assessment")),
            (
                Swatch("d", pair_color(EVIDENCE_COLORS, dark), background, EVIDENCE_SIZE),
                self.tr("With evidence entry"),
            ),
        ]
        if self._target is not None and self._history:
            entries.append(
                (
                    line_swatch(pair_color(TARGET_COLORS, dark), background, dashed=True),
                    self.tr("Target"),
                )
            )
        self.legend.set_entries(entries, colors["text"])

    def _restyle(self, colors: dict[str, QColor]) -> None:
        dark = is_dark(self.palette())
        accent = colors["accent"]
        background = colors["background"]
        self.curve.setPen(pg.mkPen(accent, width=2.2))
        self.markers.setPen(pg.mkPen(background, width=1.2))
        self.markers.setBrush(pg.mkBrush(accent))
        evidence = pair_color(EVIDENCE_COLORS, dark)
        self.evidence.setPen(pg.mkPen(background, width=1.2))
        self.evidence.setBrush(pg.mkBrush(evidence))
        self.target_line.setPen(
            pg.mkPen(pair_color(TARGET_COLORS, dark), width=1.8, style=Qt.PenStyle.DashLine)
        )
        self._fill_legend()


__all__ = ["EVIDENCE_SIZE", "MARKER_SIZE", "SkillHistoryChart"]
