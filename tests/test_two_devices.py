"""Two devices on one journal: two processes edit, undo, trash, restore and delete the same
entries, roles and goals at once; no accepted write may be lost without a conflict shown.

Each child (`two_devices_worker.py`) logs every write the services accepted, with the version it
read and the version it got back, and every refusal. Versions rise by exactly one per accepted
write, so the logs must account for every version number exactly once, and each stored record
must hold what the accepted write with the highest version wrote. The journal's operation log must
hold exactly one operation per accepted write, and undoing them all must give back the journal
as it was seeded. Two accepted edits from the
same version, a write that slipped past the version check, or an accepted write whose data is
not there would each break one of these.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from careerjournal.services import EntryDraft, Journal, NotFoundError, RoleDraft
from careerjournal.services import rows as journal_rows
from careerjournal.services.records import GoalDraft

pytestmark = pytest.mark.slow

WORKER = Path(__file__).with_name("two_devices_worker.py")
SECONDS = 3.0  # how long each device keeps writing
OPS = 400  # at most this many operations per device
RECORDS = 3  # of each kind: few, so the devices collide often


def _read(journal: Journal, kind: str, i: int) -> tuple[int, dict[str, str], bool] | None:
    """(version, content, trashed) of a stored record, None when it is gone."""
    try:
        if kind == "entry":
            e = journal.entries.get(i)
            return e.version, {"title": e.title, "body": e.body}, e.trashed
        if kind == "role":
            r = journal.roles.get(i)
            return r.version, {"title": r.title, "notes": r.notes}, False
        g = journal.goals.get(i)
        return g.version, {"title": g.title, "description": g.description}, False
    except NotFoundError:
        return None


def _seed(journal: Journal) -> dict[str, list[int]]:
    """The records both devices work on. The entries belong to no role: deleting a role clears
    its entries' role, a write to the entry that neither log would show."""
    ids: dict[str, list[int]] = {"entry": [], "role": [], "goal": []}
    for n in range(RECORDS):
        start = dt.date(2010 + n, 1, 1)
        role = journal.roles.add(RoleDraft(f"role {n}", start_date=start, notes="start"))
        ids["role"].append(role.id)
        ids["goal"].append(journal.goals.add(GoalDraft(f"goal {n}", description="start")).id)
    for n in range(RECORDS):
        draft = EntryDraft(f"entry {n}", body="start", role_id=None)
        ids["entry"].append(journal.entries.add(draft).id)
    return ids


def _run_devices(
    location: str, ids: dict[str, list[int]], tmp: Path, **extra: Any
) -> list[dict[str, Any]]:
    go = tmp / "go"
    children: list[subprocess.Popen[bytes]] = []
    for n, device in enumerate("AB"):
        spec = {
            "location": location,
            "device": device,
            "seed": 1000 + n,
            "ops": OPS,
            "seconds": SECONDS,
            "ids": ids,
            "log": str(tmp / f"{device}.log"),
            "ready": str(tmp / f"{device}.ready"),
            "go": str(go),
            **extra,
        }
        spec_path = tmp / f"{device}.json"
        spec_path.write_text(json.dumps(spec), encoding="utf-8")
        with (tmp / f"{device}.err").open("wb") as err:  # the child keeps its own copy
            children.append(
                subprocess.Popen(
                    [sys.executable, str(WORKER), str(spec_path)],
                    stdout=subprocess.DEVNULL,
                    stderr=err,
                    env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                )
            )

    def errors(device: str) -> str:
        return (tmp / f"{device}.err").read_text(errors="replace")[-2000:]

    try:
        limit = time.monotonic() + 60
        while not all((tmp / f"{d}.ready").exists() for d in "AB"):
            for device, child in zip("AB", children, strict=True):
                assert child.poll() is None, errors(device)
            assert time.monotonic() < limit, "the devices did not start"
            time.sleep(0.02)
        go.write_text("go")  # both start together, so they collide
        for device, child in zip("AB", children, strict=True):
            assert child.wait(timeout=SECONDS + 60) == 0, errors(device)
    finally:
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
    lines: list[dict[str, Any]] = []
    for device in "AB":
        text = (tmp / f"{device}.log").read_text(encoding="utf-8")
        lines += [json.loads(line) for line in text.splitlines()]
    return lines


def check_against_logs(
    journal: Journal, ids: dict[str, list[int]], lines: list[dict[str, Any]]
) -> None:
    """Every stored record equals what the logs say; every version is accounted for once."""
    for kind, kind_ids in ids.items():
        for i in kind_ids:
            ops = [x for x in lines if x.get("kind") == kind and x.get("id") == i and x["ok"]]
            where = f"{kind} {i}"
            writes = [x for x in ops if "version" in x]
            versions = Counter(x["version"] for x in writes)
            twice = [v for v, n in versions.items() if n > 1]
            assert not twice, f"{where}: versions {twice} accepted twice (a lost update)"
            for x in writes:
                assert x["version"] == x["read"] + 1, f"{where}: {x}"
            moves = Counter(
                x["op"] for x in ops if x["op"] in ("trash", "restore") and x["changed"]
            )
            deletes = [x for x in ops if x["op"] == "delete"]
            consumed = len(writes) + moves["trash"] + moves["restore"]
            stored = _read(journal, kind, i)
            if deletes:
                assert len(deletes) == 1, f"{where}: deleted {len(deletes)} times"
                assert stored is None, f"{where}: deleted, yet still there"
                # Nothing was accepted after the delete: it read the last version.
                assert deletes[0]["read"] == 1 + consumed, f"{where}: {deletes[0]}"
                continue
            assert stored is not None, f"{where}: gone without an accepted delete"
            version, content, trashed = stored
            assert version == 1 + consumed, (
                f"{where}: at version {version}, the logs account for {consumed} writes"
            )
            if writes:
                last = max(writes, key=lambda x: x["version"])
                assert content == last["content"], f"{where}: stored {content}, last {last}"
                assert last["version"] <= version
            # Moves alternate (a trash of a trashed entry changes nothing), so the state is
            # their balance.
            balance = moves["trash"] - moves["restore"]
            assert balance in (0, 1), f"{where}: {moves}"
            assert trashed == (balance == 1), f"{where}: trashed={trashed}, moves {moves}"


def _whole(journal: Journal) -> dict[Any, Any]:
    with journal.store.read() as session:
        return journal_rows.everything(session)


def check_against_operation_log(
    journal: Journal, seeded: dict[Any, Any], seed_ops: int, lines: list[dict[str, Any]]
) -> None:
    """The journal's own operation log agrees with the devices' logs and the stored rows: one
    logged operation per accepted write, and undoing every one of them, newest first, meets no
    conflict and gives back the journal as seeded, row for row."""
    accepted = [x for x in lines if x["ok"] and x["op"] != "end" and x.get("changed", True)]
    logged = journal.history.count() - seed_ops
    assert logged == len(accepted), f"{logged} operations logged, {len(accepted)} writes accepted"
    for _ in range(logged):
        journal.history.undo()
    assert _whole(journal) == seeded


def test_two_devices_lose_no_update(db_location: str, tmp_path: Path) -> None:
    journal = Journal.open(db_location)
    try:
        ids = _seed(journal)
        seeded, seed_ops = _whole(journal), journal.history.count()
    finally:
        journal.close()

    lines = _run_devices(db_location, ids, tmp_path)

    ends = [x for x in lines if x["op"] == "end"]
    assert len(ends) == 2, "a device did not finish"
    accepted = [x for x in lines if x["ok"] and x["op"] != "end"]
    conflicts = [x for x in lines if x.get("error") == "conflict"]
    assert accepted, "no write was accepted"
    # The devices really collided: the test would prove nothing otherwise.
    assert conflicts, "no conflict at all: the devices never collided"
    assert {x["device"] for x in accepted} == {"A", "B"}
    journal = Journal.open(db_location)
    try:
        check_against_logs(journal, ids, lines)
        check_against_operation_log(journal, seeded, seed_ops, lines)
    finally:
        journal.close()


def test_two_devices_trash_and_restore_one_entry(db_location: str, tmp_path: Path) -> None:
    """Only trash and restore, on one entry: each device must learn whether its own move
    changed anything, or its undo would silently revert the other device's move."""
    journal = Journal.open(db_location)
    try:
        ids = {"entry": [journal.entries.add(EntryDraft("entry", role_id=None)).id]}
        seeded, seed_ops = _whole(journal), journal.history.count()
    finally:
        journal.close()

    lines = _run_devices(db_location, ids, tmp_path, moves_only=True)

    assert len([x for x in lines if x["op"] == "end"]) == 2
    assert any(x.get("changed") for x in lines)
    journal = Journal.open(db_location)
    try:
        check_against_logs(journal, ids, lines)
        check_against_operation_log(journal, seeded, seed_ops, lines)
    finally:
        journal.close()
