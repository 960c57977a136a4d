"""Lost updates: two journals (two devices) on one database; a stale copy never wins.

Device A renames; device B, which read the record before, saves its older copy: B is refused
with a ConflictError that says what changed, and A's rename is kept. Also for deletes, and for
NaN, infinity, fractions and True/False as skill levels and targets.
"""

from __future__ import annotations

import datetime as dt
import inspect
import threading
import time
from collections.abc import Iterator

import pytest

from careerjournal.domain import CriterionKind, Goal
from careerjournal.services import (
    AssessmentDraft,
    ConflictError,
    EntryDraft,
    GoalDraft,
    Journal,
    MilestoneDraft,
    RoleDraft,
    ValidationError,
)
from careerjournal.services.entries import EntryService

D = dt.date


@pytest.fixture
def devices(db_location: str) -> Iterator[tuple[Journal, Journal]]:
    """Two journals open on the same database, as two devices (or two app windows) have."""
    a = Journal.open(db_location)
    b = Journal.open(db_location)
    yield a, b
    b.close()
    a.close()


def refused(error: pytest.ExceptionInfo[ConflictError], kind: str, record_id: int) -> None:
    """The conflict names what changed: its kind, its id, the version read and the one now."""
    assert (error.value.kind, error.value.record_id) == (kind, record_id)
    assert error.value.expected is not None
    assert error.value.current is not None
    assert error.value.current > error.value.expected
    assert "changed elsewhere" in str(error.value)


def test_goal_rename_is_not_lost(devices: tuple[Journal, Journal]) -> None:
    a, b = devices
    goal = a.goals.add(GoalDraft("Become staff engineer"))
    seen_by_b = b.goals.get(goal.id)
    a.goals.update(goal.id, GoalDraft("Become principal"), expected_version=goal.version)

    with pytest.raises(ConflictError) as error:
        b.goals.update(
            goal.id,
            GoalDraft(seen_by_b.title, description="B's notes"),
            expected_version=seen_by_b.version,
        )
    refused(error, "goal", goal.id)
    now = b.goals.get(goal.id)
    assert (now.title, now.description, now.version) == ("Become principal", "", 2)
    with pytest.raises(ConflictError):
        b.goals.delete(goal.id, expected_version=seen_by_b.version)
    assert [g.id for g in a.goals.list()] == [goal.id]

    # B, having reloaded, may save.
    saved = b.goals.update(goal.id, GoalDraft("Principal, by 2027"), expected_version=now.version)
    assert (saved.version, a.goals.get(goal.id).title) == (3, "Principal, by 2027")


def test_milestone_edit_is_not_lost(devices: tuple[Journal, Journal]) -> None:
    a, b = devices
    goal = a.goals.add(GoalDraft("Goal"), [MilestoneDraft("Lead a project")])
    m = goal.milestones[0]
    a.goals.update_milestone(
        m.id, MilestoneDraft("Lead the payments project"), expected_version=m.version
    )

    with pytest.raises(ConflictError) as error:
        b.goals.update_milestone(
            m.id, MilestoneDraft(m.title, weight=2), expected_version=m.version
        )
    refused(error, "milestone", m.id)
    with pytest.raises(ConflictError):
        b.goals.set_done(m.id, D(2025, 1, 1), expected_version=m.version)
    with pytest.raises(ConflictError):
        b.goals.delete_milestone(m.id, expected_version=m.version)
    with pytest.raises(ConflictError):
        b.goals.split_milestone(m.id, "Second half", expected_version=m.version)
    now = a.goals.get_milestone(m.id)
    assert (now.title, now.weight, now.done_on) == ("Lead the payments project", 1.0, None)
    assert len(a.goals.get(goal.id).milestones) == 1


def test_role_edit_is_not_lost(devices: tuple[Journal, Journal]) -> None:
    a, b = devices
    role = a.roles.add(RoleDraft("Engineer", D(2020, 1, 1), organisation="Acme"))
    renamed = a.roles.update(
        role.id,
        RoleDraft("Senior engineer", D(2020, 1, 1), organisation="Acme"),
        expected_version=role.version,
    )
    assert renamed.version == role.version + 1

    with pytest.raises(ConflictError) as error:
        b.roles.update(
            role.id,
            RoleDraft("Engineer", D(2020, 1, 1), organisation="Acme", level="L4"),
            expected_version=role.version,
        )
    refused(error, "role", role.id)
    with pytest.raises(ConflictError):
        b.roles.delete(role.id, expected_version=role.version)
    assert (b.roles.get(role.id).title, b.roles.get(role.id).level) == ("Senior engineer", "")


def test_band_rename_is_not_lost(devices: tuple[Journal, Journal]) -> None:
    a, b = devices
    band = a.skills.add_band("Technical")
    a.skills.rename_band(band.id, "Engineering", expected_version=band.version)

    with pytest.raises(ConflictError) as error:
        b.skills.rename_band(band.id, "Technical", "B's words", expected_version=band.version)
    refused(error, "band", band.id)
    with pytest.raises(ConflictError):
        b.skills.delete_band(band.id, expected_version=band.version)
    now = b.skills.get_band(band.id)
    assert (now.name, now.description, now.version) == ("Engineering", "", 2)


def test_skill_edit_is_not_lost(devices: tuple[Journal, Journal]) -> None:
    a, b = devices
    band = a.skills.add_band("Technical")
    skill = a.skills.add_skill(band.id, "Python", target_level=3)
    a.skills.update_skill(skill.id, name="Python 3", expected_version=skill.version)

    with pytest.raises(ConflictError) as error:
        b.skills.update_skill(
            skill.id, name="Python", target_level=5, expected_version=skill.version
        )
    refused(error, "skill", skill.id)
    with pytest.raises(ConflictError):
        b.skills.delete_skill(skill.id, expected_version=skill.version)
    now = b.skills.get_skill(skill.id)
    assert (now.name, now.target_level) == ("Python 3", 3)


def test_review_edit_is_not_lost(devices: tuple[Journal, Journal]) -> None:
    a, b = devices
    review = a.reviews.add(D(2024, 6, 1), "Meets expectations")
    a.reviews.update(
        review.id, D(2024, 6, 1), "Exceeds expectations", expected_version=review.version
    )

    with pytest.raises(ConflictError) as error:
        b.reviews.update(
            review.id, D(2024, 6, 1), "Meets", "B's notes", expected_version=review.version
        )
    refused(error, "review", review.id)
    with pytest.raises(ConflictError):
        b.reviews.delete(review.id, expected_version=review.version)
    (now,) = b.reviews.list()
    assert (now.outcome, now.notes, now.version) == ("Exceeds expectations", "", 2)


def test_entry_update_needs_the_version_read() -> None:
    """`entries.update()` has no "whatever is there" mode: the version is keyword-only and
    required."""
    param = inspect.signature(EntryService.update).parameters["expected_version"]
    assert param.kind is inspect.Parameter.KEYWORD_ONLY
    assert param.default is inspect.Parameter.empty


def test_entry_edit_is_not_lost(devices: tuple[Journal, Journal]) -> None:
    a, b = devices
    entry = a.entries.add(EntryDraft("Shipped the release"))
    a.entries.update(entry.id, EntryDraft("Shipped release 2.0"), expected_version=entry.version)
    with pytest.raises(ConflictError) as error:
        b.entries.update(entry.id, EntryDraft("Shipped", body="B"), expected_version=entry.version)
    refused(error, "entry", entry.id)
    assert b.entries.get(entry.id).title == "Shipped release 2.0"


def test_a_save_that_changes_nothing_keeps_the_version(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Python")
    again = journal.skills.update_skill(skill.id, name="Python", expected_version=skill.version)
    assert again.version == skill.version


# -- levels and targets are whole numbers -------------------------------------------------------

NOT_LEVELS = [float("nan"), float("inf"), -float("inf"), 2.5, 3.0, True, "3"]


@pytest.mark.parametrize("value", NOT_LEVELS, ids=repr)
def test_a_level_that_is_not_a_whole_number_is_refused(journal: Journal, value: object) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Python", target_level=2)
    cases = [
        ("level", lambda: journal.skills.record_assessment(skill.id, value)),  # type: ignore[arg-type]
        ("target level", lambda: journal.skills.add_skill(band.id, "Go", target_level=value)),  # type: ignore[arg-type]
        (
            "target level",
            lambda: journal.skills.update_skill(
                skill.id,
                target_level=value,
                expected_version=journal.skills.get_skill(skill.id).version,
            ),  # type: ignore[arg-type]
        ),
        (
            "level",
            lambda: journal.entries.add(
                EntryDraft("Evidence"),
                assessment=AssessmentDraft(skill.id, value),  # type: ignore[arg-type]
            ),
        ),
    ]
    for field, call in cases:
        with pytest.raises(ValidationError) as error:
            call()
        assert error.value.field == field
        assert "whole number" in str(error.value)
        assert repr(value) in str(error.value)
    assert journal.skills.history(skill.id) == []
    assert journal.skills.get_skill(skill.id).target_level == 2
    assert next(b.skills for b in journal.skills.bands()) == (journal.skills.get_skill(skill.id),)
    assert journal.entries.list() == []


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 2.5, True], ids=repr)
def test_a_criterion_level_that_is_not_a_whole_number_is_refused(
    journal: Journal, value: object
) -> None:
    skill = journal.skills.add_skill(journal.skills.add_band("Technical").id, "Python")
    draft = MilestoneDraft(
        "Python at 3",
        criterion_kind=CriterionKind.SKILL_LEVEL,
        criterion={"skill_id": skill.id, "level": value},
    )
    with pytest.raises(ValidationError) as error:
        journal.goals.add(GoalDraft("Goal"), [draft])
    assert error.value.field == "criterion"
    assert journal.goals.list() == []


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 2.5, True, "x"], ids=repr)
def test_a_level_rank_that_is_not_a_whole_number_is_refused(
    journal: Journal, value: object
) -> None:
    with pytest.raises(ValidationError) as error:
        journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), level_rank=value))  # type: ignore[arg-type]
    assert error.value.field == "level rank"
    assert journal.roles.list() == []


def test_a_save_racing_another_is_refused_not_lost(devices: tuple[Journal, Journal]) -> None:
    """B's save starts while A's rename is written but not yet committed. B waits for A (the
    row is read FOR UPDATE on PostgreSQL; SQLite has one writer), then sees A's version and is
    refused: without the lock it would read the old row and overwrite A's rename."""
    a, b = devices
    goal = a.goals.add(GoalDraft("Staff"))
    outcome: list[BaseException | None] = []
    a_has_written = threading.Event()

    def b_saves() -> None:
        a_has_written.wait()
        try:
            b.goals.update(goal.id, GoalDraft("B's copy"), expected_version=goal.version)
        except BaseException as exc:
            outcome.append(exc)
        else:
            outcome.append(None)

    thread = threading.Thread(target=b_saves)
    thread.start()
    with a.store.write() as session:
        row = session.get(Goal, goal.id, with_for_update=True)
        assert row is not None
        row.title, row.version = "Principal", row.version + 1
        session.flush()
        a_has_written.set()
        time.sleep(0.5)  # B is now waiting for this transaction
    thread.join(timeout=30)

    assert len(outcome) == 1
    assert isinstance(outcome[0], ConflictError)
    assert a.goals.get(goal.id).title == "Principal"
