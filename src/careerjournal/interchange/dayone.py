"""Day One's JSON export (File › Export › JSON): a zip of one `<Journal name>.json` per journal
and `photos/`, `videos/`, `audios/`, `pdfs/` folders; or one such `.json` on its own.

Each journal file is `{"metadata": {"version": "1.0"}, "entries": [{"uuid", "creationDate":
"2024-03-12T08:15:00Z", "timeZone": "Europe/Berlin", "text": "# Title\\n\\nbody ...", "tags",
"starred", "photos": [...], ...}]}`. Every journal in the zip is read. An entry becomes an entry
dated by the day it was written where it was written (`creationDate` in its `timeZone`; UTC when
that is missing or unknown here); its title is the first non-empty line of its text without
Markdown heading marks and without Day One's backslash escapes (`\\.` `\\-` `\\!`), its body the
rest without the `![](dayone-moment://...)` references to photos and other media, which are not
imported (a note counts them). The kind is guessed from words and tags (`kind_guess`).

A damaged journal ends in one `ImportProblem` naming the journal file and the entry's number
(counted from 1 within that file); an entry without text (a photo only) is left out with a note.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections import Counter
from pathlib import Path, PurePosixPath
from typing import Any

from ..services.errors import ValidationError
from ..services.records import EntryDraft
from ..services.validate import check_date
from .errors import ImportProblem
from .kind_guess import MAX_ENTRIES, Tally, checked_draft, keep_apart
from .plan import ImportPlan, counted
from .safety import SafeArchive, is_zip, parse_json, read_json

FORMAT = "dayone"
MEDIA = {  # entry field, export folder: nouns for the note
    "photos": ("photos", "photo", "photos"),
    "videos": ("videos", "video", "videos"),
    "audios": ("audios", "audio recording", "audio recordings"),
    "pdfAttachments": ("pdfs", "PDF", "PDFs"),
}
_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:[^)\s]*\)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}(?:\s+|$)|\s+#+\s*$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash before ASCII punctuation
_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_ZONE_NAME = re.compile(r"[A-Za-z0-9_+\-]+(?:/[A-Za-z0-9_+\-]+){0,3}")
_KINDS_NOTE = (
    "Entry kinds were guessed from words and tags such as “promoted”, “learned”, “shipped”, "
    "“feedback” or “kudos”; every other entry is of the kind “other”."
)
_TIME_NOTE = (
    "Times of day are not kept; each entry is dated by the day it was written, in its own time "
    "zone."
)


def is_journal(doc: Any) -> bool:
    """The shape of a Day One journal file: "metadata" and an "entries" list (each entry is
    checked when read, so a damaged one is reported, not the whole file passed over)."""
    return isinstance(doc, dict) and "metadata" in doc and isinstance(doc.get("entries"), list)


def looks_like_dayone(doc: Any) -> bool:
    """For detection: a journal file whose entries have "creationDate" (or that has none)."""
    if not is_journal(doc):
        return False
    entries = doc["entries"][:20]
    return not entries or any(isinstance(e, dict) and "creationDate" in e for e in entries)


def journal_members(names: list[str]) -> list[str]:
    """The `.json` members that may be journals, in name order: not inside a media folder, and
    not macOS's `__MACOSX/` or `._name` companions (binary, though named `.json`)."""
    found = []
    for name in names:
        parts = PurePosixPath(name.replace("\\", "/")).parts
        if not parts or not parts[-1].lower().endswith(".json"):
            continue
        if parts[0] == "__MACOSX" or parts[-1].startswith("._"):
            continue
        if any(p.lower() in _FOLDERS for p in parts[:-1]):
            continue
        found.append(name)
    return sorted(found)


_FOLDERS = {folder for folder, _, _ in MEDIA.values()}


# -- one entry -------------------------------------------------------------------------------------


def title_and_body(text: str) -> tuple[str, str]:
    """The first non-empty line (as plain text) and the rest (Markdown, media references gone)."""
    text = _MOMENT.sub("", text.replace("\r\n", "\n"))
    lines = text.split("\n")
    for i, line in enumerate(lines):
        title = _ESCAPE.sub(r"\1", _HEADING.sub("", line)).strip()
        if title:
            body = _BLANK_LINES.sub("\n\n", "\n".join(lines[i + 1 :])).strip()
            return title, body
    return "", ""


def _zone(name: Any) -> zoneinfo.ZoneInfo | None:
    if not isinstance(name, str) or len(name) > 64 or not _ZONE_NAME.fullmatch(name):
        return None
    try:
        return zoneinfo.ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # ZoneInfoNotFoundError is a KeyError
        return None


def _day(item: dict[str, Any], source: str, where: str, unknown_zones: Counter[str]) -> dt.date:
    """The local date of `creationDate`, in the entry's time zone (else UTC)."""
    raw = item.get("creationDate")
    if not isinstance(raw, str) or not raw.strip():
        raise ImportProblem(source, "has no “creationDate” (entries need one)", where)
    try:
        moment = dt.datetime.fromisoformat(raw.strip()[:64])
    except ValueError as exc:
        raise ImportProblem(
            source, f"“creationDate” {raw[:64]!r} is not a date and time ({exc})", where
        ) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    zone_name = item.get("timeZone")
    zone = _zone(zone_name)
    if zone is None and zone_name:
        unknown_zones[str(zone_name)[:64]] += 1
    try:
        local = moment.astimezone(zone or dt.UTC)
        return check_date(local.date(), "creationDate")
    except OverflowError as exc:
        raise ImportProblem(source, f"“creationDate” {raw[:64]!r} is out of range", where) from exc
    except ValidationError as exc:
        raise ImportProblem(source, str(exc).rstrip("."), where) from exc


def _entry(
    item: Any, source: str, where: str, tally: Tally, unknown_zones: Counter[str]
) -> EntryDraft | None:
    if not isinstance(item, dict):
        raise ImportProblem(source, "is not an entry (an object with a creationDate)", where)
    day = _day(item, source, where, unknown_zones)
    text = item.get("text", "")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise ImportProblem(source, f"“text” must be text, not {type(text).__name__}", where)
    title, body = title_and_body(text)
    return checked_draft(item, title, body, len(text), day, (source, where), tally)


# -- the journals ----------------------------------------------------------------------------------


def _journals(path: Path) -> tuple[list[tuple[str, Any]], Counter[str]]:
    """(source name, parsed document) of every journal, and the files in each media folder."""
    if not is_zip(path):
        return [(str(path), read_json(path))], Counter()
    with SafeArchive(path) as archive:
        names = archive.names()
        files: Counter[str] = Counter()
        for name in names:
            parts = PurePosixPath(name.replace("\\", "/")).parts
            for part in parts[:-1]:
                if part.lower() in _FOLDERS:
                    files[part.lower()] += 1
                    break
        members = journal_members(names)
        if not members:
            raise ImportProblem(path, "is a zip archive without a Day One journal (.json) in it")
        docs = []
        for name in members:
            source = f"{path}/{name}"
            docs.append((source, parse_json(archive.read_text(name), source)))
    return docs, files


def media_note(entry_counts: Counter[str], folder_counts: Counter[str]) -> str:
    """ "12 photos and 1 video were not imported ..." (by the entries' lists, else the folders)."""
    parts = []
    for field, (folder, one, many) in MEDIA.items():
        n = entry_counts[field] or folder_counts[folder]
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    if not parts:
        return ""
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    verb = "was" if len(parts) == 1 and parts[0].startswith("1 ") else "were"
    return f"{listed} {verb} not imported (Career Journal keeps the text of entries only)."


def read_plan(path: Path) -> ImportPlan:
    """What importing a Day One export (the zip, or one journal's .json) would add."""
    path = Path(path)
    journals, folder_counts = _journals(path)
    tally = Tally()
    unknown_zones: Counter[str] = Counter()
    media: Counter[str] = Counter()
    drafts: list[EntryDraft] = []
    read = 0
    others: list[str] = []
    for source, doc in journals:
        if not is_journal(doc):
            if len(journals) == 1:
                raise ImportProblem(
                    source, "is not a Day One journal (it has no “metadata” and “entries”)"
                )
            others.append(Path(source).name)  # some other .json in the zip
            continue
        read += 1
        items: list[Any] = doc["entries"]
        if len(drafts) + len(items) > MAX_ENTRIES:
            raise ImportProblem(source, f"brings the entries over {MAX_ENTRIES:,}; too many")
        for n, item in enumerate(items, 1):
            draft = _entry(item, source, f"entry {n}", tally, unknown_zones)
            for field in MEDIA:
                found = item.get(field)
                media[field] += len(found) if isinstance(found, list) else 0
            if draft is not None:
                drafts.append(draft)
    if not read:
        raise ImportProblem(
            path, "holds no Day One journal (a .json with “metadata” and “entries”)"
        )
    drafts.sort(key=lambda d: d.occurred_on)  # stable: the file's order within a day
    entries = keep_apart(drafts, tally)
    notes = tally.notes()
    if read > 1:
        notes.insert(0, f"{read} journals were read.")
    if others:
        verb = "is not a Day One journal" if len(others) == 1 else "are not Day One journals"
        notes.append(
            f"{', '.join(others[:5])} {verb} and {'was' if len(others) == 1 else 'were'} not read."
        )
    if unknown_zones:
        zones = ", ".join(sorted(unknown_zones)[:3])
        many = counted(unknown_zones.total(), "entries")
        notes.append(
            f"{many} had a time zone not known here ({zones}); their dates are taken in UTC."
        )
    if entries:
        notes.append(_KINDS_NOTE)
        notes.append(_TIME_NOTE)
    if note := media_note(media, folder_counts):
        notes.append(note)
    return ImportPlan(source=path.name, format=FORMAT, entries=tuple(entries), notes=tuple(notes))


__all__ = ["FORMAT", "journal_members", "looks_like_dayone", "read_plan", "title_and_body"]
