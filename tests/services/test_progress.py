"""Goal progress maths on hand-built histories whose answers are worked out in the comments.

Dates are day numbers from an arbitrary start (`day(60)` is 60 days after 1 Jan 2024), so every
answer is plain arithmetic on days.
"""

from __future__ import annotations

import datetime as dt

import pytest

from careerjournal.services.progress import (
    DEFAULT_WINDOW_DAYS,
    Basis,
    Outlook,
    Pace,
    Projection,
    Standing,
    Step,
    WindowUnit,
    manual_step,
    pace,
    progress_at,
    progress_series,
    project,
    schedule,
    step_from_states,
    window_span,
)
from careerjournal.wording.progress import projection_reason, schedule_text, window_words

T0 = dt.date(2024, 1, 1)


def day(n: int) -> dt.date:
    return T0 + dt.timedelta(days=n)


def done(weight: float, *days: int) -> Step:
    """A step that became done on the first day, undone on the second, done on the third..."""
    return Step(weight, tuple((day(d), i % 2 == 0) for i, d in enumerate(days)))


def equal_steps(n: int, *done_days: int) -> list[Step]:
    """`n` milestones of weight 1; the first ones done on `done_days`, the rest open."""
    return [done(1, d) for d in done_days] + [Step(1) for _ in range(n - len(done_days))]


def forecast(steps: list[Step], today: int, *, started: int = 0, window: int = 365) -> Projection:
    return project(
        steps, day(today), pace(steps, day(today), started=day(started), window_days=window)
    )


# -- steps --------------------------------------------------------------------------------------


def test_manual_step() -> None:
    assert manual_step(2, None) == Step(2, ())
    ticked = manual_step(1.5, day(10))
    assert ticked == Step(1.5, ((day(10), True),))
    assert [ticked.done_at(day(n)) for n in (9, 10, 11)] == [False, True, True]


def test_step_from_states_keeps_changes_and_the_last_observation_of_a_day() -> None:
    step = step_from_states(
        1,
        [
            (day(0), False),  # not done to begin with: no change
            (day(5), True),
            (day(5), False),
            (day(5), True),  # day 5 resolves to this last one: done
            (day(9), True),  # no change
            (day(20), False),  # flips back (the evidence was deleted)
            (day(30), True),
        ],
    )
    assert step.changes == ((day(5), True), (day(20), False), (day(30), True))
    assert [step.done_at(day(n)) for n in (4, 5, 19, 20, 29, 30)] == [
        False,
        True,
        True,
        False,
        False,
        True,
    ]
    # Became done on day 5 and day 30: one completion in each half-open window.
    assert step.completions_between(day(0), day(30)) == 2
    assert step.completions_between(day(5), day(29)) == 0  # (5, 29]: day 5 is outside
    assert step.completions_between(day(4), day(5)) == 1


def test_step_from_states_sorts_and_a_day_ending_not_done_changes_nothing() -> None:
    assert step_from_states(1, [(day(5), True), (day(5), False)]).changes == ()
    unsorted = step_from_states(2, [(day(9), False), (day(3), True)])
    assert unsorted == Step(2, ((day(3), True), (day(9), False)))
    assert step_from_states(1, []) == Step(1)


# -- progress -----------------------------------------------------------------------------------

# Weights 3, 1 and 1 (total 5): the first done on day 31, the second on day 60, the third open.
WEIGHTED = [done(3, 31), done(1, 60), Step(1)]


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, 0.0),
        (30, 0.0),
        (31, 3 / 5),  # 0.6: done at the end of its day
        (59, 3 / 5),
        (60, 4 / 5),  # 0.8
        (400, 4 / 5),
    ],
)
def test_progress_at_is_the_done_share_of_weight(n: int, expected: float) -> None:
    assert progress_at(WEIGHTED, day(n)) == pytest.approx(expected)


def test_progress_without_milestones_is_zero() -> None:
    assert progress_at([], day(0)) == 0.0
    assert progress_at([Step(0)], day(0)) == 0.0


def test_progress_follows_a_milestone_that_flips_back() -> None:
    # Weight 1 done on day 10, undone on day 20, done again on day 40; a weight-3 step open.
    steps = [done(1, 10, 20, 40), Step(3)]
    assert [progress_at(steps, day(n)) for n in (9, 10, 20, 39, 40)] == [0, 0.25, 0, 0, 0.25]


def test_progress_series_is_a_step_curve() -> None:
    assert progress_series(WEIGHTED, day(0), day(90)) == [
        (day(0), 0.0),
        (day(31), pytest.approx(0.6)),
        (day(60), pytest.approx(0.8)),
        (day(90), pytest.approx(0.8)),  # the end, after the last change
    ]
    # Ending on a change: no point twice. Starting after one: it is in the first point.
    assert progress_series(WEIGHTED, day(0), day(60)) == [
        (day(0), 0.0),
        (day(31), pytest.approx(0.6)),
        (day(60), pytest.approx(0.8)),
    ]
    assert progress_series(WEIGHTED, day(40), day(90)) == [
        (day(40), pytest.approx(0.6)),
        (day(60), pytest.approx(0.8)),
        (day(90), pytest.approx(0.8)),
    ]
    assert progress_series(WEIGHTED, day(31), day(31)) == [(day(31), pytest.approx(0.6))]
    assert progress_series([], day(0), day(10)) == [(day(0), 0.0), (day(10), 0.0)]


# -- pace ---------------------------------------------------------------------------------------

# Four milestones of weight 1 done on days 10, 100, 200 and 250.
FOUR = equal_steps(4, 10, 100, 200, 250)


def test_pace_over_a_full_window() -> None:
    # Today day 300, 120-day window: from day 180 (50% done) to day 300 (100%).
    p = pace(FOUR, day(300), window_days=120)
    assert p == Pace(day(180), day(300), 0.5, 2, False)
    assert p.days == 120
    # 0.5 over 120 days is 0.5 / 120 * 30.4375 = 0.126822... of the goal a month.
    assert p.per_month == pytest.approx(0.5 / 120 * 30.4375)
    # A goal that started before the window does not shorten it.
    assert pace(FOUR, day(300), started=day(0), window_days=120) == p


def test_pace_is_clipped_to_the_goal_start() -> None:
    # Started on day 220, after the window would begin (180): from 75% to 100%, one completion.
    p = pace(FOUR, day(300), started=day(220), window_days=120)
    assert p == Pace(day(220), day(300), 0.25, 1, True)
    assert p.per_month == pytest.approx(0.25 / 80 * 30.4375)


def test_a_completion_on_the_window_start_is_not_in_the_window() -> None:
    # Window (200, 300]: the day-200 completion counts in the starting 75%.
    assert pace(FOUR, day(300), window_days=100) == Pace(day(200), day(300), 0.25, 1, False)


def test_pace_of_a_goal_starting_today_or_later_is_empty() -> None:
    for start in (300, 400):
        p = pace(FOUR, day(300), started=day(start))
        assert (p.window_start, p.days, p.gained, p.completions) == (day(300), 0, 0, 0)
        assert p.per_month == 0.0


def test_the_default_window_is_a_year() -> None:
    assert DEFAULT_WINDOW_DAYS == 365
    assert pace(FOUR, day(300)).window_start == day(300 - 365)


# -- projection ---------------------------------------------------------------------------------


def test_a_steady_goal_projects_a_likely_date_with_a_range() -> None:
    # Four equal milestones, two done at days 30 and 60; today day 60, started day 0.
    # Pace: 0.5 in 60 days = 1/120 a day; the other 0.5 takes 60 days: likely day 120.
    # Two completions: spread 1/sqrt(2) = 0.70711.
    #   earliest: 60 / 1.70711 = 35.15 days, rounded up 36: day 96
    #   latest:   60 / 0.29289 = 204.85 days, rounded up 205: day 265
    projection = forecast(equal_steps(4, 30, 60), 60)
    assert projection == Projection(
        Outlook.PROJECTED,
        likely=day(120),
        earliest=day(96),
        latest=day(265),
        basis=Basis.PACE,
        window_days=60,
        since_start=True,
        gained=0.5,
        completions=2,
    )
    assert projection_reason(projection) == (
        "At the pace of the 2 months since the goal started (50% of the goal, 2 milestones); "
        "the range widens as fewer milestones back the pace."
    )


def test_more_completions_narrow_the_range() -> None:
    # Ten equal milestones, five done on days 10..50; today day 50, started day 0.
    # Pace 0.5 in 50 days = 0.01 a day: the other 0.5 takes 50 days, likely day 100.
    # Spread 1/sqrt(5) = 0.44721:
    #   earliest: 50 / 1.44721 = 34.55, up to 35: day 85
    #   latest:   50 / 0.55279 = 90.45, up to 91: day 141
    projection = forecast(equal_steps(10, 10, 20, 30, 40, 50), 50)
    assert (projection.outlook, projection.likely) == (Outlook.PROJECTED, day(100))
    assert (projection.earliest, projection.latest) == (day(85), day(141))
    # Relative width (latest - earliest) / (likely - today): 56 / 50 here, 169 / 60 with two.
    assert (141 - 85) / 50 < (265 - 96) / 60


def test_a_slow_goal_has_no_latest_date() -> None:
    # Twenty milestones, two done in the first year (days 100 and 200); today day 365.
    # Pace 0.1 a year: the remaining 0.9 takes 3285 days, likely day 3650.
    # Earliest: 3285 / 1.70711 = 1924.3, up to 1925: day 2290. Latest: 3285 / 0.29289 = 11216
    # days, over the 25-year horizon (9125 days): no upper bound in sight.
    projection = forecast(equal_steps(20, 100, 200), 365)
    assert (projection.outlook, projection.likely) == (Outlook.PROJECTED, day(3650))
    assert (projection.earliest, projection.latest) == (day(2290), None)


def test_too_slow_to_project_at_all() -> None:
    # 1000 milestones, two done in ten years: 500 years to go at that pace.
    steps = equal_steps(1000, 1, 2)
    projection = forecast(steps, 3650, window=10_000)
    assert (projection.outlook, projection.basis) == (Outlook.STALLED, Basis.TOO_SLOW)
    assert (
        projection_reason(projection)
        == "Progress in the 10 years since the goal started is too slow to project a date."
    )


def test_too_little_history_without_a_completion() -> None:
    # Started 20 days ago, nothing done yet: too early to tell, not stalled.
    projection = forecast(equal_steps(4), 20)
    assert (projection.outlook, projection.basis) == (
        Outlook.TOO_LITTLE_HISTORY,
        Basis.TOO_FEW_COMPLETIONS,
    )
    assert projection_reason(projection) == (
        "Too little history: no milestone done in the 20 days since the goal started; "
        "a projection needs at least 2."
    )


def test_too_little_history_with_one_completion() -> None:
    projection = forecast(equal_steps(4, 10), 20)
    assert projection.outlook is Outlook.TOO_LITTLE_HISTORY
    assert projection_reason(projection) == (
        "Too little history: 1 milestone done in the 20 days since the goal started; "
        "a projection needs at least 2."
    )
    assert (projection.likely, projection.earliest, projection.latest) == (None, None, None)
    # The facts behind the words: the window, the completions, and how many are needed.
    assert (projection.basis, projection.window_days, projection.since_start) == (
        Basis.TOO_FEW_COMPLETIONS,
        20,
        True,
    )
    assert (projection.completions, projection.min_completions) == (1, 2)
    # An older goal with one completion in a full year's window.
    old = forecast(equal_steps(4, 10, 100), 400)  # window (35, 400]: only day 100
    assert old.outlook is Outlook.TOO_LITTLE_HISTORY
    assert projection_reason(old) == (
        "Too little history: 1 milestone done in the last 12 months; a projection needs at least 2."
    )


def test_a_goal_started_today_has_too_little_history() -> None:
    projection = forecast(equal_steps(4), 20, started=20)
    assert projection.outlook is Outlook.TOO_LITTLE_HISTORY
    assert projection_reason(projection) == (
        "Too little history: the goal has only just started; "
        "a projection needs at least 2 milestones done."
    )


def test_stalled_when_a_whole_window_passes_without_progress() -> None:
    # Half done on days 10 and 20; today day 500: nothing in (135, 500].
    projection = forecast(equal_steps(4, 10, 20), 500)
    assert (projection.outlook, projection.basis) == (Outlook.STALLED, Basis.NO_PROGRESS)
    assert (
        projection_reason(projection)
        == "No progress in the last 12 months: at this pace the goal is not reached."
    )


def test_stalled_when_completions_are_cancelled_out() -> None:
    # A young goal whose one milestone was done and undone twice in 50 days: two completions,
    # no net gain.
    steps = [done(1, 10, 20, 30, 40), Step(1)]
    p = pace(steps, day(50), started=day(0))
    assert (p.gained, p.completions) == (0, 2)
    assert projection_reason(project(steps, day(50), p)) == (
        "No progress in the 50 days since the goal started: at this pace the goal is not reached."
    )


def test_lost_ground_when_milestones_come_undone() -> None:
    # Two of four done on day 10; one comes undone on day 100 (its evidence was deleted).
    # Window (35, 400]: from 50% to 25%, gained -0.25, per month -0.25 / 365 * 30.4375.
    steps = [done(1, 10, 100), done(1, 10), Step(1), Step(1)]
    p = pace(steps, day(400), started=day(0))
    assert p.gained == pytest.approx(-0.25)
    assert p.per_month == pytest.approx(-0.25 / 365 * 30.4375)
    projection = project(steps, day(400), p)
    assert (projection.outlook, projection.basis) == (Outlook.STALLED, Basis.LOST_GROUND)
    assert projection_reason(projection) == (
        "Lost ground in the last 12 months: milestones came undone (-25% of the goal); "
        "at this pace the goal is not reached."
    )


def test_a_done_goal_is_dated_by_its_last_completion() -> None:
    steps = equal_steps(4, 30, 60, 90, 120)
    projection = forecast(steps, 150)
    assert projection == Projection(
        Outlook.DONE, day(120), day(120), day(120), basis=Basis.ALL_DONE
    )
    assert projection_reason(projection) == "Every milestone is done."


def test_a_done_goal_ignores_changes_after_today() -> None:
    # Done on day 30 and 60; the first flips back on day 200 and is done again on day 250.
    # As of day 100 everything was done on day 60.
    steps = [done(1, 30, 200, 250), done(1, 60)]
    projection = forecast(steps, 100)
    assert (projection.outlook, projection.likely) == (Outlook.DONE, day(60))
    assert forecast(steps, 300).likely == day(250)
    assert forecast(steps, 220).outlook is not Outlook.DONE  # half done between 200 and 250


def test_no_milestones() -> None:
    projection = forecast([], 100)
    assert (projection.outlook, projection.basis) == (Outlook.NO_MILESTONES, Basis.NO_MILESTONES)
    assert projection_reason(projection) == "No milestones yet: nothing to project."


def test_min_completions_is_a_parameter() -> None:
    steps = equal_steps(4, 30, 60)
    p = pace(steps, day(60), started=day(0))
    assert project(steps, day(60), p, min_completions=3).outlook is Outlook.TOO_LITTLE_HISTORY
    assert project(steps, day(60), p, min_completions=1).outlook is Outlook.PROJECTED


# -- schedule -----------------------------------------------------------------------------------

# The steady goal above: today day 60, 50% done, earliest day 96, likely 120, latest 265.
STEADY = forecast(equal_steps(4, 30, 60), 60)


def standing(target: int | None, projection: Projection = STEADY, progress: float = 0.5):
    return schedule(
        progress,
        projection,
        started=day(0),
        target=None if target is None else day(target),
        today=day(60),
    )


def test_ahead_when_even_the_slow_end_is_before_the_target() -> None:
    result = standing(300)  # latest 265: 35 days to spare
    assert (result.standing, result.days) == (Standing.AHEAD, 35)
    assert schedule_text(result) == "Ahead: ready before the target date even at the slow end."
    assert (standing(265).standing, standing(265).days) == (Standing.AHEAD, 0)


def test_on_track_when_the_target_is_within_the_range() -> None:
    for target in (96, 120, 200, 264):
        result = standing(target)
        assert (result.standing, result.days) == (Standing.ON_TRACK, 0), target
        assert schedule_text(result) == "On track: the target date is within the projected range."


def test_behind_when_even_the_fast_end_is_after_the_target() -> None:
    result = standing(90)  # earliest 96
    assert (result.standing, result.days) == (Standing.BEHIND, 6)
    assert (
        schedule_text(result) == "Behind: even at the fast end ready 6 days after the target date."
    )
    assert (
        schedule_text(standing(95))
        == "Behind: even at the fast end ready 1 day after the target date."
    )
    assert standing(60).days == 36  # the target is today: not overdue yet


def test_without_a_latest_date_a_goal_is_never_ahead() -> None:
    slow = forecast(equal_steps(20, 100, 200), 365)  # earliest day 2290, latest None
    result = schedule(0.1, slow, started=day(0), target=day(9000), today=day(365))
    assert result.standing is Standing.ON_TRACK


def test_overdue_once_the_target_date_has_passed() -> None:
    result = standing(59)
    assert (result.standing, result.days) == (Standing.OVERDUE, 1)
    assert schedule_text(result) == "The target date passed 1 day ago with 50% done."
    assert schedule_text(standing(20)) == "The target date passed 40 days ago with 50% done."


def test_no_target_date() -> None:
    result = standing(None)
    assert (result.standing, result.days, schedule_text(result)) == (
        Standing.NO_TARGET,
        None,
        "No target date.",
    )


def test_a_done_goal_is_done_even_past_its_target() -> None:
    finished = forecast(equal_steps(2, 10, 20), 60)
    for target in (None, 30, 100):
        result = standing(target, finished, 1.0)
        assert (result.standing, schedule_text(result)) == (Standing.DONE, "Done."), target


@pytest.mark.parametrize(
    ("progress", "expected", "text"),
    [
        # Started day 0, target day 120, today day 60: half the time is gone.
        (0.5, Standing.ON_TRACK, "On track by time elapsed: 50% done, 50% of the time gone."),
        (0.53, Standing.ON_TRACK, "On track by time elapsed: 53% done, 50% of the time gone."),
        (0.25, Standing.BEHIND, "Behind by time elapsed: 25% done, 50% of the time gone."),
        (0.75, Standing.AHEAD, "Ahead by time elapsed: 75% done, 50% of the time gone."),
    ],
)
def test_straight_line_without_a_projection(progress: float, expected: Standing, text: str) -> None:
    young = forecast(equal_steps(4, 30), 60)  # one completion: too little history
    assert young.outlook is Outlook.TOO_LITTLE_HISTORY
    result = standing(120, young, progress)
    assert (result.standing, schedule_text(result)) == (expected, text)
    assert result.days == (0 if expected is Standing.ON_TRACK else None)


def test_straight_line_for_a_stalled_goal() -> None:
    stalled = Projection(Outlook.STALLED, basis=Basis.NO_PROGRESS)
    # Started day 0, target day 80, today day 60: 75% of the time gone, 50% done.
    result = schedule(0.5, stalled, started=day(0), target=day(80), today=day(60))
    assert result.standing is Standing.BEHIND
    assert schedule_text(result) == "Behind by time elapsed: 50% done, 75% of the time gone."


# -- words --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "words"),
    [
        (1, "the last day"),
        (14, "the last 14 days"),
        (28, "the last 28 days"),
        (30, "the last month"),
        (45, "the last 45 days"),
        (60, "the last 2 months"),
        (90, "the last 3 months"),
        (365, "the last 12 months"),
        (500, "the last 500 days"),
        (730, "the last 2 years"),
    ],
)
def test_window_words(days: int, words: str) -> None:
    assert window_words(days) == words


def test_window_words_since_the_start() -> None:
    assert window_words(1, since_start=True) == "the 1 day since the goal started"
    assert window_words(60, since_start=True) == "the 2 months since the goal started"


@pytest.mark.parametrize(
    ("days", "span"),
    [
        (1, (1, WindowUnit.DAY)),
        (45, (45, WindowUnit.DAY)),
        (30, (1, WindowUnit.MONTH)),
        (365, (12, WindowUnit.MONTH)),
        (730, (2, WindowUnit.YEAR)),
    ],
)
def test_window_span_is_a_count_and_a_unit(days: int, span: tuple[int, WindowUnit]) -> None:
    assert window_span(days) == span


def test_schedule_by_time_carries_its_figures() -> None:
    young = forecast(equal_steps(4, 30), 60)
    result = standing(120, young, 0.25)
    assert (result.standing, result.by_time) == (Standing.BEHIND, True)
    assert (result.progress, result.expected) == (0.25, 0.5)
