"""The OS keychain, for "Remember on this computer": a journal's passphrase kept by the system.

Through `keyring` (part of the `encryption` extra), under the service "Career Journal" with the
journal file's absolute path as the account. The keychain is a convenience, never a requirement:
when `keyring` is missing, finds no usable backend (a server without a keychain) or fails in any
way, these functions log it and answer False/None, so the user simply types the passphrase.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import ModuleType

log = logging.getLogger(__name__)

SERVICE = "Career Journal"


def _keyring() -> ModuleType | None:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def account(journal_file: Path) -> str:
    """The keychain account of a journal: its absolute path (the same journal, the same key)."""
    return str(Path(journal_file).expanduser().absolute())


def available() -> bool:
    """Whether a usable keychain is there: `keyring` is installed and its backend is a real one
    (not keyring's "fail" backend, priority above zero). Never raises."""
    keyring = _keyring()
    if keyring is None:
        return False
    try:
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            return False
        return float(backend.priority) > 0
    except Exception as exc:  # any backend may fail in its own way
        log.info("no usable keychain: %s", type(exc).__name__)
        return False


def remember(journal_file: Path, passphrase: str) -> bool:
    """Keep the passphrase of `journal_file` in the keychain; False when it could not be."""
    keyring = _keyring()
    if keyring is None or not available():
        return False
    try:
        keyring.set_password(SERVICE, account(journal_file), passphrase)
    except Exception as exc:
        log.warning("could not store the passphrase in the keychain: %s", type(exc).__name__)
        return False
    return True


def recall(journal_file: Path) -> str | None:
    """The passphrase the keychain keeps for `journal_file`, or None (none kept, or no keychain)."""
    keyring = _keyring()
    if keyring is None or not available():
        return None
    try:
        value = keyring.get_password(SERVICE, account(journal_file))
    except Exception as exc:
        log.warning("could not read the keychain: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) and value else None


def forget(journal_file: Path) -> None:
    """Remove the passphrase of `journal_file` from the keychain (nothing kept is fine)."""
    keyring = _keyring()
    if keyring is None or not available():
        return
    try:
        keyring.delete_password(SERVICE, account(journal_file))
    except Exception as exc:  # PasswordDeleteError when nothing was kept
        log.info("nothing removed from the keychain: %s", type(exc).__name__)
