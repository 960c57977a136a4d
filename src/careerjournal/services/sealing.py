"""Capture while locked: entries sealed to an encrypted journal, opened when it is next unlocked.

An encrypted journal keeps a key pair inside itself (table `journal_secret`): the private half
never leaves the encrypted file; the public half is written beside the journal as `<stem>.sealkey`
(a header line naming the format, then the key in base64). `seal_entry` needs only that file: no
passphrase and no database. It encrypts the entry with PyNaCl's SealedBox (an anonymous sender:
nobody, the writer included, can open it again without the private key) and appends it as one
base64 line to the inbox `<stem>.sealed`, under an advisory lock, so lines never interleave.

On unlock `SealingService.receive()` claims the inbox (renamed to `<stem>.sealed.receiving`, so
new captures start a fresh inbox meanwhile), opens each record, and adds it through the entry
service's normal add: one operation of the undo log each, in the order they were captured. A
receipt (table `sealed_receipt`) is written in the same transaction as the entry, so a crash
between adding and removing the file never adds a record twice; a record that cannot be opened or
read is reported by its number and skipped, and the rest arrive.

The same table holds the key that encrypts editor drafts of an encrypted journal (`drafts_key`).
Neither the keys nor the receipts are part of the undo history: they describe the file.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
import os
import re
import sys
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import delete, select

from ..domain import EntryKind, JournalSecret, SealedReceipt
from ..fileio import write_text_atomic
from ..store import paths
from . import validate
from .errors import ServiceError, ValidationError
from .records import AUTO, EntryDraft, LinkRecord

if TYPE_CHECKING:
    from nacl.public import PrivateKey, PublicKey

    from ..store import Store
    from .entries import EntryService
    from .operations import Operation

#: The record format inside a sealed line, and the first line of a public key file.
FORMAT = 1
KEY_HEADER = "Career Journal sealing key, format 1 (X25519, base64)"
PRIVATE_KEY = "sealing_private_key"
DRAFTS_KEY = "drafts_key"
KEY_SIZE = 32

# Reason codes for records that could not be added.
DAMAGED = "damaged"  # not base64, not sealed to this journal's key, or altered
INVALID = "invalid"  # opened, but not an entry this version can add (bad JSON, a field refused)

NO_KEY_MESSAGE = (
    "This journal has no capture key yet: unlock it once on this computer with this version"
)
_RECORD_ID = re.compile(r"^[0-9a-f]{32}$")
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


class SealingError(ServiceError):
    """An entry cannot be sealed (no capture key beside the journal, or a damaged one)."""


@dataclass(frozen=True)
class ReceiveReport:
    """What `receive()` did: the new entries' ids in capture order, and the records skipped as
    (record number counted from 1, reason code: "damaged" or "invalid")."""

    added: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


# -- files beside the journal -------------------------------------------------------------------


def _beside(journal_file: Path, suffix: str) -> Path:
    journal_file = Path(journal_file)
    return journal_file.with_name(journal_file.stem + suffix)


def inbox_path(journal_file: Path) -> Path:
    """Where sealed entries wait: `<stem>.sealed` beside the journal file."""
    return _beside(journal_file, ".sealed")


def public_key_path(journal_file: Path) -> Path:
    """The journal's public sealing key: `<stem>.sealkey` beside the journal file."""
    return _beside(journal_file, ".sealkey")


def receiving_path(journal_file: Path) -> Path:
    """The inbox while it is being received (left after a crash: received first next time)."""
    return _beside(journal_file, ".sealed.receiving")


def _lock_path(journal_file: Path) -> Path:
    return _beside(journal_file, ".sealed.lock")


def can_seal(journal_file: Path) -> bool:
    """Whether entries can be sealed to this journal (its public key file is there)."""
    return public_key_path(journal_file).is_file()


def pending_count(journal_file: Path) -> int:
    """How many sealed records wait for the next unlock (counted, not opened)."""
    count = 0
    for file in (receiving_path(journal_file), inbox_path(journal_file)):
        with contextlib.suppress(FileNotFoundError):
            count += sum(1 for line in file.read_bytes().splitlines() if line.strip())
    return count


# -- sealing (no passphrase, no database) -------------------------------------------------------


def has_nacl() -> bool:
    """Whether PyNaCl (part of the `encryption` extra) is installed."""
    try:
        import nacl.public  # noqa: F401
    except ImportError:
        return False
    return True


def seal_entry(journal_file: Path, draft: EntryDraft, *, pick_kind: bool = False) -> str:
    """Seal `draft` to the journal's public key and append it to the inbox; returns its id.

    The draft's values are checked as an add checks them (ValidationError naming the field).
    With `pick_kind`, the journal picks the kind when the entry arrives, as `add` does without
    `--kind` (the kind used most lately). Needs the journal's `.sealkey` file only
    (SealingError without it).
    """
    if not has_nacl():
        raise SealingError(
            "Sealing an entry needs PyNaCl, which is not installed with this copy of Career "
            "Journal. Install it with: pip install 'careerjournal[encryption]'"
        )
    from nacl.public import SealedBox

    public = read_public_key(journal_file)
    record = {
        "v": FORMAT,
        "id": uuid.uuid4().hex,
        "captured_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        **_draft_fields(draft),
    }
    if pick_kind:
        record["kind"] = None
    plain = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    line = base64.b64encode(SealedBox(public).encrypt(plain)) + b"\n"
    _append(journal_file, line)
    return str(record["id"])


def read_public_key(journal_file: Path) -> PublicKey:
    """The public key in the journal's `.sealkey` file; SealingError when missing or damaged."""
    from nacl.public import PublicKey

    keyfile = public_key_path(journal_file)
    try:
        lines = keyfile.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise SealingError(f"{NO_KEY_MESSAGE} ({keyfile} is missing).") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SealingError(f"Cannot read the capture key {keyfile}: {exc}") from None
    try:
        if len(lines) < 2 or lines[0].strip() != KEY_HEADER:
            raise ValueError("unknown format")
        raw = base64.b64decode(lines[1].strip(), validate=True)
        if len(raw) != KEY_SIZE:
            raise ValueError("wrong length")
    except (ValueError, binascii.Error):
        raise SealingError(
            f"The capture key {keyfile} is damaged; unlock the journal once to write it again."
        ) from None
    return PublicKey(raw)


def _draft_fields(draft: EntryDraft) -> dict[str, Any]:
    """The draft as JSON values, checked as an add would check them (ValidationError)."""
    role = draft.role_id
    links = []
    for link in draft.links:
        url = validate.text(link.url, "links", 2000)
        if not url:
            raise ValidationError("links", "An evidence link is empty; give its address.")
        links.append({"url": url, "label": validate.text(link.label, "links", 200)})
    return {
        "title": validate.title(draft.title),
        "occurred_on": validate.check_date(draft.occurred_on).isoformat(),
        "kind": EntryKind(draft.kind).value,
        "body": draft.body,
        "impact": validate.impact(draft.impact),
        "measurable_result": draft.measurable_result,
        "starred": bool(draft.starred),
        "tags": list(validate.tags(draft.tags)),
        "links": links,
        "role_id": role if role is None or role == AUTO else int(role),
    }


def _append(journal_file: Path, line: bytes) -> None:
    """Append one line durably; the lock keeps concurrent appends (and a receive) apart."""
    target = inbox_path(journal_file)
    with _locked(_lock_path(journal_file)):
        fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT | _BINARY, paths.PRIVATE_FILE)
        try:
            view = memoryview(line)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    _sync_folder(target.parent)


# -- locks --------------------------------------------------------------------------------------

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        while True:  # LK_LOCK gives up after 10 s: wait on
            with contextlib.suppress(OSError):
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

elif sys.platform != "emscripten" and os.name == "posix":
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

else:  # pragma: no cover - no advisory locks here

    def _lock(fd: int) -> None:
        pass

    def _unlock(fd: int) -> None:
        pass


@contextlib.contextmanager
def _locked(lock_file: Path) -> Iterator[None]:
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | _BINARY, paths.PRIVATE_FILE)
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make a new or renamed file's name durable where a folder can be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


class _Claim:
    """The `.receiving` file, locked by one receiver while it works through it."""

    def __init__(self, path: Path, fd: int):
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def take(cls, path: Path) -> _Claim | None:
        """Lock the file (waiting for another receiver); None when it is gone by then."""
        try:
            fd = os.open(path, os.O_RDWR | _BINARY)
        except FileNotFoundError:
            return None
        try:
            _lock(fd)
            mine = os.fstat(fd)
            now = os.stat(path)
        except FileNotFoundError:  # another receiver finished it while we waited
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        if (mine.st_dev, mine.st_ino) != (now.st_dev, now.st_ino):
            _unlock(fd)
            os.close(fd)
            return None
        return cls(path, fd)

    def lines(self) -> list[bytes]:
        assert self._fd is not None
        os.lseek(self._fd, 0, os.SEEK_SET)
        chunks = []
        while chunk := os.read(self._fd, 1 << 16):
            chunks.append(chunk)
        return [line.strip() for line in b"".join(chunks).splitlines() if line.strip()]

    def finish(self) -> None:
        """Remove the file (every record in it has arrived or was skipped)."""
        if os.name == "nt":  # Windows removes no file that is open
            self.release()
        self.path.unlink(missing_ok=True)
        _sync_folder(self.path.parent)

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None


def _claims(journal_file: Path) -> Generator[_Claim, None, None]:
    """Each inbox to receive, claimed: a `.receiving` left by a crash first, then the inbox."""
    inbox, receiving = inbox_path(journal_file), receiving_path(journal_file)
    while True:
        claim = _Claim.take(receiving)
        if claim is None:
            with _locked(_lock_path(journal_file)):
                if receiving.exists():
                    continue  # another receiver's, or one just renamed: claim it
                if not inbox.exists():
                    return
                os.replace(inbox, receiving)
            _sync_folder(receiving.parent)
            continue
        try:
            yield claim
        finally:
            claim.release()


# -- opening records ----------------------------------------------------------------------------


class _Skip(Exception):
    """A record not added; its one argument is the reason code."""


class _ArrivedAlready(Exception):
    pass


@dataclass(frozen=True)
class _Record:
    id: str
    draft: EntryDraft
    pick_kind: bool


def _open(private: PrivateKey, line: bytes) -> _Record:
    from nacl.exceptions import CryptoError
    from nacl.public import SealedBox

    try:
        plain = SealedBox(private).decrypt(base64.b64decode(line, validate=True))
    except (binascii.Error, ValueError, CryptoError):
        raise _Skip(DAMAGED) from None
    try:
        data = json.loads(plain.decode("utf-8"))
        return _parse(data)
    except (ValueError, TypeError, KeyError, AttributeError):
        raise _Skip(INVALID) from None


def _text(data: dict[str, Any], name: str, default: str | None = None) -> str:
    value = data.get(name, default)
    if not isinstance(value, str):
        raise TypeError(f"{name} is not text")
    return value


def _parse(data: Any) -> _Record:
    """A sealed record's JSON as a draft; ValueError/TypeError/KeyError when it is not one."""
    if not isinstance(data, dict) or data.get("v") != FORMAT:
        raise ValueError("not a sealed entry of this format")
    record_id = _text(data, "id")
    if not _RECORD_ID.match(record_id):
        raise ValueError("bad record id")
    kind = data.get("kind")
    impact, starred, role = data.get("impact", 2), data.get("starred", False), data.get("role_id")
    if not isinstance(impact, int) or isinstance(impact, bool) or not isinstance(starred, bool):
        raise TypeError("bad impact or star")
    if not (role is None or role == AUTO or (isinstance(role, int) and not isinstance(role, bool))):
        raise TypeError("bad role")
    tags, links = data.get("tags", []), data.get("links", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise TypeError("bad tags")
    if not isinstance(links, list):
        raise TypeError("bad links")
    draft = EntryDraft(
        title=_text(data, "title"),
        occurred_on=dt.date.fromisoformat(_text(data, "occurred_on")),
        kind=EntryKind.OTHER if kind is None else EntryKind(_text(data, "kind")),
        body=_text(data, "body", ""),
        impact=impact,
        measurable_result=_text(data, "measurable_result", ""),
        starred=starred,
        tags=tuple(tags),
        links=tuple(LinkRecord(_text(link, "url"), _text(link, "label", "")) for link in links),
        role_id=role,
    )
    return _Record(record_id, draft, kind is None)


# -- the journal's side -------------------------------------------------------------------------


class OpenJournal(Protocol):
    """What the service uses of `services.Journal` (named so, not imported: journal.py builds
    this service)."""

    @property
    def store(self) -> Store: ...

    @property
    def entries(self) -> EntryService: ...


def stored_drafts_key(journal: OpenJournal) -> bytes | None:
    """The drafts key a journal keeps, encrypted or not (to read drafts after a decrypt)."""
    with journal.store.read() as session:
        value = session.scalar(select(JournalSecret.value).where(JournalSecret.name == DRAFTS_KEY))
    return None if value is None else bytes(value)


class SealingService:
    """An open journal's sealing keys, drafts key, and the entries sealed to it."""

    def __init__(self, journal: OpenJournal):
        self._journal = journal

    def ensure_keys(self) -> None:
        """An encrypted journal: make its key pair and drafts key (once) and (re)write its public
        key file when missing or different. A plain journal: remove a public key file left from
        when it was encrypted (captures go straight into it now). A server database: nothing."""
        path = self._journal.store.path
        if path is None:
            return
        keyfile = public_key_path(path)
        if not self._journal.store.encrypted:
            with contextlib.suppress(OSError):  # a read-only folder keeps it: harmless
                keyfile.unlink(missing_ok=True)
            return
        if not has_nacl():  # no sealing here: captures wait until it is installed
            return
        secrets = self._secrets()
        if PRIVATE_KEY not in secrets:  # a read-only journal made before its keys
            return
        from nacl.public import PrivateKey

        public = bytes(PrivateKey(secrets[PRIVATE_KEY]).public_key)
        text = f"{KEY_HEADER}\n{base64.b64encode(public).decode('ascii')}\n"
        try:
            current = keyfile.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != text:
            write_text_atomic(keyfile, text)

    def drafts_key(self) -> bytes | None:
        """The key (32 bytes, for nacl.secret.SecretBox) that encrypts this journal's drafts;
        None for a plain journal (its drafts are plain files) or one without keys yet that
        cannot be written."""
        if not self._journal.store.encrypted or not has_nacl():
            return None
        return self._secrets().get(DRAFTS_KEY)

    def receive(self) -> ReceiveReport:
        """Add the entries sealed to this journal since it was last open, once each and in the
        order they were captured, each one operation like any add; then remove the inbox.

        Also makes sure of the keys (`ensure_keys`). A record that cannot be opened or read is
        skipped and reported; a failure of the journal itself (a full disk) stops here and
        leaves the records not yet added for the next time.
        """
        self.ensure_keys()
        store = self._journal.store
        path = store.path
        if path is None or store.read_only:
            return ReceiveReport()
        if not (inbox_path(path).exists() or receiving_path(path).exists()) or not has_nacl():
            return ReceiveReport()
        raw = self._secrets().get(PRIVATE_KEY)
        if raw is None:  # never had keys: whatever is there is not for this journal to open
            return ReceiveReport()
        from nacl.public import PrivateKey

        private = PrivateKey(raw)
        report = ReceiveReport()
        number = 0
        with contextlib.closing(_claims(path)) as claims:
            for claim in claims:
                for line in claim.lines():
                    number += 1
                    try:
                        entry_id = self._add(_open(private, line))
                    except _Skip as skip:
                        report.skipped.append((number, str(skip.args[0])))
                        continue
                    if entry_id is not None:
                        report.added.append(entry_id)
                claim.finish()
        self._forget(path)
        return report

    # -- helpers --------------------------------------------------------------------------------

    def _secrets(self) -> dict[str, bytes]:
        """The journal's secrets; those missing are made first when the journal is encrypted
        and writable."""
        store = self._journal.store
        with store.read() as session:
            found = {s.name: bytes(s.value) for s in session.scalars(select(JournalSecret))}
        if {PRIVATE_KEY, DRAFTS_KEY} <= found.keys() or not store.encrypted or store.read_only:
            return found
        from nacl.public import PrivateKey
        from nacl.utils import random

        with store.write() as session:  # another process may have made them meanwhile
            found = {s.name: bytes(s.value) for s in session.scalars(select(JournalSecret))}
            if PRIVATE_KEY not in found:
                found[PRIVATE_KEY] = bytes(PrivateKey.generate())
                session.add(JournalSecret(name=PRIVATE_KEY, value=found[PRIVATE_KEY]))
            if DRAFTS_KEY not in found:
                found[DRAFTS_KEY] = random(KEY_SIZE)
                session.add(JournalSecret(name=DRAFTS_KEY, value=found[DRAFTS_KEY]))
        return found

    def _add(self, record: _Record) -> int | None:
        """Add one record as an entry with its receipt, in one transaction; None when it had
        arrived already. A draft the entry service refuses is skipped as invalid."""
        entries = self._journal.entries
        with self._journal.store.read() as session:
            if session.get(SealedReceipt, record.id) is not None:
                return None
        draft = record.draft
        if record.pick_kind:
            from dataclasses import replace

            draft = replace(draft, kind=entries.capture_kind())

        def receipt(op: Operation, _entry_id: int) -> None:
            if op.session.get(SealedReceipt, record.id) is not None:
                raise _ArrivedAlready  # another receiver added it meanwhile: roll this back
            op.session.add(SealedReceipt(id=record.id))
            op.session.flush()

        try:
            return entries.add(draft, then=receipt).id
        except _ArrivedAlready:
            return None
        except ServiceError:
            raise _Skip(INVALID) from None

    def _forget(self, journal_file: Path) -> None:
        """Drop the receipts once no inbox is being received (they guard only against a crash
        between adding a record and removing its file). Under the inbox lock: a receiver starts
        only by renaming the inbox, which needs that lock."""
        store = self._journal.store
        with store.read() as session:
            if session.scalars(select(SealedReceipt.id).limit(1)).first() is None:
                return
        with _locked(_lock_path(journal_file)):
            if receiving_path(journal_file).exists():
                return  # another receiver is at work; whoever finishes last drops them
            with store.write() as session:
                session.execute(delete(SealedReceipt))
