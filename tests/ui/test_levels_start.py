"""Getting a framework in, driven like a user: the published list, a file, the report, the
question which level the role is."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from careerjournal.services import RoleDraft
from careerjournal.ui.context import AppContext
from careerjournal.ui.levels.role_level_dialog import RoleLevelDialog, ask_role_level
from careerjournal.ui.levels.start import (
    LicenceDialog,
    PublishedDialog,
    choose_published,
    import_from_file,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "frameworks"
MONZO = [
    "Backend Engineering Framework",
    "Data Engineering Framework",
    "Generic Framework",
    "Product Design Framework",
    "Web Engineering Framework",
]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """Every message box shown: its texts (answered with its first button)."""
    shown: list[dict[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(
            {
                "title": box.windowTitle(),
                "text": box.text(),
                "informative": box.informativeText(),
                "details": box.detailedText(),
                "format": str(box.textFormat()),
            }
        )
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def when_shown(kind: type[QWidget], act: Callable[[QWidget], None]) -> list[str]:
    """Run `act` on the modal dialog of `kind` that is about to open; it is closed afterwards
    if `act` left it open (so a failing check cannot hang the test). Returns problems seen."""
    problems: list[str] = []

    def poll(tries: int = 250) -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            if tries:
                QTimer.singleShot(20, lambda: poll(tries - 1))
            else:
                problems.append(f"no {kind.__name__} opened")
            return
        try:
            act(widget)
        except Exception as exc:  # reported by the test, not lost in Qt
            problems.append(repr(exc))
        finally:
            if widget.isVisible():
                widget.close()

    QTimer.singleShot(0, poll)
    return problems


def click_item(qtbot, dialog: PublishedDialog, name: str) -> None:
    tree = dialog.list
    (item,) = [
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == name
    ]
    tree.scrollToItem(item)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(item).center()
    )


def pick_published(qtbot, name: str, seen: dict[str, object]) -> Callable[[QWidget], None]:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, PublishedDialog)
        seen["names"] = widget.names()
        seen["enabled_before"] = widget.use_button.isEnabled()
        seen["source"] = widget.source.text()
        click_item(qtbot, widget, name)
        qtbot.mouseClick(widget.use_button, Qt.MouseButton.LeftButton)

    return act


def test_the_published_list_offers_five_and_uses_the_chosen_one(
    qtbot, ctx: AppContext, boxes: list[dict[str, str]]
) -> None:
    seen: dict[str, object] = {}
    problems = when_shown(PublishedDialog, pick_published(qtbot, MONZO[2], seen))
    choose_published(ctx, None)

    assert problems == []
    assert seen["names"] == MONZO
    assert seen["enabled_before"] is False  # nothing chosen yet
    assert "Monzo progression framework, MIT licence" in str(seen["source"])
    active = ctx.journal.frameworks.active()
    assert active is not None
    assert active.name == "Generic Framework"
    assert active.criterion_count == 72
    (box,) = boxes
    assert box["text"] == "Imported “Generic Framework”: 6 levels, 5 topics, 72 criteria."
    assert "PlainText" in box["format"]
    assert QApplication.overrideCursor() is None  # the wait cursor is gone


def test_using_a_second_published_framework_makes_it_the_one_in_use(
    qtbot, ctx: AppContext, boxes: list[dict[str, str]]
) -> None:
    ctx.journal.frameworks.import_file(DATA / "acme.yaml")  # in use: the first one imported
    seen: dict[str, object] = {}
    problems = when_shown(PublishedDialog, pick_published(qtbot, MONZO[0], seen))
    choose_published(ctx, None)
    assert problems == []
    active = ctx.journal.frameworks.active()
    assert active is not None
    assert active.name == MONZO[0]
    assert len(ctx.journal.frameworks.list()) == 2
    (box,) = boxes
    assert box["text"].startswith(f"Imported “{MONZO[0]}”: 6 levels, 5 topics, 135 criteria.")
    assert "2 notes on what the reader approximated" not in box["informative"]  # it has more
    assert "notes on what the reader approximated or skipped" in box["informative"]
    assert "• 2 topics have no title" in box["details"]

    # Offered again, it says which are in the journal; Cancel changes nothing.
    status: dict[str, list[str]] = {}

    def look_and_cancel(widget: QWidget) -> None:
        assert isinstance(widget, PublishedDialog)
        tree = widget.list
        status["column"] = [tree.topLevelItem(i).text(4) for i in range(tree.topLevelItemCount())]
        widget.reject()

    problems = when_shown(PublishedDialog, look_and_cancel)
    choose_published(ctx, None)
    assert problems == []
    assert status["column"] == ["In use", "", "", "", ""]
    assert len(ctx.journal.frameworks.list()) == 2


def test_the_licence_is_shown_on_request(qtbot, ctx: AppContext) -> None:
    texts: list[str] = []

    def read_licence(widget: QWidget) -> None:
        assert isinstance(widget, LicenceDialog)
        texts.append(widget.text.toPlainText())
        widget.reject()

    def open_licence(widget: QWidget) -> None:
        assert isinstance(widget, PublishedDialog)
        problems.extend(when_shown(LicenceDialog, read_licence))
        qtbot.mouseClick(widget.licence_button, Qt.MouseButton.LeftButton)
        widget.reject()

    problems = when_shown(PublishedDialog, open_licence)
    choose_published(ctx, None)
    assert problems == []
    (text,) = texts
    assert text.startswith("MIT License")
    assert "Monzo Bank Limited" in text
    assert ctx.journal.frameworks.list() == []


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The file dialog answers `path`; returns the filters it was asked with."""
    asked: list[str] = []

    def get_open_file_name(
        parent: object, title: str, start: str, name_filter: str
    ) -> tuple[str, str]:
        asked.append(name_filter)
        return str(path), name_filter

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    return asked


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"---\ntitle: Broken\ntopics: [unclosed\n---\nbody\n", "the front matter is not valid"),
        (b"framework: Caf\xe9\nlevels: []\n", "is not UTF-8 text"),
    ],
    ids=["front-matter", "not-utf8"],
)
def test_a_bad_file_is_refused_in_one_line_and_nothing_changes(
    ctx: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[dict[str, str]],
    content: bytes,
    expected: str,
) -> None:
    ctx.journal.frameworks.import_file(DATA / "acme.yaml")
    before = ctx.journal.frameworks.list()
    operations = ctx.journal.history.count()
    bad = tmp_path / "framework.yaml"
    bad.write_bytes(content)
    asked = choose_file(monkeypatch, bad)

    import_from_file(ctx, None)

    assert "*.md *.yaml *.yml *.csv" in asked[0]
    (box,) = boxes
    assert box["title"] == "Framework Not Imported"
    assert box["text"].startswith("framework.yaml")
    assert expected in box["text"]
    assert "\n" not in box["text"]
    assert "Traceback" not in box["text"]
    assert box["informative"] == "Nothing was changed."
    assert ctx.journal.frameworks.list() == before
    assert ctx.journal.history.count() == operations  # nothing was written
    assert QApplication.overrideCursor() is None


def test_a_reimport_reports_what_changed(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, boxes: list[dict[str, str]]
) -> None:
    choose_file(monkeypatch, DATA / "acme.yaml")
    import_from_file(ctx, None)
    choose_file(monkeypatch, DATA / "acme-v2.yaml")
    import_from_file(ctx, None)

    first, second = boxes
    assert first["text"] == "Imported “Acme Engineering”: 3 levels, 3 topics, 8 criteria."
    assert second["text"] == "Updated “Acme Engineering” from acme-v2.yaml."
    counts = second["informative"].splitlines()[0]
    # English singulars come from the catalogue ("1 criterion"); either reads the same count.
    assert re.fullmatch(
        r"1 criteri(a|on) added, 1 changed, 1 removed, 6 unchanged; "
        r"evidence kept on 0 links, 0 links lost with removed criteria\.",
        counts,
    ), counts
    assert second["details"] == "• Topic “Craft” has no criteria at level 1, 2."
    assert len(ctx.journal.frameworks.list()) == 1


def test_a_reimport_counts_the_evidence_kept_and_lost(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch, boxes: list[dict[str, str]]
) -> None:
    from careerjournal.domain import EntryKind
    from careerjournal.services import EntryDraft

    ctx.journal.frameworks.import_file(DATA / "acme.yaml")
    criteria = {c.text: c.id for c in ctx.journal.rubric.criteria()}
    entry = ctx.journal.entries.add(
        EntryDraft(
            title="Shipped CSV export", kind=EntryKind.PROJECT, occurred_on=dt.date(2026, 5, 1)
        )
    )
    for text in ("Asks for help early", "Writes tests that catch real bugs"):  # kept, removed
        ctx.journal.rubric.link(entry.id, criteria[text])
    choose_file(monkeypatch, DATA / "acme-v2.yaml")
    import_from_file(ctx, None)
    (box,) = boxes
    assert re.search(r"evidence kept on 1 links?, 1 links? lost with removed", box["informative"])


def test_the_role_level_is_asked_once_and_kept(qtbot, ctx: AppContext) -> None:
    ctx.journal.frameworks.import_file(DATA / "acme.yaml")
    role = ctx.journal.roles.add(
        RoleDraft(title="Backend Engineer", level="Engineer", start_date=dt.date(2024, 1, 1))
    )
    rubric = ctx.journal.rubric.rubric()
    assert rubric is not None
    assert rubric.role_id == role.id
    assert rubric.current is None
    seen: dict[str, object] = {}

    def answer(widget: QWidget) -> None:
        assert isinstance(widget, RoleLevelDialog)
        combo = widget.combo
        seen["items"] = [combo.itemText(i) for i in range(combo.count())]
        seen["question"] = widget.findChild(QWidget, "levels_role_level_question").text()
        combo.setFocus()
        index = combo.findText("Level 3 — Senior Engineer")
        while combo.currentIndex() < index:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)

    problems = when_shown(RoleLevelDialog, answer)
    ask_role_level(ctx, rubric, None)

    assert problems == []
    assert seen["question"] == "Which level of “Acme Engineering” is your role “Backend Engineer”?"
    levels = ["Level 1 — Engineer I", "Level 2 — Engineer II", "Level 3 — Senior Engineer"]
    items = seen["items"]
    assert isinstance(items, list)
    # The levels the label could mean first, a separator (no text), then the others.
    candidates = [levels[n - 1] for n in rubric.candidates]
    assert [t for t in items if t] == candidates + [lv for lv in levels if lv not in candidates]
    framework = ctx.journal.frameworks.active()
    assert framework is not None
    assert ctx.journal.frameworks.role_level(role.id, framework.id) == (3, ())
    again = ctx.journal.rubric.rubric()
    assert again is not None
    assert again.current is not None
    assert again.current.level.number == 3
