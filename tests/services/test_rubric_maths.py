"""The rubric's arithmetic on hand-built cases: sub-level letters, thresholds, the tick rules,
when a criterion became met, the share over time, guessing a role's level, criterion matching."""

from __future__ import annotations

import datetime as dt

import pytest

from careerjournal.domain import Demonstration, TickRule
from careerjournal.services.errors import ValidationError
from careerjournal.services.framework_records import (
    DEFAULT_THRESHOLDS,
    CriterionRecord,
    Gap,
    RubricSettings,
)
from careerjournal.services.goal_framework import topic_weights
from careerjournal.services.rubric_match import rank_criteria, stem, words
from careerjournal.services.rubric_maths import (
    check_thresholds,
    gaps,
    guess_level,
    is_met,
    letter,
    met_changes,
    settings_from,
    share_history,
)

D = dt.date
NOT_YET, SOMETIMES, CONSISTENTLY = (
    Demonstration.NOT_YET,
    Demonstration.SOMETIMES,
    Demonstration.CONSISTENTLY,
)
BOTH, EVIDENCE, SHOWN = TickRule.EVIDENCE_AND_CONSISTENTLY, TickRule.EVIDENCE, TickRule.CONSISTENTLY


# -- sub-level letters ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("consistent", "total", "expected"),
    [
        (0, 5, "A"),
        (1, 5, "B"),  # 0.2: exactly the first threshold is B
        (2, 5, "C"),  # 0.4
        (3, 5, "D"),  # 0.6
        (4, 5, "E"),  # 0.8: exactly the last threshold is E
        (5, 5, "E"),  # all shown
        (1, 10, "A"),  # 0.1
        (19, 100, "A"),  # 0.19: just below the first threshold
        (39, 100, "B"),
        (59, 100, "C"),
        (79, 100, "D"),
        (7, 10, "D"),
    ],
)
def test_letter_at_and_around_the_default_thresholds(
    consistent: int, total: int, expected: str
) -> None:
    assert letter(consistent / total) == expected
    assert letter(consistent / total, DEFAULT_THRESHOLDS) == expected


def test_letter_with_own_thresholds() -> None:
    own = (0.1, 0.5, 0.9, 0.95)
    assert [letter(s, own) for s in (0.0, 0.1, 0.49, 0.5, 0.9, 0.94, 0.95, 1.0)] == list("ABBCDDEE")


def test_check_thresholds_accepts_four_rising_shares() -> None:
    assert check_thresholds([0.1, 0.2, 0.3, 0.4]) == (0.1, 0.2, 0.3, 0.4)
    assert check_thresholds(("0.25", 0.5, 0.75, 0.9)) == (0.25, 0.5, 0.75, 0.9)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ([0.2, 0.4, 0.6], "Give 4 sub-level thresholds"),
        ([0.2, 0.4, 0.6, 0.8, 0.9], "Give 4 sub-level thresholds"),
        ([0.2, 0.2, 0.6, 0.8], "rise strictly"),
        ([0.4, 0.2, 0.6, 0.8], "rise strictly"),
        ([0.0, 0.4, 0.6, 0.8], "between 0 and 1"),
        ([0.2, 0.4, 0.6, 1.0], "between 0 and 1"),
        ([-0.1, 0.4, 0.6, 0.8], "between 0 and 1"),
        ([float("nan"), 0.4, 0.6, 0.8], "between 0 and 1"),
        (["a", 0.4, 0.6, 0.8], "are numbers"),
        ([None, 0.4, 0.6, 0.8], "are numbers"),
        (0.5, "are numbers"),
    ],
)
def test_check_thresholds_refusals(values: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as excinfo:
        check_thresholds(values)  # type: ignore[arg-type]
    assert excinfo.value.field == "thresholds"
    assert "\n" not in str(excinfo.value)


def test_settings_from_what_is_stored() -> None:
    assert settings_from({}) == RubricSettings()
    assert settings_from(None) == RubricSettings()
    stored = {"thresholds": [0.1, 0.3, 0.5, 0.7], "tick": "evidence"}
    assert settings_from(stored) == RubricSettings((0.1, 0.3, 0.5, 0.7), EVIDENCE)
    assert settings_from(RubricSettings((0.1, 0.3, 0.5, 0.7), SHOWN).to_json()).tick is SHOWN
    # Anything unreadable falls back to the defaults, one setting at a time.
    broken = settings_from({"thresholds": [0.9, 0.1], "tick": "sometimes"})
    assert broken == RubricSettings()
    assert settings_from({"thresholds": "abc", "tick": "evidence"}).tick is EVIDENCE


# -- met, gaps ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule", "evidenced", "latest", "met", "missing"),
    [
        (BOTH, True, CONSISTENTLY, True, ()),
        (BOTH, False, CONSISTENTLY, False, (Gap.NO_EVIDENCE,)),
        (BOTH, True, SOMETIMES, False, (Gap.NOT_CONSISTENT,)),
        (BOTH, True, NOT_YET, False, (Gap.NOT_CONSISTENT,)),
        (BOTH, True, None, False, (Gap.NOT_ASSESSED,)),
        (BOTH, False, None, False, (Gap.NO_EVIDENCE, Gap.NOT_ASSESSED)),
        (BOTH, False, SOMETIMES, False, (Gap.NO_EVIDENCE, Gap.NOT_CONSISTENT)),
        (EVIDENCE, True, None, True, ()),
        (EVIDENCE, True, NOT_YET, True, ()),
        (EVIDENCE, False, CONSISTENTLY, False, (Gap.NO_EVIDENCE,)),
        (SHOWN, False, CONSISTENTLY, True, ()),
        (SHOWN, True, SOMETIMES, False, (Gap.NOT_CONSISTENT,)),
        (SHOWN, True, None, False, (Gap.NOT_ASSESSED,)),
        (SHOWN, False, None, False, (Gap.NOT_ASSESSED,)),
    ],
)
def test_is_met_and_gaps_for_each_tick_rule(
    rule: TickRule,
    evidenced: bool,
    latest: Demonstration | None,
    met: bool,
    missing: tuple[Gap, ...],
) -> None:
    assert is_met(rule, evidenced, latest) is met
    assert gaps(rule, evidenced, latest) == missing
    assert (not missing) is met


def test_met_changes_follow_evidence_and_assessments() -> None:
    assessments = [
        (D(2024, 2, 1), SOMETIMES),
        (D(2024, 3, 1), CONSISTENTLY),
        (D(2024, 5, 1), SOMETIMES),  # a harsher look
        (D(2024, 7, 1), CONSISTENTLY),
    ]
    evidence = [D(2024, 4, 1), D(2024, 6, 1)]
    # Both: met once there is evidence and the latest says consistently.
    assert met_changes(BOTH, evidence, assessments) == [
        (D(2024, 4, 1), True),
        (D(2024, 5, 1), False),
        (D(2024, 7, 1), True),
    ]
    # Evidence only: from the first entry on; assessments do not matter.
    assert met_changes(EVIDENCE, evidence, assessments) == [(D(2024, 4, 1), True)]
    assert met_changes(EVIDENCE, iter(evidence), []) == [(D(2024, 4, 1), True)]
    # Consistently only: evidence does not matter.
    assert met_changes(SHOWN, [], assessments) == [
        (D(2024, 3, 1), True),
        (D(2024, 5, 1), False),
        (D(2024, 7, 1), True),
    ]
    assert met_changes(BOTH, [], assessments) == []
    assert met_changes(BOTH, evidence, []) == []


def test_met_changes_two_assessments_on_one_day_the_later_wins() -> None:
    day = D(2024, 3, 1)
    assert met_changes(BOTH, [day], [(day, CONSISTENTLY), (day, SOMETIMES)]) == []
    assert met_changes(BOTH, [day], [(day, SOMETIMES), (day, CONSISTENTLY)]) == [(day, True)]


def test_share_history_after_each_change() -> None:
    assessments = {
        1: [(D(2024, 1, 1), CONSISTENTLY)],
        2: [(D(2024, 1, 1), SOMETIMES), (D(2024, 2, 1), CONSISTENTLY)],
        3: [(D(2024, 2, 1), NOT_YET), (D(2024, 4, 1), CONSISTENTLY)],
        4: [(D(2024, 3, 1), CONSISTENTLY), (D(2024, 5, 1), SOMETIMES)],
    }
    assert share_history(assessments, 5, D(2024, 12, 31)) == [
        (D(2024, 1, 1), 0.2),
        (D(2024, 2, 1), 0.4),
        (D(2024, 3, 1), 0.6),
        (D(2024, 4, 1), 0.8),
        (D(2024, 5, 1), 0.6),
    ]
    # Days after `until` are left out; a day that changes nothing adds no point.
    assert share_history(assessments, 5, D(2024, 3, 15)) == [
        (D(2024, 1, 1), 0.2),
        (D(2024, 2, 1), 0.4),
        (D(2024, 3, 1), 0.6),
    ]
    assert share_history({1: [(D(2024, 1, 1), SOMETIMES)]}, 2, D(2025, 1, 1)) == [
        (D(2024, 1, 1), 0.0)
    ]
    assert share_history({}, 3, D(2025, 1, 1)) == []
    assert share_history(assessments, 0, D(2025, 1, 1)) == []


# -- which level a role's label means -------------------------------------------------------------

NUMBERED = [(n, "") for n in range(1, 7)]
ACME = [(1, "Engineer I"), (2, "Engineer II"), (3, "Senior Engineer")]


@pytest.mark.parametrize(
    ("label", "levels", "expected"),
    [
        ("L3", NUMBERED, (3, ())),
        ("Level 3", NUMBERED, (3, ())),
        ("level-4", NUMBERED, (4, ())),
        ("IC5", NUMBERED, (5, ())),
        ("Senior Engineer", ACME, (3, ())),
        ("  senior   ENGINEER ", ACME, (3, ())),
        ("Engineer II", ACME, (2, ())),
        ("Engineer II, Payments", ACME, (2, ())),  # "Engineer I" inside it does not count
        ("Senior Engineer", [(1, "Junior"), (2, "Mid"), (3, "Senior")], (3, ())),
        ("Level 2", ACME, (2, ())),
        # Ambiguous: every level that fits, or every level when none does.
        ("", NUMBERED, (None, (1, 2, 3, 4, 5, 6))),
        ("Senior Engineer", NUMBERED, (None, (1, 2, 3, 4, 5, 6))),
        ("L2/L3", NUMBERED, (None, (2, 3))),
        ("Level 2 or 3", NUMBERED, (None, (2, 3))),
        ("L9", NUMBERED, (None, (1, 2, 3, 4, 5, 6))),
        ("Staff", ACME, (None, (1, 2, 3))),
        ("Senior Engineer II", ACME, (None, (2, 3))),
        # A short level name is a word, not a few letters of one.
        ("Engineering lead", [(1, "I"), (2, "II")], (None, (1, 2))),
    ],
)
def test_guess_level(
    label: str, levels: list[tuple[int, str]], expected: tuple[int | None, tuple[int, ...]]
) -> None:
    assert guess_level(label, levels) == expected


# -- promotion goal weights -----------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 3, 7, 30, 101])
def test_topic_weights_sum_to_one_per_topic(n: int) -> None:
    weights = topic_weights(["a"] * n + ["b"] * 3)
    assert sum(weights[:n]) == pytest.approx(1, abs=1e-12)
    assert sum(weights[n:]) == pytest.approx(1, abs=1e-12)
    assert max(weights[:n]) - min(weights[:n]) < 1e-9
    assert all(w > 0 for w in weights)


def test_topic_weights_interleaved_topics() -> None:
    weights = topic_weights(["a", "b", "a", "b", "a"])
    assert weights[1] == weights[3] == 0.5
    assert sum(weights[0::2]) == pytest.approx(1, abs=1e-12)


# -- matching an entry's words to criteria --------------------------------------------------------


@pytest.mark.parametrize(
    "forms",
    [
        "release releases released releasing",
        "change changes changed changing",
        "ships shipped shipping",
        "plans planned planning",
        "migrate migrated migrating migration migrations",
        "mentor mentors mentored mentoring",
        "strategy strategies",
        "process processes",
        "improve improves improved improvement improvements",
        "document documents documented",
        "feature features",
        "consistent consistently",
    ],
)
def test_forms_of_a_word_share_a_stem(forms: str) -> None:
    assert len({stem(w) for w in forms.split()}) == 1, {w: stem(w) for w in forms.split()}


def test_words_leave_out_stop_words_and_keep_acronyms() -> None:
    found = words("Led the CSV export with the team; we shipped it to the UX group")
    assert set(found.values()) == {"csv", "export", "shipped", "ux", "group"}
    assert words("a an of it") == {}
    assert set(words("SHIPPED IT TO THE TEAM WITH THE SQL API").values()) == {
        "shipped",
        "sql",
        "api",
    }


def criterion(cid: int, text: str, level: int = 2, *examples: str) -> CriterionRecord:
    return CriterionRecord(cid, 1, "t", "T", level, text, examples, cid)


def test_rank_criteria_best_first_with_the_shared_words() -> None:
    criteria = [
        criterion(1, "Writes tests that catch real bugs"),
        criterion(2, "Plans the delivery of a quarter"),
        criterion(3, "Mentors engineers outside the team", 3),
        criterion(4, "Ships features end to end", 2, "Led the CSV export from ticket to release"),
    ]
    found = rank_criteria("Released the CSV export feature, shipped end to end", criteria)
    assert found[0].criterion.id == 4
    assert set(found[0].shared) == {"released", "csv", "export", "feature", "shipped"}
    assert [m.criterion.id for m in found] == [4]
    mentoring = rank_criteria("Mentored two new engineers", criteria)
    assert [m.criterion.id for m in mentoring] == [3]
    assert mentoring[0].shared == ("mentored", "engineers")
    assert rank_criteria("", criteria) == []
    assert rank_criteria("Lunch", criteria) == []
    assert rank_criteria("Shipped things", []) == []
    assert len(rank_criteria("tests bugs plans delivery mentors ships", criteria, limit=2)) == 2
