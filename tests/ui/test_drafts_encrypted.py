"""Drafts of an encrypted journal: encrypted on disk, restored after reopening with the passphrase.

A plain journal's drafts stay plain JSON files, as before.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from nacl.secret import SecretBox
from nacl.utils import random
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import EntryKind
from careerjournal.services import EntryDraft, Journal, LinkRecord
from careerjournal.store import cipher
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import (
    DraftStore,
    EntryEditor,
    drafts_folder_for,
    offer_recovered_drafts,
)
from careerjournal.ui.editor.drafts import BOX_SUFFIX, QUICK_CAPTURE_KEY, SavedDraft
from careerjournal.ui.editor.quick_capture import QuickCaptureDialog
from careerjournal.ui.settings import AppSettings

PASS = "drafts pass phrase"

pytestmark = [
    pytest.mark.qt_log_ignore(r"^This plugin does not support "),
    pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed"),
]

FULL = EntryDraft(
    title="Zanzibar appraisal memo",
    occurred_on=dt.date(2023, 2, 28),
    kind=EntryKind.RECOGNITION,
    body="Quokka numbers, line 2",
    impact=5,
    measurable_result="NPS +12",
    starred=True,
    tags=("wombat",),
    links=(LinkRecord("https://platypus.example", "x"),),
)
TYPED = ("Zanzibar", "Quokka", "NPS +12", "wombat", "platypus")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


@pytest.fixture
def encrypted_file(tmp_path: Path, blank_sqlite: Path) -> Path:
    plain = tmp_path / "plain.sqlite3"
    shutil.copyfile(blank_sqlite, plain)
    con = cipher.module().connect(str(plain))
    try:
        cipher.export(con, tmp_path / "journal.sqlite3", PASS)
    finally:
        con.close()
    plain.unlink()
    return tmp_path / "journal.sqlite3"


def context(path: Path, settings: AppSettings) -> AppContext:
    journal = Journal.open(str(path), passphrase=PASS)
    return AppContext(journal=journal, bridge=ChangeBridge(journal), settings=settings)


def close(ctx: AppContext) -> None:
    ctx.bridge.detach()
    ctx.journal.close()


@pytest.fixture
def enc_ctx(qapp: object, encrypted_file: Path, settings: AppSettings) -> Iterator[AppContext]:
    ctx = context(encrypted_file, settings)
    yield ctx
    close(ctx)


def folder_bytes(folder: Path) -> bytes:
    return b"".join(f.read_bytes() for f in sorted(folder.iterdir()) if f.is_file())


def assert_nothing_plain(folder: Path) -> None:
    data = folder_bytes(folder)
    assert data  # something was written
    for text in TYPED:
        assert text.encode("utf-8") not in data, text
        assert text.encode("utf-16-le") not in data, text


def show(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


# -- the store ----------------------------------------------------------------------------------


def test_an_encrypted_journal_keeps_its_drafts_encrypted(enc_ctx: AppContext) -> None:
    store = DraftStore.for_journal(enc_ctx.journal)
    assert store.encrypted
    path = store.save("entry-7", FULL, entry_id=7, base_version=2)
    store.save(QUICK_CAPTURE_KEY, EntryDraft("Quokka line"))
    assert path.name == "entry-7" + BOX_SUFFIX
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert_nothing_plain(store.folder)
    saved = store.load("entry-7")
    assert saved is not None
    assert (saved.draft, saved.entry_id, saved.base_version) == (FULL, 7, 2)
    assert [p.key for p in store.pending()] == ["entry-7"]  # the quick line is not offered
    assert store.load(QUICK_CAPTURE_KEY).draft.title == "Quokka line"  # type: ignore[union-attr]
    store.delete("entry-7")
    assert not path.exists()


def test_a_plain_journal_keeps_plain_drafts(ctx: AppContext) -> None:
    store = DraftStore.for_journal(ctx.journal)
    assert not store.encrypted
    path = store.save("entry-7", FULL, entry_id=7)
    assert path.name == "entry-7.json"
    assert b"Zanzibar appraisal memo" in path.read_bytes()
    assert store.load("entry-7").draft == FULL  # type: ignore[union-attr]


def test_a_draft_that_cannot_be_decrypted_is_skipped_and_kept(enc_ctx: AppContext) -> None:
    store = DraftStore.for_journal(enc_ctx.journal)
    store.save("entry-1", FULL, entry_id=1)
    folder = store.folder
    stranger = DraftStore(folder, random(SecretBox.KEY_SIZE))
    stranger.save("entry-2", EntryDraft("Another key"), entry_id=2)
    garbage = folder / ("new-0123456789abcdef" + BOX_SUFFIX)
    garbage.write_bytes(os.urandom(100))
    short = folder / ("entry-3" + BOX_SUFFIX)
    short.write_bytes(b"xy")

    assert [p.key for p in store.pending()] == ["entry-1"]
    assert sorted(p.name for p in store.unreadable()) == sorted(
        ["entry-2" + BOX_SUFFIX, garbage.name, short.name]
    )
    assert store.load("entry-2") is None
    assert all(p.exists() for p in (garbage, short, folder / ("entry-2" + BOX_SUFFIX)))
    # A plain journal's store (no key) cannot open them either, and says so the same way.
    assert DraftStore(folder).pending() == []
    assert len(DraftStore(folder).unreadable()) == 4


def test_plain_drafts_left_from_before_encryption_are_encrypted(
    encrypted_file: Path, settings: AppSettings, qapp: object
) -> None:
    folder = encrypted_file.with_name("journal-drafts")
    DraftStore(folder).save("entry-5", FULL, entry_id=5, base_version=1)
    assert b"Zanzibar" in folder_bytes(folder)
    ctx = context(encrypted_file, settings)
    try:
        store = DraftStore.for_journal(ctx.journal)
        assert store.folder == folder
        assert sorted(p.name for p in folder.iterdir()) == ["entry-5" + BOX_SUFFIX]
        assert_nothing_plain(folder)
        (saved,) = store.pending()
        assert (saved.draft, saved.entry_id, saved.base_version) == (FULL, 5, 1)
    finally:
        close(ctx)


# -- typed in the editor, restored after reopening ----------------------------------------------


def answer_discard(editor: EntryEditor) -> None:
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]


def test_typed_text_is_encrypted_and_comes_back_after_reopening(
    qtbot: QtBot, encrypted_file: Path, settings: AppSettings, qapp: object
) -> None:
    ctx = context(encrypted_file, settings)
    try:
        editor = EntryEditor(ctx)
        editor.autosave_delay_ms = 0
        show(qtbot, editor)
        qtbot.keyClicks(editor.title_edit, "Zanzibar appraisal memo")
        qtbot.keyClicks(editor.body_edit, "Quokka numbers")
        store = editor.drafts
        key = editor.draft_key
        qtbot.waitUntil(
            lambda: (s := store.load(key)) is not None and s.draft.body == "Quokka numbers"
        )
        assert store.path(key).name.endswith(BOX_SUFFIX)

        quick = QuickCaptureDialog(ctx)
        quick.autosave_delay_ms = 0
        show(qtbot, quick)
        qtbot.keyClicks(quick.text_edit, "wombat line")
        qtbot.waitUntil(lambda: store.exists(QUICK_CAPTURE_KEY))
        assert_nothing_plain(drafts_folder_for(ctx.journal))

        # The app dies with both open: nothing is saved, the drafts stay.
        with qtbot.waitSignal(editor.destroyed):
            editor.deleteLater()
        with qtbot.waitSignal(quick.destroyed):
            quick.deleteLater()
    finally:
        close(ctx)
    assert_nothing_plain(encrypted_file.with_name("journal-drafts"))

    ctx = context(encrypted_file, settings)
    try:
        asked: list[str] = []

        def restore(saved: SavedDraft, _parent: QWidget | None, *, changed_since: bool) -> bool:
            asked.append(saved.draft.title)
            return True

        parent = QWidget()
        qtbot.addWidget(parent)
        assert offer_recovered_drafts(ctx, parent, ask=restore) == 1
        assert asked == ["Zanzibar appraisal memo"]
        (restored,) = parent.findChildren(EntryEditor)
        assert restored.title_edit.text() == "Zanzibar appraisal memo"
        assert restored.body_edit.toPlainText() == "Quokka numbers"
        answer_discard(restored)
        restored.close()

        quick = QuickCaptureDialog(ctx)
        qtbot.addWidget(quick)
        assert quick.text_edit.text() == "wombat line"
    finally:
        close(ctx)


def test_drafts_written_while_encrypted_come_back_plain_after_the_passphrase_is_removed(
    encrypted_file: Path, qapp: object
) -> None:
    from careerjournal.store.encryption import decrypt_journal

    with Journal.open(str(encrypted_file), passphrase=PASS) as journal:
        store = DraftStore.for_journal(journal)
        store.save("entry-4", FULL, entry_id=4)
    folder = encrypted_file.with_name("journal-drafts")
    assert sorted(p.name for p in folder.iterdir()) == ["entry-4" + BOX_SUFFIX]
    decrypt_journal(encrypted_file, PASS)
    with Journal.open(str(encrypted_file)) as journal:
        plain = DraftStore.for_journal(journal)
        assert not plain.encrypted
        (saved,) = plain.pending()
    assert saved.draft == FULL
    assert sorted(p.name for p in folder.iterdir()) == ["entry-4.json"]
