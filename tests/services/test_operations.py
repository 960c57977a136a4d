"""Operations and their undo: one transaction each, logged in the journal, undone as a whole.

Every test here compares the whole journal (every row of every table, and the backup export)
before and after, so an undo that leaves one row behind fails.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerjournal.domain import GoalStatus
from careerjournal.interchange.backup_format import dumps, export_backup
from careerjournal.services import (
    AssessmentDraft,
    EntryDraft,
    GoalDraft,
    Journal,
    MilestoneDraft,
    RoleDraft,
    ServiceError,
)
from careerjournal.services import rows as journal_rows
from careerjournal.services.operations import (
    NothingToUndoError,
    OpCode,
    UndoConflictError,
)

D = dt.date


def state(journal: Journal) -> tuple[dict[Any, Any], str]:
    """The journal's every row, and its backup export (without the export's own time)."""
    with journal.store.read() as session:
        everything = journal_rows.everything(session)
    data = export_backup(journal)
    data.pop("exported_at")
    return everything, dumps(data)


def steps(journal: Journal, actions: list[Callable[[], object]]) -> list[tuple[Any, Any]]:
    """Run `actions`, returning the journal's state before the first and after each."""
    seen = [state(journal)]
    for action in actions:
        action()
        seen.append(state(journal))
    return seen


def undo_redo_walk(journal: Journal, seen: list[tuple[Any, Any]]) -> None:
    """Undo back to the first state, checking each one on the way; then redo to the last."""
    for expected in reversed(seen[:-1]):
        journal.history.undo()
        assert state(journal) == expected
    for expected in seen[1:]:
        journal.history.redo()
        assert state(journal) == expected


# -- the reproduction, for every aggregate --------------------------------------------------------


def test_edit_a_milestone_delete_its_goal_undo_undo_redo_redo(journal: Journal) -> None:
    """The issue's case: the goal comes back under its id with the edited milestone, then the
    edit is taken back too; redo does both again."""
    goal = journal.goals.add(
        GoalDraft("Staff engineer"), [MilestoneDraft("Lead"), MilestoneDraft("Mentor")]
    )
    entry = journal.entries.add(
        EntryDraft("Led the migration"), link_milestones=[goal.milestones[0].id]
    )
    m = journal.goals.get_milestone(goal.milestones[0].id)
    seen = steps(
        journal,
        [
            lambda: journal.goals.update_milestone(
                m.id, MilestoneDraft("Lead a team"), expected_version=m.version
            ),
            lambda: journal.goals.delete(
                goal.id, expected_version=journal.goals.get(goal.id).version
            ),
        ],
    )
    journal.history.undo()
    back = journal.goals.get(goal.id)
    assert [x.id for x in back.milestones] == [x.id for x in goal.milestones]
    assert back.milestones[0].title == "Lead a team"
    assert back.milestones[0].evidence_ids == (entry.id,)
    journal.history.redo()
    undo_redo_walk(journal, seen)


def test_edit_a_skill_delete_its_band_undo_undo_redo_redo(journal: Journal) -> None:
    band = journal.skills.add_band("Technical")
    skill = journal.skills.add_skill(band.id, "Python", target_level=4)
    evidence = journal.entries.add(EntryDraft("Wrote a parser"))
    journal.skills.record_assessment(skill.id, 2, assessed_on=D(2024, 1, 1))
    journal.skills.record_assessment(
        skill.id, 3, assessed_on=D(2024, 6, 1), evidence_entry_id=evidence.id
    )
    seen = steps(
        journal,
        [
            lambda: journal.skills.update_skill(
                skill.id, name="Python 3", expected_version=skill.version
            ),
            lambda: journal.skills.delete_band(
                band.id, expected_version=journal.skills.get_band(band.id).version
            ),
        ],
    )
    undo_redo_walk(journal, seen)
    journal.history.undo()
    journal.history.undo()
    assert [a.level for a in journal.skills.history(skill.id)] == [2, 3]


def test_edit_an_entry_of_a_role_delete_the_role_undo_undo_redo_redo(journal: Journal) -> None:
    role = journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1)))
    entry = journal.entries.add(EntryDraft("Shipped", occurred_on=D(2021, 1, 1), tags=("api",)))
    assert journal.entries.get(entry.id).role_id == role.id
    seen = steps(
        journal,
        [
            lambda: journal.entries.update(
                entry.id,
                EntryDraft("Shipped v2", occurred_on=D(2021, 1, 1), tags=("go",)),
                expected_version=entry.version,
            ),
            lambda: journal.roles.delete(role.id, expected_version=role.version),
        ],
    )
    undo_redo_walk(journal, seen)


def test_start_a_role_then_review_then_delete_the_review(journal: Journal) -> None:
    first = journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1)))
    journal.entries.add(EntryDraft("Early", occurred_on=D(2020, 6, 1)))
    seen = steps(
        journal,
        [
            lambda: journal.roles.start(RoleDraft("Senior engineer", D(2023, 1, 1), level_rank=2)),
            lambda: journal.reviews.add(D(2023, 6, 1), "Exceeds"),
            lambda: journal.reviews.delete(journal.reviews.list()[0].id, expected_version=1),
            lambda: journal.profile.update(name="Sam", career_start=D(2019, 9, 1)),
        ],
    )
    assert journal.roles.get(first.id).end_date == D(2022, 12, 31)
    undo_redo_walk(journal, seen)


def test_an_entry_with_its_level_and_milestone_links_is_one_operation(journal: Journal) -> None:
    band = journal.skills.add_band("People")
    skill = journal.skills.add_skill(band.id, "Mentoring")
    goal = journal.goals.add(GoalDraft("Lead"), [MilestoneDraft("Mentor two people")])
    milestone = goal.milestones[0].id
    before = journal.history.count()
    seen = steps(
        journal,
        [
            lambda: journal.entries.add(
                EntryDraft("Mentored Ana", tags=("mentoring",)),
                assessment=AssessmentDraft(skill.id, 3),
                link_milestones=[milestone],
            )
        ],
    )
    assert journal.history.count() == before + 1
    last = journal.history.next_undo()
    assert last is not None
    assert last.code is OpCode.ENTRY_ADD
    undo_redo_walk(journal, seen)


def test_a_failing_link_saves_nothing(journal: Journal) -> None:
    """All or nothing: a milestone that does not exist refuses the entry too."""
    before = state(journal)
    with pytest.raises(ServiceError):
        journal.entries.add(EntryDraft("Orphan"), link_milestones=[999])
    assert state(journal) == before
    assert journal.history.count() == 0


# -- the log's rules ------------------------------------------------------------------------------


def test_undo_survives_reopening_the_journal(db_location: str) -> None:
    with Journal.open(db_location) as journal:
        entry = journal.entries.add(EntryDraft("Before"))
        journal.entries.update(entry.id, EntryDraft("After"), expected_version=entry.version)
    with Journal.open(db_location) as journal:
        undone = journal.history.undo()
        assert undone.code is OpCode.ENTRY_EDIT
        assert journal.entries.get(entry.id).title == "Before"


def test_a_new_operation_ends_the_redo_branch(journal: Journal) -> None:
    journal.entries.add(EntryDraft("One"))
    journal.history.undo()
    assert journal.history.next_redo() is not None
    journal.entries.add(EntryDraft("Two"))
    assert journal.history.next_redo() is None
    with pytest.raises(NothingToUndoError):
        journal.history.redo()


def test_an_undo_that_would_overwrite_a_later_change_is_refused(
    journal: Journal, db_location: str
) -> None:
    goal = journal.goals.add(GoalDraft("Promotion"))
    journal.goals.update(goal.id, GoalDraft("Promotion to staff"), expected_version=goal.version)
    with Journal.open(db_location) as other:  # another device writes without our log knowing
        from sqlalchemy import update

        from careerjournal.domain import Goal

        with other.store.write() as session:
            session.execute(update(Goal).values(title="Theirs", version=Goal.version + 1))
    before = state(journal)
    with pytest.raises(UndoConflictError) as info:
        journal.history.undo()
    assert (info.value.table, info.value.record_id, info.value.reason) == (
        "goal",
        goal.id,
        "changed",
    )
    assert info.value.title == "Theirs"
    assert state(journal) == before
    next_undo = journal.history.next_undo()
    assert next_undo is not None
    assert next_undo.code is OpCode.GOAL_EDIT  # still there: the log is unchanged


def test_of_record_lists_an_entrys_edits(journal: Journal) -> None:
    entry = journal.entries.add(EntryDraft("v1"))
    for title in ("v2", "v3"):
        entry = journal.entries.update(entry.id, EntryDraft(title), expected_version=entry.version)
    journal.entries.add(EntryDraft("Another"))
    found = journal.history.of_record("entry", entry.id)
    assert [(o.code, o.subject) for o in found] == [
        (OpCode.ENTRY_EDIT, "v3"),
        (OpCode.ENTRY_EDIT, "v2"),
        (OpCode.ENTRY_ADD, "v1"),
    ]


def test_prune_keeps_the_newest_and_the_young(journal: Journal) -> None:
    for i in range(6):
        journal.entries.add(EntryDraft(f"Entry {i}"))
    assert journal.history.prune(keep=10, days=0) == 0  # fewer than `keep`
    assert journal.history.prune(keep=2, days=365) == 0  # all younger than a year
    later = dt.datetime.now(dt.UTC).replace(tzinfo=None) + dt.timedelta(days=400)
    assert journal.history.prune(keep=2, days=365, now=later) == 4
    assert [o.subject for o in journal.history.list()] == ["Entry 5", "Entry 4"]


# -- any sequence of operations, undone and redone ------------------------------------------------

OPS = st.lists(
    st.tuples(st.integers(0, 13), st.integers(0, 50), st.text("abcxyz ", min_size=1, max_size=8)),
    min_size=1,
    max_size=12,
)


def _apply(journal: Journal, kind: int, pick: int, text: str) -> None:
    """One operation of the kind `kind` on the `pick`-th record it can touch."""
    entries = journal.entries.list()
    goals = journal.goals.list()
    bands = journal.skills.bands()
    skills = [s for b in bands for s in b.skills]
    roles = journal.roles.list()

    def nth(items: list[Any]) -> Any:
        return items[pick % len(items)] if items else None

    title = text.strip() or "x"
    day = D(2020, 1, 1) + dt.timedelta(days=pick * 37)
    e, g, b, s, r = nth(entries), nth(goals), nth(bands), nth(skills), nth(roles)
    if kind == 0 or (kind in (1, 2, 3) and e is None):
        journal.entries.add(EntryDraft(title, occurred_on=day, tags=tuple(text.split()[:2])))
    elif kind == 1:
        journal.entries.update(
            e.id,
            EntryDraft(title + "!", occurred_on=day, tags=(title[:3],)),
            expected_version=e.version,
        )
    elif kind == 2:
        journal.entries.trash([e.id])
    elif kind == 3:
        journal.entries.purge([e.id])
    elif kind == 4 or (kind in (5, 6, 7) and g is None):
        journal.goals.add(
            GoalDraft(title, pinned=pick % 2 == 0), [MilestoneDraft("m1"), MilestoneDraft("m2")]
        )
    elif kind == 5:
        journal.goals.update(
            g.id,
            GoalDraft(title, status=GoalStatus.ACHIEVED, pinned=True),
            expected_version=g.version,
        )
    elif kind == 6:
        journal.goals.delete(g.id, expected_version=g.version)
    elif kind == 7 and g.milestones and e is not None:
        journal.goals.link_evidence(g.milestones[0].id, [e.id])
    elif kind == 8 or (kind in (9, 10) and b is None):
        journal.skills.add_band(f"{title} {pick}")
    elif kind == 9:
        journal.skills.add_skill(b.id, f"{title} {pick}")
    elif kind == 10 and s is not None:
        journal.skills.record_assessment(
            s.id, 1 + pick % 5, evidence_entry_id=None if e is None else e.id
        )
    elif kind == 11:
        journal.roles.start(RoleDraft(title, day))
    elif kind == 12 and r is not None:
        journal.roles.delete(r.id, expected_version=r.version)
    elif kind == 13:
        journal.profile.update(name=title)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=OPS)
def test_any_sequence_undone_gives_back_the_journal_and_redone_the_final_one(
    journal: Journal, ops: list[tuple[int, int, str]]
) -> None:
    start = state(journal)
    logged = journal.history.count()
    for kind, pick, text in ops:
        # Refused (a duplicate name, a date out of order): nothing written, nothing logged.
        with contextlib.suppress(ServiceError):
            _apply(journal, kind, pick, text)
    final = state(journal)
    done = journal.history.count() - logged
    for _ in range(done):
        journal.history.undo()
    assert state(journal) == start
    for _ in range(done):
        journal.history.redo()
    assert state(journal) == final


def test_a_record_older_than_the_log_can_be_restored_as_it_was_before_its_first_edit(
    journal: Journal,
) -> None:
    from sqlalchemy import delete

    from careerjournal.domain.models import Operation
    from careerjournal.services.record_history import restore, versions

    entry = journal.entries.add(EntryDraft("As imported", tags=("old",)))
    with journal.store.write() as session:  # as if written before the log began
        session.execute(delete(Operation))
    entry = journal.entries.update(
        entry.id, EntryDraft("Edited", tags=("new",)), expected_version=entry.version
    )
    found = versions(journal, "entry", entry.id)
    assert [(v.fields["title"] if v.fields else None, v.before) for v in found] == [
        ("Edited", False),
        ("As imported", True),
    ]
    restore(journal, "entry", entry.id, found[-1].operation.id, before=True)
    again = journal.entries.get(entry.id)
    assert (again.title, again.tags) == ("As imported", ("old",))


def test_starter_bands_and_an_evidence_change_are_one_operation_each(journal: Journal) -> None:
    goal = journal.goals.add(GoalDraft("Lead"), [MilestoneDraft("Mentor")])
    a, b = (journal.entries.add(EntryDraft(t)) for t in ("A", "B"))
    milestone = goal.milestones[0].id
    journal.goals.link_evidence(milestone, [a.id])
    seen = steps(
        journal,
        [
            lambda: journal.skills.add_bands([("Technical", ""), ("People", "Leading")]),
            lambda: journal.goals.change_evidence(milestone, link=[b.id], unlink=[a.id]),
        ],
    )
    assert journal.goals.get_milestone(milestone).evidence_ids == (b.id,)
    undo_redo_walk(journal, seen)
    with pytest.raises(ServiceError):  # a taken name refuses the lot
        journal.skills.add_bands([("Design", ""), ("technical", "")])
    assert [band.name for band in journal.skills.bands()] == ["Technical", "People"]
