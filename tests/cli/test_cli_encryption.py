"""`careerjournal encrypt`, `decrypt` and `passphrase`, and opening an encrypted journal from the
command line: passphrases from a file, the environment or a terminal prompt, never from the
command line; every refusal one line with exit status 1."""

from __future__ import annotations

import getpass
import io
import os
import pty
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from careerjournal.services import EntryDraft, Journal
from careerjournal.store import cipher
from careerjournal.store.lock import JournalLock
from cli_run import Result, run_cli

pytestmark = pytest.mark.skipif(not cipher.available(), reason="SQLCipher (sqlcipher3) missing")

KEY = "correct horse battery"
NEW_KEY = "staple of the month"
TITLE = "Shipped the Zanzibarquokka release"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "journal.sqlite3"
    with Journal.open(path) as journal:
        journal.entries.add(EntryDraft(title=TITLE, tags=("release",), body="Went well."))
    return path


def key_file(folder: Path, text: str, name: str = "key.txt") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def cj(db: Path | str, *args: str, env: dict[str, str] | None = None) -> Result:
    return run_cli("--database", str(db), *args, env=env)


def ok(result: Result) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def refused(result: Result) -> str:
    """The one line a refused command prints; nothing on stdout."""
    assert result.returncode == 1, result.stdout
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("careerjournal: error: ")
    assert "Traceback" not in result.stderr
    return lines[0]


def encrypted(db: Path) -> Path:
    ok(cj(db, "encrypt", env={"CAREERJOURNAL_PASSPHRASE": KEY}))
    assert cipher.looks_encrypted(db)
    return db


class Terminal(io.StringIO):
    """A stdin that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What the user types at each passphrase prompt, in order (prompts are recorded)."""
    answers: list[str] = []
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        if not answers:
            raise EOFError
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    monkeypatch.setattr(sys, "stdin", Terminal())
    yield answers
    assert answers == [], f"not asked for {answers} (prompts: {prompts})"


def test_encrypt_with_a_passphrase_file_then_open_only_with_it(db: Path, tmp_path: Path) -> None:
    key = key_file(tmp_path, KEY + "\n")
    out = ok(cj(db, "--passphrase-file", str(key), "encrypt"))

    assert out.startswith(f"Encrypted {db}: the copy was verified (1 entry, ")
    assert "may still be readable on the disk" in out
    assert cipher.looks_encrypted(db)
    assert TITLE.encode() not in db.read_bytes()

    listed = ok(cj(db, "list", "--passphrase-file", str(key)))
    assert TITLE in listed
    assert TITLE in ok(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": KEY}))

    line = refused(cj(db, "list"))
    assert "protected by a passphrase" in line
    assert "--passphrase-file" in line
    assert "CAREERJOURNAL_PASSPHRASE" in line
    wrong = refused(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": NEW_KEY}))
    assert "$CAREERJOURNAL_PASSPHRASE does not open" in wrong
    assert NEW_KEY not in wrong


@pytest.mark.parametrize(
    "args",
    [
        ("--passphrase", "hunter2secret", "encrypt"),
        ("encrypt", "--passphrase=hunter2secret"),
        ("list", "--passphrase", "hunter2secret"),
        ("passphrase", "--new-passphrase", "hunter2secret"),
    ],
)
def test_a_passphrase_on_the_command_line_is_never_taken(db: Path, args: tuple[str, ...]) -> None:
    before = db.read_bytes()
    line = refused(cj(db, *args))
    assert "never given on the command line" in line
    assert "hunter2secret" not in line
    assert db.read_bytes() == before


def test_passphrase_file_problems_are_one_line(db: Path, tmp_path: Path) -> None:
    missing = refused(cj(db, "--passphrase-file", str(tmp_path / "nope.txt"), "encrypt"))
    assert "nope.txt: there is no such file" in missing
    empty = refused(cj(db, "--passphrase-file", str(key_file(tmp_path, "\n")), "encrypt"))
    assert "first line is empty" in empty
    assert "is a folder" in refused(cj(db, "--passphrase-file", str(tmp_path), "encrypt"))
    short = refused(cj(db, "--passphrase-file", str(key_file(tmp_path, "seven77")), "encrypt"))
    assert "too short: use at least 8 characters" in short
    assert cipher.header(db) == cipher.SQLITE_HEADER


def test_only_the_first_line_of_the_file_is_the_passphrase(db: Path, tmp_path: Path) -> None:
    key = key_file(tmp_path, f"{KEY}\r\nsecond line\n")
    ok(cj(db, "--passphrase-file", str(key), "encrypt"))
    assert TITLE in ok(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": KEY}))


def test_without_a_terminal_or_a_given_passphrase_encrypt_says_how(db: Path) -> None:
    line = refused(cj(db, "encrypt"))
    assert "--passphrase-file FILE or $CAREERJOURNAL_PASSPHRASE" in line
    assert cipher.header(db) == cipher.SQLITE_HEADER


def test_decrypt_gives_back_a_plain_journal(db: Path) -> None:
    encrypted(db)
    out = ok(cj(db, "decrypt", env={"CAREERJOURNAL_PASSPHRASE": KEY}))

    assert out.startswith(f"Removed the passphrase of {db}: it is a plain file now")
    assert cipher.header(db) == cipher.SQLITE_HEADER
    assert TITLE in ok(cj(db, "list"))
    assert "not protected by a passphrase" in refused(cj(db, "decrypt"))


def test_encrypting_twice_is_refused(db: Path) -> None:
    encrypted(db)
    before = db.read_bytes()
    line = refused(cj(db, "encrypt", env={"CAREERJOURNAL_PASSPHRASE": NEW_KEY}))
    assert "already protected by a passphrase" in line
    assert "careerjournal passphrase" in line
    assert db.read_bytes() == before


def test_passphrase_change_from_a_file(db: Path, tmp_path: Path) -> None:
    encrypted(db)
    new = key_file(tmp_path, NEW_KEY + "\n", "new.txt")
    out = ok(
        cj(
            db,
            "passphrase",
            "--new-passphrase-file",
            str(new),
            env={"CAREERJOURNAL_PASSPHRASE": KEY},
        )
    )
    assert out.startswith(f"Changed the passphrase of {db}")

    assert "does not open" in refused(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": KEY}))
    assert TITLE in ok(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": NEW_KEY}))


def test_passphrase_change_from_the_environment(db: Path) -> None:
    encrypted(db)
    both = {"CAREERJOURNAL_PASSPHRASE": KEY, "CAREERJOURNAL_NEW_PASSPHRASE": NEW_KEY}
    ok(cj(db, "passphrase", env=both))
    assert TITLE in ok(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": NEW_KEY}))


def test_passphrase_change_refusals(db: Path) -> None:
    encrypted(db)
    same = {"CAREERJOURNAL_PASSPHRASE": KEY, "CAREERJOURNAL_NEW_PASSPHRASE": KEY}
    assert "is the current one" in refused(cj(db, "passphrase", env=same))
    missing = refused(cj(db, "passphrase", env={"CAREERJOURNAL_PASSPHRASE": KEY}))
    assert "--new-passphrase-file FILE or $CAREERJOURNAL_NEW_PASSPHRASE" in missing
    wrong = {"CAREERJOURNAL_PASSPHRASE": NEW_KEY, "CAREERJOURNAL_NEW_PASSPHRASE": "x" * 12}
    assert "does not open" in refused(cj(db, "passphrase", env=wrong))
    assert TITLE in ok(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": KEY}))


def test_a_plain_journal_has_no_passphrase_to_change(db: Path) -> None:
    env = {"CAREERJOURNAL_PASSPHRASE": KEY, "CAREERJOURNAL_NEW_PASSPHRASE": NEW_KEY}
    assert "careerjournal encrypt" in refused(cj(db, "passphrase", env=env))


@pytest.mark.parametrize("command", ["encrypt", "decrypt", "passphrase"])
def test_a_postgresql_journal_is_the_servers_job(command: str) -> None:
    url = "postgresql://me:s3cretpw@db.invalid:5432/journal"
    line = refused(run_cli("--database", url, command, env={"CAREERJOURNAL_PASSPHRASE": KEY}))
    assert "the server's job" in line
    assert "LUKS" in line
    assert "sslmode=verify-full" in line
    assert "s3cretpw" not in line


def test_refused_while_the_app_has_the_journal_open(db: Path) -> None:
    lock = JournalLock(str(db))
    lock.acquire()
    try:
        line = refused(cj(db, "encrypt", env={"CAREERJOURNAL_PASSPHRASE": KEY}))
    finally:
        lock.release()
    assert "open in the app: close it first" in line
    assert cipher.header(db) == cipher.SQLITE_HEADER


def test_plain_backups_are_reported_then_encrypted_or_deleted(db: Path) -> None:
    with Journal.open(db, create=False) as journal:
        first = journal.backup(reason="one")
        journal.backup(reason="two")
    env = {"CAREERJOURNAL_PASSPHRASE": KEY}

    out = ok(cj(db, "encrypt", env=env))
    assert f"2 earlier backups in {first.parent} are plain" in out
    assert "--backups encrypt" in out

    assert "Encrypted 2 earlier backups" in ok(cj(db, "encrypt", "--backups", "encrypt", env=env))
    assert all(cipher.looks_encrypted(p) for p in first.parent.iterdir())
    assert "No plain backups" in ok(cj(db, "encrypt", "--backups", "delete", env=env))
    assert "already protected" in refused(cj(db, "encrypt", env=env))


def test_encrypt_can_delete_the_plain_backups_at_once(db: Path) -> None:
    with Journal.open(db, create=False) as journal:
        backup = journal.backup()
    out = ok(cj(db, "encrypt", "--backups", "delete", env={"CAREERJOURNAL_PASSPHRASE": KEY}))
    assert "Deleted 1 plain backup" in out
    assert not backup.exists()


def test_the_passphrase_is_asked_for_in_a_terminal(db: Path, typed: list[str]) -> None:
    typed += [KEY, KEY]  # the new passphrase, twice
    ok(cj(db, "encrypt"))
    typed += ["not it at all", KEY]
    result = cj(db, "list")
    assert result.returncode == 0
    assert TITLE in result.stdout
    assert result.stderr == "Wrong passphrase, try again.\n"


def test_three_wrong_passphrases_open_nothing(db: Path, typed: list[str]) -> None:
    encrypted(db)
    typed += ["wrong one", "wrong two", "wrong three"]
    result = cj(db, "list")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("careerjournal: error: The passphrase typed")


def test_new_passphrases_typed_must_match_and_be_long_enough(db: Path, typed: list[str]) -> None:
    typed += ["short", KEY, "something else", KEY, KEY]
    result = cj(db, "encrypt")
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "The passphrase is too short: use at least 8 characters. Try again.",
        "The two passphrases differ. Try again.",
    ]
    assert TITLE in ok(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": KEY}))


def test_entries_sealed_while_locked_arrive_with_one_line(db: Path) -> None:
    encrypted(db)
    # `add` without the passphrase seals the entry (no prompt, the journal stays locked) ...
    sealed = cj(db, "add", "Captured while locked")
    assert sealed.returncode == 0, sealed.stderr
    assert TITLE.encode() not in db.read_bytes()
    # ... and the next command that unlocks the journal takes it in, saying so once.
    result = cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": KEY})
    assert result.returncode == 0, result.stderr
    assert "Captured while locked" in result.stdout
    assert result.stderr.splitlines() == [
        "careerjournal: 1 entry captured while the journal was locked arrived."
    ]
    assert ok(cj(db, "list", env={"CAREERJOURNAL_PASSPHRASE": KEY})) == result.stdout


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="a pseudo-terminal is POSIX")
def test_progress_shows_on_a_terminal_only(db: Path) -> None:
    """In a real process with stderr on a pseudo-terminal: one line per step there."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAREERJOURNAL_")}
    env["CAREERJOURNAL_PASSPHRASE"] = KEY
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "careerjournal", "--database", str(db), "encrypt"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    out, _ = proc.communicate(timeout=120)
    terminal = b"".join(chunks).decode().replace("\r\n", "\n")
    assert proc.returncode == 0, terminal
    assert terminal.splitlines() == [
        "Writing the new copy of the journal...",
        "Verifying the copy...",
        "Putting it in the journal's place...",
    ]
    assert out.decode().startswith("Encrypted ")
    # Into a pipe (every other test here): nothing on stderr but errors.
    assert ok(cj(db, "decrypt", env={"CAREERJOURNAL_PASSPHRASE": KEY})).startswith("Removed")


def test_a_copy_left_by_a_killed_rewrite_is_removed_when_the_journal_is_next_used(
    db: Path,
) -> None:
    leftover = db.with_name(f".{db.name}.rewrite")
    leftover.write_bytes(b"SQLite format 3\x00" + TITLE.encode())  # a killed decrypt's copy
    lock = JournalLock(str(db))
    lock.acquire()
    try:  # a rewrite may still be running: its copy is left alone
        assert TITLE in ok(cj(db, "list"))
        assert leftover.exists()
    finally:
        lock.release()
    assert TITLE in ok(cj(db, "list"))
    assert not leftover.exists()
