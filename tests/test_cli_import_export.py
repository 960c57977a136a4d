"""`careerjournal import` and `export` end to end on real files, in-process through the entry
function (cli_run.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from careerjournal.interchange.backup_format import export_backup, write_backup
from careerjournal.services import EntryDraft, Journal
from cli_run import Result, run_cli

DATA = Path(__file__).resolve().parent / "data" / "jsonresume"


def cj(db: Path, *args: str) -> Result:
    """`careerjournal --database DB ARGS...`, in this process (cli_run.py)."""
    return run_cli("--database", str(db), *args)


def ok(result: Result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    """A journal with a generated career (roles, entries, skills, goals, reviews, trash)."""
    from careerjournal.services import demo

    db = tmp_path / "source" / "journal.sqlite3"
    db.parent.mkdir()
    with Journal.open(db) as journal:
        demo.generate(journal, entries=150, seed=5)
        journal.entries.trash([3, 4])
    return db


def snapshot(db: Path) -> dict[str, Any]:
    """Everything in a journal (read in this process), without the export time."""
    with Journal.open(db) as journal:
        data = export_backup(journal)
    del data["exported_at"]
    return data


def write(db: Path, path: Path) -> Path:
    """A backup file of a journal, written in this process."""
    with Journal.open(db) as journal:
        return write_backup(journal, path)


def counts(db: Path) -> dict[str, int]:
    return {k: len(v) for k, v in snapshot(db).items() if isinstance(v, list)}


def export(db: Path, output: Path, fmt: str = "backup") -> str:
    printed = ok(cj(db, "export", "--format", fmt, "-o", str(output))).strip()
    assert printed == str(output)
    return printed


def error_line(result: Result) -> str:
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("careerjournal: error: ")
    return lines[0]


def test_export_then_import_into_a_new_journal_gives_the_same_journal(
    filled: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "career.json"
    export(filled, backup)
    assert backup.stat().st_mode & 0o777 == 0o600
    first = json.loads(backup.read_text(encoding="utf-8"))
    assert first["format"] == "careerjournal-backup"
    assert sum(1 for e in first["entries"] if e["trashed_at"]) == 2

    fresh = tmp_path / "fresh.sqlite3"
    out = ok(cj(fresh, "--create", "import", str(backup)))
    assert out.splitlines()[0].startswith("career.json: added ")
    assert "150 entries" in out.splitlines()[0]
    assert "restored as it was, ids included" in out
    restored = snapshot(fresh)
    assert restored == {k: v for k, v in first.items() if k != "exported_at"}
    assert [e["id"] for e in restored["entries"] if e["trashed_at"]] == [3, 4]

    # The same file again adds nothing, and makes no backup for nothing.
    out = ok(cj(fresh, "import", str(backup), "--format", "backup"))
    assert out.splitlines()[0] == "career.json: added nothing."
    assert "Already in the journal, skipped: " in out
    assert not (tmp_path / "fresh-backups").exists()
    assert snapshot(fresh) == restored


def test_dry_run_writes_nothing_and_makes_no_backup(filled: Path, tmp_path: Path) -> None:
    resume = DATA / "sample.resume.json"
    before = counts(filled)
    out = ok(cj(filled, "import", str(resume), "--dry-run"))
    assert out.startswith("sample.resume.json: would add ")
    assert counts(filled) == before
    backups = filled.parent / "journal-backups"
    assert not backups.exists() or not any("before-import" in p.name for p in backups.iterdir())

    out = ok(cj(filled, "import", str(resume)))
    assert out.startswith("sample.resume.json: added ")
    assert "A backup was made first: " in out
    assert any("before-import" in p.name for p in backups.iterdir())
    after = counts(filled)
    assert after["entries"] > before["entries"]

    out = ok(cj(filled, "import", str(resume)))
    assert out.startswith("sample.resume.json: added nothing.")
    assert counts(filled) == after


def test_merging_a_backup_into_a_journal_with_content(filled: Path, tmp_path: Path) -> None:
    backup = write(filled, tmp_path / "career.json")
    other = tmp_path / "other.sqlite3"
    with Journal.open(other) as journal:
        journal.entries.add(EntryDraft("My own entry"))
    before = snapshot(other)
    dry = ok(cj(other, "import", str(backup), "--dry-run"))
    assert dry.startswith("career.json: would add ")
    assert snapshot(other) == before
    out = ok(cj(other, "import", str(backup)))
    assert out.splitlines()[0] == dry.splitlines()[0].replace("would add", "added")
    assert "A backup was made first: " in out
    entries = counts(other)["entries"]
    assert entries == counts(filled)["entries"] + 1
    assert ok(cj(other, "import", str(backup))).startswith("career.json: added nothing.")


BAD_FILES = [
    ("garbage.json", b"\x00\x01\x02 not json", "NUL"),
    ("truncated.json", b'{"format": "careerjournal-backup", "version": 1, "ro', "not valid JSON"),
    ("latin1.json", b'{"basics": {"name": "Zo\xeb"}}', "offset 23"),
    ("deep.json", b"[" * 50_000, "nests deeper"),
    ("list.json", b"[1, 2, 3]", "not a format Career Journal can import"),
    ("empty.json", b"", "not a format Career Journal can import"),
    (
        "newer.json",
        json.dumps({"format": "careerjournal-backup", "version": 9}).encode(),
        "newer Career Journal",
    ),
]


@pytest.mark.parametrize(("name", "content", "words"), BAD_FILES)
def test_a_bad_file_exits_1_with_one_line_naming_it(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    db = tmp_path / "journal.sqlite3"
    with Journal.open(db) as journal:
        journal.entries.add(EntryDraft("Keep me"))
    before = snapshot(db)
    path = tmp_path / name
    path.write_bytes(content)
    line = error_line(cj(db, "import", str(path)))
    assert f"error: {name}" in line
    assert words in line
    assert snapshot(db) == before
    assert not (tmp_path / "journal-backups").exists()


def test_a_backup_with_an_impossible_date_names_the_field(filled: Path, tmp_path: Path) -> None:
    backup = write(filled, tmp_path / "career.json")
    doc = json.loads(backup.read_text(encoding="utf-8"))
    doc["entries"][12]["occurred_on"] = "2023-02-30"
    backup.write_text(json.dumps(doc), encoding="utf-8")
    db = tmp_path / "journal.sqlite3"
    line = error_line(cj(db, "--create", "import", str(backup)))
    assert line.endswith(
        "career.json (entries[12].occurred_on): 2023-02-30 does not exist on the calendar"
    )
    assert counts(db)["entries"] == 0


def test_missing_file_wrong_format_and_bad_usage(tmp_path: Path) -> None:
    db = tmp_path / "journal.sqlite3"
    line = error_line(cj(db, "--create", "import", str(tmp_path / "nowhere.json")))
    assert "nowhere.json: cannot be read" in line
    line = error_line(cj(db, "import", str(DATA / "sample.resume.json"), "--format", "backup"))
    assert "sample.resume.json: is not a Career Journal backup" in line
    assert cj(db, "import", "x.json", "--format", "word").returncode == 1  # a refused value
    assert cj(db, "export", "-o", str(tmp_path / "x.json")).returncode == 2  # --format missing


def test_export_refuses_a_folder_that_does_not_exist(filled: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "career.json"
    line = error_line(cj(filled, "export", "--format", "backup", "-o", str(target)))
    assert "does not exist" in line
    assert not target.parent.exists()


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("jsonresume", "resume.json"), ("markdown", "brag.md"), ("csv", "entries.csv")],
)
def test_other_export_formats_write_a_private_file(
    filled: Path, tmp_path: Path, fmt: str, name: str
) -> None:
    pytest.importorskip(
        "careerjournal.interchange." + ("jsonresume" if fmt == "jsonresume" else "textexport")
    )
    output = tmp_path / name
    export(filled, output, fmt)
    assert output.stat().st_mode & 0o777 == 0o600
    text = output.read_text(encoding="utf-8")
    assert text.strip()
    if fmt == "jsonresume":
        assert "work" in json.loads(text)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
