"""Pagination of the summary's laid-out document: headings kept with what follows them, short
paragraphs and tails kept whole, list bullets spaced. Qt GUI classes only (no widgets); used by
`report.pdf`, which re-exports these names."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from PySide6.QtGui import (
    QFontMetricsF,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

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

# Block format properties marking the page breaks pagination added (so it can undo them):
# before a heading, and before a block kept with what follows it.
KEEP_BREAK = QTextFormat.Property.UserProperty + 71
KEEP_TOGETHER = QTextFormat.Property.UserProperty + 72


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
