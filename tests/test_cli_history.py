"""`careerjournal undo / redo / history / restore-version` on the journal's operation log."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from careerjournal.cli import main
from careerjournal.services import EntryDraft, Journal


def cli(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--database", str(path), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_history_lists_newest_first_and_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal.open(path) as journal:
        entry = journal.entries.add(EntryDraft("First"))
        journal.entries.update(entry.id, EntryDraft("First, edited"), expected_version=1)
        journal.entries.add(EntryDraft("Second"))
    code, out, _ = cli(capsys, path, "history")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["#", "When", "(UTC)", "State", "What"]
    assert [line.split("  ")[-1].strip() for line in lines[1:]] == [
        "Add entry “Second”",
        "Edit entry “First, edited”",
        "Add entry “First”",
    ]
    cli(capsys, path, "undo")
    code, out, _ = cli(capsys, path, "history", "--json", "--of", "entry", str(entry.id))
    data = json.loads(out)
    assert [(d["code"], d["subject"], d["undone"]) for d in data] == [
        ("entry.edit", "First, edited", False),
        ("entry.add", "First", False),
    ]
    code, out, _ = cli(capsys, path, "history", "--json", "--limit", "1")
    assert [(d["code"], d["undone"]) for d in json.loads(out)] == [("entry.add", True)]


def test_restore_version_writes_an_earlier_version_back_as_a_new_operation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal.open(path) as journal:
        entry = journal.entries.add(EntryDraft("Draft", tags=("api",)))
        journal.entries.update(entry.id, EntryDraft("Final"), expected_version=1)
        first = journal.history.of_record("entry", entry.id)[-1].id
    code, out, _ = cli(capsys, path, "restore-version", "entry", str(entry.id), str(first))
    assert code == 0
    assert out.startswith(f"Restored entry {entry.id} as operation {first} left it.")
    with Journal.open(path) as journal:
        restored = journal.entries.get(entry.id)
        assert (restored.title, restored.tags) == ("Draft", ("api",))
    code, out, _ = cli(capsys, path, "undo")
    assert out == "Undone: Restore an earlier version of “Draft”\n"


def test_nothing_to_undo_and_bad_values_are_one_line_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "j.sqlite3"
    Journal.open(path).close()
    assert cli(capsys, path, "undo") == (1, "", "careerjournal: error: There is nothing to undo.\n")
    assert cli(capsys, path, "redo")[2] == "careerjournal: error: There is nothing to redo.\n"
    code, _, err = cli(capsys, path, "history", "--of", "planet", "3")
    assert code == 1
    assert "“planet” has no history" in err
    code, _, err = cli(capsys, path, "restore-version", "entry", "1", "99")
    assert code == 1
    assert err.startswith("careerjournal: error: ")
