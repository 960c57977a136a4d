"""Every update or delete of a versioned record names the version it read (issue 15).

The public services of goals, milestones, roles, skill bands, skills and reviews are inspected:
each public method is a read, an add, a write that is unversioned on purpose (listed here with
the reason), or else a change of a versioned record, which must take a keyword-only
`expected_version` without a default. A new method that changes a record therefore fails here
until it checks the version or is listed, with its reason, as unversioned.
"""

from __future__ import annotations

import datetime as dt
import inspect
from types import FunctionType

import pytest

from careerjournal.services import GoalDraft, Journal, RoleDraft
from careerjournal.services.goals import GoalService
from careerjournal.services.reviews import ReviewService
from careerjournal.services.roles import RoleService
from careerjournal.services.skills import SkillService

SERVICES = (GoalService, RoleService, SkillService, ReviewService)

#: Methods that only read.
READS = {
    "get",
    "get_milestone",
    "get_band",
    "get_skill",
    "list",
    "latest",
    "pinned",
    "progress",
    "progress_all",
    "at",
    "current",
    "promotions",
    "bands",
    "history",
    "evidenced_by",
    "overview",
    "preview_scale_switch",
}

#: Methods that create records: there is no copy the caller read, so nothing to compare.
#: (`start` also ends the open role, bumping its version; `restore` puts a deleted record back
#: under its old ids and is refused if they were taken meanwhile.)
ADDS = {"add", "add_milestone", "add_band", "add_bands", "add_skill", "start", "restore"}

#: Writes that are unversioned on purpose, and why (also said in their docstrings).
UNVERSIONED = {
    "reorder_milestones": "positions are no record's content; the later order wins",
    "reorder_bands": "positions are no record's content; the later order wins",
    "reorder_skills": "positions are no record's content; the later order wins",
    "link_evidence": "adds to a set: links from two devices add up",
    "unlink_evidence": "removes from a set: links from two devices add up",
    "change_evidence": "adds to and removes from a set: links from two devices add up",
    "record_assessment": "assessments are an append-only history",
    "append_assessment": "assessments are an append-only history (inside the entry's save)",
    "delete_assessment": "assessments carry no version: they are never edited",
    "switch_scale": "a whole-journal rewrite; it bumps every version it maps",
}


def _public_methods() -> list[tuple[str, str]]:
    return [
        (cls.__name__, name)
        for cls in SERVICES
        for name, member in vars(cls).items()
        if not name.startswith("_") and isinstance(member, FunctionType | staticmethod)
    ]


def _changes() -> list[tuple[str, str]]:
    return [
        (cls, name)
        for cls, name in _public_methods()
        if name not in READS and name not in ADDS and name not in UNVERSIONED
    ]


def test_the_inspection_finds_the_updates_and_deletes() -> None:
    """Guards the test below against inspecting nothing."""
    found = set(_changes())
    assert {
        ("GoalService", "update"),
        ("GoalService", "delete"),
        ("GoalService", "update_milestone"),
        ("GoalService", "set_done"),
        ("GoalService", "delete_milestone"),
        ("GoalService", "split_milestone"),
        ("RoleService", "update"),
        ("RoleService", "delete"),
        ("SkillService", "rename_band"),
        ("SkillService", "delete_band"),
        ("SkillService", "update_skill"),
        ("SkillService", "delete_skill"),
        ("ReviewService", "update"),
        ("ReviewService", "delete"),
    } <= found


@pytest.mark.parametrize(("cls", "name"), _changes())
def test_every_change_of_a_versioned_record_needs_the_version_read(cls: str, name: str) -> None:
    service = next(s for s in SERVICES if s.__name__ == cls)
    params = inspect.signature(getattr(service, name)).parameters
    assert "expected_version" in params, f"{cls}.{name} changes a record without its version"
    param = params["expected_version"]
    assert param.kind is inspect.Parameter.KEYWORD_ONLY, f"{cls}.{name}: not keyword-only"
    assert param.default is inspect.Parameter.empty, f"{cls}.{name}: has a default"


def test_the_unversioned_writes_exist_and_say_why() -> None:
    """Each write left unversioned on purpose is still there and documents itself."""
    methods = {name: cls for cls in SERVICES for name in vars(cls)}
    for name in UNVERSIONED:
        assert name in methods, f"{name} is gone: drop it from UNVERSIONED"
        assert inspect.getdoc(getattr(methods[name], name)), f"{name} has no docstring"


def test_none_as_the_version_is_refused_and_changes_nothing(journal: Journal) -> None:
    """`expected_version=None` is no way around the check: refused, nothing written."""
    goal = journal.goals.add(GoalDraft("Staff engineer"))
    role = journal.roles.add(RoleDraft("Engineer", dt.date(2020, 1, 1)))
    band = journal.skills.add_band("Technical")
    with pytest.raises(TypeError, match="expected_version"):
        journal.goals.update(goal.id, GoalDraft("Renamed"), expected_version=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected_version"):
        journal.roles.delete(role.id, expected_version=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="expected_version"):
        journal.skills.rename_band(band.id, "Renamed", expected_version=None)  # type: ignore[arg-type]
    assert journal.goals.get(goal.id) == goal
    assert journal.roles.get(role.id) == role
    assert journal.skills.get_band(band.id) == band
