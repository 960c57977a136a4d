"""Search by meaning in the window: the search field's mode, background indexing with its
status-bar progress, and the worker that runs meaning searches off the GUI thread."""

from .indexer import MeaningIndexer
from .modes import SearchMode, meaning_available, meaning_off_reason, mode_in_use
from .runner import LatestRunner
from .status import IndexStatus

__all__ = [
    "IndexStatus",
    "LatestRunner",
    "MeaningIndexer",
    "SearchMode",
    "meaning_available",
    "meaning_off_reason",
    "mode_in_use",
]
