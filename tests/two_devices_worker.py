"""One "device" of the two-device test (tests/test_two_devices.py), run as a child process.

    python tests/two_devices_worker.py SPEC.json

SPEC names the journal, this device's name, seed, op budget and deadline, the records to work
on ({"entry": [ids], "role": [ids], ...}), the barrier files and the log file; `moves_only`
leaves only trash and restore. After writing its
ready file the device waits for the go file, then does random edits, undos (putting back what
its own last edit replaced, with the version that edit returned, as the UI's undo does), trashes,
restores and deletes, each as the GUI would: read the record, change it, save with the version
read. Every write the services accepted is logged with the version it got back; every refusal
is logged as a conflict (or "gone" once a record was deleted). One JSON object per line, flushed
as written.

A record kind is an `Adapter`: add one to `ADAPTERS` to put another versioned aggregate under
the test (the parent checks every kind the same way).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from careerjournal.services import ConflictError, EntryDraft, Journal, NotFoundError, RoleDraft
from careerjournal.services.records import GoalDraft

Content = dict[str, str]


@dataclasses.dataclass(frozen=True)
class Adapter:
    """How the test reads and writes one kind of record.

    `read` gives (version, full draft, content); `write(id, draft, content, expected)` saves the
    content over the draft and returns the new version; `fields` are the content's keys (the
    parent compares them with the stored record). Trash/restore/delete are optional.
    """

    fields: tuple[str, ...]
    read: Callable[[Journal, int], tuple[int, Any, Content]]
    write: Callable[[Journal, int, Any, Content, int], int]
    trash: Callable[[Journal, int], bool] | None = None
    restore: Callable[[Journal, int], bool] | None = None
    delete: Callable[[Journal, int, int], None] | None = None


def _entry_read(j: Journal, i: int) -> tuple[int, Any, Content]:
    r = j.entries.get(i)
    return r.version, EntryDraft.from_record(r), {"title": r.title, "body": r.body}


def _entry_write(j: Journal, i: int, draft: Any, content: Content, expected: int) -> int:
    new = dataclasses.replace(draft, **content)
    return j.entries.update(i, new, expected_version=expected).version


def _role_read(j: Journal, i: int) -> tuple[int, Any, Content]:
    r = j.roles.get(i)
    return r.version, RoleDraft.from_record(r), {"title": r.title, "notes": r.notes}


def _role_write(j: Journal, i: int, draft: Any, content: Content, expected: int) -> int:
    new = dataclasses.replace(draft, **content)
    return j.roles.update(i, new, expected_version=expected).version


def _goal_read(j: Journal, i: int) -> tuple[int, Any, Content]:
    g = j.goals.get(i)
    draft = GoalDraft(
        title=g.title,
        kind=g.kind,
        description=g.description,
        target_role_title=g.target_role_title,
        target_level=g.target_level,
        target_date=g.target_date,
        status=g.status,
        pinned=g.pinned,
        created_on=g.created_on,
        closed_on=g.closed_on,
    )
    return g.version, draft, {"title": g.title, "description": g.description}


def _goal_write(j: Journal, i: int, draft: Any, content: Content, expected: int) -> int:
    new = dataclasses.replace(draft, **content)
    return j.goals.update(i, new, expected_version=expected).version


ADAPTERS: dict[str, Adapter] = {
    "entry": Adapter(
        ("title", "body"),
        _entry_read,
        _entry_write,
        trash=lambda j, i: bool(j.entries.trash([i])),
        restore=lambda j, i: bool(j.entries.restore([i])),
    ),
    "role": Adapter(
        ("title", "notes"),
        _role_read,
        _role_write,
        delete=lambda j, i, v: j.roles.delete(i, expected_version=v),
    ),
    "goal": Adapter(
        ("title", "description"),
        _goal_read,
        _goal_write,
        delete=lambda j, i, v: j.goals.delete(i, expected_version=v),
    ),
}

WORDS = [
    "shipped",
    "led",
    "mentored",
    "tuned",
    "fixed",
    "planned",
    "reviewed",
    "wrote",
    "measured",
    "cut",
    "raised",
]


def run(spec: dict[str, Any]) -> None:
    device: str = spec["device"]
    rng = random.Random(spec["seed"])
    targets = [(kind, i) for kind, ids in sorted(spec["ids"].items()) for i in ids]
    log = Path(spec["log"]).open("w", encoding="utf-8")  # noqa: SIM115 (closed below)
    journal = Journal.open(spec["location"])
    # My last accepted write per record: (version it returned, the draft and content it replaced).
    mine: dict[tuple[str, int], tuple[int, Any, Content]] = {}

    def record(**fields: Any) -> None:
        log.write(json.dumps({"device": device, **fields}) + "\n")
        log.flush()

    Path(spec["ready"]).write_text(device)
    while not Path(spec["go"]).exists():
        time.sleep(0.01)
    deadline = time.monotonic() + spec["seconds"]
    try:
        for step in range(spec["ops"]):
            if time.monotonic() > deadline:
                break
            kind, i = rng.choice(targets)
            adapter = ADAPTERS[kind]
            ops = ["edit"] * 6 + ["undo"] * 2
            if adapter.trash is not None:
                ops += ["trash", "restore"]
                if spec.get("moves_only"):
                    ops = ["trash", "restore"]
            if adapter.delete is not None and rng.random() < 0.02:
                ops = ["delete"]
            op = rng.choice(ops)
            if op == "undo" and (kind, i) not in mine:
                op = "edit"
            base = {"kind": kind, "id": i, "op": op, "step": step}
            try:
                if op in ("trash", "restore"):
                    move = adapter.trash if op == "trash" else adapter.restore
                    assert move is not None
                    record(**base, ok=True, changed=move(journal, i))
                    continue
                if op == "undo":
                    # Put back what my last write replaced, expecting the version it returned.
                    expected, draft, content = mine[(kind, i)]
                    _v, _d, now = adapter.read(journal, i)  # what undo replaces (for a redo)
                    version = adapter.write(journal, i, draft, content, expected)
                    mine[(kind, i)] = (version, draft, now)
                    record(**base, ok=True, read=expected, version=version, content=content)
                    continue
                read, draft, before = adapter.read(journal, i)
                if op == "delete":
                    assert adapter.delete is not None
                    adapter.delete(journal, i, read)
                    record(**base, ok=True, read=read)
                    continue
                words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))
                content = {
                    name: f"{device}{step} {name} {words}".strip() for name in adapter.fields
                }
                version = adapter.write(journal, i, draft, content, read)
                mine[(kind, i)] = (version, draft, before)
                record(**base, ok=True, read=read, version=version, content=content)
            except ConflictError:
                record(**base, ok=False, error="conflict")
            except NotFoundError:
                record(**base, ok=False, error="gone")
    finally:
        journal.close()
        record(op="end", ok=True, at=dt.datetime.now(dt.UTC).isoformat())
        log.close()


if __name__ == "__main__":
    run(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
