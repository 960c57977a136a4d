"""Writing entries: the full entry editor, quick capture, and the crash-safe drafts behind both."""

from .drafts import DraftStore, SavedDraft, drafts_folder_for
from .entry_editor import EntryEditor, offer_recovered_drafts
from .quick_capture import QuickCaptureDialog

__all__ = [
    "DraftStore",
    "EntryEditor",
    "QuickCaptureDialog",
    "SavedDraft",
    "drafts_folder_for",
    "offer_recovered_drafts",
]
