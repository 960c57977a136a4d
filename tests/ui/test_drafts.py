"""Crash-safe drafts: the store on disk, the editor's autosave, and recovery on the next start."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import EntryKind
from careerjournal.services import AUTO, EntryDraft, EntryRecord, LinkRecord
from careerjournal.store import paths
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import (
    DraftStore,
    EntryEditor,
    drafts_folder_for,
    offer_recovered_drafts,
)
from careerjournal.ui.editor import entry_editor as entry_editor_module
from careerjournal.ui.editor.drafts import QUICK_CAPTURE_KEY, SavedDraft

pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real modal box would wait forever offscreen: fail instead (tests patch theirs)."""

    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


FULL = EntryDraft(
    title="Draft “title” ✓",
    occurred_on=dt.date(2023, 2, 28),
    kind=EntryKind.RECOGNITION,
    body="line 1\nline 2",
    impact=5,
    measurable_result="NPS +12",
    starred=True,
    tags=("a", "b c"),
    links=(LinkRecord("https://x.example", "x"),),
    role_id=7,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def answer_discard(editor: EntryEditor) -> None:
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]


def show(qtbot: QtBot, widget: QWidget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


# -- the store ----------------------------------------------------------------------------------


def test_store_round_trip_private_and_atomic(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "j-drafts")
    assert store.pending() == []
    path = store.save("entry-42", FULL, entry_id=42, base_version=3)
    assert mode(path) == 0o600
    assert mode(store.folder) == 0o700
    assert [p.name for p in store.folder.iterdir()] == ["entry-42.json"]  # no temp file left

    saved = store.load("entry-42")
    assert saved is not None
    assert saved.draft == FULL
    assert (saved.entry_id, saved.base_version, saved.key) == (42, 3, "entry-42")
    assert abs(saved.saved_at - dt.datetime.now()) < dt.timedelta(minutes=1)

    auto = EntryDraft("new", role_id=AUTO)
    store.save("new-0123456789abcdef", auto)
    store.save(QUICK_CAPTURE_KEY, EntryDraft("one line"))
    pending = store.pending()
    assert {p.key for p in pending} == {"entry-42", "new-0123456789abcdef"}
    assert next(p for p in pending if p.entry_id is None).draft.role_id == AUTO

    store.delete("entry-42")
    store.delete("entry-42")  # twice is fine
    assert [p.key for p in store.pending()] == ["new-0123456789abcdef"]


def test_unreadable_draft_is_skipped_and_kept(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "d")
    store.save("entry-1", FULL, entry_id=1)
    broken = store.folder / "entry-2.json"
    broken.write_text("{not json", encoding="utf-8")
    assert [p.key for p in store.pending()] == ["entry-1"]
    assert broken.exists()


def test_keys_cannot_escape_the_folder(tmp_path: Path) -> None:
    store = DraftStore(tmp_path / "d")
    for bad in ("../x", "entry-1/../../x", "", "entry-x"):
        with pytest.raises(ValueError, match="not a draft key"):
            store.save(bad, FULL)


def test_drafts_folder_beside_an_sqlite_journal(ctx: AppContext, tmp_path: Path) -> None:
    assert drafts_folder_for(ctx.journal) == tmp_path / "journal-drafts"


def test_drafts_folder_for_a_server_journal_is_keyed_by_its_address() -> None:
    def server(name: str) -> object:
        return SimpleNamespace(store=SimpleNamespace(path=None, display_name=name))

    a = drafts_folder_for(server("postgresql://me:***@db.example/cj"))  # type: ignore[arg-type]
    b = drafts_folder_for(server("postgresql://me:***@db.example/other"))  # type: ignore[arg-type]
    assert a.parent == b.parent == paths.data_dir() / "drafts"
    assert a != b
    assert a == drafts_folder_for(server("postgresql://me:***@db.example/cj"))  # type: ignore[arg-type]


# -- the editor's autosave ----------------------------------------------------------------------


def test_typing_writes_a_private_draft_after_the_debounce_and_saving_deletes_it(
    qtbot: QtBot, ctx: AppContext
) -> None:
    editor = EntryEditor(ctx)
    qtbot.addWidget(editor, before_close_func=answer_discard)
    editor.autosave_delay_ms = 0
    show(qtbot, editor)
    store = editor.drafts
    assert store.folder == drafts_folder_for(ctx.journal)
    assert not store.exists(editor.draft_key)

    qtbot.keyClicks(editor.title_edit, "Paired with design")
    qtbot.waitUntil(
        lambda: (
            (s := store.load(editor.draft_key)) is not None
            and s.draft.title == "Paired with design"
        )
    )
    path = store.path(editor.draft_key)
    assert mode(path) == 0o600
    assert store.load(editor.draft_key).entry_id is None

    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.saved_entry_id is not None
    assert not path.exists()
    assert store.pending() == []


def test_the_debounce_waits_but_leaving_a_field_writes_at_once(
    qtbot: QtBot, ctx: AppContext
) -> None:
    editor = EntryEditor(ctx)
    qtbot.addWidget(editor, before_close_func=answer_discard)
    editor.autosave_delay_ms = 60_000
    show(qtbot, editor)
    qtbot.keyClicks(editor.title_edit, "Typed")
    qtbot.wait(50)
    assert not editor.drafts.exists(editor.draft_key)  # still within the debounce
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Tab)  # focus out
    assert editor.drafts.load(editor.draft_key).draft.title == "Typed"


def test_undoing_the_typing_removes_the_draft(qtbot: QtBot, ctx: AppContext) -> None:
    record = ctx.journal.entries.add(EntryDraft("Same"))
    editor = EntryEditor(ctx, record)
    qtbot.addWidget(editor, before_close_func=answer_discard)
    editor.autosave_delay_ms = 0
    show(qtbot, editor)
    assert editor.draft_key == f"entry-{record.id}"
    qtbot.keyClicks(editor.title_edit, "!")
    qtbot.waitUntil(lambda: editor.drafts.exists(editor.draft_key))
    qtbot.keyClick(editor.title_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not editor.drafts.exists(editor.draft_key))


# -- recovery after a crash ---------------------------------------------------------------------


def crash_editor_with_text(
    qtbot: QtBot, ctx: AppContext, record: EntryRecord | None = None, text: str = ""
) -> str:
    """An editor that had typed text when the app died: destroyed without close()."""
    editor = EntryEditor(ctx, record)
    editor.autosave_delay_ms = 0
    show(qtbot, editor)
    qtbot.keyClicks(editor.title_edit, text)
    key = editor.draft_key
    qtbot.waitUntil(lambda: editor.drafts.exists(key))
    with qtbot.waitSignal(editor.destroyed):
        editor.deleteLater()
    return key


def test_leftover_new_entry_draft_is_restored_into_an_editor(qtbot: QtBot, ctx: AppContext) -> None:
    key = crash_editor_with_text(qtbot, ctx, text="Unsaved brilliance")
    store = DraftStore(drafts_folder_for(ctx.journal))
    (leftover,) = store.pending()
    assert (leftover.key, leftover.entry_id) == (key, None)
    assert leftover.draft.title == "Unsaved brilliance"

    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[tuple[str, bool]] = []

    def restore(saved: SavedDraft, _parent: QWidget | None, *, changed_since: bool) -> bool:
        asked.append((saved.draft.title, changed_since))
        return True

    assert offer_recovered_drafts(ctx, parent, ask=restore) == 1
    assert asked == [("Unsaved brilliance", False)]
    (editor,) = parent.findChildren(EntryEditor)
    assert editor.isVisible()
    assert editor.record is None
    assert editor.title_edit.text() == "Unsaved brilliance"
    assert editor.draft_key == key
    assert editor.is_dirty()

    assert editor.save()
    assert [e.title for e in ctx.journal.entries.list()] == ["Unsaved brilliance"]
    assert store.pending() == []


def test_leftover_edit_draft_reopens_its_entry_and_flags_a_newer_version(
    qtbot: QtBot, ctx: AppContext
) -> None:
    record = ctx.journal.entries.add(EntryDraft("Before", body="kept body"))
    key = crash_editor_with_text(qtbot, ctx, record, text=" after")
    assert key == f"entry-{record.id}"
    ctx.journal.entries.update(
        record.id, EntryDraft("Before", body="other body"), expected_version=record.version
    )

    flags: list[bool] = []

    def restore(_saved: SavedDraft, _parent: QWidget | None, *, changed_since: bool) -> bool:
        flags.append(changed_since)
        return True

    parent = QWidget()
    qtbot.addWidget(parent)
    assert offer_recovered_drafts(ctx, parent, ask=restore) == 1
    assert flags == [True]
    (editor,) = parent.findChildren(EntryEditor)
    assert editor.record is not None
    assert editor.record.id == record.id
    assert editor.title_edit.text() == "Before after"
    assert editor.body_edit.toPlainText() == "kept body"  # the draft's text, not the newer one


def test_the_restore_prompt_names_the_time_and_title(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box)
        box.defaultButton().click()  # Enter: the default answer
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    saved = SavedDraft(
        "entry-3", 3, EntryDraft("Led   the\nretro"), dt.datetime(2024, 5, 6, 17, 45)
    )
    assert entry_editor_module.ask_restore(saved, None, changed_since=True)
    (box,) = shown
    qtbot.addWidget(box)
    assert box.text().startswith("You have unsaved text from ")
    assert "“Led the retro”. Restore it?" in box.text()
    assert "17:45" in box.text() or "5:45" in box.text()
    assert "changed since" in box.informativeText()


def test_discarding_a_leftover_deletes_it(qtbot: QtBot, ctx: AppContext) -> None:
    key = crash_editor_with_text(qtbot, ctx, text="Never mind")
    store = DraftStore(drafts_folder_for(ctx.journal))
    assert store.exists(key)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert offer_recovered_drafts(ctx, parent, ask=lambda *_a, **_k: False) == 0
    assert not store.exists(key)
    assert parent.findChildren(EntryEditor) == []
    assert ctx.journal.entries.count() == 0


def test_no_leftovers_no_prompt(ctx: AppContext) -> None:
    def never(*_a: object, **_k: object) -> bool:
        raise AssertionError("asked without a leftover draft")

    assert offer_recovered_drafts(ctx, None, ask=never) == 0
