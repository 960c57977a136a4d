"""The Journal area: every entry in a sortable, filterable table with a reading pane beside it."""

from .view import JournalView

__all__ = ["JournalView"]
