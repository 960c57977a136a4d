"""What the entry editor edits and what saving it does, without widgets.

The editor (`entry_editor.py`) draws the form and asks the user; this presenter holds the entry
being edited, the draft the form started from, whether the role still follows the date, and makes
the one service call a save is: `entries.add` for a new entry, `entries.update` (at the version
the editor opened) for an existing one, each with its skill level and milestone links in the same
operation, so Edit › Undo takes back all of it and a failure writes nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence

from ...domain import EntryKind
from ...services import (
    AUTO,
    AssessmentDraft,
    EntryDraft,
    EntryRecord,
    Journal,
    NotFoundError,
    RoleRecord,
)

#: Fields that have an inline message; a ValidationError naming another field goes to a dialog.
FIELDS = ("title", "date", "kind", "role", "impact", "measurable_result", "tags", "body", "links")
_FIELD_ALIASES = {"result": "measurable_result", "occurred_on": "date", "role_id": "role"}


#: Saves a new entry: (draft, skill level to record, milestones to link) -> the saved entry.
Adder = Callable[[EntryDraft, AssessmentDraft | None, Sequence[int]], EntryRecord]


class DraftFile(enum.Enum):
    """What the crash-safety draft file needs after a change of the form."""

    KEEP = "keep"  # it already holds this text
    WRITE = "write"  # the form differs from the entry: keep the text
    DELETE = "delete"  # the form is back to the entry as opened: nothing to keep


def role_label(role: RoleRecord) -> str:
    years = f"{role.start_date.year}–{role.end_date.year if role.end_date else ''}"
    where = f" · {role.organisation}" if role.organisation else ""
    return f"{role.title}{where} ({years})"


def field_for(name: str) -> str:
    """The form field a service's ValidationError names (the services' names differ a little)."""
    return _FIELD_ALIASES.get(name, name)


class EditorPresenter:
    """The entry being edited (`record`, None for a new one) and the rules of its form."""

    def __init__(self, journal: Journal, entry: EntryRecord | None, *, default_kind: EntryKind):
        self.journal = journal
        self.record = entry
        self.roles: list[RoleRecord] = journal.roles.list()
        #: While True, changing the date picks the role held then; choosing a role stops that.
        self.role_follows_date = True
        #: The form as opened (or as last loaded from the stored entry): "dirty" compares to it.
        self.baseline: EntryDraft | None = None
        self._last_written: EntryDraft | None = None
        self._default_kind = default_kind
        #: Saves a new entry instead of `entries.add` (the inbox: accept suggestions with it).
        self.adder: Adder | None = None

    @property
    def is_new(self) -> bool:
        return self.record is None

    @property
    def entry_id(self) -> int | None:
        return None if self.record is None else self.record.id

    @property
    def base_version(self) -> int | None:
        return None if self.record is None else self.record.version

    def opening_draft(self) -> EntryDraft:
        """What the form shows first: the entry, or today's defaults for a new one."""
        if self.record is not None:
            return EntryDraft.from_record(self.record)
        return EntryDraft(
            title="", occurred_on=dt.date.today(), kind=self._default_kind, role_id=AUTO
        )

    # -- roles --------------------------------------------------------------------------------

    def role_at(self, day: dt.date) -> int | None:
        role = self.journal.roles.at(day)
        return None if role is None else role.id

    def role_to_show(self, draft: EntryDraft) -> int | None:
        """The role to select when `draft` is loaded; decides whether it follows the date."""
        held = self.role_at(draft.occurred_on)
        if draft.role_id == AUTO:
            self.role_follows_date = True
            return held
        # A role matching the date keeps following it; one chosen by hand stays put.
        self.role_follows_date = draft.role_id == held
        return draft.role_id if isinstance(draft.role_id, int) else None

    def role_picked(self) -> None:
        self.role_follows_date = False

    # -- state --------------------------------------------------------------------------------

    def is_dirty(self, draft: EntryDraft, *, level: bool = False, links: bool = False) -> bool:
        """Whether saving would change anything: the form differs from the entry as opened, or a
        skill level is to be recorded (`level`), or milestones were (un)ticked (`links`)."""
        return draft != self.baseline or level or links

    def draft_file(self, draft: EntryDraft) -> DraftFile:
        if draft == self._last_written:
            return DraftFile.KEEP
        return DraftFile.WRITE if draft != self.baseline else DraftFile.DELETE

    def draft_written(self, draft: EntryDraft) -> None:
        self._last_written = draft

    # -- saving -------------------------------------------------------------------------------

    def add(
        self,
        draft: EntryDraft,
        assessment: AssessmentDraft | None = None,
        link: Sequence[int] = (),
    ) -> EntryRecord:
        """Save `draft` as a new entry: one operation (the entry, its level, its links)."""
        if self.adder is not None:
            record = self.adder(draft, assessment, link)
        else:
            record = self.journal.entries.add(draft, assessment=assessment, link_milestones=link)
        self.record = record
        return record

    def update(
        self,
        draft: EntryDraft,
        over: EntryRecord,
        assessment: AssessmentDraft | None = None,
        link: Sequence[int] = (),
        unlink: Sequence[int] = (),
    ) -> EntryRecord:
        """Save `draft` over the entry, refused (ConflictError) unless it is still at `over`'s
        version; NotFoundError when it was deleted for good. One operation."""
        record = self.journal.entries.update(
            over.id,
            draft,
            expected_version=over.version,
            assessment=assessment,
            link_milestones=link,
            unlink_milestones=unlink,
        )
        self.record = record
        return record

    def stored(self) -> EntryRecord | None:
        """The entry as it is stored now (after a refused save), None if deleted for good."""
        if self.record is None:
            return None
        try:
            return self.journal.entries.get(self.record.id)
        except NotFoundError:
            return None

    def take(self, current: EntryRecord) -> None:
        """Edit the stored version from now on (the user took theirs)."""
        self.record = current
