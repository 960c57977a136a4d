"""The inbox's facts in the user's language: where a suggestion came from and what it is made of.

The core hands over numbers and codes (`facts["commits"] == 14`); this module words them, with
plurals through `%n`, so "14 commits in billing-service" reads right in every language. Titles,
subjects and names are the user's (or their tools') text and are only ever inserted, never
interpreted.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain import HarvestSource
from ...services.inbox_records import CandidateRecord
from ..formatting import enum_label, format_date

SEPARATOR = " · "
_PLACE = re.compile(r"%([1-9])")

#: The line icon standing for each source (until each has its own drawing).
SOURCE_ICONS: dict[HarvestSource, str] = {
    HarvestSource.GIT: "split",
    HarvestSource.CALENDAR: "calendar",
    HarvestSource.JIRA: "nav-goals",
    HarvestSource.GITHUB: "link",
    HarvestSource.NOTES: "nav-journal",
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("InboxWords", text, None, n)


def fill(text: str, *values: object) -> str:
    """`text` with %1, %2, ... replaced in one pass (a value holding "%2" stays as typed)."""
    return _PLACE.sub(lambda m: str(values[int(m.group(1)) - 1]), text)


def source_label(source: HarvestSource) -> str:
    """The source's name ("Git", "Calendar", ...) in the user's language."""
    return enum_label(source)


def source_icon(source: HarvestSource) -> str:
    return SOURCE_ICONS.get(source, "import")


def origin_name(record: CandidateRecord) -> str:
    """The place, short: the repository's name, else the file or folder name of the origin."""
    repository = record.facts.get("repository")
    if isinstance(repository, str) and repository.strip():
        return repository.strip()
    origin = record.origin.strip().rstrip("/\\")
    if not origin:
        return ""
    path = PureWindowsPath(origin) if "\\" in origin else PurePosixPath(origin)
    return path.name or origin


def source_and_origin(record: CandidateRecord) -> str:
    """The source, and the place when there is one: "Git · billing-service"."""
    where = origin_name(record)
    label = source_label(record.source)
    return label + SEPARATOR + where if where else label


def _int(facts: Mapping[str, Any], name: str) -> int | None:
    value = facts.get(name)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _text(facts: Mapping[str, Any], name: str) -> str:
    value = facts.get(name)
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return ""


def _day(facts: Mapping[str, Any], name: str) -> str:
    value = facts.get(name)
    if isinstance(value, str):
        try:
            return format_date(dt.date.fromisoformat(value[:10]))
        except ValueError:
            return value
    return ""


def _pull_request(facts: Mapping[str, Any]) -> str:
    number, repository = _text(facts, "pull_request"), _text(facts, "repository")
    text = (
        fill(_tr("Pull request #%1 in %2"), number, repository)
        if repository
        else fill(_tr("Pull request #%1"), number)
    )
    added, deleted = _int(facts, "additions"), _int(facts, "deletions")
    if added is not None and deleted is not None:
        text += SEPARATOR + f"+{added} −{deleted}"
    return text


def _commits(facts: Mapping[str, Any]) -> str:
    commits = _int(facts, "commits") or 0
    repository = _text(facts, "repository")
    if repository:
        return fill(_tr("%n commits in %1", commits), repository)
    return _tr("%n commits", commits)


def _category(code: str) -> str:
    words = {
        "talk": _tr("Talk"),
        "conference": _tr("Conference"),
        "training": _tr("Training"),
        "interview": _tr("Interview"),
        "one_on_one": _tr("One-on-one"),
    }
    return words.get(code, "")


def _series(facts: Mapping[str, Any]) -> str:
    times = _int(facts, "occurrences") or 0
    first, last = _day(facts, "first"), _day(facts, "last")
    every = _int(facts, "every_days")
    if every == 7:
        text = _tr("Weekly series: %n occurrences", times)
    elif every == 14:
        text = _tr("Fortnightly series: %n occurrences", times)
    elif every == 1:
        text = _tr("Daily series: %n occurrences", times)
    else:
        text = _tr("Series: %n occurrences", times)
    if first and last:
        text += " " + fill(_tr("from %1 to %2"), first, last)
    return text


def _issue(facts: Mapping[str, Any]) -> str:
    parts = [fill(_tr("Issue %1"), _text(facts, "issue"))]
    kind = _text(facts, "type")
    if kind:
        parts.append(kind)
    points = _int(facts, "points")
    if points is not None:
        parts.append(_tr("%n points", points))
    return SEPARATOR.join(parts)


def caption(record: CandidateRecord) -> str:
    """One line saying what the suggestion is made of, from its facts."""
    facts = record.facts
    parts: list[str] = []
    if "pull_request" in facts:
        parts.append(_pull_request(facts))
    elif _int(facts, "commits"):
        parts.append(_commits(facts))
    if _text(facts, "tag"):
        repository = _text(facts, "repository")
        parts.append(
            fill(_tr("Tag %1 in %2"), _text(facts, "tag"), repository)
            if repository
            else fill(_tr("Tag %1"), _text(facts, "tag"))
        )
    if _text(facts, "issue"):
        parts.append(_issue(facts))
    reviews = _int(facts, "reviews")
    if reviews:
        parts.append(_tr("%n reviews given", reviews))
    category = _category(_text(facts, "category"))
    if category:
        parts.append(category)
    if (_int(facts, "occurrences") or 0) > 1:
        parts.append(_series(facts))
    if _text(facts, "heading"):
        parts.append(fill(_tr("From the “%1” heading"), _text(facts, "heading")))
    if not parts:
        parts.append(fill(_tr("Found in %1"), source_and_origin(record)))
    return SEPARATOR.join(parts)


def suggestion_count(n: int) -> str:
    """The count in words ("12 suggestions"), for the navigation's accessible name."""
    return _tr("%n suggestions", n)
