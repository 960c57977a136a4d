"""Insights on small hand-built journals, with the answers worked out by hand in the comments."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

import pytest

from careerjournal.domain import EntryKind, GoalKind, MoveKind
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft, RoleDraft
from careerjournal.services.insights import (
    Area,
    AreaSource,
    FragmentationAdvice,
    Guidance,
    Insights,
    LeapsAdvice,
    LeapsComparison,
    Promotion,
    Recognition,
    RecognitionKind,
    Trend,
    normalised_entropy,
    stage_for,
    streaks,
    week_key,
)
from careerjournal.wording import insights as words
from careerjournal.wording.insights import NO_PINNED_GOAL
from careerjournal.wording.progress import goal_readiness

D = dt.date


def add(
    journal: Journal,
    day: dt.date,
    kind: EntryKind = EntryKind.SKILL,
    *,
    impact: int = 2,
    tags: Sequence[str] = (),
    title: str = "x",
) -> int:
    draft = EntryDraft(title=title, occurred_on=day, kind=kind, impact=impact, tags=tuple(tags))
    return journal.entries.add(draft).id


def role(
    journal: Journal,
    title: str,
    start: dt.date,
    move: MoveKind = MoveKind.FIRST,
    function: str = "",
    level: str = "",
) -> int:
    draft = RoleDraft(title, start, function=function, level=level, move_kind=move)
    return journal.roles.add(draft).id


def compute(journal: Journal, today: dt.date) -> Insights:
    return journal.insights.compute(today)


# -- the pure helpers -----------------------------------------------------------------------


def test_normalised_entropy_by_hand() -> None:
    assert normalised_entropy([]) == 0.0
    assert normalised_entropy([7]) == 0.0  # one area: no spread
    assert normalised_entropy([5, 0, 0]) == 0.0  # empty areas do not count
    assert normalised_entropy([2, 2, 2, 2]) == pytest.approx(1.0)
    # p = 3/4, 1/4: H = 0.75 ln(4/3) + 0.25 ln 4 = 0.21576 + 0.34657 = 0.56233; / ln 2 = 0.81128
    assert normalised_entropy([3, 1]) == pytest.approx(0.81128, abs=1e-5)


def test_week_key_and_streaks() -> None:
    monday, sunday = D(2024, 6, 3), D(2024, 6, 2)
    assert monday.weekday() == 0
    assert sunday.weekday() == 6
    # Weeks from Monday: Sunday 2 June ends the week before Monday 3 June.
    assert week_key(sunday.toordinal(), 0) == week_key(monday.toordinal(), 0) - 1
    # Weeks from Sunday: they share one.
    assert week_key(sunday.toordinal(), 6) == week_key(monday.toordinal(), 6)
    # weeks 1, 2, 3, 7, 8: longest 3; current 8 -> 2 (7, 8); current 9 (empty) -> still 2;
    # current 10 -> 0 (neither 10 nor 9 has an entry)
    weeks = {1, 2, 3, 7, 8}
    assert streaks(weeks, 8) == (2, 3)
    assert streaks(weeks, 9) == (2, 3)
    assert streaks(weeks, 10) == (0, 3)
    assert streaks(set(), 5) == (0, 0)


def test_stage_boundaries() -> None:
    start = D(2010, 3, 15)
    assert stage_for(start, D(2015, 3, 14)) == "early"  # a day short of 5 years
    assert stage_for(start, D(2015, 3, 15)) == "mid"  # exactly 5 years
    assert stage_for(start, D(2025, 3, 15)) == "mid"  # exactly 15 years
    assert stage_for(start, D(2025, 3, 16)) == "late"  # over 15 years
    # 29 February: the anniversary in a common year is 28 February.
    assert stage_for(D(2012, 2, 29), D(2017, 2, 27)) == "early"
    assert stage_for(D(2012, 2, 29), D(2017, 2, 28)) == "mid"


# -- empty journal ------------------------------------------------------------------------


def test_empty_journal_gives_empty_cards(journal: Journal) -> None:
    today = D(2024, 6, 15)
    ins = compute(journal, today)
    assert ins.is_empty
    assert (ins.entry_count, ins.role_count) == (0, 0)
    assert ins.as_of == today

    le = ins.leaps
    assert (le.promotions, le.cumulative, le.micro_total) == ((), (), 0)
    assert le.last_promotion is None
    assert le.days_since_last_promotion is None
    assert le.average_interval_days is None
    assert le.comparison is LeapsComparison.NO_PROMOTIONS
    assert words.leaps_comparison(le) == "No promotions recorded yet."

    mo = ins.momentum
    assert len(mo.months) == 24
    assert all(v == 0.0 for _, v in mo.months)
    assert (mo.months[0][0], mo.months[-1][0]) == (D(2022, 7, 1), D(2024, 6, 1))
    assert (mo.average_3, mo.average_12, mo.trend) == (0.0, 0.0, Trend.NONE)

    fr = ins.fragmentation
    assert (fr.entries, fr.areas, fr.entropy, fr.recognised, fr.warning) == (
        0,
        (),
        0.0,
        False,
        False,
    )
    assert (fr.window_start, fr.window_end) == (D(2023, 6, 16), today)

    la = ins.lattice
    assert (la.moves, la.functions, la.lateral_count, la.diagonal_count) == ((), (), 0, 0)

    ca = ins.cadence
    assert (ca.weeks_with_entries, ca.current_streak, ca.longest_streak) == (0, 0, 0)
    assert (ca.weeks_active_last_52, ca.share_last_52) == (0, 0.0)
    assert ca.last_feedback is None
    assert ca.days_since_feedback is None
    assert ca.last_recognition is None
    assert ca.days_since_recognition is None
    assert len(ca.heatmap) == 365
    assert all(n == 0 for _, n in ca.heatmap)
    assert ca.heatmap[-1][0] == today

    st = ins.stage
    assert (st.stage, st.computed_stage, st.overridden, st.career_start) == (
        None,
        None,
        False,
        None,
    )
    assert st.career_start_source == ""
    assert st.years is None
    assert 3 <= len(st.guidance) <= 4

    explanations = (
        words.leaps_explanation(le),
        words.momentum_explanation(mo),
        words.fragmentation_explanation(fr),
        words.lattice_explanation(la),
        words.cadence_explanation(ca),
        words.stage_explanation(st),
    )
    for explanation in explanations:
        assert "Not enough data" in explanation, explanation
    assert ins.next_promotion is None
    assert words.next_promotion_text(ins) == NO_PINNED_GOAL


# -- big leaps against incremental gains ------------------------------------------------------


def test_leaps_promotions_and_interval(journal: Journal) -> None:
    role(journal, "Engineer", D(2010, 1, 1))
    second = role(journal, "Engineer II", D(2012, 1, 1), MoveKind.PROMOTION)
    role(journal, "Site Reliability Engineer", D(2013, 6, 1), MoveKind.LATERAL)
    senior = role(journal, "Senior Engineer", D(2015, 1, 1), MoveKind.PROMOTION)
    # Recorded both as a role and as an entry: counted once, as the role.
    add(journal, D(2015, 1, 1), EntryKind.PROMOTION, title="Promoted to Senior")
    # A promotion entry on a day without a promotion role: counts, named after the entry.
    add(journal, D(2018, 1, 1), EntryKind.PROMOTION, title="Promoted to Staff")
    # Micro-progressions: 1 in November 2020, 2 in December, 1 on 1 January (today).
    add(journal, D(2020, 11, 15))
    add(journal, D(2020, 12, 3), EntryKind.PROJECT)
    add(journal, D(2020, 12, 20), EntryKind.FEEDBACK)
    add(journal, D(2021, 1, 1), EntryKind.LEARNING)
    add(journal, D(2020, 12, 5), EntryKind.OTHER)  # not a micro-progression
    add(journal, D(2021, 1, 2))  # after today: ignored

    le = compute(journal, D(2021, 1, 1)).leaps
    assert le.promotions == (
        Promotion(D(2012, 1, 1), "Engineer II", "role", second),
        Promotion(D(2015, 1, 1), "Senior Engineer", "role", senior),
        Promotion(D(2018, 1, 1), "Promoted to Staff", "entry", None),
    )
    # Gaps: 2012-01-01 -> 2015-01-01 = 366 + 365 + 365 = 1096 days; 2015 -> 2018 = 365 + 366 +
    # 365 = 1096. Average 1096. Since 2018-01-01 to 2021-01-01: 365 + 365 + 366 = 1096 days.
    assert le.average_interval_days == 1096
    assert le.days_since_last_promotion == 1096
    assert le.last_promotion == D(2018, 1, 1)
    # 1096 / 365.25 = 3.0007 years; a ratio of 1: about the usual interval.
    assert le.comparison is LeapsComparison.ABOUT
    assert words.leaps_comparison(le) == (
        "Your last promotion was 3.0 years ago; your average interval is 3.0 years. "
        "That is about your usual interval."
    )
    assert le.micro_total == 4
    # Month ends from the first micro-progression's month; this month's point is today.
    assert le.cumulative == ((D(2020, 11, 30), 1), (D(2020, 12, 31), 3), (D(2021, 1, 1), 4))

    # Four years on (2022-01-01, 1461 days since) is past the usual interval: 1461 / 1096 = 1.33.
    later = compute(journal, D(2022, 1, 1)).leaps
    assert later.days_since_last_promotion == 1461
    assert later.comparison is LeapsComparison.LONGER
    assert later.advice is LeapsAdvice.PAST_INTERVAL
    assert words.leaps_comparison(later).endswith("That is longer than your usual interval.")
    assert "past your usual promotion interval" in words.leaps_advice(later)


def test_leaps_one_promotion_has_no_average(journal: Journal) -> None:
    role(journal, "Engineer", D(2019, 1, 1))
    role(journal, "Senior", D(2020, 1, 1), MoveKind.PROMOTION)
    le = compute(journal, D(2020, 3, 1)).leaps
    assert [p.day for p in le.promotions] == [D(2020, 1, 1)]
    assert le.days_since_last_promotion == 60  # 31 (January) + 29 (February 2020)
    assert le.average_interval_days is None
    assert le.comparison is LeapsComparison.ONE_PROMOTION
    assert "no average interval yet" in words.leaps_comparison(le)


def test_promotion_entry_on_a_diagonal_move_counts_once(journal: Journal) -> None:
    role(journal, "Engineer", D(2019, 1, 1), function="Backend")
    lead = role(journal, "Tech Lead", D(2021, 1, 1), MoveKind.DIAGONAL, function="Platform")
    add(journal, D(2021, 1, 1), EntryKind.PROMOTION, title="Promoted to Tech Lead")
    add(journal, D(2021, 1, 1), EntryKind.PROMOTION, title="The same, twice")
    ins = compute(journal, D(2021, 6, 1))
    # The user called the diagonal move a promotion: one step, named after the role.
    assert ins.leaps.promotions == (Promotion(D(2021, 1, 1), "Tech Lead", "entry", lead),)
    assert [m.kind for m in ins.lattice.moves] == [MoveKind.DIAGONAL]
    # The lattice counts that move as a promotion too: the two cards agree.
    assert ins.lattice.promotion_count == 1


def test_a_diagonal_move_to_a_higher_rank_is_a_promotion_everywhere(journal: Journal) -> None:
    journal.roles.add(RoleDraft("Engineer", D(2018, 1, 1), function="Backend", level_rank=3))
    journal.roles.add(
        RoleDraft("SRE", D(2019, 1, 1), function="Ops", level_rank=3, move_kind=MoveKind.LATERAL)
    )
    journal.roles.add(
        RoleDraft(
            "Lead", D(2021, 1, 1), function="Platform", level_rank=4, move_kind=MoveKind.DIAGONAL
        )
    )
    ins = compute(journal, D(2021, 6, 1))
    assert [(p.day, p.title, p.source) for p in ins.leaps.promotions] == [
        (D(2021, 1, 1), "Lead", "role")
    ]
    la = ins.lattice
    assert (la.lateral_count, la.diagonal_count, la.promotion_count) == (1, 1, 1)
    # A promotion is recognition: the fragmentation card sees it.
    assert ins.fragmentation.recognition == (
        Recognition(D(2021, 1, 1), RecognitionKind.PROMOTION, "Lead"),
    )


# -- momentum ---------------------------------------------------------------------------------

TODAY = D(2024, 6, 15)
# months_before(TODAY, 12) = 2023-06-16, months_before(TODAY, 3) = 2024-03-16


def test_momentum_up(journal: Journal) -> None:
    add(journal, D(2023, 1, 10), EntryKind.OTHER)  # history over 12 months; not micro
    for day in range(1, 10):  # 9 entries of impact 2 in the older part of the year: 18 points
        add(journal, D(2023, 9, day), impact=2)
    for day in range(1, 7):  # 6 entries of impact 5 in the last 3 months: 30 points
        add(journal, D(2024, 5, day), EntryKind.PROJECT, impact=5)
    mo = compute(journal, TODAY).momentum
    # 3-month: 30 / 3 = 10.0; 12-month: (18 + 30) / 12 = 4.0; 10 / 4 = 2.5 >= 1.15: up
    assert mo.average_3 == pytest.approx(10.0)
    assert mo.average_12 == pytest.approx(4.0)
    assert mo.trend is Trend.UP
    assert (
        words.trend_text(mo) == "up: 3-month average 10.0 vs 12-month 4.0 impact points per month"
    )
    values = dict(mo.months)
    assert values[D(2023, 9, 1)] == 18.0
    assert values[D(2024, 5, 1)] == 30.0
    assert values[D(2024, 6, 1)] == 0.0
    assert sum(values.values()) == 48.0


def test_momentum_down_and_steady(journal: Journal) -> None:
    add(journal, D(2023, 1, 10), EntryKind.OTHER)
    for month in range(7, 13):  # one entry of impact 3 a month, July to December 2023: 18
        add(journal, D(2023, month, 1), impact=3)
    for month in range(1, 3):  # January, February 2024: 6 more
        add(journal, D(2024, month, 1), impact=3)
    add(journal, D(2024, 4, 1), impact=1)  # the only one in the last 3 months
    mo = compute(journal, TODAY).momentum
    # 3-month: 1 / 3 = 0.33; 12-month: (18 + 6 + 1) / 12 = 2.08; 0.16 <= 0.85: down
    assert mo.average_3 == pytest.approx(1 / 3)
    assert mo.average_12 == pytest.approx(25 / 12)
    assert mo.trend is Trend.DOWN
    assert words.trend_text(mo).startswith("down: 3-month average 0.3 vs 12-month 2.1")


def test_momentum_steady(journal: Journal) -> None:
    add(journal, D(2023, 1, 10), EntryKind.OTHER)
    # The 1st of every month from July 2023 to June 2024, impact 3: 12 entries, 36 points; the
    # last 3 months (from 16 March) hold April, May and June: 9 points.
    for i in range(12):
        add(journal, D(2023 + (6 + i) // 12, (6 + i) % 12 + 1, 1), impact=3)
    mo = compute(journal, TODAY).momentum
    assert (mo.average_3, mo.average_12) == (pytest.approx(3.0), pytest.approx(3.0))
    assert mo.trend is Trend.STEADY


def test_momentum_exactly_15_percent_is_up(journal: Journal) -> None:
    add(journal, D(2023, 1, 10), EntryKind.OTHER)
    for day, impact in enumerate((5,) * 11 + (2,), start=1):  # 57 points in August 2023
        add(journal, D(2023, 8, day), impact=impact)
    for day, impact in enumerate((5, 5, 5, 5, 3), start=1):  # 23 points in May 2024
        add(journal, D(2024, 5, day), impact=impact)
    mo = compute(journal, TODAY).momentum
    # 3-month 23 / 3 = 7.667; 12-month 80 / 12 = 6.667; 23 * 12 / (3 * 80) = 1.15 exactly
    assert mo.average_3 / mo.average_12 == pytest.approx(1.15)
    assert mo.trend is Trend.UP
    assert words.trend_text(mo) == "up: 3-month average 7.7 vs 12-month 6.7 impact points per month"


def test_momentum_young_journal(journal: Journal) -> None:
    # First entry 2 months ago: under 3 months of history, no trend.
    add(journal, D(2024, 4, 20), impact=4)
    mo = compute(journal, TODAY).momentum
    assert mo.trend is Trend.NONE
    assert words.trend_text(mo).startswith("none: under 3 months of history")

    # First entry on 15 December 2023: 183 days before today, 184 days with both ends = 6.05
    # months of history. The long average is over those months: (4 + 5) / 6.05 = 1.49; the
    # short one 4 / 3 = 1.33; 1.33 / 1.49 = 0.90, within 15%: steady.
    add(journal, D(2023, 12, 15), impact=5)
    mo = compute(journal, TODAY).momentum
    history = 184 / (365.25 / 12)
    assert mo.average_12 == pytest.approx(9 / history)
    assert mo.average_3 == pytest.approx(4 / 3)
    assert mo.trend is Trend.STEADY
    assert "months since your first entry" in words.trend_text(mo)


# -- fragmentation ----------------------------------------------------------------------------


def test_fragmentation_all_in_one_area_is_zero(journal: Journal) -> None:
    for day in range(1, 11):
        add(journal, D(2024, 3, day), tags=("python",))
    fr = compute(journal, TODAY).fragmentation
    assert fr.areas == (Area("python", AreaSource.TAG, 10),)
    assert fr.advice is FragmentationAdvice.FOCUSED
    assert fr.entries == 10
    assert fr.entropy == 0.0
    assert not fr.warning
    assert "Focused" in words.fragmentation_advice(fr)


def test_fragmentation_evenly_spread_warns_without_recognition(journal: Journal) -> None:
    for tag in ("alpha", "beta", "gamma", "delta"):
        for day in (1, 2):
            add(journal, D(2024, 2, day), tags=(tag, "zzz"))  # the first tag alphabetically
    add(journal, D(2023, 6, 15), EntryKind.RECOGNITION)  # the day before the window
    add(journal, D(2024, 2, 3), EntryKind.OTHER, tags=("epsilon",))  # not a micro-progression
    fr = compute(journal, TODAY).fragmentation
    # 8 entries, 2 in each of 4 areas: H = ln 4, normalised 1.0.
    assert [(words.area_name(a), a.count) for a in fr.areas] == [
        ("#alpha", 2),
        ("#beta", 2),
        ("#delta", 2),
        ("#gamma", 2),
    ]
    assert fr.advice is FragmentationAdvice.WARNING
    assert fr.entropy == pytest.approx(1.0)
    assert not fr.recognised
    assert fr.recognition == ()
    assert fr.warning
    assert "spread over 4 areas (spread 1.00)" in words.fragmentation_advice(fr)
    assert "#alpha 2, #beta 2, #delta 2 and 1 other" in words.fragmentation_advice(fr)


def test_fragmentation_recognition_silences_the_warning(journal: Journal) -> None:
    for tag in ("alpha", "beta", "gamma", "delta"):
        for day in (1, 2):
            add(journal, D(2024, 2, day), tags=(tag,))
    assert compute(journal, TODAY).fragmentation.warning

    journal.reviews.add(D(2024, 1, 10), "meets")
    fr = compute(journal, TODAY).fragmentation
    assert fr.recognised
    assert not fr.warning
    assert fr.recognition == (Recognition(D(2024, 1, 10), RecognitionKind.REVIEW),)
    assert fr.advice is FragmentationAdvice.RECOGNISED
    assert "but recognised (review on 10 Jan 2024)" in words.fragmentation_advice(fr)


def test_fragmentation_recognition_entry_counts_and_is_an_area(journal: Journal) -> None:
    for tag in ("alpha", "beta", "gamma", "delta"):
        for day in (1, 2):
            add(journal, D(2024, 2, day), tags=(tag,))
    add(journal, D(2024, 5, 1), EntryKind.RECOGNITION, tags=("alpha",))
    fr = compute(journal, TODAY).fragmentation
    # alpha 3, beta 2, delta 2, gamma 2 of 9: H = (1/3) ln 3 + 3 (2/9) ln 4.5
    # = 0.36620 + 1.00272 = 1.36892; / ln 4 (1.38629) = 0.98747
    assert fr.entropy == pytest.approx(0.98747, abs=1e-5)
    assert fr.recognised
    assert not fr.warning
    assert fr.recognition == (Recognition(D(2024, 5, 1), RecognitionKind.RECOGNITION_ENTRY),)


def test_fragmentation_promotion_in_the_window_is_recognition(journal: Journal) -> None:
    role(journal, "Engineer", D(2020, 1, 1))
    for tag in ("alpha", "beta", "gamma", "delta"):
        for day in (1, 2):
            add(journal, D(2024, 2, day), tags=(tag,))
    role(journal, "Senior", D(2024, 3, 1), MoveKind.PROMOTION)
    fr = compute(journal, TODAY).fragmentation
    assert fr.recognition == (Recognition(D(2024, 3, 1), RecognitionKind.PROMOTION, "Senior"),)
    assert not fr.warning


def test_fragmentation_needs_eight_entries(journal: Journal) -> None:
    for i, tag in enumerate(("a", "b", "c", "d", "e", "f", "g")):
        add(journal, D(2024, 2, i + 1), tags=(tag,))
    fr = compute(journal, TODAY).fragmentation
    assert fr.entries == 7
    assert fr.entropy == pytest.approx(1.0)
    assert not fr.warning
    assert "too few to judge" in words.fragmentation_advice(fr)


def test_fragmentation_area_is_function_then_tag_then_kind(journal: Journal) -> None:
    # Entries before the role are role-less; the role (function Platform) takes those after.
    add(journal, D(2023, 8, 1), EntryKind.PROJECT, tags=("infra",))  # no role: its tag
    add(journal, D(2023, 8, 2), EntryKind.PROJECT)  # no role, no tag: its kind
    role(journal, "Engineer", D(2023, 9, 1), function="Platform")
    add(journal, D(2023, 9, 5), tags=("python",))  # the role's function wins over the tag
    add(journal, D(2023, 9, 6), EntryKind.LEARNING)
    role(journal, "Analyst", D(2024, 1, 1), MoveKind.LATERAL)  # no function
    add(journal, D(2024, 1, 5), EntryKind.NETWORK)  # role without a function: its kind
    areas = {words.area_name(a): a.count for a in compute(journal, TODAY).fragmentation.areas}
    assert areas == {"#infra": 1, "project": 1, "Platform": 2, "network": 1}


# -- lattice ----------------------------------------------------------------------------------


def test_lattice_moves_and_functions(journal: Journal) -> None:
    role(journal, "Engineer", D(2010, 1, 1), function="Engineering", level="L2")
    role(journal, "Designer", D(2012, 1, 1), MoveKind.LATERAL, "Design", "L2")
    role(journal, "Product Lead", D(2014, 1, 1), MoveKind.DIAGONAL, "Product", "L3")
    role(journal, "Head of Product", D(2016, 1, 1), MoveKind.PROMOTION, "Product", "L4")
    role(journal, "Staff Engineer", D(2018, 1, 1), MoveKind.NEW_EMPLOYER, "Engineering", "L4")
    role(journal, "Future", D(2030, 1, 1), MoveKind.LATERAL, "Sales")  # after today: ignored
    la = compute(journal, D(2020, 1, 1)).lattice
    assert la.functions == ("Engineering", "Design", "Product")
    assert [(m.day, m.kind, m.title, m.from_function, m.function, m.level) for m in la.moves] == [
        (D(2012, 1, 1), MoveKind.LATERAL, "Designer", "Engineering", "Design", "L2"),
        (D(2014, 1, 1), MoveKind.DIAGONAL, "Product Lead", "Design", "Product", "L3"),
    ]
    assert (la.lateral_count, la.diagonal_count, la.promotion_count, la.new_employer_count) == (
        1,
        1,
        1,
        1,
    )
    assert "3 functions with 1 lateral move and 1 diagonal move" in words.lattice_advice(la)


# -- cadence ----------------------------------------------------------------------------------


def test_streaks_across_a_year_boundary(journal: Journal) -> None:
    # Weeks from Monday: 17, 24, 31 December 2018 and 7 January 2019 are Mondays.
    add(journal, D(2018, 12, 20))  # Thursday, week of 17 Dec
    add(journal, D(2018, 12, 27))  # Thursday, week of 24 Dec
    add(journal, D(2019, 1, 2))  # Wednesday, week of 31 Dec (spans the new year)
    add(journal, D(2019, 1, 9), EntryKind.OTHER)  # Wednesday, week of 7 Jan: any kind counts
    ca = compute(journal, D(2019, 1, 10)).cadence
    assert (ca.weeks_with_entries, ca.current_streak, ca.longest_streak) == (4, 4, 4)

    # Wednesday 16 January: this week has no entry yet, so the streak runs to last week.
    ca = compute(journal, D(2019, 1, 16)).cadence
    assert (ca.current_streak, ca.longest_streak) == (4, 4)
    assert ca.weeks_active_last_52 == 4  # the 52 weeks up to last week
    assert ca.share_last_52 == pytest.approx(4 / 52)

    # Tuesday 22 January: neither this week nor last has one: no current streak.
    ca = compute(journal, D(2019, 1, 22)).cadence
    assert (ca.current_streak, ca.longest_streak) == (0, 4)
    assert "No entry this week or last" in words.cadence_advice(ca)


def test_week_start_monday_vs_sunday(journal: Journal) -> None:
    add(journal, D(2024, 6, 1))  # Saturday
    add(journal, D(2024, 6, 2))  # Sunday
    today = D(2024, 6, 3)  # Monday, no entry
    ca = compute(journal, today).cadence
    # From Monday: Saturday and Sunday are one week (27 May), this week (3 June) is empty.
    assert (ca.week_start, ca.weeks_with_entries, ca.current_streak) == (0, 1, 1)
    assert "Weeks begin on Monday" in words.cadence_explanation(ca)

    journal.profile.update(week_start=6)
    ca = compute(journal, today).cadence
    # From Sunday: Saturday ends the week of 26 May, Sunday 2 June begins this week.
    assert (ca.week_start, ca.weeks_with_entries, ca.current_streak, ca.longest_streak) == (
        6,
        2,
        2,
        2,
    )
    assert "Weeks begin on Sunday" in words.cadence_explanation(ca)


def test_days_since_feedback_and_recognition(journal: Journal) -> None:
    today = D(2024, 4, 4)
    ca = compute(journal, today).cadence
    assert ca.days_since_feedback is None
    assert ca.days_since_recognition is None
    assert "not recorded any feedback yet" in words.cadence_advice(ca)

    add(journal, D(2023, 11, 1), EntryKind.FEEDBACK)
    add(journal, D(2024, 1, 1), EntryKind.FEEDBACK)
    add(journal, D(2023, 12, 1), EntryKind.RECOGNITION)
    ca = compute(journal, today).cadence
    # 1 January to 4 April 2024: 31 + 29 + 31 + 3 = 94 days.
    assert (ca.last_feedback, ca.days_since_feedback) == (D(2024, 1, 1), 94)
    assert (ca.last_recognition, ca.days_since_recognition) == (D(2023, 12, 1), 125)
    assert "You have not recorded feedback in 94 days" in words.cadence_advice(ca)

    role(journal, "Engineer", D(2020, 1, 1))
    role(journal, "Senior", D(2024, 2, 1), MoveKind.PROMOTION)  # a promotion is recognition
    ca = compute(journal, today).cadence
    assert (ca.last_recognition, ca.days_since_recognition) == (D(2024, 2, 1), 63)


def test_heatmap_covers_the_last_365_days(journal: Journal) -> None:
    today = D(2024, 6, 15)
    # 365 days ending today, 29 February 2024 among them: from 17 June 2023.
    add(journal, D(2023, 6, 17))  # the first day of the heatmap
    add(journal, D(2023, 6, 16))  # the day before: left out
    add(journal, today)
    add(journal, today, EntryKind.OTHER)
    trashed = add(journal, today)
    journal.entries.trash([trashed])
    heat = compute(journal, today).cadence.heatmap
    assert len(heat) == 365
    assert heat[0] == (D(2023, 6, 17), 1)
    assert heat[-1] == (today, 2)
    assert sum(n for _, n in heat) == 3
    assert [d for d, _ in heat] == [D(2023, 6, 17) + dt.timedelta(days=i) for i in range(365)]


# -- career stage -----------------------------------------------------------------------------


def test_stage_from_profile_with_boundaries_and_override(journal: Journal) -> None:
    journal.profile.update(career_start=D(2010, 3, 15))
    assert compute(journal, D(2015, 3, 14)).stage.stage == "early"
    assert compute(journal, D(2015, 3, 15)).stage.stage == "mid"  # exactly 5 years
    assert compute(journal, D(2025, 3, 15)).stage.stage == "mid"  # exactly 15 years
    st = compute(journal, D(2025, 3, 16)).stage
    assert (st.stage, st.computed_stage, st.overridden) == ("late", "late", False)
    assert (st.career_start, st.career_start_source) == (D(2010, 3, 15), "profile")
    assert st.years == pytest.approx(5480 / 365.25)  # 2010-03-15 to 2025-03-16: 5480 days

    journal.profile.update(stage_override="early")
    st = compute(journal, D(2025, 3, 16)).stage
    assert (st.stage, st.computed_stage, st.overridden) == ("early", "late", True)
    assert "Set to early in your profile (computed: late)" in words.stage_explanation(st)


def test_stage_falls_back_to_first_role_then_first_entry(journal: Journal) -> None:
    add(journal, D(2019, 5, 1))
    st = compute(journal, D(2024, 5, 1)).stage
    assert (st.career_start, st.career_start_source, st.stage) == (
        D(2019, 5, 1),
        "first entry",
        "mid",
    )
    role(journal, "Engineer", D(2019, 6, 1))
    st = compute(journal, D(2024, 5, 1)).stage
    assert (st.career_start, st.career_start_source, st.stage) == (
        D(2019, 6, 1),
        "first role",
        "early",
    )


def test_stage_guidance_points_at_the_users_data(journal: Journal) -> None:
    journal.profile.update(career_start=D(2022, 1, 1))
    add(journal, D(2024, 1, 1), EntryKind.FEEDBACK)
    add(journal, D(2024, 2, 1), EntryKind.CERTIFICATION)
    add(journal, D(2024, 3, 1), EntryKind.LEARNING)
    ins = compute(journal, D(2024, 4, 4))
    st = ins.stage
    assert st.stage == "early"
    assert st.guidance[:2] == (Guidance.EARLY_FEEDBACK, Guidance.FOUNDATION)
    assert st.recent_learning == 2
    text = " ".join(words.guidance(ins))
    assert "You have not recorded feedback in 94 days" in text
    # feedback is not skill, certification or learning: 2 of those in the last 12 months
    assert "2 entries of skill, certification or learning in the last 12 months" in text

    role(journal, "Engineer", D(2015, 1, 1))
    role(journal, "Senior", D(2018, 1, 1), MoveKind.PROMOTION)
    role(journal, "Staff", D(2021, 1, 1), MoveKind.PROMOTION)
    journal.profile.update(career_start=D(2015, 1, 1))
    ins = compute(journal, D(2024, 3, 15))
    st = ins.stage
    assert st.stage == "mid"
    assert st.guidance[0] is Guidance.LEAPS
    # 2021-01-01 to 2024-03-15: 1169 days = 3.2 years; 2018 -> 2021: 1096 days = 3.0 years.
    assert words.guidance(ins)[0] == (
        "Your last promotion was 3.2 years ago; your average interval is 3.0 years. "
        "That is about your usual interval."
    )


def test_stage_guidance_late(journal: Journal) -> None:
    journal.profile.update(career_start=D(2000, 1, 1))
    add(journal, D(2024, 1, 10), EntryKind.NETWORK)
    ins = compute(journal, D(2024, 6, 15))
    st = ins.stage
    assert st.stage == "late"
    assert st.recent_network == 1
    text = " ".join(words.guidance(ins))
    # One network entry of impact 2 over 5 months of history, none in the last 3: down.
    assert f"momentum is {words.trend_text(ins.momentum)}." in text
    assert ins.momentum.trend is Trend.DOWN
    assert "You have not recorded any feedback yet" in text
    assert "Networking: 1 entry in the last 12 months" in text


# -- the next promotion -----------------------------------------------------------------------


def test_next_promotion_is_the_pinned_goal(journal: Journal) -> None:
    journal.goals.add(GoalDraft("Not pinned", created_on=D(2024, 1, 1)))
    pinned = journal.goals.add(
        GoalDraft("Staff engineer", kind=GoalKind.PROMOTION, pinned=True, created_on=D(2024, 1, 1)),
        [MilestoneDraft("Lead a migration", done_on=D(2024, 2, 1)), MilestoneDraft("Mentor")],
    )
    ins = compute(journal, D(2024, 6, 1))
    assert ins.next_promotion is not None
    assert ins.next_promotion.goal.id == pinned.id
    assert ins.next_promotion.as_of == D(2024, 6, 1)
    assert ins.next_promotion.progress == pytest.approx(0.5)
    assert words.next_promotion_text(ins) == goal_readiness(ins.next_promotion)
    assert not math.isnan(ins.next_promotion.progress)


def test_trashed_and_future_entries_are_ignored(journal: Journal) -> None:
    keep = add(journal, D(2024, 6, 1), EntryKind.FEEDBACK)
    gone = add(journal, D(2024, 6, 10), EntryKind.FEEDBACK)
    journal.entries.trash([gone])
    add(journal, D(2024, 7, 1), EntryKind.FEEDBACK)
    ins = compute(journal, D(2024, 6, 15))
    assert keep
    assert ins.entry_count == 1
    assert ins.cadence.last_feedback == D(2024, 6, 1)
    assert ins.leaps.micro_total == 1


def test_journal_facade_builds_the_service_once(journal: Journal) -> None:
    assert journal.insights is journal.insights
    assert journal.insights.compute().as_of == dt.date.today()
