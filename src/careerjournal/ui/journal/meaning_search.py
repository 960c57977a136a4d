"""The journal view's search by meaning, and its reading pane's related entries.

In the Meaning and Both modes the search text goes to `MeaningService.search` on a worker thread
(`LatestRunner`: a newer text supersedes an older one, whose results are dropped); the table keeps
its rows until the results arrive, then lists them best first. The other filters (kinds, tag,
period, starred, trash) narrow the results on the worker too. Words mode is the full-text search
it always was, on the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from ...services import Change, EntryQuery, EntryRecord, Journal, Topic
from ..meaning.modes import SearchMode
from ..meaning.runner import LatestRunner
from .related import RelatedEntries

if TYPE_CHECKING:
    from .view import JournalView

#: Results listed for a search; more when other filters will narrow them afterwards.
LIMIT = 500
FILTERED_LIMIT = 2000


def search_ids(journal: Journal, query: EntryQuery, mode: SearchMode) -> list[int]:
    """The worker's job: ids of the entries matching `query`, best first."""
    filters = replace(query, text="")
    narrowed = filters != EntryQuery()
    ids = journal.meaning.search(
        query.text,
        mode=mode.value,
        limit=FILTERED_LIMIT if narrowed else LIMIT,
        include_trashed=query.trashed is not False,
    )
    if narrowed:
        allowed = set(journal.entries.ids(filters))
        ids = [i for i in ids if i in allowed]
    return ids


class JournalMeaning(QObject):
    """Runs the view's searches by meaning and fills its related entries."""

    def __init__(self, view: JournalView):
        super().__init__(view)
        self._view = view
        self._journal: Journal = view.ctx.journal
        self._mode = SearchMode.WORDS
        self._available = False
        self._queries: dict[int, EntryQuery] = {}  # ticket: the query searched for
        self.runner = LatestRunner("meaning-search", self)
        self.runner.done.connect(self._on_found)
        self.runner.failed.connect(self._on_failed)
        self.related = RelatedEntries(self._journal, view.detail)
        view.detail.add_section(self.related)
        self.related.entry_chosen.connect(self.go_to)
        view.ctx.bridge.changed.connect(self._on_change)
        # Sorting by a column is offered on a search's results; until then no column shows
        # an order (the rows are best first).
        view.model.modelReset.connect(self._update_header)
        view.table.horizontalHeader().sortIndicatorChanged.connect(self._update_header)

    @property
    def mode(self) -> SearchMode:
        """The mode searches use now (Words while the model is not available)."""
        return self._mode

    @property
    def available(self) -> bool:
        """Is the meaning model there (as last configured)?"""
        return self._available

    def configure(self, mode: SearchMode, *, available: bool) -> bool:
        """Use `mode` from now on; whether the model is there. True when the mode changed."""
        changed = mode is not self._mode
        self._mode = mode
        if available != self._available:
            self._available = available
            self.related.set_available(available)
        return changed

    def search(self, query: EntryQuery) -> bool:
        """Start searching for `query` by meaning, when the mode and the text call for it.

        False (and any running search forgotten) when the words search should list it."""
        if self._mode is SearchMode.WORDS or not query.text.strip():
            self.runner.cancel()
            return False
        ticket = self.runner.submit(partial(search_ids, self._journal, query, self._mode))
        self._queries = {ticket: query}  # only the newest is ever delivered
        return True

    def show_related(self, record: EntryRecord | None) -> None:
        self.related.show_for(record)

    def refresh(self) -> None:
        """Search again for what is shown by meaning, and the related entries (after indexing:
        entries embedded since may belong in them)."""
        model = self._view.model
        if model.is_ranked():
            self.search(model.query)
        self.related.refresh()

    def shutdown(self) -> None:
        self.runner.shutdown()
        self.related.shutdown()

    @Slot(int)
    def go_to(self, entry_id: int) -> None:
        """Select `entry_id` in the table; if the filters hide it, clear them first."""
        view = self._view
        if view.select_entry(entry_id):
            return
        view.filter_bar.set_trash_mode(False)
        view.filter_bar.clear()
        view.select_entry(entry_id)

    @Slot(int, object)
    def _on_found(self, ticket: int, ids: object) -> None:
        query = self._queries.pop(ticket, None)
        if query is not None and isinstance(ids, list):
            self._view.show_ranked(query, ids)

    @Slot(int, str)
    def _on_failed(self, ticket: int, _message: str) -> None:
        """The meaning search failed (the model would not load): the words search lists it."""
        query = self._queries.pop(ticket, None)
        if query is not None:
            self._view.show_words(query)

    @Slot(object)
    def _on_change(self, change: Change) -> None:
        """New, edited or restored entries may belong in a search by meaning's results: search
        again (the model itself takes removed ones out at once)."""
        if change.touches(Topic.ENTRIES) and self._view.model.is_ranked():
            self.search(self._view.model.query)

    @Slot()
    def _update_header(self) -> None:
        header = self._view.table.horizontalHeader()
        header.setSortIndicatorShown(not self._view.model.by_relevance())
