"""`careerjournal add` on a locked journal: sealed without the passphrase, added on the next open.

Run in-process through the console script's entry function (tests/cli_run.py).
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import pytest

from careerjournal.cli import opening
from careerjournal.services import EntryDraft, Journal
from careerjournal.services.sealing import inbox_path, pending_count, public_key_path
from careerjournal.store import cipher
from cli_run import Result, run_cli

PASS = "correct horse battery"
UNLOCKED = {"CAREERJOURNAL_PASSPHRASE": PASS}

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")


def cj(db: Path, *argv: str, env: dict[str, str] | None = None) -> Result:
    return run_cli("--database", str(db), *argv, env=env)


def make_encrypted(tmp_path: Path) -> Path:
    """An encrypted journal holding one entry (closed)."""
    plain = tmp_path / "plain.db"
    with Journal.open(str(plain)) as journal:
        journal.entries.add(EntryDraft(title="Before the lock"))
    con = cipher.module().connect(str(plain))
    try:
        cipher.export(con, tmp_path / "j.db", PASS)
    finally:
        con.close()
    plain.unlink()
    return tmp_path / "j.db"


@pytest.fixture
def locked(tmp_path: Path) -> Path:
    """An encrypted journal opened once by the CLI (so it has its capture key), now closed."""
    db = make_encrypted(tmp_path)
    result = cj(db, "list", env=UNLOCKED)
    assert result.returncode == 0, result.stderr
    assert public_key_path(db).is_file()
    return db


def test_add_without_the_passphrase_seals_the_entry(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_prompt(*_args: object, **_kwargs: object) -> str:
        raise AssertionError("add asked for a passphrase")

    monkeypatch.setattr(opening, "can_ask", lambda: True)  # even in a terminal: never asks
    monkeypatch.setattr(getpass, "getpass", no_prompt)
    journal_bytes = locked.read_bytes()

    result = cj(locked, "add", "Closed the Orion deal", "--body", "Quietly, with Vega Corp")
    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "Sealed “Closed the Orion deal”: it joins the journal the next time it is unlocked "
        "(1 waiting).\n"
    )
    result = cj(locked, "add", "Second", "--kind", "skill", "--tag", "Rustacean", "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["sealed"] is True
    assert (shown["title"], shown["waiting"]) == ("Second", 2)
    assert len(shown["record"]) == 32

    assert locked.read_bytes() == journal_bytes  # the journal itself was not opened
    data = inbox_path(locked).read_bytes()
    for secret in (b"Closed the Orion", b"Vega Corp", b"rustacean"):
        assert secret not in data
    assert pending_count(locked) == 2


def test_the_sealed_entries_arrive_when_the_journal_is_opened(locked: Path) -> None:
    assert cj(locked, "add", "Sealed first", "--date", "2024-05-06").returncode == 0
    assert cj(locked, "add", "Sealed second", "--kind", "recognition").returncode == 0

    result = cj(locked, "add", "Added with the passphrase", "--kind", "skill", env=UNLOCKED)
    assert result.returncode == 0, result.stderr
    new_id = int(result.stdout)  # an ordinary add prints the new id, as before
    assert "2 entries captured while the journal was locked arrived" in result.stderr
    assert not inbox_path(locked).exists()

    result = cj(locked, "list", "--json", env=UNLOCKED)
    assert result.returncode == 0, result.stderr
    entries = {e["title"]: e for e in json.loads(result.stdout)}
    assert set(entries) == {
        "Before the lock",
        "Sealed first",
        "Sealed second",
        "Added with the passphrase",
    }
    assert entries["Sealed first"]["date"] == "2024-05-06"
    assert entries["Sealed first"]["kind"] == "project"  # picked on arrival, as add does
    assert entries["Sealed second"]["kind"] == "recognition"
    assert entries["Sealed first"]["id"] < entries["Sealed second"]["id"] < new_id
    assert "arrived" not in result.stderr  # each sealed entry arrives once


def test_add_on_a_journal_never_unlocked_here_says_how_to_go_on(tmp_path: Path) -> None:
    db = make_encrypted(tmp_path)
    result = cj(db, "add", "Nowhere to go")
    assert result.returncode == 1
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert "no capture key yet: unlock it once on this computer" in result.stderr
    assert "--passphrase-file" in result.stderr
    assert not inbox_path(db).exists()


def test_a_bad_value_is_refused_before_anything_is_sealed(locked: Path) -> None:
    result = cj(locked, "add", "   ")
    assert result.returncode == 1
    assert "title is empty" in result.stderr
    assert pending_count(locked) == 0


def test_add_on_a_plain_journal_is_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    result = cj(db, "--create", "add", "Plain", "--kind", "skill")
    assert (result.returncode, result.stdout) == (0, "1\n")
    result = cj(db, "add", "Plain too", "--json")
    assert json.loads(result.stdout)["title"] == "Plain too"
    assert not inbox_path(db).exists()
    assert not public_key_path(db).exists()
