"""The command line end to end, as a user or a script runs it, on a real file: in this process
through the entry function (cli_run.py says why), and in a real process where that is the point."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cli_run import Result, run_cli


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "journal.sqlite3"


def cj(db: Path | str, *args: str, env: dict[str, str] | None = None) -> Result:
    """`careerjournal [--database DB] ARGS...`, in this process."""
    return run_cli(*(["--database", str(db)] if db else []), *args, env=env)


def cj_process(*args: str, script: str | None = None) -> subprocess.CompletedProcess[str]:
    """`careerjournal ARGS...` as a real process: the console `script`, else `python -m`."""
    cmd = [script] if script else [sys.executable, "-m", "careerjournal"]
    env = {k: v for k, v in os.environ.items() if k not in ("CAREERJOURNAL_DEBUG", "COLUMNS")}
    env.pop("CAREERJOURNAL_DATABASE", None)
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=60)


def new_journal(db: Path) -> Path:
    """Start the journal (a named journal is never created without --create)."""
    ok(cj(db, "--create", "check"))
    return db


def ok(result: Result | subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def test_add_list_search_delete_restore_round_trip(db: Path) -> None:
    first = ok(
        cj(
            db,
            "--create",
            "add",
            "Led the Kubernetes migration",
            "--kind",
            "project",
            "--date",
            "2024-03-05",
            "--tag",
            "Infra",
            "--tag",
            "k8s",
            "--impact",
            "4",
            "--body",
            "Moved **40 services**.",
            "--result",
            "cost down 30%",
            "--star",
        )
    )
    second = ok(
        cj(db, "add", "Asked my lead for feedback", "--kind", "feedback", "--date", "2024-04-01")
    )
    id1, id2 = int(first), int(second)

    listed = json.loads(ok(cj(db, "list", "--json")))
    assert [e["id"] for e in listed] == [id1, id2]
    e = listed[0]
    assert e == {
        **e,
        "date": "2024-03-05",
        "kind": "project",
        "title": "Led the Kubernetes migration",
        "body": "Moved **40 services**.",
        "impact": 4,
        "measurable_result": "cost down 30%",
        "starred": True,
        "tags": ["infra", "k8s"],
        "links": [],
        "role": None,
        "trashed": False,
        "version": 1,
    }
    assert set(e) == {
        "id",
        "date",
        "kind",
        "title",
        "body",
        "impact",
        "measurable_result",
        "starred",
        "tags",
        "links",
        "role",
        "trashed",
        "created_at",
        "updated_at",
        "version",
    }

    found = json.loads(ok(cj(db, "search", "kube", "--json")))
    assert [x["id"] for x in found] == [id1]
    assert str(id1) in ok(cj(db, "search", "infra"))

    assert "Moved to the trash" in ok(cj(db, "delete", str(id1)))
    assert [x["id"] for x in json.loads(ok(cj(db, "list", "--json")))] == [id2]
    assert json.loads(ok(cj(db, "search", "kube", "--json"))) == []
    assert [x["id"] for x in json.loads(ok(cj(db, "list", "--trash", "--json")))] == [id1]

    assert "Restored" in ok(cj(db, "restore", str(id1)))
    assert [x["id"] for x in json.loads(ok(cj(db, "search", "kubernetes", "--json")))] == [id1]
    shown = json.loads(ok(cj(db, "show", str(id1), "--json")))
    assert shown["trashed"] is False
    assert "Led the Kubernetes migration" in ok(cj(db, "show", str(id1)))


def test_list_filters_by_dates_kind_and_tag(db: Path) -> None:
    new_journal(db)
    for title, kind, date, tag in [
        ("a", "skill", "2023-01-10", "python"),
        ("b", "project", "2023-06-01", "python"),
        ("c", "project", "2024-02-01", "go"),
    ]:
        ok(cj(db, "add", title, "--kind", kind, "--date", date, "--tag", tag))
    titles = lambda out: [e["title"] for e in json.loads(out)]  # noqa: E731
    assert titles(ok(cj(db, "list", "--from", "2023-02-01", "--to", "2023-12-31", "--json"))) == [
        "b"
    ]
    assert titles(ok(cj(db, "list", "--kind", "project", "--json"))) == ["b", "c"]
    assert titles(ok(cj(db, "list", "--tag", "python", "--json"))) == ["a", "b"]
    assert "No entries." in ok(cj(db, "list", "--from", "2030-01-01"))


def test_database_from_environment(tmp_path: Path) -> None:
    path = new_journal(tmp_path / "env.sqlite3")
    ok(cj("", "add", "From the environment", env={"CAREERJOURNAL_DATABASE": str(path)}))
    assert path.exists()
    assert "From the environment" in ok(cj(path, "list"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("add", "x", "--date", "2024-02-30"), "does not exist on the calendar"),
        (("add", "x", "--date", "yesterday"), "not a date in the form YYYY-MM-DD"),
        (("add", "   "), "title is empty"),
        (("show", "999"), "no entry 999"),
        (("delete", "999"), "no entry 999"),
        (("list", "--from", "2024-05-01", "--to", "2024-01-01"), "before --from"),
    ],
)
def test_user_errors_exit_1_with_one_line_and_change_nothing(
    db: Path, args: tuple[str, ...], message: str
) -> None:
    ok(cj(db, "--create", "add", "Existing entry"))
    before = ok(cj(db, "list", "--json"))
    result = cj(db, *args)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("careerjournal: error:")
    assert message in lines[0]
    assert "Traceback" not in result.stderr
    assert ok(cj(db, "list", "--json")) == before


# docs/cli.md, "Exit status": 2 when the command line is not understood (argparse's usage
# errors), 1 for every refused value, whichever part of the program checks it.
BAD_USAGE = [
    ("bogus",),  # unknown command
    ("list", "--bogus"),  # unknown option
    ("add",),  # missing argument
    ("export", "-o", "x.json"),  # missing required option
    ("list", "--kind"),  # option without its value
    ("show",),
]
INVALID_VALUES = [
    (("add", "x", "--impact", "9"), "--impact: 9 is outside 1 to 5"),
    (("add", "x", "--impact", "high"), "--impact: 'high' is not a whole number"),
    (("add", "x", "--kind", "nope"), "--kind: 'nope' is not one of promotion, skill"),
    (("list", "--kind", "nope"), "--kind: 'nope' is not one of"),
    (("add", "x", "--date", "2024-02-30"), "does not exist on the calendar"),
    (("add", "x", "--date", "yesterday"), "not a date in the form YYYY-MM-DD"),
    (("list", "--from", "2024-13-01"), "--from"),
    (("list", "--limit", "-1"), "--limit: -1 must be 0 or more"),
    (("show", "abc"), "ID: 'abc' is not a whole number"),
    (("show", "0"), "ID: 0 must be 1 or more"),
    (("delete", "1", "x"), "ID: 'x' is not a whole number"),
    (("search", "x", "--limit", "0"), "--limit: 0 must be 1 or more"),
    (("demo", "--entries", "10"), "--entries: 10 is outside 50 to 1,000,000"),
    (("demo", "--seed", "abc"), "--seed: 'abc' is not a whole number"),
    (("export", "--format", "word", "-o", "x.doc"), "--format: 'word' is not one of"),
    (("import", "x.json", "--format", "word"), "--format: 'word' is not one of"),
    (("screenshot", "-o", "x.png", "--size", "10x10"), "--size: '10x10' is outside"),
    (("screenshot", "-o", "x.png", "--view", "nope"), "--view: 'nope' is not one of"),
    (("report", "-o", "x.md", "--per-kind", "many"), "--per-kind: 'many' is not a whole"),
    (("report", "-o", "x.md", "--sections", "nope"), "unknown section nope"),
]


def main_in_process(argv: list[str], capfd: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run the real entry point in this process (fast) and capture what it wrote."""
    from careerjournal.app import main

    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's exits
        code = int(exc.code or 0)
    out, err = capfd.readouterr()
    return code, out, err


@pytest.mark.parametrize("args", BAD_USAGE)
def test_bad_usage_exits_2(
    db: Path, args: tuple[str, ...], capfd: pytest.CaptureFixture[str]
) -> None:
    code, _, err = main_in_process(["--database", str(db), *args], capfd)
    assert code == 2
    assert "usage:" in err
    assert not db.exists()  # bad usage never opens (or creates) the journal


@pytest.mark.parametrize(("args", "message"), INVALID_VALUES)
def test_every_invalid_value_exits_1_with_one_line(
    db: Path,
    args: tuple[str, ...],
    message: str,
    capfd: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from careerjournal.services import Journal

    Journal.open(db).close()
    monkeypatch.chdir(db.parent)
    code, out, err = main_in_process(["--database", str(db), *args], capfd)
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("careerjournal: error:")
    assert message in lines[0]
    assert out == ""


@pytest.mark.parametrize(
    "args",
    [("add", "x", "--kind", "nope"), ("add", "x", "--date", "2024-02-30"), ("show", "0")],
)
def test_an_invalid_value_does_not_create_the_journal(
    db: Path, args: tuple[str, ...], capfd: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = main_in_process(["--database", str(db), "--create", *args], capfd)
    assert code == 1
    assert not db.exists()  # refused before the journal is opened


def test_corrupt_and_too_new_files_are_refused_untouched(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    before = junk.read_bytes()
    result = cj(junk, "list")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(junk) in result.stderr
    assert junk.read_bytes() == before

    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = cj(folder, "list")
    assert result.returncode == 1
    assert "is a folder" in result.stderr


def test_check_and_backup(db: Path) -> None:
    ok(cj(db, "--create", "add", "Something to keep"))
    assert "no problems found" in ok(cj(db, "check"))
    made = Path(ok(cj(db, "backup")).strip())
    assert made.exists()
    assert made.parent == db.with_name("journal-backups")
    target = db.with_name("copy.sqlite3")
    assert ok(cj(db, "backup", "-o", str(target))).strip() == str(target)
    assert "Something to keep" in ok(cj(target, "list"))
    again = cj(db, "backup", "-o", str(target))
    assert again.returncode == 1
    assert "already exists" in again.stderr


def test_version_and_help() -> None:
    from careerjournal import __version__

    assert __version__ in ok(cj("", "--version"))
    assert "demo" in ok(cj("", "--help"))
    for command in (
        "add",
        "list",
        "search",
        "show",
        "delete",
        "restore",
        "demo",
        "check",
        "backup",
    ):
        assert "usage:" in ok(cj("", command, "--help"))


def test_the_console_script_runs_and_the_shell_sees_its_exit_statuses(db: Path) -> None:
    """The installed `careerjournal` script as a real process: 0 done, 1 refused (one line, no
    traceback), 2 not understood. Every other test here runs the same entry in-process."""
    script = shutil.which("careerjournal", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("no careerjournal console script beside this Python (not installed)")
    assert "usage: careerjournal" in ok(cj_process("--help", script=script))
    assert ok(cj_process("--database", str(db), "--create", "add", "Shipped", script=script)) == (
        "1\n"
    )
    refused = cj_process("--database", str(db), "show", "999", script=script)
    assert (refused.returncode, refused.stdout) == (1, "")
    assert refused.stderr == "careerjournal: error: There is no entry 999.\n"
    not_understood = cj_process("--database", str(db), "bogus", script=script)
    assert not_understood.returncode == 2
    assert "usage: careerjournal" in not_understood.stderr
    assert "Traceback" not in not_understood.stderr


def test_help_and_usage_errors_load_neither_the_database_layer_nor_qt() -> None:
    """`--help` and a mistyped command answer at once: parsing the command line imports no
    SQLAlchemy, no Qt (a fresh process, to see what it imported)."""
    code = """
import sys
from careerjournal.cli import main
assert [main(["--help"]), main(["insights", "--help"]), main(["bogus"])] == [0, 0, 2]
heavy = {m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'PySide6', 'shiboken6'}
print('loaded:', sorted(heavy), file=sys.stderr)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().endswith("loaded: []")


def test_cli_kind_choices_match_the_domain() -> None:
    """The CLI lists kinds without importing the models (fast --help); keep the two in step."""
    from careerjournal import cli
    from careerjournal.domain import EntryKind

    assert tuple(k.value for k in EntryKind) == cli.KINDS


def test_counts_are_worded_in_the_singular_and_the_plural(
    db: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import text

    from careerjournal.services import EntryDraft, Journal

    with Journal.open(db) as journal:
        for title in ("One", "Two", "Three"):
            journal.entries.add(EntryDraft(title=title))
    base = ["--database", str(db)]
    assert main_in_process([*base, "delete", "1", "2"], capfd)[1] == (
        "Moved to the trash: entries 1, 2.\n"
    )
    assert main_in_process([*base, "delete", "1", "3"], capfd)[1] == (
        "Moved to the trash: entry 3.\nEntry 1 was already in the trash.\n"
    )
    assert main_in_process([*base, "restore", "1", "2"], capfd)[1] == "Restored entries 1, 2.\n"

    with Journal.open(db) as journal, journal.store.engine.begin() as con:
        con.execute(text("DELETE FROM entry_fts WHERE rowid = 2"))
    code, out, err = main_in_process([*base, "check"], capfd)
    assert code == 1
    assert "for 1 entry (run" in out
    assert err == f"careerjournal: error: 1 problem found in {db}.\n"


def test_add_without_a_kind_records_one_that_insights_counts(db: Path) -> None:
    """A quick `add` is never of kind other: the kind used most, else project."""
    new_journal(db)
    first = ok(cj(db, "add", "Shipped the first slice")).strip()
    assert json.loads(ok(cj(db, "show", first, "--json")))["kind"] == "project"
    for n in range(2):
        ok(cj(db, "add", f"Learned Rust, part {n}", "--kind", "learning"))
    latest = ok(cj(db, "add", "Read the async book")).strip()
    assert json.loads(ok(cj(db, "show", latest, "--json")))["kind"] == "learning"


# -- issue 15: odd paths, read-only journals, devices, passwords ------------------------------


def test_an_odd_path_names_exactly_that_file(tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    name = "q?x=%41#frag é.sqlite3"
    ok(cj(folder / name, "--create", "add", "Ran the incident review"))
    assert os.listdir(folder) == [name]
    assert (folder / name).stat().st_mode & 0o777 == 0o600
    assert "Ran the incident review" in ok(cj(folder / name, "list"))


def test_a_read_only_journal_is_listed_but_not_written(db: Path) -> None:
    new_journal(db)
    ok(cj(db, "add", "Presented at the all-hands"))
    os.chmod(db, 0o400)
    before = db.read_bytes()

    assert "Presented at the all-hands" in ok(cj(db, "list"))
    refused = cj(db, "add", "Must not be written")
    assert refused.returncode == 1
    assert refused.stderr.startswith("careerjournal: error: This journal is read-only")
    assert refused.stderr.count("\n") == 1
    assert db.stat().st_mode & 0o777 == 0o400
    assert db.read_bytes() == before


def test_a_pipe_given_as_the_journal_is_refused_untouched(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo, 0o644)
    os.chmod(fifo, 0o644)
    result = cj(fifo, "--create", "list")
    assert result.returncode == 1
    assert "is not a regular file" in result.stderr
    assert fifo.stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("via_env", [False, True])
def test_no_output_shows_the_database_password(via_env: bool) -> None:
    pytest.importorskip("psycopg")
    secret = "Sup3r-s3cret-pw"
    for url in (
        f"postgresql://careerjournal:{secret}@localhost:1/careerjournal_w2",
        f"postgresql://careerjournal:{secret}@localhost/careerjournal_w2?no_such_option=1",
        f"postgresql://careerjournal@localhost:1/careerjournal_w2?password={secret}",
    ):
        for command in (["list"], ["add", "Gave a talk"], ["check"]):
            if via_env:
                result = cj("", *command, env={"CAREERJOURNAL_DATABASE": url})
            else:
                result = cj(url, *command)
            assert result.returncode == 1, (url, command)
            assert secret not in result.stdout + result.stderr, (url, command)
            assert result.stderr.count("\n") == 1, result.stderr


def test_check_recover_on_a_sound_journal_changes_nothing(db: Path) -> None:
    new_journal(db)
    before = db.read_bytes()
    out = ok(cj(db, "check", "--recover"))
    assert out.startswith(f"{db} is not damaged: there is nothing to recover.\n")
    assert out.endswith("no problems found.\n")
    assert not db.with_name(db.name + ".damaged").exists()
    assert db.read_bytes() == before


def test_from_backup_without_recover_is_refused(db: Path) -> None:
    new_journal(db)
    result = cj(db, "check", "--from-backup")
    assert result.returncode == 1
    assert result.stderr == (
        "careerjournal: error: --from-backup goes with --recover: "
        "`check --recover --from-backup`.\n"
    )
