"""The band-level rule on hand-built data: pure functions, no journal needed."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from careerjournal.domain import SkillScale
from careerjournal.domain.scales import DREYFUS_LEVELS
from careerjournal.services.banding import (
    Assessed,
    BandShortfall,
    band_history,
    band_level,
    layer_shares,
    level_mix,
    level_on,
    required_count,
    shortfall,
)
from careerjournal.services.skills import SkillsOverview
from careerjournal.wording import skills as words

D = dt.date


def overview(share: float = 0.75) -> SkillsOverview:
    return SkillsOverview(SkillScale.DREYFUS, DREYFUS_LEVELS, share, D(2024, 6, 1), ())


# -- how many skills a level needs ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("skills", "share", "needed"),
    [
        (0, 0.75, 0),  # an empty band needs nothing and reaches nothing
        (4, 0.75, 3),  # exactly 75%
        (6, 0.75, 5),  # 4.5 skills: rounded up
        (8, 0.75, 6),
        (5, 1.0, 5),  # every skill
        (5, 0.2, 1),  # exactly one
        (3, 0.1, 1),  # a small share still needs one skill
        (10, 0.7, 7),  # 0.7 * 10 is 7.000000000000001 in floating point: still 7
        (3, 1 / 3, 1),
        (6, 0.5, 3),
        (7, 0.5, 4),
    ],
)
def test_required_count(skills: int, share: float, needed: int) -> None:
    assert required_count(skills, share) == needed


def test_an_empty_band_has_level_0() -> None:
    assert band_level([], 0.75) == 0
    assert band_level([], 1.0) == 0


def test_all_skills_at_their_level() -> None:
    assert band_level([4, 4, 4, 4], 0.75) == 4
    assert band_level([5], 1.0) == 5
    assert band_level([2, 2, 2, 2, 2, 2], 0.2) == 2


def test_the_share_threshold_on_four_skills() -> None:
    assert band_level([3, 3, 3, 1], 0.75) == 3  # 3 of 4 is exactly 75%
    assert band_level([3, 3, 1, 1], 0.75) == 1  # 2 of 4 is not
    assert band_level([5, 4, 3, 2], 0.75) == 3  # the 3rd highest level


def test_the_share_threshold_rounds_up_on_six_skills() -> None:
    assert band_level([4, 4, 4, 4, 1, 1], 0.75) == 1  # 4 of 6 (67%) is below 75%
    assert band_level([4, 4, 4, 4, 4, 1], 0.75) == 4  # 5 of 6 is enough
    assert band_level([4, 4, 4, 4, 4, None], 0.75) == 4


def test_a_share_of_one_needs_every_skill() -> None:
    assert band_level([5, 5, 2], 1.0) == 2
    assert band_level([5, 5, None], 1.0) == 0


def test_a_small_share_needs_one_skill() -> None:
    assert band_level([None, None, None, None, 3], 0.2) == 3
    assert band_level([1, 2, 5, 2, 1], 0.2) == 5
    assert band_level([None] * 5, 0.2) == 0


def test_unassessed_skills_count_as_below_every_level() -> None:
    assert band_level([3, 3, 3, None], 0.75) == 3
    assert band_level([3, 3, None, None], 0.75) == 0
    assert band_level([None, None], 0.5) == 0
    assert band_level([None, 1], 0.5) == 1


# -- shortfalls ----------------------------------------------------------------------------------


def test_shortfall_names_the_skills_below_and_how_many_must_rise() -> None:
    names = ["A", "B", "C", "D", "E", "F"]
    levels: list[int | None] = [4, 4, 4, 4, 3, None]
    s = shortfall(names, levels, 4, 0.75)
    assert s == BandShortfall(level=4, skill_count=6, below=("E", "F"), must_rise=1)
    assert not s.reached
    assert words.shortfall_text(overview(), s) == "2 of 6 skills below Proficient (1 must rise)"

    s = shortfall(names, levels, 5, 0.75)
    assert (s.below, s.must_rise) == (("A", "B", "C", "D", "E", "F"), 5)
    assert words.shortfall_text(overview(), s) == "6 of 6 skills below Expert (5 must rise)"


def test_shortfall_keeps_band_order_and_counts_unassessed() -> None:
    s = shortfall(["Z", "Y", "X"], [None, 1, 2], 2, 0.5)
    assert (s.below, s.must_rise) == (("Z", "Y"), 1)
    assert (
        words.shortfall_text(overview(0.5), s)
        == "2 of 3 skills below Advanced Beginner (1 must rise)"
    )


def test_a_reached_level_has_no_shortfall_text() -> None:
    s = shortfall(["A", "B", "C", "D"], [3, 3, 3, 1], 3, 0.75)
    assert (s.below, s.must_rise, s.reached) == (("D",), 0, True)
    assert words.shortfall_text(overview(), s) == ""
    assert words.shortfall_text(overview(), None) == ""


def test_an_empty_band_has_nothing_below() -> None:
    s = shortfall([], [], 1, 0.75)
    assert s == BandShortfall(level=1, skill_count=0, below=(), must_rise=0)
    assert s.reached


def test_rule_and_level_names() -> None:
    assert words.rule(overview()) == (
        "A band is at a level when at least 75% of its skills are at that level or above."
    )
    assert "at least 50% of its skills" in words.rule(overview(0.5))
    assert "at least 100% of its skills" in words.rule(overview(1.0))
    o = overview()
    assert (o.name_of(0), o.name_of(None), o.name_of(1), o.name_of(5)) == (
        None,
        None,
        "Novice",
        "Expert",
    )
    assert (
        o.top,
        words.level_name(o, 0),
        words.level_name(o, None),
        words.level_name(o, 1),
        words.level_name(o, 5),
    ) == (
        5,
        "Not assessed",
        "Not assessed",
        "Novice",
        "Expert",
    )


# -- layers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "levels",
    [[1, 3, None, 5], [5, 5, 5], [None, None], [2], [1, 2, 3, 4, 5, None, None, 3]],
)
def test_layers_add_up_to_the_mean_level(levels: list[int | None]) -> None:
    shares = layer_shares(levels, 5)
    assert len(shares) == 5
    mean = sum(lv or 0 for lv in levels) / len(levels)
    assert sum(shares) == pytest.approx(mean)
    assert list(shares) == sorted(shares, reverse=True)  # each layer sits on the one below


def test_layer_shares_by_level() -> None:
    assert layer_shares([1, 3, None, 5], 5) == (0.75, 0.5, 0.5, 0.25, 0.25)
    assert layer_shares([], 5) == (0.0,) * 5
    assert layer_shares([7, 1], 7) == (1.0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5)


# -- history -------------------------------------------------------------------------------------


def test_band_history_has_one_point_per_day_in_date_order() -> None:
    a = [
        Assessed(skill_id=1, day=D(2024, 3, 1), level=2, order=1),
        Assessed(skill_id=2, day=D(2024, 3, 1), level=2, order=2),
        Assessed(skill_id=1, day=D(2024, 5, 1), level=3, order=3),
        Assessed(skill_id=2, day=D(2024, 1, 1), level=1, order=4),  # recorded late, dated early
        Assessed(skill_id=9, day=D(2024, 4, 1), level=5, order=5),  # another band's skill
    ]
    shuffled = a[:]
    random.Random(7).shuffle(shuffled)
    points = band_history([1, 2], shuffled, 1.0, 5)
    assert [(p.day, p.level) for p in points] == [
        (D(2024, 1, 1), 0),  # skill 1 not assessed yet: with share 1.0 the band is at 0
        (D(2024, 3, 1), 2),
        (D(2024, 5, 1), 2),
    ]
    assert points[0].shares == (0.5, 0.0, 0.0, 0.0, 0.0)
    assert points[-1].shares == (1.0, 1.0, 0.5, 0.0, 0.0)
    assert band_history([1, 2], [], 0.75, 5) == []
    assert band_history([], a, 0.75, 5) == []


def test_same_day_assessments_resolve_by_recording_order() -> None:
    day = D(2024, 3, 1)
    a = [
        Assessed(skill_id=1, day=day, level=4, order=10),
        Assessed(skill_id=1, day=day, level=2, order=11),  # the later correction wins
        Assessed(skill_id=2, day=day, level=3, order=5),
    ]
    (point,) = band_history([1, 2], reversed(a), 1.0, 5)
    assert (point.day, point.level) == (day, 2)
    assert point.shares == (1.0, 1.0, 0.5, 0.0, 0.0)


def test_level_on() -> None:
    history = [
        Assessed(skill_id=1, day=D(2024, 6, 1), level=4, order=3),
        Assessed(skill_id=1, day=D(2023, 1, 1), level=1, order=1),
        Assessed(skill_id=1, day=D(2024, 6, 1), level=3, order=4),  # same day, recorded later
        Assessed(skill_id=1, day=D(2023, 7, 1), level=2, order=2),
    ]
    assert level_on(history, D(2022, 12, 31)) is None
    assert level_on(history, D(2023, 1, 1)) == 1
    assert level_on(history, D(2023, 6, 30)) == 1
    assert level_on(history, D(2023, 7, 1)) == 2
    assert level_on(history, D(2024, 6, 1)) == 3
    assert level_on(history, D(2030, 1, 1)) == 3
    assert level_on([], D(2024, 1, 1)) is None


# -- the share of skills at each level -----------------------------------------------------------


def test_level_mix_is_the_share_at_each_level_and_adds_up_to_one() -> None:
    # Skills at 4, 2, 2, none and 1: a fifth not assessed, a fifth at 1, two fifths at 2, ...
    levels = [4, 2, 2, None, 1]
    mix = level_mix(layer_shares(levels, 5))
    assert mix == pytest.approx((0.2, 0.2, 0.4, 0.0, 0.2, 0.0))
    assert sum(mix) == pytest.approx(1.0)
    # Nothing assessed: all of the band is "not assessed"; no levels at all: nothing.
    assert level_mix(layer_shares([None, None], 3)) == (1.0, 0.0, 0.0, 0.0)
    assert level_mix(()) == ()


def test_the_band_level_is_where_the_rule_share_falls_in_the_stacked_mix() -> None:
    """Stacked from the top level down, the rule's share lands in the band level's layer (or
    in "not assessed" when the band has no level): what the band chart shows."""
    rng = random.Random(7)
    for _ in range(300):
        levels = [rng.choice([None, 1, 2, 3, 4, 5]) for _ in range(rng.randint(1, 9))]
        share = rng.choice([0.5, 0.6, 0.75, 1.0])
        mix = level_mix(layer_shares(levels, 5))
        edge, found = 0.0, 0
        for level in range(5, 0, -1):
            edge += mix[level]
            if edge >= share - 1e-9:
                found = level
                break
        assert found == band_level(levels, share), (levels, share)
