"""Link journal entries as evidence for a framework criterion.

The Goals area's evidence dialog (search as you type, a tick per entry, "Link"), with the
criterion shown on top and the search filled in with a few of its informative words: the
rarest of them that entries share, as many (up to three) as still find an entry together.
Search words must all match, so more words would often find nothing; with none shared, the
search starts empty (every entry) and says so. Entries already linked start ticked: unticking
one unlinks it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services import EntryQuery, Journal, ServiceError
from ...services.framework_records import CriterionRecord
from ...services.rubric_match import words
from ...store import StoreError
from ..goals.dialogs.evidence_dialog import LinkEvidenceDialog
from ..inbox.words import fill
from ..view_parts import plain_label, secondary
from .words import quote

#: Most words the search starts with.
MOST_WORDS = 3
#: Words of a criterion looked at for the search (the first ones, in its order).
CANDIDATES = 12


def _tr(text: str) -> str:
    return QCoreApplication.translate("CriterionLinkDialog", text)


def _matches(journal: Journal, text: str) -> int:
    try:
        return len(journal.entries.ids(EntryQuery(text=text)))
    except (ServiceError, StoreError):
        return 0


def search_words(journal: Journal, text: str) -> list[str]:
    """Up to three informative words of `text` that journal entries share, rarest first, that
    together still find at least one entry (none when no entry shares any)."""
    candidates = list(words(text).values())[:CANDIDATES]
    counted = [(n, i, w) for i, w in enumerate(candidates) if (n := _matches(journal, w)) > 0]
    chosen: list[str] = []
    for _count, _position, word in sorted(counted):
        if len(chosen) == MOST_WORDS:
            break
        if not chosen or _matches(journal, " ".join([*chosen, word])) > 0:
            chosen.append(word)
    return chosen


class CriterionLinkDialog(LinkEvidenceDialog):
    """Tick the entries that show `criterion`; `added()` and `removed()` after OK."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        journal: Journal,
        criterion: CriterionRecord,
        already: Sequence[int] = (),
    ):
        title = fill(_tr("Evidence for “%1”"), quote(criterion.text))
        super().__init__(parent, journal=journal, already=already, title=title)
        self.setObjectName("criterion_link_dialog")
        self.criterion_label = plain_label(self, "criterion_text")
        self.criterion_label.setText(criterion.text)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # the form dialog's column
        layout.insertWidget(0, self.criterion_label)
        self.suggested = search_words(journal, " ".join((criterion.text, *criterion.examples)))
        self.note_label = secondary(plain_label(self, "search_note"))
        if self.suggested:
            self.note_label.setText(
                _tr("The search starts with words of the criterion; change them freely.")
            )
        else:
            self.note_label.setText(
                _tr("No entry shares a word with this criterion: every entry is listed.")
            )
        layout.insertWidget(1, self.note_label)
        self.search_edit.setText(" ".join(self.suggested))
        self.apply_filter()
        self.search_edit.selectAll()  # typing replaces the suggestion
