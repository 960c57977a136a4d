"""The appraisal summary laid out with Qt: for print preview, printing and PDF files.

`build_document` turns a summary into a `QTextDocument` (Qt's rich-text flavour of the HTML
document, with the SVG charts rendered to images at twice the resolution) laid out in pages of
the chosen size; the GUI shows it as a live preview. `print_document` paints such a document on
any paged device (a `QPrinter` from the print dialog or preview, or a `QPdfWriter`): it keeps
headings with what follows them, and draws a footer with the page number on every page.
`write_pdf` does both for a file.

Layout happens in CSS pixels at `dpi` (96); painting scales to the device, so the printed page
has the same line breaks as the preview. Only QtGui and QtSvg are used (no widgets), so this
also runs without a display; a `QPrinter` is just another paged device here.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, QSize, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)
from PySide6.QtSvg import QSvgRenderer

from ..services.summary import Summary
from .html import render_body
from .markdown import APP_NAME, document_title, period_dates

Progress = Callable[[int, int], None]

MARGIN_MM = 18.0
PDF_RESOLUTION = 300
CHART_SCALE = 2.0  # chart images have twice the pixels they take up: sharp on paper
FOOTER_HEIGHT = 30.0  # CSS pixels below the text of each page
HEADING_ZONE = 0.15  # a heading starting in the last 15% of a page moves to the next
KEEP_WHOLE = 0.3  # the block after a heading stays with it whole if at most this of a page
KEEP_CHART = 0.6  # ... and so does a chart close after it, if they take at most this of a page
CHART_LOOKAHEAD = 8  # blocks
LOOK_BACK = 12  # blocks before a new break that pagination checks again
KEEP_LINES = 8  # a paragraph or list item of at most this many lines is never split by a page
TAIL_LINES = 3  # a caption or closing note of at most this many lines never starts a page alone
KEEP_BACK = 0.3  # what moves along with such a tail takes at most this share of a page
BULLET_GAP = "\u2002"  # an en space between a list's bullet and its text
MAX_ROUNDS = 200
KEEP_BUDGET = 1200  # pages laid out again for the keep-together rules (see `paginate`)

# QObject properties carried by a built document.
FOOTER_PROPERTY = "careerjournalFooter"
WIDTH_PROPERTY = "careerjournalLayoutWidth"
# Block format properties marking the page breaks pagination added (so it can undo them):
# before a heading, and before a block kept with what follows it.
KEEP_BREAK = QTextFormat.Property.UserProperty + 71
KEEP_TOGETHER = QTextFormat.Property.UserProperty + 72

#: Territories that use US Letter paper (CLDR); everyone else uses A4.
LETTER_TERRITORIES: frozenset[QLocale.Country] = frozenset(
    {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Belize,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.PuertoRico,
        QLocale.Country.Venezuela,
    }
)

SERIF = "Georgia, Cambria, 'Times New Roman', 'Noto Serif', 'DejaVu Serif', serif"
SANS = ["Segoe UI", "Helvetica Neue", "Helvetica", "Arial", "Noto Sans", "DejaVu Sans"]
INK = "#1f2328"
MUTED = "#5b616b"

#: The style sheet of the rich-text variant (the subset of CSS `QTextDocument` understands).
RICH_TEXT_CSS = f"""
h1 {{ font-family: {SERIF}; font-size: 21pt; font-weight: 600; color: #1b2a41;
  margin-top: 0px; margin-bottom: 4px; }}
h2 {{ font-family: {SERIF}; font-size: 15pt; font-weight: 600; color: #1b2a41;
  margin-top: 20px; margin-bottom: 6px; }}
h3 {{ font-size: 11pt; font-weight: 600; color: {INK}; margin-top: 12px; margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 6px; }}
li {{ margin-bottom: 5px; }}
ul {{ margin-top: 0px; margin-bottom: 6px; }}
.period {{ font-size: 11pt; margin-bottom: 2px; }}
.caption {{ color: {MUTED}; font-size: 8.5pt; }}
.figcaption {{ color: {MUTED}; font-size: 8pt; margin-bottom: 12px; }}
.chart {{ margin-top: 6px; margin-bottom: 2px; }}
.role {{ margin-bottom: 6px; }}
.role-title {{ font-size: 13pt; font-weight: 600; }}
.label {{ font-weight: 600; margin-top: 6px; margin-bottom: 2px; }}
.date {{ color: {MUTED}; font-size: 8.5pt; }}
.excerpt {{ color: #3d434b; font-size: 9pt; }}
.tags {{ color: {MUTED}; font-size: 8pt; }}
.change {{ color: #0072b2; font-weight: 600; }}
.progress {{ margin-top: 2px; margin-bottom: 2px; }}
.figure {{ font-size: 17pt; font-weight: 600; color: #1b2a41; }}
.name {{ font-weight: 600; font-size: 9pt; }}
table.skills {{ margin-bottom: 8px; border-collapse: collapse; }}
table.skills th {{ color: {MUTED}; font-size: 8pt; font-weight: 600; text-align: left;
  border-bottom: 1px solid #c5cad1; }}
table.skills td {{ border-bottom: 1px solid #e6e9ed; }}
table.figures {{ margin-top: 4px; margin-bottom: 10px; border-collapse: collapse; }}
table.figures td {{ border: 1px solid #dde1e6; text-align: center; vertical-align: top; }}
table.quote {{ margin-bottom: 10px; }}
td.quote-body {{ background-color: #f4f6f8; padding: 8px 12px 8px 12px; }}
.quote-text {{ font-family: {SERIF}; font-style: italic; font-size: 10.5pt; margin-bottom: 3px; }}
.quote-title {{ font-size: 10pt; margin-bottom: 3px; }}
.source {{ color: {MUTED}; font-size: 8.5pt; margin-bottom: 0px; }}
.empty {{ font-size: 11pt; margin-top: 18px; }}
.generated {{ color: {MUTED}; font-size: 8pt; margin-top: 24px; }}
"""


def default_page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter in the territories that use it (the US, Canada, Mexico, …), A4 elsewhere."""
    territory = (locale if locale is not None else QLocale()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def page_layout(page_size: QPageSize) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(
        page_size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
    )


def body_size(page_size: QPageSize, dpi: int = 96) -> QSizeF:
    """The text area of a page at `dpi`: inside the margins, above the footer."""
    rect = page_layout(page_size).paintRectPixels(dpi)
    return QSizeF(rect.width(), snap(rect.height() - FOOTER_HEIGHT))


def snap(height: float) -> float:
    """A page height Qt's text layout can hold exactly (it counts in 1/64 pixel).

    Otherwise its page boundaries drift from ours by a fraction of a pixel per page, and a line
    it moved to the top of page N starts a hair inside page N-1: drawn (clipped) at the foot of
    that page too, and found twice by a text search of the PDF.
    """
    return math.floor(height * 64) / 64


def chart_image(svg: str, scale: float = CHART_SCALE) -> QImage:
    """An SVG drawing rendered to a white image, `scale` times its size in pixels."""
    renderer = QSvgRenderer(svg.encode("utf-8"))
    size = renderer.defaultSize()
    image = QImage(
        round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32
    )
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def build_document(
    summary: Summary, *, page_size: QPageSize | None = None, dpi: int = 96
) -> QTextDocument:
    """The summary as a paginated rich-text document with its charts as image resources."""
    body = body_size(page_size or default_page_size(), dpi)
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(RICH_TEXT_CSS)
    width = int(body.width())

    def chart(name: str, svg: str) -> str:
        image = chart_image(svg)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
        w, h = round(image.width() / CHART_SCALE), round(image.height() / CHART_SCALE)
        return f'<img src="chart:{name}" width="{w}" height="{h}">'

    html = render_body(summary, chart=chart, chart_width=width - 2, rich_text=True)
    document.setHtml(html)
    space_bullets(document)
    title = document_title(summary)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setProperty(
        FOOTER_PROPERTY, f"{title} · {summary.period_label} ({period_dates(summary)})"
    )
    document.setProperty(WIDTH_PROPERTY, float(body.width()))
    document.setPageSize(body)
    paginate(document)
    return document


# --- pagination -----------------------------------------------------------------------------------


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def _has_content(block: QTextBlock) -> bool:
    return bool(block.text().strip())


def _span(document: QTextDocument, block: QTextBlock) -> tuple[float, float, float]:
    """Where a block's lines are: top of the first, bottom of the first, bottom of the last.

    Lines pushed to the next page keep their block's position and carry the offset themselves,
    so this reads the lines rather than the block's bounding rectangle.
    """
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return top, top, top
    first = layout.lineAt(0).rect()
    last = layout.lineAt(layout.lineCount() - 1).rect()
    return top + first.top(), top + first.bottom(), top + last.bottom()


def _page_of(y: float, page_h: float) -> int:
    return int(max(y, 0.0) // page_h)


class _Spans(dict[int, tuple[float, float, float]]):
    """`_span` of `blocks[i]`, worked out when first asked for (pagination looks at few)."""

    def __init__(self, document: QTextDocument, blocks: list[QTextBlock]) -> None:
        super().__init__()
        self.document = document
        self.blocks = blocks

    def __missing__(self, index: int) -> tuple[float, float, float]:
        span = self[index] = _span(self.document, self.blocks[index])
        return span


def _first_index(blocks: list[QTextBlock], since: int) -> int:
    """The index to start checking from: a few blocks before the first at `since` or later
    (rules look back at the blocks before one)."""
    index = bisect.bisect_left([b.position() for b in blocks], since)
    return max(0, index - LOOK_BACK)


def stranded_headings(
    document: QTextDocument,
    since: int = 0,
    content: list[QTextBlock] | None = None,
    *,
    first: bool = False,
) -> list[QTextBlock]:
    """Headings that end a page: in its last 15%, or with the next block on a later page.

    The next block must stay with the heading whole when it is short (at most 30% of a page),
    else its first line must. Headings right after one another (a section's heading and its
    first subheading) move as one: for a stranded heading this gives the first heading of its
    run, and a run already first on its page is never stranded. Blocks well before the document
    position `since` are taken as settled.
    """
    page_h = document.pageSize().height()
    if page_h <= 0:
        return []
    blocks = content if content is not None else _content_blocks(document)
    spans = _Spans(document, blocks)
    stranded: dict[int, QTextBlock] = {}
    for i in range(_first_index(blocks, since), len(blocks)):
        block = blocks[i]
        if block.blockFormat().headingLevel() <= 0:
            continue
        start = _run_start(blocks, i)
        if start == 0:
            continue
        if _page_of(spans[start - 1][2] - 0.5, page_h) < _page_of(spans[start][0], page_h):
            continue  # its run of headings is first on its page: moving it would not help
        top = spans[i][0]
        page = _page_of(top, page_h)
        in_zone = top - page * page_h > page_h * (1 - HEADING_ZONE)
        spills = False
        if i + 1 < len(blocks):
            next_top, first_bottom, last_bottom = spans[i + 1]
            keep = last_bottom if last_bottom - next_top <= page_h * KEEP_WHOLE else first_bottom
            chart = _chart_after(blocks, i)
            if chart is not None and spans[chart][2] - top <= page_h * KEEP_CHART:
                keep = spans[chart][2]  # a heading, its few lines and their chart: together
            spills = _page_of(keep - 0.5, page_h) > page
        if in_zone or spills:
            stranded.setdefault(start, blocks[start])
            if first:
                break  # the layout further down need not be worked out
    return list(stranded.values())


def _run_start(blocks: list[QTextBlock], heading: int) -> int:
    """The index of the first of the headings that directly precede `heading` (or of itself).

    A page break before a later heading of such a run would leave the earlier ones alone at the
    end of the page; moving them too (in a later round) would then push that later heading, with
    its own break, onto yet another page, leaving a page with nothing but a heading.
    """
    start = heading
    while start > 0 and blocks[start - 1].blockFormat().headingLevel() > 0:
        start -= 1
    return start


def _chart_after(blocks: list[QTextBlock], heading: int) -> int | None:
    """The index of a chart (an image block) close after a heading, before the next heading."""
    for j in range(heading + 1, min(heading + 1 + CHART_LOOKAHEAD, len(blocks))):
        if blocks[j].blockFormat().headingLevel() > 0:
            return None
        if "\ufffc" in blocks[j].text():
            return j
    return None


def space_bullets(document: QTextDocument) -> None:
    """Put an en space between each bullet and its text (Qt draws them nearly touching).

    The space starts the item's first line and a negative first-line indent of its width keeps
    the text where it was, in line with the item's wrapped lines; the bullet moves left.
    """
    bullets = {
        QTextListFormat.Style.ListDisc,
        QTextListFormat.Style.ListCircle,
        QTextListFormat.Style.ListSquare,
    }
    for block in list(_blocks(document)):
        items = block.textList()
        if items is None or items.format().style() not in bullets or not block.text():
            continue
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        fmt = cursor.charFormat()  # the first character's: a bold title gives a bold space
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.insertText(BULLET_GAP, fmt)
        block_format = block.blockFormat()
        advance = QFontMetricsF(fmt.font()).horizontalAdvance(BULLET_GAP)
        block_format.setTextIndent(block_format.textIndent() - advance)
        cursor.setBlockFormat(block_format)


def _lines(block: QTextBlock) -> int:
    layout = block.layout()
    return layout.lineCount() if layout is not None else 0


def _in_table(block: QTextBlock) -> bool:
    return QTextCursor(block).currentTable() is not None


def _is_chart(block: QTextBlock) -> bool:
    return "\ufffc" in block.text()


def kept_blocks(
    document: QTextDocument,
    since: int = 0,
    free: list[QTextBlock] | None = None,
    *,
    first: bool = False,
) -> list[tuple[QTextBlock, list[QTextBlock]]]:
    """Blocks to move to the next page so that no short text is cut off from its kin.

    - a short paragraph or list item (an entry with its date line) split across two pages;
    - a short last list item, or a section's short closing note, alone at the top of a page:
      the block before it comes along;
    - a chart's caption at the top of a page: the chart comes along.

    Gives the block to break before (with the run of headings right before it, if any), and
    the blocks after it whose own kept-together breaks that break makes obsolete (an orphan
    moved earlier, now that what came before it follows it). `free`: the blocks with text
    outside tables, when the caller has them.
    """
    page_h = document.pageSize().height()
    if page_h <= 0:
        return []
    if free is None:
        free = [b for b in _content_blocks(document) if not _in_table(b)]
    blocks = free
    spans = _Spans(document, blocks)
    found: list[tuple[QTextBlock, list[QTextBlock]]] = []

    def target(index: int, upto: int) -> None:
        start = index
        if index > 0 and blocks[index - 1].blockFormat().headingLevel() > 0:
            start = _run_start(blocks, index - 1)
        if start == 0:
            return
        if _page_of(spans[start - 1][2] - 0.5, page_h) < _page_of(spans[start][0], page_h):
            return  # already first on its page: moving it would not help
        found.append((blocks[start], blocks[start + 1 : upto + 1]))

    for i in range(_first_index(blocks, since), len(blocks)):
        block = blocks[i]
        if block.blockFormat().headingLevel() > 0:
            continue
        top, _, bottom = spans[i]
        lines = _lines(block)
        if 1 < lines <= KEEP_LINES and _page_of(top, page_h) < _page_of(bottom - 0.5, page_h):
            target(i, i)
            if first and found:
                break
            continue
        if i == 0 or lines > KEEP_LINES:
            continue
        previous = blocks[i - 1]
        if previous.blockFormat().headingLevel() > 0:
            continue  # the heading rule keeps headings with what follows
        if _page_of(spans[i - 1][2] - 0.5, page_h) >= _page_of(top, page_h):
            continue  # not at the top of a page
        if spans[i - 1][2] - spans[i - 1][0] > page_h * KEEP_BACK:
            continue
        same_list = block.textList() is not None and block.textList() == previous.textList()
        last_item = same_list and (
            i + 1 == len(blocks) or blocks[i + 1].textList() != block.textList()
        )
        closing = i + 1 == len(blocks) or blocks[i + 1].blockFormat().headingLevel() > 0
        short = lines <= TAIL_LINES
        if (
            last_item
            or (short and _is_chart(previous))
            or (short and closing and block.textList() is None)
        ):
            target(i - 1, i)
            if first and found:
                break
    return found


def heading_breaks(document: QTextDocument) -> list[int]:
    """Block numbers of the headings pagination moved to the top of a new page."""
    return [b.blockNumber() for b in _blocks(document) if b.blockFormat().hasProperty(KEEP_BREAK)]


def paginate(document: QTextDocument) -> int:
    """Keep headings with what follows them, at the document's page size; the page count.

    Undoes the breaks of an earlier run first, so it can run again after a page size change.
    Each break lays out again what follows it: once that has cost `KEEP_BUDGET` pages (a
    report of hundreds of pages), only headings are still kept with what follows them.
    """
    clear_heading_breaks(document)
    budget = KEEP_BUDGET
    content = _content_blocks(document)  # the text stays; only block formats change
    free = [b for b in content if not _in_table(b)]
    since = 0  # the blocks before it are settled: breaks only move what comes after them
    added: list[QTextBlock] = []
    for _ in range(MAX_ROUNDS):
        # The first problem from the top: a break moves everything after it, so problems
        # further down may be gone (or new) once it is in.
        stranded = stranded_headings(document, since, content, first=True)
        problems = [(b.position(), KEEP_BREAK, b) for b in stranded]
        if budget > 0:
            kept = kept_blocks(document, since, free, first=True)
            problems += [(b.position(), KEEP_TOGETHER, b) for b, _ in kept]
        if not problems:
            break
        position, kind, block = min(problems, key=lambda p: p[0])
        page_h = document.pageSize().height()
        top = document.documentLayout().blockBoundingRect(block).top()
        budget -= document.pageCount() - _page_of(top, page_h)
        cursor = QTextCursor(block)
        cursor.beginEditBlock()  # one layout for the round's changes, not one each
        for later in [b for b in added if b.position() > position]:
            _clear_break(later, KEEP_BREAK, cursor)  # placed for a layout this break changes
            added.remove(later)
        added.append(block)
        since = position
        fmt = QTextBlockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        fmt.setProperty(kind, True)
        cursor.setPosition(position)
        cursor.mergeBlockFormat(fmt)
        _relayout(document, position)
        cursor.endEditBlock()
    return document.pageCount()


def clear_heading_breaks(document: QTextDocument) -> None:
    """Take out the page breaks `paginate` put in (before headings and kept blocks)."""
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one layout for all the changes, not one each
    for block in _blocks(document):
        _clear_break(block, KEEP_BREAK, cursor)
    cursor.endEditBlock()
    _relayout(document)


def _clear_break(
    block: QTextBlock, also: int = KEEP_TOGETHER, cursor: QTextCursor | None = None
) -> None:
    fmt = block.blockFormat()
    if fmt.hasProperty(also) or fmt.hasProperty(KEEP_TOGETHER):
        fmt.clearProperty(also)
        fmt.clearProperty(KEEP_TOGETHER)
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
        cursor = cursor if cursor is not None else QTextCursor(block)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)


def _relayout(document: QTextDocument, since: int = 0) -> None:
    # Qt's incremental relayout after a block format change can leave the blocks after a table
    # without lines (not drawn, no size): lay the document out again from the change on (what
    # comes before it keeps its place).
    document.markContentsDirty(since, document.characterCount() - since)


def _content_blocks(document: QTextDocument) -> list[QTextBlock]:
    return [b for b in _blocks(document) if _has_content(b)]


# --- painting -------------------------------------------------------------------------------------


def print_document(
    document: QTextDocument, device: QPagedPaintDevice, progress: Progress | None = None
) -> int:
    """Paint `document` page by page on a printer or PDF writer; the number of pages.

    The document is laid out at the width it was built for and scaled to the device's printable
    width; the page height follows the device's page. `progress(page, pages)` after each page.
    """
    dpi = device.logicalDpiX()
    pages = _Pages(document, device.pageLayout().paintRectPixels(dpi).size())
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("Could not start printing")
    try:
        for index in range(pages.count):
            if index and not device.newPage():
                raise OSError("Could not start a new page")
            pages.paint(painter, index)
            if progress is not None:
                progress(index + 1, pages.count)
    finally:
        painter.end()
    return pages.count


def page_images(
    document: QTextDocument, page_size: QPageSize | None = None, dpi: int = 96
) -> list[QImage]:
    """The pages as `print_document` paints them, as images of whole pages at `dpi`."""
    layout = page_layout(page_size or default_page_size())
    full = layout.fullRectPixels(dpi)
    paint_rect = layout.paintRectPixels(dpi)
    pages = _Pages(document, paint_rect.size())
    images = []
    for index in range(pages.count):
        image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(dpi / 0.0254))
        image.setDotsPerMeterY(round(dpi / 0.0254))
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.translate(paint_rect.topLeft())
        pages.paint(painter, index)
        painter.end()
        images.append(image)
    return images


class _Pages:
    """A copy of a document paginated for a printable area (in device pixels)."""

    def __init__(self, document: QTextDocument, area: QSize) -> None:
        width = float(document.property(WIDTH_PROPERTY) or 0) or document.pageSize().width()
        if width <= 0:
            width = float(area.width())
        self.scale = area.width() / width
        self.size = QSizeF(width, snap(area.height() / self.scale - FOOTER_HEIGHT))
        self.footer = str(
            document.property(FOOTER_PROPERTY)
            or document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)
        )
        self.doc = document.clone()  # with the breaks pagination put in
        if document.pageSize() == self.size:
            self.count = self.doc.pageCount()  # laid out for this page already
        else:
            self.doc.setPageSize(self.size)
            self.count = paginate(self.doc)

    def paint(self, painter: QPainter, index: int) -> None:
        height = self.size.height()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(self.scale, self.scale)
        painter.save()
        painter.translate(0, -index * height)
        clip = QRectF(0, index * height, self.size.width(), height)
        painter.setClipRect(clip)
        # Paper is white whatever the app's theme: unstyled text is ink, not the palette's text.
        context = QAbstractTextDocumentLayout.PaintContext()
        # Lines are drawn whole when they touch the clip: a hair inside it, so a line that
        # starts the next page is not drawn (clipped) at the foot of this one too.
        context.clip = clip.adjusted(0, 0.5, 0, -0.5)
        context.palette.setColor(QPalette.ColorRole.Text, QColor(INK))
        self.doc.documentLayout().draw(painter, context)
        painter.restore()
        _draw_footer(painter, self.size, self.footer, index + 1, self.count)
        painter.restore()


def _draw_footer(painter: QPainter, page: QSizeF, text: str, number: int, pages: int) -> None:
    font = QFont()
    font.setFamilies(SANS)
    font.setPixelSize(11)
    painter.setFont(font)
    top = page.height() + 10
    painter.setPen(QPen(QColor("#c5cad1"), 0.75))
    painter.drawLine(0, round(top), round(page.width()), round(top))
    painter.setPen(QColor(MUTED))
    number_text = f"Page {number} of {pages}"
    metrics = QFontMetricsF(font)
    number_width = metrics.horizontalAdvance(number_text) + 4
    rect = QRectF(0, top + 4, page.width(), FOOTER_HEIGHT - 14)
    flags = Qt.AlignmentFlag.AlignTop
    painter.drawText(rect, flags | Qt.AlignmentFlag.AlignRight, number_text)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, page.width() - number_width - 16)
    painter.drawText(rect, flags | Qt.AlignmentFlag.AlignLeft, elided)


def write_pdf(
    summary: Summary,
    path: Path | str,
    *,
    page_size: QPageSize | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the summary as a PDF file (selectable text, charts as images); returns the path.

    Raises OSError when the file cannot be written.
    """
    path = Path(path)
    size = page_size or default_page_size()
    with path.open("wb"):
        pass  # fails early and plainly (no Qt warning) when the file cannot be written
    document = build_document(summary, page_size=size)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(size))
    writer.setTitle(document_title(summary))
    writer.setCreator(APP_NAME)
    if hasattr(writer, "setAuthor") and summary.headline.name.strip():
        writer.setAuthor(summary.headline.name.strip())
    try:
        print_document(document, writer, progress)
    finally:
        del writer
    return path
