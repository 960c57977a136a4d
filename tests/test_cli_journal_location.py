"""Which journal a command opens, and when one may be created: a typo never makes a new journal,
`demo` never writes into the user's journal, a missing PostgreSQL driver names its extra."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerjournal import cli
from careerjournal.services import EntryDraft, EntryQuery, Journal, demo
from careerjournal.store import paths
from cli_run import Result, run_cli


def cj(*args: str, env: dict[str, str] | None = None) -> Result:
    """`careerjournal ARGS...` in this process (cli_run.py), $CAREERJOURNAL_DATABASE unset
    unless `env` sets it."""
    return run_cli(*args, env=env)


def error_line(result: Result | subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("careerjournal: error:")
    return lines[0]


def ok(result: Result) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.fixture
def data_home(tmp_path: Path) -> dict[str, str]:
    """An environment whose user data folder (the default journal's) is under tmp_path."""
    return {"XDG_DATA_HOME": str(tmp_path / "data")}


def test_a_mistyped_database_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "no" / "such"
    line = error_line(cj("--database", str(folder / "x.sqlite3"), "list"))
    assert f"There is no journal at {folder / 'x.sqlite3'}" in line
    assert f"the folder {folder} does not exist" in line
    assert "--create" in line
    assert not (tmp_path / "no").exists()

    missing = tmp_path / "jornal.sqlite3"
    line = error_line(cj("--database", str(missing), "add", "A win"))
    assert f"There is no journal at {missing}: the file does not exist" in line
    assert not list(tmp_path.iterdir())  # no file, no folder, no lock file


def test_the_environment_variable_follows_the_same_rule(tmp_path: Path) -> None:
    missing = tmp_path / "env.sqlite3"
    line = error_line(cj("list", env={"CAREERJOURNAL_DATABASE": str(missing)}))
    assert str(missing) in line
    assert not missing.exists()


def test_create_starts_a_new_journal_before_or_after_the_command(tmp_path: Path) -> None:
    first = tmp_path / "new" / "first.sqlite3"
    assert ok(cj("--database", str(first), "--create", "add", "A win")).strip() == "1"
    second = tmp_path / "second.sqlite3"
    ok(cj("add", "Another win", "--database", str(second), "--create"))
    assert "Another win" in ok(cj("list", "--database", str(second)))
    assert "A win" in ok(cj("--database", str(first), "list"))


def test_the_default_journal_is_created_on_first_use(data_home: dict[str, str]) -> None:
    assert ok(cj("add", "First entry", env=data_home)).strip() == "1"
    default = Path(data_home["XDG_DATA_HOME"]) / "careerjournal" / "journal.sqlite3"
    assert default.exists()
    assert "First entry" in ok(cj("list", env=data_home))


def test_demo_without_a_database_writes_its_own_file_not_the_journal(
    data_home: dict[str, str],
) -> None:
    folder = Path(data_home["XDG_DATA_HOME"]) / "careerjournal"
    ok(cj("add", "My real entry", env=data_home))
    out = ok(cj("demo", "--entries", "60", env={**data_home, "CAREERJOURNAL_DATABASE": ""}))
    sample = folder / "sample-career.sqlite3"
    assert f"Wrote a sample career to {sample}: 60 entries" in out
    assert f"careerjournal --database {sample}" in out
    with Journal.open(folder / "journal.sqlite3") as journal:
        assert [e.title for e in journal.entries.list()] == ["My real entry"]
    with Journal.open(sample) as journal:
        assert journal.entries.count() == 60


def test_demo_ignores_the_environment_variable(tmp_path: Path, data_home: dict[str, str]) -> None:
    mine = tmp_path / "mine.sqlite3"
    Journal.open(mine).close()
    env = {**data_home, "CAREERJOURNAL_DATABASE": str(mine)}
    ok(cj("demo", "--entries", "60", env=env))
    with Journal.open(mine) as journal:
        assert journal.entries.count(EntryQuery(trashed=None)) == 0


def test_demo_refuses_a_journal_with_your_entries_even_with_force(tmp_path: Path) -> None:
    mine = tmp_path / "mine.sqlite3"
    with Journal.open(mine) as journal:
        journal.entries.add(EntryDraft(title="Promoted to lead"))
    for extra in ((), ("--force",)):
        line = error_line(cj("--database", str(mine), "demo", "--entries", "60", *extra))
        assert f"{mine} holds 1 entry of your own" in line
        assert "careerjournal --database sample.sqlite3 demo" in line
    with Journal.open(mine) as journal:
        assert [e.title for e in journal.entries.list()] == ["Promoted to lead"]
    assert not (tmp_path / "mine-backups").exists()  # refused before any work


def test_demo_refusing_the_sample_file_points_elsewhere(data_home: dict[str, str]) -> None:
    sample = Path(data_home["XDG_DATA_HOME"]) / "careerjournal" / "sample-career.sqlite3"
    sample.parent.mkdir(parents=True)
    with Journal.open(sample) as journal:
        journal.entries.add(EntryDraft(title="Typed into the sample by hand"))
    line = error_line(cj("demo", "--force", env=data_home))
    assert line.endswith(
        "write the sample into a journal of its own: careerjournal --database sample.sqlite3 demo."
    )


def test_demo_force_replaces_only_an_earlier_sample_after_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "sample.sqlite3"
    ok(cj("--database", str(path), "demo", "--entries", "60"))  # demo may create its file
    line = error_line(cj("--database", str(path), "demo", "--entries", "60"))
    assert "already holds a sample career (60 entries); add --force" in line

    out = ok(cj("--database", str(path), "demo", "--entries", "80", "--force"))
    assert "Backed up the journal to" in out
    assert len(list((tmp_path / "sample-backups").iterdir())) == 1
    with Journal.open(path) as journal:
        assert journal.entries.count(EntryQuery(trashed=None)) == 80
        journal.entries.add(EntryDraft(title="My own test entry"))
    line = error_line(cj("--database", str(path), "demo", "--force"))
    assert "holds 1 entry of your own" in line


def test_demo_help_describes_every_option_with_default_and_limits() -> None:
    text = " ".join(ok(cj("demo", "--help")).split())
    assert "--entries N how many entries, 50 to 1,000,000 (default: 1,500)" in text
    assert "--seed S any whole number" in text
    assert "(default: 7)" in text
    assert "--force replace an earlier sample career" in text
    assert "entries of your own are never replaced" in text
    assert "sample-career.sqlite3" in text
    # The help states the service's limits without importing it: keep the two in step.
    assert (cli.DEMO_MIN, cli.DEMO_MAX) == (demo.MIN_ENTRIES, demo.MAX_ENTRIES)
    assert (cli.DEMO_ENTRIES, cli.DEMO_SEED) == (demo.DEFAULT_ENTRIES, demo.DEFAULT_SEED)
    assert cli.SAMPLE_FILE == paths.SAMPLE_FILENAME


def test_postgresql_without_its_driver_names_the_extra_to_install(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "sys.modules['psycopg'] = None  # as if the extra were not installed\n"
        "from careerjournal.app import main\n"
        "sys.exit(main(['--database', 'postgresql://me:s3cret@localhost/cj', 'list']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CAREERJOURNAL_DEBUG"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    line = error_line(result)
    assert "PostgreSQL needs the psycopg driver" in line
    assert "pip install 'careerjournal[postgresql]'" in line
    assert "s3cret" not in line  # the password is never shown
    assert "Traceback" not in result.stderr


def test_the_postgresql_extra_is_declared() -> None:
    import tomllib

    pyproject = Path(__file__).parents[1] / "pyproject.toml"
    extras = tomllib.loads(pyproject.read_text())["project"]["optional-dependencies"]
    assert any(dep.startswith("psycopg[binary]") for dep in extras["postgresql"])
