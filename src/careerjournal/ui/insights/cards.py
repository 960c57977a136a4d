"""The Insights dashboard's cards, in plain Qt.

Every card is an `InsightCard`: a rounded panel with a title, its figures, a chart slot, the
one-line explanation (muted) and the advice (hidden when there is none). The cards only show what
`InsightsService` computed; `show_card(data)` fills one. The leaps and momentum cards take their
pyqtgraph chart later (`set_chart`), so this module never imports pyqtgraph. The fragmentation
bars (`AreaBars`) and the cadence calendar (`Heatmap`) are painted here with QPainter.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.labels import Form
from ...reminders import QuietWeekNudge
from ...services.insights import (
    CadenceCard,
    FragmentationCard,
    Insights,
    LatticeCard,
    LeapsCard,
    MomentumCard,
    StageCard,
)
from ..formatting import enum_label, format_date
from ..theme import ColorPair, is_dark
from ..view_parts import secondary
from . import words
from .guidance import guidance
from .heatmap import HEATMAP_LEVELS, HEATMAP_WEEKS, Heatmap, heatmap_colors

#: The warning's frame and icon (amber), for light and dark backgrounds.
WARNING_COLORS = ColorPair("#b07800", "#f4c542")
#: How many areas the fragmentation bars show at most.
TOP_AREAS = 6
DASH = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate("InsightCards", text)


def pair_color(pair: ColorPair, dark: bool) -> QColor:
    return QColor(pair.dark if dark else pair.light)


def plain_label(parent: QWidget, name: str = "", *, wrap: bool = True) -> QLabel:
    """A label for computed or typed text: never read as HTML."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def muted(label: QLabel) -> QLabel:
    """Secondary text, readable (never a disabled label)."""
    return secondary(label)


# --- the card frame ---------------------------------------------------------------------------


class Figure(QWidget):
    """A figure: its value large and bold, its caption small and muted under it."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"figure_{name}")
        self.value = plain_label(self, f"figure_{name}_value", wrap=False)
        font = self.value.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.45)
        self.value.setFont(font)
        self.caption = muted(plain_label(self, f"figure_{name}_caption", wrap=False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        # The card may squeeze a row of figures until it re-flows them onto more rows.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.caption.setText(caption)

    def minimumSizeHint(self) -> QSize:
        return QSize(24, super().minimumSizeHint().height())

    def set_value(self, text: str) -> None:
        self.value.setText(text)

    def text(self) -> str:
        return self.value.text()


class InsightCard(QFrame):
    """A card: title, figures, an optional chart, the explanation and the advice."""

    def __init__(self, key: str, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"insight_{key}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._warning = False

        self.title_label = plain_label(self, "card_title")
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title_label.setFont(font)
        self.title_label.setText(title)

        self.figures = QGridLayout()
        self.figures.setHorizontalSpacing(24)
        self.figures.setVerticalSpacing(8)
        self._figures: list[Figure] = []
        self._figure_columns = 0
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.chart_slot = QVBoxLayout()
        self.chart_slot.setContentsMargins(0, 0, 0, 0)
        self.chart: QWidget | None = None

        self.explanation_label = muted(plain_label(self, "card_explanation"))
        small = self.explanation_label.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.explanation_label.setFont(small)
        self.advice_label = plain_label(self, "card_advice")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addLayout(self.figures)
        layout.addLayout(self.body)
        layout.addLayout(self.chart_slot)
        layout.addWidget(self.advice_label)
        layout.addWidget(self.explanation_label)

    def add_figure(self, name: str, caption: str) -> Figure:
        figure = Figure(name, caption, self)
        self._figures.append(figure)
        return figure

    def finish_figures(self) -> None:
        self._flow_figures()

    def _flow_figures(self) -> None:
        """The figures side by side, wrapping onto more rows when the card is narrow."""
        if not self._figures:
            return
        spacing = self.figures.horizontalSpacing()
        widths = [f.sizeHint().width() + spacing for f in self._figures]
        room = max(1, self.width() - 36 + spacing)
        if sum(widths) <= room:
            columns = len(widths)  # all on one row
        else:
            columns = max(1, min(len(widths), room // max(widths)))
        if columns == self._figure_columns:
            return
        self._figure_columns = columns
        for figure in self._figures:
            self.figures.removeWidget(figure)
        for i, figure in enumerate(self._figures):
            self.figures.addWidget(figure, i // columns, i % columns)
        for c in range(len(self._figures) + 1):
            self.figures.setColumnStretch(c, 0)
        self.figures.setColumnStretch(columns, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._flow_figures()

    def set_chart(self, chart: QWidget) -> None:
        self.chart = chart
        chart.setParent(self)
        self.chart_slot.addWidget(chart)

    def set_texts(self, explanation: str, advice: str = "") -> None:
        self.explanation_label.setText(explanation)
        self.advice_label.setText(advice)
        self.advice_label.setVisible(bool(advice))
        self._figure_columns = 0  # the figures' widths may have changed
        self._flow_figures()

    # -- the warning style -------------------------------------------------------------------

    def set_warning(self, warning: bool) -> None:
        self._warning = warning
        self.update()

    @property
    def warning(self) -> bool:
        return self._warning

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = is_dark(palette)
        width = 2.0 if self._warning else 1.0
        border = (
            pair_color(WARNING_COLORS, dark)
            if self._warning
            else palette.color(QPalette.ColorRole.Mid)
        )
        half = width / 2
        rect = QRectF(self.rect()).adjusted(half, half, -half, -half)
        painter.setPen(QPen(border, width))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 8, 8)
        painter.end()


# --- big leaps vs incremental gains ----------------------------------------------------------


class LeapsView(InsightCard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("leaps", _tr("Big leaps vs incremental gains"), parent)
        self.promotions = self.add_figure("promotions", _tr("promotions"))
        self.micro = self.add_figure("micro_total", _tr("micro-progressions"))
        self.since = self.add_figure("since_promotion", _tr("since the last promotion"))
        self.finish_figures()
        self.comparison_label = plain_label(self, "leaps_comparison")
        self.body.addWidget(self.comparison_label)
        self._data: LeapsCard | None = None

    def show_card(self, card: LeapsCard) -> None:
        self._data = card
        self.promotions.set_value(str(len(card.promotions)))
        self.micro.set_value(str(card.micro_total))
        since = card.days_since_last_promotion
        self.since.set_value(DASH if since is None else self.tr("%n days", "", since))
        comparison = words.leaps_comparison(card)
        self.comparison_label.setText(comparison)
        self.comparison_label.setVisible(bool(comparison))
        self.set_texts(words.leaps_explanation(card), words.leaps_advice(card))
        self._draw()

    def set_chart(self, chart: QWidget) -> None:
        super().set_chart(chart)
        self._draw()

    def _draw(self) -> None:
        if self.chart is not None and self._data is not None:
            self.chart.set_leaps(self._data)  # type: ignore[attr-defined]


# --- momentum --------------------------------------------------------------------------------


class MomentumView(InsightCard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("momentum", _tr("Momentum"), parent)
        self.trend = self.add_figure("trend", _tr("trend"))
        self.average_3 = self.add_figure("average_3", _tr("3-month average impact"))
        self.average_12 = self.add_figure("average_12", _tr("12-month average impact"))
        self.finish_figures()
        self.trend_label = plain_label(self, "momentum_trend")
        self.body.addWidget(self.trend_label)
        self._data: MomentumCard | None = None

    def show_card(self, card: MomentumCard) -> None:
        self._data = card
        self.trend.set_value(words.trend_word(card.trend))
        self.average_3.set_value(words.num(card.average_3))
        self.average_12.set_value(words.num(card.average_12))
        trend = words.trend_text(card)
        self.trend_label.setText(trend)
        self.trend_label.setVisible(bool(trend))
        self.set_texts(words.momentum_explanation(card), words.momentum_advice(card))
        self._draw()

    def set_chart(self, chart: QWidget) -> None:
        super().set_chart(chart)
        self._draw()

    def _draw(self) -> None:
        if self.chart is not None and self._data is not None:
            self.chart.set_momentum(self._data)  # type: ignore[attr-defined]


# --- role fragmentation ----------------------------------------------------------------------


class AreaBars(QWidget):
    """Horizontal bars: an area's name, its bar (length by count) and the count."""

    ROW = 22

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fragmentation_bars")
        self._areas: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_areas(self, areas: Sequence[tuple[str, int]]) -> None:
        self._areas = list(areas)
        self.setFixedHeight(max(0, len(self._areas) * self.ROW))
        self.setVisible(bool(self._areas))
        self.update()

    def areas(self) -> list[tuple[str, int]]:
        return list(self._areas)

    def sizeHint(self) -> QSize:
        return QSize(320, len(self._areas) * self.ROW)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._areas:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        accent = palette.color(QPalette.ColorRole.Highlight)
        metrics = QFontMetrics(self.font())
        name_w = min(
            max(metrics.horizontalAdvance(name) for name, _ in self._areas) + 8,
            max(60, self.width() // 3),
        )
        count_w = metrics.horizontalAdvance(str(max(c for _, c in self._areas))) + 10
        room = max(10, self.width() - name_w - count_w)
        top = max(c for _, c in self._areas) or 1
        for i, (name, count) in enumerate(self._areas):
            y = i * self.ROW
            painter.setPen(text)
            shown = metrics.elidedText(name, Qt.TextElideMode.ElideRight, name_w - 8)
            painter.drawText(
                QRectF(0, y, name_w - 8, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                shown,
            )
            length = max(2.0, room * count / top)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent)
            painter.drawRoundedRect(QRectF(name_w, y + 4, length, self.ROW - 8), 3, 3)
            painter.setPen(text)
            painter.drawText(
                QRectF(name_w + length + 6, y, count_w, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(count),
            )
        painter.end()


class FragmentationView(InsightCard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("fragmentation", _tr("Role fragmentation"), parent)
        self.entropy = self.add_figure("entropy", _tr("spread (0 focused, 1 even)"))
        self.entries = self.add_figure("entries", _tr("micro-progressions, 12 months"))
        self.recognised = self.add_figure("recognised", _tr("formally recognised"))
        self.finish_figures()

        self.warning_box = QWidget(self)
        self.warning_box.setObjectName("fragmentation_warning")
        self.warning_icon = QLabel(self.warning_box)
        self.warning_text = plain_label(self.warning_box, "fragmentation_warning_text")
        self.warning_text.setText(
            _tr("Spread over many areas with no formal recognition: the work may go unseen.")
        )
        bold = self.warning_text.font()
        bold.setBold(True)
        self.warning_text.setFont(bold)
        row = QHBoxLayout(self.warning_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.warning_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.warning_text, 1)
        self.body.addWidget(self.warning_box)

        self.bars = AreaBars(self)
        self.body.addWidget(self.bars)
        self.empty_label = muted(plain_label(self, "fragmentation_empty"))
        self.empty_label.setText(_tr("No micro-progressions in the last 12 months."))
        self.body.addWidget(self.empty_label)
        self._restyle()

    def show_card(self, card: FragmentationCard) -> None:
        self.entropy.set_value(words.num(card.entropy, 2))
        self.entries.set_value(str(card.entries))
        self.recognised.set_value(_tr("Yes") if card.recognised else _tr("No"))
        self.bars.set_areas([(words.area_name(a), a.count) for a in card.areas[:TOP_AREAS]])
        self.empty_label.setVisible(not card.areas)
        self.warning_box.setVisible(card.warning)
        self.set_warning(card.warning)
        self.set_texts(words.fragmentation_explanation(card), words.fragmentation_advice(card))

    def _restyle(self) -> None:
        dark = is_dark(self.palette())
        color = pair_color(WARNING_COLORS, dark)
        size = self.fontMetrics().height()
        pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size)
        self.warning_icon.setPixmap(pixmap)
        palette = self.warning_text.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        self.warning_text.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "warning_text"):
            self._restyle()


# --- lattice ---------------------------------------------------------------------------------


class LatticeView(InsightCard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("lattice", _tr("Lattice"), parent)
        self.lateral = self.add_figure("lateral", _tr("lateral moves"))
        self.diagonal = self.add_figure("diagonal", _tr("diagonal moves"))
        self.promotions = self.add_figure("promotion_roles", _tr("promotions"))
        self.employers = self.add_figure("new_employer", _tr("new employers"))
        self.finish_figures()
        self.moves_box = QWidget(self)
        self.moves_box.setObjectName("lattice_moves")
        self.moves_grid = QGridLayout(self.moves_box)
        self.moves_grid.setContentsMargins(0, 0, 0, 0)
        self.moves_grid.setHorizontalSpacing(12)
        self.moves_grid.setVerticalSpacing(4)
        self.body.addWidget(self.moves_box)
        self.empty_label = muted(plain_label(self, "lattice_empty"))
        self.empty_label.setText(_tr("No lateral or diagonal moves yet."))
        self.body.addWidget(self.empty_label)
        self.functions_label = plain_label(self, "lattice_functions")
        self.body.addWidget(self.functions_label)
        self._rows: list[tuple[str, str, str, str]] = []

    def show_card(self, card: LatticeCard) -> None:
        self.lateral.set_value(str(card.lateral_count))
        self.diagonal.set_value(str(card.diagonal_count))
        self.promotions.set_value(str(card.promotion_count))
        self.employers.set_value(str(card.new_employer_count))
        while self.moves_grid.count():
            item = self.moves_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self._rows = []
        header_font = self.font()
        header_font.setBold(True)
        if card.moves:
            for col, text in enumerate((_tr("Date"), _tr("Move"), _tr("Role"), _tr("Function"))):
                header = muted(plain_label(self.moves_box, wrap=False))
                header.setText(text)
                self.moves_grid.addWidget(header, 0, col)
        for row, move in enumerate(card.moves, start=1):
            function = move.function or DASH
            if move.from_function and move.from_function != move.function:
                function = f"{move.from_function} → {function}"
            kind = enum_label(move.kind, Form.SHORT)
            if move.promotion:
                kind = _tr("%s, a promotion") % kind
            cells = (format_date(move.day), kind, move.title, function)
            self._rows.append(cells)
            for col, text in enumerate(cells):
                label = plain_label(self.moves_box, wrap=col >= 2)
                label.setText(text)
                self.moves_grid.addWidget(label, row, col, Qt.AlignmentFlag.AlignTop)
        self.moves_grid.setColumnStretch(2, 1)
        self.moves_grid.setColumnStretch(3, 1)
        self.moves_box.setVisible(bool(card.moves))
        self.empty_label.setVisible(not card.moves)
        if card.functions:
            self.functions_label.setText(
                _tr("Functions worked in: %s") % " → ".join(card.functions)
            )
        else:
            self.functions_label.setText(_tr("Functions worked in: none recorded yet."))
        self.set_texts(words.lattice_explanation(card), words.lattice_advice(card))

    def move_rows(self) -> list[tuple[str, str, str, str]]:
        """The moves as shown: (date, kind, title, function)."""
        return list(self._rows)


# --- cadence ---------------------------------------------------------------------------------


class CadenceView(InsightCard):
    """Cadence facts, heatmap, and the quiet-week line the area answers `card_shown` with."""

    card_shown = Signal(object)  # the CadenceCard just shown

    def __init__(self, parent: QWidget | None = None):
        super().__init__("cadence", _tr("Cadence"), parent)
        self.current = self.add_figure("current_streak", _tr("current streak"))
        self.longest = self.add_figure("longest_streak", _tr("longest streak"))
        self.share = self.add_figure("share_52", _tr("weeks active, last 52"))
        self.feedback = self.add_figure("since_feedback", _tr("since feedback was sought"))
        self.recognition = self.add_figure("since_recognition", _tr("since recognition"))
        self.finish_figures()
        self.quiet_label = plain_label(self, "cadence_quiet_week")
        self.quiet_note = muted(plain_label(self, "cadence_quiet_week_note"))
        self.quiet_note.setFont(self.explanation_label.font())
        self.quiet_note.setText(words.quiet_week_explanation())
        self.body.addWidget(self.quiet_label)
        self.body.addWidget(self.quiet_note)
        self.heatmap = Heatmap(self)
        self.body.addWidget(self.heatmap)
        self.card: CadenceCard | None = None
        self.show_quiet_week(None)

    def show_card(self, card: CadenceCard) -> None:
        self.card = card
        self.current.set_value(self.tr("%n weeks", "", card.current_streak))
        self.longest.set_value(self.tr("%n weeks", "", card.longest_streak))
        self.share.set_value(f"{card.weeks_active_last_52}/52 ({round(100 * card.share_last_52)}%)")
        self.feedback.set_value(self._days(card.days_since_feedback))
        self.recognition.set_value(self._days(card.days_since_recognition))
        self.heatmap.set_days(card.heatmap, card.week_start)
        self.set_texts(words.cadence_explanation(card), words.cadence_advice(card))
        self.card_shown.emit(card)

    def show_quiet_week(self, nudge: QuietWeekNudge | None) -> None:
        """The quiet-week line and its note; nothing (None) when last week is not quiet."""
        self.quiet_label.setText("" if nudge is None else words.quiet_week_words(nudge))
        self.quiet_label.setVisible(nudge is not None)
        self.quiet_note.setVisible(nudge is not None)

    def _days(self, n: int | None) -> str:
        return DASH if n is None else self.tr("%n days", "", n)


# --- career stage ----------------------------------------------------------------------------


class StageView(InsightCard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("stage", _tr("Career stage"), parent)
        self.stage = self.add_figure("stage", _tr("stage"))
        self.years = self.add_figure("years", _tr("since the career start"))
        self.finish_figures()
        self.source_label = muted(plain_label(self, "stage_source"))
        self.guidance_label = plain_label(self, "stage_guidance")
        self.body.addWidget(self.source_label)
        self.body.addWidget(self.guidance_label)

    def show_card(self, card: StageCard, insights: Insights | None = None) -> None:
        """Show the stage; its guidance cites the other cards, so it needs all of `insights`."""
        word = words.stage_name(card.stage)
        if card.overridden:
            word += " " + _tr("(set by you)")
        self.stage.set_value(word)
        years = None if card.years is None else words.num(card.years)
        self.years.set_value(DASH if years is None else _tr("%1 years").replace("%1", years))
        if card.career_start is not None:
            self.source_label.setText(
                _tr("Career start %1, %2.")
                .replace("%1", format_date(card.career_start))
                .replace("%2", words.start_source(card.career_start_source))
            )
        else:
            self.source_label.setText(
                _tr("No career start yet: set it in your profile, or add a role or an entry.")
            )
        points = guidance(insights) if insights is not None else ()
        self.guidance_label.setText("\n".join(f"• {point}" for point in points))
        self.guidance_label.setVisible(bool(points))
        self.set_texts(words.stage_explanation(card))


__all__ = [
    "HEATMAP_LEVELS",
    "HEATMAP_WEEKS",
    "AreaBars",
    "CadenceView",
    "FragmentationView",
    "Heatmap",
    "InsightCard",
    "LatticeView",
    "LeapsView",
    "MomentumView",
    "StageView",
    "heatmap_colors",
]
