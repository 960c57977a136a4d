"""LinkedIn data export import: CSV files written as LinkedIn writes them, as a folder and a zip."""

from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pytest

from careerjournal.domain import EntryKind, MoveKind, SkillScale
from careerjournal.interchange import linkedin, linkedin_files
from careerjournal.interchange.errors import ImportProblem
from careerjournal.interchange.linkedin import parse_date, read_plan, seniority
from careerjournal.services import EntryQuery, Journal

D = dt.date
EVERYTHING = EntryQuery(trashed=None)

POSITIONS = """\
Company Name,Title,Description,Location,Started On,Finished On
Globex,Senior Engineer,Leading the payments team,,Jan 2020,
Acme Corp,Software Engineer,,Berlin,Sep 2017,Mar 2019
Acme Corp,Junior Developer,"Built things, tested them","Berlin, Germany",Sep 2015,Aug 2017
Acme Corp,Developer Advocate,,,Mar 2019,Dec 2019
"""
SKILLS = "Name\nPython\nSQL\npython\n\n"
CERTIFICATIONS = """\
Name,Url,Authority,Started On,Finished On,License Number
AWS Certified Solutions Architect,https://aws.example/c/1,AWS,Sep 2021,Sep 2024,ABC-123
Scrum Master,javascript:alert(1),Scrum.org,2019,,
Certificate without a date,,,,,
"""
HONORS = "Title,Description,Issued On\nEmployee of the Year,For the payments rewrite,Dec 2022\n"
# Columns reordered, and one LinkedIn may add one day.
PROJECTS = """\
Url,Finished On,Title,Extra Column,Description,Started On
https://github.com/example/payments,Jun 2022,Payments rewrite,zzz,Rewrote payments,Jan 2022
,,Internal tooling,,Ongoing,Mar 2023
"""
RECOMMENDATIONS = """\
Notes:
"This file contains the recommendations you received, with the people who wrote them."

First Name,Last Name,Company,Job Title,Text,Creation Date,Status
Grace,Hopper,Globex,CTO,"Alex is ""excellent"".
Really.","05/12/24, 10:15 AM",VISIBLE
Ada,Lovelace,Acme Corp,,Thoughtful and precise.,2019-01-15,HIDDEN
"""
LEARNING = """\
Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),\
Content Completed At (if completed),Content Saved,Notes taken on videos (if taken)
Learning SQL,Queries from scratch,Course,2024-02-10 14:00 UTC,2024-02-10 14:33 UTC,false,
Half-watched course,,Course,2024-03-01 09:00 UTC,N/A,false,
"""
PROFILE = """\
First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,\
Geo Location,Twitter Handles,Websites,Instant Messengers
Alex,Doe,,,,Engineer,Builds things,Software,,Berlin,,,
"""
CONNECTIONS = """\
Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Someone,Else,https://www.linkedin.com/in/x,,Initech,Boss,01 Jan 2020
"""

EXPORT = {
    "Positions.csv": POSITIONS,
    "Skills.csv": SKILLS,
    "Certifications.csv": CERTIFICATIONS,
    "Honors.csv": HONORS,
    "Projects.csv": PROJECTS,
    "Recommendations_Received.csv": RECOMMENDATIONS,
    "Learning.csv": LEARNING,
    "Profile.csv": PROFILE,
    "Connections.csv": CONNECTIONS,
}


def write_folder(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def write_zip(path: Path, files: dict[str, str | bytes], prefix: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(prefix + name, content)
    return path


@pytest.fixture(params=["folder", "zip"])
def export(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "folder":
        return write_folder(tmp_path / "linkedin", dict(EXPORT))
    return write_zip(
        tmp_path / "Basic_LinkedInDataExport.zip", dict(EXPORT), "Basic_LinkedInDataExport/"
    )


def state(journal: Journal) -> tuple[object, ...]:
    return (
        journal.roles.list(),
        [(e.title, e.kind, e.occurred_on) for e in journal.entries.list(EVERYTHING)],
        [(b.name, [s.name for s in b.skills]) for b in journal.skills.bands()],
        journal.profile.get().name,
    )


# -- the whole export ------------------------------------------------------------------------------


def test_plan_from_export(export: Path) -> None:
    plan = read_plan(export, SkillScale.DREYFUS)
    assert plan.format == "linkedin"
    assert plan.source == export.name
    assert plan.profile_name == "Alex Doe"
    roles = [(r.title, r.organisation, r.start_date, r.end_date, r.move_kind) for r in plan.roles]
    assert roles == [
        ("Junior Developer", "Acme Corp", D(2015, 9, 1), D(2017, 8, 31), MoveKind.FIRST),
        # Ends "Mar 2019", the month the next role starts: the day before it.
        ("Software Engineer", "Acme Corp", D(2017, 9, 1), D(2019, 2, 28), MoveKind.PROMOTION),
        ("Developer Advocate", "Acme Corp", D(2019, 3, 1), D(2019, 12, 31), MoveKind.LATERAL),
        ("Senior Engineer", "Globex", D(2020, 1, 1), None, MoveKind.NEW_EMPLOYER),
    ]
    assert plan.roles[0].notes == "Built things, tested them\n\nLocation: Berlin, Germany"
    assert plan.roles[3].notes == "Leading the payments team"
    assert [(s.band, s.name, s.level) for s in plan.skills] == [
        ("From LinkedIn", "Python", None),
        ("From LinkedIn", "SQL", None),
    ]
    entries = {(e.kind, e.title): e for e in plan.entries}
    assert sorted(entries) == sorted(
        [
            (EntryKind.CERTIFICATION, "AWS Certified Solutions Architect"),
            (EntryKind.CERTIFICATION, "Scrum Master"),
            (EntryKind.RECOGNITION, "Employee of the Year"),
            (EntryKind.PROJECT, "Payments rewrite"),
            (EntryKind.PROJECT, "Internal tooling"),
            (EntryKind.FEEDBACK, "Recommendation from Grace Hopper"),
            (EntryKind.FEEDBACK, "Recommendation from Ada Lovelace"),
            (EntryKind.LEARNING, "Learning SQL"),
        ]
    )
    assert all(e.tags == ("linkedin",) for e in plan.entries)
    aws = entries[EntryKind.CERTIFICATION, "AWS Certified Solutions Architect"]
    assert aws.occurred_on == D(2021, 9, 1)
    assert "Issued by AWS." in aws.body
    assert "ABC-123" in aws.body
    assert [link.url for link in aws.links] == ["https://aws.example/c/1"]
    scrum = entries[EntryKind.CERTIFICATION, "Scrum Master"]
    assert scrum.occurred_on == D(2019, 1, 1)
    assert scrum.links == ()  # only http(s) addresses become links
    assert entries[EntryKind.RECOGNITION, "Employee of the Year"].occurred_on == D(2022, 12, 1)
    payments = entries[EntryKind.PROJECT, "Payments rewrite"]
    assert payments.occurred_on == D(2022, 6, 30)  # when it was finished
    assert payments.links[0].url == "https://github.com/example/payments"
    assert entries[EntryKind.PROJECT, "Internal tooling"].occurred_on == D(2023, 3, 1)
    grace = entries[EntryKind.FEEDBACK, "Recommendation from Grace Hopper"]
    assert grace.occurred_on == D(2024, 5, 12)
    assert grace.body.startswith('Alex is "excellent".\nReally.')
    assert "Grace Hopper, CTO at Globex" in grace.body
    ada = entries[EntryKind.FEEDBACK, "Recommendation from Ada Lovelace"]
    assert ada.occurred_on == D(2019, 1, 15)
    learning = entries[EntryKind.LEARNING, "Learning SQL"]
    assert learning.occurred_on == D(2024, 2, 10)
    assert "Queries from scratch" in learning.body
    assert any("without a date" in note for note in plan.notes)
    assert [e.occurred_on for e in plan.entries] == sorted(e.occurred_on for e in plan.entries)


def test_import_applies_and_reimport_adds_nothing(journal: Journal, export: Path) -> None:
    plan = read_plan(export, SkillScale.DREYFUS)
    first = journal.imports.apply(plan)
    assert first.added["roles"] == 4
    assert first.added["entries"] == 8
    assert first.added["skills"] == 2
    assert first.added["bands"] == 1
    roles = journal.roles.list()
    assert [(r.title, r.move_kind) for r in roles] == [
        ("Junior Developer", MoveKind.FIRST),
        ("Software Engineer", MoveKind.PROMOTION),
        ("Developer Advocate", MoveKind.LATERAL),
        ("Senior Engineer", MoveKind.NEW_EMPLOYER),
    ]
    assert roles[-1].end_date is None
    entries = {e.title: e for e in journal.entries.list()}
    assert entries["Employee of the Year"].role_title == "Senior Engineer"
    assert entries["Recommendation from Ada Lovelace"].role_title == "Software Engineer"
    assert entries["Learning SQL"].tags == ("linkedin",)
    bands = journal.skills.bands()
    assert [(b.name, [s.name for s in b.skills]) for b in bands] == [
        ("From LinkedIn", ["Python", "SQL"])
    ]
    assert all(s.current_level is None for s in bands[0].skills)
    assert journal.profile.get().name == "Alex Doe"
    before = state(journal)

    again = journal.imports.apply(read_plan(export, SkillScale.DREYFUS))
    assert not any(again.added.values())
    assert again.duplicates["roles"] == 4
    assert again.duplicates["entries"] == 8
    assert state(journal) == before


def test_missing_optional_files_are_fine(tmp_path: Path) -> None:
    files = {"Positions.csv": POSITIONS, "Skills.csv": "", "Honors.csv": "Title,Issued On\r\n"}
    folder = write_folder(tmp_path / "only", files)
    plan = read_plan(folder, SkillScale.SFIA)
    assert len(plan.roles) == 4
    assert plan.entries == ()
    assert plan.skills == ()
    assert plan.profile_name == ""


def test_single_csv_and_nested_folder(tmp_path: Path) -> None:
    single = write_folder(tmp_path / "a", {"Skills.csv": SKILLS}) / "Skills.csv"
    assert [s.name for s in read_plan(single, SkillScale.DREYFUS).skills] == ["Python", "SQL"]
    outer = tmp_path / "b"
    write_folder(outer / "Basic_LinkedInDataExport", {"honors.CSV": HONORS})
    plan = read_plan(outer, SkillScale.DREYFUS)
    assert [e.title for e in plan.entries] == ["Employee of the Year"]


def test_header_case_and_spacing_are_ignored(tmp_path: Path) -> None:
    text = "\ufeff company name , TITLE,started on,Extra\nInitech,Intern,2012,x\n"
    plan = read_plan(write_folder(tmp_path / "x", {"Positions.csv": text}), SkillScale.DREYFUS)
    assert [(r.title, r.organisation, r.start_date, r.end_date) for r in plan.roles] == [
        ("Intern", "Initech", D(2012, 1, 1), None)
    ]


# -- refusals --------------------------------------------------------------------------------------


@pytest.fixture
def imported(journal: Journal, tmp_path: Path) -> Journal:
    """A journal that already holds the export, to show a refused import changes nothing."""
    journal.imports.apply(
        read_plan(write_folder(tmp_path / "ok", dict(EXPORT)), SkillScale.DREYFUS)
    )
    return journal


def refused(journal: Journal, path: Path) -> ImportProblem:
    before = state(journal)
    with pytest.raises(ImportProblem) as caught:
        journal.imports.apply(read_plan(path, SkillScale.DREYFUS))
    assert state(journal) == before
    return caught.value


@pytest.mark.parametrize("as_zip", [False, True])
def test_missing_required_column(imported: Journal, tmp_path: Path, as_zip: bool) -> None:
    files = dict(EXPORT)
    files["Positions.csv"] = "Company Name,Title,Description\nAcme,Engineer,\n"
    path = (
        write_zip(tmp_path / "bad.zip", files) if as_zip else write_folder(tmp_path / "bad", files)
    )
    problem = refused(imported, path)
    assert problem.source.endswith("Positions.csv")
    assert "“Started On”" in problem.problem
    assert "Positions.csv" in str(problem)


def test_impossible_date_names_file_row_and_column(imported: Journal, tmp_path: Path) -> None:
    files = dict(EXPORT)
    files["Honors.csv"] = 'Title,Description,Issued On\nFine,,Jan 2020\nBad,,"Feb 30, 2021"\n'
    problem = refused(imported, write_folder(tmp_path / "bad", files))
    assert problem.source.endswith("Honors.csv")
    assert problem.where == "row 3, column “Issued On”"
    assert "2021-02-30" in problem.problem
    assert "Honors.csv (row 3, column “Issued On”)" in str(problem)


def test_row_numbers_count_the_preamble(imported: Journal, tmp_path: Path) -> None:
    files = dict(EXPORT)
    files["Recommendations_Received.csv"] = RECOMMENDATIONS.replace("2019-01-15", "13/45/19")
    problem = refused(imported, write_zip(tmp_path / "bad.zip", files))
    assert problem.source.endswith("Recommendations_Received.csv")
    # Notes:, the quoted note, a blank line, the header, Grace's row, then Ada's.
    assert problem.where == "row 6, column “Creation Date”"


def test_role_ending_before_it_starts(imported: Journal, tmp_path: Path) -> None:
    files = {"Positions.csv": "Company Name,Title,Started On,Finished On\nA,B,Sep 2020,Jan 2019\n"}
    problem = refused(imported, write_folder(tmp_path / "bad", files))
    assert problem.where == "row 2, column “Finished On”"


def test_not_utf8(imported: Journal, tmp_path: Path) -> None:
    files: dict[str, str | bytes] = dict(EXPORT)
    files["Skills.csv"] = "Name\nCafé crème\n".encode("latin-1")
    problem = refused(imported, write_folder(tmp_path / "bad", files))
    assert problem.source.endswith("Skills.csv")
    assert "UTF-8" in problem.problem


def test_hostile_zip_member_is_refused(imported: Journal, tmp_path: Path) -> None:
    problem = refused(imported, write_zip(tmp_path / "bad.zip", {"../Positions.csv": POSITIONS}))
    assert "leaves the archive" in problem.problem


def test_not_an_export(imported: Journal, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.txt").write_text("hello")
    assert "none of the files" in refused(imported, empty).problem
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0")
    assert "neither" in refused(imported, other).problem
    assert "does not exist" in refused(imported, tmp_path / "nowhere.zip").problem


def test_too_many_rows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(linkedin_files, "MAX_ROWS", 10)  # where the rows are read
    text = "Name\n" + "".join(f"Skill {i}\n" for i in range(200))
    with pytest.raises(ImportProblem, match="more than 10 rows"):
        read_plan(write_folder(tmp_path / "x", {"Skills.csv": text}), SkillScale.DREYFUS)


def test_huge_cell_is_refused_and_csv_limit_restored(tmp_path: Path) -> None:
    limit = csv.field_size_limit()
    text = 'Title,Description,Issued On\nBig,"' + "x" * (linkedin.MAX_FIELD + 10) + '",2020\n'
    with pytest.raises(ImportProblem) as caught:
        read_plan(write_folder(tmp_path / "x", {"Honors.csv": text}), SkillScale.DREYFUS)
    assert caught.value.where == "row 2"
    assert csv.field_size_limit() == limit


# -- the pieces ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Sep 2024", False, D(2024, 9, 1)),
        ("Sep 2024", True, D(2024, 9, 30)),
        ("Feb 2024", True, D(2024, 2, 29)),
        ("September 2024", False, D(2024, 9, 1)),
        ("2024", False, D(2024, 1, 1)),
        ("2024", True, D(2024, 12, 31)),
        ("Sep 05, 2024", False, D(2024, 9, 5)),
        ("05 Sep 2024", False, D(2024, 9, 5)),
        ("2024-09-05", False, D(2024, 9, 5)),
        ("2024-09-05 14:33 UTC", False, D(2024, 9, 5)),
        ("2024-09", True, D(2024, 9, 30)),
        ("05/12/24, 10:15 AM", False, D(2024, 5, 12)),
        ("12/31/2019", False, D(2019, 12, 31)),
        ("", False, None),
        ("  ", True, None),
        ("N/A", False, None),
        ("Present", True, None),
    ],
)
def test_parse_date(text: str, end: bool, expected: dt.date | None) -> None:
    assert parse_date(text, end=end) == expected


@pytest.mark.parametrize(
    "text", ["Feb 30, 2021", "2024-13-01", "Smarch 2024", "next year", "13/45/19", "1850", "0000"]
)
def test_parse_date_refuses(text: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the private _BadDate; rows turn it into ImportProblem
        parse_date(text)


def test_seniority_order() -> None:
    titles = [
        "Software Engineering Intern",
        "Junior Developer",
        "Software Engineer",
        "Senior Software Engineer",
        "Staff Engineer",
        "Principal Engineer",
        "Director of Engineering",
    ]
    ranks = [seniority(t) for t in titles]
    assert ranks == sorted(ranks)
    assert len(set(ranks)) == len(ranks)
    assert seniority("Tech Lead") == seniority("Staff Engineer")
    assert seniority("Vice President, Engineering") == seniority("Head of Platform")
