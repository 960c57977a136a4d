"""The reading pane beside the journal table: one entry, laid out to be read.

All of an entry's text is the user's (or an imported file's): labels show it as plain text, the
body goes through `SafeMarkdownView` (no resource is ever loaded), and evidence links open only
through the same confirmation as links in the body. The framework criteria an entry shows (is
linked to as evidence) are listed as plain text too.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QSize, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import EntryRecord, Journal
from ..formatting import format_date
from ..icons import icon, kind_icon
from ..markdown import SafeMarkdownView
from ..view_parts import kind_badge, plain_label, secondary
from .model import impact_dots, impact_text, kind_label

KIND_ICON_SIZE = 18
QUOTE_INDENT = 14  # px per quote level in the body


class FlowLayout(QLayout):
    """Lays widgets out left to right, wrapping onto new lines (for tag chips)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
        m = self.contentsMargins()
        width = sum(h.width() for h in hints) + self._spacing * max(0, len(hints) - 1)
        height = max((h.height() for h in hints), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items (when `move`); returns the height they need at this width."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():  # hidden widgets take no room
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint))
            x += hint.width() + self._spacing
        y = area.y()
        for line in lines:
            height = max((hint.height() for _, hint in line), default=0)
            if move:
                x = area.x()
                for item, hint in line:
                    top = y + (height - hint.height()) // 2  # centred on the line
                    item.setGeometry(QRect(QPoint(x, top), hint))
                    x += hint.width() + self._spacing
            y += height + self._spacing
        used = y - self._spacing if any(lines) else y
        return used - rect.y() + m.bottom()


class _FittedMarkdownView(SafeMarkdownView):
    """The body at the height of its text: the reading pane scrolls as a whole, not the body."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.document().setUndoRedoEnabled(False)  # read-only: keep no history of the reformatting
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def set_markdown(self, text: str) -> None:
        super().set_markdown(text)
        self._narrow_quotes()

    def _narrow_quotes(self) -> None:
        """Quotes indented a little, not Qt's 40 px either side: the pane is narrow, and a
        quoted line of praise should not wrap after every second word."""
        block = self.document().begin()
        cursor = QTextCursor(self.document())
        while block.isValid():
            level = block.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel)
            if level > 0:
                fmt = block.blockFormat()
                fmt.setLeftMargin(QUOTE_INDENT * level)
                fmt.setRightMargin(0)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
            block = block.next()

    @Slot()
    def _fit(self) -> None:
        height = math.ceil(self.document().size().height()) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(height)


class EntryDetail(QWidget):
    """Shows one entry; emits the buttons' requests with the entry id."""

    edit_requested = Signal(int)
    trash_requested = Signal(int)
    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, journal: Journal | None = None):
        super().__init__(parent)
        self.setObjectName("entry_detail")
        self._record: EntryRecord | None = None
        # Where the criteria an entry shows are read; by default the journal of the view
        # holding the pane (the journal and timeline views have their context as `ctx`).
        held = getattr(getattr(parent, "ctx", None), "journal", None)
        self._journal = journal if journal is not None else held
        if not isinstance(self._journal, Journal):
            self._journal = None
        self._locale = QLocale()

        self._built = False
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._stack.addWidget(self._build_empty())
        self._stack.addWidget(self._build_page())

        self._built = True
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._update_style()
        self.show_entry(None)

    # -- building ------------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        """What the pane says while nothing (or several entries) is selected."""
        empty = QWidget(self._stack)
        empty_layout = QVBoxLayout(empty)
        self.empty_label = QLabel(empty)
        self.empty_label.setObjectName("detail_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        secondary(self.empty_label)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        return empty

    def _build_page(self) -> QWidget:
        """One entry: everything but the buttons scrolls as one page."""
        page = QWidget(self._stack)
        page.setObjectName("detail_page")
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(0)
        self.scroll = QScrollArea(page)
        self.scroll.setObjectName("detail_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setBackgroundRole(QPalette.ColorRole.Base)
        content = QWidget(self.scroll)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 16, 18, 8)
        layout.setSpacing(10)

        self.title_label = plain_label(content, "detail_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title_label.setFont(font)
        layout.addWidget(self.title_label)
        layout.addWidget(self._build_meta(content))
        self.trashed_label = plain_label(content, "detail_trashed")
        layout.addWidget(self.trashed_label)
        self.tags_box = QWidget(content)
        self.tags_box.setObjectName("detail_tags")
        self._tags_layout = FlowLayout(self.tags_box)
        layout.addWidget(self.tags_box)
        layout.addWidget(self._build_result(content))
        self.criteria_label = plain_label(content, "detail_criteria")
        layout.addWidget(self.criteria_label)
        self.body = _FittedMarkdownView(content)
        self.body.setObjectName("detail_body")
        layout.addWidget(self.body)
        layout.addWidget(self._build_links(content))
        layout.addStretch(1)
        self._sections = layout
        self.scroll.setWidget(content)
        page_layout.addWidget(self.scroll, 1)
        page_layout.addLayout(self._build_buttons(page))
        return page

    def _build_meta(self, content: QWidget) -> QWidget:
        """Kind, date, impact and role, flowing onto more lines in a narrow pane."""
        meta = QWidget(content)
        meta.setObjectName("detail_meta")
        meta_layout = FlowLayout(meta, spacing=16)
        kind_box, self.kind_icon_label, self.kind_label = kind_badge(meta, "detail_kind")
        self.date_label = plain_label(meta, "detail_date", wrap=False)
        self.impact_label = plain_label(meta, "detail_impact", wrap=False)
        self.role_label = plain_label(meta, "detail_role", wrap=False)
        for widget in (kind_box, self.date_label, self.impact_label, self.role_label):
            meta_layout.addWidget(widget)
        return meta

    def _build_result(self, content: QWidget) -> QFrame:
        self.result_frame = QFrame(content)
        self.result_frame.setObjectName("detail_result")
        result_layout = QVBoxLayout(self.result_frame)
        result_layout.setContentsMargins(10, 6, 10, 6)
        result_layout.setSpacing(2)
        caption = QLabel(self.tr("Measurable result"), self.result_frame)
        caption_font = caption.font()
        caption_font.setPointSizeF(caption_font.pointSizeF() * 0.85)
        caption_font.setBold(True)
        caption.setFont(caption_font)
        self.result_label = plain_label(self.result_frame, "detail_result_text")
        result_layout.addWidget(caption)
        result_layout.addWidget(self.result_label)
        return self.result_frame

    def _build_links(self, content: QWidget) -> QLabel:
        self.links_label = QLabel(content)
        self.links_label.setObjectName("detail_links")
        self.links_label.setTextFormat(Qt.TextFormat.RichText)  # built here, every part escaped
        self.links_label.setWordWrap(True)
        self.links_label.setOpenExternalLinks(False)
        self.links_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.links_label.linkActivated.connect(self._open_link)
        return self.links_label

    def _build_buttons(self, page: QWidget) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.setContentsMargins(18, 8, 18, 12)
        buttons.addStretch(1)
        self.edit_button = QPushButton(self.tr("Edit"), page)
        self.edit_button.setObjectName("detail_edit")
        self.edit_button.setToolTip(self.tr("Edit this entry (Enter)"))
        self.edit_button.clicked.connect(self._edit)
        self.trash_button = QPushButton(self.tr("Move to trash"), page)
        self.trash_button.setObjectName("detail_trash")
        self.trash_button.setToolTip(self.tr("Move this entry to the trash (Delete)"))
        self.trash_button.clicked.connect(self._trash)
        self.restore_button = QPushButton(self.tr("Restore"), page)
        self.restore_button.setObjectName("detail_restore")
        self.restore_button.setToolTip(self.tr("Take this entry out of the trash (Ctrl+R)"))
        self.restore_button.clicked.connect(self._restore)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.trash_button)
        buttons.addWidget(self.restore_button)
        return buttons

    # -- what is shown -------------------------------------------------------------------------

    @property
    def record(self) -> EntryRecord | None:
        return self._record

    def is_empty(self) -> bool:
        return self._record is None

    def add_section(self, widget: QWidget) -> None:
        """Another part of the page, below the entry's own (the journal's related entries)."""
        self._sections.insertWidget(self._sections.count() - 1, widget)  # above the stretch

    def show_entry(self, record: EntryRecord | None) -> None:
        """Show `record`, or the empty state for None."""
        self._record = record
        if record is None:
            self.show_empty()
            return
        self.title_label.setText(record.title)
        self.kind_icon_label.setPixmap(
            kind_icon(record.kind).pixmap(KIND_ICON_SIZE, KIND_ICON_SIZE)
        )
        self.kind_label.setText(kind_label(record.kind))
        self.date_label.setText(
            self._locale.toString(QDate(record.occurred_on), QLocale.FormatType.LongFormat)
        )
        self.impact_label.setText(self.tr("Impact %s") % impact_dots(record.impact))
        self.impact_label.setToolTip(impact_text(record.impact))
        self.impact_label.setAccessibleName(impact_text(record.impact))
        self.role_label.setText(record.role_title)
        self.role_label.setVisible(bool(record.role_title))
        if record.trashed_at is not None:
            self.trashed_label.setText(
                self.tr("In the trash since %s")
                % format_date(record.trashed_at.date(), self._locale)
            )
        self.trashed_label.setVisible(record.trashed)
        self._set_tags(record.tags)
        self.result_label.setText(record.measurable_result)
        self.result_frame.setVisible(bool(record.measurable_result))
        self.body.set_markdown(record.body)
        self.body.setVisible(bool(record.body.strip()))
        self._set_criteria(record)
        self._set_links(record)
        self.edit_button.setVisible(not record.trashed)
        self.trash_button.setVisible(not record.trashed)
        self.restore_button.setVisible(record.trashed)
        self._stack.setCurrentIndex(1)
        self.scroll.verticalScrollBar().setValue(0)

    def show_empty(self, selected: int = 0) -> None:
        """The empty state; with several entries selected it says how many."""
        self._record = None
        if selected > 1:
            self.empty_label.setText(self.tr("%n entries selected", "", selected))
        else:
            self.empty_label.setText(self.tr("Select an entry to read it here"))
        self._stack.setCurrentIndex(0)

    def _set_tags(self, tags: tuple[str, ...]) -> None:
        while (item := self._tags_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # gone now, not only once the event loop deletes it
                widget.deleteLater()
        for tag in tags:
            chip = QLabel(tag, self.tags_box)
            chip.setObjectName("tag_chip")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setStyleSheet(self._chip_style)
            self._tags_layout.addWidget(chip)
            chip.show()  # at once, like the old chips' hiding
        self.tags_box.setVisible(bool(tags))
        self._tags_layout.invalidate()

    def _set_criteria(self, record: EntryRecord) -> None:
        """ "Shows: …": the framework criteria the entry is evidence for."""
        shown = self._journal.rubric.for_entry(record.id) if self._journal is not None else []
        texts = "; ".join(c.text for c in shown)
        self.criteria_label.setText(self.tr("Shows: %1").replace("%1", texts) if shown else "")
        self.criteria_label.setVisible(bool(shown))

    def _set_links(self, record: EntryRecord) -> None:
        if not record.links:
            self.links_label.clear()
            self.links_label.setVisible(False)
            return
        items = "".join(
            f'<li><a href="{html.escape(link.url, quote=True)}">'
            f"{html.escape(link.label or link.url)}</a></li>"
            for link in record.links
        )
        title = html.escape(self.tr("Evidence"))
        self.links_label.setText(
            f'<b>{title}</b><ul style="margin-top:2px; margin-left:-24px">{items}</ul>'
        )
        self.links_label.setVisible(True)

    # -- style ---------------------------------------------------------------------------------

    def _update_style(self) -> None:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        tint = QColor(accent)
        tint.setAlpha(34)
        chip = QColor(accent)
        chip.setAlpha(28)
        border = QColor(accent)
        border.setAlpha(90)
        self._chip_style = (
            f"QLabel {{ background: {_rgba(chip)}; border: 1px solid {_rgba(border)};"
            " border-radius: 9px; padding: 1px 8px; }"
        )
        self.result_frame.setStyleSheet(
            f"QFrame#detail_result {{ background: {_rgba(tint)};"
            f" border-left: 3px solid {accent.name()}; border-radius: 3px; }}"
        )
        self.edit_button.setIcon(icon("edit"))
        self.trash_button.setIcon(icon("trash"))
        self.restore_button.setIcon(icon("restore"))
        for i in range(self._tags_layout.count()):
            item = self._tags_layout.itemAt(i)
            if item is not None and item.widget() is not None:
                item.widget().setStyleSheet(self._chip_style)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self._built:
            self._update_style()
            if self._record is not None:
                self.show_entry(self._record)  # icons follow the palette
        super().changeEvent(event)

    # -- actions -------------------------------------------------------------------------------

    @Slot(str)
    def _open_link(self, url: str) -> None:
        # The body's own link handling: scheme check, the user's confirmation, then the desktop.
        self.body.anchorClicked.emit(QUrl(url))

    @Slot()
    def _edit(self) -> None:
        if self._record is not None:
            self.edit_requested.emit(self._record.id)

    @Slot()
    def _trash(self) -> None:
        if self._record is not None:
            self.trash_requested.emit(self._record.id)

    @Slot()
    def _restore(self) -> None:
        if self._record is not None:
            self.restore_requested.emit(self._record.id)

    def sizeHint(self) -> QSize:
        return QSize(380, 480)


def _rgba(color: QColor) -> str:
    return f"rgba({color.red()}, {color.green()}, {color.blue()}, {color.alpha()})"
