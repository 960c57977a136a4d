"""What the entry editor edits and what saving it does, without widgets.

The editor (`entry_editor.py`) draws the form and asks the user; this presenter holds the entry
being edited, the draft the form started from, whether the role still follows the date, and makes
the one service call a save is: `entries.add` for a new entry, `entries.update` (at the version
the editor opened) for an existing one, each with its skill level, milestone links and framework
criteria links in the same operation, so Edit › Undo takes back all of it and a failure writes
nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Sequence

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
from ...services.framework_records import CriterionMatch, CriterionRecord, FrameworkRecord

#: Fields that have an inline message; a ValidationError naming another field goes to a dialog.
FIELDS = ("title", "date", "kind", "role", "impact", "measurable_result", "tags", "body", "links")
_FIELD_ALIASES = {"result": "measurable_result", "occurred_on": "date", "role_id": "role"}

#: At most this many criteria are suggested from an entry's text.
SUGGESTIONS = 5


#: Saves a new entry: (draft, skill level to record, milestones to link) -> the saved entry.
#: It links no framework criteria: the editor offers none while one is set (see `links_criteria`).
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


class CriteriaChoice:
    """The framework criteria an entry shows (is evidence for): linked when the editor opened,
    and as chosen now. Offered: the active framework's criteria; links to another framework's
    criteria are kept (and can be removed)."""

    def __init__(self, journal: Journal, entry_id: int | None):
        self.journal = journal
        self.framework: FrameworkRecord | None = journal.frameworks.active()
        offered = journal.rubric.criteria() if self.framework is not None else []
        #: By level, then in the framework's topic order (the sort keeps it).
        self.criteria: list[CriterionRecord] = sorted(offered, key=lambda c: c.level)
        before = journal.rubric.for_entry(entry_id) if entry_id is not None else []
        self.linked_before: tuple[CriterionRecord, ...] = tuple(before)
        self._chosen: dict[int, CriterionRecord] = {c.id: c for c in before}

    @property
    def available(self) -> bool:
        """Whether there are criteria to choose from (an active framework with criteria)."""
        return bool(self.criteria)

    def level_name(self, number: int) -> str:
        """The level's name in the framework ("" when it has none)."""
        level = self.framework.level(number) if self.framework is not None else None
        return level.name if level is not None else ""

    def level_name_of(self, criterion: CriterionRecord) -> str:
        """The name of the criterion's level in its framework ("" when unknown)."""
        f = self.framework
        return self.level_name(criterion.level) if f and criterion.framework_id == f.id else ""

    def chosen(self) -> list[CriterionRecord]:
        return list(self._chosen.values())

    def chosen_ids(self) -> tuple[int, ...]:
        return tuple(self._chosen)

    def choose(self, ids: Iterable[int]) -> None:
        """The active framework's criteria the entry shows are `ids` now (others are kept)."""
        offered = {c.id: c for c in self.criteria}
        wanted = set(ids)
        kept = {i: c for i, c in self._chosen.items() if i not in offered or i in wanted}
        kept.update((c.id, c) for c in self.criteria if c.id in wanted and c.id not in kept)
        self._chosen = kept

    def remove(self, criterion_id: int) -> None:
        self._chosen.pop(criterion_id, None)

    def suggest(self, text: str) -> list[CriterionMatch]:
        """Criteria the text may show, best first (the user confirms each)."""
        if not self.available or not text.strip():
            return []
        return self.journal.rubric.suggest(text, limit=SUGGESTIONS)

    def to_link(self) -> tuple[int, ...]:
        before = {c.id for c in self.linked_before}
        return tuple(i for i in self._chosen if i not in before)

    def to_unlink(self) -> tuple[int, ...]:
        return tuple(c.id for c in self.linked_before if c.id not in self._chosen)

    def is_dirty(self) -> bool:
        return set(self._chosen) != {c.id for c in self.linked_before}


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
        #: The framework criteria the entry shows ("Shows…"), saved with it.
        self.criteria = CriteriaChoice(journal, None if entry is None else entry.id)

    @property
    def links_criteria(self) -> bool:
        """Whether a save can link framework criteria (not through an `adder`: the inbox's)."""
        return self.adder is None

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
        skill level is to be recorded (`level`), or milestones were (un)ticked (`links`), or
        framework criteria (un)chosen."""
        return draft != self.baseline or level or links or self.criteria.is_dirty()

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
        """Save `draft` as a new entry: one operation (the entry, its level, the milestones it
        counts toward and the framework criteria chosen in `criteria`)."""
        chosen = self.criteria.chosen_ids()
        if self.adder is not None:
            if chosen:
                raise ValueError("an adder links no framework criteria")
            record = self.adder(draft, assessment, link)
        else:
            record = self.journal.entries.add(
                draft, assessment=assessment, link_milestones=link, link_criteria=chosen
            )
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
        version; NotFoundError when it was deleted for good. One operation: the entry, its
        level, milestones (`link`/`unlink`) and the framework criteria (un)chosen in `criteria`."""
        record = self.journal.entries.update(
            over.id,
            draft,
            expected_version=over.version,
            assessment=assessment,
            link_milestones=link,
            unlink_milestones=unlink,
            link_criteria=self.criteria.to_link(),
            unlink_criteria=self.criteria.to_unlink(),
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
