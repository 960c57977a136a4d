"""The appraisal summary grouped by theme: the meaning model's themes over a real journal, the
user's names and merges on top, the fallback to kinds when the model is off, and the themes in
the Markdown and HTML documents and from the command line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.cli_run import run_cli

from careerjournal.domain import EntryKind
from careerjournal.report.html import render_html
from careerjournal.report.markdown import md_escape, render_markdown
from careerjournal.report.themes import themes_off_words
from careerjournal.services import EntryDraft, Journal
from careerjournal.services.summary import (
    GroupBy,
    Summary,
    SummaryOptions,
    ThemeGroup,
    ThemesOff,
    key_ids,
    theme_key,
)

D = dt.date
FROM, TO, TODAY = D(2025, 1, 1), D(2025, 12, 31), D(2026, 1, 10)
THEMED = SummaryOptions(date_from=FROM, date_to=TO, group_by=GroupBy.THEME)

INFRA = (
    ("Moved the payment services onto Kubernetes", "Twelve services now run on the cluster."),
    ("Upgraded the Kubernetes cluster to version 1.29", "Rolling node upgrades, no downtime."),
    ("Added autoscaling to the Kubernetes node pools", "The cluster grows with the load."),
    ("Wrote Terraform modules for the Kubernetes clusters", "Infrastructure as code."),
    ("Cut Kubernetes deploy times with a container image cache", "Docker layers cached."),
)
PEOPLE = (
    ("Mentored two junior engineers through their first year", "Weekly mentoring sessions."),
    ("Interviewed candidates for the hiring loop", "Hiring: twelve interviews."),
    ("Hired three engineers for the team", "Hiring closed in six weeks."),
    ("Coached a new teammate through his first design review", "Mentoring on reviews."),
    ("Wrote the onboarding guide for new hires", "Mentoring new hires from day one."),
)


@dataclass
class Groups:
    infra: list[int]
    people: list[int]


def add(journal: Journal, title: str, body: str, day: dt.date, kind: EntryKind) -> int:
    return journal.entries.add(EntryDraft(title, day, kind, body=body)).id


@pytest.fixture
def groups(journal: Journal) -> Groups:
    """Five entries about Kubernetes and infrastructure, five about mentoring and hiring."""
    infra = [
        add(journal, title, body, D(2025, 2 + i, 3), EntryKind.PROJECT)
        for i, (title, body) in enumerate(INFRA)
    ]
    people = [
        add(journal, title, body, D(2025, 2 + i, 10), EntryKind.RESPONSIBILITY)
        for i, (title, body) in enumerate(PEOPLE)
    ]
    return Groups(infra, people)


def themed(summary: Summary) -> list[ThemeGroup]:
    return [g for g in summary.themes if not g.unthemed]


def ids(group: ThemeGroup) -> set[int]:
    return {e.id for e in group.entries}


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


# -- the real model -------------------------------------------------------------------------------


@pytest.fixture
def indexed(journal: Journal, groups: Groups) -> Groups:
    assert journal.meaning.available
    assert journal.meaning.index() == 10
    return groups


def by_theme(journal: Journal, options: SummaryOptions = THEMED) -> Summary:
    return journal.summary.build(options, TODAY, meaning=journal.meaning)


def test_two_clear_groups_are_two_themes_named_by_their_words(
    journal: Journal, indexed: Groups
) -> None:
    summary = by_theme(journal)
    assert summary.grouped_by is GroupBy.THEME
    assert summary.themes_off is None
    found = themed(summary)
    assert len(found) == 2, [g.name for g in found]
    assert sorted(sorted(ids(g)) for g in found) == sorted([indexed.infra, indexed.people])
    assert not [g for g in summary.themes if g.unthemed]  # every achievement has its theme
    for group in found:
        own = " ".join(e.title for e in group.entries)
        others = " ".join(e.title for g in found if g is not group for e in g.entries)
        named = words(group.name)
        assert group.name.strip()
        assert group.name == group.found_name
        assert named & words(own), (group.name, own)  # its own entries' words...
        assert not named & (words(others) - words(own))  # ...not the other theme's
        assert group.key == theme_key(key_ids(group.key))
        assert key_ids(group.key) <= ids(group)
        # The usual order inside a theme: by impact (all equal here), then newest first.
        days = [e.occurred_on for e in group.entries]
        assert days == sorted(days, reverse=True)
    # The kinds are still there for the counts and charts.
    assert {g.kind for g in summary.achievements} == {EntryKind.PROJECT, EntryKind.RESPONSIBILITY}


def test_renames_and_merges_apply_on_top(journal: Journal, indexed: Groups) -> None:
    first, second = themed(by_theme(journal))
    renamed = by_theme(
        journal, dataclasses.replace(THEMED, theme_names={second.key: " Growing  people "})
    )
    assert [g.name for g in themed(renamed)] == [first.name, "Growing people"]
    assert themed(renamed)[1].found_name == second.name
    assert themed(renamed)[1].renamed

    merged = by_theme(
        journal,
        dataclasses.replace(
            THEMED,
            theme_names={first.key: "Platform and people"},
            merges=((first.key, second.key),),
        ),
    )
    (only,) = merged.themes
    assert only.name == "Platform and people"
    assert only.key == first.key
    assert only.merged == (second.key,)
    assert ids(only) == set(indexed.infra) | set(indexed.people)
    # Still the usual order across the merged theme: the newest first.
    days = [e.occurred_on for e in only.entries]
    assert days == sorted(days, reverse=True)


def test_without_the_model_themes_fall_back_to_kinds(
    journal: Journal, groups: Groups, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerjournal.services.meaning import model

    monkeypatch.setattr(model, "available", lambda: False)
    summary = by_theme(journal)
    assert summary.themes == ()
    assert summary.grouped_by is GroupBy.KIND
    assert summary.themes_off is ThemesOff.NEEDS_EXTRA
    assert {g.kind for g in summary.achievements} == {EntryKind.PROJECT, EntryKind.RESPONSIBILITY}
    assert themes_off_words(summary) == (
        "Grouped by kind: themes need the meaning extra: pip install 'careerjournal[meaning]'"
    )
    markdown = render_markdown(summary)
    assert "### Projects (5)" in markdown
    assert "Grouped by kind" in markdown


def test_the_model_off_for_another_reason_says_it(
    journal: Journal, groups: Groups, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careerjournal.services.meaning import model

    reason = "the meaning model's file weights/x.safetensors is missing from wordllama"
    monkeypatch.setattr(model, "why_unavailable", lambda: reason)
    monkeypatch.setattr(model, "available", lambda: False)
    summary = by_theme(journal)
    assert summary.themes_off is ThemesOff.UNAVAILABLE
    assert summary.themes_off_reason == reason
    assert themes_off_words(summary) == f"Grouped by kind: themes are off ({reason})."


def test_by_kind_never_asks_the_model(journal: Journal, groups: Groups) -> None:
    summary = journal.summary.build(SummaryOptions(date_from=FROM, date_to=TO), TODAY)
    assert summary.themes == ()
    assert summary.themes_off is None
    assert summary.grouped_by is GroupBy.KIND


def test_report_command_groups_by_theme(
    journal: Journal, indexed: Groups, db_location: str, tmp_path: Path
) -> None:
    names = [g.name for g in themed(by_theme(journal))]
    target = tmp_path / "summary.md"
    args = ["--database", db_location, "report", "--from", "2025-01-01", "--to", "2025-12-31"]
    result = run_cli(*args, "--group-by", "theme", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    for name in names:
        assert f"### {md_escape(name)} (5)" in text
    assert "### Projects" not in text
    assert "Grouped by theme" in text
    bad = run_cli(*args, "--group-by", "topic", "-o", str(target))
    assert bad.returncode == 2
    assert "--group-by" in bad.stderr


# -- names and merges, over themes given -----------------------------------------------------------


@dataclass(frozen=True)
class Found:
    name: str
    entry_ids: tuple[int, ...]
    central_ids: tuple[int, ...]


class Given:
    """Themes as the meaning model would find them, over whichever of their entries are asked."""

    available = True

    def __init__(self, *themes: tuple[str, Sequence[int], Sequence[int]]) -> None:
        self._themes = themes
        self.asked: list[tuple[list[int], int]] = []

    def themes(self, entry_ids: Sequence[int], *, max_themes: int = 5) -> list[Found]:
        self.asked.append((sorted(entry_ids), max_themes))
        wanted = set(entry_ids)
        out = []
        for name, members, central in self._themes[:max_themes]:
            kept = tuple(i for i in members if i in wanted)
            if kept:
                out.append(Found(name, kept, tuple(i for i in central if i in wanted) or kept[:1]))
        return out


@pytest.fixture
def given(groups: Groups) -> Given:
    i, p = groups.infra, groups.people
    # Three themes: the people theme in two parts; the last infra entry in none.
    return Given(
        ("kubernetes cluster", i[:4], i[:2]), ("mentoring", p[:3], p[:2]), ("hiring", p[3:], p[3:4])
    )


def build(journal: Journal, source: Given, **options: object) -> Summary:
    return journal.summary.build(dataclasses.replace(THEMED, **options), TODAY, meaning=source)  # type: ignore[arg-type]


def test_themes_asked_for_the_achievements_only(
    journal: Journal, groups: Groups, given: Given
) -> None:
    feedback = journal.entries.add(
        EntryDraft("Praise from the CTO", D(2025, 3, 3), EntryKind.FEEDBACK)
    ).id
    summary = build(journal, given, excluded_ids=frozenset({groups.people[0]}), max_themes=3)
    ((asked, most),) = given.asked
    assert most == 3
    assert feedback not in asked
    assert groups.people[0] not in asked
    assert len(asked) == 9
    assert [g.name for g in summary.themes] == ["kubernetes cluster", "mentoring", "hiring", ""]
    rest = summary.themes[-1]
    assert rest.unthemed
    assert ids(rest) == {groups.infra[4]}
    assert rest.key == ""


def test_per_group_limit(journal: Journal, groups: Groups, given: Given) -> None:
    summary = build(journal, given, per_kind=2)
    first = summary.themes[0]
    assert len(first.entries) == 2
    assert first.more == 2
    assert first.total == 4


def test_a_name_follows_its_theme_when_its_key_changes(
    journal: Journal, groups: Groups, given: Given
) -> None:
    key = build(journal, given).themes[1].key  # "mentoring": central p0, p1
    assert key_ids(key) == {groups.people[0], groups.people[1]}
    # p0 left out: the theme's key is now another, but the name (and a merge) still find it.
    summary = build(
        journal,
        given,
        excluded_ids=frozenset({groups.people[0]}),
        theme_names={key: "People"},
        merges=((key, build(journal, given).themes[2].key),),
    )
    people = summary.themes[1]
    assert people.key != key
    assert people.name == "People"
    assert ids(people) == set(groups.people[1:])
    # A key naming no theme, an empty name and a merge of a theme with itself change nothing.
    plain = build(
        journal,
        given,
        theme_names={"t999": "Gone", summary.themes[0].key: "  "},
        merges=((key, key),),
    )
    assert [g.name for g in plain.themes] == ["kubernetes cluster", "mentoring", "hiring", ""]


def test_merges_chain_and_keep_the_first_place(
    journal: Journal, groups: Groups, given: Given
) -> None:
    k1, k2, k3, _ = (g.key for g in build(journal, given).themes)
    summary = build(journal, given, merges=((k3, k2), (k2, k1)), theme_names={k2: "Ignored"})
    first, rest = summary.themes
    # k2 joined k3, then k1 joined them: the group of k3 holds all, named as k3 was found.
    assert first.key == k3
    assert first.name == "hiring"
    assert set(first.merged) == {k1, k2}
    assert ids(first) == set(groups.infra[:4]) | set(groups.people)
    assert rest.unthemed


def test_no_achievements_no_themes(journal: Journal, given: Given) -> None:
    summary = build(journal, given, date_from=D(2024, 1, 1), date_to=D(2024, 12, 31))
    assert summary.themes == ()
    assert summary.themes_off is None
    assert not given.asked


# -- the documents ---------------------------------------------------------------------------------


def test_documents_head_each_theme_with_its_name_escaped(
    journal: Journal, groups: Groups, given: Given
) -> None:
    k1 = build(journal, given).themes[0].key
    summary = build(journal, given, theme_names={k1: "<b>Ops</b> & *infra* [x](y)"})
    html = render_html(summary)
    assert '<h3 class="theme">&lt;b&gt;Ops&lt;/b&gt; &amp; *infra* [x](y) (4)</h3>' in html
    assert "<b>Ops</b>" not in html
    assert '<h3 class="theme">mentoring (3)</h3>' in html
    assert '<h3 class="theme">Other achievements (1)</h3>' in html
    assert "Grouped by theme" in html
    assert "Grouped by kind" not in html
    markdown = render_markdown(summary)
    assert "### \\<b\\>Ops\\</b\\> & \\*infra\\* \\[x\\](y) (4)" in markdown
    assert "### mentoring (3)" in markdown
    assert "### hiring (2)" in markdown
    assert "### Other achievements (1)" in markdown
    assert "### Projects" not in markdown
    # Every achievement once, under its theme.
    assert sum(markdown.count(f"**{t}**") for t, _ in INFRA + PEOPLE) == 10
