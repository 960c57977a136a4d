"""The appraisal summary built from a real, hand-made journal: the period's bounds, exclusions,
grouping and order of achievements, headline, skills, goals, quotes, stats, default period."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import event

from careerjournal.domain import EntryKind, GoalStatus, MoveKind
from careerjournal.services import (
    EntryDraft,
    GoalDraft,
    Journal,
    MilestoneDraft,
    RoleDraft,
    ValidationError,
)
from careerjournal.services.progress import Basis, Outlook
from careerjournal.services.summary import (
    PeriodKind,
    Section,
    Summary,
    SummaryOptions,
    excerpt,
    months_before,
)
from careerjournal.wording.progress import projection_reason, readiness_text
from careerjournal.wording.summary import (
    goal_explanation,
    goal_readiness,
    level_words,
    period_words,
    stats_explanation,
)

D = dt.date
FROM, TO = D(2025, 1, 1), D(2025, 6, 30)
TODAY = D(2025, 7, 10)
PERIOD = SummaryOptions(date_from=FROM, date_to=TO)


@dataclass
class Career:
    ids: dict[str, int]  # entries by title
    goals: dict[str, int]


def add(journal: Journal, title: str, on: dt.date, kind: EntryKind, **fields: object) -> int:
    return journal.entries.add(
        EntryDraft(title, occurred_on=on, kind=kind, **fields)  # type: ignore[arg-type]
    ).id


@pytest.fixture
def career(journal: Journal) -> Career:
    journal.profile.update(name="Sam Lee")
    journal.roles.add(
        RoleDraft("Engineer", D(2022, 3, 1), organisation="Acme", level="L2", level_rank=2)
    )
    journal.roles.start(
        RoleDraft(
            "Senior Engineer",
            D(2025, 4, 1),
            organisation="Acme",
            level="L3",
            level_rank=3,
            move_kind=MoveKind.PROMOTION,
        )
    )
    # A move after the period: not in its headline, and the role held on its last day stays.
    journal.roles.start(
        RoleDraft(
            "Platform Engineer",
            D(2025, 9, 1),
            organisation="Acme",
            level="L3",
            level_rank=3,
            move_kind=MoveKind.LATERAL,
        )
    )

    P, L = EntryKind.PROJECT, EntryKind.LEARNING
    ids = {
        "Outside before": add(journal, "Outside before", D(2024, 12, 31), P, starred=True),
        "First day": add(journal, "First day", FROM, P, impact=3, body="# Context\n\nOn day one."),
        "Plain big": add(journal, "Plain big", D(2025, 3, 3), P, impact=5),
        "Plain big earlier": add(journal, "Plain big earlier", D(2025, 3, 1), P, impact=5),
        "Measured": add(journal, "Measured", D(2025, 3, 4), P, impact=1, measurable_result="-30%"),
        "Starred": add(journal, "Starred", D(2025, 3, 5), P, impact=1, starred=True),
        "Starred measured": add(
            journal, "Starred measured", D(2025, 3, 6), P, starred=True, measurable_result="2x"
        ),
        "Left out": add(journal, "Left out", D(2025, 3, 7), P, impact=5, starred=True),
        "Trashed": add(journal, "Trashed", D(2025, 3, 8), P),
        "Course": add(journal, "Course", D(2025, 3, 9), L, tags=("python", "async")),
        "Praise": add(
            journal,
            "Praise",
            D(2025, 3, 10),
            EntryKind.FEEDBACK,
            body="**Great** work on the [rollout](https://example.org).\n\nSecond paragraph.",
        ),
        "Promoted to Senior": add(
            journal, "Promoted to Senior", D(2025, 4, 1), EntryKind.PROMOTION
        ),
        "Raise": add(journal, "Raise", D(2025, 4, 2), EntryKind.COMPENSATION, impact=3),
        "Peer award": add(journal, "Peer award", D(2025, 5, 5), EntryKind.RECOGNITION),
        "Tidied notes": add(journal, "Tidied notes", D(2025, 5, 6), EntryKind.OTHER),
        "Last day": add(journal, "Last day", TO, L, impact=4),
        "Outside after": add(journal, "Outside after", D(2025, 7, 1), P, starred=True),
    }
    journal.entries.trash([ids["Trashed"]])

    tech = journal.skills.add_band("Technical")
    python = journal.skills.add_skill(tech.id, "Python")
    sql = journal.skills.add_skill(tech.id, "SQL")
    go = journal.skills.add_skill(tech.id, "Go")
    journal.skills.add_skill(journal.skills.add_band("Leadership").id, "Mentoring")
    for skill, level, on in [
        (python, 2, D(2024, 6, 1)),
        (python, 3, D(2025, 3, 1)),
        (sql, 3, D(2024, 6, 1)),
        (sql, 4, D(2024, 12, 31)),  # the day before the period: where it starts
        (go, 2, D(2024, 6, 1)),
        (go, 3, TO),  # the last day counts
        (python, 5, D(2025, 7, 5)),  # after the period
    ]:
        journal.skills.record_assessment(skill.id, level, assessed_on=on)

    def goal(title: str, milestones: list[MilestoneDraft], **fields: object) -> int:
        draft = GoalDraft(title=title, **fields)  # type: ignore[arg-type]
        return journal.goals.add(draft, milestones).id

    m = MilestoneDraft
    goals = {
        "Staff": goal(
            "Staff",
            [
                m("Lead a migration", done_on=D(2024, 11, 1)),
                m("Mentor two people", done_on=D(2025, 2, 1)),
                m("Write the strategy"),
                m("Give a talk"),
            ],
            created_on=D(2024, 10, 1),
            pinned=True,
        ),
        "Certified": goal(
            "Certified",
            [m("Pass the exam", done_on=D(2025, 2, 20))],
            created_on=D(2024, 1, 1),
            status=GoalStatus.ACHIEVED,
            closed_on=D(2025, 3, 1),
        ),
        "Dropped long ago": goal(
            "Dropped long ago",
            [m("Something")],
            created_on=D(2023, 1, 1),
            status=GoalStatus.DROPPED,
            closed_on=D(2024, 6, 1),
        ),
        "Started inside": goal(
            "Started inside",
            [m("Small step", done_on=D(2025, 3, 5)), m("Next step")],
            created_on=D(2025, 3, 1),
        ),
        "Started later": goal("Started later", [m("Later")], created_on=D(2025, 8, 1)),
    }
    return Career(ids, goals)


def build(journal: Journal, **changes: object) -> Summary:
    return journal.summary.build(dataclasses.replace(PERIOD, **changes), TODAY)  # type: ignore[arg-type]


def titles(entries: object) -> list[str]:
    return [e.title for e in entries]  # type: ignore[attr-defined]


# -- entries of the period ----------------------------------------------------------------------


def test_only_live_entries_inside_the_period_boundaries_included(
    journal: Journal, career: Career
) -> None:
    s = build(journal)
    candidates = set(titles(s.candidates))
    assert {"First day", "Last day"} <= candidates  # both boundary days
    assert not candidates & {"Outside before", "Outside after", "Trashed"}
    assert "Tidied notes" not in candidates  # kind Other: a chore, not appraisal material
    assert len(candidates) == 13
    # Newest first, for the GUI's include/exclude list.
    assert [e.occurred_on for e in s.candidates] == sorted(
        (e.occurred_on for e in s.candidates), reverse=True
    )
    assert s.headline.entry_count == 13
    assert s.generated_on == TODAY
    assert (s.period.kind, s.period.date_from, s.period.date_to) == (
        PeriodKind.DATES,
        D(2025, 1, 1),
        D(2025, 6, 30),
    )
    assert period_words(s.period) == "1 Jan 2025 to 30 Jun 2025"


def test_excluded_entries_leave_everything_but_the_candidates(
    journal: Journal, career: Career
) -> None:
    left_out = {career.ids["Left out"], career.ids["Praise"]}
    s = build(journal, excluded_ids=frozenset(left_out))
    assert left_out <= {e.id for e in s.candidates}
    assert s.headline.entry_count == 11
    shown = [t for g in s.achievements for t in titles(g.entries)]
    assert "Left out" not in shown
    assert [q.title for q in s.quotes] == ["Peer award"]
    assert sum(m.entries for m in s.stats.months) == 11
    assert s.stats.starred == 2  # "Starred measured" and "Starred"; "Left out" is excluded


def test_achievements_grouped_by_kind_starred_then_measurable_then_impact_then_newest(
    journal: Journal, career: Career
) -> None:
    s = build(journal)
    assert [g.kind for g in s.achievements] == [EntryKind.PROJECT, EntryKind.LEARNING]
    projects = s.achievements[0]
    assert titles(projects.entries) == [
        "Starred measured",  # starred, with a measurable result
        "Left out",  # starred, impact 5
        "Starred",  # starred, impact 1
        "Measured",  # a measurable result
        "Plain big",  # impact 5, newer
        "Plain big earlier",
        "First day",  # impact 3
    ]
    first = next(e for e in projects.entries if e.title == "First day")
    assert first.excerpt == "On day one."  # the heading is passed over
    learning = s.achievements[1]
    assert titles(learning.entries) == ["Last day", "Course"]
    assert learning.entries[1].tags == ("async", "python")
    shown = {t for g in s.achievements for t in titles(g.entries)}
    # Promotions are in the headline, feedback and recognition are quoted, pay is private.
    assert not shown & {"Promoted to Senior", "Praise", "Peer award", "Raise"}


def test_compensation_only_when_asked_for(journal: Journal, career: Career) -> None:
    assert EntryKind.COMPENSATION not in [g.kind for g in build(journal).achievements]
    hidden = build(journal).stats
    s = build(journal, include_compensation=True)
    assert [g.kind for g in s.achievements][-1] is EntryKind.COMPENSATION
    assert titles(s.achievements[-1].entries) == ["Raise"]
    assert s.stats.incremental == hidden.incremental + 1
    assert s.stats.includes_compensation
    assert "pay changes" in stats_explanation(s.stats)
    assert "pay changes" not in stats_explanation(hidden)


# -- headline, skills, goals, quotes, stats ---------------------------------------------------


def test_headline_names_the_role_at_the_end_and_the_moves_inside(
    journal: Journal, career: Career
) -> None:
    h = build(journal).headline
    assert (h.name, h.role_title, h.role_level, h.organisation) == (
        "Sam Lee",
        "Senior Engineer",
        "L3",
        "Acme",
    )
    assert h.role_since == D(2025, 4, 1)
    assert h.days_in_role == (TO - D(2025, 4, 1)).days
    assert [(m.day, m.move_kind, m.title, m.level) for m in h.moves] == [
        (D(2025, 4, 1), MoveKind.PROMOTION, "Senior Engineer", "L3")
    ]
    before = build(journal, date_from=D(2024, 1, 1), date_to=D(2024, 12, 31)).headline
    assert (before.role_title, before.moves) == ("Engineer", ())  # the first role is no move
    assert before.days_in_role == (D(2024, 12, 31) - D(2022, 3, 1)).days


def test_skills_before_and_after_per_band(journal: Journal, career: Career) -> None:
    s = build(journal)
    tech, lead = s.skills
    assert (tech.band, tech.level_before, tech.level_after) == ("Technical", 2, 3)
    assert [(c.name, c.before, c.after) for c in tech.skills] == [
        ("Python", 2, 3),
        ("Go", 2, 3),
    ]  # SQL reached 4 the day before the period and did not move in it
    assert (lead.band, lead.level_before, lead.level_after, lead.skills) == (
        "Leadership",
        0,
        0,
        (),
    )
    assert s.level_names[2] == "Competent"
    assert s.level_name(tech.level_after) == "Competent"
    assert s.level_name(0) is None
    assert level_words(s, None) == "Not assessed"
    # The whole career: Python from unassessed to its level at the end of June.
    early = build(journal, date_from=D(2024, 1, 1))
    assert [(c.name, c.before, c.after) for c in early.skills[0].skills] == [
        ("Python", None, 3),
        ("SQL", None, 4),
        ("Go", None, 3),
    ]


def test_skill_drops_are_kept_apart_from_gains(journal: Journal) -> None:
    band = journal.skills.add_band("Delivery")
    rose = journal.skills.add_skill(band.id, "Testing")
    fell = journal.skills.add_skill(band.id, "Release engineering")
    for skill, level, on in [
        (rose, 2, D(2024, 6, 1)),
        (rose, 4, D(2025, 4, 1)),
        (fell, 3, D(2024, 6, 1)),
        (fell, 2, D(2025, 5, 1)),  # a later, lower assessment
    ]:
        journal.skills.record_assessment(skill.id, level, assessed_on=on)
    (delivery,) = build(journal).skills
    assert [(c.name, c.before, c.after) for c in delivery.gains] == [("Testing", 2, 4)]
    assert [(c.name, c.before, c.after) for c in delivery.drops] == [("Release engineering", 3, 2)]


def test_goals_open_in_the_period_with_progress_before_and_after(
    journal: Journal, career: Career
) -> None:
    goals = {g.title: g for g in build(journal).goals}
    assert list(goals) == ["Staff", "Started inside", "Certified"]  # pinned, active, closed
    staff = goals["Staff"]
    assert (staff.progress_before, staff.progress_after) == (0.25, 0.5)
    assert staff.done_in_period == ("Mentor two people",)
    assert staff.remaining == ("Write the strategy", "Give a talk")
    assert (staff.status, staff.kind, staff.pinned) == ("active", "custom", True)
    assert (staff.done_weight, staff.total_weight, staff.done_count, staff.milestone_count) == (
        2,
        4,
        2,
        4,
    )
    assert goal_explanation(staff).startswith("Done share of milestone weight: 2 of 4")
    assert staff.series[0] == (D(2024, 10, 1), 0.0)
    assert staff.series[-1] == (TO, 0.5)
    assert goal_readiness(staff)  # a projection, or why there is none, in words
    inside = goals["Started inside"]
    assert (inside.progress_before, inside.progress_after) == (0.0, 0.5)
    assert inside.remaining == ("Next step",)
    certified = goals["Certified"]
    assert (certified.status, certified.progress_before, certified.progress_after) == (
        "achieved",
        0.0,
        1.0,
    )
    assert certified.done_in_period == ("Pass the exam",)
    assert certified.remaining == ()
    assert certified.projection.outlook is Outlook.DONE
    assert goal_readiness(certified) == "Every milestone done by 20 Feb 2025."


def test_readiness_text_matches_the_projection(journal: Journal, career: Career) -> None:
    empty = journal.goals.add(GoalDraft("No steps", created_on=D(2025, 1, 1)))
    progress = journal.goals.progress(empty.id, TO)
    assert progress.projection.basis is Basis.NO_MILESTONES
    text = readiness_text(progress.projection)
    assert (
        text == projection_reason(progress.projection) == "No milestones yet: nothing to project."
    )


def test_other_entries_only_when_asked_for(journal: Journal, career: Career) -> None:
    left_out = build(journal)
    s = build(journal, include_other=True)
    assert [g.kind for g in s.achievements][-1] is EntryKind.OTHER
    assert titles(s.achievements[-1].entries) == ["Tidied notes"]
    assert "Tidied notes" in titles(s.candidates)
    assert s.headline.entry_count == left_out.headline.entry_count + 1
    assert s.stats.incremental == left_out.stats.incremental  # never a micro-progression


def test_quotes_newest_first_with_the_title_when_nobody_is_quoted(
    journal: Journal, career: Career
) -> None:
    quotes = build(journal).quotes
    # "Praise"'s body is the writer's own note, not someone's words: the title stands in.
    assert [(q.title, q.kind, q.text, q.verbatim) for q in quotes] == [
        ("Peer award", EntryKind.RECOGNITION, "Peer award", False),
        ("Praise", EntryKind.FEEDBACK, "Praise", False),
    ]


def test_quotes_take_the_quoted_words_not_the_filler_around_them(journal: Journal) -> None:
    def quote(body: str) -> tuple[str, bool]:
        entry = add(journal, "Kudos from Mateo", D(2025, 3, 1), EntryKind.RECOGNITION, body=body)
        s = build(journal)
        journal.entries.trash([entry])
        (q,) = s.quotes
        return q.text, q.verbatim

    assert quote("One more rep.") == ("Kudos from Mateo", False)
    assert quote("Context: the launch.\n\n> Thanks for staying on it\n> until it was fixed.") == (
        "Thanks for staying on it until it was fixed.",
        True,
    )
    assert quote('Mateo wrote: "You made a stressful week feel calm."\n\nKeeping this.') == (
        "You made a stressful week feel calm.",
        True,
    )
    assert quote("She said “exactly the help we needed” at the demo.") == (
        "exactly the help we needed",
        True,
    )
    assert quote('It was "fine" really.') == ("Kudos from Mateo", False)  # emphasis, not a quote


def test_stats_every_month_with_zeros_and_leaps_versus_incremental(
    journal: Journal, career: Career
) -> None:
    stats = build(journal).stats
    assert [(m.year, m.month, m.entries) for m in stats.months] == [
        (2025, 1, 1),
        (2025, 2, 0),  # an empty month is still a month
        (2025, 3, 8),
        (2025, 4, 2),
        (2025, 5, 1),  # "Tidied notes" (Other) is left out
        (2025, 6, 1),
    ]
    assert stats.months[0].impact == 3
    # The promotion entry is the same leap as the role change on its day: counted once.
    assert stats.big_leaps == 1
    # Projects, learning, feedback, recognition; not the promotion, the catch-all or pay.
    assert stats.incremental == 11
    assert stats.starred == 3
    assert stats.impact_total == sum(m.impact for m in stats.months)
    add(journal, "Promoted in all but title", D(2025, 5, 20), EntryKind.PROMOTION)
    assert build(journal).stats.big_leaps == 2


def test_a_period_inside_one_month_and_across_years(journal: Journal, career: Career) -> None:
    one = build(journal, date_from=D(2025, 3, 5), date_to=D(2025, 3, 6)).stats.months
    assert [(m.year, m.month, m.entries) for m in one] == [(2025, 3, 2)]
    across = build(journal, date_from=D(2024, 11, 15), date_to=D(2025, 2, 1)).stats.months
    assert [(m.year, m.month) for m in across] == [(2024, 11), (2024, 12), (2025, 1), (2025, 2)]


def test_sections_are_kept_in_the_options(journal: Journal, career: Career) -> None:
    s = build(journal, sections=frozenset({Section.HEADLINE, Section.STATS}))
    assert s.sections == {Section.HEADLINE, Section.STATS}


def test_a_period_that_ends_before_it_starts_is_refused(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="after it ends"):
        build(journal, date_from=TO, date_to=FROM)


# -- empty periods and the default period -------------------------------------------------------


def test_an_empty_period_gives_an_empty_summary(journal: Journal, career: Career) -> None:
    s = build(journal, date_from=D(2030, 1, 1), date_to=D(2030, 3, 31))
    assert s.is_empty
    assert (s.candidates, s.achievements, s.quotes) == ((), (), ())
    assert [m.entries for m in s.stats.months] == [0, 0, 0]
    assert s.headline.role_title == "Platform Engineer"
    assert not build(journal).is_empty


def test_an_empty_journal_gives_an_empty_summary(journal: Journal) -> None:
    s = journal.summary.build(None, TODAY)
    assert s.is_empty
    assert (s.headline.name, s.headline.role_title, s.headline.days_in_role) == ("", "", None)
    assert (s.skills, s.goals) == ((), ())
    assert s.period.kind is PeriodKind.LAST_12_MONTHS
    assert period_words(s.period) == "The last 12 months"
    assert len(s.stats.months) == 13  # 11 Jul 2024 to 10 Jul 2025
    assert s.level_names[0] == "Novice"


def test_default_period_without_a_review_is_the_last_12_months(journal: Journal) -> None:
    options, period = journal.summary.default_options(TODAY)
    assert (options.date_from, options.date_to, period.kind) == (
        D(2024, 7, 11),
        TODAY,
        PeriodKind.LAST_12_MONTHS,
    )
    assert period_words(period) == "The last 12 months"
    assert options.sections == frozenset(Section)
    assert months_before(TODAY, 12) == D(2024, 7, 11)
    journal.reviews.add(TODAY)  # a review today does not start a period of one day
    assert journal.summary.default_options(TODAY)[0].date_from == D(2024, 7, 11)


def test_default_period_starts_at_the_last_review(journal: Journal) -> None:
    journal.reviews.add(D(2024, 9, 3))
    journal.reviews.add(D(2025, 2, 1))
    journal.reviews.add(D(2025, 9, 1))  # after "today": not yet held
    options, period = journal.summary.default_options(TODAY)
    assert (options.date_from, options.date_to) == (D(2025, 2, 1), TODAY)
    assert (period.kind, period.review) == (PeriodKind.SINCE_REVIEW, D(2025, 2, 1))
    assert period_words(period) == "Since your review on 1 Feb 2025"
    s = journal.summary.build(None, TODAY)
    assert (s.options.date_from, s.period) == (D(2025, 2, 1), period)
    # The same period chosen by hand gets the same name.
    assert journal.summary.build(options, TODAY).period == period
    last6 = SummaryOptions(months_before(TODAY, 6), TODAY)
    assert journal.summary.build(last6, TODAY).period.kind is PeriodKind.LAST_6_MONTHS
    assert period_words(journal.summary.build(last6, TODAY).period) == "The last 6 months"


# -- speed: a handful of queries, whatever the number of entries --------------------------------


def test_the_number_of_queries_does_not_grow_with_the_entries(
    journal: Journal, career: Career
) -> None:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(journal.store.engine, "before_cursor_execute", count)
    try:
        build(journal)
        few = len(statements)
        for i in range(40):
            add(journal, f"More {i}", D(2025, 2, 1 + i % 28), EntryKind.SKILL, tags=(f"t{i}",))
        statements.clear()
        build(journal)
    finally:
        event.remove(journal.store.engine, "before_cursor_execute", count)
    assert len(statements) == few
    assert few < 25


# -- excerpts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("", ""),
        ("Plain.\n\nSecond.", "Plain."),
        ("Line one\nline two", "Line one line two"),
        ("**Bold** _it_ `code` ~~old~~ snake_case", "Bold it code old snake_case"),
        (
            "[a link](https://x.org) and ![a picture](p.png) <b>html</b>",
            "a link and a picture html",
        ),
        (r"2 \* 3 \_not emphasis\_", "2 * 3 _not emphasis_"),
        ("## Heading\nText under it", "Text under it"),
        ("## Only a heading ##", "Only a heading"),
        ("```\ncode block\n\nstill code\n```\n\nAfter the code.", "After the code."),
        ("> quoted\n> more", "quoted more"),
        ("Key ideas:\n- one\n- two\n* three", "Key ideas: one; two; three"),
        ("1. first\n2. second", "first; second"),
        ("---\n\nAfter a rule.", "After a rule."),
    ],
)
def test_excerpt_is_the_first_paragraph_as_plain_text(body: str, expected: str) -> None:
    assert excerpt(body) == expected


def test_excerpt_is_cut_at_a_word() -> None:
    text = excerpt("word " * 100)
    assert len(text) <= 300
    assert text.endswith("word…")
    assert excerpt("x" * 400).endswith("…")
    assert len(excerpt("x" * 400)) == 300


def test_a_summary_is_a_selection_not_a_dump(journal: Journal) -> None:
    """The best `per_kind` of each kind, ranked; the rest are counted, not listed."""
    from careerjournal.domain import EntryKind
    from careerjournal.services import EntryDraft
    from careerjournal.services.summary import SummaryOptions

    day = dt.date(2026, 3, 1)
    for i in range(15):
        journal.entries.add(EntryDraft(f"Project {i}", day, EntryKind.PROJECT, impact=1 + i % 5))
    journal.entries.add(EntryDraft("The starred one", day, EntryKind.PROJECT, starred=True))
    for i in range(11):
        journal.entries.add(EntryDraft(f"Praise {i}", day, EntryKind.RECOGNITION))
    options = SummaryOptions(dt.date(2026, 1, 1), dt.date(2026, 6, 30), per_kind=5)
    summary = journal.summary.build(options, dt.date(2026, 7, 1))
    (projects,) = summary.achievements
    assert len(projects.entries) == 5
    assert projects.more == 11
    assert projects.total == 16
    assert projects.entries[0].title == "The starred one"
    assert all(e.impact == 5 for e in projects.entries[1:4])  # then the highest impact
    assert len(summary.quotes) == 8
    assert summary.more_quotes == 3
    everything = journal.summary.build(
        SummaryOptions(options.date_from, options.date_to, per_kind=None, max_quotes=None),
        dt.date(2026, 7, 1),
    )
    assert everything.achievements[0].more == 0
    assert len(everything.achievements[0].entries) == 16
    assert everything.more_quotes == 0
