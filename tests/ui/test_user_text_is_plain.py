"""Text a user typed (or an imported journal carried) is shown as text, never interpreted.

Qt renders a label, a tooltip or a document as rich text when the string looks like HTML, and rich
text loads images: a goal titled `<img src="file:///…">` would show a local file. Every
user-editable field here holds an `<img>` of a pure red PNG, a `<b>` and an `<a>`; every area is
rendered with its detail panes open, and no pixel may be that red, while the markup stays visible
as literal text.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QImage, QPainter, QTextDocument, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGraphicsTextItem,
    QGraphicsView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from careerjournal.domain import CriterionKind, EntryKind, GoalKind, MoveKind
from careerjournal.report.html import render_html
from careerjournal.report.pdf import build_document, page_images
from careerjournal.services import (
    EntryDraft,
    GoalDraft,
    Journal,
    LinkRecord,
    MilestoneDraft,
    RoleDraft,
)
from careerjournal.services.summary import Summary, SummaryOptions
from careerjournal.services.timeline import LANE_KINDS
from careerjournal.ui.bridge import ChangeBridge
from careerjournal.ui.context import AppContext
from careerjournal.ui.main_window import MainWindow
from careerjournal.ui.markdown import SafeDocument
from careerjournal.ui.settings import AppSettings
from careerjournal.ui.timeline import tooltips as timeline_tooltips
from careerjournal.ui.view_parts import plain_tip

RED = QColor(255, 0, 0)  # the test image's colour; nothing in the app paints it
BOLD = "<b>bx</b>"  # lower case: tags are stored lower case
AREAS = ["journal", "timeline", "skills", "goals", "insights", "summary", "levels"]


def red_png(folder: Path) -> Path:
    path = folder / "r.png"
    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(RED)
    assert image.save(str(path))
    return path


class Marks:
    """Hostile markup that fits a field: the absolute `file:` image, or a relative one."""

    def __init__(self, image: Path):
        url = image.as_uri()
        self.url = url
        self.long = f'<img src="{url}"> {BOLD} <a href="{url}">lx</a>'
        self.short = f"<img src={image.name}>{BOLD}"  # resolved against the working folder

    def fit(self, limit: int, prefix: str = "") -> str:
        text = f"{prefix}{self.long}"
        return text if len(text) <= limit else f"{prefix}{self.short}"[:limit]


def fill(journal: Journal, m: Marks) -> dict[str, int]:
    """Every user-editable text field of the journal, holding markup."""
    today = dt.date.today()
    journal.profile.update(name=m.fit(200))
    old = journal.roles.add(
        RoleDraft(
            title=m.fit(200, "a "),
            start_date=today - dt.timedelta(days=900),
            end_date=today - dt.timedelta(days=400),
            organisation=m.fit(200),
            function=m.fit(100),
            level=m.fit(50),
            level_rank=1,
            notes=m.long,
        )
    )
    journal.roles.add(
        RoleDraft(
            title=m.fit(200, "b "),
            start_date=today - dt.timedelta(days=399),
            organisation=m.fit(200),
            function=m.fit(100),
            level=m.fit(50, "2"),
            level_rank=2,
            move_kind=MoveKind.PROMOTION,
            notes=m.long,
        )
    )
    band = journal.skills.add_band(m.fit(120), description=m.long)
    skill = journal.skills.add_skill(band.id, m.fit(120), target_level=4, description=m.long)
    journal.skills.add_skill(band.id, m.fit(120, "z"), target_level=3, description=m.long)
    tag = m.fit(80).lower()
    ids = []
    for i, kind in enumerate([EntryKind.PROJECT, EntryKind.CERTIFICATION, EntryKind.FEEDBACK]):
        entry = journal.entries.add(
            EntryDraft(
                title=m.fit(300, f"{i} "),
                occurred_on=today - dt.timedelta(days=30 + 200 * i),
                kind=kind,
                body=f"{m.long}\n\n![pic]({m.url})\n\n**{BOLD}**",
                impact=5,
                measurable_result=m.fit(300),
                starred=True,
                tags=(tag, f"t{i}"),
                links=(LinkRecord(url=m.url, label=m.fit(200)),),
            )
        )
        ids.append(entry.id)
    journal.skills.record_assessment(
        skill.id,
        2,
        assessed_on=today - dt.timedelta(days=300),
        evidence_entry_id=ids[0],
        note=m.long,
    )
    journal.skills.record_assessment(skill.id, 3, assessed_on=today - dt.timedelta(days=20))
    journal.reviews.add(today - dt.timedelta(days=100), outcome=m.fit(200), notes=m.long)
    goal = journal.goals.add(
        GoalDraft(
            title=m.fit(200),
            kind=GoalKind.PROMOTION,
            description=m.long,
            target_role_title=m.fit(200),
            target_level=m.fit(50),
            target_date=today + dt.timedelta(days=200),
            pinned=True,
            created_on=today - dt.timedelta(days=365),
        ),
        [
            MilestoneDraft(m.fit(200, "m1 ")),
            MilestoneDraft(m.fit(200, "m2 "), done_on=today - dt.timedelta(days=10)),
            MilestoneDraft(
                m.fit(200, "m3 "),
                criterion_kind=CriterionKind.SKILL_LEVEL,
                criterion={"skill_id": skill.id, "level": 4},
            ),
            MilestoneDraft(
                m.fit(200, "m4 "),
                criterion_kind=CriterionKind.CERTIFICATION_TAG,
                criterion={"tag": tag},
            ),
        ],
    )
    journal.goals.link_evidence(goal.milestones[1].id, [ids[0]])
    journal.goals.add(
        GoalDraft(title=m.fit(200, "g2 "), kind=GoalKind.SKILL, target_level=m.fit(50)),
        [MilestoneDraft(m.fit(200, "n1 "))],
    )
    return {
        "entry": ids[0],
        "goal": goal.id,
        "milestone": goal.milestones[0].id,
        "automatic": goal.milestones[2].id,
        "band": band.id,
        "skill": skill.id,
        "role": old.id,
    }


@pytest.fixture
def marks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Marks:
    image = red_png(tmp_path)
    monkeypatch.chdir(tmp_path)  # so the relative `<img src=r.png>` would find the file
    return Marks(image)


@pytest.fixture
def hostile_window(
    qtbot, tmp_path: Path, settings: AppSettings, marks: Marks
) -> Iterator[tuple[MainWindow, dict[str, int]]]:
    journal = Journal.open(tmp_path / "journal.sqlite3")
    ids = fill(journal, marks)
    bridge = ChangeBridge(journal)
    stack = QUndoStack()
    window = MainWindow(AppContext(journal, bridge, settings))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window, ids
    window.close()
    stack.clear()
    bridge.detach()
    journal.close()


def red_in(image: QImage) -> int:
    """Pixels of the test image's exact colour (every other row and column: it is 48 px wide)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    red = RED.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == red
    )


def red_pixels(widget: QWidget) -> int:
    return red_in(widget.grab().toImage())


def interpreted(text: str) -> bool:
    """Whether Qt would render `text` (a tooltip, an AutoText label) with the markup applied."""
    return BOLD in text and QtGui.Qt.mightBeRichText(text)


def column_count(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: one column, and its columnCount is private
        return 1


def model_tooltips(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    found = []
    columns = column_count(model, parent)
    for row in range(min(model.rowCount(parent), 50)):
        for column in range(columns):
            index = model.index(row, column, parent)
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                found.append(tip)
        if depth < 2:
            found += model_tooltips(model, model.index(row, 0, parent), depth + 1)
    return found


def problems_in(area: QWidget, where: str) -> list[str]:
    """Labels, tooltips and chart text that show the user's markup interpreted."""
    found = []
    for label in area.findChildren(QLabel):
        if BOLD in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{where}: label {label.objectName()!r} {label.text()[:40]!r}")
    for widget in [area, *area.findChildren(QWidget)]:
        if interpreted(widget.toolTip()):
            found.append(f"{where}: tooltip of {widget.objectName()!r} {widget.toolTip()[:40]!r}")
    for view in area.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        tips = model_tooltips(model, QModelIndex())
        for orientation, count in (
            (Qt.Orientation.Horizontal, column_count(model, QModelIndex())),
            (Qt.Orientation.Vertical, model.rowCount(QModelIndex())),
        ):
            for section in range(min(count, 50)):
                tip = model.headerData(section, orientation, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    tips.append(tip)
        for tip in tips:
            if interpreted(tip):
                found.append(f"{where}: item tooltip in {view.objectName()!r} {tip[:40]!r}")
    for gview in area.findChildren(QGraphicsView):
        scene = gview.scene()
        if scene is None:
            continue
        for item in scene.items():
            if interpreted(item.toolTip()):
                found.append(f"{where}: chart tooltip {item.toolTip()[:40]!r}")
            if isinstance(item, QGraphicsTextItem):
                shown = item.toPlainText()
                if "bx" in shown and BOLD not in shown:
                    found.append(f"{where}: chart text {shown[:40]!r}")
    return found


def settle(qtbot) -> None:
    QCoreApplication.processEvents()
    qtbot.wait(30)


def look(qtbot, window: MainWindow, where: str, seen: list[str], problems: list[str]) -> None:
    """Grab the current area (each tab of it too) and note what shows the markup interpreted."""
    settle(qtbot)
    area = window.stack.currentWidget()
    tabs = [t for t in area.findChildren(QTabWidget) if t.isVisible()]
    shots = [where]
    if red_pixels(window):
        problems.append(f"{where}: the image file is drawn")
    problems += problems_in(area, where)
    for tab in tabs:
        for i in range(tab.count()):
            tab.setCurrentIndex(i)
            settle(qtbot)
            name = f"{where}/{tab.objectName() or 'tabs'}[{i}]"
            shots.append(name)
            if red_pixels(window):
                problems.append(f"{name}: the image file is drawn")
            problems += problems_in(area, name)
        tab.setCurrentIndex(0)
    seen += shots


def test_no_user_text_is_interpreted_in_any_area(
    qtbot, marks: Marks, hostile_window: tuple[MainWindow, dict[str, int]]
) -> None:
    window, ids = hostile_window
    seen: list[str] = []
    problems: list[str] = []
    # The checks can fail: a label left to guess the format draws the file and is reported.
    control = QLabel(marks.long, window.stack.currentWidget())
    control.show()
    settle(qtbot)
    assert red_pixels(window) > 0
    assert problems_in(window.stack.currentWidget(), "control")
    control.hide()
    control.setParent(None)
    settle(qtbot)
    for key in AREAS:
        window.show_area(key)
        settle(qtbot)
        look(qtbot, window, key, seen, problems)

    window.show_area("journal")
    journal = window.view("journal")
    assert journal.select_entry(ids["entry"])
    look(qtbot, window, "journal+entry", seen, problems)

    window.show_area("timeline")
    timeline = window.view("timeline").view()
    assert timeline.select_entry(ids["entry"])
    look(qtbot, window, "timeline+entry", seen, problems)
    facts = timeline.presenter.entry_facts(ids["entry"])
    assert facts is not None
    day = dt.date.today() - dt.timedelta(days=30)
    lane = QPointF(day.toordinal(), LANE_KINDS.index(EntryKind.PROJECT))
    for text in (
        timeline_tooltips.entry_tooltip(facts),
        timeline.tooltip_at(timeline.view_box.mapViewToScene(lane)),
    ):
        if interpreted(text):
            problems.append(f"timeline tooltip {text[:40]!r}")

    window.show_area("skills")
    skills = window.view("skills").view()
    assert skills.select("band", ids["band"])
    look(qtbot, window, "skills+band", seen, problems)
    assert skills.select("skill", ids["skill"])
    look(qtbot, window, "skills+skill", seen, problems)

    window.show_area("goals")
    goals = window.view("goals").view()
    assert goals.select_goal(ids["goal"])
    look(qtbot, window, "goals+goal", seen, problems)
    assert goals.select_milestone(ids["milestone"])
    look(qtbot, window, "goals+milestone", seen, problems)
    assert goals.select_milestone(ids["automatic"])
    look(qtbot, window, "goals+automatic", seen, problems)
    for action in goals.actions():  # toolbar buttons show these
        if interpreted(action.toolTip()):
            problems.append(f"goals: tooltip of {action.objectName()!r}")

    window.show_area("summary")
    summary = window.view("summary").view()
    summary.rebuild()
    look(qtbot, window, "summary", seen, problems)
    document = summary.document()
    assert document is not None
    assert BOLD in document.toPlainText(), "the summary shows the markup as text"

    assert "goals+milestone" in seen
    assert not problems, "\n".join(sorted(set(problems)))


class DialogTrap:
    """Stands in for `exec` of dialogs and message boxes: shows each, checks it, cancels it."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.opened: list[str] = []
        self.problems: list[str] = []

    def __call__(self, dialog: QDialog) -> int:
        name = type(dialog).__name__
        if isinstance(dialog, QMessageBox):
            name += f" {dialog.windowTitle()!r}"
            if BOLD in dialog.text() and dialog.textFormat() != Qt.TextFormat.PlainText:
                self.problems.append(f"{name}: the message is not plain text")
        dialog.show()
        self.qtbot.waitExposed(dialog)
        settle(self.qtbot)
        self.opened.append(name)
        if red_pixels(dialog):
            self.problems.append(f"{name}: the image file is drawn")
        self.problems += problems_in(dialog, name)
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    def get_text(self, parent: QWidget, title: str, label: str, *args: object) -> tuple[str, bool]:
        """QInputDialog.getText: its label guesses the format, so it is shown the same way."""
        self.opened.append(f"QInputDialog {title!r}")
        if interpreted(label):
            self.problems.append(f"QInputDialog {title!r}: the label is taken as rich text")
        shown = QLabel(label, parent)
        shown.show()
        settle(self.qtbot)
        if red_pixels(shown):
            self.problems.append(f"QInputDialog {title!r}: the image file is drawn")
        shown.hide()
        shown.setParent(None)
        return "", False


def test_no_dialog_interprets_user_text(
    qtbot, monkeypatch: pytest.MonkeyPatch, hostile_window: tuple[MainWindow, dict[str, int]]
) -> None:
    window, ids = hostile_window
    trap = DialogTrap(qtbot)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: trap(dialog))
    monkeypatch.setattr(QMessageBox, "exec", lambda dialog: trap(dialog))
    monkeypatch.setattr(QInputDialog, "getText", trap.get_text)

    def trigger(name: str) -> None:
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.isEnabled(), name
        action.trigger()
        settle(qtbot)

    window.show_area("goals")
    goals = window.view("goals").view()
    assert goals.select_goal(ids["goal"])
    trigger("action_edit_goal")
    trigger("action_delete_goal")
    assert goals.select_milestone(ids["milestone"])
    for name in ("action_edit_milestone", "action_link_evidence", "action_split_milestone"):
        trigger(name)

    window.show_area("skills")
    skills = window.view("skills").view()
    assert skills.select("band", ids["band"])
    trigger("action_edit_skill")
    trigger("action_delete_skill")
    assert skills.select("skill", ids["skill"])
    for name in ("action_edit_skill", "action_record_level", "action_delete_skill"):
        trigger(name)

    window.show_area("journal")
    assert window.view("journal").select_entry(ids["entry"])
    for name in ("action_edit_entry", "action_new_entry", "action_quick_capture"):
        trigger(name)
    trigger("action_preferences")

    assert len(trap.opened) == 14, trap.opened
    assert not trap.problems, "\n".join(sorted(set(trap.problems)))


def hostile_summary(path: Path, marks: Marks) -> Summary:
    journal = Journal.open(path)
    try:
        fill(journal, marks)
        today = dt.date.today()
        options = SummaryOptions(date_from=today - dt.timedelta(days=1000), date_to=today)
        return journal.summary.build(options, today)
    finally:
        journal.close()


def test_the_html_report_escapes_user_text(tmp_path: Path, marks: Marks) -> None:
    text = render_html(hostile_summary(tmp_path / "report.sqlite3", marks))
    assert "<img src=r.png" not in text
    assert f'<img src="{marks.url}"' not in text
    assert BOLD not in text
    assert html.escape(BOLD) in text


def test_the_pdf_pages_show_user_text_as_text(qapp, tmp_path: Path, marks: Marks) -> None:
    document = build_document(hostile_summary(tmp_path / "report.sqlite3", marks))
    assert BOLD in document.toPlainText()
    pages = page_images(document)
    assert pages
    assert not any(red_in(page) for page in pages)


def test_plain_tip_shows_markup_as_typed(qtbot, marks: Marks) -> None:
    text = f"{marks.long}\nsecond line & more"
    tip = plain_tip(text)
    document = QTextDocument()
    document.setHtml(tip)
    assert document.toPlainText() == text
    shown = QLabel(tip)  # a tooltip guesses the format like a label does
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    assert not red_pixels(shown)
    assert plain_tip("Plain words, 3 < 4") == "Plain words, 3 < 4"


def test_markdown_bodies_load_no_image(qtbot, marks: Marks) -> None:
    document = SafeDocument()
    document.set_markdown(f'![pic]({marks.url})\n\n<img src="{marks.url}">\n\n![rel](r.png)')
    document.setTextWidth(400)
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    document.drawContents(painter)
    painter.end()
    # Both images asked for are blocked; the raw HTML one is shown as text, never fetched.
    assert [u.toString() for u in document.blocked] == [marks.url, "r.png"]
    assert "<img" in document.toPlainText()
    assert not red_in(image)


def test_the_import_wizard_shows_a_hostile_file_name_as_text(
    qtbot, ctx: AppContext, marks: Marks, tmp_path: Path
) -> None:
    from careerjournal.ui.interchange.import_wizard import ImportWizard

    sample = Path(__file__).parents[1] / "data" / "jsonresume" / "sample.resume.json"
    hostile = tmp_path / "<img src=r.png><b>bx.json"  # a relative image; no "/" in a name
    shutil.copyfile(sample, hostile)
    wizard = ImportWizard(ctx.journal, path=str(hostile))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    page = wizard.preview_page
    page.wait_until_read()
    qtbot.waitUntil(lambda: not page.progress.isVisible(), timeout=10000)
    assert "<img src=r.png><b>bx.json" in page.status.text()
    assert page.status.textFormat() == Qt.TextFormat.PlainText
    assert not red_pixels(wizard)
