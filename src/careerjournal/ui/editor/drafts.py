"""Crash-safe drafts: what an open editor holds is kept in a small JSON file until it is saved.

Each editor owns one file in the journal's drafts folder, keyed `entry-<id>` when it edits an entry
and `new-<random>` for a new one (several new-entry editors never share a file). Files are written
atomically (a private temporary file, then `os.replace`) with mode 0600, in a 0700 folder. An editor
deletes its file when it saves or when the user discards; anything left over after a crash is
listed by `DraftStore.pending()` and offered back on the next start (`offer_recovered_drafts`).

The drafts of an encrypted journal are encrypted too (nothing plain at rest): each file is the
same JSON sealed with `nacl.secret.SecretBox` under the journal's drafts key (kept inside the
encrypted journal, see services/sealing.py), with the suffix `.json.box`. A draft that cannot be
read or opened (damaged, or made under another key) is never deleted unread: it is left in place,
skipped and listed by `DraftStore.unreadable()`.

This module holds the storage only and imports no Qt, so it can be tested on its own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...domain import EntryKind
from ...services import AUTO, EntryDraft, Journal, LinkRecord
from ...store import paths

if TYPE_CHECKING:
    from nacl.secret import SecretBox

log = logging.getLogger(__name__)

FORMAT = 1
SUFFIX = ".json"
#: An encrypted journal's drafts: the same JSON in a SecretBox.
BOX_SUFFIX = ".json.box"
#: The quick-capture line: restored by the quick-capture dialog itself, never offered at start.
QUICK_CAPTURE_KEY = "quick-capture"
_KEY = re.compile(r"^(new-[0-9a-f]{8,32}|entry-[0-9]{1,18}|quick-capture)$")


def drafts_folder_for(journal: Journal) -> Path:
    """Where a journal's drafts live.

    For an SQLite journal `<stem>-drafts/` beside the file (like `<stem>-backups/`); for a server
    database a folder in the user data directory named by a hash of its address (password hidden,
    so changing the password keeps the drafts).
    """
    path = journal.store.path
    if path is not None:
        return path.with_name(path.stem + "-drafts")
    digest = hashlib.sha256(journal.store.display_name.encode("utf-8")).hexdigest()[:16]
    return paths.data_dir() / "drafts" / digest


@dataclass(frozen=True)
class SavedDraft:
    """A draft on disk: which editor it belongs to, the fields as typed, and when it was saved."""

    key: str
    entry_id: int | None  # None: a new entry
    draft: EntryDraft
    saved_at: dt.datetime
    base_version: int | None = None  # the entry's version when the editor opened it


def new_key() -> str:
    return "new-" + uuid.uuid4().hex[:16]


def key_for(entry_id: int | None) -> str:
    """The draft key of an editor: one per edited entry, a fresh one for each new entry."""
    return new_key() if entry_id is None else f"entry-{int(entry_id)}"


def draft_to_json(draft: EntryDraft) -> dict[str, Any]:
    return {
        "title": draft.title,
        "occurred_on": draft.occurred_on.isoformat(),
        "kind": EntryKind(draft.kind).value,
        "body": draft.body,
        "impact": draft.impact,
        "measurable_result": draft.measurable_result,
        "starred": draft.starred,
        "tags": list(draft.tags),
        "links": [{"url": link.url, "label": link.label} for link in draft.links],
        "role_id": draft.role_id,
    }


def draft_from_json(data: dict[str, Any]) -> EntryDraft:
    """The inverse of `draft_to_json`; raises ValueError/KeyError/TypeError on a broken file."""
    role = data.get("role_id", AUTO)
    if not (role is None or role == AUTO or (isinstance(role, int) and not isinstance(role, bool))):
        raise ValueError(f"bad role_id {role!r}")
    impact = data.get("impact", 2)
    if not isinstance(impact, int) or isinstance(impact, bool):
        raise ValueError(f"bad impact {impact!r}")
    return EntryDraft(
        title=str(data["title"]),
        occurred_on=dt.date.fromisoformat(str(data["occurred_on"])),
        kind=EntryKind(str(data.get("kind", EntryKind.OTHER.value))),
        body=str(data.get("body", "")),
        impact=impact,
        measurable_result=str(data.get("measurable_result", "")),
        starred=bool(data.get("starred", False)),
        tags=tuple(str(t) for t in data.get("tags", [])),
        links=tuple(
            LinkRecord(str(link["url"]), str(link.get("label", "")))
            for link in data.get("links", [])
        ),
        role_id=role,
    )


class DraftStore:
    """The drafts of one journal, one file per editor, in `folder` (created on first save).

    With `key` (32 bytes) each file is encrypted with it (`.json.box`); without, plain JSON
    (`.json`). `keep=False` keeps nothing on disk (an encrypted journal whose drafts key cannot
    be had): drafts then live only as long as the editor.
    """

    def __init__(self, folder: Path, key: bytes | None = None, *, keep: bool = True):
        self.folder = Path(folder)
        self.keep = keep
        self._box: SecretBox | None = None
        if key is not None:
            from nacl.secret import SecretBox

            self._box = SecretBox(key)

    @classmethod
    def for_journal(cls, journal: Journal) -> DraftStore:
        folder = drafts_folder_for(journal)
        if not journal.store.encrypted:
            plain = cls(folder)
            plain.open_boxed_drafts(journal)
            return plain
        from ...services import sealing

        key = journal.sealing.drafts_key()
        if key is None and sealing.has_nacl():  # no key can be kept: one for this session
            from nacl.utils import random

            key = random(sealing.KEY_SIZE)
        if key is None:
            return cls(folder, keep=False)
        store = cls(folder, key)
        store.encrypt_plain_drafts()
        return store

    @property
    def encrypted(self) -> bool:
        return self._box is not None

    def path(self, key: str) -> Path:
        if not _KEY.match(key):
            raise ValueError(f"not a draft key: {key!r}")
        return self.folder / (key + (BOX_SUFFIX if self.encrypted else SUFFIX))

    def _other_path(self, key: str) -> Path:
        """The file of `key` in the other form (a plain one beside encrypted drafts, or back)."""
        return self.folder / (key + (SUFFIX if self.encrypted else BOX_SUFFIX))

    def save(
        self,
        key: str,
        draft: EntryDraft,
        *,
        entry_id: int | None = None,
        base_version: int | None = None,
    ) -> Path:
        """Write the draft atomically; an interrupted write leaves the previous file intact."""
        target = self.path(key)
        if not self.keep:
            return target
        payload = {
            "format": FORMAT,
            "key": key,
            "entry_id": entry_id,
            "base_version": base_version,
            "saved_at": dt.datetime.now().replace(microsecond=0).isoformat(),
            "draft": draft_to_json(draft),
        }
        data = json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8")
        if self._box is not None:
            data = bytes(self._box.encrypt(data))
        paths.ensure_private_dir(self.folder)
        temp = self.folder / f".{key}.{uuid.uuid4().hex[:8]}.tmp"
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.PRIVATE_FILE)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temp, paths.PRIVATE_FILE)  # in case a umask or ACL widened it
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise
        if self.encrypted:  # the same draft in plain text, from before: gone now
            self._other_path(key).unlink(missing_ok=True)
        _sync_folder(self.folder)
        return target

    def load(self, key: str) -> SavedDraft | None:
        """The draft saved under `key`, or None when there is none (or it cannot be read)."""
        found = self._read(self.path(key))
        if found is None and self.encrypted:  # a plain one from before the journal was encrypted
            found = self._read(self._other_path(key))
        return found

    def delete(self, key: str) -> None:
        for file in (self.path(key), self._other_path(key)):
            with contextlib.suppress(FileNotFoundError):
                file.unlink()

    def exists(self, key: str) -> bool:
        return self.path(key).exists() or (self.encrypted and self._other_path(key).exists())

    def pending(self) -> list[SavedDraft]:
        """Leftover editor drafts, oldest first (the quick-capture line is not one of them)."""
        found = []
        for key, file in self._files():
            if key == QUICK_CAPTURE_KEY:
                continue
            saved = self._read(file)
            if saved is not None:
                found.append(saved)
        return sorted(found, key=lambda s: (s.saved_at, s.key))

    def unreadable(self) -> list[Path]:
        """Draft files left in the folder that cannot be read: damaged, or encrypted under a key
        this store does not have (never deleted here, so nothing typed is lost to a bug)."""
        return [file for _key, file in self._files() if self._read(file) is None]

    def open_boxed_drafts(self, journal: Journal) -> int:
        """After the passphrase was removed: drafts still encrypted under the key the journal
        kept are written back plain (each encrypted file removed once its plain copy is
        written); returns how many. Without the key they stay as they are."""
        if self.encrypted or not self.keep:
            return 0
        boxed = [(k, f) for k, f in self._files() if f.name == k + BOX_SUFFIX]
        if not boxed or journal.store.path is None:
            return 0
        from ...services import sealing

        key = sealing.stored_drafts_key(journal) if sealing.has_nacl() else None
        if key is None:
            return 0
        reader = type(self)(self.folder, key)
        done = 0
        for name, file in boxed:
            saved = reader._read(file)
            if saved is None:
                continue
            self.save(name, saved.draft, entry_id=saved.entry_id, base_version=saved.base_version)
            file.unlink(missing_ok=True)
            done += 1
        return done

    def encrypt_plain_drafts(self) -> int:
        """Encrypt the plain drafts left from before the journal was encrypted (each plain file
        removed once its encrypted copy is written); returns how many. Unreadable ones stay."""
        if not self.encrypted or not self.keep:
            return 0
        done = 0
        for key, file in self._files():
            if file.name != key + SUFFIX:
                continue
            saved = self._read(file)
            if saved is None:
                continue
            self.save(key, saved.draft, entry_id=saved.entry_id, base_version=saved.base_version)
            done += 1
        return done

    def _files(self) -> list[tuple[str, Path]]:
        """(key, file) of every draft file in the folder, plain and encrypted, by name."""
        if not self.folder.is_dir():
            return []
        found = []
        for file in sorted(self.folder.iterdir()):
            for suffix in (BOX_SUFFIX, SUFFIX):
                if file.name.endswith(suffix):
                    key = file.name.removesuffix(suffix)
                    if _KEY.match(key):
                        found.append((key, file))
                    break
        return found

    def _read(self, file: Path) -> SavedDraft | None:
        try:
            raw = file.read_bytes()
            if file.name.endswith(BOX_SUFFIX):
                raw = self._open_box(raw)
            payload = json.loads(raw.decode("utf-8"))
            if not isinstance(payload, dict) or payload.get("format") != FORMAT:
                raise ValueError("unknown draft format")
            entry_id = payload.get("entry_id")
            base_version = payload.get("base_version")
            return SavedDraft(
                key=file.name.removesuffix(BOX_SUFFIX).removesuffix(SUFFIX),
                entry_id=None if entry_id is None else int(entry_id),
                draft=draft_from_json(payload["draft"]),
                saved_at=dt.datetime.fromisoformat(str(payload["saved_at"])),
                base_version=None if base_version is None else int(base_version),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # Left in place (never deleted unread), so nothing typed is lost to a bug here.
            log.warning("ignoring unreadable draft %s: %s", file, exc)
            return None

    def _open_box(self, raw: bytes) -> bytes:
        """An encrypted draft's JSON; ValueError when it cannot be opened with this key."""
        if self._box is None:
            raise ValueError("an encrypted draft, and no key for it")
        from nacl.exceptions import CryptoError

        try:
            return bytes(self._box.decrypt(raw))
        except CryptoError:
            raise ValueError("cannot be decrypted with this journal's key") from None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
