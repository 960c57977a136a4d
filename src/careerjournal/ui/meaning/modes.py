"""How the search field searches: by words, by meaning, or both (the default), and whether the
meaning model is there at all.

The mode is the user's choice (kept in the app settings); the mode used is Words whenever the
model is not available, without forgetting the choice. Nothing here loads the model: whether it
is available is read from the installed files.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from ..settings import AppSettings

#: Where the chosen mode is kept (app settings).
SETTINGS_KEY = "search/mode"


class SearchMode(StrEnum):
    """The values are the modes of `MeaningService.search`."""

    WORDS = "words"
    MEANING = "meaning"
    BOTH = "hybrid"


DEFAULT_MODE = SearchMode.BOTH


def mode_label(mode: SearchMode) -> str:
    """The mode as the View › Search By menu names it (with its mnemonic)."""
    labels = {
        SearchMode.WORDS: QCoreApplication.translate("SearchMode", "&Words"),
        SearchMode.MEANING: QCoreApplication.translate("SearchMode", "&Meaning"),
        SearchMode.BOTH: QCoreApplication.translate("SearchMode", "&Both"),
    }
    return labels[mode]


def mode_tip(mode: SearchMode) -> str:
    tips = {
        SearchMode.WORDS: QCoreApplication.translate(
            "SearchMode", "Find entries that contain the words typed"
        ),
        SearchMode.MEANING: QCoreApplication.translate(
            "SearchMode", "Find entries about the same idea, even in other words"
        ),
        SearchMode.BOTH: QCoreApplication.translate(
            "SearchMode", "Entries with the words typed first, then those about the same idea"
        ),
    }
    return tips[mode]


def stored_mode(settings: AppSettings) -> SearchMode:
    """The mode the user chose last (Both when never chosen, or unreadable)."""
    try:
        return SearchMode(str(settings.value(SETTINGS_KEY, DEFAULT_MODE.value)))
    except ValueError:
        return DEFAULT_MODE


def store_mode(settings: AppSettings, mode: SearchMode) -> None:
    settings.set_value(SETTINGS_KEY, SearchMode(mode).value)


def meaning_off_reason() -> str | None:
    """Why search by meaning is off (one plain line), or None when the model is available.

    Checked from the installed files only: the model itself is not loaded."""
    from ...services.meaning import model

    if model.available():
        return None
    return model.why_unavailable() or QCoreApplication.translate(
        "SearchMode", "The meaning model is not available on this computer."
    )


def meaning_available() -> bool:
    return meaning_off_reason() is None


def mode_in_use(chosen: SearchMode, *, available: bool) -> SearchMode:
    """The mode searches use: the chosen one, or Words while the model is not available."""
    return chosen if available else SearchMode.WORDS
