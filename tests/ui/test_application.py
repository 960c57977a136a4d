"""Starting the app: one instance per journal, broken journals, the sample career, screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from careerjournal.services import EntryDraft, Journal
from careerjournal.store.lock import JournalLock
from careerjournal.ui.application import AppController
from careerjournal.ui.settings import AppSettings, ThemeChoice


class RecordingController(AppController):
    """A controller whose message boxes are recorded instead of shown."""

    def __init__(self, app: QApplication, settings: AppSettings, accept_backup: bool = True):
        super().__init__(app, settings)
        self.messages: list[str] = []
        self.asked_backup: list[str] = []
        self.accept_backup = accept_backup

    def _inform(self, parent: object, message: str, warn: bool = False) -> None:
        self.messages.append(message)

    def confirm_open_backup(self, problem: str, backup_time: object, parent: object) -> bool:
        self.asked_backup.append(problem)
        return self.accept_backup

    def _recover_drafts(self) -> None:  # no modal prompts in tests
        pass


@pytest.fixture
def controllers(qapp: QApplication, settings: AppSettings) -> Iterator[list[RecordingController]]:
    made: list[RecordingController] = []
    yield made
    for c in made:
        c.shutdown()


def make(controllers: list[RecordingController], settings: AppSettings, **kw: bool):
    c = RecordingController(QApplication.instance(), settings, **kw)  # type: ignore[arg-type]
    controllers.append(c)
    return c


def test_second_launch_on_the_same_journal_activates_the_first(
    qtbot, tmp_path: Path, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    path = str(tmp_path / "j.sqlite3")
    first = make(controllers, settings)
    assert first.open(path)
    second = make(controllers, settings)
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not second.open(path)
    assert second.window is None
    assert "already open" in second.messages[0]
    assert "brought to the front" in second.messages[0]


def test_lock_held_elsewhere_without_a_window_is_explained(
    tmp_path: Path, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    path = str(tmp_path / "j.sqlite3")
    with JournalLock(path):
        c = make(controllers, settings)
        assert not c.open(path)
        assert f"process {os.getpid()}" in c.messages[0]


def test_stale_lock_from_a_crash_is_recovered(
    tmp_path: Path, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    path = tmp_path / "j.sqlite3"
    Path(str(path) + ".lock").write_text("999999")  # left behind, but nobody holds it
    c = make(controllers, settings)
    assert c.open(str(path))
    assert c.window is not None


def test_corrupt_journal_offers_the_newest_good_backup(
    tmp_path: Path, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal.open(path) as journal:
        journal.entries.add(EntryDraft(title="Saved before the damage"))
        journal.backup()
    damaged = b"garbage" * 4096
    path.write_bytes(damaged)
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)

    declined = make(controllers, settings, accept_backup=False)
    assert not declined.open(str(path))
    assert declined.asked_backup
    assert str(path) in declined.asked_backup[0]

    c = make(controllers, settings)
    assert c.open(str(path))
    assert path.read_bytes() == damaged  # never overwritten
    assert c.ctx is not None
    opened = c.ctx.journal.store.path
    assert opened is not None
    assert opened != path
    assert "restored" in opened.name
    assert [e.title for e in c.ctx.journal.entries.list()] == ["Saved before the damage"]


def test_too_new_journal_is_refused_untouched(
    tmp_path: Path, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    import sqlite3

    path = tmp_path / "j.sqlite3"
    Journal.open(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = path.read_bytes()
    c = make(controllers, settings)
    assert not c.open(str(path))
    assert "newer version" in c.messages[0]
    assert path.read_bytes() == before


def test_switching_journals_releases_the_first(
    tmp_path: Path, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    a, b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    c = make(controllers, settings)
    assert c.open(a)
    assert c.open(b)
    assert c.ctx is not None
    assert c.ctx.journal.store.location == b
    with JournalLock(a):  # free again
        pass
    assert settings.recent_journals[:2] == [b, a]


def test_sample_career_goes_into_its_own_journal(
    qtbot,
    tmp_path: Path,
    settings: AppSettings,
    controllers: list[RecordingController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from careerjournal.services import demo
    from careerjournal.ui import sample

    monkeypatch.setattr(demo, "DEFAULT_ENTRIES", 300)
    monkeypatch.setattr("careerjournal.store.paths.data_dir", lambda: tmp_path / "data")
    mine = str(tmp_path / "mine.sqlite3")
    c = make(controllers, settings)
    assert c.open(mine)
    built: list[Path] = []
    original = sample.SampleCareerBuilder.start

    def start(self: sample.SampleCareerBuilder) -> None:
        self.finished_ok.connect(built.append)
        original(self)

    monkeypatch.setattr(sample.SampleCareerBuilder, "start", start)
    c.load_sample()
    qtbot.waitUntil(lambda: bool(built), timeout=60_000)
    qtbot.waitUntil(lambda: c.ctx is not None and "sample-career" in c.ctx.journal.name)
    assert c.ctx is not None
    assert c.ctx.journal.entries.count() > 250
    with Journal.open(mine) as own:  # the user's journal is untouched
        assert own.entries.count() == 0


@pytest.mark.parametrize("theme", [ThemeChoice.LIGHT, ThemeChoice.DARK])
def test_every_view_opens_on_the_demo_journal_without_warnings(
    qtbot,
    tmp_path: Path,
    settings: AppSettings,
    controllers: list[RecordingController],
    theme: ThemeChoice,
) -> None:
    from careerjournal.services import demo

    path = tmp_path / "demo.sqlite3"
    with Journal.open(path) as journal:
        demo.generate(journal, entries=400, seed=3)
    settings.theme = theme
    c = make(controllers, settings)
    c.apply_theme()
    assert c.open(str(path))
    window = c.window
    assert window is not None
    for key in ("journal", "timeline", "skills", "goals", "insights", "summary"):
        window.show_area(key)
        QApplication.processEvents()
        assert window.stack.currentWidget().isVisible()
        assert not window.grab().isNull()
    assert not window.journal_area.is_empty


def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    db = tmp_path / "j.sqlite3"
    with Journal.open(db) as journal:
        journal.entries.add(EntryDraft(title="Shipped the search page"))
    out = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "careerjournal",
            "--database",
            str(db),
            "screenshot",
            "--view",
            "journal",
            "-o",
            str(out),
            "--size",
            "1100x700",
            "--theme",
            "dark",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1100, 700)
    # dark theme: the window background is dark
    assert image.pixelColor(5, image.height() - 5).lightness() < 100


def test_start_offers_unsaved_text_from_a_crash_back(
    qtbot,
    tmp_path: Path,
    settings: AppSettings,
    controllers: list[RecordingController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from careerjournal.services import EntryDraft as Draft
    from careerjournal.ui.editor import entry_editor
    from careerjournal.ui.editor.drafts import DraftStore, key_for

    path = tmp_path / "j.sqlite3"
    with Journal.open(path) as journal:
        store = DraftStore.for_journal(journal)
        store.save(key_for(None), Draft(title="Half-written win"))
    asked: list[str] = []

    def ask(saved: object, parent: object, *, changed_since: bool = False) -> bool:
        asked.append(saved.draft.title)  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(entry_editor, "ask_restore", ask)

    class Recovering(RecordingController):
        _recover_drafts = AppController._recover_drafts  # the real start-up path

    c = Recovering(QApplication.instance(), settings)  # type: ignore[arg-type]
    controllers.append(c)
    assert c.open(str(path))
    qtbot.waitUntil(lambda: asked == ["Half-written win"])

    def open_editors() -> list:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if w.objectName() == "entry_editor" and w.isVisible()
        ]

    qtbot.waitUntil(lambda: bool(open_editors()))
    assert open_editors()[0].draft().title == "Half-written win"
    for editor in open_editors():
        editor.deleteLater()


def test_open_journal_never_creates_a_missing_file(
    tmp_path: Path,
    settings: AppSettings,
    controllers: list[RecordingController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """File › Open and Recent Journals on a file that is gone: a message, not a new journal."""
    from PySide6.QtWidgets import QFileDialog

    mine = str(tmp_path / "mine.sqlite3")
    gone = tmp_path / "moved" / "old.sqlite3"
    c = make(controllers, settings)
    assert c.open(mine)
    settings.add_recent_journal(str(gone))
    assert c.window is not None
    window = c.window
    window.recent_menu.aboutToShow.emit()  # as when the user opens the menu
    (recent,) = [a for a in window.recent_menu.actions() if a.text() == str(gone)]
    recent.trigger()
    assert f"There is no journal at {gone}" in c.messages[-1]
    assert not gone.parent.exists()

    typo = tmp_path / "mnie.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(typo), ""))
    window.action_open_journal.trigger()
    assert f"There is no journal at {typo}: the file does not exist" in c.messages[-1]
    assert not typo.exists()
    assert not Path(str(typo) + ".lock").exists()
    assert c.window is window  # the open journal stays open
    assert c.ctx is not None
    assert c.ctx.journal.store.location == mine


def test_new_journal_creates_and_opens_it(
    tmp_path: Path,
    settings: AppSettings,
    controllers: list[RecordingController],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    c = make(controllers, settings)
    assert c.open(str(tmp_path / "mine.sqlite3"))
    target = tmp_path / "second"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert c.window is not None
    c.window.action_new_journal.trigger()
    created = tmp_path / "second.sqlite3"
    assert created.exists()
    assert c.ctx is not None
    assert c.ctx.journal.store.location == str(created)
    assert c.messages == []


def test_a_journal_named_at_start_must_exist(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`careerjournal --database TYPO` opens no window and creates nothing."""
    from PySide6.QtCore import QSettings

    from careerjournal.ui import application

    shown: list[str] = []
    monkeypatch.setattr(
        AppController, "_inform", lambda self, parent, message, warn=False: shown.append(message)
    )
    ini = str(tmp_path / "s.ini")
    monkeypatch.setattr(
        application, "AppSettings", lambda: AppSettings(QSettings(ini, QSettings.Format.IniFormat))
    )
    monkeypatch.setattr(application, "apply_theme", lambda *a: None)  # leave the test app's look
    typo = tmp_path / "jounral.sqlite3"
    assert application.run_gui(str(typo)) == 1
    assert f"There is no journal at {typo}" in shown[0]
    assert not typo.exists()


def test_screenshot_of_a_journal_that_is_not_there_is_refused(tmp_path: Path) -> None:
    typo = tmp_path / "jornal.sqlite3"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "careerjournal",
            "--database",
            str(typo),
            "screenshot",
            "-o",
            str(tmp_path / "x.png"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert f"There is no journal at {typo}" in result.stderr
    assert not typo.exists()
    assert not (tmp_path / "x.png").exists()


# -- a journal damaged in the middle of its file (issue 15) -----------------------------------


def _damage_a_page_of_entries(path: Path) -> bytes:
    """Overwrite 200 bytes of a page of entries in the file's middle third; the new bytes."""
    import sqlite3

    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        page_size = con.execute("PRAGMA page_size").fetchone()[0]
        try:
            rows = con.execute(
                "SELECT pageno FROM dbstat WHERE name = 'entry' AND pagetype = 'leaf'"
            ).fetchall()
        except sqlite3.OperationalError:
            pytest.skip("this SQLite has no dbstat table to find the pages of entries")
    finally:
        con.close()
    size = path.stat().st_size
    inside = [(n - 1) * page_size for (n,) in rows]
    inside = [o for o in inside if size // 3 <= o < 2 * size // 3]
    assert inside, "no page of entries in the middle third"
    start = min(inside, key=lambda o: abs(o - size // 2))
    data = bytearray(path.read_bytes())
    data[start : start + 200] = bytes((i * 37 + 11) % 256 for i in range(200))
    path.write_bytes(bytes(data))
    return bytes(data)


def _answer_dialog(qtbot, button_text: str, shown: list[str]) -> None:
    """Click `button_text` in the message box that is about to open, noting what it says."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QMessageBox

    def click(tries: int = 100) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(20, lambda: click(tries - 1))
            return
        shown.append(f"{box.text()}\n{box.informativeText()}")
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        button = buttons.get(button_text)
        if button is None:
            shown.append(f"no button {button_text!r} among {sorted(buttons)}")
            box.reject()
            return
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


@pytest.fixture
def damaged_journal(sample_template: Path, tmp_path: Path) -> tuple[Path, bytes, int]:
    """A copy of the sample career with a damaged page of entries; (path, bytes, entries)."""
    import shutil
    import sqlite3

    path = tmp_path / "damaged.sqlite3"
    shutil.copyfile(sample_template, path)
    con = sqlite3.connect(path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    total = con.execute("SELECT count(*) FROM entry").fetchone()[0]
    con.close()
    return path, _damage_a_page_of_entries(path), total


def test_damaged_journal_is_not_opened_when_the_user_says_so(
    qtbot, damaged_journal, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    path, damaged, _ = damaged_journal
    c = make(controllers, settings)
    shown: list[str] = []
    _answer_dialog(qtbot, "Don't Open", shown)
    assert not c.open(str(path), create=False)
    assert shown
    assert "This journal is damaged and was not opened." in shown[0]
    assert "Nothing was written to it." in shown[0]
    assert f"{path} is damaged" in shown[0]
    assert "damaged.sqlite3.damaged" in shown[0]
    assert "backup" not in shown[0].split("Salvage", 1)[1].lower()  # there is none to offer
    assert c.window is None
    assert path.read_bytes() == damaged
    assert not path.with_name("damaged.sqlite3.damaged").exists()


def test_damaged_journal_is_salvaged_and_opened_from_the_dialog(
    qtbot, damaged_journal, settings: AppSettings, controllers: list[RecordingController]
) -> None:
    path, damaged, total = damaged_journal
    c = make(controllers, settings)
    shown: list[str] = []
    _answer_dialog(qtbot, "Salvage", shown)
    assert c.open(str(path), create=False)
    assert shown
    assert "no button" not in shown[-1]
    assert path.with_name("damaged.sqlite3.damaged").read_bytes() == damaged
    assert c.ctx is not None
    assert c.ctx.journal.store.path == path
    salvaged = len(c.ctx.journal.entries.list())
    assert 0 < salvaged < total
    summary = c.messages[-1]
    assert f"Entries salvaged from the damaged journal: {salvaged}\n" in summary
    assert f"Entries that could not be read (lost): {total - salvaged}\n" in summary
    assert f"The damaged file is kept as {path}.damaged." in summary
    assert c.ctx.journal.check().ok


def test_damaged_journal_offers_and_puts_back_the_newest_good_backup(
    qtbot,
    damaged_journal,
    tmp_path: Path,
    settings: AppSettings,
    controllers: list[RecordingController],
) -> None:
    from careerjournal.store.backup import backup_folder, copy_database

    path, _, _ = damaged_journal
    # A good backup in the journal's backup folder (small, so its entries are easy to name).
    folder = backup_folder(path)
    folder.mkdir()
    with Journal.open(tmp_path / "earlier.sqlite3") as earlier:
        earlier.entries.add(EntryDraft(title="In the backup"))
        assert earlier.store.path is not None
        copy_database(earlier.store.path, folder / "damaged-20260101-090000-000000-auto.sqlite3")

    c = make(controllers, settings)
    shown: list[str] = []
    _answer_dialog(qtbot, "Put Back Backup", shown)
    assert c.open(str(path), create=False)
    assert "Or put back the newest good backup, from" in shown[0]
    assert c.ctx is not None
    assert c.ctx.journal.store.path == path
    assert [e.title for e in c.ctx.journal.entries.list()] == ["In the backup"]
    assert "was put back in place of the damaged journal" in c.messages[-1]
    assert path.with_name("damaged.sqlite3.damaged").exists()
