"""Suggested links by meaning, confirm-only: in the entry editor and beside an Inbox suggestion.

A small career is built through the services (entries evidencing a skill, a milestone and a
framework criterion), its vectors made with `journal.meaning.index()`; then the user types, or
selects a harvested suggestion, and confirms (or not) what is suggested.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from careerjournal.domain import CandidateStatus, EntryKind, HarvestSource
from careerjournal.harvest import Found, HarvestReport
from careerjournal.services import EntryDraft, GoalDraft, MilestoneDraft, NotFoundError
from careerjournal.services.meaning import MeaningService, model
from careerjournal.ui.context import AppContext
from careerjournal.ui.editor import EntryEditor
from careerjournal.ui.editor.suggestion_rows import SuggestionRow
from careerjournal.ui.editor.suggestion_section import SuggestionSection
from careerjournal.ui.formatting import format_date
from careerjournal.ui.history.labels import describe
from careerjournal.ui.inbox.area import InboxArea
from careerjournal.ui.inbox.link_panel import LinkPanel
from careerjournal.ui.main_window import MainWindow

D = dt.date
pytestmark = pytest.mark.qt_log_ignore(r"^This plugin does not support ")
needs_model = pytest.mark.skipif(not model.available(), reason=str(model.why_unavailable()))

ACME = Path(__file__).parents[1] / "data" / "frameworks" / "acme.yaml"
FEATURES = "Ships features end to end, from design to rollout"
K8S_1 = "Migrated the billing service to Kubernetes"
K8S_2 = "Wrote Helm charts for the Kubernetes clusters"
MENTOR_1 = "Paired with a new teammate on his first design review"
MENTOR_2 = "Coached an intern through her first code reviews"
SHIPPED = "Shipped the refunds feature from design to rollout"
PAIRED = "Paired with a new hire on the invoices feature, shipped from design to rollout"
WAIT = 20_000  # ms: the first answer loads the model


@dataclass(frozen=True)
class Career:
    entries: dict[str, int]
    skill: int
    milestone: int
    criterion: int


@pytest.fixture(autouse=True)
def no_blocking_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> int:
        raise AssertionError("an unexpected message box was opened")

    monkeypatch.setattr(QMessageBox, "exec", fail)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fail))


@pytest.fixture
def career(ctx: AppContext) -> Career:
    """Two entries evidence the skill Kubernetes, two the milestone "Mentor a junior engineer",
    one the criterion "Ships features end to end"; one evidences nothing. All indexed."""
    journal = ctx.journal
    journal.frameworks.import_file(ACME)
    criterion = next(c.id for c in journal.rubric.criteria() if c.text == FEATURES)
    ids: dict[str, int] = {}
    for title, day in (
        (K8S_1, D(2024, 3, 2)),
        (K8S_2, D(2024, 1, 5)),
        (MENTOR_1, D(2024, 2, 10)),
        (MENTOR_2, D(2024, 4, 1)),
        (SHIPPED, D(2024, 5, 6)),
        ("Gave a talk about property-based testing", D(2024, 6, 1)),
    ):
        draft = EntryDraft(title=title, occurred_on=day, kind=EntryKind.PROJECT)
        ids[title] = journal.entries.add(draft).id
    band = journal.skills.add_band("Platform")
    skill = journal.skills.add_skill(band.id, "Kubernetes").id
    for title in (K8S_2, K8S_1):
        journal.skills.record_assessment(
            skill, 2, assessed_on=D(2024, 3, 2), evidence_entry_id=ids[title]
        )
    goal = journal.goals.add(
        GoalDraft(title="Become a senior engineer"),
        [MilestoneDraft(title="Mentor a junior engineer")],
    )
    milestone = goal.milestones[0].id
    journal.goals.link_evidence(milestone, [ids[MENTOR_1], ids[MENTOR_2]])
    journal.rubric.link(ids[SHIPPED], criterion)
    assert journal.meaning.index() == len(ids)
    return Career(ids, skill, milestone, criterion)


@pytest.fixture
def unavailable(monkeypatch: pytest.MonkeyPatch) -> str:
    reason = "no wheel for this platform"
    monkeypatch.setattr(MeaningService, "available", property(lambda _self: False))
    monkeypatch.setattr(MeaningService, "why_unavailable", staticmethod(lambda: reason))
    return reason


# -- helpers ------------------------------------------------------------------------------------


def answer_discard(editor: EntryEditor) -> None:
    editor.confirm_discard = lambda: True  # type: ignore[method-assign]


def open_editor(qtbot: QtBot, ctx: AppContext, entry_id: int | None = None) -> EntryEditor:
    record = ctx.journal.entries.get(entry_id) if entry_id is not None else None
    editor = EntryEditor(ctx, record)
    qtbot.addWidget(editor, before_close_func=answer_discard)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def settle(qtbot: QtBot, section: SuggestionSection | LinkPanel) -> None:
    """Wait until the section has its answer for what was typed (or selected) last."""
    qtbot.waitUntil(lambda: not section.runner.busy, timeout=WAIT)


def rows_of(section: SuggestionSection | LinkPanel, kind: str) -> list[SuggestionRow]:
    return [row for row in section.rows if row.item.kind == kind]


def quoted(title: str, day: D) -> str:
    return f"“{title}” ({format_date(day)})"


def skills_of(ctx: AppContext, entry_id: int) -> list[tuple[int, int]]:
    return [(a.skill_id, a.level) for a in ctx.journal.skills.evidenced_by(entry_id)]


def criteria_of(ctx: AppContext, entry_id: int) -> list[int]:
    return [c.id for c in ctx.journal.rubric.for_entry(entry_id)]


def milestone_evidence(ctx: AppContext, career: Career) -> tuple[int, ...]:
    return tuple(ctx.journal.goals.get_milestone(career.milestone).evidence_ids)


# -- the entry editor ---------------------------------------------------------------------------


@needs_model
def test_typing_shows_suggestions_with_why_and_nothing_is_linked_unconfirmed(
    qtbot: QtBot, ctx: AppContext, career: Career
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.suggestion_section
    assert not section.isVisible()  # nothing to suggest yet: no row at all
    qtbot.keyClicks(editor.title_edit, "Moved the payments service onto Kubernetes")
    settle(qtbot, section)

    assert section.isVisible()
    skills = rows_of(section, "skill")
    assert [row.text_label.text() for row in skills] == [
        f"Skill: Kubernetes — like {quoted(K8S_1, D(2024, 3, 2))}, {quoted(K8S_2, D(2024, 1, 5))}"
    ]
    assert skills[0].text_label.textFormat() == Qt.TextFormat.PlainText
    assert skills[0].button.text() == "Link as evidence…"
    assert not any(row.confirmed for row in section.rows)  # confirm-only: nothing ticked
    assert not editor.milestone_section.checked_ids()
    assert not editor.criteria_section.chosen_texts()
    assert not section.duplicate.isVisible()

    click(qtbot, editor.save_button)
    entry_id = editor.saved_entry_id
    assert entry_id is not None
    assert skills_of(ctx, entry_id) == []
    assert criteria_of(ctx, entry_id) == []
    assert entry_id not in milestone_evidence(ctx, career)


@needs_model
def test_a_confirmed_milestone_and_criterion_are_saved_with_the_entry_in_one_step(
    qtbot: QtBot, ctx: AppContext, career: Career
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.suggestion_section
    qtbot.keyClicks(editor.title_edit, PAIRED)
    settle(qtbot, section)

    [milestone] = rows_of(section, "milestone")
    assert milestone.text_label.text().startswith(
        "Milestone: Become a senior engineer › Mentor a junior engineer — like “"
    )
    assert quoted(MENTOR_1, D(2024, 2, 10)) in milestone.text_label.text()
    [criterion] = rows_of(section, "criterion")
    assert criterion.text_label.text() == (
        f"Criterion: {FEATURES} — like {quoted(SHIPPED, D(2024, 5, 6))}"
    )
    click(qtbot, milestone.button)
    click(qtbot, criterion.button)
    assert editor.milestone_section.checked_ids() == {career.milestone}
    assert editor.criteria_section.chosen_texts() == [FEATURES]
    assert milestone.confirmed
    assert criterion.confirmed
    assert milestone.state_label.text() == (
        "Ticked under Counts toward: saved with the entry, one step in Undo."
    )
    assert criterion.state_label.text() == (
        "Added under Shows: saved with the entry, one step in Undo."
    )
    click(qtbot, criterion.button)  # taken back, and confirmed again
    assert editor.criteria_section.chosen_texts() == []
    assert criterion.button.text() == "Add"
    click(qtbot, criterion.button)

    logged = len(ctx.journal.history.list())
    click(qtbot, editor.save_button)
    entry_id = editor.saved_entry_id
    assert entry_id is not None
    assert entry_id in milestone_evidence(ctx, career)
    assert criteria_of(ctx, entry_id) == [career.criterion]
    assert len(ctx.journal.history.list()) == logged + 1
    ctx.history.undo()  # one step takes back the entry and its links
    with pytest.raises(NotFoundError):
        ctx.journal.entries.get(entry_id)
    assert entry_id not in milestone_evidence(ctx, career)


@needs_model
def test_a_confirmed_skill_records_a_level_with_the_entry_as_evidence(
    qtbot: QtBot, ctx: AppContext, career: Career
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.suggestion_section
    qtbot.keyClicks(editor.title_edit, "Moved the payments service onto Kubernetes")
    settle(qtbot, section)
    [row] = rows_of(section, "skill")
    click(qtbot, row.button)
    dialog = section.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.skill.id == career.skill  # type: ignore[attr-defined]
    assert not dialog.evidence_combo.isEnabled()  # type: ignore[attr-defined]
    assert dialog.evidence_combo.currentText() == "This entry, once saved"  # type: ignore[attr-defined]
    assert dialog.level_combo.currentData() == 3  # type: ignore[attr-defined] # one up from 2
    click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: section.dialog is None)
    assert row.confirmed
    assert (
        row.state_label.text() == "Level 3 · Competent, recorded with the entry: one step in Undo."
    )

    logged = len(ctx.journal.history.list())
    click(qtbot, editor.save_button)
    entry_id = editor.saved_entry_id
    assert entry_id is not None
    assert skills_of(ctx, entry_id) == [(career.skill, 3)]
    [level] = ctx.journal.skills.evidenced_by(entry_id)
    assert level.assessed_on == ctx.journal.entries.get(entry_id).occurred_on
    assert len(ctx.journal.history.list()) == logged + 1
    assert describe(ctx.journal.history.next_undo()).startswith("Add entry")


@needs_model
def test_a_look_alike_shows_one_line_with_open_and_never_blocks_saving(
    qtbot: QtBot, ctx: AppContext, career: Career
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.suggestion_section
    qtbot.keyClicks(editor.title_edit, K8S_1)
    settle(qtbot, section)
    assert section.duplicate.isVisible()
    assert section.duplicate.label.text() == f"Looks like {quoted(K8S_1, D(2024, 3, 2))}"
    assert editor.save_button.isEnabled()

    click(qtbot, section.duplicate.open_button)
    opened = section.dialog
    assert isinstance(opened, EntryEditor)
    assert opened.record is not None
    assert opened.record.id == career.entries[K8S_1]
    qtbot.waitUntil(opened.isVisible)
    click(qtbot, opened.cancel_button)
    qtbot.waitUntil(lambda: section.dialog is None)

    click(qtbot, editor.save_button)
    assert editor.saved_entry_id is not None
    assert editor.saved_entry_id != career.entries[K8S_1]


@needs_model
def test_an_edited_entry_is_neither_its_own_look_alike_nor_offered_its_own_links(
    qtbot: QtBot, ctx: AppContext, career: Career
) -> None:
    editor = open_editor(qtbot, ctx, career.entries[K8S_1])
    section = editor.suggestion_section
    qtbot.keyClicks(editor.body_edit, "Zero downtime.")
    settle(qtbot, section)
    assert not section.duplicate.isVisible()
    assert rows_of(section, "skill") == []  # it evidences Kubernetes already


def test_without_the_model_the_section_says_why_in_one_line(
    qtbot: QtBot, ctx: AppContext, unavailable: str
) -> None:
    editor = open_editor(qtbot, ctx)
    section = editor.suggestion_section
    assert section.isVisible()
    assert section.off_label.isVisible()
    assert section.off_label.text() == f"Suggested links are off: {unavailable}"
    qtbot.keyClicks(editor.title_edit, "Moved the payments service onto Kubernetes")
    assert not section.runner.busy  # nothing is asked
    assert section.rows == []
    assert not section.duplicate.isVisible()


# -- the Inbox ----------------------------------------------------------------------------------


def store(ctx: AppContext, *items: tuple[str, str, D, tuple[str, ...]]) -> None:
    found = [
        Found(
            source=HarvestSource.GIT,
            key=key,
            occurred_on=day,
            title=title,
            kind=EntryKind.PROJECT,
            impact=3,
            evidence=evidence,
            origin="/home/me/src/billing",
            facts={"repository": "billing", "commits": 3},
        )
        for key, title, day, evidence in items
    ]
    ctx.journal.inbox.store(HarvestSource.GIT, HarvestReport(found=found))


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def inbox(qtbot: QtBot, window: MainWindow) -> InboxArea:
    window.show_area("inbox")
    view = window.view("inbox")
    assert isinstance(view, InboxArea)
    qtbot.waitUntil(view.detail.links.isVisible)
    return view


def press(qtbot: QtBot, view: InboxArea, key: Qt.Key) -> None:
    view.table.setFocus()
    qtbot.keyClick(view.table, key)


@needs_model
def test_an_inbox_suggestion_shows_likely_links_and_the_entry_it_looks_like(
    qtbot: QtBot, ctx: AppContext, career: Career, window: MainWindow
) -> None:
    store(
        ctx,
        ("a", "Moved the payments service onto Kubernetes", D(2026, 3, 2), ("3 commits",)),
        ("b", K8S_1, D(2026, 3, 1), ()),
    )
    view = inbox(qtbot, window)
    panel = view.detail.links
    settle(qtbot, panel)
    assert panel.record is not None
    assert panel.record.title.startswith("Moved")
    [row] = rows_of(panel, "skill")
    assert row.text_label.text().startswith(
        f"Skill: Kubernetes — like {quoted(K8S_1, D(2024, 3, 2))}"
    )
    assert not row.confirmed
    assert not panel.duplicate.isVisible()
    assert not view.action_dismiss_duplicate.isEnabled()

    press(qtbot, view, Qt.Key.Key_J)  # the next one: the same as an entry already written
    settle(qtbot, panel)
    assert panel.duplicate.isVisible()
    assert panel.duplicate.label.text() == (
        f"Looks like {quoted(K8S_1, D(2024, 3, 2))}, already in the journal"
    )
    assert view.action_dismiss_duplicate.isEnabled()
    press(qtbot, view, Qt.Key.Key_U)  # dismissed as a duplicate, in one key
    assert view.status_label.text().startswith(
        f"Dismissed “{K8S_1}”: it looks like “{K8S_1}”, already in the journal."
    )
    twin = panel.duplicate.seen
    decided = [c for c in ctx.journal.inbox.many([2]) if c.status is CandidateStatus.DUPLICATE]
    assert len(decided) == 1
    assert twin is None or decided[0].entry_id == twin.entry_id

    [candidate] = [c for c in ctx.journal.inbox.pending()]
    assert candidate.title.startswith("Moved")
    settle(qtbot, panel)


@needs_model
def test_accepting_applies_the_links_confirmed_beside_the_suggestion(
    qtbot: QtBot, ctx: AppContext, career: Career, window: MainWindow
) -> None:
    store(ctx, ("c", PAIRED, D(2026, 3, 2), ()))
    view = inbox(qtbot, window)
    panel = view.detail.links
    settle(qtbot, panel)
    [milestone] = rows_of(panel, "milestone")
    [criterion] = rows_of(panel, "criterion")
    click(qtbot, milestone.button)
    click(qtbot, criterion.button)
    assert (
        milestone.state_label.text() == "Saved with the entry when you accept it: one step in Undo."
    )
    assert (
        criterion.state_label.text()
        == "Linked right after accepting it: a step of its own in Undo."
    )

    press(qtbot, view, Qt.Key.Key_A)
    [entry] = [e for e in ctx.journal.entries.list() if e.title == PAIRED]
    assert entry.id in milestone_evidence(ctx, career)
    assert criteria_of(ctx, entry.id) == [career.criterion]
    assert view.status_label.text().startswith(
        f"Accepted “{PAIRED}” with its links; 1 linked right after it"
    )
    assert [c.status for c in ctx.journal.inbox.many([1])] == [CandidateStatus.ACCEPTED]
    settle(qtbot, panel)


def test_without_the_model_the_inbox_says_why_in_one_line(
    qtbot: QtBot, ctx: AppContext, unavailable: str, window: MainWindow
) -> None:
    store(ctx, ("a", "Moved the payments service onto Kubernetes", D(2026, 3, 2), ()))
    view = inbox(qtbot, window)
    panel = view.detail.links
    qtbot.waitUntil(panel.off_label.isVisible)
    assert panel.off_label.text() == f"Suggested links are off: {unavailable}"
    assert panel.rows == []
    assert not panel.duplicate.isVisible()
    assert not panel.runner.busy


@needs_model
def test_edit_and_accept_carries_the_confirmed_links_into_the_editor(
    qtbot: QtBot, ctx: AppContext, career: Career, window: MainWindow
) -> None:
    store(ctx, ("c", PAIRED, D(2026, 3, 2), ()))
    view = inbox(qtbot, window)
    panel = view.detail.links
    settle(qtbot, panel)
    for row in (*rows_of(panel, "milestone"), *rows_of(panel, "criterion")):
        click(qtbot, row.button)
    seen: list[object] = []

    def save_the_editor() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, EntryEditor)]
        if not editors or not editors[0].isVisible():
            QTimer.singleShot(20, save_the_editor)
            return
        editor = editors[0]
        section = editor.suggestion_section
        seen.append(set(editor.milestone_section.checked_ids()))
        seen.append([(r.item.kind, r.confirmed, r.state_label.text()) for r in section.rows])
        click(qtbot, editor.save_button)

    logged = len(ctx.journal.history.list())
    QTimer.singleShot(0, save_the_editor)
    press(qtbot, view, Qt.Key.Key_E)
    assert seen[0] == {career.milestone}
    assert ("criterion", True, "Linked right after saving: a step of its own in Undo.") in seen[1]
    [entry] = [e for e in ctx.journal.entries.list() if e.title == PAIRED]
    assert entry.id in milestone_evidence(ctx, career)
    assert criteria_of(ctx, entry.id) == [career.criterion]
    assert len(ctx.journal.history.list()) == logged + 2  # the accept, then the criterion
    settle(qtbot, panel)


@needs_model
def test_criteria_found_by_meaning_join_the_shows_picker_suggestions(
    qtbot: QtBot, ctx: AppContext, career: Career
) -> None:
    editor = open_editor(qtbot, ctx)
    qtbot.keyClicks(editor.title_edit, PAIRED)
    settle(qtbot, editor.suggestion_section)
    click(qtbot, editor.criteria_section.button)
    picker = editor.criteria_section.picker
    assert picker is not None
    qtbot.waitUntil(picker.isVisible)
    texts = [item.text(0) for item in picker.suggestion_items()]
    [features] = [text for text in texts if text.startswith(FEATURES)]
    assert "shares: " in features  # the words it shares, and the entries it is like
    assert features.endswith(f"like {quoted(SHIPPED, D(2024, 5, 6))}")
    assert all(item.checkState(0) == Qt.CheckState.Unchecked for item in picker.items())
    click(qtbot, picker.buttons.button(picker.buttons.StandardButton.Cancel))
    qtbot.waitUntil(lambda: editor.criteria_section.picker is None)


@needs_model
def test_a_second_confirmed_skill_is_recorded_right_after_saving_as_its_own_step(
    qtbot: QtBot, ctx: AppContext, career: Career
) -> None:
    band = ctx.journal.skills.bands()[0]
    helm = ctx.journal.skills.add_skill(band.id, "Helm").id
    ctx.journal.skills.record_assessment(helm, 1, evidence_entry_id=career.entries[K8S_2])
    editor = open_editor(qtbot, ctx)
    section = editor.suggestion_section
    qtbot.keyClicks(editor.title_edit, "Moved the payments service onto Kubernetes")
    settle(qtbot, section)
    rows = rows_of(section, "skill")
    assert [row.item.label for row in rows] == ["Kubernetes", "Helm"]
    for row in rows:
        click(qtbot, row.button)
        dialog = section.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        click(qtbot, dialog.ok_button)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: section.dialog is None)
    assert [row.state_label.text() for row in rows] == [
        "Level 3 · Competent, recorded with the entry: one step in Undo.",
        "Level 2 · Advanced Beginner, recorded right after saving: a step of its own in Undo.",
    ]

    logged = len(ctx.journal.history.list())
    click(qtbot, editor.save_button)
    entry_id = editor.saved_entry_id
    assert entry_id is not None
    assert sorted(skills_of(ctx, entry_id)) == sorted([(career.skill, 3), (helm, 2)])
    assert len(ctx.journal.history.list()) == logged + 2
    ctx.history.undo()  # the level recorded after it goes first
    assert skills_of(ctx, entry_id) == [(career.skill, 3)]
