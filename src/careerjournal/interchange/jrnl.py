"""jrnl's JSON export (`jrnl --export json`, jrnl.sh): a whole journal as entries.

The export is `{"tags": {"@work": 3, ...}, "entries": [{"title", "body", "date": "2024-03-12",
"time": "09:15", "tags": ["@work"], "starred": false}, ...]}`; jrnl's title is the entry's first
sentence and the body the rest. Tags keep the user's tag symbol ("@", or "#" ...), which is
dropped here. Each entry becomes an entry on its date, its kind guessed from its words and tags
(`kind_guess`); the time of day is not kept.

A damaged file (an entry that is not an object, a missing or impossible date, a field of the
wrong type, an entry too long) ends in one `ImportProblem` naming the file and the entry's number
(counted from 1, in the file's order); an entry without any text is left out with a note.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..services import validate
from ..services.errors import ValidationError
from ..services.records import EntryDraft
from .errors import ImportProblem
from .kind_guess import MAX_ENTRIES, Tally, checked_draft, keep_apart
from .plan import ImportPlan
from .safety import read_json

FORMAT = "jrnl"
_KINDS_NOTE = (
    "Entry kinds were guessed from words and tags such as “promoted”, “learned”, “shipped”, "
    "“feedback” or “kudos”; every other entry is of the kind “other”."
)
_TIME_NOTE = "Times of day are not kept; each entry keeps its date."


def looks_like_jrnl(doc: Any) -> bool:
    """A jrnl export: a "tags" object and an "entries" list of objects with "date" and "title"
    and "body" or "starred" (an empty journal's export qualifies too)."""
    if not isinstance(doc, dict):
        return False
    entries, tags = doc.get("entries"), doc.get("tags")
    if not isinstance(entries, list) or not isinstance(tags, dict):
        return False
    return all(
        isinstance(e, dict) and "date" in e and "title" in e and ("body" in e or "starred" in e)
        for e in entries[:20]
    )


def _text(item: dict[str, Any], key: str, source: Path, where: str) -> str:
    value = item.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportProblem(source, f"“{key}” must be text, not {type(value).__name__}", where)
    return value


def _entry(item: Any, source: Path, where: str, tally: Tally) -> EntryDraft | None:
    if not isinstance(item, dict):
        raise ImportProblem(source, "is not an entry (an object with a date and a title)", where)
    raw_date = item.get("date")
    if not isinstance(raw_date, str) or not raw_date.strip():
        raise ImportProblem(source, "has no “date” (entries need one)", where)
    try:
        day = validate.parse_date(raw_date[:40], "date")
    except ValidationError as exc:
        raise ImportProblem(source, str(exc).rstrip("."), where) from exc
    title, body = _text(item, "title", source, where), _text(item, "body", source, where)
    size = len(title) + len(body)
    return checked_draft(item, title, body, size, day, (source, where), tally)


def read_plan(path: Path) -> ImportPlan:
    """What importing a jrnl JSON export would add; raises ImportProblem."""
    path = Path(path)
    doc = read_json(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), list):
        raise ImportProblem(path, "is not a jrnl export (it has no “entries” list)")
    items: list[Any] = doc["entries"]
    if len(items) > MAX_ENTRIES:
        raise ImportProblem(path, f"has {len(items):,} entries; at most {MAX_ENTRIES:,}")
    tally = Tally()
    drafts = []
    timed = False
    for n, item in enumerate(items, 1):
        draft = _entry(item, path, f"entry {n}", tally)
        timed = timed or bool(isinstance(item, dict) and item.get("time"))
        if draft is not None:
            drafts.append(draft)
    entries = keep_apart(drafts, tally)
    notes = tally.notes()
    if entries:
        notes.append(_KINDS_NOTE)
    if timed:
        notes.append(_TIME_NOTE)
    return ImportPlan(source=path.name, format=FORMAT, entries=tuple(entries), notes=tuple(notes))


__all__ = ["FORMAT", "looks_like_jrnl", "read_plan"]
