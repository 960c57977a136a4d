"""JSON Resume: importing the shared sample and hand-written résumés, refusing bad ones, export."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careerjournal.domain import EntryKind, MoveKind, SkillScale
from careerjournal.interchange.errors import ImportProblem
from careerjournal.interchange.jsonresume import (
    SKILL_BAND,
    export_resume,
    map_skill_level,
    read_plan,
    seniority,
)
from careerjournal.services import EntryDraft, EntryQuery, Journal, LinkRecord, RoleDraft

D = dt.date
DATA = Path(__file__).resolve().parents[1] / "data" / "jsonresume"
SAMPLE = DATA / "sample.resume.json"
SCHEMA = json.loads((DATA / "schema.json").read_text(encoding="utf-8"))
TODAY = D(2024, 6, 15)


def write(tmp_path: Path, doc: Any, name: str = "resume.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def plan_of(tmp_path: Path, doc: Any, scale: SkillScale = SkillScale.DREYFUS):
    return read_plan(write(tmp_path, doc), scale, today=TODAY)


def kinds(journal: Journal) -> Counter[EntryKind]:
    return Counter(e.kind for e in journal.entries.list())


def counts(journal: Journal) -> tuple[int, int, int, int]:
    bands = journal.skills.bands()
    return (
        len(journal.roles.list()),
        journal.entries.count(),
        len(bands),
        sum(len(b.skills) for b in bands),
    )


def skill_levels(journal: Journal) -> dict[str, int | None]:
    return {s.name: s.current_level for b in journal.skills.bands() for s in b.skills}


def validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(SCHEMA)
    assert cls is jsonschema.Draft7Validator  # the shared schema says draft-07
    cls.check_schema(SCHEMA)
    return cls(SCHEMA, format_checker=cls.FORMAT_CHECKER)


def assert_valid_resume(doc: dict[str, Any]) -> None:
    validator().validate(doc)
    # jsonschema checks "uri" only with an optional package; check those fields here.
    uris = [doc["$schema"]]
    for section in ("work", "volunteer", "certificates", "projects"):
        uris += [item["url"] for item in doc.get(section, []) if "url" in item]
    for uri in uris:
        parts = urlsplit(uri)
        assert parts.scheme in ("http", "https"), uri
        assert parts.netloc, uri
    json.dumps(doc)  # plain JSON values only


# -- the shared sample --------------------------------------------------------------------------


def test_sample_imports_roles_entries_skills_and_name(journal: Journal) -> None:
    result = journal.imports.apply(read_plan(SAMPLE, SkillScale.DREYFUS, today=TODAY))
    assert result.added == {"roles": 2, "entries": 7, "bands": 1, "skills": 2, "assessments": 2}

    roles = journal.roles.list()
    assert [
        (r.title, r.organisation, r.start_date, r.end_date, r.move_kind, r.volunteer) for r in roles
    ] == [
        ("Teacher", "CoderDojo", D(2012, 1, 1), D(2013, 1, 1), MoveKind.NEW_EMPLOYER, True),
        ("CEO/President", "Pied Piper", D(2013, 12, 1), D(2014, 12, 1), MoveKind.FIRST, False),
    ]
    ceo = roles[1]
    assert ceo.notes.startswith("Pied Piper is a multi-platform technology")
    assert ceo.level_rank == 8

    assert kinds(journal) == {
        EntryKind.PROJECT: 5,  # three work highlights, one volunteering highlight, one project
        EntryKind.RECOGNITION: 1,
        EntryKind.FEEDBACK: 1,
    }
    entries = {e.title: e for e in journal.entries.list()}
    won = entries["Successfully won Techcrunch Disrupt"]
    assert won.role_id == ceo.id
    assert ceo.covers(won.occurred_on)
    assert won.tags == ("imported",)
    highlights = [e for e in entries.values() if e.role_id == ceo.id and e.kind == "project"]
    assert len(highlights) == 3
    assert len({e.occurred_on for e in highlights}) == 3  # spread, not piled on one day

    teacher = entries["Awarded 'Teacher of the Month'"]
    assert teacher.role_id == roles[0].id
    assert set(teacher.tags) == {"imported", "volunteering"}

    award = entries["Digital Compression Pioneer Award"]
    assert (award.kind, award.occurred_on) == (EntryKind.RECOGNITION, D(2014, 11, 1))
    assert award.body == "Awarded by Techcrunch.\n\nThere is no spoon."

    project = entries["Miss Direction"]
    assert project.occurred_on == D(2016, 8, 24)
    assert {"imported", "googlemaps", "chrome extension", "javascript"} == set(project.tags)
    assert project.links == (LinkRecord("http://missdirection.example.com", "Project"),)
    assert "A mapping engine that misguides you" in project.body
    assert "- Won award at AIHacks 2016" in project.body

    reference = entries["Reference from Erlich Bachman"]
    assert reference.kind is EntryKind.FEEDBACK
    assert reference.body.startswith("It is my pleasure to recommend Richard")
    assert reference.occurred_on == ceo.start_date  # the latest role's start

    bands = journal.skills.bands()
    assert [b.name for b in bands] == [SKILL_BAND]
    assert skill_levels(journal) == {"Web Development": 5, "Compression": 5}  # Master: the top
    assert bands[0].skills[0].assessed_on == D(2017, 12, 24)  # the résumé's lastModified
    assert journal.profile.get().name == "Richard Hendriks"

    # Sections the journal has no place for are named, not silently lost.
    assert any("education" in note for note in result.plan.notes)


def test_reimporting_the_sample_adds_nothing(journal: Journal) -> None:
    plan = read_plan(SAMPLE, SkillScale.DREYFUS, today=TODAY)
    journal.imports.apply(plan)
    before = counts(journal)
    again = journal.imports.apply(read_plan(SAMPLE, SkillScale.DREYFUS, today=TODAY))
    assert not any(again.added.values())
    assert (again.duplicates["roles"], again.duplicates["entries"]) == (2, 7)
    assert counts(journal) == before
    assert journal.imports.preview(plan).added == dict.fromkeys(again.added, 0)


def test_sample_on_the_sfia_scale_maps_master_to_its_top(tmp_path: Path) -> None:
    plan = read_plan(SAMPLE, SkillScale.SFIA, today=TODAY)
    assert {s.name: s.level for s in plan.skills} == {"Web Development": 7, "Compression": 7}


# -- dates ----------------------------------------------------------------------------------------


def test_partial_dates_take_the_start_or_end_of_their_year_or_month(tmp_path: Path) -> None:
    plan = plan_of(
        tmp_path,
        {
            "work": [
                {"name": "A", "position": "Dev", "startDate": "2019", "endDate": "2020-02"},
                {"name": "B", "position": "Dev", "startDate": "2020-03", "endDate": "2021"},
                {"name": "C", "position": "Dev", "startDate": "2022-05-10", "endDate": "present"},
            ],
            "awards": [{"title": "Prize", "date": "2021-07"}],
        },
    )
    assert [(r.start_date, r.end_date) for r in plan.roles] == [
        (D(2019, 1, 1), D(2020, 2, 29)),
        (D(2020, 3, 1), D(2021, 12, 31)),
        (D(2022, 5, 10), None),
    ]
    assert plan.entries[0].occurred_on == D(2021, 7, 1)
    partial = [n for n in plan.notes if "year or month" in n]
    assert partial == [
        "Dates given as a year or month were placed at its start (or end, for end dates)."
    ]


def test_full_dates_only_say_nothing_about_partial_dates(tmp_path: Path) -> None:
    plan = plan_of(
        tmp_path, {"work": [{"name": "A", "position": "Dev", "startDate": "2019-01-02"}]}
    )
    assert not any("year or month" in n for n in plan.notes)


def test_highlights_are_spread_within_their_role(tmp_path: Path) -> None:
    plan = plan_of(
        tmp_path,
        {
            "work": [
                {
                    "name": "A",
                    "position": "Dev",
                    "startDate": "2020-01-01",
                    "endDate": "2020-12-31",
                    "highlights": ["One", "Two", "Three"],
                },
                {
                    "name": "B",
                    "position": "Dev",
                    "startDate": "2023-01-01",
                    "highlights": ["Current " + "word " * 40],
                },
            ]
        },
    )
    one, two, three, current = plan.entries
    assert [e.occurred_on for e in (one, two, three)] == [
        D(2020, 4, 1),
        D(2020, 7, 1),
        D(2020, 9, 30),
    ]
    assert all(e.kind is EntryKind.PROJECT and e.tags == ("imported",) for e in plan.entries)
    # The current role runs until "today"; a long highlight is cut at a word for its title.
    assert D(2023, 1, 1) < current.occurred_on < TODAY
    assert len(current.title) <= 120
    assert current.title.endswith("…")
    assert current.body == "Current " + ("word " * 40).strip()
    assert any("for a current role, up to 2024-06-15" in n for n in plan.notes)


# -- moves at one employer ------------------------------------------------------------------------


def test_positions_at_one_employer_are_promotions_or_lateral_moves(
    journal: Journal, tmp_path: Path
) -> None:
    doc = {
        "work": [  # deliberately out of order: sorted by start date
            {"name": "Globex", "position": "Staff Engineer", "startDate": "2022-01-01"},
            {"name": "Acme", "position": "Junior Developer", "startDate": "2015-01-01"},
            {"name": "ACME ", "position": "Software Developer", "startDate": "2016-01-01"},
            {"name": "acme", "position": "Site Reliability Engineer", "startDate": "2017-06-01"},
            {
                "name": "Acme",
                "position": "Senior Engineer",
                "startDate": "2019-01-01",
                "endDate": "2021-12-31",
            },
            {"name": "Globex", "position": "Engineer", "startDate": "2023-03-01"},
        ]
    }
    plan = plan_of(tmp_path, doc)
    journal.imports.apply(plan)
    roles = journal.roles.list()
    assert [(r.title, r.move_kind, r.level_rank, r.end_date) for r in roles] == [
        ("Junior Developer", MoveKind.FIRST, 1, D(2015, 12, 31)),
        ("Software Developer", MoveKind.PROMOTION, 2, D(2017, 5, 31)),
        ("Site Reliability Engineer", MoveKind.LATERAL, 2, D(2018, 12, 31)),
        ("Senior Engineer", MoveKind.PROMOTION, 3, D(2021, 12, 31)),
        ("Staff Engineer", MoveKind.NEW_EMPLOYER, 4, D(2023, 2, 28)),
        ("Engineer", MoveKind.LATERAL, 2, None),  # a step down is not a promotion
    ]
    assert any("ended the day before" in n for n in plan.notes)


@pytest.mark.parametrize(
    ("before", "after", "promotion"),
    [
        ("Intern", "Junior Developer", True),
        ("Developer", "Senior Developer", True),
        ("Senior Engineer", "Staff Engineer", True),
        ("Tech Lead", "Principal Engineer", True),
        ("Principal Engineer", "Director of Engineering", True),
        ("Head of Platform", "VP Engineering", True),
        ("Vice President, Engineering", "CTO", True),
        ("Software Engineer", "Software Engineer II", True),
        ("Director", "Senior Director", True),
        ("Associate Director", "Director", True),
        ("Backend Developer", "Frontend Developer", False),
        ("Senior Developer", "Senior Architect", False),
        ("Lead Developer", "Developer", False),
    ],
)
def test_seniority_judges_a_step_up_by_title(before: str, after: str, promotion: bool) -> None:
    assert (seniority(after) > seniority(before)) is promotion


# -- skills ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "dreyfus", "sfia"),
    [
        ("Novice", 1, 1),
        ("Beginner", 1, 1),
        ("Advanced Beginner", 2, 3),
        ("Competent", 3, 4),
        ("Intermediate", 3, 4),
        ("Proficient", 4, 6),
        ("Advanced", 4, 6),
        ("Expert", 5, 7),
        ("master", 5, 7),
        ("Apply", 2, 3),  # an SFIA level name, mapped onto Dreyfus
        ("Set strategy, inspire, mobilise", 5, 7),
        ("3/5", 3, 4),
        ("5 out of 5", 5, 7),
        ("1/5", 1, 1),
        ("4", 4, 6),
        ("100%", 5, 7),
        ("★★★☆☆", 3, 4),
        ("Wizard", None, None),
        ("9/5", None, None),
        ("", None, None),
    ],
)
def test_skill_levels_map_onto_the_journal_scale(raw: str, dreyfus: int, sfia: int) -> None:
    assert map_skill_level(raw, SkillScale.DREYFUS) == dreyfus
    assert map_skill_level(raw, SkillScale.SFIA) == sfia


def test_unknown_and_missing_levels_stay_unassessed(journal: Journal, tmp_path: Path) -> None:
    plan = plan_of(
        tmp_path,
        {
            "skills": [
                {"name": "Python", "level": "Advanced", "keywords": ["Django"]},
                {"name": "Rust", "level": "Wizard"},
                {"name": "Go"},
                {"name": "SQL", "level": 3},
                {"name": "   "},  # no name: nothing to add
            ]
        },
    )
    assert [(s.band, s.name, s.level) for s in plan.skills] == [
        (SKILL_BAND, "Python", 4),
        (SKILL_BAND, "Rust", None),
        (SKILL_BAND, "Go", None),
        (SKILL_BAND, "SQL", 3),
    ]
    assert plan.skills[0].assessed_on == TODAY  # no lastModified: today, and said so
    assert any("assessed on 2024-06-15 (today)" in n for n in plan.notes)
    assert any("Rust (“Wizard”)" in n for n in plan.notes)
    assert any("without a level" in n and "Go" in n for n in plan.notes)
    result = journal.imports.apply(plan)
    assert result.added["assessments"] == 2
    assert skill_levels(journal) == {"Python": 4, "Rust": None, "Go": None, "SQL": 3}


# -- other sections -------------------------------------------------------------------------------


def test_certificates_volunteering_references_and_links(tmp_path: Path) -> None:
    plan = plan_of(
        tmp_path,
        {
            "basics": {"name": "  Ada   Lovelace "},
            "work": [{"name": "Acme", "position": "Engineer", "startDate": "2020-01-01"}],
            "certificates": [
                {
                    "name": "Certified Kubernetes Administrator",
                    "issuer": "CNCF",
                    "date": "2021-05-04",
                    "url": "https://example.com/cka",
                },
                {"name": "Shady", "url": "javascript:alert(1)", "date": "2021"},
                {"name": "Undated"},
            ],
            "volunteer": [
                {"organization": "Food Bank", "position": "Driver", "summary": "Weekends."},
                {"organization": "Club", "position": "Treasurer", "startDate": "2018-01-01"},
            ],
            "references": [
                {"name": "Grace", "reference": "Brilliant."},
                {"reference": "An anonymous note of praise."},
            ],
            "projects": [{"name": "Site", "url": "mailto:me@example.com", "type": "volunteering"}],
            "publications": [{"name": "Paper"}],
        },
    )
    assert plan.profile_name == "Ada Lovelace"
    by_title = {e.title: e for e in plan.entries}
    cka = by_title["Certified Kubernetes Administrator"]
    assert (cka.kind, cka.occurred_on, cka.body) == (
        EntryKind.CERTIFICATION,
        D(2021, 5, 4),
        "Issued by CNCF.",
    )
    assert cka.links == (LinkRecord("https://example.com/cka", "Certificate"),)
    assert by_title["Shady"].links == ()
    assert any("certificates[1].url" in n and "left out" in n for n in plan.notes)
    assert by_title["Undated"].occurred_on == D(2020, 1, 1)  # the latest role's start
    driver = by_title["Driver at Food Bank"]
    assert (driver.kind, driver.tags, driver.body) == (
        EntryKind.NETWORK,
        ("imported", "volunteering"),
        "Weekends.",
    )
    treasurer = next(r for r in plan.roles if r.volunteer)
    assert (treasurer.title, treasurer.organisation, treasurer.start_date) == (
        "Treasurer",
        "Club",
        D(2018, 1, 1),
    )
    assert next(r for r in plan.roles if not r.volunteer).move_kind is MoveKind.FIRST
    assert by_title["Reference from Grace"].kind is EntryKind.FEEDBACK
    assert by_title["Reference from Grace"].occurred_on == D(2020, 1, 1)
    assert "Reference: An anonymous note of praise." in by_title
    site = by_title["Site"]
    assert site.links == (LinkRecord("mailto:me@example.com", "Project"),)
    assert "volunteering" in site.tags
    assert any("publications" in n for n in plan.notes)


def test_unknown_properties_are_ignored(tmp_path: Path) -> None:
    plan = plan_of(
        tmp_path,
        {
            "work": [
                {
                    "name": "Acme",
                    "position": "Dev",
                    "startDate": "2020-01-01",
                    "mood": {"deeply": ["nested", 1, None]},
                    "location": 42,  # used by nobody here, so its type does not matter
                }
            ],
            "x-custom": [1, 2, 3],
        },
    )
    assert len(plan.roles) == 1


def test_a_work_item_without_a_start_date_is_left_out_and_said(tmp_path: Path) -> None:
    plan = plan_of(tmp_path, {"work": [{"name": "Acme", "position": "Dev"}]})
    assert plan.roles == ()
    assert any("work[0]" in n and "no start date" in n for n in plan.notes)


# -- bad input ------------------------------------------------------------------------------------

BASE: dict[str, Any] = {
    "basics": {"name": "Ada"},
    "work": [
        {"name": "Acme", "position": "Dev", "startDate": "2019-01-01", "highlights": ["Did it"]},
        {"name": "Acme", "position": "Senior Dev", "startDate": "2020-01-01"},
        {"name": "Globex", "position": "Lead", "startDate": "2021-01-01"},
    ],
    "skills": [{"name": "Python", "level": "Expert", "keywords": ["Django"]}],
    "certificates": [{"name": "CKA", "date": "2021-05-04"}],
}


def _set(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    out = copy.deepcopy(doc)
    target = out
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return out


@pytest.mark.parametrize(
    ("path", "value", "where", "words"),
    [
        (("work",), "Acme, 2019", "work", "list"),
        (("work", 1), "Senior Dev", "work[1]", "object"),
        (("work", 0, "highlights"), "Did it", "work[0].highlights", "list of text"),
        (("work", 0, "highlights", 0), 7, "work[0].highlights[0]", "text"),
        (("work", 2, "startDate"), 2021, "work[2].startDate", "number"),
        (("work", 2, "startDate"), "2019-02-30", "work[2].startDate", "calendar"),
        (("work", 2, "startDate"), "2019-13", "work[2].startDate", "calendar"),
        (("work", 2, "startDate"), "1899-12-31", "work[2].startDate", "before 1900"),
        (("work", 2, "startDate"), "2999-01-01", "work[2].startDate", "future"),
        (("work", 2, "startDate"), "last spring", "work[2].startDate", "not a date"),
        (("work", 2, "endDate"), "2020-12-31", "work[2].endDate", "before the start"),
        (("work", 0, "position"), ["Dev"], "work[0].position", "text"),
        (("skills", 0, "keywords"), "Django", "skills[0].keywords", "list"),
        (("skills", 0, "level"), {"stars": 5}, "skills[0].level", "text"),
        (("certificates", 0, "date"), True, "certificates[0].date", "true/false"),
        (("basics",), ["Ada"], "basics", "object"),
    ],
)
def test_bad_shapes_name_their_place(
    journal: Journal,
    tmp_path: Path,
    path: tuple[Any, ...],
    value: Any,
    where: str,
    words: str,
) -> None:
    journal.imports.apply(plan_of(tmp_path, BASE))
    before = counts(journal)
    bad = write(tmp_path, _set(BASE, path, value), "bad.json")
    with pytest.raises(ImportProblem) as info:
        read_plan(bad, SkillScale.DREYFUS, today=TODAY)
    assert info.value.where == where
    assert words in info.value.problem
    assert str(info.value).startswith(f"bad.json ({where}): ")
    assert counts(journal) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"[1, 2, 3]", "not a JSON Resume"),
        (b'{"name": "not a resume"}', "not a JSON Resume"),
        (b'{"work": [', "not valid JSON"),
        (b'{"work": "\x00"}', "NUL"),
        ("{}".encode("utf-16"), "not a JSON Resume"),  # UTF-16 with a BOM is read
        (b"\x80\x81 not utf-8", "UTF-8"),
        (b"[" * 10_000 + b"]" * 10_000, "nests deeper"),
    ],
)
def test_files_that_are_not_resumes_are_refused(tmp_path: Path, content: bytes, words: str) -> None:
    path = tmp_path / "picked.json"
    path.write_bytes(content)
    with pytest.raises(ImportProblem) as info:
        read_plan(path, SkillScale.DREYFUS)
    assert words in str(info.value)


_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 3000),
    st.text(max_size=30),
    st.sampled_from(["2019", "2019-03", "2019-03-01", "2019-02-30", "1800", "present", ""]),
)
_json = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)
_keys = st.sampled_from(
    [
        "name",
        "position",
        "organization",
        "startDate",
        "endDate",
        "date",
        "summary",
        "highlights",
        "level",
        "keywords",
        "title",
        "url",
        "reference",
        "issuer",
        "awarder",
    ]
)
_item = st.dictionaries(_keys, _json | st.lists(st.text(max_size=20), max_size=3), max_size=6)
_resume = st.dictionaries(
    st.sampled_from(
        [
            "basics",
            "work",
            "volunteer",
            "skills",
            "certificates",
            "awards",
            "projects",
            "references",
        ]
    ),
    st.lists(_item, max_size=4) | _json,
    min_size=1,
    max_size=5,
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(doc=_resume)
def test_any_resume_gives_a_valid_plan_or_an_import_problem(
    sqlite_journal: Journal, tmp_path: Path, doc: dict[str, Any]
) -> None:
    try:
        plan = plan_of(tmp_path, doc)
    except ImportProblem:
        return
    # Every plan the reader makes passes the services' own validation (preview writes nothing).
    sqlite_journal.imports.preview(plan)


# -- export ---------------------------------------------------------------------------------------


def _fill(journal: Journal) -> None:
    journal.profile.update(name="Ada Lovelace")
    journal.roles.add(
        RoleDraft(
            "Junior Engineer",
            D(2015, 1, 1),
            organisation="Acme",
            level_rank=1,
            end_date=D(2016, 12, 31),
            notes="Backend team.",
        )
    )
    journal.roles.add(
        RoleDraft(
            "Software Engineer",
            D(2017, 1, 1),
            organisation="Acme",
            level_rank=2,
            end_date=D(2019, 12, 31),
            move_kind=MoveKind.PROMOTION,
        )
    )
    journal.roles.add(
        RoleDraft(
            "Senior Engineer",
            D(2020, 1, 1),
            organisation="Globex",
            level_rank=3,
            move_kind=MoveKind.NEW_EMPLOYER,
        )
    )
    journal.roles.add(
        RoleDraft(
            "Mentor",
            D(2018, 3, 1),
            organisation="CoderDojo",
            end_date=D(2019, 3, 1),
            move_kind=MoveKind.NEW_EMPLOYER,
            volunteer=True,
        )
    )
    for i in range(8):
        journal.entries.add(
            EntryDraft(
                f"Shipped feature {i}",
                D(2021, 1 + i, 5),
                EntryKind.PROJECT,
                impact=1 + i % 5,
                starred=i in (2, 6),
            )
        )
    journal.entries.add(
        EntryDraft("Ran the on-call rota", D(2015, 6, 1), EntryKind.RESPONSIBILITY, impact=4)
    )
    journal.entries.add(
        EntryDraft(
            "Cut build times",
            D(2018, 2, 1),
            EntryKind.PROJECT,
            impact=5,
            measurable_result="12 min to 3 min",
        )
    )
    journal.entries.add(EntryDraft("Trashed", D(2018, 2, 2), EntryKind.PROJECT, impact=5))
    journal.entries.trash([journal.entries.list(EntryQuery(text="Trashed"))[0].id])
    journal.entries.add(
        EntryDraft(
            "Certified Kubernetes Administrator",
            D(2021, 5, 4),
            EntryKind.CERTIFICATION,
            body="Issued by CNCF.",
            links=(LinkRecord("ftp://old.example.com/x"), LinkRecord("https://cncf.io/cka")),
        )
    )
    journal.entries.add(EntryDraft("Bare certificate", D(2019, 1, 1), EntryKind.CERTIFICATION))
    journal.entries.add(
        EntryDraft(
            "Engineer of the year",
            D(2022, 12, 1),
            EntryKind.RECOGNITION,
            body="Awarded by Globex.\n\nFor the platform work.",
            starred=True,
        )
    )
    journal.entries.add(EntryDraft("Shout-out", D(2022, 3, 1), EntryKind.RECOGNITION))
    tech = journal.skills.add_band("Technical")
    python = journal.skills.add_skill(tech.id, "Python")
    journal.skills.record_assessment(python.id, 4, assessed_on=D(2022, 1, 1))
    journal.skills.add_skill(tech.id, "Rust")
    people = journal.skills.add_band("People")
    mentoring = journal.skills.add_skill(people.id, "Mentoring")
    journal.skills.record_assessment(mentoring.id, 2, assessed_on=D(2019, 1, 1))
    journal.skills.record_assessment(mentoring.id, 3, assessed_on=D(2021, 1, 1))


def test_export_is_a_valid_resume_of_the_journal(journal: Journal) -> None:
    _fill(journal)
    doc = export_resume(journal, now=dt.datetime(2024, 6, 15, 12, 30, 1))
    assert_valid_resume(doc)
    assert doc["basics"] == {"name": "Ada Lovelace", "label": "Senior Engineer"}
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in doc["work"]] == [
        ("Acme", "Junior Engineer", "2015-01-01", "2016-12-31"),
        ("Acme", "Software Engineer", "2017-01-01", "2019-12-31"),
        ("Globex", "Senior Engineer", "2020-01-01", None),
    ]
    junior, engineer, senior = doc["work"]
    assert junior["summary"] == "Backend team."
    assert junior["highlights"] == ["Ran the on-call rota"]
    assert engineer["highlights"] == ["Cut build times (12 min to 3 min)"]  # not the trashed one
    assert senior["highlights"] == ["Shipped feature 2", "Shipped feature 6"]  # the starred ones
    assert "summary" not in engineer  # no empty strings
    assert doc["volunteer"] == [
        {
            "organization": "CoderDojo",
            "position": "Mentor",
            "startDate": "2018-03-01",
            "endDate": "2019-03-01",
        }
    ]
    assert doc["skills"] == [
        {"name": "Python", "level": "Proficient", "keywords": ["Technical"]},
        {"name": "Rust", "keywords": ["Technical"]},
        {"name": "Mentoring", "level": "Competent", "keywords": ["People"]},
    ]
    assert doc["certificates"] == [
        {"name": "Bare certificate", "date": "2019-01-01"},
        {
            "name": "Certified Kubernetes Administrator",
            "date": "2021-05-04",
            "issuer": "CNCF",
            "url": "https://cncf.io/cka",
        },
    ]
    assert doc["awards"] == [  # starred recognition only, when some are starred
        {
            "title": "Engineer of the year",
            "date": "2022-12-01",
            "awarder": "Globex",
            "summary": "For the platform work.",
        }
    ]
    assert doc["meta"] == {"version": "v1.0.0", "lastModified": "2024-06-15T12:30:01"}


def test_highlights_without_stars_are_the_five_of_highest_impact(journal: Journal) -> None:
    journal.roles.add(RoleDraft("Engineer", D(2020, 1, 1), organisation="Acme"))
    for i in range(7):
        journal.entries.add(
            EntryDraft(
                f"Thing {i}", D(2020, 2 + i, 1), EntryKind.PROJECT, impact=[1, 5, 2, 4, 5, 3, 4][i]
            )
        )
    (work,) = export_resume(journal)["work"]
    assert work["highlights"] == ["Thing 1", "Thing 3", "Thing 4", "Thing 5", "Thing 6"]


def test_export_of_an_empty_journal_is_valid(journal: Journal) -> None:
    doc = export_resume(journal)
    assert_valid_resume(doc)
    assert (doc["basics"], doc["work"], doc["skills"], doc["awards"]) == ({}, [], [], [])


def test_export_then_import_keeps_roles_and_skills(journal: Journal, tmp_path: Path) -> None:
    _fill(journal)
    path = write(tmp_path, export_resume(journal), "exported.json")
    with Journal.open(tmp_path / "other.sqlite3") as other:
        result = other.imports.apply(read_plan(path, SkillScale.DREYFUS))
        assert result.added["roles"] == 4

        def roles(j: Journal) -> list[tuple[Any, ...]]:
            return [
                (
                    r.title,
                    r.organisation,
                    r.start_date,
                    r.end_date,
                    r.volunteer,
                    r.move_kind,
                    r.notes,
                )
                for r in j.roles.list()
            ]

        assert roles(other) == roles(journal)
        assert skill_levels(other) == skill_levels(journal)
        assert other.profile.get().name == "Ada Lovelace"
        assert Counter(e.kind for e in other.entries.list()) == {
            EntryKind.PROJECT: 4,  # the exported highlights
            EntryKind.CERTIFICATION: 2,
            EntryKind.RECOGNITION: 1,
        }
        # And the round trip's own re-import adds nothing.
        again = other.imports.apply(read_plan(path, SkillScale.DREYFUS))
        assert not any(again.added.values())


def test_imported_sample_exports_valid_and_keeps_long_highlights(
    journal: Journal, tmp_path: Path
) -> None:
    long_text = "Led the migration of " + "many services " * 20 + "to the new platform"
    doc = {
        "work": [
            {
                "name": "Acme",
                "position": "Engineer",
                "startDate": "2020-01-01",
                "endDate": "2021-01-01",
                "highlights": [long_text],
                "url": "",
            }
        ]
    }
    journal.imports.apply(plan_of(tmp_path, doc))
    journal.imports.apply(read_plan(SAMPLE, SkillScale.DREYFUS, today=TODAY))
    out = export_resume(journal)
    assert_valid_resume(out)
    acme = next(w for w in out["work"] if w["name"] == "Acme")
    assert acme["highlights"] == [" ".join(long_text.split())]
