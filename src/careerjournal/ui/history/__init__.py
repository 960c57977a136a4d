"""Undo, redo and the history of records, all read from the journal's operation log."""
