"""The words of an appraisal summary grouped by theme, shared by the Markdown, HTML and PDF
documents and the CLI (English, like `careerjournal.wording.summary`).

A theme's name is user text (typed by the user, or words of their own entries): the renderers
escape what these functions return.
"""

from __future__ import annotations

from ..services.summary import GroupBy, Summary, ThemeGroup, ThemesOff

THEMES_RULE = (
    "Grouped by theme: entries close in meaning together, each theme named by its most central "
    "entries. Starred entries first, then those with a measurable result. Promotions are in the "
    "headline; feedback and recognition are quoted below."
)
#: The heading of the achievements no theme took.
OTHER_THEME = "Other achievements"
NEEDS_EXTRA = "pip install 'careerjournal[meaning]'"


def themed(summary: Summary) -> bool:
    """The achievements are written theme by theme."""
    return summary.grouped_by is GroupBy.THEME


def theme_name(group: ThemeGroup) -> str:
    """The theme's name (one line), or "Other achievements" for those no theme took."""
    return " ".join(group.name.split()) or OTHER_THEME


def theme_title(group: ThemeGroup) -> str:
    return f"{theme_name(group)} ({group.total})"


def theme_more_words(count: int) -> str:
    """The note under a theme cut short by the per-group limit."""
    noun = "entry" if count == 1 else "entries"
    return (
        f"And {count} more {noun} of this theme in the journal, ranked lower by star, "
        "measurable result and impact."
    )


def themes_off_words(summary: Summary) -> str | None:
    """Why a summary asked for themes is grouped by kind (one line), None when it is not."""
    if summary.themes_off is ThemesOff.NEEDS_EXTRA:
        return f"Grouped by kind: themes need the meaning extra: {NEEDS_EXTRA}"
    if summary.themes_off is ThemesOff.UNAVAILABLE:
        reason = summary.themes_off_reason.strip().rstrip(".")
        return f"Grouped by kind: themes are off ({reason})."
    return None


__all__ = [
    "NEEDS_EXTRA",
    "OTHER_THEME",
    "THEMES_RULE",
    "theme_more_words",
    "theme_name",
    "theme_title",
    "themed",
    "themes_off_words",
]
