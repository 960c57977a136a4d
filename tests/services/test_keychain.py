"""The keychain behind "Remember on this computer": kept, recalled, forgotten; never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringError, PasswordDeleteError

from careerjournal.services import keychain


class MemoryKeyring(KeyringBackend):
    """A keychain in a dict (what a desktop's keychain does, without the desktop)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.kept.pop((service, username), None) is None:
            raise PasswordDeleteError("not kept")


class BrokenKeyring(MemoryKeyring):
    """A keychain that is there but refuses everything (locked, D-Bus gone away)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the keychain is locked")

    set_password = delete_password = get_password  # type: ignore[assignment]


@pytest.fixture
def use_keyring() -> Iterator[object]:
    before = keyring.get_keyring()

    def install(backend: KeyringBackend) -> KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    yield install
    keyring.set_keyring(before)


def test_remember_recall_forget(tmp_path: Path, use_keyring) -> None:
    memory = use_keyring(MemoryKeyring())
    journal = tmp_path / "journal.sqlite3"
    assert keychain.available()
    assert keychain.recall(journal) is None
    assert keychain.remember(journal, "correct horse")
    assert memory.kept == {("Career Journal", str(journal.absolute())): "correct horse"}
    assert keychain.recall(journal) == "correct horse"
    assert keychain.recall(tmp_path / "other.sqlite3") is None  # per journal
    keychain.forget(journal)
    assert keychain.recall(journal) is None
    keychain.forget(journal)  # nothing kept: fine, no error


def test_the_account_is_the_absolute_path(
    tmp_path: Path, use_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_keyring(MemoryKeyring())
    monkeypatch.chdir(tmp_path)
    assert keychain.remember(Path("journal.sqlite3"), "secret phrase")
    assert keychain.recall(tmp_path / "journal.sqlite3") == "secret phrase"


def test_no_keychain_here_is_not_an_error(tmp_path: Path, use_keyring) -> None:
    use_keyring(fail.Keyring())
    journal = tmp_path / "journal.sqlite3"
    assert not keychain.available()
    assert not keychain.remember(journal, "correct horse")
    assert keychain.recall(journal) is None
    keychain.forget(journal)


def test_a_failing_keychain_answers_false_and_none(
    tmp_path: Path, use_keyring, caplog: pytest.LogCaptureFixture
) -> None:
    use_keyring(BrokenKeyring())
    journal = tmp_path / "journal.sqlite3"
    assert keychain.available()  # it is there; it just refuses
    assert not keychain.remember(journal, "correct horse")
    assert keychain.recall(journal) is None
    keychain.forget(journal)
    assert "the keychain is locked" not in caplog.text  # never the backend's words, nor a secret
    assert "correct horse" not in caplog.text


def test_without_keyring_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, use_keyring
) -> None:
    use_keyring(MemoryKeyring())
    monkeypatch.setitem(sys.modules, "keyring", None)  # `import keyring` fails as if missing
    journal = tmp_path / "journal.sqlite3"
    assert not keychain.available()
    assert not keychain.remember(journal, "correct horse")
    assert keychain.recall(journal) is None
    keychain.forget(journal)
