"""The appraisal summary laid out with Qt: pages, footers, headings kept, charts, PDF files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QUrl
from PySide6.QtGui import QImage, QPageSize, QTextDocument

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.report import pdf
from careerjournal.services.progress import Outlook, Projection, Schedule, Standing
from careerjournal.services.summary import (
    BandChange,
    GoalSummary,
    Headline,
    KindGroup,
    MonthCount,
    Move,
    Period,
    PeriodKind,
    Quote,
    SkillChange,
    Stats,
    Summary,
    SummaryEntry,
    SummaryOptions,
)

D = dt.date
START, END = D(2025, 3, 3), D(2026, 2, 27)
KINDS = (EntryKind.PROJECT, EntryKind.SKILL, EntryKind.RESPONSIBILITY, EntryKind.LEARNING)
A4 = QPageSize(QPageSize.PageSizeId.A4)
LETTER = QPageSize(QPageSize.PageSizeId.Letter)
EXCERPT = "We moved the nightly batch jobs onto the event bus, which removed the 2 a.m. pages. "


def make_summary(n: int = 30, *, long_excerpts: bool = True) -> Summary:
    entries = tuple(
        SummaryEntry(
            id=i + 1,
            occurred_on=START + dt.timedelta(days=(i * 350) // max(n, 1)),
            kind=KINDS[i % len(KINDS)],
            title=f"Achievement number {i + 1:02d}",
            measurable_result="Cut p95 latency from 800 ms to 120 ms" if i % 2 else "",
            starred=i % 7 == 0,
            impact=1 + i % 5,
            tags=("backend",),
            excerpt=EXCERPT * (1 + (i % 3 if long_excerpts else 0)),
        )
        for i in range(n)
    )
    groups = tuple(
        KindGroup(k, tuple(e for e in entries if e.kind is k))
        for k in KINDS
        if any(e.kind is k for e in entries)
    )
    months = []
    for offset in range(12):
        y, m = divmod(START.month - 1 + offset, 12)
        y, m = START.year + y, m + 1
        mine = [e for e in entries if (e.occurred_on.year, e.occurred_on.month) == (y, m)]
        months.append(MonthCount(y, m, len(mine), sum(e.impact for e in mine)))
    goals = tuple(
        GoalSummary(
            id=g,
            title=f"Goal number {g}",
            kind="promotion",
            status="active",
            pinned=g == 1,
            progress_before=0.2,
            progress_after=0.6,
            projection=Projection(Outlook.PROJECTED, D(2026, 9, 1), D(2026, 6, 1), D(2026, 12, 1)),
            schedule=Schedule(Standing.NO_TARGET, None, 0.6),
            done_weight=3,
            total_weight=5,
            done_count=1,
            milestone_count=3,
            done_in_period=("Lead a cross-team design",),
            remaining=("Mentor a senior engineer", "Own the roadmap"),
            series=((D(2024, 12, 1), 0.0), (D(2025, 6, 1), 0.2), (D(2025, 12, 1), 0.6)),
        )
        for g in (1, 2)
    )
    return Summary(
        options=SummaryOptions(START, END),
        period=Period(PeriodKind.SINCE_REVIEW, START, END, START),
        generated_on=END,
        headline=Headline(
            "Sam Example",
            "Senior Engineer",
            "L4",
            "Acme",
            D(2025, 7, 1),
            241,
            (Move(D(2025, 7, 1), MoveKind.PROMOTION, "Senior Engineer", "L4", "Acme"),),
            len(entries),
        ),
        achievements=groups,
        skills=(BandChange("Backend", 2, 3, (SkillChange("Python", 3, 4),)),),
        level_names=("Novice", "Advanced beginner", "Competent", "Proficient", "Expert"),
        goals=goals,
        quotes=(
            Quote(
                90,
                D(2025, 6, 12),
                EntryKind.FEEDBACK,
                "From my manager",
                "The clearest post-mortem we have had.",
            ),
        ),
        stats=Stats(tuple(months), 1, len(entries), sum(e.impact for e in entries), 5),
        candidates=entries,
    )


def empty_summary() -> Summary:
    s = make_summary(0)
    return dataclasses.replace(
        s,
        headline=dataclasses.replace(s.headline, moves=()),
        skills=(),
        goals=(),
        quotes=(),
    )


def page_texts(path: Path) -> list[str]:
    """Each page's text, words separated by single spaces (Qt writes tabs between words)."""
    reader = PdfReader(path)
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
        for page in reader.pages
    ]


def test_pdf_has_selectable_text_and_numbered_pages(qapp: object, tmp_path: Path) -> None:
    summary = make_summary()
    calls: list[tuple[int, int]] = []
    path = pdf.write_pdf(
        summary,
        tmp_path / "summary.pdf",
        page_size=A4,
        progress=lambda page, pages: calls.append((page, pages)),
    )
    assert path == tmp_path / "summary.pdf"
    texts = page_texts(path)
    pages = len(texts)
    assert pages >= 3
    assert calls == [(i, pages) for i in range(1, pages + 1)]
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Since your review on 3 Mar 2025" in text  # the footer names the period
    whole = " ".join(texts)
    for group in summary.achievements:
        for e in group.entries:
            assert e.title in whole
    assert "Appraisal summary — Sam Example" in texts[0]
    assert "The clearest post-mortem we have had." in whole
    assert "Done share of milestone weight: 3 of 5 (1 of 3 milestones)." in whole
    reader = PdfReader(path)
    assert reader.metadata.title == "Appraisal summary — Sam Example"
    assert reader.metadata.creator == "Career Journal"


def test_pdf_embeds_the_charts_as_images(qapp: object, tmp_path: Path) -> None:
    summary = make_summary()
    document = pdf.build_document(summary, page_size=A4)
    names = ["timeline", "goal-1", "goal-2", "months"]
    for name in names:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"))
        assert isinstance(image, QImage)
        assert not image.isNull()
        assert image.width() >= 2 * 600  # rendered at twice the size it is shown
    path = pdf.write_pdf(summary, tmp_path / "s.pdf", page_size=A4)
    assert sum(len(page.images) for page in PdfReader(path).pages) == len(names)


@pytest.mark.parametrize(
    ("country", "size_id"),
    [
        (QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Canada, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Mexico, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Philippines, QPageSize.PageSizeId.Letter),
        (QLocale.Country.Germany, QPageSize.PageSizeId.A4),
        (QLocale.Country.UnitedKingdom, QPageSize.PageSizeId.A4),
        (QLocale.Country.Japan, QPageSize.PageSizeId.A4),
    ],
)
def test_default_page_size_follows_the_locale(
    country: QLocale.Country, size_id: QPageSize.PageSizeId
) -> None:
    locale = QLocale(QLocale.Language.English, country)
    assert pdf.default_page_size(locale).id() == size_id


@pytest.mark.parametrize(
    ("country", "points"),
    [(QLocale.Country.UnitedStates, (612, 792)), (QLocale.Country.Germany, (595, 842))],
)
def test_pdf_page_size(
    qapp: object, tmp_path: Path, country: QLocale.Country, points: tuple[int, int]
) -> None:
    size = pdf.default_page_size(QLocale(QLocale.Language.English, country))
    path = pdf.write_pdf(make_summary(8), tmp_path / "s.pdf", page_size=size)
    for page in PdfReader(path).pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == points


def test_default_page_size_without_a_locale_uses_the_default_locale() -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert pdf.default_page_size().id() == QPageSize.PageSizeId.Letter
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert pdf.default_page_size().id() == QPageSize.PageSizeId.A4
    finally:
        QLocale.setDefault(previous)


def test_no_heading_ends_a_page(qapp: object) -> None:
    for size in (A4, LETTER):
        for n in (12, 30, 45):
            document = pdf.build_document(make_summary(n), page_size=size)
            assert pdf.stranded_headings(document) == []
            page_h = document.pageSize().height()
            for number in pdf.heading_breaks(document):
                block = document.findBlockByNumber(number)
                assert block.blockFormat().headingLevel() > 0
                top = document.documentLayout().blockBoundingRect(block).top()
                assert top % page_h < 0.1 * page_h  # moved to the top of a page


def test_pagination_moves_headings_that_would_end_a_page(qapp: object) -> None:
    """Some layouts strand a heading without help; pagination always fixes them."""
    moved = 0
    for n in range(6, 40, 3):
        document = pdf.build_document(make_summary(n, long_excerpts=n % 2 == 0), page_size=A4)
        breaks = pdf.heading_breaks(document)
        if not breaks:
            continue
        moved += 1
        pages = document.pageCount()
        pdf.clear_heading_breaks(document)
        assert pdf.stranded_headings(document), n  # the breaks were needed
        assert pdf.paginate(document) == pages
        assert pdf.heading_breaks(document) == breaks
        assert pdf.stranded_headings(document) == []
    assert moved >= 3


def page_fill(document: QTextDocument) -> list[tuple[float, str]]:
    """Each page's lowest drawn line (as a share of the page height) and the text drawn on it."""
    page_h = document.pageSize().height()
    pages = [(0.0, "")] * document.pageCount()
    block = document.begin()
    while block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        for index in range(layout.lineCount() if block.text().strip() else 0):
            line = layout.lineAt(index)
            page = int((top + line.rect().top()) // page_h)
            text = block.text()[line.textStart() : line.textStart() + line.textLength()]
            bottom = (top + line.rect().bottom()) / page_h - page
            filled, drawn = pages[page]
            pages[page] = (max(filled, bottom), f"{drawn} {text}".strip())
        block = block.next()
    return pages


def assert_no_page_is_nearly_empty(document: QTextDocument) -> None:
    pages = page_fill(document)
    for number, (filled, text) in enumerate(pages[:-1], start=1):
        assert filled > 0.25, (number, len(pages), text)
        assert len(text) > 200, (number, len(pages), text)


def test_a_moved_section_heading_takes_its_first_subheading_along(qapp: object) -> None:
    """A goal pushed to a new page took its section heading along, then went a page further.

    The goal's heading came right after the section's: pagination moved the goal (its chart
    did not fit), which stranded the section heading; moving that too pushed the goal, with its
    own page break, onto yet another page, leaving a page with nothing but "Goals and
    readiness".
    """
    moved = 0
    for size in (A4, LETTER):
        for n in (12, 16, 30, 45):
            document = pdf.build_document(make_summary(n, long_excerpts=n != 16), page_size=size)
            assert pdf.stranded_headings(document) == []
            assert_no_page_is_nearly_empty(document)
            for number in pdf.heading_breaks(document):
                before = document.findBlockByNumber(number).previous()
                while before.isValid() and not before.text().strip():
                    before = before.previous()
                assert before.blockFormat().headingLevel() == 0  # first heading of its run
                after = document.findBlockByNumber(number).next()
                moved += after.blockFormat().headingLevel() > 0
    assert moved >= 4  # the case came up: a section heading moved with its first subheading


def test_pdf_of_the_demo_journal_draws_every_goal(qapp: object, tmp_path: Path) -> None:
    from careerjournal.services import Journal
    from careerjournal.services.demo import DEFAULT_SEED, generate

    today = D(2026, 11, 26)
    journal = Journal.open(tmp_path / "j.sqlite3")
    try:
        generate(journal, entries=1500, seed=DEFAULT_SEED, today=today)  # as `demo` writes it
        options, _ = journal.summary.default_options(today)
        summary = journal.summary.build(options, today)
    finally:
        journal.close()
    assert summary.goals
    document = pdf.build_document(summary, page_size=A4)
    assert_no_page_is_nearly_empty(document)
    path = pdf.write_pdf(summary, tmp_path / "demo.pdf", page_size=A4)
    texts = page_texts(path)
    assert len(texts) == document.pageCount()
    whole = " ".join(texts)
    for goal in summary.goals:
        for words in (goal.title, *goal.done_in_period, *goal.remaining):
            assert " ".join(words.split()) in whole
    footer = f"Page {{}} of {len(texts)}"
    for number, text in enumerate(texts[:-1], start=1):
        body = text.split(footer.format(number))[0]
        assert len(body) > 200, (number, text)


def test_print_document_paginates_for_the_device_and_keeps_the_preview(
    qapp: object, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPdfWriter

    summary = make_summary()
    document = pdf.build_document(summary, page_size=A4)
    preview_pages = document.pageCount()
    html_before = document.toHtml()
    writer = QPdfWriter(str(tmp_path / "letter.pdf"))
    writer.setPageLayout(pdf.page_layout(LETTER))
    writer.setResolution(150)
    pages = pdf.print_document(document, writer)
    del writer
    assert pages >= 3
    assert document.toHtml() == html_before  # painting worked on a copy
    assert document.pageCount() == preview_pages
    texts = page_texts(tmp_path / "letter.pdf")
    assert len(texts) == pages
    assert f"Page {pages} of {pages}" in texts[-1]


def test_page_images(qapp: object) -> None:
    document = pdf.build_document(make_summary(12), page_size=A4)
    images = pdf.page_images(document, A4, dpi=48)
    assert len(images) == document.pageCount()
    assert all((image.width(), image.height()) == (396, 561) for image in images)
    # Something dark was drawn inside the margins (text), nothing in the top margin.
    first = images[0]
    assert first.pixelColor(5, 5).name() == "#ffffff"
    dark = sum(
        1
        for y in range(40, 200, 2)
        for x in range(40, 360, 2)
        if first.pixelColor(x, y).lightness() < 100
    )
    assert dark > 100


def test_empty_period_gives_one_friendly_page(qapp: object, tmp_path: Path) -> None:
    path = pdf.write_pdf(empty_summary(), tmp_path / "empty.pdf", page_size=A4)
    texts = page_texts(path)
    assert len(texts) == 1
    assert "Nothing was journaled between 3 Mar 2025 and 27 Feb 2026." in texts[0]
    assert "Page 1 of 1" in texts[0]
    assert len(PdfReader(path).pages[0].images) == 0


def test_write_pdf_reports_a_path_it_cannot_write(qapp: object, tmp_path: Path) -> None:
    with pytest.raises(OSError, match="missing"):
        pdf.write_pdf(make_summary(2), tmp_path / "missing" / "s.pdf")


def test_print_document_on_a_printer(qapp: object, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    document = pdf.build_document(make_summary(), page_size=LETTER)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(LETTER)
    pages = pdf.print_document(document, printer)
    del printer
    texts = page_texts(tmp_path / "printed.pdf")
    assert len(texts) == pages >= 3
    assert "Achievement number 01" in texts[0]
    assert f"Page {pages} of {pages}" in texts[-1]


def test_pages_print_dark_ink_under_a_dark_theme(qapp) -> None:
    """Paper is white in any theme: unstyled text must not take the dark palette's light text."""
    from PySide6.QtGui import QColor, QPalette

    from careerjournal.report.pdf import build_document, page_images

    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    qapp.setPalette(dark)
    try:
        image = page_images(build_document(make_summary()))[0]
    finally:
        qapp.setPalette(before)
    light_text = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if 0.85 < QColor(image.pixel(x, y)).lightnessF() < 0.97
    )
    dark_text = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if QColor(image.pixel(x, y)).lightnessF() < 0.3
    )
    assert dark_text > 200
    assert light_text < dark_text * 5


# --- page breaks: no duplicates, no orphans, no split entries -----------------------------------


def unique_summary(n: int) -> Summary:
    """`make_summary(n)` with every excerpt and tag its own, so each text line occurs once."""
    s = make_summary(n)
    groups = tuple(
        dataclasses.replace(
            g,
            entries=tuple(
                dataclasses.replace(
                    e,
                    excerpt=f"Entry {e.id} moved the nightly jobs onto the bus, number {e.id}. "
                    * (1 + e.id % 3),
                    tags=(f"tag{e.id}",),
                    measurable_result=f"{e.measurable_result} ({e.id})" * bool(e.measurable_result),
                )
                for e in g.entries
            ),
        )
        for g in s.achievements
    )
    return dataclasses.replace(s, achievements=groups, candidates=())


UNIQUE_LINE = re.compile(r"Achievement number \d+|number \d+\.|#tag\d+|\(\d+\)")


def page_lines(path: Path) -> list[list[str]]:
    reader = PdfReader(path)
    pages = []
    for page in reader.pages:
        text = unicodedata.normalize("NFKC", page.extract_text())
        lines = [" ".join(line.split()) for line in text.splitlines()]
        pages.append([line for line in lines if line and not line.startswith("Appraisal summary")])
    return pages


@pytest.mark.parametrize("size", [A4, LETTER])
def test_no_line_is_drawn_twice_at_a_page_break(qapp: object, tmp_path: Path, size) -> None:
    """A line moved to the top of a page was also drawn, clipped, at the foot of the one before
    (Qt's page height in 1/64 pixels drifted from ours): a text search found it twice."""
    for n in (30, 90):
        path = pdf.write_pdf(unique_summary(n), tmp_path / f"{n}.pdf", page_size=size)
        pages = page_lines(path)
        assert len(pages) >= 4
        seen: dict[str, int] = {}
        for number, lines in enumerate(pages, start=1):
            for line in lines:
                if not UNIQUE_LINE.search(line):
                    continue  # stars, footers, the two goals (alike): text that may repeat
                assert line not in seen, (line, seen.get(line), number)
                seen[line] = number


def test_pages_start_exactly_where_the_layout_starts_them(qapp: object) -> None:
    """No line starts a hair above a page's top (it would be drawn on the page before too)."""
    document = pdf.build_document(unique_summary(90), page_size=A4)
    area = pdf.page_layout(A4).paintRectPixels(pdf.PDF_RESOLUTION).size()
    pages = pdf._Pages(document, area)
    page_h = pages.size.height()
    tops = 0
    for block in content_blocks(pages.doc):
        top = pages.doc.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        for i in range(layout.lineCount()):
            y = top + layout.lineAt(i).rect().top()
            nearest = round(y / page_h) * page_h
            assert not 0 < nearest - y < 1, (block.text()[:40], y, nearest)
            tops += abs(y - nearest) < 0.001 and nearest > 0
    assert tops, "no line starts exactly at a page top: the page heights disagree"


def line_pages(document: QTextDocument, block) -> list[int]:
    page_h = document.pageSize().height()
    top = document.documentLayout().blockBoundingRect(block).top()
    layout = block.layout()
    return [
        int((top + layout.lineAt(i).rect().top() + 0.5) // page_h)
        for i in range(layout.lineCount())
    ]


def content_blocks(document: QTextDocument) -> list:
    from PySide6.QtGui import QTextCursor

    blocks, block = [], document.begin()
    while block.isValid():
        if block.text().strip() and QTextCursor(block).currentTable() is None:
            blocks.append(block)
        block = block.next()
    return blocks


def test_entries_are_never_split_and_lists_never_end_alone_on_a_page(qapp: object) -> None:
    checked = 0
    for size in (A4, LETTER):
        for n in range(6, 46, 3):
            document = pdf.build_document(unique_summary(n), page_size=size)
            blocks = content_blocks(document)
            for i, block in enumerate(blocks):
                pages = line_pages(document, block)
                if block.textList() is not None:
                    # An entry with its date line and excerpt stays on one page.
                    assert len(set(pages)) == 1, (n, block.text()[:40])
                    checked += 1
                    last = i + 1 == len(blocks) or blocks[i + 1].textList() != block.textList()
                    previous = blocks[i - 1]
                    if last and previous.textList() == block.textList():
                        # The last item does not start a page without the one before it.
                        assert line_pages(document, previous)[-1] == pages[0], (n, block.text())
    assert checked > 100


def test_a_short_closing_note_never_makes_a_page_of_its_own(qapp: object) -> None:
    for size in (A4, LETTER):
        for n in range(6, 46, 3):
            document = pdf.build_document(unique_summary(n), page_size=size)
            blocks = content_blocks(document)
            last = blocks[-1]
            assert line_pages(document, last)[0] == line_pages(document, blocks[-2])[-1], n
            assert_no_page_is_nearly_empty(document)


def test_bullets_have_room_before_their_text(qapp: object) -> None:
    document = pdf.build_document(make_summary(6), page_size=A4)
    items = [b for b in content_blocks(document) if b.textList() is not None]
    assert items
    for block in items:
        assert block.text().startswith(pdf.BULLET_GAP)
        layout = block.layout()
        first = layout.lineAt(0)
        gap = first.cursorToX(1)[0] - first.cursorToX(0)[0]
        assert gap >= 5  # an en space between the bullet and the words
        if layout.lineCount() > 1:  # the words line up with the item's wrapped lines
            assert abs(first.x() + gap - layout.lineAt(1).x()) < 1


def test_pdf_keeps_skill_drops_apart_and_says_when_a_section_is_empty(
    qapp: object, tmp_path: Path
) -> None:
    s = dataclasses.replace(
        make_summary(4),
        skills=(BandChange("Backend", 3, 2, (SkillChange("Go", 3, 2), SkillChange("SQL", 1, 2))),),
        quotes=(),
    )
    whole = " ".join(page_texts(pdf.write_pdf(s, tmp_path / "s.pdf", page_size=A4)))
    gains, drops = whole.split("Assessed lower")
    assert "SQL Novice Advanced beginner" in gains
    assert "Go" not in gains.split("Skill levels")[-1]
    assert "Go (Backend): Competent → Advanced beginner" in drops
    assert "Backend band: Competent → Advanced beginner" in drops
    assert "No feedback or recognition recorded in this period." in whole
