"""Capture while locked: entries sealed to an encrypted journal's public key, received on unlock.

The journals are real SQLCipher files (made with `careerjournal.store.cipher`); every operation is
checked by the capture verifier (conftest sets OperationLog.verify).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox
from sqlalchemy import func, select

from careerjournal.domain import EntryKind, JournalSecret, SealedReceipt
from careerjournal.services import EntryDraft, Journal, LinkRecord, ValidationError, sealing
from careerjournal.services.operations import OpCode
from careerjournal.services.sealing import (
    ReceiveReport,
    SealingError,
    SealingService,
    can_seal,
    inbox_path,
    pending_count,
    public_key_path,
    receiving_path,
    seal_entry,
)
from careerjournal.store import cipher

PASS = "pass phrase"

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")


def encrypt(tmp_path: Path, name: str = "j.db") -> Path:
    """A new encrypted journal at tmp_path/name (closed)."""
    plain = tmp_path / f"plain-{name}"
    Journal.open(str(plain)).close()
    con = cipher.module().connect(str(plain))
    try:
        cipher.export(con, tmp_path / name, PASS)
    finally:
        con.close()
    plain.unlink()
    return tmp_path / name


def unlock(path: Path) -> Journal:
    return Journal.open(str(path), passphrase=PASS)


@pytest.fixture
def locked(tmp_path: Path) -> Path:
    """An encrypted journal that was unlocked once here (so it has its capture key), now closed."""
    path = encrypt(tmp_path)
    with unlock(path) as journal:
        SealingService(journal).ensure_keys()
    return path


DRAFTS = [
    EntryDraft(
        title="Négociation secrète ✓",
        occurred_on=dt.date(2024, 3, 1),
        kind=EntryKind.RECOGNITION,
        body="The board never heard of Falconridge",
        impact=4,
        measurable_result="ARR +17%",
        starred=True,
        tags=("Quiet Wins", "quarter-one"),
        links=(LinkRecord("https://intra.example/falcon", "memo"),),
    ),
    EntryDraft(title="Mentored Priyanka", body="Weekly pairing on the Zephyr migration"),
    EntryDraft(title="Third hush item", kind=EntryKind.SKILL, body="Kubernetes operator in Rust"),
]
SECRETS = [
    text
    for d in DRAFTS
    for text in (d.title, d.body, d.measurable_result, *d.tags, *(lk.url for lk in d.links))
    if len(text) >= 6  # shorter ones may turn up in base64 by chance
]


def lines(path: Path) -> list[bytes]:
    return [line for line in path.read_bytes().splitlines() if line.strip()]


def private_key(journal: Journal) -> PrivateKey:
    with journal.store.read() as session:
        secret = session.get(JournalSecret, sealing.PRIVATE_KEY)
        assert secret is not None
        return PrivateKey(secret.value)


def receipts(journal: Journal) -> int:
    with journal.store.read() as session:
        return int(session.scalar(select(func.count()).select_from(SealedReceipt)) or 0)


def titles(journal: Journal) -> list[str]:
    return [e.title for e in sorted(journal.entries.list(), key=lambda e: e.id)]


# -- keys ---------------------------------------------------------------------------------------


def test_unlocking_writes_the_public_key_once_and_keeps_the_keys(tmp_path: Path) -> None:
    path = encrypt(tmp_path)
    keyfile = public_key_path(path)
    assert keyfile == tmp_path / "j.sealkey"
    assert not can_seal(path)
    with unlock(path) as journal:
        assert journal.sealing.receive() == ReceiveReport()  # makes sure of the keys too
        first = keyfile.read_text(encoding="utf-8")
        drafts_key = journal.sealing.drafts_key()
        public = bytes(private_key(journal).public_key)
    assert can_seal(path)
    assert stat.S_IMODE(keyfile.stat().st_mode) == 0o600
    header, encoded = first.splitlines()
    assert header == sealing.KEY_HEADER
    assert base64.b64decode(encoded) == public
    assert drafts_key is not None
    assert len(drafts_key) == 32

    keyfile.write_text(first.replace(encoded, base64.b64encode(b"x" * 32).decode()))
    with unlock(path) as journal:  # a different key file is written again; the keys stay
        journal.sealing.ensure_keys()
        assert journal.sealing.drafts_key() == drafts_key
    assert keyfile.read_text(encoding="utf-8") == first


def test_a_plain_journal_has_no_keys_and_loses_a_stale_key_file(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with Journal.open(str(path)) as journal:
        public_key_path(path).write_text("left over\n")
        journal.sealing.ensure_keys()
        assert not public_key_path(path).exists()
        assert journal.sealing.drafts_key() is None
        assert journal.sealing.receive() == ReceiveReport()
        with journal.store.read() as session:
            assert session.scalars(select(JournalSecret)).all() == []


def test_sealing_without_a_key_file_says_unlock_once(tmp_path: Path) -> None:
    path = encrypt(tmp_path)  # never unlocked by this version
    with pytest.raises(SealingError, match="unlock it once on this computer") as err:
        seal_entry(path, DRAFTS[0])
    assert "\n" not in str(err.value)
    assert not inbox_path(path).exists()
    public_key_path(path).write_text("Career Journal sealing key, format 1\nnot base64!\n")
    with pytest.raises(SealingError, match="damaged"):
        seal_entry(path, DRAFTS[0])


def test_a_draft_an_add_would_refuse_is_refused_when_sealing(locked: Path) -> None:
    with pytest.raises(ValidationError, match="title is empty"):
        seal_entry(locked, EntryDraft(title="   "))
    with pytest.raises(ValidationError, match="Impact"):
        seal_entry(locked, EntryDraft(title="x", impact=9))
    assert pending_count(locked) == 0


# -- sealed, then received ----------------------------------------------------------------------


def test_sealed_entries_are_unreadable_and_arrive_once_in_order(locked: Path) -> None:
    ids = [seal_entry(locked, d) for d in DRAFTS]
    assert len(set(ids)) == 3
    inbox = inbox_path(locked)
    assert inbox == locked.with_name("j.sealed")
    assert stat.S_IMODE(inbox.stat().st_mode) == 0o600
    assert pending_count(locked) == 3
    data = inbox.read_bytes()
    for secret in SECRETS:
        assert secret.encode("utf-8") not in data, secret
    stranger = SealedBox(PrivateKey.generate())
    for line in lines(inbox):
        with pytest.raises(CryptoError):
            stranger.decrypt(base64.b64decode(line))

    with unlock(locked) as journal:
        report = journal.sealing.receive()
        assert report.skipped == []
        assert len(report.added) == 3
        records = journal.entries.get_many(report.added)
        assert [r.title for r in records] == [d.title for d in DRAFTS]
        first = records[0]
        assert (first.occurred_on, first.kind, first.body, first.impact) == (
            dt.date(2024, 3, 1),
            EntryKind.RECOGNITION,
            DRAFTS[0].body,
            4,
        )
        assert (first.measurable_result, first.starred, first.tags) == (
            "ARR +17%",
            True,
            ("quarter-one", "quiet wins"),
        )
        assert first.links == DRAFTS[0].links
        assert not inbox.exists()
        assert not receiving_path(locked).exists()
        assert pending_count(locked) == 0
        assert receipts(journal) == 0

        # Each arrived as its own operation: undo takes back the newest one only.
        ops = journal.history.list(limit=3)
        assert [(o.code, o.subject) for o in ops] == [
            (OpCode.ENTRY_ADD, d.title) for d in reversed(DRAFTS)
        ]
        journal.history.undo()
        assert titles(journal) == [d.title for d in DRAFTS[:2]]
        journal.history.redo()

        assert journal.sealing.receive() == ReceiveReport()  # nothing twice
    with unlock(locked) as journal:
        assert journal.sealing.receive() == ReceiveReport()
        assert titles(journal) == [d.title for d in DRAFTS]


def test_without_kind_the_journal_picks_it_on_arrival(locked: Path) -> None:
    with unlock(locked) as journal:
        for n in range(3):
            journal.entries.add(EntryDraft(title=f"learnt {n}", kind=EntryKind.LEARNING))
    seal_entry(locked, EntryDraft(title="picked"), pick_kind=True)
    with unlock(locked) as journal:
        (entry_id,) = journal.sealing.receive().added
        assert journal.entries.get(entry_id).kind is EntryKind.LEARNING


def seal_raw(path: Path, record: object) -> None:
    """Append a record sealed to the journal's key as written by hand (not by seal_entry)."""
    public = sealing.read_public_key(path)
    line = base64.b64encode(SealedBox(public).encrypt(json.dumps(record).encode()))
    with inbox_path(path).open("ab") as f:
        f.write(line + b"\n")


def good_record(title: str) -> dict[str, object]:
    return {
        "v": 1,
        "id": os.urandom(16).hex(),
        "captured_at": "2024-01-01T00:00:00+00:00",
        "title": title,
        "occurred_on": "2024-01-02",
        "kind": "skill",
        "body": "",
        "impact": 2,
        "measurable_result": "",
        "starred": False,
        "tags": [],
        "links": [],
        "role_id": "auto",
    }


def test_a_damaged_or_invalid_record_is_reported_and_the_rest_arrive(locked: Path) -> None:
    for d in DRAFTS:
        seal_entry(locked, d)
    inbox = inbox_path(locked)
    found = lines(inbox)
    middle = len(found[1]) // 2
    flipped = found[1][:middle] + (b"A" if found[1][middle : middle + 1] != b"A" else b"B")
    found[1] = flipped + found[1][middle + 1 :]
    inbox.write_bytes(b"\n".join(found) + b"\n")
    with inbox.open("ab") as f:
        f.write(b"not base64 at all %%%\n")
    seal_raw(locked, {**good_record("impossible"), "occurred_on": "2023-02-30"})
    seal_raw(locked, {**good_record("no title"), "title": "  "})
    seal_raw(locked, {**good_record("bad impact"), "impact": "high"})
    seal_raw(locked, ["not", "an", "entry"])
    seal_raw(locked, good_record("Last one"))
    box = SealedBox(sealing.read_public_key(locked))
    with inbox.open("ab") as f:
        f.write(base64.b64encode(box.encrypt(b"\xff not json")) + b"\n")
    assert pending_count(locked) == 10

    with unlock(locked) as journal:
        report = journal.sealing.receive()
        assert report.skipped == [
            (2, "damaged"),
            (4, "damaged"),
            (5, "invalid"),
            (6, "invalid"),
            (7, "invalid"),
            (8, "invalid"),
            (10, "invalid"),
        ]
        assert titles(journal) == [DRAFTS[0].title, DRAFTS[2].title, "Last one"]
        assert not inbox.exists()


def test_records_for_another_journal_are_damaged(locked: Path, tmp_path: Path) -> None:
    other = encrypt(tmp_path, "other.db")
    with unlock(other) as journal:
        journal.sealing.ensure_keys()
    seal_entry(other, DRAFTS[1])
    os.replace(inbox_path(other), inbox_path(locked))
    seal_entry(locked, DRAFTS[2])
    with unlock(locked) as journal:
        report = journal.sealing.receive()
        assert report.skipped == [(1, "damaged")]
        assert titles(journal) == [DRAFTS[2].title]


class Crash(BaseException):
    """The app stopping at a given point (not an error anything catches)."""


def test_a_crash_between_adding_and_removing_adds_nothing_twice(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for d in DRAFTS:
        seal_entry(locked, d)
    real_add = SealingService._add
    calls = []

    def add_then_crash(self: SealingService, record: object) -> int | None:
        result = real_add(self, record)  # type: ignore[arg-type]
        calls.append(result)
        if len(calls) == 2:
            raise Crash
        return result

    with unlock(locked) as journal:
        monkeypatch.setattr(SealingService, "_add", add_then_crash)
        with pytest.raises(Crash):
            journal.sealing.receive()
        monkeypatch.undo()
        # As a crash leaves it: two entries added with their receipts, the file still there.
        assert titles(journal) == [d.title for d in DRAFTS[:2]]
        assert receipts(journal) == 2
        assert receiving_path(locked).exists()
        assert not inbox_path(locked).exists()
        assert pending_count(locked) == 3

    seal_entry(locked, EntryDraft(title="Captured after the crash"))  # a new inbox meanwhile
    with unlock(locked) as journal:
        report = journal.sealing.receive()
        assert report.skipped == []
        assert titles(journal) == [d.title for d in DRAFTS] + ["Captured after the crash"]
        assert len(report.added) == 2
        assert receipts(journal) == 0
        assert not receiving_path(locked).exists()
        assert not inbox_path(locked).exists()


def test_a_crash_after_every_add_but_before_removal(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for d in DRAFTS:
        seal_entry(locked, d)

    def crash(self: object) -> None:
        raise Crash

    with unlock(locked) as journal:
        monkeypatch.setattr(sealing._Claim, "finish", crash)
        with pytest.raises(Crash):
            journal.sealing.receive()
        monkeypatch.undo()
        assert receipts(journal) == 3
        assert journal.sealing.receive() == ReceiveReport()
        assert titles(journal) == [d.title for d in DRAFTS]
        assert receipts(journal) == 0
        assert not receiving_path(locked).exists()


def test_records_sealed_before_decrypting_still_arrive(locked: Path, tmp_path: Path) -> None:
    seal_entry(locked, DRAFTS[1])
    plain = tmp_path / "plain.db"
    con = cipher.connect(locked, PASS)
    try:
        cipher.export(con, plain, None)
    finally:
        con.close()
    os.replace(plain, locked)
    for extra in locked.parent.glob("j.db-*"):
        extra.unlink()
    with Journal.open(str(locked)) as journal:
        assert not journal.store.encrypted
        report = journal.sealing.receive()
        assert titles(journal) == [DRAFTS[1].title]
        assert report.added
        assert not inbox_path(locked).exists()
        assert not public_key_path(locked).exists()  # captures go straight in now


# -- concurrency --------------------------------------------------------------------------------

APPENDER = """
import sys
from pathlib import Path
from careerjournal.services import EntryDraft
from careerjournal.services.sealing import seal_entry
path, who, count = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
for n in range(count):
    seal_entry(path, EntryDraft(title=f"{who} {n}", body="b" * (n * 997 % 9000)))
"""


def test_concurrent_appends_never_interleave(locked: Path) -> None:
    count = 40
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", APPENDER, str(locked), f"p{i}", str(count)], env=env
        )
        for i in range(2)
    ]

    def thread_appends(who: str) -> None:
        for n in range(count):
            seal_entry(locked, EntryDraft(title=f"{who} {n}", body="c" * (n * 131 % 7000)))

    threads = [threading.Thread(target=thread_appends, args=(f"t{i}",)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    with unlock(locked) as journal:
        box = SealedBox(private_key(journal))
    found = lines(inbox_path(locked))
    assert len(found) == 4 * count
    opened = [json.loads(box.decrypt(base64.b64decode(line, validate=True))) for line in found]
    assert len({r["id"] for r in opened}) == 4 * count
    for who in ("p0", "p1", "t0", "t1"):  # each writer's records in the order it wrote them
        mine = [int(r["title"].split()[1]) for r in opened if r["title"].startswith(who + " ")]
        assert mine == list(range(count))


def test_two_receivers_add_each_record_once(locked: Path) -> None:
    for n in range(6):
        seal_entry(locked, EntryDraft(title=f"race {n}"))
    first, second = unlock(locked), unlock(locked)
    try:
        reports: list[ReceiveReport] = []
        threads = [
            threading.Thread(target=lambda j=j: reports.append(j.sealing.receive()))
            for j in (first, second)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(i for r in reports for i in r.added) == list(range(1, 7))
        assert titles(first) == [f"race {n}" for n in range(6)]
    finally:
        first.close()
        second.close()


def test_without_pynacl_sealing_says_how_to_install(
    locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sealing, "has_nacl", lambda: False)
    with pytest.raises(SealingError, match=r"careerjournal\[encryption\]"):
        seal_entry(locked, DRAFTS[0])


def test_bulk_work_on_a_journal_with_keys_leaves_keys_out_of_undo(locked: Path) -> None:
    """An import watches every new row (watch_inserts): the keys are not rows it may undo."""
    from careerjournal.domain import Entry

    with unlock(locked) as journal:
        with journal.store.read() as session:
            keys = {s.name: s.value for s in session.scalars(select(JournalSecret))}
        with journal.history.record(OpCode.IMPORT, "a file") as op:
            op.watch_inserts()
            op.session.add(
                Entry(title="imported", occurred_on=dt.date(2020, 1, 1), kind=EntryKind.SKILL)
            )
        assert {c.table for c in journal.history.get(journal.history.list()[0].id).changes} == {
            "entry"
        }
        journal.history.undo()
        assert titles(journal) == []
        with journal.store.read() as session:
            assert {s.name: s.value for s in session.scalars(select(JournalSecret))} == keys
