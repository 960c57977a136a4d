"""The appraisal summary as Markdown, standalone HTML and SVG charts (no Qt involved)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from careerjournal.domain import EntryKind, MoveKind
from careerjournal.report import svg
from careerjournal.report.html import render_html
from careerjournal.report.markdown import md_escape, render_markdown
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
    Section,
    SkillChange,
    Stats,
    Summary,
    SummaryEntry,
    SummaryOptions,
)
from careerjournal.wording.summary import (
    BAND_RULE,
    IMPACT_RULE,
    SECTION_TITLES,
    stats_explanation,
)

D = dt.date
SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "<script>alert('x')</script>"


def entry(
    id: int,
    day: dt.date,
    kind: EntryKind,
    title: str,
    result: str = "",
    *,
    starred: bool = False,
    excerpt: str = "",
) -> SummaryEntry:
    return SummaryEntry(id, day, kind, title, result, starred, 3, ("backend",), excerpt)


def make_summary(**changes: object) -> Summary:
    entries = (
        entry(
            1,
            D(2025, 4, 2),
            EntryKind.PROJECT,
            "Shipped offline sync",
            "Cut support tickets by 40%",
            starred=True,
            excerpt="Sync now survives\nflaky train Wi-Fi.",
        ),
        entry(2, D(2025, 6, 9), EntryKind.PROJECT, f"Title with {HOSTILE}"),
        entry(3, D(2025, 9, 20), EntryKind.CERTIFICATION, "**x** and _y_ [link](z) | pipe"),
        entry(4, D(2025, 11, 5), EntryKind.LEARNING, "1. Looks like a list"),
    )
    months = []
    for y, m in [(2025, m) for m in range(3, 13)] + [(2026, 1), (2026, 2)]:
        count = sum(1 for e in entries if (e.occurred_on.year, e.occurred_on.month) == (y, m))
        months.append(MonthCount(y, m, count, 3 * count))
    summary = Summary(
        options=SummaryOptions(D(2025, 3, 3), D(2026, 2, 27)),
        period=Period(PeriodKind.SINCE_REVIEW, D(2025, 3, 3), D(2026, 2, 27), D(2025, 3, 3)),
        generated_on=D(2026, 2, 27),
        headline=Headline(
            name="Sam & <Co>",
            role_title="Senior Engineer",
            role_level="L4",
            organisation="Acme",
            role_since=D(2025, 7, 1),
            days_in_role=241,
            moves=(Move(D(2025, 7, 1), MoveKind.PROMOTION, "Senior Engineer", "L4", "Acme"),),
            entry_count=len(entries),
        ),
        achievements=(
            KindGroup(EntryKind.PROJECT, entries[:2]),
            KindGroup(EntryKind.CERTIFICATION, entries[2:3]),
            KindGroup(EntryKind.LEARNING, entries[3:]),
        ),
        skills=(
            BandChange("Backend", 2, 3, (SkillChange("Python", 3, 4), SkillChange("SQL", None, 2))),
        ),
        level_names=("Novice", "Advanced beginner", "Competent", "Proficient", "Expert"),
        goals=(
            GoalSummary(
                id=7,
                title="Staff <Engineer>",
                kind="promotion",
                status="active",
                pinned=True,
                progress_before=0.25,
                progress_after=0.65,
                projection=Projection(
                    Outlook.PROJECTED, D(2026, 9, 1), D(2026, 6, 1), D(2026, 12, 1)
                ),
                schedule=Schedule(Standing.AHEAD, None, 0.65, 0.5, by_time=True),
                done_weight=13,
                total_weight=20,
                done_count=2,
                milestone_count=3,
                done_in_period=("Lead a cross-team design",),
                remaining=("Mentor a senior engineer",),
                series=((D(2024, 11, 1), 0.0), (D(2025, 5, 1), 0.25), (D(2025, 10, 1), 0.65)),
            ),
        ),
        quotes=(
            Quote(
                20,
                D(2025, 6, 12),
                EntryKind.FEEDBACK,
                "From my manager",
                "The clearest post-mortem we have had.",
            ),
            Quote(21, D(2025, 8, 1), EntryKind.RECOGNITION, "Award", f"Award {HOSTILE} **now**"),
        ),
        stats=Stats(tuple(months), big_leaps=1, incremental=4, impact_total=12, starred=1),
        candidates=entries,
    )
    return dataclasses.replace(summary, **changes)


def empty_summary() -> Summary:
    s = make_summary()
    return dataclasses.replace(
        s,
        headline=dataclasses.replace(s.headline, moves=(), entry_count=0),
        achievements=(),
        skills=(),
        goals=(),
        quotes=(),
        stats=Stats(tuple(MonthCount(m.year, m.month, 0, 0) for m in s.stats.months), 0, 0, 0, 0),
        candidates=(),
    )


def positions(text: str, parts: list[str]) -> list[int]:
    found = [text.find(p) for p in parts]
    assert -1 not in found, [p for p, i in zip(parts, found, strict=True) if i < 0]
    return found


# --- Markdown -------------------------------------------------------------------------------------


def test_markdown_has_title_period_and_sections_in_order() -> None:
    md = render_markdown(make_summary())
    assert md.startswith("# Appraisal summary — Sam & \\<Co\\>\n")
    assert "**Since your review on 3 Mar 2025** · 3 Mar 2025 – 27 Feb 2026" in md
    headings = [f"## {SECTION_TITLES[s]}" for s in Section]
    at = positions(md, headings)
    assert at == sorted(at)


def test_markdown_lists_achievements_with_results_dates_and_stars() -> None:
    md = render_markdown(make_summary())
    assert "- ★ **Shipped offline sync** — Cut support tickets by 40% (2 Apr 2025)" in md
    assert "Sync now survives flaky train Wi-Fi." in md  # the excerpt, on one line
    assert "### Projects (2)" in md
    assert "### Certifications (1)" in md
    at = positions(md, ["Shipped offline sync", "Title with", "\\*\\*x\\*\\*", "Looks like a list"])
    assert at == sorted(at)


def test_markdown_escapes_hostile_titles() -> None:
    md = render_markdown(make_summary())
    assert "<script>" not in md
    assert "\\<script\\>" in md
    assert "**x**" not in md
    assert "\\*\\*x\\*\\* and \\_y\\_ \\[link\\](z) \\| pipe" in md
    assert "1\\. Looks like a list" in md


def test_markdown_quotes_are_blockquotes() -> None:
    md = render_markdown(make_summary())
    quote = (
        "> The clearest post-mortem we have had.\n>\n> — *From my manager, Feedback, 12 Jun 2025*"
    )
    assert quote in md
    assert "> Award \\<script\\>" in md


def test_markdown_explains_every_number() -> None:
    s = make_summary()
    md = render_markdown(s)
    assert BAND_RULE in md
    assert "### Backend: Advanced beginner → Competent" in md
    assert "- SQL: Not assessed → Advanced beginner" in md
    assert "**Progress: 25% → 65%** (+40 points in the period)" in md
    assert "*Done share of milestone weight: 13 of 20 (2 of 3 milestones).*" in md
    assert "**Readiness:** Ready between Jun 2026 and Dec 2026, most likely Sep 2026." in md
    assert "**Schedule:** Ahead by time elapsed: 65% done, 50% of the time gone." in md
    assert stats_explanation(s.stats) in md
    assert IMPACT_RULE in md
    assert "| Total impact | 12 |" in md
    assert "| Jun 2025 | 1 | 3 |" in md


def test_markdown_headline_and_moves() -> None:
    md = render_markdown(make_summary())
    assert "**Senior Engineer** — L4 at Acme, since 1 Jul 2025 (8 months in the role)" in md
    assert "- **Promotion on 1 Jul 2025**: Senior Engineer (L4) at Acme" in md
    assert "4 journal entries in this period." in md


def test_markdown_leaves_out_sections_not_asked_for() -> None:
    s = make_summary()
    s = dataclasses.replace(
        s, options=dataclasses.replace(s.options, sections=frozenset({Section.GOALS}))
    )
    md = render_markdown(s)
    assert "## Goals and readiness" in md
    for section in set(Section) - {Section.GOALS}:
        assert f"## {SECTION_TITLES[section]}" not in md
    assert "Shipped offline sync" not in md


def test_markdown_of_an_empty_period_is_friendly() -> None:
    md = render_markdown(empty_summary())
    assert (
        "Nothing was journaled between 3 Mar 2025 and 27 Feb 2026. "
        "Entries you add for this period will appear here."
    ) in md
    assert "## " not in md


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words, 3.5 points!", "plain words, 3.5 points!"),
        ("- not a list", "\\- not a list"),
        ("12) nor this", "12\\) nor this"),
        ("# nor a heading", "\\# nor a heading"),
        ("a\\b `code` ~x~", "a\\\\b \\`code\\` \\~x\\~"),
        ("R&D &amp;", "R&D \\&amp;"),
        ("two\n\nlines", "two lines"),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


# --- HTML -----------------------------------------------------------------------------------------

VOID = {"meta", "br", "hr", "img", "link", "input", "wbr"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def test_html_is_a_standalone_document() -> None:
    html = render_html(make_summary())
    assert html.startswith('<!DOCTYPE html>\n<html lang="en">')
    tags = parse(html)
    assert tags.problems == []
    assert tags.stack == []
    assert "<title>Appraisal summary — Sam &amp; &lt;Co&gt;</title>" in html
    assert "<style>" in html
    assert "@media print" in html
    assert re.search(r"h2 \{[^}]*break-after: avoid", html)
    assert "break-inside: avoid-page" in html


def test_html_has_no_script_and_no_outside_references() -> None:
    html = render_html(make_summary())
    tags = parse(html)
    assert "script" not in tags.tags
    assert "<script" not in html.lower()
    assert "&lt;script&gt;" in html
    assert not re.search(r"https?:", html)
    assert not any(name in ("src", "href") for name, _ in tags.attrs)
    assert "link" not in tags.tags


def test_html_sections_entries_quotes_and_explanations() -> None:
    s = make_summary()
    html = render_html(s)
    at = positions(html, [f"<h2>{SECTION_TITLES[sec]}</h2>" for sec in Section])
    assert at == sorted(at)
    assert "<strong>Shipped offline sync</strong> — Cut support tickets by 40%" in html
    assert "★" in html
    assert "**x** and _y_ [link](z) | pipe" in html  # literal in HTML
    assert "<blockquote" in html
    assert "The clearest post-mortem we have had." in html
    assert "— From my manager, Feedback, 12 Jun 2025" in html
    assert "Done share of milestone weight: 13 of 20 (2 of 3 milestones)." in html
    assert "25% → 65%" in html
    assert "Staff &lt;Engineer&gt;" in html
    assert BAND_RULE in html
    assert stats_explanation(s.stats) in html
    # Kind colour dots, from the app's light kind colours.
    assert f'style="color:{svg.KIND_COLORS[EntryKind.PROJECT]}">●</span>' in html


def test_html_inlines_the_charts() -> None:
    html = render_html(make_summary())
    assert html.count("<svg ") == 3  # the timeline, the goal's burn-up, the months
    at = positions(
        html,
        [
            'class="chart-timeline"',
            "<h2>Achievements</h2>",
            'class="chart-goal-7"',
            'class="chart-months"',
        ],
    )
    assert at == sorted(at)
    assert html.find("<h2>Headline</h2>") < at[0]


def test_html_of_an_empty_period_is_friendly() -> None:
    html = render_html(empty_summary())
    assert "Nothing was journaled between 3 Mar 2025 and 27 Feb 2026." in html
    assert "<h2>" not in html
    assert "<svg" not in html
    assert parse(html).problems == []


# --- SVG ------------------------------------------------------------------------------------------


def texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_month_bars_svg() -> None:
    s = make_summary()
    root = ET.fromstring(svg.month_bars_svg(s.stats))
    assert root.tag == f"{SVG}svg"
    assert (root.get("width"), root.get("height"), root.get("version")) == ("640", "200", "1.1")
    labels = texts(root)
    assert "Entries per month" in labels
    assert {"Entries", "Impact (sum)"} <= set(labels)  # the legend
    assert {"Mar", "Jun", "Dec", "Jan", "2025", "2026"} <= set(labels)
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("fill") == svg.ENTRIES_COLOR]
    assert len(bars) == 1 + 4  # the legend's swatch and one bar per month with entries
    assert root.find(f"{SVG}polyline") is not None


def test_month_bars_svg_without_months() -> None:
    root = ET.fromstring(svg.month_bars_svg(Stats((), 0, 0, 0, 0)))
    assert "No months in the period" in texts(root)


def test_burn_up_svg() -> None:
    s = make_summary()
    goal = s.goals[0]
    text = svg.burn_up_svg(goal, s.options.date_from, s.options.date_to, width=500)
    root = ET.fromstring(text)
    assert root.get("width") == "500"
    assert root.find(f"{SVG}title").text == "Progress of Staff <Engineer>"
    labels = texts(root)
    assert {"Progress", "This period", "Goal reached (100%)"} <= set(labels)
    assert {"0%", "50%", "100%", "Progress (%)", "25%", "65%"} <= set(labels)
    assert any(r.get("fill") == svg.PERIOD_FILL for r in root.iter(f"{SVG}rect"))


def test_burn_up_svg_without_a_series() -> None:
    s = make_summary()
    goal = dataclasses.replace(s.goals[0], series=())
    root = ET.fromstring(svg.burn_up_svg(goal, s.options.date_from, s.options.date_to))
    assert "65%" in texts(root)


def test_timeline_svg() -> None:
    s = make_summary()
    root = ET.fromstring(svg.timeline_svg(s))
    labels = texts(root)
    assert {"Project", "Certification", "Learning"} <= set(labels)  # the legend
    assert "Compensation" not in labels
    assert "Project (2)" in labels  # lane labels
    assert "Promotion: Senior Engineer" in labels
    dots = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "4"]
    assert len(dots) == 4
    assert {c.get("fill") for c in dots} == {
        svg.KIND_COLORS[k] for k in (EntryKind.PROJECT, EntryKind.CERTIFICATION, EntryKind.LEARNING)
    }


def test_timeline_leaves_out_excluded_entries_and_private_pay() -> None:
    s = make_summary()
    pay = entry(9, D(2025, 5, 1), EntryKind.COMPENSATION, "Raise")
    s = dataclasses.replace(
        s,
        candidates=(*s.candidates, pay),
        options=dataclasses.replace(s.options, excluded_ids=frozenset({2})),
    )
    assert len(svg.timeline_entries(s)) == 3
    s = dataclasses.replace(s, options=dataclasses.replace(s.options, include_compensation=True))
    assert len(svg.timeline_entries(s)) == 4
    assert "Compensation" in texts(ET.fromstring(svg.timeline_svg(s)))


def test_timeline_grows_for_many_kinds() -> None:
    s = make_summary()
    many = tuple(
        entry(100 + i, D(2025, 4, 1) + dt.timedelta(days=20 * i), kind, f"E{i}")
        for i, kind in enumerate(EntryKind)
    )
    s = dataclasses.replace(
        s, candidates=many, options=dataclasses.replace(s.options, include_compensation=True)
    )
    root = ET.fromstring(svg.timeline_svg(s))
    assert int(root.get("height")) > 160
    assert len([t for t in texts(root) if re.fullmatch(r".+ \(1\)", t)]) == len(EntryKind)


def test_svg_text_is_escaped() -> None:
    s = make_summary()
    hostile = Move(D(2025, 8, 1), MoveKind.LATERAL, f"R&D {HOSTILE}", "", "")
    s = dataclasses.replace(s, headline=dataclasses.replace(s.headline, moves=(hostile,)))
    text = svg.timeline_svg(s)
    assert "<script>" not in text
    assert f"Lateral move: R&D {HOSTILE}" in texts(ET.fromstring(text))


def test_groups_cut_short_say_how_many_more() -> None:
    summary = make_summary()
    group = summary.achievements[0]
    cut = dataclasses.replace(
        summary,
        achievements=(dataclasses.replace(group, more=7), *summary.achievements[1:]),
        more_quotes=2,
    )
    md = render_markdown(cut)
    assert "And 7 more entries of this kind in the journal" in md
    assert "And 2 older quotes of feedback and recognition" in md
    html = render_html(cut)
    assert "And 7 more entries of this kind in the journal" in html


# --- skill drops, empty sections, quotes -------------------------------------------------------


def with_a_drop() -> Summary:
    return make_summary(
        skills=(
            BandChange(
                "Backend",
                2,
                3,
                (SkillChange("Python", 3, 4), SkillChange("Go", 3, 2)),
            ),
            BandChange("Delivery", 3, 2, (SkillChange("Release engineering", 3, 2),)),
        )
    )


def test_markdown_lists_skill_drops_apart_from_gains() -> None:
    md = render_markdown(with_a_drop())
    gains, drops = md.split("### Assessed lower")
    assert "- Python: Proficient → Expert" not in drops
    assert "Python: Competent → Proficient" in gains  # a gain
    assert "Go" not in gains
    assert "Release engineering" not in gains
    assert "- Go (Backend): Competent → Advanced beginner" in drops
    assert "- Delivery band: Competent → Advanced beginner" in drops
    assert "- Release engineering (Delivery): Competent → Advanced beginner" in drops
    assert "### Delivery:" not in gains  # a band that fell is not told as a gain


def test_html_lists_skill_drops_apart_from_gains_and_not_highlighted() -> None:
    html = render_html(with_a_drop())
    gains, drops = html.split("<h3>Assessed lower</h3>")
    assert '<td class="change">Proficient</td>' in gains  # Python, highlighted as a gain
    assert "Go" not in gains.split("<h2>Skill levels</h2>")[1]
    drops = drops.split("<h2>")[0]
    assert "<li>Go (Backend): Competent → Advanced beginner</li>" in drops
    assert 'class="change"' not in drops


@pytest.mark.parametrize("render", [render_markdown, render_html])
def test_a_ticked_section_with_nothing_to_show_says_so(render: object) -> None:
    s = make_summary(achievements=(), skills=(), goals=(), quotes=())
    text = render(s)  # type: ignore[operator]
    for section, words in [
        (Section.ACHIEVEMENTS, "No achievements recorded in this period."),
        (Section.SKILLS, "No skill level changed in this period."),
        (Section.GOALS, "No goal was open in this period."),
        (Section.QUOTES, "No feedback or recognition recorded in this period."),
    ]:
        assert SECTION_TITLES[section] in text
        assert text.count(words) == 1
    unticked = render(  # type: ignore[operator]
        dataclasses.replace(
            s,
            options=dataclasses.replace(
                s.options, sections=frozenset({Section.HEADLINE, Section.STATS})
            ),
        )
    )
    assert "No goal was open" not in unticked
    assert SECTION_TITLES[Section.GOALS] not in unticked


def test_quoted_words_keep_their_inner_quotation_marks_apart() -> None:
    quote = Quote(
        30,
        D(2025, 6, 1),
        EntryKind.RECOGNITION,
        "Kudos",
        'Mateo wrote: "You made a stressful week feel calm."',
        verbatim=True,
    )
    title_only = Quote(
        31, D(2025, 6, 2), EntryKind.FEEDBACK, "Asked Ravi for feedback", "Asked Ravi for feedback"
    )
    s = make_summary(quotes=(quote, title_only))
    md = render_markdown(s)
    assert "> “Mateo wrote: ‘You made a stressful week feel calm.’”" in md
    assert "> Asked Ravi for feedback\n" in md  # no quotation marks: nobody was quoted
    html = render_html(s)
    assert "“Mateo wrote: ‘You made a stressful week feel calm.’”" in html
    assert '<p class="quote-title">Asked Ravi for feedback</p>' in html
    assert "““" not in md + html
    assert "””" not in md + html


@pytest.mark.parametrize(
    ("before", "after", "words"),
    [
        (0.25, 0.26, "+1 point in the period"),
        (0.25, 0.27, "+2 points in the period"),
        (0.25, 0.24, "-1 point in the period"),
        (0.25, 0.25, "no change in the period"),
    ],
)
def test_progress_change_is_counted_in_words(before: float, after: float, words: str) -> None:
    from careerjournal.wording.summary import progress_words

    goal = dataclasses.replace(
        make_summary().goals[0], progress_before=before, progress_after=after
    )
    assert progress_words(goal)[1] == words
