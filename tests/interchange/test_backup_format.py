"""The full backup format: exact round trips, merges, idempotence and strict reading."""

from __future__ import annotations

import copy
import datetime as dt
import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from careerjournal.domain import (
    AssessmentSource,
    CriterionKind,
    Entry,
    EntryKind,
    GoalKind,
    GoalStatus,
    MoveKind,
    SkillScale,
)
from careerjournal.interchange.backup_format import (
    FORMAT,
    dumps,
    export_backup,
    import_backup,
    parse_backup,
    read_backup,
    write_backup,
)
from careerjournal.interchange.errors import ImportProblem
from careerjournal.services import EntryDraft, GoalDraft, Journal, MilestoneDraft
from careerjournal.services.changes import Action, Topic
from careerjournal.services.records import LinkRecord, RoleDraft

D = dt.date


def content(data: dict[str, Any]) -> dict[str, Any]:
    """A backup without its export time: what must survive a round trip."""
    return {k: v for k, v in data.items() if k != "exported_at"}


@pytest.fixture
def tmp_journal(tmp_path: Path) -> Iterator[Any]:
    """Fresh SQLite journals in their own folders, closed at the end."""
    opened: list[Journal] = []

    def make(name: str = "j") -> Journal:
        folder = tmp_path / f"{name}-{len(opened)}"
        folder.mkdir()
        journal = Journal.open(folder / "journal.sqlite3")
        opened.append(journal)
        return journal

    yield make
    for journal in opened:
        journal.close()


# -- generated journals ------------------------------------------------------------------------

TEXT = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
WORDS = st.text(TEXT, min_size=1, max_size=24).filter(lambda s: s.strip())
BODY = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",), exclude_characters="\x00"))
DAYS = st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31))
TAGS = ("infra", "k8s", "mentoring", "équipe", "on call")


@dataclass(frozen=True)
class Spec:
    scale: SkillScale
    name: str
    roles: list[dict[str, Any]]
    entries: list[dict[str, Any]]
    bands: list[list[dict[str, Any]]]
    assessments: list[dict[str, Any]]
    goals: list[dict[str, Any]]
    reviews: list[dt.date]
    drop_skill: bool


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    scale = draw(st.sampled_from(list(SkillScale)))
    top = 5 if scale is SkillScale.DREYFUS else 7
    roles = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "title": WORDS,
                    "organisation": st.sampled_from(["Acme", "Globex", ""]),
                    "start": DAYS,
                    "days": st.none() | st.integers(0, 3000),
                    "pay": st.none()
                    | st.decimals(0, 10**9, places=2, allow_nan=False, allow_infinity=False),
                    "move": st.sampled_from(list(MoveKind)),
                    "volunteer": st.booleans(),
                }
            ),
            max_size=3,
        )
    )
    entries = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "title": WORDS,
                    "day": DAYS,
                    "kind": st.sampled_from(list(EntryKind)),
                    "body": BODY,
                    "impact": st.integers(1, 5),
                    "starred": st.booleans(),
                    "tags": st.lists(st.sampled_from(TAGS), unique=True, max_size=3),
                    "links": st.lists(
                        st.tuples(st.sampled_from(["https://e.org/a", "file:///x"]), WORDS),
                        max_size=2,
                    ),
                    "trashed": st.booleans(),
                    "no_role": st.booleans(),
                }
            ),
            max_size=8,
        )
    )
    band_names = draw(st.lists(WORDS, max_size=2, unique_by=lambda s: " ".join(s.split()).lower()))
    bands = [
        draw(
            st.lists(
                st.fixed_dictionaries(
                    {"name": WORDS, "target": st.none() | st.integers(1, top)},
                ),
                max_size=3,
                unique_by=lambda s: " ".join(s["name"].split()).lower(),
            )
        )
        for _ in band_names
    ]
    skill_count = sum(len(b) for b in bands)
    assessments = []
    if skill_count:
        assessments = draw(
            st.lists(
                st.fixed_dictionaries(
                    {
                        "skill": st.integers(0, skill_count - 1),
                        "level": st.integers(1, top),
                        "day": DAYS,
                        "source": st.sampled_from(list(AssessmentSource)),
                        "evidence": st.none() | st.integers(0, 7),
                        "note": BODY,
                    }
                ),
                max_size=5,
            )
        )
    criteria = [CriterionKind.MANUAL, CriterionKind.ENTRY_COUNT, CriterionKind.CERTIFICATION_TAG]
    if skill_count:
        criteria.append(CriterionKind.SKILL_LEVEL)
    goals = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "title": WORDS,
                    "kind": st.sampled_from(list(GoalKind)),
                    "status": st.sampled_from(list(GoalStatus)),
                    "pinned": st.booleans(),
                    "created": st.dates(D(2000, 1, 1), D(2024, 12, 31)),
                    "target": st.none() | DAYS,
                    "milestones": st.lists(
                        st.fixed_dictionaries(
                            {
                                "title": WORDS,
                                "weight": st.floats(0.1, 10, allow_nan=False),
                                "criterion": st.sampled_from(criteria),
                                "done": st.none() | DAYS,
                                "evidence": st.lists(st.integers(0, 7), max_size=3),
                            }
                        ),
                        max_size=3,
                    ),
                }
            ),
            max_size=2,
        )
    )
    return Spec(
        scale=scale,
        name=draw(st.text(TEXT, max_size=30)),
        roles=roles,
        entries=entries,
        bands=[[dict(s, band=name) for s in b] for name, b in zip(band_names, bands, strict=True)],
        assessments=assessments,
        goals=goals,
        reviews=draw(st.lists(DAYS, max_size=2)),
        drop_skill=draw(st.booleans()),
    )


def build(journal: Journal, spec: Spec) -> None:
    """Fill a journal through its services, as a user would."""
    journal.profile.update(skill_scale=spec.scale, name=spec.name.strip()[:200])
    for r in spec.roles:
        end = None if r["days"] is None else r["start"] + dt.timedelta(days=r["days"])
        journal.roles.add(
            RoleDraft(
                title=r["title"],
                start_date=r["start"],
                end_date=end,
                organisation=r["organisation"],
                move_kind=r["move"],
                pay=r["pay"],
                currency="EUR" if r["pay"] is not None else "",
                volunteer=r["volunteer"],
            )
        )
    entry_ids = []
    for e in spec.entries:
        record = journal.entries.add(
            EntryDraft(
                title=e["title"],
                occurred_on=e["day"],
                kind=e["kind"],
                body=e["body"],
                impact=e["impact"],
                starred=e["starred"],
                tags=tuple(e["tags"]),
                links=tuple(LinkRecord(url, label) for url, label in e["links"]),
                role_id=None if e["no_role"] else "auto",
            )
        )
        entry_ids.append(record.id)
    journal.entries.trash([i for i, e in zip(entry_ids, spec.entries, strict=True) if e["trashed"]])
    skill_ids = []
    for skills in spec.bands:
        if not skills:
            continue
        band = journal.skills.add_band(skills[0]["band"], "what I do")
        for s in skills:
            skill_ids.append(
                journal.skills.add_skill(band.id, s["name"], target_level=s["target"]).id
            )
    for a in spec.assessments:
        evidence = a["evidence"]
        journal.skills.record_assessment(
            skill_ids[a["skill"]],
            a["level"],
            assessed_on=a["day"],
            source=a["source"],
            evidence_entry_id=(
                entry_ids[evidence % len(entry_ids)] if evidence is not None and entry_ids else None
            ),
            note=a["note"],
        )
    for g in spec.goals:
        drafts = []
        for m in g["milestones"]:
            kind = m["criterion"]
            criterion: dict[str, Any] = {
                CriterionKind.MANUAL: {},
                CriterionKind.ENTRY_COUNT: {"kind": "project", "count": 2, "since": "2020-01-01"},
                CriterionKind.CERTIFICATION_TAG: {"tag": "CKA"},
                CriterionKind.SKILL_LEVEL: {
                    "skill_id": skill_ids[0] if skill_ids else 1,
                    "level": 2,
                },
            }[kind]
            drafts.append(
                MilestoneDraft(
                    title=m["title"],
                    weight=m["weight"],
                    criterion_kind=kind,
                    criterion=criterion,
                    done_on=m["done"] if kind is CriterionKind.MANUAL else None,
                )
            )
        goal = journal.goals.add(
            GoalDraft(
                title=g["title"],
                kind=g["kind"],
                status=g["status"],
                pinned=g["pinned"],
                created_on=g["created"],
                target_date=g["target"],
            ),
            drafts,
        )
        for record, m in zip(goal.milestones, g["milestones"], strict=True):
            linked = list(dict.fromkeys(entry_ids[i] for i in m["evidence"] if i < len(entry_ids)))
            if linked:
                journal.goals.link_evidence(record.id, linked)
    for day in spec.reviews:
        journal.reviews.add(day, "meets", "notes\non two lines")
    if spec.drop_skill and skill_ids:
        journal.skills.delete_skill(
            skill_ids[0], expected_version=journal.skills.get_skill(skill_ids[0]).version
        )  # a skill_level criterion may now dangle


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(spec=specs())
def test_round_trip_reproduces_a_generated_journal_exactly(spec: Spec) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Journal.open(Path(folder) / "source.sqlite3")
        target = Journal.open(Path(folder) / "target.sqlite3")
        try:
            build(source, spec)
            first = export_backup(source)
            path = write_backup(source, Path(folder) / "backup.json")
            data = read_backup(path)
            assert data.counts()["entries"] == len(spec.entries)
            result = import_backup(target, data)
            assert result.backup is None  # nothing to lose in an empty journal
            second = export_backup(target)
            assert content(second) == content(first)
            # Imported again: everything is already there.
            again = import_backup(target, read_backup(path))
            assert not any(again.added.values())
            assert content(export_backup(target)) == content(first)
        finally:
            source.close()
            target.close()


# -- fixed journals ------------------------------------------------------------------------------


def sample(journal: Journal) -> dict[str, int]:
    """A small journal touching every table; returns some of its ids."""
    journal.profile.update(name="Ada", career_start=D(2014, 9, 1))
    first = journal.roles.add(
        RoleDraft("Engineer", D(2014, 9, 1), organisation="Acme", pay=Decimal("52000.5"))
    )
    second, _ = journal.roles.start(
        RoleDraft(
            "Senior Engineer", D(2019, 3, 1), organisation="Acme", move_kind=MoveKind.PROMOTION
        )
    )
    shipped = journal.entries.add(
        EntryDraft(
            "Shipped the billing rewrite",
            occurred_on=D(2019, 6, 1),
            kind=EntryKind.PROJECT,
            body="**40 services**",
            impact=4,
            starred=True,
            tags=("infra", "billing"),
            links=(LinkRecord("https://example.org/doc", "design doc"),),
        )
    )
    cert = journal.entries.add(
        EntryDraft(
            "Passed the CKA", occurred_on=D(2020, 2, 2), kind=EntryKind.CERTIFICATION, tags=("cka",)
        )
    )
    old = journal.entries.add(EntryDraft("An old note", occurred_on=D(2015, 1, 1)))
    journal.entries.trash([old.id])
    band = journal.skills.add_band("Technical")
    python = journal.skills.add_skill(band.id, "Python", target_level=4)
    journal.skills.record_assessment(
        python.id, 3, assessed_on=D(2019, 6, 2), evidence_entry_id=shipped.id
    )
    goal = journal.goals.add(
        GoalDraft("Staff engineer", kind=GoalKind.PROMOTION, pinned=True, created_on=D(2024, 1, 1)),
        [
            MilestoneDraft("Lead a migration"),
            MilestoneDraft(
                "Python to 4",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": python.id, "level": 4},
            ),
            MilestoneDraft(
                "Certified",
                criterion_kind=CriterionKind.CERTIFICATION_TAG,
                criterion={"tag": "cka"},
            ),
        ],
    )
    journal.goals.link_evidence(goal.milestones[0].id, [shipped.id, cert.id])
    journal.reviews.add(D(2020, 3, 1), "exceeds")
    return {
        "first_role": first.id,
        "second_role": second.id,
        "shipped": shipped.id,
        "cert": cert.id,
        "python": python.id,
        "goal": goal.id,
    }


def test_a_demo_career_round_trips_exactly(tmp_journal: Any) -> None:
    from careerjournal.services import demo

    source, target = tmp_journal(), tmp_journal()
    demo.generate(source, entries=250, seed=7)
    first = export_backup(source)
    json.loads(dumps(first))  # plain JSON, no NaN
    import_backup(target, parse_backup(json.loads(dumps(first)), "demo.json"))
    assert content(export_backup(target)) == content(first)
    assert target.check().ok


def test_restore_keeps_ids_and_later_additions_get_new_ones(
    journal: Journal, tmp_journal: Any
) -> None:
    """On the fixture's backend (PostgreSQL too): ids as in the file, sequences moved past them."""
    source = tmp_journal()
    ids = sample(source)
    # Holes in the ids: the restored journal must keep them.
    gap = source.entries.add(EntryDraft("Deleted later", occurred_on=D(2021, 1, 1)))
    source.entries.purge([gap.id])
    last = source.entries.add(EntryDraft("After the hole", occurred_on=D(2021, 2, 2)))
    first = export_backup(source)
    seen: list[Any] = []
    journal.changes.subscribe(seen.append)
    result = import_backup(journal, parse_backup(json.loads(dumps(first)), "b.json"))
    assert result.added["entries"] == 4
    assert result.backup is None
    assert any(c.topic is Topic.ALL and c.action is Action.RELOADED for c in seen)
    assert content(export_backup(journal)) == content(first)
    assert journal.entries.get(last.id).title == "After the hole"
    assert journal.entries.get(ids["shipped"]).tags == ("billing", "infra")
    assert journal.entries.search("billing")[0].id == ids["shipped"]
    # New records after the restore take new ids (PostgreSQL sequences were moved past).
    linked = journal.entries.add(EntryDraft("New one", links=(LinkRecord("https://x.org"),)))
    assert linked.id > last.id
    assert journal.roles.add(RoleDraft("Next", D(2025, 1, 1))).id > ids["second_role"]
    band = journal.skills.add_band("Leadership")
    mentoring = journal.skills.add_skill(band.id, "Mentoring")
    assert mentoring.id > ids["python"]
    journal.skills.record_assessment(mentoring.id, 2, assessed_on=D(2025, 1, 2))
    assert journal.goals.add(GoalDraft("Another goal"), [MilestoneDraft("Step")]).id > ids["goal"]
    journal.goals.add_milestone(ids["goal"], MilestoneDraft("One more step"))
    assert journal.reviews.add(D(2025, 3, 1)).id > 1
    tagged = journal.entries.add(EntryDraft("New tag", tags=("fresh",)))
    assert journal.entries.get(tagged.id).tags == ("fresh",)
    assert journal.check().ok


def test_merge_into_a_journal_with_content_remaps_references(
    journal: Journal, tmp_journal: Any
) -> None:
    source = tmp_journal()
    sample(source)
    source.entries.add(EntryDraft("Only in the backup", occurred_on=D(2022, 5, 5), tags=("new",)))
    data = parse_backup(json.loads(dumps(export_backup(source))), "b.json")

    # The target already has one of the roles and the shipped entry, and other records of its own.
    mine = journal.roles.add(RoleDraft("Barista", D(2010, 1, 1), organisation="Café"))
    acme = journal.roles.add(RoleDraft("engineer", D(2014, 9, 1), organisation="ACME"))
    have = journal.entries.add(
        EntryDraft("Shipped the billing rewrite", occurred_on=D(2019, 6, 1), kind=EntryKind.PROJECT)
    )
    journal.entries.add(EntryDraft("My own entry", occurred_on=D(2023, 1, 1)))
    journal.goals.add(GoalDraft("Pinned here", pinned=True, created_on=D(2023, 1, 1)))
    before = journal.entries.count()

    preview = import_backup(journal, data, dry_run=True)
    assert journal.entries.count() == before
    result = import_backup(journal, data)
    assert result.added == preview.added
    assert result.added["roles"] == 1
    assert result.duplicates["roles"] == 1
    assert result.added["entries"] == 3
    assert result.duplicates["entries"] == 1
    assert result.added["goals"] == 1
    assert result.added["milestones"] == 3
    assert result.added["assessments"] == 1
    assert result.added["reviews"] == 1
    if journal.store.path is not None:
        assert result.backup is not None
        assert Path(result.backup).exists()
    assert any("unpinned" in note for note in result.plan.notes)

    # References follow the records: the existing role and entry, the new skill.
    roles = {r.title: r for r in journal.roles.list()}
    assert set(roles) == {"Barista", "engineer", "Senior Engineer"}
    assert roles["engineer"].id == acme.id
    assert mine.id != acme.id
    by_title = {e.title: e for e in journal.entries.list(_all())}
    assert by_title["An old note"].trashed
    assert by_title["Passed the CKA"].role_id == roles["Senior Engineer"].id
    assert by_title["Only in the backup"].tags == ("new",)
    bands = journal.skills.bands()
    python = bands[0].skills[0]
    history = journal.skills.history(python.id)
    assert [(a.level, a.evidence_entry_id) for a in history] == [(3, have.id)]
    goal = next(g for g in journal.goals.list() if g.title == "Staff engineer")
    assert not goal.pinned
    lead, skill_ms, _ = goal.milestones
    assert set(lead.evidence_ids) == {have.id, by_title["Passed the CKA"].id}
    assert skill_ms.criterion == {"skill_id": python.id, "level": 4}

    # The same backup again adds nothing.
    snapshot = content(export_backup(journal))
    again = import_backup(journal, data)
    assert not any(again.added.values())
    assert again.backup is None
    assert again.lines()[0] == "b.json: added nothing."
    assert content(export_backup(journal)) == snapshot


def _all() -> Any:
    from careerjournal.services import EntryQuery

    return EntryQuery(trashed=None)


def test_merge_maps_levels_onto_the_journals_scale(tmp_journal: Any) -> None:
    source, target = tmp_journal(), tmp_journal()
    source.profile.update(skill_scale=SkillScale.SFIA)
    band = source.skills.add_band("Technical")
    skill = source.skills.add_skill(band.id, "Python", target_level=7)
    source.skills.record_assessment(skill.id, 7, assessed_on=D(2020, 1, 1))
    target.entries.add(EntryDraft("Something already here"))
    data = parse_backup(export_backup(source), "b.json")
    import_backup(target, data)
    (python,) = target.skills.bands()[0].skills
    assert (python.current_level, python.target_level) == (5, 5)  # top of SFIA -> top of Dreyfus
    assert target.profile.get().skill_scale is SkillScale.DREYFUS
    assert not any(import_backup(target, data).added.values())


def test_a_dangling_skill_criterion_round_trips_and_merges_as_manual(tmp_journal: Any) -> None:
    source = tmp_journal()
    band = source.skills.add_band("Technical")
    skill = source.skills.add_skill(band.id, "Go")
    source.goals.add(
        GoalDraft("Grow"),
        [
            MilestoneDraft(
                "Go to 3",
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": skill.id, "level": 3},
            )
        ],
    )
    source.skills.delete_skill(skill.id, expected_version=source.skills.get_skill(skill.id).version)
    first = export_backup(source)
    empty = tmp_journal()
    import_backup(empty, parse_backup(first, "b.json"))
    assert content(export_backup(empty)) == content(first)

    busy = tmp_journal()
    busy.entries.add(EntryDraft("Something"))
    result = import_backup(busy, parse_backup(first, "b.json"))
    assert any("tick by hand" in note for note in result.plan.notes)
    (milestone,) = busy.goals.list()[0].milestones
    assert milestone.criterion_kind is CriterionKind.MANUAL
    assert milestone.criterion == {}


def test_dry_run_writes_nothing_and_makes_no_backup(tmp_journal: Any) -> None:
    source, target = tmp_journal(), tmp_journal()
    sample(source)
    target.entries.add(EntryDraft("Mine"))
    before = content(export_backup(target))
    data = parse_backup(export_backup(source), "b.json")
    result = import_backup(target, data, dry_run=True)
    assert result.dry_run
    assert result.added["entries"] == 3
    assert result.lines()[0].startswith(
        "b.json: would add 2 roles, 3 entries, 1 skill band, 1 skill,"
    )
    assert content(export_backup(target)) == before
    assert target.backups() == []


def test_unknown_keys_are_ignored(tmp_journal: Any) -> None:
    source = tmp_journal()
    sample(source)
    doc = export_backup(source)
    doc["made_by"] = {"app": "a later version"}
    doc["entries"][0]["mood"] = "great"
    data = parse_backup(doc, "b.json")
    assert data.counts()["entries"] == 3


# -- refused files -------------------------------------------------------------------------------


def _break(doc: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A copy of `doc` with the value at `entries.0.occurred_on`-style `path` replaced (or
    deleted, for `...`)."""
    broken = copy.deepcopy(doc)
    *parents, last = path.split(".")
    node: Any = broken
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key: Any = int(last) if isinstance(node, list) else last
    if value is ...:
        del node[key]
    else:
        node[key] = value
    return broken


BROKEN = [
    ("entries.0.role_id", 999, "entries[0].role_id", "points to role 999"),
    ("entries.0.occurred_on", "2023-02-30", "entries[0].occurred_on", "does not exist"),
    ("entries.1.occurred_on", "5 March", "entries[1].occurred_on", "YYYY-MM-DD"),
    ("entries.0.impact", "4", "entries[0].impact", "whole number"),
    ("entries.0.impact", 9, "entries[0].impact", "from 1 to 5"),
    ("entries.0.starred", 1, "entries[0].starred", "true or false"),
    ("entries.0.kind", "heroics", "entries[0].kind", "must be one of"),
    ("entries.0.title", "   ", "entries[0].title", "is empty"),
    ("entries.0.title", "a\x00b", "entries[0].title", "NUL"),
    ("entries.0.title", "x" * 301, "entries[0].title", "the limit is 300"),
    ("entries.0.tags.0", "nope", "entries[0].tags[0]", "not in tags"),
    ("entries.0.links.0.url", "", "entries[0].links[0].url", "is empty"),
    ("entries.0.created_at", "2024-13-01T00:00:00", "entries[0].created_at", "does not exist"),
    ("entries.0.title", ..., "entries[0].title", "is missing"),
    ("entries.1.id", 1, "entries[1].id", "repeats the id"),
    ("roles.0.pay", 52000, "roles[0].pay", "amount written as text"),
    ("roles.0.end_date", "2000-01-01", "roles[0].end_date", "before the role's start_date"),
    ("assessments.0.level", 6, "assessments[0].level", "from 1 to 5"),
    ("assessments.0.skill_id", 77, "assessments[0].skill_id", "points to skill 77"),
    ("assessments.0.evidence_entry_id", 77, "assessments[0].evidence_entry_id", "entry 77"),
    ("skills.0.band_id", 5, "skills[0].band_id", "points to band 5"),
    ("milestones.0.goal_id", 9, "milestones[0].goal_id", "points to goal 9"),
    ("milestones.0.evidence.0", 99, "milestones[0].evidence[0]", "points to entry 99"),
    ("milestones.0.weight", 0, "milestones[0].weight", "above 0"),
    ("milestones.2.criterion", {}, "milestones[2].criterion", "needs tag"),
    ("milestones.1.criterion_kind", "vibes", "milestones[1].criterion_kind", "must be one of"),
    ("profile.band_share", 1.5, "profile.band_share", "at most 1"),
    ("profile.skill_scale", "stars", "profile.skill_scale", "dreyfus, sfia"),
    ("goals.0.created_on", "2024-02-30", "goals[0].created_on", "does not exist"),
    ("reviews.0.held_on", None, "reviews[0].held_on", "not null"),
    ("tags.0.name", "Infra", "tags[0].name", "not a tag as stored"),
    ("entries", {}, "entries", "must be a list"),
    ("skills", ..., "skills", "is missing"),
    ("version", 3, "version", "newer Career Journal"),
    ("version", "1", "version", "whole number"),
    ("format", "something-else", "format", "not a Career Journal backup"),
]


@pytest.fixture(scope="module")
def sample_doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    with Journal.open(tmp_path_factory.mktemp("sample") / "journal.sqlite3") as journal:
        sample(journal)
        return json.loads(dumps(export_backup(journal)))


@pytest.fixture
def valid_doc(sample_doc: dict[str, Any]) -> dict[str, Any]:
    return copy.deepcopy(sample_doc)


@pytest.mark.parametrize(("path", "value", "where", "words"), BROKEN)
def test_a_broken_backup_is_refused_naming_the_field(
    valid_doc: dict[str, Any], path: str, value: Any, where: str, words: str
) -> None:
    with pytest.raises(ImportProblem) as caught:
        parse_backup(_break(valid_doc, path, value), "backup.json")
    assert caught.value.where == where
    assert words in caught.value.problem
    assert str(caught.value).startswith(f"backup.json ({where}): ")


def test_a_refused_file_leaves_the_journal_unchanged(
    journal: Journal, valid_doc: dict[str, Any], tmp_path: Path
) -> None:
    from careerjournal.interchange.detect import run_import

    journal.entries.add(EntryDraft("Already here"))
    before = content(export_backup(journal))
    for path, value, where, _ in BROKEN[:6]:
        file = tmp_path / "backup.json"
        file.write_text(json.dumps(_break(valid_doc, path, value)), encoding="utf-8")
        with pytest.raises(ImportProblem) as caught:
            run_import(journal, file)
        assert str(caught.value).startswith(f"backup.json ({where}): ")
    assert content(export_backup(journal)) == before
    assert journal.backups() == []


def test_not_a_backup_at_all(tmp_path: Path) -> None:
    for text, words in [
        ("[1, 2]", 'no "format" key'),
        ('{"format": "careerjournal-backup"}', "version"),
        ("{", "not valid JSON"),
        (
            '{"format": "careerjournal-backup", "version": 1, "exported_at": "x", "profile": null}',
            "is missing",
        ),
    ]:
        file = tmp_path / "b.json"
        file.write_text(text, encoding="utf-8")
        with pytest.raises(ImportProblem, match=words):
            read_backup(file)


def test_written_backup_is_private_and_complete(tmp_journal: Any, tmp_path: Path) -> None:
    journal = tmp_journal()
    sample(journal)
    folder = tmp_path / "out"
    folder.mkdir()
    path = write_backup(journal, folder / "out.json")
    assert path.stat().st_mode & 0o777 == 0o600
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == FORMAT
    assert doc["version"] == 1
    assert [e["id"] for e in doc["entries"]] == sorted(e["id"] for e in doc["entries"])
    assert doc["roles"][0]["pay"] == "52000.50"
    assert doc["entries"][0]["links"] == [
        {"id": 1, "url": "https://example.org/doc", "label": "design doc"}
    ]
    assert doc["milestones"][0]["evidence"] == [1, 2]
    assert doc["entries"][2]["trashed_at"] is not None
    assert list(folder.iterdir()) == [path]  # no temporary file left behind


def test_import_announces_one_reload_and_counts(tmp_journal: Any) -> None:
    source, target = tmp_journal(), tmp_journal()
    sample(source)
    data = parse_backup(export_backup(source), "b.json")
    seen: list[Any] = []
    target.changes.subscribe(seen.append)
    import_backup(target, data)
    assert [(c.topic, c.action) for c in seen] == [(Topic.ALL, Action.RELOADED)]
    with target.store.read() as session:
        assert session.scalar(select(func.count(Entry.id))) == 3
