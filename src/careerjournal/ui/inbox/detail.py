"""The inbox's reading pane: one suggestion, with the evidence it was made from.

Everything shown here came from the user's tools (commit subjects, event titles, file names): it is
set as plain text on labels and list items, never interpreted. Links open only after the user
agrees, and only web and e-mail addresses; a reference such as `git:repo@3f2a9c1` is just shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import Journal
from ...services.inbox_records import CandidateRecord, Suggestions
from ..formatting import kind_label
from ..icons import icon, kind_icon
from ..journal.detail import FlowLayout
from ..journal.model import impact_dots, impact_text
from ..markdown import SAFE_LINK_SCHEMES
from ..view_parts import heading, kind_badge, plain_label, plain_tip, secondary, to_qdate
from .link_panel import LinkPanel
from .words import caption, fill, source_and_origin, source_icon

ICON_SIZE = 18
EVIDENCE_ROWS = 10  # rows the evidence list shows before it scrolls
LINK_ROWS = 5
UrlRole = int(Qt.ItemDataRole.UserRole) + 1


def _rgba(color: QColor) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"


class _FittedList(QListWidget):
    """A read-only list as tall as its rows, up to `most` of them (then it scrolls)."""

    def __init__(self, name: str, most: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self._most = most
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setWordWrap(False)
        self.setIconSize(QSize(16, 16))
        self._row = self.fontMetrics().height() + 8

    def set_lines(self, lines: Sequence[tuple[str, str]], icon_name: str = "") -> None:
        """(text, data) per row; the text is plain, the data kept under UrlRole."""
        self.clear()
        for text, data in lines:
            item = QListWidgetItem(text, self)
            item.setSizeHint(QSize(0, self._row))
            item.setToolTip(plain_tip(data or text))
            item.setData(UrlRole, data)
            if icon_name:
                item.setIcon(icon(icon_name))
        shown = max(1, min(self._most, len(lines)))
        self.setFixedHeight(shown * self._row + 2 * self.frameWidth() + 2)


class CandidateDetail(QWidget):
    """Shows one candidate and what it could count toward; or how many are selected."""

    def __init__(self, journal: Journal, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("inbox_detail")
        self._journal = journal
        self._record: CandidateRecord | None = None
        self._suggestions = Suggestions()
        self._locale = QLocale()
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._stack.addWidget(self._build_empty())
        self._stack.addWidget(self._build_page())
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._built = True
        self._update_style()
        self.show_empty()

    # -- building -----------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        page = QWidget(self._stack)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 0, 24, 0)
        self.empty_label = QLabel(page)
        self.empty_label.setObjectName("inbox_detail_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_hint = QLabel(page)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        secondary(self.empty_hint)
        layout.addStretch(1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.empty_hint)
        layout.addStretch(1)
        return page

    def _build_page(self) -> QWidget:
        self.scroll_area = QScrollArea(self._stack)
        self.scroll_area.setObjectName("inbox_detail_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setBackgroundRole(QPalette.ColorRole.Base)
        content = QWidget(self.scroll_area)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        layout.addLayout(self._build_source_row(content))
        self.title_label = plain_label(content, "inbox_detail_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        layout.addWidget(self._build_meta(content))
        #: Links found by meaning, to confirm; its look-alike line goes under the title.
        self.links = LinkPanel(self._journal, content)
        layout.addWidget(self.links.duplicate)
        self.facts_label = plain_label(content, "inbox_detail_facts")
        layout.addWidget(self.facts_label)
        self.tags_box = QWidget(content)
        self.tags_box.setObjectName("inbox_detail_tags")
        self._tags_layout = FlowLayout(self.tags_box)
        layout.addWidget(self.tags_box)
        self.evidence_heading = heading(self.tr("Evidence"), 1.0)
        self.evidence_list = _FittedList("inbox_evidence", EVIDENCE_ROWS, content)
        self.evidence_list.setAccessibleName(self.tr("Evidence lines"))
        self.links_heading = heading(self.tr("Links"), 1.0)
        self.links_list = _FittedList("inbox_links", LINK_ROWS, content)
        self.links_list.setAccessibleName(self.tr("Links"))
        self.links_list.itemActivated.connect(self._open_link)
        self.toward_heading = heading(self.tr("Could count toward"), 1.0)
        self.skills_label = plain_label(content, "inbox_suggested_skills")
        self.milestones_label = plain_label(content, "inbox_suggested_milestones")
        self.nothing_label = secondary(plain_label(content, "inbox_suggested_nothing"))
        self.nothing_label.setText(self.tr("None of your skills or open milestones, yet."))
        layout.addSpacing(4)
        for widget in (
            self.evidence_heading,
            self.evidence_list,
            self.links_heading,
            self.links_list,
            self.toward_heading,
            self.skills_label,
            self.milestones_label,
            self.nothing_label,
            self.links,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.scroll_area.setWidget(content)
        return self.scroll_area

    def _build_source_row(self, content: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.source_icon_label = QLabel(content)
        self.source_label = secondary(plain_label(content, "inbox_detail_source", wrap=True))
        row.addWidget(self.source_icon_label, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.source_label, 1)
        return row

    def _build_meta(self, content: QWidget) -> QWidget:
        meta = QWidget(content)
        meta.setObjectName("inbox_detail_meta")
        flow = FlowLayout(meta, spacing=16)
        kind_box, self.kind_icon_label, self.kind_label = kind_badge(meta, "inbox_detail_kind")
        self.date_label = plain_label(meta, "inbox_detail_date", wrap=False)
        self.impact_label = plain_label(meta, "inbox_detail_impact", wrap=False)
        for widget in (self.date_label, kind_box, self.impact_label):
            flow.addWidget(widget)
        return meta

    # -- what is shown ------------------------------------------------------------------------

    @property
    def record(self) -> CandidateRecord | None:
        return self._record

    def show_candidate(self, record: CandidateRecord, suggestions: Suggestions) -> None:
        self._record = record
        self._suggestions = suggestions
        self.source_icon_label.setPixmap(
            icon(source_icon(record.source)).pixmap(ICON_SIZE, ICON_SIZE)
        )
        self.source_label.setText(source_and_origin(record))
        self.source_label.setToolTip(plain_tip(record.origin))
        self.title_label.setText(record.title)
        self.date_label.setText(
            self._locale.toString(to_qdate(record.occurred_on), QLocale.FormatType.LongFormat)
        )
        self.kind_icon_label.setPixmap(kind_icon(record.kind).pixmap(ICON_SIZE, ICON_SIZE))
        self.kind_label.setText(kind_label(record.kind))
        self.impact_label.setText(self.tr("Impact %s") % impact_dots(record.impact))
        self.impact_label.setToolTip(impact_text(record.impact))
        self.impact_label.setAccessibleName(impact_text(record.impact))
        self.facts_label.setText(caption(record))
        self._set_tags(record.tags)
        self.evidence_list.set_lines([(line, "") for line in record.evidence])
        self.evidence_heading.setVisible(bool(record.evidence))
        self.evidence_list.setVisible(bool(record.evidence))
        self.links_list.set_lines(
            [(self._link_text(link.url, link.label), link.url) for link in record.links], "link"
        )
        self.links_heading.setVisible(bool(record.links))
        self.links_list.setVisible(bool(record.links))
        self._set_suggestions(suggestions)
        self._stack.setCurrentIndex(1)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.links.show_for(record)

    def show_empty(self, selected: int = 0, *, pending: int = 0) -> None:
        """Nothing selected, or several: say so (and what can be done with several)."""
        self._record = None
        if selected > 1:
            self.empty_label.setText(self.tr("%n suggestions selected", "", selected))
            self.empty_hint.setText(
                self.tr(
                    "Accept makes each one an entry; Merge makes them one entry together; "
                    "Dismiss drops them."
                )
            )
        else:
            self.empty_label.setText(self.tr("Select a suggestion to see its evidence"))
            self.empty_hint.setText(
                self.tr("%n suggestions are waiting.", "", pending) if pending else ""
            )
        self.empty_hint.setVisible(bool(self.empty_hint.text()))
        self._stack.setCurrentIndex(0)
        self.links.show_for(None)

    @staticmethod
    def _link_text(url: str, label: str) -> str:
        label = " ".join(label.split())
        return f"{label} — {url}" if label and label != url else url

    def _set_tags(self, tags: Sequence[str]) -> None:
        while (item := self._tags_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for tag in tags:
            chip = QLabel(tag, self.tags_box)
            chip.setObjectName("inbox_tag_chip")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setStyleSheet(self._chip_style)
            self._tags_layout.addWidget(chip)
            chip.show()
        self.tags_box.setVisible(bool(tags))
        self._tags_layout.invalidate()

    def _set_suggestions(self, suggestions: Suggestions) -> None:
        skills = [
            fill(self.tr("%1 (%2)"), s.name, s.band) if s.band else s.name
            for s in suggestions.skills
        ]
        milestones = [f"{m.goal} › {m.title}" for m in suggestions.milestones]
        self.skills_label.setText(self.tr("Skills: %s") % ", ".join(skills) if skills else "")
        self.milestones_label.setText(
            "\n".join(self.tr("Milestone: %s") % line for line in milestones)
        )
        self.skills_label.setVisible(bool(skills))
        self.milestones_label.setVisible(bool(milestones))
        self.nothing_label.setVisible(not skills and not milestones)

    # -- links --------------------------------------------------------------------------------

    @Slot(QListWidgetItem)
    def _open_link(self, item: QListWidgetItem) -> None:
        url = QUrl(str(item.data(UrlRole) or ""))
        if url.scheme().lower() not in SAFE_LINK_SCHEMES:
            return  # a reference (git:repo@sha), not an address to open
        answer = QMessageBox.question(
            self,
            self.tr("Open link?"),
            self.tr("Open this address outside Career Journal?\n\n%s") % url.toDisplayString(),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            QDesktopServices.openUrl(url)

    # -- style --------------------------------------------------------------------------------

    def _update_style(self) -> None:
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        chip, border = QColor(accent), QColor(accent)
        chip.setAlpha(28)
        border.setAlpha(90)
        self._chip_style = (
            f"QLabel {{ background: {_rgba(chip)}; border: 1px solid {_rgba(border)};"
            " border-radius: 9px; padding: 1px 8px; }"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "_built", False):
            self._update_style()
            if self._record is not None:
                self.show_candidate(self._record, self._suggestions)  # icons follow the palette
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(380, 480)
