"""What the inbox's actions do: ask when they must, decide through `journal.inbox`, then move on.

Each decision is one operation of the journal's log, so Edit › Undo takes it back; the status line
says so. A refused decision (decided meanwhile elsewhere, a store error) is shown in a message box
and changes nothing. After a decision the selection moves to the suggestion that took the first
decided one's place, so pressing A, A, A walks down the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ...services import AssessmentDraft, EntryDraft, EntryRecord, ServiceError
from ...store import StoreError
from ..editor.link_suggest import Confirmed, apply_after, split_assessments
from ..view_parts import plain_tip
from .words import fill, source_and_origin

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ...services.inbox import InboxService
    from .area import InboxArea

T = TypeVar("T")


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("InboxFlows", text, None, n)


def undo_keys() -> str:
    """The Undo key as this desktop writes it ("Ctrl+Z", "⌘Z")."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    native = QKeySequence.SequenceFormat.NativeText
    return keys[0].toString(native) if keys else "Ctrl+Z"


class InboxFlows(QObject):
    def __init__(self, area: InboxArea):
        super().__init__(area)
        self.area = area
        #: The entry editor "Open" showed last (tests close it).
        self.opened: QWidget | None = None

    @property
    def inbox(self) -> InboxService:
        return self.area.ctx.journal.inbox

    def _decide(self, write: Callable[[], T], failed: str) -> T | None:
        """Run one decision; on success select the next suggestion, else say why not."""
        row = self.area.first_selected_row()
        try:
            result = write()
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self.area, failed, plain_tip(str(exc)))
            self.area.reload()  # decided elsewhere meanwhile: show what is still pending
            return None
        self.area.select_after(row)
        return result

    # -- the decisions ------------------------------------------------------------------------

    def accept(self) -> None:
        """A: each selected suggestion becomes an entry, as suggested (one operation); one with
        links confirmed beside it is accepted with them."""
        ids = self.area.selected_ids()
        if not ids:
            return
        links = self.area.detail.links.confirmed_for(ids[0]) if len(ids) == 1 else None
        if links:
            self._accept_with_links(ids[0], links)
            return
        done = self._decide(lambda: self.inbox.accept_each(ids), _tr("Not accepted"))
        if not done:
            return
        if len(done) == 1:
            text = fill(_tr("Accepted “%1”. %2 takes it back."), done[0].title, undo_keys())
        else:
            text = fill(
                _tr("Accepted %n suggestions as entries. %1 takes them back.", len(done)),
                undo_keys(),
            )
        self.area.show_status(text)

    def _accept_with_links(self, candidate_id: int, links: Confirmed) -> None:
        """Accept one suggestion with its confirmed links: milestones and one skill level in the
        same operation; criteria and further levels right after it, each its own operation."""
        with_entry, after = split_assessments(None, links)
        record = self._decide(
            lambda: self.inbox.accept(
                [candidate_id], link_milestones=links.milestones, assessment=with_entry
            ),
            _tr("Not accepted"),
        )
        if record is None:
            return
        self.area.detail.links.forget(candidate_id)
        problems = apply_after(
            self.area.ctx.journal, record.id, criteria=links.criteria, assessments=after
        )
        later = len(links.criteria) + len(after)
        if later:
            text = fill(
                _tr(
                    "Accepted “%1” with its links; %n linked right after it, "
                    "each its own step in Undo.",
                    later,
                ),
                record.title,
            )
        else:
            text = fill(
                _tr("Accepted “%1” with %n links. %2 takes it back.", links.count()),
                record.title,
                undo_keys(),
            )
        self.area.show_status(text)
        if problems:
            QMessageBox.warning(
                self.area,
                _tr("Not every link was made"),
                plain_tip("\n".join([_tr("The entry is saved, but:"), *problems])),
            )

    def edit_and_accept(self) -> None:
        """E: the entry editor, filled in as suggested (several: merged); saving accepts."""
        from ..editor.entry_editor import EntryEditor

        ids = self.area.selected_ids()
        if not ids:
            return
        try:
            draft = self.inbox.draft(ids)
        except (ServiceError, StoreError) as exc:
            QMessageBox.warning(self.area, _tr("Not accepted"), plain_tip(str(exc)))
            return
        row = self.area.first_selected_row()
        inbox = self.inbox

        def add(
            entry: EntryDraft, assessment: AssessmentDraft | None, link: Sequence[int]
        ) -> EntryRecord:
            return inbox.accept(ids, entry, link_milestones=link, assessment=assessment)

        editor = EntryEditor(self.area.ctx, None, self.area, initial=draft, add_with=add)
        panel = self.area.detail.links
        if len(ids) == 1:  # what was confirmed beside it comes along, to save with it
            editor.suggestion_section.carry(panel.confirmed_for(ids[0]), panel.findings_for(ids[0]))
        editor.setWindowTitle(
            _tr("Accept Suggestion") if len(ids) == 1 else _tr("Merge %n Suggestions", len(ids))
        )
        # As suggested is not a change of the user's: Cancel needs no "discard?" question.
        editor.presenter.baseline = editor.draft()
        accepted = editor.exec() == QDialog.DialogCode.Accepted
        saved = editor.record
        editor.deleteLater()
        if not accepted or saved is None:
            return
        for done in ids:
            panel.forget(done)
        self.area.select_after(row)
        self.area.show_status(
            fill(_tr("Accepted “%1”. %2 takes it back."), saved.title, undo_keys())
        )

    def dismiss_duplicate(self) -> None:
        """U: the suggestion leaves the inbox, as it looks like an entry already in the journal."""
        record = self.area.current_candidate()
        twin = self.area.detail.links.current_duplicate()
        if record is None or twin is None or len(self.area.selected_ids()) != 1:
            return
        if (
            self._decide(
                lambda: self.inbox.mark_duplicate(record.id, twin.entry_id), _tr("Not dismissed")
            )
            is None
        ):
            return
        self.area.show_status(
            fill(
                _tr(
                    "Dismissed “%1”: it looks like “%2”, already in the journal. %3 takes it back."
                ),
                record.title,
                twin.title,
                undo_keys(),
            )
        )

    def open_entry(self, entry_id: int) -> None:
        """Open a journal entry (the one a suggestion looks like) in the entry editor."""
        from ..editor.suggestion_section import open_entry

        self.opened = open_entry(self.area.ctx, entry_id, self.area)

    def merge(self) -> None:
        """M: two or more suggestions become one entry, under a title the user confirms."""
        records = self.area.selected_records()
        if len(records) < 2:
            return
        ids = [r.id for r in records]
        newest = max(records, key=lambda r: (r.occurred_on, r.id))
        title, ok = QInputDialog.getText(
            self.area,
            _tr("Merge Suggestions"),
            _tr("The %n suggestions become one entry. Its title:", len(ids)),
            QLineEdit.EchoMode.Normal,
            newest.title,
        )
        if not ok:
            return
        chosen = title.strip() or newest.title
        record = self._decide(lambda: self.inbox.accept(ids, title=chosen), _tr("Not merged"))
        if record is None:
            return
        self.area.show_status(
            fill(
                _tr("Merged %n suggestions into “%1”. %2 takes it back.", len(ids)),
                record.title,
                undo_keys(),
            )
        )

    def dismiss(self) -> None:
        """D: the selected suggestions leave the inbox (a rescan never brings them back)."""
        records = self.area.selected_records()
        if not records:
            return
        ids = [r.id for r in records]
        if self._decide(lambda: self.inbox.dismiss(ids), _tr("Not dismissed")) is None:
            return
        if len(records) == 1:
            text = fill(_tr("Dismissed “%1”. %2 takes it back."), records[0].title, undo_keys())
        else:
            text = fill(_tr("Dismissed %n suggestions. %1 takes them back.", len(ids)), undo_keys())
        self.area.show_status(text)

    def dismiss_origin(self) -> None:
        """Shift+D: every pending suggestion from the current one's place, after asking."""
        record = self.area.current_candidate()
        if record is None:
            return
        same = [
            r
            for r in self.area.model.records()
            if r.source is record.source and r.origin == record.origin
        ]
        where = source_and_origin(record)
        question = "\n\n".join(
            (
                fill(_tr("Dismiss all %n suggestions from %1?", len(same)), where),
                _tr("A rescan will not bring them back; Edit › Undo will."),
            )
        )
        answer = QMessageBox.question(
            self.area,
            _tr("Dismiss All from This Source"),
            plain_tip(question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        count = self._decide(lambda: self.inbox.dismiss_origin(record.id), _tr("Not dismissed"))
        if count is None:
            return
        self.area.show_status(
            fill(
                _tr("Dismissed %n suggestions from %1. %2 takes it back.", count),
                where,
                undo_keys(),
            )
        )

    def rescan(self) -> None:
        """F5: ask the app's rescanner (when it has one) to harvest the sources again."""
        rescanner = getattr(self.area.ctx, "rescanner", None)
        if rescanner is None:
            return
        if getattr(rescanner, "running", False):
            self.area.show_status(_tr("A rescan is running already."))
            return
        if rescanner.start() is False:
            if self.area.ctx.journal.store.read_only:
                text = _tr("This journal is read-only: nothing can be added to its inbox.")
            else:
                text = _tr("Nothing to rescan yet: choose your sources in Preferences › Sources.")
            self.area.show_status(text)
