"""The appraisal summary laid out with Qt: for print preview, printing and PDF files.

`build_document` turns a summary into a `QTextDocument` (Qt's rich-text flavour of the HTML
document, with the SVG charts rendered to images at twice the resolution) laid out in pages of
the chosen size; the GUI shows it as a live preview. `print_document` paints such a document on
any paged device (a `QPrinter` from the print dialog or preview, or a `QPdfWriter`): it keeps
headings with what follows them, and draws a footer with the page number on every page.
`write_pdf` does both for a file. The promotion case has the same pair (`build_case_document`,
`write_case_pdf`) over the same layout (`layout_document`, `write_document`).

Layout happens in CSS pixels at `dpi` (96); painting scales to the device, so the printed page
has the same line breaks as the preview. Only QtGui and QtSvg are used (no widgets), so this
also runs without a display; a `QPrinter` is just another paged device here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
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
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from ..services.promotion_case import PromotionCase
from ..services.summary import Summary
from ..wording.case import document_title as case_title
from ..wording.case import subtitle as case_subtitle
from ..wording.summary import APP_NAME, document_title, period_dates, period_words
from .case_html import CASE_RICH_TEXT_CSS, render_case_body
from .html import ChartHook, render_body
from .pagination import (
    BULLET_GAP,
    HEADING_ZONE,
    KEEP_BREAK,
    KEEP_TOGETHER,
    clear_heading_breaks,
    heading_breaks,
    kept_blocks,
    paginate,
    space_bullets,
    stranded_headings,
)

Progress = Callable[[int, int], None]

MARGIN_MM = 18.0
PDF_RESOLUTION = 300
CHART_SCALE = 2.0  # chart images have twice the pixels they take up: sharp on paper
FOOTER_HEIGHT = 30.0  # CSS pixels below the text of each page

# QObject properties carried by a built document.
FOOTER_PROPERTY = "careerjournalFooter"
WIDTH_PROPERTY = "careerjournalLayoutWidth"

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
    title = document_title(summary)
    footer = f"{title} · {period_words(summary.period)} ({period_dates(summary)})"
    return layout_document(
        lambda chart, width: render_body(summary, chart=chart, chart_width=width, rich_text=True),
        title=title,
        footer=footer,
        page_size=page_size,
        dpi=dpi,
    )


def build_case_document(
    case: PromotionCase, *, page_size: QPageSize | None = None, dpi: int = 96
) -> QTextDocument:
    """The promotion case as a paginated rich-text document, like `build_document`."""
    title = case_title(case)
    return layout_document(
        lambda chart, width: render_case_body(case, chart=chart, chart_width=width, rich_text=True),
        title=title,
        footer=f"{title} · {case_subtitle(case)}",
        page_size=page_size,
        dpi=dpi,
        style=RICH_TEXT_CSS + CASE_RICH_TEXT_CSS,
    )


def layout_document(
    body_html: Callable[[ChartHook, int], str],
    *,
    title: str,
    footer: str,
    page_size: QPageSize | None = None,
    dpi: int = 96,
    style: str = RICH_TEXT_CSS,
) -> QTextDocument:
    """A paginated rich-text document of the HTML `body_html(chart, width)` writes, its charts
    (SVG text given to `chart`) rendered as image resources; `footer` goes on every page."""
    body = body_size(page_size or default_page_size(), dpi)
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(style)
    width = int(body.width())

    def chart(name: str, svg: str) -> str:
        image = chart_image(svg)
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
        w, h = round(image.width() / CHART_SCALE), round(image.height() / CHART_SCALE)
        return f'<img src="chart:{name}" width="{w}" height="{h}">'

    document.setHtml(body_html(chart, width - 2))
    space_bullets(document)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    document.setProperty(FOOTER_PROPERTY, footer)
    document.setProperty(WIDTH_PROPERTY, float(body.width()))
    document.setPageSize(body)
    paginate(document)
    return document


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
    return write_document(
        lambda size: build_document(summary, page_size=size),
        path,
        title=document_title(summary),
        author=summary.headline.name,
        page_size=page_size,
        progress=progress,
    )


def write_case_pdf(
    case: PromotionCase,
    path: Path | str,
    *,
    page_size: QPageSize | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the promotion case as a PDF file, like `write_pdf`."""
    return write_document(
        lambda size: build_case_document(case, page_size=size),
        path,
        title=case_title(case),
        author=case.name,
        page_size=page_size,
        progress=progress,
    )


def write_document(
    build: Callable[[QPageSize], QTextDocument],
    path: Path | str,
    *,
    title: str,
    author: str = "",
    page_size: QPageSize | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the document `build(page size)` lays out as a PDF file; returns the path.

    Raises OSError when the file cannot be written.
    """
    path = Path(path)
    size = page_size or default_page_size()
    with path.open("wb"):
        pass  # fails early and plainly (no Qt warning) when the file cannot be written
    document = build(size)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(size))
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    if hasattr(writer, "setAuthor") and author.strip():
        writer.setAuthor(author.strip())
    try:
        print_document(document, writer, progress)
    finally:
        del writer
    return path


__all__ = [
    "BULLET_GAP",
    "HEADING_ZONE",
    "KEEP_BREAK",
    "KEEP_TOGETHER",
    "PDF_RESOLUTION",
    "build_case_document",
    "build_document",
    "clear_heading_breaks",
    "default_page_size",
    "heading_breaks",
    "kept_blocks",
    "layout_document",
    "page_images",
    "page_layout",
    "paginate",
    "print_document",
    "space_bullets",
    "stranded_headings",
    "write_case_pdf",
    "write_document",
    "write_pdf",
]
